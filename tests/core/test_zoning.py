"""Restoration zoning core: decision matrix, modes, spaces, zonal stats, contiguous zoning,
priority, conflicts and the project library (hand-built cases)."""
import numpy as np
import pytest

from eco_restore_plugin.core import zoning as z

NAN = np.nan


# --- decision matrix and modes --------------------------------------------------------------
def test_default_matrix_is_complete_and_known_cells():
    lut = z.decision_lut(z.default_decision_rows())
    assert lut[3, 0, 1] == z.CONSERVATION          # not degraded
    assert lut[3, 1, 3] == z.CONSERVATION          # 极重要, light, high resilience
    assert lut[2, 1, 3] == z.NATURAL_RECOVERY
    assert lut[1, 1, 1] == z.ASSISTED_REGENERATION
    assert lut[2, 2, 3] == z.NATURAL_RECOVERY
    assert lut[2, 2, 2] == z.ASSISTED_REGENERATION
    assert lut[2, 2, 1] == z.RECONSTRUCTION
    assert lut[1, 3, 3] == z.ASSISTED_REGENERATION
    assert lut[3, 3, 2] == z.RECONSTRUCTION


def test_matrix_applied_to_known_cells():
    rows = [("*", "*", "*", 2), (3, 0, "*", 1), ("*", 3, 1, "生态重建"), (1, 2, 2, "辅助再生")]
    lut = z.decision_lut(rows)
    imp = np.array([[3, 3, 1], [1, 2, NAN]])
    deg = np.array([[0, 3, 2], [3, 1, 0]])
    res = np.array([[2, 1, 2], [1, 3, 3]])
    mode = z.assign_mode(imp, deg, res, lut)
    # (3,0,2)->1 ; (3,3,1)->4 ; (1,2,2)->3 ; (1,3,1)->4 ; (2,1,3)-> catch-all 2 ; NaN -> 0
    assert mode.tolist() == [[1, 4, 3], [4, 2, 0]]
    assert mode.dtype == np.uint8


def test_matrix_missing_combination_is_refused():
    rows = [r for r in z.default_decision_rows() if r[:3] != (2, 3, 1)]
    with pytest.raises(ValueError, match=r"1 combination.*\(2, 3, 1\)"):
        z.decision_lut(rows)


def test_matrix_conflict_and_bad_values_refused():
    with pytest.raises(ValueError, match="conflicting"):
        z.decision_lut([("*", "*", "*", 1), (1, 1, 1, 2), (1, 1, 1, 3)])
    with pytest.raises(ValueError, match="not a restoration mode"):
        z.decision_lut([("*", "*", "*", 7)])
    with pytest.raises(ValueError, match="degradation 4"):
        z.decision_lut([("*", 4, "*", 1)])


def test_bad_grade_codes_refused():
    lut = z.decision_lut(z.default_decision_rows())
    with pytest.raises(ValueError, match="degradation raster has values 4"):
        z.assign_mode(np.array([3.0]), np.array([4.0]), np.array([1.0]), lut)


def test_pressure_and_landuse_overrides():
    lut = z.decision_lut([("*", "*", "*", 2)])
    imp = np.full((1, 3), 2.0)
    mode = z.assign_mode(imp, imp * 0 + 1, imp * 0 + 2, lut, pressure=np.array([[0.9, 0.1, NAN]]),
                         pressure_threshold=0.5, landuse=np.array([[101, 602, 602]]),
                         landuse_modes={602: 4})
    assert mode.tolist() == [[3, 4, 4]]


def test_three_spaces_control_lines_override_landuse():
    lu = np.array([[301, 101, 701, NAN]])
    red = np.array([[False, True, False, False]])
    farm = np.array([[True, True, False, False]])
    sp = z.three_spaces(lu.shape, red_line=red, farmland=farm, landuse=lu)
    assert sp.tolist() == [[2, 1, 3, 0]]


# --- zonal summaries -------------------------------------------------------------------------
def test_zonal_stats_by_hand():
    lab = np.array([[1, 1, 2], [1, 2, 0]])
    vals = np.array([[3.0, 1.0, NAN], [2.0, 3.0, 5.0]])
    assert z.zonal_count(lab, 3).tolist() == [3, 2, 0]
    m = z.zonal_mean(lab, 3, vals)
    assert m[0] == pytest.approx(2.0) and m[1] == pytest.approx(3.0) and np.isnan(m[2])
    sh = z.zonal_share(lab, 3, vals == 3, np.isfinite(vals))
    assert sh[0] == pytest.approx(1 / 3) and sh[1] == pytest.approx(1.0) and np.isnan(sh[2])
    dom, share = z.zonal_dominant(lab, 2, np.array([[101, 301, 301], [301, 101, 9]]))
    # unit 1: 101,301,301 -> 301 (2/3); unit 2: 301,101 -> tie -> smaller 101
    assert dom.tolist() == [301, 101] and share[0] == pytest.approx(2 / 3)
    assert z.label_adjacency(lab).tolist() == [[1, 2]]


# --- contiguity ------------------------------------------------------------------------------
def grid_edges(rows, cols):
    idx = np.arange(rows * cols).reshape(rows, cols)
    e = [np.stack([idx[:, :-1].ravel(), idx[:, 1:].ravel()], 1),
         np.stack([idx[:-1, :].ravel(), idx[1:, :].ravel()], 1)]
    return np.concatenate(e)


def test_rule_zones_split_non_contiguous_same_type():
    # 1 x 5 strip of types A A B A A -> three zones: the two A runs are not adjacent
    e = grid_edges(1, 5)
    lab = z.contiguous_groups(5, e, np.array([1, 1, 2, 1, 1]))
    assert lab.tolist() == [1, 1, 2, 3, 3]
    assert z.is_contiguous(5, e, lab)
    assert not z.is_contiguous(5, e, np.array([1, 1, 2, 1, 1]))


def test_skater_keeps_zones_contiguous_and_finds_groups():
    # 6 x 6 grid, feature = left/right halves; but the diagonal pattern of values in a checkerboard
    # would tempt a non-spatial clustering: values 0 on the left, 10 on the right, except two
    # right-side cells far from each other with value 0 (they must not join the left zone).
    rows, cols = 6, 6
    f = np.zeros((rows, cols))
    f[:, 3:] = 10.0
    f[0, 5] = 0.0
    f[5, 5] = 0.0
    e = grid_edges(rows, cols)
    lab = z.skater(rows * cols, e, f.ravel(), n_zones=2)
    assert len(np.unique(lab)) == 2
    assert z.is_contiguous(rows * cols, e, lab)
    g = lab.reshape(rows, cols)
    assert (g[:, :3] == g[0, 0]).all() and (g[1:5, 3:] != g[0, 0]).all()
    for k in (3, 5, 9):
        labk = z.skater(rows * cols, e, f.ravel() + np.arange(36) * 0.01, n_zones=k)
        assert len(np.unique(labk)) == k
        assert z.is_contiguous(rows * cols, e, labk)


def test_skater_random_graphs_always_contiguous():
    rng = np.random.default_rng(3)
    e = grid_edges(15, 20)
    for seed in range(4):
        x = rng.standard_normal((300, 3))
        lab = z.skater(300, e, x, n_zones=12, min_units=3)
        assert len(np.unique(lab)) == 12
        assert z.is_contiguous(300, e, lab)
        assert np.bincount(lab)[1:].min() >= 3


def test_skater_nested_group_and_deterministic():
    e = grid_edges(4, 6)
    grp = np.repeat([0, 1], 12)  # top two rows / bottom two rows
    x = np.arange(24.0) % 6
    a = z.skater(24, e, x, n_zones=4, group=grp)
    b = z.skater(24, e, x, n_zones=4, group=grp)
    assert a.tolist() == b.tolist()
    for zone in np.unique(a):
        assert len(np.unique(grp[a == zone])) == 1


def test_merge_small_zones_keeps_contiguity():
    e = grid_edges(1, 6)
    lab = np.array([1, 2, 2, 3, 4, 4])
    areas = np.array([1.0, 5, 5, 1, 5, 5])
    out = z.merge_small_zones(6, e, lab, areas, min_area=2.0)
    # zone 1 (area 1) joins its only neighbour 2; zone 3 ties on shared boundary between the
    # merged zone (area 11) and zone 4 (area 10): the larger wins
    assert out.tolist() == [1, 1, 1, 1, 2, 2]
    assert z.is_contiguous(6, e, out)
    assert np.bincount(out)[1:].min() >= 2


# --- priority --------------------------------------------------------------------------------
def test_priority_ranks_follow_weights():
    x = np.array([[1.0, 0.0], [0.0, 1.0], [0.5, 0.5]])
    w1, changed = z.normalise_weights([0.8, 0.2])
    assert not changed
    s = z.priority_scores(x, w1)
    assert s == pytest.approx([0.8, 0.2, 0.5])
    assert z.rank_desc(s, [10, 11, 12]).tolist() == [1, 3, 2]
    w2, _ = z.normalise_weights([0.2, 0.8])
    assert z.rank_desc(z.priority_scores(x, w2), [10, 11, 12]).tolist() == [3, 1, 2]


def test_weights_normalised_or_refused():
    w, changed = z.normalise_weights([2, 2])
    assert changed and w.tolist() == [0.5, 0.5]
    with pytest.raises(ValueError, match="sum to 0"):
        z.normalise_weights([0, 0])
    with pytest.raises(ValueError, match="non-negative"):
        z.normalise_weights([1, -1])


def test_cost_criterion_reversed_and_ties_by_id():
    x = np.array([[1.0], [3.0], [1.0]])
    s = z.priority_scores(x, [1.0], benefit=[False])
    assert s.tolist() == [1.0, 0.0, 1.0]
    assert z.rank_desc(s, [7, 1, 3]).tolist() == [2, 3, 1]


def test_entropy_weights_by_hand():
    zz = np.array([[1.0, 0.5], [0.0, 0.5], [0.0, 0.5]])
    # column 2 constant -> e = 1, d = 0; column 1 -> p = (1,0,0), e = 0 -> all the weight
    assert z.entropy_weights(zz) == pytest.approx([1.0, 0.0])
    zz = np.array([[1.0, 1.0], [0.0, 1.0], [1.0, 0.0], [0.5, 0.0]])
    p = np.array([1, 0, 1, 0.5]) / 2.5
    e1 = -(p[p > 0] * np.log(p[p > 0])).sum() / np.log(4)
    e2 = -(2 * 0.5 * np.log(0.5)) / np.log(4)
    d = np.array([1 - e1, 1 - e2])
    assert z.entropy_weights(zz) == pytest.approx(d / d.sum())


def test_grades():
    assert z.grade_by_rank(np.arange(1, 7), 6).tolist() == [1, 1, 2, 2, 3, 3]
    assert z.grade_by_score([0.7, 0.6, 0.5, 0.1, NAN]).tolist() == [1, 1, 2, 3, 0]


# --- conflicts -------------------------------------------------------------------------------
def test_conflict_buffers_by_hand():
    sp = np.array([[1, 1, 1, 2, 2, 3]])
    out = z.conflict_buffers(sp, cellsize=10.0, widths=(10.0, 10.0, 10.0))
    # eco|agri boundary between col 2 and 3 (distance 10): cols 2,3 -> 1; agri|urban cols 4,5 -> 3
    assert out.tolist() == [[0, 0, 1, 1, 3, 3]]
    cor = np.array([[0, 0, 0, 1, 0, 1]], bool)
    out = z.conflict_buffers(sp, cellsize=10.0, widths=(10.0, 10.0, 10.0), corridor=cor,
                             red_line=np.array([[0, 0, 0, 0, 1, 0]], bool),
                             farmland=np.array([[0, 0, 0, 1, 1, 0]], bool))
    assert out.tolist() == [[0, 0, 1, 4, 6, 5]]


# --- project library -------------------------------------------------------------------------
def test_costs_and_periods_within_budget():
    cost = z.project_costs([10, 2, 4, 1], [1, 4, 2, 1], {1: 3.0, 2: 1.5, 4: 0.5})
    assert cost.tolist() == [30.0, 1.0, 6.0, 3.0]
    rank = z.rank_desc([0.9, 0.5, 0.7, 0.5], [1, 2, 3, 4])
    assert rank.tolist() == [1, 3, 2, 4]
    period, left = z.assign_periods(cost, rank, [32.0, 6.0, 0.0])
    # rank order 1 (30 -> 近期, left 2), 3 (6 -> 中期, left 0), 2 (1 -> 近期, left 1), 4 (3 -> none)
    assert period.tolist() == [0, 0, 1, -1]
    assert left.tolist() == [1.0, 0.0, 0.0]
    for p, budget in enumerate([32.0, 6.0, 0.0]):
        assert cost[period == p].sum() <= budget


def test_periods_random_never_exceed_budget_and_reproduce():
    rng = np.random.default_rng(0)
    cost = rng.uniform(1, 50, 200)
    score = rng.uniform(0, 1, 200).round(2)
    ids = np.arange(200)
    rank = z.rank_desc(score, ids)
    budgets = [500.0, 800.0, 300.0]
    p1, _ = z.assign_periods(cost, rank, budgets, earliest=(score < 0.3).astype(int))
    p2, _ = z.assign_periods(cost, rank, budgets, earliest=(score < 0.3).astype(int))
    assert p1.tolist() == p2.tolist()
    for p, b in enumerate(budgets):
        assert cost[p1 == p].sum() <= b + 1e-9
    assert (p1[score < 0.3] != 0).all()


def test_zero_budget_and_over_fixed_refused():
    with pytest.raises(ValueError, match="budget of every period is 0"):
        z.assign_periods([1.0], [1], [0, 0, 0])
    with pytest.raises(ValueError, match="fixed to period 近期"):
        z.assign_periods([5.0, 6.0], [1, 2], [10, 10, 10], fixed=[0, 0])
    with pytest.raises(ValueError, match="no unit cost for project type"):
        z.project_costs([1.0], [9], {1: 1.0})


def test_conflict_buffers_by_row_bands_equal_whole_raster_distances(monkeypatch):
    """Bands of 16 rows (the widest band's reach above and below) give the codes of whole-raster distance
    transforms, on a random three-spaces raster with unequal cell sides."""
    from scipy import ndimage

    from eco_restore_plugin.core import _distance
    rng = np.random.default_rng(8)
    sp = np.repeat(np.repeat(rng.integers(0, 4, (30, 25)), 4, axis=0), 3, axis=1)
    sp[40:90] = 1                                      # rows of one space only: bands with no interface
    widths, cy, cx = (45.0, 90.0, 30.0), 20.0, 30.0
    want = np.zeros(sp.shape, np.uint8)
    dist = {s: ndimage.distance_transform_edt(sp != s, sampling=(cy, cx)) for s in (1, 2, 3)}
    for a, b, code, w in ((2, 3, 3, widths[2]), (1, 2, 1, widths[0]), (1, 3, 2, widths[1])):
        want[((sp == a) & (dist[b] <= w)) | ((sp == b) & (dist[a] <= w))] = code
    monkeypatch.setattr(_distance, "BAND_ROWS", 16)
    got = z.conflict_buffers(sp, cellsize=(cx, cy), widths=widths)
    assert np.array_equal(got, want)
    assert set(np.unique(got)) == {0, 1, 2, 3}
