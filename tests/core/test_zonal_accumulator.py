"""Zonal statistics added block by block (issue 20): the same counts, shares, means of whole-number grades and
dominant classes (ties to the smaller class) as the whole-raster functions, for any block height."""
import numpy as np
import pytest

from eco_restore_plugin.core import zonal


def _data():
    rng = np.random.default_rng(9)
    zones = rng.integers(0, 7, (41, 23))             # 0 = outside, 1..6 zones; zone 6 only in the last rows
    zones[zones == 6] = 5
    zones[-2:, :3] = 6
    grade = rng.integers(1, 4, zones.shape).astype(float)
    grade[rng.random(zones.shape) < 0.1] = np.nan
    lu = rng.choice([101.0, 301.0, 1101.0], size=zones.shape)
    lu[zones == 3] = np.where(np.arange((zones == 3).sum()) % 2, 101.0, 301.0)   # a tie in zone 3 (or close)
    lu[rng.random(zones.shape) < 0.05] = np.nan
    return zones, grade, lu


@pytest.mark.parametrize("rows", [1, 4, 41])
def test_blocks_equal_whole(rows):
    zones, grade, lu = _data()
    n = 7                                             # zone 7 has no cell
    acc = zonal.ZonalAccumulator(n)
    valid = np.isfinite(grade)
    for r in range(0, zones.shape[0], rows):
        z, g, c, v = zones[r:r + rows], grade[r:r + rows], lu[r:r + rows], valid[r:r + rows]
        acc.add_count("cells", np.where(v, z, 0))
        acc.add_mean("mean", z, g)
        acc.add_share("share", z, g == 3, v)
        acc.add_dominant("dom", z, c)
    np.testing.assert_array_equal(acc.count("cells"), zonal.zonal_count(np.where(valid, zones, 0), n=n))
    np.testing.assert_array_equal(acc.mean("mean"), zonal.zonal_mean(zones, grade, n=n))
    np.testing.assert_array_equal(acc.share("share"), zonal.zonal_share(zones, grade == 3, valid, n=n))
    for got, want in zip(acc.dominant("dom"), zonal.zonal_dominant(zones, lu, n=n)):
        np.testing.assert_array_equal(got, want)
    assert np.isnan(acc.mean("mean")[6]) and acc.count("cells")[6] == 0


def test_dominant_tie_goes_to_the_smaller_class_across_blocks():
    zones = np.array([[1, 1], [1, 1]])
    classes = np.array([[301.0, 301.0], [101.0, 101.0]])   # 2 : 2, the two classes in different blocks
    acc = zonal.ZonalAccumulator(1)
    acc.add_dominant("d", zones[:1], classes[:1])
    acc.add_dominant("d", zones[1:], classes[1:])
    dom, share = acc.dominant("d")
    assert dom[0] == 101.0 and share[0] == 0.5
    assert np.isnan(zonal.ZonalAccumulator(2).dominant("none")[0]).all()
