"""Circuit maps made on a set of cells (issue 20: memory following the network, not the raster) equal the
whole-grid maps at those cells bit for bit, in every mode and path that makes maps; a set that misses a
cell of the network or of a focal region is refused."""
import os

import numpy as np
import pytest

from eco_restore_plugin.core import circuit, pinchpoints


def _landscape(seed=2, shape=(36, 41)):
    """Habitat with nodata holes; polygons (one with nodata cells, one wholly on nodata) and the map cells:
    every cell with a node plus every labelled cell."""
    rng = np.random.default_rng(seed)
    res = 1.0 + 50.0 * rng.random(shape)
    res[rng.random(shape) < 0.35] = np.nan            # a corridor-like, patchy network
    lab = np.zeros(shape, dtype=np.int64)
    lab[2:6, 3:8] = 1
    lab[28:33, 30:37] = 2
    lab[15:19, 18:22] = 3
    lab[30:34, 2:6] = 4
    res[16, 19] = np.nan                              # a source cell with no resistance: painted, no node
    lab[0:2, 38:41] = 5
    res[0:3, 37:41] = np.nan                          # a source wholly on nodata: no node at all
    return res, lab


def _cells(graph, lab):
    return np.flatnonzero((graph.node_of_cell >= 0) | (lab.ravel() > 0))


def _same(full, part, cells):
    """The 1-D map equals the whole-grid map on ``cells`` bit for bit (and nothing is lost elsewhere)."""
    flat = np.asarray(full).ravel()
    assert part.shape == cells.shape
    assert np.array_equal(flat[cells], part)
    rest = np.ones(flat.size, bool)
    rest[cells] = False
    assert not flat[rest].any()


@pytest.mark.parametrize("polygons", [True, False])
def test_pairwise_maps_on_cells_equal_the_grid(polygons):
    res, lab = _landscape()
    g = circuit.build_graph(res, polygons=lab if polygons else None)
    cells = _cells(g, lab)
    assert cells.size < res.size * 0.8
    kept_full, kept_part = {}, {}
    full = circuit.pairwise(g, lab, cum_map=True, max_map=True, solver="direct",
                            pair_callback=lambda i, j, c, v: kept_full.setdefault((i, j), (c.copy(), v.copy())))
    part = circuit.pairwise(g, lab, cum_map=True, max_map=True, solver="direct", map_cells=cells,
                            pair_callback=lambda i, j, c, v: kept_part.setdefault((i, j), (c.copy(), v.copy())))
    assert np.array_equal(full.resistance, part.resistance, equal_nan=True)
    assert full.disconnected == part.disconnected and (1, 5) in part.disconnected
    assert sorted(kept_full) == sorted(kept_part) and len(kept_part) >= 6
    for key, (c, v) in kept_full.items():
        _same(c, kept_part[key][0], cells)
        _same(v, kept_part[key][1], cells)
        assert c.ravel()[cells].max() > 0
    _same(full.cum_current, part.cum_current, cells)
    _same(full.max_current, part.max_current, cells)
    # the summed map of the fast path (per edge, no per-pair maps) is taken on the cells too
    acc_full = circuit.pairwise(g, lab, solver="direct")
    acc_part = circuit.pairwise(g, lab, solver="direct", map_cells=cells)
    _same(acc_full.cum_current, acc_part.cum_current, cells)


@pytest.mark.parametrize("mode", ["all_to_one", "one_to_all"])
def test_focal_modes_on_cells_equal_the_grid(mode):
    res, lab = _landscape(seed=4)
    g = circuit.build_graph(res, polygons=lab)
    cells = _cells(g, lab)
    run = getattr(circuit, mode)
    full = run(g, lab, solver="direct")
    part = run(g, lab, solver="direct", map_cells=cells)
    assert np.array_equal(full.resistance, part.resistance)
    _same(full.cum_current, part.cum_current, cells)
    for i in full.current:
        _same(full.current[i], part.current[i], cells)
        _same(full.voltage[i], part.voltage[i], cells)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_forked_focal_regions_on_cells(monkeypatch):
    """Focal regions without polygons (one graph per pair), half of the pairs in a forked child adding into
    shared memory of the map cells' size: the same maps as the whole grid."""
    res, lab = _landscape(seed=6)
    g = circuit.build_graph(res)
    cells = _cells(g, lab)
    monkeypatch.setenv("ECO_RESTORE_CIRCUIT_WORKERS", "2")
    monkeypatch.setattr(circuit, "PARALLEL_MIN_NODES", 0)
    full = circuit.pairwise(g, lab, solver="direct", max_map=True)
    part = circuit.pairwise(g, lab, solver="direct", max_map=True, map_cells=cells)
    assert part.n_solves == full.n_solves >= 6
    _same(full.cum_current, part.cum_current, cells)
    _same(full.max_current, part.max_current, cells)


def test_map_cells_must_hold_the_network_and_the_regions():
    res, lab = _landscape()
    g = circuit.build_graph(res, polygons=lab)
    cells = _cells(g, lab)
    with pytest.raises(ValueError, match="every cell of the resistor network"):
        circuit.pairwise(g, lab, map_cells=cells[1:])
    gone = np.flatnonzero(lab.ravel() == 5)             # the source wholly on nodata: painted, no node
    assert (g.node_of_cell[gone] < 0).all()
    with pytest.raises(ValueError, match="not one of the map cells"):
        circuit.pairwise(g, lab, map_cells=np.setdiff1d(cells, gone))
    g = circuit.build_graph(res)                        # without polygons: region 3's nodata cell
    painted = np.flatnonzero(lab.ravel() == 3)
    painted = painted[g.node_of_cell[painted] < 0]
    assert painted.size >= 1
    with pytest.raises(ValueError, match="not one of the map cells"):
        circuit.all_to_one(g, lab, map_cells=np.setdiff1d(_cells(g, lab), painted[:1]))
    with pytest.raises(ValueError, match="sorted"):
        circuit.pairwise(g, lab, map_cells=cells[::-1])


def test_pinch_points_memory_follows_the_corridors():
    """The pinch-point step's maps are made on the corridors' cells: its pair callback sees 1-D maps of the
    corridor size, and the result is the whole-grid current (checked against the grid maps by hand)."""
    res, lab = _landscape(seed=8, shape=(60, 70))
    res = np.where(np.isfinite(res), res, 30.0)
    seen = []
    orig = circuit.pairwise

    def spy(*a, **k):
        out = orig(*a, **k)
        seen.append(k.get("map_cells"))
        return out

    circuit.pairwise = spy
    try:
        r = pinchpoints.pinch_points(res, lab[:60, :70], cutoff=400.0, cellsize=1.0)
    finally:
        circuit.pairwise = orig
    cells = seen[0]
    assert cells is not None and cells.size < res.size
    g = circuit.build_graph(np.where(r.corridor, res, np.nan), polygons=lab)
    pr = circuit.pairwise(g, lab, pairs=r.pairs, cum_map=True, pair_callback=lambda *a: None)
    assert np.array_equal(r.current, np.where(r.corridor, pr.cum_current, 0.0))
