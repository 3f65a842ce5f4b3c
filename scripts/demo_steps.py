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



def assessment(chain, args):
    """生态系统评价: services, importance, protection importance, landscape pattern."""
    s = chain.results["createsampleregion"]
    r = chain.raster
    chain.run("Water conservation 水源涵养", "waterconservation", {
        "LANDUSE": s["LANDUSE_2020"], "PRECIPITATION": s["PRECIPITATION"], "ET": s["ET"],
        "OUTPUT": r("water_conservation")},
        [("OUTPUT", "water_conservation", "水源涵养量", "Water conservation (mm)")])
    chain.run("Soil conservation 水土保持 (RUSLE)", "soilconservation", {
        "DEM": s["DEM"], "R_FACTOR": s["R_FACTOR"], "K_FACTOR": s["K_FACTOR"],
        "LANDUSE": s["LANDUSE_2020"], "CONSERVED": r("soil_conservation"), "ACTUAL": r("soil_loss")},
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


STEPS = [sample_region, assessment]
