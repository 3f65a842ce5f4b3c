"""Current-flow centrality of a corridor network (生态网络电流中心度).

Method: METHODS.md section 2 - Centrality Mapper of Linkage Mapper (McRae 2012; Carroll, McRae &
Brookes 2012, Conservation Biology 26: 78-87), i.e. Circuitscape's network mode over all pairs:
nodes are the ecological sources, links the corridors with resistance = their cost-weighted
distance (conductance 1 / weight). For every pair (s, t) 1 A is injected at s and withdrawn at t;
the centrality of a link is the sum over pairs of the current through it, the centrality of a node
the sum of its current throughput, ``1/2 sum_j |I_ij|`` for a node other than s and t and 1 for s and t
(Newman 2005, Social Networks 27: 39-54, "random-walk betweenness"; Brandes & Fleischer 2005).
Potentials come from the inverse of the grounded Laplacian of each connected component (differences of
potentials are those of the Laplacian pseudo-inverse). Pairs in different components carry no
current. Values are cumulative amperes (not normalised; Newman's normalised betweenness divides by
n (n - 1) / 2).
"""
import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from ._progress import checkpoint


def _pair_abs_sum(x):
    """sum_{s<t} |x_s - x_t| for each row of x (sorted-rank formula)."""
    xs = np.sort(x, axis=-1)
    n = xs.shape[-1]
    coef = 2.0 * np.arange(n) - n + 1.0
    return xs @ coef


def current_flow_centrality(n_nodes, edges, weights, *, progress=None, cancelled=None):
    """Current-flow centrality of nodes and edges over all node pairs (see module docstring).

    n_nodes: number of nodes (0 .. n-1); edges: (m, 2) node indices; weights: m resistances > 0
    (parallel edges add their conductances; a self-loop carries no current).
    Returns a dict: node[n], edge[m] (A, summed over pairs), components (component label per node),
    n_components, pairs (number of pairs carrying current), pairs_disconnected.
    ``progress(fraction)``, ``cancelled()``: optional callbacks; raises :class:`~._progress.Cancelled`
    on cancel.
    """
    n = int(n_nodes)
    e = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
    w = np.asarray(weights, dtype=np.float64).reshape(-1)
    if len(w) != len(e):
        raise ValueError("one weight per edge is needed")
    if len(e) and (e.min() < 0 or e.max() >= n):
        raise ValueError("an edge refers to a node that does not exist")
    if np.any(~np.isfinite(w)) or np.any(w <= 0):
        raise ValueError("edge weights (resistances) must be finite and > 0")
    loop = e[:, 0] == e[:, 1]
    cond = np.where(loop, 0.0, 1.0 / w)
    node = np.zeros(n)
    edge = np.zeros(len(e))
    # combined conductance of each unordered node pair
    u = np.minimum(e[:, 0], e[:, 1])
    v = np.maximum(e[:, 0], e[:, 1])
    c = coo_matrix((cond[~loop], (u[~loop], v[~loop])), shape=(n, n)).tocsr()
    c.sum_duplicates()
    c = c + c.T
    ncomp, comp = connected_components(c, directed=False)
    sizes = np.bincount(comp, minlength=ncomp)
    pairs = int(sum(s * (s - 1) // 2 for s in sizes))
    done = 0
    for ci in range(ncomp):
        checkpoint(cancelled)
        nodes = np.nonzero(comp == ci)[0]
        m = len(nodes)
        if m < 2:
            continue
        cc = c[nodes][:, nodes].toarray()
        lap = np.diag(cc.sum(axis=1)) - cc
        g = np.zeros((m, m))
        g[1:, 1:] = np.linalg.inv(lap[1:, 1:])       # grounded at the first node
        pos = -np.ones(n, dtype=np.int64)
        pos[nodes] = np.arange(m)
        iu, iv = np.nonzero(np.triu(cc, 1))
        # B[e, s] = potential difference across link e when 1 A enters at s (and leaves at ground);
        # for pair (s, t) the difference is B[e, s] - B[e, t]
        b = g[iu] - g[iv]
        link_total = cc[iu, iv] * _pair_abs_sum(b)                      # A, all pairs, each link
        through = np.zeros(m)
        np.add.at(through, iu, link_total)
        np.add.at(through, iv, link_total)
        # remove the pairs where the node itself is s or t, then count 1 A for each of them
        own_u = cc[iu, iv] * np.abs(b - b[np.arange(len(iu)), iu][:, None]).sum(axis=1)
        own_v = cc[iu, iv] * np.abs(b - b[np.arange(len(iu)), iv][:, None]).sum(axis=1)
        np.add.at(through, iu, -own_u)
        np.add.at(through, iv, -own_v)
        node[nodes] = 0.5 * through + (m - 1)
        # each original edge takes its share (its conductance) of its node pair's current
        sel = (~loop) & np.isin(e[:, 0], nodes)
        if sel.any():
            key = {(int(a), int(bb)): k for k, (a, bb) in enumerate(zip(iu, iv))}
            for k in np.nonzero(sel)[0]:
                pu, pv = sorted((pos[e[k, 0]], pos[e[k, 1]]))
                kk = key[(int(pu), int(pv))]
                edge[k] = link_total[kk] * cond[k] / cc[pu, pv]
        done += m * (m - 1) // 2
        checkpoint(None, progress, done / max(pairs, 1))
    total = n * (n - 1) // 2
    return {"node": node, "edge": edge, "components": comp, "n_components": int(ncomp),
            "pairs": pairs, "pairs_disconnected": int(total - pairs)}
