"""Valuation algorithms through processing.run: service value, carbon storage, RSEI, landscape
ecological risk and historic-mine assessment. Hand-computed cells, totals and bad inputs on small
rasters (EPSG:4546)."""
import os

import numpy as np
import pytest
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from rasterutil import ORIGIN, read_tif, write_tif


def no_part_files(folder):
    assert not [f for f in os.listdir(folder) if ".part" in f]


def polygons(rows, fields=(("name", QVariant.String),)):
    """A memory polygon layer (EPSG:4546); ``rows`` = [(wkt, [attributes])]."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:4546", "zones", "memory")
    pr = layer.dataProvider()
    pr.addAttributes([QgsField(n, t) for n, t in fields])
    layer.updateFields()
    feats = []
    for wkt, attrs in rows:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        f.setAttributes(list(attrs))
        feats.append(f)
    pr.addFeatures(feats)
    return layer


def box(c0, r0, c1, r1, cell=30.0):
    """WKT of the cells [r0, r1) x [c0, c1) of a raster at ORIGIN."""
    x0, y0 = ORIGIN[0] + c0 * cell, ORIGIN[1] - r0 * cell
    x1, y1 = ORIGIN[0] + c1 * cell, ORIGIN[1] - r1 * cell
    return "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(x0, y0, x1, y1)


def table_rows(layer):
    return [dict(zip(layer.fields().names(), f.attributes())) for f in layer.getFeatures()]


# ---------------------------------------------------------------------------------------------
# Ecosystem service value
# ---------------------------------------------------------------------------------------------
def test_service_value_cells_tables_and_change(run_alg, tmp_path):
    lu1 = np.array([[301, 301, 101, 701], [1101, 303, 103, 701]], dtype=np.int32)
    lu2 = np.array([[301, 701, 101, 701], [1101, 303, 301, 701]], dtype=np.int32)
    p1 = write_tif(tmp_path / "lu1.tif", lu1, nodata=0)
    p2 = write_tif(tmp_path / "lu2.tif", lu2, nodata=0)
    zones = polygons([(box(0, 0, 2, 2), ["west"]), (box(2, 0, 4, 2), ["east"])])
    res = run_alg("servicevalue", {
        "LANDUSE": p1, "LANDUSE_2": p2, "GRAIN_YIELD": 7000.0, "GRAIN_PRICE": 2.0,
        "ZONES": zones, "ZONE_FIELD": "name",
        "OUTPUT": str(tmp_path / "esv.tif"), "CHANGE": str(tmp_path / "change.tif"),
        "SERVICES": "memory:", "ZONE_TABLE": "memory:", "SENSITIVITY": "memory:"})
    e = 7000.0 * 2.0 / 7.0            # 2000 yuan/hm2
    ha = 0.09
    v, _, _ = read_tif(res["OUTPUT"])
    assert v[0, 0] == pytest.approx(22.95 * e * ha, rel=1e-6)      # 乔木林地 -> 阔叶林
    assert v[0, 2] == pytest.approx(3.89 * e * ha, rel=1e-6)       # 水田
    assert v[1, 0] == pytest.approx(125.61 * e * ha, rel=1e-5)     # 河流 -> 水系
    assert v[1, 1] == pytest.approx(52.02 * e * ha, rel=1e-6)      # 红树林地 -> 湿地
    assert v[0, 3] == 0.0                                          # built land: no value
    c, _, _ = read_tif(res["CHANGE"])
    assert c[0, 1] == pytest.approx(-22.95 * e * ha, rel=1e-6)
    assert c[1, 2] == pytest.approx((22.95 - 4.01) * e * ha, rel=1e-5)   # 旱地 -> 阔叶林
    services = {r["service"]: r for r in table_rows(res["SERVICES"])}
    assert services["total"]["value_1"] == pytest.approx(np.nansum(v) / 1e4, rel=1e-5)
    assert services["hydrology"]["value_1"] == pytest.approx(
        (2 * 4.74 + 2.72 + 102.24 + 24.23 + 0.27) * e * ha / 1e4, rel=1e-6)
    assert services["total"]["change"] == pytest.approx(np.nansum(c) / 1e4, rel=1e-5)
    zones_t = {r["zone"]: r for r in table_rows(res["ZONE_TABLE"])}
    assert zones_t["west"]["value_1"] == pytest.approx(np.nansum(v[:, :2]) / 1e4, rel=1e-5)
    assert zones_t["east"]["area_hm2"] == pytest.approx(4 * ha)
    sens = {r["type"]: r for r in table_rows(res["SENSITIVITY"])}
    total = np.nansum(v)
    assert sens["water"]["cs_up"] == pytest.approx(125.61 * e * ha / total, rel=1e-5)
    assert all(0 <= r["cs_up"] < 1 for r in sens.values())


def test_service_value_adjustment_and_errors(run_alg, tmp_path):
    lu = write_tif(tmp_path / "lu.tif", np.full((2, 2), 301, np.int32), nodata=0)
    npp = write_tif(tmp_path / "npp.tif", np.array([[1.0, 3.0], [2.0, 2.0]]))
    res = run_alg("servicevalue", {"LANDUSE": lu, "NPP": npp, "GRAIN_YIELD": 7000.0, "GRAIN_PRICE": 1.0,
                                   "OUTPUT": str(tmp_path / "esv.tif")})
    v, _, _ = read_tif(res["OUTPUT"])
    eq = dict(zip(["food", "raw", "water", "gas", "climate", "purification", "hydrology", "soil",
                   "nutrient", "biodiversity", "aesthetic"], (0.29, 0.66, 0.34, 2.17, 6.50, 1.93, 4.74, 2.65,
                                                                0.20, 2.41, 1.06)))
    adj = sum(eq[k] for k in ("food", "raw", "gas", "climate", "purification", "nutrient", "biodiversity",
                              "aesthetic"))
    rest = eq["water"] + eq["hydrology"] + eq["soil"]
    assert v[0, 1] == pytest.approx((adj * 1.5 + rest) * 1000 * 0.09, rel=1e-6)    # NPP 3 / mean 2
    with pytest.raises(QgsProcessingException, match="tundra"):
        run_alg("servicevalue", {"LANDUSE": lu, "CROSSWALK": ["301", "tundra"],
                                 "OUTPUT": str(tmp_path / "bad.tif")})
    with pytest.raises(QgsProcessingException, match="second date"):
        run_alg("servicevalue", {"LANDUSE": lu, "OUTPUT": str(tmp_path / "bad.tif"),
                                 "CHANGE": str(tmp_path / "bad_change.tif")})
    assert not os.path.exists(tmp_path / "bad.tif")
    no_part_files(tmp_path)


# ---------------------------------------------------------------------------------------------
# Carbon storage
# ---------------------------------------------------------------------------------------------
INVEST_CARBON = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "invest_carbon")


def test_carbon_storage_equals_invest_run(run_alg, tmp_path):
    import csv
    pools = []
    with open(os.path.join(INVEST_CARBON, "inputs", "carbon_pools.csv")) as fh:
        for r in csv.DictReader(fh):
            pools += [r["lucode"], r["c_above"], r["c_below"], r["c_soil"], r["c_dead"]]
    res = run_alg("carbonstorage", {
        "LANDUSE": os.path.join(INVEST_CARBON, "inputs", "lulc_cur.tif"),
        "LANDUSE_FUTURE": os.path.join(INVEST_CARBON, "inputs", "lulc_fut.tif"),
        "POOLS": pools, "USE_BLUE_CARBON": False, "PRICE": 43.0, "DISCOUNT_RATE": 5.0, "PRICE_CHANGE": 2.0,
        "YEAR_CURRENT": 2020, "YEAR_FUTURE": 2035,
        "CURRENT": str(tmp_path / "cur.tif"), "FUTURE": str(tmp_path / "fut.tif"),
        "CHANGE": str(tmp_path / "change.tif"), "NPV": str(tmp_path / "npv.tif"), "TABLE": "memory:"})
    for key, name in (("CURRENT", "tot_c_cur.tif"), ("FUTURE", "tot_c_fut.tif"), ("CHANGE", "delta_cur_fut.tif"),
                      ("NPV", "npv_fut.tif")):
        ours, _, _ = read_tif(res[key])
        ref, _, _ = read_tif(os.path.join(INVEST_CARBON, "outputs", name))
        np.testing.assert_array_equal(np.isnan(ours), np.isnan(ref))
        np.testing.assert_allclose(ours, ref, rtol=1e-5, atol=1e-3, equal_nan=True)
    rows = {r["code"]: r for r in table_rows(res["TABLE"])}
    ref_cur, _, _ = read_tif(os.path.join(INVEST_CARBON, "outputs", "tot_c_cur.tif"))
    assert sum(r["carbon_cur"] for r in rows.values()) == pytest.approx(np.nansum(ref_cur), rel=1e-5)
    assert rows[303]["density"] == pytest.approx(739.0)


def test_carbon_storage_blue_carbon_and_errors(run_alg, tmp_path):
    lu = write_tif(tmp_path / "lu.tif", np.array([[303, 301], [110501, 110502]], np.int32), nodata=0)
    res = run_alg("carbonstorage", {"LANDUSE": lu, "CURRENT": str(tmp_path / "c.tif")})
    c, _, _ = read_tif(res["CURRENT"])
    np.testing.assert_allclose(c, [[739.0 * 0.09, (60 + 15 + 110 + 4) * 0.09], [334.0 * 0.09, 196.7 * 0.09]],
                               rtol=1e-6)
    # without the blue-carbon table mangrove takes the land table's row and the sub-classes are unknown
    with pytest.raises(QgsProcessingException, match="110501"):
        run_alg("carbonstorage", {"LANDUSE": lu, "USE_BLUE_CARBON": False, "CURRENT": str(tmp_path / "bad.tif")})
    with pytest.raises(QgsProcessingException, match="future land cover"):
        run_alg("carbonstorage", {"LANDUSE": lu, "CURRENT": str(tmp_path / "bad.tif"),
                                  "CHANGE": str(tmp_path / "bad2.tif")})
    assert not os.path.exists(tmp_path / "bad.tif")
    no_part_files(tmp_path)


# ---------------------------------------------------------------------------------------------
# RSEI
# ---------------------------------------------------------------------------------------------
def write_bands(path, bands, cellsize=30.0):
    from osgeo import gdal, osr
    rows, cols = bands[0].shape
    ds = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, len(bands), gdal.GDT_Float32)
    ds.SetGeoTransform((ORIGIN[0], cellsize, 0, ORIGIN[1], 0, -cellsize))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4546)
    ds.SetProjection(srs.ExportToWkt())
    for i, b in enumerate(bands, start=1):
        ds.GetRasterBand(i).WriteArray(b)
    ds = None
    return str(path)


def test_rsei_equals_core_hand_computation(run_alg, tmp_path, monkeypatch):
    from eco_restore_plugin.core import rsei
    rng = np.random.default_rng(2)
    veg = rng.random((30, 25))
    names = rsei.BANDS
    bands = {"blue": 0.08 - 0.04 * veg, "green": 0.10 - 0.03 * veg, "red": 0.16 - 0.12 * veg,
             "nir": 0.22 + 0.20 * veg, "swir1": 0.30 - 0.15 * veg, "swir2": 0.25 - 0.15 * veg}
    bands = {k: (v + 0.01 * rng.random(v.shape)).astype(np.float32) for k, v in bands.items()}
    bands["green"][:2, :4] = 0.12
    bands["swir1"][:2, :4] = 0.02          # a pond
    lst = (40.0 - 12.0 * veg + rng.random(veg.shape)).astype(np.float32)
    # stored as integers x 10000 in a 7-band image with a dummy first band (Landsat 8 band order)
    stored = [np.zeros_like(veg)] + [np.round(bands[k] * 10000) for k in names]
    img = write_bands(tmp_path / "sr.tif", [b.astype(np.float32) for b in stored])
    lpath = write_tif(tmp_path / "lst.tif", lst.astype(np.float64))
    res = run_alg("rsei", {"REFLECTANCE": img, "SCALE": 0.0001, "LST": lpath, "OUTPUT": str(tmp_path / "rsei.tif"),
                           "GRADE": str(tmp_path / "grade.tif"), "TABLE": "memory:"})
    expect = rsei.rsei({k: np.round(bands[k] * 10000) * 0.0001 for k in names}, lst=lst.astype(np.float64))
    ours, _, _ = read_tif(res["OUTPUT"])
    np.testing.assert_allclose(ours, expect["rsei"], atol=1e-5, equal_nan=True)   # float32 indicators
    assert np.isnan(ours[:2, :4]).all()
    g, _, _ = read_tif(res["GRADE"])
    np.testing.assert_array_equal(np.nan_to_num(g, nan=0), expect["grade"])
    rows = {r["item"]: r for r in table_rows(res["TABLE"])}
    for i, k in enumerate(rsei.INDICATORS):
        assert rows[k]["pc1"] == pytest.approx(expect["loadings"][i, 0], abs=1e-5)
    assert rows["ndvi"]["pc1"] > 0 and rows["lst"]["pc1"] < 0 and rows["ndbsi"]["pc1"] < 0
    assert rows["share"]["pc1"] == pytest.approx(expect["shares"][0], abs=1e-5)
    assert sum(rows["grade_{}".format(c)]["area_hm2"] for c in range(1, 6)) == pytest.approx(
        np.isfinite(ours).sum() * 0.09)
    # a raster too large for the in-memory cache is read again in every pass: the same result
    from eco_restore_plugin.algorithms.assessment import rsei as rsei_alg
    monkeypatch.setattr(rsei_alg, "CACHE_CELLS", 10)
    again = run_alg("rsei", {"REFLECTANCE": img, "SCALE": 0.0001, "LST": lpath, "OUTPUT": str(tmp_path / "rsei2.tif")})
    np.testing.assert_array_equal(read_tif(again["OUTPUT"])[0], ours)


def test_rsei_bad_inputs(run_alg, tmp_path):
    img = write_bands(tmp_path / "sr.tif", [np.full((3, 3), 0.1, np.float32)] * 4)
    with pytest.raises(QgsProcessingException, match="4 bands"):
        run_alg("rsei", {"REFLECTANCE": img, "BANDS": "1,2,3,4,5,6", "BRIGHTNESS": img,
                         "OUTPUT": str(tmp_path / "bad.tif")})
    with pytest.raises(QgsProcessingException, match="temperature"):
        run_alg("rsei", {"REFLECTANCE": img, "BANDS": "1,2,3,4,1,2", "OUTPUT": str(tmp_path / "bad.tif")})
    assert not os.path.exists(tmp_path / "bad.tif")
    no_part_files(tmp_path)


# ---------------------------------------------------------------------------------------------
# Landscape ecological risk
# ---------------------------------------------------------------------------------------------
def test_landscape_risk_cells_surface_and_classes(run_alg, tmp_path):
    from eco_restore_plugin.core import ecorisk
    rng = np.random.default_rng(4)
    lu = np.where(rng.random((30, 30)) < 0.5, 301, 103).astype(np.int32)
    lu[:, 20:] = 701
    lu[5:9, 5:9] = 1104
    lu[0, 0] = 0                                          # one nodata cell
    path = write_tif(tmp_path / "lu.tif", lu, nodata=0)
    res = run_alg("landscaperisk", {"LANDUSE": path, "RISK_CELL_SIZE": 90.0, "OUTPUT": str(tmp_path / "eri.tif"),
                                    "GRADE": str(tmp_path / "grade.tif"), "RISK_CELLS": "memory:",
                                    "CLASS_TABLE": "memory:"})
    core = ecorisk.landscape_risk(lu, cell_size=30.0, window=3, vulnerability=ecorisk.VULNERABILITY_3DIAO, nodata=0)
    cells = table_rows(res["RISK_CELLS"])
    assert len(cells) == 100
    for r in cells:
        assert r["eri"] == pytest.approx(core["eri"][r["row"], r["col"]], rel=1e-9)
    surface, _, _ = read_tif(res["OUTPUT"])
    # risk cells of 3 x 3: the raster cell at each centre holds the risk-cell value
    np.testing.assert_allclose(surface[1::3, 1::3], core["eri"], rtol=1e-6)
    assert np.isnan(surface[0, 0])
    # built land (rank 1) lowers the risk: the east risk cells are below the west ones
    assert np.nanmean(core["eri"][:, 7:]) < np.nanmean(core["eri"][:, :6])
    g, _, _ = read_tif(res["GRADE"])
    assert set(np.unique(g[np.isfinite(g)]).astype(int)) <= {1, 2, 3, 4, 5}
    classes = {r["code"]: r for r in table_rows(res["CLASS_TABLE"])}
    assert classes[1104]["patches"] == 1 and classes[1104]["area_km2"] == pytest.approx(16 * 0.0009)
    assert classes[701]["vulnerability"] == pytest.approx(1 / 5)     # rank 1 of largest 5 (water)
    assert classes[301]["loss"] == pytest.approx(core["classes"][301]["R"])


def test_landscape_risk_bad_inputs(run_alg, tmp_path):
    path = write_tif(tmp_path / "lu.tif", np.full((6, 6), 9999, np.int32), nodata=0)
    with pytest.raises(QgsProcessingException, match="9999"):
        run_alg("landscaperisk", {"LANDUSE": path, "RISK_CELL_SIZE": 90.0, "OUTPUT": str(tmp_path / "bad.tif")})
    ok = write_tif(tmp_path / "ok.tif", np.full((6, 6), 301, np.int32), nodata=0)
    with pytest.raises(QgsProcessingException, match="add up to 1"):
        run_alg("landscaperisk", {"LANDUSE": ok, "RISK_CELL_SIZE": 90.0, "WEIGHT_FRAGMENTATION": 0.9,
                                  "OUTPUT": str(tmp_path / "bad.tif")})
    assert not os.path.exists(tmp_path / "bad.tif")
    no_part_files(tmp_path)


# ---------------------------------------------------------------------------------------------
# Historic mines
# ---------------------------------------------------------------------------------------------
def test_mine_restoration_directions_and_restored_area(run_alg, tmp_path):
    lu = np.full((20, 20), 103, np.int32)
    lu[:, 10:] = 301
    lu[2:5, 2:5] = 602                                    # flat quarry among cropland
    lu[12:16, 12:16] = 1206
    lu[13:16, 13:16] = 1104                               # pit pond: 9 of 16 cells water
    dem = np.tile(np.arange(20) * 30.0 * np.tan(np.radians(2.0)), (20, 1)) + 100.0
    lpath = write_tif(tmp_path / "lu.tif", lu, nodata=0)
    dpath = write_tif(tmp_path / "dem.tif", dem)
    layer = polygons([(box(2, 2, 5, 5), ["KS001", "已修复", None]), (box(12, 12, 16, 16), ["KS002", "废弃未治理", None]),
                      (box(12, 2, 16, 6), ["KS003", "部分修复", "不稳定"])],
                     fields=(("mine_id", QVariant.String), ("status", QVariant.String), ("stab", QVariant.String)))
    res = run_alg("minerestoration", {"MINES": layer, "ID_FIELD": "mine_id", "STATUS_FIELD": "status",
                                      "STABILITY_FIELD": "stab", "LANDUSE": lpath, "DEM": dpath, "RING": 60.0,
                                      "OUTPUT": "memory:", "SUMMARY": "memory:"})
    rows = {r["mine_id"]: r for r in table_rows(res["OUTPUT"])}
    assert rows["KS001"]["area_hm2"] == pytest.approx(9 * 0.09)
    assert rows["KS001"]["slope_mean"] == pytest.approx(2.0, abs=1e-6)
    assert (rows["KS001"]["direction"], rows["KS001"]["mode"], rows["KS001"]["rule"]) == ("耕地", "生态重建", 3)
    assert rows["KS001"]["surround"] == "耕地" and rows["KS001"]["status"] == "已修复"
    assert rows["KS002"]["water_share"] == pytest.approx(9 / 16)
    assert (rows["KS002"]["direction"], rows["KS002"]["mode"]) == ("水域", "辅助再生")
    assert rows["KS003"]["stability"] == 3 and rows["KS003"]["stability_name"] == "不稳定"
    assert (rows["KS003"]["direction"], rows["KS003"]["mode"]) == ("林地", "生态重建")
    summary = table_rows(res["SUMMARY"])
    restored = [r for r in summary if r["item"].startswith("历史遗留矿山生态修复面积")][0]
    assert restored["area_hm2"] == pytest.approx(9 * 0.09)
    progress = [r for r in summary if r["item"].startswith("修复中")][0]
    assert progress["area_hm2"] == pytest.approx(16 * 0.09)
    assert sum(r["area_hm2"] for r in summary if r["direction"]) == pytest.approx((9 + 16 + 16) * 0.09)


def test_mine_restoration_bad_rules(run_alg, tmp_path):
    lpath = write_tif(tmp_path / "lu.tif", np.full((5, 5), 103, np.int32), nodata=0)
    dpath = write_tif(tmp_path / "dem.tif", np.zeros((5, 5)))
    layer = polygons([(box(1, 1, 3, 3), ["a"])])
    with pytest.raises(QgsProcessingException, match="果园"):
        run_alg("minerestoration", {"MINES": layer, "LANDUSE": lpath, "DEM": dpath, "OUTPUT": "memory:",
                                    "RULES": ["果园", "辅助再生"] + [""] * 9})


def test_cancel_leaves_no_output(run_alg, tmp_path):
    from qgis.core import QgsProcessingFeedback
    lu = write_tif(tmp_path / "lu.tif", np.full((40, 40), 301, np.int32), nodata=0)
    for name, params in (("servicevalue", {"LANDUSE": lu, "OUTPUT": str(tmp_path / "a.tif")}),
                         ("carbonstorage", {"LANDUSE": lu, "CURRENT": str(tmp_path / "a.tif")}),
                         ("landscaperisk", {"LANDUSE": lu, "RISK_CELL_SIZE": 300.0, "OUTPUT": str(tmp_path / "a.tif")})):
        feedback = QgsProcessingFeedback()
        feedback.cancel()
        with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
            run_alg(name, params, feedback=feedback)
        assert not os.path.exists(tmp_path / "a.tif"), name
    no_part_files(tmp_path)
