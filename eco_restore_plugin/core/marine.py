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

from ._distance import nearest_distance_within

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


def grade(ceh, *, breaks=GRADE_BREAKS):
    """1 healthy (≥ upper break), 2 sub-healthy, 3 unhealthy (< lower break); 0 for NaN."""
    if not np.isfinite(ceh):
        return 0
    return 1 if ceh >= breaks[1] else (2 if ceh >= breaks[0] else 3)


def health(values, *, indicators=None, assigned=None, breaks=GRADE_BREAKS):
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
    return {"levels": levels, "scores": scores, "index": index, "ceh": ceh, "grade": grade(ceh, breaks=breaks),
            "missing": missing}


# ---------------------------------------------------------------------------------------------------------
# Coastal wetland and marine habitat inventory (滨海湿地与海洋生境清查)
# ---------------------------------------------------------------------------------------------------------
#: habitat classes (codes of the Demo County layer ``marine_habitat_<year>``): code -> (中文, English)
HABITATS = {1: ("红树林", "Mangrove"), 2: ("盐沼", "Salt marsh"), 3: ("海草床", "Seagrass bed"),
            4: ("珊瑚礁", "Coral reef"), 5: ("滩涂", "Tidal flat"), 6: ("河口水域", "Estuary water"),
            7: ("养殖坑塘", "Aquaculture pond"), 8: ("开放式养殖", "Sea farming"), 9: ("浅海水域", "Shallow sea"),
            10: ("海岛陆域", "Island land"), 11: ("建设用地（围填海）", "Construction land (reclamation)")}
NATURAL_HABITATS = (1, 2, 3, 4, 5, 6)
AQUACULTURE = (7, 8)
CONSTRUCTION = (11,)
#: 三调 land-use codes (leading zero dropped) -> habitat class, for land-use inputs
LANDUSE_TO_HABITAT = {303: 1, 1105: 5, 1104: 7, 1108: 2, 1202: 11, 501: 11, 601: 11, 602: 11, 701: 11, 702: 11,
                      801: 11, 802: 11, 810: 11, 1001: 11, 1003: 11, 1004: 11, 1008: 11, 1109: 11}


def habitat_areas(h_new, h_old, cell_ha):
    """Areas (ha) per class in both years: ``{class: (old, new)}`` (old NaN without ``h_old``)."""
    codes = sorted(set(np.unique(h_new).tolist()) | (set(np.unique(h_old).tolist()) if h_old is not None else set()))
    out = {}
    for c in codes:
        if c <= 0:
            continue
        old = float((h_old == c).sum()) * cell_ha if h_old is not None else float("nan")
        out[int(c)] = (old, float((h_new == c).sum()) * cell_ha)
    return out


def habitat_transitions(h_old, h_new, cell_ha):
    """``{(old, new): ha}`` for cells with a class in both years (changed and unchanged)."""
    ok = (h_old > 0) & (h_new > 0)
    pairs = h_old[ok].astype(np.int64) * 1000 + h_new[ok].astype(np.int64)
    vals, counts = np.unique(pairs, return_counts=True)
    return {(int(v // 1000), int(v % 1000)): float(c) * cell_ha for v, c in zip(vals, counts)}


def habitat_losses(h_old, h_new, *, natural=NATURAL_HABITATS, to_aquaculture=AQUACULTURE, to_construction=CONSTRUCTION):
    """Loss codes: 1 natural habitat -> aquaculture (退塘还林还湿 / 退养还滩 candidate), 2 natural -> construction,
    0 otherwise."""
    nat = np.isin(h_old, natural)
    out = np.zeros(h_old.shape, np.uint8)
    out[nat & np.isin(h_new, to_aquaculture)] = 1
    out[nat & np.isin(h_new, to_construction)] = 2
    return out


# ---------------------------------------------------------------------------------------------------------
# Mangrove and seagrass restoration suitability (红树林、海草床修复适宜性)
# ---------------------------------------------------------------------------------------------------------
#: factor rules per species: factor -> ((suitable from, to), (marginal from, to)); closed intervals, a value
#: outside both is unsuitable. ELEVATION is metres above mean sea level, WAVE m, SALINITY ‰, DISTANCE m to
#: the nearest existing stand. Sources (see the algorithm help): mangrove elevation - planted between mean sea
#: level and mean high water (HY/T 214-2017 红树林植被恢复技术指南, as cited; the upper limit depends on the
#: local tide and is set to 1.5 m here); every other value is the plugin's default, not verified.
SUITABILITY_RULES = {
    "mangrove": {"ELEVATION": ((0.0, 1.5), (-0.5, 2.0)), "WAVE": ((0.0, 0.5), (0.0, 1.0)),
                 "SALINITY": ((5.0, 25.0), (0.0, 35.0)), "DISTANCE": ((0.0, 1000.0), (0.0, 3000.0))},
    "seagrass": {"ELEVATION": ((-4.0, -0.5), (-6.0, 0.0)), "WAVE": ((0.0, 0.6), (0.0, 1.2)),
                 "SALINITY": ((25.0, 35.0), (20.0, 40.0)), "DISTANCE": ((0.0, 2000.0), (0.0, 5000.0))},
}
#: substrate code (1 mud 淤泥, 2 sandy mud 泥沙, 3 sand 砂, 4 gravel / rock 砾石岩礁) -> 2 suitable, 1 marginal, 0 unsuitable
SUBSTRATE_SCORES = {"mangrove": {1: 2, 2: 2, 3: 1, 4: 0}, "seagrass": {1: 1, 2: 2, 3: 2, 4: 0}}
FACTORS = ("ELEVATION", "WAVE", "SALINITY", "SUBSTRATE", "DISTANCE")
SUITABILITY_ZH = {0: "不适宜", 1: "较适宜", 2: "适宜"}


def factor_score(values, rule):
    """2 suitable, 1 marginal, 0 unsuitable; NaN values stay NaN (not assessed)."""
    (s0, s1), (m0, m1) = rule
    v = np.asarray(values, float)
    out = np.where((v >= s0) & (v <= s1), 2.0, np.where((v >= m0) & (v <= m1), 1.0, 0.0))
    return np.where(np.isnan(v), np.nan, out)


def distance_score(stands, rule, *, sampling):
    """:func:`factor_score` of the Euclidean distance (map units; ``sampling`` = (row size, column size))
    from each cell to the nearest cell of ``stands`` (bool). The distances are computed by row bands
    (``_distance.nearest_distance_within``) exact up to the rule's largest finite bound: every distance
    beyond it falls in the same intervals, so the scores equal those of one whole-raster transform."""
    bounds = [float(b) for pair in rule for b in pair if np.isfinite(b)]
    reach = max(bounds + [0.0])
    return factor_score(nearest_distance_within(np.asarray(stands, bool), reach=reach, sampling=sampling), rule)


def substrate_score(codes, scores):
    """Suitability score of each substrate code from ``{code: score}`` (NaN for codes not in the table)."""
    c = np.asarray(codes, float)
    out = np.full(c.shape, np.nan)
    for code, s in scores.items():
        out[c == code] = s
    unknown = np.isfinite(c) & np.isnan(out)
    if unknown.any():
        raise ValueError("substrate codes {} have no score; add them to the substrate table".format(
            sorted(set(c[unknown].astype(int).tolist()))[:10]))
    return out


def suitability(factors, candidate):
    """Suitability class of the candidate cells: the lowest factor score (limiting factor, 最小限制因子法).

    ``factors``: ``{name: score array}`` (NaN = factor not given for that cell, ignored); ``candidate``:
    bool array. Returns ``(class, limiting)``: class 0 unsuitable / 1 marginal / 2 suitable, -1 outside the
    candidates; limiting = index into the factor names of the first factor that set the class (-1 none).
    """
    cls, lim = suitability_start(np.shape(candidate))
    for i, n in enumerate(factors):
        fold_factor(cls, lim, i, factors[n])
    return suitability_end(cls, lim, candidate)


def suitability_start(shape):
    """The class (2 everywhere) and limiting-factor rasters that :func:`fold_factor` lowers factor by factor
    (so one factor's scores at a time are held, not all of them: :func:`suitability` in steps)."""
    return np.full(shape, 2, dtype=np.int16), np.zeros(shape, dtype=np.int16)


def fold_factor(cls, lim, index, scores):
    """Lower ``cls`` (in place) to factor ``index``'s scores (0, 1, 2; NaN = not scored, never lowers) where
    they are lower, recording ``index`` as the limiting factor there."""
    f = np.asarray(scores, float)
    lower = f < cls          # NaN compares False: an unscored factor never lowers the class
    cls[lower] = f[lower]
    lim[lower] = index


def suitability_end(cls, lim, candidate):
    """Finish :func:`fold_factor`: no limiting factor where the class stayed 2, -1 outside the candidates."""
    lim[cls >= 2] = -1
    cls[~candidate] = -1
    lim[~candidate] = -1
    return cls, lim


# ---------------------------------------------------------------------------------------------------------
# Flood regulation of wetlands (湿地调蓄)
# ---------------------------------------------------------------------------------------------------------
#: wetland type -> regulating depth (m) above the normal water level: the plugin's illustrative defaults,
#: NOT from a standard (the GEP guide 陆地生态系统生产总值（GEP）核算技术指南 2020 estimates lake and reservoir
#: storage by regional area-storage relations; use local 调洪 depths where you have them)
REGULATING_DEPTH = {"lake": 1.0, "reservoir": 2.0, "river": 0.5, "pond": 0.3, "marsh": 0.3, "mangrove": 0.0,
                    "tidal_flat": 0.0}
WETLAND_TYPES_ZH = {"lake": "湖泊", "reservoir": "水库", "river": "河流", "pond": "坑塘", "marsh": "沼泽",
                    "mangrove": "红树林", "tidal_flat": "滩涂"}
WETLAND_ALIASES = {"湖泊": "lake", "湖泊水面": "lake", "水库": "reservoir", "水库水面": "reservoir", "河流": "river",
                   "河流水面": "river", "坑塘": "pond", "坑塘水面": "pond", "养殖坑塘": "pond", "沼泽": "marsh",
                   "沼泽地": "marsh", "内陆滩涂": "marsh", "红树林": "mangrove", "红树林地": "mangrove",
                   "沿海滩涂": "tidal_flat", "滩涂": "tidal_flat", "1102": "lake", "1103": "reservoir",
                   "1101": "river", "1104": "pond", "1108": "marsh", "1106": "marsh", "303": "mangrove",
                   "0303": "mangrove", "1105": "tidal_flat"}


def wetland_type(value, depths):
    """The type key of a field value (English key, Chinese name or 三调 code); None when unknown."""
    if value is None:
        return None
    text = str(value).strip()
    if text.lower() in depths:
        return text.lower()
    key = WETLAND_ALIASES.get(text) or WETLAND_ALIASES.get(text.split(".")[0])
    return key if key in depths else None


def flood_storage(area_m2, depth_m):
    """Storage volume (m³) = area × regulating depth."""
    return float(area_m2) * float(depth_m)


# ---------------------------------------------------------------------------------------------------------
# Marine project types and unit costs (海洋生态修复项目类型与单价)
# ---------------------------------------------------------------------------------------------------------
#: code -> (name, quantity unit, unit cost in 万元 per unit). The unit costs are the plugin's illustrative
#: values, NOT from a standard or a price list: replace them by the local 估算指标 / 定额.
MARINE_PROJECTS = {
    1: ("海岸带生态修复", "hm²", 20.0),
    2: ("红树林营造与修复", "hm²", 45.0),
    3: ("海草床修复", "hm²", 60.0),
    4: ("珊瑚礁修复", "hm²", 150.0),
    5: ("沙滩修复", "km", 1500.0),
    6: ("岸线整治", "km", 1200.0),
    7: ("退养还湿", "hm²", 15.0),
    8: ("海岛生态修复", "hm²", 30.0),
}


def project_cost(quantity, unit_cost):
    """Cost (万元) = quantity × unit cost; NaN quantities give NaN."""
    return float(quantity) * float(unit_cost)
