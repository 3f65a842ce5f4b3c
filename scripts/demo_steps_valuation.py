"""Demo steps of the valuation assessments (生态价值与风险评估): ecosystem service value, carbon storage,
RSEI, landscape ecological risk and the historic-mine assessment. Part of ``STEPS`` in scripts/demo_steps.py."""
import os


def valuation(chain, args):
    """生态系统服务价值、碳储量、遥感生态指数、景观生态风险、历史遗留矿山生态修复评价."""
    from eco_restore_plugin.sampledata import bands

    s = chain.results["createsampleregion"]
    r = chain.raster
    sample_dir = os.path.dirname(s["DEM"])
    written = bands.write_bands(sample_dir)          # synthetic reflectance of 2010 (TM) and 2020 (OLI)
    soil = r("soil_conservation")                    # from the assessment step, when it ran
    eco = {year: os.path.join(sample_dir, "ecosystem_{}.tif".format(year)) for year in (2010, 2020)}
    chain.run("Ecosystem service value 2010-2020 生态系统服务价值（当量因子法）", "servicevalue", {
        "LANDUSE": eco[2010], "LANDUSE_2": eco[2020], "NPP": s["NPP"], "PRECIPITATION": s["PRECIPITATION"],
        "SOIL_CONSERVATION": soil if os.path.exists(soil) else None,
        "ZONES": s["TOWNSHIPS"], "ZONE_FIELD": "name",
        "OUTPUT": r("service_value_2010"), "CHANGE": r("service_value_change"),
        "SERVICES": chain.table("service_value_by_service"), "ZONE_TABLE": chain.table("service_value_by_township"),
        "SENSITIVITY": chain.table("service_value_sensitivity_2010")},
        [("OUTPUT", "service_value_2010", "2010年生态系统服务价值", "Ecosystem service value 2010 (yuan per cell)"),
         ("CHANGE", "service_value_change", "2010-2020年生态系统服务价值变化",
          "Change of the service value 2010-2020 (yuan per cell)"),
         ("SERVICES", "service_value_by_service", "分项生态系统服务价值",
          "Service value per service, 2010 and 2020 (10⁴ yuan)"),
         ("ZONE_TABLE", "service_value_by_township", "分乡镇生态系统服务价值",
          "Service value per township, 2010 and 2020 (10⁴ yuan)"),
         ("SENSITIVITY", "service_value_sensitivity_2010", "2010年生态系统服务价值敏感性指数",
          "Coefficient of sensitivity per ecosystem type, 2010")])
    chain.run("Ecosystem service value 2020 生态系统服务价值 2020", "servicevalue", {
        "LANDUSE": eco[2020], "NPP": s["NPP"], "PRECIPITATION": s["PRECIPITATION"],
        "SOIL_CONSERVATION": soil if os.path.exists(soil) else None,
        "OUTPUT": r("service_value_2020"), "SENSITIVITY": chain.table("service_value_sensitivity_2020")},
        [("OUTPUT", "service_value_2020", "2020年生态系统服务价值", "Ecosystem service value 2020 (yuan per cell)"),
         ("SENSITIVITY", "service_value_sensitivity_2020", "2020年生态系统服务价值敏感性指数",
          "Coefficient of sensitivity per ecosystem type, 2020")])
    # Carbon: 2010 as "current", 2020 as "future" gives the change of the decade; the carbon price of
    # 220 yuan/Mg C (about 60 yuan/t CO2) is a demo value.
    chain.run("Carbon storage 2010-2020 碳储量 (InVEST)", "carbonstorage", {
        "LANDUSE": s["LANDUSE_2010"], "LANDUSE_FUTURE": s["LANDUSE_2020"], "YEAR_CURRENT": 2010, "YEAR_FUTURE": 2020,
        "PRICE": 220.0, "DISCOUNT_RATE": 5.0,
        "CURRENT": r("carbon_2010"), "FUTURE": r("carbon_2020"), "CHANGE": r("carbon_change"),
        "NPV": r("carbon_value"), "TABLE": chain.table("carbon_by_class")},
        [("CURRENT", "carbon_2010", "2010年碳储量", "Carbon storage 2010 (Mg C per cell)"),
         ("FUTURE", "carbon_2020", "2020年碳储量", "Carbon storage 2020 (Mg C per cell)"),
         ("CHANGE", "carbon_change", "2010-2020年碳储量变化", "Change of carbon storage 2010-2020 (Mg C per cell)"),
         ("NPV", "carbon_value", "碳储量变化价值（净现值）", "Net present value of the carbon change (yuan per cell)"),
         ("TABLE", "carbon_by_class", "分地类碳储量", "Carbon storage per land-use class")])
    chain.run("RSEI 2010 遥感生态指数 (Landsat 5 TM)", "rsei", {
        "REFLECTANCE": written[2010]["reflectance"], "SENSOR": 1, "SCALE": 0.0001,
        "BRIGHTNESS": written[2010]["brightness"],
        "OUTPUT": r("rsei_2010"), "GRADE": r("rsei_grade_2010"), "TABLE": chain.table("rsei_pca_2010")},
        [("OUTPUT", "rsei_2010", "2010年遥感生态指数", "RSEI 2010"),
         ("GRADE", "rsei_grade_2010", "2010年遥感生态指数等级", "RSEI grade 2010"),
         ("TABLE", "rsei_pca_2010", "2010年RSEI主成分与等级面积", "RSEI 2010 principal components and grade areas")])
    chain.run("RSEI 2020 遥感生态指数 (Landsat 8 OLI)", "rsei", {
        "REFLECTANCE": written[2020]["reflectance"], "SENSOR": 0, "SCALE": 0.0001, "LST": written[2020]["lst"],
        "OUTPUT": r("rsei_2020"), "GRADE": r("rsei_grade_2020"), "TABLE": chain.table("rsei_pca_2020")},
        [("OUTPUT", "rsei_2020", "2020年遥感生态指数", "RSEI 2020"),
         ("GRADE", "rsei_grade_2020", "2020年遥感生态指数等级", "RSEI grade 2020"),
         ("TABLE", "rsei_pca_2020", "2020年RSEI主成分与等级面积", "RSEI 2020 principal components and grade areas")])
    # risk cells of 1.5 km (county scale), smaller on a small demo so that there are enough to grade
    risk_cell = min(1500.0, args.size * 30.0 / 10.0)
    chain.run("Landscape ecological risk 景观生态风险", "landscaperisk", {
        "LANDUSE": s["LANDUSE_2020"], "RISK_CELL_SIZE": risk_cell,
        "OUTPUT": r("landscape_risk"), "GRADE": r("landscape_risk_grade"),
        "RISK_CELLS": chain.table("landscape_risk_cells"), "CLASS_TABLE": chain.table("landscape_risk_classes")},
        [("OUTPUT", "landscape_risk", "景观生态风险指数", "Landscape ecological risk index (interpolated)"),
         ("GRADE", "landscape_risk_grade", "景观生态风险等级", "Landscape ecological risk grade"),
         ("RISK_CELLS", "landscape_risk_cells", "景观生态风险评价单元", "Risk cells (1.5 km on the full demo) with their index"),
         ("CLASS_TABLE", "landscape_risk_classes", "景观干扰度与脆弱度", "Disturbance, vulnerability and loss per class")])
    chain.run("Historic mine restoration 历史遗留矿山生态修复评价", "minerestoration", {
        "MINES": s["MINES"], "ID_FIELD": "mine_id", "STATUS_FIELD": "status", "LANDUSE": s["LANDUSE_2020"],
        "DEM": s["DEM"], "FVC": s["FVC"],
        "OUTPUT": chain.table("mine_restoration"), "SUMMARY": chain.table("mine_restoration_summary")},
        [("OUTPUT", "mine_restoration", "历史遗留矿山修复方向与模式", "Historic mines: restoration direction and mode"),
         ("SUMMARY", "mine_restoration_summary", "历史遗留矿山生态修复面积",
          "Historic mines: restored area and area by direction and mode")])

    # trade-offs and synergies of the services, their value and carbon storage (Spearman correlations)
    chain.run("Service trade-offs 服务权衡与协同", "servicetradeoffs", {
        "INPUTS": [r("water_conservation"), r("soil_conservation"), r("habitat_quality"), r("service_value_2020"),
                   r("carbon_2020")],
        "OUTPUT": chain.table("service_tradeoffs"),
        "BIVARIATE": r("service_bivariate")},
        [("OUTPUT", "service_tradeoffs", "生态系统服务权衡与协同", "Service trade-offs and synergies"),
         ("BIVARIATE", "service_bivariate", "水源涵养-水土保持双变量图", "Bivariate map")])
