"""Restoration priority: weights (entropy weight method), min-max scores, ranks and grades."""

import numpy as np

__all__ = [
    "normalise_weights", "minmax_columns", "entropy_weights", "priority_scores", "rank_desc",
    "grade_by_rank", "grade_by_score",
]


# ------------------------------------------------------------------------------------------------
# Priority
# ------------------------------------------------------------------------------------------------
def normalise_weights(weights):
    """(weights / sum, changed). ValueError for a negative weight or a sum ≤ 0."""
    w = np.asarray(weights, dtype=np.float64)
    if w.size == 0:
        raise ValueError("no criteria: give at least one criterion with a weight.")
    if np.any(~np.isfinite(w)) or np.any(w < 0):
        raise ValueError("weights must be non-negative numbers.")
    s = w.sum()
    if s <= 0:
        raise ValueError("the weights sum to 0; give at least one positive weight.")
    return w / s, bool(abs(s - 1.0) > 1e-6)


def minmax_columns(x, *, benefit=None):
    """Min-max normalise each column to 0-1; a cost column (benefit False) is reversed.
    A constant column gives 0 (it does not separate the units).
    Method: min-max normalisation of the indicators (METHODS.md §3, project priority).
    """
    x = np.asarray(x, dtype=np.float64)
    lo = np.nanmin(x, axis=0)
    hi = np.nanmax(x, axis=0)
    span = hi - lo
    with np.errstate(invalid="ignore", divide="ignore"):
        z = np.where(span > 0, (x - lo) / np.where(span > 0, span, 1), 0.0)
    if benefit is not None:
        b = np.asarray(benefit, bool)
        z[:, ~b] = np.where(span[~b] > 0, 1.0 - z[:, ~b], 0.0)
    return z


def entropy_weights(z):
    """Entropy weights of normalised criteria ``z`` (n × m, values ≥ 0).

    Method: entropy weight method: ``p_ij = z_ij / Σ_i z_ij``, ``e_j = −(1/ln n) Σ_i p_ij ln p_ij``
    (0 ln 0 = 0), ``d_j = 1 − e_j``, ``w_j = d_j / Σ d``. A column of zeros has e = 1 (no
    information). All d = 0 -> equal weights.
    """
    z = np.asarray(z, dtype=np.float64)
    n, m = z.shape
    if n < 2:
        return np.full(m, 1.0 / m)
    col = z.sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        p = np.where(col > 0, z / np.where(col > 0, col, 1), 0.0)
        plogp = np.where(p > 0, p * np.log(np.where(p > 0, p, 1)), 0.0)
    e = np.where(col > 0, -plogp.sum(axis=0) / np.log(n), 1.0)
    d = np.clip(1.0 - e, 0.0, None)
    if d.sum() <= 0:
        return np.full(m, 1.0 / m)
    return d / d.sum()


def priority_scores(x, weights, *, benefit=None):
    """Priority score per unit: ``Σ_j w_j · z_ij`` with z the min-max normalised criteria.

    Method: weighted linear combination of importance, degradation, corridor role, problem severity
    and feasibility (METHODS.md §3 "priority from urgency and benefit", 轻重缓急). Weights must be
    normalised (:func:`normalise_weights`). Rows with a NaN criterion get NaN.
    """
    x = np.asarray(x, dtype=np.float64)
    z = minmax_columns(x, benefit=benefit)
    s = z @ np.asarray(weights, float)
    s[~np.isfinite(x).all(axis=1)] = np.nan
    return s


def rank_desc(scores, ids):
    """Rank 1..n by score, highest first; ties -> smaller id first; NaN scores ranked last. Method:
    METHODS.md §3 (priority 轻重缓急).
    """
    s = np.asarray(scores, dtype=np.float64)
    key = np.where(np.isfinite(s), -s, np.inf)
    order = np.lexsort((np.asarray(ids), key))
    rank = np.empty(len(s), np.int64)
    rank[order] = np.arange(1, len(s) + 1)
    return rank


def grade_by_rank(ranks, n_valid, *, shares=(1.0 / 3.0, 2.0 / 3.0)):
    """Grade 1 一级 / 2 二级 / 3 三级 by rank: the top ``shares[0]`` of ranked units are 一级,
    up to ``shares[1]`` 二级, the rest 三级 (rounded up: ``rank ≤ ceil(share · n)``).
    Method: METHODS.md §3 (priority 轻重缓急).
    """
    r = np.asarray(ranks)
    c1 = int(np.ceil(shares[0] * n_valid - 1e-9))
    c2 = int(np.ceil(shares[1] * n_valid - 1e-9))
    g = np.full(len(r), 3, np.int64)
    g[r <= c2] = 2
    g[r <= c1] = 1
    g[r > n_valid] = 0
    return g


def grade_by_score(scores, *, breaks=(0.4, 0.6)):
    """Grade by score breaks (ascending, lower-inclusive): ``≥ breaks[1]`` 一级, ``≥ breaks[0]``
    二级, else 三级; NaN 0.
    Method: METHODS.md §3 (priority 轻重缓急).
    """
    s = np.asarray(scores, dtype=np.float64)
    g = np.full(len(s), 3, np.int64)
    g[s >= breaks[0]] = 2
    g[s >= breaks[1]] = 1
    g[~np.isfinite(s)] = 0
    return g
