"""The landscape metric catalogue (FRAGSTATS 4.2 definitions, McGarigal et al. 2012; names as
landscapemetrics, Hesselbarth et al. 2019) and the shared helpers: valid mask, class encoding, patch
statistics.
"""

import collections
import math

import numpy as np

__all__ = ["MetricInfo", "METRICS", "CLASS_METRICS", "LANDSCAPE_METRICS", "WINDOW_METRICS"]


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
    ("GYRATE", "m", "radius of gyration", "回转半径"),
    ("CIRCLE", "", "related circumscribing circle", "相关外接圆指数"),
    ("CORE", "ha", "core area", "核心区面积"),
    ("DCORE", "ha", "disjunct core area", "独立核心区面积"),
    ("CAI", "%", "core area index", "核心区面积指数"),
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
        MetricInfo("PAFRAC", "both", "", "perimeter-area fractal dimension", "周长面积分维数"),
        MetricInfo("NLSI", "class", "", "normalized landscape shape index", "标准化景观形状指数"),
        MetricInfo("TCA", "both", "ha", "total core area", "核心区总面积"),
        MetricInfo("CPLAND", "class", "%", "core area percentage of landscape", "核心区面积占景观百分比"),
        MetricInfo("NDCA", "both", "", "number of disjunct core areas", "独立核心区数量"),
        MetricInfo("DCAD", "both", "n/100 ha", "disjunct core area density", "独立核心区密度"),
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
