"""Marine ecosystem health (近岸海洋生态健康, after HY/T 087-2005), pure numpy.

Structure (HY/T 087-2005 近岸海洋生态健康评价指南, 国家海洋局 2005; our reading of its method for estuary and
bay ecosystems, not verified clause by clause against the official text here): five categories - 水环境
water, 沉积环境 sediment, 生物残毒 biological residue, 栖息地 habitat, 生物 biological community; every indicator
gets one of three assigned values by its thresholds (good / fair / poor); a category's index is the mean of
its indicators' values; the health index CEH = the sum of the five category indices (0-100) and the grade:
CEH ≥ 75 健康 healthy, 50 ≤ CEH < 75 亚健康 sub-healthy, CEH < 50 不健康 unhealthy.

Default assigned values (good, fair, poor): water 15/10/5, sediment 10/5/1, residue 10/5/1, habitat
15/10/5, biology 50/30/10 (the category weights 15, 10, 10, 15, 50 as the good value). Default thresholds:
water after GB 3097-1997 (海水水质标准) class I / II limits, sediment after GB 18668-2002 (海洋沉积物质量) class
I / II, residue after GB 18421-2001 (海洋生物质量) class I / II, as the guideline refers to these standards;
habitat (5-year loss of coastal wetland habitat, annual change of the main sediment component, %: 5 / 10)
and biology (density or biomass as a ratio to the reference value: good 0.5-1.5, fair 0.25-2.0) and the
ecosystem's own cover indicator (COVER, ratio of mangrove / live coral / seagrass cover to the reference:
good ≥ 0.9, fair ≥ 0.7) are the plugin's defaults, NOT verified against the guideline's tables; the
guideline's ecosystem-specific indicator sets and weights for mangrove, coral reef and seagrass could not
be verified here either, so every ecosystem uses the same categories, with COVER added to biology. All
thresholds and assigned values are parameters.
"""
import numpy as np

CATEGORIES = ("water", "sediment", "residue", "habitat", "biology")
CATEGORY_ZH = {"water": "水环境", "sediment": "沉积环境", "residue": "生物残毒", "habitat": "栖息地",
               "biology": "生物"}
#: category -> (good, fair, poor) assigned values
ASSIGNED = {"water": (15.0, 10.0, 5.0), "sediment": (10.0, 5.0, 1.0), "residue": (10.0, 5.0, 1.0),
            "habitat": (15.0, 10.0, 5.0), "biology": (50.0, 30.0, 10.0)}
INF = float("inf")
#: indicator -> (category, unit, name_zh, (good_lo, good_hi), (fair_lo, fair_hi)); good and fair are closed
#: intervals, a value outside both is poor
INDICATORS = {
    "DO": ("water", "mg/L", "溶解氧", (6.0, INF), (5.0, INF)),
    "PH": ("water", "-", "pH", (7.8, 8.5), (6.8, 8.8)),
    "DIN": ("water", "mg/L", "无机氮", (-INF, 0.20), (-INF, 0.30)),
    "DIP": ("water", "mg/L", "活性磷酸盐", (-INF, 0.015), (-INF, 0.030)),
    "OIL": ("water", "mg/L", "石油类", (-INF, 0.05), (-INF, 0.30)),
    "TOC": ("sediment", "%", "有机碳", (-INF, 2.0), (-INF, 3.0)),
    "SULFIDE": ("sediment", "mg/kg", "硫化物", (-INF, 300.0), (-INF, 500.0)),
    "HG": ("residue", "mg/kg", "汞", (-INF, 0.05), (-INF, 0.10)),
    "CD": ("residue", "mg/kg", "镉", (-INF, 0.2), (-INF, 2.0)),
    "PB": ("residue", "mg/kg", "铅", (-INF, 0.1), (-INF, 2.0)),
    "AS": ("residue", "mg/kg", "砷", (-INF, 1.0), (-INF, 5.0)),
    "OILB": ("residue", "mg/kg", "石油烃", (-INF, 15.0), (-INF, 50.0)),
    "HABITAT_LOSS": ("habitat", "%", "5年内滨海湿地生境减少", (-INF, 5.0), (-INF, 10.0)),
    "SED_CHANGE": ("habitat", "%", "沉积物主要组分含量年度变化", (-INF, 5.0), (-INF, 10.0)),
    "PHYTO": ("biology", "ratio", "浮游植物密度", (0.5, 1.5), (0.25, 2.0)),
    "ZOO_DENSITY": ("biology", "ratio", "浮游动物密度", (0.5, 1.5), (0.25, 2.0)),
    "ZOO_BIOMASS": ("biology", "ratio", "浮游动物生物量", (0.5, 1.5), (0.25, 2.0)),
    "FISH_EGGS": ("biology", "ratio", "鱼卵仔鱼密度", (0.5, 1.5), (0.25, 2.0)),
    "BENTHOS_DENSITY": ("biology", "ratio", "底栖动物密度", (0.5, 1.5), (0.25, 2.0)),
    "BENTHOS_BIOMASS": ("biology", "ratio", "底栖动物生物量", (0.5, 1.5), (0.25, 2.0)),
    "COVER": ("biology", "ratio", "红树林/活珊瑚/海草覆盖度", (0.9, INF), (0.7, INF)),
}
ECOSYSTEMS = {"mangrove": "红树林", "coral_reef": "珊瑚礁", "seagrass": "海草床", "estuary": "河口", "bay": "海湾"}
GRADES = {1: ("健康", "healthy"), 2: ("亚健康", "sub-healthy"), 3: ("不健康", "unhealthy")}
GRADE_BREAKS = (50.0, 75.0)


def level(value, good, fair):
    """1 good, 2 fair, 3 poor, 0 no value."""
    if value is None or not np.isfinite(value):
        return 0
    if good[0] <= value <= good[1]:
        return 1
    if fair[0] <= value <= fair[1]:
        return 2
    return 3


def grade(ceh, breaks=GRADE_BREAKS):
    """1 healthy (≥ upper break), 2 sub-healthy, 3 unhealthy (< lower break); 0 for NaN."""
    if not np.isfinite(ceh):
        return 0
    return 1 if ceh >= breaks[1] else (2 if ceh >= breaks[0] else 3)


def health(values, indicators=None, assigned=None, breaks=GRADE_BREAKS):
    """Health of one station / ecosystem from ``{indicator: value}``.

    Returns ``{"levels": {ind: level}, "scores": {ind: assigned value}, "index": {category: mean},
    "ceh": sum, "grade": 1-3 (0 when a category has no indicator value), "missing": [categories]}``.
    """
    indicators = INDICATORS if indicators is None else indicators
    assigned = ASSIGNED if assigned is None else assigned
    levels, scores, by_cat = {}, {}, {c: [] for c in CATEGORIES}
    for code, spec in indicators.items():
        cat, good, fair = spec[0], spec[3], spec[4]
        lv = level(values.get(code), good, fair)
        levels[code] = lv
        if lv:
            scores[code] = assigned[cat][lv - 1]
            by_cat[cat].append(scores[code])
    index = {c: (float(np.mean(v)) if v else float("nan")) for c, v in by_cat.items()}
    missing = [c for c in CATEGORIES if not by_cat[c]]
    ceh = float("nan") if missing else float(sum(index.values()))
    return {"levels": levels, "scores": scores, "index": index, "ceh": ceh, "grade": grade(ceh, breaks),
            "missing": missing}
