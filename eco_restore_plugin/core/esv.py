"""Ecosystem service value (生态系统服务价值, ESV) by the equivalent-factor method.

Method: 谢高地, 张彩霞, 张雷明, 陈文辉, 李士美 (2015). 基于单位面积价值当量因子的生态系统服务价值化方法
改进. 自然资源学报 30(8): 1243-1254 (Xie et al. 2015). The value of service f of ecosystem type k on
a cell is ``VC_kf · E · F_f(cell) · A_cell``: ``VC_kf`` the value equivalent per unit area (Table
:data:`EQUIVALENTS_XIE2015`, 14 types × 11 services), ``E`` the value of one standard equivalent
(yuan/hm²), ``A`` the cell area (hm²) and ``F_f`` the optional spatial adjustment of that paper:
NPP ratio ``B_cell / B̄`` for food, raw materials, gas and climate regulation, environmental
purification, nutrient cycling, biodiversity and aesthetic landscape; precipitation ratio
``R_cell / R̄`` for water supply and hydrological regulation; soil-conservation ratio ``S_cell / S̄``
for soil conservation (B̄, R̄, S̄ the means over the study area; the paper uses the national mean
against province values, the plugin the study-area mean against cell values).

The standard equivalent: ``E = fraction · grain yield · grain price`` with ``fraction = 1/7``, the
rule of Xie et al. (2003, 自然资源学报 18(2): 189-196; 2008, 自然资源学报 23(5): 911-919): the value of
one equivalent is 1/7 of the market value of the grain yield of 1 hm² of cropland. (Xie et al. 2015
itself derives E from the net profit of grain; either can be given.)

Sensitivity: the coefficient of sensitivity CS = |(ESV_j − ESV_i)/ESV_i| / |(VC_jk − VC_ik)/VC_ik|
(after Kreuter et al. 2001, Remote Sens. Environ. 77: 294), the coefficients of one type changed by
± 50 %; CS < 1 means the ESV is inelastic to that type's coefficients.
"""
import numpy as np

#: the 11 services of Xie et al. (2015): key, Chinese, English.
SERVICES = (
    ("food", "食物生产", "Food production"),
    ("raw", "原料生产", "Raw materials"),
    ("water", "水资源供给", "Water supply"),
    ("gas", "气体调节", "Gas regulation"),
    ("climate", "气候调节", "Climate regulation"),
    ("purification", "净化环境", "Environmental purification"),
    ("hydrology", "水文调节", "Hydrological regulation"),
    ("soil", "土壤保持", "Soil conservation"),
    ("nutrient", "维持养分循环", "Nutrient cycling"),
    ("biodiversity", "生物多样性", "Biodiversity"),
    ("aesthetic", "美学景观", "Aesthetic landscape"),
)
SERVICE_KEYS = tuple(s[0] for s in SERVICES)

#: services adjusted by the NPP, precipitation and soil-conservation ratios (Xie et al. 2015).
ADJUST_NPP = ("food", "raw", "gas", "climate", "purification", "nutrient", "biodiversity", "aesthetic")
ADJUST_PRECIPITATION = ("water", "hydrology")
ADJUST_SOIL = ("soil",)

#: ecosystem types of Xie et al. (2015): key -> (Chinese, English). Order of their table.
ECOSYSTEMS = {
    "dry_cropland": ("旱地", "Dry cropland"),
    "paddy": ("水田", "Paddy field"),
    "coniferous": ("针叶林", "Coniferous forest"),
    "mixed": ("针阔混交林", "Mixed forest"),
    "broadleaf": ("阔叶林", "Broadleaf forest"),
    "shrub": ("灌木", "Shrub"),
    "steppe": ("草原", "Steppe"),
    "shrub_grass": ("灌草丛", "Shrub-grassland"),
    "meadow": ("草甸", "Meadow"),
    "wetland": ("湿地", "Wetland"),
    "desert": ("荒漠", "Desert"),
    "bare": ("裸地", "Bare land"),
    "water": ("水系", "Water"),
    "glacier": ("冰川积雪", "Glacier and snow"),
}

#: value equivalents per unit area, Xie et al. (2015), services in the order of SERVICES. Transcribed
#: from the table as reproduced in later studies; the original table could not be checked in this
#: release (see the algorithm help).
EQUIVALENTS_XIE2015 = {
    "dry_cropland": (0.85, 0.40, 0.02, 0.67, 0.36, 0.10, 0.27, 1.03, 0.12, 0.13, 0.06),
    "paddy": (1.36, 0.09, -2.63, 1.11, 0.57, 0.17, 2.72, 0.01, 0.19, 0.21, 0.09),
    "coniferous": (0.22, 0.52, 0.27, 1.70, 5.07, 1.49, 3.34, 2.06, 0.16, 1.88, 0.82),
    "mixed": (0.31, 0.71, 0.37, 2.35, 7.03, 1.99, 3.51, 2.86, 0.22, 2.60, 1.14),
    "broadleaf": (0.29, 0.66, 0.34, 2.17, 6.50, 1.93, 4.74, 2.65, 0.20, 2.41, 1.06),
    "shrub": (0.19, 0.43, 0.22, 1.41, 4.23, 1.28, 3.35, 1.72, 0.13, 1.57, 0.69),
    "steppe": (0.10, 0.14, 0.08, 0.51, 1.34, 0.44, 0.98, 0.62, 0.05, 0.56, 0.25),
    "shrub_grass": (0.38, 0.56, 0.31, 1.97, 5.21, 1.72, 3.82, 2.40, 0.18, 2.18, 0.96),
    "meadow": (0.22, 0.33, 0.18, 1.14, 3.02, 1.00, 2.21, 1.39, 0.11, 1.27, 0.56),
    "wetland": (0.51, 0.50, 2.59, 1.90, 3.60, 3.60, 24.23, 2.31, 0.18, 7.87, 4.73),
    "desert": (0.01, 0.03, 0.02, 0.11, 0.10, 0.31, 0.21, 0.13, 0.01, 0.12, 0.05),
    "bare": (0.00, 0.00, 0.00, 0.02, 0.00, 0.10, 0.03, 0.02, 0.00, 0.02, 0.01),
    "water": (0.80, 0.23, 8.29, 0.77, 2.29, 5.55, 102.24, 0.93, 0.07, 2.55, 1.89),
    "glacier": (0.00, 0.00, 2.16, 0.18, 0.54, 0.16, 7.13, 0.00, 0.00, 0.01, 0.09),
}

#: 三调 class (and Demo County ecosystem sub-class) -> Xie et al. ecosystem type. Plugin defaults for
#: the subtropical south (乔木林地 -> broadleaf, 园地 -> shrub or broadleaf, 其他草地 -> shrub-grass,
#: 沿海滩涂/沼泽 -> wetland); classes not listed (built land, roads) carry no service value.
CROSSWALK_3DIAO = {
    101: "paddy", 102: "dry_cropland", 103: "dry_cropland",
    201: "shrub", 202: "shrub", 203: "broadleaf", 204: "shrub",
    301: "broadleaf", 302: "broadleaf", 303: "wetland", 304: "wetland", 305: "shrub", 306: "wetland",
    307: "shrub",
    401: "shrub_grass", 402: "wetland", 403: "shrub_grass", 404: "shrub_grass",
    1101: "water", 1102: "water", 1103: "water", 1104: "water", 1107: "water", 1110: "glacier",
    1105: "wetland", 1106: "wetland", 1108: "wetland",
    1204: "desert", 1205: "desert", 1206: "bare", 1207: "bare",
    # Demo County ecosystem sub-classes (sampledata.classes.SUBCLASSES)
    30101: "broadleaf", 30102: "coniferous", 30103: "mixed", 30104: "broadleaf", 30105: "coniferous",
    30501: "shrub", 30502: "shrub",
}

#: the standard-equivalent fraction of the grain value (Xie et al. 2003, 2008): 1/7.
DEFAULT_FRACTION = 1.0 / 7.0


def standard_equivalent(*, grain_yield, grain_price, fraction=DEFAULT_FRACTION):
    """Value of one standard equivalent E (yuan/hm²) = ``fraction`` × grain yield (kg/hm²) × grain
    price (yuan/kg). Method: Xie et al. (2003, 2008), the 1/7 rule (``fraction = 1/7``)."""
    if grain_yield <= 0 or grain_price <= 0 or fraction <= 0:
        raise ValueError("Grain yield, grain price and the fraction must be positive.")
    return float(fraction) * float(grain_yield) * float(grain_price)


def coefficient_matrix(crosswalk, *, equivalents=None):
    """``(codes, types, C)``: class codes (sorted), the type key of each and ``C[i, f]`` the
    equivalents of class ``codes[i]`` for service f. A crosswalk type missing from ``equivalents``
    raises ValueError."""
    equivalents = EQUIVALENTS_XIE2015 if equivalents is None else equivalents
    codes = np.array(sorted(int(c) for c in crosswalk), dtype=np.int64)
    types = [crosswalk[int(c)] for c in codes]
    rows = []
    for code, t in zip(codes, types):
        if t not in equivalents:
            raise ValueError("Crosswalk: class {} maps to '{}', which is not in the equivalent table."
                             .format(code, t))
        row = tuple(float(v) for v in equivalents[t])
        if len(row) != len(SERVICES):
            raise ValueError("Equivalent table: type '{}' has {} values, expected {}.".format(
                t, len(row), len(SERVICES)))
        rows.append(row)
    return codes, types, np.array(rows, dtype=np.float64).reshape(len(codes), len(SERVICES))


def type_index(classes, codes, types, type_keys):
    """Per cell: index into ``type_keys`` of the cell's ecosystem type, −1 where none."""
    lc = np.asarray(classes)
    valid = np.isfinite(lc) if lc.dtype.kind == "f" else np.ones(lc.shape, bool)
    c = np.where(valid, lc, -1).astype(np.int64)
    out = np.full(lc.shape, -1, dtype=np.int64)
    if codes.size == 0:
        return out
    tix = np.array([type_keys.index(t) for t in types], dtype=np.int64)
    pos = np.clip(np.searchsorted(codes, c), 0, codes.size - 1)
    hit = valid & (codes[pos] == c)
    out[hit] = tix[pos[hit]]
    return out


def esv_block(classes, *, crosswalk, equivalents=None, equivalent_value, cell_area_ha, npp=None,
              npp_mean=None, precipitation=None, precipitation_mean=None, soil=None, soil_mean=None):
    """ESV of a block of cells (Xie et al. 2015, module docstring).

    Returns ``(value, sums)``: ``value`` the total ESV per cell (yuan; NaN where the class is nodata,
    0 where the class has no ecosystem type) and ``sums`` the matrix ``[type, service]`` of values
    summed over the block (yuan), types in the order of ``ecosystem_types(crosswalk)``. Add the
    ``sums`` of all blocks for the study-area totals.
    """
    codes, types, _ = coefficient_matrix(crosswalk, equivalents=equivalents)
    keys = ecosystem_types(crosswalk)
    lc = np.asarray(classes)
    nodata = ~np.isfinite(lc) if lc.dtype.kind == "f" else np.zeros(lc.shape, bool)
    tix = type_index(lc, codes, types, keys)
    equivalents = EQUIVALENTS_XIE2015 if equivalents is None else equivalents
    T = np.array([equivalents[k] for k in keys], dtype=np.float64).reshape(len(keys), len(SERVICES))
    scale = float(equivalent_value) * float(cell_area_ha)
    has = tix >= 0
    t = tix[has]
    # the services fall into four groups sharing one factor (NPP, precipitation, soil, none): the value
    # is Σ_groups (Σ_f in group VC_kf) · ratio_group · scale, and the per-service sums of a type are
    # VC_kf · scale · Σ_cells ratio_group (one weighted count per group instead of one per service)
    value = np.zeros(lc.shape)
    sums = np.zeros((len(keys), len(SERVICES)))
    groups = ((npp, npp_mean, ADJUST_NPP, "NPP"), (precipitation, precipitation_mean, ADJUST_PRECIPITATION,
                                                     "precipitation"), (soil, soil_mean, ADJUST_SOIL, "soil conservation"))
    plain = list(range(len(SERVICES)))
    for raster, mean, members, what in groups:
        if raster is None:
            continue
        if mean is None or not np.isfinite(mean) or mean <= 0:
            raise ValueError("The mean {} of the study area must be positive.".format(what))
        idx = [SERVICE_KEYS.index(k) for k in members]
        plain = [f for f in plain if f not in idx]
        ratio = np.asarray(raster, dtype=np.float64)[has] / float(mean)
        ratio = np.where(np.isfinite(ratio), ratio, 1.0)
        value[has] += T[:, idx].sum(axis=1)[t] * ratio * scale
        weight = np.bincount(t, weights=ratio, minlength=len(keys))
        sums[:, idx] = T[:, idx] * scale * weight[:, None]
    if plain:
        value[has] += T[:, plain].sum(axis=1)[t] * scale
        count = np.bincount(t, minlength=len(keys)).astype(np.float64)
        sums[:, plain] = T[:, plain] * scale * count[:, None]
    value[nodata] = np.nan
    return value, sums


def ecosystem_types(crosswalk):
    """The ecosystem types used by ``crosswalk``, in the order of :data:`ECOSYSTEMS` (others after)."""
    used = set(crosswalk.values())
    order = [k for k in ECOSYSTEMS if k in used]
    return order + sorted(used - set(order))


def sensitivity(sums, *, change=0.5):
    """Coefficient of sensitivity CS of each ecosystem type (rows of ``sums`` [type, service]).

    Method: CS = |(ESV_j − ESV_i)/ESV_i| / |(VC_jk − VC_ik)/VC_ik| (Kreuter et al. 2001), all
    coefficients of type k scaled by (1 ± ``change``). Returns ``(cs_up, cs_down)`` arrays per type;
    NaN when the total ESV is 0.
    """
    sums = np.asarray(sums, dtype=np.float64)
    total = sums.sum()
    per_type = sums.sum(axis=1)
    out = []
    for sign in (1.0, -1.0):
        adjusted = total + sign * change * per_type
        with np.errstate(divide="ignore", invalid="ignore"):
            cs = np.abs((adjusted - total) / total) / abs(change)
        out.append(np.where(total != 0, cs, np.nan))
    return out[0], out[1]


def zone_sums(values, zones, n_zones):
    """Sum of ``values`` per zone label 1..``n_zones`` (0 = no zone; NaN values skipped): array of
    length ``n_zones + 1`` (index = label)."""
    v = np.asarray(values, dtype=np.float64)
    z = np.asarray(zones).astype(np.int64)
    ok = np.isfinite(v) & (z > 0) & (z <= n_zones)
    return np.bincount(z[ok], weights=v[ok], minlength=n_zones + 1)
