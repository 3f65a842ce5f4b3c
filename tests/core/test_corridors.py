"""Tests of core.corridors (Linkage Mapper method) on hand-built landscapes."""
import math

import numpy as np
import pytest

from eco_restore_plugin.core import corridors as co


def two_sources(shape=(7, 11)):
    lab = np.zeros(shape, int)
    lab[3, 1] = 1
    lab[3, 9] = 2
    return lab


def test_uniform_surface_straight_corridor():
    cost = np.full((7, 11), 3.0)
    res = co.least_cost_corridors(cost, two_sources(), cellsize=10.0, width=0.0)
    assert len(res.links) == 1
    link = res.links[0]
    assert (link.a, link.b) == (1, 2)
    # 8 east steps of cost 3 x 10 m
    assert link.lcd == pytest.approx(240.0)
    assert link.path == [(3, c) for c in range(1, 10)]
    assert link.path_length == pytest.approx(80.0)
    assert link.euclidean == pytest.approx(80.0)
    assert link.cwd_to_euclidean == pytest.approx(3.0)
    assert link.lcp_to_euclidean == pytest.approx(1.0)
    # normalized corridor is 0 along the straight line, > 0 off it
    np.testing.assert_allclose(res.normalized[3, 1:10], 0.0, atol=1e-9)
    assert np.all(res.normalized[2, 1:10] > 0)
    # width 0 keeps exactly the straight line
    assert res.mask.sum() == 9 and res.mask[3, 1:10].all()
    # one row off the line, cell (2, 5): from A (3,1) 1 diagonal + 3 east steps = 30 (sqrt2 + 3),
    # the same from B (3,9); minus LCD 240
    want = 2 * 30 * (math.sqrt(2) + 3) - 240
    assert res.normalized[2, 5] == pytest.approx(want)


def test_barrier_forces_detour():
    cost = np.ones((7, 11))
    cost[0:6, 5] = np.nan  # wall, gap at the bottom row
    res = co.least_cost_corridors(cost, two_sources(), width=None)
    link = res.links[0]
    assert (6, 5) in link.path
    assert all(np.isfinite(cost[p]) for p in link.path)
    # (3,1)->(6,4): 3 diag; (6,4)->(6,6): 2; (6,6)->(3,9): 3 diag
    assert link.lcd == pytest.approx(2 + 6 * math.sqrt(2))
    assert link.path_length == pytest.approx(2 + 6 * math.sqrt(2))
    assert link.cwd_to_euclidean == pytest.approx((2 + 6 * math.sqrt(2)) / 8)
    assert res.mask[6, 5] and not res.mask[3, 5]
    np.testing.assert_allclose([res.normalized[p] for p in link.path], 0.0, atol=1e-9)


def test_adjacent_pairs_skip_non_neighbours_and_cap():
    cost = np.ones((3, 21))
    lab = np.zeros((3, 21), int)
    lab[1, 0], lab[1, 10], lab[1, 20] = 1, 2, 3
    res = co.least_cost_corridors(cost, lab)
    assert [(l.a, l.b) for l in res.links] == [(1, 2), (2, 3)]
    allp = co.least_cost_corridors(cost, lab, pairs="all")
    assert [(l.a, l.b) for l in allp.links] == [(1, 2), (1, 3), (2, 3)]
    assert allp.links[1].lcd == pytest.approx(20.0)
    capped = co.least_cost_corridors(cost, lab, pairs="all", max_lcd=15)
    assert [(l.a, l.b) for l in capped.links] == [(1, 2), (2, 3)]


def test_adjacent_pairs_from_allocation():
    alloc = np.array([[1, 1, 2, 2],
                      [1, 1, 2, 2],
                      [3, 3, 0, 4]])
    assert co.adjacent_pairs(alloc) == [(1, 2), (1, 3), (2, 3), (2, 4)]


def test_edge_distance_between_blocks():
    a = np.zeros((10, 10), bool)
    b = np.zeros((10, 10), bool)
    a[0:3, 0:3] = True
    b[6:9, 7:10] = True
    # nearest centres (2,2) and (6,7): dy = 4 * 20, dx = 5 * 10
    assert co.edge_distance(a, b, cellsize=(20, 10)) == pytest.approx(math.hypot(80, 50))


def test_needs_two_sources():
    one = np.zeros((3, 3), int)
    one[1, 1] = 1
    with pytest.raises(ValueError):
        co.least_cost_corridors(np.ones((3, 3)), one)
    with pytest.raises(ValueError):
        co.least_cost_corridors(np.ones((3, 3)), one + 2 * np.eye(3, dtype=int)[::-1] * (one == 0),
                                pairs="nearest")


@pytest.mark.parametrize("knight", [False, True])
def test_delta_and_sweep_give_the_same_corridors(knight):
    """The default cost distance ("delta") and the sweep: the same LCDs, paths and normalized corridors."""
    rng = np.random.default_rng(4)
    cost = 1 + rng.random((30, 40)) * 9
    cost[rng.random((30, 40)) < 0.1] = np.nan
    lab = np.zeros((30, 40), int)
    for i, (r, c) in enumerate([(2, 3), (25, 5), (15, 35), (3, 30)]):
        lab[r, c] = i + 1
        cost[r, c] = 1.0
    de = co.least_cost_corridors(cost, lab, pairs="all", knight=knight, cellsize=30.0)
    sw = co.least_cost_corridors(cost, lab, pairs="all", knight=knight, cellsize=30.0, method="sweep")
    assert len(de.links) == 6
    assert [(l.a, l.b, l.lcd, l.path) for l in de.links] == [(l.a, l.b, l.lcd, l.path) for l in sw.links]
    np.testing.assert_array_equal(de.normalized, sw.normalized)
    np.testing.assert_array_equal(de.mask, sw.mask)
