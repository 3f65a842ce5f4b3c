"""Patch-removal importance dPC / dIIC from one shortest-path tree per patch (issue 20).

Method: METHODS.md section 2 - dI_k = 100 (I - I_remove,k) / I (Saura & Pascual-Hortal 2007, PC and dPC;
Pascual-Hortal & Saura 2006, IIC; Saura & Rubio 2010, Ecography 33: 523-537, the intra / flux / connector
fractions). ``I A_L^2 = S = sum_i sum_j a_i a_j f(D_ij)`` with D the shortest-path distances of a link graph:
``-ln p_ij`` and ``f = exp(-D)`` (PC: D gives the maximum product probability p*), unit links and
``f = 1 / (1 + D)`` (IIC: D = nl, the number of links). Removing patch k changes S by

* the pairs with k as an end (row and column k): ``own_k = a_k (F a)_k + a_k (a F)_k - a_k^2 f(0)``;
* the pairs (s, v), s, v != k, whose path from s in a shortest-path tree of s runs through k: v in the
  subtree of k (any tree of shortest paths will do, ties included: a tree path outside the subtree
  avoids k, so every other distance from s is unchanged). This is the connector part (Saura & Rubio
  2010). With the slack ``D_su + w_uv - D_sv >= 0`` of each link, the excess ``e = D^-k_sv - D_sv`` of the
  pair (k, v) is the least of: the slack of a link into v from outside the subtree (u != k; e_u = 0),
  e of (k, u) plus the slack of a link u -> v inside it, and e of (k, parent of v) (the tree link has
  slack 0). These are solved for all pairs of a batch of sources at once by Bellman-Ford rounds that
  settle the tree links completely in each round (a prefix minimum down the tree), so a round is needed
  per non-tree link of a detour - a few. A pair's excess is at most that of the child of k above it, and
  that at most the least slack into the child from outside: links with more slack are left out. The
  work is the sum of the tree depths (number of pairs) per source.

Only patches of the same weakly connected component interact, so each component is solved on its own.
For PC, links that two 2-link detours through distinct patches match or beat (each detour link strictly
shorter) are dropped first (:func:`robust_links`): by induction on the link weight a detour avoiding any
one removed patch remains, so no distance with or without any patch changes. ``limit`` truncates f at
distance L (f = 0 beyond; the trees stop there), which bounds the work per source by the patches
within L; :func:`pc_importance` turns a tolerance into L with a bound on the error.
"""
import math

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components, depth_first_order, dijkstra

from ._progress import checkpoint

KERNELS = {"pc": lambda d: np.exp(-d), "iic": lambda d: 1.0 / (1.0 + d)}
_BATCH_NODES = 400_000             # pairs (k, v) of the excess problems solved together
_ROWS = 64                         # sources per all-pairs Dijkstra call


def robust_links(w, *, candidates=32, passes=3):
    """Sparse link graph of the dense weight matrix ``w`` (inf = no link, diagonal ignored) without the
    links i -> j for which two distinct patches m give ``w_im + w_mj <= w_ij`` with both detour links
    strictly lighter. Candidates m: the ``candidates`` lightest links of i (every link tested), then
    (``passes`` - 1 more times) the links of i still kept (only kept links tested); with a symmetric w
    a link dropped from either end is dropped. Shortest distances with and without any one patch are
    those of ``w`` (module docstring; Saura & Pascual-Hortal 2007 compute p* on all links). ``w`` gets
    an infinite diagonal."""
    n = w.shape[0]
    np.fill_diagonal(w, np.inf)
    keep = np.isfinite(w)
    sym = np.array_equal(w, w.T)
    if n > 3:
        c = min(int(candidates), n - 1)
        drop = np.zeros((n, n), dtype=bool)
        for i0 in range(0, n, 256):
            rows = np.arange(i0, min(n, i0 + 256))
            part = np.argpartition(w[rows], c - 1, axis=1)[:, :c]
            for q, i in enumerate(rows):
                wi, wic, wc = w[i], w[i, part[q]][:, None], w[part[q]]
                drop[i] = np.count_nonzero((wic + wc <= wi) & (wc < wi) & (wic < wi), axis=0) >= 2
        if sym:
            drop |= drop.T
        keep &= ~drop
        del drop
        for _ in range(max(0, int(passes) - 1)):
            gi, gj = [], []
            for i in range(n):
                nb = np.flatnonzero(keep[i])
                if nb.size < 3:
                    continue
                wi = w[i, nb]
                wic, wc = wi[:, None], w[np.ix_(nb, nb)]
                gone = np.count_nonzero((wic + wc <= wi) & (wc < wi) & (wic < wi), axis=0) >= 2
                gi.append(np.full(np.count_nonzero(gone), i))
                gj.append(nb[gone])
            gi = np.concatenate(gi) if gi else np.zeros(0, dtype=np.int64)
            gj = np.concatenate(gj) if gj else np.zeros(0, dtype=np.int64)
            if gi.size == 0:
                break
            keep[gi, gj] = False
            if sym:
                keep[gj, gi] = False
    i, j = np.nonzero(keep)
    return csr_matrix((w[i, j], (i, j)), shape=(n, n))


def _subtree_pairs(s, ds, ps, m):
    """Pairs (k, v), v in the subtree of k != s in the shortest-path tree of s (predecessors ``ps``):
    (kk, vv, tin, cnt, start, up) with tin the preorder position, cnt the number of descendants,
    start the first pair of each k (pairs of k in preorder) and up the parent of v - Saura &
    Pascual-Hortal 2007 removal, by tree."""
    reached = np.isfinite(ds)
    ch = np.nonzero(reached)[0]
    ch = ch[ch != s]
    if ch.size == 0:
        return None
    par = ps[ch]
    tree = csr_matrix((np.ones(ch.size), (par, ch)), shape=(m, m))
    order = depth_first_order(tree, s, directed=True, return_predecessors=False)
    tin = np.full(m, -1, dtype=np.int64)
    tin[order] = np.arange(order.size)
    cnt = np.zeros(m, dtype=np.int64)
    cur = par
    while True:
        cur = cur[cur != s]
        if cur.size == 0:
            break
        cnt += np.bincount(cur, minlength=m)
        cur = ps[cur]
    ks = np.nonzero(cnt)[0]
    if ks.size == 0:
        return None
    lens = cnt[ks]
    start = np.zeros(m, dtype=np.int64)
    start[ks] = np.cumsum(lens) - lens
    kk = np.repeat(ks, lens)
    offs = np.arange(kk.size) - start[kk]
    vv = order[tin[kk] + 1 + offs]
    return kk, vv, tin, cnt, start, ps[vv]


def _group_min(values, groups, size):
    """Least value of each group (``groups`` sorted; empty groups inf)."""
    out = np.full(size, np.inf)
    if groups.size:
        heads = np.flatnonzero(np.r_[True, groups[1:] != groups[:-1]])
        out[groups[heads]] = np.minimum.reduceat(values, heads)
    return out


def _excess_links(s, ds, ps, pairs, links, lim):
    """The links of the excess problem of source s (module docstring), pair numbers local: for each pair
    (k, v) its parent pair (k, parent of v), -1 below k; ``entry`` = the least slack
    ``D_su + w_uv - D_sv`` of a link into v from outside the subtree of k (u != k: D_su unchanged), and
    the links (k, u) -> (k, v) inside it with their slack. links = (v, u, w) of every link u -> v,
    sorted by v. Left out: links from u with D_su + w > lim (D^-k_su >= D_su: past the limit), and links
    whose slack exceeds a bound on the excess ``e = D^-k_sv - D_sv`` of their pair: e only falls down
    the tree (the tree path from the child c of k above v avoids k) and e_c is at most the least slack
    of a link into c from outside the subtree of k - Saura & Rubio 2010 connector."""
    kk, vv, tin, cnt, start, up = pairs
    m, tot = ds.size, kk.size
    lv, lu, lw = links
    ok = np.isfinite(ds[lv]) & (ds[lu] + lw <= lim)
    lv, lu, lw = lv[ok], lu[ok], lw[ok]
    slack = ds[lu] + lw - ds[lv]
    # bound of each child c of k = parent(c) != s, then its running maximum down the tree
    k = np.maximum(ps[lv], 0)                 # s (the only reached node without parent) is not a pair
    out = (lu != k) & ~((tin[lu] > tin[k]) & (tin[lu] <= tin[k] + cnt[k]))
    cb = _group_min(np.where(out, slack, np.inf), lv, m)
    top = (ps < 0) | (ps == s)
    cb[top] = -np.inf
    bv = cb.copy()
    j = np.where(top, np.arange(m), ps)
    while True:
        np.maximum(bv, bv[j], out=bv)
        jj = j[j]
        if np.array_equal(jj, j):
            break
        j = jj
    keep = slack <= bv[lv]
    lv, lu, lw, slack = lv[keep], lu[keep], lw[keep], slack[keep]
    indptr = np.concatenate([[0], np.cumsum(np.bincount(lv, minlength=m))])
    # the kept links into the v of every pair
    deg = indptr[vv + 1] - indptr[vv]
    pe = np.repeat(np.arange(tot), deg)
    epos = np.repeat(indptr[vv] - (np.cumsum(deg) - deg), deg) + np.arange(pe.size)
    u, sl = lu[epos], slack[epos]
    ke = kk[pe]
    tu, tk = tin[u], tin[ke]
    inside = (tu > tk) & (tu <= tk + cnt[ke])
    outside = ~inside & (u != ke)
    child = up == kk
    above = np.maximum.accumulate(np.where(child, np.arange(tot), -1))   # pairs of k in preorder
    inside &= sl <= cb[vv[above]][pe]
    entry = _group_min(np.where(outside, sl, np.inf), pe, tot)
    parent = np.where(child, -1, start[kk] + tin[up] - tin[kk] - 1)
    src = start[ke[inside]] + tu[inside] - tk[inside] - 1
    return entry, parent, src, pe[inside], sl[inside]


def removal_sums(areas, graph, *, kernel, limit=None, progress=None, cancelled=None):
    """S = sum_ij a_i a_j f(D_ij) of the link ``graph`` (sparse, directed weights, explicit zeros are
    links) and, per patch k, own_k and connector_k with S - S_remove,k = own_k + connector_k (module
    docstring; Saura & Pascual-Hortal 2007, Saura & Rubio 2010). kernel: "pc" or "iic"; limit: f = 0
    at distances > limit. Returns dict(whole, own, connector, row = F a, col = a F, comp = component
    labels, missed = per k the a_s a_v of the pairs through k pushed past the limit). Raises
    :class:`~._progress.Cancelled` on cancel."""
    a = np.asarray(areas, dtype=np.float64)
    n = len(a)
    f = KERNELS[kernel]
    f0 = float(f(0.0))
    lim = np.inf if limit is None else float(limit)
    row, col, conn, missed = np.zeros(n), np.zeros(n), np.zeros(n), np.zeros(n)
    ncomp, comp = connected_components(graph, directed=True, connection="weak")
    members = np.split(np.argsort(comp, kind="stable"), np.cumsum(np.bincount(comp, minlength=ncomp))[:-1])
    work = float(sum(len(x) ** 2 for x in members)) or 1.0
    done = 0.0
    for idx in members:
        checkpoint(cancelled)
        m = len(idx)
        ac = a[idx]
        if m == 1:
            row[idx] = col[idx] = ac * f0
            continue
        sub = graph[idx][:, idx].tocsr()
        gt = sub.T.tocsr()
        links = (np.repeat(np.arange(m), np.diff(gt.indptr)), gt.indices, gt.data)
        cc, mc = np.zeros(m), np.zeros(m)
        for b0 in range(0, m, _ROWS):
            checkpoint(cancelled)
            src = np.arange(b0, min(m, b0 + _ROWS))
            dist, pred = dijkstra(sub, directed=True, indices=src, return_predecessors=True, limit=lim)
            fd = f(dist)
            row[idx[src]] = fd @ ac
            col[idx] += ac[src] @ fd
            _connector(ac, src, dist, pred, fd, links, f, lim, cc, mc, cancelled=cancelled)
            done += m * len(src)
            checkpoint(None, progress, done / work)
        conn[idx], missed[idx] = cc, mc
    own = a * row + a * col - a * a * f0
    checkpoint(cancelled, progress, 1.0)
    return {"whole": float(a @ row), "own": own, "connector": conn, "row": row, "col": col, "comp": comp,
            "missed": missed}


def _excess(entry, parent, src, dst, slack):
    """Least excess e of every pair: e = min(entry, e of the parent pair, e_src + slack over the inside
    links), by rounds of (prefix minimum down the tree by pointer doubling, one relaxation of the inside
    links) until nothing falls - Bellman-Ford with the tree links (slack 0) settled in each round; a
    replacement path needs as many rounds as it has non-tree links (Saura & Rubio 2010 connector)."""
    tot = entry.size
    e = np.append(entry, np.inf)              # index tot: the sentinel above the children of k
    jumps, j = [], np.append(np.where(parent < 0, tot, parent), tot)
    while np.any(j[:tot] < tot):
        jumps.append(j)
        j = j[j]

    def settle():                             # prefix minimum down the tree (tree links have slack 0)
        for j in jumps:
            np.minimum(e, e[j], out=e)

    settle()
    active = np.arange(src.size)              # links whose source pair fell since their last relaxation
    while active.size:
        before = e.copy()
        sub = dst[active]
        heads = np.flatnonzero(np.r_[True, sub[1:] != sub[:-1]])
        targets = sub[heads]
        best = np.minimum.reduceat(e[src[active]] + slack[active], heads)
        fall = best < e[targets]
        if not fall.any():
            break
        e[targets[fall]] = best[fall]
        settle()
        active = np.flatnonzero(e[src] < before[src])
    return e[:tot]


def _connector(ac, src, dist, pred, fd, links, f, lim, out, missed, *, cancelled=None):
    """Adds to ``out[k]`` sum_s a_s sum_{v in subtree_s(k)} a_v (f(D_sv) - f(D^-k_sv)) for the sources
    ``src`` (rows of dist / pred / fd), excess problems solved in batches (Saura & Rubio 2010
    connector), and to ``missed[k]`` the a_s a_v of those pairs with D^-k_sv > lim (f taken as 0)."""
    m = len(ac)
    batch, nodes = [], 0

    def solve():
        parts = list(zip(*(b[0] for b in batch)))
        offs = np.cumsum([0] + [b[0][0].size for b in batch])[:-1]
        entry = np.concatenate(parts[0])
        parent = np.concatenate([np.where(p < 0, -1, p + o) for p, o in zip(parts[1], offs)])
        isrc = np.concatenate([x + o for x, o in zip(parts[2], offs)])
        idst = np.concatenate([x + o for x, o in zip(parts[3], offs)])
        e = _excess(entry, parent, isrc, idst, np.concatenate(parts[4]))
        for (_, q, kk, vv), o in zip(batch, offs):
            dk = dist[q, vv] + e[o:o + kk.size]
            dk[dk > lim] = np.inf
            gain = ac[src[q]] * ac[vv] * (fd[q, vv] - f(dk))
            np.add(out, np.bincount(kk, weights=gain, minlength=m), out=out)
            if np.isfinite(lim):
                lost = ac[src[q]] * ac[vv] * np.isinf(dk)
                np.add(missed, np.bincount(kk, weights=lost, minlength=m), out=missed)

    for q, s in enumerate(src):
        pairs = _subtree_pairs(s, dist[q], pred[q], m)
        if pairs is None:
            continue
        batch.append((_excess_links(s, dist[q], pred[q], pairs, links, lim), q, pairs[0], pairs[1]))
        nodes += pairs[0].size
        if nodes >= _BATCH_NODES:
            checkpoint(cancelled)
            solve()
            batch, nodes = [], 0
    if batch:
        solve()


_BIN = 0.25                        # width of the tail histogram's bins in -ln p


def _exact_rows(a, graph, *, progress=None, cancelled=None):
    """S = sum a_i a_j p*_ij, row = p* a, col = a p* on all paths (Saura & Pascual-Hortal 2007), and the
    tail histogram ``tail[b] = sum a_i a_j p*_ij`` over the pairs with -ln p*_ij in bin b (width _BIN)."""
    n = len(a)
    row, col = np.zeros(n), np.zeros(n)
    tail = np.zeros(1)
    for b0 in range(0, n, _ROWS):
        checkpoint(cancelled)
        src = np.arange(b0, min(n, b0 + _ROWS))
        dist = dijkstra(graph, directed=True, indices=src)
        fd = np.exp(-dist)
        row[src] = fd @ a
        col += a[src] @ fd
        fin = np.isfinite(dist)
        bins = (dist[fin] / _BIN).astype(np.int64)
        h = np.bincount(bins, weights=(a[src][:, None] * a[None, :] * fd)[fin])
        if h.size > tail.size:
            h[:tail.size] += tail
            tail = h
        else:
            tail[:h.size] += h
        checkpoint(None, progress, src[-1] / n)
    return float(a @ row), row, col, tail


def pc_importance(areas, p, *, tolerance=0.0, progress=None, cancelled=None):
    """dPC (%) of every patch with its intra and flux fractions (Saura & Pascual-Hortal 2007; Saura &
    Rubio 2010) and S = sum a_i a_j p*_ij, by :func:`removal_sums` on the :func:`robust_links` of
    ``-ln p``. tolerance (percentage points, 0 = exact): S, intra and flux stay exact; the connector
    part leaves out the pairs whose p* (with or without k) is below exp(-L), L the smallest for which
    the bound ``100 max(T(L), exp(-L) U_k) / S`` on the error of every dPC_k is within the tolerance:
    T(L) = sum a_i a_j p*_ij over the pairs with p*_ij < exp(-L) (every such pair's change is between 0
    and its p*), U_k = sum a_s a_v over the pairs through k pushed past L by the removal (their p* is
    taken as 0 instead of at most exp(-L)). Returns dict(dPC, intra, flux, S, bound, limit)."""
    a = np.asarray(areas, dtype=np.float64)
    n = len(a)
    w = np.clip(np.asarray(p, dtype=np.float64), 0.0, 1.0)      # one n x n array, worked in place
    with np.errstate(divide="ignore"):
        np.log(w, out=w)
    np.negative(w, out=w)
    graph = robust_links(w)
    del w
    tol = float(tolerance or 0.0)
    if tol <= 0 or n < 3:
        res = removal_sums(a, graph, kernel="pc", progress=progress, cancelled=cancelled)
        s, limit, bound = res["whole"], None, 0.0
        own, row = res["own"], res["row"]
    else:
        s, row, col, tail = _exact_rows(a, graph, progress=lambda x: checkpoint(None, progress, 0.2 * x),
                                        cancelled=cancelled)
        own = a * row + a * col - a * a
        left = np.cumsum(tail[::-1])[::-1]          # left[b] = T(b * _BIN)
        ok = np.nonzero(100.0 * left <= 0.5 * tol * s)[0]
        limit = _BIN * (ok[0] if ok.size else left.size)
        while True:
            res = removal_sums(a, graph, kernel="pc", limit=limit, cancelled=cancelled,
                               progress=lambda x: checkpoint(None, progress, 0.2 + 0.8 * x))
            b = int(math.floor(limit / _BIN + 1e-9))     # left[b] covers every D > limit
            t_l = float(left[b]) if b < left.size else 0.0
            bound = 100.0 * max(t_l, math.exp(-limit) * float(res["missed"].max())) / s if s > 0 else 0.0
            if bound <= tol:
                break
            limit += _BIN * math.ceil(max(1.0, math.log(2.0 * bound / tol) / _BIN))
    out = {"S": s, "limit": limit, "bound": bound}
    if s <= 0:
        z = np.zeros(n)
        out.update(dPC=z, intra=z, flux=z)
        return out
    out["dPC"] = 100.0 * (own + res["connector"]) / s
    out["intra"] = 100.0 * a * a / s
    out["flux"] = 100.0 * 2.0 * a * (row - a) / s
    return out


def iic_importance(areas, distances, *, threshold, progress=None, cancelled=None):
    """dIIC (%) of every patch and S = sum a_i a_j / (1 + nl_ij) (Pascual-Hortal & Saura 2006): links
    d_ij <= threshold, :func:`removal_sums` with unit link weights. Returns dict(dIIC, S)."""
    a = np.asarray(areas, dtype=np.float64)
    d = np.asarray(distances, dtype=np.float64)
    n = len(a)
    i, j = np.nonzero((d <= threshold) & ~np.eye(n, dtype=bool))
    graph = csr_matrix((np.ones(i.size), (i, j)), shape=(n, n))
    res = removal_sums(a, graph, kernel="iic", progress=progress, cancelled=cancelled)
    s = res["whole"]
    if s <= 0:
        return {"dIIC": np.zeros(n), "S": s}
    return {"dIIC": 100.0 * (res["own"] + res["connector"]) / s, "S": s}
