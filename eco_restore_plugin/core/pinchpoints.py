"""Pinch points: circuit-theory current inside least-cost corridors (Linkage Mapper Pinchpoint Mapper).

Method: METHODS.md section 2 ("Pinch points = high current density inside corridors"); McRae et al. 2008
(Ecology 89: 2712-2724, circuit theory); McRae 2012, Pinchpoint Mapper, Linkage Mapper Connectivity
Analysis Software (The Nature Conservancy): Circuitscape is run on the resistance raster clipped to the
least-cost corridors (normalized least-cost corridor ``CWD_A + CWD_B - LCD`` <= a cut-off width, in cost
units), either for every pair of adjacent sources (1 A between the pair) or in all-to-one mode (each
source grounded in turn, 1 A injected into every other one); pinch points are the corridor cells where
the current is highest.

Own choices, documented: each source patch is a short-circuit region (one node of zero resistance,
Circuitscape polygons), so all adjacent pairs come from N-1 solves on one graph (:func:`circuit.pairwise`
superposition); the corridor network is the mosaic of all corridors (normalized <= cut-off), so current
of one pair may use a neighbouring corridor; the current map is the sum over pairs (Circuitscape
cumulative current); pinch-point cells are corridor cells (source cells excluded) whose current is at or
above the given percentile of the corridor cells' current, grouped into 8-connected patches.
"""
from collections import namedtuple

import numpy as np
from scipy import ndimage

from . import circuit
from . import corridors as cor
from ._progress import checkpoint, sub_progress

__all__ = ["PinchPatch", "PinchResult", "corridor_mask", "pinch_points"]

PinchPatch = namedtuple("PinchPatch", "label cells max_current mean_current peak from_id to_id")
PinchPatch.__doc__ = """One pinch-point patch: ``label`` (value in ``PinchResult.patches``), ``cells``
(count), ``max_current`` / ``mean_current`` (A), ``peak`` (row, col) of the highest current, ``from_id`` /
``to_id``: the source pair whose current is highest at the peak (all-to-one: ``from_id`` None, ``to_id``
the grounded source)."""


class PinchResult(object):
    """``current`` (2-D, A; 0 outside the corridors), ``corridor`` (bool mask, corridor cells incl. sources),
    ``threshold`` (A), ``patches`` (int label raster, 0 = none), ``pinch`` (list of :data:`PinchPatch`,
    highest current first), ``pairs`` (solved source pairs), ``resistance`` (dict pair -> effective
    resistance of the corridor network, inf = not connected inside the corridors), ``disconnected``
    (pairs without a corridor path), ``n_solves``, ``solver``."""


def corridor_mask(normalized, cutoff, sources):
    """Corridor cells: ``normalized <= cutoff`` (Linkage Mapper corridor width), plus the source cells.

    Method: McRae & Kavanagh 2011 (Linkage Mapper) normalized least-cost corridor cut at a width.
    """
    nrm = np.asarray(normalized, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        m = np.isfinite(nrm) & (nrm <= float(cutoff))
    return m | (np.asarray(sources) > 0)


def pinch_points(resistance, sources, *, cutoff, normalized=None, mode="adjacent", pairs=None,
                 percentile=95.0,
                 four_neighbors=False, avg_resistance=True, cellsize=1.0, progress=None, cancelled=None,
                 scratch=None):
    """Pinch points of the corridors between sources (McRae 2012 Pinchpoint Mapper; McRae et al. 2008).

    resistance: 2-D resistance (NaN / <= 0 = not a node; negative values refused). sources: integer label
    raster (0 = none). cutoff: corridor width in cost units (cells with normalized corridor value <= cutoff).
    normalized: the normalized least-cost corridor raster (e.g. from :func:`corridors.least_cost_corridors`
    or the ``leastcostcorridors`` algorithm); None = computed here for the adjacent pairs. mode:
    "adjacent" (1 A between each pair of adjacent sources; pairs from cost allocation, or ``pairs``) or
    "all_to_one" (Circuitscape all-to-one among the sources). percentile: pinch-point cells are corridor
    cells (not sources) with current >= this percentile of the corridor cells' current (95 = top 5 %).
    cellsize: map units per cell for the cost distances (the circuit itself ignores it, as Circuitscape).
    scratch: folder for the per-source cost distances when the corridors are computed here (see
    :func:`corridors.least_cost_corridors`) and for the sources' potentials of the circuit
    (:func:`circuit.pairwise`); None keeps them in memory (which then grows with the number of sources).
    Returns :class:`PinchResult`; raises ValueError on bad input, :class:`~._progress.Cancelled` on cancel.
    """
    res_arr = np.asarray(resistance, dtype=np.float64)
    labels = np.asarray(sources)
    labels = np.where(np.isfinite(labels), labels, 0).astype(np.int64) if labels.dtype.kind == "f" else \
        labels.astype(np.int64, copy=False)          # (the caller's array is never changed)
    if res_arr.shape != labels.shape:
        raise ValueError("resistance and sources must have the same shape")
    if np.any(res_arr[np.isfinite(res_arr)] < 0):
        raise ValueError("negative resistance")
    if not 0.0 < float(percentile) < 100.0:
        raise ValueError("percentile must be between 0 and 100")
    if mode not in ("adjacent", "all_to_one"):
        raise ValueError("mode must be 'adjacent' or 'all_to_one'")
    valid = np.isfinite(res_arr) & (res_arr > 0)
    if (labels < 0).any():
        labels = np.where(labels > 0, labels, 0)
    ids = [int(v) for v in np.unique(labels[(labels > 0) & valid])]
    if len(ids) < 2:
        raise ValueError("need at least two sources on cells with a valid resistance")

    cost = np.where(valid, res_arr, np.nan)
    if mode == "adjacent" and pairs is None:
        pair_list = cor.named_pairs(cost, labels, which="adjacent", cellsize=cellsize)
    elif mode == "adjacent":
        pair_list = sorted({tuple(sorted((int(a), int(b)))) for a, b in pairs})
    else:
        pair_list = [(a, b) for k, a in enumerate(ids) for b in ids[k + 1:]]
    if not pair_list:
        raise ValueError("no pair of adjacent sources: their cost allocation zones do not touch")
    checkpoint(cancelled)
    computed = normalized is None
    if computed:
        cr = cor.least_cost_corridors(cost, labels, pairs=pair_list, cellsize=cellsize,
                                      progress=sub_progress(progress, 0.0, 0.4),
                                      cancelled=cancelled, scratch=scratch)
        normalized = cr.normalized
        cr = None
    cost = None
    nrm = np.asarray(normalized, dtype=np.float64)
    if nrm.shape != res_arr.shape:
        raise ValueError("the normalized corridor raster must have the shape of the resistance raster")
    mask = corridor_mask(nrm, cutoff, labels) & valid
    if not (mask & (labels == 0)).any():
        raise ValueError("no corridor cell: the cut-off width is too small for the normalized corridors")

    hab = np.where(mask, res_arr, np.nan)
    graph = circuit.build_graph(hab, is_resistance=True, polygons=labels, four_neighbors=four_neighbors,
                                avg_resistance=avg_resistance)
    hab = None                         # the graph holds what the solves need
    # the maps are made on the network's cells and the sources' only (1-D, memory following the corridors;
    # equal to the whole-grid maps there bit for bit): every other cell carries no current
    cells = np.flatnonzero((graph.node_of_cell >= 0) | (labels.ravel() > 0))
    out = PinchResult()
    out.corridor = mask
    out.pairs = pair_list
    out.resistance = {}
    best = np.zeros(cells.size)
    who = np.full(cells.size, -1, dtype=np.int32)     # index of the pair (or source) with the largest current
    keys = []
    prog = sub_progress(progress, 0.4 if computed else 0.0, 0.95)
    if mode == "adjacent":
        def keep(i, j, cur, volt):
            k = len(keys)
            keys.append((i, j))
            upd = cur > best
            best[upd] = cur[upd]
            who[upd] = k

        pr = circuit.pairwise(graph, labels, pairs=pair_list, cum_map=True, pair_callback=keep,
                              progress=prog, cancelled=cancelled, map_cells=cells, scratch=scratch)
        current = pr.cum_current
        for i, j in pair_list:
            if i in ids and j in ids:
                out.resistance[(i, j)] = float(pr.r(i, j))
            else:
                out.resistance[(i, j)] = np.inf
        out.disconnected = [p for p, r in out.resistance.items() if not np.isfinite(r)]
        out.n_solves, out.solver = pr.n_solves, pr.solver
    else:
        def keep_one(i, cur, volt):        # each source's maps as they come, none kept
            k = len(keys)
            keys.append((None, i))
            upd = cur > best
            best[upd] = cur[upd]
            who[upd] = k

        fr = circuit.all_to_one(graph, labels, maps=False, progress=prog, cancelled=cancelled, map_cells=cells,
                                map_callback=keep_one)
        current = fr.cum_current
        out.disconnected = [(None, int(i)) for i, r in zip(fr.ids.tolist(), fr.resistance) if not np.isfinite(r)]
        out.n_solves, out.solver = fr.n_solves, fr.solver
    graph = pr = fr = None
    flat = np.zeros(res_arr.size)
    flat[cells] = current
    current = flat.reshape(res_arr.shape)
    flat = None
    current[~mask] = 0.0
    out.current = current

    corr = mask & (labels == 0)
    vals = current[corr]
    out.threshold = float(np.percentile(vals, percentile)) if vals.size else np.inf
    hot = corr & (current >= out.threshold) & (current > 0)
    lab, n = ndimage.label(hot, structure=np.ones((3, 3), dtype=bool))
    out.patches = lab
    out.pinch = []
    if n:
        idx = np.arange(1, n + 1)
        cnt = np.bincount(lab.ravel(), minlength=n + 1)[1:]
        mean = ndimage.mean(current, lab, idx)
        peaks = ndimage.maximum_position(current, lab, idx)
        for k in range(n):
            r, c = (int(v) for v in peaks[k])
            at = int(np.searchsorted(cells, r * res_arr.shape[1] + c))
            w = int(who[at]) if at < cells.size and cells[at] == r * res_arr.shape[1] + c else -1
            a, b = keys[w] if w >= 0 else (None, None)
            out.pinch.append(PinchPatch(int(idx[k]), int(cnt[k]), float(current[r, c]), float(mean[k]), (r, c),
                                        a, b))
        out.pinch.sort(key=lambda p: -p.max_current)
    checkpoint(cancelled, progress, 1.0)
    return out
