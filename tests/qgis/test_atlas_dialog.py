"""The planning atlas dialog under a real QGIS: export with progress and cancel, preview, clear messages for
bad input, settings, and a screenshot of the dialog opened from the plugin menu in QGIS Desktop under Xvfb
(tests/artifacts/atlas_dialog.png). Options and parameters of the form: test_atlas_dialog_form.py."""
import json
import os
import re
import shutil
import signal
import subprocess

import numpy as np
import pytest
from qgis.core import Qgis, QgsFeature, QgsGeometry, QgsPrintLayout, QgsProject, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import QSettings, Qt
from qgis.PyQt.QtGui import QImage
from qgis.PyQt.QtTest import QTest

from eco_restore_plugin.ui.atlas_dialog import AtlasDialog

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ARTIFACTS = os.path.join(ROOT, "tests", "artifacts")
HABITAT = "生境质量评价图"


@pytest.fixture(scope="module")
def planning(tmp_path_factory, demo_run):
    """A demo planning folder (scripts/demo.py --size 120, the session's run, copied) without the
    habitat-quality raster."""
    demo, res = demo_run
    out = tmp_path_factory.mktemp("atlas_dialog") / "demo"
    if demo.exists():
        shutil.copytree(str(demo), str(out))
    # the dialog needs the planning folder, not the demo's own atlas (tested in test_alg_atlas.py)
    steps = [ln for ln in res.stdout.splitlines() if re.match(r"\s*\[\d+\] ", ln)]
    atlas_step_only = bool(steps) and "atlasexport" in steps[-1]
    assert res.returncode == 0 or (atlas_step_only and (out / "planning.gpkg").exists()), \
        res.stdout[-2000:] + res.stderr[-2000:]
    for ext in (".tif", ".qml"):
        path = out / "rasters" / ("habitat_quality" + ext)
        if path.exists():
            path.unlink()
    return out


def map_index(alg, title):
    """Index in the algorithm's MAPS options of the map whose label contains ``title``."""
    return [i for i, o in enumerate(alg.parameterDefinition("MAPS").options()) if title in o][0]


def fill(dlg, planning, out, maps=None):
    dlg.gpkg.setFilePath(str(planning / "planning.gpkg"))
    dlg.output.setFilePath(str(out))
    if maps is not None:
        dlg.set_checked_maps(maps)


def message(dlg):
    item = dlg.bar.currentItem()
    assert item is not None, "no message shown"
    assert dlg.last_message[1] == item.text()
    return item.level(), item.text()


def pdf_pages(pdf):
    if shutil.which("pdfinfo") is None:
        return None
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def image_array(path):
    img = QImage(str(path))
    assert not img.isNull(), path
    img = img.convertToFormat(QImage.Format_RGB32)
    ptr = img.constBits()
    ptr.setsize(img.height() * img.bytesPerLine())
    arr = np.frombuffer(ptr, np.uint8).reshape(img.height(), img.bytesPerLine() // 4, 4)
    return arr[:, :img.width(), :3].copy()


def test_export_writes_pdf_and_progress_reaches_100(dialog, alg, planning, tmp_path):
    out = tmp_path / "atlas.pdf"
    maps = [map_index(alg, "用地现状图"), map_index(alg, "生态修复分区图"), map_index(alg, "重点工程布局图")]
    fill(dialog, planning, out, maps)
    dialog.indicators.setChecked(False)  # no indicator-table page (when the algorithm has one)
    seen = []
    dialog.progress.valueChanged.connect(seen.append)
    QTest.mouseClick(dialog.btn_export, Qt.LeftButton)
    assert out.exists(), dialog.last_message
    assert dialog.last_results["OUTPUT"] == str(out)
    assert dialog.last_results["PAGES"] == 4  # contents + 3 maps
    if pdf_pages(out) is not None:
        assert pdf_pages(out) == 4
    assert dialog.progress.value() == 100
    assert seen[-1] == 100 and any(0 < v < 100 for v in seen)  # fed by the algorithm's feedback
    assert seen == sorted(seen)
    level, text = message(dialog)
    assert level == Qgis.Success and str(out) in text and "4 pages" in text
    assert "Atlas written" in dialog.log.toPlainText()  # the algorithm's own info line
    assert dialog.btn_export.isEnabled() and not dialog.btn_cancel.isEnabled()
    assert not [f for f in os.listdir(tmp_path) if f.endswith(".tmp")]


def test_export_lists_skipped_maps(dialog, planning, tmp_path):
    out = tmp_path / "atlas.pdf"
    fill(dialog, planning, out)  # every map; habitat quality has no raster in this folder
    dialog._guard(dialog.export)
    assert out.exists()
    level, text = message(dialog)
    assert level == Qgis.Warning and HABITAT in text and "Skipped" in text
    skipped = dialog.last_results["SKIPPED"]
    assert HABITAT in skipped and all(t in text for t in skipped)


def test_cancel_mid_export_leaves_no_pdf(dialog, planning, tmp_path):
    out = tmp_path / "atlas.pdf"
    fill(dialog, planning, out)
    clicks = []

    def press_cancel(value):  # the user presses Cancel while the first pages are laid out
        if 0 < value < 100 and not clicks:
            assert dialog.btn_cancel.isEnabled() and not dialog.btn_export.isEnabled()
            QTest.mouseClick(dialog.btn_cancel, Qt.LeftButton)
            clicks.append(value)

    dialog.progress.valueChanged.connect(press_cancel)
    QTest.mouseClick(dialog.btn_export, Qt.LeftButton)
    assert clicks, "the export never reported progress"
    assert not out.exists()
    assert os.listdir(tmp_path) == []  # no temporary file either
    level, text = message(dialog)
    assert level == Qgis.Warning and "Cancelled" in text
    assert dialog.cancelled and dialog.progress.value() < 100
    assert dialog.btn_export.isEnabled() and not dialog.btn_cancel.isEnabled()
    # the next export runs normally
    dialog.progress.valueChanged.disconnect(press_cancel)
    QTest.mouseClick(dialog.btn_export, Qt.LeftButton)
    assert out.exists() and dialog.progress.value() == 100 and not dialog.cancelled


def test_bad_output_folder_shows_message(dialog, planning, tmp_path):
    out = tmp_path / "no_such_folder" / "atlas.pdf"
    fill(dialog, planning, out)
    QTest.mouseClick(dialog.btn_export, Qt.LeftButton)
    level, text = message(dialog)
    assert level == Qgis.Critical
    assert str(tmp_path / "no_such_folder") in text and "not writable" in text
    assert "Traceback" not in text
    assert not out.exists() and not (tmp_path / "no_such_folder").exists()
    a_file = tmp_path / "a_file"
    a_file.write_text("x")
    dialog.output.setFilePath(str(a_file / "atlas.pdf"))  # the "folder" is a file
    QTest.mouseClick(dialog.btn_export, Qt.LeftButton)
    level, text = message(dialog)
    assert level == Qgis.Critical and str(a_file) in text
    assert a_file.read_text() == "x"


def test_missing_inputs_show_clear_messages(dialog, alg, planning, tmp_path):
    out = tmp_path / "atlas.pdf"
    QTest.mouseClick(dialog.btn_export, Qt.LeftButton)  # nothing chosen yet
    assert message(dialog) == (Qgis.Critical, "Choose the planning GeoPackage (planning.gpkg made by the "
                                              "planning steps).")
    dialog.gpkg.setFilePath(str(tmp_path / "missing.gpkg"))
    QTest.mouseClick(dialog.btn_export, Qt.LeftButton)
    assert "missing.gpkg" in message(dialog)[1] and "does not exist" in message(dialog)[1]
    fill(dialog, planning, out)
    dialog.set_all_maps(False)
    QTest.mouseClick(dialog.btn_export, Qt.LeftButton)
    assert message(dialog) == (Qgis.Critical, "No map is ticked: tick at least one map.")
    dialog.set_all_maps(True)
    dialog.output.setFilePath("")
    QTest.mouseClick(dialog.btn_export, Qt.LeftButton)
    if not dialog._is_optional("OUTPUT"):
        assert message(dialog) == (Qgis.Critical, "Choose where to save the atlas PDF.")
    # a GeoPackage that is not a planning database: the algorithm's message, shown in the dialog
    other = tmp_path / "other.gpkg"
    shutil.copy(str(planning / "sample_region" / "demo_county.gpkg"), str(other))
    fill(dialog, planning, out)
    dialog.gpkg.setFilePath(str(other))
    QTest.mouseClick(dialog.btn_export, Qt.LeftButton)
    level, text = message(dialog)
    assert level == Qgis.Critical and "layer_catalog" in text and not out.exists()
    # only maps whose layers are missing
    fill(dialog, planning, out, [map_index(alg, "(生境质量")])
    QTest.mouseClick(dialog.btn_export, Qt.LeftButton)
    level, text = message(dialog)
    assert level == Qgis.Critical and "None of the selected maps" in text and not out.exists()


def test_coverage_and_template_choices(dialog, planning, tmp_path):
    out = tmp_path / "atlas.pdf"
    fill(dialog, planning, out)
    if not dialog.has("COVERAGE"):
        assert not dialog.coverage_mode.model().item(1).isEnabled() and not dialog.coverage.isEnabled()
        assert "COVERAGE" not in dialog.parameters()
    else:
        empty = QgsVectorLayer("Polygon?crs=EPSG:4546&field=name:string", "乡镇", "memory")
        QgsProject.instance().addMapLayer(empty)
        try:
            dialog.coverage_mode.setCurrentIndex(1)
            dialog.coverage.setLayer(empty)
            QTest.mouseClick(dialog.btn_export, Qt.LeftButton)
            assert message(dialog) == (Qgis.Critical, "The coverage layer '乡镇' has no features: choose another "
                                                      "layer or 'Whole region'.")
            assert not out.exists()
            f = QgsFeature(empty.fields())
            f.setGeometry(QgsGeometry.fromRect(QgsRectangle(0, 0, 1, 1)))
            f.setAttributes(["甲镇"])
            empty.dataProvider().addFeatures([f])
            dialog.coverage_field.setField("name")
            p = dialog.parameters()
            assert p["COVERAGE"] is empty and p.get("COVERAGE_FIELD", "name") == "name"
        finally:
            dialog.coverage_mode.setCurrentIndex(0)
            QgsProject.instance().removeMapLayer(empty.id())
    if not dialog.has("TEMPLATE"):
        assert not dialog.template_mode.model().item(1).isEnabled()
    else:
        dialog.template_mode.setCurrentIndex(1)
        dialog.template_file.setFilePath(str(tmp_path / "none.qpt"))
        QTest.mouseClick(dialog.btn_export, Qt.LeftButton)
        assert "none.qpt" in message(dialog)[1] and "does not exist" in message(dialog)[1]
        bad = tmp_path / "bad.qpt"
        bad.write_text("this is not a layout template", encoding="utf-8")
        dialog.template_file.setFilePath(str(bad))
        QTest.mouseClick(dialog.btn_export, Qt.LeftButton)  # the algorithm refuses it: its message
        level, text = message(dialog)
        assert level == Qgis.Critical and "bad.qpt" in text and "Traceback" not in text
        assert not out.exists()
        dialog.template_mode.setCurrentIndex(0)
    if dialog.has("LAYOUT"):
        project = dialog.project
        layout = QgsPrintLayout(project)
        layout.initializeDefaults()
        layout.setName("我的模板")
        project.layoutManager().addLayout(layout)
        dialog.refresh_layouts()
        dialog.template_mode.setCurrentIndex(2)
        assert dialog.parameters()["LAYOUT"] == "我的模板"
        dialog.template_mode.setCurrentIndex(0)


def test_preview_shows_the_page(dialog, alg, planning, tmp_path):
    fill(dialog, planning, tmp_path / "atlas.pdf")
    dialog.select_map(map_index(alg, "生态修复分区图"))
    QTest.mouseClick(dialog.btn_preview, Qt.LeftButton)
    level, text = message(dialog)
    assert level == Qgis.Info and "生态修复分区图" in text, text
    assert dialog.preview_path and os.path.isfile(dialog.preview_path)
    pix = dialog.preview_label.pixmap()
    assert pix is not None and not pix.isNull() and pix.width() > 200
    arr = image_array(dialog.preview_path)
    assert arr.shape[1] > arr.shape[0]  # A3 landscape page
    assert arr.std() > 10  # a drawn map, not a blank page
    assert not (tmp_path / "atlas.pdf").exists()  # the preview goes to a temporary folder
    first = dialog.preview_path
    # a map whose layers are missing: the previous map's preview goes at once (never a stale map), then
    # a clear message
    dialog.select_map(map_index(alg, "(生境质量"))
    pix = dialog.preview_label.pixmap()
    assert (pix is None or pix.isNull()) and dialog.preview_path is None
    QTest.mouseClick(dialog.btn_preview, Qt.LeftButton)
    level, text = message(dialog)
    assert level == Qgis.Critical and "None of the selected maps" in text
    dialog.close()
    assert not os.path.exists(os.path.dirname(first))  # temporary preview removed on close


def test_settings_remembered(dialog, alg, planning, tmp_path, settings):
    out = tmp_path / "atlas.pdf"
    fill(dialog, planning, out, [0, 2])
    dialog.title.setText("乙县规划")
    dialog.org.setText("乙县自然资源局")
    dialog.paper.setCurrentIndex(1)
    dialog._guard(dialog.export)
    assert out.exists()
    again = AtlasDialog(project=QgsProject(), settings=settings)
    try:
        assert again.parameters() == dialog.parameters()
        assert again.checked_maps() == [0, 2] and again.title.text() == "乙县规划"
    finally:
        again.deleteLater()
    fresh = AtlasDialog(project=QgsProject(), settings=QSettings(str(tmp_path / "new.ini"), QSettings.IniFormat))
    try:
        assert fresh.title.text() == alg.parameterDefinition("TITLE").defaultValue()
        assert fresh.output.filePath() == ""
    finally:
        fresh.deleteLater()


def _start_xvfb():
    """Start Xvfb on a free display; returns (process, ':N')."""
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1600x1000x24", "-nolisten",
                             "tcp"], pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as fh:
        display = fh.readline().strip()
    if not display:
        proc.kill()
        proc.wait()
        pytest.skip("Xvfb did not start")
    return proc, ":" + display


def _stop_group(proc):
    """Stop ``proc`` and its children (it was started in its own session)."""
    if proc.poll() is not None:
        return
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(10)
            return
        except subprocess.TimeoutExpired:
            continue


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb not installed (apt-get install xvfb)")
@pytest.mark.skipif(shutil.which("qgis") is None, reason="QGIS Desktop (qgis) not installed")
def test_screenshot_in_qgis_desktop_under_xvfb(planning, tmp_path):
    """QGIS Desktop (xcb platform, fresh profile with the plugin enabled) opens the dialog from the plugin
    menu, previews a map and saves tests/artifacts/atlas_dialog.png (and _screen.png, the whole screen)."""
    profiles = tmp_path / "profiles"
    ini = profiles / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[PythonPlugins]\neco_restore_plugin=true\n\n[qgis]\nshowTips=false\ncheckVersion=false\n",
                   encoding="utf-8")
    os.makedirs(ARTIFACTS, exist_ok=True)
    shot = os.path.join(ARTIFACTS, "atlas_dialog.png")
    for path in (shot, os.path.splitext(shot)[0] + "_screen.png"):
        if os.path.exists(path):
            os.remove(path)
    result = tmp_path / "result.json"
    xvfb, display = _start_xvfb()
    env = {k: v for k, v in os.environ.items() if not k.startswith("QGIS_") and k != "WAYLAND_DISPLAY"}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", QGIS_PLUGINPATH=ROOT, ECO_ATLAS_SHOT=shot,
               ECO_ATLAS_RESULT=str(result), ECO_ATLAS_GPKG=str(planning / "planning.gpkg"),
               ECO_ATLAS_PDF=str(tmp_path / "atlas.pdf"), XDG_RUNTIME_DIR=str(tmp_path))
    cmd = [shutil.which("qgis"), "--profiles-path", str(profiles), "--nologo", "--noversioncheck",
           "--code", os.path.join(ROOT, "tests", "qgis", "xvfb_atlas_dialog.py")]
    qgis = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)
    try:
        try:
            log, _ = qgis.communicate(timeout=90)
        except subprocess.TimeoutExpired:
            _stop_group(qgis)
            log, _ = qgis.communicate()
            pytest.fail("QGIS Desktop did not quit within 90 s: " + (log or "")[-2000:])
    finally:
        _stop_group(qgis)
        xvfb.terminate()
        xvfb.wait(10)
    assert result.exists(), "QGIS wrote no report; its output:\n" + (log or "")[-3000:]
    report = json.loads(result.read_text(encoding="utf-8"))
    assert report["ok"], report.get("error")
    assert report["platform"] == "xcb" and report["visible"] and report["main_window_visible"]
    assert report["parent_is_main_window"]  # opened by the plugin over QGIS' main window
    assert "生态修复分区图" in report["message"] and report["preview"].endswith(".png"), report["message"]
    arr = image_array(shot)
    assert (arr.shape[1], arr.shape[0]) == (report["width"], report["height"])
    assert report["width"] >= 800 and report["height"] >= 600
    assert arr.std() > 20  # widgets and the previewed map, not a blank window
    assert len(np.unique(arr.reshape(-1, 3) // 8, axis=0)) > 50
    screen = image_array(report["screen"])
    assert (screen.shape[1], screen.shape[0]) == (1600, 1000) == tuple(report["screen_size"])
    assert (screen.sum(axis=2) == 0).mean() < 0.5  # QGIS' main window fills the screen, not the black root


def test_preview_without_export_folder_uses_pdftoppm(dialog, alg, planning, tmp_path, monkeypatch):
    """Before the algorithm had EXPORT_FOLDER the preview rendered the map page of the PDF with pdftoppm."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) not installed")
    real_has = AtlasDialog.has
    monkeypatch.setattr(dialog, "has", lambda name: name != "EXPORT_FOLDER" and real_has(dialog, name))
    fill(dialog, planning, tmp_path / "atlas.pdf")
    dialog.select_map(map_index(alg, "用地现状图"))
    assert dialog._guard(dialog.preview) == dialog.preview_path
    assert os.path.basename(dialog.preview_path) == "preview.png"  # rendered from preview.pdf
    arr = image_array(dialog.preview_path)
    assert arr.shape[1] > arr.shape[0] and arr.std() > 10
    assert not dialog.preview_label.pixmap().isNull()


def test_export_per_township_and_map_files(dialog, alg, planning, tmp_path):
    """Coverage through the QGIS atlas (one page per township) and one file per map, from the dialog."""
    if not (dialog.has("COVERAGE") and dialog.has("EXPORT_FOLDER")):
        pytest.skip("the atlas algorithm has no COVERAGE / EXPORT_FOLDER yet")
    towns = QgsVectorLayer("{}|layername=base_townships".format(planning / "planning.gpkg"), "乡镇", "ogr")
    assert towns.isValid() and towns.featureCount() > 1
    QgsProject.instance().addMapLayer(towns)
    try:
        out = tmp_path / "atlas.pdf"
        fill(dialog, planning, out, [map_index(alg, "生态修复分区图")])
        dialog.indicators.setChecked(False)
        dialog.coverage_mode.setCurrentIndex(1)
        dialog.coverage.setLayer(towns)
        name = "name" if towns.fields().lookupField("name") >= 0 else towns.fields()[0].name()
        dialog.coverage_field.setField(name)
        dialog.export_folder.setFilePath(str(tmp_path / "maps"))
        dialog.export_format.setCurrentIndex(dialog._png_format())
        params = dialog.parameters()
        assert params["COVERAGE"] is towns and params["COVERAGE_FIELD"] == name
        QTest.mouseClick(dialog.btn_export, Qt.LeftButton)
        level, text = message(dialog)
        assert level == Qgis.Success, text
        res = dialog.last_results
        assert res["PAGES"] == 1 + towns.featureCount()  # contents + one page per township
        if pdf_pages(out) is not None:
            assert pdf_pages(out) == res["PAGES"]
        files = res["FILES"]
        assert files and all(os.path.isfile(f) and f.endswith(".png") for f in files)
        assert "{} map files".format(len(files)) in text
        assert dialog.progress.value() == 100
    finally:
        dialog.coverage_mode.setCurrentIndex(0)
        QgsProject.instance().removeMapLayer(towns.id())
