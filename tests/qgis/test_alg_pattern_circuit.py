"""circuitscape advanced mode / short-circuit regions and pinchpoints through processing.run."""
import configparser

import numpy as np
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

from eco_restore_plugin.core.ascgrid import read_asc
from rasterutil import ORIGIN, peer_path, read_tif, write_tif

CS = 30.0


def _points(cells):
    lyr = QgsVectorLayer("Point?crs=EPSG:4546", "p", "memory")
    feats = []
    for r, c in cells:
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(ORIGIN[0] + (c + 0.5) * CS, ORIGIN[1] - (r + 0.5) * CS)))
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    return lyr


def _polygons(blocks):
    """Memory polygon layer with an integer field ``sid``; blocks are (sid, r0, c0, r1, c1) (r1, c1 excl.)."""
    lyr = QgsVectorLayer("Polygon?crs=EPSG:4546&field=sid:integer", "s", "memory")
    feats = []
    for sid, r0, c0, r1, c1 in blocks:
        x0, y0 = ORIGIN[0] + c0 * CS, ORIGIN[1] - r0 * CS
        x1, y1 = ORIGIN[0] + c1 * CS, ORIGIN[1] - r1 * CS
        f = QgsFeature(lyr.fields())
        f.setGeometry(QgsGeometry.fromWkt("POLYGON(({a} {b},{c} {b},{c} {d},{a} {d},{a} {b}))".format(
            a=x0, b=y0, c=x1, d=y1)))
        f["sid"] = sid
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    return lyr


# -- advanced mode against Circuitscape ---------------------------------------------------------
def _ini(case):
    cp = configparser.ConfigParser()
    cp.read(peer_path("circuitscape", case, case + ".ini"))
    return {k: v for sec in cp.sections() for k, v in cp.items(sec)}


def _asc_to_tif(case, rel, out):
    arr, _ = read_asc(peer_path("circuitscape", case, rel))
    return write_tif(out, arr)


@pytest.mark.peer
@pytest.mark.parametrize("case", ["mgVerify1", "mgVerify2", "mgVerify5"])
def test_advanced_matches_circuitscape(run_alg, tmp_path, case):
    """Circuitscape advanced cases (sources, grounds, polygons, 4/8 neighbours, both ground kinds):
    current and voltage maps equal the peer's (.asc sum of squared differences < 1e-6, as its tests)."""
    o = _ini(case)
    yes = lambda k: o.get(k, "False").strip().lower() == "true"
    params = {
        "RESISTANCE": _asc_to_tif(case, o["habitat_file"], tmp_path / "h.tif"),
        "IS_CONDUCTANCE": not yes("habitat_map_is_resistances"),
        "MODE": 3,
        "SOURCE_RASTER": _asc_to_tif(case, o["source_file"], tmp_path / "s.tif"),
        "GROUND_RASTER": _asc_to_tif(case, o["ground_file"], tmp_path / "g.tif"),
        "GROUND_IS_CONDUCTANCE": not yes("ground_file_is_resistances"),
        "REMOVE_SRC_OR_GND": ["keepall", "rmvsrc", "rmvgnd", "rmvall"].index(o["remove_src_or_gnd"]),
        "USE_DIRECT_GROUNDS": yes("use_direct_grounds"), "USE_UNIT_CURRENTS": yes("use_unit_currents"),
        "FOUR_NEIGHBOURS": yes("connect_four_neighbors_only"),
        "AVERAGE": 0 if yes("connect_using_avg_resistances") else 1,
        "RESISTANCES": "TEMPORARY_OUTPUT", "CURRENT": str(tmp_path / "cur.tif"), "VOLTAGE": str(tmp_path / "v.tif")}
    if yes("use_polygons"):
        params["SHORT_CIRCUIT_RASTER"] = _asc_to_tif(case, o["polygon_file"], tmp_path / "p.tif")
    res = run_alg("circuitscape", params)
    for key, suffix in (("CURRENT", "curmap.asc"), ("VOLTAGE", "voltmap.asc")):
        got, _, _ = read_tif(res[key])
        exp, _ = read_asc(peer_path("circuitscape", case, "expected", "{}_{}".format(case, suffix)))
        exp = np.where(np.isnan(exp), 0.0, exp)
        assert np.nansum((np.nan_to_num(got) - exp) ** 2) < 1e-6
        assert np.nanmax(np.abs(exp)) > 0


def _chain_inputs(tmp_path, src, gnd):
    return {"RESISTANCE": write_tif(tmp_path / "r.tif", np.ones((1, 3))), "MODE": 3,
            "SOURCE_RASTER": write_tif(tmp_path / "s.tif", np.array([src], float)),
            "GROUND_RASTER": write_tif(tmp_path / "g.tif", np.array([gnd], float)),
            "FOUR_NEIGHBOURS": True, "RESISTANCES": "TEMPORARY_OUTPUT", "CURRENT": str(tmp_path / "c.tif"),
            "VOLTAGE": str(tmp_path / "v.tif")}


def test_advanced_remove_source_or_ground(run_alg, tmp_path):
    """1 x 3 chain of 1-ohm cells, 1 A in cell 0, direct grounds in cells 0 and 2 (resistance 0).
    Keep both: the current leaves at once through cell 0's ground (V = 0 everywhere, 1 A at cell 0 only).
    Remove the ground: it flows along the chain, V = (2, 1, 0), 1 A through every cell.
    Remove the source: nothing flows -> refused with a clear message."""
    nan = np.nan
    p = _chain_inputs(tmp_path, [1.0, nan, nan], [0.0, nan, 0.0])
    res = run_alg("circuitscape", dict(p, REMOVE_SRC_OR_GND=0))
    np.testing.assert_allclose(read_tif(res["VOLTAGE"])[0], [[0, 0, 0]], atol=1e-12)
    np.testing.assert_allclose(read_tif(res["CURRENT"])[0], [[1, 0, 0]], atol=1e-7)
    res = run_alg("circuitscape", dict(p, REMOVE_SRC_OR_GND=2))
    np.testing.assert_allclose(read_tif(res["VOLTAGE"])[0], [[2, 1, 0]], atol=1e-9)
    np.testing.assert_allclose(read_tif(res["CURRENT"])[0], [[1, 1, 1]], atol=1e-6)
    with pytest.raises(QgsProcessingException, match="[Nn]o current can flow"):
        run_alg("circuitscape", dict(p, REMOVE_SRC_OR_GND=1))


def test_advanced_bad_inputs(run_alg, tmp_path):
    nan = np.nan
    p = _chain_inputs(tmp_path, [1.0, nan, nan], [nan, nan, nan])   # no ground at all
    with pytest.raises(QgsProcessingException, match="[Nn]o current can flow"):
        run_alg("circuitscape", p)
    p = _chain_inputs(tmp_path, [1.0, nan, nan], [nan, nan, -1.0])
    with pytest.raises(QgsProcessingException, match="negative"):
        run_alg("circuitscape", p)
    p = _chain_inputs(tmp_path, [1.0, nan, nan], [nan, nan, 0.0])
    p["SOURCE_RASTER"] = write_tif(tmp_path / "s2.tif", np.array([[1.0, nan, nan]]), epsg=4326)
    with pytest.raises(QgsProcessingException, match="not aligned"):
        run_alg("circuitscape", p)
    del p["SOURCE_RASTER"]
    with pytest.raises(QgsProcessingException, match="source raster and a ground raster"):
        run_alg("circuitscape", p)


def test_focal_regions_short_circuit(run_alg, tmp_path):
    """1 x 10 chain of 1-ohm cells, focal regions A = cols 0-1, B = 4-5, C = 8-9. Circuitscape merges
    only the pair's regions: R(A,C) = 7 (cells 1 -> 8), R(A,B) = R(B,C) = 3. With the focal regions as
    short-circuit regions B is one node in every solve: R(A,C) = 6."""
    r = write_tif(tmp_path / "r.tif", np.ones((1, 10)))
    focal = _polygons([(1, 0, 0, 1, 2), (2, 0, 4, 1, 6), (3, 0, 8, 1, 10)])
    base = {"RESISTANCE": r, "FOCAL_NODES": focal, "FOCAL_ID": "sid", "FOUR_NEIGHBOURS": True,
            "RESISTANCES": "TEMPORARY_OUTPUT", "CURRENT": "TEMPORARY_OUTPUT"}
    for short, r13 in ((False, 7.0), (True, 6.0)):
        res = run_alg("circuitscape", dict(base, SHORT_CIRCUIT_FOCAL=short))
        rows = {(f["from_id"], f["to_id"]): f["resistance"] for f in res["RESISTANCES"].getFeatures()}
        assert rows[(1, 2)] == pytest.approx(3.0) and rows[(2, 3)] == pytest.approx(3.0)
        assert rows[(1, 3)] == pytest.approx(r13)
        cur = read_tif(res["CURRENT"])[0]
        # pairs (1,2), (2,3), (1,3): 1 A each through the cells between A and C
        assert cur[0, 3] == pytest.approx(2.0, rel=1e-6) and cur[0, 6] == pytest.approx(2.0, rel=1e-6)


# -- pinch points -------------------------------------------------------------------------------
def _hourglass(tmp_path):
    """11 x 21 cells of resistance 1, sources at columns 0-1 (id 1) and 19-20 (id 2); the normalized
    corridor is 0 everywhere except column 10, where only row 5 is open (a one-cell neck)."""
    nrm = np.zeros((11, 21))
    nrm[:, 10] = 1000.0
    nrm[5, 10] = 0.0
    return (write_tif(tmp_path / "r.tif", np.ones((11, 21))), _polygons([(1, 0, 0, 11, 2), (2, 0, 19, 11, 21)]),
            write_tif(tmp_path / "n.tif", nrm))


def test_pinchpoints_neck(run_alg, tmp_path):
    r, src, nrm = _hourglass(tmp_path)
    res = run_alg("pinchpoints", {"RESISTANCE": r, "SOURCES": src, "SOURCE_ID": "sid", "NORMALIZED": nrm,
                                  "CUTOFF": 10.0, "OUTPUT": str(tmp_path / "cur.tif"), "POINTS": "TEMPORARY_OUTPUT",
                                  "POLYGONS": "TEMPORARY_OUTPUT"})
    cur = read_tif(res["OUTPUT"])[0]
    assert cur[5, 10] == pytest.approx(1.0, abs=1e-6)          # all of the 1 A passes the neck
    assert np.isnan(cur[0, 10]) and np.isnan(cur[10, 10])      # outside the corridors: nodata
    assert np.isnan(cur[:, :2]).all() and np.isnan(cur[:, 19:]).all()   # source cells: nodata
    pts = sorted(res["POINTS"].getFeatures(), key=lambda f: -f["current"])
    top = pts[0]
    assert top["current"] == pytest.approx(1.0, abs=1e-6)
    assert (top["from_id"], top["to_id"]) == (1, 2)
    xy = top.geometry().asPoint()
    assert xy.x() == pytest.approx(ORIGIN[0] + 10.5 * CS) and xy.y() == pytest.approx(ORIGIN[1] - 5.5 * CS)
    polys = list(res["POLYGONS"].getFeatures())
    assert len(polys) == len(pts)
    neck = [f for f in polys if f["patch_id"] == top["patch_id"]][0]
    assert neck.geometry().contains(top.geometry())
    assert neck["area_ha"] == pytest.approx(neck["cells"] * CS * CS / 10000.0)


def test_pinchpoints_internal_corridor_and_bad_input(run_alg, tmp_path):
    """Without NORMALIZED the corridors are computed: a 1 x 9 chain carries 1 A in every cell."""
    r = write_tif(tmp_path / "c.tif", np.ones((1, 9)))
    src = _polygons([(1, 0, 0, 1, 1), (2, 0, 8, 1, 9)])
    res = run_alg("pinchpoints", {"RESISTANCE": r, "SOURCES": src, "SOURCE_ID": "sid", "CUTOFF": 1e9,
                                  "FOUR_NEIGHBOURS": True, "OUTPUT": "TEMPORARY_OUTPUT", "POINTS": "TEMPORARY_OUTPUT"})
    cur = read_tif(res["OUTPUT"])[0]
    np.testing.assert_allclose(cur[0, 1:8], 1.0, atol=1e-6)
    assert np.isnan(cur[0, 0]) and np.isnan(cur[0, 8])   # source cells (one node each): nodata
    # a normalized raster on another grid (CRS) is refused, not resampled silently
    bad = write_tif(tmp_path / "n.tif", np.zeros((1, 9)), epsg=4326)
    with pytest.raises(QgsProcessingException, match="not aligned"):
        run_alg("pinchpoints", {"RESISTANCE": r, "SOURCES": src, "SOURCE_ID": "sid", "NORMALIZED": bad,
                                "OUTPUT": "TEMPORARY_OUTPUT", "POINTS": "TEMPORARY_OUTPUT"})
    # one source only
    with pytest.raises(QgsProcessingException, match="two sources"):
        run_alg("pinchpoints", {"RESISTANCE": r, "SOURCES": _polygons([(1, 0, 0, 1, 1)]),
                                "OUTPUT": "TEMPORARY_OUTPUT", "POINTS": "TEMPORARY_OUTPUT"})
    # a barrier: the sources are not adjacent -> clear message
    cut = np.ones((1, 9))
    cut[0, 4] = np.nan
    with pytest.raises(QgsProcessingException, match="adjacent"):
        run_alg("pinchpoints", {"RESISTANCE": write_tif(tmp_path / "cut.tif", cut), "SOURCES": src,
                                "SOURCE_ID": "sid", "OUTPUT": "TEMPORARY_OUTPUT", "POINTS": "TEMPORARY_OUTPUT"})


@pytest.mark.parametrize("mode, fn", [(1, "one_to_all"), (2, "all_to_one")])
def test_focal_modes_max_current_taken_as_the_maps_come(run_alg, tmp_path, mode, fn):
    """One-to-all / all-to-one keep no focal node's map (issue 20): the maximum-current output is the cell-wise
    maximum of the per-node maps of the core, and the cumulative current their sum."""
    from eco_restore_plugin.core import circuit

    rng = np.random.default_rng(9)
    res = 1.0 + 20.0 * rng.random((30, 36))
    res[rng.random(res.shape) < 0.1] = np.nan
    focal = np.zeros(res.shape)
    cells = [(2, 3), (25, 6), (4, 30), (27, 31), (15, 18)]
    for k, (r, c) in enumerate(cells):
        focal[r, c] = k + 1
        res[r, c] = 1.0
    rr, fr = write_tif(tmp_path / "r.tif", res), write_tif(tmp_path / "f.tif", focal, nodata=0.0)
    out = run_alg("circuitscape", {"RESISTANCE": rr, "FOCAL_RASTER": fr, "MODE": mode, "SOLVER": 1,
                                   "RESISTANCES": "TEMPORARY_OUTPUT", "CURRENT": str(tmp_path / "c.tif"),
                                   "MAX_CURRENT": str(tmp_path / "m.tif")})
    g = circuit.build_graph(res)
    core = getattr(circuit, fn)(g, focal, solver="direct")
    want = np.fmax.reduce([core.current[i] for i in core.ids.tolist()])
    got = read_tif(out["MAX_CURRENT"])[0]
    ok = np.isfinite(got)
    assert ok.sum() > 0.8 * res.size and want[ok].max() > 0
    np.testing.assert_allclose(got[ok], want[ok], rtol=1e-6, atol=1e-12)
    np.testing.assert_allclose(read_tif(out["CURRENT"])[0][ok], core.cum_current[ok], rtol=1e-6, atol=1e-12)
