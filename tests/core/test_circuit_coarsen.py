"""Block coarsening of circuit rasters (core.circuit.coarsen, issue 20) against hand calculations and the
analytic solution of a uniform strip.

Uniform strip: W rows x L columns of resistance r, focal region 1 = column 0, region 2 = column L - 1,
1 A between them. Every column is an equipotential (each cell's left and right edges are mirror images),
so with 4 neighbours R = (L - 1) r / W, and with 8 neighbours (diagonals g / sqrt 2, the two border rows
have one diagonal each way) R = (L - 1) r / (W + sqrt2 (W - 1)). On the grid of f x f blocks the strip
is W/f x L/f cells of the same resistance (geometric mean of a uniform block) and each region one
column of blocks, so R_f = (L/f - 1) r / (W/f) = (L - f) r / W: relative error (f - 1) / (L - 1), the
terminals being f cells thick instead of 1 (8 neighbours: the same with the formula above). The cell
current is the current leaving the cell to the right: I / W per cell with 4 neighbours; with 8 it is
(1 + sqrt2) I / (W + sqrt2 (W - 1)) in the interior rows, and after coarsening and dividing by f
(1 + sqrt2) I / (W + sqrt2 (W - f)), a ratio (W + sqrt2 (W - 1)) / (W + sqrt2 (W - f)) (1.5 % at W = 40,
f = 2; 4.7 % at f = 4). Both grids carry I across every column, so the column sums of the refined map
equal I exactly.
"""
import math

import numpy as np
import pytest

from eco_restore_plugin.core import circuit
from eco_restore_plugin.core.circuit import coarsen

SQ2 = math.sqrt(2.0)
W, L, RES = 40, 60, 3.0


def _strip():
    h = np.full((W, L), RES)
    ids = np.zeros((W, L), dtype=np.int64)
    ids[:, 0], ids[:, L - 1] = 1, 2
    return h, ids


def _solve(h, ids, four):
    return circuit.pairwise(circuit.build_graph(h, four_neighbors=four), ids, solver="direct")


def _strip_r(w, n, four):
    return (n - 1) * RES / (w if four else w + SQ2 * (w - 1))


# -- the pieces ----------------------------------------------------------------------------------------
def test_block_conductance_is_the_geometric_mean():
    h = np.array([[1.0, 4.0, 2.0, 2.0],
                  [16.0, 4.0, 2.0, 2.0],
                  [5.0, 5.0, 7.0, 7.0]])
    np.testing.assert_allclose(coarsen.coarsen_habitat(h, 2), [[4.0, 2.0], [5.0, 7.0]], rtol=1e-14)
    # the same blocks given as conductances: geometric mean of 1/h = 1/4, 1/2
    np.testing.assert_allclose(coarsen.coarsen_habitat(1.0 / h, 2, is_resistance=False),
                               [[0.25, 0.5], [0.2, 1 / 7.0]], rtol=1e-14)


def test_nodata_blocks_and_partial_edge_blocks():
    nan = np.nan
    h = np.array([[1.0, nan, nan, nan, 9.0],
                  [nan, 9.0, nan, nan, nan],
                  [4.0, 4.0, 0.0, -1.0, 2.0]])
    # blocks: [1, 9] valid 2/4 -> 3; [] 0/4 -> nodata; edge block [9, nan] 1/2 -> 9;
    # bottom row [4, 4] 2/2 -> 4; [0, -1] 0/2 -> nodata; [2] 1/1 -> 2
    np.testing.assert_allclose(coarsen.coarsen_habitat(h, 2), [[3.0, nan, 9.0], [4.0, nan, 2.0]], rtol=1e-14)
    # a stricter threshold drops the half-valid block, unless it holds a kept (focal) cell
    strict = coarsen.coarsen_habitat(h, 2, min_valid=0.75)
    assert np.isnan(strict[0, 0]) and strict[1, 0] == pytest.approx(4.0)
    keep = np.zeros(h.shape, dtype=bool)
    keep[1, 1] = True
    assert coarsen.coarsen_habitat(h, 2, min_valid=0.75, keep=keep)[0, 0] == pytest.approx(3.0)
    keep[0, 2] = True  # a kept cell that is nodata does not make a node
    assert np.isnan(coarsen.coarsen_habitat(h, 2, keep=keep)[0, 1])


def test_focal_ids_conflicting_in_a_block():
    nan = np.nan
    ids = np.array([[3, 2, 5, 5, 0, 0],
                    [2, 0, 4, 4, 0, nan],
                    [1, 1, 0, 0, 7, 0],
                    [1, 8, 0, 0, 0, 0]], dtype=float)
    # 2 covers two cells vs one of 3; 4 and 5 tie -> the smaller; 7 alone; 1 beats 8
    np.testing.assert_array_equal(coarsen.coarsen_ids(ids, 2), [[2, 4, 0], [1, 0, 7]])
    members = coarsen.block_members(ids, coarsen.coarsen_ids(ids, 2), 2)
    assert members.sum() == 2 + 2 + 3 + 1
    assert members[0, 1] and members[1, 0] and not members[0, 0] and not members[0, 2]
    np.testing.assert_array_equal(coarsen.coarsen_ids(np.zeros((4, 4)), 2), np.zeros((2, 2)))


@pytest.mark.parametrize("factor, words", [(0, "at least 1"), (-2, "at least 1"), (2.5, "integer"),
                                           ("a", "integer"), (40, "too large"), (41, "too large")])
def test_bad_factor(factor, words):
    with pytest.raises(ValueError, match=words):
        coarsen.check_factor((40, 60), factor)
    assert coarsen.check_factor((40, 60), 39) == 39 and coarsen.check_factor((1, 1), 1) == 1


def test_factor_one_is_the_identity():
    rng = np.random.default_rng(1)
    h = rng.uniform(1, 100, (7, 9))
    np.testing.assert_allclose(coarsen.coarsen_habitat(h, 1), h, rtol=1e-14)
    ids = rng.integers(0, 4, (7, 9))
    np.testing.assert_array_equal(coarsen.coarsen_ids(ids, 1), ids)
    np.testing.assert_array_equal(coarsen.refine_current(h, 1, h.shape), h)


def test_refine_divides_by_the_factor_and_copies_node_currents():
    c = np.array([[4.0, 8.0], [np.nan, 2.0]])
    fine = coarsen.refine_current(c, 2, (4, 3))
    np.testing.assert_array_equal(fine, [[2, 2, 4], [2, 2, 4], [0, 0, 1], [0, 0, 1]])
    valid = np.ones((4, 3), dtype=bool)
    valid[0, 0] = False
    node = np.array([[3.0, 0.0], [0.0, 0.0]])       # 3 A of the top-left value belong to a focal region
    cells = np.zeros((4, 3), dtype=bool)
    cells[1, 1] = True                               # the region's only cell in that block
    fine = coarsen.refine_current(c, 2, (4, 3), valid=valid, node_value=node, node_cells=cells)
    np.testing.assert_allclose(fine[:2, :2], [[0.0, 0.5], [0.5, 3.5]])
    ids = np.array([[1, 0], [2, 1]])
    np.testing.assert_array_equal(coarsen.node_values(c, ids, per_id={1: 3.0}), [[3, 0], [np.nan, 3]])


# -- against the full solve ----------------------------------------------------------------------------
@pytest.mark.parametrize("four", [True, False])
@pytest.mark.parametrize("f", [2, 4])
def test_uniform_strip_resistance(four, f):
    h, ids = _strip()
    full = _solve(h, ids, four).resistance[0, 1]
    assert full == pytest.approx(_strip_r(W, L, four), rel=1e-10)
    res = _solve(coarsen.coarsen_habitat(h, f), coarsen.coarsen_ids(ids, f), four)
    got = res.resistance[0, 1]
    assert got == pytest.approx(_strip_r(W // f, L // f, four), rel=1e-10)
    if four:  # the stated tolerance: the terminals thicken from 1 to f cells
        assert (full - got) / full == pytest.approx((f - 1) / (L - 1), rel=1e-9)
    else:
        assert 0 < (full - got) / full < (f - 1) / (L - 1)


@pytest.mark.parametrize("four", [True, False])
@pytest.mark.parametrize("f", [2, 4])
def test_uniform_strip_current(four, f):
    h, ids = _strip()
    full = _solve(h, ids, four).cum_current
    cids = coarsen.coarsen_ids(ids, f)
    res = _solve(coarsen.coarsen_habitat(h, f), cids, four)
    per = {1: 1.0, 2: 1.0}   # one connected pair: 1 A painted on each region's cells
    up = coarsen.refine_current(res.cum_current, f, h.shape, node_value=coarsen.node_values(
        res.cum_current, cids, per_id=per), node_cells=coarsen.block_members(ids, cids, f))
    # every column (cross-section) carries the 1 A in both maps
    np.testing.assert_allclose(up[:, f:L - f].sum(axis=0), 1.0, rtol=1e-9)
    np.testing.assert_allclose(full[:, f:L - f].sum(axis=0), 1.0, rtol=1e-9)
    # the terminals' own cells keep their 1 A; the other cells of the terminal blocks get none
    np.testing.assert_allclose(up[:, 0], 1.0, rtol=1e-9)
    np.testing.assert_allclose(up[:, 1:f], 0.0, atol=1e-12)
    interior = (slice(f, W - f), slice(f, L - f))
    if four:
        np.testing.assert_allclose(up[interior], 1.0 / W, rtol=1e-9)
        np.testing.assert_allclose(up[interior], full[interior], rtol=1e-9)
    else:
        ratio = (W + SQ2 * (W - 1)) / (W + SQ2 * (W - f))
        np.testing.assert_allclose(up[interior], full[interior] * ratio, rtol=1e-9)
        assert ratio - 1 < 0.05


def test_nonuniform_block_between_series_and_parallel():
    """A 2 x 2 block of resistances 1 and 100 (checkerboard): the geometric mean 10 lies between the
    series (harmonic of conductances, 50.5) and the parallel (2 / (1 + 1/100) = 1.98) bounds, and equals
    the exact effective resistance of the infinite checkerboard (Dykhne 1970)."""
    h = np.array([[1.0, 100.0], [100.0, 1.0]])
    got = coarsen.coarsen_habitat(np.tile(h, (2, 2)), 2)
    np.testing.assert_allclose(got, 10.0, rtol=1e-14)
