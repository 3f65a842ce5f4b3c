"""Barrier Mapper improvement score (eco_restore_plugin.core.barriers): hand case and invariants."""
import numpy as np
import pytest

from eco_restore_plugin.core import barriers as B


def _corridor():
    """One row of 30 cells, resistance 1, a wall of 3 cells (cols 10-12) of resistance 100;
    source 1 at col 0, source 2 at col 29. Step cost = mean of the two cells (cell size 1)."""
    cost = np.ones((1, 30))
    cost[0, 10:13] = 100.0
    lab = np.zeros((1, 30), int)
    lab[0, 0], lab[0, 29] = 1, 2
    return cost, lab


def test_hand_corridor_wall():
    cost, lab = _corridor()
    # LCD = 25 unit steps + 50.5 + 100 + 100 + 50.5 = 326
    out = B.barrier_improvement(cost, lab, radii=[2.0], per_length=False)
    assert out.pairs == [(1, 2, pytest.approx(326.0))]
    # window radius 2 on col 11 spans cols 9..13: min CWD_A = 9, min CWD_B = 16, L' = 4 -> 29
    assert out.score[0, 11] == pytest.approx(326.0 - 29.0)
    # on col 10 (cols 8..12): 8 + 66.5 + 4 = 78.5
    assert out.score[0, 10] == pytest.approx(326.0 - 78.5)
    assert np.nanargmax(out.score[0]) == 11
    assert (out.from_id[0, 11], out.to_id[0, 11]) == (1, 2)
    # per unit restored length, best over radii 1, 2, 3 at col 11:
    # R=1: 326 - (59.5 + 66.5 + 2) = 198 -> 99; R=2: 297/4 = 74.25; R=3: 326 - (8 + 15 + 6) = 297 -> 49.5
    out = B.barrier_improvement(cost, lab, radii=[1.0, 2.0, 3.0])
    assert out.score[0, 11] == pytest.approx(99.0)
    assert out.best_radius[0, 11] == 1.0
    # restored resistance 10: R=1 -> 326 - (59.5 + 66.5 + 20) = 180 -> 90
    out = B.barrier_improvement(cost, lab, radii=[1.0], restored_resistance=10.0)
    assert out.score[0, 11] == pytest.approx(90.0)


def test_cellsize_scales_costs():
    cost, lab = _corridor()
    a = B.barrier_improvement(cost, lab, radii=[2.0], per_length=False)
    b = B.barrier_improvement(cost, lab, radii=[60.0], cellsize=30.0, per_length=False)
    np.testing.assert_allclose(b.score, 30.0 * a.score)


def test_uniform_landscape_no_improvement():
    cost = np.ones((20, 40))
    lab = np.zeros(cost.shape, int)
    lab[:, 0], lab[:, -1] = 1, 2
    out = B.barrier_improvement(cost, lab, radii=[1.0, 2.0, 4.0], per_length=False, only_positive=False)
    assert np.nanmax(out.score) <= 1e-9
    assert np.nanmax(np.abs(out.score[:, 5:35])) <= 1e-9  # IS = 0 where the window holds both minima
    pos = B.barrier_improvement(cost, lab, radii=[1.0, 2.0, 4.0])
    assert np.all(pos.score == 0.0) and np.all(pos.from_id == 0)


def test_is_at_most_lcd_and_sum_at_least_max():
    rng = np.random.default_rng(3)
    cost = rng.uniform(1, 50, (40, 40))
    cost[rng.random(cost.shape) < 0.03] = np.nan
    lab = np.zeros(cost.shape, int)
    lab[2:5, 2:5], lab[30:34, 3:6], lab[5:8, 33:37], lab[33:37, 33:37] = 1, 2, 3, 4
    cost[lab > 0] = 1.0
    raw = B.barrier_improvement(cost, lab, radii=[2.0, 4.0], per_length=False, only_positive=False,
                                pairs="all")
    lcd_max = max(p[2] for p in raw.pairs)
    assert np.nanmax(raw.score) <= lcd_max
    assert np.nanmax(raw.score) > 0
    assert np.all(np.isnan(raw.score[np.isnan(cost)]))
    mx = B.barrier_improvement(cost, lab, radii=[2.0, 4.0], pairs="all")
    sm = B.barrier_improvement(cost, lab, radii=[2.0, 4.0], pairs="all", aggregate="sum")
    ok = np.isfinite(mx.score)
    assert np.all(sm.score[ok] >= mx.score[ok] - 1e-9)
    # the pair cap keeps fewer pairs
    cap = sorted(p[2] for p in raw.pairs)[2]
    capped = B.barrier_improvement(cost, lab, radii=[2.0], pairs="all", max_lcd=cap)
    assert len(capped.pairs) == 3


def test_disk_minimum_brute_force():
    rng = np.random.default_rng(1)
    a = rng.random((15, 17))
    a[3, 4] = np.nan
    for r in (0.5, 1.0, 1.5, 2.9, 3.0):
        got = B.disk_minimum(a, radius_cells=r)
        k = int(r)
        exp = np.full(a.shape, np.inf)
        for i in range(a.shape[0]):
            for j in range(a.shape[1]):
                for dy in range(-k, k + 1):
                    for dx in range(-k, k + 1):
                        y, x = i + dy, j + dx
                        if dy * dy + dx * dx <= r * r and 0 <= y < a.shape[0] and 0 <= x < a.shape[1]:
                            if np.isfinite(a[y, x]):
                                exp[i, j] = min(exp[i, j], a[y, x])
        np.testing.assert_array_equal(got, exp)


def test_strongest_mask_and_errors():
    s = np.array([[0.0, 1.0, 2.0], [3.0, 4.0, np.nan]])
    m, cut = B.strongest_mask(s, percentile=75)
    assert cut == pytest.approx(3.25) and m.sum() == 1 and m[1, 1]
    m, cut = B.strongest_mask(s, threshold=2.0)
    assert cut == 2.0 and m.sum() == 3
    cost, lab = _corridor()
    with pytest.raises(ValueError):
        B.barrier_improvement(cost, lab, radii=[0.0])
    with pytest.raises(ValueError):
        B.barrier_improvement(cost, np.where(lab == 1, 1, 0), radii=[1.0])
    with pytest.raises(ValueError):
        B.barrier_improvement(cost, lab, radii=[1.0], aggregate="mean")
