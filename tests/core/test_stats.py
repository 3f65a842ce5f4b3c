"""Trade-offs and synergies: Spearman with ties and NaN, matrix, units, bivariate classes."""
import math

import numpy as np
import pytest

from eco_restore_plugin.core import stats

NAN = np.nan


def test_spearman_hand_computed_with_ties():
    x = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
    y = np.array([5.0, 6.0, 7.0, 8.0, 7.0])
    # ranks y: 1, 2, 3.5, 5, 3.5; sum dx*dy = 8, sum dx^2 = 10, sum dy^2 = 9.5
    r = stats.spearman(x, y)
    assert r.rho == pytest.approx(8 / math.sqrt(95))        # 0.820783
    assert r.n == 5
    t = r.rho * math.sqrt(3 / (1 - r.rho ** 2))
    from scipy import stats as ss
    assert r.p == pytest.approx(2 * ss.t.sf(t, 3))


def test_spearman_nan_pairs_dropped_and_monotone():
    x = np.array([[1.0, 2.0, NAN], [4.0, 5.0, 6.0]])
    y = np.array([[10.0, 20.0, 30.0], [NAN, 50.0, 60.0]])
    r = stats.spearman(x, y)
    assert r.n == 4 and r.rho == pytest.approx(1.0)
    r = stats.spearman(np.arange(10.0), -np.exp(np.arange(10.0)))
    assert r.rho == pytest.approx(-1.0) and r.p < 1e-6
    r = stats.spearman(np.ones(5), np.arange(5.0))
    assert np.isnan(r.rho) and r.n == 5
    r = stats.spearman(x, y, mask=np.array([[True, True, True], [True, False, False]]))
    assert r.n == 2 and np.isnan(r.rho)


def test_spearman_sampling_is_reproducible_and_close():
    rng = np.random.default_rng(5)
    x = rng.random(200000)
    y = x + rng.normal(0, 0.3, x.size)
    full = stats.spearman(x, y)
    a = stats.spearman(x, y, sample_size=5000, seed=11)
    b = stats.spearman(x, y, sample_size=5000, seed=11)
    assert a == b and a.n == 5000
    assert abs(a.rho - full.rho) < 0.03


def test_matrix_and_relation_type():
    rng = np.random.default_rng(2)
    w = rng.random(500)
    layers = {"water": w, "soil": w + rng.normal(0, 0.1, 500), "food": -w}
    names, rho, p, n = stats.spearman_matrix(layers)
    assert names == ["water", "soil", "food"]
    assert rho[0, 2] == pytest.approx(-1.0) and rho[2, 0] == rho[0, 2]
    assert rho[0, 1] > 0.8 and np.all(np.diag(rho) == 1)
    assert stats.relation_type(rho[0, 1], p[0, 1]) == "synergy"
    assert stats.relation_type(rho[0, 2], p[0, 2]) == "trade-off"
    assert stats.relation_type(0.1, 0.3) == "none"
    assert n[0, 1] == 500


def test_unit_means_and_spearman_by_units():
    v = np.array([[1.0, 3.0, NAN], [10.0, 20.0, 5.0]])
    u = np.array([[1, 1, 1], [2, 2, 0]])
    ids, means = stats.unit_means(v, u)
    np.testing.assert_array_equal(ids, [1, 2])
    np.testing.assert_allclose(means, [2.0, 15.0])        # NaN excluded, unit 0 ignored
    units = np.repeat(np.arange(1, 6), 4).reshape(5, 4)
    x = units * 1.0 + 0.1 * np.arange(4)
    y = -units * 2.0
    r = stats.spearman_by_units(x, y, units)
    assert r.n == 5 and r.rho == pytest.approx(-1.0)


def test_bivariate_classes():
    x = np.array([1, 2, 3, 4, 5, 6, 7, 8, 9, NAN], float)
    y = np.array([9, 8, 7, 6, 5, 4, 3, 2, 1, 1], float)
    c = stats.bivariate_classes(x, y)
    # tertile breaks at 3.667 / 6.333 for both
    np.testing.assert_array_equal(c, [3, 3, 3, 5, 5, 5, 7, 7, 7, 0])
    c2 = stats.bivariate_classes(x, y, x_breaks=[5, 8], y_breaks=[5, 8])
    assert c2[0] == 3 * (1 - 1) + 3 and c2[4] == 3 * (2 - 1) + 2 and c2[8] == 3 * 2 + 1


def test_float32_services_give_the_float64_results():
    """Service rasters kept as float32 (service trade-offs keeps them so when no value changes) give the same
    rho, p and n as their float64 copies: the pairs are widened after the selection."""
    rng = np.random.default_rng(11)
    x = rng.gamma(2.0, 3.0, (120, 90)).astype(np.float32)
    y = (0.4 * x + rng.normal(0, 1, x.shape)).astype(np.float32)
    x[rng.random(x.shape) < 0.1] = np.nan
    y[rng.random(y.shape) < 0.1] = np.nan
    for sample in (None, 500):
        a = stats.spearman(x, y, sample_size=sample, seed=3)
        b = stats.spearman(x.astype(np.float64), y.astype(np.float64), sample_size=sample, seed=3)
        assert (a.rho, a.p, a.n) == (b.rho, b.p, b.n) and a.rho > 0.5
    assert np.array_equal(stats.bivariate_classes(x, y), stats.bivariate_classes(x.astype(float), y.astype(float)))
    ints = np.arange(12).reshape(3, 4)
    assert stats.spearman(ints, ints[::-1]).rho == pytest.approx(stats.spearman(ints.astype(float), ints[::-1]).rho)
