"""Least-cost corridors between sources (Linkage Mapper method).

Method: METHODS.md section 2, "Least-cost corridors" - McRae & Kavanagh 2011, Linkage Mapper
Connectivity Analysis Software (The Nature Conservancy): source pairs whose cost-allocation zones
touch (or whose least-cost distance is under a cap); for each pair the cost-weighted distance (CWD)
from each source, the least-cost distance LCD, the least-cost path (LCP), CWD:Euclidean and
LCP:Euclidean ratios; normalized least-cost corridor ``CWD_A + CWD_B - LCD`` mosaicked by the
minimum over pairs and cut at a width. Cost distances use :mod:`costdistance` (GRASS r.cost step
costs, Knaapen et al. 1992 MCR), so ``min(CWD_A + CWD_B) = LCD`` holds exactly (symmetric steps).
"""
from collections import namedtuple

import numpy as np
from scipy.spatial import cKDTree

from . import costdistance as cd
from ._progress import checkpoint

Link = namedtuple("Link", "a b lcd path path_length euclidean cwd_to_euclidean lcp_to_euclidean")
Link.__doc__ = """One corridor between sources a and b (labels).

lcd: least-cost distance (cost units x map units). path: list of (row, col) from a to b.
path_length: length of the path in map units (cell centre to cell centre). euclidean: edge-to-edge
Euclidean distance between the two sources (cell centres, map units). Ratios are inf when the
sources touch (euclidean 0).
"""

CorridorResult = namedtuple("CorridorResult", "links normalized mask")


def _cellsize(cellsize):
    if np.ndim(cellsize) == 0:
        return float(cellsize), float(cellsize)
    return float(cellsize[0]), float(cellsize[1])


def adjacent_pairs(allocation, *, knight=False):
    """Pairs (a, b), a < b, of source labels whose allocation zones touch (8-neighbour contact;
    with ``knight`` also across knight's moves). 0 = unallocated, ignored.

    Method: Linkage Mapper (McRae & Kavanagh 2011) cost-allocation adjacency.
    """
    alloc = np.asarray(allocation)
    nr, nc = alloc.shape
    pairs = set()
    k = 16 if knight else 8
    for dr, dc in cd.NEIGHBOUR_OFFSETS[:k]:
        if (dr, dc) < (0, 0):
            continue  # each undirected offset once
        rs, rt = cd._slices(dr, nr)
        cs, ct = cd._slices(dc, nc)
        a = alloc[rs, cs].ravel()
        b = alloc[rt, ct].ravel()
        m = (a != b) & (a != 0) & (b != 0)
        if m.any():
            u = np.unique(np.stack([np.minimum(a[m], b[m]), np.maximum(a[m], b[m])], axis=1), axis=0)
            pairs.update((int(x), int(y)) for x, y in u)
    return sorted(pairs)


def edge_distance(mask_a, mask_b, *, cellsize=1.0):
    """Edge-to-edge Euclidean distance between two cell sets (cell centres, map units).

    Method: Linkage Mapper (McRae & Kavanagh 2011) Euclidean distance between core areas;
    nearest pair of boundary cells by k-d tree.
    """
    ys, xs = _cellsize(cellsize)
    pa = _boundary_xy(mask_a, ys, xs)
    pb = _boundary_xy(mask_b, ys, xs)
    if len(pa) == 0 or len(pb) == 0:
        raise ValueError("empty source")
    d, _ = cKDTree(pb).query(pa, k=1)
    return float(d.min())


def _boundary_xy(mask, ys, xs):
    m = np.asarray(mask, bool)
    inner = m.copy()
    inner[1:, :] &= m[:-1, :]
    inner[:-1, :] &= m[1:, :]
    inner[:, 1:] &= m[:, :-1]
    inner[:, :-1] &= m[:, 1:]
    inner[0, :] = inner[-1, :] = False
    inner[:, 0] = inner[:, -1] = False
    r, c = np.nonzero(m & ~inner)
    return np.column_stack([r * ys, c * xs])


def named_pairs(cost, labels, *, which, cellsize=1.0, knight=False, graph=None):
    """Source pairs by name: "adjacent" = pairs whose cost-allocation zones touch (Linkage Mapper,
    McRae & Kavanagh 2011), "all" = every pair of the nonzero labels. Returns sorted (a, b), a < b.
    ``graph``: a prebuilt :class:`costdistance.CostGraph` of ``cost`` (then Dijkstra allocates)."""
    if which == "adjacent":
        alloc = cd.cost_distance(cost, np.asarray(labels).astype(np.int64), cellsize=cellsize, knight=knight,
                                 graph=graph).allocation
        return adjacent_pairs(alloc, knight=knight)
    if which == "all":
        ids = [int(v) for v in np.unique(labels) if v != 0]
        return [(a, b) for i, a in enumerate(ids) for b in ids[i + 1:]]
    raise ValueError("pairs must be 'adjacent', 'all' or a list")


def least_cost_corridors(cost, sources, *, pairs="adjacent", max_lcd=None, width=None, knight=False,
                         cellsize=1.0, progress=None, cancelled=None, method="delta", scratch=None):
    """Least-cost corridors between labelled sources (Linkage Mapper).

    Method: McRae & Kavanagh 2011 (Linkage Mapper): CWD from each source, LCD, LCP,
    CWD:Euclidean and LCP:Euclidean ratios, normalized corridor ``CWD_A + CWD_B - LCD`` mosaicked
    by minimum; cost distance as GRASS r.cost (Knaapen et al. 1992 MCR), map units.

    cost: 2-D resistance, NaN = barrier. sources: integer label raster (0 = not a source).
    pairs: "adjacent" (allocation zones touch), "all", or an explicit list of (a, b) labels.
    max_lcd: drop pairs whose LCD exceeds it (the "cost-distance cap").
    width: corridor cut-off in cost units: mask = normalized <= width (None: the LCP cells).
    progress(fraction), cancelled(): optional callbacks; raises :class:`~._progress.Cancelled` on cancel.

    Returns CorridorResult(links, normalized, mask): links a list of :data:`Link`; normalized the
    float raster (NaN outside all kept pairs' reach); mask bool raster (normalized <= width, or the
    LCP cells if width is None). Each source's least-cost paths are traced as soon as its cost distance is
    known (its back-links are not kept); its float64 CWD raster is kept for the normalized corridor, in
    memory, or as a file in the folder ``scratch`` (memory then independent of the number of sources: the
    cost, the labels, the normalized raster and two CWD rasters at a time; disk 8 bytes a cell a source).
    method: "delta" (default: one graph-free cost distance per source by the bucketed search,
    :mod:`costdistance.buckets`), "sweep" (the same costs and back-links by repeated sweeps, slower) or
    "dijkstra" (one prebuilt :class:`costdistance.CostGraph`, cells^1.5). All give the same cost
    distances, LCDs and normalized corridors; where two paths (or two sources) tie at exactly the same
    cost Dijkstra may pick a different one (both least-cost).
    """
    if method not in ("delta", "sweep", "dijkstra"):
        raise ValueError("method must be 'delta', 'sweep' or 'dijkstra', not {!r}".format(method))
    cost = np.asarray(cost, dtype=np.float64)
    labels = np.asarray(sources)
    ys, xs = _cellsize(cellsize)
    ids = [int(v) for v in np.unique(labels) if v != 0]
    if len(ids) < 2:
        raise ValueError("need at least two sources")
    graph = cd.CostGraph(cost, knight=knight, cellsize=cellsize, units="map") if method == "dijkstra" else None
    if isinstance(pairs, str):
        pair_list = named_pairs(cost, labels, which=pairs, cellsize=cellsize, knight=knight, graph=graph)
    else:
        pair_list = [tuple(sorted((int(a), int(b)))) for a, b in pairs]
    used = sorted({v for p in pair_list for v in p})
    partners = {}                  # a -> the pairs (a, b) whose path is traced on a's back-links
    for a, b in pair_list:
        partners.setdefault(a, []).append(b)
    cwd = cd.CostStore(scratch)
    try:
        found = {}                     # pair -> Link, or None (b not reachable from a, or LCD above the cap)
        for i, s in enumerate(used):
            checkpoint(cancelled)
            res = cd.cost_distance(cost, labels == s, knight=knight, cellsize=cellsize, units="map", graph=graph,
                                   cancelled=cancelled, method=method)
            for b in partners.get(s, ()):   # the paths from s now: its back-links are not kept
                found[(s, b)] = _link(res, labels, s, b, max_lcd, cellsize)
            cwd.put(s, res.cost)
            del res
            checkpoint(None, progress, 0.8 * (i + 1) / len(used))
        links = [found[pair] for pair in pair_list if found[pair] is not None]
        normalized = np.full(cost.shape, np.inf)
        by_source = {}                 # the minimum does not depend on the order of the pairs: one read of A each
        for link in links:
            by_source.setdefault(link.a, []).append(link)
        for a, group in sorted(by_source.items()):
            cwd_a = cwd.get(a)
            for link in group:
                ncd = cwd_a + cwd.get(link.b)
                ncd -= link.lcd
                np.fmin(normalized, ncd, out=normalized)
                del ncd
            del cwd_a
    finally:
        cwd.close()
    normalized[~np.isfinite(normalized)] = np.nan
    # tiny negative values from rounding
    np.maximum(normalized, 0.0, out=normalized, where=np.isfinite(normalized))
    if width is None:
        mask = np.zeros(cost.shape, bool)
        for link in links:
            r, c = np.array(link.path).T
            mask[r, c] = True
    else:
        with np.errstate(invalid="ignore"):
            mask = normalized <= width
    checkpoint(cancelled, progress, 1.0)
    return CorridorResult(links, normalized, mask)


def _link(res, labels, a, b, max_lcd, cellsize):
    """The :data:`Link` from ``a`` to ``b`` on ``a``'s cost distance ``res`` (None: ``b`` not reachable, or
    its LCD above ``max_lcd``)."""
    in_b = labels == b
    cb = np.where(in_b, res.cost, np.nan)
    if np.all(np.isnan(cb)):
        return None
    flat = int(np.nanargmin(cb))
    lcd = float(cb.flat[flat])
    if max_lcd is not None and lcd > max_lcd:
        return None
    path = cd.trace_path(res.backlink, divmod(flat, labels.shape[1]))[::-1]
    plen = cd.path_length(path, cellsize=cellsize)
    euc = edge_distance(labels == a, in_b, cellsize=cellsize)
    with np.errstate(divide="ignore"):
        r1 = lcd / euc if euc > 0 else np.inf
        r2 = plen / euc if euc > 0 else np.inf
    return Link(a, b, lcd, path, plen, euc, r1, r2)

