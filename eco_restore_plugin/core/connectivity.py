"""Habitat-availability connectivity indices (IIC, PC, dIIC, dPC) and network structure indices.

Method: METHODS.md section 2 - Pascual-Hortal & Saura 2006 (IIC), Saura & Pascual-Hortal 2007,
"A new habitat availability index to integrate connectivity in landscape conservation planning",
Landscape and Urban Planning 83: 91-103 (PC, dI), Conefor's conventions:

* ``IIC = sum_i sum_j a_i a_j / (1 + nl_ij) / A_L**2`` - nl_ij = number of links of the shortest
  topological path between patches i and j in the graph whose links are patch pairs closer than a
  threshold distance (nl_ii = 0; 1 / (1 + nl) = 0 when not connected).
* ``PC = sum_i sum_j a_i a_j p*_ij / A_L**2`` - p_ij = exp(-k d_ij), k = -ln(p0) / d0 (probability p0
  at dispersal distance d0); p*_ij = maximum product probability over all paths (Dijkstra on
  -ln p); p*_ii = 1.
* ``dI_k = 100 (I - I_remove,k) / I`` - I_remove,k recomputed with patch k removed (A_L fixed).

Network structure (graph theory, Forman 1995 / METHODS.md section 2):
``alpha = (L - V + 1) / (2V - 5)``, ``beta = L / V``, ``gamma = L / (3 (V - 2))``.
"""
import math

import numpy as np
from scipy import ndimage
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components, dijkstra, shortest_path
from scipy.spatial import cKDTree

from . import removal
from ._progress import checkpoint


def decay_constant(distance, *, probability=0.5):
    """k of ``p = exp(-k d)`` such that ``p(distance) = probability`` (Saura & Pascual-Hortal 2007)."""
    if not (0 < probability < 1) or distance <= 0:
        raise ValueError("need 0 < probability < 1 and distance > 0")
    return -math.log(probability) / float(distance)


def direct_probability(distances, *, k):
    """p_ij = exp(-k d_ij) with p_ii = 1; inf distance gives 0 (Saura & Pascual-Hortal 2007)."""
    d = np.asarray(distances, dtype=np.float64)
    p = np.exp(-k * d)
    np.fill_diagonal(p, 1.0)
    return p


def max_product_probability(p):
    """p*_ij: maximum product probability over all paths (Saura & Pascual-Hortal 2007, Conefor),
    by Dijkstra on ``-ln p`` (zero-probability pairs are not linked). p*_ii = 1."""
    p = np.asarray(p, dtype=np.float64)
    n = p.shape[0]
    if n == 0:
        return p.copy()
    i, j = np.nonzero((p > 0) & ~np.eye(n, dtype=bool))
    w = -np.log(np.minimum(p[i, j], 1.0))
    # explicit zero weights (p = 1) are kept as edges in a CSR built from triplets
    g = csr_matrix((w, (i, j)), shape=(n, n))
    d = dijkstra(g, directed=True)
    out = np.exp(-d)
    np.fill_diagonal(out, 1.0)
    return out


def _check(areas, landscape_area):
    a = np.asarray(areas, dtype=np.float64)
    if landscape_area is None or landscape_area <= 0:
        raise ValueError("landscape_area (A_L) must be positive")
    return a


def pc(areas, p, *, landscape_area, max_product=True):
    """Probability of Connectivity PC (Saura & Pascual-Hortal 2007).

    areas: patch attribute a_i (area or quality-weighted area); p: direct probability matrix p_ij;
    landscape_area: A_L. max_product: compute p*_ij (True) or take p as already p*.
    """
    a = _check(areas, landscape_area)
    ps = max_product_probability(p) if max_product else np.asarray(p, dtype=np.float64)
    return float(a @ ps @ a) / float(landscape_area) ** 2


def topological_links(distances, *, threshold):
    """nl_ij: number of links of the shortest path in the graph linking patches with
    d_ij <= threshold (inf when unconnected, 0 on the diagonal) - Pascual-Hortal & Saura 2006."""
    d = np.asarray(distances, dtype=np.float64)
    adj = (d <= threshold) & ~np.eye(d.shape[0], dtype=bool)
    if d.shape[0] == 0:
        return d.copy()
    return shortest_path(csr_matrix(adj.astype(np.float64)), unweighted=True, directed=False)


def iic(areas, nl, *, landscape_area):
    """Integral Index of Connectivity IIC = sum a_i a_j / (1 + nl_ij) / A_L^2
    (Pascual-Hortal & Saura 2006; Saura & Pascual-Hortal 2007). nl from :func:`topological_links`."""
    a = _check(areas, landscape_area)
    w = 1.0 / (1.0 + np.asarray(nl, dtype=np.float64))
    return float(a @ w @ a) / float(landscape_area) ** 2


def _removal_sums(a, w, kernel, *, progress=None, cancelled=None):
    """For each node k: ``sum_{i,j != k} a_i a_j kernel(D^-k_ij)``, D^-k = shortest-path distances of the
    graph of link weights ``w`` (inf = no link) without node k; and the same sum for the whole graph.

    Exact, O(n^3 log n) vectorised: Floyd-Warshall relaxations added by divide and conquer over the
    removed node ("all pairs shortest paths avoiding one vertex"): a recursion over a block of
    candidates holds the distances through every intermediate node outside the block, so the leaf
    of node k holds D^-k after n log2 n relaxations in total (each a numpy n x n operation).
    Returns (whole, removed[n]); raises :class:`~._progress.Cancelled` on cancel."""
    a = np.asarray(a, dtype=np.float64)
    n = len(a)
    d = np.array(w, dtype=np.float64)
    np.fill_diagonal(d, 0.0)
    out = np.empty(n)
    done = [0]

    def relax(m_from, m_to, dd):
        for m in range(m_from, m_to):
            np.minimum(dd, dd[:, m:m + 1] + dd[m:m + 1, :], out=dd)

    def leaf(k, dd):
        kd = kernel(dd)
        rowsum = kd @ a
        out[k] = float(a @ rowsum) - 2.0 * a[k] * rowsum[k] + a[k] * a[k] * kd[k, k]
        done[0] += 1
        checkpoint(None, progress, done[0] / (n + 1.0))

    def rec(dd, lo, hi):
        checkpoint(cancelled)
        if hi - lo == 1:
            leaf(lo, dd)
            return
        mid = (lo + hi) // 2
        left = dd.copy()
        relax(mid, hi, left)
        rec(left, lo, mid)
        del left
        relax(lo, mid, dd)          # dd is not needed by the caller any more
        rec(dd, mid, hi)

    if n == 1:
        out[0] = 0.0
    elif n > 1:
        rec(d.copy(), 0, n)
    relax(0, n, d)
    whole = float(a @ kernel(d) @ a)
    checkpoint(cancelled, progress, 1.0)
    return whole, out


def _pc_kernel(d):
    return np.exp(-d)


def _iic_kernel(d):
    return 1.0 / (1.0 + d)


def _by_component(a, w, kernel, *, progress=None, cancelled=None):
    """:func:`_removal_sums` on each connected component of the links (finite w) on its own: patches of
    different components never interact, so whole = sum of the components' and removing k changes only
    its own (Saura & Pascual-Hortal 2007 removal; same values, a cube of the largest component)."""
    n = len(a)
    _, comp = connected_components(csr_matrix(np.isfinite(w) & ~np.eye(n, dtype=bool)), directed=True,
                                   connection="weak")
    order = np.argsort(comp, kind="stable")
    groups = np.split(order, np.cumsum(np.bincount(comp))[:-1])
    work = float(sum(len(g) ** 3 for g in groups)) or 1.0
    wholes, removed, done = [], np.empty(n), 0.0
    for g in groups:
        span = (done / work, (done + len(g) ** 3) / work)
        sub = None if progress is None else (lambda x, s=span: progress(s[0] + x * (s[1] - s[0])))
        whole_g, rem_g = _removal_sums(a[g], w[np.ix_(g, g)], kernel, progress=sub, cancelled=cancelled)
        wholes.append(whole_g)
        removed[g] = rem_g - whole_g
        done += len(g) ** 3
    whole = float(sum(wholes))
    checkpoint(cancelled, progress, 1.0)
    return whole, removed + whole


def delta_pc(areas, p, *, landscape_area, progress=None, cancelled=None, method="auto", tolerance=0.0):
    """dPC_k = 100 (PC - PC_remove,k) / PC for each patch (Saura & Pascual-Hortal 2007).

    p: direct probability matrix p_ij; p*_ij of the landscape without patch k is recomputed
    exactly (max product = shortest path on ``-ln p``) for every k. method "removal": the
    divide-and-conquer Floyd-Warshall of :func:`_removal_sums` on each connected component (300 patches
    take about a second); "tree": one shortest-path tree per patch and the pairs through k
    (:func:`~.removal.pc_importance`; time about n^2, equal to "removal" at 800 patches); "auto": "tree"
    above 800 patches. tolerance > 0 (percentage points; implies "tree"): paths too improbable to move
    any dPC by more than that are left out. A_L is kept fixed. Returns an array; raises
    :class:`~._progress.Cancelled` on cancel."""
    a = _check(areas, landscape_area)
    p = np.asarray(p, dtype=np.float64)
    if method == "auto":
        method = "tree" if len(a) > 800 else "removal"
    if method == "tree" or (tolerance and tolerance > 0):
        return removal.pc_importance(a, p, tolerance=tolerance, progress=progress, cancelled=cancelled)["dPC"]
    if method != "removal":
        raise ValueError("method must be 'removal' or 'tree'")
    with np.errstate(divide="ignore"):
        w = -np.log(np.clip(p, 0.0, 1.0))
    whole, removed = _by_component(a, w, _pc_kernel, progress=progress, cancelled=cancelled)
    if whole <= 0:
        return np.zeros(len(a))
    return 100.0 * (whole - removed) / whole


def delta_pc_fractions(areas, p):
    """dPC_k split into dPCintra, dPCflux and dPCconnector (Saura & Rubio 2010, Ecography 33: 523-537):
    intra = a_k^2 / S, flux = 2 a_k sum_{j != k} a_j p*_kj / S (S = sum a_i a_j p*_ij, in %), connector =
    dPC - intra - flux. Returns (intra, flux) in %; the caller subtracts them from dPC."""
    a = np.asarray(areas, dtype=np.float64)
    ps = max_product_probability(p)
    s = float(a @ ps @ a)
    if s <= 0:
        return np.zeros(len(a)), np.zeros(len(a))
    intra = 100.0 * a * a / s
    flux = 100.0 * 2.0 * a * (ps @ a - a) / s
    return intra, flux


def delta_iic(areas, distances, *, threshold, landscape_area, progress=None, cancelled=None, method="removal"):
    """dIIC_k = 100 (IIC - IIC_remove,k) / IIC for each patch (Pascual-Hortal & Saura 2006).
    Links: d_ij <= threshold; nl recomputed without patch k, on each connected component of the links
    (method "removal": :func:`_removal_sums`; "tree": :func:`~.removal.iic_importance`)."""
    a = _check(areas, landscape_area)
    d = np.asarray(distances, dtype=np.float64)
    if method == "tree":
        return removal.iic_importance(a, d, threshold=threshold, progress=progress, cancelled=cancelled)["dIIC"]
    if method != "removal":
        raise ValueError("method must be 'removal' or 'tree'")
    w = np.where(d <= threshold, 1.0, np.inf)
    whole, removed = _by_component(a, w, _iic_kernel, progress=progress, cancelled=cancelled)
    if whole <= 0:
        return np.zeros(len(a))
    return 100.0 * (whole - removed) / whole


def point_set_distances(point_sets, *, cell=None, progress=None, cancelled=None):
    """Matrix of the smallest distances between point sets (one (m, 2) array per patch).

    Each pair is measured exactly between the sets' points (k-d tree of each set, queried with all
    points of the later sets in one call). With ``cell = (ys, xs)`` the points are cell centres (in
    map units) and the distance is the gap between the cells' squares,
    ``hypot(max(|dy| - ys, 0), max(|dx| - xs, 0))`` of the nearest centre pair (0 for touching
    cells) - the edge-to-edge distance used as Conefor input (Saura & Torne 2009)."""
    n = len(point_sets)
    d = np.zeros((n, n))
    pts = [np.asarray(q, dtype=np.float64).reshape(-1, 2) for q in point_sets]
    if any(len(q) == 0 for q in pts):
        raise ValueError("every patch needs at least one point")
    sizes = np.array([len(q) for q in pts])
    for i in range(n - 1):
        checkpoint(cancelled)
        later = np.concatenate(pts[i + 1:])
        dist, idx = cKDTree(pts[i]).query(later, k=1)
        if cell is not None:
            diff = np.abs(later - pts[i][idx])
            dist = np.hypot(np.maximum(diff[:, 0] - cell[0], 0.0), np.maximum(diff[:, 1] - cell[1], 0.0))
        starts = np.concatenate([[0], np.cumsum(sizes[i + 1:])[:-1]])
        row = np.minimum.reduceat(dist, starts)
        d[i, i + 1:] = row
        d[i + 1:, i] = row
        checkpoint(None, progress, (i + 1) / (n - 1))
    return d


def patch_distances(labels, *, cellsize=1.0, method="edge", progress=None, cancelled=None):
    """Distance matrix between labelled patches (label > 0), in map units, with the sorted labels.

    method "edge": edge-to-edge, the gap between the nearest cells' squares (0 when cells touch),
    from the patches' boundary cells (:func:`point_set_distances`) - Conefor's usual input;
    "centroid": between patch centroids. Returns (ids, matrix) (Saura & Pascual-Hortal 2007 use
    either). cellsize: a number or (y size, x size)."""
    lab = np.asarray(labels)
    ys, xs = (float(cellsize), float(cellsize)) if np.ndim(cellsize) == 0 else map(float, cellsize)
    ids = np.unique(lab[lab > 0])
    n = len(ids)
    if method == "centroid":
        cen = np.array(ndimage.center_of_mass(np.ones_like(lab), lab, ids)).reshape(-1, 2)
        xy = cen * np.array([ys, xs])
        d = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1])
        return ids, d
    if method != "edge":
        raise ValueError("method must be 'edge' or 'centroid'")
    if n == 0:
        return ids, np.zeros((0, 0))
    inner = ndimage.binary_erosion(lab > 0, np.ones((3, 3)), border_value=0)
    same = ndimage.minimum_filter(lab, 3, mode="nearest") == ndimage.maximum_filter(lab, 3, mode="nearest")
    bnd = (lab > 0) & ~(inner & same)
    r, c = np.nonzero(bnd)
    v = lab[r, c]
    order = np.argsort(v, kind="stable")
    r, c, v = r[order], c[order], v[order]
    cuts = np.searchsorted(v, ids)
    sets = np.split(np.column_stack([r * ys, c * xs]), cuts[1:])
    return ids, point_set_distances(sets, cell=(ys, xs), progress=progress, cancelled=cancelled)


def network_indices(n_links, n_nodes):
    """Network structure indices alpha (circuitry), beta (links per node), gamma (connectivity):
    alpha = (L - V + 1) / (2V - 5), beta = L / V, gamma = L / (3 (V - 2)) (Forman 1995;
    METHODS.md section 2). Returns a dict; undefined values (V < 3) are NaN."""
    L, V = float(n_links), float(n_nodes)
    nan = float("nan")
    return {"alpha": (L - V + 1) / (2 * V - 5) if V >= 3 else nan,
            "beta": L / V if V > 0 else nan,
            "gamma": L / (3 * (V - 2)) if V >= 3 else nan}
