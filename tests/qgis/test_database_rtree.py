"""The database export's packed GeoPackage R-tree (_database_rtree) against the index GDAL builds itself."""
import random
import sqlite3

import pytest
from osgeo import gdal, ogr, osr

from eco_restore_plugin.algorithms.targets import _database_rtree as RT

gdal.UseExceptions()


def _geoms(n):
    """n small squares spread over a Gauss-Krüger-sized extent, one empty and one missing geometry."""
    rnd = random.Random(7)
    out = []
    for _ in range(n):
        x, y = rnd.uniform(37.4e6, 37.5e6), rnd.uniform(2.0e6, 2.1e6)
        w = rnd.uniform(0.3, 900.0)
        out.append("MULTIPOLYGON ((({0} {1},{2} {1},{2} {3},{0} {3},{0} {1})))".format(x, y, x + w, y + w * 0.7))
    out[5] = "MULTIPOLYGON EMPTY"
    out[9] = None
    return out


def _write(path, wkts, packed):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4527)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    lyr = ds.CreateLayer("STWTTB", srs, ogr.wkbMultiPolygon, options=["SPATIAL_INDEX=NO"] if packed else [])
    lyr.CreateField(ogr.FieldDefn("BSM", ogr.OFTInteger64))
    fids, boxes = [], []
    lyr.StartTransaction()
    for k, wkt in enumerate(wkts):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField(0, k + 1)
        if wkt is not None:
            f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        lyr.CreateFeature(f)
        g = f.GetGeometryRef()
        if g is not None and not g.IsEmpty():
            fids.append(f.GetFID())
            boxes.append(g.GetEnvelope())
    lyr.CommitTransaction()
    ddl = RT.definition(lyr.GetName(), lyr.GetFIDColumn(), lyr.GetGeometryColumn())
    ds = None
    if packed:
        RT.fill(path, [(ddl, fids, boxes)])


def _hits(path, boxes):
    ds = ogr.Open(path)
    lyr = ds.GetLayer(0)
    out = []
    for x0, y0, x1, y1 in boxes:
        lyr.SetSpatialFilterRect(x0, y0, x1, y1)
        out.append(sorted(f.GetFID() for f in lyr))
    return out


@pytest.mark.parametrize("n", [40, 3000])          # a root leaf only; three levels of 51-cell nodes
def test_packed_rtree_equals_gdals(tmp_path, n):
    ref, packed = str(tmp_path / "gdal.gpkg"), str(tmp_path / "packed.gpkg")
    wkts = _geoms(n)
    _write(ref, wkts, False)
    _write(packed, wkts, True)
    a, b = sqlite3.connect(ref), sqlite3.connect(packed)
    rows = "SELECT * FROM rtree_STWTTB_geom ORDER BY id"
    assert b.execute(rows).fetchall() == a.execute(rows).fetchall()           # same ids and 32-bit boxes
    assert len(b.execute(rows).fetchall()) == n - 2                          # no empty, no missing geometry
    assert b.execute("SELECT rtreecheck('rtree_STWTTB_geom')").fetchone()[0] == "ok"
    schema = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"
    assert b.execute(schema).fetchall() == a.execute(schema).fetchall()      # GDAL's tables and triggers
    ext = "SELECT table_name, column_name, extension_name, definition, scope FROM gpkg_extensions"
    assert b.execute(ext).fetchall() == a.execute(ext).fetchall()
    depth = b.execute("SELECT data FROM rtree_STWTTB_geom_node WHERE nodeno = 1").fetchone()[0][:2]
    assert int.from_bytes(depth, "big") == (0 if n <= 51 else 2)
    a.close()
    b.close()
    rnd = random.Random(3)
    boxes = []
    for _ in range(200):
        x, y, w = rnd.uniform(37.4e6, 37.5e6), rnd.uniform(2.0e6, 2.1e6), rnd.uniform(10, 20000)
        boxes.append((x, y, x + w, y + w))
    hits = _hits(packed, boxes)
    assert hits == _hits(ref, boxes) and sum(map(len, hits)) > 0
    # the triggers keep the packed index up to date
    ds = ogr.Open(packed, 1)
    lyr = ds.GetLayer(0)
    f = ogr.Feature(lyr.GetLayerDefn())
    f.SetGeometry(ogr.CreateGeometryFromWkt("MULTIPOLYGON (((100 100,110 100,110 110,100 110,100 100)))"))
    lyr.CreateFeature(f)
    new = f.GetFID()
    ds = None
    assert _hits(packed, [(99, 99, 111, 111)]) == [[new]]
    con = sqlite3.connect(packed)
    assert con.execute("SELECT rtreecheck('rtree_STWTTB_geom')").fetchone()[0] == "ok"
    con.close()
