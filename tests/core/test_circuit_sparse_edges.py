"""The raster resistor network holds only its real edges (issue 20): the edge list equals the Circuitscape
rules cell by cell, its size follows the edges, not the raster, and the node currents from it equal the
direct sum over a cell's edges."""
import math

import numpy as np

from eco_restore_plugin.core import circuit


def _dense_rule(res, dr, dc, avg=True):
    """Edge conductance of every cell to its (dr, dc) neighbour by the rule (0 where no edge)."""
    c = np.where(np.isfinite(res) & (res > 0), 1.0 / res, 0.0)
    rows, cols = res.shape
    out = np.zeros((rows - dr, cols - abs(dc)))
    for r in range(rows - dr):
        for k in range(cols - abs(dc)):
            ca = k if dc >= 0 else k - dc
            c1, c2 = c[r, ca], c[r + dr, ca + dc]
            if c1 > 0 and c2 > 0:
                w = 2 * c1 * c2 / (c1 + c2) if avg else 0.5 * (c1 + c2)
                out[r, k] = w / math.sqrt(2) if dr and dc else w
    return out


def test_edges_follow_the_rules():
    rng = np.random.default_rng(1)
    res = 1 + 20 * rng.random((9, 11))
    res[rng.random(res.shape) < 0.25] = np.nan
    for avg in (True, False):
        g = circuit.build_graph(res, avg_resistance=avg)
        assert [(dr, dc) for dr, dc, _w in g.edges] == [(0, 1), (1, 0), (1, 1), (1, -1)]
        for dr, dc, w in g.edges:
            np.testing.assert_allclose(w, _dense_rule(res, dr, dc, avg), rtol=1e-15, atol=0)
        for (dr, dc, ia, w), (_, _, dense) in zip(g.edge_list, g.edges):
            assert np.all(w > 0) and ia.size == int((dense > 0).sum())


def test_memory_follows_the_edges_not_the_raster():
    res = np.full((1500, 1600), np.nan)
    res[700:740, 800:830] = 5.0                       # 1,200 habitat cells in 2.4 M
    g = circuit.build_graph(res)
    n_edges = sum(ia.size for _dr, _dc, ia, _w in g.edge_list)
    assert n_edges == 39 * 30 + 40 * 29 + 2 * 39 * 29  # E, S, SE and SW neighbours inside the block
    assert sum(ia.nbytes + w.nbytes for _dr, _dc, ia, w in g.edge_list) < 60_000
    assert g.n_nodes == 1200


def test_edge_current_sums_by_definition():
    rng = np.random.default_rng(3)
    res = 1 + 10 * rng.random((12, 10))
    res[4:6, 2:8] = np.nan
    g = circuit.build_graph(res)
    v = rng.random(res.shape)
    got = g.edge_current_sums(v)
    want = np.zeros(res.shape)
    for dr, dc, w in g.edges:
        for r in range(w.shape[0]):
            for k in range(w.shape[1]):
                ca = k if dc >= 0 else k - dc
                f = abs(v[r + dr, ca + dc] - v[r, ca]) * w[r, k]
                want[r, ca] += f
                want[r + dr, ca + dc] += f
    np.testing.assert_allclose(got, want, rtol=1e-14, atol=0)
