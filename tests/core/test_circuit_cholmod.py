"""CHOLMOD direct solver for large circuit systems (issue 19: circuit speed at 4 M cells).

The CHOLMOD path (scikit-sparse, optional) must give the same resistances and current maps as the
SuperLU path and as an independent high-precision solve on the ill-conditioned cases; the automatic
choice must use it only when the estimated factor fits in memory; right-hand sides solved in blocks
must equal one-at-a-time solves."""
import numpy as np
import pytest

from eco_restore_plugin.core import circuit
from eco_restore_plugin.core.circuit import settings
from eco_restore_plugin.core.circuit.solvers import make_solver

from tests.core.test_circuit_conditioning import RTOL, _blocks, _case_reference, _check, _noise, _run

needs_cholmod = pytest.mark.skipif(not settings.HAVE_CHOLMOD, reason="scikit-sparse (CHOLMOD) not installed")


def _landscape(n=70, seed=4):
    rng = np.random.default_rng(seed)
    h = 10.0 ** rng.uniform(0.0, 3.0, size=(n, n))
    h[rng.random((n, n)) < 0.05] = np.nan
    pts, k = [], 0
    while len(pts) < 7:
        r, c = (int(v) for v in rng.integers(0, n, 2))
        if np.isfinite(h[r, c]):
            k += 1
            pts.append((k, r, c))
    return h, pts


@needs_cholmod
@pytest.mark.parametrize("case", [_blocks, _noise])
def test_cholmod_on_ill_conditioned_cases(case, monkeypatch):
    monkeypatch.setattr(settings, "CHOLMOD_MIN_NODES", 0)  # the test systems are small: force CHOLMOD
    monkeypatch.setattr(settings, "DIRECT_SOLVER_MAX_NODES", 0)
    h, focal = case()
    res = _run(h, focal, cum_map=False)
    assert any("CHOLMOD" in s for s in res.solver), res.solver
    _check(res, _case_reference(case), rtol=1e-8)   # the reference's own accuracy is ~2e-9
    assert 0.0 < res.residual < settings.RESIDUAL_RTOL


@needs_cholmod
def test_cholmod_equals_superlu_resistances_and_maps(monkeypatch):
    h, pts = _landscape()
    g = circuit.build_graph(h)
    monkeypatch.setattr(settings, "HAVE_CHOLMOD", False)
    lu = circuit.pairwise(g, pts, cum_map=True, max_map=True, solver="direct")
    monkeypatch.setattr(settings, "HAVE_CHOLMOD", True)
    monkeypatch.setattr(settings, "CHOLMOD_MIN_NODES", 0)
    ch = circuit.pairwise(g, pts, cum_map=True, max_map=True, solver="direct")
    assert any("splu" in s for s in lu.solver) and any("CHOLMOD" in s for s in ch.solver)
    ok = np.isfinite(lu.resistance)
    assert ok.sum() > len(pts)
    np.testing.assert_allclose(ch.resistance[ok], lu.resistance[ok], rtol=1e-10)
    for a, b in ((ch.cum_current, lu.cum_current), (ch.max_current, lu.max_current)):
        assert np.abs(a - b).max() <= 1e-10 * np.nanmax(np.abs(b))


@needs_cholmod
def test_blocks_of_right_hand_sides_equal_single_solves(monkeypatch):
    monkeypatch.setattr(settings, "CHOLMOD_MIN_NODES", 0)
    h, _ = _noise()
    g = circuit.build_graph(h)
    A = g.laplacian[1:, 1:].tocsr()
    n = A.shape[0]
    cols = [3, 100, 450, 871]
    rhs = lambda c: np.eye(1, n, cols[c]).ravel()  # noqa: E731
    single = make_solver(A, method="direct")
    ref = [single.solve(rhs(c)) for c in range(len(cols))]
    for block_bytes in (8 * n, 3 * 8 * n, 1 << 30):  # 1, 3 and all columns per block
        monkeypatch.setattr(settings, "CHOLMOD_BLOCK_BYTES", block_bytes)
        s = make_solver(A, method="direct")
        got, steps = {}, []
        s.solve_many(len(cols), rhs, got.__setitem__, step=lambda *a: steps.append(1))
        assert sorted(got) == list(range(len(cols))) and len(steps) == len(cols)
        for c in range(len(cols)):
            assert np.abs(got[c] - ref[c]).max() <= 1e-12 * np.abs(ref[c]).max()
        assert s.max_residual < settings.RESIDUAL_RTOL or s.max_residual == pytest.approx(single.max_residual)


def test_automatic_choice_follows_the_memory_estimate(monkeypatch):
    """cholmod_fits: above CHOLMOD_MIN_NODES, when the estimate bytes_per x n x log2(n) is at most the
    budget (a fraction of MemAvailable); the automatic solver follows it."""
    monkeypatch.setattr(settings, "HAVE_CHOLMOD", True)
    monkeypatch.setattr(settings, "CHOLMOD_MIN_NODES", 50000)
    n = 3860293                                   # the 2000² benchmark system: log2 -> 22 bits
    need = settings.CHOLMOD_BYTES_PER_NODE_LOG2N * n * 22
    monkeypatch.setattr(settings, "_available_bytes", lambda: int(need / settings.CHOLMOD_MEMORY_FRACTION) + 8)
    assert settings.cholmod_fits(n)
    monkeypatch.setattr(settings, "_available_bytes", lambda: int(need / settings.CHOLMOD_MEMORY_FRACTION) - 8)
    assert not settings.cholmod_fits(n)
    assert not settings.cholmod_fits(50000)       # small systems stay on SuperLU
    monkeypatch.setattr(settings, "_available_bytes", lambda: None)   # no /proc/meminfo: fixed budget
    assert settings.cholmod_fits(100000) == (settings.CHOLMOD_BYTES_PER_NODE_LOG2N * 100000 * 17
                                             <= settings.CHOLMOD_MAX_BYTES)
    monkeypatch.setattr(settings, "HAVE_CHOLMOD", False)
    assert not settings.cholmod_fits(100000)


@needs_cholmod
def test_automatic_solver_uses_cholmod_only_when_it_fits(monkeypatch):
    h, pts = _landscape(n=40)
    g = circuit.build_graph(h)
    monkeypatch.setattr(settings, "DIRECT_SOLVER_MAX_NODES", 0)
    monkeypatch.setattr(settings, "CHOLMOD_MIN_NODES", 0)
    monkeypatch.setattr(settings, "_available_bytes", lambda: 1 << 40)
    fits = circuit.pairwise(g, pts, cum_map=False)
    assert any("CHOLMOD" in s for s in fits.solver)
    monkeypatch.setattr(settings, "_available_bytes", lambda: 1024)
    small = circuit.pairwise(g, pts, cum_map=False)
    assert not any("CHOLMOD" in s for s in small.solver)
    ok = np.isfinite(fits.resistance)
    np.testing.assert_allclose(small.resistance[ok], fits.resistance[ok], rtol=RTOL)
