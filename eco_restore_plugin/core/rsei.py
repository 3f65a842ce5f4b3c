"""Remote Sensing based Ecological Index (遥感生态指数, RSEI).

Method: 徐涵秋 (2013). 区域生态环境变化的遥感评价指数. 中国环境科学 33(5): 889-897 (Xu 2013): four
indicators from surface reflectance - greenness NDVI, wetness (tasseled-cap wetness), heat (land
surface temperature) and dryness NDBSI = (SI + IBI)/2 - water masked out with MNDWI (Xu 2006),
each normalised to 0-1 (min-max over the non-water cells), PCA on the four; PC1 oriented so that
greenness loads positively (greener is better, RSEI0), then RSEI = (RSEI0 − min)/(max − min). Five
grades of width 0.2: 差 / 较差 / 中等 / 良 / 优.

Indices (bands as surface reflectance 0-1, names blue, green, red, nir, swir1, swir2):

* NDVI = (nir − red)/(nir + red); MNDWI = (green − swir1)/(green + swir1) (Xu 2006)
* wetness = Σ c_b · band_b: Landsat 8 OLI coefficients of Baig et al. (2014, Remote Sens. Lett. 5(5):
  423-431) 0.1511, 0.1973, 0.3283, 0.3407, −0.7117, −0.4559; Landsat 5 TM of Crist (1985, Remote
  Sens. Environ. 17: 301-306) 0.0315, 0.2021, 0.3102, 0.1594, −0.6806, −0.6109 (blue … swir2)
* SI = ((swir1 + red) − (nir + blue)) / ((swir1 + red) + (nir + blue)) (Rikimaru et al. 2002)
* IBI = (2·swir1/(swir1 + nir) − (nir/(nir + red) + green/(green + swir1))) /
        (2·swir1/(swir1 + nir) + (nir/(nir + red) + green/(green + swir1))) (Xu 2008)
* LST from the at-sensor brightness temperature T_b (K) with an NDVI-based emissivity:
  LST = T_b / (1 + (λ·T_b/ρ)·ln ε) − 273.15 (°C), ρ = 1.438e-2 m·K, λ 10.895 µm (OLI/TIRS band 10)
  or 11.45 µm (TM band 6); ε = 0.004·P_v + 0.986, P_v = ((NDVI − 0.2)/(0.5 − 0.2))² within 0.2-0.5,
  ε = 0.973 below NDVI 0.2 (soil) and 0.99 above 0.5 (Sobrino et al. 2004, Remote Sens. Environ. 90:
  434-440). Or a given LST raster.

Block-wise use: :func:`indicators` per block; accumulate :class:`Moments` (min, max, sums and cross
products) over blocks; :func:`pca_from_moments`; :func:`rsei0` per block; normalise with the global
RSEI0 range. :func:`rsei` does the whole chain in memory (small rasters, tests).
"""
import numpy as np

from ._progress import checkpoint

INDICATORS = ("ndvi", "wet", "lst", "ndbsi")
INDICATOR_NAMES = {"ndvi": ("绿度", "Greenness (NDVI)"), "wet": ("湿度", "Wetness (tasseled-cap)"),
                   "lst": ("热度", "Heat (LST)"), "ndbsi": ("干度", "Dryness (NDBSI)")}
BANDS = ("blue", "green", "red", "nir", "swir1", "swir2")

#: tasseled-cap wetness coefficients (blue, green, red, nir, swir1, swir2).
WETNESS_OLI = (0.1511, 0.1973, 0.3283, 0.3407, -0.7117, -0.4559)   # Baig et al. 2014
WETNESS_TM = (0.0315, 0.2021, 0.3102, 0.1594, -0.6806, -0.6109)    # Crist 1985
#: thermal band central wavelength (µm).
WAVELENGTH_OLI = 10.895
WAVELENGTH_TM = 11.45
RHO = 1.438e-2   # h·c/σ (m·K)

#: five grades of RSEI (upper bounds 0.2, 0.4, 0.6, 0.8).
GRADE_BREAKS = (0.2, 0.4, 0.6, 0.8)
GRADE_NAMES = {1: ("差", "Poor"), 2: ("较差", "Fair"), 3: ("中等", "Moderate"), 4: ("良", "Good"),
               5: ("优", "Excellent")}


def _ratio(a, b):
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(b != 0, a / b, np.nan)


def ndvi(red, nir):
    """NDVI = (nir − red)/(nir + red) (Rouse et al. 1974)."""
    return _ratio(nir - red, nir + red)


def mndwi(green, swir1):
    """MNDWI = (green − swir1)/(green + swir1) (Xu 2006)."""
    return _ratio(green - swir1, green + swir1)


def wetness(bands, *, coefficients=WETNESS_OLI):
    """Tasseled-cap wetness Σ c_b · band_b (coefficients in the order blue … swir2)."""
    if len(coefficients) != 6:
        raise ValueError("Wetness needs six coefficients (blue, green, red, nir, swir1, swir2).")
    return sum(float(c) * np.asarray(bands[b], dtype=np.float64) for c, b in zip(coefficients, BANDS))


def ndbsi(bands):
    """NDBSI = (SI + IBI)/2 (Xu 2013; SI Rikimaru et al. 2002, IBI Xu 2008)."""
    b, g, r, n, s1 = (np.asarray(bands[k], dtype=np.float64) for k in ("blue", "green", "red", "nir", "swir1"))
    si = _ratio((s1 + r) - (n + b), (s1 + r) + (n + b))
    t1 = _ratio(2.0 * s1, s1 + n)
    t2 = _ratio(n, n + r) + _ratio(g, g + s1)
    ibi = _ratio(t1 - t2, t1 + t2)
    return (si + ibi) / 2.0


def emissivity(ndvi_values):
    """Land-surface emissivity from NDVI (Sobrino et al. 2004 NDVI thresholds, module docstring)."""
    v = np.asarray(ndvi_values, dtype=np.float64)
    pv = np.clip((v - 0.2) / 0.3, 0.0, 1.0) ** 2
    eps = 0.004 * pv + 0.986
    eps = np.where(v < 0.2, 0.973, np.where(v > 0.5, 0.99, eps))
    return np.where(np.isfinite(v), eps, np.nan)


def lst_from_brightness(bt_kelvin, ndvi_values, *, wavelength_um=WAVELENGTH_OLI):
    """LST (°C) = T_b / (1 + (λ T_b / ρ) ln ε) − 273.15 (module docstring)."""
    tb = np.asarray(bt_kelvin, dtype=np.float64)
    lam = float(wavelength_um) * 1e-6
    return tb / (1.0 + (lam * tb / RHO) * np.log(emissivity(ndvi_values))) - 273.15


def indicators(bands, *, wetness_coefficients=WETNESS_OLI, lst=None, brightness=None,
               wavelength_um=WAVELENGTH_OLI, water_threshold=0.0):
    """The four raw indicators and the water mask of a block.

    ``bands``: dict of reflectance arrays (:data:`BANDS`); ``lst`` a given LST raster (°C) or
    ``brightness`` temperature (K) to derive it. Returns ``(stack, valid)``: ``stack`` shape
    (4, …) in the order :data:`INDICATORS`, ``valid`` True where every indicator is finite and the
    cell is not water (MNDWI > ``water_threshold``).
    """
    missing = [b for b in BANDS if bands.get(b) is None]
    if missing:
        raise ValueError("RSEI needs the bands {}; missing: {}.".format(", ".join(BANDS), ", ".join(missing)))
    nd = ndvi(bands["red"], bands["nir"])
    if lst is None:
        if brightness is None:
            raise ValueError("RSEI needs a land surface temperature raster or a brightness temperature band.")
        heat = lst_from_brightness(brightness, nd, wavelength_um=wavelength_um)
    else:
        heat = np.asarray(lst, dtype=np.float64)
    stack = np.stack([nd, wetness(bands, coefficients=wetness_coefficients), heat, ndbsi(bands)])
    water = mndwi(bands["green"], bands["swir1"]) > water_threshold
    valid = np.isfinite(stack).all(axis=0) & ~water
    return stack, valid


class Moments:
    """Running min, max, count, sums and cross products of the indicators over blocks."""

    def __init__(self, k=4):
        self.n = 0
        self.lo = np.full(k, np.inf)
        self.hi = np.full(k, -np.inf)
        self.s = np.zeros(k)
        self.ss = np.zeros((k, k))

    def add_range(self, stack, valid):
        """First pass: min and max of each raw indicator."""
        if valid.any():
            x = stack[:, valid]
            self.lo = np.minimum(self.lo, x.min(axis=1))
            self.hi = np.maximum(self.hi, x.max(axis=1))

    def add_normalised(self, norm, valid):
        """Second pass: count, sums and cross products of the normalised indicators."""
        x = norm[:, valid]
        self.n += x.shape[1]
        self.s += x.sum(axis=1)
        self.ss += x @ x.T

    def covariance(self):
        if self.n < 2:
            raise ValueError("RSEI needs at least two non-water cells with all four indicators.")
        mean = self.s / self.n
        return (self.ss - self.n * np.outer(mean, mean)) / (self.n - 1)


def normalise(stack, lo, hi):
    """Min-max normalisation of each indicator to 0-1 with the study-area ``lo``/``hi``."""
    lo = np.asarray(lo, dtype=np.float64).reshape((-1,) + (1,) * (stack.ndim - 1))
    hi = np.asarray(hi, dtype=np.float64).reshape(lo.shape)
    span = np.where(hi > lo, hi - lo, 1.0)
    return (stack - lo) / span


def pca_from_moments(cov):
    """PCA of the covariance matrix of the normalised indicators.

    Returns ``(loadings, eigenvalues, shares)``: ``loadings`` (4 × 4) with PC i in column i, PCs in
    decreasing eigenvalue order, PC1 oriented so that the greenness (NDVI) loading is positive;
    ``shares`` the eigenvalue fraction of each PC.
    """
    cov = np.asarray(cov, dtype=np.float64)
    w, v = np.linalg.eigh(cov)
    order = np.argsort(w)[::-1]
    w, v = w[order], v[:, order]
    for i in range(v.shape[1]):                 # deterministic signs: NDVI positive on PC1
        ref = 0 if i == 0 else int(np.argmax(np.abs(v[:, i])))
        if v[ref, i] < 0:
            v[:, i] = -v[:, i]
    total = w.sum()
    shares = w / total if total > 0 else np.full_like(w, np.nan)
    return v, w, shares


def rsei0(norm, loadings, valid):
    """RSEI0 = PC1 score of the normalised indicators (NaN outside ``valid``)."""
    score = np.tensordot(loadings[:, 0], norm, axes=(0, 0))
    return np.where(valid, score, np.nan)


def grade(values, *, breaks=GRADE_BREAKS):
    """Five grades 1..5 of RSEI (0 = nodata), by ``breaks`` (upper bounds, lower-inclusive)."""
    v = np.asarray(values, dtype=np.float64)
    g = np.digitize(np.where(np.isfinite(v), v, 0.0), breaks, right=False) + 1
    return np.where(np.isfinite(v), g, 0).astype(np.uint8)


def rsei(bands, *, wetness_coefficients=WETNESS_OLI, lst=None, brightness=None,
         wavelength_um=WAVELENGTH_OLI, water_threshold=0.0, progress=None, cancelled=None):
    """RSEI in memory (Xu 2013, module docstring).

    Returns a dict: ``rsei`` (0-1, NaN for water and nodata), ``grade`` (1-5, 0 nodata),
    ``indicators`` (normalised stack), ``loadings``, ``eigenvalues``, ``shares``, ``lo``/``hi``
    (indicator ranges), ``rsei0_range``.
    """
    stack, valid = indicators(bands, wetness_coefficients=wetness_coefficients, lst=lst,
                              brightness=brightness, wavelength_um=wavelength_um,
                              water_threshold=water_threshold)
    m = Moments()
    m.add_range(stack, valid)
    if not valid.any():
        raise ValueError("RSEI: no non-water cell has all four indicators.")
    checkpoint(cancelled, progress, 0.3)
    norm = normalise(stack, m.lo, m.hi)
    m.add_normalised(norm, valid)
    loadings, eig, shares = pca_from_moments(m.covariance())
    r0 = rsei0(norm, loadings, valid)
    lo0, hi0 = float(np.nanmin(r0)), float(np.nanmax(r0))
    out = (r0 - lo0) / (hi0 - lo0) if hi0 > lo0 else np.where(valid, 0.0, np.nan)
    if progress:
        progress(1.0)
    return {"rsei": out, "grade": grade(out), "indicators": np.where(valid, norm, np.nan),
            "loadings": loadings, "eigenvalues": eig, "shares": shares, "lo": m.lo, "hi": m.hi,
            "rsei0_range": (lo0, hi0)}
