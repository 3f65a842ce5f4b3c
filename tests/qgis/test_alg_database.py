"""The planning database (issue 16 §4): the schema covers every layer the demo writes; the export of the
demo's planning.gpkg to GeoPackage, Shapefile set and File GDB passes the checker; the checker catches one
planted error of each kind and nothing else; the input is never modified."""
import hashlib
import json
import os
import re
import shutil
import sqlite3

import pytest
from osgeo import ogr, osr
from qgis.core import QgsProcessingException

from eco_restore_plugin.algorithms.targets._database import shape_encoding

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCHEMA = os.path.join(ROOT, "resources", "schema", "planning_db.json")
CODE, NAME = "469099", "示例县"


def _schema():
    with open(SCHEMA, encoding="utf-8") as f:
        return json.load(f)


def _md5(path):
    return hashlib.md5(open(path, "rb").read()).hexdigest()


@pytest.fixture(scope="module")
def demo(demo_run):
    out, res = demo_run
    assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-3000:]
    return out


@pytest.fixture(scope="module")
def planning(demo, tmp_path_factory):
    """A copy of the demo's planning.gpkg (the demo folder is shared with other test modules)."""
    path = tmp_path_factory.mktemp("db") / "planning.gpkg"
    shutil.copyfile(str(demo / "planning.gpkg"), str(path))
    return str(path)


@pytest.fixture(scope="module")
def provider(qgis_app, qgis_processing):
    from qgis.core import QgsApplication

    from conftest import _KEEP
    from eco_restore_plugin.provider import EcoRestoreProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("ecorestore") is None:
        _KEEP.append(EcoRestoreProvider())
        assert registry.addProvider(_KEEP[-1])


@pytest.fixture(scope="module")
def exported(planning, tmp_path_factory, provider):
    """{format index: (result, path)} of the export of ``planning`` to the three formats."""
    import processing

    folder = tmp_path_factory.mktemp("export")
    before = _md5(planning)
    out = {}
    for fmt in (0, 1, 2):
        res = processing.run("ecorestore:databaseexport", {"INPUT": planning, "XZQDM": CODE, "XZQMC": NAME,
                                                           "FORMAT": fmt, "OUTPUT": str(folder / "db")})
        out[fmt] = (res, res["OUTPUT"])
    assert _md5(planning) == before                                # the input is only read
    return out


def check(run_alg, path, tmp_path=None):
    res = run_alg("databasecheck", {"INPUT": path, "OUTPUT": "TEMPORARY_OUTPUT",
                                    "REPORT": str(tmp_path / "report.html") if tmp_path else None})
    rows = [f.attributes() for f in res["OUTPUT"].getFeatures()]
    failed = {(r[0], r[2]): r for r in rows if r[4] == "fail"}
    return res, rows, failed


# -- the schema ---------------------------------------------------------------------------------
def test_every_layer_the_demo_writes_is_in_the_schema(demo):
    schema = _schema()
    con = sqlite3.connect(str(demo / "planning.gpkg"))
    tables = {r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")}
    con.close()
    sources = {lyr["source"] for lyr in schema["layers"]}
    assert tables - set(schema["system_tables"]) - sources == set()
    assert sources - tables == set(), "schema layers the demo does not write"
    names = [lyr["name"] for lyr in schema["layers"]]
    assert len(names) == len(set(names)) and len({lyr["ysdm"] for lyr in schema["layers"]}) == len(names)
    for lyr in schema["layers"]:
        assert len(lyr["ysdm"]) == 10 and lyr["ysdm"].isdigit()
        fields = [f["name"] for f in lyr["fields"]] + [c["name"] for c in schema["common_fields"]]
        assert len(fields) == len(set(fields)), lyr["name"]
        assert all(len(f) <= 10 and f.isascii() for f in fields), lyr["name"]     # Shapefile's limit


def test_code_lists_are_the_plugins_own_definitions():
    from eco_restore_plugin.core import landuse_codes, problems
    from eco_restore_plugin.core.zoning import projects

    layers = {lyr["source"]: {f["source"]: f for f in lyr["fields"]} for lyr in _schema()["layers"]}
    assert layers["problem_patches"]["WTDM"]["codes"] == ["WT{:02d}".format(i) for i in range(1, 12)]
    assert layers["problem_patches"]["GZBH"]["codes"] == [r[1] for r in problems.DEFAULT_RULES]
    assert set(layers["base_dltb_2020"]["DLBM"]["codes"]) == set(landuse_codes.all_codes())
    from eco_restore_plugin.core.zoning.hierarchy import DEFAULT_TYPES
    assert layers["project_library"]["type_code"]["codes"] == [
        str(k) for k in sorted(set(projects.PROJECT_TYPES) | set(DEFAULT_TYPES))]
    assert layers["base_red_line"] and layers["problem_patches"]["MJ"]["name"] == "YMJ"


# -- export ----------------------------------------------------------------------------------------
def test_export_writes_every_layer_in_three_formats(exported, planning):
    schema = _schema()
    src = ogr.Open(planning)
    counts = {lyr["name"]: src.GetLayerByName(lyr["source"]).GetFeatureCount() for lyr in schema["layers"]}
    assert exported[0][1].endswith(".gpkg") and exported[2][1].endswith(".gdb")
    assert os.path.isdir(exported[1][1]) and os.path.isdir(exported[2][1])
    for fmt, (res, path) in exported.items():
        with shape_encoding(None):                   # QGIS may have switched recoding off in this process
            _check_export(res, path, schema, counts)


def _check_export(res, path, schema, counts):
    assert res["LAYER_COUNT"] == len(schema["layers"]) >= 99
    assert res["FEATURE_COUNT"] == sum(counts.values())
    ds = ogr.Open(path)
    bsm = []
    for name, n in counts.items():
        lyr = ds.GetLayerByName(name)
        assert lyr is not None and lyr.GetFeatureCount() == n, (path, name)
        bsm += [f.GetField("BSM") for f in lyr]
    assert sorted(bsm) == list(range(1, len(bsm) + 1))            # unique in the database
    meta = {f.GetField("TCMC"): f for f in ds.GetLayerByName("YSJ")}
    assert {k: m.GetField("YSSL") for k, m in meta.items()} == counts
    assert meta["STWTTB"].GetField("LYSF") == "ecorestore:problempatches"
    assert meta["STWTTB"].GetField("ZBXT") == "EPSG:4546" and meta["STWTTB"].GetField("MSBB") == "1.0"
    county = ds.GetLayerByName("XJXZQ")
    county.ResetReading()
    f = county.GetNextFeature()
    # the county: MJ (hm²) = its own area_km2 × 100 (rounded to 0.01 km² in the sample data)
    assert f.GetField("XZQDM") == CODE and f.GetField("XZQMC") == NAME and f.GetField("YSDM") == "1001000000"
    assert f.GetField("MJ") == pytest.approx(f.GetField("AREA_KM2") * 100, abs=0.5)
    assert f.GetField("MJ") == pytest.approx(f.GetGeometryRef().GetArea() / 1e4, rel=1e-9)


def test_shapefile_set_is_gbk_with_short_names(exported):
    folder = exported[1][1]
    assert open(os.path.join(folder, "STWTTB.cpg")).read().strip() == "GBK"
    dbf = open(os.path.join(folder, "XJXZQ.dbf"), "rb").read()
    assert NAME.encode("gbk") in dbf and NAME.encode("utf-8") not in dbf
    with shape_encoding(None):                       # QGIS may have switched recoding off in this process
        ds = ogr.Open(folder)
        lyr = ds.GetLayerByName("STWTTB")
        d = lyr.GetLayerDefn()
        names = [d.GetFieldDefn(i).GetName() for i in range(d.GetFieldCount())]
        spec = next(x for x in _schema()["layers"] if x["name"] == "STWTTB")
        assert names == ["BSM", "YSDM", "XZQDM", "XZQMC", "MJ"] + [f["name"] for f in spec["fields"]]
        assert lyr.GetNextFeature().GetField("XZQMC") == NAME
        ds = None


def _alias(qml, field):
    for element in re.findall(r"<alias [^>]*>", qml):
        if 'field="{}"'.format(field) in element:
            return re.search(r'name="([^"]*)"', element).group(1)
    return None


def test_geopackage_carries_default_styles(exported):
    con = sqlite3.connect(exported[0][1])
    styles = {r[0]: (r[1], r[2]) for r in con.execute("SELECT f_table_name, styleQML, description FROM layer_styles")}
    con.close()
    assert len(styles) == len(_schema()["layers"]) + 1           # every layer and the metadata table
    qml, title = styles["STXFFQ"]                                  # the restoration zones' rule, on the renamed layer
    renderer = re.search(r"<renderer-v2 [^>]*>", qml).group(0)  # Qt writes the attributes in any order
    assert 'attr="zone_type"' in renderer and 'type="categorizedSymbol"' in renderer and title == "生态修复分区"
    assert _alias(qml, "MJ") == "面积（公顷）" and _alias(styles["STWTTB"][0], "WTDM") == "问题代码"
    assert styles["STBHHX"][1] == "生态保护红线"


@pytest.mark.parametrize("fmt", [0, 1, 2])
def test_checker_passes_the_export(run_alg, exported, fmt, tmp_path):
    res, rows, failed = check(run_alg, exported[fmt][1], tmp_path)
    layers = _schema()["layers"]
    n = len(layers)
    assert failed == {}
    assert res["FAILED_RULES"] == 0 and res["LAYERS_CHECKED"] == n
    assert len(rows) == n * 8
    # rules that apply were checked, not skipped: every spatial layer has a CRS, the no-overlap layers, MJ
    # on every polygon layer (at the schema of 2026-12-02: 62 spatial, 28 no-overlap, 48 polygon layers)
    spatial = [lyr for lyr in layers if lyr["geometry"] != "none"]
    status = [(r[2], r[4]) for r in rows]
    assert status.count(("R2", "pass")) == len(spatial) >= 62
    assert status.count(("R4", "pass")) == sum(lyr["no_overlap"] for lyr in layers) >= 28
    assert status.count(("R8", "pass")) == sum(lyr["geometry"] == "polygon" for lyr in layers) >= 48
    assert status.count(("R7", "pass")) == n
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "规划数据库质检报告" in html and "STWTTB" in html
    assert (tmp_path / "report.csv").read_text(encoding="utf-8-sig").count("\n") == n * 8 + 1


def test_checker_on_the_raw_geopackage_finds_no_layer(run_alg, planning):
    res, rows, failed = check(run_alg, planning)
    assert res["LAYERS_CHECKED"] == 0 and set(failed) == {(lyr["name"], "R1") for lyr in _schema()["layers"]}


# -- planted errors: the checker reports exactly the planted one ----------------------------------------
def _copy(exported, tmp_path):
    path = str(tmp_path / "db.gpkg")
    shutil.copyfile(exported[0][1], path)
    return path


def _edit(path, layer, bsm, fn):
    ds = ogr.Open(path, 1)
    lyr = ds.GetLayerByName(layer)
    lyr.SetAttributeFilter("BSM = {}".format(bsm))
    f = lyr.GetNextFeature()
    fn(f)
    assert lyr.SetFeature(f) == 0
    ds = None


def _first_bsm(path, layer, n=0):
    ds = ogr.Open(path)
    return [f.GetField("BSM") for f in ds.GetLayerByName(layer)][n]


def _planted(run_alg, path, layer, rule, bsm=None):
    res, rows, failed = check(run_alg, path)
    assert set(failed) == {(layer, rule)}, sorted(failed)
    if bsm is not None:
        assert str(bsm) in failed[(layer, rule)][7].split(",")
    return failed[(layer, rule)]


def test_planted_wrong_crs(run_alg, exported, tmp_path):
    folder = str(tmp_path / "shp")
    shutil.copytree(exported[1][1], folder)
    utm = osr.SpatialReference()
    utm.ImportFromEPSG(32649)                        # WGS 84 / UTM 49N: projected, not CGCS2000 GK
    utm.MorphToESRI()
    with open(os.path.join(folder, "STWTTB.prj"), "w") as f:
        f.write(utm.ExportToWkt())
    row = _planted(run_alg, folder, "STWTTB", "R2")
    assert row[8] == "EPSG:32649"


def test_planted_invalid_geometry(run_alg, exported, tmp_path):
    path = _copy(exported, tmp_path)
    bsm = _first_bsm(path, "XFXM")
    bowtie = ogr.CreateGeometryFromWkt("MULTIPOLYGON(((468000 2120000,468100 2120100,468100 2120000,"
                                       "468000 2120100,468000 2120000)))")
    _edit(path, "XFXM", bsm, lambda f: f.SetGeometry(bowtie))
    assert _planted(run_alg, path, "XFXM", "R3", bsm)[6] == 1


def test_planted_overlap(run_alg, exported, tmp_path):
    path = _copy(exported, tmp_path)
    a, b = _first_bsm(path, "XZJXZQ", 0), _first_bsm(path, "XZJXZQ", 1)
    ds = ogr.Open(path)
    lyr = ds.GetLayerByName("XZJXZQ")
    lyr.SetAttributeFilter("BSM = {}".format(a))
    feat = lyr.GetNextFeature()
    geom = feat.GetGeometryRef().Clone()
    ds = None

    def copy_a(f):                                   # township b becomes township a: valid, MJ consistent
        f.SetGeometry(geom)
        f.SetField("MJ", geom.GetArea() / 1e4)
    _edit(path, "XZJXZQ", b, copy_a)
    row = _planted(run_alg, path, "XZJXZQ", "R4")
    assert row[6] == 1 and set(row[7].split(",")) == {str(a), str(b)}


def test_planted_missing_field(run_alg, exported, tmp_path):
    path = _copy(exported, tmp_path)
    ds = ogr.Open(path, 1)
    lyr = ds.GetLayerByName("STWTTB")
    assert lyr.DeleteField(lyr.GetLayerDefn().GetFieldIndex("WTLX")) == 0
    ds = None
    row = _planted(run_alg, path, "STWTTB", "R5")
    assert row[6] == 1 and row[8] == "WTLX"


def test_planted_empty_required_value(run_alg, exported, tmp_path):
    path = _copy(exported, tmp_path)
    bsm = _first_bsm(path, "STXFFQ", 2)
    _edit(path, "STXFFQ", bsm, lambda f: f.SetFieldNull("XZQMC"))
    assert _planted(run_alg, path, "STXFFQ", "R6", bsm)[6] == 1


def test_planted_code_out_of_list(run_alg, exported, tmp_path):
    path = _copy(exported, tmp_path)
    bsm = _first_bsm(path, "STWTTB", 5)
    _edit(path, "STWTTB", bsm, lambda f: f.SetField("WTDM", "WT99"))
    row = _planted(run_alg, path, "STWTTB", "R7", bsm)
    assert row[6] == 1 and row[8] == "WTDM"


def test_planted_area_one_percent_off(run_alg, exported, tmp_path):
    path = _copy(exported, tmp_path)
    bsm, near = _first_bsm(path, "DLTB", 3), _first_bsm(path, "DLTB", 4)
    _edit(path, "DLTB", bsm, lambda f: f.SetField("MJ", f.GetField("MJ") * 1.01))
    _edit(path, "DLTB", near, lambda f: f.SetField("MJ", f.GetField("MJ") * 1.0005))   # within 0.1 %: passes
    assert _planted(run_alg, path, "DLTB", "R8", bsm)[6] == 1


def test_planted_missing_layer(run_alg, exported, tmp_path):
    path = _copy(exported, tmp_path)
    ds = ogr.Open(path, 1)
    ds.DeleteLayer("CZKFBJ")
    ds = None
    _planted(run_alg, path, "CZKFBJ", "R1")


# -- options and bad input --------------------------------------------------------------------------
def test_export_chosen_layers_reprojected(run_alg, planning, tmp_path):
    res = run_alg("databaseexport", {"INPUT": planning, "XZQDM": CODE, "XZQMC": NAME, "LAYERS": "problem_patches, DLTB",
                                     "TARGET_EPSG": 4547, "OUTPUT": str(tmp_path / "x.gpkg")})
    assert res["LAYER_COUNT"] == 2
    ds = ogr.Open(res["OUTPUT"])
    assert sorted(ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())) == [
        "DLTB", "STWTTB", "YSJ", "layer_styles"]
    lyr = ds.GetLayerByName("STWTTB")
    assert lyr.GetSpatialRef().GetAuthorityCode(None) == "4547"
    f = lyr.GetNextFeature()
    assert f.GetField("MJ") == pytest.approx(f.GetGeometryRef().GetArea() / 1e4, rel=1e-9)


@pytest.mark.parametrize("params, words", [
    ({"XZQDM": "abc"}, "'abc' is not a number"),
    ({"XZQDM": ""}, "administrative code"),
    ({"XZQMC": ""}, "administrative name"),
    ({"LAYERS": "nonexistent"}, "not in the schema"),
    ({"TARGET_EPSG": 4326}, "not a projected CRS"),
])
def test_export_refuses_bad_input(run_alg, planning, tmp_path, params, words):
    base = {"INPUT": planning, "XZQDM": CODE, "XZQMC": NAME, "OUTPUT": str(tmp_path / "x.gpkg")}
    with pytest.raises(QgsProcessingException, match=words):
        run_alg("databaseexport", dict(base, **params))
    assert os.listdir(str(tmp_path)) == []


def test_checker_refuses_what_is_not_a_database(run_alg, tmp_path):
    bad = tmp_path / "x.txt"
    bad.write_text("x")
    with pytest.raises(QgsProcessingException, match="not a planning database"):
        run_alg("databasecheck", {"INPUT": str(bad), "OUTPUT": "TEMPORARY_OUTPUT"})
