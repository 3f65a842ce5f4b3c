"""The planning database opens styled: every layer has a default style stored in the GeoPackage, with
planning colours and Chinese labels, and planning.qgz names and groups the layers in Chinese."""
import sqlite3

import pytest

from osgeo import ogr, osr


def _gpkg(path):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4546)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))

    def layer(name, gtype, fields, rows):
        lyr = ds.CreateLayer(name, srs if gtype != ogr.wkbNone else None, gtype)
        for f, t in fields:
            lyr.CreateField(ogr.FieldDefn(f, t))
        for wkt, values in rows:
            feat = ogr.Feature(lyr.GetLayerDefn())
            if wkt:
                feat.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
            for (f, _), v in zip(fields, values):
                feat.SetField(f, v)
            lyr.CreateFeature(feat)

    sq = "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))"
    layer("base_county", ogr.wkbPolygon, [("name", ogr.OFTString), ("area_km2", ogr.OFTReal)],
          [(sq.format(500000, 2200000, 503000, 2203000), ["示例县", 9.0])])
    layer("base_red_line", ogr.wkbPolygon, [("area_ha", ogr.OFTReal)],
          [(sq.format(500000, 2200000, 501000, 2201000), [100.0])])
    layer("restoration_zones", ogr.wkbPolygon, [("zone_type", ogr.OFTString), ("zone_name", ogr.OFTString)],
          [(sq.format(500000, 2200000, 501500, 2203000), ["protect", "北部山地生态保护区"]),
           (sq.format(501500, 2200000, 503000, 2203000), ["restore", "南部农田生态修复区"])])
    layer("something_new", ogr.wkbLineString, [("v", ogr.OFTReal)], [("LINESTRING(500000 2200000, 501000 2201000)", [1.0])])
    layer("landscape_metrics", ogr.wkbNone, [("area_ha", ogr.OFTReal)], [(None, [5.0])])
    ds = None
    return str(path)


def test_every_layer_gets_a_default_style(qgis_app, tmp_path):
    from qgis.core import QgsVectorLayer

    from eco_restore_plugin.processing_helpers import database_styles

    gpkg = _gpkg(tmp_path / "planning.gpkg")
    names = ["base_county", "base_red_line", "restoration_zones", "something_new", "landscape_metrics"]
    saved = database_styles.style_database(gpkg, {"restoration_zones": "生态修复分区"})
    assert saved == {n: True for n in names}
    # again: an existing style of the same name is replaced (QGIS would ask in a message box)
    assert all(database_styles.style_database(gpkg).values())
    con = sqlite3.connect(gpkg)
    rows = con.execute("SELECT f_table_name, useAsDefault FROM layer_styles").fetchall()
    con.close()
    assert sorted(rows) == sorted((n, 1) for n in names)

    keep = []

    def load(name):
        layer = QgsVectorLayer("{}|layername={}".format(gpkg, name), name, "ogr")
        assert layer.isValid()
        keep.append(layer)  # the renderer belongs to the layer: keep it alive
        return layer   # QGIS applies the default style stored in the GeoPackage on load

    county = load("base_county").renderer()
    assert county.type() == "singleSymbol"
    assert county.symbol().symbolLayer(0).brushStyle() == 0          # Qt.NoBrush: an outline only
    red = load("base_red_line").renderer().symbol()
    assert red.symbolLayer(0).strokeColor().name() == "#e31a1c"       # the red line is red
    zones = load("restoration_zones").renderer()
    assert zones.type() == "categorizedSymbol"
    assert sorted(c.label() for c in zones.categories()) == ["北部山地生态保护区 (1)", "南部农田生态修复区 (1)"]
    assert load("something_new").renderer().type() == "singleSymbol"  # unknown layers: a neutral style
    table = load("landscape_metrics")
    assert table.attributeAlias(table.fields().lookupField("area_ha")) == "面积(公顷)"


def test_project_names_and_groups_layers_in_chinese(qgis_app, tmp_path):
    from qgis.core import QgsProject

    from eco_restore_plugin.processing_helpers import database_styles

    gpkg = _gpkg(tmp_path / "planning.gpkg")
    database_styles.style_database(gpkg)
    catalog = [("base_county", "vector", "县域边界"), ("restoration_zones", "vector", "生态修复分区")]
    path = str(tmp_path / "planning.qgz")
    assert database_styles.write_project(gpkg, path, catalog) == 5
    project = QgsProject()
    assert project.read(path)
    root = project.layerTreeRoot()
    base = root.findGroup("基础数据")
    assert [n.name() for n in base.findLayers()] == ["县域边界", "base_red_line"]  # untitled: its table name
    assert [n.name() for n in root.findGroup("修复分区与项目").findLayers()] == ["生态修复分区"]
    assert project.crs().authid() == "EPSG:4546"
    # it opens on the county (3 km square) plus 5 %, not on the extent of every layer
    view = project.viewSettings().defaultViewExtent()
    assert view.crs().authid() == "EPSG:4546"
    assert (view.xMinimum(), view.yMinimum(), view.xMaximum(), view.yMaximum()) == pytest.approx(
        (499850, 2199850, 503150, 2203150))
    assert project.viewSettings().presetFullExtent() == view
    # the base map and the zoning are drawn on opening, the rest is in the tree unchecked
    shown = sorted(n.name() for n in root.findLayers() if n.isVisible())
    assert shown == sorted(["县域边界", "生态修复分区"])
