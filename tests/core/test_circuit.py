"""Circuit theory core (eco_restore_plugin.core.circuit) against the Circuitscape verify suite.

Every case in ../shared/peerdata/circuitscape is run from its .ini and compared with the outputs
written by Circuitscape (resistances: relative 1e-6; maps: sum of squared errors < 1e-6, the
Circuitscape.jl test criterion). See that folder's NOTES.md for the file layouts.
"""
import configparser
import glob
import os
import re

import numpy as np
import pytest

from eco_restore_plugin.core import circuit
from eco_restore_plugin.core.ascgrid import read_asc, write_asc
from tests.conftest import peer_params
from eco_restore_plugin.core._progress import Cancelled

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.environ.get("ECO_RESTORE_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))
CS = os.path.join(SHARED, "peerdata", "circuitscape")
CASES = sorted(os.path.basename(p) for p in glob.glob(os.path.join(CS, "*Verify*")))

R_RTOL = 1e-6
MAP_SSE = 1e-6

needs_peer = pytest.mark.skipif(not os.path.isdir(CS), reason="peer data not found at " + CS)


# ---------------------------------------------------------------------------------------------
# helpers: run a Circuitscape job file with the core
# ---------------------------------------------------------------------------------------------
def _ini(case):
    cp = configparser.ConfigParser()
    cp.read(os.path.join(CS, case, case + ".ini"))
    opts = {}
    for sec in cp.sections():
        for k, v in cp.items(sec):
            opts[k] = v.strip()
    return opts


def _true(opts, key):
    return opts.get(key, "False").strip().lower() == "true"


def _grid(case, rel):
    """Read an input grid; a .tif is read through its .asc twin (no GDAL in the core tests)."""
    path = os.path.join(CS, case, rel)
    if path.endswith(".tif"):
        twin = path[:-4] + ".asc"
        if not os.path.exists(twin):
            pytest.skip("{} is a GeoTIFF without an .asc twin".format(rel))
        path = twin
    return read_asc(path)


def _focal(case, opts, header):
    rel = opts["point_file"]
    path = os.path.join(CS, case, rel)
    if path.endswith(".txt"):
        return circuit.read_focal_text(path, header=header)
    return _grid(case, rel)[0]


def run_case(case, solver="auto", strategy="auto", ignore_included_pairs=False):
    """Run one Circuitscape job with the core; returns (opts, result)."""
    opts = _ini(case)
    hab, header = _grid(case, opts["habitat_file"])
    polys = _grid(case, opts["polygon_file"])[0] if _true(opts, "use_polygons") else None
    mask = _grid(case, opts["mask_file"])[0] if _true(opts, "use_mask") else None
    graph = circuit.build_graph(hab, is_resistance=_true(opts, "habitat_map_is_resistances"),
                                polygons=polys, mask=mask,
                                four_neighbors=_true(opts, "connect_four_neighbors_only"),
                                avg_resistance=_true(opts, "connect_using_avg_resistances"))
    scen = opts["scenario"]
    if scen == "advanced":
        src = _grid(case, opts["source_file"])[0]
        gnd = _grid(case, opts["ground_file"])[0]
        res = circuit.advanced(graph, src, gnd,
                               grounds_are_resistances=_true(opts, "ground_file_is_resistances"),
                               remove_src_or_gnd=opts.get("remove_src_or_gnd", "keepall"),
                               use_direct_grounds=_true(opts, "use_direct_grounds"),
                               use_unit_currents=_true(opts, "use_unit_currents"), solver=solver)
        return opts, res
    focal = _focal(case, opts, header)
    if scen == "pairwise":
        pairs = exclude = ids = None
        if _true(opts, "use_included_pairs") and not ignore_included_pairs:
            mode, listed, ids = circuit.read_included_pairs(os.path.join(CS, case, opts["included_pairs_file"]))
            if mode == "include":
                pairs = listed
            else:
                exclude = listed
        res = circuit.pairwise(graph, focal, pairs=pairs, exclude_pairs=exclude, focal_ids=ids, cum_map=True,
                               max_map=True, pair_maps=True, solver=solver, strategy=strategy)
        return opts, res
    strengths = None
    if _true(opts, "use_variable_source_strengths"):
        strengths = {int(a): float(b) for a, b in
                     (ln.split()[:2] for ln in open(os.path.join(CS, case, opts["variable_source_file"]))
                      if ln.strip())}
    fn = circuit.one_to_all if scen == "one-to-all" else circuit.all_to_one
    return opts, fn(graph, focal, strengths=strengths, maps=True, solver=solver)


def _expected(case, suffix):
    return os.path.join(CS, case, "expected", "{}_{}".format(case, suffix))


def _sse(got, path):
    exp = read_asc(path)[0]
    exp = np.where(np.isfinite(exp), exp, 0.0)
    assert got.shape == exp.shape
    return float(np.sum((got - exp) ** 2))


def _check_resistances_pairwise(case, res):
    exp = np.loadtxt(_expected(case, "resistances.out"))
    ids = exp[0, 1:].astype(int)
    assert ids.tolist() == res.ids.tolist()
    got = res.circuitscape_matrix()[1:, 1:]
    want = exp[1:, 1:]
    bad = []
    for a in range(len(ids)):
        for b in range(len(ids)):
            w, g = want[a, b], got[a, b]
            if w == -1:
                ok = g == -1
            else:
                ok = abs(g - w) <= R_RTOL * max(abs(w), 1e-12) + 1e-12
            if not ok:
                bad.append((int(ids[a]), int(ids[b]), w, g))
    assert not bad, "resistance mismatches (i, j, expected, got): {}".format(bad[:10])


# ---------------------------------------------------------------------------------------------
# the peer cases
# ---------------------------------------------------------------------------------------------
@needs_peer
@pytest.mark.peer
@pytest.mark.parametrize("case", peer_params(CASES, os.path.join(CS, "*Verify*")))
def test_circuitscape_case(case):
    opts, res = run_case(case)
    scen = opts["scenario"]
    checked = 0
    if scen == "advanced":
        assert _sse(res.current, _expected(case, "curmap.asc")) < MAP_SSE
        assert _sse(res.voltage, _expected(case, "voltmap.asc")) < MAP_SSE
        assert res.floating_components == 0
        return
    if scen == "pairwise":
        _check_resistances_pairwise(case, res)
        checked += 1
        for path in sorted(glob.glob(_expected(case, "*map*.asc"))):
            name = os.path.basename(path)[len(case) + 1:-4]
            m = re.match(r"(cur|volt)map_(\d+)_(\d+)$", name)
            if m:
                kind, i, j = m.group(1), int(m.group(2)), int(m.group(3))
                src = res
                if (i, j) not in res.pair_current:
                    # sgVerify13: Circuitscape also wrote maps for pairs its include matrix leaves
                    # out of the resistances and the cumulative map; check them on a full run.
                    assert _true(opts, "use_included_pairs"), (i, j)
                    src = run_case(case, ignore_included_pairs=True)[1]
                got = (src.pair_current if kind == "cur" else src.pair_voltage)[(i, j)]
            elif name == "cum_curmap":
                if not _true(opts, "write_cur_maps"):
                    # Circuitscape did not compute currents (write_cur_maps = False) and wrote an
                    # all-zero accumulator: nothing to compare, but prove that is what it is.
                    assert np.all(np.nan_to_num(read_asc(path)[0]) == 0)
                    continue
                got = res.cum_current
            elif name in ("max_curmap", "curmap_max"):
                got = res.max_current
            else:
                raise AssertionError("unknown expected file " + name)
            sse = _sse(got, path)
            assert sse < MAP_SSE, "{}: sum sq err {:g}".format(name, sse)
            checked += 1
    else:
        exp = np.loadtxt(_expected(case, "resistances.out"))
        assert exp[:, 0].astype(int).tolist() == res.ids.tolist()
        got = np.where(np.isfinite(res.resistance), res.resistance, -1)
        np.testing.assert_allclose(got, exp[:, 1], rtol=R_RTOL, atol=1e-9)
        checked += 1
        for path in sorted(glob.glob(_expected(case, "*map*.asc"))):
            name = os.path.basename(path)[len(case) + 1:-4]
            m = re.match(r"(cur|volt)map_(\d+)$", name)
            if m:
                got = (res.current if m.group(1) == "cur" else res.voltage)[int(m.group(2))]
            elif name == "cum_curmap":
                got = res.cum_current
            else:
                raise AssertionError("unknown expected file " + name)
            sse = _sse(got, path)
            assert sse < MAP_SSE, "{}: sum sq err {:g}".format(name, sse)
            checked += 1
    assert checked >= 1


@needs_peer
@pytest.mark.peer
@pytest.mark.parametrize("solver", ["direct", "amg", "cg"])
@pytest.mark.parametrize("case", ["sgVerify4", "sgVerify9", "sgVerify12", "sgVerify13", "mgVerify2"])
def test_each_solver_matches(case, solver):
    """The same peer values with every solver back-end (pyamg AMG-CG, direct LU, scipy CG)."""
    if solver == "amg" and not circuit.HAVE_PYAMG:
        pytest.skip("pyamg not installed")
    opts, res = run_case(case, solver=solver)
    used = " ".join(res.solver).lower()
    assert {"direct": "splu", "amg": "pyamg", "cg": "cg"}[solver] in used
    if opts["scenario"] == "advanced":
        assert _sse(res.voltage, _expected(case, "voltmap.asc")) < MAP_SSE
    else:
        _check_resistances_pairwise(case, res)
        if _true(opts, "write_cur_maps"):
            assert _sse(res.cum_current, _expected(case, "cum_curmap.asc")) < MAP_SSE


@needs_peer
@pytest.mark.peer
@pytest.mark.parametrize("case", ["sgVerify4", "sgVerify7", "sgVerify10", "sgVerify11"])
def test_fast_path_equals_per_pair(case):
    """The N-1 solve superposition path gives the same numbers as one solve per pair."""
    _, fast = run_case(case)
    _, slow = run_case(case, strategy="per_pair")
    np.testing.assert_allclose(fast.circuitscape_matrix(), slow.circuitscape_matrix(), rtol=1e-9, atol=1e-9)
    np.testing.assert_allclose(fast.cum_current, slow.cum_current, rtol=1e-8, atol=1e-9)
    for key in slow.pair_voltage:
        np.testing.assert_allclose(fast.pair_voltage[key], slow.pair_voltage[key], rtol=1e-8, atol=1e-9)


@needs_peer
def test_fast_path_solve_count():
    """sgVerify4: 6 connected focal points in one component -> 5 solves, not 15."""
    _, res = run_case("sgVerify4")
    assert res.n_solves == 5
    _, slow = run_case("sgVerify4", strategy="per_pair")
    assert slow.n_solves == 15


# ---------------------------------------------------------------------------------------------
# small synthetic checks (analytic values) and bad inputs
# ---------------------------------------------------------------------------------------------
def test_series_chain_analytic():
    """A 1 x 5 chain of resistances 1..5 (avg resistance): R(0,4) = sum of (r_k + r_k+1)/2 = 12."""
    hab = np.array([[1.0, 2, 3, 4, 5]])
    g = circuit.build_graph(hab, four_neighbors=True)
    res = circuit.pairwise(g, [(1, 0, 0), (2, 0, 4)], pair_maps=True)
    assert res.r(1, 2) == pytest.approx(12.0, rel=1e-12)
    np.testing.assert_allclose(res.pair_current[(1, 2)], 1.0)
    np.testing.assert_allclose(res.pair_voltage[(1, 2)], [[0, 1.5, 4, 7.5, 12]])


def test_avg_conductance_and_diagonal():
    """2 x 2 block of conductance 1, 8 neighbours: diagonal edges 1/sqrt2."""
    g = circuit.build_graph(np.ones((2, 2)), is_resistance=False, four_neighbors=False,
                            avg_resistance=False)
    # nodes 0 and 3 (opposite corners): two paths of 2 ohm in parallel (1 ohm) || diagonal sqrt2 ohm
    res = circuit.pairwise(g, [(1, 0, 0), (2, 1, 1)])
    expect = 1.0 / (1.0 + 1.0 / np.sqrt(2.0))
    assert res.r(1, 2) == pytest.approx(expect, rel=1e-12)


def test_no_focal_nodes():
    g = circuit.build_graph(np.ones((3, 3)))
    res = circuit.pairwise(g, np.full((3, 3), np.nan))
    assert res.ids.size == 0 and res.resistance.shape == (0, 0)
    assert np.all(res.cum_current == 0)


def test_one_focal_node():
    g = circuit.build_graph(np.ones((3, 3)))
    res = circuit.pairwise(g, [(7, 1, 1)])
    assert res.ids.tolist() == [7]
    assert res.resistance.tolist() == [[0.0]]
    assert res.n_solves == 0


def test_focal_node_on_nodata_is_disconnected():
    hab = np.ones((3, 3))
    hab[0, 0] = np.nan
    g = circuit.build_graph(hab)
    res = circuit.pairwise(g, [(1, 0, 0), (2, 2, 2), (3, 0, 2)])
    assert np.isinf(res.r(1, 2)) and np.isinf(res.r(1, 3))
    assert (1, 2) in res.disconnected and (1, 3) in res.disconnected
    assert np.isfinite(res.r(2, 3)) and res.r(2, 3) > 0
    assert res.circuitscape_matrix()[1, 2] == -1


@pytest.mark.parametrize("bad", [0.0, -3.0, np.nan, np.inf])
def test_zero_negative_nan_resistance_is_not_a_node(bad):
    """Resistance 0, negative, NaN or inf: the cell is not a node (no current, 0 in the maps)."""
    hab = np.ones((3, 3))
    hab[1, 1] = bad
    g = circuit.build_graph(hab, four_neighbors=True)
    assert g.n_nodes == 8
    res = circuit.pairwise(g, [(1, 0, 0), (2, 2, 2)], pair_maps=True)
    assert res.pair_current[(1, 2)][1, 1] == 0.0
    assert res.r(1, 2) == pytest.approx(2.0)  # two 4-ohm paths around the hole in parallel


def test_disconnected_landscape_reported():
    hab = np.ones((3, 5))
    hab[:, 2] = np.nan  # a wall of nodata
    g = circuit.build_graph(hab)
    res = circuit.pairwise(g, [(1, 0, 0), (2, 2, 4), (3, 2, 1)], cum_map=True)
    assert g.n_components == 2
    assert np.isinf(res.r(1, 2)) and np.isinf(res.r(2, 3))
    assert sorted(res.disconnected) == [(1, 2), (2, 3)]
    assert np.isfinite(res.r(1, 3))
    assert np.all(res.cum_current[:, 3:] == 0)
    # one-to-all: node 2 has nobody in its component
    ota = circuit.one_to_all(g, [(1, 0, 0), (2, 2, 4), (3, 2, 1)])
    assert np.isinf(ota.resistance[1]) and np.isfinite(ota.resistance[0])


def test_advanced_floating_component_reported():
    hab = np.ones((1, 5))
    hab[0, 2] = np.nan
    g = circuit.build_graph(hab, four_neighbors=True)
    src = np.array([[1.0, np.nan, np.nan, 1.0, np.nan]])
    gnd = np.array([[np.nan, 0.0, np.nan, np.nan, np.nan]])  # direct ground only on the left
    out = circuit.advanced(g, src, gnd, grounds_are_resistances=True)
    assert out.floating_components == 1
    assert out.voltage[0, 0] == pytest.approx(1.0) and out.voltage[0, 3] == 0.0


def test_progress_and_cancel():
    rng = np.random.default_rng(0)
    g = circuit.build_graph(rng.uniform(1, 10, (20, 20)))
    pts = [(k + 1, 2 * k, 19 - 2 * k) for k in range(6)]
    seen = []
    circuit.pairwise(g, pts, progress=seen.append)
    assert seen and seen[-1] == pytest.approx(1.0) and all(np.diff(seen) >= 0)
    with pytest.raises(Cancelled):
        circuit.pairwise(g, pts, cancelled=lambda: True)


def test_solver_without_pyamg(monkeypatch):
    """With pyamg unavailable, a large problem falls back to scipy and says which solver it used."""
    monkeypatch.setattr(circuit, "HAVE_PYAMG", False)
    monkeypatch.setattr(circuit, "DIRECT_SOLVER_MAX_NODES", 10)
    g = circuit.build_graph(np.ones((10, 10)))
    res = circuit.pairwise(g, [(1, 0, 0), (2, 9, 9)], solver="amg")
    assert "splu" in res.solver[0]
    ref = circuit.pairwise(g, [(1, 0, 0), (2, 9, 9)], solver="direct")
    assert res.r(1, 2) == pytest.approx(ref.r(1, 2), rel=1e-12)


def test_ascgrid_roundtrip(tmp_path):
    a = np.array([[1.5, np.nan], [3.0, -2.25]])
    p = str(tmp_path / "g.asc")
    write_asc(p, a, header={"xll": 10.0, "yll": 20.0, "cellsize": 5.0})
    b, h = read_asc(p)
    assert np.array_equal(np.isnan(a), np.isnan(b))
    assert np.nanmax(np.abs(a - b)) == 0
    assert h["xll"] == 10.0 and h["cellsize"] == 5.0 and h.shape == (2, 2)
    assert h.row_col(12.0, 29.0) == (0, 0)


@pytest.mark.skipif(not circuit.HAVE_PYAMG or not hasattr(os, "fork"), reason="needs pyamg and os.fork")
def test_two_process_solves_equal_sequential(monkeypatch):
    """The right-hand sides split over a forked child give the same numbers as one process; node 3 sits
    on a nodata cell and is reported disconnected."""
    rng = np.random.default_rng(3)
    hab = 1.0 + 99.0 * rng.random((60, 60))
    hab[rng.random((60, 60)) < 0.03] = np.nan
    g = circuit.build_graph(hab)
    pts = [(k + 1, int(r), int(c)) for k, (r, c) in enumerate([(2, 3), (50, 7), (30, 30), (8, 55), (57, 57)])]
    monkeypatch.setenv("ECO_RESTORE_CIRCUIT_WORKERS", "1")
    one = circuit.pairwise(g, pts, solver="amg")
    monkeypatch.setenv("ECO_RESTORE_CIRCUIT_WORKERS", "2")
    monkeypatch.setattr(circuit, "PARALLEL_MIN_NODES", 0)
    two = circuit.pairwise(g, pts, solver="amg")
    # (not bit-identical: pyamg's set-up estimates a spectral radius from a random start vector)
    np.testing.assert_allclose(one.resistance, two.resistance, rtol=1e-9)
    np.testing.assert_allclose(one.cum_current, two.cum_current, rtol=1e-8, atol=1e-10)
    assert np.isinf(two.r(1, 3)) and (1, 3) in two.disconnected
    ref = circuit.pairwise(g, pts, solver="direct")
    np.testing.assert_allclose(two.resistance, ref.resistance, rtol=1e-8)
    # cancel while the child works: the child is killed and reaped, Cancelled raised
    calls = []
    with pytest.raises(Cancelled):
        circuit.pairwise(g, pts, solver="amg", cancelled=lambda: calls.append(1) or len(calls) > 2)
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)


@pytest.mark.skipif(not circuit.HAVE_PYAMG or not hasattr(os, "fork"), reason="needs pyamg and os.fork")
def test_two_process_focal_regions_equal_sequential(monkeypatch):
    """Focal regions (one graph per pair): half of the pairs in a forked child give the same resistances,
    cumulative and max maps as one process, and the same as the direct solver."""
    rng = np.random.default_rng(5)
    hab = 1.0 + 9.0 * rng.random((40, 40))
    lab = np.zeros((40, 40))
    for k, (r, c) in enumerate([(1, 1), (30, 2), (3, 30), (30, 30), (17, 17)]):
        lab[r:r + 6, c:c + 6] = k + 1
    lab[0:2, 38:40] = 6          # a region on a nodata island: disconnected from all
    hab[0:3, 37:40] = np.nan
    hab[0:2, 38:40] = 1.0
    g = circuit.build_graph(hab)
    monkeypatch.setenv("ECO_RESTORE_CIRCUIT_WORKERS", "1")
    one = circuit.pairwise(g, lab, solver="amg", max_map=True)
    monkeypatch.setenv("ECO_RESTORE_CIRCUIT_WORKERS", "2")
    monkeypatch.setattr(circuit, "PARALLEL_MIN_NODES", 0)
    two = circuit.pairwise(g, lab, solver="amg", max_map=True)
    ref = circuit.pairwise(g, lab, solver="direct", max_map=True)
    assert one.n_solves == two.n_solves == 10
    assert two.disconnected == one.disconnected == [(k, 6) for k in range(1, 6)]
    for got in (two, one):
        np.testing.assert_allclose(got.resistance, ref.resistance, rtol=1e-8)
        np.testing.assert_allclose(got.cum_current, ref.cum_current, rtol=1e-7, atol=1e-9)
        np.testing.assert_allclose(got.max_current, ref.max_current, rtol=1e-7, atol=1e-9)
