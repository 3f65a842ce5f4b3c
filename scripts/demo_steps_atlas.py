"""Demo step of the planning atlas (规划图集). Part of ``STEPS`` in scripts/demo_steps.py.

Writes demo_output/atlas.pdf (contents, every map whose layers exist, the indicator table) and one
PNG per map into demo_output/atlas/.
"""
import os


def atlas(chain, args):
    """规划图集: the maps of the planning database as one PDF, plus per-map PNGs."""
    sample = chain.results.get("createsampleregion", {})
    known = {row[0] for row in chain.catalog}
    # The land-use and ecosystem rasters of the sample region, for 用地现状图 and 生态系统类型分布图.
    for key, name, zh, en in (("LANDUSE_2020", "landuse_2020", "2020年土地利用现状", "Land use 2020"),
                              ("ECOSYSTEM_2020", "ecosystem_2020", "2020年生态系统类型", "Ecosystem types 2020")):
        path = sample.get(key) or os.path.join(chain.out, "sample_region", name + ".tif")
        if name not in known and path and os.path.exists(str(path)):
            chain.catalog.append((name, "raster", zh, en, "ecorestore:createsampleregion",
                                  os.path.relpath(str(path), chain.out)))
    chain.write_catalog()  # the atlas reads layer_catalog
    chain.run("Atlas 规划图集 (PDF)", "atlasexport", {
        "PLANNING_GPKG": chain.gpkg, "RASTER_FOLDER": chain.rasters,
        "ORGANISATION": "示例县自然资源局（虚构）", "OUTPUT": os.path.join(chain.out, "atlas.pdf"),
        "EXPORT_FOLDER": os.path.join(chain.out, "atlas"), "EXPORT_FORMAT": 0, "DPI": 150})
