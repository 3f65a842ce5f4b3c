"""Indicator base values on the official bases (口径): hand-computed cases for each preset, with the
口径 text in the output; the wetland definition is the same as the atlas'."""
import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import QgsFeature, QgsGeometry, QgsRectangle, QgsVectorLayer

X0, Y0 = 500000.0, 2500000.0

# 4 x 5 cells of 10 m (100 m² each), one unit. 20 valid cells.
LU = np.array([
    [301, 302, 303, 305, 305],
    [203, 203, 201, 603, 1105],
    [1101, 1104, 101, 101, 305],
    [304, 306, 307, 402, 1108],
])
# actual soil loss, t/(hm²·a): tolerance 500 t/(km²·a) = 5 t/(hm²·a); 6 cells ≥ 5, 1 nodata
LOSS = np.array([
    [0.1, 4.99, 5.0, 12.0, 0.0],
    [7.5, 0.0, 1.0, -9999, 3.0],
    [0.0, 0.0, 30.0, 5.5, 0.2],
    [0.0, 0.0, 0.0, 1.0, 0.0],
])


def raster(path, arr, dtype=gdal.GDT_Float32, nodata=-9999):
    ds = gdal.GetDriverByName("GTiff").Create(str(path), arr.shape[1], arr.shape[0], 1, dtype)
    ds.SetGeoTransform((X0, 10.0, 0, Y0 + 40.0, 0, -10.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4546)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).SetNoDataValue(nodata)
    ds.GetRasterBand(1).WriteArray(arr)
    ds = None
    return str(path)


def polygons(rects):
    lyr = QgsVectorLayer("Polygon?crs=EPSG:4546&field=name:string", "p", "memory")
    feats = []
    for x0, y0, x1, y1 in rects:
        f = QgsFeature(lyr.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(X0 + x0, Y0 + y0, X0 + x1, Y0 + y1)))
        f.setAttributes(["x"])
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    return lyr


@pytest.fixture()
def inputs(tmp_path):
    return {"lu": raster(tmp_path / "lu.tif", LU, gdal.GDT_Int16, 0),
            "loss": raster(tmp_path / "loss.tif", LOSS),
            "region": polygons([(0, 0, 50, 40)])}


def values(run_alg, params):
    res = run_alg("indicatorbasevalues", dict(params, OUTPUT="TEMPORARY_OUTPUT"))
    lyr = res["OUTPUT"] if isinstance(res["OUTPUT"], QgsVectorLayer) else QgsVectorLayer(res["OUTPUT"])
    names = lyr.fields().names()
    return {f["indicator_key"]: dict(zip(names, f.attributes())) for f in lyr.getFeatures()}


def test_forest_coverage_presets(run_alg, inputs):
    base = {"REGION": inputs["region"], "LANDUSE": inputs["lu"]}
    # forestry, no special-shrub layer: 301, 302, 303, 304 = 4 of 20 cells
    got = values(run_alg, base)["forest_coverage"]
    assert got["value"] == pytest.approx(20.0)
    assert "国家特别规定灌木林地" in got["basis"] and "未计入" in got["basis"] and "林业口径" in got["basis"]
    assert got["source"]
    # + special shrub covering the top row (two 305 cells there; the 305 of row 2 stays out) + 203 x2
    shrub = polygons([(0, 30, 50, 40)])
    got = values(run_alg, dict(base, SPECIAL_SHRUB=shrub, FOREST_GARDEN_CODES="203"))["forest_coverage"]
    assert got["value"] == pytest.approx(100 * (4 + 2 + 2) / 20)
    assert "203" in got["basis"] and "已按给定范围" in got["basis"]
    # 三调 basis: all three 305 cells, no orchards: 7 of 20
    got = values(run_alg, dict(base, FOREST_BASIS=1, FOREST_GARDEN_CODES="203"))["forest_coverage"]
    assert got["value"] == pytest.approx(35.0)
    assert "三调地类口径" in got["basis"]
    # custom codes
    got = values(run_alg, dict(base, FOREST_BASIS=2, FOREST_CODES="301"))["forest_coverage"]
    assert got["value"] == pytest.approx(5.0)


def test_forest_land_wetland_area_and_protection(run_alg, inputs):
    reserve = polygons([(0, 0, 20, 10)])            # bottom-left 2 cells: 304, 306
    park = polygons([(30, 20, 50, 30), (10, 0, 30, 10)])   # 603, 1105 and (overlap) 306, 307
    got = values(run_alg, {"REGION": inputs["region"], "LANDUSE": inputs["lu"], "RESERVES": reserve,
                           "PROTECTED_WETLANDS": [park]})
    # 林地 0301-0307: 301,302,303,305,305,305,304,306,307 = 9 cells = 900 m² = 0.09 hm²
    assert got["forest_land"]["value"] == pytest.approx(0.09)
    # 三调 湿地: 303, 603, 1105, 304, 306, 402, 1108 = 7 cells (0.07 hm²), 盐田 included
    assert got["wetland_area"]["value"] == pytest.approx(0.07)
    assert "0603 盐田" in got["wetland_area"]["basis"]
    # protected (union, overlap once): 304, 306 (reserve), 603, 1105 (park) = 4 of 7
    assert got["wetland_protection"]["value"] == pytest.approx(100 * 4 / 7)
    assert "并集" in got["wetland_protection"]["basis"]
    # wetland with waters: + 1101, 1104 = 9 cells
    got = values(run_alg, {"REGION": inputs["region"], "LANDUSE": inputs["lu"], "WETLAND_BASIS": 1})
    assert got["wetland_area"]["value"] == pytest.approx(0.09)


def test_soil_conservation_rate(run_alg, inputs):
    got = values(run_alg, {"REGION": inputs["region"], "SOIL_LOSS": inputs["loss"]})["soil_conservation"]
    # 19 valid cells; loss ≥ 5 t/(hm²·a): 5.0, 12.0, 7.5, 30.0, 5.5 = 5 cells -> (19 - 5) / 19
    assert got["value"] == pytest.approx(100 * 14 / 19)
    assert got["numerator"] == pytest.approx(5 * 100 / 1e6)
    assert "SL 190-2007" in got["basis"]
    got = values(run_alg, {"REGION": inputs["region"], "SOIL_LOSS": inputs["loss"], "TOLERANCE": 1000})
    assert got["soil_conservation"]["value"] == pytest.approx(100 * 17 / 19)   # 12, 30 ≥ 10 t/hm²


def test_one_wetland_definition():
    from eco_restore_plugin.core import indicator_basis as B
    from eco_restore_plugin.processing_helpers import atlas as atlas_layout   # the package that replaced the module

    assert set(atlas_layout.WETLAND_CODES) == set(B.WETLAND_SANDIAO)
    assert 603 in B.WETLAND_SANDIAO and len(B.WETLAND_SANDIAO) == 8


def test_forest_coverage_expected_by_default():
    from eco_restore_plugin.core import targets as T

    fc = {i.key: i for i in T.default_indicators()}["forest_coverage"]
    assert fc.type == "expected"
    assert {"forest_land", "wetland_area"} <= {i.key for i in T.default_indicators()}
    assert {i.key: i for i in T.default_indicators()}["soil_conservation"].rule == "soil_conservation"
