"""The planning atlas as a planner reads it (issue 14): legends inside the page, Chinese page texts, a
regional inset, units / base year / county totals on the indicator page and a PDF whose text can be
searched (pdftotext finds "生态" and the page numbers without any Unicode normalisation)."""
import re
import shutil
import sqlite3
import subprocess

import pytest

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")

#: Kangxi radicals and CJK radicals supplement: look-alikes a broken ToUnicode map puts in the PDF text.
RADICALS = re.compile("[\u2e80-\u2fdf]")


@pytest.fixture(scope="module")
def planning(tmp_path_factory, demo_run):
    demo, res = demo_run
    assert res.returncode == 0, res.stdout[-2000:] + res.stderr[-2000:]
    out = tmp_path_factory.mktemp("atlas_planner") / "demo"
    shutil.copytree(str(demo), str(out))
    return out


def pdf_text(pdf, first=None, last=None):
    cmd = ["pdftotext", "-layout"]
    if first:
        cmd += ["-f", str(first), "-l", str(last or first)]
    return subprocess.run(cmd + [str(pdf), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def recorded(planning, qgis_app, qgis_processing, tmp_path_factory):
    """Run the atlas (A3 landscape and A4 portrait) recording every page's item geometry as exported."""
    import processing
    from qgis.core import (
        QgsApplication, QgsLayoutItemLegend, QgsLayoutItemMap, QgsProcessingContext, QgsProcessingFeedback,
    )

    from eco_restore_plugin.processing_helpers import atlas as A
    from eco_restore_plugin.provider import EcoRestoreProvider

    provider = None
    if QgsApplication.processingRegistry().providerById("ecorestore") is None:
        provider = EcoRestoreProvider()
        assert QgsApplication.processingRegistry().addProvider(provider)

    pages = []
    real = A.PdfBook.add_page

    def add_page(self, layout, page=0):
        items = A.find_items(layout)
        title = items.get("map_title")
        rec = {"paper": None, "name": title.text() if title is not None else layout.name(),
               "size": A.page_size_mm(layout, page), "items": {}}
        for key, item in items.items():
            if key.startswith("_") or not hasattr(item, "sizeWithUnits"):
                continue
            rec["items"][key] = A.item_rect_mm(item)
        legend = items.get("legend")
        if isinstance(legend, QgsLayoutItemLegend):
            rec["legend_labels"] = A.legend_labels(legend)
        inset = items.get("inset_map")
        if isinstance(inset, QgsLayoutItemMap):
            rec["inset_extent"] = inset.extent()
            rec["inset_layers"] = [lyr.name() for lyr in inset.layers()]
        pages.append(rec)
        return real(self, layout, page)

    A.PdfBook.add_page = add_page
    out = {}
    try:
        folder = tmp_path_factory.mktemp("atlas_planner_pdf")
        for paper in (0, 2):
            start = len(pages)
            pdf = folder / "atlas_{}.pdf".format(paper)
            res = processing.run("ecorestore:atlasexport", {
                "PLANNING_GPKG": str(planning / "planning.gpkg"), "RASTER_FOLDER": str(planning / "rasters"),
                "ORGANISATION": "示例县自然资源局", "PAPER": paper, "DPI": 60, "OUTPUT": str(pdf)},
                feedback=QgsProcessingFeedback(), context=QgsProcessingContext())
            for rec in pages[start:]:
                rec["paper"] = paper
            out[paper] = (pdf, res)
    finally:
        A.PdfBook.add_page = real
    yield out, pages
    if provider is not None:
        QgsApplication.processingRegistry().removeProvider(provider)


def test_every_legend_inside_the_page_and_clear_of_other_items(recorded):
    out, pages = recorded
    map_pages = [p for p in pages if "legend" in p["items"]]
    # every map of the demo atlas, on both papers (A3 landscape, A4 portrait)
    for paper, (_pdf, res) in out.items():
        assert len([p for p in map_pages if p["paper"] == paper]) == res["PAGES"] - 2 > 10
    for p in map_pages:
        w, h = p["size"]
        x, y, lw, lh = p["items"]["legend"]
        assert lw > 10 and lh > 10, p["name"]                          # sized to its contents
        assert 0 <= x and x + lw <= w and 0 <= y and y + lh <= h, (p["paper"], p["name"], p["items"]["legend"])
        fx, fy, fw, fh = p["items"]["frame"]
        assert fx <= x and x + lw <= fx + fw and fy <= y and y + lh <= fy + fh, (p["paper"], p["name"])
        for key in ("scalebar", "notes", "sources", "inset_map", "main_map", "organisation", "date"):
            ox, oy, ow, oh = p["items"][key]
            overlap = min(x + lw, ox + ow) - max(x, ox) > 0.5 and min(y + lh, oy + oh) - max(y, oy) > 0.5
            assert not overlap, (p["paper"], p["name"], key, p["items"]["legend"], p["items"][key])


def test_legend_shows_chinese_class_labels(recorded):
    _out, pages = recorded
    pattern = [p for p in pages if p["name"] == "生态安全格局图" and p["paper"] == 0]
    assert len(pattern) == 1
    labels = pattern[0]["legend_labels"]
    assert "夹点" in labels and "县域边界" in labels
    assert not [t for t in labels if re.match(r"^[A-Za-z][A-Za-z ,]+ \(", t)], labels   # no 'Pinch point (夹点)'
    water = [p for p in pages if p["name"] == "水源涵养重要性评价图" and p["paper"] == 0][0]["legend_labels"]
    assert "极重要" in water and not [t for t in water if re.search("[A-Za-z]", t)], water


def test_regional_inset_shows_the_county_in_its_surroundings(recorded, planning):
    from qgis.core import QgsVectorLayer

    _out, pages = recorded
    county = QgsVectorLayer("{}|layername=base_county".format(planning / "planning.gpkg"), "c", "ogr")
    cext = county.extent()
    nb = QgsVectorLayer("{}|layername=base_neighbours".format(planning / "planning.gpkg"), "n", "ogr")
    assert nb.featureCount() >= 2 and all(f["name"].endswith("县") for f in nb.getFeatures())
    for p in (p for p in pages if "inset_extent" in p):
        ext = p["inset_extent"]
        assert ext.contains(cext), p["name"]
        # the county's bounding box enlarged: at least 2.5 times its size along both axes
        assert ext.width() >= 2.5 * cext.width() and ext.height() >= 2.5 * cext.height(), p["name"]
        assert "县域边界" in p["inset_layers"] and len(p["inset_layers"]) >= 2
        # the neighbouring counties (grey, named) fill the inset's landward side up to its frame
        assert "相邻县" in p["inset_layers"], p["inset_layers"]
        assert nb.extent().xMinimum() <= ext.xMinimum() and nb.extent().yMaximum() >= ext.yMaximum(), p["name"]


def test_pdf_text_is_searchable_chinese(recorded):
    out, _pages = recorded
    for paper, (pdf, res) in out.items():
        text = pdf_text(pdf)
        assert "生态" in text and "生态安全格局图" in text and "示例县国土空间生态修复规划" in text
        assert not RADICALS.search(text), RADICALS.findall(text)[:10]     # no Kangxi look-alikes
        toc = pdf_text(pdf, 1)
        assert "目录" in toc
        # digits survive: every map's number and page number on the contents page
        numbers = re.findall(r"图 (\d+)\s+\S+\s+……\s+第 (\d+) 页", toc)
        assert [int(n) for n, _p in numbers] == list(range(1, len(numbers) + 1))
        assert [int(p) for _n, p in numbers] == list(range(2, len(numbers) + 2))
        assert len(numbers) == res["PAGES"] - 2
        assert "第 {} 页".format(res["PAGES"]) in toc                   # the indicator table's page
        for page in range(2, res["PAGES"]):
            t = pdf_text(pdf, page)
            assert re.search(r"图\s*{}\b".format(page - 1), t), (page, t[:300])
            assert "坐标系：CGCS2000" in t and "数据来源：planning.gpkg" in t
        for english in ("ecorestore:", "Map ", "Coordinate system", "Data source", "contents", "(page",
                        "fictitious"):
            assert english not in text, english


def test_indicator_page_units_base_year_and_county_totals(recorded, planning):
    out, _pages = recorded
    pdf, res = out[0]
    text = pdf_text(pdf, res["PAGES"])
    assert "规划目标指标表" in text and "基期年 2020 年" in text and "县域合计" in text
    con = sqlite3.connect(str(planning / "planning.gpkg"))
    try:
        rows = con.execute("SELECT indicator, aggregation, target, share FROM unit_targets").fetchall()
    finally:
        con.close()
    sums = {}
    for ind, how, target, share in rows:
        if how == "sum":
            sums[ind] = sums.get(ind, 0.0) + target
    assert sums
    for ind, total in sums.items():   # the county total of a decomposed total = the sum of its units
        line = [ln for ln in text.splitlines() if "县域合计" in ln and ind in ln]
        assert line and "{:g}".format(round(total, 2)) in line[0], (ind, total, line)
        assert "hm²" in line[0] or "hm2" in line[0]                       # unit of the area indicator
    assert re.search(r"森林覆盖率\s+%\s+比率指标\s+县域合计\s+60", text)


def test_county_total_by_hand():
    from eco_restore_plugin.processing_helpers.atlas import county_total

    entries = [("a", 10.0, "sum", 0.2), ("b", 30.0, "sum", 0.8)]
    assert county_total(entries, "sum") == 40.0
    rate = [("a", 50.0, "rate", 0.25), ("b", 70.0, "rate", 0.75)]
    assert county_total(rate, "rate") == pytest.approx(65.0)         # 50*0.25 + 70*0.75
    assert county_total([("a", 50.0, "rate", None), ("b", 70.0, "rate", None)], "rate") == 60.0
    assert county_total([("a", None, "sum", None)], "sum") is None


def test_crs_and_label_texts_in_chinese(qgis_app):
    from qgis.core import QgsCoordinateReferenceSystem

    from eco_restore_plugin.processing_helpers.atlas import chinese_label, crs_text

    assert crs_text(QgsCoordinateReferenceSystem("EPSG:4546")) == \
        "CGCS2000 / 3度带高斯-克吕格投影 中央经线 111°E (EPSG:4546)"
    assert crs_text(QgsCoordinateReferenceSystem("EPSG:4526")) == \
        "CGCS2000 / 3度带高斯-克吕格投影 第 38 带 (EPSG:4526)"
    assert crs_text(QgsCoordinateReferenceSystem("EPSG:4490")) == "CGCS2000 地理坐标系 (EPSG:4490)"
    assert chinese_label("Pinch point (夹点)") == "夹点"
    assert chinese_label("Ridge crossing, strategic point (战略点)") == "战略点"
    assert chinese_label("生态源地") == "生态源地"
    assert chinese_label("极重要 Extremely important") == "极重要"
    assert chinese_label("一般重要 Generally important") == "一般重要"
    assert chinese_label("2.4 - 2.7") == "2.4 - 2.7"


def test_atlas_font_keeps_pdf_text(qgis_app):
    """With a TrueType CJK font installed the atlas uses it (an OpenType/CFF CJK font breaks the PDF text)."""
    from qgis.PyQt.QtGui import QFontDatabase

    from eco_restore_plugin.processing_helpers.atlas import PDF_TEXT_FONTS, atlas_font

    installed = set(QFontDatabase().families()) & set(PDF_TEXT_FONTS)
    if not installed:
        pytest.skip("no TrueType CJK font installed (apt-get install fonts-wqy-zenhei)")
    assert atlas_font() in installed
