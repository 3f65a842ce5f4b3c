"""The demo chain, one function per step. Each capability adds its steps here.

A step receives the :class:`demo.Chain` (``chain.run(...)``, ``chain.raster(name)``,
``chain.table(name)``, ``chain.results``) and the command-line arguments.
"""
import os


def sample_region(chain, args):
    res = chain.run("Demo County sample region 示例县", "createsampleregion", {
        "SIZE": args.size, "SEED": 2020,
        "OUTPUT_FOLDER": os.path.join(chain.out, "sample_region")})
    chain.copy_base_layers(res["GPKG"], [
        ("county", "县域边界", "County boundary"),
        ("townships", "乡镇", "Townships"),
        ("settlements", "居民点", "Settlements"),
        ("roads", "道路", "Roads"),
        ("rivers", "河流", "Rivers"),
        ("watersheds", "流域", "Watersheds"),
        ("red_line", "生态保护红线", "Ecological protection red line"),
        ("basic_farmland", "永久基本农田", "Permanent basic farmland"),
        ("urban_boundary", "城镇开发边界", "Urban development boundary"),
        ("nature_reserves", "自然保护地", "Nature reserves"),
        ("coastline", "海岸线", "Coastline"),
        ("mines", "历史遗留矿山", "Abandoned mines"),
    ])


STEPS = [sample_region]
