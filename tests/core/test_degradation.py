"""Degradation degree, resilience, damaged space."""
import numpy as np
import pytest

from eco_restore_plugin.core import degradation as dg

NAN = np.nan


def test_degradation_degree_hand_computed():
    ref = np.array([100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 0.0, NAN, 100.0])
    cur = np.array([100.0, 96.0, 95.0, 90.0, 80.0, 50.0, 120.0, 5.0, 50.0, NAN])
    loss, code = dg.degradation_degree(ref, cur)
    np.testing.assert_allclose(loss, [0, 0.04, 0.05, 0.1, 0.2, 0.5, -0.2, NAN, NAN, NAN])
    np.testing.assert_array_equal(code, [1, 1, 2, 2, 3, 4, 1, 0, 0, 0])
    _, code2 = dg.degradation_degree(ref, cur, thresholds=(0.1, 0.3, 0.6))
    np.testing.assert_array_equal(code2, [1, 1, 1, 2, 2, 3, 1, 0, 0, 0])


def test_slope_factor():
    np.testing.assert_allclose(dg.slope_factor(np.array([0.0, 8.0, 20.0, 40.0, NAN])),
                               [1.0, 0.8, 0.6, 0.4, NAN])


def test_resilience_hand_computed():
    lc = np.array([301, 301, 103, 1207, 301])
    fvc = np.array([0.5, 1.0, 0.9, 0.1, NAN])
    slope = np.array([10.0, 2.0, 2.0, 30.0, 2.0])
    res = dg.resilience(lc, fvc, slope, condition_range=(0.0, 1.0))
    # 301: 0.9 * 0.5 * 0.8 = 0.36; 0.9 * 1 * 1 = 0.9; 103: 0.5 * 0.9 = 0.45; 1207: 0.2*.1*.4
    np.testing.assert_allclose(res.index, [0.36, 0.9, 0.45, 0.008, NAN])
    np.testing.assert_array_equal(res.grade, [2, 3, 2, 1, 0])
    with pytest.raises(ValueError, match="4444"):
        dg.resilience(np.array([4444]), np.array([0.5]), np.array([1.0]))


def test_damaged_space():
    d = np.array([1, 2, 3, 4, 4, 0, 3], np.uint8)
    r = np.array([3, 3, 2, 1, 0, 2, 3], np.uint8)
    np.testing.assert_array_equal(dg.damaged_space(d, r), [0, 23, 32, 41, 0, 0, 33])
    np.testing.assert_array_equal(dg.damaged_space(d, r, damaged_from=3), [0, 0, 32, 41, 0, 0, 33])
