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


def _per_pair_reference(cost, lab, radii, pairs, only_positive, per_length, aggregate):
    """The per-pair formulation (one best-over-radii raster per pair, then pairs in order, ties to the
    earlier pair and radius), written out from the method for comparison with the streamed one."""
    from eco_restore_plugin.core import costdistance as cd
    cwd = {s: cd.cost_distance(cost, lab == s, units="map").cost for s in {v for p in pairs for v in p}}
    score = np.full(cost.shape, -np.inf) if aggregate == "max" else np.zeros(cost.shape)
    top, best_r = np.full(cost.shape, -np.inf), np.full(cost.shape, np.nan)
    fr = np.zeros(cost.shape, dtype=np.int64)
    for a, b in pairs:
        vals = cwd[a][lab == b]
        lcd = float(vals[np.isfinite(vals)].min())
        pb, pr = np.full(cost.shape, -np.inf), np.full(cost.shape, np.nan)
        for R in radii:
            with np.errstate(invalid="ignore"):
                imp = lcd - (B.disk_minimum(cwd[a], radius_cells=R) + B.disk_minimum(cwd[b], radius_cells=R)
                             + 2.0 * R)
            imp[~np.isfinite(imp)] = -np.inf
            imp = imp / (2.0 * R) if per_length else imp
            pr[imp > pb] = R
            pb = np.maximum(pb, imp)
        v = np.where(pb > 0, pb, 0.0) if only_positive else pb
        better = v > top
        top[better] = v[better]
        if aggregate == "max":
            score[better] = v[better]
        else:
            score += np.where(np.isfinite(v), v, 0.0)
        best_r[better], fr[better] = pr[better], a
    score[~np.isfinite(score)] = 0.0 if only_positive else np.nan
    if only_positive:
        best_r[~(score > 0)], fr[~(score > 0)] = np.nan, 0
    score[np.isnan(cost)], best_r[np.isnan(cost)], fr[np.isnan(cost)] = np.nan, np.nan, 0
    return score, best_r, fr


@pytest.mark.parametrize("two_processes", [False, True])
def test_streamed_best_equals_per_pair_with_ties(two_processes, monkeypatch):
    # integer resistances make equal scores of different pairs and radii common: the first pair and, for
    # it, the first radius must win, as in the per-pair formulation; the two-process path (forked child
    # for half of the cost distances and of the window rows) gives the same numbers
    monkeypatch.setattr(B, "PARALLEL_MIN_CELLS", 0 if two_processes else 10 ** 12)
    monkeypatch.setenv("ECO_RESTORE_CIRCUIT_WORKERS", "2")
    rng = np.random.default_rng(7)
    for case in range(4):
        cost = rng.integers(1, 4, (24, 31)).astype(float)
        cost[rng.random(cost.shape) < 0.04] = np.nan
        lab = np.zeros(cost.shape, int)
        for i, (r, c) in enumerate([(1, 1), (20, 2), (2, 27), (19, 26)], start=1):
            lab[r:r + 2, c:c + 2] = i
        cost[lab > 0] = 1.0
        pairs = [(1, 2), (1, 3), (1, 4), (2, 3), (2, 4), (3, 4)]
        only_positive, per_length = case % 2 == 0, case < 2
        for aggregate in ("max", "sum"):
            got = B.barrier_improvement(cost, lab, radii=[1.0, 2.0, 3.0], pairs=pairs, only_positive=only_positive,
                                        per_length=per_length, aggregate=aggregate)
            score, best_r, fr = _per_pair_reference(cost, lab, [1.0, 2.0, 3.0], pairs, only_positive, per_length,
                                                    aggregate)
            np.testing.assert_array_equal(got.score, score)
            np.testing.assert_array_equal(got.best_radius, best_r)
            np.testing.assert_array_equal(got.from_id, fr)
    assert np.isfinite(got.score).any()


def test_equal_scores_go_to_the_earlier_pair():
    # a pair reaching the best score only at a larger radius still wins over a later pair that reached the
    # same score at a smaller radius (per-pair formulation: best over radii first, then pairs in order)
    rng = np.random.default_rng(6)
    cost = rng.integers(1, 3, (12, 16)).astype(float)
    lab = np.zeros(cost.shape, int)
    lab[0, 0], lab[11, 0], lab[0, 15], lab[11, 15] = 1, 2, 3, 4
    pairs = [(1, 2), (1, 3), (1, 4), (2, 3), (2, 4), (3, 4)]
    got = B.barrier_improvement(cost, lab, radii=[1.0, 2.0, 3.0], pairs=pairs, per_length=False)
    score, best_r, fr = _per_pair_reference(cost, lab, [1.0, 2.0, 3.0], pairs, True, False, "max")
    np.testing.assert_array_equal(got.score, score)
    np.testing.assert_array_equal(got.best_radius, best_r)
    np.testing.assert_array_equal(got.from_id, fr)


def test_label_peaks_equal_argmax_per_label():
    """Each barrier patch's highest cell in one pass: the same cell as np.argmax over the patch (first of
    equal scores in row order), -1 for a label without a cell."""
    rng = np.random.default_rng(12)
    score = np.round(rng.random((60, 70)) * 20) / 4          # many ties
    lab = rng.integers(0, 9, score.shape)
    lab[lab == 7] = 0                                         # label 7 has no cell
    got = B.label_peaks(score, lab, 8)
    for v in range(1, 9):
        if v == 7:
            assert got[v - 1] == -1
            continue
        want = int(np.argmax(np.where(lab == v, score, -np.inf)))
        assert got[v - 1] == want
    assert B.label_peaks(score, np.zeros_like(lab), 3).tolist() == [-1, -1, -1]
