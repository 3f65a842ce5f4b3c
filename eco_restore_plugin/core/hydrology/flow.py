"""D8 flow routing: depression filling (Wang & Liu 2006 priority flood), flow direction (O'Callaghan &
Mark 1984 D8), topological order and flow accumulation.
"""

from concurrent.futures import ThreadPoolExecutor
from itertools import repeat

import numpy as np
from scipy import ndimage

from .fill import fill_sweep

__all__ = [
    "D8_CODES", "D8_OFFSETS", "D8_DIST", "outlet_cells", "fill_depressions", "flow_direction",
    "receivers_from_codes", "topological_order", "flow_accumulation",
]


#: D8 codes (ESRI) and their (drow, dcol) offsets, in this order.
D8_CODES = np.array([1, 2, 4, 8, 16, 32, 64, 128], dtype=np.uint8)


D8_OFFSETS = np.array([(0, 1), (1, 1), (1, 0), (1, -1), (0, -1), (-1, -1), (-1, 0), (-1, 1)])


D8_DIST = np.array([1.0, np.sqrt(2), 1.0, np.sqrt(2), 1.0, np.sqrt(2), 1.0, np.sqrt(2)])


def _shift_index(shape, dr, dc):
    """(src, dst) flat index pairs of every cell and its (dr, dc) neighbour inside the grid."""
    rows, cols = shape
    r0, r1 = max(0, -dr), rows - max(0, dr)
    c0, c1 = max(0, -dc), cols - max(0, dc)
    idx = np.arange(rows * cols).reshape(shape)
    return idx[r0:r1, c0:c1].ravel(), idx[r0 + dr:r1 + dr, c0 + dc:c1 + dc].ravel()


def _as_mask(dem, mask):
    dem = np.asarray(dem, dtype=np.float64)
    m = ~np.isfinite(dem)
    if mask is not None:
        m |= np.asarray(mask, bool)
    return dem, m


def outlet_cells(mask):
    """Valid cells on the grid edge or 8-adjacent to a masked cell (where water can leave)."""
    mask = np.asarray(mask, bool)
    near = ndimage.binary_dilation(mask, structure=np.ones((3, 3), bool))
    edge = np.zeros(mask.shape, bool)
    edge[0, :] = edge[-1, :] = edge[:, 0] = edge[:, -1] = True
    return (near | edge) & ~mask


def _pointer_max(values, parent, root_mask=None):
    """Max of ``values`` along the parent chain of every node (pointer doubling, log depth)."""
    val = values.copy()
    p = parent.copy()
    while True:
        pp = p[p]
        np.maximum(val, val[p], out=val)
        if np.array_equal(pp, p):
            break
        p = pp
    return val


def fill_depressions(dem, *, mask=None, cancelled=None):
    """Fill every depression to its spill elevation, so that every cell drains to an outlet.

    The filled elevation of a cell is the lowest possible maximum elevation on a path from the
    cell to an outlet (grid edge or masked cell): the result of the priority-flood algorithm
    (Barnes, Lehman & Mulla 2014, Computers & Geosciences 62: 117-127; Planchon & Darboux 2001).
    It is computed without a per-cell loop by directional sweeps that lower a surface from +inf
    (:mod:`.fill`: exact minimax, no epsilon, 32 bytes a cell). Filled depressions are exactly
    flat: :func:`flow_direction` routes flow across flats.

    ``dem``: 2-D array; NaN and ``mask`` (True = no data) cells are left as they are.
    ``cancelled``: optional callable, checked between sweep rounds (raises
    :class:`~.._progress.Cancelled`). Returns a float64 array with ``filled >= dem`` on valid cells.
    """
    dem, m = _as_mask(dem, mask)
    out = dem.copy()
    if not (~m).any():
        return out
    F = fill_sweep(dem, m, outlet_cells(m), cancelled=cancelled)
    ok = ~m & np.isfinite(F)
    out[ok] = F[ok]
    return out


def flow_direction(dem, *, mask=None):
    """D8 flow direction (O'Callaghan & Mark 1984) with flats routed to their outlet.

    Each valid cell drains to the 8-neighbour with the steepest drop ``(z - z_n) / distance``.
    Outlet cells (grid edge, next to a masked cell) drain out of the grid. Cells with no lower
    neighbour (flats left by :func:`fill_depressions`, lakes) drain along the shortest path
    (breadth-first search over equal-elevation neighbours) to the nearest flat cell that has a
    downslope neighbour (a simplified flat resolution after Garbrecht & Martz 1997). Cells that
    still have no way out (an unfilled pit) get no direction (receiver -1, code 0) and are sinks.

    Returns ``(codes, receiver)``: uint8 ESRI D8 codes (0 = masked or sink) and the flat index of
    the receiving cell (-1 = leaves the grid, masked, or sink).
    """
    dem, m = _as_mask(dem, mask)
    shape = dem.shape
    n = dem.size
    z = np.where(m, np.inf, dem)
    rows, cols = shape
    best = np.zeros(shape)
    bestk = np.full(shape, -1, dtype=np.int8)
    # the steepest drop by bands of rows (small temporaries), the bands on two threads (numpy's loops
    # release the GIL): every cell compares its 8 drops in the same order, so the result is the same
    starts = range(0, rows, _BAND)
    ends = [min(r + _BAND, rows) for r in starts]
    if len(ends) > 1:
        with ThreadPoolExecutor(2) as pool:
            list(pool.map(_steepest_band, repeat(z), repeat(best), repeat(bestk), starts, ends))
    else:
        _steepest_band(z, best, bestk, 0, rows)
    del best
    valid = ~m
    outl = outlet_cells(m)
    # outlets: point to the first off-grid / masked neighbour (cardinal first)
    orr, occ = np.nonzero(outl)
    ok_ = np.full(orr.size, -1, dtype=np.int64)
    for k in (0, 2, 4, 6, 1, 3, 5, 7):
        dr, dc = D8_OFFSETS[k]
        r2, c2 = orr + dr, occ + dc
        off = (r2 < 0) | (r2 >= rows) | (c2 < 0) | (c2 >= cols)
        off[~off] = m[r2[~off], c2[~off]]
        ok_[off & (ok_ < 0)] = k
    rec = np.full(n, -1, dtype=np.int64)
    down = valid & ~outl & (bestk >= 0)
    codes = np.zeros(shape, dtype=np.uint8)
    # receivers by bands of rows (temporaries of a band, not of the grid): (r + dr) * cols + (c + dc)
    step = D8_OFFSETS[:, 0] * cols + D8_OFFSETS[:, 1]
    flat_down, flat_k, flat_codes = down.ravel(), bestk.ravel(), codes.ravel()
    for r0 in range(0, rows, _BAND * 8):
        lo, hi = r0 * cols, min(rows, r0 + _BAND * 8) * cols
        idx = np.flatnonzero(flat_down[lo:hi])
        kk = flat_k[lo:hi][idx].astype(np.int64)
        idx += lo
        rec[idx] = idx + step[kk]
        flat_codes[idx] = D8_CODES[kk]
    del idx, kk
    codes[orr, occ] = D8_CODES[ok_]
    # flats: valid, not an outlet, no lower neighbour
    flat = valid & ~outl & (bestk < 0)
    if flat.any():
        fl, p = _flat_predecessors(z, flat, valid)
        ok = p >= 0
        fl, p = fl[ok], p[ok]
        rec[fl] = p
        dr = p // shape[1] - fl // shape[1]
        dc = p % shape[1] - fl % shape[1]
        lut = {(int(a), int(b)): D8_CODES[k] for k, (a, b) in enumerate(D8_OFFSETS)}
        code_lut = np.zeros((3, 3), dtype=np.uint8)
        for (a, b), c in lut.items():
            code_lut[a + 1, b + 1] = c
        codes.ravel()[fl] = code_lut[dr + 1, dc + 1]
    return codes, rec


#: rows of a band of :func:`_steepest_band`
_BAND = 128


def _steepest_band(z, best, bestk, r0, r1):
    """Rows ``r0:r1`` of :func:`flow_direction`'s D8 scan: ``best`` (the steepest drop, from 0) and
    ``bestk`` (its neighbour ``k``, -1 if none is lower), in place; the neighbours in ``D8_OFFSETS`` order,
    the first of equal drops kept (O'Callaghan & Mark 1984)."""
    rows, cols = z.shape
    for k, (dr, dc) in enumerate(D8_OFFSETS):
        # the cells whose (dr, dc) neighbour is inside the grid (off the grid the drop is -inf: never best)
        a, b = max(r0, -dr), min(r1, rows - max(0, dr))
        if a >= b:
            continue
        here = (slice(a, b), slice(max(0, -dc), cols - max(0, dc)))
        there = (slice(a + dr, b + dr), slice(max(0, dc), cols + min(0, dc)))
        with np.errstate(invalid="ignore"):
            drop = np.subtract(z[here], z[there])
            if k % 2:                              # diagonal (x / 1.0 == x: the cardinal drops are not divided)
                np.divide(drop, D8_DIST[k], out=drop)
        better = np.greater(drop, best[here])
        np.copyto(best[here], drop, where=better)  # masked copies: no gather / scatter of the selected cells
        np.copyto(bestk[here], k, where=better)


#: the 8 neighbours in the order scipy's undirected breadth-first search (on the graph that
#: :func:`_flat_predecessors` describes) meets them: the cell's row of the graph (the neighbours after it in
#: the grid, by flat index), then its column of the graph (the neighbours before it, by flat index)
_BFS_OFFSETS = ((0, 1), (1, -1), (1, 0), (1, 1), (-1, -1), (-1, 0), (-1, 1), (0, -1))


def _flat_predecessors(z, flat, valid):
    """Breadth-first routing of the flat cells (Garbrecht & Martz 1997, simplified): ``(fl, pred)``,
    the flat cells (flat indices, ascending) and the cell each one drains to (-1: no way out).

    The graph joins a flat cell to each valid 8-neighbour at the same elevation, and a virtual root
    to every non-flat cell next to such a flat cell (the seeds, where the flats drain). The search
    is ``scipy.sparse.csgraph.breadth_first_order(graph, root, directed=False)`` on that graph,
    done level by level with arrays: a cell is found by the first cell of the queue that reaches
    it, the queue in the order of discovery and every cell's neighbours in the order of
    :data:`_BFS_OFFSETS`, so the predecessors are the same, without building the sparse graph.
    ``z``, ``flat``, ``valid``: 2-D (elevation, flat cells, valid cells).
    """
    rows, cols = z.shape
    drains = valid & ~flat
    # seeds: drain cells with a flat 8-neighbour at the same elevation
    seed = np.zeros(z.shape, bool)
    for dr, dc in D8_OFFSETS:
        here = (slice(max(0, -dr), rows - max(0, dr)), slice(max(0, -dc), cols - max(0, dc)))
        there = (slice(max(0, dr), rows + min(0, dr)), slice(max(0, dc), cols + min(0, dc)))
        seed[here] |= flat[there] & (z[here] == z[there])
    seed &= drains
    # the search runs on the grid padded with a ring of invalid cells (no bounds checks)
    W = cols + 2

    def padded(a, fill):
        out = np.full((rows + 2, W), fill, dtype=a.dtype)
        out[1:-1, 1:-1] = a
        return out.ravel()

    zp, flatp = padded(z, np.inf), padded(flat, False)
    open_ = padded(valid, False)                       # valid and not found yet
    frontier = np.flatnonzero(padded(seed, False))     # ascending = the root's neighbours in order
    del seed, drains
    offs = np.array([dr * W + dc for dr, dc in _BFS_OFFSETS], dtype=np.int64)

    def cell(q):                                       # padded -> grid index
        return (q // W - 1) * cols + (q % W - 1)

    pred = np.full(rows * cols, -1, dtype=np.int64)
    open_[frontier] = False
    while frontier.size:
        nb = frontier[:, None] + offs[None, :]         # (queue position, neighbour order)
        ok = open_[nb] & (zp[nb] == zp[frontier][:, None]) & (flatp[frontier][:, None] | flatp[nb])
        pos = np.flatnonzero(ok)
        if not pos.size:
            break
        c = nb.ravel()[pos]
        first = np.unique(c, return_index=True)[1]
        first.sort()
        nxt = c[first]
        pred[cell(nxt)] = cell(frontier[pos[first] // offs.size])
        open_[nxt] = False
        frontier = nxt
    fl = np.flatnonzero(flat)
    return fl, pred[fl]


def receivers_from_codes(codes, *, mask=None):
    """Flat receiver indices from ESRI D8 ``codes`` (-1 where the flow leaves the grid/valid area)."""
    codes = np.asarray(codes)
    shape = codes.shape
    rows, cols = np.indices(shape)
    rec = np.full(codes.size, -1, dtype=np.int64)
    m = np.zeros(shape, bool) if mask is None else np.asarray(mask, bool)
    for k, c in enumerate(D8_CODES):
        sel = codes == c
        r2 = rows[sel] + D8_OFFSETS[k, 0]
        c2 = cols[sel] + D8_OFFSETS[k, 1]
        inside = (r2 >= 0) & (r2 < shape[0]) & (c2 >= 0) & (c2 < shape[1])
        tgt = np.where(inside, r2 * shape[1] + c2, -1)
        ok = inside.copy()
        ok[inside] = ~m.ravel()[tgt[inside]]
        rec[np.flatnonzero(sel.ravel())] = np.where(ok, tgt, -1)
    return rec


#: a front of more than 1/_BIG_FRONT of the cells is handled with one bincount over the grid
_BIG_FRONT = 16


def topological_order(receiver):
    """Cells ordered from upstream to downstream (Kahn in-degree peeling, vectorised by fronts).

    Returns a list of index arrays (fronts); every cell appears after all cells draining to it.
    Cells on a flow cycle (impossible for :func:`flow_direction` output) are left out.
    Method: Kahn (1962, Commun. ACM 5: 558-562) topological sort of the D8 receiver graph.
    """
    rec = np.asarray(receiver, dtype=np.int64)
    n = rec.size
    has = rec >= 0
    indeg = np.bincount(rec[has], minlength=n)
    front = np.flatnonzero(indeg == 0)
    fronts = []
    while front.size:
        fronts.append(front)
        r = rec[front]
        r = r[r >= 0]
        if not r.size:
            break
        # = np.subtract.at(indeg, r, 1); front = the receivers whose in-degree fell to 0, ascending
        if r.size > n // _BIG_FRONT:
            cnt = np.bincount(r, minlength=n)
            indeg -= cnt
            front = np.flatnonzero((cnt > 0) & (indeg == 0))
        else:
            r, cnt = np.unique(r, return_counts=True)
            indeg[r] -= cnt
            front = r[indeg[r] == 0]
    return fronts


def flow_accumulation(receiver, *, weights=None, fronts=None):
    """Flow accumulation (O'Callaghan & Mark 1984): number of cells (or sum of ``weights``)
    draining through each cell, the cell itself included.

    ``receiver``: flat receiver array (:func:`flow_direction`); ``weights``: optional array of
    the same size (e.g. runoff, or 0 on masked cells). Computed front by front in topological
    order with fancy-index additions (the sums of ``np.add.at``, no per-cell loop). Returns a flat float64 array.
    """
    rec = np.asarray(receiver, dtype=np.int64)
    acc = np.ones(rec.size) if weights is None else np.asarray(weights, np.float64).ravel().copy()
    if fronts is None:
        fronts = topological_order(rec)
    for front in fronts:
        r = rec[front]
        ok = r >= 0
        if not ok.any():
            continue
        r, vals = r[ok], acc[front[ok]]
        if weights is None and r.size > rec.size // _BIG_FRONT:
            # cell counts: sums of whole numbers, exact in any order (the same values as in order)
            acc += np.bincount(r, weights=vals, minlength=rec.size)
        else:
            _add_in_order(acc, r, vals)
    return acc


def _add_in_order(acc, idx, vals):
    """``np.add.at(acc, idx, vals)`` bitwise (a repeated index gets its values added one after another, in
    their order), done as a few fancy-index additions of distinct indices (the first value of every index,
    then the second ...): numpy's ``ufunc.at`` is slow."""
    if idx.size < 2:
        acc[idx] += vals
        return
    order = np.argsort(idx, kind="stable")
    si = idx[order]
    first = np.empty(si.size, bool)
    first[0] = True
    np.not_equal(si[1:], si[:-1], out=first[1:])
    if first.all():
        acc[idx] += vals
        return
    start = np.flatnonzero(first)
    rank = np.arange(si.size) - np.repeat(start, np.diff(np.append(start, si.size)))
    sv = vals[order]
    for k in range(int(rank.max()) + 1):
        sel = rank == k
        acc[si[sel]] += sv[sel]
