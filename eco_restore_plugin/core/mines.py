"""Historic (abandoned) mine ecological restoration assessment (历史遗留矿山生态修复评价).

Method: per mine patch, the factors that TD/T 1070.1-2022《矿山生态修复技术规范 第1部分：通则》 and
GB/T 43933-2024 name for choosing the restoration direction and mode - geological stability,
terrain, soil, water and the surrounding land use - are measured from rasters, and an ordered rule
table (first matching rule wins) gives the restoration direction (耕地, 林地, 草地, 建设用地, 水域) and
mode (自然恢复, 辅助再生, 生态重建, 转型利用). The principle "宜耕则耕、宜林则林、宜草则草、宜水则水、
宜建则建" and the four modes are those of the standards' published outlines; every threshold of
:data:`DEFAULT_RULES` is a plugin default (the standards' full text could not be checked for
numbers), editable in the rule table.

Factors per patch (:func:`patch_factors`):

* ``slope_mean`` / ``slope_max`` (degrees) - terrain;
* ``stability`` - 1 stable, 2 basically stable, 3 unstable: a surveyed value when given, else from
  the slope (plugin default: max slope ≥ 35° unstable, mean slope ≥ 25° basically stable);
* ``rock_share`` - share of bare rock / gravel cells (soil-less, 三调 1207) - soil;
* ``water_share`` - share of standing water cells (pit ponds, 三调 1101-1104) - water;
* ``fvc_mean`` - mean vegetation cover (0-1), when given - spontaneous recovery;
* ``surround`` - the dominant land-use group in a ring around the patch (cropland, forest,
  grassland, built, water, other), mine cells excluded.

Status: the patch's restoration status (restored / in progress / not restored) gives the area of
historic mines restored (历史遗留矿山生态修复面积, hm²) - :func:`restored_area`.
"""
import numpy as np
from scipy import ndimage

from ._progress import checkpoint

DIRECTIONS = {"cropland": "耕地", "forest": "林地", "grassland": "草地", "built": "建设用地", "water": "水域"}
MODES = {"natural": "自然恢复", "assisted": "辅助再生", "reconstruction": "生态重建",
         "transformation": "转型利用"}
STATUS = {"restored": "已修复", "in_progress": "修复中", "not_restored": "未修复"}

#: land-use groups of the surroundings (三调 codes).
GROUPS = {
    "cropland": (101, 102, 103, 201, 202, 203, 204, 1202, 1203),
    "forest": (301, 302, 303, 304, 305, 306, 307),
    "grassland": (401, 402, 403, 404),
    "built": (501, 508, 601, 602, 603, 701, 702, 801, 802, 809, 810, 900, 1001, 1002, 1003, 1004, 1005,
              1006, 1007, 1008, 1009, 1109),
    "water": (1101, 1102, 1103, 1104, 1105, 1106, 1107, 1108, 1110),
}
ROCK_CLASSES = (1207,)
WATER_CLASSES = (1101, 1102, 1103, 1104)

#: ordered rules: (direction, mode, conditions). Conditions: stability_min / stability_max (1-3),
#: slope_min / slope_max (mean slope, degrees), rock_min / rock_max, water_min, fvc_min (0-1),
#: surround (group key). Missing = any. Plugin defaults (module docstring).
DEFAULT_RULES = (
    ("water", "assisted", {"water_min": 0.3}),
    ("forest", "reconstruction", {"stability_min": 3}),
    ("cropland", "reconstruction", {"slope_max": 6.0, "rock_max": 0.2, "surround": "cropland"}),
    ("built", "transformation", {"slope_max": 15.0, "surround": "built"}),
    ("grassland", "reconstruction", {"rock_min": 0.5}),
    ("forest", "natural", {"slope_max": 25.0, "fvc_min": 0.5, "stability_max": 1}),
    ("forest", "assisted", {"slope_max": 25.0}),
    ("grassland", "assisted", {}),
)
CONDITIONS = ("stability_min", "stability_max", "slope_min", "slope_max", "rock_min", "rock_max",
              "water_min", "fvc_min", "surround")


def slope_stability(slope_mean, slope_max, *, unstable_max=35.0, basic_mean=25.0):
    """Stability class from the slope (plugin default): 3 unstable when the max slope ≥
    ``unstable_max``, 2 basically stable when the mean slope ≥ ``basic_mean``, else 1 stable."""
    if slope_max >= unstable_max:
        return 3
    if slope_mean >= basic_mean:
        return 2
    return 1


def _group_of(codes):
    out = np.full(codes.shape, "other", dtype=object)
    for g, members in GROUPS.items():
        out[np.isin(codes, members)] = g
    return out


def patch_factors(labels, *, slope, landuse, cell_size, fvc=None, stability=None, ring=300.0,
                  progress=None, cancelled=None):
    """Factors of each mine patch (module docstring).

    ``labels`` patch labels 1..n (0 = no mine); ``slope`` degrees; ``landuse`` 三调 codes;
    ``cell_size`` m; ``fvc`` optional 0-1; ``stability`` optional ``{label: 1|2|3}`` surveyed;
    ``ring`` width of the surroundings (m). Returns ``{label: dict}``; labels without cells are
    absent.
    """
    labels = np.asarray(labels).astype(np.int64)
    lu = np.asarray(landuse)
    lu_int = np.where(np.isfinite(lu), lu, 0).astype(np.int64) if lu.dtype.kind == "f" else lu.astype(np.int64)
    mine = labels > 0
    r = max(1, int(np.ceil(ring / cell_size)))
    objects = ndimage.find_objects(labels)
    out = {}
    for i, sl in enumerate(objects):
        checkpoint(cancelled, progress, i / max(len(objects), 1))
        if sl is None:
            continue
        lab = i + 1
        rs = slice(max(sl[0].start - r, 0), min(sl[0].stop + r, labels.shape[0]))
        cs = slice(max(sl[1].start - r, 0), min(sl[1].stop + r, labels.shape[1]))
        m = labels[rs, cs] == lab
        s = np.asarray(slope[rs, cs], dtype=np.float64)[m]
        s = s[np.isfinite(s)]
        codes = lu_int[rs, cs][m]
        n = int(m.sum())
        dist = ndimage.distance_transform_edt(~m) * cell_size
        ringm = (dist > 0) & (dist <= ring) & ~mine[rs, cs] & (lu_int[rs, cs] > 0)
        groups = _group_of(lu_int[rs, cs][ringm])
        if groups.size:
            names, counts = np.unique(groups.astype(str), return_counts=True)
            surround = str(names[int(np.argmax(counts))])
        else:
            surround = "other"
        smean = float(s.mean()) if s.size else float("nan")
        smax = float(s.max()) if s.size else float("nan")
        row = {"cells": n, "area_ha": n * cell_size * cell_size / 1e4, "slope_mean": smean,
               "slope_max": smax, "rock_share": float(np.isin(codes, ROCK_CLASSES).mean()),
               "water_share": float(np.isin(codes, WATER_CLASSES).mean()), "surround": surround}
        if fvc is not None:
            f = np.asarray(fvc[rs, cs], dtype=np.float64)[m]
            f = f[np.isfinite(f)]
            row["fvc_mean"] = float(f.mean()) if f.size else float("nan")
        else:
            row["fvc_mean"] = float("nan")
        surveyed = None if stability is None else stability.get(lab)
        if surveyed in (1, 2, 3):
            row["stability"], row["stability_source"] = int(surveyed), "survey"
        else:
            row["stability"] = slope_stability(smean if np.isfinite(smean) else 0.0,
                                               smax if np.isfinite(smax) else 0.0)
            row["stability_source"] = "slope"
        out[lab] = row
    checkpoint(cancelled, progress, 1.0)
    return out


def _matches(f, cond):
    def val(key):
        v = f.get(key, float("nan"))
        return float(v) if v is not None else float("nan")
    checks = (("stability_min", "stability", lambda x, t: x >= t), ("stability_max", "stability", lambda x, t: x <= t),
              ("slope_min", "slope_mean", lambda x, t: x >= t), ("slope_max", "slope_mean", lambda x, t: x <= t),
              ("rock_min", "rock_share", lambda x, t: x >= t), ("rock_max", "rock_share", lambda x, t: x <= t),
              ("water_min", "water_share", lambda x, t: x >= t), ("fvc_min", "fvc_mean", lambda x, t: x >= t))
    for key, field, ok in checks:
        t = cond.get(key)
        if t is None:
            continue
        x = val(field)
        if not np.isfinite(x) or not ok(x, float(t)):
            return False
    s = cond.get("surround")
    return not s or f.get("surround") == s


def check_rules(rules):
    """Refuse a rule with an unknown direction, mode, condition or surround group (ValueError)."""
    if not rules:
        raise ValueError("The rule table is empty.")
    for k, (direction, mode, cond) in enumerate(rules, start=1):
        if direction not in DIRECTIONS:
            raise ValueError("Rule {}: direction '{}' is not one of {}.".format(k, direction, ", ".join(DIRECTIONS)))
        if mode not in MODES:
            raise ValueError("Rule {}: mode '{}' is not one of {}.".format(k, mode, ", ".join(MODES)))
        for key in cond:
            if key not in CONDITIONS:
                raise ValueError("Rule {}: unknown condition '{}'.".format(k, key))
        s = cond.get("surround")
        if s and s not in GROUPS and s != "other":
            raise ValueError("Rule {}: surround group '{}' is not one of {}.".format(
                k, s, ", ".join(list(GROUPS) + ["other"])))


def assign(factors, *, rules=DEFAULT_RULES):
    """Restoration direction and mode of each patch: the first rule whose conditions all hold.

    Returns ``{label: (direction, mode, rule number)}``; rule number 0 (direction and mode None)
    when no rule matches (end the table with a rule without conditions to avoid it).
    """
    check_rules(rules)
    out = {}
    for lab, f in factors.items():
        out[lab] = (None, None, 0)
        for k, (direction, mode, cond) in enumerate(rules, start=1):
            if _matches(f, cond):
                out[lab] = (direction, mode, k)
                break
    return out


def restored_area(areas, statuses):
    """Area (hm²) by status: ``{"restored", "in_progress", "not_restored"}``; ``restored`` is the
    历史遗留矿山生态修复面积 indicator. ``areas`` and ``statuses`` are parallel sequences; an unknown
    status raises ValueError."""
    out = {k: 0.0 for k in STATUS}
    for a, s in zip(areas, statuses):
        if s not in out:
            raise ValueError("Unknown restoration status '{}'.".format(s))
        out[s] += float(a)
    return out
