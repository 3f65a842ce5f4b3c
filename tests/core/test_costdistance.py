"""Tests of core.costdistance against the GRASS r.cost manual example, GRASS itself and invariants."""
import math
import os
import shutil
import subprocess
import tempfile

import numpy as np
import pytest

from eco_restore_plugin.core import costdistance as cd
from eco_restore_plugin.core._progress import Cancelled
from tests.conftest import peer_path


def read_asc(path):
    with open(path) as f:
        head = {}
        for _ in range(6):
            k, v = f.readline().split()
            head[k.lower()] = float(v)
        data = np.loadtxt(f, dtype=np.float64)
    data[data == head["nodata_value"]] = np.nan
    return data


@pytest.mark.peer
@pytest.mark.parametrize("knight,expected", [(False, "expected_cumcost_8nbr.asc"),
                                             (True, "expected_cumcost_knight_k.asc")])
def test_grass_manual_example(knight, expected):
    cost = read_asc(peer_path("grass_rcost", "cost_surface.asc"))
    start = read_asc(peer_path("grass_rcost", "start_raster.asc"))
    want = read_asc(peer_path("grass_rcost", expected))
    res = cd.cost_distance(cost, np.nan_to_num(start).astype(int), knight=knight, units="cell")
    got = cd.round_like_grass(res.cost)
    if knight:
        # NOTES.md: the manual's (GRASS 5) value 9 at row 6, col 4 (1-based) is not what the
        # present r.cost formula gives (8.385 -> 8); every other cell must match.
        assert res.cost[5, 3] == pytest.approx(8.385, abs=1e-3)
        assert got[5, 3] == 8 and want[5, 3] == 9
        got[5, 3] = want[5, 3]
    np.testing.assert_array_equal(got, want)
    assert res.cost[4, 5] == 0
    assert np.all(res.allocation == 1)


def test_uniform_surface_hand_values():
    cost = np.full((5, 7), 2.0)
    res = cd.cost_distance(cost, [(2, 0)], cellsize=10.0)
    # straight east: 6 steps x cost 2 x 10 m
    assert res.cost[2, 6] == pytest.approx(120.0)
    # two diagonal steps then four east: 2*2*10*sqrt2 + 4*2*10
    assert res.cost[0, 6] == pytest.approx(40 * math.sqrt(2) + 80)
    # knight's move on uniform cost: 2 * sqrt(5) * 10 for (1, 2)
    rk = cd.cost_distance(cost, [(2, 0)], knight=True, cellsize=10.0)
    assert rk.cost[1, 2] == pytest.approx(20 * math.sqrt(5))
    assert res.cost[1, 2] == pytest.approx(20 * math.sqrt(2) + 20)


def test_anisotropic_cells_and_units():
    cost = np.ones((3, 3))
    m = cd.cost_distance(cost, [(1, 1)], cellsize=(20.0, 10.0))
    assert m.cost[0, 1] == pytest.approx(20.0)
    assert m.cost[1, 0] == pytest.approx(10.0)
    assert m.cost[0, 0] == pytest.approx(math.hypot(20, 10))
    c = cd.cost_distance(cost, [(1, 1)], cellsize=(20.0, 10.0), units="cell")
    assert c.cost[0, 1] == pytest.approx(2.0)  # NS factor nsres / ewres
    assert c.cost[1, 0] == pytest.approx(1.0)


def test_barrier_detour_allocation_backlink_and_trace():
    cost = np.ones((5, 5))
    cost[0:4, 2] = np.nan  # wall with a gap at the bottom row
    src = np.zeros((5, 5), int)
    src[0, 0] = 7
    res = cd.cost_distance(cost, src)
    assert np.isnan(res.cost[0, 2])
    # hand: (0,0) -> (4,2) is 2 diagonal + 2 straight steps, and the same again up to (0,4)
    path = cd.trace_path(res.backlink, (0, 4))
    assert path[0] == (0, 4) and path[-1] == (0, 0)
    assert all(not np.isnan(cost[p]) for p in path)
    assert (4, 2) in path  # only way round the wall
    # the cost at the end equals the sum of r.cost step costs along the traced path
    total = sum((cost[a] + cost[b]) / 2 * math.hypot(a[0] - b[0], a[1] - b[1])
                for a, b in zip(path[:-1], path[1:]))
    assert res.cost[0, 4] == pytest.approx(total)
    assert res.cost[0, 4] == pytest.approx(4 + 4 * math.sqrt(2))
    assert np.all(res.allocation[~np.isnan(cost)] == 7)
    assert res.backlink[0, 0] == cd.NO_LINK


def test_nearest_source_allocation_and_max_cost():
    cost = np.ones((1, 9))
    src = np.zeros((1, 9), int)
    src[0, 0], src[0, 8] = 1, 2
    res = cd.cost_distance(cost, src)
    np.testing.assert_allclose(res.cost[0], [0, 1, 2, 3, 4, 3, 2, 1, 0])
    assert list(res.allocation[0, :4]) == [1] * 4 and list(res.allocation[0, 5:]) == [2] * 4
    lim = cd.cost_distance(cost, src, max_cost=2.5)
    assert np.isnan(lim.cost[0, 3:6]).all() and lim.cost[0, 2] == 2
    assert (lim.allocation[0, 3:6] == 0).all()


def test_knight_move_not_past_barrier():
    cost = np.ones((3, 3))
    cost[1, 0] = np.nan
    cost[1, 1] = np.nan
    res = cd.cost_distance(cost, [(0, 0)], knight=True)
    # (0,0)->(2,1) would pass beside (1,0) and (1,1): not allowed; go round via column 2
    # hand: E to (0,1), SE to (1,2), SW to (2,1) = 1 + 2 sqrt2 (every knight's move is blocked)
    assert res.cost[2, 1] == pytest.approx(1 + 2 * math.sqrt(2))


def test_progress_and_cancel():
    seen = []
    cd.cost_distance(np.ones((4, 4)), [(0, 0)], progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(Cancelled):
        cd.cost_distance(np.ones((4, 4)), [(0, 0)], cancelled=lambda: True)


def test_errors():
    with pytest.raises(ValueError):
        cd.cost_distance(np.ones((3, 3)), [(0, 0)], units="furlong")
    with pytest.raises(ValueError):
        cd.cost_distance(-np.ones((3, 3)), [(0, 0)])
    c = np.ones((3, 3))
    c[0, 0] = np.nan
    with pytest.raises(ValueError):
        cd.cost_distance(c, [(0, 0)])


GRASS_SCRIPT = """set -e
r.in.ascii input=cost.txt output=cost type=DCELL --q
r.in.ascii input=start.txt output=start type=CELL --q
g.region raster=cost
r.cost {flags} input=cost output=cum start_raster=start --q
r.out.ascii input=cum output=cum.txt precision=17 null_value=nan -h --q
"""


def run_grass_rcost(cost, start, nsres, ewres, knight):
    nr, nc = cost.shape
    tmp = tempfile.mkdtemp()
    try:
        head = "north: {}\nsouth: 0\neast: {}\nwest: 0\nrows: {}\ncols: {}\nnull: *\n".format(
            nr * nsres, nc * ewres, nr, nc)
        with open(os.path.join(tmp, "cost.txt"), "w") as f:
            f.write(head)
            for row in cost:
                f.write(" ".join("*" if np.isnan(v) else repr(float(v)) for v in row) + "\n")
        with open(os.path.join(tmp, "start.txt"), "w") as f:
            f.write(head)
            for row in start:
                f.write(" ".join(str(int(v)) if v else "*" for v in row) + "\n")
        with open(os.path.join(tmp, "g.sh"), "w") as f:
            f.write(GRASS_SCRIPT.format(flags="-k" if knight else ""))
        out = subprocess.run(["grass", "--tmp-location", "XY", "--exec", "bash", "g.sh"], cwd=tmp,
                             capture_output=True, text=True, timeout=300)
        assert out.returncode == 0, out.stderr
        return np.loadtxt(os.path.join(tmp, "cum.txt"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.mark.peer
@pytest.mark.slow
@pytest.mark.skipif(shutil.which("grass") is None, reason="GRASS GIS ('grass') is not on PATH")
@pytest.mark.parametrize("knight", [False, True])
def test_against_grass_rcost(knight):
    from scipy import ndimage
    rng = np.random.default_rng(5)
    cost = 1 + 50 * ndimage.gaussian_filter(rng.random((200, 200)), 3)
    cost = cost + rng.random((200, 200))
    start = np.zeros((200, 200), int)
    for i, (r, c) in enumerate(rng.integers(0, 200, size=(6, 2))):
        start[r, c] = i + 1
    nsres, ewres = 20.0, 30.0
    want = run_grass_rcost(cost, start, nsres, ewres, knight)
    got = cd.cost_distance(cost, start, knight=knight, cellsize=(nsres, ewres), units="cell")
    np.testing.assert_allclose(got.cost, want, rtol=1e-6, atol=1e-9)


@pytest.mark.peer
@pytest.mark.slow
@pytest.mark.skipif(shutil.which("grass") is None, reason="GRASS GIS ('grass') is not on PATH")
@pytest.mark.parametrize("knight", [False, True])
def test_against_grass_rcost_with_null_barriers(knight):
    """25 % NULL cells: same reachability and costs as r.cost (diagonals pass between NULLs,
    knight's moves do not pass beside a NULL)."""
    rng = np.random.default_rng(1)
    cost = 1 + rng.random((40, 40)) * 5
    cost[rng.random((40, 40)) < 0.25] = np.nan
    start = np.zeros((40, 40), int)
    start[20, 20] = 1
    cost[20, 20] = 1.0
    want = run_grass_rcost(cost, start, 1.0, 1.0, knight)
    got = cd.cost_distance(cost, start, knight=knight, units="cell").cost
    np.testing.assert_array_equal(np.isnan(got), np.isnan(want))
    assert np.isnan(got).sum() > 400
    np.testing.assert_allclose(got, want, rtol=1e-9, equal_nan=True)


def _random_case(seed, shape, integer_costs=False, nan_frac=0.2, n_src=5):
    rng = np.random.default_rng(seed)
    if integer_costs:
        cost = rng.integers(1, 4, size=shape).astype(float)  # many exact ties
    else:
        cost = 0.5 + rng.random(shape) * 10
    cost[rng.random(shape) < nan_frac] = np.nan
    # a NaN wall with one gap, so some regions are reached only by long detours
    cost[shape[0] // 2, : shape[1] - 3] = np.nan
    src = np.zeros(shape, int)
    cells = rng.choice(shape[0] * shape[1], size=n_src, replace=False)
    src.ravel()[cells] = np.arange(1, n_src + 1) * 3  # labels 3, 6, ...
    return cost, src


def _tied_and_winners(cost, src, **kw):
    """Per cell: the set of labels attaining the minimum (one Dijkstra run per label)."""
    labels = np.unique(src[src != 0])
    per = []
    for lab in labels:
        one = np.where(src == lab, lab, 0)
        if np.isnan(cost[one != 0]).all():
            per.append(np.full(cost.shape, np.inf))
            continue
        d = cd.cost_distance(cost, one, method="dijkstra", **kw).cost
        per.append(np.where(np.isnan(d), np.inf, d))
    per = np.array(per)
    best = per.min(axis=0)
    winners = per == best
    return labels, winners, winners.sum(axis=0) > 1


@pytest.mark.parametrize("seed,integer_costs,kw", [
    (0, False, {}),
    (1, False, {"cellsize": (20.0, 30.0)}),
    (2, False, {"cellsize": (20.0, 30.0), "units": "cell"}),
    (3, True, {}),
    (4, True, {"cellsize": 25.0}),
    (5, False, {"max_cost": 150.0}),
])
@pytest.mark.parametrize("method", ["delta", "sweep"])
def test_graph_free_equals_dijkstra_random(method, seed, integer_costs, kw):
    cost, src = _random_case(seed, (47, 61), integer_costs=integer_costs)
    sw = cd.cost_distance(cost, src, method=method, **kw)
    dj = cd.cost_distance(cost, src, method="dijkstra", **kw)
    # same reached cells, same costs (the sweep forms the same floating-point sums)
    np.testing.assert_array_equal(np.isnan(sw.cost), np.isnan(dj.cost))
    np.testing.assert_allclose(sw.cost, dj.cost, rtol=1e-9, atol=0, equal_nan=True)
    assert sw.cost.dtype == np.float64 and sw.allocation.dtype == np.int64
    assert sw.backlink.dtype == np.int8
    reached = ~np.isnan(dj.cost)
    assert np.all(sw.allocation[~reached] == 0)
    assert np.all(sw.backlink[~reached] == cd.NO_LINK)
    kw_nolimit = {k: v for k, v in kw.items() if k != "max_cost"}
    labels, winners, tied = _tied_and_winners(cost, src, **kw_nolimit)
    if integer_costs and seed == 3:
        assert tied[reached].any()  # the case really has ties
    untied = reached & ~tied
    np.testing.assert_array_equal(sw.allocation[untied], dj.allocation[untied])
    # tied cells: the sweep's label is one of the tied ones
    lab_index = {lab: i for i, lab in enumerate(labels)}
    for r, c in zip(*np.nonzero(reached & tied)):
        assert winners[lab_index[sw.allocation[r, c]], r, c]
    # back-links: every reached cell traces to a source of its own label, and the step costs
    # along the path add up to its accumulated cost
    ns, ew = cd._factors(kw.get("cellsize", 1.0), kw.get("units", "map"))
    rng = np.random.default_rng(seed)
    rr, cc = np.nonzero(reached)
    for i in rng.choice(len(rr), size=min(60, len(rr)), replace=False):
        path = cd.trace_path(sw.backlink, (rr[i], cc[i]))
        end = path[-1]
        assert src[end] == sw.allocation[rr[i], cc[i]]
        assert sw.cost[end] == 0
        total = sum((cost[a] + cost[b]) / 2 * math.hypot((a[0] - b[0]) * ns, (a[1] - b[1]) * ew)
                    for a, b in zip(path[:-1], path[1:]))
        assert total == pytest.approx(sw.cost[rr[i], cc[i]], rel=1e-9)
    # sources
    on = (src != 0) & ~np.isnan(cost)
    assert np.all(sw.cost[on] == 0) and np.all(sw.backlink[on] == cd.NO_LINK)
    np.testing.assert_array_equal(sw.allocation[on], src[on])


@pytest.mark.parametrize("method", [None, "sweep"])
def test_long_detours_and_progress(method):
    # a spiral-like maze forces many sweep rounds (the default, "delta", has no rounds)
    cost = np.ones((40, 40))
    for k, r in enumerate(range(3, 38, 4)):
        if k % 2:
            cost[r, 1:] = np.nan
        else:
            cost[r, :-1] = np.nan
    seen = []
    res = cd.cost_distance(cost, [(0, 0), (39, 39)], progress=seen.append, method=method)
    dj = cd.cost_distance(cost, [(0, 0), (39, 39)], method="dijkstra")
    np.testing.assert_array_equal(res.cost, dj.cost)
    assert len(seen) > 5 and seen == sorted(seen) and seen[-1] == 1.0


@pytest.mark.parametrize("method", [None, "sweep"])
def test_graph_free_cancel_and_method_errors(method):
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 1  # cancel after the first sweep round / at the first bucket

    cost = np.ones((30, 30))
    cost[10, :-1] = np.nan
    cost[20, 1:] = np.nan
    with pytest.raises(Cancelled):
        cd.cost_distance(cost, [(0, 0)], cancelled=cancel, method=method)
    assert len(calls) == 2
    with pytest.raises(ValueError):
        cd.cost_distance(cost, [(0, 0)], method="fmm")


@pytest.mark.parametrize("seed,integer_costs,kw", [
    (10, False, {}),
    (11, False, {"cellsize": (20.0, 30.0), "units": "cell"}),
    (12, True, {"cellsize": 25.0}),
    (13, False, {"max_cost": 120.0}),
])
@pytest.mark.parametrize("method", ["delta", "sweep"])
def test_knight_graph_free_equals_knight_dijkstra(method, seed, integer_costs, kw):
    """The graph-free knight's-move solvers form every step cost as the graph does: the same costs bit
    for bit, and back-links whose step costs add up to the cost (4-cell mean for knight's moves)."""
    cost, src = _random_case(seed, (41, 53), integer_costs=integer_costs, nan_frac=0.1)
    sw = cd.cost_distance(cost, src, knight=True, method=method, **kw)
    dj = cd.cost_distance(cost, src, knight=True, method="dijkstra", **kw)
    np.testing.assert_array_equal(sw.cost, dj.cost)
    reached = ~np.isnan(dj.cost)
    if not integer_costs:
        np.testing.assert_array_equal(sw.allocation[reached], dj.allocation[reached])
    assert np.all(sw.allocation[~reached] == 0)
    assert set(np.unique(sw.backlink[reached])) <= set(range(-1, 16))
    assert (sw.backlink[reached] >= 8).any()  # knight's moves are used
    ns, ew = cd._factors(kw.get("cellsize", 1.0), kw.get("units", "map"))
    rr, cc = np.nonzero(reached)
    rng = np.random.default_rng(seed)
    for i in rng.choice(len(rr), size=40, replace=False):
        path = cd.trace_path(sw.backlink, (rr[i], cc[i]))
        assert src[path[-1]] == sw.allocation[rr[i], cc[i]]
        total = 0.0
        for a, b in zip(path[:-1], path[1:]):
            dr, dc = a[0] - b[0], a[1] - b[1]
            cells = [cost[a], cost[b]]
            if max(abs(dr), abs(dc)) == 2:
                # the two cells the move b -> a passes beside
                if abs(dr) == 2:
                    cells += [cost[b[0] + dr // 2, b[1]], cost[b[0] + dr // 2, b[1] + dc]]
                else:
                    cells += [cost[b[0], b[1] + dc // 2], cost[b[0] + dr, b[1] + dc // 2]]
            total += np.mean(cells) * math.hypot(dr * ns, dc * ew)
        assert total == pytest.approx(sw.cost[rr[i], cc[i]], rel=1e-9)


@pytest.mark.parametrize("method", ["delta", "sweep"])
@pytest.mark.parametrize("knight", [False, True])
def test_zero_cost_plateau_back_links_reach_a_source(knight, method):
    """Cells of zero cost have equal accumulated costs, so the first neighbour attaining a cell's
    cost may point back into the plateau (a cycle): every back-link must still end at a source."""
    cost = np.full((12, 15), 2.0)
    cost[3:9, 2:13] = 0.0
    res = cd.cost_distance(cost, [(0, 0), (11, 14)], knight=knight, method=method)
    dj = cd.cost_distance(cost, [(0, 0), (11, 14)], knight=knight, method="dijkstra")
    np.testing.assert_array_equal(res.cost, dj.cost)
    for r in range(12):
        for c in range(15):
            path = cd.trace_path(res.backlink, (r, c))
            assert path[-1] in ((0, 0), (11, 14))
            assert res.allocation[r, c] == (1 if path[-1] == (0, 0) else 2)
