"""core/zonal.py: the one zonal count / sum / mean / share / dominant, by hand, in both id conventions."""
import numpy as np
import pytest

from eco_restore_plugin.core import zonal

NAN = np.nan
# zones 1..3 (0 = outside); zone 3 has no valid value
Z = np.array([[1, 1, 2], [2, 0, 3], [1, 2, 3]])
V = np.array([[1.0, 3.0, 10.0], [20.0, 99.0, NAN], [NAN, 30.0, NAN]])


def test_counts_sums_means_by_hand():
    np.testing.assert_array_equal(zonal.zonal_count(Z, n=3), [3, 3, 2])
    np.testing.assert_array_equal(zonal.zonal_count(Z, n=3, valid=np.isfinite(V)), [2, 3, 0])
    np.testing.assert_allclose(zonal.zonal_sum(Z, V, n=3), [4.0, 60.0, 0.0])
    np.testing.assert_allclose(zonal.zonal_mean(Z, V, n=3), [2.0, 20.0, NAN])


def test_weighted_mean_by_hand_and_the_zero_based_convention():
    w = np.array([[1.0, 3.0, 1.0], [1.0, 1.0, 1.0], [5.0, 2.0, 1.0]])
    # zone 1: (1*1 + 3*3) / 4 = 2.5 (the NaN value is left out with its weight); zone 2: (10 + 20 + 60) / 4
    np.testing.assert_allclose(zonal.zonal_mean(Z, V, n=3, weights=w), [2.5, 22.5, NAN])
    # the same with unit index 0..n-1 and -1 outside (land consolidation)
    np.testing.assert_allclose(zonal.zonal_mean(Z - 1, V, n=3, first=0, weights=w), [2.5, 22.5, NAN])
    # a zero total weight gives NaN, not a division by zero
    assert np.isnan(zonal.zonal_mean([1, 1], [2.0, 4.0], n=1, weights=[0.0, 0.0])[0])


def test_ids_outside_the_zones_and_float_ids_are_left_out():
    z = np.array([1.0, 2.0, NAN, 5.0, -1.0, 2.0])
    v = np.array([1.0, 2.0, 3.0, 4.0, 5.0, 4.0])
    np.testing.assert_allclose(zonal.zonal_mean(z, v, n=2), [1.0, 3.0])


def test_share_and_dominant_by_hand():
    valid = np.isfinite(V)
    np.testing.assert_allclose(zonal.zonal_share(Z, V > 5, valid, n=3), [0.0, 1.0, NAN])
    classes = np.array([[4, 4, 7], [7, 1, NAN], [5, 6, NAN]], dtype=float)
    dom, share = zonal.zonal_dominant(Z, classes, n=3)
    np.testing.assert_allclose(dom, [4.0, 7.0, NAN])  # zone 1: 4, 4, 5; zone 2: 7, 7, 6
    np.testing.assert_allclose(share, [2 / 3, 2 / 3, NAN])


def test_callers_use_it():
    from eco_restore_plugin.core import consolidation, stats, zoning

    np.testing.assert_allclose(zoning.zonal_mean(Z, 3, V), zonal.zonal_mean(Z, V, n=3))
    ids, means = stats.unit_means(V, Z)
    np.testing.assert_array_equal(ids, [1, 2])
    np.testing.assert_allclose(means, [2.0, 20.0])
    idx = np.array([0, 0, 1, -1])
    np.testing.assert_allclose(consolidation.weighted_mean_per_unit([1.0, 3.0, 5.0, 7.0],
                                                                    [1.0, 1.0, 2.0, 9.0], idx, 2),
                               [2.0, 5.0])
    with pytest.raises(ValueError):
        zoning.zonal_mean(Z, 2, V)  # labels above n are refused by the zoning wrapper
