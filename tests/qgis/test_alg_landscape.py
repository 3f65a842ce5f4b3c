"""Landscape-metric algorithms: the FRAGSTATS reference landscape through processing.run."""
import csv

import numpy as np
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer

from rasterutil import ORIGIN, peer_path, read_tif, write_tif


def fragstats_landscape():
    path = peer_path("landscape_metrics", "landscape.asc")
    lines = open(path).read().split("\n")
    header = {}
    i = 0
    while lines[i].split()[0].lower() in ("ncols", "nrows", "xllcorner", "yllcorner", "cellsize", "nodata_value"):
        k, v = lines[i].split()
        header[k.lower()] = float(v)
        i += 1
    arr = np.array([[int(v) for v in ln.split()] for ln in lines[i:] if ln.strip()])
    return arr


def fragstats_land_row():
    rows = list(csv.reader(open(peer_path("landscape_metrics", "fragstats_landscape.land.csv"))))
    head = [h.strip() for h in rows[0]]
    return {h: v.strip() for h, v in zip(head, rows[1])}


def test_whole_landscape_matches_fragstats(run_alg, tmp_path):
    arr = fragstats_landscape()
    # cellsize 1 in the reference; our test raster is projected with 1 m cells
    src = write_tif(tmp_path / "l.tif", arr.astype(np.int32), cellsize=1.0, nodata=-1)
    res = run_alg("landscapemetrics", {"INPUT": src, "OUTPUT": "TEMPORARY_OUTPUT"})
    table = res["OUTPUT"]
    land = [f for f in table.getFeatures() if f["level"] == "landscape"][0]
    ref = fragstats_land_row()
    for metric in ("NP", "TE", "SHDI", "CONTAG", "AI", "LSI", "PLADJ", "DIVISION"):
        assert land[metric] == pytest.approx(float(ref[metric]), rel=0.01), metric
    classes = sorted(f["class"] for f in table.getFeatures() if f["level"] == "class")
    assert classes == [1, 2, 3]


def test_zonal_and_window(run_alg, tmp_path):
    arr = fragstats_landscape().astype(np.int32)
    src = write_tif(tmp_path / "l.tif", arr, cellsize=1.0, nodata=-1)
    zones = QgsVectorLayer("Polygon?crs=EPSG:4546&field=name:string", "z", "memory")
    x0, y0 = ORIGIN
    feats = []
    for name, (a, b) in (("west", (0, 15)), ("east", (15, 30))):
        f = QgsFeature(zones.fields())
        f.setGeometry(QgsGeometry.fromWkt("POLYGON(({a} {t},{b} {t},{b} {u},{a} {u},{a} {t}))".format(
            a=x0 + a, b=x0 + b, t=y0, u=y0 - 30)))
        f.setAttributes([name])
        feats.append(f)
    zones.dataProvider().addFeatures(feats)
    res = run_alg("landscapemetricszonal", {"INPUT": src, "ZONES": zones, "ZONE_FIELD": "name",
                                            "OUTPUT": "TEMPORARY_OUTPUT", "ZONE_LAYER": "TEMPORARY_OUTPUT"})
    rows = list(res["OUTPUT"].getFeatures())
    west_pland = {f["class"]: f["PLAND"] for f in rows if f["zone"] == "west" and f["level"] == "class"}
    half = arr[:, :15]
    for c in (1, 2, 3):
        assert west_pland[c] == pytest.approx(100.0 * (half == c).sum() / half.size)
    assert res["ZONE_LAYER"].featureCount() == 2
    out = str(tmp_path / "pland.tif")
    run_alg("landscapemetricswindow", {"INPUT": src, "METRIC": 0, "RADIUS": 2.0, "CLASS_VALUE": 1,
                                       "MIN_VALID": 0.0, "OUTPUT": out})
    w = read_tif(out)[0]
    # PLAND of class 1 in the 5x5 window around (10, 10), by hand
    assert w[10, 10] == pytest.approx(100.0 * (arr[8:13, 8:13] == 1).mean())
    with pytest.raises(QgsProcessingException, match="class"):
        run_alg("landscapemetricswindow", {"INPUT": src, "METRIC": 0, "RADIUS": 2.0, "OUTPUT": str(tmp_path / "x.tif")})


def test_empty_zone_layer_refused(run_alg, tmp_path):
    src = write_tif(tmp_path / "l.tif", np.ones((5, 5), np.int32), nodata=0)
    zones = QgsVectorLayer("Polygon?crs=EPSG:4546", "z", "memory")
    with pytest.raises(QgsProcessingException, match="no features"):
        run_alg("landscapemetricszonal", {"INPUT": src, "ZONES": zones, "OUTPUT": "TEMPORARY_OUTPUT"})


def test_core_area_metrics_and_edge_depth(run_alg, tmp_path):
    """Issue 19: core-area, GYRATE, CIRCLE, PAFRAC and NLSI columns; EDGE_DEPTH in metres."""
    arr = fragstats_landscape()
    src = write_tif(tmp_path / "l.tif", arr.astype(np.int32), cellsize=1.0, nodata=-1)
    table = run_alg("landscapemetrics", {"INPUT": src, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    land = [f for f in table.getFeatures() if f["level"] == "landscape"][0]
    ref = fragstats_land_row()
    for metric in ("TCA", "NDCA", "DCAD", "CORE_MN", "CAI_MN", "GYRATE_MN", "CIRCLE_MN", "PAFRAC"):
        assert land[metric] == pytest.approx(float(ref[metric]), rel=0.01, abs=5e-5), metric
    # a 7 x 7 block in an 11 x 11 map, 10 m cells: 25 core cells at one cell, 9 at 20 m
    block = np.full((11, 11), 2, dtype=np.int32)
    block[2:9, 2:9] = 1
    src = write_tif(tmp_path / "b.tif", block, cellsize=10.0, nodata=-1)
    for depth, cells in ((0.0, 25), (20.0, 9)):
        t = run_alg("landscapemetrics", {"INPUT": src, "EDGE_DEPTH": depth, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        c1 = [f for f in t.getFeatures() if f["level"] == "class" and f["class"] == 1][0]
        assert c1["TCA"] == pytest.approx(cells * 0.01)
