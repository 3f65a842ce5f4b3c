"""The bucketed search (method="delta", the default) against the sweep and Dijkstra: the same costs bit
for bit, and the same back-links and allocation as the sweep (first move attaining a cell's cost,
the source its back-links lead to), on random and terrain-like surfaces with nodata and many sources,
8 neighbours and knight's moves, and on the cases that take the allocation fallback (zero-cost cells,
steps below the rounding of the costs)."""
import numpy as np
import pytest

from benchmarks.terrain import landcover_x_slope
from eco_restore_plugin.core import costdistance as cd
from eco_restore_plugin.core._progress import Cancelled


def _sources(cost, n, seed, labels=None):
    rng = np.random.default_rng(seed)
    src = np.zeros(cost.shape, np.int64)
    valid = np.flatnonzero(np.isfinite(cost))
    cells = rng.choice(valid, size=n, replace=False)
    src.ravel()[cells] = np.arange(1, n + 1) * 5 if labels is None else labels
    return src


def _random(seed, shape, integer=False, nan_frac=0.15):
    rng = np.random.default_rng(seed)
    cost = rng.integers(1, 4, size=shape).astype(float) if integer else 0.5 + rng.random(shape) * 20
    cost[rng.random(shape) < nan_frac] = np.nan
    cost[shape[0] // 3, 2:] = np.nan  # a wall with a gap: long detours
    return cost


def _same_as_sweep_and_dijkstra(cost, src, **kw):
    de = cd.cost_distance(cost, src, method="delta", **kw)
    sw = cd.cost_distance(cost, src, method="sweep", **kw)
    dj = cd.cost_distance(cost, src, method="dijkstra", **kw)
    np.testing.assert_array_equal(de.cost, dj.cost)  # bit for bit, NaN where unreached
    np.testing.assert_array_equal(de.cost, sw.cost)
    np.testing.assert_array_equal(de.backlink, sw.backlink)
    np.testing.assert_array_equal(de.allocation, sw.allocation)
    assert de.cost.dtype == np.float64 and de.allocation.dtype == np.int64 and de.backlink.dtype == np.int8
    reached = ~np.isnan(de.cost)
    assert np.all(de.allocation[~reached] == 0) and np.all(de.backlink[~reached] == cd.NO_LINK)
    on = (src != 0) & ~np.isnan(cost)
    assert np.all(de.cost[on] == 0) and np.all(de.backlink[on] == cd.NO_LINK)
    return de


@pytest.mark.parametrize("knight", [False, True])
@pytest.mark.parametrize("seed,integer,kw", [
    (0, False, {}),
    (1, False, {"cellsize": (20.0, 30.0), "units": "cell"}),
    (2, True, {"cellsize": 25.0}),  # many exact ties
    (3, False, {"max_cost": 40.0}),
    (4, True, {"max_cost": 150.0, "cellsize": (30.0, 20.0)}),
])
def test_random_surfaces(knight, seed, integer, kw):
    cost = _random(seed, (53, 67), integer=integer)
    src = _sources(cost, 25, seed)
    de = _same_as_sweep_and_dijkstra(cost, src, knight=knight, **kw)
    if "max_cost" in kw:
        reached = ~np.isnan(de.cost)
        assert reached.sum() < np.isfinite(cost).sum() and np.nanmax(de.cost) <= kw["max_cost"]


@pytest.mark.parametrize("knight", [False, True])
def test_terrain_surface(knight):
    cost, _ = landcover_x_slope(150, seed=3)
    assert np.isnan(cost).any()
    src = _sources(cost, 30, 3)
    de = _same_as_sweep_and_dijkstra(cost, src, knight=knight, cellsize=30.0)
    assert len(np.unique(de.allocation[de.allocation > 0])) == 30


@pytest.mark.parametrize("knight", [False, True])
def test_zero_cost_cells_take_the_allocation_fallback(knight):
    """Zero-cost steps leave costs equal, back-links may form cycles: the allocation follows the
    back-links and resolves plateaus exactly as the sweep's."""
    cost = _random(7, (40, 45), integer=True)
    cost[5:20, 4:30] = 0.0
    cost[25:35, 10:40:3] = 0.0
    src = _sources(cost, 12, 7)
    src[6, 5] = 99  # a source on the plateau
    cost[6, 5] = 0.0
    _same_as_sweep_and_dijkstra(cost, src, knight=knight)


def test_steps_below_the_rounding_of_the_costs():
    """Costs of 1e18 next to costs of 1e-3: adding a cheap step to a large cost leaves it unchanged."""
    rng = np.random.default_rng(8)
    cost = np.where(rng.random((30, 35)) < 0.5, 1e18, 1e-3)
    cost[rng.random((30, 35)) < 0.1] = np.nan
    src = _sources(cost, 6, 8)
    for knight in (False, True):
        _same_as_sweep_and_dijkstra(cost, src, knight=knight)


def test_source_labels_and_shared_cells():
    cost = _random(9, (20, 25))
    big = np.array([2 ** 40, -3, 7], dtype=np.int64)
    src = _sources(cost, 3, 9, labels=big)
    de = _same_as_sweep_and_dijkstra(cost, src)
    assert set(np.unique(de.allocation)) <= {0, 2 ** 40, -3, 7}
    # two sources on one cell (a list of cells labels them 1, 2, ...): the later label
    r, c = np.argwhere(np.isfinite(cost))[0]
    r2, c2 = np.argwhere(np.isfinite(cost))[-1]
    res = cd.cost_distance(cost, [(r, c), (r2, c2), (r, c)])
    sw = cd.cost_distance(cost, [(r, c), (r2, c2), (r, c)], method="sweep")
    assert res.allocation[r, c] == 3 and res.allocation[r2, c2] == 2
    np.testing.assert_array_equal(res.allocation, sw.allocation)


def test_progress_and_cancel():
    cost = _random(10, (60, 60))
    seen = []
    cd.cost_distance(cost, [(0, 0)], progress=seen.append)
    assert len(seen) > 3 and seen == sorted(seen) and seen[-1] == 1.0
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        cd.cost_distance(cost, [(0, 0)], cancelled=cancel)
    assert len(calls) == 3


@pytest.mark.parametrize("knight", [False, True])
def test_small_blocks_and_edge_cells(knight, monkeypatch):
    """Buckets pushed in several blocks (a block's targets still pending in a later block wait for
    it), and moves off the raster from cells on its edges (no padding: their flat offsets wrap round
    a row), on rasters down to a single row or column: the same costs, back-links and allocation."""
    from eco_restore_plugin.core.costdistance import buckets
    monkeypatch.setattr(buckets, "_BLOCK", 7)
    push = buckets._push

    def push_distinct(cf, D, S, st):  # no cell is pushed twice at once (else work multiplies)
        assert np.unique(S).size == S.size
        return push(cf, D, S, st)

    monkeypatch.setattr(buckets, "_push", push_distinct)
    cost = _random(11, (41, 38), nan_frac=0.05)
    src = _sources(cost, 9, 11)
    src[0, 0] = src[-1, -1] = src[0, -1] = src[-1, 0] = 77  # corners
    cost[0, 0] = cost[-1, -1] = cost[0, -1] = cost[-1, 0] = 3.0
    _same_as_sweep_and_dijkstra(cost, src, knight=knight, cellsize=(30.0, 20.0))
    for shape in ((1, 9), (9, 1), (2, 2), (3, 4), (4, 3), (2, 7)):
        cost = 0.5 + np.random.default_rng(12).random(shape) * 20
        src = np.zeros(shape, np.int64)
        src[-1, -1] = 4
        de = _same_as_sweep_and_dijkstra(cost, src, knight=knight)
        assert np.all(de.allocation == 4) and not np.isnan(de.cost).any()
