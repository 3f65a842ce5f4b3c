"""Streams and basins from D8 flow: stream cells, Strahler order, stream links, basins, height above
the nearest drainage and stream paths.
"""

import numpy as np
from scipy import ndimage

from .flow import topological_order

__all__ = [
    "streams_from_accumulation", "strahler_order", "stream_links", "label_basins", "outlet_basins",
    "merge_small_regions", "downstream_stream_cell", "height_above_drainage", "stream_paths",
]


def _chain_roots(p):
    """The root (``p[r] == r``) at the end of every cell's pointer chain in the parent array ``p`` (flat
    int64, acyclic chains). Pointer doubling (Wyllie 1979; JaJa 1992, An Introduction to Parallel
    Algorithms, ch. 3): whole-array rounds while more than a quarter of the cells still moved, then
    rounds on those cells only (a cell whose parent is a root is done), so the last rounds gather from
    a shrinking set instead of the whole grid. The roots are unique: the result is the same as doubling
    the whole array until nothing changes."""
    n = p.size
    while True:
        q = p[p]
        moved = q != p                       # p was not a root there: q may not be one yet
        p = q
        count = np.count_nonzero(moved)
        if count <= n // 4:
            break
    act = np.flatnonzero(moved)
    del moved
    while act.size:
        pa = p[act]
        act = act[p[pa] != pa]               # the parent is not a root yet
        if act.size:
            p[act] = p[p[act]]
    return p


def streams_from_accumulation(acc, *, threshold, mask=None):
    """Stream cells: accumulation >= ``threshold`` (same unit as ``acc``, e.g. cells or m²). Method: flow-
    accumulation threshold (O'Callaghan & Mark 1984, Comput. Vision Graph. 28: 323-344).
    """
    s = np.asarray(acc) >= threshold
    if mask is not None:
        s &= ~np.asarray(mask, bool).ravel().reshape(s.shape)
    return s


def strahler_order(receiver, streams, *, fronts=None):
    """Strahler (1957) stream order on the stream cells (0 elsewhere). Flat int array."""
    rec = np.asarray(receiver, dtype=np.int64)
    st = np.asarray(streams, bool).ravel()
    n = rec.size
    if fronts is None:
        fronts = topological_order(rec)
    maxup = np.zeros(n, dtype=np.int64)
    cnt = np.zeros(n, dtype=np.int64)
    order = np.zeros(n, dtype=np.int64)
    for front in fronts:
        f = front[st[front]]
        if not f.size:
            continue
        order[f] = np.where(maxup[f] == 0, 1, maxup[f] + (cnt[f] >= 2))
        r = rec[f]
        ok = (r >= 0)
        f, r = f[ok], r[ok]
        ok = st[r]
        f, r = f[ok], r[ok]
        if not f.size:
            continue
        old = maxup[r].copy()
        np.maximum.at(maxup, r, order[f])
        changed = maxup[r] != old
        cnt[r[changed]] = 0
        np.add.at(cnt, r, order[f] == maxup[r])
    return order


def stream_links(receiver, streams):
    """Label stream links (segments between channel heads, junctions and outlets), 1..n.

    A link starts at a channel head (no upstream stream cell) or at the first cell below a
    junction (two or more upstream stream cells); the junction cell itself starts the downstream
    link. Returns a flat int64 array (0 off the streams).
    Method: stream links as ArcGIS Stream Link (segments of the D8 stream network).
    """
    rec = np.asarray(receiver, dtype=np.int64)
    st = np.asarray(streams, bool).ravel()
    n = rec.size
    cells = np.flatnonzero(st)
    r = rec[cells]
    inner = (r >= 0)
    inner[inner] = st[r[inner]]
    nup = np.bincount(r[inner], minlength=n)
    start = st & (nup != 1)
    up = np.arange(n)
    # the single upstream stream cell of each non-start stream cell
    up[r[inner]] = cells[inner]
    up = np.where(start | ~st, np.arange(n), up)
    p = _chain_roots(up)
    starts = np.flatnonzero(start)
    lab = np.zeros(n, dtype=np.int64)
    lab[starts] = np.arange(1, starts.size + 1)
    out = np.where(st, lab[p], 0)
    return out


def label_basins(receiver, seeds):
    """Give every cell the label of the first seed cell downstream (watershed labelling).

    ``seeds``: flat or 2-D int array, > 0 at seed cells (outlets, stream links, pour points).
    Cells whose flow path meets no seed get 0. Pointer doubling along the receivers.
    Method: upstream labelling along the D8 receivers, as GRASS r.water.outlet / ArcGIS Watershed.
    """
    rec = np.asarray(receiver, dtype=np.int64)
    lab = np.asarray(seeds).ravel().astype(np.int64)
    n = rec.size
    p = _chain_roots(np.where((lab > 0) | (rec < 0), np.arange(n), rec))
    return lab[p]


def outlet_basins(receiver, *, mask=None, min_cells=0):
    """Label the basin of every outlet (cell whose flow leaves the grid), 1..n by size, largest
    first. Basins smaller than ``min_cells`` get 0. Returns a flat int64 array (0 on ``mask``).
    Method: upstream labelling along the D8 receivers, as GRASS r.water.outlet / ArcGIS Basin.
    """
    rec = np.asarray(receiver, dtype=np.int64)
    n = rec.size
    valid = np.ones(n, bool) if mask is None else ~np.asarray(mask, bool).ravel()
    outl = np.flatnonzero((rec < 0) & valid)
    seeds = np.zeros(n, dtype=np.int64)
    seeds[outl] = np.arange(1, outl.size + 1)
    lab = label_basins(rec, seeds)
    lab[~valid] = 0
    size = np.bincount(lab, minlength=outl.size + 1)
    size[0] = 0
    rank = np.argsort(-size, kind="stable")
    new = np.zeros(size.size, dtype=np.int64)
    big = size[rank] >= max(1, min_cells)
    new[rank[big]] = np.arange(1, big.sum() + 1)
    return new[lab]


def merge_small_regions(labels, *, min_cells, mask=None):
    """Give the cells of regions smaller than ``min_cells`` (and unlabelled valid cells, 0) the
    label of the nearest large region (Euclidean distance transform). Keeps 0 on ``mask``."""
    lab = np.asarray(labels).copy()
    valid = np.ones(lab.shape, bool) if mask is None else ~np.asarray(mask, bool)
    size = np.bincount(lab.ravel().clip(0))
    small = (size < min_cells)[lab] | (lab <= 0)
    keep = valid & ~small
    if not keep.any():
        return np.where(valid, lab, 0)
    ir, ic = ndimage.distance_transform_edt(~keep, return_distances=False, return_indices=True)
    out = np.where(keep, lab, lab[ir, ic])
    return np.where(valid, out, 0)


def downstream_stream_cell(receiver, streams):
    """Flat index of the first stream cell on each cell's flow path (-1 if none)."""
    rec = np.asarray(receiver, dtype=np.int64)
    st = np.asarray(streams, bool).ravel()
    n = rec.size
    p = _chain_roots(np.where(st | (rec < 0), np.arange(n), rec))
    return np.where(st[p], p, -1)


def height_above_drainage(dem, receiver, streams):
    """HAND (Rennó et al. 2008): elevation above the first stream cell downstream (NaN where the
    flow path meets no stream). 2-D float64."""
    z = np.asarray(dem, np.float64)
    tgt = downstream_stream_cell(receiver, streams)
    zf = z.ravel()
    h = np.where(tgt >= 0, zf - zf[np.maximum(tgt, 0)], np.nan)
    return h.reshape(z.shape)


def stream_paths(receiver, links, shape):
    """Cell paths of the stream links, for vector lines.

    Returns ``{link: (rows, cols)}``: the cells of the link from upstream to downstream, plus the
    first cell of the next link (or the off-grid/sea cell of the outlet is *not* added), so that
    consecutive links share a vertex. Sorted by flow-path order with the upstream distance.
    """
    rec = np.asarray(receiver, dtype=np.int64)
    lk = np.asarray(links).ravel()
    cells = np.flatnonzero(lk > 0)
    # position along the link: number of link cells upstream (pointer doubling on the chain)
    n = rec.size
    r = rec[cells]
    same = r >= 0
    same[same] = lk[r[same]] == lk[cells[same]]
    down = np.arange(n)
    down[cells[same]] = r[same]
    dist = np.zeros(n, dtype=np.int64)
    dist[cells[same]] = 1
    p = down.copy()
    # distance to the link end by pointer doubling
    d = dist.copy()
    while True:
        pp = p[p]
        if np.array_equal(pp, p):
            break
        d = d + d[p]
        p = pp
    order = np.lexsort((-d[cells], lk[cells]))
    sc = cells[order]
    sl = lk[sc]
    bounds = np.flatnonzero(np.diff(sl)) + 1
    out = {}
    ends = p  # last cell of the link for each cell
    for chunk in np.split(sc, bounds):
        lid = int(lk[chunk[0]])
        last = ends[chunk[0]]
        nxt = rec[last]
        if nxt >= 0:
            chunk = np.append(chunk, nxt)
        out[lid] = (chunk // shape[1], chunk % shape[1])
    return out
