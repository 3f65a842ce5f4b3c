"""Tests of core.connectivity by hand calculation (three patches in a chain)."""
import math

import numpy as np
import pytest

from eco_restore_plugin.core import connectivity as cn

A = np.array([1.0, 2.0, 3.0])
D = np.array([[0.0, 1.0, 3.0],
              [1.0, 0.0, 1.0],
              [3.0, 1.0, 0.0]])
AL = 10.0


def test_decay_and_direct_probability():
    k = cn.decay_constant(1.0, 0.5)
    assert k == pytest.approx(math.log(2))
    p = cn.direct_probability(D, k)
    np.testing.assert_allclose(p, [[1, .5, .125], [.5, 1, .5], [.125, .5, 1]])


def test_max_product_probability_uses_stepping_stone():
    p = cn.direct_probability(D, math.log(2))
    ps = cn.max_product_probability(p)
    # 0 -> 1 -> 2: 0.5 * 0.5 = 0.25 > direct 0.125
    assert ps[0, 2] == pytest.approx(0.25) and ps[2, 0] == pytest.approx(0.25)
    assert ps[0, 1] == pytest.approx(0.5)
    # touching patches (p = 1) stay linked with probability 1
    q = np.array([[1.0, 1.0, 0.0], [1.0, 1.0, 0.2], [0.0, 0.2, 1.0]])
    qs = cn.max_product_probability(q)
    assert qs[0, 1] == 1.0 and qs[0, 2] == pytest.approx(0.2)


def test_pc_and_dpc_hand_values():
    p = cn.direct_probability(D, math.log(2))
    # (1 + 4 + 9 + 2 (2*.5 + 6*.5 + 3*.25)) / 100
    assert cn.pc(A, p, AL) == pytest.approx(0.235)
    # without max product the direct 0.125 is used: (14 + 2 (1 + 3 + .375)) / 100
    assert cn.pc(A, p, AL, max_product=False) == pytest.approx(0.2275)
    dpc = cn.delta_pc(A, p, AL)
    # removals: PC = 0.19, 0.1075, 0.07
    np.testing.assert_allclose(dpc, 100 * (0.235 - np.array([0.19, 0.1075, 0.07])) / 0.235)
    assert dpc[1] == pytest.approx(54.2553, abs=1e-4)


def test_iic_and_diic_hand_values():
    nl = cn.topological_links(D, 1.5)
    np.testing.assert_array_equal(nl, [[0, 1, 2], [1, 0, 1], [2, 1, 0]])
    # (14 + 2 (2/2 + 6/2 + 3/3)) / 100
    assert cn.iic(A, nl, AL) == pytest.approx(0.24)
    d = cn.delta_iic(A, D, 1.5, AL)
    # removals: IIC = 0.19, 0.10 (0 and 2 unconnected), 0.07
    np.testing.assert_allclose(d, 100 * (0.24 - np.array([0.19, 0.10, 0.07])) / 0.24)
    seen = []
    cn.delta_iic(A, D, 1.5, AL, progress=seen.append)
    assert seen[-1] == 1.0
    assert cn.delta_iic(A, D, 1.5, AL, cancelled=lambda: True) is None


def test_patch_distances():
    lab = np.zeros((4, 8), int)
    lab[0:2, 0:2] = 1
    lab[0:2, 5:7] = 2
    ids, d = cn.patch_distances(lab, cellsize=10.0)
    assert list(ids) == [1, 2]
    assert d[0, 1] == pytest.approx(40.0) and d[0, 0] == 0
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
