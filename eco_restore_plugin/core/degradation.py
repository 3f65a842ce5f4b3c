"""Degradation degree, resilience and damaged-space combination (退化程度与恢复力).

Method: METHODS.md §1.4 (common practice, not verified against the official text): degradation = relative loss of a vegetation or
service indicator (NDVI, FVC, NPP, habitat quality) between a reference and a current period,
graded; resilience = ecosystem-type elasticity score × vegetation condition × terrain factor,
graded in three levels; the damaged-space map crosses both codes.

Codes (uint8, 0 = nodata): degradation 1 none 无 / 2 light 轻度 / 3 moderate 中度 / 4 severe 重度;
resilience 1 low 低 / 2 medium 中 / 3 high 高; damaged space ``10 · degradation + resilience``
(e.g. 41 = severe degradation with low resilience). Per-cell: any block works (with global
ranges given for normalisation).
"""
from collections import namedtuple

import numpy as np

from . import grading, services, tables

DEGRADATION_NAMES = {1: "未退化", 2: "轻度退化", 3: "中度退化", 4: "重度退化"}
RESILIENCE_NAMES = {1: "低恢复力", 2: "中恢复力", 3: "高恢复力"}
ResilienceResult = namedtuple("ResilienceResult", "index grade")


def relative_loss(reference, current):
    """Relative loss ``(ref − cur) / ref`` per cell; negative = gain.

    Method: relative change of an indicator between two periods (METHODS.md §1.4). A reference
    ≤ 0 or NaN gives NaN (loss undefined, not zero).
    """
    ref = np.asarray(reference, dtype=np.float64)
    cur = np.asarray(current, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = (ref - cur) / ref
    out[~(ref > 0) | ~np.isfinite(cur)] = np.nan
    return out


def degradation_degree(reference, current, *, thresholds=tables.DEGRADATION_THRESHOLDS):
    """Degradation degree 1 none / 2 light / 3 moderate / 4 severe (0 nodata).

    Method: graded relative loss (METHODS.md §1.4; thresholds are common practice, not verified against the official text):
    loss < 0.05 none (gains included), 0.05 ≤ loss < 0.15 light, 0.15 ≤ loss < 0.30 moderate,
    ≥ 0.30 severe (lower-inclusive breaks). Returns (loss, code).
    """
    loss = relative_loss(reference, current)
    return loss, grading.classify_by_thresholds(loss, thresholds, codes=(1, 2, 3, 4))


def slope_factor(slope_deg, *, breaks=tables.SLOPE_FACTOR_BREAKS,
                 values=tables.SLOPE_FACTOR_VALUES):
    """Terrain factor of resilience by slope class: 1.0 (< 8°), 0.8 (8-15°), 0.6 (15-25°), 0.4
    (≥ 25°) (check; steeper slopes recover more slowly). NaN propagates.

    Method: METHODS.md §1.4 "weighted by ... terrain" (common practice).
    """
    s = np.asarray(slope_deg, dtype=np.float64)
    idx = np.searchsorted(np.asarray(breaks, float), s, side="right")
    out = np.asarray(values, float)[np.minimum(idx, len(values) - 1)]
    out[~np.isfinite(s)] = np.nan
    return out


def resilience(landcover, condition, slope_deg, *, elasticity=None, condition_range=None,
               breaks=(1.0 / 3.0, 2.0 / 3.0), slope_breaks=tables.SLOPE_FACTOR_BREAKS,
               slope_values=tables.SLOPE_FACTOR_VALUES):
    """Resilience index and grade (1 low / 2 medium / 3 high).

    Method: METHODS.md §1.4 (not verified against the official text): ``index = E_j · C_x · T_x`` with E_j the ecosystem
    elasticity score of the class (0-1, default :data:`tables.ELASTICITY_3DIAO`; missing class ->
    ValueError naming it), C_x the vegetation condition (FVC or NPP) min-max normalised to 0-1
    (``condition_range=(lo, hi)`` for block work; an FVC already 0-1 can pass ``(0, 1)``), T_x the
    slope factor (:func:`slope_factor`). Graded by ``breaks`` (default thirds of 0-1).
    """
    e = tables.lookup(landcover, tables.ELASTICITY_3DIAO if elasticity is None else elasticity,
                      what="elasticity table")
    lo, hi = (None, None) if condition_range is None else condition_range
    c = services.minmax_normalise(condition, lo=lo, hi=hi)
    t = slope_factor(slope_deg, breaks=slope_breaks, values=slope_values)
    idx = e * c * t
    return ResilienceResult(idx, grading.classify_by_thresholds(idx, breaks, codes=(1, 2, 3)))


def damaged_space(degradation_code, resilience_code, *, damaged_from=2):
    """Damaged-space map: code ``10 · degradation + resilience`` where degradation ≥
    ``damaged_from`` (default light), 0 elsewhere and where either input is nodata.

    Method: crossing of degradation degree and resilience (METHODS.md §1.4, §3 restoration
    modes: importance × degradation × resilience). E.g. 41 severe/low -> reconstruction,
    23 light/high -> natural recovery (the mode assignment belongs to zoning).
    """
    d = np.asarray(degradation_code).astype(np.int64)
    r = np.asarray(resilience_code).astype(np.int64)
    out = 10 * d + r
    out[(d == 0) | (r == 0) | (d < damaged_from)] = 0
    return out.astype(np.uint8)
