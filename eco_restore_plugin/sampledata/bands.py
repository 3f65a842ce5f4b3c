"""Synthetic surface-reflectance bands of Demo County for two dates (RSEI input of the demo).

Written beside an existing Demo County (``landuse_YYYY.tif``, ``ndvi_YYYY.tif``, ``dem.tif``) by
:func:`write_bands`, so the bands agree with its land use and NDVI:

* ``reflectance_2010.tif`` - Landsat 5 TM band numbering, 7 bands: 1 blue, 2 green, 3 red, 4 NIR,
  5 SWIR1, 6 thermal (brightness temperature, K × 100), 7 SWIR2;
* ``reflectance_2020.tif`` - Landsat 8 OLI band numbering, 7 bands: 1 coastal aerosol, 2 blue,
  3 green, 4 red, 5 NIR, 6 SWIR1, 7 SWIR2;
* ``lst_2020.tif`` - land surface temperature (°C); ``brightness_2010.tif`` - brightness
  temperature of TM band 6 (K).

Reflectance is stored as uint16 × 10000 (scale 0.0001), 0 = nodata (outside the county and the
sea). Spectra: red and NIR from the county's NDVI with a class brightness (their NDVI equals
``ndvi_YYYY.tif`` up to the integer rounding and a little noise); blue, green and the SWIR bands
fall with vegetation cover; water, built land and bare land have their own spectra (water is
bright in green and dark in SWIR, so MNDWI > 0). LST: cooler under vegetation and over water,
warmer on built and bare land, −6.5 °C per km of elevation. Deterministic (``seed``).
"""
import os

import numpy as np

from ._helpers import _gaussian_in_threads

WATER = (1101, 1103, 1104)
BUILT = (501, 601, 602, 701, 702, 802, 1003, 1004, 1008)
BARE = (1205, 1206, 1207, 1105, 1106)
RHO = 1.438e-2


def synthesize(landuse, ndvi, dem, *, year, seed=2020):
    """Reflectance bands (dict blue … swir2, 0-1), LST (°C) and brightness temperature (K) for one
    date; NaN outside ``landuse > 0``. Pure numpy (module docstring)."""
    rng = np.random.Generator(np.random.PCG64(int(seed) * 101 + int(year)))
    lu = np.asarray(landuse)
    land = lu > 0
    nd = np.clip(np.nan_to_num(np.asarray(ndvi, dtype=np.float64), nan=0.0), -0.2, 0.92)
    v = np.clip((nd - 0.05) / 0.81, 0.0, 1.0)
    water = np.isin(lu, WATER)
    built = np.isin(lu, BUILT)
    bare = np.isin(lu, BARE)
    noise = lambda s: s * rng.standard_normal(lu.shape)
    # soil moisture, smooth and independent of the vegetation: wetter ground is darker in SWIR and cooler
    moist = _gaussian_in_threads(rng.standard_normal(lu.shape), max(2.0, lu.shape[0] / 60.0))
    moist = np.tanh(moist / (moist.std() or 1.0))
    bright = np.where(built, 0.42, np.where(bare, 0.48, 0.36)) + noise(0.01)
    red = bright * (1 - nd) / 2
    nir = bright * (1 + nd) / 2
    blue = 0.03 + 0.06 * (1 - v) + 0.04 * built + noise(0.004)
    green = 0.05 + 0.05 * (1 - v) + 0.02 * v + 0.03 * built + noise(0.004)
    swir1 = 0.12 + 0.18 * (1 - v) + 0.06 * built + 0.05 * bare - 0.02 * moist + noise(0.006)
    swir2 = 0.06 + 0.16 * (1 - v) + 0.07 * built + 0.05 * bare - 0.02 * moist + noise(0.006)
    for arr, value in ((blue, 0.06), (green, 0.07), (red, 0.04), (nir, 0.025), (swir1, 0.012), (swir2, 0.006)):
        arr[water] = value + 0.003 * rng.random(int(water.sum()))
    bands = {"blue": blue, "green": green, "red": red, "nir": nir, "swir1": swir1, "swir2": swir2}
    for k in bands:
        bands[k] = np.where(land, np.clip(bands[k], 0.001, 1.0), np.nan)
    elev = np.clip(np.nan_to_num(np.asarray(dem, dtype=np.float64)), 0, None)
    lst = (21.0 + 14.0 * (1 - v) + 4.0 * built + 2.0 * bare - 0.0065 * elev - 1.5 * moist + noise(0.8)
           - (1.2 if year < 2015 else 0.0))
    lst = np.where(water, 22.0 + noise(0.3), lst)
    lst = np.where(land, lst, np.nan)
    # brightness temperature with the emissivity of core.rsei (NDVI thresholds), TM band 6 (11.45 µm)
    eps = np.where(nd < 0.2, 0.973, np.where(nd > 0.5, 0.99, 0.986 + 0.004 * ((nd - 0.2) / 0.3) ** 2))
    lam = 11.45e-6
    ts = lst + 273.15
    tb = ts.copy()
    log_eps = np.log(eps)
    for _ in range(6):                       # Tb = Ts (1 + (λ Tb / ρ) ln ε), fixed point
        tb = ts * (1 + (lam * tb / RHO) * log_eps)
    return bands, lst, np.where(land, tb, np.nan)


def _write(path, arrays, ref_ds, dtype, nodata, descriptions):
    from osgeo import gdal
    gtype = {"uint16": gdal.GDT_UInt16, "float32": gdal.GDT_Float32}[dtype]
    drv = gdal.GetDriverByName("GTiff")
    ds = drv.Create(path, ref_ds.RasterXSize, ref_ds.RasterYSize, len(arrays), gtype,
                    ["TILED=YES", "COMPRESS=DEFLATE", "PREDICTOR=2" if dtype == "uint16" else "PREDICTOR=3"])
    ds.SetGeoTransform(ref_ds.GetGeoTransform())
    ds.SetProjection(ref_ds.GetProjection())
    for i, (arr, desc) in enumerate(zip(arrays, descriptions), start=1):
        band = ds.GetRasterBand(i)
        band.SetNoDataValue(nodata)
        band.SetDescription(desc)
        band.WriteArray(arr)
    ds = None
    return path


def write_bands(folder, *, seed=2020, years=(2010, 2020)):
    """Write the band files of the module docstring into the Demo County ``folder``; returns
    ``{year: {"reflectance": path, "lst" or "brightness": path}}``."""
    from osgeo import gdal
    gdal.UseExceptions()
    dem_ds = gdal.Open(os.path.join(folder, "dem.tif"))
    dem = dem_ds.GetRasterBand(1).ReadAsArray()
    out = {}
    for year in years:
        lu = gdal.Open(os.path.join(folder, "landuse_{}.tif".format(year))).ReadAsArray()
        ndvi_ds = gdal.Open(os.path.join(folder, "ndvi_{}.tif".format(year)))
        nd = ndvi_ds.GetRasterBand(1).ReadAsArray().astype(np.float64)
        nd[nd == ndvi_ds.GetRasterBand(1).GetNoDataValue()] = np.nan
        bands, lst, tb = synthesize(lu, nd, dem, year=year, seed=seed)
        scaled = {k: np.where(np.isfinite(b), np.round(b * 10000), 0).astype(np.uint16) for k, b in bands.items()}
        path = os.path.join(folder, "reflectance_{}.tif".format(year))
        if year < 2013:      # Landsat 5 TM numbering, band 6 thermal (K x 100)
            thermal = np.where(np.isfinite(tb), np.round(tb * 100), 0).astype(np.uint16)
            order = [scaled["blue"], scaled["green"], scaled["red"], scaled["nir"], scaled["swir1"], thermal,
                     scaled["swir2"]]
            names = ["TM1 blue", "TM2 green", "TM3 red", "TM4 NIR", "TM5 SWIR1", "TM6 thermal (K x 100)", "TM7 SWIR2"]
        else:                # Landsat 8 OLI numbering, band 1 coastal aerosol
            coastal = np.where(scaled["blue"] > 0, np.round(scaled["blue"] * 1.1), 0).astype(np.uint16)
            order = [coastal, scaled["blue"], scaled["green"], scaled["red"], scaled["nir"], scaled["swir1"],
                     scaled["swir2"]]
            names = ["OLI1 coastal", "OLI2 blue", "OLI3 green", "OLI4 red", "OLI5 NIR", "OLI6 SWIR1", "OLI7 SWIR2"]
        _write(path, order, dem_ds, "uint16", 0, [n + " reflectance x 10000" if "thermal" not in n else n
                                                   for n in names])
        entry = {"reflectance": path}
        if year < 2013:
            entry["brightness"] = _write(os.path.join(folder, "brightness_{}.tif".format(year)),
                                         [np.where(np.isfinite(tb), tb, -9999.0).astype(np.float32)], dem_ds,
                                         "float32", -9999.0, ["Brightness temperature TM6 (K)"])
        else:
            entry["lst"] = _write(os.path.join(folder, "lst_{}.tif".format(year)),
                                  [np.where(np.isfinite(lst), lst, -9999.0).astype(np.float32)], dem_ds,
                                  "float32", -9999.0, ["Land surface temperature (°C)"])
        out[year] = entry
    return out

