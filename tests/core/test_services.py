"""Service quantities: water balance, NPP index, slope / LS, RUSLE, erosivity, coastal protection."""
import math

import numpy as np
import pytest

from eco_restore_plugin.core import services, tables

NAN = np.nan


# ----------------------------------------------------------------------------- water balance
def test_water_balance_hand_computed_depth_and_volume():
    p = np.array([[1000.0, 1500.0], [1200.0, NAN]])
    et = np.array([[600.0, 700.0], [800.0, 500.0]])
    lc = np.array([[301, 305], [404, 301]])
    depth = services.water_balance(p, et, landcover=lc)
    # 301 -> alpha 0.0267: 1000 - 26.7 - 600 = 373.3
    assert depth[0, 0] == pytest.approx(373.3)
    # 305 -> 常绿阔叶灌丛 0.0426: 1500 - 63.9 - 700 = 736.1
    assert depth[0, 1] == pytest.approx(736.1)
    # 404 -> 稀疏草地 0.1827: 1200 - 219.24 - 800 = 180.76
    assert depth[1, 0] == pytest.approx(180.76)
    assert np.isnan(depth[1, 1])
    vol = services.water_balance(p, et, landcover=lc, cell_area_km2=0.0009)   # 30 m cells
    assert vol[0, 0] == pytest.approx(373.3 * 0.0009 * 1e3)         # 335.97 m³
    # the total excludes nodata instead of counting it as zero
    assert np.nansum(vol) == pytest.approx((373.3 + 736.1 + 180.76) * 0.9)


def test_water_balance_missing_class_named_and_nan_class_excluded():
    p = np.full((1, 2), 1000.0)
    et = np.full((1, 2), 500.0)
    with pytest.raises(ValueError, match="4242"):
        services.water_balance(p, et, landcover=np.array([[301, 4242]]))
    # cropland has an explicit NaN alpha in the default table: not assessed -> NaN
    out = services.water_balance(p, et, landcover=np.array([[301, 103]]))
    assert np.isfinite(out[0, 0]) and np.isnan(out[0, 1])
    # user table from CSV
    table = tables.parse_class_table("code,alpha\n0301,0.1\n0103,0.4\n", "code", "alpha")
    out = services.water_balance(p, et, landcover=np.array([[301, 103]]), alpha_table=table)
    np.testing.assert_allclose(out, [[400.0, 100.0]])
    with pytest.raises(ValueError, match="103"):
        tables.parse_class_table("code,alpha\n0301,0.1\n", "code", "alpha", required=[301, 103])


def test_water_balance_explicit_alpha_and_clip():
    out = services.water_balance([100.0], [150.0], alpha=[0.1])
    assert out[0] == pytest.approx(-60.0)
    assert services.water_balance([100.0], [150.0], alpha=[0.1], clip_negative=True)[0] == 0.0


def test_minmax_normalise_and_npp_water_conservation():
    x = np.array([2.0, 4.0, 6.0, NAN])
    np.testing.assert_allclose(services.minmax_normalise(x), [0, 0.5, 1, NAN])
    # block mode with a global range
    np.testing.assert_allclose(services.minmax_normalise(x, lo=0, hi=10), [0.2, 0.4, 0.6, NAN])
    npp = np.array([500.0, 500.0, 500.0, 500.0])
    sic = np.array([0.0, 1.0, 2.0, 2.0])       # -> 0, .5, 1, 1
    pre = np.array([1000.0, 1500.0, 2000.0, NAN])   # -> 0, .5, 1, nan
    slo = np.array([0.0, 10.0, 20.0, 40.0])     # -> 0, .25, .5, 1
    wr = services.npp_water_conservation(npp, sic, pre, slo)
    np.testing.assert_allclose(wr, [0.0, 500 * 0.5 * 0.5 * 0.75, 500 * 1 * 1 * 0.5, NAN])
    s = services.npp_soil_conservation(npp, [0.1, 0.2, 0.3, 0.3], slo)
    np.testing.assert_allclose(s, [500 * 1 * 1, 500 * 0.5 * 0.75, 0.0, 0.0])
    b = services.npp_biodiversity(npp, pre, [0, 1, 2, 3], [0, 0, 1, 1])
    np.testing.assert_allclose(b, [0.0, 500 * 0.5 * (1 / 3) * 1, 0.0, NAN])


# ----------------------------------------------------------------------------- terrain
def _plane(rows, cols, cell, deg):
    """DEM falling southwards (increasing row) at ``deg`` degrees."""
    drop = cell * math.tan(math.radians(deg))
    return np.tile((rows - np.arange(rows))[:, None] * drop, (1, cols)).astype(float)


@pytest.mark.parametrize("deg", [3.0, 10.0, 35.0])
def test_slope_degrees_planar(deg):
    dem = _plane(6, 5, 30.0, deg)
    s = services.slope_degrees(dem, cellsize=30.0)
    np.testing.assert_allclose(s[1:-1, 1:-1], deg, rtol=1e-9)
    # edge rows use replicated borders: one-sided, half the gradient
    assert s[0, 2] == pytest.approx(math.degrees(math.atan(math.tan(math.radians(deg)) / 2)))


def test_slope_nan_handling():
    dem = _plane(5, 5, 30.0, 10.0)
    dem[2, 2] = NAN
    s = services.slope_degrees(dem, cellsize=30.0)
    assert np.isnan(s[2, 2])
    assert np.isfinite(s[1, 1]) and np.isfinite(s[3, 3])


def test_s_factor_mccool_liu():
    s = services.slope_steepness_s(np.array([3.0, 7.0, 10.0, NAN]))
    assert s[0] == pytest.approx(10.8 * 0.05233596 + 0.03, rel=1e-6)   # 0.595228
    assert s[1] == pytest.approx(16.8 * 0.12186934 - 0.5, rel=1e-6)    # 1.547405
    assert s[2] == pytest.approx(21.91 * 0.17364818 - 0.96, rel=1e-6)  # 2.844632
    assert np.isnan(s[3])
    # 5 degrees belongs to the middle class (lower-inclusive)
    assert services.slope_steepness_s(np.array([5.0]))[0] == pytest.approx(
        16.8 * math.sin(math.radians(5)) - 0.5)


def test_m_exponent_classes():
    m = services.slope_length_exponent(np.array([0.5, 1.0, 2.0, 10.0]))
    # tan: 0.87 %, 1.75 %, 3.49 %, 17.6 %
    np.testing.assert_allclose(m, [0.2, 0.3, 0.4, 0.5])


def test_ls_on_planar_slope_with_known_accumulation():
    """Planar 10-degree slope, single-direction flow down the columns: the cell in row i (0 at
    the top) drains i + 1 cells including itself."""
    rows, cols, d = 8, 5, 30.0
    dem = _plane(rows, cols, d, 10.0)
    acc = np.tile((np.arange(rows) + 1.0)[:, None], (1, cols))
    ls, slope = services.ls_factor(dem, acc, d)
    # row 3: lambda = 4 * 30 = 120 m, m = 0.5, L = (120 / 22.13) ** 0.5 = 2.328626
    l3 = math.sqrt(120 / 22.13)
    assert l3 == pytest.approx(2.328626, rel=1e-6)
    assert ls[3, 2] == pytest.approx(l3 * (21.91 * math.sin(math.radians(10)) - 0.96), rel=1e-9)
    # ArcGIS-style accumulation (excluding self) gives the same with acc_includes_self=False
    l_ex = services.slope_length_l(acc - 1, d, slope, acc_includes_self=False)
    l_in = services.slope_length_l(acc, d, slope)
    np.testing.assert_allclose(l_ex, l_in)
    # cap on lambda
    capped = services.slope_length_l(acc, d, slope, max_length=60.0)
    assert capped[7, 2] == pytest.approx(math.sqrt(60 / 22.13))
    # Desmet & Govers: row 3 has A_in = 3 * 900 m²
    dg = services.slope_length_l(acc, d, slope, method="desmet_govers")
    hand = (3600 ** 1.5 - 2700 ** 1.5) / (30 ** 2.5 * 22.13 ** 0.5)
    assert hand == pytest.approx(3.26458, rel=1e-5)
    assert dg[3, 2] == pytest.approx(hand, rel=1e-9)
    # invariant: the mean DG L over the profile = the classical L of the whole slope length
    assert dg[1:-1, 2].mean() != pytest.approx(math.sqrt(rows * d / 22.13))
    assert dg[:, 2].mean() == pytest.approx(math.sqrt(rows * d / 22.13), rel=1e-9)


# ----------------------------------------------------------------------------- RUSLE
def test_c_factor_from_fvc_cai_2000():
    c = services.c_factor_from_fvc(np.array([0.0, 0.1, 0.5, 0.783, 0.9, NAN]))
    assert c[0] == 1.0
    assert c[1] == pytest.approx(0.6508 - 0.3436)                     # 10 %
    assert c[2] == pytest.approx(0.6508 - 0.3436 * math.log10(50))    # 0.067034
    assert c[3] == 0.0 and c[4] == 0.0
    assert np.isnan(c[5])
    assert services.c_factor_from_fvc(np.array([50.0]), percent=True)[0] == pytest.approx(c[2])
    # monotone decreasing and within [0, 1]
    f = np.linspace(0, 1, 101)
    cc = services.c_factor_from_fvc(f)
    assert np.all(np.diff(cc) <= 0) and cc.min() >= 0 and cc.max() <= 1


def test_rusle_hand_computed():
    res = services.rusle(np.array([500.0, NAN]), 0.3, 2.0, 0.1, 0.5)
    assert res.potential[0] == pytest.approx(300.0)
    assert res.actual[0] == pytest.approx(15.0)
    assert res.conserved[0] == pytest.approx(285.0)
    assert np.isnan(res.conserved[1])
    np.testing.assert_allclose(res.potential[:1], res.actual[:1] + res.conserved[:1])


def test_c_p_from_landcover_tables():
    lc = np.array([[301, 103], [1001, 1206]])
    c = services.c_factor_from_landcover(lc)
    p = services.p_factor_from_landcover(lc)
    np.testing.assert_allclose(c, [[0.006, 0.31], [0.0, 1.0]])
    np.testing.assert_allclose(p, [[1.0, 0.40], [0.0, 1.0]])
    with pytest.raises(ValueError, match="77"):
        services.c_factor_from_landcover(np.array([77]))


def test_rainfall_erosivity_daily_seasons_and_threshold():
    p20 = np.full((2, 2), 20.0)
    p20[1, 1] = NAN
    p10 = np.full((2, 2), 10.0)
    # day 150 (30 May, warm), day 20 (January, cold), day 200 below 12 mm
    r = services.rainfall_erosivity_daily([(150, p20), (20, p20), (200, p10)])
    expected = (0.3937 + 0.3101) * 20 ** 1.7265
    assert expected == pytest.approx(124.06, rel=1e-3)
    assert r[0, 0] == pytest.approx(expected)
    assert np.isnan(r[1, 1])
    # season boundaries (non-leap year): 121 = 1 May warm, 120 cold, 273 = 30 Sep warm, 274 cold
    one = np.full((1, 1), 12.0)
    for day, alpha in ((120, 0.3101), (121, 0.3937), (273, 0.3937), (274, 0.3101)):
        assert services.rainfall_erosivity_daily([(day, one)])[0, 0] == pytest.approx(
            alpha * 12 ** 1.7265)
    # 3-D stack with explicit season flags, two years averaged
    stack = np.stack([p20, p20])
    r2 = services.rainfall_erosivity_daily(stack, warm=[True, False], n_years=2)
    assert r2[0, 0] == pytest.approx(expected / 2)
    r3 = services.rainfall_erosivity_daily(stack, months=[9, 10])
    assert r3[0, 0] == pytest.approx(expected)
    with pytest.raises(ValueError):
        services.rainfall_erosivity_daily(stack)


# ----------------------------------------------------------------------------- coastal
def test_coastal_protection_buffer():
    lc = np.full((1, 11), 301)
    lc[0, 0] = 303                                    # mangrove, score 1
    v = services.coastal_protection(lc, cellsize=100.0, buffer_distance=500.0)
    assert v[0, 0] == 1.0
    assert v[0, 3] == pytest.approx(1 - 300 / 500)     # 0.4
    assert v[0, 5] == 0.0 and v[0, 10] == 0.0          # at / beyond the buffer
    step = services.coastal_protection(lc, cellsize=100.0, buffer_distance=500.0, decay="step")
    assert step[0, 5] == 1.0 and step[0, 6] == 0.0
    # a natural-shoreline cell at the far end (score 0.5) protects its side
    shore = np.zeros((1, 11), bool)
    shore[0, 10] = True
    v2 = services.coastal_protection(lc, cellsize=100.0, shoreline=shore, buffer_distance=500.0)
    assert v2[0, 10] == 0.5
    assert v2[0, 9] == pytest.approx(0.5 * 0.8)
    assert v2[0, 1] == pytest.approx(0.8)              # mangrove stronger than shoreline
    # nodata
    lcf = lc.astype(float)
    lcf[0, 4] = NAN
    assert np.isnan(services.coastal_protection(lcf, cellsize=100.0)[0, 4])


@pytest.mark.parametrize("decay", ["linear", "step"])
def test_coastal_protection_by_row_bands_equals_whole_transform(decay, monkeypatch):
    """Distances by row bands (reach = the buffer) give the whole-raster transform's values exactly:
    scattered mangroves and salt marsh, a shoreline, stretches of rows with nothing in reach, unequal
    cell sides, nodata."""
    from scipy import ndimage

    from eco_restore_plugin.core import _distance, tables
    rng = np.random.default_rng(5)
    lc = np.full((210, 150), 101.0)
    lc[rng.random(lc.shape) < 0.003] = 303                   # mangrove, score 1
    lc[rng.random(lc.shape) < 0.002] = 305                   # a second score
    lc[70:160] = 101                                         # rows with no protecting cell near
    lc[3, 4] = NAN
    shore = np.zeros(lc.shape, bool)
    shore[200, 20:90] = True
    dx, dy, buf = 30.0, 20.0, 240.0                          # reach 13 rows
    scores = {303: 1.0, 305: 0.7}
    ok = np.isfinite(lc)
    own = np.zeros(lc.shape)
    for code, sc in scores.items():
        own = np.where(ok & (lc == tables.class_code(code)), np.maximum(own, sc), own)
    own = np.where(shore & ok, np.maximum(own, 0.5), own)
    want = own.copy()
    for sc in (0.5, 0.7, 1.0):                               # the method with whole-raster transforms
        dist = ndimage.distance_transform_edt(own != sc, sampling=(dy, dx))
        g = np.clip(1 - dist / buf, 0, 1) if decay == "linear" else (dist <= buf).astype(float)
        want = np.where(own <= 0, np.maximum(want, sc * g), want)
    want[~ok] = np.nan
    monkeypatch.setattr(_distance, "BAND_ROWS", 16)
    got = services.coastal_protection(lc, cellsize=(dx, dy), scores=scores, shoreline=shore,
                                      buffer_distance=buf, decay=decay)
    assert np.array_equal(got, want, equal_nan=True)
    assert (got[100:130] == 0).all() and np.nanmax(got) == 1.0 and (got[190:] > 0).any()
    with pytest.raises(ValueError, match="decay"):
        services.coastal_protection(np.full((3, 3), 101), cellsize=30.0, decay="cubic")


def test_float32_inputs_stay_float32():
    p = np.full((3, 3), 1000.0, np.float32)
    et = np.full((3, 3), 600.0, np.float32)
    wr = services.water_balance(p, et, alpha=np.full((3, 3), 0.1, np.float32))
    assert wr.dtype == np.float32 and wr[0, 0] == pytest.approx(300.0)
    dem = _plane(6, 5, 30.0, 10.0).astype(np.float32)
    s = services.slope_degrees(dem, cellsize=30.0)
    assert s.dtype == np.float32 and s[2, 2] == pytest.approx(10.0, rel=1e-5)


def test_tables_class_code_and_lookup_paths():
    assert tables.class_code("0301") == 301
    assert tables.class_code("05H1") == 501 and tables.class_code("08h2") == 802
    assert tables.class_code("09") == 900 and tables.class_code(1101.0) == 1101
    assert tables.class_code("壤土") == "壤土"
    with pytest.raises(ValueError):
        tables.class_code("3.5")
    table = {301: 1.0, 1101: 2.0}
    # integer fast path and float path with NaN nodata give the same mapping
    ints = np.array([[301, 1101]])
    floats = np.array([[301.0, 1101.0, NAN]])
    np.testing.assert_allclose(tables.lookup(ints, table), [[1.0, 2.0]])
    np.testing.assert_allclose(tables.lookup(floats, table), [[1.0, 2.0, NAN]])
    mask = np.array([[True, False]])
    np.testing.assert_allclose(tables.lookup(np.array([[301, 999]]), table, mask=mask),
                               [[1.0, NAN]])      # masked-out cells are not checked
    with pytest.raises(ValueError, match="999"):
        tables.lookup(np.array([[301, 999]]), table)
    # codes beyond the dense range use sorted search
    big = {5_000_000: 3.0, 1: 4.0}
    np.testing.assert_allclose(tables.lookup(np.array([1, 5_000_000]), big), [4.0, 3.0])
    # every default 三调 class is in each default table
    for t in (tables.ALPHA_3DIAO, tables.C_FACTOR_3DIAO, tables.P_FACTOR_3DIAO,
              tables.HABITAT_SENSITIVITY_3DIAO, tables.ELASTICITY_3DIAO):
        tables.check_classes(tables.LANDCOVER_3DIAO, t)
    rows = tables.parse_class_table([{"LULC": "0301", "H": "1", "road": ""}], "LULC",
                                    ["H", "road"])
    assert rows[301]["H"] == 1.0 and np.isnan(rows[301]["road"])
    with pytest.raises(ValueError, match="'mine'"):
        tables.column(rows, "mine")
