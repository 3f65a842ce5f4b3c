"""Demo steps of the 三调 land parcels (地类图斑 DLTB): Demo County's parcels for 2010 and 2020, their
import to land-use rasters, the current-state structure table and the 2010 -> 2020 transition from the
two imports. Part of ``STEPS`` in scripts/demo_steps.py, right after the sample region.

The rest of the chain starts from the parcels: once the step has checked that the 2020 import equals
the generated ``landuse_2020.tif`` cell for cell (the parcels are unions of its cells; imported on its
grid), the sample region's ``LANDUSE_2020`` and ``LANDUSE_2010`` in ``chain.results`` are replaced by
the two imports, so every later step reads the land use imported from the DLTB. The generated rasters
stay under ``GENERATED_LANDUSE_2020`` / ``_2010`` (the atlas draws its 用地现状图 from the generated
2020 raster, which carries the colour table; same values). No later step reads an ecosystem-type
raster: the import's ``dltb_ecosystem_2020`` is catalogued in the planning database.
"""
import os


def dltb(chain, args):
    from osgeo import gdal

    from eco_restore_plugin.sampledata.dltb import write_dltb

    s = chain.results["createsampleregion"]
    folder = os.path.dirname(s["DEM"])
    layers = write_dltb(folder)
    print("    DLTB parcels: " + ", ".join("{} {}".format(y, n) for y, (_, _, n) in sorted(layers.items())))
    chain.copy_base_layers(s["GPKG"], [("dltb_2020", "地类图斑 2020", "Land parcels DLTB 2020"),
                                       ("dltb_2010", "地类图斑 2010", "Land parcels DLTB 2010")])

    def dltb_layer(year):
        return "{}|layername=dltb_{}".format(s["GPKG"], year)

    r = chain.raster
    imp20 = chain.run("DLTB import 2020 三调地类图斑导入", "dltbimport", {
        "INPUT": dltb_layer(2020), "REFERENCE": s["LANDUSE_2020"], "SUBCELLS": 5,
        "OUTPUT": r("dltb_landuse_2020"), "OUTPUT_ECOSYSTEM": r("dltb_ecosystem_2020"),
        "OUTPUT_YDYH": chain.table("crosswalk_sandiao_ydyh")},
        [("OUTPUT", "dltb_landuse_2020", "土地利用现状 2020（图斑导入）", "Land use 2020 (from DLTB)"),
         ("OUTPUT_ECOSYSTEM", "dltb_ecosystem_2020", "生态系统类型 2020", "Ecosystem type 2020"),
         ("OUTPUT_YDYH", "crosswalk_sandiao_ydyh", "三调—用地用海分类对照表", "三调 to 用地用海 crosswalk")])
    imp10 = chain.run("DLTB import 2010 三调地类图斑导入", "dltbimport", {
        "INPUT": dltb_layer(2010), "REFERENCE": imp20["OUTPUT"], "OUTPUT": r("dltb_landuse_2010")},
        [("OUTPUT", "dltb_landuse_2010", "土地利用现状 2010（图斑导入）", "Land use 2010 (from DLTB)")])
    for year, imported in ((2020, imp20["OUTPUT"]), (2010, imp10["OUTPUT"])):
        key = "LANDUSE_{}".format(year)
        a, b = gdal.Open(imported), gdal.Open(s[key])
        same = a.GetGeoTransform() == b.GetGeoTransform() and (a.ReadAsArray() == b.ReadAsArray()).all()
        print("    {} import equals the generated land use cell for cell: {}".format(year, "yes" if same else "NO"))
        if not same:
            raise RuntimeError("the {} DLTB import differs from the generated land use".format(year))
        s["GENERATED_" + key] = s[key]
        s[key] = imported           # every later step reads the land use imported from the parcels
    chain.run("Land-use structure table 土地利用现状结构表", "landusestructure", {
        "INPUT": dltb_layer(2020), "OUTPUT": chain.table("landuse_structure_2020"),
        "OUTPUT_FILE": os.path.join(chain.out, "landuse_structure_2020.xlsx")},
        [("OUTPUT", "landuse_structure_2020", "土地利用现状结构表 2020", "Land-use structure table 2020")])
    chain.run("Land-use transition from the DLTB imports 图斑导入转移矩阵", "landusetransition", {
        "BEFORE": r("dltb_landuse_2010"), "AFTER": r("dltb_landuse_2020"), "YEARS": 10,
        "MATRIX": chain.table("dltb_transition_matrix")},
        [("MATRIX", "dltb_transition_matrix", "土地利用转移矩阵（图斑导入）", "Transition matrix (from DLTB)")])
