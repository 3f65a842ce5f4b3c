"""Barrier Mapper with the cost distances on disk and the window minima made pair by pair (issue 20).

The scores, best radii and pair ids must not depend on where the cost distances are kept nor on the order
the pairs are taken in (ties go to the earlier pair of the kept list, the first radius reaching it); the
scratch files must be gone after the run and after a cancel; the pair order keeps few minima alive."""
import os

import numpy as np
import pytest

from eco_restore_plugin.core import barriers
from eco_restore_plugin.core._progress import Cancelled


def _landscape(uniform=False):
    rng = np.random.default_rng(11)
    shape = (48, 52)
    cost = np.full(shape, 4.0) if uniform else 1.0 + 60.0 * rng.random(shape) ** 2
    cost[:, 26] = np.nan
    cost[20:22, 26] = 2.0                           # one gap in a wall
    labels = np.zeros(shape, int)
    spots = [(3, 3), (3, 40), (40, 3), (40, 44), (22, 12), (12, 30)]
    for k, (r, c) in enumerate(spots, start=1):
        labels[r:r + 3, c:c + 3] = (7 * k) % 11      # labels not in spatial order
    return cost, labels


@pytest.mark.parametrize("uniform", [False, True])
@pytest.mark.parametrize("aggregate,pairs", [("max", "adjacent"), ("max", "all"), ("sum", "all")])
def test_scratch_and_order_do_not_change_the_scores(tmp_path, uniform, aggregate, pairs):
    cost, labels = _landscape(uniform)
    kw = dict(radii=[30.0, 90.0, 150.0], cellsize=30.0, pairs=pairs, aggregate=aggregate)
    mem = barriers.barrier_improvement(cost, labels, **kw)
    disk = barriers.barrier_improvement(cost, labels, scratch=str(tmp_path), **kw)
    assert os.listdir(tmp_path) == []
    assert mem.pairs == disk.pairs and len(mem.pairs) >= 5
    for x, y in zip(mem[:4], disk[:4]):
        np.testing.assert_array_equal(x, y)
    if aggregate == "max":
        # the definition, pair by pair in the kept order, radii in order, with independent window minima:
        # the largest score, ties to the earlier pair and, for it, to the first radius reaching it
        from eco_restore_plugin.core import costdistance as cd
        cwd = {s: cd.cost_distance(cost, labels == s, cellsize=30.0, units="map").cost
               for s in {v for p in mem.pairs for v in p[:2]}}
        best = np.full(cost.shape, -np.inf)
        who = np.zeros(cost.shape, int)
        for k, (a, b, lcd) in enumerate(mem.pairs):
            for R in kw["radii"]:
                rc = R / 30.0
                imp = barriers._improvement(barriers.disk_minimum(cwd[a], radius_cells=rc),
                                            barriers.disk_minimum(cwd[b], radius_cells=rc), lcd, R, 1.0, True)
                upd = imp > best
                best[upd] = imp[upd]
                who[upd] = k + 1
        valid = np.isfinite(cost)
        pos = valid & (best > 0)
        np.testing.assert_array_equal(disk.score[pos], best[pos])
        pa = np.array([0] + [p[0] for p in mem.pairs])
        np.testing.assert_array_equal(disk.from_id[pos], pa[who[pos]])
        if uniform:                                   # a uniform surface has many equal scores
            assert len(np.unique(best[pos])) < pos.sum() / 2


def test_scratch_removed_on_cancel(tmp_path):
    cost, labels = _landscape()
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 4

    with pytest.raises(Cancelled):
        barriers.barrier_improvement(cost, labels, radii=[60.0], cellsize=30.0, pairs="all",
                                     scratch=str(tmp_path), cancelled=cancelled)
    assert os.listdir(tmp_path) == []


def test_pair_order_keeps_few_minima_alive():
    """Sources in a chain, labelled in a shuffled order: taken in the reverse Cuthill-McKee order at most 3
    sources' minima are alive at a time; every pair is taken once."""
    rng = np.random.default_rng(2)
    names = rng.permutation(np.arange(1, 61))
    kept = [(int(min(a, b)), int(max(a, b)), 1.0) for a, b in zip(names[:-1], names[1:])]
    order, last = barriers._pair_order(kept)
    assert sorted(order) == list(range(len(kept)))
    alive, peak = set(), 0
    for pos, k in enumerate(order):
        a, b, _ = kept[k]
        alive |= {a, b}
        peak = max(peak, len(alive))
        alive -= {s for s in (a, b) if last[s] == pos}
    assert peak <= 3 and not alive
