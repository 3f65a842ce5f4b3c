"""Indicator targets (目标指标体系) and their decomposition to lower-level units (目标传导).

Method: METHODS.md §5. A plan's target system has four dimensions (国土空间安全优质, 生态系统健康有序,
人与自然和谐共生, 景观风貌美丽宜人), a 2020 base and staged targets for 2025, 2030 and 2035; each indicator
is binding (约束性) or expected (预期性), has a direction (higher or lower is better) and records its
statistical basis (统计口径), data source and responsible department.

This module is pure Python/numpy (no qgis, no osgeo): the indicator model, the default indicator set,
validation (per cell problems), base-value formulas, allocation of an upper-level target to units with
floors and caps (totals kept), attainment check and CSV / HTML / XLSX export.
"""
import csv
import datetime
import html
import io
import json
import math
import os
import uuid
from dataclasses import asdict, dataclass, field

import numpy as np

BASE_YEAR = "2020"
STAGES = ("2025", "2030", "2035")

#: dimension key -> (Chinese, English). Order is the plan's order.
DIMENSIONS = {
    "security": ("国土空间安全优质", "Safe, high-quality territorial space"),
    "health": ("生态系统健康有序", "Healthy, orderly ecosystems"),
    "harmony": ("人与自然和谐共生", "Harmony between people and nature"),
    "landscape": ("景观风貌美丽宜人", "Beautiful, pleasant landscapes"),
}
#: indicator type key -> (Chinese, English).
TYPES = {"binding": ("约束性", "Binding"), "expected": ("预期性", "Expected")}
#: direction key -> (Chinese, English).
DIRECTIONS = {"higher": ("越高越好", "Higher is better"), "lower": ("越低越好", "Lower is better")}

#: base-value rules computed from layers (algorithm ``indicatorbasevalues``): rule -> (zh, en, unit).
RULES = {
    "forest_coverage": ("森林覆盖率", "Forest coverage", "%"),
    "wetland_protection": ("湿地保护率", "Wetland protection rate", "%"),
    "natural_shoreline": ("大陆自然岸线保有率", "Natural shoreline ratio", "%"),
    "red_line_area": ("生态保护红线面积", "Ecological protection red line area", "km²"),
    "restoration_area": ("生态保护修复面积", "Ecological restoration area", "hm²"),
    "forest_land": ("林地保有量", "Forest land area", "hm²"),
    "wetland_area": ("湿地面积", "Wetland area", "hm²"),
    "soil_conservation": ("水土保持率", "Soil and water conservation rate", "%"),
}

PERCENT_UNITS = ("%", "％")


@dataclass
class Indicator:
    """One indicator row of the target system.

    ``base`` is the 2020 value, ``targets`` / ``upper`` map a stage ("2025", "2030", "2035") to a
    value (None = not given); ``upper`` holds upper-level targets (上级下达). ``rule`` names a
    :data:`RULES` entry when the base value can be computed from layers; ``computed`` records how it
    was (``{"layer": ..., "date": ..., "rule": ...}``) or is None when the value was typed in.
    """

    key: str
    name_zh: str
    name_en: str = ""
    unit: str = ""
    dimension: str = "health"
    type: str = "expected"
    basis: str = ""
    source: str = ""
    department: str = ""
    base: object = None
    targets: dict = field(default_factory=dict)
    direction: str = "higher"
    upper: dict = field(default_factory=dict)
    rule: str = ""
    computed: object = None
    note: str = ""

    @property
    def is_percent(self):
        return self.unit.strip() in PERCENT_UNITS

    def to_dict(self):
        d = asdict(self)
        d["targets"] = {s: self.targets.get(s) for s in STAGES}
        d["upper"] = {s: self.upper.get(s) for s in STAGES}
        return d

    @classmethod
    def from_dict(cls, d):
        known = {f for f in cls.__dataclass_fields__}
        kw = {k: v for k, v in dict(d).items() if k in known}
        kw["targets"] = {str(k): v for k, v in (kw.get("targets") or {}).items()}
        kw["upper"] = {str(k): v for k, v in (kw.get("upper") or {}).items()}
        return cls(**kw)


def _ind(key, zh, en, unit, dim, typ, basis, source, dept, rule="", direction="higher"):
    return Indicator(key=key, name_zh=zh, name_en=en, unit=unit, dimension=dim, type=typ,
                     basis=basis, source=source, department=dept, rule=rule, direction=direction)


def default_indicators():
    """The default indicator set (METHODS.md §5, "typical indicators (check)"), without values.

    Values are region-specific: the user types them in or computes the rule-based ones. The
    dimension each indicator sits in follows common provincial plans and is editable.
    """
    return [
        _ind("red_line_area", "生态保护红线面积", "Ecological protection red line area", "km²",
             "security", "binding", "划定并经批准的生态保护红线范围面积", "生态保护红线划定成果",
             "自然资源主管部门", rule="red_line_area"),
        _ind("natural_shoreline", "大陆自然岸线保有率", "Natural mainland shoreline ratio", "%",
             "security", "binding", "自然岸线长度 / 大陆岸线总长度", "海岸线修测成果",
             "自然资源（海洋）主管部门", rule="natural_shoreline"),
        _ind("farmland", "耕地保有量", "Cultivated land to be kept", "万亩", "security", "binding",
             "国土变更调查耕地面积", "国土变更调查", "自然资源主管部门"),
        _ind("basic_farmland", "永久基本农田保护面积", "Permanent basic farmland protected", "万亩",
             "security", "binding", "划定的永久基本农田面积", "永久基本农田划定成果", "自然资源主管部门"),
        _ind("forest_coverage", "森林覆盖率", "Forest coverage", "%", "health", "expected",
             "（乔木林地＋竹林地＋红树林地＋森林沼泽＋国家特别规定灌木林地＋省级认定计入的经济林园地）面积／"
             "国土面积×100%（林业口径；上级规划下达为约束性时改为约束性）", "国土三调、林草生态综合监测",
             "林业主管部门", rule="forest_coverage"),
        _ind("forest_land", "林地保有量", "Forest land area", "hm²", "security", "binding",
             "三调林地（0301-0307）面积", "国土三调及年度变更调查", "林业主管部门", rule="forest_land"),
        _ind("wetland_area", "湿地面积", "Wetland area", "hm²", "health", "expected",
             "三调湿地（0303、0304、0306、0402、0603、1105、1106、1108）面积", "国土三调及年度变更调查",
             "林业主管部门", rule="wetland_area"),
        _ind("forest_stock", "森林蓄积量", "Forest growing stock", "亿 m³", "health", "expected",
             "森林资源连续清查", "林草年度监测", "林业主管部门"),
        _ind("wetland_protection", "湿地保护率", "Wetland protection rate", "%", "health", "expected",
             "受保护湿地面积（自然保护地、湿地公园、湿地保护小区、重要湿地的并集内）/ 湿地面积",
             "国土三调、自然保护地名录、重要湿地名录", "林业主管部门",
             rule="wetland_protection"),
        _ind("soil_conservation", "水土保持率", "Soil and water conservation rate", "%", "health",
             "expected", "（国土面积－轻度及以上水土流失面积）/ 国土面积（SL 190-2007 容许土壤流失量）",
             "水土流失动态监测；RUSLE 土壤侵蚀模数", "水行政主管部门", rule="soil_conservation"),
        _ind("protected_area_share", "自然保护地面积占比", "Share of protected areas", "%", "health",
             "expected", "自然保护地面积 / 国土面积", "自然保护地整合优化成果", "林业主管部门"),
        _ind("erosion_control", "新增水土流失综合治理面积", "New soil-erosion control area", "km²",
             "harmony", "expected", "规划期累计", "水土保持规划", "水行政主管部门"),
        _ind("mine_restoration", "历史遗留矿山生态修复面积", "Abandoned mines restored", "hm²",
             "harmony", "expected", "规划期累计", "历史遗留矿山核查成果", "自然资源主管部门"),
        _ind("new_farmland", "新增耕地面积", "New cultivated land", "万亩", "harmony", "expected",
             "规划期累计", "土地综合整治项目", "自然资源主管部门"),
        _ind("high_standard_farmland", "高标准农田建设面积", "High-standard farmland built", "万亩",
             "harmony", "expected", "规划期累计", "高标准农田建设规划", "农业农村主管部门"),
        _ind("restoration_area", "生态保护修复面积", "Ecological restoration area", "hm²", "harmony",
             "expected", "修复分区与项目库中的修复面积", "生态修复分区成果", "自然资源主管部门",
             rule="restoration_area"),
        _ind("mangrove", "红树林营造修复面积", "Mangrove planted and restored", "hm²", "landscape",
             "expected", "规划期累计", "红树林保护修复专项规划", "林业主管部门"),
        _ind("coast_restored", "整治修复海岸线长度", "Coastline restored", "km", "landscape",
             "expected", "规划期累计", "海岸带保护修复工程", "自然资源（海洋）主管部门"),
    ]


# ---------------------------------------------------------------------------------------------
# Numbers typed in cells
# ---------------------------------------------------------------------------------------------
def parse_number(value):
    """A cell value as float; None for empty. Raises ValueError for text that is not a number.

    Accepts "1,234.5", "53.7 %", full-width digits and the Chinese comma.
    """
    if value is None:
        return None
    if isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool):
        v = float(value)
        return None if math.isnan(v) else v
    text = str(value).strip()
    if not text:
        return None
    text = text.translate(str.maketrans("０１２３４５６７８９．－＋，", "0123456789.-+,"))
    text = text.replace(",", "").replace("，", "").replace(" ", "")
    if text.endswith("%") or text.endswith("％"):
        text = text[:-1]
    try:
        v = float(text)
    except ValueError:
        raise ValueError("'{}' is not a number".format(value)) from None
    if not math.isfinite(v):
        raise ValueError("'{}' is not a finite number".format(value))
    return v


# ---------------------------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------------------------
#: problem code -> English template (the dialog shows its own translated text for each code).
MESSAGES = {
    "name_missing": "The indicator has no name.",
    "unit_missing": "The unit is missing.",
    "bad_choice": "'{value}' is not a valid choice.",
    "not_number": "'{value}' is not a number.",
    "percent_range": "A percentage must lie between 0 and 100 (got {value}).",
    "negative": "The value must not be negative (got {value}).",
    "stage_missing": "The target for {stage} is missing.",
    "not_monotonic": "The target for {stage} ({value}) is worse than {previous} ({previous_value}): "
                     "targets must move in the indicator's direction.",
    "weaker_than_upper": "Binding indicator: the target for {stage} ({value}) is weaker than the "
                         "upper-level target ({upper}).",
    "duplicate_key": "Another row has the same identifier '{value}'.",
}
ERRORS = {"name_missing", "unit_missing", "bad_choice", "not_number", "percent_range", "negative",
          "duplicate_key"}


@dataclass
class Problem:
    """A problem in one cell: ``field`` is "name_zh", "unit", "base", "t2025", "upper2035", ...

    ``severity`` is "error" (the row cannot be saved) or "warning" (saved, but shown in the row).
    """

    field: str
    code: str
    args: dict
    severity: str

    @property
    def message(self):
        return MESSAGES[self.code].format(**self.args)


def _fmt(v):
    return "{:g}".format(v) if isinstance(v, float) else str(v)


def validate_row(row):
    """Problems of one indicator (an :class:`Indicator` or its dict, values may be raw text).

    Rules (METHODS.md §5): name and unit present; numbers parse; percentages in [0, 100]; other
    quantities not negative; every stage has a target once any value is given; targets move
    monotonically in the indicator's direction from the base over 2025, 2030, 2035 (equal allowed);
    a binding indicator is not weaker than the upper-level target of the same stage.
    """
    d = row.to_dict() if isinstance(row, Indicator) else dict(row)
    problems = []

    def add(fld, code, severity=None, **args):
        problems.append(Problem(fld, code, args, severity or ("error" if code in ERRORS else "warning")))

    if not str(d.get("name_zh") or "").strip() and not str(d.get("name_en") or "").strip():
        add("name_zh", "name_missing")
    unit = str(d.get("unit") or "").strip()
    if not unit:
        add("unit", "unit_missing")
    for fld, choices in (("dimension", DIMENSIONS), ("type", TYPES), ("direction", DIRECTIONS)):
        if d.get(fld) not in choices:
            add(fld, "bad_choice", value=d.get(fld))
    percent = unit in PERCENT_UNITS

    cells = [("base", d.get("base"))]
    cells += [("t" + s, (d.get("targets") or {}).get(s)) for s in STAGES]
    cells += [("upper" + s, (d.get("upper") or {}).get(s)) for s in STAGES]
    values = {}
    for fld, raw in cells:
        try:
            v = parse_number(raw)
        except ValueError:
            add(fld, "not_number", value=raw)
            values[fld] = "bad"
            continue
        values[fld] = v
        if v is None:
            continue
        if percent and not 0.0 <= v <= 100.0:
            add(fld, "percent_range", value=_fmt(v))
        elif not percent and v < 0:
            add(fld, "negative", value=_fmt(v))

    stage_vals = [values["t" + s] for s in STAGES]
    if any(v is not None for v in stage_vals) or values["base"] not in (None, "bad"):
        for s, v in zip(STAGES, stage_vals):
            if v is None:
                add("t" + s, "stage_missing", stage=s)
    sign = -1.0 if d.get("direction") == "lower" else 1.0
    prev_label, prev = BASE_YEAR, values["base"]
    for s in STAGES:
        v = values["t" + s]
        if isinstance(v, float):
            if isinstance(prev, float) and sign * (v - prev) < -1e-12:
                add("t" + s, "not_monotonic", stage=s, value=_fmt(v), previous=prev_label,
                    previous_value=_fmt(prev))
            prev_label, prev = s, v
    if d.get("type") == "binding":
        for s in STAGES:
            v, up = values["t" + s], values["upper" + s]
            if isinstance(v, float) and isinstance(up, float) and sign * (v - up) < -1e-12:
                add("t" + s, "weaker_than_upper", stage=s, value=_fmt(v), upper=_fmt(up))
    return problems


def validate(rows):
    """{row index: [Problem, ...]} for every row with problems, duplicates of ``key`` included."""
    out = {}
    seen = {}
    for i, row in enumerate(rows):
        probs = validate_row(row)
        key = row.key if isinstance(row, Indicator) else row.get("key")
        if key:
            if key in seen:
                probs.append(Problem("key", "duplicate_key", {"value": key}, "error"))
            seen.setdefault(key, i)
        if probs:
            out[i] = probs
    return out


def has_errors(problems):
    return any(p.severity == "error" for probs in problems.values() for p in probs)


def clean(ind):
    """A copy of ``ind`` with every number parsed (raises ValueError naming the bad cell)."""
    d = ind.to_dict()
    try:
        d["base"] = parse_number(d["base"])
        d["targets"] = {s: parse_number(d["targets"].get(s)) for s in STAGES}
        d["upper"] = {s: parse_number(d["upper"].get(s)) for s in STAGES}
    except ValueError as exc:
        raise ValueError("{}: {}".format(ind.name_zh or ind.name_en or ind.key, exc)) from None
    return Indicator.from_dict(d)


def new_key(existing=()):
    """A fresh indicator key not in ``existing``."""
    while True:
        k = "custom_" + uuid.uuid4().hex[:6]
        if k not in existing:
            return k


# ---------------------------------------------------------------------------------------------
# Base values (rules); the adapter measures areas and lengths, these are the formulas
# ---------------------------------------------------------------------------------------------
def ratio_percent(part, whole):
    """100 · part / whole, NaN when whole is 0 (no land, no wetland, no coastline in the unit)."""
    part = np.asarray(part, dtype=np.float64)
    whole = np.asarray(whole, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(whole > 0, 100.0 * part / np.where(whole > 0, whole, 1.0), np.nan)


def class_area_by_unit(classes, units, codes, n_units, cell_area, inside=None):
    """Area per unit of cells whose class is in ``codes`` (and, if given, where ``inside``).

    ``classes``: land-use codes (NaN = nodata); ``units``: unit index 1..n_units per cell (0 = none).
    Returns (area of the classes, valid area) as arrays of length ``n_units``, in the units of
    ``cell_area``. Used for forest coverage (forest area / land area, METHODS.md §5) and the wetland
    protection rate (wetland area inside reserves / wetland area).
    """
    c = np.asarray(classes, dtype=np.float64).ravel()
    u = np.asarray(units).ravel().astype(np.int64)
    valid = np.isfinite(c) & (u > 0) & (u <= n_units)
    sel = valid & np.isin(np.where(np.isfinite(c), c, -1).astype(np.int64), list(codes))
    if inside is not None:
        sel &= np.asarray(inside, dtype=bool).ravel()
    part = np.bincount(u[sel], minlength=n_units + 1)[1:n_units + 1] * float(cell_area)
    whole = np.bincount(u[valid], minlength=n_units + 1)[1:n_units + 1] * float(cell_area)
    return part.astype(np.float64), whole.astype(np.float64)


def parse_codes(text):
    """Class codes from "301, 302 305" (ints). Raises ValueError for a non-integer."""
    out = []
    for tok in str(text or "").replace("，", ",").replace(";", ",").replace(" ", ",").split(","):
        tok = tok.strip()
        if not tok:
            continue
        try:
            out.append(int(float(tok)))
        except ValueError:
            raise ValueError("'{}' is not a class code (an integer)".format(tok)) from None
    return out


def parse_list(text):
    """Items of a comma-separated list (Chinese comma accepted), stripped, empty ones dropped."""
    return [t.strip() for t in str(text or "").replace("，", ",").replace("、", ",").split(",")
            if t.strip()]


# ---------------------------------------------------------------------------------------------
# Decomposition: proportional allocation with floors and caps, totals kept
# ---------------------------------------------------------------------------------------------
def allocate(total, weights, floors=None, caps=None, what="the target"):
    """Split ``total`` over units in proportion to ``weights`` within ``floors`` ≤ x ≤ ``caps``.

    Method (proportional allocation with clamping, 目标分解): ``x_i = clip(λ·w_i, floor_i, cap_i)``
    with the single λ ≥ 0 for which Σx_i = total. This is the fixed point of the usual iterative
    procedure (allocate in proportion, clamp the units that cross a floor or cap, re-allocate the rest
    to the free units) and is found exactly from the breakpoints of the piecewise-linear Σx(λ).
    Units with weight 0 get their floor. Missing floors are 0, missing caps +inf (NaN = missing).

    Raises ValueError when no allocation exists: Σfloors > total or total > Σcaps (of the units
    that can receive anything), a floor above a cap, or negative weights.
    Returns a float array whose sum equals ``total`` (to floating-point rounding).
    """
    w = np.asarray(weights, dtype=np.float64).ravel()
    n = w.size
    if n == 0:
        raise ValueError("No units to allocate {} to.".format(what))
    f = np.zeros(n) if floors is None else np.asarray(floors, dtype=np.float64).ravel().copy()
    c = np.full(n, np.inf) if caps is None else np.asarray(caps, dtype=np.float64).ravel().copy()
    if f.size != n or c.size != n:
        raise ValueError("Floors and caps need one value per unit.")
    f[np.isnan(f)] = 0.0
    c[np.isnan(c)] = np.inf
    if np.any(~np.isfinite(w)) or np.any(w < 0):
        raise ValueError("The allocation key of {} has negative or missing values.".format(what))
    total = float(total)
    if not math.isfinite(total):
        raise ValueError("The upper-level value of {} is missing.".format(what))
    bad = np.nonzero(f > c)[0]
    if bad.size:
        raise ValueError("For {}, unit {} has a floor ({:g}) above its cap ({:g}).".format(
            what, int(bad[0]) + 1, f[bad[0]], c[bad[0]]))
    lo = float(f.sum())
    hi = float(np.where(w > 0, c, f).sum())
    tol = 1e-9 * max(1.0, abs(total))
    if total < lo - tol:
        raise ValueError(
            "The upper-level target of {} ({:g}) cannot be met: the floors of the units already add up "
            "to {:g}. Lower the floors or raise the target.".format(what, total, lo))
    if total > hi + tol:
        raise ValueError(
            "The upper-level target of {} ({:g}) cannot be met under the caps: the units can take at "
            "most {:g} in all. Raise the caps or lower the target.".format(what, total, hi))

    def s_of(lam):
        return np.clip(lam * w, f, c)

    pos = w > 0
    bps = np.concatenate([f[pos] / w[pos], c[pos] / w[pos]])
    bps = np.unique(bps[np.isfinite(bps) & (bps >= 0)])
    bps = np.concatenate([[0.0], bps])
    sums = np.array([s_of(b).sum() for b in bps])
    if total <= sums[0] + tol:
        x = s_of(0.0)
    else:
        k = int(np.searchsorted(sums, total, side="left"))
        if k >= len(bps):  # beyond the last breakpoint: only units without cap still grow
            lam0, s0 = bps[-1], sums[-1]
            slope = w[pos & ~np.isfinite(c)].sum()
            lam = lam0 + (total - s0) / slope if slope > 0 else lam0
        else:
            lam0, lam1, s0, s1 = bps[k - 1], bps[k], sums[k - 1], sums[k]
            lam = lam0 + (lam1 - lam0) * (total - s0) / (s1 - s0) if s1 > s0 else lam1
        x = s_of(lam)
    # put the rounding residual on a unit strictly inside its bounds (or any that can take it)
    resid = total - x.sum()
    if resid != 0.0:
        room = (x - resid >= f - tol) if resid < 0 else (x + resid <= c + tol)
        free = np.nonzero(room & pos)[0] if np.any(room & pos) else np.nonzero(room)[0]
        if free.size:
            x[free[np.argmax(w[free])]] += resid
    return x


def mix_weights(keys, alphas):
    """Weighted mix of allocation keys: Σ_k α_k · v_k / Σ v_k (each key as shares, α normalised).

    ``keys``: list of per-unit arrays (area, restoration potential, current value, ...).
    """
    alphas = np.asarray(alphas, dtype=np.float64)
    if alphas.size != len(keys) or np.any(~np.isfinite(alphas)) or np.any(alphas < 0) or alphas.sum() <= 0:
        raise ValueError("The weights of the mixed allocation key must be non-negative and not all 0.")
    out = None
    for a, v in zip(alphas / alphas.sum(), keys):
        v = np.asarray(v, dtype=np.float64)
        if a == 0:
            continue
        if np.any(~np.isfinite(v)) or np.any(v < 0):
            raise ValueError("An allocation key has negative or missing values.")
        share = v / v.sum() if v.sum() > 0 else np.full(v.size, 1.0 / v.size)
        out = a * share if out is None else out + a * share
    return out


def decompose(total, weights, floors=None, caps=None, aggregation="sum", denominators=None,
              what="the target"):
    """Targets of the units for one indicator.

    ``aggregation="sum"`` (areas, lengths, counts): the unit targets add up to ``total``.
    ``aggregation="rate"`` (percentages such as forest coverage): the upper-level rate ``total`` is
    the ``denominators``-weighted mean of the unit rates (e.g. land area), so the quantity
    ``total/100 · ΣA`` is allocated and converted back; unit floors and caps are rates (default
    0 and 100 %). Returns the unit targets (sums or rates).
    """
    if aggregation == "sum":
        return allocate(total, weights, floors, caps, what)
    if aggregation != "rate":
        raise ValueError("Unknown aggregation '{}': use sum or rate.".format(aggregation))
    if denominators is None:
        raise ValueError("A rate indicator needs the denominator of every unit (e.g. its area).")
    a = np.asarray(denominators, dtype=np.float64)
    if np.any(~np.isfinite(a)) or np.any(a <= 0):
        raise ValueError("The denominators of {} must be positive.".format(what))
    n = a.size
    fr = np.zeros(n) if floors is None else np.where(np.isnan(np.asarray(floors, float)), 0.0, floors)
    cr = np.full(n, 100.0) if caps is None else np.where(np.isnan(np.asarray(caps, float)), 100.0, caps)
    cr = np.minimum(cr, 100.0)
    if not 0.0 <= float(total) <= 100.0:
        raise ValueError("The upper-level rate of {} must lie between 0 and 100 %.".format(what))
    q = allocate(float(total) / 100.0 * a.sum(), weights, fr / 100.0 * a, cr / 100.0 * a, what)
    return 100.0 * q / a


# ---------------------------------------------------------------------------------------------
# Attainment
# ---------------------------------------------------------------------------------------------
def attainment(values, targets, direction="higher", tolerance=0.0):
    """Compare values with targets: (gap, status) arrays.

    ``gap`` = value − target for "higher is better", target − value for "lower" (≥ 0 = met).
    ``status``: 1 met, 0 shortfall (gap < −tolerance), −1 no data (value or target missing).
    """
    v = np.asarray(values, dtype=np.float64)
    t = np.asarray(targets, dtype=np.float64)
    gap = (v - t) if direction != "lower" else (t - v)
    status = np.where(np.isfinite(gap), np.where(gap >= -abs(tolerance), 1, 0), -1)
    return gap, status.astype(np.int64)


# ---------------------------------------------------------------------------------------------
# Export (atomic: temporary file, then rename)
# ---------------------------------------------------------------------------------------------
COLUMNS = [  # (field, Chinese, English)
    ("dimension", "维度", "Dimension"), ("name_zh", "指标名称", "Indicator"),
    ("name_en", "英文名称", "Indicator (English)"), ("unit", "单位", "Unit"),
    ("type", "指标属性", "Type"), ("basis", "统计口径", "Statistical basis"),
    ("source", "数据来源", "Data source"), ("department", "责任部门", "Responsible department"),
    ("base", "基期值 (2020)", "Base (2020)"), ("t2025", "2025 年目标", "Target 2025"),
    ("t2030", "2030 年目标", "Target 2030"), ("t2035", "2035 年目标", "Target 2035"),
    ("direction", "方向", "Direction"), ("computed", "基期值来源", "Base value from"),
]


def _value(ind, fld):
    if fld == "base":
        return ind.base
    if fld.startswith("t") and fld[1:] in STAGES:
        return ind.targets.get(fld[1:])
    if fld == "dimension":
        return DIMENSIONS.get(ind.dimension, (ind.dimension,))[0]
    if fld == "type":
        return TYPES.get(ind.type, (ind.type,))[0]
    if fld == "direction":
        return DIRECTIONS.get(ind.direction, (ind.direction,))[0]
    if fld == "computed":
        c = ind.computed
        if not c:
            return ""
        return "{} ({})".format(c.get("layer", ""), c.get("date", ""))
    return getattr(ind, fld)


def _cell_text(v):
    if v is None:
        return ""
    if isinstance(v, float):
        return "{:g}".format(v)
    return str(v)


def table_rows(indicators):
    """Header (bilingual) and rows of text, in dimension order, as exported."""
    header = ["{} {}".format(zh, en) for _, zh, en in COLUMNS]
    order = {k: i for i, k in enumerate(DIMENSIONS)}
    inds = sorted(enumerate(indicators), key=lambda p: (order.get(p[1].dimension, 99), p[0]))
    rows = [[_cell_text(_value(ind, fld)) for fld, _, _ in COLUMNS] for _, ind in inds]
    return header, rows


def _atomic_write(path, data, binary=False):
    folder = os.path.dirname(os.path.abspath(path)) or "."
    tmp = os.path.join(folder, ".{}.{}.part".format(os.path.basename(path), uuid.uuid4().hex[:8]))
    try:
        with open(tmp, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8",
                                                                       "newline": ""})) as fh:
            fh.write(data)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return path


def to_csv(indicators, path):
    """Write the indicator table as UTF-8 CSV with a BOM (Excel opens it with Chinese intact)."""
    header, rows = table_rows(indicators)
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header)
    w.writerows(rows)
    return _atomic_write(path, "\ufeff" + buf.getvalue())


def to_html(indicators, title="生态修复规划目标指标表 Indicator targets", path=None):
    """The indicator table as an HTML document (dimension cells merged), for the report."""
    header, rows = table_rows(indicators)
    out = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\"><title>{}</title>".format(
        html.escape(title)), "<style>body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif}"
        "table{border-collapse:collapse}th,td{border:1px solid #444;padding:3px 6px;font-size:10.5pt}"
        "th{background:#dde8d5}td.num{text-align:right}</style></head><body>",
        "<h2>{}</h2>".format(html.escape(title)), "<table>",
        "<tr>" + "".join("<th>{}</th>".format(html.escape(h)) for h in header) + "</tr>"]
    numeric = {i for i, (fld, _, _) in enumerate(COLUMNS) if fld == "base" or fld.startswith("t2")}
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) and rows[j][0] == rows[i][0]:
            j += 1
        for r in range(i, j):
            cells = []
            for c, v in enumerate(rows[r]):
                if c == 0:
                    if r == i:
                        cells.append("<td rowspan=\"{}\">{}</td>".format(j - i, html.escape(v)))
                    continue
                cls = " class=\"num\"" if c in numeric else ""
                cells.append("<td{}>{}</td>".format(cls, html.escape(v)))
            out.append("<tr>" + "".join(cells) + "</tr>")
        i = j
    stamp = datetime.date.today().isoformat()
    out += ["</table>", "<p>基期 2020 年；规划期 2025、2030、2035 年。Generated {}.</p>".format(stamp),
            "</body></html>"]
    text = "\n".join(out) + "\n"
    if path:
        _atomic_write(path, text)
    return text


def xlsx_available():
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        return False
    return True


def to_xlsx(indicators, path, title="生态修复规划目标指标表"):
    """Formatted XLSX (needs openpyxl, Debian package python3-openpyxl)."""
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    header, rows = table_rows(indicators)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目标指标"
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(header)
    thin = Side(style="thin")
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE8D5")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for r in rows:
        ws.append([parse_number(v) if COLUMNS[i][0] == "base" or COLUMNS[i][0].startswith("t2")
                   else v for i, v in enumerate(r)])
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for i, width in enumerate([16, 22, 28, 8, 9, 30, 20, 18, 12, 12, 12, 12, 10, 24]):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = width
    buf = io.BytesIO()
    wb.save(buf)
    return _atomic_write(path, buf.getvalue(), binary=True)


def dumps(indicators):
    """JSON text of an indicator list (stored in the QGIS project)."""
    return json.dumps({"version": 1, "indicators": [i.to_dict() for i in indicators]},
                      ensure_ascii=False)


def loads(text):
    """Indicator list from :func:`dumps` text. Raises ValueError for text that is not one."""
    try:
        data = json.loads(text)
        return [Indicator.from_dict(d) for d in data["indicators"]]
    except (TypeError, KeyError, json.JSONDecodeError) as exc:
        raise ValueError("Not an indicator set: {}".format(exc)) from None
