"""Tests of core.network (current-flow centrality) by hand calculation, a brute-force solve per pair
and invariants."""
import itertools

import numpy as np
import pytest

from eco_restore_plugin.core import network as nw


def _brute(n, edges, weights):
    """Node throughput and edge current summed over pairs, one Laplacian solve per pair (lstsq)."""
    lap = np.zeros((n, n))
    for (a, b), w in zip(edges, weights):
        if a != b:
            lap[a, a] += 1 / w
            lap[b, b] += 1 / w
            lap[a, b] -= 1 / w
            lap[b, a] -= 1 / w
    node, edge = np.zeros(n), np.zeros(len(edges))
    for s, t in itertools.combinations(range(n), 2):
        rhs = np.zeros(n)
        rhs[s], rhs[t] = 1, -1
        v = np.linalg.lstsq(lap, rhs, rcond=None)[0]
        if np.abs(lap @ v - rhs).max() > 1e-9:
            continue                      # s and t in different components
        cur = np.array([abs(v[a] - v[b]) / w for (a, b), w in zip(edges, weights)])
        edge += cur
        for i in range(n):
            if i in (s, t):
                node[i] += 1
            else:
                node[i] += 0.5 * sum(c for (a, b), c in zip(edges, cur) if i in (a, b) and a != b)
    return node, edge


def test_path_of_three_by_hand():
    r = nw.current_flow_centrality(3, [(0, 1), (1, 2)], [1.0, 1.0])
    # pairs (0,1), (1,2), (0,2): each link carries 1 A in two pairs; the middle node passes (0,2)
    np.testing.assert_allclose(r["edge"], [2, 2])
    np.testing.assert_allclose(r["node"], [2, 3, 2])
    assert r["pairs"] == 3 and r["pairs_disconnected"] == 0
    # resistance does not change currents on a tree
    r = nw.current_flow_centrality(3, [(0, 1), (1, 2)], [5.0, 0.1])
    np.testing.assert_allclose(r["edge"], [2, 2])


def test_square_with_diagonal_by_hand():
    edges = [(0, 1), (1, 2), (2, 3), (3, 0), (0, 2)]
    r = nw.current_flow_centrality(4, edges, [1.0] * 5)
    # diagonal: pair (0,2) 0.5 A (parallel with two 2-ohm paths), pair (1,3) 0 A (symmetry),
    # each of the four side pairs 0.25 A (v = 0.625, 0, 0.375, 0.5 for pair (0,1))
    assert r["edge"][4] == pytest.approx(1.5)
    # node 1: 3 pairs as end point + 0.25 (pair 0-2) + 0.125 (pair 0-3) + 0.125 (pair 2-3)
    assert r["node"][1] == pytest.approx(3.5)
    node, edge = _brute(4, edges, [1.0] * 5)
    np.testing.assert_allclose(r["node"], node)
    np.testing.assert_allclose(r["edge"], edge)


def test_bridge_carries_most_and_symmetry():
    # two triangles joined by the bridge 2-3
    edges = [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (2, 3)]
    w = [1.0, 2.0, 1.5, 2.0, 1.0, 1.5, 3.0]
    r = nw.current_flow_centrality(6, edges, w)
    assert r["edge"][6] == pytest.approx(9.0)       # every one of the 3 x 3 crossing pairs: 1 A
    assert r["edge"].argmax() == 6
    # mirror symmetry (0, 1, 2) <-> (5, 4, 3): same weights in the same roles
    np.testing.assert_allclose(r["node"][[0, 1, 2]], r["node"][[5, 4, 3]])
    np.testing.assert_allclose(r["edge"][[0, 1, 2]], r["edge"][[4, 3, 5]])
    node, edge = _brute(6, edges, w)
    np.testing.assert_allclose(r["node"], node)
    np.testing.assert_allclose(r["edge"], edge)


def test_random_network_against_brute_force_and_parallel_edges():
    rng = np.random.default_rng(4)
    n = 9
    edges = [(i, i + 1) for i in range(n - 1)] + [tuple(rng.choice(n, 2, replace=False)) for _ in range(8)]
    edges.append(edges[0])                                   # a parallel corridor
    w = list(rng.uniform(0.5, 5, len(edges)))
    r = nw.current_flow_centrality(n, edges, w)
    node, edge = _brute(n, edges, w)
    np.testing.assert_allclose(r["node"], node, rtol=1e-9)
    np.testing.assert_allclose(r["edge"], edge, rtol=1e-9)
    # the two parallel links share their pair's current in proportion to their conductances
    assert r["edge"][0] / r["edge"][-1] == pytest.approx(w[-1] / w[0])


def test_disconnected_components_and_isolated_node():
    edges = [(0, 1), (2, 3), (3, 4)]
    r = nw.current_flow_centrality(6, edges, [1.0, 1.0, 1.0])
    assert r["n_components"] == 3                    # {0,1}, {2,3,4}, {5}
    assert r["pairs"] == 1 + 3 and r["pairs_disconnected"] == 15 - 4
    np.testing.assert_allclose(r["edge"], [1, 2, 2])
    np.testing.assert_allclose(r["node"], [1, 1, 2, 3, 2, 0])


def test_bad_input():
    with pytest.raises(ValueError):
        nw.current_flow_centrality(2, [(0, 1)], [0.0])
    with pytest.raises(ValueError):
        nw.current_flow_centrality(2, [(0, 2)], [1.0])
    with pytest.raises(ValueError):
        nw.current_flow_centrality(2, [(0, 1)], [1.0, 2.0])
    r = nw.current_flow_centrality(2, [(0, 0), (0, 1)], [1.0, 1.0])   # self-loop carries nothing
    np.testing.assert_allclose(r["edge"], [0, 1])
