"""Resistance surface: base resistance by land-cover class, corrected by weighted factors.

Method: METHODS.md section 2 "Resistance surface" - base resistance assigned per land-cover class
from a table (Knaapen et al. 1992; Yu Kongjian 1999 MCR practice), then corrected by factors
(slope, distance to roads / settlements, night lights, NDVI) normalised to 0-1 and weighted.
Combination formulas (all exposed; nodata = NaN propagates through every one):

* :func:`factor_corrected` (default in this plugin):
  ``R = R_base * (1 + sum_i w_i f_i)`` - f_i in 0-1 (1 = most hostile), weights w_i >= 0;
  with sum w = 1 the base is at most doubled.
* :func:`index_corrected`: ``R = R_base * F / mean(F)`` - the night-light / impervious-index
  correction common in Chinese ecological-security-pattern studies (e.g. "夜间灯光修正基本阻力面").
* :func:`weighted_overlay`: ``R = sum_i w_i X_i / sum_i w_i`` - AHP-weighted overlay of graded
  layers (base resistance being one of them).
"""
import numpy as np


def base_resistance(landcover, table, *, nodata=None):
    """Base resistance raster by land-cover class (lookup table).

    Method: class resistance table (METHODS.md section 2; Knaapen et al. 1992 MCR practice).
    landcover: integer (or float with NaN) class raster. table: dict {class: resistance} or a pair
    (classes, values) of sequences. nodata: class value meaning nodata, or a bool mask; NaN cells
    are nodata too. Returns float64 with NaN at nodata (a resistance of NaN in the table gives a
    barrier). ValueError naming the classes that the table lacks.
    """
    lc = np.asarray(landcover)
    if isinstance(table, dict):
        classes = np.array(list(table.keys()), dtype=np.float64)
        values = np.array(list(table.values()), dtype=np.float64)
    else:
        classes = np.asarray(table[0], dtype=np.float64)
        values = np.asarray(table[1], dtype=np.float64)
        if classes.shape != values.shape:
            raise ValueError("classes and values differ in length")
    if len(np.unique(classes)) != len(classes):
        raise ValueError("duplicate class in the resistance table")
    lcf = lc.astype(np.float64)
    nod = ~np.isfinite(lcf)
    if nodata is not None:
        if np.ndim(nodata) == 0:
            nod |= lcf == float(nodata)
        else:
            nod |= np.asarray(nodata, bool)
    order = np.argsort(classes)
    classes, values = classes[order], values[order]
    vals = lcf[~nod]
    if len(classes) == 0:
        classes, values = np.array([np.nan]), np.array([np.nan])  # matches nothing
    pos_c = np.minimum(np.searchsorted(classes, vals), len(classes) - 1)
    found = classes[pos_c] == vals
    if not np.all(found):
        missing = np.unique(vals[~found])
        names = ", ".join(str(int(v)) if float(v).is_integer() else str(v) for v in missing[:20])
        raise ValueError("land-cover class(es) missing from the resistance table: " + names)
    out = np.full(lc.shape, np.nan)
    out[~nod] = values[pos_c]
    return out


def normalise(factor, *, invert=False, lower=None, upper=None):
    """Min-max normalisation to 0-1 (NaN kept): ``(x - lower) / (upper - lower)``, clipped;
    ``invert`` gives 1 - that (for factors where high values mean low resistance, e.g. NDVI or
    distance to roads). lower/upper default to the data min/max.
    Method: linear min-max standardisation of resistance factors (METHODS.md section 1/2)."""
    x = np.asarray(factor, dtype=np.float64)
    lo = np.nanmin(x) if lower is None else float(lower)
    hi = np.nanmax(x) if upper is None else float(upper)
    if hi > lo:
        f = np.clip((x - lo) / (hi - lo), 0.0, 1.0)
    else:
        f = np.where(np.isfinite(x), 0.0, np.nan)
    return 1.0 - f if invert else f


def _weights(factors, weights):
    factors = [np.asarray(f, dtype=np.float64) for f in factors]
    w = np.asarray(weights, dtype=np.float64).ravel()
    if len(factors) != len(w):
        raise ValueError("one weight per factor is needed")
    if np.any(w < 0):
        raise ValueError("weights must not be negative")
    return factors, w


def factor_corrected(base, factors, weights):
    """``R = R_base * (1 + sum_i w_i f_i)`` with factors f_i in 0-1 (see :func:`normalise`).

    Method: multiplicative weighted-factor correction of a class resistance (METHODS.md section 2;
    documented choice of this plugin). NaN in the base or any factor gives NaN. ValueError when a
    factor lies outside 0-1 or shapes differ.
    """
    base = np.asarray(base, dtype=np.float64)
    factors, w = _weights(factors, weights)
    s = np.zeros(base.shape)
    for f, wi in zip(factors, w):
        if f.shape != base.shape:
            raise ValueError("factor shape differs from the base")
        if np.any((f < 0) | (f > 1)):
            raise ValueError("factors must be normalised to 0-1")
        s = s + wi * f
    return base * (1.0 + s)


def index_corrected(base, index):
    """``R = R_base * F / mean(F)`` (mean over valid cells).

    Method: index correction of the base resistance by night-light intensity / impervious index as
    used in Chinese ecological-security-pattern studies (METHODS.md section 2, (not verified) against the
    cited study). NaN propagates; ValueError if mean(F) <= 0.
    """
    base = np.asarray(base, dtype=np.float64)
    f = np.asarray(index, dtype=np.float64)
    valid = np.isfinite(base) & np.isfinite(f)
    m = f[valid].mean() if valid.any() else np.nan
    if not m > 0:
        raise ValueError("mean of the correction index must be positive")
    out = base * f / m
    out[~valid] = np.nan
    return out


def weighted_overlay(layers, weights):
    """``R = sum_i w_i X_i / sum_i w_i`` - weighted overlay of graded resistance layers (AHP
    practice; METHODS.md section 2). NaN in any layer gives NaN."""
    layers, w = _weights(layers, weights)
    if w.sum() <= 0:
        raise ValueError("weights sum to zero")
    out = np.zeros(layers[0].shape)
    for x, wi in zip(layers, w):
        out = out + wi * x
    return out / w.sum()
