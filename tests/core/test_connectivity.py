"""Tests of core.connectivity by hand calculation (three patches in a chain)."""
import math

import numpy as np
import pytest

from eco_restore_plugin.core import connectivity as cn
from eco_restore_plugin.core._progress import Cancelled

A = np.array([1.0, 2.0, 3.0])
D = np.array([[0.0, 1.0, 3.0],
              [1.0, 0.0, 1.0],
              [3.0, 1.0, 0.0]])
AL = 10.0


def test_decay_and_direct_probability():
    k = cn.decay_constant(1.0, probability=0.5)
    assert k == pytest.approx(math.log(2))
    p = cn.direct_probability(D, k=k)
    np.testing.assert_allclose(p, [[1, .5, .125], [.5, 1, .5], [.125, .5, 1]])


def test_max_product_probability_uses_stepping_stone():
    p = cn.direct_probability(D, k=math.log(2))
    ps = cn.max_product_probability(p)
    # 0 -> 1 -> 2: 0.5 * 0.5 = 0.25 > direct 0.125
    assert ps[0, 2] == pytest.approx(0.25) and ps[2, 0] == pytest.approx(0.25)
    assert ps[0, 1] == pytest.approx(0.5)
    # touching patches (p = 1) stay linked with probability 1
    q = np.array([[1.0, 1.0, 0.0], [1.0, 1.0, 0.2], [0.0, 0.2, 1.0]])
    qs = cn.max_product_probability(q)
    assert qs[0, 1] == 1.0 and qs[0, 2] == pytest.approx(0.2)


def test_pc_and_dpc_hand_values():
    p = cn.direct_probability(D, k=math.log(2))
    # (1 + 4 + 9 + 2 (2*.5 + 6*.5 + 3*.25)) / 100
    assert cn.pc(A, p, landscape_area=AL) == pytest.approx(0.235)
    # without max product the direct 0.125 is used: (14 + 2 (1 + 3 + .375)) / 100
    assert cn.pc(A, p, landscape_area=AL, max_product=False) == pytest.approx(0.2275)
    dpc = cn.delta_pc(A, p, landscape_area=AL)
    # removals: PC = 0.19, 0.1075, 0.07
    np.testing.assert_allclose(dpc, 100 * (0.235 - np.array([0.19, 0.1075, 0.07])) / 0.235)
    assert dpc[1] == pytest.approx(54.2553, abs=1e-4)


def test_iic_and_diic_hand_values():
    nl = cn.topological_links(D, threshold=1.5)
    np.testing.assert_array_equal(nl, [[0, 1, 2], [1, 0, 1], [2, 1, 0]])
    # (14 + 2 (2/2 + 6/2 + 3/3)) / 100
    assert cn.iic(A, nl, landscape_area=AL) == pytest.approx(0.24)
    d = cn.delta_iic(A, D, threshold=1.5, landscape_area=AL)
    # removals: IIC = 0.19, 0.10 (0 and 2 unconnected), 0.07
    np.testing.assert_allclose(d, 100 * (0.24 - np.array([0.19, 0.10, 0.07])) / 0.24)
    seen = []
    cn.delta_iic(A, D, threshold=1.5, landscape_area=AL, progress=seen.append)
    assert seen[-1] == 1.0
    with pytest.raises(Cancelled):
        cn.delta_iic(A, D, threshold=1.5, landscape_area=AL, cancelled=lambda: True)


def test_patch_distances():
    lab = np.zeros((4, 8), int)
    lab[0:2, 0:2] = 1
    lab[0:2, 5:7] = 2
    ids, d = cn.patch_distances(lab, cellsize=10.0)
    assert list(ids) == [1, 2]
    # columns 2, 3, 4 lie between the patches: a 30 m gap between cell edges
    assert d[0, 1] == pytest.approx(30.0) and d[0, 0] == 0
    ids, c = cn.patch_distances(lab, cellsize=10.0, method="centroid")
    assert c[0, 1] == pytest.approx(50.0)


def test_network_indices():
    r = cn.network_indices(3, 4)
    assert r["alpha"] == pytest.approx(0.0)
    assert r["beta"] == pytest.approx(0.75)
    assert r["gamma"] == pytest.approx(0.5)
    r = cn.network_indices(5, 4)
    assert r["alpha"] == pytest.approx(2 / 3) and r["gamma"] == pytest.approx(5 / 6)
    assert math.isnan(cn.network_indices(1, 2)["alpha"])


def _brute_delta(a, p=None, d=None, threshold=None, al=1.0):
    """dPC / dIIC by removing each patch and recomputing everything (the definition)."""
    n = len(a)
    if p is not None:
        whole = cn.pc(a, p, landscape_area=al)
        sub = [cn.pc(a[k], p[np.ix_(k, k)], landscape_area=al) for k in (np.arange(n) != i for i in range(n))]
    else:
        whole = cn.iic(a, cn.topological_links(d, threshold=threshold), landscape_area=al)
        sub = [cn.iic(a[k], cn.topological_links(d[np.ix_(k, k)], threshold=threshold), landscape_area=al)
               for k in (np.arange(n) != i for i in range(n))]
    return 100 * (whole - np.array(sub)) / whole


def _random_patches(n, seed):
    rng = np.random.default_rng(seed)
    xy = rng.uniform(0, 30000, (n, 2))
    r = rng.uniform(100, 800, n)
    d = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1])
    d = np.maximum(0.0, d - r[:, None] - r[None, :])
    np.fill_diagonal(d, 0.0)
    return np.pi * r ** 2, d


@pytest.mark.parametrize("seed", [1, 2])
def test_fast_delta_equals_removal_by_definition(seed):
    a, d = _random_patches(40, seed)
    d[3, 7] = d[7, 3] = 0.0                        # two touching patches (p = 1)
    p = cn.direct_probability(d, k=cn.decay_constant(2500.0, probability=0.5))
    np.testing.assert_allclose(cn.delta_pc(a, p, landscape_area=9e8), _brute_delta(a, p=p, al=9e8), atol=1e-9)
    np.testing.assert_allclose(cn.delta_iic(a, d, threshold=2500.0, landscape_area=9e8),
                               _brute_delta(a, d=d, threshold=2500.0, al=9e8),
                               atol=1e-9)


def test_delta_single_patch_and_fractions():
    assert cn.delta_pc([5.0], np.ones((1, 1)), landscape_area=10.0)[0] == pytest.approx(100.0)
    assert cn.delta_iic([5.0], np.zeros((1, 1)), threshold=1.0,
                        landscape_area=10.0)[0] == pytest.approx(100.0)
    p = cn.direct_probability(D, k=math.log(2))
    intra, flux = cn.delta_pc_fractions(A, p)
    # S = 23.5 (PC * A_L^2); intra_1 = 4 / 23.5; flux_1 = 2 * 2 * (1 * .5 + 3 * .5) / 23.5
    assert intra[1] == pytest.approx(100 * 4 / 23.5)
    assert flux[1] == pytest.approx(100 * 8 / 23.5)
    # patch 1 is the stepping stone 0-1-2: without it p*_02 falls from .25 to the direct .125,
    # connector = dPC - intra - flux = 2 * 1 * 3 * (.25 - .125) / 23.5
    dpc = cn.delta_pc(A, p, landscape_area=AL)
    assert dpc[1] - intra[1] - flux[1] == pytest.approx(100 * 0.75 / 23.5)
    # end patches are no connectors
    assert dpc[0] - intra[0] - flux[0] == pytest.approx(0.0, abs=1e-12)


def test_point_set_distances_and_cell_gaps():
    sets = [np.array([[0.0, 0.0], [0.0, 10.0]]), np.array([[30.0, 40.0]]), np.array([[0.0, 13.0]])]
    d = cn.point_set_distances(sets)
    assert d[0, 1] == pytest.approx(math.hypot(30, 30)) and d[0, 2] == pytest.approx(3.0)
    assert d[1, 2] == pytest.approx(math.hypot(30, 27)) and np.allclose(d, d.T)
    # cell centres 10 m apart diagonally: squares touch at a corner -> gap 0; 2 cells apart: gap 10
    g = cn.point_set_distances([np.array([[0.0, 0.0]]), np.array([[10.0, 10.0]]), np.array([[0.0, 20.0]])],
                               cell=(10.0, 10.0))
    assert g[0, 1] == 0.0 and g[0, 2] == pytest.approx(10.0)
    lab = np.zeros((5, 5), int)
    lab[0, 0] = 1
    lab[1, 1] = 2
    lab[4, 4] = 3
    ids, d = cn.patch_distances(lab, cellsize=30.0)
    assert d[0, 1] == 0.0 and d[1, 2] == pytest.approx(math.hypot(60, 60))


def test_sources_patches_rank_and_select():
    from eco_restore_plugin.core import sources

    hab = np.zeros((6, 12), bool)
    hab[0:2, 0:2] = True          # 4 cells
    hab[0:3, 4:7] = True          # 9 cells, the stepping stone
    hab[0:2, 9:12] = True         # 6 cells
    hab[5, 0] = True              # 1 cell, dropped by the area filter
    lab, areas, n_all = sources.habitat_patches(hab, cell_area=1.0, min_area=2.0)
    assert n_all == 4 and list(areas) == [4.0, 9.0, 6.0] and lab.max() == 3 and lab[5, 0] == 0
    # 4-connectivity splits a diagonal pair
    diag = np.eye(3, dtype=bool)
    assert sources.habitat_patches(diag, cell_area=1.0, connectivity=4)[2] == 3
    assert sources.habitat_patches(diag, cell_area=1.0, connectivity=8)[2] == 1
    ids, d = cn.patch_distances(lab, cellsize=1.0)
    assert d[0, 1] == pytest.approx(2.0) and d[1, 2] == pytest.approx(2.0) and d[0, 2] == pytest.approx(7.0)
    r = sources.rank_sources(areas, d, dispersal_distance=2.0, probability=0.5, landscape_area=72.0)
    # p = .5 for the neighbours, p*_02 = .25 > direct 2^-3.5: the middle patch ranks first
    s = 16 + 81 + 36 + 2 * (4 * 9 * .5 + 9 * 6 * .5 + 4 * 6 * .25)
    assert r["PC"] == pytest.approx(s / 72.0 ** 2)
    assert list(r["rank"]) == [3, 1, 2]
    assert r["EC_PC"] == pytest.approx(math.sqrt(s))
    # IIC links at <= 2: 0-1-2 chain, nl_02 = 2
    assert r["IIC"] == pytest.approx((16 + 81 + 36 + 2 * (36 / 2 + 54 / 2 + 24 / 3)) / 72.0 ** 2)
    np.testing.assert_allclose(r["dPC_intra"] + r["dPC_flux"] + r["dPC_connector"], r["dPC"])
    assert list(sources.select_sources(r["rank"], r["dPC"], top_n=2)) == [False, True, True]
    keep = sources.select_sources(r["rank"], r["dPC"], min_dpc=r["dPC"][2])
    assert list(keep) == [False, True, True]
    with pytest.raises(ValueError):
        sources.rank_sources([], np.zeros((0, 0)), dispersal_distance=100.0)
    with pytest.raises(ValueError):
        sources.rank_sources(areas, d, dispersal_distance=2.0, landscape_area=1.0)
    one = sources.rank_sources([5.0], np.zeros((1, 1)), dispersal_distance=100.0)
    assert one["dPC"][0] == pytest.approx(100.0) and one["rank"][0] == 1


def test_delta_progress_and_cancel():
    a, d = _random_patches(12, 3)
    p = cn.direct_probability(d, k=cn.decay_constant(2500.0, probability=0.5))
    seen = []
    cn.delta_pc(a, p, landscape_area=9e8, progress=seen.append)
    assert seen[-1] == 1.0 and all(0 <= s <= 1 for s in seen) and seen == sorted(seen)
    with pytest.raises(Cancelled):
        cn.delta_pc(a, p, landscape_area=9e8, cancelled=lambda: True)
    with pytest.raises(Cancelled):
        cn.point_set_distances([np.zeros((1, 2))] * 3, cancelled=lambda: True)
