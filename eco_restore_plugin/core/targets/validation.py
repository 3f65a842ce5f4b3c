"""Checking indicator rows: numbers, messages, problems, cleaning and new keys."""

import math
import uuid
from dataclasses import dataclass

import numpy as np

from .indicators import BASE_YEAR, DIMENSIONS, DIRECTIONS, Indicator, PERCENT_UNITS, STAGES, TYPES

__all__ = [
    "parse_number", "MESSAGES", "ERRORS", "Problem", "validate_row", "validate", "has_errors",
    "clean", "new_key",
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
    """True when any row of ``problems`` (from :func:`validate`) has an error (not only warnings)."""
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


def new_key(*, existing=()):
    """A fresh indicator key not in ``existing``."""
    while True:
        k = "custom_" + uuid.uuid4().hex[:6]
        if k not in existing:
            return k
