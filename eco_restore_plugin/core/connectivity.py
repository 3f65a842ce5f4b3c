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
from scipy.sparse.csgraph import dijkstra, shortest_path
from scipy.spatial import cKDTree


def decay_constant(distance, probability=0.5):
    """k of ``p = exp(-k d)`` such that ``p(distance) = probability`` (Saura & Pascual-Hortal 2007)."""
    if not (0 < probability < 1) or distance <= 0:
        raise ValueError("need 0 < probability < 1 and distance > 0")
    return -math.log(probability) / float(distance)


def direct_probability(distances, k):
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


def pc(areas, p, landscape_area, max_product=True):
    """Probability of Connectivity PC (Saura & Pascual-Hortal 2007).

    areas: patch attribute a_i (area or quality-weighted area); p: direct probability matrix p_ij;
    landscape_area: A_L. max_product: compute p*_ij (True) or take p as already p*.
    """
    a = _check(areas, landscape_area)
    ps = max_product_probability(p) if max_product else np.asarray(p, dtype=np.float64)
    return float(a @ ps @ a) / float(landscape_area) ** 2


def topological_links(distances, threshold):
    """nl_ij: number of links of the shortest path in the graph linking patches with
    d_ij <= threshold (inf when unconnected, 0 on the diagonal) - Pascual-Hortal & Saura 2006."""
    d = np.asarray(distances, dtype=np.float64)
    adj = (d <= threshold) & ~np.eye(d.shape[0], dtype=bool)
    if d.shape[0] == 0:
        return d.copy()
    return shortest_path(csr_matrix(adj.astype(np.float64)), unweighted=True, directed=False)


def iic(areas, nl, landscape_area):
    """Integral Index of Connectivity IIC = sum a_i a_j / (1 + nl_ij) / A_L^2
    (Pascual-Hortal & Saura 2006; Saura & Pascual-Hortal 2007). nl from :func:`topological_links`."""
    a = _check(areas, landscape_area)
    w = 1.0 / (1.0 + np.asarray(nl, dtype=np.float64))
    return float(a @ w @ a) / float(landscape_area) ** 2


def delta_pc(areas, p, landscape_area, progress=None, cancelled=None):
    """dPC_k = 100 (PC - PC_remove,k) / PC for each patch (Saura & Pascual-Hortal 2007).

    p: direct probability matrix p_ij (p* is recomputed without patch k). Returns an array
    (None when cancelled)."""
    a = _check(areas, landscape_area)
    p = np.asarray(p, dtype=np.float64)
    whole = pc(a, p, landscape_area)
    n = len(a)
    out = np.empty(n)
    for k in range(n):
        if cancelled and cancelled():
            return None
        keep = np.arange(n) != k
        out[k] = 100.0 * (whole - pc(a[keep], p[np.ix_(keep, keep)], landscape_area)) / whole
        if progress:
            progress((k + 1) / n)
    return out


def delta_iic(areas, distances, threshold, landscape_area, progress=None, cancelled=None):
    """dIIC_k = 100 (IIC - IIC_remove,k) / IIC for each patch (Pascual-Hortal & Saura 2006).
    Links: d_ij <= threshold; nl recomputed without patch k."""
    a = _check(areas, landscape_area)
    d = np.asarray(distances, dtype=np.float64)
    whole = iic(a, topological_links(d, threshold), landscape_area)
    n = len(a)
    out = np.empty(n)
    for k in range(n):
        if cancelled and cancelled():
            return None
        keep = np.arange(n) != k
        sub = iic(a[keep], topological_links(d[np.ix_(keep, keep)], threshold), landscape_area)
        out[k] = 100.0 * (whole - sub) / whole
        if progress:
            progress((k + 1) / n)
    return out


def patch_distances(labels, cellsize=1.0, method="edge"):
    """Distance matrix between labelled patches (label > 0), in map units, with the sorted labels.

    method "edge": edge-to-edge (nearest cell centres, k-d tree on patch boundary cells) -
    Conefor's usual input; "centroid": between patch centroids. Returns (ids, matrix)
    (Saura & Pascual-Hortal 2007 use either)."""
    lab = np.asarray(labels)
    ys, xs = (float(cellsize), float(cellsize)) if np.ndim(cellsize) == 0 else map(float, cellsize)
    ids = np.unique(lab[lab > 0])
    n = len(ids)
    d = np.zeros((n, n))
    if method == "centroid":
        cen = np.array(ndimage.center_of_mass(np.ones_like(lab), lab, ids)).reshape(-1, 2)
        xy = cen * np.array([ys, xs])
        d = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1])
        return ids, d
    if method != "edge":
        raise ValueError("method must be 'edge' or 'centroid'")
    inner = ndimage.binary_erosion(lab > 0, np.ones((3, 3)), border_value=0)
    same = ndimage.minimum_filter(lab, 3, mode="nearest") == ndimage.maximum_filter(lab, 3, mode="nearest")
    bnd = (lab > 0) & ~(inner & same)
    trees, pts = [], []
    for v in ids:
        r, c = np.nonzero(bnd & (lab == v))
        q = np.column_stack([r * ys, c * xs])
        pts.append(q)
        trees.append(cKDTree(q))
    for i in range(n):
        for j in range(i + 1, n):
            dd, _ = trees[j].query(pts[i], k=1)
            d[i, j] = d[j, i] = dd.min()
    return ids, d


def network_indices(n_links, n_nodes):
    """Network structure indices alpha (circuitry), beta (links per node), gamma (connectivity):
    alpha = (L - V + 1) / (2V - 5), beta = L / V, gamma = L / (3 (V - 2)) (Forman 1995;
    METHODS.md section 2). Returns a dict; undefined values (V < 3) are NaN."""
    L, V = float(n_links), float(n_nodes)
    nan = float("nan")
    return {"alpha": (L - V + 1) / (2 * V - 5) if V >= 3 else nan,
            "beta": L / V if V > 0 else nan,
            "gamma": L / (3 * (V - 2)) if V >= 3 else nan}
