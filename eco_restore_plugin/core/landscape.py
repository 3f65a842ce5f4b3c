"""FRAGSTATS class- and landscape-level metrics, per zone and in moving windows (METHODS.md 1.5).

Method: McGarigal, K., Cushman, S.A. & Ene, E. (2012) FRAGSTATS v4: Spatial Pattern Analysis
Program for Categorical and Continuous Maps, help documentation ("FRAGSTATS v4 help" below),
University of Massachusetts, Amherst. Every metric is implemented here from the definitions in that
documentation (numpy / scipy only; no code from FRAGSTATS, landscapemetrics or pylandstats).

Conventions (all as FRAGSTATS; checked against the FRAGSTATS tables in shared/peerdata):

* Patches: 8-neighbour rule (``scipy.ndimage.label`` with a 3x3 structure, one class at a time).
* Cells outside the landscape (``nodata`` value, ``mask``, NaN, ``background`` values) are excluded:
  they count neither in the landscape area ``A`` nor as a class. This is FRAGSTATS' *exterior*
  background; an interior background class that counts in ``A`` is not modelled.
* Areas in hectares (cell_size**2 / 10000 per cell), edges and distances in metres (map units).
* Total edge (TE, ED) counts only edges between two different classes inside the landscape; the
  landscape boundary (and edges facing excluded cells) is counted only with ``count_boundary=True``
  (FRAGSTATS "count all boundary as edge"). LSI always counts every edge including the boundary
  (FRAGSTATS definition); patch perimeters (SHAPE, FRAC, PARA, COHESION) always include it.
* LSI (class) = e_i / min e_i in cell surfaces (raster form); LSI (landscape) = 0.25 E* / sqrt(A).
* PARA is reported in m/ha (as FRAGSTATS writes it; the help text says m/m2).
* FRAC = 2 ln(0.25 p) / ln(a) with p in m and a in m2; single-cell patches get FRAC = 1.
* SHAPE = p / min p in cell surfaces (raster correction).
* CONTIG uses the 3x3 template (centre 1, orthogonal 2, diagonal 1), v = 13; single cells = 0.
* ENN: shortest edge-to-edge distance to a patch of the same class, cell centre to cell centre;
  patches without a neighbour (class with one patch) are N/A (NaN) and left out of ENN_MN etc.
* _SD and _CV are population statistics (ddof = 0), _CV in percent; _AM is area weighted.
* Adjacency (PLADJ, CLUMPY, AI): like adjacencies g_ii by the double-count method (single count for
  AI); the denominator of PLADJ and CLUMPY counts every cell side (4 n_i), the landscape boundary
  included, as FRAGSTATS does without a landscape border.
* IJI needs at least 3 classes (N/A otherwise). CONTAG needs at least 2 (N/A otherwise); its
  adjacencies exclude the landscape boundary. SHEI, SIEI, MSIEI are 0 when only one class is present.
* COHESION uses patch perimeter and area in cell units and Z = number of cells in the landscape.
* Moving windows: each window is treated as a landscape of its own (cells outside the window are
  excluded, the window edge is not edge); m = classes present in the window.
"""
import collections
import math

import numpy as np
from scipy import ndimage
from scipy.spatial import cKDTree

from ._progress import checkpoint

__all__ = [
    "MetricInfo", "METRICS", "CLASS_METRICS", "LANDSCAPE_METRICS", "WINDOW_METRICS",
    "compute_metrics", "class_metrics", "landscape_metrics", "patch_metrics",
    "zonal_metrics", "moving_window", "metrics_table", "window_footprint",
]

MetricInfo = collections.namedtuple("MetricInfo", "name level unit en zh")

_STATS = (("MN", "mean", "平均值"), ("AM", "area-weighted mean", "面积加权平均值"),
          ("MD", "median", "中位数"), ("RA", "range", "极差"), ("SD", "standard deviation",
                                                                 "标准差"),
          ("CV", "coefficient of variation", "变异系数"))
_PATCH_BASE = (
    ("AREA", "ha", "patch area", "斑块面积"),
    ("SHAPE", "", "shape index", "形状指数"),
    ("FRAC", "", "fractal dimension index", "分维数"),
    ("PARA", "m/ha", "perimeter-area ratio", "周长面积比"),
    ("CONTIG", "", "contiguity index", "邻近指数"),
    ("ENN", "m", "Euclidean nearest-neighbour distance", "欧氏最近邻距离"),
)


def _build_metric_list():
    out = [
        MetricInfo("TA", "landscape", "ha", "total area", "景观总面积"),
        MetricInfo("CA", "class", "ha", "class area", "斑块类型面积"),
        MetricInfo("PLAND", "class", "%", "percentage of landscape", "斑块类型面积百分比"),
        MetricInfo("NP", "both", "", "number of patches", "斑块数量"),
        MetricInfo("PD", "both", "n/100 ha", "patch density", "斑块密度"),
        MetricInfo("LPI", "both", "%", "largest patch index", "最大斑块指数"),
        MetricInfo("TE", "both", "m", "total edge", "边缘总长度"),
        MetricInfo("ED", "both", "m/ha", "edge density", "边缘密度"),
        MetricInfo("LSI", "both", "", "landscape shape index", "景观形状指数"),
    ]
    for base, unit, en, zh in _PATCH_BASE:
        for suf, sen, szh in _STATS:
            u = "%" if suf == "CV" else unit
            out.append(MetricInfo(base + "_" + suf, "both", u, en + " (" + sen + ")", zh + szh))
    out += [
        MetricInfo("CLUMPY", "class", "", "clumpiness index", "丛生度指数"),
        MetricInfo("PLADJ", "both", "%", "percentage of like adjacencies", "相似邻接百分比"),
        MetricInfo("IJI", "both", "%", "interspersion and juxtaposition index", "散布与并列指数"),
        MetricInfo("COHESION", "both", "", "patch cohesion index", "斑块结合度指数"),
        MetricInfo("DIVISION", "both", "", "landscape division index", "景观分离度指数"),
        MetricInfo("MESH", "both", "ha", "effective mesh size", "有效网格大小"),
        MetricInfo("SPLIT", "both", "", "splitting index", "分割指数"),
        MetricInfo("AI", "both", "%", "aggregation index", "聚集度指数"),
        MetricInfo("CONTAG", "landscape", "%", "contagion index", "蔓延度指数"),
        MetricInfo("PR", "landscape", "", "patch richness", "斑块丰富度"),
        MetricInfo("PRD", "landscape", "n/100 ha", "patch richness density", "斑块丰富度密度"),
        MetricInfo("SHDI", "landscape", "", "Shannon's diversity index", "香农多样性指数"),
        MetricInfo("SIDI", "landscape", "", "Simpson's diversity index", "辛普森多样性指数"),
        MetricInfo("MSIDI", "landscape", "", "modified Simpson's diversity index",
                   "修正辛普森多样性指数"),
        MetricInfo("SHEI", "landscape", "", "Shannon's evenness index", "香农均匀度指数"),
        MetricInfo("SIEI", "landscape", "", "Simpson's evenness index", "辛普森均匀度指数"),
        MetricInfo("MSIEI", "landscape", "", "modified Simpson's evenness index",
                   "修正辛普森均匀度指数"),
    ]
    return tuple(out)


#: Every metric: name, level ("class", "landscape" or "both"), unit, English and Chinese names.
METRICS = _build_metric_list()
_INFO = {m.name: m for m in METRICS}
#: Metric names reported per class, in table order.
CLASS_METRICS = tuple(m.name for m in METRICS if m.level in ("class", "both"))
#: Metric names reported for the whole landscape, in table order.
LANDSCAPE_METRICS = tuple(m.name for m in METRICS if m.level in ("landscape", "both"))
#: Metrics with a fast (integral-image) moving-window implementation. Class metrics need
#: ``class_value``. Any other metric of CLASS_METRICS / LANDSCAPE_METRICS runs on the slow
#: per-window path (``allow_slow=True``).
WINDOW_METRICS = ("PLAND", "CA", "SHDI", "SIDI", "MSIDI", "SHEI", "SIEI", "MSIEI", "PR", "TE",
                  "ED", "PLADJ", "AI", "CONTAG")

_NAN = float("nan")
_EIGHT = np.ones((3, 3), dtype=bool)


# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------
def _valid_mask(arr, nodata=None, mask=None, background=None):
    valid = np.ones(arr.shape, dtype=bool)
    if np.issubdtype(arr.dtype, np.floating):
        valid &= np.isfinite(arr)
    if mask is not None:
        mask = np.asarray(mask, dtype=bool)
        if mask.shape != arr.shape:
            raise ValueError("mask shape {} != raster shape {}".format(mask.shape, arr.shape))
        valid &= ~mask
    for value in _as_list(nodata) + _as_list(background):
        if isinstance(value, float) and math.isnan(value):
            continue
        valid &= arr != value
    return valid


def _as_list(value):
    if value is None:
        return []
    if np.ndim(value) == 0:
        return [value]
    return list(value)


def _encode(arr, valid):
    """Class values (sorted), index raster (m for excluded cells) and cell count per class."""
    if arr.dtype in (np.uint8, np.uint16, np.bool_):
        span = 1 << (8 * arr.dtype.itemsize)
        flat = arr.ravel()
        all_valid = bool(valid.all())
        counts = np.bincount(flat if all_valid else arr[valid], minlength=span)
        present = np.flatnonzero(counts)
        m = len(present)
        dtype = np.uint8 if m < 255 else np.uint16
        lut = np.full(span, m, dtype=dtype)
        lut[present] = np.arange(m, dtype=dtype)
        idx = lut[arr]
        if not all_valid:
            idx[~valid] = m
        return [int(v) for v in present], idx, counts[present].astype(np.int64)
    if np.issubdtype(arr.dtype, np.integer):
        a = arr.astype(np.int64, copy=False)
        if valid.any():
            vals = a[valid] if not valid.all() else a
            vmin, vmax = int(vals.min()), int(vals.max())
        else:
            vmin, vmax = 0, 0
        span = vmax - vmin + 1
        if span <= 4 * a.size + 1024 and span <= 1 << 24:
            tmp = a - vmin
            tmp[~valid] = span
            counts = np.bincount(tmp.ravel(), minlength=span + 1)[:span]
            present = np.flatnonzero(counts)
            m = len(present)
            dtype = np.uint8 if m < 255 else (np.uint16 if m < 65535 else np.int32)
            lut = np.full(span + 1, m, dtype=dtype)
            lut[present] = np.arange(m, dtype=dtype)
            idx = lut[tmp]
            classes = [int(v) + vmin for v in present]
            return classes, idx, counts[present].astype(np.int64)
    vals, inv = np.unique(arr[valid], return_inverse=True)
    m = len(vals)
    dtype = np.uint8 if m < 255 else (np.uint16 if m < 65535 else np.int32)
    idx = np.full(arr.shape, m, dtype=dtype)
    idx[valid] = inv
    counts = np.bincount(inv, minlength=m).astype(np.int64)
    classes = [v.item() for v in vals]
    return classes, idx, counts


def _min_perimeter(n_cells):
    """Minimum perimeter (cell surfaces) of n cells, maximally compact (FRAGSTATS 'min e')."""
    a = np.asarray(n_cells, dtype=np.int64)
    n = np.floor(np.sqrt(a)).astype(np.int64)
    n = np.where((n + 1) ** 2 <= a, n + 1, n)
    n = np.where(n * n > a, n - 1, n)
    return np.where(a == n * n, 4 * n, np.where(a <= n * (n + 1), 4 * n + 2, 4 * n + 4))


def _max_like_adjacency(n_cells):
    """Maximum number of like adjacencies (single count) of n cells (FRAGSTATS AI, 'max g_ii')."""
    a = np.asarray(n_cells, dtype=np.int64)
    n = np.floor(np.sqrt(a)).astype(np.int64)
    n = np.where((n + 1) ** 2 <= a, n + 1, n)
    n = np.where(n * n > a, n - 1, n)
    r = a - n * n
    return np.where(r == 0, 2 * n * (n - 1), np.where(r <= n, 2 * n * (n - 1) + 2 * r - 1,
                                                      2 * n * (n - 1) + 2 * r - 2))


def _stats(values, weights):
    """MN, AM, MD, RA, SD (population), CV (%) of a patch metric; NaN values are left out."""
    values = np.asarray(values, dtype=float)
    ok = np.isfinite(values)
    v, w = values[ok], np.asarray(weights, dtype=float)[ok]
    if v.size == 0:
        return dict.fromkeys(("MN", "AM", "MD", "RA", "SD", "CV"), _NAN)
    mn = float(v.mean())
    sd = float(v.std())
    return {"MN": mn, "AM": float((v * w).sum() / w.sum()) if w.sum() > 0 else _NAN,
            "MD": float(np.median(v)), "RA": float(v.max() - v.min()), "SD": sd,
            "CV": sd / mn * 100.0 if mn != 0 else _NAN}


# ----------------------------------------------------------------------------------------------
# core computation
# ----------------------------------------------------------------------------------------------
class _Landscape:
    """Everything the metrics need, computed once with vectorised numpy / scipy operations."""

    def __init__(self, arr, cell_size, nodata, mask, background, enn, *, progress, cancelled):
        arr = np.asarray(arr)
        if arr.ndim != 2:
            raise ValueError("a 2-D raster is needed")
        if not cell_size > 0:
            raise ValueError("cell_size must be positive")
        self.cs = float(cell_size)
        valid = _valid_mask(arr, nodata, mask, background)
        self.classes, idx, self.counts = _encode(arr, valid)
        m = self.m = len(self.classes)
        self.N = int(self.counts.sum())
        checkpoint(cancelled, progress, 0.05)
        H, W = arr.shape
        pad = np.full((H + 2, W + 2), m, dtype=idx.dtype)
        pad[1:-1, 1:-1] = idx
        # --- edge cells: valid cells with at least one 8-neighbour of another class or excluded ---
        # (index m = excluded or outside; values at excluded cells are never used). Everything
        # below works on the padded grid, whose flat indices address the 8 neighbours directly.
        edge = np.zeros(pad.shape, dtype=bool)
        e = edge[1:-1, 1:-1]
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
        base = np.flatnonzero(edge)
        del edge, e
        stride = W + 2
        pflat = pad.ravel()
        own = pflat[base]
        k = m + 1
        big = k * k > 255
        own_k = own.astype(np.int64) * k if big else own * np.uint8(k)
        counts = np.zeros(k * k, dtype=np.int64)
        s4e = np.zeros(len(base), dtype=np.uint8)
        sde = np.zeros(len(base), dtype=np.uint8)
        for off in (1, -1, stride, -stride):
            nb = pflat[base + off]
            s4e += nb == own
            counts += np.bincount(own_k + nb, minlength=k * k)   # ordered (own, neighbour)
        for off in (stride + 1, stride - 1, -stride + 1, -stride - 1):
            sde += pflat[base + off] == own
        del own_k, nb
        adj = counts.reshape(k, k)      # [i, j]: sides of class-i cells facing class j (or m)
        checkpoint(cancelled, progress, 0.3)
        # --- patches: 8-neighbour labelling, one class at a time; labels consecutive per class ---
        labels = np.zeros(pad.shape, dtype=np.int32)
        tmp = np.empty(pad.shape, dtype=np.int32)
        self.offsets = np.zeros(m + 1, dtype=np.int64)
        for c in range(m):
            cm = pad == c
            n = ndimage.label(cm, structure=_EIGHT, output=tmp)
            np.add(tmp, np.int32(self.offsets[c]), out=tmp, where=cm)
            labels += tmp
            self.offsets[c + 1] = self.offsets[c] + n
            checkpoint(cancelled, progress, 0.3 + 0.3 * (c + 1) / max(m, 1))
        del tmp, cm, pad
        total = self.P = int(self.offsets[-1])
        self.patch_cells = np.bincount(labels.ravel(), minlength=total + 1)[1:].astype(np.int64)
        elab = labels.ravel()[base]
        del labels
        # per patch: sums of same-class neighbours over its cells; interior cells have 4 + 4
        d4 = np.bincount(elab, weights=4.0 - s4e, minlength=total + 1)[1:]
        dd = np.bincount(elab, weights=4.0 - sde, minlength=total + 1)[1:]
        s4sum = 4.0 * self.patch_cells - d4
        sdsum = 4.0 * self.patch_cells - dd
        self.patch_class = np.repeat(np.arange(m), np.diff(self.offsets))
        self.patch_perim = np.rint(d4).astype(np.int64)          # cell surfaces
        self.patch_contig = (2.0 * s4sum + sdsum) / self.patch_cells / 12.0
        like2 = np.bincount(self.patch_class, weights=s4sum, minlength=m)  # double-count g_ii
        adj[np.arange(m), np.arange(m)] = np.rint(like2).astype(np.int64)
        adj[m, :] = adj[:, m]
        adj[m, m] = 0
        self.adj = adj
        checkpoint(cancelled, progress, 0.7)
        self.patch_enn = np.full(total, _NAN)
        if enn and total > 1:
            rows, cols = np.divmod(base, stride)
            self._enn(rows - 1, cols - 1, elab - 1, progress=progress, cancelled=cancelled)
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
        start = np.flatnonzero(np.r_[True, k[1:] != k[:-1]])
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


# ----------------------------------------------------------------------------------------------
# metric formulas
# ----------------------------------------------------------------------------------------------
def _patch_values(L):
    """Patch-level AREA, PERIM, SHAPE, FRAC, PARA, CONTIG, ENN arrays (FRAGSTATS v4 help, patch
    metrics; PARA in m/ha, FRAC with p in m and a in m2, single cells FRAC = 1)."""
    cs = L.cs
    a_cells = L.patch_cells.astype(float)
    p_cells = L.patch_perim.astype(float)
    area_m2 = a_cells * cs * cs
    perim_m = p_cells * cs
    with np.errstate(divide="ignore", invalid="ignore"):
        frac = 2.0 * np.log(0.25 * perim_m) / np.log(area_m2)
    frac = np.where(L.patch_cells == 1, 1.0, frac)
    return {
        "AREA": area_m2 / 1e4,
        "PERIM": perim_m,
        "SHAPE": p_cells / _min_perimeter(L.patch_cells),
        "FRAC": frac,
        "PARA": perim_m / (area_m2 / 1e4),
        "CONTIG": L.patch_contig,
        "ENN": L.patch_enn,
    }


def _entropy_terms(p):
    p = p[p > 0]
    return float(-(p * np.log(p)).sum()), float((p * p).sum()), len(p)


def _compute(L, count_boundary):
    cs, m, N = L.cs, L.m, L.N
    cell_ha = cs * cs / 1e4
    A_ha = N * cell_ha
    adj = L.adj
    like2 = np.diag(adj)[:m].astype(float)               # double-count like adjacencies g_ii
    inner = adj[:m, :m].astype(float)
    boundary = adj[:m, m].astype(float)                  # sides facing the boundary / excluded
    te_cls = inner.sum(axis=1) - like2                   # internal edge count per class
    if count_boundary:
        te_cls = te_cls + boundary
    te_land = (inner.sum() - like2.sum()) / 2.0 + (boundary.sum() if count_boundary else 0.0)
    pv = _patch_values(L)
    area = pv["AREA"]
    a_cells = L.patch_cells.astype(float)
    p_cells = L.patch_perim.astype(float)
    P = L.counts / N if N else np.zeros(m)
    classes = {}
    n_cls = m
    for c, value in enumerate(L.classes):
        lo, hi = L.offsets[c], L.offsets[c + 1]
        n = float(L.counts[c])
        r = {}
        r["CA"] = n * cell_ha
        r["PLAND"] = 100.0 * n / N
        r["NP"] = int(hi - lo)
        r["PD"] = (hi - lo) / A_ha * 100.0
        ac = a_cells[lo:hi]
        r["LPI"] = 100.0 * ac.max() / N
        r["TE"] = te_cls[c] * cs
        r["ED"] = r["TE"] / A_ha
        e_all = inner[c].sum() - like2[c] + boundary[c]
        r["LSI"] = e_all / float(_min_perimeter(int(n)))
        for base in ("AREA", "SHAPE", "FRAC", "PARA", "CONTIG", "ENN"):
            for suf, val in _stats(pv[base][lo:hi], area[lo:hi]).items():
                r[base + "_" + suf] = val
        g_all = 4.0 * n
        mine = float(_min_perimeter(int(n)))
        G = like2[c] / (g_all - mine) if g_all > mine else _NAN
        Pi = P[c]
        if not np.isfinite(G) or Pi >= 1.0:
            r["CLUMPY"] = _NAN
        elif G < Pi and Pi < 0.5:
            r["CLUMPY"] = (G - Pi) / Pi
        else:
            r["CLUMPY"] = (G - Pi) / (1.0 - Pi)
        r["PLADJ"] = 100.0 * like2[c] / g_all
        e_ik = np.delete(inner[c], c)
        if n_cls >= 3 and e_ik.sum() > 0:
            q = e_ik[e_ik > 0] / e_ik.sum()
            r["IJI"] = float(-(q * np.log(q)).sum() / math.log(n_cls - 1) * 100.0)
        else:
            r["IJI"] = _NAN
        r["COHESION"] = _cohesion(p_cells[lo:hi], ac, N)
        s2 = float((ac * ac).sum())
        r["DIVISION"] = 1.0 - s2 / (float(N) ** 2)
        r["MESH"] = s2 / N * cell_ha
        r["SPLIT"] = float(N) ** 2 / s2
        gmax = float(_max_like_adjacency(int(n)))
        r["AI"] = 100.0 * (like2[c] / 2.0) / gmax if gmax > 0 else _NAN
        classes[value] = r
    land = {}
    land["TA"] = A_ha
    land["NP"] = int(L.P)
    land["PD"] = L.P / A_ha * 100.0 if N else _NAN
    land["LPI"] = 100.0 * a_cells.max() / N if L.P else _NAN
    land["TE"] = te_land * cs
    land["ED"] = land["TE"] / A_ha if N else _NAN
    e_star = (inner.sum() - like2.sum()) / 2.0 + boundary.sum()
    land["LSI"] = 0.25 * e_star / math.sqrt(N) if N else _NAN
    for base in ("AREA", "SHAPE", "FRAC", "PARA", "CONTIG", "ENN"):
        for suf, val in _stats(pv[base], area).items():
            land[base + "_" + suf] = val
    land["PLADJ"] = 100.0 * like2.sum() / (4.0 * N) if N else _NAN
    if n_cls >= 3:
        iu = np.triu_indices(m, 1)
        e = inner[iu]
        q = e[e > 0] / e.sum() if e.sum() > 0 else np.array([])
        land["IJI"] = float(-(q * np.log(q)).sum() / math.log(0.5 * m * (m - 1)) * 100.0) \
            if q.size else _NAN
    else:
        land["IJI"] = _NAN
    land["COHESION"] = _cohesion(p_cells, a_cells, N)
    s2 = float((a_cells * a_cells).sum())
    land["DIVISION"] = 1.0 - s2 / (float(N) ** 2) if N else _NAN
    land["MESH"] = s2 / N * cell_ha if N else _NAN
    land["SPLIT"] = float(N) ** 2 / s2 if s2 else _NAN
    gmax = _max_like_adjacency(L.counts).astype(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(gmax > 0, like2 / 2.0 / gmax, 0.0)
    land["AI"] = float(100.0 * (ratio * P).sum()) if N else _NAN
    land["CONTAG"] = _contag(inner, P)
    land.update(_diversity(P, A_ha))
    return classes, land


def _cohesion(perim, area, Z):
    """COHESION (FRAGSTATS v4 help): perimeter and area in cell units, Z cells in the landscape."""
    den = float((perim * np.sqrt(area)).sum())
    if Z <= 1 or den == 0:
        return _NAN
    return (1.0 - perim.sum() / den) / (1.0 - 1.0 / math.sqrt(Z)) * 100.0


def _contag(g, P):
    """CONTAG (FRAGSTATS v4 help): g = double-count adjacency matrix among classes (no boundary)."""
    m = len(P)
    if m < 2:
        return _NAN
    gi = g.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        q = P[:, None] * g / gi[:, None]
        t = np.where(q > 0, q * np.log(q), 0.0)
    return float((1.0 + t.sum() / (2.0 * math.log(m))) * 100.0)


def _diversity(P, A_ha):
    """PR, PRD, SHDI, SIDI, MSIDI, SHEI, SIEI, MSIEI (FRAGSTATS v4 help, diversity metrics)."""
    shdi, ssq, m = _entropy_terms(np.asarray(P, dtype=float))
    out = {"PR": m, "PRD": m / A_ha * 100.0 if A_ha else _NAN, "SHDI": shdi,
           "SIDI": 1.0 - ssq if m else _NAN, "MSIDI": -math.log(ssq) if m else _NAN}
    if m > 1:
        out["SHEI"] = shdi / math.log(m)
        out["SIEI"] = (1.0 - ssq) / (1.0 - 1.0 / m)
        out["MSIEI"] = -math.log(ssq) / math.log(m)
    else:
        out["SHEI"] = out["SIEI"] = out["MSIEI"] = 0.0 if m == 1 else _NAN
    return out


# ----------------------------------------------------------------------------------------------
# public API
# ----------------------------------------------------------------------------------------------
def compute_metrics(arr, cell_size=1.0, nodata=None, mask=None, background=None,
                    count_boundary=False, enn=True, patches=False, *, progress=None, cancelled=None):
    """Class- and landscape-level FRAGSTATS metrics of a categorical raster.

    Method: McGarigal et al. (2012) FRAGSTATS v4 help (class and landscape metrics; formulas in
    the module docstring and ``METRICS``), 8-neighbour patch rule. METHODS.md 1.5.

    Parameters: ``arr`` 2-D class raster (integer or float); ``cell_size`` in map units (metres);
    ``nodata`` value(s), ``mask`` (True = excluded) and ``background`` value(s) are excluded from
    the landscape; ``count_boundary`` counts the landscape boundary as edge in TE/ED;
    ``enn=False`` skips the nearest-neighbour search (ENN_* become NaN); ``patches=True`` adds the
    patch table; ``progress(fraction)`` / ``cancelled()`` callbacks (:class:`~._progress.Cancelled` on cancel).

    Returns ``{"class": {class_value: {metric: value}}, "landscape": {metric: value}}`` (plus
    ``"patches"``: dict of arrays CLASS, AREA, PERIM, SHAPE, FRAC, PARA, CONTIG, ENN). N/A values
    are NaN.
    """
    L = _Landscape(arr, cell_size, nodata, mask, background, enn, progress=progress, cancelled=cancelled)
    out = {"class": {}, "landscape": {}}
    if L.N == 0:
        out["landscape"] = {name: _NAN for name in LANDSCAPE_METRICS}
        out["landscape"].update(TA=0.0, NP=0, PR=0)
        return out
    classes, land = _compute(L, count_boundary)
    out["class"] = {c: {name: r.get(name, _NAN) for name in CLASS_METRICS} for c, r in
                    classes.items()}
    out["landscape"] = {name: land.get(name, _NAN) for name in LANDSCAPE_METRICS}
    if patches:
        pv = _patch_values(L)
        pv["CLASS"] = np.asarray(L.classes)[L.patch_class] if L.P else np.zeros(0)
        out["patches"] = pv
    return out


def class_metrics(arr, cell_size=1.0, **kwargs):
    """Class-level metrics only: ``{class_value: {metric: value}}``.

    Method: FRAGSTATS v4 help, class metrics (see ``compute_metrics``).
    """
    return compute_metrics(arr, cell_size, **kwargs)["class"]


def landscape_metrics(arr, cell_size=1.0, **kwargs):
    """Landscape-level metrics only: ``{metric: value}``.

    Method: FRAGSTATS v4 help, landscape metrics (see ``compute_metrics``).
    """
    return compute_metrics(arr, cell_size, **kwargs)["landscape"]


def patch_metrics(arr, cell_size=1.0, **kwargs):
    """Patch table: dict of arrays CLASS, AREA (ha), PERIM (m), SHAPE, FRAC, PARA (m/ha), CONTIG,
    ENN (m, NaN without a neighbour), one entry per 8-connected patch (ordered by class).

    Method: FRAGSTATS v4 help, patch metrics (see ``compute_metrics``).
    """
    kwargs["patches"] = True
    return compute_metrics(arr, cell_size, **kwargs)["patches"]


def zonal_metrics(arr, zones, cell_size=1.0, zone_nodata=0, nodata=None, mask=None,
                  background=None, *, progress=None, cancelled=None, **kwargs):
    """Metrics for each zone of a zone-label raster (e.g. a rasterised polygon layer).

    Method: FRAGSTATS v4 help (see ``compute_metrics``): each zone is analysed as a landscape of
    its own; cells outside the zone are excluded (the zone edge is landscape boundary).
    ``zones`` has the raster's shape; ``zone_nodata`` (and NaN) marks cells in no zone.
    Returns ``{zone_id: compute_metrics(...) result}``, zones in increasing order.
    """
    arr = np.asarray(arr)
    zones = np.asarray(zones)
    if zones.shape != arr.shape:
        raise ValueError("zones shape {} != raster shape {}".format(zones.shape, arr.shape))
    zvalid = _valid_mask(zones, zone_nodata)
    zvalues, zidx, _ = _encode(zones, zvalid)
    base_valid = _valid_mask(arr, nodata, mask, background)
    objects = ndimage.find_objects(np.where(zvalid, zidx.astype(np.int64) + 1, 0))
    out = {}
    for i, (z, sl) in enumerate(zip(zvalues, objects)):
        checkpoint(cancelled, progress, i / max(len(zvalues), 1))
        if sl is None:
            continue
        sub_mask = ~(base_valid[sl] & (zidx[sl] == i))
        out[z] = compute_metrics(arr[sl], cell_size, mask=sub_mask, **kwargs)
    checkpoint(cancelled, progress, 1.0)
    return out


def metrics_table(result, zone=None):
    """Flatten a ``compute_metrics`` result into rows (dicts): one landscape row
    (``level='landscape'``, ``class=None``) and one row per class; ``zone`` is added when given.
    Units and names are in ``METRICS``. Helper for adapters building attribute tables.
    """
    rows = []
    base = {} if zone is None else {"zone": zone}
    row = dict(base, level="landscape", **{"class": None})
    row.update(result["landscape"])
    rows.append(row)
    for c, vals in result["class"].items():
        row = dict(base, level="class", **{"class": c})
        row.update(vals)
        rows.append(row)
    return rows


# ----------------------------------------------------------------------------------------------
# moving window
# ----------------------------------------------------------------------------------------------
def window_footprint(radius, shape="square"):
    """Boolean (2r+1)^2 window: 'square' (all cells) or 'circle' (cells whose centre lies within
    ``radius`` cells of the centre cell)."""
    r = int(radius)
    if r < 1:
        raise ValueError("radius must be at least 1 cell")
    if shape == "square":
        return np.ones((2 * r + 1, 2 * r + 1), dtype=bool)
    if shape == "circle":
        y, x = np.mgrid[-r:r + 1, -r:r + 1]
        return (x * x + y * y) <= r * r
    raise ValueError("shape must be 'square' or 'circle'")


def _rectangles(fp):
    """Decompose a footprint into rectangles (y0, y1, x0, x1), inclusive, offsets from its centre
    row/col 0 of the footprint array: consecutive rows with the same single run are merged."""
    runs = []
    for y in range(fp.shape[0]):
        xs = np.flatnonzero(fp[y])
        if xs.size == 0:
            continue
        splits = np.flatnonzero(np.diff(xs) > 1)
        for seg in np.split(xs, splits + 1):
            runs.append([y, y, int(seg[0]), int(seg[-1])])
    runs.sort(key=lambda t: (t[2], t[3], t[0]))
    merged = []
    for r in runs:
        if merged and merged[-1][2:] == r[2:] and merged[-1][1] + 1 == r[0]:
            merged[-1][1] = r[0]
        else:
            merged.append(r)
    return [tuple(r) for r in merged]


class _WindowSummer:
    """Window sums of rasters by integral images over a block of output rows."""

    def __init__(self, fp, r, H_out, W):
        self.r, self.H, self.W = r, H_out, W
        self.rects = _rectangles(fp)
        self.rects_h = _rectangles(fp[:, :-1] & fp[:, 1:])   # pair (x, x+1) stored at x
        self.rects_v = _rectangles(fp[:-1, :] & fp[1:, :])   # pair (y, y+1) stored at y

    def sum(self, a, kind=""):
        """a: block raster with r extra rows above and below the output rows (zeros outside the
        raster), full width. Returns the window sum at each output cell."""
        r, H, W = self.r, self.H, self.W
        rects = {"": self.rects, "h": self.rects_h, "v": self.rects_v}[kind]
        ap = np.zeros((a.shape[0] + 1, W + 2 * r + 1), dtype=np.int64)
        ap[1:, r + 1:r + 1 + a.shape[1]] = a
        ii = ap.cumsum(axis=0).cumsum(axis=1)
        out = np.zeros((H, W), dtype=np.int64)
        for y0, y1, x0, x1 in rects:
            out += ii[y1 + 1:y1 + 1 + H, x1 + 1:x1 + 1 + W]
            out -= ii[y0:y0 + H, x1 + 1:x1 + 1 + W]
            out -= ii[y1 + 1:y1 + 1 + H, x0:x0 + W]
            out += ii[y0:y0 + H, x0:x0 + W]
        return out


def moving_window(arr, metric, radius, cell_size=1.0, shape="square", class_value=None,
                  nodata=None, mask=None, background=None, min_valid_fraction=0.5,
                  allow_slow=False, block_rows=256, *, progress=None, cancelled=None):
    """One metric in a moving window around every cell, as a float raster (NaN where the centre
    cell is excluded or fewer than ``min_valid_fraction`` of the window cells are valid).

    Method: FRAGSTATS v4 help, moving-window analysis: each window is analysed as a landscape of
    its own (cells outside it excluded, its edge not counted as edge, m = classes present in the
    window). ``radius`` in cells; ``shape`` 'square' (side 2r+1) or 'circle'.

    Fast path (``WINDOW_METRICS``): count-based metrics from integral images of class indicator,
    edge and adjacency rasters, O(cells x m^2) for any radius: PLAND, CA (class metrics, need
    ``class_value``), SHDI, SIDI, MSIDI, SHEI, SIEI, MSIEI, PR, TE, ED, PLADJ, AI, CONTAG.
    Patch-based metrics (NP, PD, LPI, AREA_*, SHAPE_*, ENN_*, COHESION, ...) have no fast form:
    they are computed by ``compute_metrics`` on every window (``allow_slow=True``; about a
    millisecond per cell, so only for small rasters).
    """
    arr = np.asarray(arr)
    metric = metric.upper()
    is_class = metric in CLASS_METRICS and metric not in LANDSCAPE_METRICS
    if is_class and class_value is None:
        raise ValueError("class metric {} needs class_value".format(metric))
    if metric not in CLASS_METRICS and metric not in LANDSCAPE_METRICS:
        raise ValueError("unknown metric {}".format(metric))
    fp = window_footprint(radius, shape)
    r = int(radius)
    valid = _valid_mask(arr, nodata, mask, background)
    classes, idx, _ = _encode(arr, valid)
    m = len(classes)
    fast = metric in WINDOW_METRICS and (class_value is None or metric in ("PLAND", "CA"))
    if not fast:
        if not allow_slow:
            raise ValueError("{} has no fast moving-window form; pass allow_slow=True to compute"
                             " it window by window (slow)".format(metric))
        return _moving_window_slow(arr, metric, fp, r, cell_size, class_value, valid,
                                   min_valid_fraction, progress=progress, cancelled=cancelled)
    H, W = arr.shape
    out = np.full((H, W), np.nan)
    min_cells = min_valid_fraction * fp.sum()
    cell_ha = cell_size * cell_size / 1e4
    if is_class:
        target = classes.index(class_value) if class_value in classes else -1
    block_rows = max(1, int(block_rows))
    for b0 in range(0, H, block_rows):
        checkpoint(cancelled, progress, b0 / H)
        b1 = min(H, b0 + block_rows)
        Hb = b1 - b0
        s0, s1 = max(0, b0 - r), min(H, b1 + r)
        blk = np.full((Hb + 2 * r, W), m, dtype=np.int64)   # rows b0 - r .. b1 + r - 1
        blk[s0 - (b0 - r):s0 - (b0 - r) + (s1 - s0)] = idx[s0:s1]
        S = _WindowSummer(fp, r, Hb, W)
        vb = blk != m
        nvalid = S.sum(vb)
        res = np.full((Hb, W), np.nan)
        ok = vb[r:r + Hb] & (nvalid >= min_cells) & (nvalid > 0)
        if metric in ("PLAND", "CA"):
            n = S.sum(blk == target) if target >= 0 else np.zeros((Hb, W), np.int64)
            res = 100.0 * n / np.maximum(nvalid, 1) if metric == "PLAND" else n * cell_ha
        elif metric in ("SHDI", "SIDI", "MSIDI", "SHEI", "SIEI", "MSIEI", "PR"):
            shdi = np.zeros((Hb, W))
            ssq = np.zeros((Hb, W))
            pr = np.zeros((Hb, W))
            nv = np.maximum(nvalid, 1).astype(float)
            for c in range(m):
                p = S.sum(blk == c) / nv
                with np.errstate(divide="ignore", invalid="ignore"):
                    shdi -= np.where(p > 0, p * np.log(p), 0.0)
                ssq += p * p
                pr += p > 0
            with np.errstate(divide="ignore", invalid="ignore"):
                lnm = np.log(pr)
                res = {"SHDI": shdi, "SIDI": 1.0 - ssq, "MSIDI": -np.log(ssq), "PR": pr,
                       "SHEI": np.where(pr > 1, shdi / lnm, 0.0),
                       "SIEI": np.where(pr > 1, (1.0 - ssq) / (1.0 - 1.0 / pr), 0.0),
                       "MSIEI": np.where(pr > 1, -np.log(ssq) / lnm, 0.0)}[metric]
        elif metric in ("TE", "ED"):
            h = (blk[:, :-1] != blk[:, 1:]) & vb[:, :-1] & vb[:, 1:]
            v = (blk[:-1, :] != blk[1:, :]) & vb[:-1, :] & vb[1:, :]
            te = (S.sum(np.pad(h, ((0, 0), (0, 1))), "h")
                  + S.sum(np.pad(v, ((0, 1), (0, 0))), "v")) * cell_size
            res = te if metric == "TE" else te / (np.maximum(nvalid, 1) * cell_ha)
        elif metric in ("PLADJ", "AI"):
            if metric == "PLADJ":
                h = (blk[:, :-1] == blk[:, 1:]) & vb[:, :-1]
                v = (blk[:-1, :] == blk[1:, :]) & vb[:-1, :]
                like = S.sum(np.pad(h, ((0, 0), (0, 1))), "h") + \
                    S.sum(np.pad(v, ((0, 1), (0, 0))), "v")
                res = 100.0 * 2.0 * like / (4.0 * np.maximum(nvalid, 1))
            else:
                res = np.zeros((Hb, W))
                nv = np.maximum(nvalid, 1).astype(float)
                for c in range(m):
                    bc = blk == c
                    n = S.sum(bc)
                    like = S.sum(np.pad(bc[:, :-1] & bc[:, 1:], ((0, 0), (0, 1))), "h") + \
                        S.sum(np.pad(bc[:-1, :] & bc[1:, :], ((0, 1), (0, 0))), "v")
                    gmax = _max_like_adjacency(n)
                    with np.errstate(divide="ignore", invalid="ignore"):
                        res += np.where(gmax > 0, like / gmax, 0.0) * (n / nv)
                res *= 100.0
        elif metric == "CONTAG":
            res = _window_contag(blk, vb, m, S, nvalid, Hb, W)
        res = np.where(ok, res, np.nan)
        out[b0:b1] = res
    checkpoint(cancelled, progress, 1.0)
    return out


def _window_contag(blk, vb, m, S, nvalid, Hb, W):
    """CONTAG in every window from window sums of like and unlike orthogonal adjacency counts."""
    nv = np.maximum(nvalid, 1).astype(float)
    P = []
    G = []
    pair = {}
    for c in range(m):
        bc = blk == c
        P.append(S.sum(bc) / nv)
        like = S.sum(np.pad(bc[:, :-1] & bc[:, 1:], ((0, 0), (0, 1))), "h") + \
            S.sum(np.pad(bc[:-1, :] & bc[1:, :], ((0, 1), (0, 0))), "v")
        pair[(c, c)] = 2.0 * like
    for c in range(m):
        for d in range(c + 1, m):
            h = ((blk[:, :-1] == c) & (blk[:, 1:] == d)) | ((blk[:, :-1] == d) & (blk[:, 1:] == c))
            v = ((blk[:-1, :] == c) & (blk[1:, :] == d)) | ((blk[:-1, :] == d) & (blk[1:, :] == c))
            e = S.sum(np.pad(h, ((0, 0), (0, 1))), "h") + S.sum(np.pad(v, ((0, 1), (0, 0))), "v")
            if e.any():
                pair[(c, d)] = e.astype(float)
    for c in range(m):
        g = np.zeros((Hb, W))
        for (a, b), e in pair.items():
            if a == c or b == c:
                g += e
        G.append(g)
    total = np.zeros((Hb, W))
    pr = np.zeros((Hb, W))
    for c in range(m):
        pr += P[c] > 0
    with np.errstate(divide="ignore", invalid="ignore"):
        for (a, b), e in pair.items():
            for i in ((a,) if a == b else (a, b)):
                q = P[i] * e / G[i]
                total += np.where(q > 0, q * np.log(q), 0.0)
        res = (1.0 + total / (2.0 * np.log(pr))) * 100.0
    return np.where(pr >= 2, res, np.nan)


def _moving_window_slow(arr, metric, fp, r, cell_size, class_value, valid, min_valid_fraction,
                        *, progress, cancelled):
    H, W = arr.shape
    out = np.full((H, W), np.nan)
    min_cells = min_valid_fraction * fp.sum()
    need_enn = metric.startswith("ENN")
    for i in range(H):
        checkpoint(cancelled, progress, i / H)
        for j in range(W):
            if not valid[i, j]:
                continue
            y0, y1, x0, x1 = i - r, i + r + 1, j - r, j + r + 1
            fy0, fx0 = max(0, -y0), max(0, -x0)
            sl = (slice(max(0, y0), min(H, y1)), slice(max(0, x0), min(W, x1)))
            f = fp[fy0:fy0 + sl[0].stop - sl[0].start, fx0:fx0 + sl[1].stop - sl[1].start]
            ok = f & valid[sl]
            if ok.sum() < min_cells or not ok.any():
                continue
            res = compute_metrics(arr[sl], cell_size, mask=~ok, enn=need_enn)
            if class_value is None:
                out[i, j] = res["landscape"].get(metric, np.nan)
            elif class_value in res["class"]:
                out[i, j] = res["class"][class_value].get(metric, np.nan)
            elif metric in ("PLAND", "CA", "NP", "PD", "LPI", "TE", "ED"):
                out[i, j] = 0.0
    checkpoint(cancelled, progress, 1.0)
    return out
