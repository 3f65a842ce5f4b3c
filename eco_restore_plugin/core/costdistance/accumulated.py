"""Accumulated cost, allocation and back-links from sources (MCR; GRASS r.cost), and least-cost path
tracing (GRASS r.drain).
"""

import numpy as np

from .._progress import checkpoint
from .graph import (
    CostDistanceResult, CostGraph, NEIGHBOUR_OFFSETS, NO_LINK, _factors, _source_cells, step_length,
)
from .buckets import delta_cost_distance
from .sweep import sweep_cost_distance

__all__ = ["cost_distance", "trace_path", "path_length", "round_like_grass"]


def cost_distance(cost, sources, *, knight=False, cellsize=1.0, units="map", max_cost=None,
                  graph=None, progress=None, cancelled=None, method=None):
    """Accumulated cost from the nearest source, with allocation and back-links.

    Method: minimum cumulative resistance (MCR; Knaapen et al. 1992; METHODS.md section 2) with the
    step costs of GRASS r.cost (manual, GRASS 8.2): mean of the two cells' costs x step length,
    knight's moves with the 4-cell mean. Three solvers with the same costs:
    ``method="delta"`` (default without a prebuilt graph): a bucketed label-correcting search
    (delta-stepping, Meyer & Sanders 2003) vectorised over its frontier (see :mod:`.buckets`);
    ``method="sweep"``: repeated row/column sweeps until nothing changes (see :mod:`.sweep`; same
    costs, back-links and allocation as "delta", slower on terrain); ``method="dijkstra"`` (default
    when ``graph`` is given): Dijkstra from all sources at once.

    cost: 2-D float array, NaN = barrier/nodata.
    sources: array of the raster's shape (bool or integer labels; nonzero = source, the value is the
        allocation label; True gives label 1), or a sequence of (row, col) cells labelled 1, 2, ...
        Source cells on NaN cost are ignored; ValueError if none is left.
    knight: 16 neighbours (8 + knight's moves) instead of 8.
    cellsize: scalar or (ysize, xsize); units: "map" (cost x map distance) or "cell" (r.cost factors).
    max_cost: cells whose accumulated cost would exceed it are left unreached (NaN).
    graph: a prebuilt :class:`CostGraph` for the same cost raster (saves the build; implies Dijkstra).
    progress(fraction), cancelled(): optional callbacks; Dijkstra checks them between the build and
        the search (one uninterruptible scipy call), "delta" every 16 buckets, the sweep between
        sweep rounds.
        Cancel raises :class:`~._progress.Cancelled`.
    method: None (choose as above), "delta", "sweep" or "dijkstra". Where two sources reach a cell at
        exactly the same cost Dijkstra may allocate it differently from the other two.

    Returns :class:`CostDistanceResult` (cost, allocation, backlink).
    """
    cost = np.asarray(cost, dtype=np.float64)
    if method is None:
        method = "dijkstra" if graph is not None else "delta"
    if method not in ("delta", "sweep", "dijkstra"):
        raise ValueError("method must be 'delta', 'sweep' or 'dijkstra', not {!r}".format(method))
    if method != "dijkstra":
        return _cost_distance_sweep(cost, sources, cellsize, units, max_cost, graph, knight=knight,
                                    progress=progress, cancelled=cancelled, method=method)
    if graph is None:
        graph = CostGraph(cost, knight=knight, cellsize=cellsize, units=units)
    elif graph.shape != cost.shape:
        raise ValueError("graph was built for another raster shape")
    checkpoint(None, progress, 0.3)
    checkpoint(cancelled)
    flat, labels = _source_cells(sources, cost.shape)
    keep = graph.valid.ravel()[flat]
    flat, labels = flat[keep], labels[keep]
    dist, pred, src = graph.run(flat, max_cost)
    checkpoint(None, progress, 0.9)
    checkpoint(cancelled)
    reached = np.isfinite(dist)
    lab_of = np.zeros(cost.size, dtype=np.int64)
    lab_of[flat] = labels
    alloc = np.where(reached, lab_of[np.where(src >= 0, src, 0)], 0).reshape(cost.shape)
    dist[~reached] = np.nan
    back = graph.offsets_to_backlink(pred)
    checkpoint(None, progress, 1.0)
    return CostDistanceResult(dist.reshape(cost.shape), alloc, back)


def _cost_distance_sweep(cost, sources, cellsize, units, max_cost, graph, *, knight, progress, cancelled,
                         method):
    """cost_distance with method="delta" or "sweep" (the graph-free solvers)."""
    if cost.ndim != 2:
        raise ValueError("cost must be a 2-D array")
    if np.any(cost < 0) and np.any(np.isfinite(cost) & (cost < 0)):  # no copy in the usual case
        raise ValueError("cost must not be negative")
    _factors(cellsize, units)  # validates units / cell size
    if graph is not None and graph.shape != cost.shape:
        raise ValueError("graph was built for another raster shape")
    flat, labels = _source_cells(sources, cost.shape)
    keep = np.isfinite(cost.ravel()[flat])
    flat, labels = flat[keep], labels[keep]
    if flat.size == 0:
        raise ValueError("no source cell on valid (finite) cost")
    checkpoint(None, progress, 0.1)
    checkpoint(cancelled)
    solve = delta_cost_distance if method == "delta" else sweep_cost_distance
    D, alloc, back = solve(cost, flat, labels, cellsize, units, knight=knight, max_cost=max_cost,
                           progress=progress, cancelled=cancelled)
    return CostDistanceResult(D, alloc, back)


def trace_path(backlink, cell):
    """Least-cost path from ``cell=(row, col)`` back to its source, following back-links.

    Method: back-link (direction raster) tracing as GRASS r.drain on an r.cost direction output,
    applied to :func:`cost_distance` back-links (Knaapen et al. 1992 MCR).
    Returns a list of (row, col), starting at ``cell`` and ending at the source cell.
    An unreached cell has no back-link either and gives a one-cell path: check the cost first.
    """
    r, c = int(cell[0]), int(cell[1])
    nr, nc = backlink.shape
    path = [(r, c)]
    limit = backlink.size
    while True:
        j = int(backlink[r, c])
        if j == NO_LINK:
            return path
        dr, dc = NEIGHBOUR_OFFSETS[j]
        r, c = r + dr, c + dc
        path.append((r, c))
        if len(path) > limit:
            raise ValueError("back-link cycle")


def path_length(path, *, cellsize=1.0, units="map"):
    """Length of a cell path (list of (row, col)) as the sum of its step lengths (r.cost factors)."""
    total = 0.0
    for (r0, c0), (r1, c1) in zip(path[:-1], path[1:]):
        total += step_length((r1 - r0, c1 - c0), cellsize=cellsize, units=units)
    return total


def round_like_grass(cost):
    """Round as r.cost does for integer (CELL) input: ``int(cost + 0.5)``; NaN stays NaN.

    Method: GRASS r.cost manual / main.c output rule for CELL maps.
    """
    cost = np.asarray(cost, dtype=np.float64)
    return np.where(np.isfinite(cost), np.floor(cost + 0.5), np.nan)
