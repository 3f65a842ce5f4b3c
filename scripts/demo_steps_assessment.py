"""Demo steps of the ecosystem assessment (生态系统评价). Part of ``STEPS`` in scripts/demo_steps.py."""
import os

import numpy as np


def daily_rainfall(precipitation, path, seed=2019):
    """A fictitious daily-rainfall stack (mm, one band per day of 2019, 365 bands) for Demo County on a
    coarse grid (10 cells of the county per side of a cell, as gridded daily precipitation products are
    coarse): a wet-day sequence with more and heavier rain from May to September, scaled so that each
    cell's year sums to the mean annual precipitation of the county's cells it covers. Written with
    GDAL only; the sample region itself is unchanged."""
    from osgeo import gdal

    src = gdal.Open(precipitation)
    band = src.GetRasterBand(1)
    annual = band.ReadAsArray().astype(np.float64)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        annual[annual == nodata] = np.nan
    f = 10
    ny, nx = -(-annual.shape[0] // f), -(-annual.shape[1] // f)
    padded = np.full((ny * f, nx * f), np.nan)
    padded[:annual.shape[0], :annual.shape[1]] = annual
    blocks = padded.reshape(ny, f, nx, f)
    counts = np.isfinite(blocks).sum(axis=(1, 3))
    coarse = np.where(counts > 0, np.nansum(blocks, axis=(1, 3)) / np.maximum(counts, 1), np.nan)
    rng = np.random.default_rng(seed)
    days = np.arange("2019-01-01", "2020-01-01", dtype="datetime64[D]")
    month = days.astype("datetime64[M]").astype(int) % 12          # 0 = January
    p_wet = np.array([0.25, 0.3, 0.35, 0.4, 0.5, 0.55, 0.5, 0.5, 0.45, 0.35, 0.3, 0.25])[month]
    wet = rng.random(len(days)) < p_wet
    heavy = np.where((month >= 4) & (month <= 8), 1.8, 1.0)       # May-September
    pattern = rng.gamma(0.8, 12.0, len(days)) * heavy * wet
    share = pattern / pattern.sum()
    noise = np.clip(1.0 + 0.2 * rng.standard_normal((len(days), ny, nx)), 0.2, None)
    stack = share[:, None, None] * coarse[None] * noise
    stack *= coarse[None] / np.maximum(stack.sum(axis=0), 1e-9)[None]  # each year sums to the annual value
    gt = src.GetGeoTransform()
    out = gdal.GetDriverByName("GTiff").Create(path, nx, ny, len(days), gdal.GDT_Float32,
                                               ["COMPRESS=DEFLATE", "PREDICTOR=3", "INTERLEAVE=BAND"])
    out.SetGeoTransform((gt[0], gt[1] * f, 0.0, gt[3], 0.0, gt[5] * f))
    out.SetProjection(src.GetProjection())
    for d in range(len(days)):
        b = out.GetRasterBand(d + 1)
        b.SetNoDataValue(-9999.0)
        b.SetDescription(str(days[d]))
        b.WriteArray(np.where(np.isfinite(stack[d]), stack[d], -9999.0).astype(np.float32))
    out = None
    return path


def assessment(chain, args):
    """生态系统评价: services, importance, protection importance, landscape pattern."""
    s = chain.results["createsampleregion"]
    r = chain.raster
    chain.run("Water conservation 水源涵养", "waterconservation", {
        "LANDUSE": s["LANDUSE_2020"], "PRECIPITATION": s["PRECIPITATION"], "ET": s["ET"],
        "OUTPUT": r("water_conservation")},
        [("OUTPUT", "water_conservation", "水源涵养量", "Water conservation (mm)")])
    # C from the vegetation cover (蔡崇法 2000), as Chinese county studies do where FVC is at hand: the class table's
    # single C per class cannot tell closed forest from sparse stands, and with it uncalibrated RUSLE puts about
    # four fifths of the county above the 500 t/(km²·a) tolerance (水土保持率 ~20 % instead of ~80 %)
    chain.run("Soil conservation 水土保持 (RUSLE)", "soilconservation", {
        "DEM": s["DEM"], "R_FACTOR": s["R_FACTOR"], "K_FACTOR": s["K_FACTOR"],
        "LANDUSE": s["LANDUSE_2020"], "C_SOURCE": 1, "FVC": s["FVC"],
        "CONSERVED": r("soil_conservation"), "ACTUAL": r("soil_loss")},
        [("CONSERVED", "soil_conservation", "土壤保持量", "Conserved soil"),
         ("ACTUAL", "soil_loss", "实际土壤侵蚀量", "Actual soil loss")])
    chain.run("Habitat quality 生境质量 (InVEST)", "habitatquality", {
        "LANDUSE": s["LANDUSE_2020"], "QUALITY": r("habitat_quality"), "DEGRADATION": r("habitat_degradation")},
        [("QUALITY", "habitat_quality", "生境质量", "Habitat quality"),
         ("DEGRADATION", "habitat_degradation", "生境退化度", "Habitat degradation")])
    grades = []
    for name, zh in (("water_conservation", "水源涵养重要性"), ("soil_conservation", "水土保持重要性"),
                     ("habitat_quality", "生物多样性维护重要性")):
        out = r(name + "_importance")
        chain.run("Importance grading 重要性分级: " + name, "importancegrading",
                  {"INPUT": r(name), "OUTPUT": out},
                  [("OUTPUT", name + "_importance", zh, name.replace("_", " ") + " importance")])
        grades.append(out)
    chain.run("Service importance 服务功能重要性集成", "importancecombine",
              {"INPUTS": grades, "OUTPUT": r("service_importance")},
              [("OUTPUT", "service_importance", "生态系统服务功能重要性", "Service importance")])
    inputs = chain.results["createsampleregion"]
    chain.run("Ecological protection importance 生态保护重要性", "protectionimportance", {
        "SERVICE_GRADE": r("service_importance"), "PROTECTED_AREAS": inputs["NATURE_RESERVES"],
        "MIN_AREA_HA": 5.0, "OUTPUT": r("protection_importance"),
        "POLYGONS": chain.table("protection_extremely_important")},
        [("OUTPUT", "protection_importance", "生态保护重要性", "Ecological protection importance"),
         ("POLYGONS", "protection_extremely_important", "生态保护极重要区", "Extremely important areas")])
    chain.run("Landscape metrics 景观格局指数", "landscapemetrics", {
        "INPUT": s["LANDUSE_2020"], "OUTPUT": chain.table("landscape_metrics")},
        [("OUTPUT", "landscape_metrics", "景观格局指数", "Landscape metrics (FRAGSTATS)")])
    chain.run("Landscape metrics per township 分乡镇景观格局指数", "landscapemetricszonal", {
        "INPUT": s["LANDUSE_2020"], "ZONES": inputs["TOWNSHIPS"], "ZONE_FIELD": "name",
        "OUTPUT": chain.table("landscape_metrics_township"),
        "ZONE_LAYER": chain.table("township_landscape")},
        [("OUTPUT", "landscape_metrics_township", "分乡镇景观格局指数", "Landscape metrics per township"),
         ("ZONE_LAYER", "township_landscape", "乡镇景观格局", "Townships with landscape metrics")])
    chain.run("Land-use transition 2010-2020 土地利用转移矩阵", "landusetransition", {
        "BEFORE": s["LANDUSE_2010"], "AFTER": s["LANDUSE_2020"], "YEARS": 10,
        "MATRIX": chain.table("landuse_transition"), "DYNAMICS": chain.table("landuse_dynamics"),
        "CHANGE": r("landuse_change")},
        [("MATRIX", "landuse_transition", "土地利用转移矩阵", "Land-use transition matrix (hm²)"),
         ("DYNAMICS", "landuse_dynamics", "土地利用动态度", "Land-use dynamic degree"),
         ("CHANGE", "landuse_change", "土地利用变化", "Land-use change 2010-2020")])
    chain.run("NPP-index soil conservation 水土保持 (NPP 指数法)", "nppservices", {
        "SERVICE": 1, "NPP": s["NPP"], "DEM": s["DEM"], "K_FACTOR": s["K_FACTOR"],
        "OUTPUT": r("soil_conservation_npp")},
        [("OUTPUT", "soil_conservation_npp", "水土保持服务（NPP 指数法）", "Soil conservation, NPP index")])
    chain.run("Coastal protection 海岸防护", "coastalprotection", {
        "LANDUSE": s["LANDUSE_2020"], "SHORELINE": inputs["COASTLINE"], "SHORE_FIELD": "natural",
        "SHORE_VALUES": "1", "OUTPUT": r("coastal_protection")},
        [("OUTPUT", "coastal_protection", "海岸防护服务", "Coastal protection")])
    # Vulnerability 生态脆弱性. Demo County's R is in MJ·mm/(hm²·h·a) (8000-15000); the guide's R breaks
    # 100 / 600 read as US units (hundreds of ft·tonf·in/(ac·h·a)), so they are given converted
    # (× 17.02: 1702 / 10212, check) - with the defaults every cell would be in the top R class.
    chain.run("Soil-erosion vulnerability 水土流失脆弱性", "vulnerabilitysoilerosion", {
        "LEVELS": 0, "R_FACTOR": s["R_FACTOR"], "DEM": s["DEM"], "FVC": s["FVC"], "K_SOURCE": 0,
        "K_RASTER": s["SOIL_TEXTURE"], "R_BREAKS": "1702, 10212",
        "INDEX": r("soil_erosion_vulnerability_index"), "GRADE": r("soil_erosion_vulnerability")},
        [("GRADE", "soil_erosion_vulnerability", "水土流失脆弱性", "Soil-erosion vulnerability"),
         ("INDEX", "soil_erosion_vulnerability_index", "水土流失脆弱性指数", "Soil-erosion vulnerability index")])
    chain.run("Rocky-desertification vulnerability 石漠化脆弱性", "vulnerabilityrockydesertification", {
        "LEVELS": 1, "OUTCROP": s["CARBONATE_OUTCROP"], "DEM": s["DEM"], "FVC": s["FVC"], "KARST": s["KARST"],
        "INDEX": r("rocky_desertification_vulnerability_index"), "GRADE": r("rocky_desertification_vulnerability")},
        [("GRADE", "rocky_desertification_vulnerability", "石漠化脆弱性（五级）",
          "Rocky-desertification vulnerability (5 levels)"),
         ("INDEX", "rocky_desertification_vulnerability_index", "石漠化脆弱性指数",
          "Rocky-desertification vulnerability index")])
    chain.run("Coastal-erosion vulnerability 海岸侵蚀脆弱性", "vulnerabilitycoastalerosion", {
        "LEVELS": 0, "SHORE_TYPE": s["SHORE_TYPE"], "STORM_SURGE": s["STORM_SURGE"],
        "WAVE_HEIGHT": s["WAVE_HEIGHT"], "EROSION_RATE": s["EROSION_RATE"],
        "INDEX": r("coastal_erosion_vulnerability_index"), "GRADE": r("coastal_erosion_vulnerability")},
        [("GRADE", "coastal_erosion_vulnerability", "海岸侵蚀脆弱性", "Coastal-erosion vulnerability"),
         ("INDEX", "coastal_erosion_vulnerability_index", "海岸侵蚀脆弱性指数", "Coastal-erosion vulnerability index")])
    # service trade-offs run in the valuation step, with the service value and carbon storage as inputs
    chain.run("Landscape diversity in a moving window 移动窗口景观多样性", "landscapemetricswindow", {
        "INPUT": s["LANDUSE_2020"], "METRIC": 2, "RADIUS": 500.0, "OUTPUT": r("shdi_window")},
        [("OUTPUT", "shdi_window", "移动窗口香农多样性指数", "SHDI in a 500 m window")])
    sample_dir = os.path.dirname(s["DEM"])
    chain.run("Degradation 生态退化程度 (NDVI 2010-2020)", "degradation", {
        "REFERENCE": os.path.join(sample_dir, "ndvi_2010.tif"),
        "CURRENT": os.path.join(sample_dir, "ndvi_2020.tif"),
        "LOSS": r("degradation_loss"), "GRADE": r("degradation")},
        [("GRADE", "degradation", "生态退化程度", "Degradation degree"),
         ("LOSS", "degradation_loss", "NDVI 相对下降率", "Relative NDVI loss")])
    chain.run("Resilience 生态恢复力", "resilience", {
        "LANDUSE": s["LANDUSE_2020"], "CONDITION": s["FVC"], "DEM": s["DEM"],
        "INDEX": r("resilience_index"), "GRADE": r("resilience")},
        [("GRADE", "resilience", "生态恢复力", "Resilience"),
         ("INDEX", "resilience_index", "生态恢复力指数", "Resilience index")])
    rain = daily_rainfall(s["PRECIPITATION"], os.path.join(sample_dir, "daily_rainfall_2019.tif"))
    chain.run("Rainfall erosivity 降雨侵蚀力 (daily rainfall 2019)", "rainfallerosivity", {
        "INPUT": rain, "START_DATE": "2019-01-01", "YEARS": 1, "OUTPUT": r("rainfall_erosivity")},
        [("OUTPUT", "rainfall_erosivity", "降雨侵蚀力（日雨量模型）", "Rainfall erosivity R (daily rainfall model)")])
    chain.run("Damaged space 受损空间", "damagedspace", {
        "DEGRADATION": r("degradation"), "RESILIENCE": r("resilience"), "OUTPUT": r("damaged_space"),
        "TABLE": chain.table("damaged_space_areas")},
        [("OUTPUT", "damaged_space", "受损空间识别", "Damaged space"),
         ("TABLE", "damaged_space_areas", "受损空间面积", "Damaged space areas")])
