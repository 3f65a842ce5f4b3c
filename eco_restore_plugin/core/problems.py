"""Ecological problem patches (生态问题图斑): an editable rule table run over land parcels.

Pure numpy. The Processing adapter (``algorithms/zoning/problempatches.py``) measures, for every
parcel, the *variables* below (shares of the parcel inside the control lines and zones, raster
means and majorities, line contacts) and calls :func:`evaluate`; each rule that holds on a parcel
gives one problem patch, so overlapping problems on one parcel are all listed.

A rule is a row ``(on, rule id, problem code, problem type, land classes, condition, restoration
mode, project type)``:

* land classes: 三调 codes or prefixes separated by spaces or commas (``01`` = every 01xx class,
  ``1104`` also matches ``1104A``/``1104K``); ``*`` or empty = every class; a leading ``-`` excludes.
* condition: comparisons ``variable op number`` (op one of ``> >= < <= = !=``) joined by ``and``
  and ``or`` (``and`` binds tighter), e.g. ``gdpdjb >= 5 or slope > 25``. A variable that was not
  measured (its input not given) or is NaN on a parcel makes its comparison false.

The zone variables (shares 0-1 of the parcel area) used with ``>`` or ``>=`` in a rule also clip
the patch: the patch is the part of the parcel inside those zones (:func:`clip_zones`).
"""
import re

import numpy as np

#: variable -> (unit, description). Zone variables are area shares of the parcel (0-1).
VARIABLES = {
    "redline": ("0-1", "share of the parcel inside the ecological protection red line 生态保护红线"),
    "farmland": ("0-1", "share inside permanent basic farmland 永久基本农田"),
    "urban": ("0-1", "share inside the urban development boundary 城镇开发边界"),
    "river": ("0-1", "share inside river and lake management zones 河湖管理范围"),
    "mine": ("0-1", "share inside historic (abandoned) mine polygons 历史遗留矿山"),
    "corridor": ("0-1", "share inside ecological corridors 生态廊道"),
    "road": ("0/1", "1 where a road line crosses the parcel"),
    "shore": ("0/1", "1 where the parcel lies within the shoreline distance of the natural shoreline"),
    "slope": ("°", "mean slope of the parcel"),
    "gdpdjb": ("1-5", "耕地坡度级别 GDPDJB of the parcel"),
    "soil_loss": ("t/(km²·a)", "mean soil loss modulus of the parcel"),
    "degradation": ("1-4", "majority degradation grade (1 未退化, 2 轻度, 3 中度, 4 重度)"),
    "habitat": ("0-1", "mean habitat quality"),
    "importance": ("grade", "majority ecological protection importance grade"),
}
ZONE_VARIABLES = ("redline", "farmland", "urban", "river", "mine", "corridor")

FARMLAND = "0101 0102 0103"
CONSTRUCTION = "05 0601 07 08 09 1001 1002 1003 1004 1005 1007 1008 1009 1109 1201"
NATURAL = "03 04 1105 1106 1108"

#: (on, rule id, code, type, classes, condition, restoration mode, project type). The rules are the
#: plugin's own reading of the problem lists of the provincial and city plans (Guangdong 二(三),
#: Qionghai 三) and of common practice; thresholds name their source where they have one.
DEFAULT_RULES = [
    (1, "R01", "WT01", "生态保护红线内耕地", FARMLAND, "redline > 0", "辅助再生", "红线内耕地有序退出与生态修复"),
    (1, "R02", "WT02", "生态保护红线内建设用地", CONSTRUCTION, "redline > 0", "生态重建",
     "红线内建设用地清退与生态修复"),
    (1, "R03", "WT03", "生态保护红线内采矿用地", "0602", "redline > 0", "生态重建", "红线内矿山关闭与生态修复"),
    (1, "R04", "WT04", "生态保护红线内养殖坑塘", "1104", "redline > 0", "辅助再生", "退塘还林还湿"),
    (1, "R05", "WT05", "陡坡耕地", FARMLAND, "gdpdjb >= 5 or slope > 25", "辅助再生", "陡坡耕地退耕还林还草"),
    (1, "R06", "WT06", "河湖管理范围内耕地", FARMLAND, "river > 0", "辅助再生", "河湖缓冲带退耕与生态修复"),
    (1, "R07", "WT07", "历史遗留矿山未修复", "0602 1204 1205 1206 1207", "mine > 0", "生态重建",
     "历史遗留矿山生态修复"),
    (1, "R08", "WT08", "水土流失", "01 02 03 04 12", "soil_loss >= 500", "辅助再生", "水土流失综合治理"),
    (1, "R09", "WT09", "退化林地湿地", "03 0402 1105 1106 1108", "degradation >= 3", "辅助再生",
     "森林质量提升与湿地修复"),
    (1, "R10", "WT10", "自然岸线被占用", CONSTRUCTION + " 0602 0603 1104", "shore > 0", "生态重建",
     "岸线整治与生态化修复"),
    (1, "R11", "WT11", "廊道内道路切割生境", NATURAL, "corridor > 0 and road > 0", "辅助再生",
     "生态廊道连通性修复"),
]
RULE_COLUMNS = ("on", "rule_id", "code", "type", "classes", "condition", "mode", "project")

_COMPARE = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(>=|<=|!=|>|<|==|=)\s*(-?[0-9.]+(?:[eE]-?[0-9]+)?)\s*$")
_OPS = {">": np.greater, ">=": np.greater_equal, "<": np.less, "<=": np.less_equal,
        "=": np.equal, "==": np.equal, "!=": np.not_equal}


def parse_classes(text):
    """``(include prefixes, exclude prefixes)``; empty include = every class."""
    inc, exc = [], []
    for part in re.split(r"[\s,，;；]+", str(text or "").strip()):
        if not part or part == "*":
            continue
        (exc if part.startswith("-") else inc).append(part.lstrip("-").upper())
    return inc, exc


def class_mask(codes, text):
    """Boolean mask of ``codes`` (三调 code strings, None = unknown) matching the class list (each
    distinct code is matched once)."""
    inc, exc = parse_classes(text)
    memo = {}

    def match(c):
        c = str(c).upper()
        ok = not inc or any(c.startswith(p) for p in inc)
        return ok and not any(c.startswith(p) for p in exc)

    out = np.zeros(len(codes), bool)
    for i, c in enumerate(codes):
        if c is None:
            continue
        hit = memo.get(c)
        if hit is None:
            hit = memo[c] = match(c)
        out[i] = hit
    return out


def parse_condition(text):
    """``[[(variable, op, value), ...], ...]``: a disjunction of conjunctions. ValueError if malformed."""
    text = str(text or "").strip()
    if not text:
        return []
    groups = []
    for alt in re.split(r"\s+or\s+", text, flags=re.I):
        terms = []
        for term in re.split(r"\s+and\s+", alt, flags=re.I):
            m = _COMPARE.match(term)
            if not m:
                raise ValueError("condition '{}': '{}' is not 'variable op number' (op: > >= < <= = !=)".format(
                    text, term.strip()))
            var = m.group(1).lower()
            if var not in VARIABLES:
                raise ValueError("condition '{}': unknown variable '{}' (known: {})".format(
                    text, m.group(1), ", ".join(VARIABLES)))
            terms.append((var, m.group(2), float(m.group(3))))
        groups.append(terms)
    return groups


def condition_mask(groups, variables, n):
    """Where the parsed condition holds; ``variables``: {name: float array of length n}."""
    if not groups:
        return np.ones(n, bool)
    out = np.zeros(n, bool)
    for terms in groups:
        hold = np.ones(n, bool)
        for var, op, value in terms:
            v = variables.get(var)
            if v is None:
                hold[:] = False
                break
            v = np.asarray(v, float)
            with np.errstate(invalid="ignore"):
                hold &= np.isfinite(v) & _OPS[op](v, value)
        out |= hold
    return out


def variables_used(groups):
    """The sorted names of the variables that parsed conditions (``[[(var, op, value)], ...]``) use."""
    return sorted({var for terms in groups for var, _, _ in terms})


def clip_zones(groups):
    """Zone variables that clip the patch: used with > or >= in every alternative of the condition."""
    sets = [{var for var, op, value in terms if var in ZONE_VARIABLES and op in (">", ">=")}
            for terms in groups]
    return sorted(set.intersection(*sets)) if sets else []


def parse_rules(rows):
    """Rule table rows (8 values each, strings) -> list of rule dicts; ValueError on a bad row."""
    rules, seen = [], set()
    for k, row in enumerate(rows, start=1):
        row = [str(v).strip() if v is not None else "" for v in row]
        if len(row) < len(RULE_COLUMNS) or not any(row):
            continue
        on = row[0].lower() not in ("0", "false", "no", "off", "否", "")
        rid = row[1] or "R{:02d}".format(k)
        if rid in seen:
            raise ValueError("rule table: rule id '{}' appears twice".format(rid))
        seen.add(rid)
        if not row[2]:
            raise ValueError("rule table, rule {}: the problem code is empty".format(rid))
        rules.append({"on": on, "rule_id": rid, "code": row[2], "type": row[3] or row[2],
                      "classes": row[4], "condition": row[5], "groups": parse_condition(row[5]),
                      "mode": row[6], "project": row[7]})
    return rules


def needed(rules, codes):
    """{variable: boolean mask of the parcels whose value can decide a rule}: a parcel's value of a
    variable matters only where an active rule using it matches the parcel's land class (rules fire on
    class AND condition, :func:`evaluate`), so the overlays and raster summaries run only there."""
    out, masks = {}, {}
    for rule in rules:
        if not rule["on"]:
            continue
        used = variables_used(rule["groups"])
        if not used:
            continue
        if rule["classes"] not in masks:
            masks[rule["classes"]] = class_mask(codes, rule["classes"])
        for var in used:
            out[var] = out[var] | masks[rule["classes"]] if var in out else masks[rule["classes"]].copy()
    return out


def evaluate(rules, codes, variables):
    """Fired (parcel index, rule index) pairs, by parcel then rule order; switched-off rules skipped."""
    n = len(codes)
    hits = []
    for r, rule in enumerate(rules):
        if not rule["on"]:
            continue
        m = class_mask(codes, rule["classes"]) & condition_mask(rule["groups"], variables, n)
        hits.extend((int(i), r) for i in np.flatnonzero(m))
    hits.sort()
    return hits


class LabelStats(object):
    """Mean or majority of a raster per label 1..n, added block by block (a raster read by row blocks with
    its labels burnt block by block): ``add(labels, values)`` per block, ``result()`` at the end.

    ``how`` "mean": mean of the finite values per label (NaN where none): the same counts, the sums up to
    the order of the floating-point additions (exact for whole numbers). "majority": the most frequent
    whole value (values rounded to the nearest integer) per label, ties -> the higher value, NaN where
    none: the same as over the whole raster. 0 and labels above n are no label."""

    def __init__(self, n, how="mean"):
        if how not in ("mean", "majority"):
            raise ValueError("how must be 'mean' or 'majority'")
        self.n, self.how = int(n), how
        self.sums = np.zeros(self.n)
        self.counts = np.zeros(self.n, dtype=np.int64)
        self.classes = {}            # majority: whole value -> counts per label

    def add(self, labels, values):
        n = self.n
        labels = np.asarray(labels).ravel()
        values = np.asarray(values, float).ravel()
        ok = (labels > 0) & (labels <= n) & np.isfinite(values)
        if not ok.any():
            return
        lab = labels[ok].astype(np.int64)
        if self.how == "mean":
            self.sums += np.bincount(lab, weights=values[ok], minlength=n + 1)[1:n + 1]
            self.counts += np.bincount(lab, minlength=n + 1)[1:n + 1]
            return
        uniq, inv = np.unique(np.rint(values[ok]).astype(np.int64), return_inverse=True)
        part = np.bincount((lab - 1) * uniq.size + inv, minlength=n * uniq.size).reshape(n, uniq.size)
        for k, value in enumerate(uniq.tolist()):
            have = self.classes.get(value)
            self.classes[value] = part[:, k].copy() if have is None else have + part[:, k]

    def result(self):
        if self.how == "mean":
            with np.errstate(invalid="ignore", divide="ignore"):
                return np.where(self.counts > 0, self.sums / np.maximum(self.counts, 1), np.nan)
        out = np.full(self.n, np.nan)
        if not self.classes:
            return out
        values = np.array(sorted(self.classes), dtype=np.int64)
        counts = np.stack([self.classes[v] for v in values.tolist()], axis=1)
        has = counts.sum(axis=1) > 0
        best = values.size - 1 - np.argmax(counts[:, ::-1], axis=1)     # last maximum = the higher value on ties
        out[has] = values[best[has]]
        return out


def label_mean(labels, values, n):
    """Mean of ``values`` per label 1..n (0 = none; NaN values ignored) -> array of n (NaN if empty)."""
    acc = LabelStats(n, "mean")
    acc.add(labels, values)
    return acc.result()


def label_majority(labels, values, n):
    """Most frequent integer value per label 1..n (ties -> the higher value); NaN where no cell."""
    acc = LabelStats(n, "majority")
    acc.add(labels, values)
    return acc.result()


def summary(codes_fired, areas):
    """{problem code: (patches, area)} of the fired patches."""
    out = {}
    for c, a in zip(codes_fired, areas):
        n, s = out.get(c, (0, 0.0))
        out[c] = (n + 1, s + float(a))
    return out
