"""Problem patches through processing.run on hand-made parcels: each default rule fires on its parcel
and not on the neighbour, zone rules clip the patch, the summary equals the patches, bad input is refused."""
import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsProcessingException, QgsVectorLayer

X0, Y0 = 500000.0, 2500000.0
EPSG = 4546


def box(x0, y0, x1, y1):
    return "POLYGON(({a} {b},{c} {b},{c} {d},{a} {d},{a} {b}))".format(a=x0 + X0, b=y0 + Y0, c=x1 + X0, d=y1 + Y0)


def line(x0, y0, x1, y1):
    return "LINESTRING({} {},{} {})".format(x0 + X0, y0 + Y0, x1 + X0, y1 + Y0)


def write(path, geom_type, rows, fields=(), epsg=EPSG):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer("l", srs, geom_type)
    for name, typ in fields:
        lyr.CreateField(ogr.FieldDefn(name, typ))
    for wkt, attrs in rows:
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for k, v in attrs.items():
            f.SetField(k, v)
        lyr.CreateFeature(f)
    ds = None
    return str(path)


def raster(path, values_by_parcel, default):
    """10 m raster over x 0..2200, y -200..100; parcel i (x 100i..100i+100, y 0..100) gets its value."""
    arr = np.full((30, 220), default, np.float32)
    for i, v in values_by_parcel.items():
        arr[:10, i * 10:(i + 1) * 10] = v
    ds = gdal.GetDriverByName("GTiff").Create(str(path), 220, 30, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((X0, 10.0, 0, Y0 + 100.0, 0, -10.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(arr)
    ds = None
    return str(path)


#: parcel i = (DLBM, GDPDJB); pairs (2k, 2k+1) = (fires rule k+1, neighbour)
PARCELS = ["0101", "0101", "0702", "0702", "0602", "0301", "1104", "1101", "0103", "0103", "0102", "0102",
           "1206", "0301", "0204", "0204", "0305", "0305", "0601", "0601", "0404", "0404"]
GDPDJB = {8: "5", 9: "4"}


@pytest.fixture()
def inputs(tmp_path):
    fields = [("DLBM", ogr.OFTString), ("GDPDJB", ogr.OFTString), ("ZLDWDM", ogr.OFTString),
              ("ZLDWMC", ogr.OFTString), ("BSM", ogr.OFTString)]
    rows = [(box(100 * i, 0, 100 * i + 100, 100),
             {"DLBM": c, "GDPDJB": GDPDJB.get(i), "ZLDWDM": "469099100{:03d}0000000".format(i // 4 + 1),
              "ZLDWMC": "村{}".format(i // 4 + 1), "BSM": "P{:02d}".format(i)}) for i, c in enumerate(PARCELS)]
    poly = ogr.wkbPolygon
    return {
        "INPUT": write(tmp_path / "dltb.gpkg", poly, rows, fields),
        "RED_LINE": write(tmp_path / "red.gpkg", poly, [(box(0, -10, 50, 110), {}), (box(200, -10, 300, 110), {}),
                                                         (box(400, -10, 800, 110), {})]),
        "RIVER_ZONES": write(tmp_path / "river.gpkg", poly, [(box(1000, -10, 1100, 110), {})]),
        "MINES": write(tmp_path / "mines.gpkg", poly, [(box(1200, -10, 1400, 110), {})]),
        "CORRIDORS": write(tmp_path / "corr.gpkg", poly, [(box(2000, -10, 2100, 110), {})]),
        "ROADS": write(tmp_path / "roads.gpkg", ogr.wkbLineString, [(line(1990, 50, 2210, 50), {})]),
        "SHORELINE": write(tmp_path / "shore.gpkg", ogr.wkbLineString,
                           [(line(1810, -50, 1830, -50), {"natural": 1}), (line(1900, -50, 2000, -50), {"natural": 0})],
                           [("natural", ogr.OFTInteger)]),
        "SHORE_DISTANCE": 60.0,
        "SLOPE": raster(tmp_path / "slope.tif", {9: 20.0}, 3.0),
        "SOIL_LOSS": raster(tmp_path / "soil.tif", {14: 6.0, 15: 4.0}, 0.5),
        "DEGRADATION": raster(tmp_path / "degr.tif", {16: 3.0, 17: 2.0}, 1.0),
    }


def features(value):
    lyr = value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(value, "t", "ogr")
    names = lyr.fields().names()
    return [(dict(zip(names, f.attributes())), f.geometry()) for f in lyr.getFeatures()]


def test_each_default_rule_fires_on_its_parcel_only(run_alg, inputs, tmp_path):
    res = run_alg("problempatches", dict(inputs, OUTPUT=str(tmp_path / "p.gpkg"),
                                         SUMMARY=str(tmp_path / "s.gpkg")))
    patches = features(res["OUTPUT"])
    got = sorted((a["TBBSM"], a["GZBH"]) for a, _ in patches)
    want = sorted(("P{:02d}".format(2 * k), "R{:02d}".format(k + 1)) for k in range(11))
    assert got == want                       # every rule on its parcel, no neighbour anywhere
    by_rule = {a["GZBH"]: (a, g) for a, g in patches}
    # R01: the parcel is half inside the red line -> the patch is that half
    a, g = by_rule["R01"]
    assert a["MJ"] == pytest.approx(0.5) and g.area() == pytest.approx(5000.0)
    assert a["WTDM"] == "WT01" and a["DLMC"] == "水田" and a["XZDM"] == "469099100"
    assert a["CJDM"] == "469099100001" and a["CJMC"] == "村1" and a["WTSL"] == 1
    for a, g in patches:
        assert a["MJ"] == pytest.approx(g.area() / 1e4, abs=1e-4)
    assert by_rule["R11"][0]["MJ"] == pytest.approx(1.0)
    assert res["PATCHES"] == 11
    assert res["AREA_HM2"] == pytest.approx(sum(a["MJ"] for a, _ in patches))
    summary = {a["rule_id"]: a for a, _ in features(res["SUMMARY"])}
    assert all(summary[r]["patches"] == 1 and summary[r]["status"] == "run" for r in summary)
    assert sum(s["area_hm2"] for s in summary.values()) == pytest.approx(res["AREA_HM2"])


def test_overlapping_problems_listed_and_missing_inputs_silent(run_alg, inputs, tmp_path):
    params = {"INPUT": inputs["INPUT"], "RED_LINE": inputs["RED_LINE"], "SLOPE": inputs["SLOPE"],
              "OUTPUT": str(tmp_path / "p.gpkg"), "SUMMARY": str(tmp_path / "s.gpkg")}
    # parcel P00 (0101) both half in the red line and GDPDJB 5 -> two patches on one parcel
    rows = [(box(0, 0, 100, 100), {"DLBM": "0101", "GDPDJB": "5", "BSM": "A"}),
            (box(100, 0, 200, 100), {"DLBM": "0101", "GDPDJB": "2", "BSM": "B"})]
    params["INPUT"] = write(tmp_path / "two.gpkg", ogr.wkbPolygon, rows,
                            [("DLBM", ogr.OFTString), ("GDPDJB", ogr.OFTString), ("BSM", ogr.OFTString)])
    res = run_alg("problempatches", params)
    patches = sorted((a["GZBH"], a["TBBSM"], a["WTSL"], a["WTZH"], a["MJ"]) for a, _ in features(res["OUTPUT"]))
    assert patches == [("R01", "A", 2, "WT01,WT05", 0.5), ("R05", "A", 2, "WT01,WT05", 1.0)]
    summary = {a["rule_id"]: a["status"] for a, _ in features(res["SUMMARY"])}
    assert summary["R06"].startswith("no input for river")


def test_bad_input_is_refused(run_alg, inputs, tmp_path):
    out = tmp_path / "p.gpkg"
    bad = dict(inputs, RULES=["1", "X1", "W", "t", "01", "height > 3", "", ""], OUTPUT=str(out),
               SUMMARY=str(tmp_path / "s.gpkg"))
    with pytest.raises(QgsProcessingException, match="unknown variable 'height'"):
        run_alg("problempatches", bad)
    geo = write(tmp_path / "geo.gpkg", ogr.wkbPolygon, [("POLYGON((110 20,110.1 20,110.1 20.1,110 20))",
                                                          {"DLBM": "0101"})], [("DLBM", ogr.OFTString)], epsg=4490)
    with pytest.raises(QgsProcessingException, match="projected CRS"):
        run_alg("problempatches", {"INPUT": geo, "OUTPUT": str(out), "SUMMARY": str(tmp_path / "s.gpkg")})
    assert not out.exists()


def test_township_name_from_the_containing_or_nearest_township(run_alg, inputs, tmp_path):
    """XZMC: the township containing the patch; a patch outside every township polygon (a shore
    parcel beyond the mapped land) gets the nearest one, not NULL."""
    towns = write(tmp_path / "towns.gpkg", ogr.wkbPolygon,
                  [(box(0, -10, 1000, 110), {"name": "甲镇"}), (box(1000, -10, 1750, 110), {"name": "乙镇"})],
                  [("name", ogr.OFTString)])
    res = run_alg("problempatches", dict(inputs, TOWNSHIPS=towns, OUTPUT=str(tmp_path / "p.gpkg"),
                                         SUMMARY=str(tmp_path / "s.gpkg")))
    names = {a["GZBH"]: a["XZMC"] for a, _ in features(res["OUTPUT"])}
    assert names["R01"] == "甲镇"          # parcel 0 inside 甲镇
    assert names["R06"] == "乙镇"          # parcel 10 (x 1000-1100) inside 乙镇
    assert names["R10"] == "乙镇"          # parcel 18 (x 1800-1900) beyond both: nearest is 乙镇
    assert names["R11"] == "乙镇"          # parcel 20 (x 2000-2100): nearest is 乙镇
