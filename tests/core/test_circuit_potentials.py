"""The focal nodes' potentials on disk (issue 20: the dense nodes x sources matrix is what outgrows the memory
with hundreds of sources): the same resistances and maps as in memory, the file removed at the end and on
failure, a full disk refused with a clear message, and a forked solver process writing its columns into the
shared file."""
import errno
import os

import numpy as np
import pytest

from eco_restore_plugin.core import circuit, pinchpoints
from eco_restore_plugin.core.circuit import potentials


def _grid(seed=1, shape=(40, 45), sources=6):
    rng = np.random.default_rng(seed)
    res = 1.0 + 30.0 * rng.random(shape)
    res[rng.random(shape) < 0.15] = np.nan
    lab = np.zeros(shape, dtype=np.int64)
    for k in range(sources):
        r, c = rng.integers(0, shape[0] - 3), rng.integers(0, shape[1] - 3)
        lab[r:r + 3, c:c + 3] = k + 1
    res[lab > 0] = 2.0
    return res, lab


def test_potentials_on_disk_give_the_same_results(tmp_path):
    res, lab = _grid()
    g = circuit.build_graph(res, polygons=lab)
    cells = np.flatnonzero((g.node_of_cell >= 0) | (lab.ravel() > 0))
    seen = {}
    for scratch in (None, str(tmp_path)):
        kept = {}
        out = circuit.pairwise(g, lab, solver="direct", map_cells=cells, scratch=scratch,
                               pair_callback=lambda i, j, c, v: kept.setdefault((i, j), c.copy()))
        seen[scratch] = (out, kept)
    (mem, kmem), (disk, kdisk) = seen[None], seen[str(tmp_path)]
    assert np.array_equal(mem.resistance, disk.resistance, equal_nan=True)
    assert np.isfinite(disk.resistance[0, 1]) and disk.n_solves == mem.n_solves == 5
    assert np.array_equal(mem.cum_current, disk.cum_current)
    assert sorted(kmem) == sorted(kdisk) and all(np.array_equal(kmem[p], kdisk[p]) for p in kmem)
    assert os.listdir(tmp_path) == []                  # the temporary potentials are gone


def test_potentials_removed_when_a_pair_fails(tmp_path):
    res, lab = _grid(seed=2)
    g = circuit.build_graph(res, polygons=lab)

    def boom(i, j, c, v):
        raise RuntimeError("stop here")

    with pytest.raises(RuntimeError, match="stop here"):
        circuit.pairwise(g, lab, solver="direct", scratch=str(tmp_path), pair_callback=boom)
    assert os.listdir(tmp_path) == []


def test_full_disk_is_a_clear_error(tmp_path, monkeypatch):
    if not hasattr(os, "posix_fallocate"):
        pytest.skip("no posix_fallocate here")

    def full(fd, offset, length):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "posix_fallocate", full)
    with pytest.raises(ValueError, match="cannot reserve .* GB for the temporary potentials"):
        potentials.Potentials(1000, 20, str(tmp_path))
    assert os.listdir(tmp_path) == []
    p = potentials.Potentials(0, 20, str(tmp_path))     # nothing to hold: in memory, nothing reserved
    assert not p.on_disk and p.X.shape == (0, 20)


@pytest.mark.skipif(not circuit.HAVE_PYAMG or not hasattr(os, "fork"), reason="needs pyamg and os.fork")
def test_forked_solver_writes_into_the_shared_file(tmp_path, monkeypatch):
    """Two processes (the child solves the odd columns) with the potentials on disk: the child writes its
    columns into the file itself; the results equal the direct solver's."""
    res, lab = _grid(seed=3, shape=(70, 70), sources=7)
    g = circuit.build_graph(res, polygons=lab)
    monkeypatch.setenv("ECO_RESTORE_CIRCUIT_WORKERS", "2")
    monkeypatch.setattr(circuit, "PARALLEL_MIN_NODES", 0)
    amg = circuit.pairwise(g, lab, solver="amg", scratch=str(tmp_path), pair_callback=lambda *a: None)
    ref = circuit.pairwise(g, lab, solver="direct", pair_callback=lambda *a: None)
    assert amg.n_solves == ref.n_solves == 6
    np.testing.assert_allclose(amg.resistance, ref.resistance, rtol=1e-8)
    np.testing.assert_allclose(amg.cum_current, ref.cum_current, rtol=1e-7, atol=1e-9)
    assert os.listdir(tmp_path) == []


def test_pinch_points_all_to_one_streams_the_sources(tmp_path):
    """All-to-one pinch points take each source's map as it is made (none kept): the current is the
    all-to-one cumulative map on the corridors, the pinch points' grounded sources among the ids."""
    res, lab = _grid(seed=4, shape=(50, 60), sources=5)
    res = np.where(np.isfinite(res), res, 40.0)
    r = pinchpoints.pinch_points(res, lab, cutoff=300.0, mode="all_to_one", scratch=str(tmp_path))
    g = circuit.build_graph(np.where(r.corridor, res, np.nan), polygons=lab)
    fr = circuit.all_to_one(g, lab)
    assert np.array_equal(r.current, np.where(r.corridor, fr.cum_current, 0.0))
    assert r.pinch and all(p.from_id is None and p.to_id in range(1, 6) for p in r.pinch)
    for p in r.pinch:          # the grounded source named is the one whose map is largest at the peak
        ids = fr.ids.tolist()
        at = [fr.current[i][p.peak] for i in ids]
        assert at[ids.index(p.to_id)] == max(at)
    assert os.listdir(tmp_path) == []
