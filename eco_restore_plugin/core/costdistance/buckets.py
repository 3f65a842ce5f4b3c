"""Accumulated cost by a bucketed label-correcting search vectorised over its frontier (delta-stepping,
Meyer & Sanders 2003, Journal of Algorithms 49: 114-152), with back-links and allocation.

The cells whose cost (or source label) changed and whose moves have not been tried since are
*pending*; the pending cells with a cost at most ``U`` form the current bucket and are relaxed
together, one numpy expression per step for all of them:

* push: the candidate cost of every move out of them, compared with the target's cost; a target is
  flagged if a candidate lowers or ties it;
* pull: every flagged target takes the minimum over all its predecessors' candidates (several
  pending cells may flag the same target, and a plain fancy-index write would keep an arbitrary one),
  the first move in ``NEIGHBOUR_OFFSETS`` order attaining it as its back-link and that predecessor's
  source as its label; targets whose cost or label changed become pending. With knight's moves a
  target flagged by one entry only takes it directly (lower cost; or the same cost by a move no later
  than its back-link's, refreshing the label), as a pull costs 16 four-cell step costs.

When the bucket is empty, ``U`` moves to the lowest pending cost plus the bucket width (0.7 x the
median step: wider buckets relax more cells several times, narrower ones need more iterations). Cells below the bucket are final (steps cost >= 0), so with ``max_cost`` the search stops
when the lowest pending cost exceeds it. It ends when nothing is pending: every step's candidate is
then no lower than its target, the fixed point of the Bellman equations, and every cost is a sum of
step costs formed by the same floating-point expressions as :class:`~.graph.CostGraph` in path order,
so the costs equal Dijkstra's (and the sweep's) bit for bit. A target is pulled whenever a
predecessor's last relaxation may have changed its minimum, first attaining move or label, so the
back-links are the sweep's (first attaining move, :func:`~.sweep._sweep_backlink`) and every label
is its predecessor's: when no back-link keeps a cost (no step of cost 0 or below the rounding of the
cost was taken) the back-links form a forest rooted at the sources and the labels are the allocation;
otherwise (zero-cost cells) back-links may form cycles, a label alone then does not make a cell
pending (it would be passed round a cycle for ever) and the allocation follows the back-links as the
sweep's does.

Memory: the padded cost and accumulated cost (float64), a packed label/back-link and a stamp (int32),
a state byte: 25 bytes a cell besides the input and the outputs, no graph (peak 1.7-2.0 x r.cost's
at 2000-4000 cells square).
"""

import math

import numpy as np

from .._progress import checkpoint
from .graph import NEIGHBOUR_OFFSETS, NO_LINK, _factors
from .sweep import _allocate, _resolve_plateaus

__all__ = ["delta_cost_distance"]

_UNSET = 31  # packed code of a cell without back-link yet; 16 = source; 0..15 = move index


def _beside(dr, dc):
    """Offsets (from the from-cell) of the two cells a knight's move (dr, dc) passes beside."""
    if abs(dr) == 2:
        return (dr // 2, 0), (dr // 2, dc)
    return (0, dc // 2), (dr, dc // 2)


class _Stencil(object):
    """Flat offsets on the padded raster (row length ``m``) and step factors of the k moves.

    offs[j]: NEIGHBOUR_OFFSETS[j] (push: target = cell + offs[j]; pull: predecessor = cell + offs[j],
    the move predecessor -> cell being -NEIGHBOUR_OFFSETS[j], of the same length). fac[j]: 0.5 x length
    (0.25 x length for knight's moves), as in the graph. back[j]: the back-link code of a target reached
    by push move j. For the knight's moves (j >= 8): qa, qb the cells the push move passes beside, as
    indices among the pushing cell's first 8 neighbours; pa, pb those of the pull move among the
    pulled cell's."""

    def __init__(self, m, ns, ew, knight):
        k = 16 if knight else 8
        moves = NEIGHBOUR_OFFSETS[:k]
        self.k = k
        self.offs = np.array([dr * m + dc for dr, dc in moves], dtype=np.intp)
        # back-link code of the target of push move j: the index of the opposite move
        self.back = np.array([moves.index((-dr, -dc)) for dr, dc in moves], dtype=np.int64)
        self.fac = np.array([(0.5 if j < 8 else 0.25) * math.hypot(dr * ns, dc * ew)
                             for j, (dr, dc) in enumerate(moves)])
        self.knight = knight
        if knight:
            # the cells a knight's move passes beside are 8-neighbours of both of its ends: their
            # columns among the first 8 (push: from the pushing cell; pull: from the pulled cell)
            eight = list(moves[:8])
            self.qa, self.qb, self.pa, self.pb = (np.empty(8, dtype=np.intp) for _ in range(4))
            for i, (dr, dc) in enumerate(moves[8:]):
                a, b = _beside(dr, dc)
                self.qa[i], self.qb[i] = eight.index(a), eight.index(b)
                a, b = _beside(-dr, -dc)
                self.pa[i] = eight.index((dr + a[0], dc + a[1]))
                self.pb[i] = eight.index((dr + b[0], dc + b[1]))


def _take(a, idx):
    """``a[idx]`` for indices known to be in range (``take`` without the bounds check)."""
    return a.take(idx, mode="wrap")


def _weights(cp, cells, nb, st, push):
    """Step costs between ``cells`` and their neighbours ``nb``, in the graph's order of operations:
    (c_from + c_to [+ c_a + c_b]) * factor (c_from + c_to == c_to + c_from exactly), NaN where a
    cell is NaN. Push: ``nb`` = offs[:, None] + cells, the result (k, len(cells)) (long rows for
    numpy's loops); pull: ``nb`` = cells[:, None] + offs, the result (len(cells), k) (for argmin)."""
    c = _take(cp, nb)
    if push:
        w = c + _take(cp, cells)
        if st.knight:
            w8 = w[8:]
            w8 += c[st.qa]
            w8 += c[st.qb]
        w *= st.fac[:, None]
    else:
        w = c + _take(cp, cells)[:, None]
        if st.knight:
            w8 = w[:, 8:]
            w8 += c[:, st.pa]
            w8 += c[:, st.pb]
        w *= st.fac
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
    return 0.7 * float(np.median(pos)) * min(ns, ew)


def _push(cp, D, S, st):
    """Candidates of all moves out of the cells S: (targets (k, len(S)), candidates, the targets'
    costs, flat indices of the entries whose candidate lowers or ties the target's cost; entry e is
    move e // len(S) from cell S[e % len(S)])."""
    T = st.offs[:, None] + S
    c = _weights(cp, S, T, st, True)
    c += _take(D, S)
    Dt = _take(D, T)
    return T, c, Dt, np.flatnonzero(c <= Dt)


def _changed(new, old, lab, oldlab, D, pred, flats):
    """Which updated targets become pending, and whether a back-link keeps the cost (a step of cost 0,
    or below the rounding of the cost: back-links may then form cycles, along which labels would be
    passed round for ever, so a label alone does not make such a target pending). ``flats``: False
    when no step can keep a cost (then nothing is checked)."""
    if not flats:
        return (new < old) | (lab != oldlab), False
    flat = new == _take(D, pred)
    return (new < old) | ((lab != oldlab) & ~flat), bool(flat.any())


def _direct(D, PK, S, t, c, Dt, f, st):
    """Targets ``t`` flagged by one entry each (``f`` into the push's arrays): the entry lowers the
    cost, or ties it with a move no later than the back-link's (refreshing the label). Returns the
    targets whose cost or label changed and whether a back-link keeps the cost."""
    c1, d1, pk = c.ravel()[f], Dt.ravel()[f], PK[t]
    code = st.back[f // S.size]
    pred = S[f % S.size]
    lab = PK[pred] >> 5
    upd = (c1 < d1) | (code <= (pk & 31))
    t, c1, lab, code, pred, pk = t[upd], c1[upd], lab[upd], code[upd], pred[upd], pk[upd]
    changed, flat = _changed(c1, d1[upd], lab, pk >> 5, D, pred, st.flats)
    D[t] = c1
    PK[t] = lab * 32 + code
    return t[changed], flat


def _pull(cp, D, PK, t, st):
    """Targets ``t`` (distinct) take the minimum candidate over all their predecessors, the first
    move attaining it as back-link and its predecessor's label. Returns those whose cost or label
    changed and whether a back-link keeps the cost."""
    P = t[:, None] + st.offs
    c = _weights(cp, t, P, st, False)
    c += _take(D, P)
    np.fmin(c, np.inf, out=c)  # NaN (blocked) never wins
    code = c.argmin(axis=1)
    new = c[np.arange(t.size), code]
    pred = t + st.offs[code]
    lab = PK[pred] >> 5
    changed, flat = _changed(new, _take(D, t), lab, _take(PK, t) >> 5, D, pred, st.flats)
    D[t] = new
    PK[t] = lab * 32 + code
    return t[changed], flat


def _search(cost, flat, ns, ew, knight, max_cost, *, progress, cancelled):
    """The search on the padded raster: (D, packed, kept) with D and packed as (nr, nc) arrays; packed =
    source index x 32 + back-link code (16: source, 31: unreached); kept: some back-link keeps the
    cost (the labels are then not the allocation)."""
    nr, nc = cost.shape
    pad = 2 if knight else 1
    m = nc + 2 * pad
    st = _Stencil(m, ns, ew, knight)
    cp = np.full((nr + 2 * pad, m), np.nan)
    cp[pad:-pad, pad:-pad] = cost
    cp = cp.ravel()
    D = np.full(cp.size, np.inf)
    pf = (flat // nc + pad) * m + flat % nc + pad
    # several sources on one cell: the last one's label
    pf, first = np.unique(pf[::-1], return_index=True)
    src = (flat.size - 1 - first).astype(np.int64)
    PK = np.full(cp.size, _UNSET, dtype=np.int32 if flat.size < 2 ** 26 else np.int64)
    PK[pf] = src * 32 + 16
    D[pf] = 0.0
    state = np.zeros(cp.size, dtype=np.int8)  # 1: pending in the current bucket, 2: pending later
    stamp = np.zeros(cp.size, dtype=np.int32)
    wmin, wmax = _step_bounds(cost, st)
    check_src = wmin <= 0.0  # a zero step can tie a source's cost 0
    nvalid = max(int(np.isfinite(cost).sum()), 1)
    # a step keeps a cost only if it is 0 or below the rounding of the largest possible cost
    st.flats = wmin <= nvalid * wmax * 2.0 ** -50
    delta = _bucket_width(cost, ns, ew)
    limit = np.inf if max_cost is None else float(max_cost)
    cur = pf.astype(np.intp)
    state[cur] = 1
    later = []
    upper = delta
    done = buckets = 0
    kept = False  # a back-link kept the cost
    seq = np.arange(1024, dtype=np.int32)
    while True:
        if cur.size == 0:
            fut = np.concatenate(later) if later else cur
            fut = fut[state[fut] == 2]
            if fut.size == 0:
                break
            Df = D[fut]
            low = Df.min()
            if low > limit:
                break
            upper = low + delta
            near = Df <= upper
            cur = fut[near]
            later = [fut[~near]]
            state[cur] = 1
            if buckets % 16 == 0:
                checkpoint(cancelled, progress, 0.1 + 0.7 * min(1.0, done / nvalid))
            buckets += 1
            continue
        S = cur
        state[S] = 0
        done += S.size
        T, c, Dt, f = _push(cp, D, S, st)
        if f.size == 0:
            cur = cur[:0]
            continue
        t = T.ravel()[f]
        n = t.size
        if seq.size < n:
            seq = np.arange(2 * n, dtype=np.int32)
        stamp[t] = seq[:n]
        last = stamp[t] == seq[:n]  # one entry per target
        if st.knight:
            stamp[t[~last]] = -1
            one = stamp[t] != -1  # the only entry of its target
        if check_src:
            ok = (PK[t] & 31) != 16
            last &= ok
        if st.knight:
            # knight's moves: a pull costs 16 four-cell step costs, so targets flagged once take
            # their entry directly
            if check_src:
                one &= ok
            t1, flat1 = _direct(D, PK, S, t[one], c, Dt, f[one], st)
            kept |= flat1
            last &= ~one
        t, flat1 = _pull(cp, D, PK, t[last], st)
        kept |= flat1
        if st.knight:
            t = np.concatenate((t1, t))
        near = D[t] <= upper
        cur = t[near]
        state[cur] = 1
        far = t[~near]
        far = far[state[far] == 0]
        state[far] = 2
        later.append(far)
    del cp, state, stamp
    D = D.reshape(-1, m)[pad:-pad, pad:-pad].copy()
    PK = PK.reshape(-1, m)[pad:-pad, pad:-pad].copy()
    return D, PK, kept


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
    reached = np.isfinite(D)
    code = PK & 31
    back = np.where(reached & (code < 16), code, NO_LINK).astype(np.int8)
    if not flat_links:
        # every back-link raises the cost: they form a forest and each label is its root's
        alloc = np.where(reached, labels[PK >> 5], 0)
    else:
        alloc, resolved = _allocate(back, flat, labels, reached)
        left = reached & ~resolved
        if left.any():
            _resolve_plateaus(D, cost, ns, ew, knight, back, alloc, resolved, left)
    D[~reached] = np.nan
    checkpoint(None, progress, 1.0)
    return D, alloc, back
