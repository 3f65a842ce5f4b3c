"""Zonal summaries: the one implementation of per-zone counts, sums and means in the core.

Method: sums per zone by ``np.bincount`` (a zonal statistic as ArcGIS "Zonal Statistics" / GRASS
``r.univar zones=``), NaN values (and, when weighted, NaN weights) left out of both the sum and the count.

Zones are integer ids ``first .. first + n - 1``; any other id (0 or -1 for "outside", negative,
larger than the last zone, NaN) is left out. The two conventions of the callers:

* ``first=1``: a label raster with units 1..n and 0 outside (zoning, statistics by township);
* ``first=0``: a unit index 0..n-1 with -1 outside (land consolidation, one row per patch).

Results are arrays of length ``n`` (index 0 = zone ``first``); a zone without a valid cell is NaN.
"""
import numpy as np

__all__ = ["zone_index", "zonal_count", "zonal_sum", "zonal_mean", "zonal_share", "zonal_dominant", "ZonalAccumulator"]


def zone_index(zones, *, n, first=1, valid=None):
    """Flat 0-based zone index (``zones - first``) with -1 for cells outside zones ``first .. first + n - 1``
    or where ``valid`` is False."""
    z = np.asarray(zones).ravel()
    ok = np.ones(z.shape, bool) if valid is None else np.asarray(valid, bool).ravel().copy()
    if z.dtype.kind == "f":
        ok &= np.isfinite(z)
        z = np.where(ok, z, first - 1)
    idx = z.astype(np.int64) - int(first)
    ok &= (idx >= 0) & (idx < int(n))
    return np.where(ok, idx, -1)


def zonal_count(zones, *, n, first=1, valid=None):
    """Cells per zone (``valid`` restricts the cells). Method: zonal statistic by ``np.bincount`` (see the
    module docstring).
    """
    idx = zone_index(zones, n=n, first=first, valid=valid)
    return np.bincount(idx[idx >= 0], minlength=int(n))[:int(n)]


def zonal_sum(zones, values, *, n, first=1):
    """Sum of the finite ``values`` per zone (0 where a zone has none). Method: zonal statistic by
    ``np.bincount`` (see the module docstring).
    """
    v = np.asarray(values, dtype=np.float64).ravel()
    idx = zone_index(zones, n=n, first=first, valid=np.isfinite(v))
    ok = idx >= 0
    return np.bincount(idx[ok], weights=v[ok], minlength=int(n))[:int(n)]


def zonal_mean(zones, values, *, n, first=1, weights=None):
    """Mean of the finite ``values`` per zone, or with ``weights`` the weighted mean
    ``sum(w v) / sum(w)`` over the cells where both are finite (NaN where a zone has no such cell, or
    its weights sum to 0).
    Method: zonal statistic by ``np.bincount`` (see the module docstring).
    """
    v = np.asarray(values, dtype=np.float64).ravel()
    ok = np.isfinite(v)
    if weights is None:
        idx = zone_index(zones, n=n, first=first, valid=ok)
        sel = idx >= 0
        cnt = np.bincount(idx[sel], minlength=int(n))[:int(n)]
        s = np.bincount(idx[sel], weights=v[sel], minlength=int(n))[:int(n)]
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(cnt > 0, s / np.maximum(cnt, 1), np.nan)
    w = np.asarray(weights, dtype=np.float64).ravel()
    ok &= np.isfinite(w)
    idx = zone_index(zones, n=n, first=first, valid=ok)
    sel = idx >= 0
    num = np.bincount(idx[sel], weights=(v * w)[sel], minlength=int(n))[:int(n)]
    den = np.bincount(idx[sel], weights=w[sel], minlength=int(n))[:int(n)]
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den > 0, num / np.where(den > 0, den, 1.0), np.nan)


def zonal_share(zones, condition, valid, *, n, first=1):
    """Share of the ``valid`` cells of each zone where ``condition`` holds (NaN: no valid cell). Method:
    zonal statistic by ``np.bincount`` (see the module docstring).
    """
    ok = np.asarray(valid, bool).ravel()
    idx = zone_index(zones, n=n, first=first, valid=ok)
    hit_idx = np.where(np.asarray(condition, bool).ravel(), idx, -1)
    cnt = np.bincount(idx[idx >= 0], minlength=int(n))[:int(n)]
    hit = np.bincount(hit_idx[hit_idx >= 0], minlength=int(n))[:int(n)]
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(cnt > 0, hit / np.maximum(cnt, 1), np.nan)


def zonal_dominant(zones, classes, *, n, first=1):
    """Dominant (most frequent) finite class per zone and its share; ties -> the smaller class.

    Returns (class float array with NaN where a zone has no valid cell, share array).
    Method: zonal statistic by ``np.bincount`` (see the module docstring).
    """
    c = np.asarray(classes, dtype=np.float64).ravel()
    idx = zone_index(zones, n=n, first=first, valid=np.isfinite(c))
    ok = idx >= 0
    if not ok.any():
        return np.full(n, np.nan), np.full(n, np.nan)
    values, inv = np.unique(c[ok], return_inverse=True)
    k = len(values)
    counts = np.bincount(idx[ok] * k + inv, minlength=n * k).reshape(n, k)
    best = counts.argmax(axis=1)  # argmax takes the first maximum: the smallest class
    total = counts.sum(axis=1)
    dom = np.where(total > 0, values[best], np.nan)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(total > 0, counts[np.arange(n), best] / np.maximum(total, 1), np.nan)
    return dom, share


class ZonalAccumulator(object):
    """The statistics above for a raster read by blocks: counts, sums and class counts per zone are added
    block by block (``add_*``) and the results (``count``, ``mean``, ``share``, ``dominant``) are those of the
    whole-raster functions - the same integers, sums of the same values (exact for whole numbers such as grade
    codes; otherwise up to the order of the floating-point additions), dominant classes with the same ties.
    Statistics are named by a key; ``n`` and ``first`` as in the functions above."""

    def __init__(self, n, *, first=1):
        self.n, self.first = int(n), int(first)
        self.counts, self.sums, self.classes = {}, {}, {}

    def _add(self, store, key, idx, weights=None):
        part = np.bincount(idx, weights=weights, minlength=self.n)[:self.n]
        store[key] = part if key not in store else store[key] + part

    def add_count(self, key, zones, *, valid=None):
        idx = zone_index(zones, n=self.n, first=self.first, valid=valid)
        self._add(self.counts, key, idx[idx >= 0])

    def add_mean(self, key, zones, values):
        v = np.asarray(values, dtype=np.float64).ravel()
        idx = zone_index(zones, n=self.n, first=self.first, valid=np.isfinite(v))
        sel = idx >= 0
        self._add(self.counts, key, idx[sel])
        self._add(self.sums, key, idx[sel], v[sel])

    def add_share(self, key, zones, condition, valid):
        idx = zone_index(zones, n=self.n, first=self.first, valid=np.asarray(valid, bool).ravel())
        hit = np.where(np.asarray(condition, bool).ravel(), idx, -1)
        self._add(self.counts, key, idx[idx >= 0])
        self._add(self.sums, key, hit[hit >= 0])

    def add_dominant(self, key, zones, classes):
        c = np.asarray(classes, dtype=np.float64).ravel()
        idx = zone_index(zones, n=self.n, first=self.first, valid=np.isfinite(c))
        ok = idx >= 0
        if not ok.any():
            self.classes.setdefault(key, {})
            return
        values, inv = np.unique(c[ok], return_inverse=True)
        part = np.bincount(idx[ok] * len(values) + inv, minlength=self.n * len(values)).reshape(self.n, -1)
        table = self.classes.setdefault(key, {})
        for j, value in enumerate(values.tolist()):
            table[value] = part[:, j] if value not in table else table[value] + part[:, j]

    def count(self, key):
        return self.counts.get(key, np.zeros(self.n, dtype=np.int64))

    def mean(self, key):
        cnt, s = self.count(key), self.sums.get(key, np.zeros(self.n))
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(cnt > 0, s / np.maximum(cnt, 1), np.nan)

    share = mean          # hits / valid cells, NaN without a valid cell

    def dominant(self, key):
        table = self.classes.get(key, {})
        if not table:
            return np.full(self.n, np.nan), np.full(self.n, np.nan)
        values = np.array(sorted(table))
        counts = np.stack([table[v] for v in values.tolist()], axis=1)
        best = counts.argmax(axis=1)     # the first maximum: the smallest class, as zonal_dominant
        total = counts.sum(axis=1)
        dom = np.where(total > 0, values[best], np.nan)
        with np.errstate(invalid="ignore", divide="ignore"):
            share = np.where(total > 0, counts[np.arange(self.n), best] / np.maximum(total, 1), np.nan)
        return dom, share
