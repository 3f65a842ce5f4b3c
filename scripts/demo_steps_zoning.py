"""Demo steps of restoration zoning (修复分区): units → mode → zoning → conflicts → priority → projects.

Assumptions (until the assessment and pattern steps feed this one): importance, degradation and
resilience come from ``chain.results`` when those steps ran (keys below); otherwise a synthetic
importance / degradation / resilience is derived from the sample region's land use 2010 → 2020
(forest, wetland, water = 极重要; lost natural cover = degraded) and written to rasters/.
Vector outputs go to planning.gpkg through ``chain.table(name)``.
"""

import numpy as np
from osgeo import gdal


def _synthetic_grades(chain, sample):
    """(importance, degradation, resilience) GeoTIFF paths derived from the two land-use maps."""
    ds = gdal.Open(sample["LANDUSE_2020"])
    lu20 = ds.GetRasterBand(1).ReadAsArray().astype(np.int64)
    lu10 = gdal.Open(sample["LANDUSE_2010"]).GetRasterBand(1).ReadAsArray().astype(np.int64)
    natural = lambda lu: (lu // 100 == 3) | (lu // 100 == 4) | (lu // 100 == 11)
    imp = np.where(natural(lu20), 3, np.where(lu20 // 100 <= 2, 2, 1)).astype(np.int32)
    deg = np.where(natural(lu10) & ~natural(lu20), 3, np.where(lu20 == 602, 2, 0)).astype(np.int32)
    res = np.where(lu20 // 100 == 3, 3, np.where(natural(lu20), 2, 1)).astype(np.int32)
    out = []
    for name, arr, nodata in (("zoning_importance", imp, 0), ("zoning_degradation", deg, -1),
                              ("zoning_resilience", res, 0)):
        arr = np.where(lu20 > 0, arr, nodata)
        path = chain.raster(name)
        dst = gdal.GetDriverByName("GTiff").Create(path, ds.RasterXSize, ds.RasterYSize, 1, gdal.GDT_Int32)
        dst.SetGeoTransform(ds.GetGeoTransform())
        dst.SetProjection(ds.GetProjection())
        dst.GetRasterBand(1).SetNoDataValue(nodata)
        dst.GetRasterBand(1).WriteArray(arr)
        dst = None
        out.append(path)
    return out


# no corridor / pinch-point layers in the demo yet: importance, degradation, severity, feasibility
PRIORITY_CRITERIA = ["imp3_sh", "0.3", "+", "importance 重要性", "deg_mean", "0.25", "+", "degradation 退化程度",
                     "deg_sev_sh", "0.2", "+", "problem severity 问题严重程度",
                     "res_mean", "0.25", "+", "feasibility 可行性 (resilience)"]


def zoning(chain, args):
    sample = chain.results["createsampleregion"]
    imp = (chain.results.get("protectionimportance", {}).get("OUTPUT")
           or chain.results.get("importancegrading", {}).get("OUTPUT"))
    deg = chain.results.get("degradation", {}).get("GRADE")
    res = chain.results.get("resilience", {}).get("GRADE")
    coding = 1 if deg else 0  # the assessment's degradation is coded 1-4 (0 = nodata)
    if not (imp and deg and res):
        imp, deg, res = _synthetic_grades(chain, sample)
    r = chain.run("Restoration mode and three spaces 修复模式与三类空间", "restorationmode", {
        "IMPORTANCE": imp, "DEGRADATION": deg, "DEGRADATION_CODING": coding, "RESILIENCE": res,
        "LANDUSE": sample["LANDUSE_2020"], "RED_LINE": sample["RED_LINE"],
        "FARMLAND": sample["BASIC_FARMLAND"], "URBAN_BOUNDARY": sample["URBAN_BOUNDARY"],
        "OUTPUT": chain.raster("restoration_mode"), "SPACE_OUTPUT": chain.raster("three_spaces")},
        document=[("OUTPUT", "restoration_mode", "修复模式", "Restoration mode"),
                  ("SPACE_OUTPUT", "three_spaces", "三类空间", "Three spaces")])
    units = chain.run("Restoration units 修复单元", "restorationunits", {
        "UNIT_TYPE": 0, "UNITS": sample["TOWNSHIPS"], "NAME_FIELD": "name", "IMPORTANCE": imp, "DEGRADATION": deg,
        "DEGRADATION_CODING": coding, "RESILIENCE": res, "LANDUSE": sample["LANDUSE_2020"],
        "MODE": r["OUTPUT"], "SPACE": r["SPACE_OUTPUT"], "RED_LINE": sample["RED_LINE"],
        "FARMLAND": sample["BASIC_FARMLAND"], "URBAN_BOUNDARY": sample["URBAN_BOUNDARY"],
        "OUTPUT": chain.table("restoration_units")},
        document=[("OUTPUT", "restoration_units", "修复单元", "Restoration units")])
    chain.run("Restoration zoning 生态修复分区", "restorationzoning", {
        "UNITS": units["OUTPUT"], "OUTPUT": chain.table("restoration_zones"),
        "MODE_OUTPUT": chain.table("restoration_mode_zones")},
        document=[("OUTPUT", "restoration_zones", "生态修复分区", "Restoration zones"),
                  ("MODE_OUTPUT", "restoration_mode_zones", "修复模式分区", "Restoration-mode zones")])
    chain.run("Conflict and buffer areas 三类空间冲突与缓冲区", "conflictbuffers", {
        "SPACE": r["SPACE_OUTPUT"], "RED_LINE": sample["RED_LINE"], "FARMLAND": sample["BASIC_FARMLAND"],
        "URBAN_BOUNDARY": sample["URBAN_BOUNDARY"], "OUTPUT": chain.table("conflict_buffers"),
        "OUTPUT_RASTER": chain.raster("conflict_buffers")},
        document=[("OUTPUT", "conflict_buffers", "三类空间冲突与缓冲区", "Conflict and buffer areas"),
                  # catalog names are unique (the atlas looks layers up by name): the raster twin gets a suffix
                  ("OUTPUT_RASTER", "conflict_buffers_raster", "三类空间冲突与缓冲区（栅格）",
                   "Conflict and buffer areas (raster)")])
    prio = chain.run("Restoration priority 修复优先级", "restorationpriority", {
        "UNITS": units["OUTPUT"], "OUTPUT": chain.table("restoration_priority"),
        "CRITERIA": PRIORITY_CRITERIA},
        document=[("OUTPUT", "restoration_priority", "修复优先级", "Restoration priority")])
    chain.run("Project library 生态修复项目库", "projectlibrary", {
        "PRIORITY": prio["OUTPUT"], "MINES": sample["MINES"], "RIVERS": sample["RIVERS"],
        "OUTPUT": chain.table("project_library"), "TABLE": chain.table("project_library_table")},
        document=[("OUTPUT", "project_library", "生态修复项目库", "Project library"),
                  ("TABLE", "project_library_table", "项目库表", "Project library table")])



