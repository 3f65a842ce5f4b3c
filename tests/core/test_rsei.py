"""RSEI (Xu 2013): PCA loadings and RSEI equal a hand computation with numpy on a small case."""
import numpy as np
import pytest

from eco_restore_plugin.core import rsei


def _case(seed=5, n=12):
    rng = np.random.default_rng(seed)
    veg = rng.random((n, n))                    # 0 bare .. 1 dense vegetation
    bands = {"blue": 0.08 - 0.04 * veg, "green": 0.10 - 0.03 * veg, "red": 0.16 - 0.12 * veg,
             "nir": 0.22 + 0.20 * veg, "swir1": 0.30 - 0.15 * veg, "swir2": 0.25 - 0.15 * veg}
    for k in bands:
        bands[k] = bands[k] + 0.01 * rng.random((n, n))
    bands["green"][0, :3] = 0.12                 # a little lake: MNDWI > 0
    bands["swir1"][0, :3] = 0.02
    lst = 40.0 - 12.0 * veg + rng.random((n, n))
    return bands, lst


def test_indices_by_hand():
    b = {"blue": np.array([0.05]), "green": np.array([0.08]), "red": np.array([0.06]),
         "nir": np.array([0.30]), "swir1": np.array([0.15]), "swir2": np.array([0.08])}
    assert rsei.ndvi(b["red"], b["nir"])[0] == pytest.approx(0.24 / 0.36)
    assert rsei.mndwi(b["green"], b["swir1"])[0] == pytest.approx(-0.07 / 0.23)
    w = 0.1511 * 0.05 + 0.1973 * 0.08 + 0.3283 * 0.06 + 0.3407 * 0.30 - 0.7117 * 0.15 - 0.4559 * 0.08
    assert rsei.wetness(b)[0] == pytest.approx(w)
    si = (0.21 - 0.35) / (0.21 + 0.35)
    t1, t2 = 0.3 / 0.45, 0.30 / 0.36 + 0.08 / 0.23
    assert rsei.ndbsi(b)[0] == pytest.approx((si + (t1 - t2) / (t1 + t2)) / 2)
    # LST: NDVI 0.667 > 0.5 -> emissivity 0.99
    tb = 300.0
    assert rsei.lst_from_brightness(np.array([tb]), np.array([0.667]))[0] == pytest.approx(
        tb / (1 + (10.895e-6 * tb / 1.438e-2) * np.log(0.99)) - 273.15)
    assert rsei.emissivity(np.array([0.35]))[0] == pytest.approx(0.004 * 0.25 + 0.986)


def test_pca_and_rsei_equal_numpy_hand_computation():
    bands, lst = _case()
    res = rsei.rsei(bands, lst=lst)
    # by hand
    nd = (bands["nir"] - bands["red"]) / (bands["nir"] + bands["red"])
    wet = sum(c * bands[k] for c, k in zip(rsei.WETNESS_OLI, rsei.BANDS))
    si = ((bands["swir1"] + bands["red"]) - (bands["nir"] + bands["blue"])) / \
         ((bands["swir1"] + bands["red"]) + (bands["nir"] + bands["blue"]))
    a = 2 * bands["swir1"] / (bands["swir1"] + bands["nir"])
    c = bands["nir"] / (bands["nir"] + bands["red"]) + bands["green"] / (bands["green"] + bands["swir1"])
    nb = (si + (a - c) / (a + c)) / 2
    water = (bands["green"] - bands["swir1"]) / (bands["green"] + bands["swir1"]) > 0
    assert water.sum() == 3
    land = ~water
    X = np.array([x[land] for x in (nd, wet, lst, nb)])
    Xn = (X - X.min(axis=1, keepdims=True)) / (X.max(axis=1, keepdims=True) - X.min(axis=1, keepdims=True))
    cov = np.cov(Xn)
    w, v = np.linalg.eig(cov)
    i = int(np.argmax(w))
    pc1 = v[:, i] * np.sign(v[0, i])
    np.testing.assert_allclose(res["loadings"][:, 0], pc1, atol=1e-10)
    np.testing.assert_allclose(res["shares"][0], w[i] / w.sum(), rtol=1e-10)
    score = pc1 @ Xn
    expect = (score - score.min()) / (score.max() - score.min())
    np.testing.assert_allclose(res["rsei"][land], expect, atol=1e-12)
    assert np.isnan(res["rsei"][water]).all()
    # signs: greenness and wetness raise RSEI, heat and dryness lower it; PC1 dominates
    load = res["loadings"][:, 0]
    assert load[0] > 0 and load[1] > 0 and load[2] < 0 and load[3] < 0
    assert res["shares"][0] > 0.6
    # the greenest land cell is in the best grade
    g = res["grade"]
    assert g[water].max() == 0 and set(np.unique(g[land])) <= {1, 2, 3, 4, 5}
    assert res["rsei"][land].min() == 0.0 and res["rsei"][land].max() == pytest.approx(1.0)


def test_block_moments_equal_in_memory():
    bands, lst = _case(seed=9, n=20)
    whole = rsei.rsei(bands, lst=lst)
    m = rsei.Moments()
    blocks = [slice(0, 7), slice(7, 20)]
    parts = []
    for sl in blocks:
        st, va = rsei.indicators({k: v[sl] for k, v in bands.items()}, lst=lst[sl])
        m.add_range(st, va)
        parts.append((st, va))
    for st, va in parts:
        m.add_normalised(rsei.normalise(st, m.lo, m.hi), va)
    loadings, _, shares = rsei.pca_from_moments(m.covariance())
    np.testing.assert_allclose(loadings, whole["loadings"], atol=1e-10)
    np.testing.assert_allclose(shares, whole["shares"], atol=1e-12)


def test_grades_and_errors():
    np.testing.assert_array_equal(rsei.grade(np.array([0.0, 0.2, 0.39, 0.6, 0.99, np.nan])),
                                  [1, 2, 2, 4, 5, 0])
    bands, _ = _case()
    with pytest.raises(ValueError, match="temperature"):
        rsei.rsei(bands)
    with pytest.raises(ValueError, match="swir2"):
        rsei.indicators({k: v for k, v in bands.items() if k != "swir2"}, lst=np.zeros((12, 12)))
