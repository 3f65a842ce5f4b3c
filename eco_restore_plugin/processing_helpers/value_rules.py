"""Value-range rules of raster inputs, declared once per kind of input and applied by the readers.

``read_raster(layer, ..., rule=RULES["resistance"])`` (and :class:`.raster_io.BlockReader`,
:func:`.raster_io.process_blocks`) refuse an input with cells outside the physically possible range,
naming the input, the rule and the number of offending cells; they never pass impossible values on to
the core. NaN and ±infinity are always taken as nodata, with a warning giving their count.
"""
import numpy as np
from qgis.core import QgsProcessingException

from ..i18n import tr, tr_noop


class Rule:
    """A value rule: ``low``/``high`` bounds (``low_open``: strictly greater) or a set of ``codes``.

    ``text`` is the English rule shown in the message (translated with :func:`tr`).
    """

    def __init__(self, text, low=None, high=None, low_open=False, codes=None, integer=False):
        self.text = text
        self.integer = integer
        self.low = low
        self.high = high
        self.low_open = low_open
        self.codes = None if codes is None else np.asarray(sorted(codes), dtype=float)

    def offending(self, arr):
        """Boolean mask of valid (finite) cells breaking the rule."""
        a = np.asarray(arr, dtype=float)
        finite = np.isfinite(a)
        bad = np.zeros(a.shape, bool)
        if self.codes is not None:
            bad |= finite & ~np.isin(a, self.codes)
        if self.low is not None:
            bad |= finite & ((a <= self.low) if self.low_open else (a < self.low))
        if self.high is not None:
            bad |= finite & (a > self.high)
        if self.integer:
            bad |= finite & (a != np.round(a))
        return bad

    def check(self, arr, label, counts=None):
        """Raise a clear QgsProcessingException when cells of ``arr`` break the rule. ``counts``: ``arr`` is
        a histogram's distinct values and ``counts`` their numbers of cells (a tiled reduction's result)."""
        bad = self.offending(arr)
        n = int(bad.sum()) if counts is None else int(np.asarray(counts)[bad].sum())
        if n:
            values = np.unique(np.asarray(arr, dtype=float)[bad])
            shown = ", ".join("{:g}".format(v) for v in values[:5]) + (", …" if len(values) > 5 else "")
            raise QgsProcessingException(tr(
                "Raster '{}': {} cells hold values outside the allowed range ({}), e.g. {}. "
                "Correct the input (or set those cells to nodata) and run again.").format(
                    label, n, tr(self.text), shown))


#: input kind -> rule. Physical limits, not plausibility: a rule refuses only impossible values.
RULES = {
    "resistance": Rule(tr_noop("resistance > 0"), low=0.0, low_open=True),
    "cost": Rule(tr_noop("cost must be 0 or more"), low=0.0),
    "conductance": Rule(tr_noop("conductance must be 0 or more"), low=0.0),
    "non_negative": Rule(tr_noop("values must be 0 or more"), low=0.0),
    "precipitation": Rule(tr_noop("precipitation must be 0 mm or more"), low=0.0),
    "evapotranspiration": Rule(tr_noop("evapotranspiration must be 0 mm or more"), low=0.0),
    "npp": Rule(tr_noop("NPP must be 0 or more"), low=0.0),
    "fraction": Rule(tr_noop("fractions must be between 0 and 1"), low=0.0, high=1.0),
    "percent": Rule(tr_noop("percentages must be between 0 and 100"), low=0.0, high=100.0),
    "grade3": Rule(tr_noop("grades must be 1, 2 or 3"), codes=(1, 2, 3)),
    "grade4": Rule(tr_noop("grades must be 1, 2, 3 or 4"), codes=(1, 2, 3, 4)),
    "grade5": Rule(tr_noop("grades must be 1, 2, 3, 4 or 5"), codes=(1, 2, 3, 4, 5)),
    "binary": Rule(tr_noop("values must be 0 or 1"), codes=(0, 1)),
    "class_code": Rule(tr_noop("whole class codes of 0 or more"), low=0.0, integer=True),
    "slope_degrees": Rule(tr_noop("slope must be between 0 and 90 degrees"), low=0.0, high=90.0),
    # no land or sea surface on Earth is colder than about 180 K; a raster of 20-40 is in °C
    "kelvin": Rule(tr_noop("brightness temperature must be 150 K or more (K = °C + 273.15)"), low=150.0),
    # reflectance is 0-1; atmospheric correction leaves small negatives and bright targets above 1, so the
    # rule refuses only what no scale factor and offset of a reflectance product can give
    "reflectance": Rule(tr_noop("reflectance after the scale factor and offset must be between -0.2 and 1.6: "
                                "check the scale factor and offset"), low=-0.2, high=1.6),
}


def grade_rule(levels):
    """The rule of a grade raster with ``levels`` grades (1..levels)."""
    return RULES.get("grade{}".format(int(levels))) or Rule(
        "grades must be whole numbers from 1 to the number of levels", codes=range(1, int(levels) + 1))


def unknown_codes(arr, known, counts=None):
    """``(count, values)``: the number of valid cells of ``arr`` whose code is not in ``known``, and
    those codes (sorted). ``counts``: as in :meth:`Rule.check`."""
    a = np.asarray(arr, dtype=float)
    bad = np.isfinite(a) & ~np.isin(a, np.asarray(list(known), dtype=float))
    n = int(bad.sum()) if counts is None else int(np.asarray(counts)[bad].sum())
    return n, (np.unique(a[bad]) if n else np.zeros(0))


def describe_values(counts, limit=5):
    """``'a' ×3, 'b' ×1, …``: the first ``limit`` values of ``{value: count}``, most frequent first."""
    items = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))
    text = ", ".join("'{}' ×{}".format(k, n) for k, n in items[:limit])
    return text + (", …" if len(items) > limit else "")


def _shown(values):
    values = sorted(set(float(v) for v in values))
    return ", ".join("{:g}".format(v) for v in values[:5]) + (", …" if len(values) > 5 else "")


def check_codes(arr, known, label, what, advice=None, counts=None):
    """Refuse cells of ``arr`` whose code is not in ``known`` (a table's codes), with the count.
    ``advice``: what to do (default: add the codes to the table or correct the raster). ``counts``: as in
    :meth:`Rule.check`."""
    n, values = unknown_codes(arr, known, counts)
    if n:
        raise QgsProcessingException(tr(
            "Raster '{}': {} cells hold codes that are not in {} ({}).").format(label, n, what, _shown(values))
            + " " + (advice or tr("Add the codes to the table or correct the raster.")))


def warn_codes(feedback, label, count, values, what, meaning):
    """Warn that ``count`` cells of ``label`` hold codes (``values``) not in ``what`` and what is done
    with them (``meaning``): for partial tables whose missing codes have a documented meaning."""
    if feedback is not None and count:
        feedback.pushWarning(tr("Raster '{}': {} cells hold codes that are not in {} ({}): {}.").format(
            label, count, what, _shown(values), meaning))
