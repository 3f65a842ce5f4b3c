"""Pinch points (core.pinchpoints): invariants and hand cases."""
import numpy as np
import pytest

from eco_restore_plugin.core import pinchpoints
from eco_restore_plugin.core._progress import Cancelled


def _hourglass():
    """11 x 21 cells of resistance 1; source 1 = columns 0-1, source 2 = columns 19-20; the corridor is
    everything except column 10, where only row 5 is open (a one-cell neck)."""
    res = np.ones((11, 21))
    src = np.zeros((11, 21), int)
    src[:, :2] = 1
    src[:, 19:] = 2
    nrm = np.zeros((11, 21))
    nrm[:, 10] = 1000.0
    nrm[5, 10] = 0.0
    return res, src, nrm


def test_neck_is_the_pinch_point_and_current_is_conserved():
    res, src, nrm = _hourglass()
    out = pinchpoints.pinch_points(res, src, cutoff=10.0, normalized=nrm)
    # all of the 1 A between the pair passes through the neck cell: node current exactly 1
    assert out.current[5, 10] == pytest.approx(1.0, abs=1e-9)
    # every corridor cell carries at most the pair's 1 A (sources excepted: they are nodes of 1 A)
    corr = out.corridor & (src == 0)
    assert out.current[corr].max() == pytest.approx(1.0, abs=1e-9)
    # current is zero outside the corridors
    assert np.all(out.current[~out.corridor] == 0)
    assert not out.corridor[0, 10] and out.current[0, 10] == 0
    top = out.pinch[0]
    assert top.peak == (5, 10) and top.max_current == pytest.approx(1.0, abs=1e-9)
    assert (top.from_id, top.to_id) == (1, 2)
    assert out.patches[5, 10] == top.label
    # symmetric hourglass: the patches are mirror images about row 5
    assert np.array_equal(out.patches > 0, (out.patches > 0)[::-1])
    assert out.pairs == [(1, 2)] and np.isfinite(out.resistance[(1, 2)])


def test_percentile_selects_top_cells():
    res, src, nrm = _hourglass()
    out = pinchpoints.pinch_points(res, src, cutoff=10.0, normalized=nrm, percentile=80.0)
    corr = out.corridor & (src == 0)
    vals = out.current[corr]
    assert out.threshold == pytest.approx(np.percentile(vals, 80.0))
    hot = (out.patches > 0)
    assert np.all(out.current[hot] >= out.threshold) and np.all(out.current[corr & ~hot] < out.threshold)
    assert 0.15 <= hot.sum() / corr.sum() <= 0.25


def test_chain_hand_case_internal_corridor():
    """1 x 7 chain, resistances 1 1 2 2 1 1 1, sources at both ends, corridors computed inside:
    1 A through every cell, R = sum of (r_k + r_k+1) / 2 = 1 + 1.5 + 2 + 1.5 + 1 + 1 = 8."""
    res = np.array([[1.0, 1, 2, 2, 1, 1, 1]])
    src = np.array([[1, 0, 0, 0, 0, 0, 2]])
    out = pinchpoints.pinch_points(res, src, cutoff=1e9, four_neighbors=True)
    np.testing.assert_allclose(out.current, 1.0, atol=1e-12)
    assert out.resistance[(1, 2)] == pytest.approx(8.0, rel=1e-12)
    # a narrow cut-off keeps only the least-cost path cells (normalized 0 on the path)
    out = pinchpoints.pinch_points(res, src, cutoff=0.0, four_neighbors=True)
    assert out.corridor.all()


def test_all_to_one_mode():
    """Sources 1, 2, 3 on a 1 x 9 chain (cols 0, 4, 8). All-to-one: grounding 1 sends 2 A (from 2 and 3)
    over cells 1-3 and 1 A over cells 5-7; grounding 3 the mirror; grounding 2: 1 A on each side.
    Sum: cells 1-3: 2 + 1 + 1 = 4 A; cells 5-7: 1 + 1 + 2 = 4 A."""
    res = np.ones((1, 9))
    src = np.zeros((1, 9), int)
    src[0, 0], src[0, 4], src[0, 8] = 1, 2, 3
    out = pinchpoints.pinch_points(res, src, cutoff=1e9, mode="all_to_one", four_neighbors=True)
    np.testing.assert_allclose(out.current[0, [1, 2, 3, 5, 6, 7]], 4.0, atol=1e-9)
    assert all(p.from_id is None and p.to_id in (1, 2, 3) for p in out.pinch)


def test_disconnected_pair_reported_not_zero():
    res, src, nrm = _hourglass()
    res[:, 10] = np.nan   # a barrier across the whole landscape
    out = pinchpoints.pinch_points(res, src, cutoff=10.0, normalized=nrm, pairs=[(1, 2)])
    assert out.disconnected == [(1, 2)] and out.resistance[(1, 2)] == np.inf
    assert np.all(out.current[src == 0] == 0)


def test_bad_inputs():
    res, src, nrm = _hourglass()
    with pytest.raises(ValueError, match="negative"):
        pinchpoints.pinch_points(-res, src, cutoff=1.0, normalized=nrm)
    with pytest.raises(ValueError, match="two sources"):
        pinchpoints.pinch_points(res, np.where(src == 1, 1, 0), cutoff=1.0, normalized=nrm)
    with pytest.raises(ValueError, match="no corridor cell"):
        pinchpoints.pinch_points(res, src, cutoff=-1.0, normalized=nrm + 5)
    bar = res.copy()
    bar[:, 10] = np.nan
    with pytest.raises(ValueError, match="adjacent"):
        pinchpoints.pinch_points(bar, src, cutoff=1.0)
    with pytest.raises(Cancelled):
        pinchpoints.pinch_points(res, src, cutoff=10.0, normalized=nrm, cancelled=lambda: True)


def test_internal_corridors_equal_given_least_cost_corridors():
    """Without a normalized raster the corridors are the Linkage Mapper normalized corridors of the adjacent
    pairs (corridors.least_cost_corridors): same current either way, zero outside the cut-off."""
    from eco_restore_plugin.core import corridors, costdistance

    rng = np.random.default_rng(11)
    res = 1.0 + 20.0 * rng.random((30, 40))
    src = np.zeros((30, 40), int)
    src[2:6, 2:6], src[24:28, 3:7], src[10:14, 33:37] = 1, 2, 3
    cut = 15.0
    mine = pinchpoints.pinch_points(res, src, cutoff=cut)
    cr = corridors.least_cost_corridors(res, src, pairs="adjacent")
    given = pinchpoints.pinch_points(res, src, cutoff=cut, normalized=cr.normalized)
    np.testing.assert_allclose(mine.current, given.current, rtol=1e-10, atol=1e-12)
    outside = ~((cr.normalized <= cut) | (src > 0))
    assert outside.any() and np.all(mine.current[outside] == 0)
    assert mine.pairs == corridors.adjacent_pairs(costdistance.cost_distance(res, src).allocation)
