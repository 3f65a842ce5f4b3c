"""Accumulated cost by repeated directional sweeps (pushbroom, Eastman 1989) and the back-links of the
converged costs.
"""

import math

import numpy as np

from .._progress import checkpoint
from .graph import NEIGHBOUR_OFFSETS, NO_LINK, _factors, _slices, step_length


def _sweep_weights(cost, vlen, dlen):
    """Step costs between row r and row r+1 of ``cost`` (vertical, SE and SW), inf where blocked.

    The products are formed exactly as in :class:`CostGraph` ((c_from + c_to) * (0.5 * length)),
    so the sweep reproduces Dijkstra's floating-point values bit for bit.
    """
    with np.errstate(invalid="ignore"):
        wv = (cost[:-1] + cost[1:]) * (0.5 * vlen)
        wse = (cost[:-1, :-1] + cost[1:, 1:]) * (0.5 * dlen)
        wsw = (cost[:-1, 1:] + cost[1:, :-1]) * (0.5 * dlen)
    for w in (wv, wse, wsw):
        w[~np.isfinite(w)] = np.inf
    return wv, wse, wsw


class _Ticks(object):
    """Bookkeeping that lets a sweep pass skip rows whose relaxation cannot change anything.

    chg[r]: tick of the last change in row r; rel_down[r] / rel_up[r]: tick at which row r was
    last relaxed from row r-1 / r+1. Relaxing r from p is a no-op if p has not changed since.
    """

    def __init__(self, n, changed_rows):
        self.chg = np.full(n, -1, dtype=np.int64)
        self.chg[changed_rows] = 1
        self.rel_down = np.zeros(n, dtype=np.int64)
        self.rel_up = np.zeros(n, dtype=np.int64)


def _sweep_pass(D, L, W, down, ticks, tick, cross):
    """One pass over the rows of D (in place): each row relaxed from the previous one.

    Row r gets the vertical and both diagonal steps from row r-1 (down) or r+1 (up), each
    vectorised along the row; labels L follow strict improvements. Rows whose previous row has not
    changed since their last relaxation in this direction are skipped (no-op). ``cross`` (bool,
    length = number of columns) is or-ed with the columns that changed.
    Returns (changed, next tick).
    """
    wv, wse, wsw = W
    n, m = D.shape
    tmp = np.empty(m)
    mask = np.empty(m, dtype=bool)
    changed = False
    chg = ticks.chg
    rel = ticks.rel_down if down else ticks.rel_up
    rows = range(1, n) if down else range(n - 2, -1, -1)
    step = -1 if down else 1
    if down:
        # from (p, c) straight, from (p, c-1) (SE step), from (p, c+1) (SW step)
        sl = ((slice(None), slice(None), 0), (slice(1, None), slice(None, -1), 1),
              (slice(None, -1), slice(1, None), 2))
    else:
        # from (p, c) straight, from (p, c+1) (NW step), from (p, c-1) (NE step)
        sl = ((slice(None), slice(None), 0), (slice(None, -1), slice(1, None), 1),
              (slice(1, None), slice(None, -1), 2))
    for r in rows:
        p = r + step
        if chg[p] < rel[r]:
            continue
        rel[r] = tick
        wr = r - 1 if down else r          # weight row between r and p
        Dr, Dp, Lr, Lp = D[r], D[p], L[r], L[p]
        row_changed = False
        for to, fr, wi in sl:
            t = tmp[to]
            k = mask[to]
            np.add(Dp[fr], W[wi][wr], out=t)
            np.less(t, Dr[to], out=k)
            if k.any():
                np.copyto(Dr[to], t, where=k)
                np.copyto(Lr[to], Lp[fr], where=k)
                cx = cross[to]
                np.logical_or(cx, k, out=cx)
                row_changed = True
        if row_changed:
            chg[r] = tick
            changed = True
        tick += 1
    return changed, tick


def _sync(Dt, Lt, Ds, Ls, changed):
    """Copy the changed columns of (Ds, Ls) into the rows of their transposes (Dt, Lt)."""
    idx = np.flatnonzero(changed)
    if idx.size == 0:
        return
    if idx.size > changed.size // 4:
        np.copyto(Dt, Ds.T)
        np.copyto(Lt, Ls.T)
    else:
        Dt[idx] = Ds[:, idx].T
        Lt[idx] = Ls[:, idx].T


def _sweep(cost, flat, labels, cellsize, units, *, progress=None, cancelled=None, max_rounds=None):
    """Accumulated cost and allocation by repeated directional sweeps (8 neighbours).

    Method: iterative raster sweeping (cf. the "pushbroom" distance algorithms, Eastman 1989,
    Proc. AutoCarto 9: 288-297) of the Bellman equations of the MCR graph
    (Knaapen et al. 1992, r.cost step costs): down, up, then (on the transpose) right and left
    passes, each row relaxed from the previous one (vertical + both diagonal steps, vectorised),
    repeated until a round changes nothing. The fixed point is the shortest-path distance, with
    the same floating-point sums as Dijkstra. Returns (D, L); raises :class:`~._progress.Cancelled` on cancel.
    """
    ns, ew = _factors(cellsize, units)
    dlen = math.hypot(ns, ew)
    nr, nc = cost.shape
    W = _sweep_weights(cost, ns, dlen)
    costT = np.ascontiguousarray(cost.T)
    WT = _sweep_weights(costT, ew, dlen)
    del costT
    D = np.full(cost.size, np.inf)
    L = np.zeros(cost.size, dtype=np.int64)
    # several sources on one cell: keep the last label, as indexing assignment does
    D[flat] = 0.0
    L[flat] = labels
    D = D.reshape(nr, nc)
    L = L.reshape(nr, nc)
    rows = np.unique(flat // nc)
    cols = np.unique(flat % nc)
    tr = _Ticks(nr, rows)       # row bookkeeping (passes on D)
    tc = _Ticks(nc, cols)       # column bookkeeping (passes on the transpose)
    tick = 2
    rnd = 0
    DT = np.ascontiguousarray(D.T)
    LT = np.ascontiguousarray(L.T)
    while True:
        rnd += 1
        colchg = np.zeros(nc, dtype=bool)
        ch, tick = _sweep_pass(D, L, W, True, tr, tick, colchg)
        c2, tick = _sweep_pass(D, L, W, False, tr, tick, colchg)
        ch |= c2
        tc.chg[colchg] = tick
        tick += 1
        _sync(DT, LT, D, L, colchg)
        rowchg = np.zeros(nr, dtype=bool)
        ch_t, tick = _sweep_pass(DT, LT, WT, True, tc, tick, rowchg)
        c2, tick = _sweep_pass(DT, LT, WT, False, tc, tick, rowchg)
        ch_t |= c2
        tr.chg[rowchg] = tick
        tick += 1
        _sync(D, L, DT, LT, rowchg)
        checkpoint(None, progress, 0.1 + 0.8 * (1.0 - 0.5 ** rnd))
        if not (ch or ch_t):
            break
        checkpoint(cancelled)
        if max_rounds is not None and rnd >= max_rounds:
            break
    return D, L


def _sweep_backlink(D, L, cost, cellsize, units):
    """Back-link codes from converged costs: the first neighbour n (NEIGHBOUR_OFFSETS order) with
    D[n] + w(n, cell) == D[cell] and the cell's label (any label if no such neighbour, which
    floating-point ties could cause); NO_LINK at unreached cells (sources are reset by the caller;
    a non-source cell reached at accumulated cost 0 over zero-cost cells still gets a link)."""
    nr, nc = D.shape
    back = np.full((nr, nc), NO_LINK, dtype=np.int8)

    def hits(j):
        # cell (r, c) <- predecessor (r + dr, c + dc); NaN cost makes the comparison false
        dr, dc = NEIGHBOUR_OFFSETS[j]
        rs, rt = _slices(dr, nr)
        cs, ct = _slices(dc, nc)
        length = step_length((dr, dc), cellsize=cellsize, units=units)
        with np.errstate(invalid="ignore"):
            cand = D[rt, ct] + (cost[rt, ct] + cost[rs, cs]) * (0.5 * length)
            hit = cand == D[rs, cs]
        return rs, cs, rt, ct, hit

    for j in range(8):
        rs, cs, rt, ct, hit = hits(j)
        hit &= L[rt, ct] == L[rs, cs]
        bk = back[rs, cs]
        np.copyto(bk, np.int8(j), where=hit & (bk == NO_LINK))
    reached = np.isfinite(D)
    back[~reached] = NO_LINK  # inf == inf + w
    missing = (back == NO_LINK) & (D > 0) & reached
    if missing.any():
        for j in range(8):
            rs, cs, rt, ct, hit = hits(j)
            bk = back[rs, cs]
            np.copyto(bk, np.int8(j), where=hit & missing[rs, cs] & (bk == NO_LINK))
    return back
