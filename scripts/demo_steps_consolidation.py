"""Demo step: whole-territory land-consolidation potential (全域土地综合整治潜力) on Demo County.

``consolidation(chain, args)`` needs the ``createsampleregion`` step before it. It derives the inputs
the sample region does not hold directly with native Processing tools (farmland patches and rural
settlement land polygonised from the 2020 land use, mean slope per patch), then chains the six
consolidation algorithms on the township layer:
farmland -> settlements -> idle land and mines -> realistic potential -> grading and zoning -> policy check.
"""
import os

#: 三调 codes (eco_restore_plugin/sampledata/classes.py): 耕地 0101-0103, 农村宅基地 0702
FARMLAND_CODES = (101, 102, 103)
RURAL_RESIDENTIAL = 702


def _native(alg, params):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    return processing.run(alg, params, context=QgsProcessingContext(), feedback=QgsProcessingFeedback())


def _polygonize(raster, codes, path):
    """The cells of ``codes`` as polygons with field ``code``: GDAL's polygonizer (4-connected), as
    ``gdal:polygonize`` does for the whole raster, with the other classes masked out (the county's
    farmland and rural settlements are a fifth of its cells; polygonising all of them took 24 s at
    4000²). Returns ``path``."""
    import numpy as np
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    src = gdal.Open(raster)
    band = src.GetRasterBand(1)
    mask = gdal.GetDriverByName("MEM").Create("", src.RasterXSize, src.RasterYSize, 1, gdal.GDT_Byte)
    mask.GetRasterBand(1).WriteArray(np.isin(band.ReadAsArray(), codes).astype(np.uint8))
    if os.path.exists(path):
        os.remove(path)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = ds.CreateLayer("landuse", src.GetSpatialRef(), ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("code", ogr.OFTInteger))
    layer.StartTransaction()
    gdal.Polygonize(band, mask.GetRasterBand(1), layer, 0, [])
    layer.CommitTransaction()
    ds = None
    return path


def _inputs(chain):
    """Farmland patches with mean slope, and rural settlement polygons with population."""
    s = chain.results["createsampleregion"]
    work = os.path.join(chain.out, "work_consolidation")
    os.makedirs(work, exist_ok=True)
    landuse = _polygonize(s["LANDUSE_2020"], FARMLAND_CODES + (RURAL_RESIDENTIAL,),
                          os.path.join(work, "landuse_2020.gpkg"))
    farm = _native("native:extractbyexpression", {
        "INPUT": landuse, "EXPRESSION": '"code" IN ({})'.format(", ".join(map(str, FARMLAND_CODES))),
        "OUTPUT": os.path.join(work, "farmland.gpkg")})["OUTPUT"]
    slope = os.path.join(os.path.dirname(s["DEM"]), "slope.tif")
    farm = _native("native:zonalstatisticsfb", {
        "INPUT": farm, "INPUT_RASTER": slope, "RASTER_BAND": 1, "COLUMN_PREFIX": "slope_", "STATISTICS": [2],
        "OUTPUT": os.path.join(work, "farmland_slope.gpkg")})["OUTPUT"]
    rural = _native("native:extractbyexpression", {
        "INPUT": landuse, "EXPRESSION": '"code" = {}'.format(RURAL_RESIDENTIAL),
        "OUTPUT": os.path.join(work, "rural_residential.gpkg")})["OUTPUT"]
    villages = _native("native:extractbyexpression", {
        "INPUT": s["SETTLEMENTS"], "EXPRESSION": "\"type\" = 'village'",
        "OUTPUT": os.path.join(work, "villages.gpkg")})["OUTPUT"]
    joined = _native("native:joinbynearest", {
        "INPUT": rural, "INPUT_2": villages, "FIELDS_TO_COPY": ["name", "population"], "NEIGHBORS": 1,
        "DISCARD_NONMATCHING": True, "PREFIX": "v_", "OUTPUT": os.path.join(work, "rural_joined.gpkg")})["OUTPUT"]
    settlements = _native("native:dissolve", {
        "INPUT": joined, "FIELD": ["v_name"], "OUTPUT": os.path.join(work, "rural_settlements.gpkg")})["OUTPUT"]
    mines = _native("native:zonalstatisticsfb", {
        "INPUT": s["MINES"], "INPUT_RASTER": slope, "RASTER_BAND": 1, "COLUMN_PREFIX": "slope_",
        "STATISTICS": [2], "OUTPUT": os.path.join(work, "mines_slope.gpkg")})["OUTPUT"]
    return farm, settlements, mines


def consolidation(chain, args):
    """全域土地综合整治潜力: farmland, settlements, idle land and mines; realistic; zoning; policy check."""
    s = chain.results["createsampleregion"]
    t = chain.table
    farm, settlements, mines = _inputs(chain)
    r1 = chain.run("Farmland consolidation potential 耕地整治潜力", "farmlandpotential", {
        "INPUT": farm, "SLOPE_FIELD": "slope_mean", "SLOPE_IS_DEGREES": True, "MERGE_DISTANCE": 10.0,
        "UNITS": s["TOWNSHIPS"], "UNIT_FIELD": "name",
        "OUTPUT": t("consolidation_farmland_patches"), "OUTPUT_UNITS": t("consolidation_farmland_units")},
        [("OUTPUT", "consolidation_farmland_patches", "耕地整治潜力（图斑）", "Farmland consolidation potential per patch"),
         ("OUTPUT_UNITS", "consolidation_farmland_units", "耕地整治潜力（乡镇）", "Farmland consolidation potential per township")])
    r2 = chain.run("Rural settlement potential 农村居民点整治潜力", "settlementpotential", {
        "INPUT": settlements, "POP_FIELD": "v_population", "GROWTH_RATE": -0.5, "BASE_YEAR": 2020,
        "PLAN_YEAR": 2035, "AREA_PER_PERSON": 150.0, "RECLAIM": 0.7,
        "UNITS": r1["OUTPUT_UNITS"], "UNIT_FIELD": "name",
        "OUTPUT": t("consolidation_settlements"), "OUTPUT_UNITS": t("consolidation_settlement_units")},
        [("OUTPUT", "consolidation_settlements", "农村居民点整治潜力", "Rural settlement consolidation potential"),
         ("OUTPUT_UNITS", "consolidation_settlement_units", "农村居民点整治潜力（乡镇）",
          "Rural settlement potential per township")])
    r3 = chain.run("Idle land and abandoned mines 闲置低效用地与废弃矿山", "idlelandpotential", {
        "INPUT": mines, "TYPE_FIELD": "type",
        "COEFFICIENTS": ["闲置建设用地", 0.8, "低效建设用地", 0.5, "历史遗留矿山", 0.7, "采石场", 0.6, "露天采矿场", 0.6, "砂矿", 0.75],
        "SLOPE_FIELD": "slope_mean", "CONSTRUCTION": s["URBAN_BOUNDARY"], "NEAR_DISTANCE": 500.0,
        "UNITS": r2["OUTPUT_UNITS"], "UNIT_FIELD": "name",
        "OUTPUT": t("consolidation_mines"), "OUTPUT_UNITS": t("consolidation_units")},
        [("OUTPUT", "consolidation_mines", "废弃矿山复垦潜力与复垦方向", "Abandoned mine potential and restoration direction"),
         ("OUTPUT_UNITS", "consolidation_units", "土地综合整治理论潜力（乡镇）",
          "Theoretical consolidation potential per township")])
    # correction factors (illustrative): farmland share of the township and its population, by their maximum
    units = _native("native:fieldcalculator", {
        "INPUT": r3["OUTPUT_UNITS"], "FIELD_NAME": "farm_share", "FIELD_TYPE": 0, "FIELD_LENGTH": 0,
        "FIELD_PRECISION": 0, "FORMULA": '"farm_hm2" / ("area_km2" * 100)',
        "OUTPUT": os.path.join(chain.out, "work_consolidation", "units_factors.gpkg")})["OUTPUT"]
    chain.run("Realistic potential 现实整治潜力", "realisticpotential", {
        "INPUT": units, "POTENTIAL_FIELDS": ["fc_new_hm2", "st_pot_hm2", "st_farm_hm2", "id_pot_hm2"],
        "NATURAL_FIELD": "farm_share", "NATURAL_WEIGHT": 0.5, "ECONOMIC_FIELD": "population",
        "ECONOMIC_WEIGHT": 0.5, "NORMALISE": True, "OUTPUT": t("consolidation_realistic")},
        [("OUTPUT", "consolidation_realistic", "土地综合整治现实潜力（乡镇）", "Realistic consolidation potential per township")])
    chain.run("Potential grading and zoning 整治潜力分级与分区", "potentialzoning", {
        "INPUT": r3["OUTPUT_UNITS"], "GRADE_METHOD": 0, "N_GRADES": 3, "SPLIT": 0,
        "ECOLOGICAL_FIELDS": ["id_forest_hm2"],
        "OUTPUT": t("consolidation_zoning"), "SUMMARY": t("consolidation_summary")},
        [("OUTPUT", "consolidation_zoning", "全域土地综合整治分区", "Consolidation zoning"),
         ("SUMMARY", "consolidation_summary", "土地综合整治潜力汇总表（公顷、万亩）",
          "Consolidation potential summary (hm², 万亩)")])
    chain.run("Consolidation policy check 全域土地综合整治政策校核", "consolidationpolicycheck", {
        "INPUT": r3["OUTPUT_UNITS"], "UNIT_FIELD": "name", "MIN_SHARE": 5.0,
        "RED_LINE": s["RED_LINE"], "PATCHES": [r1["OUTPUT"], r2["OUTPUT"], r3["OUTPUT"]],
        "OUTPUT": t("consolidation_policy_check")},
        [("OUTPUT", "consolidation_policy_check", "全域土地综合整治政策校核", "Consolidation policy check")])



