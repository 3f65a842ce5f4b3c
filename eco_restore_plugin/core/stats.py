"""Ecosystem-service trade-offs and synergies (权衡与协同): Spearman correlation with
significance over grid cells or units, and bivariate map classes. METHODS.md §1.5.
"""
from collections import namedtuple

import numpy as np
from scipy import stats as sstats

from . import grading, zonal

SpearmanResult = namedtuple("SpearmanResult", "rho p n")


def _pairs(x, y, mask=None):
    """The finite pairs of x and y (where ``mask``) as float64; float32 inputs are widened after the selection
    (the same values, no float64 copy of the whole rasters)."""
    x, y = np.asarray(x), np.asarray(y)
    x = (x if x.dtype.kind == "f" else x.astype(np.float64)).ravel()
    y = (y if y.dtype.kind == "f" else y.astype(np.float64)).ravel()
    if x.shape != y.shape:
        raise ValueError("x and y must have the same shape")
    ok = np.isfinite(x) & np.isfinite(y)
    if mask is not None:
        ok &= np.asarray(mask, bool).ravel()
    return x[ok].astype(np.float64, copy=False), y[ok].astype(np.float64, copy=False)


def spearman(x, y, *, mask=None, sample_size=None, seed=0):
    """Spearman rank correlation rho with its two-sided p-value over valid paired cells.

    Method: Spearman C. (1904); scipy.stats.spearmanr (ties get average ranks; p from the
    t-distribution with n − 2 d.f.). Cells where either value is NaN (or ``mask`` False) are
    dropped pairwise. ``sample_size``: draw that many pairs without replacement with a fixed
    ``seed`` (huge rasters; note p-values then refer to the sample size, and spatial
    autocorrelation makes cell-level p-values optimistic). Returns SpearmanResult(rho, p, n);
    rho and p are NaN when n < 3 or a variable is constant.
    """
    a, b = _pairs(x, y, mask)
    if sample_size is not None and a.size > sample_size:
        idx = np.random.default_rng(seed).choice(a.size, int(sample_size), replace=False)
        a, b = a[idx], b[idx]
    n = int(a.size)
    if n < 3 or np.all(a == a[0]) or np.all(b == b[0]):
        return SpearmanResult(np.nan, np.nan, n)
    rho, p = sstats.spearmanr(a, b)
    return SpearmanResult(float(rho), float(p), n)


def spearman_matrix(layers, *, mask=None, sample_size=None, seed=0):
    """Pairwise Spearman matrix for several services: ``(names, rho, p, n)`` square arrays.

    Method: as :func:`spearman` (pairwise-complete cells, same sampling seed for each pair) -
    trade-off / synergy analysis, METHODS.md §1.5. ``layers``: dict name -> array.
    """
    names = list(layers)
    k = len(names)
    rho = np.eye(k)
    p = np.zeros((k, k))
    n = np.zeros((k, k), np.int64)
    for i in range(k):
        n[i, i] = int(np.isfinite(np.asarray(layers[names[i]], float)).sum())
        for j in range(i + 1, k):
            r = spearman(layers[names[i]], layers[names[j]], mask=mask, sample_size=sample_size, seed=seed)
            rho[i, j] = rho[j, i] = r.rho
            p[i, j] = p[j, i] = r.p
            n[i, j] = n[j, i] = r.n
    return names, rho, p, n


def unit_means(values, units):
    """Mean of the finite values per unit id (integer raster, ≤ 0 or NaN = no unit).

    Method: zonal mean for unit-level (township, grid) correlation; NaN cells are excluded from
    both sum and count. Returns (unit_ids, means) for units with at least one valid cell.
    """
    u = np.asarray(units).ravel()
    ok = np.isfinite(u) if u.dtype.kind == "f" else np.ones(u.shape, bool)
    n = int(np.max(np.where(ok, u, 0))) if u.size else 0
    if n < 1:
        return np.array([], np.int64), np.array([])
    v = np.asarray(values, dtype=np.float64).ravel()
    counts = zonal.zonal_count(u, n=n, valid=np.isfinite(v))
    ids = np.nonzero(counts)[0]
    return ids + 1, zonal.zonal_mean(u, v, n=n)[ids]


def spearman_by_units(x, y, units):
    """Spearman over units: correlation of the per-unit means of x and y (units where both have
    valid cells). Method: :func:`unit_means` then :func:`spearman` (METHODS.md §1.5).
    """
    ix, mx = unit_means(x, units)
    iy, my = unit_means(y, units)
    common, ax, ay = np.intersect1d(ix, iy, return_indices=True)
    return spearman(mx[ax], my[ay])


def relation_type(rho, p, *, alpha=0.05):
    """'synergy' (rho > 0), 'trade-off' (rho < 0) when p < alpha, else 'none'.

    Method: trade-off / synergy reading of a significant Spearman correlation (METHODS.md §1.5).
    """
    if not np.isfinite(p) or p >= alpha or not np.isfinite(rho) or rho == 0:
        return "none"
    return "synergy" if rho > 0 else "trade-off"


def bivariate_classes(x, y, *, n=3, x_breaks=None, y_breaks=None):
    """Bivariate map classes: ``code = n · (cx − 1) + cy`` in 1..n² (0 = nodata).

    Method: bivariate choropleth by quantiles (tertiles for n = 3): cx, cy = class 1..n of x, y
    by :func:`grading.quantile_breaks` over the cells where both are valid (or the given breaks,
    for block work); ties at a break go to the upper class. Code 1 = low x / low y, 3 = low x /
    high y, 7 = high x / low y, 9 = high both.
    """
    xa = np.asarray(x, dtype=np.float64)
    ya = np.asarray(y, dtype=np.float64)
    both = np.isfinite(xa) & np.isfinite(ya)
    if x_breaks is None:
        x_breaks = grading.quantile_breaks(xa[both], n_classes=n)
    if y_breaks is None:
        y_breaks = grading.quantile_breaks(ya[both], n_classes=n)
    cx = grading.classify_by_thresholds(xa, x_breaks).astype(np.int64)
    cy = grading.classify_by_thresholds(ya, y_breaks).astype(np.int64)
    out = n * (cx - 1) + cy
    out[~both] = 0
    return out.astype(np.uint8)
