"""Demo step of the planning atlas (规划图集). Part of ``STEPS`` in scripts/demo_steps.py.

Writes demo_output/atlas.pdf (contents, every map whose layers exist, the indicator table) and one
PNG per map into demo_output/atlas/.
"""
import os


def style_classes(path):
    """A paletted style (.qml beside the raster: code and Chinese name of every class present) for a
    catalogued raster of the sample region without colour table or style (ecosystem_2020), so planning.qgz
    does not show it as a grey stretch."""
    if os.path.exists(os.path.splitext(path)[0] + ".qml"):
        return
    import numpy as np
    from osgeo import gdal

    from eco_restore_plugin.processing_helpers.styles import style_raster_classes
    from eco_restore_plugin.sampledata import classes as C

    ds = gdal.Open(path)
    band = ds.GetRasterBand(1)
    if band.GetColorTable() is not None:
        return  # QGIS draws it with its colour table (landuse_2020); the atlas groups it to first-level classes
    values = set(np.unique(band.ReadAsArray()).tolist())
    band = ds = None
    table = dict(C.LANDUSE)
    table.update(C.SUBCLASSES)
    style = {v: ("#{:02x}{:02x}{:02x}".format(*table[v]["rgb"]),
                 "{} {}".format(table[v]["code"], table[v]["name_zh"]))
             for v in sorted(values) if v in table}
    if style:
        style_raster_classes(path, style)


def atlas(chain, args):
    """规划图集: the maps of the planning database as one PDF, plus per-map PNGs."""
    sample = chain.results.get("createsampleregion", {})
    known = {row[0] for row in chain.catalog}
    # The land-use and ecosystem rasters of the sample region, for 用地现状图 and 生态系统类型分布图.
    for key, name, zh, en in (("LANDUSE_2020", "landuse_2020", "2020年土地利用现状", "Land use 2020"),
                              ("ECOSYSTEM_2020", "ecosystem_2020", "2020年生态系统类型", "Ecosystem types 2020")):
        path = sample.get("GENERATED_" + key) or sample.get(key) or os.path.join(chain.out, "sample_region",
                                                                                 name + ".tif")
        if name not in known and path and os.path.exists(str(path)):
            chain.catalog.append((name, "raster", zh, en, "ecorestore:createsampleregion",
                                  os.path.relpath(str(path), chain.out)))
            style_classes(str(path))
    chain.write_catalog()  # the atlas reads layer_catalog
    chain.run("Atlas 规划图集 (PDF)", "atlasexport", {
        "PLANNING_GPKG": chain.gpkg, "RASTER_FOLDER": chain.rasters,
        "ORGANISATION": "示例县自然资源局（虚构）", "OUTPUT": os.path.join(chain.out, "atlas.pdf"),
        "EXPORT_FOLDER": os.path.join(chain.out, "atlas"), "EXPORT_FORMAT": 0, "DPI": 150})
