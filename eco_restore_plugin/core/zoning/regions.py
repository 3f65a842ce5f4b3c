"""Contiguity-constrained regionalisation of units into zones: SKATER (Assunção et al. 2006), merging
of small zones, zone summaries.
"""

import numpy as np
from scipy import sparse
from scipy.sparse import csgraph

from .. import zonal
from .._progress import checkpoint

__all__ = [
    "contiguous_groups", "is_contiguous", "standardise", "skater", "merge_small_zones",
    "zone_dominant", "zone_means",
]


# ------------------------------------------------------------------------------------------------
# Contiguity-constrained regionalisation on a unit adjacency graph (units 0..n-1)
# ------------------------------------------------------------------------------------------------
def _edges(n, edges):
    e = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
    if len(e) and (e.min() < 0 or e.max() >= n):
        raise ValueError("adjacency edges refer to units outside 0..{}.".format(n - 1))
    e = e[e[:, 0] != e[:, 1]]
    e = np.sort(e, axis=1)
    return np.unique(e, axis=0) if len(e) else e


def _graph(n, e):
    if len(e) == 0:
        return sparse.csr_matrix((n, n))
    data = np.ones(len(e))
    g = sparse.coo_matrix((data, (e[:, 0], e[:, 1])), shape=(n, n))
    return (g + g.T).tocsr()


def _relabel(labels):
    """Relabel to 1..k in order of the smallest unit id of each label (deterministic)."""
    labels = np.asarray(labels)
    _, first, inv = np.unique(labels, return_index=True, return_inverse=True)
    order = np.argsort(first, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    return rank[inv] + 1


def contiguous_groups(n, edges, types, *, group=None):
    """Zones = connected sets of adjacent units with the same type (and the same ``group``).

    Method: rule-based zoning by dominant function (METHODS.md §3): each zone is a connected
    component of the adjacency graph restricted to edges joining units of equal type, so every
    zone is contiguous by construction. Returns labels 1..k (numbered by smallest unit id).
    """
    e = _edges(n, edges)
    t = np.asarray(types)
    keep = t[e[:, 0]] == t[e[:, 1]] if len(e) else np.zeros(0, bool)
    if group is not None and len(e):
        g = np.asarray(group)
        keep &= g[e[:, 0]] == g[e[:, 1]]
    _, comp = csgraph.connected_components(_graph(n, e[keep]), directed=False)
    return _relabel(comp)


def is_contiguous(n, edges, labels):
    """True when every label's units form one connected set in the adjacency graph."""
    e = _edges(n, edges)
    lab = np.asarray(labels)
    keep = lab[e[:, 0]] == lab[e[:, 1]] if len(e) else np.zeros(0, bool)
    _, comp = csgraph.connected_components(_graph(n, e[keep]), directed=False)
    pairs = np.unique(np.stack([lab, comp], axis=1), axis=0)
    return len(np.unique(pairs[:, 0])) == len(pairs)


def standardise(features):
    """Z-scores per column (NaN -> column mean, i.e. 0; constant column -> 0). Method: z-scores, the
    features of SKATER (Assunção et al. 2006).
    """
    x = np.asarray(features, dtype=np.float64)
    if x.ndim == 1:
        x = x[:, None]
    mean = np.nanmean(np.where(np.isfinite(x), x, np.nan), axis=0) if x.size else np.zeros(x.shape[1])
    mean = np.where(np.isfinite(mean), mean, 0.0)
    x = np.where(np.isfinite(x), x, mean)
    sd = x.std(axis=0)
    return (x - mean) / np.where(sd > 0, sd, 1.0)


def _ssd(cnt, s1, s2):
    """Sum of squared deviations from counts/weights, sums and sums of squares."""
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(cnt > 0, (s2 - s1 * s1 / np.maximum(cnt, 1e-300)[..., None]).sum(-1), 0.0)


def skater(n, edges, features, *, n_zones, weights=None, min_units=1, group=None,
           progress=None, cancelled=None):
    """Contiguity-constrained regionalisation (SKATER) into ``n_zones`` zones.

    Method: Assunção et al. (2006): minimum spanning tree of the unit adjacency graph with edge
    cost = squared Euclidean distance of the standardised features; then repeatedly remove the tree
    edge that most reduces the total within-zone sum of squared deviations (weighted by
    ``weights``, e.g. unit area), subject to each side keeping ≥ ``min_units`` units. Every zone is
    a subtree, hence contiguous. Edges joining different ``group`` values are dropped first
    (nested zoning). A graph already in more pieces than ``n_zones`` keeps its pieces. Ties ->
    the edge with the smaller unit ids. Returns labels 1..k numbered by smallest unit id.
    ``progress(fraction)``, ``cancelled()``: optional callbacks; raises :class:`~._progress.Cancelled` on
    cancel.
    """
    x = standardise(features)
    w = np.ones(n) if weights is None else np.asarray(weights, dtype=np.float64)
    if np.any(~np.isfinite(w)) or np.any(w < 0):
        raise ValueError("unit weights must be finite and non-negative.")
    e = _edges(n, edges)
    if group is not None and len(e):
        g = np.asarray(group)
        e = e[g[e[:, 0]] == g[e[:, 1]]]
    # MST on dissimilarity (+ tiny tie-breaker by edge order so the tree is deterministic)
    if len(e):
        d = ((x[e[:, 0]] - x[e[:, 1]]) ** 2).sum(1)
        order = np.lexsort((e[:, 1], e[:, 0]))
        tie = np.empty(len(e))
        tie[order] = np.arange(len(e))
        cost = d + 1e-9 + tie * 1e-12 * (1.0 + d.max())
        mst = csgraph.minimum_spanning_tree(sparse.coo_matrix(
            (cost, (e[:, 0], e[:, 1])), shape=(n, n)).tocsr()).tocoo()
        tree = np.sort(np.stack([mst.row, mst.col], axis=1).astype(np.int64), axis=1)
        tree = tree[np.lexsort((tree[:, 1], tree[:, 0]))]
    else:
        tree = np.zeros((0, 2), np.int64)
    alive = np.ones(len(tree), bool)
    wx = w[:, None] * x
    wxx = w[:, None] * x * x

    def components():
        _, comp = csgraph.connected_components(_graph(n, tree[alive]), directed=False)
        return comp

    def best_cut(nodes):
        """(gain, edge index) of the best cut inside the subtree of ``nodes``."""
        sub = np.zeros(n, bool)
        sub[nodes] = True
        idx = np.flatnonzero(alive & sub[tree[:, 0]])
        if len(idx) == 0:
            return -np.inf, -1
        g = _graph(n, tree[idx])
        root = int(nodes.min())
        order, pred = csgraph.breadth_first_order(g, root, directed=False, return_predecessors=True)
        cnt = np.zeros(n)
        units = np.zeros(n)
        s1 = np.zeros_like(x)
        s2 = np.zeros_like(x)
        cnt[order] = w[order]
        units[order] = 1
        s1[order] = wx[order]
        s2[order] = wxx[order]
        for v in order[::-1][:-1]:  # children before parents
            p = pred[v]
            cnt[p] += cnt[v]
            units[p] += units[v]
            s1[p] += s1[v]
            s2[p] += s2[v]
        total = _ssd(np.array([cnt[root]]), s1[root][None], s2[root][None])[0]
        child = order[1:]
        sc, s1c, s2c = cnt[child], s1[child], s2[child]
        rest = _ssd(cnt[root] - sc, s1[root] - s1c, s2[root] - s2c)
        gain = total - _ssd(sc, s1c, s2c) - rest
        ok = (units[child] >= min_units) & (units[root] - units[child] >= min_units)
        if not ok.any():
            return -np.inf, -1
        gain = np.where(ok, gain, -np.inf)
        a = np.minimum(child, pred[child])
        b = np.maximum(child, pred[child])
        # the best gain; ties -> smallest (a, b)
        top = gain.max()
        cand = np.flatnonzero(gain >= top - 1e-12 * max(1.0, abs(top)))
        pick = cand[np.lexsort((b[cand], a[cand]))[0]]
        lookup = {(int(tree[i, 0]), int(tree[i, 1])): int(i) for i in idx}
        return float(gain[pick]), lookup[(int(a[pick]), int(b[pick]))]

    comp = components()
    n_comp = comp.max() + 1 if n else 0
    cache = {}
    for c in range(n_comp):
        nodes = np.flatnonzero(comp == c)
        cache[int(nodes.min())] = best_cut(nodes)
    k = n_comp
    while k < n_zones:
        checkpoint(cancelled)
        key = max(cache, key=lambda r: (cache[r][0], -r))
        gain, edge = cache[key]
        if edge < 0 or not np.isfinite(gain):
            break
        alive[edge] = False
        k += 1
        comp = components()
        for end in tree[edge]:
            nodes = np.flatnonzero(comp == comp[end])
            cache.pop(int(nodes.min()), None)
        cache.pop(key, None)
        for end in tree[edge]:
            nodes = np.flatnonzero(comp == comp[end])
            cache[int(nodes.min())] = best_cut(nodes)
        checkpoint(None, progress, (k - n_comp + 1) / max(1, n_zones - n_comp))
    return _relabel(components())


def merge_small_zones(n, edges, labels, areas, *, min_area, shared=None, group=None, types=None):
    """Merge zones smaller than ``min_area`` into an adjacent zone (contiguity kept).

    Method: the smallest zone below ``min_area`` joins the neighbouring zone with the longest shared
    boundary (``shared`` per edge; default: the number of adjacent unit pairs), ties -> the larger
    zone, then the smaller label; only neighbours in the same ``group``; and, when ``types`` (per
    unit) are given, a neighbour of the same dominant type is preferred. Merging two adjacent
    contiguous zones keeps them contiguous. Repeats until no small zone has a neighbour.
    Returns labels 1..k.
    """
    e = _edges(n, edges)
    lab = np.asarray(labels).astype(np.int64).copy()
    a = np.asarray(areas, dtype=np.float64)
    if shared is None:
        sh = np.ones(len(e))
    else:
        raw = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
        key = {}
        for (i, j), s in zip(np.sort(raw, axis=1), np.asarray(shared, float)):
            key[(int(i), int(j))] = key.get((int(i), int(j)), 0.0) + float(s)
        sh = np.array([key.get((int(i), int(j)), 0.0) for i, j in e])
    grp = np.zeros(n, np.int64) if group is None else np.asarray(group)
    zone_area = {}
    for z, ar in zip(lab, a):
        zone_area[int(z)] = zone_area.get(int(z), 0.0) + float(ar)
    zone_group = {int(z): grp[i] for i, z in enumerate(lab)}
    zone_type = {}
    if types is not None:
        t = np.asarray(types)
        acc = {}
        for z, tt, ar in zip(lab, t, a):
            acc.setdefault(int(z), {}).setdefault(tt, 0.0)
            acc[int(z)][tt] += ar
        zone_type = {z: sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for z, d in acc.items()}
    nbr = {}
    for (i, j), s in zip(e, sh):
        zi, zj = int(lab[i]), int(lab[j])
        if zi != zj and zone_group[zi] == zone_group[zj]:
            nbr.setdefault(zi, {}).setdefault(zj, 0.0)
            nbr.setdefault(zj, {}).setdefault(zi, 0.0)
            nbr[zi][zj] += s
            nbr[zj][zi] += s
    parent = {z: z for z in zone_area}
    done = set()
    while True:
        small = [z for z in zone_area if zone_area[z] < min_area and z not in done and nbr.get(z)]
        if not small:
            break
        z = min(small, key=lambda q: (zone_area[q], q))
        cands = nbr[z]
        same = [q for q in cands if zone_type and zone_type.get(q) == zone_type.get(z)]
        pool = same or list(cands)
        target = sorted(pool, key=lambda q: (-cands[q], -zone_area[q], q))[0]
        # merge z into target
        zone_area[target] += zone_area.pop(z)
        parent[z] = target
        for q, s in nbr.pop(z).items():
            nbr[q].pop(z, None)
            if q != target:
                nbr[q][target] = nbr[q].get(target, 0.0) + s
                nbr[target][q] = nbr[target].get(q, 0.0) + s
        if not nbr.get(target) and zone_area[target] < min_area:
            done.add(target)
    def root(z):
        while parent[z] != z:
            z = parent[z]
        return z
    return _relabel(np.array([root(int(z)) for z in lab]))


def zone_dominant(labels, values, *, weights=None):
    """Per zone (labels 1..k): the value with the largest total weight; ties -> smaller value."""
    lab = np.asarray(labels).astype(np.int64)
    v = np.asarray(values)
    w = np.ones(len(lab)) if weights is None else np.asarray(weights, float)
    k = int(lab.max()) if len(lab) else 0
    out = []
    for z in range(1, k + 1):
        m = lab == z
        uniq, inv = np.unique(v[m], return_inverse=True)
        tot = np.bincount(inv, weights=w[m], minlength=len(uniq))
        out.append(uniq[int(np.argmax(tot))])
    return np.array(out)


def zone_means(labels, features, *, weights=None):
    """Weighted mean of each feature column per zone (labels 1..k), NaN ignored
    (:func:`core.zonal.zonal_mean` per column)."""
    lab = np.asarray(labels).astype(np.int64)
    x = np.asarray(features, dtype=np.float64)
    if x.ndim == 1:
        x = x[:, None]
    w = np.ones(len(lab)) if weights is None else np.asarray(weights, float)
    k = int(lab.max()) if len(lab) else 0
    out = np.full((k, x.shape[1]), np.nan)
    for j in range(x.shape[1]):
        out[:, j] = zonal.zonal_mean(lab, x[:, j], n=k, weights=w)
    return out
