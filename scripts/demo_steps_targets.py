"""Demo steps of the targets group (目标与成果): base values per township, then a decomposition.

Part of ``STEPS`` in scripts/demo_steps.py.
"""


def targets(chain, args):
    gpkg = chain.results["createsampleregion"]["GPKG"]
    lu = chain.results["createsampleregion"]["LANDUSE_2020"]

    def layer(name):
        return "{}|layername={}".format(gpkg, name)

    # 大陆 / 海岛自然岸线保有率 from the classified shoreline of the marine step (陆海统筹; restored shore counts as
    # natural), else the coastline
    coast = {"COASTLINE": layer("coastline"), "SHORE_FIELD": "shore_type"}
    if "shorelineclassification" in chain.results:
        # island shore flagged: 海岛自然岸线保有率 apart; the mangroves on the tidal flat and the island lie seaward of
        # the township polygons: they count for the nearest township within a coastal reach (the demo's choice,
        # scaled with the county: 300 m at size 120)
        coast = {"COASTLINE": "{}|layername=shoreline_classified".format(chain.gpkg), "SHORE_FIELD": "shore_class",
                 "NATURAL_TYPES": "bedrock,sandy,muddy,biological,estuary,restored", "ISLAND_FIELD": "island",
                 "COASTAL_REACH": max(300.0, 2.5 * args.size)}
    base = chain.run("Indicator base values 指标基期值", "indicatorbasevalues", dict({
        "REGION": layer("townships"), "UNIT_FIELD": "name", "LANDUSE": lu,
        "RESERVES": layer("nature_reserves"), "RED_LINE": layer("red_line"), "SOIL_LOSS": chain.raster("soil_loss"),
        "OUTPUT": chain.table("indicator_base_values"),
        "OUTPUT_LAYER": chain.table("townships_base_values")}, **coast),
        document=[("OUTPUT", "indicator_base_values", "指标基期值", "Indicator base values"),
                  ("OUTPUT_LAYER", "townships_base_values", "乡镇指标基期值", "Townships with base values")])
    dec = chain.run("Target decomposition 目标分解传导", "targetdecomposition", {
        "UNITS": layer("townships"), "UNIT_FIELD": "name", "KEY": 0,
        "TARGETS": ["生态保护修复面积", "sum", "1000", "", "0", "",
                    "森林覆盖率", "rate", "60", "", "", ""],
        "OUTPUT_TABLE": chain.table("unit_targets"), "OUTPUT": chain.table("townships_targets")},
        document=[("OUTPUT_TABLE", "unit_targets", "单元目标分解表", "Unit targets"),
                  ("OUTPUT", "townships_targets", "乡镇目标分解", "Townships with targets")])
    chain.run("Target attainment 目标达标评估", "targetattainment", {
        "TARGETS": dec["OUTPUT_TABLE"], "VALUES": base["OUTPUT"],
        "OUTPUT": chain.table("target_attainment")},
        document=[("OUTPUT", "target_attainment", "目标达标评估", "Target attainment")])
