"""Patch-removal importance dPC / dIIC from one shortest-path tree per patch (exact; issue 20).

Method: METHODS.md section 2 - dI_k = 100 (I - I_remove,k) / I (Saura & Pascual-Hortal 2007, PC and dPC;
Pascual-Hortal & Saura 2006, IIC; Saura & Rubio 2010, Ecography 33: 523-537, the intra / flux / connector
fractions). ``I A_L^2 = S = sum_i sum_j a_i a_j f(D_ij)`` with D the shortest-path distances of a link graph:
``-ln p_ij`` and ``f = exp(-D)`` (PC: D gives the maximum product probability p*), unit links and
``f = 1 / (1 + D)`` (IIC: D = nl, the number of links). Removing patch k changes S by

* the pairs with k as an end (row and column k): ``own_k = a_k (F a)_k + a_k (a F)_k - a_k^2 f(0)``;
* the pairs (s, v), s, v != k, whose path from s in a shortest-path tree of s runs through k: v in the
  subtree of k (any tree of shortest paths will do, ties included: a tree path outside the subtree
  avoids k, so every other distance from s is unchanged). Their distances without k are found by one
  Dijkstra per source over a graph with one node per (k, v) pair: node (k, v) is entered from a node u
  outside the subtree of k (u != k, at its unchanged distance D_su) or from (k, u) inside it, along the
  links u -> v. This is the connector part (Saura & Rubio 2010) and costs the sum of the tree depths.

Only patches of the same weakly connected component interact, so each component is solved on its own.
For PC, links that two 2-link detours through distinct patches match or beat (each detour link strictly
shorter) are dropped first (:func:`robust_links`): by induction on the link weight a detour avoiding any
one removed patch remains, so no distance with or without any patch changes. ``limit`` truncates f at
distance L (f = 0 beyond, Dijkstra stops there): S and every S_remove,k then change by at most
``exp(-L) sum_c ((sum_c a)^2 - sum_c a^2)`` (c = components; the bound that :func:`pc_importance` turns
into its ``tolerance``).
"""
import math

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components, depth_first_order, dijkstra

from ._progress import checkpoint

KERNELS = {"pc": lambda d: np.exp(-d), "iic": lambda d: 1.0 / (1.0 + d)}
_BATCH_NODES = 1_500_000           # nodes of the pair graph solved by one Dijkstra call
_ROWS = 64                         # sources per all-pairs Dijkstra call


def robust_links(w, *, candidates=32, passes=3):
    """Sparse link graph of the dense weight matrix ``w`` (inf = no link, diagonal ignored) without the
    links i -> j for which two distinct patches m give ``w_im + w_mj <= w_ij`` with both detour links
    strictly lighter. Candidates m: the ``candidates`` lightest links of i, then (``passes`` - 1 more
    times) the links of i still kept; with a symmetric w the test is made from j too. Shortest
    distances with and without any one patch are those of ``w`` (module docstring; Saura &
    Pascual-Hortal 2007 compute p* on all links). ``w`` gets an infinite diagonal."""
    n = w.shape[0]
    np.fill_diagonal(w, np.inf)
    keep = np.isfinite(w)
    sym = np.array_equal(w, w.T)
    c = min(int(candidates), n - 1)
    if n > 3:
        near = None
        for _ in range(max(1, int(passes))):
            drop = np.zeros((n, n), dtype=bool)
            for i0 in range(0, n, 256):
                rows = np.arange(i0, min(n, i0 + 256))
                if near is None:
                    part = np.argpartition(w[rows], c - 1, axis=1)[:, :c]
                for q, i in enumerate(rows):
                    cand = part[q] if near is None else np.nonzero(keep[i])[0]
                    wi, wic = w[i], w[i, cand][:, None]
                    wc = w[cand]
                    ok = (wic + wc <= wi) & (wc < wi) & (wic < wi)
                    drop[i] = np.count_nonzero(ok, axis=0) >= 2
            if sym:
                drop |= drop.T
            drop &= keep
            near = True
            if not drop.any():
                break
            keep &= ~drop
            del drop
    i, j = np.nonzero(keep)
    return csr_matrix((w[i, j], (i, j)), shape=(n, n))


def _subtree_pairs(s, ds, ps, m):
    """Pairs (k, v), v in the subtree of k != s in the shortest-path tree of s (predecessors ``ps``):
    (kk, vv, tin, cnt, start) with tin the preorder position, cnt the number of descendants and start
    the first pair of each k (pairs of k in preorder) - Saura & Pascual-Hortal 2007 removal, by tree."""
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
    return kk, vv, tin, cnt, start


def _pair_graph(s, ds, pairs, gt, base, lim):
    """Edges (src, dst, weight) of the pair graph of source s (module docstring), node numbers from
    ``base``: pairs first, then a copy of every patch as an 'unchanged' node; returns (edges, root,
    nodes). gt: the transposed link graph (in-links); links from u with D_su + w >= lim are left out
    (D^-k_su >= D_su: the distance they give is past the limit) - the connector of Saura & Rubio 2010."""
    kk, vv, tin, cnt, start = pairs
    m = gt.shape[0]
    tot = kk.size
    deg = gt.indptr[vv + 1] - gt.indptr[vv]
    pe = np.repeat(np.arange(tot), deg)
    first = np.repeat(gt.indptr[vv] - (np.cumsum(deg) - deg), deg)
    epos = first + np.arange(pe.size)
    u, wt = gt.indices[epos], gt.data[epos]
    if np.isfinite(lim):
        near = ds[u] + wt < lim
        pe, u, wt = pe[near], u[near], wt[near]
    ke = kk[pe]
    tu, tk = tin[u], tin[ke]
    inside = (tu > tk) & (tu <= tk + cnt[ke])
    outside = ~inside & (u != ke) & np.isfinite(ds[u])
    dst = base + pe
    src_in = base + start[ke[inside]] + tu[inside] - tk[inside] - 1
    src_out = base + tot + u[outside]
    rest = np.nonzero(np.isfinite(ds))[0]
    rest = rest[rest != s]
    root = base + tot + s
    src = np.concatenate([src_in, src_out, np.full(rest.size, root)])
    dst = np.concatenate([dst[inside], dst[outside], base + tot + rest])
    w = np.concatenate([wt[inside], wt[outside], ds[rest]])
    return (src, dst, w), root, tot + m


def removal_sums(areas, graph, *, kernel, limit=None, progress=None, cancelled=None):
    """S = sum_ij a_i a_j f(D_ij) of the link ``graph`` (sparse, directed weights, explicit zeros are
    links) and, per patch k, own_k and connector_k with S - S_remove,k = own_k + connector_k (module
    docstring; Saura & Pascual-Hortal 2007, Saura & Rubio 2010). kernel: "pc" or "iic"; limit: f = 0
    at distances >= limit. Returns dict(whole, own, connector, row = F a, col = a F, comp = component
    labels). Raises :class:`~._progress.Cancelled` on cancel."""
    a = np.asarray(areas, dtype=np.float64)
    n = len(a)
    f = KERNELS[kernel]
    f0 = float(f(0.0))
    lim = np.inf if limit is None else float(limit)
    row, col, conn = np.zeros(n), np.zeros(n), np.zeros(n)
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
        cc = np.zeros(m)
        for b0 in range(0, m, _ROWS):
            checkpoint(cancelled)
            src = np.arange(b0, min(m, b0 + _ROWS))
            dist, pred = dijkstra(sub, directed=True, indices=src, return_predecessors=True, limit=lim)
            fd = f(dist)
            row[idx[src]] = fd @ ac
            col[idx] += ac[src] @ fd
            _connector(ac, src, dist, pred, fd, gt, f, lim, cc, cancelled)
            done += m * len(src)
            checkpoint(None, progress, done / work)
        conn[idx] = cc
    own = a * row + a * col - a * a * f0
    checkpoint(cancelled, progress, 1.0)
    return {"whole": float(a @ row), "own": own, "connector": conn, "row": row, "col": col, "comp": comp}


def _connector(ac, src, dist, pred, fd, gt, f, lim, out, cancelled):
    """Adds to ``out[k]`` sum_s a_s sum_{v in subtree_s(k)} a_v (f(D_sv) - f(D^-k_sv)) for the sources
    ``src`` (rows of dist / pred / fd), pair graphs solved in batches (Saura & Rubio 2010 connector)."""
    m = len(ac)
    batch, info, nodes = [], [], 0

    def solve():
        e = [np.concatenate(x) for x in zip(*(b[0] for b in batch))]
        g = csr_matrix((e[2], (e[0], e[1])), shape=(nodes, nodes))
        d = dijkstra(g, directed=True, indices=[b[1] for b in batch], min_only=True, limit=lim)
        for base, q, kk, vv in info:
            dk = d[base:base + kk.size]
            gain = ac[src[q]] * ac[vv] * (fd[q, vv] - f(dk))
            np.add(out, np.bincount(kk, weights=gain, minlength=m), out=out)

    for q, s in enumerate(src):
        pairs = _subtree_pairs(s, dist[q], pred[q], m)
        if pairs is None:
            continue
        edges, root, size = _pair_graph(s, dist[q], pairs, gt, nodes, lim)
        batch.append((edges, root))
        info.append((nodes, q, pairs[0], pairs[1]))
        nodes += size
        if nodes >= _BATCH_NODES:
            checkpoint(cancelled)
            solve()
            batch, info, nodes = [], [], 0
    if batch:
        solve()


def _component_mass(a, comp):
    """sum over components of (sum a)^2 - sum a^2: the largest possible sum of a_i a_j over linked pairs."""
    s1 = np.bincount(comp, weights=a)
    s2 = np.bincount(comp, weights=a * a)
    return float(np.sum(s1 * s1 - s2))


def pc_importance(areas, p, *, tolerance=0.0, progress=None, cancelled=None):
    """dPC (%) of every patch with its intra and flux fractions (Saura & Pascual-Hortal 2007; Saura &
    Rubio 2010) and S = sum a_i a_j p*_ij, by :func:`removal_sums` on the :func:`robust_links` of
    ``-ln p``. tolerance (percentage points, 0 = exact): p* paths of probability below
    ``exp(-L)`` are left out with L such that no dPC value can be off by more than the tolerance
    (``100 exp(-L) sum_c ((sum_c a)^2 - sum_c a^2) / S``, module docstring); the bound reached is returned
    as ``bound``. Returns dict(dPC, intra, flux, S, bound, limit)."""
    a = np.asarray(areas, dtype=np.float64)
    n = len(a)
    with np.errstate(divide="ignore"):
        w = -np.log(np.clip(np.asarray(p, dtype=np.float64), 0.0, 1.0))
    graph = robust_links(w)
    del w
    limit = None
    if tolerance and tolerance > 0 and n > 1:
        _, comp = connected_components(graph, directed=True, connection="weak")
        mass = _component_mass(a, comp)
        low = float(np.sum(a * a))
        if mass > 0 and low > 0:
            limit = max(0.0, math.log(100.0 * mass / (float(tolerance) * low)))
    res = removal_sums(a, graph, kernel="pc", limit=limit, progress=progress, cancelled=cancelled)
    s = res["whole"]
    out = {"S": s, "limit": limit, "bound": 0.0}
    if s <= 0:
        z = np.zeros(n)
        out.update(dPC=z, intra=z, flux=z)
        return out
    if limit is not None:
        out["bound"] = 100.0 * math.exp(-limit) * _component_mass(a, res["comp"]) / s
    out["dPC"] = 100.0 * (res["own"] + res["connector"]) / s
    out["intra"] = 100.0 * a * a / s
    out["flux"] = 100.0 * 2.0 * a * (res["row"] - a) / s
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
