"""Tests of core.resistance by hand calculation."""
import numpy as np
import pytest

from eco_restore_plugin.core import resistance as rs

LC = np.array([[1, 2, 3],
               [3, 2, 255]])
TABLE = {1: 1.0, 2: 10.0, 3: 500.0}


def test_base_resistance_table_and_nodata():
    r = rs.base_resistance(LC, TABLE, nodata=255)
    np.testing.assert_array_equal(r[0], [1.0, 10.0, 500.0])
    assert r[1, 1] == 10.0 and np.isnan(r[1, 2])
    r2 = rs.base_resistance(LC, ([3, 1, 2], [500, 1, 10]), nodata=LC == 255)
    np.testing.assert_array_equal(r, r2)
    lcf = LC.astype(float)
    lcf[1, 2] = np.nan
    np.testing.assert_array_equal(rs.base_resistance(lcf, TABLE), r)


def test_missing_class_is_named():
    with pytest.raises(ValueError, match="255"):
        rs.base_resistance(LC, TABLE)
    with pytest.raises(ValueError, match="7"):
        rs.base_resistance(np.array([[1, 7]]), TABLE)


def test_normalise():
    f = rs.normalise(np.array([0.0, 5.0, 10.0, np.nan]))
    np.testing.assert_allclose(f[:3], [0, 0.5, 1])
    assert np.isnan(f[3])
    np.testing.assert_allclose(rs.normalise([0.0, 5.0, 10.0], invert=True), [1, 0.5, 0])
    np.testing.assert_allclose(rs.normalise([0.0, 5.0, 30.0], upper=20), [0, 0.25, 1])


def test_factor_corrected_hand_values():
    base = np.array([[10.0, 100.0], [1.0, np.nan]])
    slope = np.array([[1.0, 0.0], [0.5, 0.5]])
    road = np.array([[0.5, 1.0], [np.nan, 0.0]])
    r = rs.factor_corrected(base, [slope, road], [0.6, 0.4])
    # 10 * (1 + .6 + .2) = 18 ; 100 * (1 + 0 + .4) = 140
    assert r[0, 0] == pytest.approx(18.0) and r[0, 1] == pytest.approx(140.0)
    assert np.isnan(r[1, 0]) and np.isnan(r[1, 1])
    with pytest.raises(ValueError):
        rs.factor_corrected(base, [slope * 2], [1.0])
    with pytest.raises(ValueError):
        rs.factor_corrected(base, [slope], [0.5, 0.5])


def test_index_corrected_and_overlay():
    base = np.array([10.0, 10.0, 20.0, np.nan])
    light = np.array([1.0, 3.0, 2.0, 100.0])
    r = rs.index_corrected(base, light)
    # mean over valid cells = 2
    np.testing.assert_allclose(r[:3], [5.0, 15.0, 20.0])
    assert np.isnan(r[3])
    o = rs.weighted_overlay([np.array([1.0, 5.0]), np.array([3.0, np.nan])], [3, 1])
    assert o[0] == pytest.approx(1.5) and np.isnan(o[1])
