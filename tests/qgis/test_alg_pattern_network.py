"""ecologicalsources, centrality and ecologicalnodes through processing.run: hand values and bad input."""
import math

import numpy as np
import pytest
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import NULL, QVariant

from rasterutil import ORIGIN, write_tif

CS = 30.0
HA = CS * CS / 1e4          # hm² per cell


class Recorder(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):
        self.warnings.append(text)


def _xy(r, c):
    """Map coordinates of the top-left corner of cell (r, c) (fractions allowed)."""
    return ORIGIN[0] + c * CS, ORIGIN[1] - r * CS


def _rect(r0, c0, r1, c1):
    (x0, y0), (x1, y1) = _xy(r0, c0), _xy(r1, c1)
    return QgsGeometry.fromWkt("POLYGON(({a} {b},{c} {b},{c} {d},{a} {d},{a} {b}))".format(a=x0, b=y0, c=x1, d=y1))


def _layer(kind, geoms, fields=(), rows=None):
    lyr = QgsVectorLayer("{}?crs=EPSG:4546".format(kind), "l", "memory")
    lyr.dataProvider().addAttributes([QgsField(n, t) for n, t in fields])
    lyr.updateFields()
    feats = []
    for i, g in enumerate(geoms):
        f = QgsFeature(lyr.fields())
        f.setGeometry(g)
        if rows:
            f.setAttributes(list(rows[i]))
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    return lyr


def _features(layer):
    lyr = layer if isinstance(layer, QgsVectorLayer) else QgsVectorLayer(layer, "o", "ogr")
    return list(lyr.getFeatures())


def _three_cores():
    """MSPA-like raster: three core patches (17) in a row, other cells edge (3), one nodata cell."""
    a = np.full((6, 12), 3.0)
    a[0:2, 0:2] = 17          # 4 cells
    a[0:3, 4:7] = 17          # 9 cells, the stepping stone
    a[0:2, 9:12] = 17         # 6 cells
    a[5, 0] = 17              # 1 cell
    a[5, 11] = np.nan
    return a


# -- ecological sources ---------------------------------------------------------------------------
def test_sources_from_mspa_raster_hand_values(run_alg, tmp_path):
    tif = write_tif(tmp_path / "mspa.tif", _three_cores())
    res = run_alg("ecologicalsources", {
        "INPUT_RASTER": tif, "MIN_AREA": 2 * HA, "DISPERSAL_DISTANCE": 60.0, "PROBABILITY": 0.5,
        "OUTPUT": "memory:", "TABLE": "memory:"})
    feats = sorted(_features(res["OUTPUT"]), key=lambda f: f["rank"])
    assert [f["source_id"] for f in feats] == [2, 3, 1]        # the stepping stone ranks first
    assert [round(f["area_ha"], 6) for f in feats] == [round(9 * HA, 6), round(6 * HA, 6), round(4 * HA, 6)]
    assert feats[0].geometry().area() == pytest.approx(9 * CS * CS)
    # hand PC: gaps 60 m (p = .5) between neighbours, p*_13 = .25; a in hm²; A_L = 71 valid cells
    a = np.array([4, 9, 6]) * HA
    s = (a ** 2).sum() + 2 * (a[0] * a[1] * .5 + a[1] * a[2] * .5 + a[0] * a[2] * .25)
    al = 71 * HA
    table = _features(res["TABLE"])[0]
    assert table["PC"] == pytest.approx(s / al ** 2)
    assert table["EC_PC_ha"] == pytest.approx(math.sqrt(s))
    assert table["n_patches"] == 3 and table["n_sources"] == 3
    # without the middle patch: a1² + a3² + 2 a1 a3 p13, gap columns 2-8 = 210 m -> p13 = 2^-3.5
    without = a[0] ** 2 + a[2] ** 2 + 2 * a[0] * a[2] * 2 ** -3.5
    assert feats[0]["dPC"] == pytest.approx(100 * (s - without) / s)
    # IIC link distance 60 m: chain 1-2-3, removing 2 breaks it
    iic = (a ** 2).sum() + 2 * (a[0] * a[1] / 2 + a[1] * a[2] / 2 + a[0] * a[2] / 3)
    assert table["IIC"] == pytest.approx(iic / al ** 2)
    assert feats[0]["dIIC"] == pytest.approx(100 * (iic - a[0] ** 2 - a[2] ** 2) / iic)
    for f in feats:
        assert f["dPC_intra"] + f["dPC_flux"] + f["dPC_conn"] == pytest.approx(f["dPC"])
    # selection: top 1, and dPC threshold
    res = run_alg("ecologicalsources", {"INPUT_RASTER": tif, "MIN_AREA": 2 * HA, "DISPERSAL_DISTANCE": 60.0,
                                        "TOP_N": 2, "OUTPUT": "memory:"})
    assert sorted(f["source_id"] for f in _features(res["OUTPUT"])) == [2, 3]
    res = run_alg("ecologicalsources", {"INPUT_RASTER": tif, "MIN_AREA": 2 * HA, "HABITAT_VALUES": "17",
                                        "DISPERSAL_DISTANCE": 60.0, "MIN_DPC": feats[0]["dPC"] - 1e-6,
                                        "OUTPUT": "memory:"})
    assert [f["area_ha"] for f in _features(res["OUTPUT"])] == [pytest.approx(9 * HA)]
    # a dPC tolerance (tree method, improbable paths left out) keeps the hand values within it
    res = run_alg("ecologicalsources", {"INPUT_RASTER": tif, "MIN_AREA": 2 * HA, "DISPERSAL_DISTANCE": 60.0,
                                        "DPC_TOLERANCE": 1e-6, "OUTPUT": "memory:"})
    tol = sorted(_features(res["OUTPUT"]), key=lambda f: f["rank"])
    assert [f["source_id"] for f in tol] == [2, 3, 1]
    for f, g in zip(tol, feats):
        for key in ("dPC", "dPC_intra", "dPC_flux", "dPC_conn", "dIIC"):
            assert f[key] == pytest.approx(g[key], abs=1e-6)


def test_sources_from_polygons_and_touching(run_alg):
    # squares of 300 m: gaps 300 m and 600 m; the third touches the second
    geoms = [_rect(0, 0, 10, 10), _rect(0, 20, 10, 30), _rect(10, 20, 20, 30)]
    fb = Recorder()
    res = run_alg("ecologicalsources", {
        "INPUT_POLYGONS": _layer("Polygon", geoms), "MIN_AREA": 1.0, "DISPERSAL_DISTANCE": 300.0,
        "LANDSCAPE_AREA": 100.0, "OUTPUT": "memory:", "TABLE": "memory:"}, feedback=fb)
    feats = {f["source_id"]: f for f in _features(res["OUTPUT"])}
    assert set(feats) == {1, 2, 3} and feats[1]["area_ha"] == pytest.approx(9.0)
    assert any("touch" in w for w in fb.warnings)
    # p12 = .5 (300 m), p23 = 1 (touching), p13 = max(direct 2^-(300·√2... ) corner gap, p12 p23 = .5)
    d13 = math.hypot(300, 0)      # square 3 is below square 2: nearest corner-to-edge gap 300 m
    p13 = max(2 ** -(d13 / 300), 0.5)
    s = 3 * 81 + 2 * 81 * (0.5 + 1 + p13)
    assert _features(res["TABLE"])[0]["PC"] == pytest.approx(s / 100.0 ** 2, rel=1e-6)


def test_sources_one_source_and_bad_input(run_alg, tmp_path):
    tif = write_tif(tmp_path / "mspa.tif", _three_cores())
    fb = Recorder()
    res = run_alg("ecologicalsources", {"INPUT_RASTER": tif, "MIN_AREA": 8 * HA, "OUTPUT": "memory:"}, feedback=fb)
    (only,) = _features(res["OUTPUT"])
    assert only["dPC"] == pytest.approx(100.0) and only["rank"] == 1
    assert any("one source" in w for w in fb.warnings)
    with pytest.raises(QgsProcessingException, match="minimum area"):
        run_alg("ecologicalsources", {"INPUT_RASTER": tif, "MIN_AREA": 100.0, "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="habitat values"):
        run_alg("ecologicalsources", {"INPUT_RASTER": tif, "HABITAT_VALUES": "99", "OUTPUT": "memory:"})
    empty = write_tif(tmp_path / "nodata.tif", np.full((4, 4), np.nan))
    with pytest.raises(QgsProcessingException, match="nodata"):
        run_alg("ecologicalsources", {"INPUT_RASTER": empty, "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="either"):
        run_alg("ecologicalsources", {"OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="dPC"):
        run_alg("ecologicalsources", {"INPUT_RASTER": tif, "MIN_AREA": 0, "MIN_DPC": 99.9, "OUTPUT": "memory:"})
    geo = QgsVectorLayer("Polygon?crs=EPSG:4326", "g", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0,1 0,1 1,0 1,0 0))"))
    geo.dataProvider().addFeatures([f])
    with pytest.raises(QgsProcessingException, match="projected"):
        run_alg("ecologicalsources", {"INPUT_POLYGONS": geo, "OUTPUT": "memory:"})


# -- centrality -----------------------------------------------------------------------------------
def _square_network(weights=(1, 1, 1, 1, 1), extra=()):
    centres = [(5, 5), (5, 45), (45, 45), (45, 5)]
    src = _layer("Polygon", [_rect(r - 2, c - 2, r + 2, c + 2) for r, c in centres],
                 [("sid", QVariant.Int)], [(10,), (20,), (30,), (40,)])
    pairs = [(10, 20), (20, 30), (30, 40), (40, 10), (10, 30)] + list(extra)
    ids = [10, 20, 30, 40]
    lines = []
    for a, b in pairs:
        (ra, ca) = centres[ids.index(a)]
        (rb, cb) = centres[ids.index(b)] if b in ids else (60, 60)
        lines.append(QgsGeometry.fromPolylineXY([QgsPointXY(*_xy(ra, ca)), QgsPointXY(*_xy(rb, cb))]))
    cor = _layer("LineString", lines, [("from_id", QVariant.Int), ("to_id", QVariant.Int), ("lcd", QVariant.Double)],
                 [(a, b, w) for (a, b), w in zip(pairs, list(weights) + [1.0] * len(extra))])
    return src, cor


def test_centrality_square_with_diagonal(run_alg):
    src, cor = _square_network()
    res = run_alg("centrality", {"SOURCES": src, "SOURCE_ID": "sid", "CORRIDORS": cor,
                                 "SOURCES_OUTPUT": "memory:", "CORRIDORS_OUTPUT": "memory:"})
    nodes = {f["sid"]: f["cf_centrality"] for f in _features(res["SOURCES_OUTPUT"])}
    links = [(f["from_id"], f["to_id"], f["cf_centrality"]) for f in _features(res["CORRIDORS_OUTPUT"])]
    # hand values (see tests/core/test_network.py): diagonal 1.5 A, degree-2 nodes 3.5, degree-3 nodes 4.25
    assert dict(((a, b), c) for a, b, c in links)[(10, 30)] == pytest.approx(1.5)
    assert nodes == {10: pytest.approx(4.25), 20: pytest.approx(3.5), 30: pytest.approx(4.25),
                     40: pytest.approx(3.5)}
    # sides carry 2 A each: all six pairs send 1 A in total across ... invariant: sum over links of
    # current = sum over pairs of (flow length), here 4 * 2 + 1.5
    assert sum(c for _, _, c in links) == pytest.approx(9.5)


def test_centrality_disconnected_and_unknown_ids(run_alg):
    src, cor = _square_network(extra=[(10, 99)])
    # drop the links of node 40 and the diagonal: network {10,20,30} path + isolated 40
    ids = [f.id() for f in cor.getFeatures() if 40 in (f["from_id"], f["to_id"]) or
           (f["from_id"], f["to_id"]) == (10, 30)]
    cor.dataProvider().deleteFeatures(ids)
    fb = Recorder()
    res = run_alg("centrality", {"SOURCES": src, "SOURCE_ID": "sid", "CORRIDORS": cor,
                                 "SOURCES_OUTPUT": "memory:", "CORRIDORS_OUTPUT": "memory:"}, feedback=fb)
    nodes = {f["sid"]: f["cf_centrality"] for f in _features(res["SOURCES_OUTPUT"])}
    assert nodes == {10: pytest.approx(2), 20: pytest.approx(3), 30: pytest.approx(2), 40: pytest.approx(0)}
    assert any("separate parts" in w for w in fb.warnings)
    assert any("not in the source layer" in w for w in fb.warnings)
    unknown = [f for f in _features(res["CORRIDORS_OUTPUT"]) if f["to_id"] == 99]
    assert len(unknown) == 1 and unknown[0].attribute("cf_centrality") in (None, NULL)
    with pytest.raises(QgsProcessingException, match="no field"):
        run_alg("centrality", {"SOURCES": src, "CORRIDORS": cor, "WEIGHT_FIELD": "nope",
                               "SOURCES_OUTPUT": "memory:", "CORRIDORS_OUTPUT": "memory:"})


# -- ecological nodes -----------------------------------------------------------------------------
def test_nodes_types_ridge_crossing_and_indices(run_alg, tmp_path):
    alloc = np.ones((10, 20))
    alloc[:, 12:] = 2                         # zone boundary (cost ridge) between columns 11 and 12
    alloc_tif = write_tif(tmp_path / "alloc.tif", alloc)
    src, cor = _square_network()
    # one horizontal corridor across the ridge at row 4.5 from column 2.5 to 17.5
    line = QgsGeometry.fromPolylineXY([QgsPointXY(*_xy(4.5, 2.5)), QgsPointXY(*_xy(4.5, 17.5))])
    cor1 = _layer("LineString", [line], [("from_id", QVariant.Int), ("to_id", QVariant.Int),
                                         ("lcd", QVariant.Double)], [(1, 2, 123.0)])
    pinch = _layer("Point", [QgsGeometry.fromPointXY(QgsPointXY(*_xy(1, 1)))], [("current", QVariant.Double)],
                   [(0.75,)])
    bars = _layer("Polygon", [_rect(6, 6, 8, 8)], [("improvement", QVariant.Double)], [(4.5,)])
    res = run_alg("ecologicalnodes", {"PINCH_POINTS": pinch, "BARRIERS": bars, "CORRIDORS": cor1,
                                      "ALLOCATION": alloc_tif, "OUTPUT": "memory:", "TABLE": "memory:"})
    nodes = {f["node_type"]: f for f in _features(res["OUTPUT"])}
    assert set(nodes) == {"pinch_point", "barrier", "ridge_crossing"}
    assert nodes["pinch_point"]["value"] == pytest.approx(0.75) and nodes["pinch_point"]["type_zh"] == "夹点"
    assert nodes["barrier"]["value"] == pytest.approx(4.5)
    assert _rect(6, 6, 8, 8).contains(nodes["barrier"].geometry())
    ridge = nodes["ridge_crossing"]
    x_ridge = _xy(0, 12)[0]
    assert abs(ridge.geometry().asPoint().x() - x_ridge) <= CS / 4 + 1e-6
    assert ridge["value"] == pytest.approx(123.0) and "1|2" in ridge["source"]
    # network table with the square network: V = 4, L = 5
    res = run_alg("ecologicalnodes", {"SOURCES": src, "CORRIDORS": cor, "OUTPUT": "memory:", "TABLE": "memory:"})
    t = _features(res["TABLE"])[0]
    assert (t["V"], t["L"]) == (4, 5)
    assert t["alpha"] == pytest.approx(2 / 3) and t["beta"] == pytest.approx(1.25)
    assert t["gamma"] == pytest.approx(5 / 6)
    # without sources V comes from the corridors' ids
    res = run_alg("ecologicalnodes", {"CORRIDORS": cor, "OUTPUT": "memory:", "TABLE": "memory:"})
    assert _features(res["TABLE"])[0]["V"] == 4


def test_nodes_bad_input(run_alg, tmp_path):
    with pytest.raises(QgsProcessingException, match="at least one input"):
        run_alg("ecologicalnodes", {"OUTPUT": "memory:", "TABLE": "memory:"})
    alloc_tif = write_tif(tmp_path / "alloc.tif", np.ones((3, 3)))
    with pytest.raises(QgsProcessingException, match="corridors"):
        run_alg("ecologicalnodes", {"ALLOCATION": alloc_tif, "OUTPUT": "memory:", "TABLE": "memory:"})
    # pinch points without the value field: nodes written, value empty, warned
    pinch = _layer("Point", [QgsGeometry.fromPointXY(QgsPointXY(*_xy(1, 1)))])
    fb = Recorder()
    res = run_alg("ecologicalnodes", {"PINCH_POINTS": pinch, "OUTPUT": "memory:", "TABLE": "memory:"}, feedback=fb)
    (node,) = _features(res["OUTPUT"])
    assert node["node_type"] == "pinch_point" and any("current" in w for w in fb.warnings)
