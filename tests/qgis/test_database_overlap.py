"""The database check's overlap rule (R4) and its one-pass layer scan: the rectilinear shortcut finds exactly
the overlaps the pairwise GEOS test finds (neighbours that touch, overlap slightly, lie inside another), and
the Arrow (column-wise) scan reports what the feature-by-feature scan reports."""
import itertools

from osgeo import ogr, osr

from eco_restore_plugin.algorithms.targets import _database_overlap as O
from eco_restore_plugin.algorithms.targets import _database_scan as S


def _wkt_box(x0, y0, x1, y1):
    return "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(x0, y0, x1, y1)


# 10 m parcels: A and B touch along x = 20; C overlaps B by 2 x 5 = 10 m² (> 1 m²); G overlaps C by
# 0.5 x 1 = 0.5 m² (under the tolerance); D lies inside A (25 m²); E has a hole that F fills exactly;
# H is an L-shaped neighbour of B (touching only); M is a multipolygon whose second part overlaps E by 4 m².
PARCELS = {
    "A": _wkt_box(0, 0, 20, 20),
    "B": _wkt_box(20, 0, 40, 20),
    "C": _wkt_box(38, 5, 50, 10),
    "G": _wkt_box(49.5, 9, 60, 11),
    "D": _wkt_box(5, 5, 10, 10),
    "E": "POLYGON((100 0,140 0,140 40,100 40,100 0),(110 10,110 30,130 30,130 10,110 10))",
    "F": _wkt_box(110, 10, 130, 30),
    "H": "POLYGON((20 20,60 20,60 30,30 30,30 40,20 40,20 20))",
    "M": "MULTIPOLYGON(((200 0,210 0,210 10,200 10,200 0)),((138 38,142 38,142 42,138 42,138 38)))",
}


def _polygons(parcels):
    return [(k, bytes(ogr.CreateGeometryFromWkt(w).ExportToIsoWkb())) for k, w in parcels.items()]


def _brute(parcels, tolerance=1.0):
    geoms = {k: ogr.CreateGeometryFromWkt(w) for k, w in parcels.items()}
    out = {}
    for a, b in itertools.combinations(parcels, 2):
        area = geoms[a].Intersection(geoms[b]).GetArea()
        if area > tolerance:
            out[frozenset((a, b))] = area
    return out


def test_rectilinear_shortcut_finds_exactly_the_real_overlaps(qgis_app, monkeypatch):
    grids = []

    def counted(*args, **kw):
        grids.append(cover_counts(*args, **kw))
        return grids[-1]
    cover_counts = O.coverage.rectilinear_cover_counts
    monkeypatch.setattr(O.coverage, "rectilinear_cover_counts", counted)
    pairs = O.overlapping_pairs(_polygons(PARCELS), 1.0)
    assert len(grids) == 1 and grids[0] is not None and grids[0][2].max() == 2     # the shortcut was taken
    found = {frozenset(p[:2]): p[2] for p in pairs}
    assert found == {frozenset("BC"): 10.0, frozenset("AD"): 25.0, frozenset("EM"): 4.0}
    assert found == _brute(PARCELS)
    # only touching neighbours and a filled hole: nothing, and no GEOS test needed
    touching = {k: PARCELS[k] for k in "ABEFH"}
    assert O.overlapping_pairs(_polygons(touching), 1.0) == [] == list(_brute(touching))
    assert len(grids) == 2 and grids[1][2].max() == 1


def test_ring_arrays_reads_one_ring_polygons_in_a_block(qgis_app):
    wkbs = [w for _, w in _polygons(PARCELS)]
    wkbs += [bytes(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkb(w)).ExportToIsoWkb()) for w in wkbs]
    xy, sizes, shells = O.ring_arrays(wkbs)
    rings = [r for w in wkbs for r in O.polygon_rings(w)]
    assert sorted(map(tuple, xy.tolist())) == sorted(tuple(p) for r, _ in rings for p in r.tolist())
    assert sorted(zip(sizes.tolist(), shells.tolist())) == sorted((len(r), s) for r, s in rings)
    assert shells.sum() == 2 * 10 and len(sizes) == 2 * 11                 # E's hole; M's two parts


def test_a_slanted_edge_falls_back_to_the_pairwise_test(qgis_app):
    parcels = dict(PARCELS, T="POLYGON((40 0,45 0,60 5,40 5,40 0))")      # slanted: not rectilinear
    assert O.polygon_rings(_polygons({"T": parcels["T"]})[0][1]) is not None
    found = {frozenset(p[:2]): round(p[2], 6) for p in O.overlapping_pairs(_polygons(parcels), 1.0)}
    assert found == {k: round(v, 6) for k, v in _brute(parcels).items()}
    assert frozenset("CT") not in found and frozenset("BC") in found


def test_polygon_rings_reads_iso_and_extended_wkb(qgis_app):
    g = ogr.CreateGeometryFromWkt("MULTIPOLYGON Z (((0 0 1,1 0 1,1 1 1,0 0 1)),((5 5 0,6 5 0,6 6 0,5 5 0),"
                                  "(5.2 5.1 0,5.8 5.1 0,5.8 5.7 0,5.2 5.1 0)))")
    for wkb in (g.ExportToIsoWkb(), g.ExportToWkb(ogr.wkbXDR)):
        rings = O.polygon_rings(bytes(wkb))
        assert [(len(xy), shell) for xy, shell in rings] == [(4, True), (4, True), (4, False)]
        assert rings[2][0].tolist()[1] == [5.8, 5.1]
    assert O.polygon_rings(bytes(ogr.CreateGeometryFromWkt("POINT (1 2)").ExportToIsoWkb())) is None


def _layer(tmp_path):
    """A GeoPackage layer with what the scan judges: nulls, blanks (a full-width space too), codes out of
    two lists (the second list's first), an invalid and a null geometry, MJ 1 % off."""
    path = str(tmp_path / "scan.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4546)
    lyr = ds.CreateLayer("T", srs, ogr.wkbMultiPolygon)
    for name, kind in (("BSM", ogr.OFTInteger), ("NAME", ogr.OFTString), ("CODE", ogr.OFTString),
                       ("KIND", ogr.OFTInteger), ("MJ", ogr.OFTReal)):
        lyr.CreateField(ogr.FieldDefn(name, kind))
    rows = [(1, "a", "01", 1, 0.04, _wkt_box(0, 0, 20, 20)),
            (None, "b", "01", 7, 0.04, _wkt_box(20, 0, 40, 20)),            # no BSM: FID, KIND out
            (3, None, "99", 1, 0.0404, _wkt_box(40, 0, 60, 20)),           # NAME null, CODE out, MJ 1 % off
            (4, "\u3000", "01", None, 0.04, "POLYGON((0 30,20 50,20 30,0 50,0 30))"),   # blank; bowtie
            (5, " ", "02 ", 1, None, None),                                 # blank; no geometry
            (6, "f", "7", 2, 0.0400001, _wkt_box(60, 0, 80, 20))]
    for bsm, name, code, kind, mj, wkt in rows:
        f = ogr.Feature(lyr.GetLayerDefn())
        for field, v in (("BSM", bsm), ("NAME", name), ("CODE", code), ("KIND", kind), ("MJ", mj)):
            if v is not None:
                f.SetField(field, v)
        if wkt:
            f.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkt(wkt)))
        lyr.CreateFeature(f)
    ds = None
    return path


def test_arrow_scan_reports_what_the_feature_scan_reports(qgis_app, tmp_path):
    ds = ogr.Open(_layer(tmp_path))
    lyr = ds.GetLayer(0)
    args = ("polygon", [("BSM", 0), ("NAME", 1), ("KIND", 3), ("MJ", 4)],
            [("KIND", 3, {"1", "2"}), ("CODE", 2, {"01", "02"})], 0, 4, 0.001, lambda: None)
    fast = S.scan_layer(lyr, *args)
    slow = S._scan_features(lyr, *args)
    assert fast["invalid"] == slow["invalid"] == [4, 5]
    assert fast["empty"] == slow["empty"] == ["FID2", 3, 4, 5]          # BSM is required too
    assert fast["bad_codes"] == slow["bad_codes"] == {"KIND": ["FID2"], "CODE": [3, 6]}
    assert list(fast["bad_codes"]) == list(slow["bad_codes"]) == ["KIND", "CODE"]
    assert list(fast["bad_mj"]) == list(slow["bad_mj"]) == [3]
    assert fast["bad_mj"][3] == slow["bad_mj"][3]
    assert fast["polygons"] == slow["polygons"] and [p[0] for p in fast["polygons"]] == [1, "FID2", 3, 6]
