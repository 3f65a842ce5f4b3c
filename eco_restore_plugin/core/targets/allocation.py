"""Base values, target decomposition (allocation with floors and caps) and target attainment."""

import math

import numpy as np

__all__ = [
    "ratio_percent", "class_area_by_unit", "parse_codes", "parse_list", "allocate", "mix_weights",
    "decompose", "attainment",
]


# ---------------------------------------------------------------------------------------------
# Base values (rules); the adapter measures areas and lengths, these are the formulas
# ---------------------------------------------------------------------------------------------
def ratio_percent(part, whole):
    """100 · part / whole, NaN when whole is 0 (no land, no wetland, no coastline in the unit)."""
    part = np.asarray(part, dtype=np.float64)
    whole = np.asarray(whole, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(whole > 0, 100.0 * part / np.where(whole > 0, whole, 1.0), np.nan)


def class_area_by_unit(classes, units, codes, n_units, cell_area, *, inside=None):
    """Area per unit of cells whose class is in ``codes`` (and, if given, where ``inside``).

    ``classes``: land-use codes (NaN = nodata); ``units``: unit index 1..n_units per cell (0 = none).
    Returns (area of the classes, valid area) as arrays of length ``n_units``, in the units of
    ``cell_area``. Used for forest coverage (forest area / land area, METHODS.md §5) and the wetland
    protection rate (wetland area inside reserves / wetland area).
    """
    c = np.asarray(classes, dtype=np.float64).ravel()
    u = np.asarray(units).ravel().astype(np.int64)
    valid = np.isfinite(c) & (u > 0) & (u <= n_units)
    sel = valid & np.isin(np.where(np.isfinite(c), c, -1).astype(np.int64), list(codes))
    if inside is not None:
        sel &= np.asarray(inside, dtype=bool).ravel()
    part = np.bincount(u[sel], minlength=n_units + 1)[1:n_units + 1] * float(cell_area)
    whole = np.bincount(u[valid], minlength=n_units + 1)[1:n_units + 1] * float(cell_area)
    return part.astype(np.float64), whole.astype(np.float64)


def parse_codes(text):
    """Class codes from "301, 302 305" (ints). Raises ValueError for a non-integer."""
    out = []
    for tok in str(text or "").replace("，", ",").replace(";", ",").replace(" ", ",").split(","):
        tok = tok.strip()
        if not tok:
            continue
        try:
            out.append(int(float(tok)))
        except ValueError:
            raise ValueError("'{}' is not a class code (an integer)".format(tok)) from None
    return out


def parse_list(text):
    """Items of a comma-separated list (Chinese comma accepted), stripped, empty ones dropped."""
    return [t.strip() for t in str(text or "").replace("，", ",").replace("、", ",").split(",")
            if t.strip()]


# ---------------------------------------------------------------------------------------------
# Decomposition: proportional allocation with floors and caps, totals kept
# ---------------------------------------------------------------------------------------------
def allocate(total, weights, *, floors=None, caps=None, what="the target"):
    """Split ``total`` over units in proportion to ``weights`` within ``floors`` ≤ x ≤ ``caps``.

    Method (proportional allocation with clamping, 目标分解): ``x_i = clip(λ·w_i, floor_i, cap_i)``
    with the single λ ≥ 0 for which Σx_i = total. This is the fixed point of the usual iterative
    procedure (allocate in proportion, clamp the units that cross a floor or cap, re-allocate the rest
    to the free units) and is found exactly from the breakpoints of the piecewise-linear Σx(λ).
    Units with weight 0 get their floor. Missing floors are 0, missing caps +inf (NaN = missing).

    Raises ValueError when no allocation exists: Σfloors > total or total > Σcaps (of the units
    that can receive anything), a floor above a cap, or negative weights.
    Returns a float array whose sum equals ``total`` (to floating-point rounding).
    """
    w = np.asarray(weights, dtype=np.float64).ravel()
    n = w.size
    if n == 0:
        raise ValueError("No units to allocate {} to.".format(what))
    f = np.zeros(n) if floors is None else np.asarray(floors, dtype=np.float64).ravel().copy()
    c = np.full(n, np.inf) if caps is None else np.asarray(caps, dtype=np.float64).ravel().copy()
    if f.size != n or c.size != n:
        raise ValueError("Floors and caps need one value per unit.")
    f[np.isnan(f)] = 0.0
    c[np.isnan(c)] = np.inf
    if np.any(~np.isfinite(w)) or np.any(w < 0):
        raise ValueError("The allocation key of {} has negative or missing values.".format(what))
    total = float(total)
    if not math.isfinite(total):
        raise ValueError("The upper-level value of {} is missing.".format(what))
    bad = np.nonzero(f > c)[0]
    if bad.size:
        raise ValueError("For {}, unit {} has a floor ({:g}) above its cap ({:g}).".format(
            what, int(bad[0]) + 1, f[bad[0]], c[bad[0]]))
    lo = float(f.sum())
    hi = float(np.where(w > 0, c, f).sum())
    tol = 1e-9 * max(1.0, abs(total))
    if total < lo - tol:
        raise ValueError(
            "The upper-level target of {} ({:g}) cannot be met: the floors of the units already add up "
            "to {:g}. Lower the floors or raise the target.".format(what, total, lo))
    if total > hi + tol:
        raise ValueError(
            "The upper-level target of {} ({:g}) cannot be met under the caps: the units can take at "
            "most {:g} in all. Raise the caps or lower the target.".format(what, total, hi))

    def s_of(lam):
        return np.clip(lam * w, f, c)

    pos = w > 0
    bps = np.concatenate([f[pos] / w[pos], c[pos] / w[pos]])
    bps = np.unique(bps[np.isfinite(bps) & (bps >= 0)])
    bps = np.concatenate([[0.0], bps])
    sums = np.array([s_of(b).sum() for b in bps])
    if total <= sums[0] + tol:
        x = s_of(0.0)
    else:
        k = int(np.searchsorted(sums, total, side="left"))
        if k >= len(bps):  # beyond the last breakpoint: only units without cap still grow
            lam0, s0 = bps[-1], sums[-1]
            slope = w[pos & ~np.isfinite(c)].sum()
            lam = lam0 + (total - s0) / slope if slope > 0 else lam0
        else:
            lam0, lam1, s0, s1 = bps[k - 1], bps[k], sums[k - 1], sums[k]
            lam = lam0 + (lam1 - lam0) * (total - s0) / (s1 - s0) if s1 > s0 else lam1
        x = s_of(lam)
    # put the rounding residual on a unit strictly inside its bounds (or any that can take it)
    resid = total - x.sum()
    if resid != 0.0:
        room = (x - resid >= f - tol) if resid < 0 else (x + resid <= c + tol)
        free = np.nonzero(room & pos)[0] if np.any(room & pos) else np.nonzero(room)[0]
        if free.size:
            x[free[np.argmax(w[free])]] += resid
    return x


def mix_weights(keys, alphas):
    """Weighted mix of allocation keys: Σ_k α_k · v_k / Σ v_k (each key as shares, α normalised).

    ``keys``: list of per-unit arrays (area, restoration potential, current value, ...).
    Method: METHODS.md §5 (targets passed down to the units).
    """
    alphas = np.asarray(alphas, dtype=np.float64)
    if alphas.size != len(keys) or np.any(~np.isfinite(alphas)) or np.any(alphas < 0) or alphas.sum() <= 0:
        raise ValueError("The weights of the mixed allocation key must be non-negative and not all 0.")
    out = None
    for a, v in zip(alphas / alphas.sum(), keys):
        v = np.asarray(v, dtype=np.float64)
        if a == 0:
            continue
        if np.any(~np.isfinite(v)) or np.any(v < 0):
            raise ValueError("An allocation key has negative or missing values.")
        share = v / v.sum() if v.sum() > 0 else np.full(v.size, 1.0 / v.size)
        out = a * share if out is None else out + a * share
    return out


def decompose(total, weights, *, floors=None, caps=None, aggregation="sum", denominators=None,
              what="the target"):
    """Targets of the units for one indicator.

    ``aggregation="sum"`` (areas, lengths, counts): the unit targets add up to ``total``.
    ``aggregation="rate"`` (percentages such as forest coverage): the upper-level rate ``total`` is
    the ``denominators``-weighted mean of the unit rates (e.g. land area), so the quantity
    ``total/100 · ΣA`` is allocated and converted back; unit floors and caps are rates (default
    0 and 100 %). Returns the unit targets (sums or rates).
    Method: METHODS.md §5 (targets passed down to the units).
    """
    if aggregation == "sum":
        return allocate(total, weights, floors=floors, caps=caps, what=what)
    if aggregation != "rate":
        raise ValueError("Unknown aggregation '{}': use sum or rate.".format(aggregation))
    if denominators is None:
        raise ValueError("A rate indicator needs the denominator of every unit (e.g. its area).")
    a = np.asarray(denominators, dtype=np.float64)
    if np.any(~np.isfinite(a)) or np.any(a <= 0):
        raise ValueError("The denominators of {} must be positive.".format(what))
    n = a.size
    fr = np.zeros(n) if floors is None else np.where(np.isnan(np.asarray(floors, float)), 0.0, floors)
    cr = np.full(n, 100.0) if caps is None else np.where(np.isnan(np.asarray(caps, float)), 100.0, caps)
    cr = np.minimum(cr, 100.0)
    if not 0.0 <= float(total) <= 100.0:
        raise ValueError("The upper-level rate of {} must lie between 0 and 100 %.".format(what))
    q = allocate(float(total) / 100.0 * a.sum(), weights, floors=fr / 100.0 * a, caps=cr / 100.0 * a,
                 what=what)
    return 100.0 * q / a


# ---------------------------------------------------------------------------------------------
# Attainment
# ---------------------------------------------------------------------------------------------
def attainment(values, targets, *, direction="higher", tolerance=0.0):
    """Compare values with targets: (gap, status) arrays.

    ``gap`` = value − target for "higher is better", target − value for "lower" (≥ 0 = met).
    ``status``: 1 met, 0 shortfall (gap < −tolerance), −1 no data (value or target missing).
    Method: METHODS.md §5 (target attainment).
    """
    v = np.asarray(values, dtype=np.float64)
    t = np.asarray(targets, dtype=np.float64)
    gap = (v - t) if direction != "lower" else (t - v)
    status = np.where(np.isfinite(gap), np.where(gap >= -abs(tolerance), 1, 0), -1)
    return gap, status.astype(np.int64)
