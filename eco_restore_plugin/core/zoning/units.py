"""Summaries of a unit label raster (labels 1..n, 0 = outside): counts, means, shares, dominant class
(:mod:`core.zonal`) and the rook adjacency of the units.
"""

import numpy as np

from .. import zonal

__all__ = ["zonal_count", "zonal_mean", "zonal_share", "zonal_dominant", "label_adjacency"]


# ------------------------------------------------------------------------------------------------
# Zonal summaries from a label raster (labels 1..n, 0 = outside)
# ------------------------------------------------------------------------------------------------
def _labels(labels, n):
    lab = np.asarray(labels).ravel().astype(np.int64)
    if lab.size and (lab.min() < 0 or lab.max() > n):
        raise ValueError("unit labels must be in 0..{}.".format(n))
    return lab


def zonal_count(labels, n, *, valid=None):
    """Cells per unit 1..n (index 0 of the result = unit 1); ``valid`` restricts the cells
    (:func:`core.zonal.zonal_count`)."""
    return zonal.zonal_count(_labels(labels, n), n=n, valid=valid)


def zonal_mean(labels, n, values):
    """Mean of the finite ``values`` per unit (NaN where a unit has none); :func:`core.zonal.zonal_mean`
    (np.bincount)."""
    return zonal.zonal_mean(_labels(labels, n), values, n=n)


def zonal_share(labels, n, condition, valid):
    """Share of ``valid`` cells of each unit where ``condition`` holds (NaN: no valid cell);
    :func:`core.zonal.zonal_share`."""
    return zonal.zonal_share(_labels(labels, n), condition, valid, n=n)


def zonal_dominant(labels, n, classes):
    """Dominant (most frequent) finite class per unit and its share; ties -> the smaller class
    (:func:`core.zonal.zonal_dominant`).

    Returns (class float array with NaN where a unit has no valid cell, share array).
    """
    return zonal.zonal_dominant(_labels(labels, n), classes, n=n)


def label_adjacency(labels):
    """Rook adjacency of a label raster: sorted unique pairs (i, j), i < j, of labels ≥ 1 that
    share a cell edge. Returns an (m, 2) int64 array."""
    lab = np.asarray(labels).astype(np.int64)
    pairs = []
    for a, b in ((lab[:, :-1], lab[:, 1:]), (lab[:-1, :], lab[1:, :])):
        m = (a != b) & (a > 0) & (b > 0)
        pairs.append(np.stack([np.minimum(a[m], b[m]), np.maximum(a[m], b[m])], axis=1))
    p = np.concatenate(pairs) if pairs else np.zeros((0, 2), np.int64)
    return np.unique(p, axis=0) if len(p) else p.reshape(0, 2)
