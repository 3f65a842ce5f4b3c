"""Land-consolidation potential core (METHODS.md §4): hand-computed cases for every formula."""
import numpy as np
import pytest

from eco_restore_plugin.core import consolidation as cc


# ---- units -------------------------------------------------------------------------------------
def test_unit_conversions():
    assert cc.m2_to_hm2(10000.0) == 1.0
    assert cc.hm2_to_m2(2.5) == 25000.0
    assert cc.hm2_to_mu(1.0) == 15.0
    assert cc.mu_to_hm2(15.0) == 1.0
    # 1 万亩 = 10 000 亩 = 666.67 hm²
    assert cc.hm2_to_wanmu(10000.0 / 15.0) == pytest.approx(1.0)
    assert cc.wanmu_to_hm2(1.0) == pytest.approx(666.6666667)
    assert cc.hm2_to_wanmu(1333.3333333) == pytest.approx(2.0)
    a = np.array([0.0, 3.0, 1234.5])
    np.testing.assert_allclose(cc.wanmu_to_hm2(cc.hm2_to_wanmu(a)), a)
    np.testing.assert_allclose(cc.mu_to_hm2(cc.hm2_to_mu(a)), a)


# ---- 1. farmland --------------------------------------------------------------------------------
def test_new_farmland_coefficient_by_hand():
    # ξ 0.08 -> 0.05: k = 0.03 / 0.92
    assert cc.new_farmland_coefficient(0.08, 0.05) == pytest.approx(0.0326086957)
    assert cc.new_farmland_coefficient(0.25, 0.18) == pytest.approx(0.07 / 0.75)
    assert cc.new_farmland_coefficient(0.1, 0.1) == 0.0
    with pytest.raises(ValueError):
        cc.new_farmland_coefficient(0.05, 0.08)   # coefficient rising: no
    with pytest.raises(ValueError):
        cc.new_farmland_coefficient(1.0, 0.5)


def test_farmland_potential_per_patch():
    table = {1: (0.05, 0.03), 2: (0.08, 0.05), 3: (0.12, 0.08)}
    res = cc.farmland_potential([10.0, 10.0, 5.0, 0.0], [1, 2, 3, 3], table)
    np.testing.assert_allclose(res["k"], [0.02 / 0.95, 0.03 / 0.92, 0.04 / 0.88, 0.04 / 0.88])
    np.testing.assert_allclose(res["new_hm2"], [0.2105263158, 0.3260869565, 0.2272727273, 0.0], rtol=1e-9)
    np.testing.assert_allclose(res["xi_now"], [0.05, 0.08, 0.12, 0.12])
    assert np.all(res["new_hm2"] >= 0)


def test_farmland_potential_missing_class():
    with pytest.raises(cc.MissingClassError) as err:
        cc.farmland_potential([1.0, 1.0, 1.0], [1, 6, 7], {1: (0.05, 0.03)})
    assert err.value.missing == [6, 7]


def test_ridge_table_checked():
    with pytest.raises(ValueError):
        cc.check_ridge_table({1: (0.05, 0.06)})
    with pytest.raises(ValueError):
        cc.check_ridge_table({})
    cc.check_ridge_table(cc.DEFAULT_RIDGE_COEFFICIENTS)


def test_slope_grade_boundaries():
    np.testing.assert_array_equal(cc.slope_grade([0, 2, 2.01, 6, 6.5, 15, 15.1, 25, 25.1, 60, np.nan]),
                                  [1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 0])


def test_merge_groups_and_fragmentation():
    groups = cc.merge_groups(5, [(0, 1), (3, 4)])
    assert groups[0] == groups[1] != groups[2]
    assert groups[3] == groups[4] != groups[0]
    assert len(set(groups.tolist())) == 3
    area = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
    unit = np.array([0, 0, 0, 1, -1])            # patch 4 outside every unit
    groups = np.array([0, 0, 1, 2, 3])
    new = np.full(5, 0.1)
    fr = cc.fragmentation(area, unit, 2, groups=groups, new_hm2=new)
    np.testing.assert_array_equal(fr["n_before"], [3, 1])
    np.testing.assert_allclose(fr["mean_before"], [2.0, 4.0])
    np.testing.assert_array_equal(fr["n_after"], [2, 1])
    np.testing.assert_allclose(fr["mean_after"], [(6.0 + 0.3) / 2, 4.1])
    # a unit without patches: count 0, mean NaN
    fr = cc.fragmentation(area, unit, 3, groups=groups, new_hm2=new)
    assert fr["n_before"][2] == 0 and np.isnan(fr["mean_before"][2]) and np.isnan(fr["mean_after"][2])


def test_grade_uplift_and_weighted_mean():
    np.testing.assert_allclose(cc.grade_uplift([5.0, 1.0, 2.0, np.nan], uplift=1.0), [4.0, 1.0, 1.0, np.nan])
    np.testing.assert_allclose(cc.grade_uplift([5.0, 2.0], uplift=2.0), [3.0, 1.0])
    m = cc.weighted_mean_per_unit([4.0, 8.0, 6.0, np.nan], [1.0, 3.0, 2.0, 5.0], [0, 0, 1, 1], 2)
    np.testing.assert_allclose(m, [7.0, 6.0])


def test_unit_totals_equal_sum_of_patches():
    rng = np.random.default_rng(3)
    v = rng.uniform(0, 10, 1000)
    u = rng.integers(-1, 7, 1000)
    sums = cc.unit_sums(u, v, 7)
    assert sums.sum() == pytest.approx(v[u >= 0].sum())
    for k in range(7):
        assert sums[k] == pytest.approx(v[u == k].sum())
    assert cc.unit_counts(u, 7).sum() == (u >= 0).sum()


# ---- 2. settlements -----------------------------------------------------------------------------
def test_planned_population():
    assert cc.planned_population([1000.0], 0.01, 10)[0] == pytest.approx(1104.62212541)
    assert cc.planned_population([200.0], -0.02, 5)[0] == pytest.approx(200 * 0.98 ** 5)
    for bad in ([0.0], [np.nan], [-3.0]):
        with pytest.raises(ValueError):
            cc.planned_population(bad, 0.01, 10)


def test_settlement_potential_per_capita_and_household():
    # 3 hm² for 150 persons at 150 m²/person: 30000 − 22500 = 7500 m²
    pot, raw, neg = cc.settlement_potential([30000.0, 10000.0], [150.0, 150.0], 150.0)
    np.testing.assert_allclose(raw, [7500.0, -12500.0])
    np.testing.assert_allclose(pot, [7500.0, 0.0])          # never negative
    np.testing.assert_array_equal(neg, [False, True])
    # per household: 50 households × 200 m²
    pot, raw, neg = cc.settlement_potential([30000.0], [50.0], 200.0)
    assert pot[0] == 20000.0 and not neg[0]
    # exactly at the standard: zero, not flagged
    pot, raw, neg = cc.settlement_potential([22500.0], [150.0], 150.0)
    assert pot[0] == 0.0 and not neg[0]


# ---- 3. idle land and mines --------------------------------------------------------------------
def test_reclaimable_by_type():
    coef, pot = cc.reclaimable([2.0, 1.0], np.array(["mine", "idle"], dtype=object), {"mine": 0.7, "idle": 0.8})
    np.testing.assert_allclose(coef, [0.7, 0.8])
    np.testing.assert_allclose(pot, [1.4, 0.8])
    with pytest.raises(cc.MissingClassError):
        cc.reclaimable([1.0], np.array(["other"], dtype=object), {"mine": 0.7})
    with pytest.raises(ValueError):
        cc.reclaimable([1.0], np.array(["mine"], dtype=object), {"mine": 1.2})


def test_mine_direction_rules_and_thresholds():
    F, W, C, N = cc.DIRECTION_FARMLAND, cc.DIRECTION_FOREST, cc.DIRECTION_CONSTRUCTION, cc.DIRECTION_NONE
    slope = [10.0, 10.0, 20.0, 10.0, 20.0, np.nan, 15.0, 15.0001]
    soil = [50.0, 30.0, 80.0, 50.0, 80.0, 50.0, 40.0, 40.0]
    near = [False, False, False, True, True, False, False, False]
    d = cc.mine_direction(slope, soil_cm=soil, near_construction=near, farm_max_slope=15, farm_min_soil=40,
                          construction_max_slope=15)
    np.testing.assert_array_equal(d, [F, W, W, C, W, N, F, W])
    # without soil and location: slope only
    np.testing.assert_array_equal(cc.mine_direction([5.0, 30.0]), [F, W])
    # soil given but missing for a site: not assessed
    assert cc.mine_direction([5.0], soil_cm=[np.nan])[0] == N


# ---- 4. realistic -------------------------------------------------------------------------------
def test_correction_coefficient_by_hand():
    k = cc.correction_coefficient({"natural": [1.0, 0.5], "economic": [0.5, 0.0], "willingness": [0.0, 1.0]},
                                  {"natural": 0.4, "economic": 0.3, "willingness": 0.3})
    np.testing.assert_allclose(k, [0.55, 0.5])
    # weights need not sum to 1: normalised
    k = cc.correction_coefficient({"a": [1.0], "b": [0.0]}, {"a": 2.0, "b": 2.0})
    np.testing.assert_allclose(k, [0.5])
    with pytest.raises(ValueError):
        cc.correction_coefficient({"a": [1.5]}, {"a": 1.0})
    with pytest.raises(ValueError):
        cc.correction_coefficient({"a": [0.5]}, {"a": 0.0})
    np.testing.assert_allclose(cc.normalise_by_max([2.0, 4.0, 0.0]), [0.5, 1.0, 0.0])


# ---- 5. grading and zoning ---------------------------------------------------------------------
def test_jenks_three_clusters():
    v = [1, 2, 3, 10, 11, 12, 30, 31, 32]
    b = cc.jenks_breaks(v, n_classes=3)
    np.testing.assert_allclose(b, [3, 12])
    np.testing.assert_array_equal(cc.grade(v, b), [3, 3, 3, 2, 2, 2, 1, 1, 1])


def test_quantile_breaks_and_grade():
    v = np.arange(1.0, 9.0)
    b = cc.quantile_breaks(v, n_classes=4)
    np.testing.assert_allclose(b, [2.75, 4.5, 6.25])
    np.testing.assert_array_equal(cc.grade(v, b), [4, 4, 3, 3, 2, 2, 1, 1])
    assert cc.grade([np.nan], b)[0] == 0


def test_quadrant_types_flip_at_split():
    t = cc.quadrant_type([10, 10, 1, 1], [1, 10, 10, 1], 5, 5)
    np.testing.assert_array_equal(t, [cc.TYPE_FARMLAND, cc.TYPE_COMPREHENSIVE, cc.TYPE_CONSTRUCTION,
                                      cc.TYPE_ECOLOGICAL])
    # exactly at the split is "low"; just above is "high"
    assert cc.quadrant_type([5.0], [0.0], 5.0, 5.0)[0] == cc.TYPE_ECOLOGICAL
    assert cc.quadrant_type([5.0001], [0.0], 5.0, 5.0)[0] == cc.TYPE_FARMLAND
    assert cc.quadrant_thresholds([1, 2, 9], [0, 0, 3]) == (4.0, 1.0)
    assert cc.quadrant_thresholds([1, 2, 9], [0, 0, 3], method="median") == (2.0, 0.0)


# ---- 6. policy checks ---------------------------------------------------------------------------
def test_policy_checks_flip_at_thresholds():
    r = cc.policy_checks(existing_farm_hm2=[100.0, 100.0, 0.0, 100.0, 100.0],
                         new_farm_hm2=[5.0, 4.999, 0.0, 6.0, 6.0],
                         construction_increase_hm2=[2.0, 0.0, 0.0, 2.001, 0.0],
                         construction_decrease_hm2=[2.0, 0.0, 0.0, 2.0, 0.0],
                         redline_count=[0, 0, 0, 0, 1])
    np.testing.assert_array_equal(r["farm_pass"], [True, False, True, True, True])
    np.testing.assert_allclose(r["ratio"][:2], [0.05, 0.04999])
    assert np.isnan(r["ratio"][2])
    np.testing.assert_allclose(r["net_change"], [0.0, 0.0, 0.0, 0.001, 0.0], atol=1e-12)
    np.testing.assert_array_equal(r["construction_pass"], [True, True, True, False, True])
    np.testing.assert_array_equal(r["redline_pass"], [True, True, True, True, False])
    np.testing.assert_array_equal(r["all_pass"], [True, False, True, False, False])
    # the share is a parameter
    r = cc.policy_checks([100.0], [4.0], [0.0], [0.0], [0], min_share=0.04)
    assert r["farm_pass"][0]
