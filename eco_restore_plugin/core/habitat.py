"""Habitat quality, after the InVEST Habitat Quality model (Sharp et al., InVEST User's Guide,
Natural Capital Project; METHODS.md §1.3). Implemented from the published equations.

Conventions (as documented in the InVEST 3.x User's Guide):

* impact of threat r at distance d (Euclidean, between pixel centres, map units):
  linear ``i = 1 − d / d_max``, exponential ``i = exp(−2.99 · d / d_max)``, 0 for d > d_max;
* threat raster values r_y in [0, 1] multiply the impact (1 = full threat source); NaN threat
  cells are "no threat" (0): a threat layer's nodata is absence of the threat source;
* ``D_xj = Σ_r Σ_y (w_r / Σ_r w_r) · r_y · i_rxy · β_x · S_jr`` (β accessibility, default 1);
* InVEST 3.x software convention (checked against its published source for the linear kernel):
  the distance kernel is divided by its own sum before the convolution, so Σ_y r_y i_rxy is a
  kernel-weighted *mean* of the threat (0-1 for 0-1 threat rasters) and D stays on the 0-1 scale
  where InVEST's default k = 0.5 makes sense; its threat table gives max distance in km.
  ``normalize_kernel=True`` (default) follows that convention; ``False`` gives the literal sum of
  the User's Guide equation (D then grows with the number of source cells). Here max distance is
  in map units (metres) - convert km yourself;
* ``Q_xj = H_j · (1 − D_xj^z / (D_xj^z + k^z))``, z = 2.5; k half-saturation. InVEST's own default
  k is 0.5 and its guide recommends half of the highest D of a first run; here ``k=None`` means
  half of the largest D over habitat cells (``k`` is returned so runs can be compared).

Three conventions for the threat term Σ_y r_y · i_rxy (``method``):

* ``"distance"`` - InVEST 3.13 and later (natcap/invest PR #1159, User's Guide "HQ threat decay",
  checked against an InVEST 3.14.2 run in tests/data/invest_habitat_quality): the impact is the
  decay of the Euclidean distance from x to the *nearest* threat cell (threat value > 0, i.e. the
  threat raster is presence / absence; its intensity is not used), ``i(d_min)``, 0 beyond d_max
  (exponential: exp(−2.99) = 0.05 at d_max). No kernel, no sum over sources;
* ``"convolution"`` - InVEST 3.3 to 3.12 (the kernel normalised by its sum, see above);
* ``"sum"`` - the literal User's Guide sum over source cells (no normalisation).
``normalize_kernel`` (kept for old callers) chooses between the last two when ``method`` is None.

The sum over source cells y is a convolution of the threat raster with the distance kernel
(FFT convolution, zero outside the raster). By blocks: read a halo of d_max of the largest
threat and give ``k`` explicitly (a global first pass of max D).
"""
import numpy as np
from scipy import signal

from . import tables
from ._distance import nearest_distance_bands

LINEAR, EXPONENTIAL = "linear", "exponential"
DISTANCE, CONVOLUTION, SUM = "distance", "convolution", "sum"
METHODS = (DISTANCE, CONVOLUTION, SUM)


def _cellsizes(cellsize):
    """(dx, dy) from a number or (dx, dy); dy as a positive size."""
    if np.ndim(cellsize) == 0:
        return float(cellsize), float(cellsize)
    return float(cellsize[0]), abs(float(cellsize[1]))


def _check_decay(max_distance, decay):
    if max_distance <= 0:
        raise ValueError("max_distance must be positive")
    if decay not in (LINEAR, EXPONENTIAL):
        raise ValueError("decay must be 'linear' or 'exponential', not {!r}".format(decay))


def decay_impact(d, max_distance, *, decay=LINEAR):
    """Impact of a threat at distance ``d`` (map units): InVEST Habitat Quality impact functions, linear
    ``1 − d/d_max`` or exponential ``exp(−2.99 d/d_max)``; 0 for d > d_max, never negative."""
    _check_decay(max_distance, decay)
    out = 1.0 - d / max_distance if decay == LINEAR else np.exp(-2.99 * d / max_distance)
    out[d > max_distance] = 0.0
    return np.clip(out, 0.0, None)


def threat_kernel(max_distance, cellsize, *, decay=LINEAR, normalize=False):
    """Distance-decay kernel of one threat (square array, odd size, centre = distance 0).

    Method: InVEST Habitat Quality (User's Guide, 3.x) impact functions - linear
    ``1 − d/d_max``, exponential ``exp(−2.99 d/d_max)`` - evaluated at pixel-centre distances
    d (map units); cells with d > d_max are 0. ``cellsize``: number or (dx, dy). ``normalize``:
    divide by the kernel sum (InVEST 3.x convention, module docstring).
    """
    dx, dy = _cellsizes(cellsize)
    _check_decay(max_distance, decay)
    nx, ny = int(max_distance // dx), int(max_distance // dy)
    yy, xx = np.mgrid[-ny:ny + 1, -nx:nx + 1]
    k = decay_impact(np.hypot(xx * dx, yy * dy), max_distance, decay=decay)
    if normalize:
        k = k / k.sum()
    return k


def threat_impact(threat, *, max_distance, cellsize, decay=LINEAR, dtype=np.float64,
                  normalize_kernel=True):
    """Σ_y r_y · i_rxy for every cell x: the threat raster convolved with its distance kernel.

    Method: InVEST Habitat Quality (User's Guide) impact sum; FFT convolution
    (scipy.signal.fftconvolve, zero outside the raster) for large kernels, direct otherwise.
    FFT round-off below 1e-9 of the kernel sum is set to exactly 0, so cells beyond d_max of
    every source stay 0. NaN threat cells count as no threat; ``normalize_kernel``: InVEST 3.x
    kernel normalisation (module docstring).
    """
    t = np.asarray(threat, dtype=dtype)
    t = np.where(np.isfinite(t), t, 0.0).astype(dtype, copy=False)
    ker = threat_kernel(max_distance, cellsize, decay=decay, normalize=normalize_kernel).astype(dtype)
    if not t.any():
        return np.zeros(t.shape, dtype)
    if ker.size <= 49 or min(t.shape) < 8:
        out = signal.convolve(t, ker, mode="same", method="direct")
    else:
        out = signal.fftconvolve(t, ker, mode="same")
    tol = 1e-9 * float(ker.sum()) * float(np.abs(t).max())
    out[out < tol] = 0.0
    return out.astype(dtype, copy=False)


def _threat_present(threat):
    """Cells where the threat is present: a finite value > 0 (NaN and ±inf are no threat)."""
    t = np.asarray(threat)
    return (t > 0) & np.isfinite(t)


def _nearest_impact_bands(present, max_distance, dx, dy, decay):
    """``(r0, r1, impact)`` of the nearest-source impact by row bands (None: no source within d_max).
    The distances come from :func:`._distance.nearest_distance_bands` with the reach d_max: exact up to
    d_max and beyond it elsewhere, where the impact is 0 either way, so the impacts equal those of one
    whole-raster transform."""
    for r0, r1, d in nearest_distance_bands(present, reach=max_distance, sampling=(dy, dx)):
        yield r0, r1, None if d is None else decay_impact(d, max_distance, decay=decay)


def threat_impact_nearest(threat, *, max_distance, cellsize, decay=LINEAR, dtype=np.float64):
    """Impact of the nearest threat cell: ``i(d_min)`` with d_min the Euclidean distance (map units,
    pixel centres) from every cell to the nearest cell where the threat is present (value > 0).

    Method: InVEST Habitat Quality 3.13+ (Euclidean distance transform instead of convolution,
    natcap/invest PR #1159; module docstring): linear ``1 − d/d_max``, exponential
    ``exp(−2.99 d/d_max)``, 0 for d > d_max; a threat cell itself has impact 1. NaN threat
    cells are no threat. ``cellsize``: number or (dx, dy). Computed by row bands
    (:func:`_nearest_impact_bands`, the same values as one whole-raster transform).
    """
    dx, dy = _cellsizes(cellsize)
    _check_decay(max_distance, decay)
    present = _threat_present(threat)
    out = np.zeros(present.shape, dtype)
    for r0, r1, impact in _nearest_impact_bands(present, max_distance, dx, dy, decay):
        if impact is not None:
            out[r0:r1] = impact
    return out


def threat_rasters_from_landcover(landcover, *, sources=None):
    """0/1 threat rasters from land-cover classes: ``{threat: float array}`` (NaN-safe).

    Method: InVEST Habitat Quality threat layers derived from land use (common practice with 三调
    data); ``sources`` defaults to :data:`tables.THREAT_SOURCES_3DIAO`.
    """
    lc = np.asarray(landcover)
    sources = tables.THREAT_SOURCES_3DIAO if sources is None else sources
    return {name: np.isin(lc, [tables.class_code(c) for c in codes]).astype(np.float32)
            for name, codes in sources.items()}


def habitat_degradation(landcover, threats, *, sensitivity=None, cellsize=30.0, access=None,
                        dtype=np.float64, normalize_kernel=True, method=None):
    """Total threat level D_xj of the InVEST Habitat Quality model.

    Method: InVEST User's Guide, Habitat Quality: ``D_xj = Σ_r Σ_y (w_r/Σw) · r_y · i_rxy · β_x ·
    S_jr`` (module docstring). ``threats``: list of dicts with keys ``raster`` (values 0-1),
    ``name``, ``max_distance`` (map units), ``weight``, ``decay`` ("linear"/"exponential"), or a
    dict ``{name: raster}`` combined with :data:`tables.THREATS_DEFAULT`. ``sensitivity``:
    ``{class: {"H": h, name: S, ...}}`` (default :data:`tables.HABITAT_SENSITIVITY_3DIAO`); a
    class or a threat column absent from it raises ValueError naming it. ``access``: β raster
    (default 1). NaN landcover -> NaN. ``method``: "distance" (InVEST 3.13+), "convolution"
    (InVEST 3.3-3.12) or "sum"; None: "convolution" if ``normalize_kernel`` else "sum" (module
    docstring).
    """
    if method is None:
        method = CONVOLUTION if normalize_kernel else SUM
    if method not in METHODS:
        raise ValueError("method must be one of {}, not {!r}".format(", ".join(METHODS), method))
    lc = np.asarray(landcover)
    sens = tables.HABITAT_SENSITIVITY_3DIAO if sensitivity is None else sensitivity
    if isinstance(threats, dict):
        threats = [dict(tables.THREATS_DEFAULT[name], name=name, raster=r)
                   for name, r in threats.items()]
    if not threats:
        d = np.zeros(lc.shape, dtype)
    else:
        dx, dy = _cellsizes(cellsize)
        wsum = float(sum(t["weight"] for t in threats))
        if wsum <= 0:
            raise ValueError("threat weights must sum to a positive number")
        d = np.zeros(lc.shape, dtype)
        for t in threats:
            name = t["name"]
            missing = [k for k, row in sens.items() if name not in row]
            if missing:
                raise ValueError("sensitivity table: no column for threat {!r} (class {})".format(
                    name, missing[0]))
            s = tables.lookup(lc, tables.column(sens, name), what="sensitivity table")
            if not np.any(s > 0):
                continue
            share = float(t["weight"]) / wsum
            if method == DISTANCE:      # by row bands: no whole-raster impact array
                _check_decay(t["max_distance"], t.get("decay", LINEAR))
                for r0, r1, imp in _nearest_impact_bands(_threat_present(t["raster"]), t["max_distance"], dx,
                                                         dy, t.get("decay", LINEAR)):
                    if imp is not None:
                        d[r0:r1] += share * imp * np.nan_to_num(s[r0:r1])
                continue
            imp = threat_impact(t["raster"], max_distance=t["max_distance"], cellsize=cellsize,
                                decay=t.get("decay", LINEAR), dtype=dtype,
                                normalize_kernel=method == CONVOLUTION)
            d += share * imp * np.nan_to_num(s).astype(dtype)
    if access is not None:
        d = d * np.asarray(access, dtype)
    if lc.dtype.kind == "f":
        d[~np.isfinite(lc)] = np.nan
    return d


def habitat_quality(degradation, suitability, *, k=None, z=2.5):
    """Habitat quality ``Q = H · (1 − D^z / (D^z + k^z))``; returns (Q, k).

    Method: InVEST User's Guide, Habitat Quality (half-saturation function, z = 2.5).
    ``k=None``: half of the largest D over habitat cells (H > 0) (module docstring); if that is 0
    (no threat anywhere) Q = H. NaN in D or H gives NaN.
    """
    dd = np.asarray(degradation, dtype=np.float64)
    h = np.asarray(suitability, dtype=np.float64)
    if k is None:
        sel = np.isfinite(dd) & (h > 0)
        k = 0.5 * float(dd[sel].max()) if sel.any() else 0.0
    if k <= 0:
        q = h.copy()
        q[~np.isfinite(dd)] = np.nan
        return q, float(k)
    dz = np.power(np.where(dd > 0, dd, 0.0), z)
    q = h * (1.0 - dz / (dz + k ** z))
    q[~np.isfinite(dd)] = np.nan
    return q, float(k)


def habitat_quality_model(landcover, threats, *, sensitivity=None, cellsize=30.0, access=None,
                          k=None, z=2.5, dtype=np.float64, normalize_kernel=True, method=None):
    """InVEST Habitat Quality, whole model: returns (D, Q, k).

    Method: InVEST User's Guide, Habitat Quality (METHODS.md §1.3): D by
    :func:`habitat_degradation`, H_j by class from ``sensitivity["H"]``, Q by
    :func:`habitat_quality`. ``method``: see :func:`habitat_degradation`.
    """
    sens = tables.HABITAT_SENSITIVITY_3DIAO if sensitivity is None else sensitivity
    d = habitat_degradation(landcover, threats, sensitivity=sens, cellsize=cellsize, access=access,
                            dtype=dtype, normalize_kernel=normalize_kernel,
                            method=method)
    h = tables.lookup(landcover, tables.column(sens, "H"), what="habitat suitability table")
    q, k = habitat_quality(d, h, k=k, z=z)
    return d, q, k
