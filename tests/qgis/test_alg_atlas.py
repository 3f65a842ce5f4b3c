"""ecorestore:atlasexport: a multi-page PDF atlas from a small demo planning folder."""
import os
import re
import shutil
import subprocess
import sys
import unicodedata

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MAP_TITLES = ["用地现状图", "生态保护重要性评价图", "水源涵养重要性评价图", "水土保持重要性评价图",
              "生境质量评价图", "生态修复分区图", "重点工程布局图", "土地综合整治潜力分布图"]

pytestmark = pytest.mark.skipif(shutil.which("pdfinfo") is None or shutil.which("pdftotext") is None,
                                reason="poppler-utils (pdfinfo, pdftotext) not installed")


@pytest.fixture(scope="module")
def planning(tmp_path_factory):
    """A demo planning folder (scripts/demo.py --size 120) without the habitat-quality raster."""
    out = tmp_path_factory.mktemp("atlas") / "demo"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    res = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "demo.py"), str(out), "--size", "120"],
                         env=env, capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stdout[-2000:] + res.stderr[-2000:]
    for ext in (".tif", ".qml"):
        path = out / "rasters" / ("habitat_quality" + ext)
        if path.exists():
            path.unlink()
    return out


def page_count(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def page_text(pdf, page):
    """Text of one page; NFKC because the CJK font maps some glyphs to Kangxi radicals (⽰ for 示)."""
    text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text)


def _feedback(warnings):
    from qgis.core import QgsProcessingFeedback

    class FB(QgsProcessingFeedback):
        def pushWarning(self, text):  # noqa: N802
            warnings.append(text)
    return FB()


def test_atlas_all_maps(run_alg, planning, tmp_path):
    warnings = []
    out = tmp_path / "atlas.pdf"
    res = run_alg("atlasexport", {"PLANNING_GPKG": str(planning / "planning.gpkg"), "ORGANISATION": "示例规划院",
                                  "OUTPUT": str(out)}, feedback=_feedback(warnings))
    assert res["OUTPUT"] == str(out)
    assert out.exists()
    present = [t for t in MAP_TITLES if t != "生境质量评价图"]
    assert page_count(out) == 1 + len(present)
    toc = page_text(out, 1)
    assert "示例县国土空间生态修复规划" in toc
    for title in MAP_TITLES:          # listed on the contents page, present or skipped
        assert title in toc
    for i, title in enumerate(present):
        text = page_text(out, i + 2)
        assert title in text, (i, text)
        assert "示例规划院" in text
        assert "planning.gpkg" in text
    # the missing raster is reported, not silently dropped
    assert any("生境质量评价图" in w and "habitat_quality" in w for w in warnings)
    assert "habitat_quality" in toc
    # no temporary file left behind
    assert sorted(os.listdir(tmp_path)) == ["atlas.pdf"]


def test_atlas_subset_portrait(run_alg, planning, tmp_path):
    out = tmp_path / "sub.pdf"
    run_alg("atlasexport", {"PLANNING_GPKG": str(planning / "planning.gpkg"),
                            "RASTER_FOLDER": str(planning / "rasters"), "TITLE": "测试规划",
                            "PAPER": 2, "MAPS": [1, 5], "OUTPUT": str(out)})
    assert page_count(out) == 3
    assert "测试规划" in page_text(out, 1)
    assert "生态保护重要性评价图" in page_text(out, 2)
    assert "生态修复分区图" in page_text(out, 3)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    w, h = (float(v) for v in re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    assert h > w                       # portrait


def test_atlas_errors(run_alg, planning, tmp_path):
    from osgeo import ogr
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="not found"):
        run_alg("atlasexport", {"PLANNING_GPKG": str(tmp_path / "none.gpkg"), "OUTPUT": str(tmp_path / "a.pdf")})
    empty = tmp_path / "empty.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(empty))
    ds.CreateLayer("x", geom_type=ogr.wkbPoint)
    ds = None
    with pytest.raises(QgsProcessingException, match="layer_catalog"):
        run_alg("atlasexport", {"PLANNING_GPKG": str(empty), "OUTPUT": str(tmp_path / "b.pdf")})
    with pytest.raises(QgsProcessingException, match="not writable"):
        run_alg("atlasexport", {"PLANNING_GPKG": str(planning / "planning.gpkg"),
                                "OUTPUT": str(tmp_path / "no" / "such" / "c.pdf")})
