"""Accumulated cost by a bucketed label-correcting search vectorised over its frontier (delta-stepping,
Meyer & Sanders 2003, Journal of Algorithms 49: 114-152), with back-links and allocation.

The cells whose cost (or source label) changed and whose moves have not been tried since are
*pending*; the pending cells with a cost at most ``U`` form the current bucket and are relaxed
together, one numpy expression per step for all of them:

* push: the candidate cost of every move out of them, compared with the target's cost; an entry
  (move) is flagged if its candidate lowers or ties the target's cost (moves off the raster, from
  cells on its edge, are discarded: the arrays are not padded);
* relax: every flagged target takes its best entry - the lowest candidate, then the first move in
  ``NEIGHBOUR_OFFSETS`` order - if it lowers the target's cost, or ties it by a move no later than the
  back-link's (refreshing the label), with that move as back-link and the predecessor's source as
  label. Several pending cells may flag the same target (a plain fancy-index write would keep an
  arbitrary entry): all candidates are written, those below the value kept are written again until
  none is, and the same for the back-link codes among the entries attaining the minimum. Targets
  whose cost or label changed become pending.

When fewer than 128 cells of the bucket are pending (at the latest when none is), ``U`` moves to the
lowest pending cost plus the bucket width (0.7 x the median step: wider buckets relax more cells
several times, narrower ones need more iterations; the width doubles after a bucket of fewer than 512
cells, up to 16 x, and halves after one of more than 4096, so that surfaces whose costs spread far
beyond the median step - built-up land among forest - do not take tens of thousands of near-empty
iterations), so the tail of a bucket - thin chains of cheap
cells - is relaxed with the next bucket. Cells below the lowest pending cost are final (steps cost >=
0), so with ``max_cost`` the search stops when the lowest pending cost exceeds it. It ends when nothing
is pending: every step's candidate is then no lower than its target, the fixed point of the Bellman
equations, and every cost is a sum of step costs formed by the same floating-point expressions as
:class:`~.graph.CostGraph` in path order, so the costs equal Dijkstra's (and the sweep's) bit for
bit. A predecessor whose cost or label changed pushes again, and its entry is taken whenever it
lowers the cost or ties it by an earlier move, so at the end every back-link is the first move
attaining the cost - the sweep's (:func:`~.sweep._sweep_backlink`) - and every label is its
predecessor's: when no back-link keeps a cost (no step of cost 0 or below the rounding of the cost
was taken) the back-links form a forest rooted at the sources and the labels are the allocation;
otherwise (zero-cost cells) back-links may form cycles, a label alone then does not make a cell
pending (it would be passed round a cycle for ever) and the allocation follows the back-links as the
sweep's does. The order in which cells are relaxed changes how often, never the result.

Memory: the accumulated cost (float64, returned as the cost output) and the packed label/back-link
(int64, turned into the allocation output in place), two bytes a cell of state and scratch, and the
int8 back-links: no padded copy, no graph; buckets are pushed 8192 cells at a time so the
temporaries stay small (peak RSS 1.16 x r.cost's at 2000 cells square).
"""

import math

import numpy as np

from .._progress import checkpoint
from .graph import NEIGHBOUR_OFFSETS, NO_LINK, _factors
from .sweep import _allocate, _resolve_plateaus

__all__ = ["delta_cost_distance"]

_BLOCK = 8192  # cells pushed at once: temporaries of at most 16 x 8192 values
_EARLY = 128  # a bucket left with fewer pending cells takes in the next one (fewer, fuller iterations)
_WIDTH = 0.7
_FULL = 512  # a bucket with fewer cells doubles the width of the next (up to _WIDEST x) ...
_WIDEST = 16.0
_CROWDED = 4096  # ... and one with more halves it (not below the base width)
_UNSET = 31  # packed code of a cell without back-link yet; 16 = source; 0..15 = move index


def _beside(dr, dc):
    """Offsets (from the from-cell) of the two cells a knight's move (dr, dc) passes beside."""
    if abs(dr) == 2:
        return (dr // 2, 0), (dr // 2, dc)
    return (0, dc // 2), (dr, dc // 2)


class _Stencil(object):
    """Flat offsets on the raster (shape (nr, nc), no padding) and step factors of the k moves.

    offs[j]: NEIGHBOUR_OFFSETS[j] (target = cell + offs[j]). fac[j]: 0.5 x length (0.25 x length for
    knight's moves), as in the graph. back[j]: the back-link code of a target reached by move j. For
    the knight's moves (j >= 8): qa, qb the cells the move passes beside, as indices among the
    pushing cell's first 8 neighbours. A move from a cell within ``pad`` cells of the raster's edge
    may leave the raster (its flat offset then wraps round a row or past an end): :meth:`edge` tells
    whether a set of cells has such a cell, :meth:`outside` which of their moves leave."""

    def __init__(self, nr, nc, ns, ew, knight):
        k = 16 if knight else 8
        moves = NEIGHBOUR_OFFSETS[:k]
        self.k, self.nr, self.nc = k, nr, nc
        self.pad = 2 if knight else 1
        self.offs = np.array([dr * nc + dc for dr, dc in moves], dtype=np.intp)
        self.dr = np.array([dr for dr, dc in moves], dtype=np.intp)
        self.dc = np.array([dc for dr, dc in moves], dtype=np.intp)
        # back-link code of the target of move j: the index of the opposite move
        self.back = np.array([moves.index((-dr, -dc)) for dr, dc in moves], dtype=np.int8)
        self.fac = np.array([(0.5 if j < 8 else 0.25) * math.hypot(dr * ns, dc * ew)
                             for j, (dr, dc) in enumerate(moves)])
        self.knight = knight
        if knight:
            # the cells a knight's move passes beside are 8-neighbours of its start (inside the
            # raster when both ends are)
            eight = list(moves[:8])
            self.qa, self.qb = (np.empty(8, dtype=np.intp) for _ in range(2))
            for i, (dr, dc) in enumerate(moves[8:]):
                a, b = _beside(dr, dc)
                self.qa[i], self.qb[i] = eight.index(a), eight.index(b)

    def edge(self, S):
        """Positions in S of the cells within ``pad`` cells of the raster's edge (None if there is none)."""
        band, size, nc, pad = self.pad * self.nc, self.nr * self.nc, self.nc, self.pad
        col = S % nc
        if S.min() >= band and S.max() < size - band and col.min() >= pad and col.max() < nc - pad:
            return None
        return ((S < band) | (S >= size - band) | (col < pad) | (col >= nc - pad)).nonzero()[0]

    def outside(self, S):
        """(k, len(S)) mask of the moves from S that leave the raster."""
        r, c = np.divmod(S, self.nc)
        r = r + self.dr[:, None]
        c = c + self.dc[:, None]
        return (r < 0) | (r >= self.nr) | (c < 0) | (c >= self.nc)


def _take(a, idx):
    """``a[idx]`` for indices in range, or that wrap (moves off the raster, discarded): ``take``
    without the bounds check."""
    return a.take(idx, mode="wrap")


def _weights(cf, S, T, st):
    """Step costs (k, len(S)) from the cells ``S`` to their neighbours ``T`` = offs[:, None] + S (long
    rows for numpy's loops) in the graph's order of operations: (c_from + c_to [+ c_a + c_b]) *
    factor (c_from + c_to == c_to + c_from exactly), NaN where a cell is NaN. ``cf``: the flat cost."""
    c = _take(cf, T)
    w = c + _take(cf, S)
    if st.knight:
        w8 = w[8:]
        w8 += c[st.qa]
        w8 += c[st.qb]
    w *= st.fac[:, None]
    return w


def _step_bounds(cost, st):
    """(lowest, highest) step cost possible with these cell costs (the expressions are monotone)."""
    valid = np.isfinite(cost)
    if not valid.any():
        return 0.0, 0.0
    out = []
    for c in (np.float64(np.min(cost, where=valid, initial=np.inf)),
              np.float64(np.max(cost, where=valid, initial=-np.inf))):
        ws = [(c + c) * f for f in st.fac[:8]] + [(((c + c) + c) + c) * f for f in st.fac[8:]]
        out.append(float(min(ws)) if not out else float(max(ws)))
    return out[0], out[1]


def _bucket_width(cost, ns, ew):
    """0.7 x the median positive finite cost (of a sample) x the shortest step: about one step."""
    smp = cost.ravel()[::max(1, cost.size // 100003)]
    pos = smp[np.isfinite(smp) & (smp > 0)]
    if pos.size == 0:
        pos = cost[np.isfinite(cost) & (cost > 0)]
    if pos.size == 0:
        return np.inf  # every step costs 0: one bucket
    return _WIDTH * float(np.median(pos)) * min(ns, ew)


def _push(cf, D, S, st):
    """Candidates of all moves out of the cells S: (targets (k, len(S)), candidates, the targets'
    costs, flat indices of the entries whose candidate lowers or ties the target's cost; entry e is
    move e // len(S) from cell S[e % len(S)]). Moves off the raster get NaN (never flagged)."""
    T = st.offs[:, None] + S
    c = _weights(cf, S, T, st)
    c += _take(D, S)
    e = st.edge(S)
    if e is not None:
        ce = c[:, e]
        ce[st.outside(S[e])] = np.nan
        c[:, e] = ce
    Dt = _take(D, T)
    return T, c, Dt, (c <= Dt).ravel().nonzero()[0]


def _changed(new, old, lab, oldlab, D, pred, flats):
    """Which updated targets become pending, and whether a back-link keeps the cost (a step of cost 0,
    or below the rounding of the cost: back-links may then form cycles, along which labels would be
    passed round for ever, so a label alone does not make such a target pending). ``flats``: False
    when no step can keep a cost (then nothing is checked)."""
    if not flats:
        return (new < old) | (lab != oldlab), False
    flat = new == _take(D, pred)
    return (new < old) | ((lab != oldlab) & ~flat), bool(flat.any())


def _relax(D, PK, K, S, T, c, Dt, f, st, check_src):
    """Apply the flagged entries ``f`` of a push (entry e: move e // len(S) from cell S[e % len(S)]):
    every target takes its best entry (lowest candidate, then lowest back-link code, i.e. the first
    move in ``NEIGHBOUR_OFFSETS`` order) if it lowers the target's cost, or ties it with a move no
    later than the back-link's (refreshing the label). The minimum per target is found by writing all
    candidates and rewriting those below the one kept until none is (K: a byte a cell, the same for
    the codes), so duplicate targets need no sort. Returns the targets whose cost or label changed
    and whether a back-link keeps the cost."""
    t = T.ravel()[f]
    cf = c.ravel()[f]
    D[t] = cf  # D[t] = the lowest candidate (no higher than D[t]: the entries are flagged)
    r = _take(D, t)
    lower = (cf < r).nonzero()[0]
    if lower.size:
        tt, cc = t[lower], cf[lower]
        while lower.size:
            D[tt] = cc
            lower = (cc < _take(D, tt)).nonzero()[0]
            tt, cc = tt[lower], cc[lower]
        r = _take(D, t)
    a = (cf == r).nonzero()[0]  # entries attaining their target's minimum
    ta, fa = t[a], f[a]
    ca = st.back[fa // S.size]
    K[ta] = ca  # K[t] = the lowest code among them
    win = ca == _take(K, ta)
    if not win.all():  # two entries attain a target's minimum
        tt, cc = ta, ca
        while True:
            lower = (cc < _take(K, tt)).nonzero()[0]
            if lower.size == 0:
                break
            tt, cc = tt[lower], cc[lower]
            K[tt] = cc
        win = (ca == _take(K, ta)).nonzero()[0]  # one entry per target
        a, ta, fa, ca = a[win], ta[win], fa[win], ca[win]
    cw, dw = cf[a], Dt.ravel()[fa]
    lt = cw < dw
    if lt.all():  # every target's cost lowered (the usual case): all updated and changed
        pred = ta + st.offs[ca]
        pk = _take(PK, pred)
        pk &= -32
        pk |= ca
        PK[ta] = pk  # the predecessor's label, this back-link
        return ta, cw, st.flats and bool((cw == _take(D, pred)).any())
    pk = _take(PK, ta)
    old = pk & 31
    upd = lt | (ca <= old)
    if check_src:
        upd &= old != 16  # a source keeps cost 0 and no back-link
    if not upd.all():
        ta, ca, cw, dw, pk = ta[upd], ca[upd], cw[upd], dw[upd], pk[upd]
    pred = ta + st.offs[ca]
    lab = _take(PK, pred) >> 5
    changed, flat = _changed(cw, dw, lab, pk >> 5, D, pred, st.flats)
    PK[ta] = lab * 32 + ca
    return ta[changed], cw[changed], flat


def _search(cost, flat, ns, ew, knight, max_cost, *, progress, cancelled):
    """The search on the padded raster: (D, packed, kept) with D and packed as (nr, nc) arrays; packed =
    source index x 32 + back-link code (16: source, 31: unreached); kept: some back-link keeps the
    cost (the labels are then not the allocation)."""
    nr, nc = cost.shape
    st = _Stencil(nr, nc, ns, ew, knight)
    cf = cost.ravel()
    D = np.full(cf.size, np.inf)
    # several sources on one cell: the last one's label
    pf, first = np.unique(flat[::-1], return_index=True)
    src = (flat.size - 1 - first).astype(np.int64)
    # packed: label index x 32 + code; unset: label index len(flat) (label 0 in the output), code 31
    PK = np.full(cf.size, flat.size * 32 + _UNSET, dtype=np.int64)
    PK[pf] = src * 32 + 16
    D[pf] = 0.0
    # 2: listed in ``later`` (pending in a later bucket, or relaxed since); 1: in a later block
    state = np.zeros(cf.size, dtype=np.int8)
    K = np.zeros(cf.size, dtype=np.int8)  # scratch: the lowest back-link code of a target
    wmin, wmax = _step_bounds(cost, st)
    check_src = wmin <= 0.0  # a zero step can tie a source's cost 0
    nvalid = max(int(np.isfinite(cost).sum()), 1)
    # a step keeps a cost only if it is 0 or below the rounding of the largest possible cost
    st.flats = wmin <= nvalid * wmax * 2.0 ** -50
    delta = _bucket_width(cost, ns, ew)
    limit = np.inf if max_cost is None else float(max_cost)
    cur = pf.astype(np.intp)
    later = []  # arrays of cells pending in a later bucket (and cells relaxed since: D <= upper)
    upper = delta
    scale = 1.0  # the bucket width is delta x scale: wider while buckets hold few cells
    done = buckets = 0
    kept = False  # a back-link kept the cost
    while True:
        if cur.size < _EARLY:
            # next bucket: from the lowest pending cost; a cell listed in ``later`` and relaxed since
            # has a cost no higher than the last bucket's bound, every pending one a higher cost
            fut = np.concatenate(later) if len(later) > 1 else later[0] if later else cur[:0]
            Df = _take(D, fut)
            pending = Df > upper
            low = np.min(Df, where=pending, initial=np.inf)
            if low < np.inf and low <= limit:
                upper = low + delta * scale
                near = Df <= upper
                new = fut[near & pending]
                if new.size + cur.size < _FULL:
                    scale = min(_WIDEST, scale * 2.0)
                elif new.size + cur.size > _CROWDED and scale > 1.0:
                    scale = max(1.0, scale / 2.0)
                cur = np.concatenate((cur, new)) if cur.size else new
                later = [fut[~near]]
                if buckets % 4 == 0:
                    checkpoint(cancelled, progress, 0.1 + 0.7 * min(1.0, done / nvalid))
                buckets += 1
            elif cur.size == 0:
                break
        # the bucket's pending cells, a block at a time (bounded temporaries); a block's targets that are
        # still pending in a later block (state 1) are relaxed there
        pending, nxt, blocks = cur, [], cur.size > _BLOCK
        if blocks:
            state[pending] = 1
        for i in range(0, pending.size, _BLOCK):
            S = pending[i:i + _BLOCK]
            if blocks:
                state[S] = 0
            T, c, Dt, f = _push(cf, D, S, st)
            if f.size == 0:
                continue
            t, new, flat1 = _relax(D, PK, K, S, T, c, Dt, f, st, check_src)
            kept |= flat1
            beyond = new > upper
            far = t[beyond]
            if far.size:  # listed in ``later`` once (state 2: listed before, or relaxed since)
                far = far[state[far] == 0]
                state[far] = 2
                later.append(far)
            tn = t[~beyond]
            if blocks:
                tn = tn[state[tn] != 1]
                state[tn] = 1  # listed for the next iteration
            nxt.append(tn)
        done += pending.size
        cur = nxt[0] if len(nxt) == 1 else np.concatenate(nxt) if nxt else pending[:0]
        if blocks:
            state[cur] = 0
    return D.reshape(nr, nc), PK.reshape(nr, nc), kept


def delta_cost_distance(cost, flat, labels, cellsize, units, *, knight=False, max_cost=None,
                        progress=None, cancelled=None):
    """(D with NaN where unreached, allocation, back-links) by the bucketed search (module docstring).

    Method: delta-stepping (Meyer & Sanders 2003) vectorised over the frontier, on the MCR graph with
    the GRASS r.cost step costs (Knaapen et al. 1992); back-links as the first move attaining a cell's
    cost, allocation = the source its back-links lead to (r.cost's nearest-source output). ``flat``:
    the source cells (flat indices, on valid cost), ``labels`` their labels.
    """
    ns, ew = _factors(cellsize, units)
    labels = np.asarray(labels, dtype=np.int64)
    D, PK, flat_links = _search(cost, flat, ns, ew, knight, max_cost, progress=progress, cancelled=cancelled)
    checkpoint(None, progress, 0.85)
    checkpoint(cancelled)
    if max_cost is not None:
        D[D > float(max_cost)] = np.inf
    unreached = np.isinf(D)
    back = np.empty(D.shape, dtype=np.int8)
    np.bitwise_and(PK, 31, out=back, casting="unsafe")
    back[back >= 16] = NO_LINK  # sources (16) and cells without back-link (31)
    if max_cost is not None:
        back[unreached] = NO_LINK
    if not flat_links:
        # every back-link raises the cost: they form a forest and each label is its root's; a cell
        # without back-link has label index len(labels) (label 0)
        lut = np.append(labels, 0)
        flat_pk = PK.ravel()
        for i in range(0, flat_pk.size, 1 << 16):  # in place, a block at a time: no second array
            block = flat_pk[i:i + (1 << 16)]
            block[...] = lut.take(block >> 5)
        alloc = PK
        if max_cost is not None:
            alloc[unreached] = 0
    else:
        reached = ~unreached
        alloc, resolved = _allocate(back, flat, labels, reached)
        left = reached & ~resolved
        if left.any():
            _resolve_plateaus(D, cost, ns, ew, knight, back, alloc, resolved, left)
    D[unreached] = np.nan
    checkpoint(None, progress, 1.0)
    return D, alloc, back
