"""Demo steps of land and sea together (陆海统筹): Demo County's sea - shorelines 2010/2020, marine ecosystem
health, coastal wetland inventory, mangrove and seagrass restoration suitability, wetland flood storage.
Part of ``STEPS`` in scripts/demo_steps.py (after zoning and consolidation, whose restoration units the sea
units join, and before targets, so that the indicator base values and the atlas find the marine outputs).
"""
import os

from demo_steps_zoning import PRIORITY_CRITERIA


def marine(chain, args):
    s = chain.results["createsampleregion"]
    gpkg = s["GPKG"]
    folder = os.path.dirname(s["DEM"])
    chain.copy_base_layers(gpkg, [
        ("shoreline_2010", "2010年海岸线", "Shoreline 2010"),
        ("shoreline_2020", "2020年海岸线", "Shoreline 2020"),
        ("island", "海岛", "Island"),
        ("sea_use_zones", "海洋功能区", "Sea-use function zones"),
        ("marine_stations", "海洋生态监测站位", "Marine monitoring stations"),
    ])

    def layer(name):
        return "{}|layername={}".format(gpkg, name)

    def sample(name):
        return os.path.join(folder, name + ".tif")

    r, t = chain.raster, chain.table
    chain.run("Shoreline classification and change 岸线分类与变化", "shorelineclassification", {
        "SHORELINE": layer("shoreline_2020"), "CLASS_FIELD": "shore_class", "ISLAND_FIELD": "island", "YEAR": 2020,
        "SHORELINE_OLD": layer("shoreline_2010"), "YEAR_OLD": 2010, "TOWNSHIPS": layer("townships"),
        "TOWNSHIP_FIELD": "name", "SPACING": 50.0, "REACH": 200.0,
        "OUTPUT": t("shoreline_classified"), "LENGTHS": t("shoreline_lengths"), "SUMMARY": t("shoreline_retention"),
        "TRANSECTS": t("shoreline_transects")},
        document=[("OUTPUT", "shoreline_classified", "海岸线分类（2020）", "Classified shoreline 2020"),
                  ("LENGTHS", "shoreline_lengths", "岸线长度统计", "Shoreline lengths by class"),
                  ("SUMMARY", "shoreline_retention", "自然岸线保有率", "Natural shoreline retention"),
                  ("TRANSECTS", "shoreline_transects", "岸线变化断面", "Shoreline change transects")])
    chain.run("Marine ecosystem health 近岸海洋生态健康评价", "marineecosystemhealth", {
        "INPUT": layer("marine_stations"), "ECOSYSTEM_FIELD": "ecosystem", "STATION_FIELD": "station",
        "OUTPUT": t("marine_health"), "SCORES": t("marine_health_scores"), "SUMMARY": t("marine_health_summary")},
        document=[("OUTPUT", "marine_health", "海洋生态健康（站位）", "Marine ecosystem health (stations)"),
                  ("SCORES", "marine_health_scores", "海洋生态健康指标赋值", "Marine health indicator scores"),
                  ("SUMMARY", "marine_health_summary", "海洋生态健康（生态系统）", "Marine health by ecosystem")])
    chain.run("Coastal wetland inventory 滨海湿地与海洋生境清查", "coastalwetlandinventory", {
        "HABITAT": sample("marine_habitat_2020"), "HABITAT_OLD": sample("marine_habitat_2010"), "YEAR": 2020,
        "YEAR_OLD": 2010, "AREAS": t("coastal_habitat_areas"), "TRANSITIONS": t("coastal_habitat_transitions"),
        "LOSSES": t("coastal_habitat_losses")},
        document=[("AREAS", "coastal_habitat_areas", "滨海湿地与海洋生境面积", "Coastal habitat areas"),
                  ("TRANSITIONS", "coastal_habitat_transitions", "滨海生境转移", "Coastal habitat transitions"),
                  ("LOSSES", "coastal_habitat_losses", "滨海生境损失",
                   "Coastal habitat losses (退塘还林还湿 candidates)")])
    env = {"HABITAT": sample("marine_habitat_2020"), "ELEVATION": sample("coastal_elevation"),
           "WAVE": sample("sea_wave_height"), "SALINITY": sample("salinity"), "SUBSTRATE": sample("substrate")}
    for species, key, zh, en in ((0, "mangrove", "红树林修复适宜性", "Mangrove restoration suitability"),
                                 (1, "seagrass", "海草床修复适宜性", "Seagrass restoration suitability")):
        chain.run("{} {}".format(en, zh), "marinerestorationsuitability", dict(
            env, SPECIES=species, MIN_AREA=0.05, SUITABILITY=r(key + "_suitability"),
            CANDIDATES=t(key + "_candidates")),
            document=[("SUITABILITY", key + "_suitability", zh, en),
                      ("CANDIDATES", key + "_candidates", zh.replace("适宜性", "候选区"), en.replace("suitability",
                                                                                                  "candidates"))])
    # sea planning units beside the land restoration units, with the marine projects and their unit costs
    planning = _layers(chain.gpkg)

    def result(name):
        return "{}|layername={}".format(chain.gpkg, name) if name in planning else None

    chain.run("Sea planning units and marine projects 海域规划单元与海洋修复项目", "marineplanningunits", {
        "SEA": layer("sea_use_zones"), "ZONE_FIELD": "zone_type", "MODE": 0,
        "LAND_UNITS": result("restoration_units"), "MANGROVE": result("mangrove_candidates"),
        "SEAGRASS": result("seagrass_candidates"), "LOSSES": result("coastal_habitat_losses"),
        "ISLANDS": layer("island"), "SHORELINE": result("shoreline_classified"), "SHORE_FIELD": "shore_class",
        "UNITS": t("land_sea_units"), "PROJECTS": t("marine_projects")},
        document=[("UNITS", "land_sea_units", "陆海规划单元", "Land and sea planning units"),
                  ("PROJECTS", "marine_projects", "海洋生态修复项目", "Marine restoration projects by unit")])
    # 陆海统筹: the zoning and the priority again, with the sea units beside the land units (the land-only layers of
    # the zoning step stay as they are; the atlas zoning map draws the land-and-sea zones when present)
    units = result("restoration_units")
    if units and result("marine_health"):
        sea = {"SEA_UNITS": "{}|layername=land_sea_units".format(chain.gpkg), "SEA_HEALTH": result("marine_health")}
        chain.run("Restoration zoning, land and sea 陆海生态修复分区", "restorationzoning", dict(
            sea, UNITS=units, OUTPUT=t("land_sea_zones")),
            document=[("OUTPUT", "land_sea_zones", "陆海生态修复分区", "Restoration zones, land and sea")])
        chain.run("Restoration priority, land and sea 陆海修复优先级", "restorationpriority", dict(
            sea, UNITS=units, OUTPUT=t("land_sea_priority"), CRITERIA=PRIORITY_CRITERIA),
            document=[("OUTPUT", "land_sea_priority", "陆海修复优先级", "Restoration priority, land and sea")])
    if "dltb_2020" in _layers(gpkg):
        chain.run("Wetland flood regulation storage 湿地调蓄能力", "wetlandfloodstorage", {
            "WETLANDS": layer("dltb_2020"), "TYPE_FIELD": "DLBM", "WATERSHEDS": layer("watersheds"),
            "WATERSHED_FIELD": "ws_id", "OUTPUT": t("wetland_storage"), "SUMMARY": t("wetland_storage_watersheds")},
            document=[("OUTPUT", "wetland_storage", "湿地调蓄能力", "Wetland flood regulation storage"),
                      ("SUMMARY", "wetland_storage_watersheds", "小流域湿地调蓄量", "Wetland storage by watershed")])


def _layers(gpkg):
    from osgeo import ogr

    ds = ogr.Open(gpkg)
    return {ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())}
