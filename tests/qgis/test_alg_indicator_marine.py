"""Marine indicator rules of the base values (陆海统筹): 海岛自然岸线保有率 from a hand-made shoreline with an island
flag, 红树林面积 from a small land-use raster (三调 0303) and the same seaward cells in the other land-use rules, the
mainland ratio unchanged without the flag."""
import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import QgsGeometry, QgsPointXY

from test_alg_targets import X0, Y0, layer, rect, rows_of

LU = np.array([[303, 303, 303, 101, 303, 303, 101, 101, 303, 303],
               [303, 303, 101, 101, 101, 101, 101, 101, 303, 1105]])


@pytest.fixture()
def landuse(tmp_path):
    """2 × 10 cells of 10 m: units A (x 0-40) and B (x 40-80), then the tidal flat outside both (x 80-100).
    0303 红树林地: 5 cells in A, 2 in B, 3 outside (10-20 m east of B)."""
    path = str(tmp_path / "lu.tif")
    ds = gdal.GetDriverByName("GTiff").Create(path, 10, 2, 1, gdal.GDT_Int16)
    ds.SetGeoTransform((X0, 10.0, 0, Y0 + 20.0, 0, -10.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4546)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).SetNoDataValue(0)
    ds.GetRasterBand(1).WriteArray(LU)
    ds = None
    return path


def line(x0, y0, x1, y1):
    return QgsGeometry.fromPolylineXY([QgsPointXY(X0 + x0, Y0 + y0), QgsPointXY(X0 + x1, Y0 + y1)])


def coast():
    """Mainland in A: 24 m 砂质 + 8 m 人工 (75 %). Island shore: 10 m 基岩 inside B; offshore east of B (outside
    every unit, 120 m east of B: within a coastal reach of 150 m it goes to B) 30 m 基岩 + 20 m 人工 -> island in B:
    40 of 60 m natural. A 20 m 砂质 island line half in B (x 75-95): 6 m inside B's 1 m edge buffer, 14 m outside,
    which also goes to B with the reach -> island in B: 60 of 80 m natural."""
    return layer("LineString", [("shore", "string"), ("island", "integer")], [
        (line(0, 5, 24, 5), ["砂质岸线", 0]), (line(24, 5, 32, 5), ["人工岸线", 0]),
        (line(50, 10, 60, 10), ["基岩岸线", 1]),
        (line(200, 10, 230, 10), ["基岩岸线", 1]), (line(230, 10, 250, 10), ["人工岸线", 1]),
        (line(75, 15, 95, 15), ["砂质岸线", 1])])


def test_island_shoreline_and_mangrove_area(run_alg, landuse):
    units = layer("Polygon", [("name", "string")], [(rect(0, 0, 40, 20), ["A"]), (rect(40, 0, 80, 20), ["B"])])
    res = run_alg("indicatorbasevalues", {"REGION": units, "UNIT_FIELD": "name", "LANDUSE": landuse,
                                          "COASTLINE": coast(), "SHORE_FIELD": "shore", "ISLAND_FIELD": "island",
                                          "COASTAL_REACH": 150.0, "OUTPUT": "TEMPORARY_OUTPUT"})
    got = rows_of(res["OUTPUT"], key=lambda r: (r["unit_key"], r["indicator_key"]))
    assert got[("A", "mangrove_area")]["value"] == pytest.approx(0.05)      # 5 cells × 100 m² = 0.05 hm²
    assert got[("B", "mangrove_area")]["value"] == pytest.approx(0.05)      # 2 inside + 3 on the flat outside
    # the same seaward cells count for every land-use rule: wetland (0303 ×5 + 1105 ×1) and forest land (0303 ×5)
    # are never smaller than the mangroves, and B's land area takes the 4 cells outside (8 + 4 cells = 0.0012 km²)
    assert got[("B", "wetland_area")]["value"] == pytest.approx(0.06)
    assert got[("B", "forest_land")]["value"] == pytest.approx(0.05)
    assert got[("B", "forest_coverage")]["denominator"] == pytest.approx(0.0012)
    assert got[("A", "wetland_area")]["value"] == pytest.approx(0.05)      # A: nothing outside within its reach
    assert got[("A", "mangrove_area")]["indicator"] == "红树林面积" and "0303" in got[("A", "mangrove_area")]["basis"]
    assert got[("A", "natural_shoreline")]["value"] == pytest.approx(75.0)
    assert got[("B", "natural_shoreline")]["denominator"] == pytest.approx(0.0)   # no mainland shore in B
    isl = got[("B", "island_natural_shoreline")]
    assert isl["value"] == pytest.approx(100 * 60 / 80) and isl["denominator"] == pytest.approx(0.080)
    assert isl["indicator"] == "海岛自然岸线保有率" and "第二条" in got[("A", "natural_shoreline")]["source"]
    assert got[("A", "island_natural_shoreline")]["denominator"] == pytest.approx(0.0)
    # no coastal reach (default): only what lies inside the units
    res = run_alg("indicatorbasevalues", {"REGION": units, "UNIT_FIELD": "name", "LANDUSE": landuse,
                                          "COASTLINE": coast(), "SHORE_FIELD": "shore", "ISLAND_FIELD": "island",
                                          "OUTPUT": "TEMPORARY_OUTPUT"})
    got = rows_of(res["OUTPUT"], key=lambda r: (r["unit_key"], r["indicator_key"]))
    assert got[("B", "mangrove_area")]["value"] == pytest.approx(0.02)
    assert got[("B", "wetland_area")]["value"] == pytest.approx(0.02)
    assert got[("B", "forest_coverage")]["denominator"] == pytest.approx(0.0008)
    # inside B only: the 10 m 基岩 and 6 m of the 砂质 line (x 75-81 within the 1 m edge buffer)
    assert got[("B", "island_natural_shoreline")]["denominator"] == pytest.approx(0.016)
    # without the island flag: every line within a unit is counted as before, no island rule
    res = run_alg("indicatorbasevalues", {"REGION": units, "UNIT_FIELD": "name", "COASTLINE": coast(),
                                          "SHORE_FIELD": "shore", "OUTPUT": "TEMPORARY_OUTPUT"})
    got = rows_of(res["OUTPUT"], key=lambda r: (r["unit_key"], r["indicator_key"]))
    assert {k for _, k in got} == {"natural_shoreline", "coast_restored_length"}
    assert got[("A", "coast_restored_length")]["value"] == 0.0           # no restored shore
    assert got[("B", "natural_shoreline")]["value"] == pytest.approx(100.0)     # 基岩 and 砂质 inside B


def test_restored_shoreline_length(run_alg):
    """整治修复海岸线长度 base value: the length (km) of the restored shore types, mainland and islands."""
    units = layer("Polygon", [("name", "string")], [(rect(0, 0, 40, 20), ["A"]), (rect(40, 0, 80, 20), ["B"])])
    shore = layer("LineString", [("shore", "string"), ("island", "integer")], [
        (line(0, 5, 24, 5), ["restored", 0]), (line(24, 5, 32, 5), ["人工岸线", 0]),
        (line(50, 10, 62, 10), ["生态恢复岸线", 1])])
    res = run_alg("indicatorbasevalues", {"REGION": units, "UNIT_FIELD": "name", "COASTLINE": shore,
                                          "SHORE_FIELD": "shore", "ISLAND_FIELD": "island", "OUTPUT": "TEMPORARY_OUTPUT"})
    got = rows_of(res["OUTPUT"], key=lambda r: (r["unit_key"], r["indicator_key"]))
    assert got[("A", "coast_restored_length")]["value"] == pytest.approx(0.024)
    assert got[("B", "coast_restored_length")]["value"] == pytest.approx(0.012)
    assert got[("A", "coast_restored_length")]["indicator"] == "整治修复海岸线长度"
    assert "第二条" in got[("A", "coast_restored_length")]["source"]
