"""Patches of a categorical raster (8-neighbour rule, FRAGSTATS) with their area, perimeter, core and
adjacency, and the Euclidean nearest-neighbour distance (ENN, edge to edge of cell centres).
"""

import math

import numpy as np
from scipy.spatial import cKDTree

from .._progress import checkpoint
from .catalogue import _NAN, _encode, _valid_mask
from .runs import fast_encode, run_patches
from .shape_core import _disk, patch_geometry


def _core_cross(idx, m):
    """Core cells at an edge depth of one cell: valid cells whose 4 neighbours are inside the raster
    and of their class (FRAGSTATS core area, 4-neighbour cross)."""
    H, W = idx.shape
    core = np.zeros((H, W), dtype=bool)
    if H < 3 or W < 3:
        return core
    c = idx[1:-1, 1:-1]
    out = core[1:-1, 1:-1]
    np.not_equal(c, m, out=out)
    for nb in (idx[:-2, 1:-1], idx[2:, 1:-1], idx[1:-1, :-2], idx[1:-1, 2:]):
        out &= c == nb
    return core


def _edge_cells(idx, m):
    """Flat indices (raster order) of the valid cells with an 8-neighbour of another class, excluded
    or outside the raster: the cells that can hold a patch's nearest point to another patch."""
    H, W = idx.shape
    pad = np.full((H + 2, W + 2), m, dtype=idx.dtype)
    pad[1:-1, 1:-1] = idx
    e = np.zeros((H, W), dtype=bool)
    d = pad[1:-1, :-1] != pad[1:-1, 1:]
    np.logical_or(d[:, :-1], d[:, 1:], out=e)
    d = pad[:-1, 1:-1] != pad[1:, 1:-1]
    e |= d[:-1, :]
    e |= d[1:, :]
    d = pad[:-1, :-1] != pad[1:, 1:]
    e |= d[1:, 1:]
    e |= d[:-1, :-1]
    d = pad[:-1, 1:] != pad[1:, :-1]
    e |= d[:-1, 1:]
    e |= d[1:, :-1]
    del d
    e &= idx != m
    return np.flatnonzero(e)


# ----------------------------------------------------------------------------------------------
# core computation
# ----------------------------------------------------------------------------------------------
class _Landscape:
    """Everything the metrics need, computed once with vectorised numpy / scipy operations."""

    def __init__(self, arr, cell_size, nodata, mask, background, enn, *, progress, cancelled, depth_cells=1.0,
                 geometry=True, circle=True):
        arr = np.asarray(arr)
        if arr.ndim != 2:
            raise ValueError("a 2-D raster is needed")
        if not cell_size > 0:
            raise ValueError("cell_size must be positive")
        self.cs = float(cell_size)
        fast = None
        if nodata is None and mask is None and background is None:
            fast = fast_encode(arr)
        if fast is None:
            valid = _valid_mask(arr, nodata, mask, background)
            classes, idx, _ = _encode(arr, valid)
            del valid
        else:
            classes, idx = fast
        mx = len(classes)               # code of excluded cells in idx
        checkpoint(cancelled, progress, 0.05)
        H, W = arr.shape
        rp = run_patches(idx, mx, excluded=fast is None, runs=geometry)
        checkpoint(cancelled, progress, 0.5)
        keep = np.flatnonzero(rp["counts"] > 0)     # a value of the fast encoding may be absent
        self.classes = [classes[i] for i in keep]
        self.counts = rp["counts"][keep]
        m = self.m = len(keep)
        self.N = int(self.counts.sum())
        rc = np.append(keep, mx)
        self.offsets = rp["offsets"][rc]
        adj = rp["adj"][np.ix_(rc, rc)]  # [i, j]: sides of class-i cells facing class j (or m)
        total = self.P = int(self.offsets[-1])
        self.patch_cells = rp["patch_cells"]
        runs = rp["runs"]
        run_patch, run_length = rp.pop("run_patch"), rp.pop("run_length")

        def labels():                  # patch id raster (1..n, 0 excluded)
            return np.repeat(run_patch.astype(np.int32), run_length).reshape(H, W)
        del rp["runs"]
        self.geometry = None
        if geometry:  # GYRATE, CIRCLE, core areas (shape_core)
            core = _core_cross(idx, mx) if int(_disk(depth_cells).sum()) == 5 else None
            self.geometry = patch_geometry(
                labels, idx, mx, total, self.patch_cells, runs, depth_cells, circle=circle, core=core)
            del core
        del runs
        s4sum, sdsum = rp["s4"], rp["sd"]
        self.patch_class = np.repeat(np.arange(m), np.diff(self.offsets))
        self.patch_perim = np.rint(4.0 * self.patch_cells - s4sum).astype(np.int64)   # cell surfaces
        self.patch_contig = (2.0 * s4sum + sdsum) / self.patch_cells / 12.0
        like2 = np.bincount(self.patch_class, weights=s4sum, minlength=m)  # double-count g_ii
        adj[np.arange(m), np.arange(m)] = np.rint(like2).astype(np.int64)
        adj[m, :] = adj[:, m]
        adj[m, m] = 0
        self.adj = adj
        checkpoint(cancelled, progress, 0.7)
        self.patch_enn = np.full(total, _NAN)
        if enn and total > 1:
            base = _edge_cells(idx, mx)
            rows, cols = np.divmod(base, W)
            self._enn(rows, cols, labels().ravel()[base].astype(np.int64) - 1, progress=progress,
                      cancelled=cancelled)
        checkpoint(cancelled, progress, 1.0)

    # -- ENN ---------------------------------------------------------------------------------
    def _enn(self, rows, cols, plab, *, progress, cancelled):
        order = np.argsort(plab, kind="stable")          # groups points by patch, hence by class
        rows, cols, plab = rows[order], cols[order], plab[order]
        starts = np.searchsorted(plab, self.offsets)
        for c in range(self.m):
            lo, hi = self.offsets[c], self.offsets[c + 1]
            if hi - lo < 2:
                continue
            s, e = starts[c], starts[c + 1]
            pts = np.column_stack((rows[s:e], cols[s:e])).astype(np.float64)
            best = _nearest_other_patch(pts, plab[s:e] - lo, int(hi - lo))
            self.patch_enn[lo:hi] = best * self.cs
            checkpoint(cancelled, progress, 0.7 + 0.3 * (c + 1) / self.m)


def _group_min(keys, values, n):
    """Minimum of values per integer key 0..n-1 (inf where a key has none)."""
    out = np.full(n, np.inf)
    if keys.size:
        order = np.argsort(keys, kind="stable")
        k = keys[order]
        v = values[order]
        start = np.flatnonzero(np.concatenate(([True], k[1:] != k[:-1])))
        out[k[start]] = np.minimum.reduceat(v, start)
    return out


def _bit_rounds(pts, lab, n_patches, query, best, slack=0.0):
    """Exact nearest other-patch distance of the points ``query`` (indices into pts).

    The patches of the query points get a running number; for each bit b and value v the tree
    holds every point except those of query patches whose number has bit b = v, and those
    patches' query points are searched in it. Two different patches differ in some bit, so every
    point meets every other patch's points at least once, never its own. Searches are bounded by
    the patch's best distance so far plus ``slack`` (sorted in chunks). Returns
    (best per patch, per-point distance for ``query``)."""
    dq = np.full(len(pts), np.inf)
    up = np.unique(lab[query])
    rank = np.full(n_patches, -1, dtype=np.int64)
    rank[up] = np.arange(len(up))
    nbits = max(1, int(math.ceil(math.log2(len(up))))) if len(up) > 1 else 1
    prank = rank[lab]
    for bit in range(nbits):
        for v in (0, 1):
            side = (prank >= 0) & (((prank >> bit) & 1) == v)
            q = query[side[query]]
            if q.size == 0 or side.all():
                continue
            sub = cKDTree(pts[~side], balanced_tree=False, compact_nodes=False)
            bq = best[lab[q]]
            order = np.argsort(bq, kind="stable")
            q, bq = q[order], bq[order]
            cuts = np.unique(np.linspace(0, len(q), min(8, len(q)) + 1).astype(np.int64))
            for c0, c1 in zip(cuts[:-1], cuts[1:]):
                bound = bq[c1 - 1]
                d, _ = sub.query(pts[q[c0:c1]], k=1, workers=-1,
                                 distance_upper_bound=bound * (1 + 1e-9) + 1e-6 + slack
                                 if np.isfinite(bound) else np.inf)
                dq[q[c0:c1]] = np.minimum(dq[q[c0:c1]], d)
                best = np.minimum(best, _group_min(lab[q[c0:c1]], d, n_patches))
        if len(up) == 1:
            break
    return best, dq


_SAMPLE_MIN = 4096     # below this many unresolved points, skip the representative pass


def _nearest_other_patch(pts, lab, n_patches, block=4):
    """Exact distance (cells) from each patch to the nearest other patch, from its edge cells.

    1. A k-d tree over the edge cells of one class is queried with k = 8 neighbours: a
       point is resolved once a neighbour of another patch appears (its exact nearest
       other-patch distance); otherwise the k-th distance is a lower bound, and points whose
       bound is not below their patch's best distance are dropped.
    2. Remaining points: one representative per patch and block x block cell block is searched
       exactly among the representatives of other patches (``_bit_rounds``). That gives real
       distances, hence upper bounds U per patch, and for every point a lower bound
       d_rep - 2 * delta (delta = largest distance within a block). Points whose lower bound
       exceeds their patch's U cannot be the closest and are dropped.
    3. The survivors are searched exactly among all points (``_bit_rounds``).
    """
    n = len(pts)
    tree = cKDTree(pts, balanced_tree=False, compact_nodes=False)
    best = np.full(n_patches, np.inf)
    pending = np.arange(n)
    k = 8
    while pending.size and k <= 8:
        kk = min(k, n)
        d, j = tree.query(pts[pending], k=kk, workers=-1)
        if kk == 1:
            d, j = d[:, None], j[:, None]
        own = lab[pending]
        other = lab[j] != own[:, None]
        found = other.any(axis=1)
        first = other.argmax(axis=1)
        dist = d[np.arange(len(pending)), first]
        best = np.minimum(best, _group_min(own[found], dist[found], n_patches))
        if kk == n:
            pending = pending[:0]
            break
        keep = ~found & (d[:, -1] < best[own])
        pending = pending[keep]
        k *= 4
    del tree
    if pending.size > _SAMPLE_MIN:
        cell = np.floor(pts / block).astype(np.int64)
        key = (lab.astype(np.int64) * (cell[:, 0].max() + 1) + cell[:, 0]) * \
            (cell[:, 1].max() + 1) + cell[:, 1]
        _, rep, group = np.unique(key, return_index=True, return_inverse=True)
        rep_lab = lab[rep]
        wanted = np.unique(group[pending])          # groups holding pending points
        delta = (block - 1) * math.sqrt(2.0)
        best, drep = _bit_rounds(pts[rep], rep_lab, n_patches, wanted, best, 2.0 * delta)
        lower = drep[group[pending]] - 2.0 * delta
        pending = pending[lower <= best[lab[pending]] * (1 + 1e-9)]
    if pending.size:
        best, _ = _bit_rounds(pts, lab, n_patches, pending, best)
    best[~np.isfinite(best)] = _NAN
    return best
