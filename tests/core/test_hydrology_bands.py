"""D8 flow direction computed by bands of rows (issue 20: temporaries of a band, not of the grid): the codes
and receivers do not depend on the band height (flats, pits, masked cells and band edges included)."""
import numpy as np
import pytest

from eco_restore_plugin.core import hydrology
from eco_restore_plugin.core.hydrology import flow


def _terrain():
    rng = np.random.default_rng(6)
    y, x = np.mgrid[0:61, 0:47]
    dem = 100.0 + 0.8 * y + 3 * np.sin(x / 4.0) + rng.normal(0, 0.6, y.shape)
    dem[20:31, 5:40] = 95.0                     # a flat across many band edges
    dem[50, 30] -= 9.0                          # a pit
    dem[8:11, 40:44] = np.nan
    return dem


@pytest.mark.parametrize("band", [1, 2, 5])
def test_direction_independent_of_the_band(monkeypatch, band):
    dem = _terrain()
    mask = ~np.isfinite(dem)
    filled = hydrology.fill_depressions(dem, mask=mask)
    codes0, rec0 = hydrology.flow_direction(filled, mask=mask)     # 1024-row bands: one band
    monkeypatch.setattr(flow, "_BAND", band)                      # bands of 8 * band rows
    codes, rec = hydrology.flow_direction(filled, mask=mask)
    np.testing.assert_array_equal(codes, codes0)
    np.testing.assert_array_equal(rec, rec0)
    # every valid cell drains somewhere or out of the grid; receivers are the coded neighbours
    rr, cc = np.divmod(np.flatnonzero(rec >= 0), dem.shape[1])
    tr, tc = np.divmod(rec[rec >= 0], dem.shape[1])
    assert np.abs(tr - rr).max() <= 1 and np.abs(tc - cc).max() <= 1
    acc = hydrology.flow_accumulation(rec)
    assert acc.max() <= (~mask).sum() and np.isfinite(acc).all()
