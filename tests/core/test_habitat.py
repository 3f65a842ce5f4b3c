"""InVEST Habitat Quality: hand-computed cells and invariants."""
import math
import os

import numpy as np
import pytest
from scipy import ndimage

from eco_restore_plugin.core import habitat


def _sens(s=0.5, h=1.0, threats=("t",)):
    row = {"H": h}
    row.update({t: s for t in threats})
    return {1: row, 2: dict({"H": 0.0}, **{t: 0.0 for t in threats})}


def _centre_threat(n=5):
    t = np.zeros((n, n))
    t[n // 2, n // 2] = 1.0
    return t


def test_kernel_shapes():
    lin = habitat.threat_kernel(2.0, 1.0, decay="linear")
    exp = habitat.threat_kernel(2.0, 1.0, decay="exponential")
    assert lin.shape == (5, 5)
    assert lin[2, 2] == 1.0 and lin[2, 3] == pytest.approx(0.5) and lin[2, 4] == 0.0
    assert lin[3, 3] == pytest.approx(1 - math.sqrt(2) / 2)
    assert lin[0, 0] == 0.0                                      # d = 2.83 > 2
    assert exp[2, 3] == pytest.approx(math.exp(-2.99 * 0.5))
    assert exp[2, 4] == pytest.approx(math.exp(-2.99))           # d = d_max still counted
    assert exp[0, 0] == 0.0
    # exponential decays faster near the source than linear
    assert exp[2, 3] < lin[2, 3]
    with pytest.raises(ValueError):
        habitat.threat_kernel(2.0, 1.0, decay="cubic")


def test_hand_computed_5x5_linear():
    lc = np.ones((5, 5), int)
    threats = [{"name": "t", "raster": _centre_threat(), "max_distance": 2.0, "weight": 1.0,
                "decay": "linear"}]
    d = habitat.habitat_degradation(lc, threats, sensitivity=_sens(0.5), cellsize=1.0, normalize_kernel=False)
    assert d[2, 2] == pytest.approx(0.5)                          # d = 0: 1 * 1 * 0.5
    assert d[2, 3] == pytest.approx(0.25)                         # d = 1: (1 - 1/2) * 0.5
    assert d[3, 3] == pytest.approx((1 - math.sqrt(2) / 2) * 0.5)  # 0.146447
    assert d[2, 4] == 0.0 and d[0, 0] == 0.0
    d2, q, k = habitat.habitat_quality_model(lc, threats, sensitivity=_sens(0.5), cellsize=1.0,
                                             normalize_kernel=False)
    np.testing.assert_allclose(d2, d)
    assert k == pytest.approx(0.25)                                # half of max D
    assert q[2, 3] == pytest.approx(0.5)                           # D = k -> Q = H / 2
    assert q[2, 2] == pytest.approx(1 - 1 / (1 + 0.5 ** 2.5))      # 0.150221
    assert q[0, 0] == 1.0


def test_invest_kernel_normalisation():
    """InVEST 3.x divides the kernel by its sum: 1 + 4 * 0.5 + 4 * (1 - sqrt2/2) = 4.171573."""
    ksum = 1 + 4 * 0.5 + 4 * (1 - math.sqrt(2) / 2)
    kern = habitat.threat_kernel(2.0, 1.0, decay="linear", normalize=True)
    assert kern.sum() == pytest.approx(1.0)
    assert kern[2, 2] == pytest.approx(1 / ksum)
    lc = np.ones((5, 5), int)
    threats = [{"name": "t", "raster": _centre_threat(), "max_distance": 2.0, "weight": 1.0}]
    d = habitat.habitat_degradation(lc, threats, sensitivity=_sens(0.5), cellsize=1.0)   # default: InVEST
    assert d[2, 3] == pytest.approx(0.25 / ksum)                            # 0.059930
    # a habitat cell entirely surrounded by full threat within d_max: D = S (mean of threat = 1)
    full = [{"name": "t", "raster": np.ones((9, 9)), "max_distance": 2.0, "weight": 1.0}]
    d = habitat.habitat_degradation(np.ones((9, 9), int), full, sensitivity=_sens(0.5), cellsize=1.0)
    assert d[4, 4] == pytest.approx(0.5)
    assert d[0, 0] < 0.5                                                     # zero outside raster


def test_hand_computed_exponential_two_threats_weights_and_access():
    lc = np.ones((5, 5), int)
    t2 = np.zeros((5, 5))
    t2[0, 0] = 0.5                                                 # half-strength source
    threats = [
        {"name": "a", "raster": _centre_threat(), "max_distance": 2.0, "weight": 1.0,
         "decay": "exponential"},
        {"name": "b", "raster": t2, "max_distance": 3.0, "weight": 3.0, "decay": "linear"},
    ]
    access = np.full((5, 5), 0.8)
    d = habitat.habitat_degradation(lc, threats, sensitivity=_sens(0.5, threats=("a", "b")), cellsize=1.0,
                                    access=access,
                                    normalize_kernel=False)
    # cell (1,1): a at d = sqrt2 -> exp(-2.99*sqrt2/2); b at d = sqrt2 -> 1 - sqrt2/3, r = 0.5
    ia = math.exp(-2.99 * math.sqrt(2) / 2)
    ib = 1 - math.sqrt(2) / 3
    expected = 0.8 * 0.5 * (0.25 * ia + 0.75 * 0.5 * ib)
    assert d[1, 1] == pytest.approx(expected)


def test_no_threats_q_equals_h_and_non_habitat_zero():
    lc = np.array([[1, 2], [1, 1]])
    sens = {1: {"H": 0.7, "t": 0.5}, 2: {"H": 0.0, "t": 0.0}}
    zero = [{"name": "t", "raster": np.zeros((2, 2)), "max_distance": 5.0, "weight": 1.0}]
    d, q, k = habitat.habitat_quality_model(lc, zero, sensitivity=sens, cellsize=1.0)
    assert np.all(d == 0)
    np.testing.assert_allclose(q, [[0.7, 0.0], [0.7, 0.7]])
    d, q, k = habitat.habitat_quality_model(lc, [], sensitivity=sens, cellsize=1.0)
    np.testing.assert_allclose(q, [[0.7, 0.0], [0.7, 0.7]])
    # with a threat, non-habitat stays 0
    one = [{"name": "t", "raster": np.ones((2, 2)), "max_distance": 5.0, "weight": 1.0}]
    d, q, k = habitat.habitat_quality_model(lc, one, sensitivity=sens, cellsize=1.0)
    assert q[0, 1] == 0.0 and q[0, 0] < 0.7


def test_quality_falls_as_threat_weight_rises():
    lc = np.ones((21, 21), int)
    ta = np.zeros((21, 21))
    ta[5, 5] = 1.0
    tb = np.zeros((21, 21))
    tb[15, 15] = 1.0
    sens = _sens(0.6, threats=("a", "b"))
    qs = []
    for wa in (0.2, 1.0, 5.0):
        threats = [{"name": "a", "raster": ta, "max_distance": 6.0, "weight": wa},
                   {"name": "b", "raster": tb, "max_distance": 6.0, "weight": 1.0}]
        d, q, _ = habitat.habitat_quality_model(lc, threats, sensitivity=sens, cellsize=1.0, k=0.1)
        qs.append(q[6, 6])                          # near threat a, out of reach of b
    assert qs[0] > qs[1] > qs[2]


def test_beyond_max_distance_no_impact_fft_path_matches_direct():
    rng = np.random.default_rng(1)
    n = 60
    t = np.zeros((n, n))
    t[:5, :5] = rng.random((5, 5))
    imp = habitat.threat_impact(t, max_distance=10.0, cellsize=1.0, decay="linear",
                                normalize_kernel=False)  # FFT path
    # brute force
    ys, xs = np.nonzero(t)
    yy, xx = np.mgrid[0:n, 0:n]
    brute = np.zeros((n, n))
    for y, x in zip(ys, xs):
        dist = np.hypot(yy - y, xx - x)
        brute += t[y, x] * np.where(dist <= 10.0, 1 - dist / 10.0, 0.0)
    np.testing.assert_allclose(imp, brute, atol=1e-12)
    assert np.all(imp[16:, :] == 0.0) and np.all(imp[:, 16:] == 0.0)  # exactly zero far away


def test_nan_landcover_and_nan_threat():
    lc = np.ones((5, 5))
    lc[0, 0] = np.nan
    t = _centre_threat()
    t[4, 4] = np.nan                                                  # nodata threat = no threat
    threats = [{"name": "t", "raster": t, "max_distance": 2.0, "weight": 1.0}]
    d, q, _ = habitat.habitat_quality_model(lc, threats, sensitivity=_sens(0.5), cellsize=1.0,
                                            normalize_kernel=False)
    assert np.isnan(d[0, 0]) and np.isnan(q[0, 0])
    assert d[2, 3] == pytest.approx(0.25)


def test_missing_class_or_threat_column_raises():
    lc = np.array([[1, 3]])
    threats = [{"name": "t", "raster": np.ones((1, 2)), "max_distance": 2.0, "weight": 1.0}]
    with pytest.raises(ValueError, match="class 3"):
        habitat.habitat_degradation(lc, threats, sensitivity=_sens(0.5), cellsize=1.0)
    threats[0]["name"] = "u"
    with pytest.raises(ValueError, match="'u'"):
        habitat.habitat_degradation(np.array([[1, 2]]), threats, sensitivity=_sens(0.5), cellsize=1.0)


def test_default_tables_from_landcover():
    lc = np.full((40, 40), 301)
    lc[20, 20] = 701                                                  # urban
    lc[0, :] = 103                                                    # cropland row
    rasters = habitat.threat_rasters_from_landcover(lc)
    assert rasters["urban"][20, 20] == 1 and rasters["urban"].sum() == 1
    assert rasters["cropland"].sum() == 40
    d, q, k = habitat.habitat_quality_model(lc, rasters, cellsize=30.0)
    assert q[20, 20] == 0.0                                           # built land, H = 0
    assert 0 < q[20, 21] < q[20, 35] <= 1.0


# ---------------------------------------------------------------------------------------------
# InVEST 3.14.2 peer run (tests/data/invest_habitat_quality/NOTES.md)
# ---------------------------------------------------------------------------------------------
INVEST = os.path.join(os.path.dirname(__file__), "..", "data", "invest_habitat_quality")
INVEST_SENS = {1: {"H": 1.0, "roads": 0.8, "urban": 0.9}, 2: {"H": 0.6, "roads": 0.5, "urban": 0.4},
               3: {"H": 0.2, "roads": 0.3, "urban": 0.2}}


def _read(name):
    from osgeo import gdal
    ds = gdal.Open(os.path.join(INVEST, name))
    band = ds.GetRasterBand(1)
    a = band.ReadAsArray().astype(np.float64)
    nd = band.GetNoDataValue()
    if nd is not None:
        a[a == nd] = np.nan
    return a


def _invest_case(method):
    lc, roads, urban = _read("inputs/lulc.tif"), _read("inputs/roads.tif"), _read("inputs/urban.tif")
    threats = [dict(name="roads", raster=roads, max_distance=300.0, weight=0.7, decay="linear"),
               dict(name="urban", raster=urban, max_distance=450.0, weight=1.0, decay="exponential")]
    access = _read("outputs/access_layer.tif")
    return habitat.habitat_quality_model(lc, threats, sensitivity=INVEST_SENS, cellsize=30.0,
                                         access=access, k=0.05, method=method)


def test_same_values_as_invest_3_14():
    """D and Q equal InVEST 3.14.2's deg_sum_c / quality_c (float32 output; tolerance 1e-6 absolute)."""
    d_ref, q_ref = _read("outputs/deg_sum_c.tif"), _read("outputs/quality_c.tif")
    d, q, k = _invest_case(habitat.DISTANCE)
    assert k == 0.05
    np.testing.assert_array_equal(np.isnan(d), np.isnan(d_ref))     # nodata land cover
    np.testing.assert_array_equal(np.isnan(q), np.isnan(q_ref))
    np.testing.assert_allclose(d, d_ref, atol=1e-6, rtol=0)
    np.testing.assert_allclose(q, q_ref, atol=1e-6, rtol=0)
    assert np.nanmax(d_ref) > 0.3 and np.nanmin(q_ref) < 0.2        # the case is not trivial
    # InVEST 3.13+ treats threats as presence: the track (value 0.5) at row 0, column 40 (forest,
    # access 1) gets the full weight: (0.7 / 1.7) · 0.8 · 1
    assert d_ref[0, 40] == pytest.approx(0.7 / 1.7 * 0.8, abs=1e-6)
    # the older conventions differ from InVEST 3.14 (documented): far from the same values
    for method in (habitat.CONVOLUTION, habitat.SUM):
        assert np.nanmax(np.abs(_invest_case(method)[0] - d_ref)) > 0.05


def test_nearest_threat_impact_hand_computed():
    t = np.zeros((1, 9))
    t[0, 2] = 0.5
    t[0, 3] = 1.0
    lin = habitat.threat_impact_nearest(t, max_distance=90.0, cellsize=30.0, decay="linear")
    # distances to the nearest threat cell: 60, 30, 0, 0, 30, 60, 90, 120, 150 m
    np.testing.assert_allclose(lin[0], [1 / 3, 2 / 3, 1, 1, 2 / 3, 1 / 3, 0, 0, 0], atol=1e-12)
    exp = habitat.threat_impact_nearest(t, max_distance=90.0, cellsize=30.0, decay="exponential")
    assert exp[0, 6] == pytest.approx(math.exp(-2.99)) and exp[0, 7] == 0.0
    assert not habitat.threat_impact_nearest(np.zeros((3, 3)), max_distance=90.0, cellsize=30.0).any()
    with pytest.raises(ValueError, match="method"):
        habitat.habitat_degradation(np.ones((2, 2), int), [], sensitivity=_sens(), method="kernel")


@pytest.mark.parametrize("decay", [habitat.LINEAR, habitat.EXPONENTIAL])
def test_nearest_impact_by_bands_equals_whole_raster(monkeypatch, decay):
    """Row bands with the threat's reach above and below give the whole-raster transform's impacts
    exactly: sources scattered, a stretch of rows with none, unequal cell sides."""
    rng = np.random.default_rng(11)
    threat = (rng.random((230, 170)) < 0.004).astype(np.float32)
    threat[60:200] = 0.0                      # bands without a source within reach
    threat[5, 7] = np.nan                     # nodata: no threat
    dx, dy, dmax = 30.0, 20.0, 200.0          # reach 11 rows: bands of 44 rows
    present = np.nan_to_num(threat) > 0
    whole = habitat.decay_impact(ndimage.distance_transform_edt(~present, sampling=(dy, dx)), dmax, decay=decay)
    from eco_restore_plugin.core import _distance
    monkeypatch.setattr(_distance, "BAND_ROWS", 16)
    got = habitat.threat_impact_nearest(threat, max_distance=dmax, cellsize=(dx, dy), decay=decay)
    assert np.array_equal(got, whole)
    assert (got[100:150] == 0).all() and got.max() == 1.0 and (got[:40] > 0).mean() > 0.2
    bands = list(habitat._nearest_impact_bands(present, dmax, dx, dy, decay))
    assert len(bands) == 6 and any(b[2] is None for b in bands)
