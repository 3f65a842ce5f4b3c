"""Ecosystem-service quantities: water conservation, soil conservation (RUSLE), NPP-index
services, rainfall erosivity, coastal protection. METHODS.md §1 "Service quantities".

All functions are per-cell (work on any block) except where noted: slope / LS need a block
read with a 1-cell halo (crop it after), min-max normalisation needs the global range (pass
``lo``/``hi`` from a first pass), coastal protection needs a halo of ``buffer_distance``.
Nodata is NaN and propagates.
"""
from collections import namedtuple

import numpy as np

from . import tables
from ._distance import nearest_distance_bands

RusleResult = namedtuple("RusleResult", "potential actual conserved")


def _f(a):
    """Float array; float32 input stays float32 (halves memory on big rasters), else float64."""
    a = np.asarray(a)
    return a if a.dtype.kind == "f" else a.astype(np.float64)


# ---------------------------------------------------------------------------------------------
# Water conservation
# ---------------------------------------------------------------------------------------------
def runoff_coefficient(landcover, *, alpha_table=None, mask=None):
    """Runoff coefficient alpha per cell from a land-cover class raster.

    Method: water-balance model of 《生态保护红线划定指南》(2017), alpha by ecosystem type
    (METHODS.md §1). ``alpha_table`` defaults to :data:`tables.ALPHA_3DIAO`; a class absent from
    the table raises ValueError naming it; a NaN entry gives nodata (class not assessed).
    """
    table = tables.ALPHA_3DIAO if alpha_table is None else alpha_table
    return tables.lookup(landcover, table, mask=mask, what="runoff coefficient (alpha) table")


def water_balance(precip, et, *, landcover=None, alpha_table=None, alpha=None, cell_area_km2=None,
                  clip_negative=False):
    """Water conservation by water balance: ``WR = (P − R − ET) · A · 10^3``, ``R = P · α``.

    Method: 《生态保护红线划定指南》(2017) / 双评价指南 (MNR 2020), METHODS.md §1.
    ``precip``, ``et`` in mm (annual means). ``alpha``: a per-cell alpha array, or else it is
    looked up from ``landcover`` with ``alpha_table`` (see :func:`runoff_coefficient`).
    Returns per cell: the depth ``P − R − ET`` in mm when ``cell_area_km2`` is None, else the
    volume in m³ (mm · km² · 10^3 = m³). The total WR is ``np.nansum`` of the volume (nodata
    cells are excluded, never counted as zero). Negative values (ET > P − R) are kept unless
    ``clip_negative`` (then set to 0).
    """
    p, e = _f(precip), _f(et)
    if alpha is None:
        if landcover is None:
            raise ValueError("water_balance needs alpha or landcover")
        a = runoff_coefficient(landcover, alpha_table=alpha_table)
    else:
        a = _f(alpha)
    wr = np.asarray(p - p * a)
    if wr.shape == np.broadcast_shapes(wr.shape, e.shape) and wr.dtype == np.result_type(wr, e):
        wr -= e                       # in place: no extra full-size temporary
    else:
        wr = wr - e
    if clip_negative:
        wr = np.where(wr < 0, 0.0, wr)   # NaN stays NaN
    if cell_area_km2 is not None:
        wr = wr * (float(cell_area_km2) * 1e3)
    return wr


def minmax_normalise(x, *, lo=None, hi=None, mask=None, invert=False):
    """Min-max normalisation to 0-1 over valid cells: ``(x − min) / (max − min)``.

    Method: factor normalisation of the NPP-index method (红线指南 2017, METHODS.md §1: "every
    factor normalised to 0-1"). ``lo``/``hi``: the global min/max (default: over this array's
    finite cells, optionally restricted by ``mask``) - pass them when working by blocks. Values
    outside [lo, hi] are clipped. A constant factor (hi == lo) normalises to 0. ``invert`` gives
    ``1 − normalised``. NaN stays NaN.
    """
    x = _f(x)
    sel = np.isfinite(x) if mask is None else (np.isfinite(x) & np.asarray(mask, bool))
    if lo is None or hi is None:
        if not sel.any():
            return np.full(x.shape, np.nan)
        lo = float(x[sel].min()) if lo is None else lo
        hi = float(x[sel].max()) if hi is None else hi
    out = np.zeros(x.shape) if hi == lo else np.clip((x - lo) / (hi - lo), 0.0, 1.0)
    if invert:
        out = 1.0 - out
    out[~np.isfinite(x)] = np.nan
    if mask is not None:
        out[~np.asarray(mask, bool)] = np.nan
    return out


def _factors(normalise, ranges, **factors):
    ranges = ranges or {}
    out = {}
    for name, arr in factors.items():
        if normalise:
            lo, hi = ranges.get(name, (None, None))
            out[name] = minmax_normalise(arr, lo=lo, hi=hi)
        else:
            out[name] = _f(arr)
    return out


def npp_water_conservation(npp, f_sic, f_pre, f_slo, *, normalise=True, ranges=None):
    """NPP-index water conservation ``WR = NPP_mean · F_sic · F_pre · (1 − F_slo)``.

    Method: 《生态保护红线划定指南》(2017) NPP-index method, METHODS.md §1. F_sic soil seepage,
    F_pre precipitation, F_slo slope. When ``normalise`` the three factors are min-max normalised
    to 0-1 over their valid cells (:func:`minmax_normalise`; ``ranges={"f_pre": (lo, hi), ...}``
    gives global ranges for block work). NPP is used as given (not normalised).
    """
    f = _factors(normalise, ranges, f_sic=f_sic, f_pre=f_pre, f_slo=f_slo)
    return _f(npp) * f["f_sic"] * f["f_pre"] * (1.0 - f["f_slo"])


def npp_soil_conservation(npp, k, f_slo, *, normalise=True, ranges=None):
    """NPP-index soil conservation ``S_pro = NPP_mean · (1 − K) · (1 − F_slo)``.

    Method: 红线指南 (2017) NPP-index method, METHODS.md §1; K soil erodibility and F_slo
    normalised 0-1 as in :func:`npp_water_conservation`.
    """
    f = _factors(normalise, ranges, k=k, f_slo=f_slo)
    return _f(npp) * (1.0 - f["k"]) * (1.0 - f["f_slo"])


def npp_windbreak(npp, k, f_q, d, *, normalise=True, ranges=None):
    """NPP-index windbreak and sand fixation ``S_ws = NPP_mean · K · F_q · D``.

    Method: 红线指南 (2017) NPP-index method, METHODS.md §1 (F_q climate erosivity, D surface
    roughness), factors normalised 0-1 as in :func:`npp_water_conservation`.
    """
    f = _factors(normalise, ranges, k=k, f_q=f_q, d=d)
    return _f(npp) * f["k"] * f["f_q"] * f["d"]


def npp_biodiversity(npp, f_pre, f_tem, f_alt, *, normalise=True, ranges=None):
    """NPP-index biodiversity maintenance ``S_bio = NPP_mean · F_pre · F_tem · (1 − F_alt)``.

    Method: 红线指南 (2017) NPP-index method, METHODS.md §1, factors normalised 0-1.
    """
    f = _factors(normalise, ranges, f_pre=f_pre, f_tem=f_tem, f_alt=f_alt)
    return _f(npp) * f["f_pre"] * f["f_tem"] * (1.0 - f["f_alt"])


# ---------------------------------------------------------------------------------------------
# Terrain: slope, LS
# ---------------------------------------------------------------------------------------------
def _cellsize(cellsize):
    if np.ndim(cellsize) == 0:
        return float(cellsize), float(cellsize)
    dx, dy = cellsize
    return float(dx), abs(float(dy))


def slope_degrees(dem, *, cellsize):
    """Slope in degrees from a 3x3 Horn (1981) gradient.

    Method: Horn B.K.P. (1981) Hill shading and the reflectance map, Proc. IEEE 69(1):
    ``dz/dx = ((c + 2f + i) − (a + 2d + g)) / (8 dx)``, ``dz/dy = ((g + 2h + i) − (a + 2b + c)) /
    (8 dy)``, slope = atan(sqrt(dz/dx² + dz/dy²)). ``cellsize``: a number or (dx, dy) in the DEM's
    vertical unit. Edges replicate the border row/column (slope at the edge from one-sided data);
    a NaN neighbour is replaced by the centre elevation; a NaN centre gives NaN. By blocks: read
    with a 1-cell halo and crop.
    """
    z = _f(dem)
    dx, dy = _cellsize(cellsize)
    h, w = z.shape
    zp = np.pad(z, 1, mode="edge")
    nan = ~np.isfinite(z)
    has_nan = bool(nan.any())

    def nb(di, dj):   # neighbour view; NaN neighbours take the centre value
        v = zp[1 + di:1 + di + h, 1 + dj:1 + dj + w]
        if has_nan:
            v = np.where(np.isfinite(v), v, z)
        return v

    # dz/dx = ((c + 2f + i) - (a + 2d + g)) / 8dx ; dz/dy = ((g + 2h + i) - (a + 2b + c)) / 8dy
    gx = nb(-1, 1) + nb(1, 1)
    gx += 2 * nb(0, 1)
    gx -= nb(-1, -1)
    gx -= nb(1, -1)
    gx -= 2 * nb(0, -1)
    gx /= 8.0 * dx
    gy = nb(1, -1) + nb(1, 1)
    gy += 2 * nb(1, 0)
    gy -= nb(-1, -1)
    gy -= nb(-1, 1)
    gy -= 2 * nb(-1, 0)
    gy /= 8.0 * dy
    zp = None   # free the padded copy (nb is not called after this)
    np.hypot(gx, gy, out=gx)
    del gy
    np.arctan(gx, out=gx)
    np.degrees(gx, out=gx)
    gx[nan] = np.nan
    return gx


def slope_steepness_s(slope_deg, *, breaks=(5.0, 10.0)):
    """RUSLE slope-steepness factor S (McCool et al. 1987; Liu B.Y. et al. 1994 for steep slopes).

    Method: ``S = 10.8 sinθ + 0.03`` (θ < 5°), ``16.8 sinθ − 0.5`` (5° ≤ θ < 10°),
    ``21.91 sinθ − 0.96`` (θ ≥ 10°) - McCool D.K. et al. (1987) Trans. ASAE 30(5); Liu B.Y.,
    Nearing M.A., Risse L.M. (1994) Slope gradient effects on soil loss for steep slopes, Trans.
    ASAE 37(6). ``breaks`` (degrees) are parameters. NaN propagates.
    """
    t = _f(slope_deg)
    s = np.sin(np.radians(t))
    out = s * 21.91
    out -= 0.96
    sel = t < breaks[1]
    out[sel] = 16.8 * s[sel] - 0.5
    sel = t < breaks[0]
    out[sel] = 10.8 * s[sel] + 0.03
    return out


def slope_length_exponent(slope_deg, *, breaks_percent=(1.0, 3.0, 5.0),
                          values=(0.2, 0.3, 0.4, 0.5)):
    """USLE slope-length exponent m by slope class (Wischmeier & Smith 1978).

    Method: m = 0.2 (tanθ < 1 %), 0.3 (1-3 %), 0.4 (3-5 %), 0.5 (≥ 5 %); class bounds are lower-
    inclusive and in percent slope (100·tanθ), parameters ``breaks_percent`` / ``values``.
    Wischmeier W.H., Smith D.D. (1978) USDA Agriculture Handbook 537.
    """
    pct = 100.0 * np.tan(np.radians(_f(slope_deg)))
    idx = np.searchsorted(np.asarray(breaks_percent, float), pct, side="right")
    out = np.asarray(values, float)[np.minimum(idx, len(values) - 1)]
    out[~np.isfinite(pct)] = np.nan
    return out


def slope_length_l(flow_acc, cellsize, slope_deg, *, method="cells", acc_includes_self=True,
                   max_length=None, aspect_deg=None, m_breaks_percent=(1.0, 3.0, 5.0),
                   m_values=(0.2, 0.3, 0.4, 0.5)):
    """RUSLE slope-length factor L from a flow-accumulation raster (an input, cells).

    Method (Wischmeier & Smith 1978; Desmet P.J.J., Govers G. 1996, J. Soil Water Conserv.
    51(5)), m by :func:`slope_length_exponent`:

    * ``method="cells"``: ``λ = N · D`` where N = number of cells draining through the cell
      including itself (``acc_includes_self=True``, the GRASS r.watershed convention; set False
      for ArcGIS/r.terraflow-style accumulations that exclude the cell - then N = acc + 1) and D
      the cell size; λ is horizontal; optional cap ``max_length`` (m). ``L = (λ / 22.13)^m``.
    * ``method="desmet_govers"``: ``L = ((A_in + D²)^(m+1) − A_in^(m+1)) / (D^(m+2) · x^m ·
      22.13^m)`` with A_in = (N − 1) · D² the upslope area at the cell inlet and
      ``x = |sin a| + |cos a|`` from ``aspect_deg`` (default x = 1).
    """
    acc = _f(flow_acc)
    n = acc if acc_includes_self else acc + 1.0
    d = _cellsize(cellsize)[0]
    m = slope_length_exponent(slope_deg, breaks_percent=m_breaks_percent, values=m_values)
    if method == "cells":
        lam = n * d
        if max_length is not None:
            lam = np.minimum(lam, max_length)
        return (lam / 22.13) ** m
    if method == "desmet_govers":
        a_in = (n - 1.0) * d * d
        if max_length is not None:
            a_in = np.minimum(a_in, max_length * d)
        if aspect_deg is None:
            x = 1.0
        else:
            ar = np.radians(_f(aspect_deg))
            x = np.abs(np.sin(ar)) + np.abs(np.cos(ar))
        return (((a_in + d * d) ** (m + 1) - a_in ** (m + 1)) /
                (d ** (m + 2) * x ** m * 22.13 ** m))
    raise ValueError("unknown slope-length method {!r}".format(method))


def ls_factor(dem, flow_acc, cellsize, *, method="cells", acc_includes_self=True, max_length=None,
              s_breaks=(5.0, 10.0), m_breaks_percent=(1.0, 3.0, 5.0),
              m_values=(0.2, 0.3, 0.4, 0.5)):
    """RUSLE LS = L · S from a DEM and a flow accumulation; returns (ls, slope_deg).

    Method: slope by :func:`slope_degrees` (Horn 1981), S by :func:`slope_steepness_s` (McCool
    1987 / Liu 1994), L by :func:`slope_length_l` (Wischmeier & Smith 1978 or Desmet & Govers
    1996). The flow accumulation is computed elsewhere (core.hydrology).
    """
    slope = slope_degrees(dem, cellsize=cellsize)
    s = slope_steepness_s(slope, breaks=s_breaks)
    l_ = slope_length_l(flow_acc, cellsize, slope, method=method, acc_includes_self=acc_includes_self,
                        max_length=max_length,
                        m_breaks_percent=m_breaks_percent, m_values=m_values)
    return l_ * s, slope


# ---------------------------------------------------------------------------------------------
# RUSLE factors
# ---------------------------------------------------------------------------------------------
def c_factor_from_fvc(fvc, *, percent=False, full_cover=78.3):
    """Cover-management factor C from fractional vegetation cover (蔡崇法 et al. 2000).

    Method: 蔡崇法, 丁树文, 史志华 等 (2000) 应用USLE模型与地理信息系统IDRISI预测小流域土壤侵蚀量,
    水土保持学报 14(2): ``C = 1`` for c = 0, ``C = 0.6508 − 0.3436 · log10(c)`` for
    0 < c < 78.3 %, ``C = 0`` for c ≥ 78.3 %, c = FVC in percent. ``fvc`` in 0-1 unless
    ``percent``. The result is clipped to [0, 1] (the formula exceeds 1 below c ≈ 0.1 %).
    """
    c = _f(fvc) * (1.0 if percent else 100.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        val = 0.6508 - 0.3436 * np.log10(c)
    out = np.where(c <= 0, 1.0, np.where(c >= full_cover, 0.0, np.clip(val, 0.0, 1.0)))
    out[~np.isfinite(c)] = np.nan
    return out


def c_factor_from_landcover(landcover, *, table=None):
    """C factor by land-cover class table (default :data:`tables.C_FACTOR_3DIAO`, not verified against the official text).

    Method: RUSLE (Renard et al. 1997, USDA Agriculture Handbook 703) cover-management factor by
    class; missing class -> ValueError naming it.
    """
    return tables.lookup(landcover, tables.C_FACTOR_3DIAO if table is None else table,
                         what="C factor table")


def p_factor_from_landcover(landcover, *, table=None):
    """P factor by land-cover class table (default :data:`tables.P_FACTOR_3DIAO`, not verified against the official text).

    Method: RUSLE (Renard et al. 1997) support-practice factor by class; missing class ->
    ValueError naming it.
    """
    return tables.lookup(landcover, tables.P_FACTOR_3DIAO if table is None else table,
                         what="P factor table")


def rusle(r, k, ls, c, p):
    """RUSLE soil loss and soil conservation; returns RusleResult(potential, actual, conserved).

    Method: Renard et al. (1997) RUSLE; 红线指南 (2017) / 双评价 (2020), METHODS.md §1:
    potential ``A_p = R·K·LS``, actual ``A_r = R·K·LS·C·P``, conserved
    ``A_c = A_p − A_r = R·K·LS·(1 − C·P)``. Units follow the inputs (t·hm⁻²·a⁻¹ with R in
    MJ·mm·hm⁻²·h⁻¹·a⁻¹ and K in t·hm²·h·hm⁻²·MJ⁻¹·mm⁻¹). NaN propagates.
    """
    pot = _f(r) * _f(k)
    pot = pot * _f(ls)
    cp = np.asarray(_f(c) * _f(p))
    actual = pot * cp
    if cp.shape == np.shape(pot) and cp.dtype == np.result_type(cp, pot):
        np.subtract(1.0, cp, out=cp)  # in place: no extra full-size temporary
        cp *= pot
        return RusleResult(pot, actual, cp)
    return RusleResult(pot, actual, pot * (1.0 - cp))


def _warm_from_doy(doy, warm_months, year):
    doy = np.asarray(doy, dtype=np.int64)
    dates = np.datetime64("{:04d}-01-01".format(year)) + (doy - 1).astype("timedelta64[D]")
    months = dates.astype("datetime64[M]").astype(np.int64) % 12 + 1
    return np.isin(months, list(warm_months))


def rainfall_erosivity_daily(precip, *, days=None, warm=None, alpha_warm=0.3937, alpha_cold=0.3101,
                             beta=1.7265, threshold=12.0, warm_months=(5, 6, 7, 8, 9),
                             year=2001, n_years=1, months=None):
    """Annual rainfall erosivity R from daily precipitation (章文波 daily model).

    Method: 章文波, 谢云, 刘宝元 (2002) 利用日雨量计算降雨侵蚀力的方法研究, 地理科学 22(6), simplified
    form of METHODS.md §1: ``R_day = α · P_day^1.7265`` for P_day ≥ 12 mm (erosive day), else 0;
    α = 0.3937 in the warm season (May-September) and 0.3101 in the cold season (not verified against the official text).
    R (MJ·mm·hm⁻²·h⁻¹·a⁻¹) = Σ R_day / ``n_years``.

    ``precip``: a list of ``(day_of_year, array)`` pairs, or a 3-D array (days, rows, cols).
    For a 3-D array give ``days`` (day of year per layer), ``months`` (month 1-12 per layer) or
    ``warm`` (bool per layer: warm season). Day of year -> month uses calendar ``year`` (default a
    non-leap year). A NaN daily value makes the cell's R NaN.
    """
    if isinstance(precip, (list, tuple)):
        days = [d for d, _ in precip]
        layers = [a for _, a in precip]
    else:
        arr = np.asarray(precip)
        if arr.ndim != 3:
            raise ValueError("precip must be a list of (day, array) or a 3-D array")
        layers = list(arr)
    if warm is None and months is not None:
        warm = np.isin(np.asarray(months), list(warm_months))
    if warm is None:
        if days is None:
            raise ValueError("give days (day of year), months or warm (season flags) per layer")
        warm = _warm_from_doy(days, warm_months, year)
    warm = np.asarray(warm, bool)
    if warm.shape != (len(layers),):
        raise ValueError("one season flag / day per layer expected")
    total = None
    for layer, is_warm in zip(layers, warm):
        p = _f(layer)
        alpha = alpha_warm if is_warm else alpha_cold
        rd = np.where(p >= threshold, alpha * np.power(np.where(p > 0, p, 0.0), beta), 0.0)
        rd[~np.isfinite(p)] = np.nan
        total = rd if total is None else total + rd
    return total / float(n_years)


# ---------------------------------------------------------------------------------------------
# Coastal protection
# ---------------------------------------------------------------------------------------------
def coastal_protection(landcover, *, cellsize, scores=None, shoreline=None, shoreline_score=None,
                       land=None, buffer_distance=1000.0, decay="linear", valid=None):
    """Coastal protection value: protecting coastal ecosystems and natural shoreline with a landward
    protection buffer. Returns values 0-1 (NaN where ``valid`` is False / landcover is NaN).

    Method (METHODS.md §1 "Coastal protection 海岸防护", check; scoring documented here):
    each protecting cell has a score - coastal ecosystems by class, ``scores`` (default
    :data:`tables.COASTAL_PROTECTION_SCORES`: mangrove 1.0, coral reef 0.9, salt marsh 0.7,
    marsh 0.6, seagrass 0.5, tidal flat 0.4) and natural-shoreline cells (``shoreline`` bool mask)
    ``shoreline_score`` (default 0.5). The value of a land cell (``land`` True; default: every cell
    that is not a protecting ecosystem) is the largest ``score · g(d)`` over protecting cells,
    d = Euclidean distance (map units, distance transform on cell centres), ``g = 1 − d /
    buffer_distance`` (``decay="linear"``) or 1 (``"step"``) for d ≤ buffer_distance, else 0.
    A protecting cell keeps at least its own score. Non-land cells without ecosystem are 0.
    By blocks: read a halo of ``buffer_distance``.
    """
    lc = np.asarray(landcover)
    scores = tables.COASTAL_PROTECTION_SCORES if scores is None else scores
    shoreline_score = tables.NATURAL_SHORELINE_SCORE if shoreline_score is None else shoreline_score
    dx, dy = _cellsize(cellsize)
    ok = np.ones(lc.shape, bool) if valid is None else np.asarray(valid, bool).copy()
    if lc.dtype.kind == "f":
        ok &= np.isfinite(lc)
    own = np.zeros(lc.shape)
    for code, sc in scores.items():
        own = np.where(ok & (lc == tables.class_code(code)), np.maximum(own, sc), own)
    if shoreline is not None:
        own = np.where(np.asarray(shoreline, bool) & ok, np.maximum(own, shoreline_score), own)
    protecting = own > 0
    is_land = ~protecting if land is None else np.asarray(land, bool)
    if decay not in ("linear", "step"):
        raise ValueError("decay must be 'linear' or 'step'")
    value = own.copy()
    for sc in sorted(set(np.unique(own[protecting]).tolist())):
        # g is 0 beyond the buffer: distances by row bands, exact up to it (core/_distance.py)
        for r0, r1, dist in nearest_distance_bands(own == sc, reach=buffer_distance, sampling=(dy, dx)):
            if dist is None:           # no such cell within the buffer of these rows
                continue
            if decay == "linear":
                g = np.clip(1.0 - dist / buffer_distance, 0.0, 1.0)
            else:
                g = (dist <= buffer_distance).astype(float)
            band = value[r0:r1]
            band[...] = np.where(is_land[r0:r1], np.maximum(band, sc * g), band)
    value[~ok] = np.nan
    return value
