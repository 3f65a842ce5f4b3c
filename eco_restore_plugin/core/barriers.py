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
import mmap
import os
from collections import namedtuple

import numpy as np
import scipy.sparse as sp
from scipy import ndimage
from scipy.sparse.csgraph import reverse_cuthill_mckee

from . import corridors
from . import costdistance as cd
from ._progress import Steps, checkpoint
from .circuit.settings import _default_workers
from .circuit.solvers import _with_forked_child

__all__ = ["disk_minimum", "barrier_improvement", "BarrierResult", "strongest_mask"]

#: rasters with at least this many cells get their per-source cost distances from two processes (POSIX fork)
PARALLEL_MIN_CELLS = 1000000

BarrierResult = namedtuple("BarrierResult", "score best_radius from_id to_id pairs")
BarrierResult.__doc__ = """Result of :func:`barrier_improvement`.

score: float raster of the improvement score (IS/(2R) or IS), NaN where the resistance is nodata.
best_radius: radius (map units) giving the score at each cell (NaN where the score is 0 or NaN).
from_id, to_id: the source pair giving the largest score at the cell (0 where none).
pairs: list of (a, b, lcd) of the pairs used.
"""


def disk_minimum(values, *, radius_cells, overwrite=False):
    """Minimum of ``values`` over a circular window (cells whose centre is within ``radius_cells``
    of the centre cell); NaN and cells outside the raster count as +inf. ``overwrite``: ``values`` (float64)
    may be changed (its NaN set to +inf) instead of copied.

    Decomposed into one 1-D minimum filter per window row (a disk is a stack of horizontal runs),
    so the cost grows with the radius, not its square. Used by the Barrier Mapper window
    (McRae et al. 2012).
    """
    a = np.asarray(values, dtype=np.float64)
    if overwrite and a is values:
        a[np.isnan(a)] = np.inf
    else:
        a = np.where(np.isnan(a), np.inf, a)
    k = int(np.floor(radius_cells))
    rows = a.shape[0]
    out = np.full(a.shape, np.inf)
    by_width = {}
    for dy in range(-k, k + 1):
        w = int(np.floor(np.sqrt(max(radius_cells * radius_cells - dy * dy, 0.0)) + 1e-9))
        by_width.setdefault(w, []).append(dy)
    # one row-filtered array alive at a time (the minimum is exact, so the order does not matter)
    for w, dys in by_width.items():
        m = ndimage.minimum_filter1d(a, 2 * w + 1, axis=1, mode="constant", cval=np.inf)
        for dy in dys:  # out[r] = min(out[r], m[r + dy])
            if dy >= 0:
                if dy < rows:
                    np.minimum(out[:rows - dy], m[dy:], out=out[:rows - dy])
            elif -dy < rows:
                np.minimum(out[-dy:], m[:rows + dy], out=out[-dy:])
        m = None
    return out


def barrier_improvement(cost, sources, *, radii, cellsize=1.0, restored_resistance=1.0, pairs="adjacent",
                        max_lcd=None, aggregate="max", per_length=True, only_positive=True,
                        progress=None, cancelled=None, scratch=None):
    """Barrier Mapper improvement score (McRae et al. 2012; Linkage Mapper Barrier Mapper).

    cost: 2-D resistance (NaN = barrier/nodata). sources: integer label raster (0 = none).
    radii: window radii in map units (each > 0). cellsize: square cell size in map units.
    restored_resistance: resistance of a restored cell (L' = 2R x restored_resistance).
    pairs: "adjacent" (cost-allocation zones touch, Linkage Mapper), "all" (every pair, use with
    ``max_lcd``) or a list of (a, b). max_lcd: drop pairs whose LCD is larger.
    aggregate: "max" or "sum" over pairs (over radii always the maximum).
    per_length: report IS / (2R) (default) instead of IS. only_positive: negative scores -> 0.
    progress(fraction), cancelled(): optional callbacks; raises :class:`~._progress.Cancelled` on cancel.
    scratch: folder for the per-source cost distances (:class:`costdistance.CostStore`; None = in memory).
    Memory: the window minima of only the sources whose pairs are pending are held (pairs taken in a
    reverse Cuthill-McKee order of the sources), so with ``scratch`` it does not grow with the number of
    sources (the "sum" option keeps each pair's best score and radius beside the cost distances).
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
    if labels.dtype.kind in "iu" and labels.size and -2 ** 31 < labels.min() and labels.max() < 2 ** 31:
        labels = labels.astype(np.int32)      # a copy in half the memory of int64 (the caller's is kept)
        labels[~valid] = 0
    else:
        labels = np.where(valid, labels, 0)
    ids = [int(v) for v in np.unique(labels) if v != 0]
    if len(ids) < 2:
        raise ValueError("need at least two sources on valid resistance cells")
    if radii[-1] / cellsize < 0.5:
        raise ValueError("the largest radius is smaller than half a cell")

    store = cd.CostStore(scratch)
    try:
        return _barriers(cost, labels, ids, valid, store, radii=radii, cellsize=cellsize,
                         restored_resistance=restored_resistance, pairs=pairs, max_lcd=max_lcd, aggregate=aggregate,
                         per_length=per_length, only_positive=only_positive, progress=progress, cancelled=cancelled)
    finally:
        store.close()


def _barriers(cost, labels, ids, valid, store, *, radii, cellsize, restored_resistance, pairs, max_lcd, aggregate,
              per_length, only_positive, progress, cancelled):
    """:func:`barrier_improvement` once its arguments are checked; the cost distances go to ``store``."""
    if pairs == "adjacent" and _parallel(cost.size):
        # the allocation (which pairs are adjacent) runs beside the sources' cost distances
        steps = Steps(len(ids) + 1 + len(radii) * len(ids), progress, cancelled)
        steps.check()
        found = []

        def first():
            found.extend(corridors.named_pairs(cost, labels, which=pairs, cellsize=cellsize))
            steps.step()
        _cost_distances(cost, labels, ids, cellsize, steps, store, cancelled=cancelled, first=first)
        pair_list = found
        used = sorted({v for p in pair_list for v in p})
    else:
        if isinstance(pairs, str):
            pair_list = corridors.named_pairs(cost, labels, which=pairs, cellsize=cellsize)
        else:
            pair_list = sorted({tuple(sorted((int(a), int(b)))) for a, b in pairs})
        used = sorted({v for p in pair_list for v in p})
        total = len(used) + len(radii) * max(len(used), 1)
        steps = Steps(total, progress, cancelled)
        steps.check()
        _cost_distances(cost, labels, used, cellsize, steps, store, cancelled=cancelled)
    lcds = {}
    for a in sorted({p[0] for p in pair_list}):     # one read of each source's cost distance
        cwd_a = store.get(a)
        for x, b in pair_list:
            if x == a:
                vals = cwd_a[labels == b]
                vals = vals[np.isfinite(vals)]
                lcds[(a, b)] = float(vals.min()) if vals.size else None   # None: not connected
        cwd_a = None
    kept = [(a, b, lcds[(a, b)]) for a, b in pair_list
            if lcds[(a, b)] is not None and (max_lcd is None or lcds[(a, b)] <= max_lcd)]

    shape = cost.shape
    if aggregate == "max":
        score, best_r, from_id, to_id = _best_over_pairs(store, kept, used, radii, cellsize, restored_resistance,
                                                         per_length, only_positive, steps, shape)
    else:
        score, best_r, from_id, to_id = _sum_over_pairs(store, kept, used, radii, cellsize, restored_resistance,
                                                        per_length, only_positive, steps, shape)
    score[~valid] = np.nan
    best_r[~valid] = np.nan
    from_id[~valid] = 0
    to_id[~valid] = 0
    checkpoint(cancelled, progress, 1.0)
    return BarrierResult(score, best_r, from_id, to_id, kept)


def _improvement(mins_a, mins_b, lcd, R, restored_resistance, per_length):
    """IS = LCD - (min CWD_A + min CWD_B + 2R x restored resistance) (McRae et al. 2012), -inf where not
    finite, per unit restored length (/ 2R) if asked."""
    with np.errstate(invalid="ignore"):        # lcd - ((a + b) + 2R r), in place: one raster, the same values
        imp = np.add(mins_a, mins_b)
        imp += 2.0 * R * restored_resistance
        np.subtract(lcd, imp, out=imp)
    imp[~np.isfinite(imp)] = -np.inf
    if per_length:
        imp /= 2.0 * R
    return imp


def _best_over_pairs(store, kept, used, radii, cellsize, restored_resistance, per_length, only_positive, steps,
                     shape):
    """Maximum of the improvement score over pairs and radii (Barrier Mapper, McRae et al. 2012), streamed.

    Per cell the best value V, its pair index K (-1 = none) and radius index are kept while the (radius,
    pair) scores arrive; a score replaces the best when larger, or equal and of an earlier pair: the first
    pair in ``kept`` with the largest score and, for it, the first radius reaching it, as the per-pair
    arrays did (best over radii per pair, then over pairs with ties to the earlier pair), without one
    float raster per pair. On a large raster (POSIX, two workers) the lower half of the rows is done by a
    forked child (each half with a halo of the largest window radius: the same values). Returns (score,
    best_radius, from_id, to_id) before the nodata mask."""
    rows = shape[0]
    halo = int(np.floor(radii[-1] / cellsize)) + 1
    mid = rows // 2
    if rows < 2 * halo + 2 or not _parallel(int(np.prod(shape))) or not kept:
        V, K, RI = _stream_block(store, (0, rows, shape[1]), kept, used, radii, cellsize, restored_resistance, per_length,
                                 steps)
    else:
        nb = (rows - mid) * shape[1]
        buf = mmap.mmap(-1, 14 * nb)
        sv = np.frombuffer(buf, dtype=np.float64, count=nb).reshape(rows - mid, shape[1])
        sk = np.frombuffer(buf, dtype=np.int32, count=nb, offset=8 * nb).reshape(sv.shape)
        sr = np.frombuffer(buf, dtype=np.int16, count=nb, offset=12 * nb).reshape(sv.shape)
        lo = mid - halo

        def child():
            v, k, r = _stream_block(store, (lo, rows, shape[1]), kept, used, radii, cellsize, restored_resistance,
                                    per_length, None)
            sv[...], sk[...], sr[...] = v[halo:], k[halo:], r[halo:]

        top = []

        def parent():
            top.extend(_stream_block(store, (0, mid + halo, shape[1]), kept, used, radii, cellsize, restored_resistance,
                                     per_length, steps))

        def redo():
            top[:] = _stream_block(store, (0, rows, shape[1]), kept, used, radii, cellsize, restored_resistance, per_length,
                                   None)

        if _with_forked_child(child, parent, redo):
            V, K, RI = (np.concatenate([t[:mid], x]) for t, x in zip(top, (sv, sk, sr)))
        else:
            V, K, RI = top
        top = sv = sk = sr = None
        buf.close()
    return _finish_best(V, K, RI, kept, radii, only_positive)


def _stream_block(store, band, kept, used, radii, cellsize, restored_resistance, per_length, steps):
    """(V, K, RI) of :func:`_best_over_pairs` on the rows ``band`` = (start, stop, columns) of the cost distances in
    ``store`` (``steps.step()`` per source and radius). The pairs come in the order of :func:`_pair_scores`: the
    result does not depend on it (the largest score wins, an equal one goes to the earlier pair of ``kept``)."""
    start, stop, ncols = band
    V = np.full((stop - start, ncols), -np.inf)
    K = np.full(V.shape, -1, dtype=np.int32)
    RI = np.zeros(V.shape, dtype=np.int16)
    for ri, k, imp in _pair_scores(store, (start, stop), kept, used, radii, cellsize, restored_resistance,
                                   per_length, steps):
        upd = imp > V
        upd |= (imp == V) & (K > k)  # K > k >= 0: an equal score of an earlier pair (never -inf: K = -1)
        V[upd] = imp[upd]
        K[upd] = k
        RI[upd] = ri
    return V, K, RI


def _pair_scores(store, rows, kept, used, radii, cellsize, restored_resistance, per_length, steps):
    """``(radius index, pair index, improvement score)`` of every radius and pair of ``kept`` on the rows
    ``rows`` = (start, stop) of the cost distances in ``store``, radius by radius, the pairs in the order of
    :func:`_pair_order`: a source's window minimum is made when its first pair comes and dropped after its last,
    so few are held at a time. ``steps.step()`` per source and radius (sources in no pair included)."""
    order, last = _pair_order(kept)
    idle = len(used) - len(last)          # sources in no kept pair: counted in the progress, nothing to do
    for ri, R in enumerate(radii):
        rc = R / cellsize
        mins = {}
        for pos, k in enumerate(order):
            a, b, lcd = kept[k]
            for s in (a, b):
                if s not in mins:
                    # a band read from its file is a fresh copy: its NaN may be overwritten
                    mins[s] = disk_minimum(store.rows(s, *rows), radius_cells=rc, overwrite=store.on_disk)
                    if steps is not None:
                        steps.step()
            yield ri, k, _improvement(mins[a], mins[b], lcd, R, restored_resistance, per_length)
            for s in (a, b):
                if last[s] == pos:
                    mins.pop(s, None)
        if steps is not None and idle:
            steps.step(idle)


def _pair_order(kept):
    """``(order, last)``: the indices of ``kept`` in the order their window minima are best made (sources in
    the reverse Cuthill-McKee order of the pair graph, a pair when its later source comes), and the position
    in ``order`` of each source's last pair. Keeps few sources' minima alive at a time."""
    if not kept:
        return [], {}
    srcs = sorted({s for a, b, _ in kept for s in (a, b)})
    at = {s: i for i, s in enumerate(srcs)}
    n = len(srcs)
    rows = [at[a] for a, b, _ in kept] + [at[b] for a, b, _ in kept]
    cols = [at[b] for a, b, _ in kept] + [at[a] for a, b, _ in kept]
    graph = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))
    rank = np.empty(n, dtype=np.int64)
    rank[reverse_cuthill_mckee(graph, symmetric_mode=True)] = np.arange(n)
    order = sorted(range(len(kept)), key=lambda k: (max(rank[at[kept[k][0]]], rank[at[kept[k][1]]]),
                                                     min(rank[at[kept[k][0]]], rank[at[kept[k][1]]]), k))
    last = {}
    for pos, k in enumerate(order):
        last[kept[k][0]] = last[kept[k][1]] = pos
    return order, last


def _id_type(kept):
    """int32 for the source-id rasters when every id of ``kept`` fits (half of int64's memory), else int64."""
    ids = [abs(int(v)) for a, b, _ in kept for v in (a, b)]
    return np.int32 if max(ids + [0]) < 2 ** 31 else np.int64


def _finish_best(V, K, RI, kept, radii, only_positive):
    """Score, best radius and pair ids from the streamed best (V, pair index K, radius index RI)."""
    has = K >= 0
    rad = np.asarray(radii, dtype=np.float64)
    best_r = np.where(has, rad[RI], np.nan)
    RI = None
    pa = np.array([p[0] for p in kept] + [0], dtype=_id_type(kept))
    pb = np.array([p[1] for p in kept] + [0], dtype=_id_type(kept))
    from_id = pa[K]  # K = -1 -> the trailing 0
    to_id = pb[K]
    K = None
    if only_positive:
        none = ~(V > 0)
        V[none] = 0.0
        best_r[none] = np.nan
        from_id[none] = 0
        to_id[none] = 0
    else:
        V[~has] = np.nan
    return V, best_r, from_id, to_id


def _sum_over_pairs(store, kept, used, radii, cellsize, restored_resistance, per_length, only_positive, steps,
                    shape):
    """Sum over pairs of each pair's best score over radii (Barrier Mapper "sum" option, McRae et al. 2012);
    best radius and pair ids from the pair with the largest score (the first of equal ones). Each pair's best
    score and radius are kept beside the cost distances (in ``store``'s folder when it has one), the window
    minima made pair by pair as in :func:`_stream_block`; the sum is taken in the order of ``kept``."""
    best = cd.CostStore(store.folder)
    try:
        return _sum_pairs(store, best, kept, used, radii, cellsize, restored_resistance, per_length,
                          only_positive, steps, shape)
    finally:
        best.close()


def _sum_pairs(store, best, kept, used, radii, cellsize, restored_resistance, per_length, only_positive, steps,
               shape):
    for ri, k, imp in _pair_scores(store, (0, shape[0]), kept, used, radii, cellsize, restored_resistance,
                                   per_length, steps):
        if ri == 0:
            pair_best, pair_ri = np.full(shape, -np.inf), np.full(shape, -1, dtype=np.int16)
        else:
            pair_best, pair_ri = best.get("best_{}".format(k)), best.get("radius_{}".format(k))
        better = imp > pair_best
        pair_best[better] = imp[better]
        pair_ri[better] = ri
        best.put("best_{}".format(k), pair_best)
        best.put("radius_{}".format(k), pair_ri)
    rad = np.append(np.asarray(radii, dtype=np.float64), np.nan)  # index -1 -> NaN
    score = np.zeros(shape)
    best_r = np.full(shape, np.nan)
    from_id = np.zeros(shape, dtype=_id_type(kept))
    to_id = np.zeros(shape, dtype=_id_type(kept))
    top = np.full(shape, -np.inf)  # score of the pair recorded in from_id / to_id
    for k, (a, b, lcd) in enumerate(kept):
        v = best.get("best_{}".format(k))
        if only_positive:
            v = np.where(v > 0, v, 0.0)
        better = v > top
        top[better] = v[better]
        score += np.where(np.isfinite(v), v, 0.0)
        best_r[better] = rad[best.get("radius_{}".format(k))[better]]
        from_id[better] = a
        to_id[better] = b
        v = better = None
    score[~np.isfinite(score)] = 0.0 if only_positive else np.nan
    if only_positive:
        none = ~(score > 0)
        best_r[none] = np.nan
        from_id[none] = 0
        to_id[none] = 0
    return score, best_r, from_id, to_id


def _parallel(cells):
    """True when a raster of ``cells`` cells is worth a forked second process (POSIX, two workers)."""
    return cells >= PARALLEL_MIN_CELLS and hasattr(os, "fork") and _default_workers() >= 2


def _cost_distances(cost, labels, used, cellsize, steps, store, *, cancelled=None, first=None):
    """Cost-weighted distance from each source in ``used`` (GRASS r.cost rules, map units; Knaapen et al.
    1992) into ``store`` (:class:`costdistance.CostStore`); ``first()`` (optional) is run before them.

    On POSIX with two workers and at least :data:`PARALLEL_MIN_CELLS` cells, every other source is done by
    a forked child process (the same function on the same input: the same numbers as one after the other),
    which writes the store's files, or anonymous shared memory for a store in memory; ``first`` then counts
    as one of the parent's sources."""

    def one(s):
        return cd.cost_distance(cost, labels == s, cellsize=cellsize, units="map", cancelled=cancelled).cost

    if len(used) + (first is not None) < 2 or not _parallel(cost.size):
        if first is not None:
            first()
        for s in used:
            store.put(s, one(s))
            steps.step()
        return
    jobs = ([first] if first is not None else []) + list(used)
    mine, theirs = jobs[0::2], jobs[1::2]
    buf = shared = None
    if not store.on_disk:
        buf = mmap.mmap(-1, 8 * cost.size * len(theirs))
        shared = np.frombuffer(buf, dtype=np.float64).reshape((len(theirs),) + cost.shape)

    def child():
        for t, s in enumerate(theirs):
            result = cd.cost_distance(cost, labels == s, cellsize=cellsize, units="map").cost
            if shared is None:
                np.save(store.path(s), result)
            else:
                shared[t] = result
            result = None

    def parent():
        for i, s in enumerate(mine):
            if callable(s):
                s()
                if i < len(theirs):
                    steps.step()
                continue
            store.put(s, one(s))
            steps.step(2 if i < len(theirs) else 1)

    def redo():
        for s in theirs:
            store.put(s, one(s))

    if _with_forked_child(child, parent, redo) and shared is not None:
        for t, s in enumerate(theirs):
            store.put(s, shared[t])  # views on the shared buffer (freed with the last view)


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


def label_peaks(score, labels, n):
    """Flat index of the highest ``score`` of each label 1..n of ``labels`` (the first such cell in row order,
    as ``np.argmax`` of the label's scores; -1 for a label without a cell), in one pass over the raster
    instead of one per label."""
    lab = np.asarray(labels).ravel()
    idx = np.flatnonzero((lab > 0) & (lab <= n))
    out = np.full(int(n) + 1, -1, dtype=np.int64)
    if idx.size == 0:
        return out[1:]
    which = lab[idx].astype(np.int64)
    vals = np.asarray(score, dtype=np.float64).ravel()[idx]
    top = np.full(int(n) + 1, -np.inf)
    np.maximum.at(top, which, vals)
    hit = vals == top[which]
    first_lab, first_at = np.unique(which[hit], return_index=True)
    out[first_lab] = idx[hit][first_at]
    return out[1:]

