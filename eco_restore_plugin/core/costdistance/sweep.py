"""Accumulated cost by repeated directional sweeps (pushbroom, Eastman 1989), the back-links of the
converged costs, and the allocation that follows the back-links.

8 neighbours and knight's moves (16 neighbours) with the step costs of GRASS r.cost (see the package
docstring). Row passes relax each row from the rows before it (down) or after it (up): the vertical and
diagonal steps and, with knight's moves, the steps from one row back (two columns aside) and from two
rows back (one column aside). Column passes (on the transpose) add the horizontal steps. The passes are
repeated until a round changes nothing; the fixed point is the shortest-path distance. Every step cost
is formed by the same floating-point expression as in :class:`~.graph.CostGraph`, so the costs equal
Dijkstra's.

Memory: the 8-neighbour sweep precomputes its 3 step-cost rasters and their transposes (48 bytes a
cell besides the cost); the knight's-move sweep computes step costs row by row from the cost raster
(nothing precomputed), so it needs the cost, the accumulated cost and their transposes (32 bytes a
cell) plus the outputs, and no graph index (no 2**31 limit on the number of edges).
"""

import math

import numpy as np

from .._progress import checkpoint
from .._pushbroom import lower_row, run_rounds
from .graph import NEIGHBOUR_OFFSETS, NO_LINK, _factors, _slices, step_length


def _move_weight(cost, dr, dc, ns, ew):
    """Step cost of the move (dr, dc) from every cell that has a target: (rs, cs, rt, ct, w).

    rs, cs: slices of the from-cells; rt, ct: of the to-cells; w: the cost of the step (NaN where the
    move is blocked by a NaN cell: the two ends, and for a knight's move the two cells passed beside).
    The expression and its order of operations are those of :class:`~.graph.CostGraph`.
    """
    nr, nc = cost.shape
    rs, rt = _slices(dr, nr)
    cs, ct = _slices(dc, nc)
    length = math.hypot(dr * ns, dc * ew)
    with np.errstate(invalid="ignore"):
        if abs(dr) <= 1 and abs(dc) <= 1:
            w = (cost[rs, cs] + cost[rt, ct]) * (0.5 * length)
        else:
            a, b = _beside(dr, dc)
            ra, ca = _shift(rs, a[0]), _shift(cs, a[1])
            rb, cb = _shift(rs, b[0]), _shift(cs, b[1])
            w = (cost[rs, cs] + cost[rt, ct] + cost[ra, ca] + cost[rb, cb]) * (0.25 * length)
    return rs, cs, rt, ct, w


def _beside(dr, dc):
    """Offsets (from the from-cell) of the two cells a knight's move (dr, dc) passes beside."""
    if abs(dr) == 2:
        return (dr // 2, 0), (dr // 2, dc)
    return (0, dc // 2), (dr, dc // 2)


def _shift(sl, d):
    return slice(sl.start + d, sl.stop + d)


class _Move(object):
    """One move relaxed in a row pass: target row r gets it from row r - dr; columns (to, fr).

    ``length``: the step length in map (or cell) units; ``pre``: the step costs precomputed and
    indexed by the target row, or None (computed row by row from the cost raster)."""

    __slots__ = ("dr", "to", "fr", "factor", "a", "b", "pre", "full")

    def __init__(self, dr, dc, nc, length, pre=None):
        self.dr = dr
        self.fr, self.to = _slices(dc, nc)
        self.full = dc == 0
        if abs(dr) <= 1 and abs(dc) <= 1:
            self.factor = 0.5 * length
            self.a = self.b = None
        else:
            self.factor = 0.25 * length
            (ar, ac), (br, bc) = _beside(dr, dc)
            self.a = (ar, _shift(self.fr, ac))
            self.b = (br, _shift(self.fr, bc))
        self.pre = pre

    def weight(self, cost, r, out):
        """Step costs into row r (NaN = blocked), as views of ``pre`` or computed into ``out``."""
        if self.pre is not None:
            return self.pre[r]
        p = r - self.dr
        w = out[:self.to.stop - self.to.start]
        np.add(cost[p, self.fr], cost[r, self.to], out=w)
        if self.a is not None:
            np.add(w, cost[p + self.a[0], self.a[1]], out=w)
            np.add(w, cost[p + self.b[0], self.b[1]], out=w)
        np.multiply(w, self.factor, out=w)
        return w


class _Pre(object):
    """Row access to a between-rows step-cost array for target rows (offset 1: down, 0: up)."""

    __slots__ = ("w", "off")

    def __init__(self, w, off):
        self.w, self.off = w, off

    def __getitem__(self, r):
        return self.w[r - self.off]


def _row_moves(cost, ns, ew, *, knight, transposed, precompute):
    """(down moves, up moves) of the row passes over ``cost`` (rows = first axis; ``transposed``:
    ``cost`` is the transpose of the raster, whose cell sizes are ns, ew). The step lengths are
    those of the raster's own orientation, so that every step cost is the graph's expression.
    ``precompute``: the 8-neighbour step costs as whole rasters (speed), else row by row (memory)."""
    nc = cost.shape[1]

    def length(dr, dc):
        return step_length((dc, dr) if transposed else (dr, dc), cellsize=(ns, ew), units="map")

    offs = [o for o in NEIGHBOUR_OFFSETS[:16 if knight else 8] if o[0] != 0]
    if knight or not precompute:
        down = [_Move(dr, dc, nc, length(dr, dc)) for dr, dc in offs if dr > 0]
        up = [_Move(dr, dc, nc, length(dr, dc)) for dr, dc in offs if dr < 0]
        return down, up
    lv, ld = length(1, 0), length(1, 1)
    with np.errstate(invalid="ignore"):
        wv = (cost[:-1] + cost[1:]) * (0.5 * lv)
        wse = (cost[:-1, :-1] + cost[1:, 1:]) * (0.5 * ld)
        wsw = (cost[:-1, 1:] + cost[1:, :-1]) * (0.5 * ld)
    down = [_Move(1, 0, nc, lv, _Pre(wv, 1)), _Move(1, 1, nc, ld, _Pre(wse, 1)),
            _Move(1, -1, nc, ld, _Pre(wsw, 1))]
    up = [_Move(-1, 0, nc, lv, _Pre(wv, 0)), _Move(-1, -1, nc, ld, _Pre(wse, 0)),
          _Move(-1, 1, nc, ld, _Pre(wsw, 0))]
    return down, up


def _sweep_pass(D, cost, moves, down, ticks, tick, cross):
    """One pass over the rows of D (in place): each row relaxed from the rows before it.

    For each row the candidate costs of all its moves are reduced with ``fmin`` (a NaN step cost
    never wins) and written where they are strictly lower. Rows none of whose source rows changed
    since their last relaxation in this direction are skipped. ``cross`` (bool, one per column) is
    or-ed with the columns that changed. Returns (changed, next tick).
    """
    n, m = D.shape
    cand = np.empty(m)
    tmp = np.empty(m)
    wbuf = np.empty(m)
    k = np.empty(m, dtype=bool)
    chg = ticks.chg
    rel = ticks.rel_down if down else ticks.rel_up
    two = max(abs(mv.dr) for mv in moves) == 2
    rows = range(1, n) if down else range(n - 2, -1, -1)
    step = -1 if down else 1
    first, rest = moves[0], moves[1:]
    assert first.full and abs(first.dr) == 1
    changed = False
    for r in rows:
        p = r + step
        since = rel[r]
        if chg[p] < since:
            p2 = p + step
            if not two or p2 < 0 or p2 >= n or chg[p2] < since:
                continue
        rel[r] = tick
        Dr = D[r]
        np.add(D[p], first.weight(cost, r, wbuf), out=cand)
        for mv in rest:
            q = r - mv.dr
            if q < 0 or q >= n:
                continue
            w = mv.weight(cost, r, wbuf)
            t = tmp[:w.shape[0]]
            np.add(D[q, mv.fr], w, out=t)
            c = cand[mv.to]
            np.fmin(c, t, out=c)
        if lower_row(Dr, cand, k, cross):
            chg[r] = tick
            changed = True
        tick += 1
    return changed, tick


def _sweep(cost, flat, cellsize, units, *, knight=False, progress=None, cancelled=None,
           max_rounds=None):
    """Accumulated cost by repeated directional sweeps (8 neighbours or knight's moves).

    Method: iterative raster sweeping (cf. the "pushbroom" distance algorithms, Eastman 1989,
    Proc. AutoCarto 9: 288-297) of the Bellman equations of the MCR graph
    (Knaapen et al. 1992, r.cost step costs): down, up, then (on the transpose) right and left
    passes, repeated until a round changes nothing. The fixed point is the shortest-path distance,
    with the same floating-point sums as Dijkstra. Returns D (inf where unreached); raises
    :class:`~._progress.Cancelled` on cancel.
    """
    ns, ew = _factors(cellsize, units)
    nr, nc = cost.shape
    costT = np.ascontiguousarray(cost.T)
    rows_down, rows_up = _row_moves(cost, ns, ew, knight=knight, transposed=False,
                                    precompute=not knight)
    # the column passes relax the knight's moves too: a path zigzagging along a row with knight's
    # moves goes one way in the column passes but alternates down and up in the row passes
    # (17 rounds instead of 45 on a 1000 x 1000 terrain than when only the row passes relax them)
    cols_down, cols_up = _row_moves(costT, ns, ew, knight=knight, transposed=True,
                                    precompute=not knight)
    D = np.full(cost.size, np.inf)
    D[flat] = 0.0
    D = D.reshape(nr, nc)

    def rows(A, down, ticks, tick, cross):
        return _sweep_pass(A, cost, rows_down if down else rows_up, down, ticks, tick, cross)

    def cols(A, down, ticks, tick, cross):
        return _sweep_pass(A, costT, cols_down if down else cols_up, down, ticks, tick, cross)

    run_rounds(D, rows, cols, np.unique(flat // nc), np.unique(flat % nc), progress=progress,
               cancelled=cancelled, max_rounds=max_rounds)
    return D


def _predecessor_hits(D, cost, ns, ew, knight):
    """For each move j: (ts, tc, ss, sc, hit) with hit[t] = D[s] + w(s -> t) == D[t] for the
    predecessor s = t + NEIGHBOUR_OFFSETS[j] (the step from s is the opposite move)."""
    for j, (dr, dc) in enumerate(NEIGHBOUR_OFFSETS[:16 if knight else 8]):
        ss, sc, ts, tc, w = _move_weight(cost, -dr, -dc, ns, ew)
        with np.errstate(invalid="ignore"):
            hit = (D[ss, sc] + w) == D[ts, tc]
        yield j, ts, tc, ss, sc, hit


def _sweep_backlink(D, cost, cellsize, units, *, knight=False):
    """Back-link codes from converged costs: the first move j (NEIGHBOUR_OFFSETS order) whose
    predecessor s gives D[s] + w(s -> cell) == D[cell]; NO_LINK at unreached cells."""
    ns, ew = _factors(cellsize, units)
    back = np.full(D.shape, NO_LINK, dtype=np.int8)
    for j, ts, tc, _ss, _sc, hit in _predecessor_hits(D, cost, ns, ew, knight):
        bk = back[ts, tc]
        np.copyto(bk, np.int8(j), where=hit & (bk == NO_LINK))
    back[~np.isfinite(D)] = NO_LINK  # inf == inf + w
    return back


def _allocate(back, flat, labels, reached):
    """Allocation: the label of the source each cell's back-link chain ends at (pointer jumping:
    at most log2(cells) + 1 doublings reach the end of any chain).

    Returns (allocation int64, resolved bool): a chain that does not end at a source (a cycle of
    zero-cost steps between cells of equal cost) leaves its cells unresolved.
    """
    nr, nc = back.shape
    n = back.size
    itype = np.int32 if n < 2 ** 31 else np.int64
    offs = np.zeros(17, dtype=itype)  # offs[-1] = offs[16] = 0 for NO_LINK
    for j, (dr, dc) in enumerate(NEIGHBOUR_OFFSETS):
        offs[j] = dr * nc + dc
    ptr = np.arange(n, dtype=itype)
    ptr += offs[back.ravel().astype(np.intp)]
    for _ in range(int(math.log2(max(n, 2))) + 2):
        nxt = ptr[ptr]
        if np.array_equal(nxt, ptr):
            break
        ptr = nxt
    del nxt
    lab = np.zeros(n, dtype=np.int64)
    is_src = np.zeros(n, dtype=bool)
    lab[flat] = labels  # several sources on one cell: the last label, as indexing assignment does
    is_src[flat] = True
    resolved = is_src[ptr].reshape(nr, nc) & reached
    alloc = np.where(resolved, lab[ptr].reshape(nr, nc), 0)
    return alloc, resolved


def _resolve_plateaus(D, cost, ns, ew, knight, back, alloc, resolved, left):
    """Re-link the cells whose back-link chain is a cycle (zero-cost steps between cells of equal
    cost): each round links unresolved cells to a resolved predecessor that attains their cost,
    growing the resolved set from the plateau's edge (in place)."""
    back[left] = NO_LINK
    while left.any():
        before = int(left.sum())
        for j, ts, tc, ss, sc, hit in _predecessor_hits(D, cost, ns, ew, knight):
            hit &= left[ts, tc] & resolved[ss, sc]
            if not hit.any():
                continue
            np.copyto(back[ts, tc], np.int8(j), where=hit)
            np.copyto(alloc[ts, tc], alloc[ss, sc], where=hit)
            resolved[ts, tc] |= hit
            left[ts, tc] &= ~hit
        if int(left.sum()) == before:
            raise RuntimeError("cost-distance back-links did not resolve")  # pragma: no cover


def sweep_cost_distance(cost, flat, labels, cellsize, units, *, knight=False, max_cost=None,
                        progress=None, cancelled=None):
    """(D with NaN where unreached, allocation, back-links) by the sweep (see :func:`_sweep`).

    Method: as :func:`_sweep`; back-links from the converged costs and allocation by following
    them to the source (r.cost's nearest-source output, GRASS 8.2 manual).
    """
    D = _sweep(cost, flat, cellsize, units, knight=knight, progress=progress, cancelled=cancelled)
    checkpoint(None, progress, 0.85)
    checkpoint(cancelled)
    if max_cost is not None:
        D[D > float(max_cost)] = np.inf
    reached = np.isfinite(D)
    back = _sweep_backlink(D, cost, cellsize, units, knight=knight)
    back.ravel()[flat] = NO_LINK
    alloc, resolved = _allocate(back, flat, labels, reached)
    left = reached & ~resolved
    if left.any():
        ns, ew = _factors(cellsize, units)
        _resolve_plateaus(D, cost, ns, ew, knight, back, alloc, resolved, left)
    D[~reached] = np.nan
    checkpoint(None, progress, 1.0)
    return D, alloc, back


__all__ = ["sweep_cost_distance"]
