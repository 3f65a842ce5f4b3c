"""ecorestore:atlasexport: the planning atlas from a small demo planning folder, and its templates."""
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import unicodedata

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
#: METHODS.md section 6 order of the atlas pages.
ORDER = ["区位图", "用地现状图", "生态系统类型分布图", "生态保护重要性评价图", "水源涵养重要性评价图",
         "水土保持重要性评价图", "生物多样性维护重要性评价图", "生境质量评价图", "海岸防护功能评价图",
         "海岸线分布与类型图", "生态系统服务价值分布图", "碳储量分布图", "遥感生态指数分布图", "生态脆弱性评价图",
         "景观生态风险评价图", "生态问题识别图", "生态安全格局图", "生态修复分区图",
         "海洋生态保护修复布局图", "重点工程布局图",
         "土地综合整治潜力分布图", "近期项目安排图"]
ITEM_IDS = ("title", "map_title", "map_number", "organisation", "date", "main_map", "inset_map", "legend",
            "scalebar", "north_arrow", "notes", "sources")

pytestmark = pytest.mark.skipif(shutil.which("pdfinfo") is None or shutil.which("pdftotext") is None,
                                reason="poppler-utils (pdfinfo, pdftotext) not installed")


@pytest.fixture(scope="module")
def planning(tmp_path_factory, demo_run):
    """A demo planning folder (scripts/demo.py --size 120, the session's run, copied) without the
    habitat-quality raster."""
    demo, res = demo_run
    assert res.returncode == 0, res.stdout[-2000:] + res.stderr[-2000:]
    out = tmp_path_factory.mktemp("atlas") / "demo"
    shutil.copytree(str(demo), str(out))
    for ext in (".tif", ".qml"):
        path = out / "rasters" / ("habitat_quality" + ext)
        if path.exists():
            path.unlink()
    return out


def page_count(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def page_size(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return tuple(float(v) for v in re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())


def page_text(pdf, page):
    """Text of one page; NFKC because the CJK font maps some glyphs to Kangxi radicals (⽰ for 示)."""
    text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text)


def nfkc(text):
    return unicodedata.normalize("NFKC", text)


def _feedback(warnings, cancel_at=None):
    from qgis.core import QgsProcessingFeedback

    class FB(QgsProcessingFeedback):
        def pushWarning(self, text):
            warnings.append(text)

    fb = FB()
    if cancel_at is not None:
        fb.progressChanged.connect(lambda v: fb.cancel() if v >= cancel_at else None)
    return fb


def township_names(gpkg):
    con = sqlite3.connect(str(gpkg))
    try:
        return sorted(r[0] for r in con.execute("SELECT name FROM base_townships"))
    finally:
        con.close()


def test_atlas_all_maps(run_alg, planning, tmp_path):
    warnings = []
    out = tmp_path / "atlas.pdf"
    res = run_alg("atlasexport", {"PLANNING_GPKG": str(planning / "planning.gpkg"), "ORGANISATION": "示例规划院",
                                  "OUTPUT": str(out)}, feedback=_feedback(warnings))
    assert res["OUTPUT"] == str(out)
    assert out.exists()
    assert res["FILES"] == []                               # no export folder given: no per-map files
    skipped = res["SKIPPED"]
    assert "生境质量评价图" in skipped                       # its raster was removed
    for title in ("区位图", "用地现状图", "生态系统类型分布图", "生态保护重要性评价图", "生态安全格局图",
                  "生态修复分区图", "海岸线分布与类型图", "海洋生态保护修复布局图", "近期项目安排图"):
        assert title not in skipped                        # their layers are in the demo
    present = [t for t in ORDER if t not in skipped]
    assert sorted(present + skipped) == sorted(ORDER)
    # contents + one page per map + the indicator table (the demo has unit_targets)
    assert page_count(out) == res["PAGES"] == 1 + len(present) + 1
    toc = page_text(out, 1)
    assert "示例县国土空间生态修复规划" in toc
    positions = [toc.index(t) for t in present]
    assert positions == sorted(positions)                  # METHODS section 6 order on the contents page
    for title in skipped:                                  # skipped maps listed with their missing layer
        assert title in toc
    assert "habitat_quality" in toc
    for i, title in enumerate(present):
        text = page_text(out, i + 2)
        assert title in text, (i, text)
        assert "示例县国土空间生态修复规划" in text
        assert "示例规划院" in text
        assert "planning.gpkg" in text
    last = page_text(out, page_count(out))
    assert "规划目标指标表" in last and "森林覆盖率" in last
    assert any("生境质量评价图" in w and "habitat_quality" in w for w in warnings)
    assert sorted(os.listdir(tmp_path)) == ["atlas.pdf"]   # no temporary file left behind


def test_atlas_subset_portrait(run_alg, planning, tmp_path):
    out = tmp_path / "sub.pdf"
    res = run_alg("atlasexport", {"PLANNING_GPKG": str(planning / "planning.gpkg"),
                                  "RASTER_FOLDER": str(planning / "rasters"), "TITLE": "测试规划",
                                  "PAPER": 2, "MAPS": [5, 1], "INDICATORS": False, "OUTPUT": str(out)})
    assert page_count(out) == res["PAGES"] == 3
    assert "测试规划" in page_text(out, 1)
    assert "生态保护重要性评价图" in page_text(out, 2)       # order by METHODS, not by enum index
    assert "生态修复分区图" in page_text(out, 3)
    w, h = page_size(out)
    assert h > w and abs(w - 595) < 2                     # A4 portrait
    out3 = tmp_path / "a3p.pdf"
    run_alg("atlasexport", {"PLANNING_GPKG": str(planning / "planning.gpkg"), "PAPER": 3, "MAPS": [1],
                            "INDICATORS": False, "OUTPUT": str(out3)})
    w, h = page_size(out3)
    assert abs(w - 842) < 2 and abs(h - 1191) < 2         # A3 portrait (297 x 420 mm)


def test_templates_load_and_current(qgis_app, tmp_path):
    """The four built-in templates load, carry every item id, have their paper size, and equal a rebuild."""
    from qgis.core import QgsLayoutItemMap, QgsLayoutItemPicture, QgsProject

    sys.path.insert(0, os.path.join(ROOT, "scripts"))
    import build_templates
    from eco_restore_plugin.processing_helpers import atlas as A

    rebuilt = build_templates.build(str(tmp_path))
    assert len(rebuilt) == 4
    project = QgsProject()

    def signature(path):
        layout = A.layout_from_document(A.read_template(path), project)
        items = A.find_items(layout)
        sig = sorted((i, type(items[i]).__name__, round(items[i].positionWithUnits().x(), 1),
                      round(items[i].positionWithUnits().y(), 1)) for i in ITEM_IDS)
        return layout, items, sig

    for key, (w, h) in A.PAPER_SIZES.items():
        path = A.template_path(key)
        assert os.path.exists(path), path
        layout, items, sig = signature(path)
        assert set(ITEM_IDS) <= set(items)
        assert A.page_size_mm(layout) == pytest.approx((w, h))
        assert isinstance(items["main_map"], QgsLayoutItemMap) and isinstance(items["inset_map"], QgsLayoutItemMap)
        assert items["main_map"].grids().size() == 1                            # graticule
        assert items["main_map"].grids().grid(0).annotationEnabled()             # with coordinates
        assert items["inset_map"].overview().linkedMap() is items["main_map"]    # page extent frame
        assert isinstance(items["north_arrow"], QgsLayoutItemPicture)
        assert items["title"].font().family() == "Noto Sans CJK SC"             # declared font
        assert signature(os.path.join(str(tmp_path), os.path.basename(path)))[2] == sig, \
            "templates are not current: run scripts/build_templates.py"


def test_per_map_png_and_legend(run_alg, planning, tmp_path):
    from qgis.core import QgsRasterLayer
    from qgis.PyQt.QtGui import QImage

    folder = tmp_path / "maps"
    res = run_alg("atlasexport", {"PLANNING_GPKG": str(planning / "planning.gpkg"), "MAPS": [1, 8],
                                  "INDICATORS": False, "OUTPUT": str(tmp_path / "a.pdf"),
                                  "EXPORT_FOLDER": str(folder), "EXPORT_FORMAT": 2, "DPI": 60})
    names = sorted(os.path.basename(f) for f in res["FILES"])
    assert names == ["01_location.pdf", "01_location.png", "02_protection.pdf", "02_protection.png"]
    assert sorted(os.listdir(folder)) == names             # nothing else (no temporary files)
    img = QImage(str(folder / "02_protection.png"))
    assert not img.isNull() and img.width() > 500
    colours, non_white, n = set(), 0, 0
    for y in range(0, img.height(), 7):
        for x in range(0, img.width(), 7):
            c = img.pixel(x, y) & 0xFFFFFF
            colours.add(c)
            non_white += c != 0xFFFFFF
            n += 1
    assert len(colours) > 10 and non_white / n > 0.2       # not blank
    # the legend lists the raster's classes (labels of its .qml), read back from the per-map PDF
    lyr = QgsRasterLayer(str(planning / "rasters" / "protection_importance.tif"), "p", "gdal")
    lyr.loadNamedStyle(str(planning / "rasters" / "protection_importance.qml"))
    labels = [label for label, _c in lyr.renderer().legendSymbologyItems()]
    assert len(labels) >= 3
    text = page_text(folder / "02_protection.pdf", 1)
    from eco_restore_plugin.processing_helpers.atlas import chinese_label

    for label in labels:  # Chinese part only: '极重要 Extremely important' is printed '极重要'
        assert nfkc(chinese_label(label)) in text, (label, text)
    # the location map's legend lists the townships (categories) and labels them on the map
    text = page_text(folder / "01_location.pdf", 1)
    for name in township_names(planning / "planning.gpkg"):
        assert text.count(name) >= 2, name


def test_landuse_ecosystem_legends(run_alg, planning, tmp_path):
    """Land use grouped to 三调 first-level classes, ecosystem types from the same codes."""
    out = tmp_path / "lu.pdf"
    run_alg("atlasexport", {"PLANNING_GPKG": str(planning / "planning.gpkg"), "MAPS": [0, 9],
                            "INDICATORS": False, "OUTPUT": str(out)})
    lu, eco = page_text(out, 2), page_text(out, 3)
    assert "用地现状图" in lu and "生态系统类型分布图" in eco
    for label in ("耕地", "林地", "水域及水利设施用地"):
        assert label in lu
    for label in ("森林生态系统", "农田生态系统", "城镇生态系统"):
        assert label in eco


def test_landuse_classification():
    from eco_restore_plugin.processing_helpers import atlas as A

    codes = [101, 203, 301, 303, 305, 30101, 404, 702, 1003, 1101, 1105, 1207, 0]
    groups = [A.LANDUSE_GROUPS[k - 1][0] if k else None for k in A.landuse_to_groups(codes)]
    assert groups == ["耕地", "种植园用地", "林地", "湿地", "林地", "林地", "草地", "城镇村及工矿用地",
                      "交通运输用地", "水域及水利设施用地", "湿地", "其他土地", None]
    eco = [A.ECOSYSTEM_TYPES[k - 1][0] if k else None for k in A.landuse_to_ecosystems(codes)]
    assert eco == ["农田生态系统", "农田生态系统", "森林生态系统", "湿地生态系统", "灌丛生态系统", "森林生态系统",
                   "草地生态系统", "城镇生态系统", "城镇生态系统", "湿地生态系统", "湿地生态系统", "荒漠与裸地", None]


def test_coverage_one_page_per_township(run_alg, planning, tmp_path):
    gpkg = planning / "planning.gpkg"
    names = township_names(gpkg)
    out = tmp_path / "cov.pdf"
    folder = tmp_path / "png"
    res = run_alg("atlasexport", {"PLANNING_GPKG": str(gpkg), "MAPS": [1], "INDICATORS": False,
                                  "COVERAGE": "{}|layername=base_townships".format(gpkg), "COVERAGE_FIELD": "name",
                                  "EXPORT_FOLDER": str(folder), "OUTPUT": str(out)})
    assert page_count(out) == res["PAGES"] == 1 + len(names)
    seen = []
    for page in range(2, 2 + len(names)):
        line = [ln for ln in page_text(out, page).splitlines() if "生态保护重要性评价图" in ln]
        assert line, page
        seen += [n for n in names if n in line[0]]
    assert sorted(seen) == names                            # each township once, in the page title
    assert len(res["FILES"]) == len(names) and all(f.endswith(".png") for f in res["FILES"])


def test_user_layout_cloned_not_changed(run_alg, planning, tmp_path):
    from qgis.core import QgsLayoutItemLabel, QgsLayoutPoint, QgsLayoutSize, QgsPrintLayout, QgsProject, \
        QgsReadWriteContext, QgsUnitTypes

    from eco_restore_plugin.processing_helpers import atlas as A

    project = QgsProject.instance()
    layout = QgsPrintLayout(project)
    layout.loadFromTemplate(A.read_template(A.template_path("a4_landscape")), QgsReadWriteContext(), True)
    layout.setName("我的图框")
    label = QgsLayoutItemLabel(layout)
    label.setText("USER FRAME ABC")
    label.setId("custom")
    layout.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(20, 195, QgsUnitTypes.LayoutMillimeters))
    label.attemptResize(QgsLayoutSize(60, 8, QgsUnitTypes.LayoutMillimeters))
    assert project.layoutManager().addLayout(layout)
    try:
        before = A.layout_document(layout).toString()
        n_before = len(project.layoutManager().layouts())
        out = tmp_path / "user.pdf"
        run_alg("atlasexport", {"PLANNING_GPKG": str(planning / "planning.gpkg"), "MAPS": [1],
                                "INDICATORS": False, "LAYOUT": "我的图框", "OUTPUT": str(out)})
        text = page_text(out, 2)
        assert "生态保护重要性评价图" in text and "USER FRAME ABC" in text
        w, h = page_size(out)
        assert abs(w - 842) < 2 and abs(h - 595) < 2        # the layout's A4 landscape page
        assert A.layout_document(layout).toString() == before
        assert len(project.layoutManager().layouts()) == n_before
    finally:
        project.layoutManager().removeLayout(layout)


def test_indicator_table_from_dialog_table(run_alg, planning, tmp_path):
    from osgeo import ogr

    gpkg = tmp_path / "planning.gpkg"
    shutil.copy(str(planning / "planning.gpkg"), str(gpkg))
    ds = ogr.Open(str(gpkg), 1)
    lyr = ds.CreateLayer("eco_indicators", geom_type=ogr.wkbNone, options=["ASPATIAL_VARIANT=GPKG_ATTRIBUTES"])
    for name, kind in (("position", ogr.OFTInteger), ("name_zh", ogr.OFTString), ("unit", ogr.OFTString),
                       ("dimension", ogr.OFTString), ("type", ogr.OFTString), ("base", ogr.OFTReal),
                       ("t2025", ogr.OFTReal), ("t2030", ogr.OFTReal), ("t2035", ogr.OFTReal)):
        lyr.CreateField(ogr.FieldDefn(name, kind))
    from eco_restore_plugin.core import targets as T
    dim = next(iter(T.DIMENSIONS))
    for pos, (name, base, t25) in enumerate((("湿地保护率", 41.5, 45.0), ("水土保持率", 88.25, 90.5))):
        f = ogr.Feature(lyr.GetLayerDefn())
        for k, v in (("position", pos), ("name_zh", name), ("unit", "%"), ("dimension", dim), ("type", "expected"),
                     ("base", base), ("t2025", t25)):
            f.SetField(k, v)
        lyr.CreateFeature(f)
    ds = None
    out = tmp_path / "ind.pdf"
    res = run_alg("atlasexport", {"PLANNING_GPKG": str(gpkg), "RASTER_FOLDER": str(planning / "rasters"),
                                  "MAPS": [1], "OUTPUT": str(out)})
    assert page_count(out) == res["PAGES"] == 3
    text = page_text(out, 3)
    for s in ("规划目标指标表", "湿地保护率", "水土保持率", T.DIMENSIONS[dim][0], "预期性", "eco_indicators"):
        assert s in text, s
    assert "规划目标指标表" in page_text(out, 1)


def test_atlas_errors(run_alg, planning, tmp_path):
    from osgeo import ogr
    from qgis.core import QgsProcessingException

    gpkg = str(planning / "planning.gpkg")
    with pytest.raises(QgsProcessingException, match="not found"):
        run_alg("atlasexport", {"PLANNING_GPKG": str(tmp_path / "none.gpkg"), "OUTPUT": str(tmp_path / "a.pdf")})
    empty = tmp_path / "empty.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(empty))
    ds.CreateLayer("x", geom_type=ogr.wkbPoint)
    ds = None
    with pytest.raises(QgsProcessingException, match="layer_catalog"):
        run_alg("atlasexport", {"PLANNING_GPKG": str(empty), "OUTPUT": str(tmp_path / "b.pdf")})
    with pytest.raises(QgsProcessingException, match="not writable"):
        run_alg("atlasexport", {"PLANNING_GPKG": gpkg, "OUTPUT": str(tmp_path / "no" / "such" / "c.pdf")})
    blocker = tmp_path / "file_not_folder"
    blocker.write_text("x")
    with pytest.raises(QgsProcessingException, match="EXPORT_FOLDER.*cannot be created or written"):
        run_alg("atlasexport", {"PLANNING_GPKG": gpkg, "OUTPUT": str(tmp_path / "d.pdf"),
                                "EXPORT_FOLDER": str(blocker / "sub")})
    bad = tmp_path / "bad.qpt"
    bad.write_text("<html>not a layout</html>")
    with pytest.raises(QgsProcessingException, match="not a QGIS layout template"):
        run_alg("atlasexport", {"PLANNING_GPKG": gpkg, "TEMPLATE": str(bad), "OUTPUT": str(tmp_path / "e.pdf")})
    nomap = tmp_path / "nomap.qpt"
    nomap.write_text('<Layout name="x" units="mm"><PageCollection/></Layout>')
    with pytest.raises(QgsProcessingException, match="template"):
        run_alg("atlasexport", {"PLANNING_GPKG": gpkg, "TEMPLATE": str(nomap), "OUTPUT": str(tmp_path / "f.pdf")})
    with pytest.raises(QgsProcessingException, match="no layout named"):
        run_alg("atlasexport", {"PLANNING_GPKG": gpkg, "LAYOUT": "does not exist", "OUTPUT": str(tmp_path / "g.pdf")})
    cov = tmp_path / "cov.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(cov))
    ds.CreateLayer("empty", geom_type=ogr.wkbPolygon).CreateField(ogr.FieldDefn("name", ogr.OFTString))
    ds = None
    with pytest.raises(QgsProcessingException, match="no features"):
        run_alg("atlasexport", {"PLANNING_GPKG": gpkg, "COVERAGE": "{}|layername=empty".format(cov),
                                "OUTPUT": str(tmp_path / "h.pdf")})
    assert not [f for f in os.listdir(tmp_path) if f.endswith((".pdf", ".tmp"))]   # nothing half-written


def test_cancel_leaves_nothing(run_alg, planning, tmp_path):
    from qgis.core import QgsProcessingException

    folder = tmp_path / "maps"
    with pytest.raises(QgsProcessingException):
        run_alg("atlasexport", {"PLANNING_GPKG": str(planning / "planning.gpkg"), "OUTPUT": str(tmp_path / "x.pdf"),
                                "EXPORT_FOLDER": str(folder), "DPI": 50}, feedback=_feedback([], cancel_at=20))
    assert not (tmp_path / "x.pdf").exists()
    assert not [f for f in os.listdir(tmp_path) if f.endswith((".pdf", ".tmp"))]
    assert not folder.exists() or os.listdir(folder) == []


def test_planning_gpkg_byte_identical_after_a_run(run_alg, planning, tmp_path):
    """QGIS opens a GeoPackage for update and switches it to WAL: the atlas must not change its input."""
    import hashlib
    import shutil
    import sqlite3

    gpkg = tmp_path / "planning.gpkg"
    shutil.copyfile(str(planning / "planning.gpkg"), str(gpkg))
    for suffix in ("-wal",):
        if os.path.exists(str(planning / "planning.gpkg") + suffix):
            shutil.copyfile(str(planning / "planning.gpkg") + suffix, str(gpkg) + suffix)
    con = sqlite3.connect(str(gpkg))
    assert con.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"   # as users keep it
    con.close()
    before = hashlib.md5(gpkg.read_bytes()).hexdigest()
    out = tmp_path / "out" / "a.pdf"
    out.parent.mkdir()
    run_alg("atlasexport", {"PLANNING_GPKG": str(gpkg), "RASTER_FOLDER": str(planning / "rasters"),
                            "INDICATORS": False, "DPI": 50, "OUTPUT": str(out)})   # all maps: vector layers too
    assert out.exists()
    assert hashlib.md5(gpkg.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "planning.gpkg"]   # no -wal/-shm beside it
