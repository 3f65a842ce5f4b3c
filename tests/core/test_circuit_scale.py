"""Circuit theory at scale (issues 19, 20): the cumulative map of every pair by sorting, the grounded
system cut from the Laplacian without copies, pairs with focal regions by fixed potentials."""
import numpy as np
import pytest

from eco_restore_plugin.core import circuit


@pytest.mark.parametrize("four", [False, True])
def test_cumulative_map_of_every_pair_by_sorting_equals_the_sum_of_pair_maps(monkeypatch, four):
    """When every pair of a component's focal nodes is wanted, the cumulative map is summed per edge from
    the sorted voltage differences (sum over pairs of |dV_a - dV_b| = sum_k (2k - m - 1) s_k): the same map
    as adding the pairs' own current maps, and the same as the pair-by-pair accumulator on a subset."""
    import importlib
    pw = importlib.import_module("eco_restore_plugin.core.circuit.pairwise")
    rng = np.random.default_rng(11)
    hab = np.exp(rng.normal(0.0, 1.5, (61, 47)))
    hab[rng.random(hab.shape) < 0.08] = np.nan
    hab[:, 30] = np.nan                      # a wall: two components
    g = circuit.build_graph(hab, four_neighbors=four)
    pts, k = [], 0
    while len(pts) < 9:
        r, c = rng.integers(0, hab.shape[0]), rng.integers(0, hab.shape[1])
        if np.isfinite(hab[r, c]) and c != 30 and all((r, c) != (p[1], p[2]) for p in pts):
            k += 1
            pts.append((k, int(r), int(c)))
    calls = []
    real = pw._CumAccumulator.add_every_pair

    def spy(self, cnodes, X, nodes, step=None, block_cells=4000000):
        calls.append(X.shape[1])
        return real(self, cnodes, X, nodes, step=step, block_cells=53)   # many small row blocks
    monkeypatch.setattr(pw._CumAccumulator, "add_every_pair", spy)
    monkeypatch.setenv("ECO_RESTORE_CIRCUIT_WORKERS", "1")
    fast = circuit.pairwise(g, pts, cum_map=True, solver="direct")
    per_comp = np.bincount([g.component[g.node_of_cell[p[1] * 47 + p[2]]] for p in pts])
    assert sorted(calls) == sorted(int(m) for m in per_comp if m >= 3) and calls   # 2 focal nodes: pair by pair
    maps = circuit.pairwise(g, pts, pair_maps=True, solver="direct")
    total = sum(maps.pair_current.values())
    np.testing.assert_allclose(fast.cum_current, total, rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(fast.resistance, maps.resistance, rtol=1e-12)
    # a subset of the pairs takes the pair-by-pair route: the same maps as the subset's own
    calls.clear()
    sub = [(1, 2), (1, 3), (2, 3), (4, 5)]
    part = circuit.pairwise(g, pts, pairs=sub, cum_map=True, solver="direct")
    assert not calls
    np.testing.assert_allclose(part.cum_current, sum(maps.pair_current[p] for p in sub if p in maps.pair_current),
                               rtol=1e-10, atol=1e-12)


@pytest.mark.parametrize("block", [1, 7, 1 << 20])
def test_principal_submatrix_and_inf_norm_without_copies(block):
    """The grounded system is cut out of the Laplacian block by block (no row-selected intermediate) and
    its infinity norm summed without a copy: the same matrix as ``L[keep][:, keep]`` and the same norm as
    ``abs(A).sum(axis=1).max()``, with empty rows and dropped columns."""
    import importlib
    import scipy.sparse as sp
    pw = importlib.import_module("eco_restore_plugin.core.circuit.pairwise")
    from eco_restore_plugin.core.circuit.solvers import _inf_norm
    rng = np.random.default_rng(4)
    dense = rng.normal(size=(83, 83)) * (rng.random((83, 83)) < 0.08)
    dense[::5] = 0.0                                   # empty rows
    M = sp.csr_matrix(dense + dense.T)
    for keep in (np.sort(rng.choice(83, 40, replace=False)), np.arange(83), np.array([0]), np.array([82])):
        got = pw._principal_submatrix(M, keep, block=block)
        want = M[keep][:, keep]
        assert got.shape == want.shape and abs(got - want).max() == 0 and got.has_sorted_indices
    assert _inf_norm(M) == pytest.approx(abs(M).sum(axis=1).max(), rel=1e-15)
    assert _inf_norm(sp.csr_matrix((5, 5))) == 0.0


@pytest.mark.parametrize("seed", [0, 1])
def test_focal_region_pair_by_fixed_potentials_equals_the_contracted_solve(seed):
    """A pair with focal regions is solved with both regions at fixed potentials (no contracted hub node for
    the multigrid set-up) and R = 1 / dissipated power: the same R as the textbook formulation solved
    densely - each region contracted to one node, region i grounded, 1 A into region j - on a surface
    whose resistances span 1 to 1e8 in blocks, to 1e-9 relative."""
    rng = np.random.default_rng(seed)
    h = 10.0 ** rng.integers(0, 9, (6, 6)).astype(float)
    h = np.kron(h, np.ones((5, 5))) * (1 + 0.5 * rng.random((30, 30)))
    h[rng.random(h.shape) < 0.05] = np.nan
    lab = np.zeros(h.shape)
    lab[2:7, 3:9] = 1
    lab[22:27, 18:26] = 2
    lab[12:14, 27:29] = 3
    h[lab > 0] = np.where(np.isnan(h[lab > 0]), 1.0, h[lab > 0])
    g = circuit.build_graph(h)
    res = circuit.pairwise(g, lab, strategy="per_pair", solver="direct", cum_map=False)
    L = g.laplacian.toarray()
    noc = g.node_of_cell
    for i, j in [(1, 2), (1, 3), (2, 3)]:
        ni = np.unique(noc[(lab.ravel() == i) & (noc >= 0)])
        nj = np.unique(noc[(lab.ravel() == j) & (noc >= 0)])
        rest = np.setdiff1d(np.arange(g.n_nodes), np.r_[ni, nj])
        P = np.zeros((g.n_nodes, rest.size + 2))
        P[rest, np.arange(rest.size)] = 1.0
        P[ni, rest.size] = 1.0
        P[nj, rest.size + 1] = 1.0
        Lp = P.T @ L @ P
        keep = np.r_[np.arange(rest.size), rest.size + 1]   # region i (node rest.size) grounded
        A = Lp[np.ix_(keep, keep)]
        b = np.zeros(keep.size)
        b[-1] = 1.0
        want = np.linalg.solve(A, b)[-1]
        assert res.r(i, j) == pytest.approx(want, rel=1e-9)
