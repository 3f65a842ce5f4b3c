"""Synthetic Demo County bands: coherent with the land use and NDVI they are built from."""
import numpy as np

from eco_restore_plugin.core import rsei
from eco_restore_plugin.sampledata import bands, classes


def _case():
    rng = np.random.default_rng(1)
    lu = np.full((40, 40), 301)
    lu[:, 20:] = 103
    lu[30:, 30:] = 701
    lu[:5, :5] = 1103
    lu[0, :] = 0
    table = {301: 0.85, 103: 0.5, 701: 0.15, 1103: 0.02}
    nd = np.vectorize(lambda c: table.get(c, 0.0))(lu) + 0.02 * rng.random(lu.shape)
    return lu, nd, np.full(lu.shape, 100.0)


def test_bands_agree_with_land_use_and_ndvi():
    assert set(bands.WATER + bands.BUILT + bands.BARE) <= set(classes.LANDUSE)
    lu, nd, dem = _case()
    b, lst, tb = bands.synthesize(lu, nd, dem, year=2020)
    land = lu > 0
    assert np.isnan(b["red"][~land]).all() and np.isnan(lst[~land]).all()
    veg = land & ~np.isin(lu, bands.WATER)
    np.testing.assert_allclose(rsei.ndvi(b["red"], b["nir"])[veg], nd[veg], atol=1e-9)
    water = np.isin(lu, bands.WATER)
    assert (rsei.mndwi(b["green"], b["swir1"])[water] > 0.5).all()
    assert (rsei.mndwi(b["green"], b["swir1"])[veg] < 0).all()
    # the brightness temperature inverts to the LST with the core's formula (TM band 6)
    back = rsei.lst_from_brightness(tb, rsei.ndvi(b["red"], b["nir"]), wavelength_um=rsei.WAVELENGTH_TM)
    np.testing.assert_allclose(back[veg], lst[veg], atol=1e-3)
    # forest is cooler than built land; RSEI ranks forest above built land
    assert np.nanmean(lst[lu == 301]) < np.nanmean(lst[lu == 701]) - 5
    res = rsei.rsei(b, lst=lst)
    assert np.nanmean(res["rsei"][lu == 301]) > np.nanmean(res["rsei"][lu == 701]) + 0.3
    load = res["loadings"][:, 0]
    assert load[0] > 0 and load[2] < 0 and load[3] < 0
