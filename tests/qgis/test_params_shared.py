"""The shared adapter layer (issue 12): one field vocabulary, one attribute conversion, one CRS check,
one palette per grade scale, parameter-group mixins and family base classes used where the group or
the shape occurs."""
import math
import os

import numpy as np
import pytest
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from rasterutil import ORIGIN, write_tif


def test_one_field_vocabulary(qgis_app):
    from eco_restore_plugin.processing_helpers.vector_io import make_field, make_fields

    assert make_field("n", "int").type() == QVariant.Int
    assert make_field("id", "long").type() == QVariant.LongLong
    assert make_field("v", "double").type() == QVariant.Double
    s = make_field("name", "string", 64)
    assert s.type() == QVariant.String and s.length() == 64
    fields = make_fields([("a", "int"), ("b", "string", 254)])
    assert fields.names() == ["a", "b"] and fields.at(1).length() == 254
    with pytest.raises(ValueError, match="unknown field kind"):
        make_field("x", "str")      # the old zoning spelling is gone, not silently accepted


def test_attribute_conversions(qgis_app):
    from eco_restore_plugin.processing_helpers.vector_io import attribute_float, attribute_value

    assert attribute_value(float("nan")) is None and attribute_value(np.float32(np.inf)) is None
    assert attribute_value(np.int64(7)) == 7 and type(attribute_value(np.int64(7))) is int
    assert attribute_value(np.bool_(True)) == 1 and attribute_value(np.float64(2.123456789), 3) == 2.123
    assert type(attribute_value(np.float32(0.5))) is float and attribute_value("x") == "x"
    assert math.isnan(attribute_float(NULL)) and math.isnan(attribute_float(None))
    assert math.isnan(attribute_float("abc")) and attribute_float("2.5") == 2.5


def test_crs_checks_refuse_missing_invalid_and_geographic(qgis_app):
    from eco_restore_plugin.processing_helpers.grid import (Grid, require_projected, require_projected_crs,
                                                            require_projected_source)

    gt = (ORIGIN[0], 30.0, 0.0, ORIGIN[1], 0.0, -30.0)
    with pytest.raises(QgsProcessingException, match="no (valid )?CRS"):
        require_projected(Grid("", gt, 3, 3), "Land use")
    geo = QgsCoordinateReferenceSystem("EPSG:4490")
    with pytest.raises(QgsProcessingException, match="geographic CRS"):
        require_projected(Grid(geo.toWkt(), gt, 3, 3), "Land use")
    require_projected(Grid(QgsCoordinateReferenceSystem("EPSG:4546").toWkt(), gt, 3, 3), "Land use")
    with pytest.raises(QgsProcessingException, match="no (valid )?CRS"):
        require_projected_crs(QgsCoordinateReferenceSystem(), "Units")
    with pytest.raises(QgsProcessingException, match="missing"):
        require_projected_source(None, "Units")


def _square_layer(crs):
    layer = QgsVectorLayer("Polygon" + ("?crs={}".format(crs) if crs else ""), "u", "memory")
    if not crs:
        layer.setCrs(QgsCoordinateReferenceSystem())    # a memory layer defaults to EPSG:4326
    f = QgsFeature()
    x, y = ORIGIN[0], ORIGIN[1] - 300.0
    f.setGeometry(QgsGeometry.fromWkt("POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(
        x, y, x + 300.0, y + 300.0)))
    layer.dataProvider().addFeatures([f])
    return layer


def test_missing_crs_refused_by_algorithms(run_alg, tmp_path):
    """A unit layer without CRS (zoning measures areas) and a raster without CRS (the resilience
    slope needs metres) are refused with the message, and nothing is written."""
    out = str(tmp_path / "zones.gpkg")
    with pytest.raises(QgsProcessingException, match="no (valid )?CRS"):
        run_alg("restorationzoning", {"UNITS": _square_layer(None), "OUTPUT": out})
    assert not os.path.exists(out)
    lu = write_tif(tmp_path / "lu.tif", np.full((4, 4), 301, np.int32), epsg=0, nodata=0)
    cond = write_tif(tmp_path / "c.tif", np.full((4, 4), 0.5), epsg=0)
    dem = write_tif(tmp_path / "d.tif", np.arange(16.0).reshape(4, 4), epsg=0)
    index, grade = str(tmp_path / "i.tif"), str(tmp_path / "g.tif")
    with pytest.raises(QgsProcessingException, match="no (valid )?CRS"):
        run_alg("resilience", {"LANDUSE": lu, "CONDITION": cond, "DEM": dem, "INDEX": index, "GRADE": grade})
    assert not os.path.exists(index) and not os.path.exists(grade)


def test_one_palette_per_grade_scale(qgis_app):
    from eco_restore_plugin.processing_helpers import styles

    top3 = styles.GRADE_COLOURS_3[-1]
    assert styles.IMPORTANCE_CLASSES[3][0] == styles.VULNERABILITY_CLASSES_3[3][0] == top3
    assert styles.PRIORITY_GRADE_COLOURS[1] == top3          # priority grade 1 is the highest
    assert [styles.IMPORTANCE_CLASSES[c][0] for c in (1, 2, 3)] == list(styles.GRADE_COLOURS_3)
    assert [styles.VULNERABILITY_CLASSES_5[c][0] for c in range(1, 6)] == styles.RAMPS["degradation"]
    assert [styles.VULNERABILITY_CLASSES_5V[c][0] for c in range(1, 6)] == list(styles.GRADE_COLOURS_5)
    with pytest.raises(ValueError):
        styles.grade_classes(("a", "b"), styles.GRADE_COLOURS_3)


def test_feature_geometries_skip_empty_and_transform(qgis_app):
    from eco_restore_plugin.processing_helpers.vector_io import feature_geometries

    layer = QgsVectorLayer("Point?crs=EPSG:4546", "p", "memory")
    feats = []
    for geom in (QgsGeometry.fromPointXY(QgsPointXY(500000.0, 3000000.0)), QgsGeometry(), None):
        f = QgsFeature()
        if geom is not None:
            f.setGeometry(geom)
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    wgs = QgsCoordinateReferenceSystem("EPSG:4326")
    got = list(feature_geometries(layer, wgs))
    assert len(got) == 1
    expected = QgsCoordinateTransform(layer.crs(), wgs, QgsProject.instance()).transform(
        QgsPointXY(500000.0, 3000000.0))
    assert got[0][1].asPoint().x() == pytest.approx(expected.x(), abs=1e-9)
    assert got[0][1].asPoint().y() == pytest.approx(expected.y(), abs=1e-9)
    assert layer.getFeature(got[0][0].id()).geometry().asPoint().x() == 500000.0   # the source is untouched


def _algorithms():
    from eco_restore_plugin.provider import algorithm_classes

    out = {}
    for cls in algorithm_classes():
        alg = cls()
        alg.initAlgorithm()
        out[cls.NAME] = (cls, {p.name() for p in alg.parameterDefinitions()})
    return out


def test_groups_declared_through_their_mixin(qgis_app):
    """Every algorithm that declares one of the shared groups declares it through its mixin."""
    from eco_restore_plugin.processing_helpers.params import (ControlLinesParams, SourcesParams,
                                                              TableOutputParams, UnitLayerParams)

    algs = _algorithms()
    for name, (cls, params) in algs.items():
        if {"RED_LINE", "FARMLAND", "URBAN_BOUNDARY"} & params:
            assert issubclass(cls, ControlLinesParams), name
        if "SOURCE_ID" in params or "FOCAL_ID" in params:
            assert issubclass(cls, SourcesParams), name
        if "UNIT_FIELD" in params:
            assert issubclass(cls, UnitLayerParams), name
    assert issubclass(algs["landscapemetricszonal"][0], TableOutputParams)
    # three zoning algorithms, the problem patches, the consolidation policy check and the indicator base
    # values (red line)
    assert sum(issubclass(c, ControlLinesParams) for c, _ in algs.values()) == 6


def test_family_bases(qgis_app):
    from eco_restore_plugin.algorithms.assessment._graded import GradedIndexAlgorithm, Window
    from eco_restore_plugin.algorithms.assessment._vulnerability import VulnerabilityAlgorithm
    from eco_restore_plugin.algorithms.consolidation._common import ConsolidationAlgorithm
    from eco_restore_plugin.algorithms.pattern._sources import CostSourcesAlgorithm

    algs = _algorithms()
    graded = {n for n, (c, _) in algs.items() if issubclass(c, GradedIndexAlgorithm)}
    assert graded == {"vulnerabilitysoilerosion", "vulnerabilityrockydesertification",
                      "vulnerabilitycoastalerosion", "degradation", "resilience"}
    assert {n for n in graded if issubclass(algs[n][0], VulnerabilityAlgorithm)} == {
        "vulnerabilitysoilerosion", "vulnerabilityrockydesertification", "vulnerabilitycoastalerosion"}
    assert {n for n, (c, _) in algs.items() if issubclass(c, CostSourcesAlgorithm)} == {
        "costdistance", "leastcostcorridors", "barriers", "pinchpoints"}
    assert {n for n, (c, _) in algs.items() if issubclass(c, ConsolidationAlgorithm)} == {
        "farmlandpotential", "idlelandpotential", "settlementpotential", "realisticpotential",
        "potentialzoning", "consolidationpolicycheck"}
    w = Window(row0=4, nrows=2, top=3, bottom=7)       # rows 3..6 read for rows 4..5
    assert list(range(3, 7))[w.inner] == [4, 5]


def test_degradation_blocks_and_shares(run_alg, tmp_path):
    """The graded-index loop: loss, grades (lower-inclusive 0.05 / 0.15 / 0.30) and the grade shares
    reported from the bincount, by hand."""
    from qgis.core import QgsProcessingFeedback

    from rasterutil import read_tif

    ref = np.array([[1.0, 1.0, 1.0, 1.0], [1.0, 1.0, 0.0, np.nan]])
    cur = np.array([[1.1, 0.9, 0.8, 0.5], [0.96, 0.7, 0.5, 1.0]])
    # loss: -0.1, 0.1, 0.2, 0.5 / 0.04, 0.3, undefined (ref 0), nodata
    messages = []

    class Feedback(QgsProcessingFeedback):
        def pushInfo(self, info):
            messages.append(info)

    p = {"REFERENCE": write_tif(tmp_path / "r.tif", ref), "CURRENT": write_tif(tmp_path / "c.tif", cur),
         "LOSS": str(tmp_path / "loss.tif"), "GRADE": str(tmp_path / "grade.tif")}
    run_alg("degradation", p, feedback=Feedback())
    loss, grade = read_tif(p["LOSS"])[0], read_tif(p["GRADE"])[0]
    np.testing.assert_allclose(loss[0], [-0.1, 0.1, 0.2, 0.5], atol=1e-6)
    assert grade[0].tolist() == [1, 2, 3, 4] and grade[1, :2].tolist() == [1, 4]
    assert np.isnan(loss[1, 2]) and np.isnan(loss[1, 3])
    shares = [m for m in messages if m.startswith("Shares:")]
    assert shares and "33.3%" in shares[0] and "16.7%" in shares[0]      # 2 of 6, 1 of 6


def test_grid_is_projected(qgis_app):
    from eco_restore_plugin.processing_helpers.grid import Grid

    gt = (ORIGIN[0], 30.0, 0.0, ORIGIN[1], 0.0, -30.0)
    assert Grid(QgsCoordinateReferenceSystem("EPSG:4546").toWkt(), gt, 2, 2).is_projected()
    assert not Grid(QgsCoordinateReferenceSystem("EPSG:4490").toWkt(), gt, 2, 2).is_projected()
    assert not Grid("", gt, 2, 2).is_projected()       # no CRS: units unknown
