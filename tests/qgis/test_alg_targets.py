"""Target algorithms through processing.run: base values equal hand counts on a small layer,
decomposition keeps totals within floors and caps, attainment flags shortfalls, bad input is refused."""
import os

import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

X0, Y0 = 500000.0, 2500000.0  # EPSG:4546 (CGCS2000 / 3-degree GK CM 111E)


def rect(x0, y0, x1, y1):
    return QgsGeometry.fromRect(__import__("qgis.core", fromlist=["QgsRectangle"]).QgsRectangle(
        X0 + x0, Y0 + y0, X0 + x1, Y0 + y1))


def layer(kind, fields, rows):
    """Memory layer: kind 'Polygon' / 'LineString' / 'None'; rows = [(geometry or None, attrs)]."""
    spec = "{}?crs=EPSG:4546".format(kind) if kind != "None" else "None?"
    spec += "".join("&field={}:{}".format(n, t) for n, t in fields)
    lyr = QgsVectorLayer(spec, kind, "memory")
    assert lyr.isValid()
    feats = []
    for geom, attrs in rows:
        f = QgsFeature(lyr.fields())
        if geom is not None:
            f.setGeometry(geom)
        f.setAttributes(list(attrs))
        feats.append(f)
    assert lyr.dataProvider().addFeatures(feats)[0]
    return lyr


def as_layer(value):
    return value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(value, "out", "ogr")


def rows_of(value, key=None):
    lyr = as_layer(value)
    names = lyr.fields().names()
    out = [dict(zip(names, f.attributes())) for f in lyr.getFeatures()]
    return {key(r): r for r in out} if key else out


LU = np.array([
    [301, 301, 301, 101, 101, 1108, 1108, 305, 305, 305],
    [301, 302, 301, 101, 101, 1108, 1108, 305, 305, 305],
    [1108, 1108, 301, 101, 101, 101, 101, 305, 305, 305],
    [1108, 1108, 301, 101, 101, 101, 101, 701, 701, 0],
    [701, 701, 701, 701, 101, 101, 101, 701, 701, 0],
    [301, 301, 301, 301, 101, 101, 101, 1105, 1105, 1105],
    [301, 301, 301, 301, 101, 101, 101, 1105, 1105, 1105],
    [301, 301, 301, 301, 101, 101, 101, 1105, 1105, 1105],
    [301, 301, 301, 301, 101, 101, 101, 1105, 1105, 1105],
    [301, 301, 301, 301, 101, 101, 101, 1105, 1105, 1105],
])


@pytest.fixture()
def landuse(tmp_path):
    path = str(tmp_path / "lu.tif")
    ds = gdal.GetDriverByName("GTiff").Create(path, 10, 10, 1, gdal.GDT_Int16)
    ds.SetGeoTransform((X0, 10.0, 0, Y0 + 100.0, 0, -10.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4546)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).SetNoDataValue(0)
    ds.GetRasterBand(1).WriteArray(LU)
    ds = None
    return path


@pytest.fixture()
def units():
    # A = left half (columns 0-4), B = right half (columns 5-9); 100 m x 50 m each
    return layer("Polygon", [("name", "string")], [(rect(0, 0, 50, 100), ["A"]), (rect(50, 0, 100, 100), ["B"])])


def test_base_values_equal_hand_counts(run_alg, landuse, units):
    reserves = layer("Polygon", [("n", "string")], [(rect(0, 50, 30, 100), ["r"])])  # cols 0-2, rows 0-4
    coast = layer("LineString", [("shore", "string")], [
        (QgsGeometry.fromPolylineXY([QgsPointXY(X0 + 10, Y0 + 20), QgsPointXY(X0 + 40, Y0 + 20)]), ["砂质岸线"]),
        (QgsGeometry.fromPolylineXY([QgsPointXY(X0 + 60, Y0 + 20), QgsPointXY(X0 + 90, Y0 + 20)]), ["人工岸线"]),
        (QgsGeometry.fromPolylineXY([QgsPointXY(X0 + 60, Y0 + 80), QgsPointXY(X0 + 70, Y0 + 80)]), ["基岩岸线"]),
    ])
    red = layer("Polygon", [("n", "string")], [(rect(40, 0, 60, 100), ["a"]), (rect(40, 0, 60, 100), ["dup"])])
    rest = layer("Polygon", [("n", "string")], [(rect(0, 0, 100, 10), ["x"])])
    res = run_alg("indicatorbasevalues", {
        "REGION": units, "UNIT_FIELD": "name", "LANDUSE": landuse,
        "RESERVES": reserves, "COASTLINE": coast, "SHORE_FIELD": "shore",
        "RED_LINE": red, "RESTORATION": rest, "OUTPUT": "TEMPORARY_OUTPUT"})
    got = rows_of(res["OUTPUT"], key=lambda r: (r["unit_key"], r["indicator_key"]))
    # hand counts, unit A (columns 0-4): forest 301/302 cells: rows 0,1: 3 each; rows 2,3: 1 each;
    # row 4: 0; rows 5-9: 4 each -> 3+3+1+1+0+20 = 28 of 50 valid cells
    assert got[("A", "forest_coverage")]["value"] == pytest.approx(56.0)
    assert got[("A", "forest_coverage")]["numerator"] == pytest.approx(28 * 100 / 1e6)
    # unit B (columns 5-9): only 305 灌木林地 (rows 0-2, 9 cells); the default forestry basis counts
    # it only inside a 国家特别规定灌木林地 layer (none given): 0 of 48 valid cells
    assert got[("B", "forest_coverage")]["value"] == pytest.approx(0.0)
    assert got[("B", "forest_coverage")]["denominator"] == pytest.approx(48 * 100 / 1e6)
    # wetland (1108, 1105) in A: rows 2,3 columns 0-1 = 4 cells, all inside the reserve (cols 0-2, rows 0-4)
    assert got[("A", "wetland_protection")]["value"] == pytest.approx(100.0)
    # B: 1108 rows 0-1 cols 5-6 (4) + 1105 rows 5-9 cols 7-9 (15) = 19 cells, none in the reserve
    assert got[("B", "wetland_protection")]["value"] == pytest.approx(0.0)
    assert got[("B", "wetland_protection")]["denominator"] == pytest.approx(19 * 100 / 1e6)
    assert got[("A", "natural_shoreline")]["value"] == pytest.approx(100.0)
    assert got[("B", "natural_shoreline")]["value"] == pytest.approx(25.0)  # 10 of 40 m
    assert got[("B", "natural_shoreline")]["denominator"] == pytest.approx(0.040)  # km
    assert got[("A", "red_line_area")]["value"] == pytest.approx(0.001)  # 10 m x 100 m, overlap once
    assert got[("B", "red_line_area")]["value"] == pytest.approx(0.001)
    assert got[("A", "restoration_area")]["value"] == pytest.approx(0.05)  # 500 m² = 0.05 hm²
    assert got[("A", "forest_coverage")]["layer"] and got[("A", "forest_coverage")]["date"]
    assert got[("A", "forest_coverage")]["indicator"] == "森林覆盖率"


def test_base_values_whole_region_and_codes(run_alg, landuse, units):
    res = run_alg("indicatorbasevalues", {
        "REGION": units, "LANDUSE": landuse, "FOREST_CODES": "301, 302", "NONLAND_CODES": "1105",
        "OUTPUT": "TEMPORARY_OUTPUT"})
    got = [r for r in rows_of(res["OUTPUT"]) if r["indicator_key"] == "forest_coverage"]
    assert [r["unit_key"] for r in got] == ["region"]
    # forest 301/302 = 28 cells; land = 98 valid - 15 cells of 1105 = 83
    assert got[0]["value"] == pytest.approx(100 * 28 / 83)


def test_base_values_bad_input(run_alg, landuse, units):
    with pytest.raises(QgsProcessingException, match="no field 'county'"):
        run_alg("indicatorbasevalues", {"REGION": units, "UNIT_FIELD": "county", "LANDUSE": landuse,
                                        "OUTPUT": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="No input for any rule"):
        run_alg("indicatorbasevalues", {"REGION": units, "OUTPUT": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="not a class code"):
        run_alg("indicatorbasevalues", {"REGION": units, "LANDUSE": landuse, "FOREST_CODES": "301,林地",
                                        "OUTPUT": "TEMPORARY_OUTPUT"})


@pytest.fixture()
def counties():
    # areas 1, 3 and 6 km²
    fields = [("name", "string"), ("potential", "double"), ("cap", "double"), ("fcap", "double"),
              ("forest", "double")]
    return layer("Polygon", fields, [
        (rect(0, 0, 1000, 1000), ["甲县", 5.0, None, None, 70.0]),
        (rect(1000, 0, 2000, 3000), ["乙县", 3.0, None, None, 50.0]),
        (rect(2000, 0, 3000, 6000), ["丙县", 2.0, 40.0, 55.0, 52.0]),
    ])


def test_decomposition_totals_floors_caps(run_alg, counties):
    res = run_alg("targetdecomposition", {
        "UNITS": counties, "UNIT_FIELD": "name", "KEY": 0,
        "TARGETS": ["修复面积", "sum", "100", "", "20", "cap",
                    "森林覆盖率", "rate", "60", "", "", "fcap"],
        "OUTPUT_TABLE": "TEMPORARY_OUTPUT", "OUTPUT": "TEMPORARY_OUTPUT"})
    t = rows_of(res["OUTPUT_TABLE"], key=lambda r: (r["unit_key"], r["indicator"]))
    # sum: 1:3:6 of 100 -> 10, 30, 60; floor 20 lifts 甲, cap 40 holds 丙, 乙 takes the rest: 20, 40, 40
    got = [t[(k, "修复面积")]["target"] for k in ("甲县", "乙县", "丙县")]
    assert got == pytest.approx([20, 40, 40])
    assert sum(got) == pytest.approx(100.0, abs=1e-9)
    assert t[("甲县", "修复面积")]["bound"] == "floor" and t[("丙县", "修复面积")]["bound"] == "cap"
    # rate: 丙县 capped at 55 %, the rest spread evenly: (600 - 330) / 400 = 67.5 %
    rates = [t[(k, "森林覆盖率")]["target"] for k in ("甲县", "乙县", "丙县")]
    assert rates == pytest.approx([67.5, 67.5, 55.0])
    assert np.dot(rates, [1, 3, 6]) / 10 == pytest.approx(60.0)
    lyr = as_layer(res["OUTPUT"])
    feats = {f["name"]: f for f in lyr.getFeatures()}
    assert feats["乙县"]["修复面积"] == pytest.approx(40.0)
    assert feats["丙县"]["森林覆盖率"] == pytest.approx(55.0)
    assert lyr.crs().authid() == "EPSG:4546" and lyr.featureCount() == 3


def test_decomposition_keys(run_alg, counties):
    common = {"UNITS": counties, "UNIT_FIELD": "name", "OUTPUT_TABLE": "TEMPORARY_OUTPUT",
              "OUTPUT": "TEMPORARY_OUTPUT", "POTENTIAL_FIELD": "potential"}
    res = run_alg("targetdecomposition", dict(common, KEY=1, TARGETS=["矿山", "sum", "50", "", "", ""]))
    t = rows_of(res["OUTPUT_TABLE"])
    assert [r["target"] for r in t] == pytest.approx([25, 15, 10])  # potential 5:3:2
    res = run_alg("targetdecomposition", dict(common, KEY=2, TARGETS=["x", "sum", "172", "forest", "", ""]))
    assert [r["target"] for r in rows_of(res["OUTPUT_TABLE"])] == pytest.approx([70, 50, 52])
    # mix of area (1:3:6) and potential (5:3:2), equal weights, current weight 0
    res = run_alg("targetdecomposition", dict(common, KEY=3, W_CURRENT=0,
                                              TARGETS=["y", "sum", "100", "", "", ""]))
    want = 100 * (0.5 * np.array([0.1, 0.3, 0.6]) + 0.5 * np.array([0.5, 0.3, 0.2]))
    assert [r["target"] for r in rows_of(res["OUTPUT_TABLE"])] == pytest.approx(list(want))


def test_decomposition_bad_input(run_alg, counties, tmp_path):
    out_t, out_l = str(tmp_path / "t.gpkg"), str(tmp_path / "l.gpkg")
    with pytest.raises(QgsProcessingException, match="cannot be met under the caps"):
        run_alg("targetdecomposition", {
            "UNITS": counties, "UNIT_FIELD": "name", "KEY": 0,
            "TARGETS": ["修复面积", "sum", "200", "", "", "40"],
            "OUTPUT_TABLE": out_t, "OUTPUT": out_l})
    assert not os.path.exists(out_t) and not os.path.exists(out_l)  # nothing saved half
    with pytest.raises(QgsProcessingException, match="no field 'county'"):
        run_alg("targetdecomposition", {"UNITS": counties, "UNIT_FIELD": "county",
                                        "TARGETS": ["a", "sum", "1", "", "", ""],
                                        "OUTPUT_TABLE": out_t, "OUTPUT": out_l})
    with pytest.raises(QgsProcessingException, match="not a number"):
        run_alg("targetdecomposition", {"UNITS": counties, "UNIT_FIELD": "name",
                                        "TARGETS": ["a", "sum", "一百", "", "", ""],
                                        "OUTPUT_TABLE": out_t, "OUTPUT": out_l})
    with pytest.raises(QgsProcessingException, match="neither a number nor a field"):
        run_alg("targetdecomposition", {"UNITS": counties, "UNIT_FIELD": "name",
                                        "TARGETS": ["a", "sum", "10", "", "floorx", ""],
                                        "OUTPUT_TABLE": out_t, "OUTPUT": out_l})
    assert not os.path.exists(out_t) and not os.path.exists(out_l)


def test_attainment(run_alg, counties):
    dec = run_alg("targetdecomposition", {
        "UNITS": counties, "UNIT_FIELD": "name", "KEY": 0,
        "TARGETS": ["修复面积", "sum", "100", "", "", "", "水土流失面积", "sum", "30", "", "", ""],
        "OUTPUT_TABLE": "TEMPORARY_OUTPUT", "OUTPUT": "TEMPORARY_OUTPUT"})
    # targets: 修复面积 10, 30, 60; 水土流失面积 3, 9, 18 (lower is better)
    values = layer("None", [("unit_key", "string"), ("indicator", "string"), ("value", "double")], [
        (None, ["甲县", "修复面积", 12.0]), (None, ["乙县", "修复面积", 29.5]),
        (None, ["甲县", "水土流失面积", 4.0]), (None, ["乙县", "水土流失面积", 9.0]),
        (None, ["丙县", "水土流失面积", 10.0])])
    res = run_alg("targetattainment", {
        "TARGETS": as_layer(dec["OUTPUT_TABLE"]), "VALUES": values,
        "DIRECTIONS": ["水土流失面积", "lower", "", "修复面积", "higher", "0.1"],
        "UNITS": counties, "UNIT_FIELD": "name",
        "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_LAYER": "TEMPORARY_OUTPUT"})
    got = rows_of(res["OUTPUT"], key=lambda r: (r["unit_key"], r["indicator"]))
    assert got[("甲县", "修复面积")]["status"] == "met" and got[("甲县", "修复面积")]["gap"] == pytest.approx(2)
    assert got[("乙县", "修复面积")]["status"] == "shortfall"  # 29.5 < 30 - 0.1
    assert got[("丙县", "修复面积")]["status"] == "no data"
    assert got[("甲县", "水土流失面积")]["status"] == "shortfall"  # 4 > 3, lower is better
    assert got[("甲县", "水土流失面积")]["gap"] == pytest.approx(-1)
    assert got[("丙县", "水土流失面积")]["status_zh"] == "达标"
    per = {f["name"]: (f["n_checked"], f["n_short"]) for f in as_layer(res["OUTPUT_LAYER"]).getFeatures()}
    assert per == {"甲县": (2, 1), "乙县": (2, 1), "丙县": (1, 0)}
    with pytest.raises(QgsProcessingException, match="no field 'val'"):
        run_alg("targetattainment", {"TARGETS": as_layer(dec["OUTPUT_TABLE"]), "VALUES": values,
                                     "VALUE_FIELD": "val", "OUTPUT": "TEMPORARY_OUTPUT"})
