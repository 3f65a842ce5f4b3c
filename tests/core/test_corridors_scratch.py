"""Least-cost corridors with the per-source cost distances kept on disk (``scratch``, issue 20).

The normalized corridor must be the minimum over the kept pairs of ``CWD_A + CWD_B − LCD`` computed from
independent cost-distance runs, whether the rasters are kept in memory or in files, and the scratch files
must be gone after the run, also after a cancel."""
import os

import numpy as np
import pytest

from eco_restore_plugin.core import corridors as co
from eco_restore_plugin.core import costdistance as cd
from eco_restore_plugin.core._progress import Cancelled


def _landscape(shape=(60, 70), seed=3):
    """Rough resistance 1-50 with a barrier wall that has one gap, and five sources (one walled in)."""
    rng = np.random.default_rng(seed)
    cost = 1.0 + 49.0 * rng.random(shape) ** 3
    cost[:, 35] = np.nan                       # a wall ...
    cost[28:31, 35] = 5.0                      # ... with a gap
    labels = np.zeros(shape, int)
    labels[5:9, 5:9] = 1
    labels[50:54, 10:13] = 2
    labels[10:13, 55:60] = 3
    labels[45:50, 60:64] = 4
    labels[20:22, 20:22] = 5
    cost[18:24, 18:24][[0, -1], :] = np.nan    # source 5 boxed in on all four sides: unreachable
    cost[18:24, 18:24][:, [0, -1]] = np.nan
    return cost, labels


@pytest.mark.parametrize("pairs,max_lcd", [("all", None), ([(1, 2), (3, 1), (1, 2), (4, 2), (5, 3)], None),
                                           ("all", 4000.0)])
def test_scratch_equals_memory_and_definition(tmp_path, pairs, max_lcd):
    cost, labels = _landscape()
    mem = co.least_cost_corridors(cost, labels, pairs=pairs, max_lcd=max_lcd, width=300.0, cellsize=30.0)
    disk = co.least_cost_corridors(cost, labels, pairs=pairs, max_lcd=max_lcd, width=300.0, cellsize=30.0,
                                   scratch=str(tmp_path))
    assert os.listdir(tmp_path) == []          # the scratch files are removed
    np.testing.assert_array_equal(mem.normalized, disk.normalized)
    np.testing.assert_array_equal(mem.mask, disk.mask)
    assert [(lk.a, lk.b, lk.lcd, lk.path) for lk in mem.links] == [(lk.a, lk.b, lk.lcd, lk.path) for lk in disk.links]
    # the definition, from independent cost distances: LCD = min of CWD_A over B; normalized = min over pairs
    cwd = {s: cd.cost_distance(cost, labels == s, cellsize=30.0, units="map").cost for s in range(1, 6)}
    want = np.full(cost.shape, np.inf)
    kept = []
    plist = [(a, b) for a in range(1, 6) for b in range(a + 1, 6)] if pairs == "all" else \
        [tuple(sorted(p)) for p in pairs]
    for a, b in plist:
        vals = cwd[a][labels == b]
        if not np.isfinite(vals).any():
            continue                           # source 5 is walled in
        lcd = float(np.nanmin(vals))
        if max_lcd is not None and lcd > max_lcd:
            continue
        kept.append((a, b))
        want = np.fmin(want, cwd[a] + cwd[b] - lcd)
    assert [(lk.a, lk.b) for lk in disk.links] == kept and all(5 not in p for p in kept)
    want[~np.isfinite(want)] = np.nan
    want = np.where(np.isfinite(want), np.maximum(want, 0.0), want)
    np.testing.assert_array_equal(disk.normalized, want)
    # each path runs from A to B on cells of finite cost, through the gap when it crosses the wall
    for lk in disk.links:
        r, c = np.array(lk.path).T
        assert labels[r[0], c[0]] == lk.a and labels[r[-1], c[-1]] == lk.b
        assert np.isfinite(cost[r, c]).all()


def test_scratch_removed_on_cancel(tmp_path):
    cost, labels = _landscape()
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 3                  # after the first sources' cost distances are on disk

    with pytest.raises(Cancelled):
        co.least_cost_corridors(cost, labels, pairs="all", cellsize=30.0, scratch=str(tmp_path),
                                cancelled=cancelled)
    assert os.listdir(tmp_path) == []
