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
        ("neighbours", "相邻县", "Neighbouring counties"),
    ])


from demo_steps_assessment import assessment  # noqa: E402
from demo_steps_atlas import atlas  # noqa: E402
from demo_steps_consolidation import consolidation  # noqa: E402
from demo_steps_database import database  # noqa: E402
from demo_steps_deliverables import deliverables  # noqa: E402
from demo_steps_dltb import dltb  # noqa: E402
from demo_steps_marine import marine  # noqa: E402
from demo_steps_pattern import pattern  # noqa: E402
from demo_steps_pattern_barriers import pattern_barriers  # noqa: E402
from demo_steps_pattern_circuit import pattern_circuit  # noqa: E402
from demo_steps_pattern_network import pattern_network  # noqa: E402
from demo_steps_targets import targets  # noqa: E402
from demo_steps_valuation import valuation  # noqa: E402
from demo_steps_zoning import zoning  # noqa: E402

STEPS = [sample_region, dltb, assessment, valuation, pattern, pattern_circuit, pattern_barriers, pattern_network,
         zoning, consolidation, marine, targets, deliverables, database, atlas]
