"""Barriers: restoration improvement score in moving windows (Barrier Mapper method).

Method: METHODS.md section 2 ("barriers"), McRae, Hall, Beier & Theobald 2012, "Where to restore
ecological connectivity? Detecting barriers and quantifying restoration benefits", PLoS ONE 7(12):
e52604, as implemented in Linkage Mapper's Barrier Mapper (documented options; own code).

For a pair of sources A, B with least-cost distance LCD and cost-weighted distances CWD_A, CWD_B, a
circular window of radius R centred on a cell is imagined fully restored. The least-cost distance
through the restored window is ``min(CWD_A in window) + min(CWD_B in window) + L'`` with
``L' = 2R x restored resistance`` (the cost of crossing the restored window along its diameter;
restored resistance 1 by default, as in the paper). The improvement score is
``IS = LCD - (min CWD_A + min CWD_B + L')`` (cost units = resistance x map units). The score
reported per cell is, by default, IS per unit of restored length, ``IS / (2R)`` (Barrier Mapper's
"ratio of restoration benefit to restoration distance" option), which makes radii comparable;
``per_length=False`` keeps the raw IS. Scores are combined over radii by the maximum and over pairs
by the maximum (default) or the sum. Negative scores (no benefit) become 0 with ``only_positive``.
"""
from collections import namedtuple

import numpy as np
from scipy import ndimage

from . import corridors
from . import costdistance as cd
from ._progress import Steps, checkpoint

__all__ = ["disk_minimum", "barrier_improvement", "BarrierResult", "strongest_mask"]

BarrierResult = namedtuple("BarrierResult", "score best_radius from_id to_id pairs")
BarrierResult.__doc__ = """Result of :func:`barrier_improvement`.

score: float raster of the improvement score (IS/(2R) or IS), NaN where the resistance is nodata.
best_radius: radius (map units) giving the score at each cell (NaN where the score is 0 or NaN).
from_id, to_id: the source pair giving the largest score at the cell (0 where none).
pairs: list of (a, b, lcd) of the pairs used.
"""


def disk_minimum(values, *, radius_cells):
    """Minimum of ``values`` over a circular window (cells whose centre is within ``radius_cells``
    of the centre cell); NaN and cells outside the raster count as +inf.

    Decomposed into one 1-D minimum filter per window row (a disk is a stack of horizontal runs),
    so the cost grows with the radius, not its square. Used by the Barrier Mapper window
    (McRae et al. 2012).
    """
    a = np.asarray(values, dtype=np.float64)
    a = np.where(np.isnan(a), np.inf, a)
    k = int(np.floor(radius_cells))
    rows = a.shape[0]
    out = np.full(a.shape, np.inf)
    cache = {}
    for dy in range(-k, k + 1):
        w = int(np.floor(np.sqrt(max(radius_cells * radius_cells - dy * dy, 0.0)) + 1e-9))
        if w not in cache:
            cache[w] = ndimage.minimum_filter1d(a, 2 * w + 1, axis=1, mode="constant", cval=np.inf)
        m = cache[w]
        # out[r] = min(out[r], m[r + dy])
        if dy >= 0:
            if dy < rows:
                np.minimum(out[:rows - dy], m[dy:], out=out[:rows - dy])
        elif -dy < rows:
            np.minimum(out[-dy:], m[:rows + dy], out=out[-dy:])
    return out


def barrier_improvement(cost, sources, *, radii, cellsize=1.0, restored_resistance=1.0, pairs="adjacent",
                        max_lcd=None, aggregate="max", per_length=True, only_positive=True,
                        progress=None, cancelled=None):
    """Barrier Mapper improvement score (McRae et al. 2012; Linkage Mapper Barrier Mapper).

    cost: 2-D resistance (NaN = barrier/nodata). sources: integer label raster (0 = none).
    radii: window radii in map units (each > 0). cellsize: square cell size in map units.
    restored_resistance: resistance of a restored cell (L' = 2R x restored_resistance).
    pairs: "adjacent" (cost-allocation zones touch, Linkage Mapper), "all" (every pair, use with
    ``max_lcd``) or a list of (a, b). max_lcd: drop pairs whose LCD is larger.
    aggregate: "max" or "sum" over pairs (over radii always the maximum).
    per_length: report IS / (2R) (default) instead of IS. only_positive: negative scores -> 0.
    progress(fraction), cancelled(): optional callbacks; raises :class:`~._progress.Cancelled` on cancel.
    Returns :data:`BarrierResult`. Raises ValueError on bad arguments.
    """
    cost = np.asarray(cost, dtype=np.float64)
    labels = np.asarray(sources)
    radii = sorted({float(r) for r in radii})
    if not radii or radii[0] <= 0:
        raise ValueError("radii must be > 0")
    cellsize = float(cellsize)
    if cellsize <= 0:
        raise ValueError("cell size must be > 0")
    if restored_resistance < 0:
        raise ValueError("restored resistance must be >= 0")
    if aggregate not in ("max", "sum"):
        raise ValueError("aggregate must be 'max' or 'sum'")
    valid = np.isfinite(cost)
    if np.any(cost[valid] < 0):
        raise ValueError("negative resistance")
    labels = np.where(valid, labels, 0)
    ids = [int(v) for v in np.unique(labels) if v != 0]
    if len(ids) < 2:
        raise ValueError("need at least two sources on valid resistance cells")
    if radii[-1] / cellsize < 0.5:
        raise ValueError("the largest radius is smaller than half a cell")

    if isinstance(pairs, str):
        pair_list = corridors.named_pairs(cost, labels, which=pairs, cellsize=cellsize)
    else:
        pair_list = sorted({tuple(sorted((int(a), int(b)))) for a, b in pairs})
    used = sorted({v for p in pair_list for v in p})
    total = len(used) + len(radii) * max(len(used), 1)
    steps = Steps(total, progress, cancelled)
    steps.check()

    cwd = {}
    for s in used:
        cwd[s] = cd.cost_distance(cost, labels == s, cellsize=cellsize, units="map", cancelled=cancelled).cost
        steps.step()
    kept = []
    for a, b in pair_list:
        vals = cwd[a][labels == b]
        vals = vals[np.isfinite(vals)]
        if vals.size == 0:
            continue  # not connected
        lcd = float(vals.min())
        if max_lcd is not None and lcd > max_lcd:
            continue
        kept.append((a, b, lcd))

    shape = cost.shape
    score = np.full(shape, -np.inf) if aggregate == "max" else np.zeros(shape)
    best_r = np.full(shape, np.nan)
    from_id = np.zeros(shape, dtype=np.int64)
    to_id = np.zeros(shape, dtype=np.int64)
    # per pair: best score over radii (and its radius)
    pair_best = [np.full(shape, -np.inf) for _ in kept]
    pair_rad = [np.full(shape, np.nan) for _ in kept]
    for R in radii:
        rc = R / cellsize
        mins = {}
        for s in used:
            mins[s] = disk_minimum(cwd[s], radius_cells=rc)
            steps.step()
        restored = 2.0 * R * restored_resistance
        for k, (a, b, lcd) in enumerate(kept):
            with np.errstate(invalid="ignore"):
                imp = lcd - (mins[a] + mins[b] + restored)
            imp[~np.isfinite(imp)] = -np.inf
            if per_length:
                imp = imp / (2.0 * R)
            better = imp > pair_best[k]
            pair_best[k][better] = imp[better]
            pair_rad[k][better] = R
    top = np.full(shape, -np.inf)  # score of the pair recorded in from_id / to_id
    for k, (a, b, lcd) in enumerate(kept):
        v = pair_best[k]
        if only_positive:
            v = np.where(v > 0, v, 0.0)
        better = v > top
        top[better] = v[better]
        if aggregate == "max":
            score[better] = v[better]
        else:
            score += np.where(np.isfinite(v), v, 0.0)
        best_r[better] = pair_rad[k][better]
        from_id[better] = a
        to_id[better] = b
    score[~np.isfinite(score)] = 0.0 if only_positive else np.nan
    if only_positive:
        none = ~(score > 0)
        best_r[none] = np.nan
        from_id[none] = 0
        to_id[none] = 0
    score[~valid] = np.nan
    best_r[~valid] = np.nan
    from_id[~valid] = 0
    to_id[~valid] = 0
    checkpoint(cancelled, progress, 1.0)
    return BarrierResult(score, best_r, from_id, to_id, kept)


def strongest_mask(score, *, percentile=90.0, threshold=None):
    """Cells of the strongest barriers: score >= ``threshold`` if given (> 0), else score >= the
    ``percentile`` of the positive scores (Barrier Mapper maps are read by their top values;
    McRae et al. 2012). Returns (mask, cut-off used); an all-False mask when no score is positive."""
    s = np.asarray(score, dtype=np.float64)
    pos = s[np.isfinite(s) & (s > 0)]
    if pos.size == 0:
        return np.zeros(s.shape, bool), np.nan
    if threshold is not None and threshold > 0:
        cut = float(threshold)
    else:
        if not 0 <= percentile <= 100:
            raise ValueError("percentile must be between 0 and 100")
        cut = float(np.percentile(pos, percentile))
    with np.errstate(invalid="ignore"):
        return np.isfinite(s) & (s > 0) & (s >= cut), cut
