"""Whole-territory land-consolidation potential (全域土地综合整治潜力), METHODS.md §4.

Pure numpy (scipy for connected components): every function takes arrays of patch / unit attributes
and returns arrays. Areas are in hectares (hm²) unless a name says otherwise; 1 hm² = 15 亩,
1 万亩 = 10 000 亩. Every default marked "not verified" comes from common practice and is exposed by the
algorithms as an editable parameter or table (METHODS.md, header).

Sources
* 《土地整治项目规划设计规范》TD/T 1012-2016 and the provincial 田坎系数 tables of the second / third
  national land survey (第三次全国国土调查技术规程 TD/T 1055-2019: 耕地坡度分级 ≤2°, 2-6°, 6-15°,
  15-25°, >25°).
* 《镇规划标准》GB 50188-2007 (人均建设用地指标, up to 150 m²/person) and provincial 宅基地 standards.
* 《土地复垦质量控制标准》TD/T 1036-2013 (reclamation direction: slope, soil thickness).
* 自然资源部《关于开展全域土地综合整治试点工作的通知》(自然资发〔2019〕194号): new farmland ≥ 5 % of
  the existing farmland, construction land not growing, ecological protection red line respected.
* Ma & Chen (2022): realistic potential ≈ 51 % of theoretical potential in one prefecture.
"""
import numpy as np

from . import zonal

# ------------------------------------------------------------------------------------------------
# Units: m², hm², 亩, 万亩
# ------------------------------------------------------------------------------------------------
M2_PER_HM2 = 10000.0
MU_PER_HM2 = 15.0
MU_PER_WANMU = 10000.0


def m2_to_hm2(a):
    """Square metres to hectares (1 hm² = 10 000 m²)."""
    return np.asarray(a, dtype=np.float64) / M2_PER_HM2


def hm2_to_m2(a):
    """Hectares to square metres."""
    return np.asarray(a, dtype=np.float64) * M2_PER_HM2


def hm2_to_mu(a):
    """Hectares to 亩 (1 hm² = 15 亩)."""
    return np.asarray(a, dtype=np.float64) * MU_PER_HM2


def mu_to_hm2(a):
    """亩 to hectares."""
    return np.asarray(a, dtype=np.float64) / MU_PER_HM2


def hm2_to_wanmu(a):
    """Hectares to 万亩 (1 万亩 = 10 000 亩 = 666.67 hm²)."""
    return np.asarray(a, dtype=np.float64) * MU_PER_HM2 / MU_PER_WANMU


def wanmu_to_hm2(a):
    """万亩 to hectares."""
    return np.asarray(a, dtype=np.float64) * MU_PER_WANMU / MU_PER_HM2


class MissingClassError(ValueError):
    """A class (slope class, land type) of the data is absent from a coefficient table."""

    def __init__(self, missing, what):
        self.missing = sorted(missing, key=str)
        self.what = what
        super().__init__("{}: no coefficient for {}".format(what, ", ".join(map(str, self.missing))))


# ------------------------------------------------------------------------------------------------
# 1. Farmland consolidation (耕地整治): ridge / ditch / road coefficients by slope class
# ------------------------------------------------------------------------------------------------
#: Slope grade upper limits in degrees, TD/T 1055-2019: 1 ≤2°, 2 (2,6], 3 (6,15], 4 (15,25], 5 >25°.
SLOPE_GRADE_BREAKS = (2.0, 6.0, 15.0, 25.0)

#: slope class -> (ξ now, ξ after consolidation): 田坎 / 沟渠 / 田间道路 coefficient as a share of
#: the gross farmland area. Typical values of provincial 田坎系数 tables and TD/T 1012 designs
#: (check: replace with the province's published table).
DEFAULT_RIDGE_COEFFICIENTS = {
    1: (0.05, 0.03),
    2: (0.08, 0.05),
    3: (0.12, 0.08),
    4: (0.18, 0.12),
    5: (0.25, 0.18),
}


def slope_grade(slope_deg, *, breaks=SLOPE_GRADE_BREAKS):
    """Slope grade 1..len(breaks)+1 from slope in degrees (TD/T 1055-2019 耕地坡度分级).

    Upper limits are inclusive: with the default breaks 2° -> 1, 2.01° -> 2, 25° -> 4, 25.1° -> 5.
    NaN gives 0 (no grade).
    """
    s = np.asarray(slope_deg, dtype=np.float64)
    g = np.searchsorted(np.asarray(breaks, dtype=np.float64), s, side="left") + 1
    return np.where(np.isfinite(s), g, 0).astype(np.int64)


def check_ridge_table(table):
    """Validate {class: (ξ_now, ξ_after)}: 0 ≤ ξ_after ≤ ξ_now < 1. Raises ValueError."""
    if not table:
        raise ValueError("the ridge coefficient table is empty")
    for cls, (now, after) in table.items():
        if not (0.0 <= after <= now < 1.0):
            raise ValueError(
                "slope class {}: coefficients must satisfy 0 <= after <= now < 1 (now {}, after {})"
                .format(cls, now, after))


def new_farmland_coefficient(xi_now, xi_after):
    """New-farmland coefficient ``k = (ξ_now − ξ_after) / (1 − ξ_now)`` (METHODS.md §4, TD/T 1012).

    The net farmland ``S`` is ``(1 − ξ_now)`` of the gross area; consolidation lowers the share of
    ridges, ditches and field roads to ``ξ_after``, so the gain relative to ``S`` is ``k``.
    """
    now = np.asarray(xi_now, dtype=np.float64)
    after = np.asarray(xi_after, dtype=np.float64)
    if np.any(now >= 1.0) or np.any(after < 0.0) or np.any(after > now):
        raise ValueError("coefficients must satisfy 0 <= after <= now < 1")
    return (now - after) / (1.0 - now)


def farmland_potential(area_hm2, slope_class, table):
    """New farmland ``ΔS = S · (ξ_now − ξ_after) / (1 − ξ_now)`` per patch (METHODS.md §4).

    ``area_hm2``: net farmland area S of each patch; ``slope_class``: class key per patch (matching
    the keys of ``table``); ``table``: {class: (ξ_now, ξ_after)}. Returns a dict of arrays
    ``xi_now``, ``xi_after``, ``k``, ``new_hm2``. Raises :class:`MissingClassError` when a class of the
    data is absent from the table (nothing is silently set to zero).
    """
    check_ridge_table(table)
    area = np.asarray(area_hm2, dtype=np.float64)
    cls = np.asarray(slope_class)
    present = set(np.unique(cls).tolist())
    missing = present - set(table)
    if missing:
        raise MissingClassError(missing, "ridge coefficient table")
    now = np.zeros(area.shape)
    after = np.zeros(area.shape)
    for c in present:
        sel = cls == c
        now[sel], after[sel] = table[c]
    k = new_farmland_coefficient(now, after)
    return {"xi_now": now, "xi_after": after, "k": k, "new_hm2": area * k}


def merge_groups(n, pairs):
    """Connected groups of ``n`` patches joined by ``pairs`` (i, j): label 0..m-1 per patch.

    Used for fragmentation after consolidation: patches separated only by ridges, ditches or field
    roads narrower than the merge distance become one field.
    """
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    n = int(n)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    p = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    g = coo_matrix((np.ones(len(p)), (p[:, 0], p[:, 1])), shape=(n, n))
    _, labels = connected_components(g, directed=False)
    return labels.astype(np.int64)


def unit_sums(unit_index, values, n_units):
    """Sum of ``values`` per unit (``unit_index`` −1 = outside every unit, left out);
    :func:`core.zonal.zonal_sum`."""
    return zonal.zonal_sum(np.asarray(unit_index, dtype=np.int64), values, n=int(n_units), first=0)


def unit_counts(unit_index, n_units):
    """Patches per unit (``unit_index`` −1 = outside); :func:`core.zonal.zonal_count`."""
    return zonal.zonal_count(np.asarray(unit_index, dtype=np.int64), n=int(n_units), first=0).astype(np.int64)


def fragmentation(area_hm2, unit_index, n_units, *, groups=None, new_hm2=None):
    """Patch count and mean patch size per unit, before and (with ``groups``) after consolidation.

    Before: every patch counts. After: patches of one group (:func:`merge_groups`) form one field whose
    area is the sum of its patches plus their new farmland ``new_hm2``. Returns a dict of per-unit
    arrays ``n_before``, ``mean_before``, ``n_after``, ``mean_after`` (NaN where a unit has none).
    Method: METHODS.md §4 (farmland consolidation); means by :func:`core.zonal.zonal_sum`.
    """
    area = np.asarray(area_hm2, dtype=np.float64)
    idx = np.asarray(unit_index, dtype=np.int64)
    n_before = unit_counts(idx, n_units)
    tot = unit_sums(idx, area, n_units)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_before = np.where(n_before > 0, tot / np.maximum(n_before, 1), np.nan)
    out = {"n_before": n_before, "mean_before": mean_before}
    if groups is not None:
        g = np.asarray(groups, dtype=np.int64)
        ok = idx >= 0
        pairs = np.unique(np.stack([idx[ok], g[ok]], axis=1), axis=0) if ok.any() else np.zeros((0, 2), np.int64)
        n_after = np.bincount(pairs[:, 0], minlength=int(n_units))[:int(n_units)].astype(np.int64)
        gained = tot + (unit_sums(idx, new_hm2, n_units) if new_hm2 is not None else 0.0)
        mean_after = np.where(n_after > 0, gained / np.maximum(n_after, 1), np.nan)
        out.update(n_after=n_after, mean_after=mean_after)
    return out


def grade_uplift(grade, *, uplift=1.0, best=1.0):
    """Quality grade after consolidation: ``max(grade − uplift, best)``; grade 1 is the best
    (耕地质量等别 GB/T 28407, 等级 GB/T 33469). NaN stays NaN."""
    g = np.asarray(grade, dtype=np.float64)
    return np.where(np.isfinite(g), np.maximum(g - float(uplift), float(best)), np.nan)


def weighted_mean_per_unit(values, weights, unit_index, n_units):
    """Weight-averaged value per unit (area-weighted grade); NaN values and weights are left out
    (:func:`core.zonal.zonal_mean` with weights)."""
    return zonal.zonal_mean(np.asarray(unit_index, dtype=np.int64), values, n=int(n_units), first=0,
                            weights=weights)


# ------------------------------------------------------------------------------------------------
# 2. Rural settlements (农村居民点整治)
# ------------------------------------------------------------------------------------------------
#: m² per person: GB 50188-2007 upper grade of 人均建设用地 (check: provincial standard).
DEFAULT_AREA_PER_PERSON = 150.0
#: m² per household of settlement land (check: provincial 宅基地 + shared land standard).
DEFAULT_AREA_PER_HOUSEHOLD = 200.0
#: share of released settlement land that can be reclaimed to farmland (not verified against the official text).
DEFAULT_SETTLEMENT_RECLAIM = 0.7


def planned_population(p_now, rate, years):
    """Planned population ``P_plan = P_now · (1 + r)^n`` (r per year as a fraction, n years).

    Raises ValueError when a population is missing (NaN), zero or negative.
    Method: METHODS.md §4 (rural settlement consolidation).
    """
    p = np.asarray(p_now, dtype=np.float64)
    if np.any(~np.isfinite(p)) or np.any(p <= 0):
        raise ValueError("population missing, zero or negative")
    if rate <= -1.0:
        raise ValueError("growth rate must be greater than -100 %")
    return p * (1.0 + float(rate)) ** float(years)


def settlement_potential(s_now_m2, planned, standard_m2):
    """Per-capita (or per-household) standard: ``ΔS = S_now − P_plan · A_std`` (METHODS.md §4).

    ``planned``: planned population (or households), ``standard_m2``: m² per person (or household).
    Returns ``(potential_m2, raw_m2, negative)``: the raw value, the potential reported as zero where
    it is negative (the settlement is below the standard: nothing to release) and that flag.
    """
    s = np.asarray(s_now_m2, dtype=np.float64)
    raw = s - np.asarray(planned, dtype=np.float64) * float(standard_m2)
    negative = raw < 0
    return np.where(negative, 0.0, raw), raw, negative


# ------------------------------------------------------------------------------------------------
# 3. Idle / inefficient construction land and abandoned mines
# ------------------------------------------------------------------------------------------------
#: type -> reclaimable share of the area (check: local reclamation plans).
DEFAULT_IDLE_COEFFICIENTS = {
    "闲置建设用地": 0.8,
    "低效建设用地": 0.5,
    "废弃工矿用地": 0.7,
    "历史遗留矿山": 0.7,
}

DIRECTION_NONE, DIRECTION_FARMLAND, DIRECTION_FOREST, DIRECTION_CONSTRUCTION = 0, 1, 2, 3
#: direction code -> (English, 中文)
DIRECTIONS = {
    DIRECTION_NONE: ("not assessed", "未评价"),
    DIRECTION_FARMLAND: ("farmland", "耕地"),
    DIRECTION_FOREST: ("forest and grass", "林草地"),
    DIRECTION_CONSTRUCTION: ("construction", "建设用地"),
}


def reclaimable(area_hm2, types, table):
    """Reclaimable area ``ΔS = S · c_type`` for each feature; ``table`` {type: c}, 0 ≤ c ≤ 1.

    Returns ``(coefficient, potential_hm2)``. Raises :class:`MissingClassError` for a type absent
    from the table.
    Method: METHODS.md §4 (idle land and abandoned mines).
    """
    for t, c in table.items():
        if not (0.0 <= c <= 1.0):
            raise ValueError("type {}: coefficient {} is not within 0-1".format(t, c))
    area = np.asarray(area_hm2, dtype=np.float64)
    ty = np.asarray(types, dtype=object)
    present = set(ty.tolist())
    missing = present - set(table)
    if missing:
        raise MissingClassError(missing, "reclamation coefficient table")
    coef = np.array([table[t] for t in ty.tolist()], dtype=np.float64).reshape(area.shape)
    return coef, area * coef


def mine_direction(slope_deg, *, soil_cm=None, near_construction=None, farm_max_slope=15.0,
                   farm_min_soil=40.0, construction_max_slope=15.0):
    """Restoration direction of a mine (复垦方向), TD/T 1036-2013 style rules (not verified against the official text):

    1. construction (3) when next to construction land / inside the development boundary
       (``near_construction``) and slope ≤ ``construction_max_slope``;
    2. farmland (1) when slope ≤ ``farm_max_slope`` and soil thickness ≥ ``farm_min_soil`` cm;
    3. otherwise forest and grass (2).
    Missing slope (NaN), or missing soil where soil is given, gives 0 (not assessed).
    ``soil_cm=None`` / ``near_construction=None`` leave that criterion out.
    """
    s = np.asarray(slope_deg, dtype=np.float64)
    out = np.full(s.shape, DIRECTION_FOREST, dtype=np.int64)
    assessed = np.isfinite(s)
    farm = s <= farm_max_slope
    if soil_cm is not None:
        soil = np.asarray(soil_cm, dtype=np.float64)
        assessed &= np.isfinite(soil)
        farm &= soil >= farm_min_soil
    out[farm] = DIRECTION_FARMLAND
    if near_construction is not None:
        near = np.asarray(near_construction, dtype=bool)
        out[near & (s <= construction_max_slope)] = DIRECTION_CONSTRUCTION
    out[~assessed] = DIRECTION_NONE
    return out


# ------------------------------------------------------------------------------------------------
# 4. Theoretical -> realistic potential
# ------------------------------------------------------------------------------------------------
#: factor -> weight (check; Ma & Chen 2022 report realistic ≈ 51 % of theoretical).
DEFAULT_CORRECTION_WEIGHTS = {"natural": 0.4, "economic": 0.3, "willingness": 0.3}


def correction_coefficient(factors, weights):
    """Correction coefficient per unit ``K = Σ w_j f_j / Σ w_j`` (weighted factors, each 0-1).

    ``factors``: {name: array of scores in [0, 1]} (natural suitability, economic capacity,
    willingness); ``weights``: {name: weight ≥ 0}. Returns K (0-1). Raises ValueError for a score
    outside 0-1 or missing, or for weights that do not sum to a positive value.
    Method: METHODS.md §4 (theoretical → realistic potential).
    """
    names = list(factors)
    if not names:
        raise ValueError("no correction factor given")
    w = np.array([float(weights[n]) for n in names])
    if np.any(w < 0) or w.sum() <= 0:
        raise ValueError("correction weights must be >= 0 with a positive sum")
    total = None
    for name, wj in zip(names, w):
        f = np.asarray(factors[name], dtype=np.float64)
        if np.any(~np.isfinite(f)) or np.any(f < 0) or np.any(f > 1):
            raise ValueError("factor {}: scores must be within 0-1".format(name))
        total = f * wj if total is None else total + f * wj
    return total / w.sum()


def normalise_by_max(values):
    """``x / max(x)`` (scores for the correction factors when the data are raw quantities)."""
    v = np.asarray(values, dtype=np.float64)
    m = np.nanmax(v) if v.size else 0.0
    if not np.isfinite(m) or m <= 0:
        raise ValueError("cannot normalise: the maximum is not positive")
    return v / m


# ------------------------------------------------------------------------------------------------
# 5. Grading and zoning
# ------------------------------------------------------------------------------------------------
def jenks_breaks(values, *, n_classes):
    """Jenks natural breaks by exact Fisher (1958) dynamic programming; ascending upper limits of
    classes 1..n−1 (values ≤ limit fall in the lower class). Suited to per-unit values (n ≤ ~5000)."""
    x = np.sort(np.asarray(values, dtype=np.float64)[np.isfinite(np.asarray(values, dtype=np.float64))])
    k = int(n_classes)
    u = np.unique(x)
    if k < 2 or u.size < 2:
        return np.array([])
    if u.size <= k:
        return u[:-1]
    n = x.size
    s1 = np.concatenate([[0.0], np.cumsum(x)])
    s2 = np.concatenate([[0.0], np.cumsum(x * x)])

    def ssd(i, j):
        return s2[j] - s2[i] - (s1[j] - s1[i]) ** 2 / (j - i)

    cost = np.full((k + 1, n + 1), np.inf)
    back = np.zeros((k + 1, n + 1), dtype=np.int64)
    cost[1, 1:] = ssd(np.zeros(n, np.int64), np.arange(1, n + 1))
    for c in range(2, k + 1):
        for j in range(c, n + 1):
            i = np.arange(c - 1, j)
            tot = cost[c - 1, i] + ssd(i, j)
            m = int(np.argmin(tot))
            cost[c, j] = tot[m]
            back[c, j] = i[m]
    limits = []
    j = n
    for c in range(k, 1, -1):
        i = back[c, j]
        limits.append(x[i - 1])
        j = i
    return np.array(sorted(limits))


def quantile_breaks(values, *, n_classes):
    """Quantile (equal count) upper limits of classes 1..n−1."""
    v = np.asarray(values, dtype=np.float64)
    v = v[np.isfinite(v)]
    if int(n_classes) < 2 or v.size == 0:
        return np.array([])
    return np.quantile(v, np.arange(1, int(n_classes)) / float(n_classes))


def grade(values, breaks):
    """Potential grade, 1 = highest (Ⅰ级潜力区): values above the last limit get 1, values ≤ the
    first limit get ``len(breaks) + 1``. NaN gives 0."""
    v = np.asarray(values, dtype=np.float64)
    b = np.asarray(breaks, dtype=np.float64)
    low_to_high = np.searchsorted(b, v, side="left")      # 0 = lowest class
    g = b.size + 1 - low_to_high
    return np.where(np.isfinite(v), g, 0).astype(np.int64)


TYPE_FARMLAND, TYPE_CONSTRUCTION, TYPE_ECOLOGICAL, TYPE_COMPREHENSIVE = 1, 2, 3, 4
#: consolidation type -> (English, 中文)
CONSOLIDATION_TYPES = {
    TYPE_FARMLAND: ("farmland-led", "农用地整理主导型"),
    TYPE_CONSTRUCTION: ("construction-led", "建设用地整理主导型"),
    TYPE_ECOLOGICAL: ("ecological-led", "生态保护修复主导型"),
    TYPE_COMPREHENSIVE: ("comprehensive", "综合整治型"),
}


def quadrant_thresholds(x, y, *, method="mean"):
    """Split values of the quadrant method: the mean (or median) of each axis over the units."""
    fn = np.nanmedian if method == "median" else np.nanmean
    return float(fn(np.asarray(x, dtype=np.float64))), float(fn(np.asarray(y, dtype=np.float64)))


def quadrant_type(x, y, x_split, y_split):
    """Consolidation type by the four-quadrant method (METHODS.md §4): x = farmland consolidation
    potential, y = construction-land consolidation potential, "high" = above the split.
    high x, low y -> farmland-led (1); low x, high y -> construction-led (2);
    low x, low y -> ecological-led (3); high x, high y -> comprehensive (4)."""
    hx = np.asarray(x, dtype=np.float64) > x_split
    hy = np.asarray(y, dtype=np.float64) > y_split
    out = np.full(hx.shape, TYPE_ECOLOGICAL, dtype=np.int64)
    out[hx & ~hy] = TYPE_FARMLAND
    out[~hx & hy] = TYPE_CONSTRUCTION
    out[hx & hy] = TYPE_COMPREHENSIVE
    return out


# ------------------------------------------------------------------------------------------------
# 6. Policy checks (全域土地综合整治试点, 自然资发〔2019〕194号)
# ------------------------------------------------------------------------------------------------
DEFAULT_MIN_NEW_FARMLAND_SHARE = 0.05


def policy_checks(existing_farm_hm2, new_farm_hm2, construction_increase_hm2,
                  construction_decrease_hm2, redline_count, *, min_share=DEFAULT_MIN_NEW_FARMLAND_SHARE):
    """Pass/fail per unit of the three pilot rules.

    * farmland: ``new ≥ min_share · existing`` (ratio reported as new/existing, NaN when existing is 0);
    * construction land: net change ``increase − decrease ≤ 0`` (not growing);
    * red line: no consolidation patch crosses it (``redline_count == 0``).
    Returns a dict of arrays: ``ratio``, ``farm_pass``, ``net_change``, ``construction_pass``,
    ``redline_pass``, ``all_pass``.
    Method: METHODS.md §4, policy checks of the 全域土地综合整治试点 (2019).
    """
    ex = np.asarray(existing_farm_hm2, dtype=np.float64)
    new = np.asarray(new_farm_hm2, dtype=np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        ratio = np.where(ex > 0, new / np.where(ex > 0, ex, 1.0), np.nan)
    farm_pass = new >= float(min_share) * ex
    net = np.asarray(construction_increase_hm2, dtype=np.float64) - np.asarray(
        construction_decrease_hm2, dtype=np.float64)
    constr_pass = net <= 0
    red_pass = np.asarray(redline_count) == 0
    return {"ratio": ratio, "farm_pass": farm_pass, "net_change": net,
            "construction_pass": constr_pass, "redline_pass": red_pass,
            "all_pass": farm_pass & constr_pass & red_pass}
