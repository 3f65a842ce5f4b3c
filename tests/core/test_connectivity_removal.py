"""The tree method of dPC / dIIC (core.removal) against removal by definition (each patch taken out and
everything recomputed) and the divide-and-conquer removal method, on graphs with ties, several
components, isolated patches and 1-3 patches; the robust link pruning; the tolerance bound."""
import math

import numpy as np
import pytest
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra

from eco_restore_plugin.core import connectivity as cn
from eco_restore_plugin.core import removal, sources
from eco_restore_plugin.core._progress import Cancelled

K = cn.decay_constant(2500.0, probability=0.5)


def _definition(a, p=None, d=None, threshold=None):
    """dPC / dIIC (%) by removing each patch and recomputing p* (or nl) from scratch."""
    n = len(a)

    def s_of(idx):
        if p is not None:
            return float(a[idx] @ cn.max_product_probability(p[np.ix_(idx, idx)]) @ a[idx])
        nl = cn.topological_links(d[np.ix_(idx, idx)], threshold=threshold)
        return float(a[idx] @ (1.0 / (1.0 + nl)) @ a[idx])

    whole = s_of(np.arange(n))
    return 100.0 * (whole - np.array([s_of(np.delete(np.arange(n), k)) for k in range(n)])) / whole


def _layout(n, seed, groups=1, isolated=0, integer=False):
    """Edge-to-edge gaps of random discs in ``groups`` clusters 1000 km apart (p ~ 0 between: with
    ``integer`` the gaps are whole kilometres, so that equal path lengths (ties) abound) plus
    ``isolated`` patches with no link at all (p = 0)."""
    rng = np.random.default_rng(seed)
    xy = rng.uniform(0, 20000, (n, 2)) + 1e6 * rng.integers(0, groups, n)[:, None]
    r = rng.uniform(100, 900, n)
    d = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1]) - r[:, None] - r[None, :]
    d = np.maximum(d, 0.0)
    if integer:
        d = np.round(d / 1000.0) * 1000.0
    np.fill_diagonal(d, 0.0)
    lone = rng.choice(n, size=isolated, replace=False)
    d[lone, :] = d[:, lone] = np.inf
    d[lone, lone] = 0.0
    return np.pi * r ** 2 / 1e4, d


CASES = [dict(n=1, seed=1), dict(n=2, seed=2), dict(n=3, seed=3), dict(n=30, seed=4),
         dict(n=40, seed=5, integer=True), dict(n=45, seed=6, groups=3, isolated=4),
         dict(n=50, seed=7, groups=2, isolated=2, integer=True)]


@pytest.mark.parametrize("case", CASES, ids=lambda c: "-".join("{}{}".format(k, v) for k, v in c.items()))
def test_tree_equals_removal_by_definition(case):
    a, d = _layout(case["n"], case["seed"], case.get("groups", 1), case.get("isolated", 0),
                   case.get("integer", False))
    p = cn.direct_probability(d, k=K)
    p[~np.isfinite(d)] = 0.0
    ref = _definition(a, p=p)
    tree = cn.delta_pc(a, p, landscape_area=1.0, method="tree")
    old = cn.delta_pc(a, p, landscape_area=1.0, method="removal")
    # dPC is in % of PC: 1e-10 percentage points = 1e-12 of PC
    np.testing.assert_allclose(tree, ref, rtol=0, atol=1e-10)
    np.testing.assert_allclose(old, ref, rtol=0, atol=1e-10)
    for thr in (2000.0, 3000.0):
        ref = _definition(a, d=d, threshold=thr)
        np.testing.assert_allclose(cn.delta_iic(a, d, threshold=thr, landscape_area=1.0, method="tree"), ref,
                                   rtol=0, atol=1e-10)
        np.testing.assert_allclose(cn.delta_iic(a, d, threshold=thr, landscape_area=1.0), ref, rtol=0, atol=1e-10)


def test_tree_on_unit_ties_and_directed_links():
    # a 4-cycle of equal links: every pair has two shortest paths, no patch is a connector
    a = np.array([1.0, 2.0, 3.0, 4.0])
    p = np.full((4, 4), 0.0)
    for i in range(4):
        p[i, (i + 1) % 4] = p[(i + 1) % 4, i] = 0.5
    np.fill_diagonal(p, 1.0)
    np.testing.assert_allclose(cn.delta_pc(a, p, landscape_area=1.0, method="tree"), _definition(a, p=p),
                               atol=1e-12)
    # one-way links (p_ij != p_ji): the tree method follows the links' direction as the definition does
    rng = np.random.default_rng(11)
    q = np.where(rng.random((25, 25)) < 0.3, rng.uniform(0.05, 1.0, (25, 25)), 0.0)
    np.fill_diagonal(q, 1.0)
    b = rng.uniform(1, 5, 25)
    np.testing.assert_allclose(cn.delta_pc(b, q, landscape_area=1.0, method="tree"), _definition(b, p=q),
                               rtol=0, atol=1e-10)


def test_robust_links_keep_every_distance_with_and_without_each_patch():
    a, d = _layout(60, 21)
    w = K * d
    g = removal.robust_links(w.copy())
    assert g.nnz < 0.5 * 60 * 59                   # long links with two stepping stones are gone
    assert np.count_nonzero(d[np.triu_indices(60, 1)] == 0) > 0     # touching patches: links of weight 0
    for k in [None, 0, 17, 33]:
        keep = np.arange(60) if k is None else np.delete(np.arange(60), k)
        i, j = np.nonzero(~np.eye(len(keep), dtype=bool))
        full = csr_matrix((w[np.ix_(keep, keep)][i, j], (i, j)), shape=(len(keep),) * 2)   # zeros kept
        ref = dijkstra(full, directed=True)
        got = dijkstra(g[keep][:, keep], directed=True)
        np.testing.assert_allclose(got, ref, rtol=1e-13, atol=0)


def test_tolerance_bound_holds_and_rank_sources_uses_it():
    a, d = _layout(80, 31)
    p = cn.direct_probability(d, k=3 * K)          # short dispersal: improbable far paths to leave out
    exact = cn.delta_pc(a, p, landscape_area=1.0)
    res = removal.pc_importance(a, p, tolerance=1e-3)
    assert res["limit"] is not None and 0 < res["bound"] <= 1e-3
    assert np.abs(res["dPC"] - exact).max() <= res["bound"]
    assert np.abs(res["dPC"] - exact).max() > 0        # something was left out
    r0 = sources.rank_sources(a, d, dispersal_distance=2500.0 / 3, landscape_area=1e4)
    r1 = sources.rank_sources(a, d, dispersal_distance=2500.0 / 3, landscape_area=1e4, tolerance=1e-3)
    for key in ("dPC", "dPC_intra", "dPC_flux", "dPC_connector"):
        np.testing.assert_allclose(r1[key], r0[key], rtol=0, atol=2e-3)
    assert r1["PC"] == pytest.approx(r0["PC"], rel=1e-5)
    assert r1["dIIC"] == pytest.approx(r0["dIIC"])


def test_tree_progress_cancel_and_single_patch():
    a, d = _layout(20, 41, groups=2)
    p = cn.direct_probability(d, k=K)
    seen = []
    cn.delta_pc(a, p, landscape_area=1.0, method="tree", progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen) and all(0 <= s <= 1 for s in seen)
    with pytest.raises(Cancelled):
        cn.delta_pc(a, p, landscape_area=1.0, method="tree", cancelled=lambda: True)
    assert cn.delta_pc([5.0], np.ones((1, 1)), landscape_area=10.0, method="tree")[0] == pytest.approx(100.0)
    with pytest.raises(ValueError):
        cn.delta_pc(a, p, landscape_area=1.0, method="brute")
    # hand values of the 3-patch chain (test_connectivity): removals PC = 0.19, 0.1075, 0.07
    p3 = cn.direct_probability(np.array([[0.0, 1, 3], [1, 0, 1], [3, 1, 0]]), k=math.log(2))
    np.testing.assert_allclose(cn.delta_pc([1.0, 2.0, 3.0], p3, landscape_area=10.0, method="tree"),
                               100 * (0.235 - np.array([0.19, 0.1075, 0.07])) / 0.235)


def test_auto_method_takes_the_tree_above_800_patches(monkeypatch):
    calls = []

    def fake(a, p, **kw):
        calls.append(len(a))
        return {"dPC": np.zeros(len(a))}

    monkeypatch.setattr(cn.removal, "pc_importance", fake)
    for n in (801, 3):
        cn.delta_pc(np.ones(n), np.eye(n), landscape_area=float(n))
    assert calls == [801]


def test_tolerance_with_cut_patches():
    # a chain: every inner patch cuts it, so its removal takes the far pairs to p* = 0 (not just past L)
    n = 30
    gap = np.abs(np.subtract.outer(np.arange(n), np.arange(n)))
    p = np.where(gap <= 1, 0.5 ** gap, 0.0)
    a = np.linspace(1.0, 3.0, n)
    exact = _definition(a, p=p)
    res = removal.pc_importance(a, p, tolerance=1e-6)
    assert res["bound"] <= 1e-6 and np.abs(res["dPC"] - exact).max() <= res["bound"]
    np.testing.assert_allclose(cn.delta_pc(a, p, landscape_area=1.0, method="tree"), exact, rtol=0, atol=1e-10)
