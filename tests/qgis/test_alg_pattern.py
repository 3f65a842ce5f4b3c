"""Pattern algorithms (ecological security pattern) through processing.run: hand-computed cases."""
import math
import re

import numpy as np
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

from rasterutil import ORIGIN, read_tif, write_tif

CS = 30.0


def _points(cells, crs="EPSG:4546", cellsize=CS):
    """Memory point layer with one point at the centre of each (row, col)."""
    lyr = QgsVectorLayer("Point?crs={}".format(crs), "p", "memory")
    feats = []
    for r, c in cells:
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(
            ORIGIN[0] + (c + 0.5) * cellsize, ORIGIN[1] - (r + 0.5) * cellsize)))
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    return lyr


def _block(r0, c0, r1, c1, cellsize=CS):
    """Polygon covering rows r0..r1-1, cols c0..c1-1."""
    x0, y0 = ORIGIN[0] + c0 * cellsize, ORIGIN[1] - r0 * cellsize
    x1, y1 = ORIGIN[0] + c1 * cellsize, ORIGIN[1] - r1 * cellsize
    return QgsGeometry.fromWkt("POLYGON(({a} {b},{c} {b},{c} {d},{a} {d},{a} {b}))".format(
        a=x0, b=y0, c=x1, d=y1))


def _polygons(blocks):
    lyr = QgsVectorLayer("Polygon?crs=EPSG:4546", "s", "memory")
    feats = []
    for b in blocks:
        f = QgsFeature()
        f.setGeometry(_block(*b))
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    return lyr


# -- cost distance -----------------------------------------------------------------------------
def test_cost_distance_uniform(run_alg, tmp_path):
    cost = write_tif(tmp_path / "c.tif", np.ones((5, 9)))
    out, alloc, back = (str(tmp_path / n) for n in ("cd.tif", "al.tif", "bl.tif"))
    run_alg("costdistance", {"COST": cost, "SOURCES": _points([(2, 1)]), "OUTPUT": out,
                             "ALLOCATION": alloc, "BACKLINK": back})
    cd = read_tif(out)[0]
    for k in range(8):
        assert cd[2, 1 + k] == pytest.approx(k * CS)
    assert cd[0, 3] == pytest.approx(2 * math.sqrt(2) * CS)   # two diagonal steps
    assert cd[0, 1] == pytest.approx(2 * CS)
    np.testing.assert_array_equal(read_tif(alloc)[0], np.ones((5, 9)))
    bl = read_tif(back)[0]
    assert bl[2, 1] == -1          # the source
    assert bl[2, 5] == 2           # step towards the source: west
    assert bl[0, 3] == 6           # SW diagonal


def test_cost_distance_knight_and_allocation(run_alg, tmp_path):
    cost = write_tif(tmp_path / "c.tif", np.ones((6, 6)))
    out, alloc = str(tmp_path / "cd.tif"), str(tmp_path / "al.tif")
    src = _points([(0, 0)])
    run_alg("costdistance", {"COST": cost, "SOURCES": src, "OUTPUT": out, "ALLOCATION": alloc})
    assert read_tif(out)[0][1, 2] == pytest.approx((1 + math.sqrt(2)) * CS)
    run_alg("costdistance", {"COST": cost, "SOURCES": src, "KNIGHT": True, "OUTPUT": out,
                             "ALLOCATION": alloc})
    assert read_tif(out)[0][1, 2] == pytest.approx(math.sqrt(5) * CS)
    # two sources: allocation splits halfway, labels 1 and 2 in feature order
    run_alg("costdistance", {"COST": cost, "SOURCES": _points([(0, 0), (0, 5)]), "OUTPUT": out,
                             "ALLOCATION": alloc})
    al = read_tif(alloc)[0]
    assert (al[:, :2] == 1).all() and (al[:, 4:] == 2).all()
    # max cost: cells beyond it are nodata
    run_alg("costdistance", {"COST": cost, "SOURCES": src, "MAX_COST": 2.5 * CS, "OUTPUT": out,
                             "ALLOCATION": alloc})
    cd = read_tif(out)[0]
    assert cd[0, 2] == pytest.approx(2 * CS) and np.isnan(cd[0, 3])


def test_cost_distance_raster_sources_and_barrier(run_alg, tmp_path):
    c = np.ones((3, 5))
    c[:, 2] = np.nan
    c[0, 2] = 10.0       # a costly gap in the wall
    cost = write_tif(tmp_path / "c.tif", c)
    s = np.zeros((3, 5), np.int32)
    s[0, 0] = 7
    src = write_tif(tmp_path / "s.tif", s, nodata=None)
    out, alloc = str(tmp_path / "cd.tif"), str(tmp_path / "al.tif")
    run_alg("costdistance", {"COST": cost, "SOURCE_RASTER": src, "OUTPUT": out, "ALLOCATION": alloc})
    cd = read_tif(out)[0]
    # (0,0)->(0,1): 1*30; (0,1)->(0,2): (1+10)/2*30; (0,2)->(0,3): (10+1)/2*30
    assert cd[0, 3] == pytest.approx(30 + 165 + 165)
    assert np.isnan(cd[1, 2])
    assert read_tif(alloc)[0][2, 4] == 7


def test_cost_distance_errors(run_alg, tmp_path):
    cost = write_tif(tmp_path / "c.tif", np.ones((4, 4)))
    out, alloc = str(tmp_path / "cd.tif"), str(tmp_path / "al.tif")
    with pytest.raises(QgsProcessingException, match="sources"):
        run_alg("costdistance", {"COST": cost, "OUTPUT": out, "ALLOCATION": alloc})
    far = _points([(100, 100)])
    with pytest.raises(QgsProcessingException, match="No source falls inside"):
        run_alg("costdistance", {"COST": cost, "SOURCES": far, "OUTPUT": out, "ALLOCATION": alloc})
    geo = write_tif(tmp_path / "g.tif", np.ones((4, 4)), cellsize=0.001, epsg=4326,
                    origin=(113.0, 23.0))
    with pytest.raises(QgsProcessingException):
        run_alg("costdistance", {"COST": geo, "SOURCES": _points([(0, 0)]), "OUTPUT": out,
                                 "ALLOCATION": alloc})


# -- resistance surface ------------------------------------------------------------------------
def test_resistance_surface_by_hand(run_alg, tmp_path):
    lu = np.array([[301, 401, 103], [1101, 701, 0]], np.int32)
    src = write_tif(tmp_path / "lu.tif", lu, nodata=0)
    out = str(tmp_path / "r.tif")
    run_alg("resistancesurface", {"LANDUSE": src, "OUTPUT": out})
    r = read_tif(out)[0]
    np.testing.assert_allclose(r[0], [1, 10, 50])
    assert r[1, 0] == 200 and r[1, 1] == 500 and np.isnan(r[1, 2])
    # factor: slope 0..10 normalised to 0..1, weight 0.5 -> R = base * (1 + 0.5 f)
    slope = write_tif(tmp_path / "s.tif", np.array([[0.0, 5.0, 10.0], [10.0, 0.0, 5.0]]))
    run_alg("resistancesurface", {"LANDUSE": src, "FACTORS": [slope], "WEIGHTS": "0.5", "OUTPUT": out})
    r = read_tif(out)[0]
    np.testing.assert_allclose(r[0], [1, 10 * 1.25, 50 * 1.5])
    assert r[1, 0] == pytest.approx(300) and r[1, 1] == pytest.approx(500)
    run_alg("resistancesurface", {"LANDUSE": src, "FACTORS": [slope], "WEIGHTS": "1", "INVERT": "1",
                                  "OUTPUT": out})
    assert read_tif(out)[0][0, 0] == pytest.approx(2.0)
    table = ["301", "2", "401", "3", "103", "4", "1101", "", "701", "9"]
    run_alg("resistancesurface", {"LANDUSE": src, "RESISTANCE_TABLE": table, "OUTPUT": out})
    r = read_tif(out)[0]
    np.testing.assert_allclose(r[0], [2, 3, 4])
    assert np.isnan(r[1, 0]) and r[1, 1] == 9
    with pytest.raises(QgsProcessingException, match="missing"):
        run_alg("resistancesurface", {"LANDUSE": src, "RESISTANCE_TABLE": table[:4], "OUTPUT": out})



def test_resistance_surface_by_blocks(run_alg, tmp_path, monkeypatch):
    """Blocks of 3 rows give the whole-raster result: factors normalised over the whole grid (their
    min and max lie in different blocks), and every class the table lacks is named, not only the
    first block's."""
    from eco_restore_plugin.algorithms.pattern.resistancesurface import ResistanceSurface, default_resistance
    from eco_restore_plugin.core import resistance

    rng = np.random.default_rng(7)
    lu = rng.choice([301, 401, 103, 701], size=(11, 6)).astype(np.int32)
    lu[4, 2] = 0                                       # nodata
    f1 = rng.uniform(2, 9, (11, 6))
    f1[0, 0], f1[10, 5] = 0.5, 12.0                    # min in the first block, max in the last
    f2 = rng.uniform(0, 100, (11, 6))
    src = write_tif(tmp_path / "lu.tif", lu, nodata=0)
    p1, p2 = write_tif(tmp_path / "f1.tif", f1), write_tif(tmp_path / "f2.tif", f2)
    params = {"LANDUSE": src, "FACTORS": [p1, p2], "WEIGHTS": "0.3, 0.7", "INVERT": "0, 1"}
    out_whole, out_blocks = str(tmp_path / "whole.tif"), str(tmp_path / "blocks.tif")
    run_alg("resistancesurface", dict(params, OUTPUT=out_whole))
    monkeypatch.setattr(ResistanceSurface, "BLOCK_ROWS", 3)
    run_alg("resistancesurface", dict(params, OUTPUT=out_blocks))
    whole, blocks = read_tif(out_whole)[0], read_tif(out_blocks)[0]
    np.testing.assert_array_equal(blocks, whole)
    lu_f = np.where(lu == 0, np.nan, lu.astype(float))
    expected = resistance.factor_corrected(resistance.base_resistance(lu_f, default_resistance()), [
        (f1 - 0.5) / 11.5, 1 - (f2 - f2.min()) / (f2.max() - f2.min())], [0.3, 0.7])
    np.testing.assert_allclose(blocks, expected.astype(np.float32), rtol=1e-6)
    assert np.isnan(blocks[4, 2])
    lu[0, 0], lu[10, 5] = 999, 998                      # unknown codes in the first and the last block
    src = write_tif(tmp_path / "lu_bad.tif", lu, nodata=0)
    with pytest.raises(QgsProcessingException, match="missing from the resistance table: 998, 999"):
        run_alg("resistancesurface", {"LANDUSE": src, "OUTPUT": str(tmp_path / "bad.tif")})
    assert not (tmp_path / "bad.tif").exists()

# -- MSPA --------------------------------------------------------------------------------------
def test_mspa_block(run_alg, tmp_path):
    lu = np.full((11, 11), 103, np.int32)
    lu[2:9, 2:9] = 301          # a solid 7x7 forest block
    lu[0, 10] = 401             # a one-cell grass islet
    src = write_tif(tmp_path / "lu.tif", lu, nodata=0)
    out = str(tmp_path / "m.tif")
    run_alg("mspa", {"INPUT": src, "EDGE_WIDTH": 1, "OUTPUT": out})
    m = read_tif(out)[0]
    assert (m[3:8, 3:8] == 17).all()                       # core
    ring = np.zeros((11, 11), bool)
    ring[2:9, 2:9] = True
    ring[3:8, 3:8] = False
    assert (m[ring] == 3).all()                            # edge
    assert m[0, 10] == 9                                   # islet
    assert m[0, 0] == 0 and (m == 0).sum() == 121 - 49 - 1  # background
    # binary raster, edge width 2: core shrinks to 3x3
    binary = write_tif(tmp_path / "b.tif", (lu == 301).astype(np.int32), nodata=None)
    run_alg("mspa", {"INPUT": binary, "FOREGROUND_CODES": "", "EDGE_WIDTH": 2, "OUTPUT": out})
    m = read_tif(out)[0]
    assert (m == 17).sum() == 9 and (m[4:7, 4:7] == 17).all() and (m == 3).sum() == 40
    with pytest.raises(QgsProcessingException, match="No foreground"):
        run_alg("mspa", {"INPUT": src, "FOREGROUND_CODES": "999", "OUTPUT": out})


# -- least-cost corridors ----------------------------------------------------------------------
def test_least_cost_corridors_two_sources(run_alg, tmp_path):
    cost = write_tif(tmp_path / "c.tif", np.ones((5, 10)))
    # source 1: cols 0-1, source 2: cols 8-9 (all rows); nearest edge cells 1 and 8 -> 7 steps
    src = _polygons([(0, 0, 5, 2), (0, 8, 5, 10)])
    norm = str(tmp_path / "n.tif")
    res = run_alg("leastcostcorridors", {"RESISTANCE": cost, "SOURCES": src, "PATHS": "TEMPORARY_OUTPUT",
                                         "NORMALIZED": norm, "WIDTH": 2 * CS,
                                         "CORRIDORS": "TEMPORARY_OUTPUT"})
    paths = res["PATHS"]
    assert paths.featureCount() == 1
    f = next(paths.getFeatures())
    assert (f["from_id"], f["to_id"]) == (1, 2)
    assert f["lcd"] == pytest.approx(7 * CS)
    assert f["length_m"] == pytest.approx(7 * CS)
    assert f["euclid_m"] == pytest.approx(7 * CS)
    assert f["cwd_euclid"] == pytest.approx(1.0) and f["lcp_euclid"] == pytest.approx(1.0)
    assert f.geometry().length() == pytest.approx(7 * CS)
    n = read_tif(norm)[0]
    assert np.nanmin(n) == pytest.approx(0.0)
    np.testing.assert_allclose(n[:, 1:9], 0.0, atol=1e-9)     # straight rows all optimal
    polys = res["CORRIDORS"]
    assert polys.featureCount() >= 1
    assert sum(p["area_ha"] for p in polys.getFeatures()) == pytest.approx(50 * 0.09)
    with pytest.raises(QgsProcessingException, match="at least two sources"):
        run_alg("leastcostcorridors", {"RESISTANCE": cost, "SOURCES": _polygons([(0, 0, 5, 2)]),
                                       "PATHS": "TEMPORARY_OUTPUT", "NORMALIZED": norm})


def test_least_cost_corridors_detour(run_alg, tmp_path):
    c = np.ones((3, 5))
    c[0:2, 2] = 100.0     # wall with a cheap gap at the bottom row
    cost = write_tif(tmp_path / "c.tif", c)
    src = _points([(0, 0), (0, 4)])
    res = run_alg("leastcostcorridors", {"RESISTANCE": cost, "SOURCES": src, "PATHS": "TEMPORARY_OUTPUT",
                                         "NORMALIZED": str(tmp_path / "n.tif")})
    f = next(res["PATHS"].getFeatures())
    # (0,0) -> (1,1) diag -> (2,2) diag -> (1,3) diag -> (0,4) diag: 4 diagonal steps of cost 1
    assert f["lcd"] == pytest.approx(4 * math.sqrt(2) * CS)
    assert f["euclid_m"] == pytest.approx(4 * CS)


# -- circuitscape ------------------------------------------------------------------------------
def _rows(layer):
    return sorted((f["from_id"], f["to_id"], f["resistance"], f["connected"]) for f in layer.getFeatures())


def test_circuitscape_chain(run_alg, tmp_path):
    n = 7
    res_r = write_tif(tmp_path / "r.tif", np.ones((1, n)))
    cur = str(tmp_path / "cur.tif")
    res = run_alg("circuitscape", {"RESISTANCE": res_r, "FOCAL_NODES": _points([(0, 0), (0, n - 1)]),
                                   "FOUR_NEIGHBOURS": True, "RESISTANCES": "TEMPORARY_OUTPUT",
                                   "CURRENT": cur})
    rows = _rows(res["RESISTANCES"])
    assert len(rows) == 1
    assert rows[0][:2] == (1, 2) and rows[0][3] == 1
    assert rows[0][2] == pytest.approx(n - 1)
    np.testing.assert_allclose(read_tif(cur)[0], np.ones((1, n)), rtol=1e-8)   # 1 A through the chain
    # conductance 2 everywhere halves the resistance
    cond = write_tif(tmp_path / "g.tif", np.full((1, n), 2.0))
    res = run_alg("circuitscape", {"RESISTANCE": cond, "IS_CONDUCTANCE": True,
                                   "FOCAL_NODES": _points([(0, 0), (0, n - 1)]),
                                   "RESISTANCES": "TEMPORARY_OUTPUT", "CURRENT": cur})
    assert _rows(res["RESISTANCES"])[0][2] == pytest.approx((n - 1) / 2.0)


def test_circuitscape_disconnected_and_modes(run_alg, tmp_path):
    r = np.ones((1, 7))
    r[0, 3] = np.nan          # a break: nodes 1, 2 on the left, 3 on the right
    rr = write_tif(tmp_path / "r.tif", r)
    f = np.zeros((1, 7), np.int32)
    f[0, 0], f[0, 2], f[0, 6] = 1, 2, 3
    fr = write_tif(tmp_path / "f.tif", f, nodata=None)
    cur, mx = str(tmp_path / "cur.tif"), str(tmp_path / "max.tif")
    res = run_alg("circuitscape", {"RESISTANCE": rr, "FOCAL_RASTER": fr, "RESISTANCES": "TEMPORARY_OUTPUT",
                                   "CURRENT": cur, "MAX_CURRENT": mx})
    rows = _rows(res["RESISTANCES"])
    assert rows[0][:2] == (1, 2) and rows[0][2] == pytest.approx(2.0) and rows[0][3] == 1
    assert [row[:2] for row in rows[1:]] == [(1, 3), (2, 3)]
    for row in rows[1:]:
        assert row[3] == 0          # flagged, and the resistance is empty (never 0)
        NULL_LIKE(row[2])
    c = read_tif(cur)[0]
    assert c[0, 1] == pytest.approx(1.0) and c[0, 5] == pytest.approx(0.0) and np.isnan(c[0, 3])
    assert read_tif(mx)[0][0, 1] == pytest.approx(1.0)
    # one-to-all: node 1 with node 2 grounded -> R = 2; node 3 alone -> not connected
    res = run_alg("circuitscape", {"RESISTANCE": rr, "FOCAL_RASTER": fr, "MODE": 1,
                                   "RESISTANCES": "TEMPORARY_OUTPUT", "CURRENT": cur})
    rows = {f["from_id"]: (f["resistance"], f["connected"]) for f in res["RESISTANCES"].getFeatures()}
    assert rows[1][0] == pytest.approx(2.0) and rows[1][1] == 1
    assert rows[3][1] == 0
    NULL_LIKE(rows[3][0])
    with pytest.raises(QgsProcessingException, match="at least two focal nodes"):
        run_alg("circuitscape", {"RESISTANCE": rr, "FOCAL_NODES": _points([(0, 0)]),
                                 "RESISTANCES": "TEMPORARY_OUTPUT", "CURRENT": cur})


def NULL_LIKE(value):
    """NULL attribute values come back as None or a null QVariant."""
    from qgis.PyQt.QtCore import QVariant
    assert value is None or (isinstance(value, QVariant) and value.isNull())
    return value


def test_cost_distance_id_field_and_style(run_alg, tmp_path):
    from qgis.core import QgsField
    from qgis.PyQt.QtCore import QVariant
    lyr = QgsVectorLayer("Polygon?crs=EPSG:4546", "s", "memory")
    lyr.dataProvider().addAttributes([QgsField("sid", QVariant.Int)])
    lyr.updateFields()
    feats = []
    for sid, block in ((11, (0, 0, 2, 2)), (42, (0, 6, 2, 8))):
        f = QgsFeature(lyr.fields())
        f.setGeometry(_block(*block))
        f.setAttributes([sid])
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    cost = write_tif(tmp_path / "c.tif", np.ones((2, 8)))
    out, alloc = str(tmp_path / "cd.tif"), str(tmp_path / "al.tif")
    run_alg("costdistance", {"COST": cost, "SOURCES": lyr, "SOURCE_ID": "sid", "OUTPUT": out,
                             "ALLOCATION": alloc})
    al = read_tif(alloc)[0]
    assert (al[:, :3] == 11).all() and (al[:, 5:] == 42).all()
    np.testing.assert_allclose(read_tif(out)[0][0], [0, 0, 30, 60, 60, 30, 0, 0])
    # both rasters are styled: the cost as a ramp, the allocation one colour per source label
    assert (tmp_path / "cd.qml").exists()
    qml = open(str(tmp_path / "al.qml"), encoding="utf-8").read()
    assert 'type="paletted"' in qml
    assert sorted(int(v) for v in re.findall(r'<paletteEntry[^>]* value="(\d+)"', qml)) == [11, 42]
    assert "#1b9e77" in qml and "#d95f02" in qml


def test_mspa_style_written(run_alg, tmp_path):
    lu = np.zeros((9, 9), np.int32)
    lu[1:8, 1:8] = 1
    src = write_tif(tmp_path / "b.tif", lu, nodata=None)
    out = str(tmp_path / "m.tif")
    run_alg("mspa", {"INPUT": src, "FOREGROUND_CODES": "1", "OUTPUT": out})
    qml = open(str(tmp_path / "m.qml"), encoding="utf-8").read()
    assert "#00c800" in qml and 'value="17"' in qml
