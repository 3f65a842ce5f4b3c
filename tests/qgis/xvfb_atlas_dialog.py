"""Run inside QGIS Desktop (``qgis --code xvfb_atlas_dialog.py``) under Xvfb; not a pytest module.

Opens the planning atlas dialog through the plugin's menu action, fills it with the planning GeoPackage
given in ECO_ATLAS_GPKG, previews one map, grabs the dialog (ECO_ATLAS_SHOT) and the whole screen
(ECO_ATLAS_SHOT with ``_screen`` before the extension), writes a JSON report to ECO_ATLAS_RESULT and quits.
Driven by tests/qgis/test_atlas_dialog.py::test_screenshot_in_qgis_desktop_under_xvfb.
"""
import json
import os
import traceback

from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface, plugins

SHOT = os.environ["ECO_ATLAS_SHOT"]
RESULT = os.environ["ECO_ATLAS_RESULT"]
GPKG = os.environ.get("ECO_ATLAS_GPKG", "")
OUT_PDF = os.environ.get("ECO_ATLAS_PDF", "")
_state = {"tries": 0, "done": False, "dialog": None}
_timers = []


def later(ms, fn):
    t = QTimer()
    t.setSingleShot(True)
    t.timeout.connect(fn)
    t.start(ms)
    _timers.append(t)


def finish(report):
    if _state["done"]:
        return
    _state["done"] = True
    with open(RESULT, "w", encoding="utf-8") as fh:
        json.dump(report, fh, ensure_ascii=False)
    later(100, lambda: QApplication.instance().exit(0))


def guarded(fn):
    def run():
        try:
            fn()
        except Exception:  # reported to the test through the JSON file
            finish({"ok": False, "error": traceback.format_exc()})
    return run


@guarded
def wait_for_plugin():
    plugin = plugins.get("eco_restore_plugin")
    if plugin is None or iface is None or not iface.mainWindow().isVisible():
        _state["tries"] += 1
        if _state["tries"] > 60:
            finish({"ok": False, "error": "plugin eco_restore_plugin not loaded: {}".format(sorted(plugins))})
        else:
            later(500, wait_for_plugin)
        return
    iface.mainWindow().setGeometry(QApplication.primaryScreen().availableGeometry())  # no window manager
    actions = [a for a in plugin.actions if "Planning atlas" in a.text() or "规划图集" in a.text()]
    if len(actions) != 1:
        finish({"ok": False, "error": "menu action not found: {}".format([a.text() for a in plugin.actions])})
        return
    actions[0].trigger()
    dlg = plugin.dialogs["atlas"]
    _state["dialog"] = dlg
    if GPKG:
        dlg.gpkg.setFilePath(GPKG)
    if OUT_PDF:
        dlg.output.setFilePath(OUT_PDF)
    dlg.org.setText("示例规划设计研究院")
    dlg.select_map(5 if dlg.maps.count() > 5 else 0)  # 生态修复分区图 (MAPS option 5)
    later(500, do_preview)


@guarded
def do_preview():
    dlg = _state["dialog"]
    if GPKG:
        dlg._guard(dlg.preview)
    later(1500, grab)


@guarded
def grab():
    dlg = _state["dialog"]
    QApplication.processEvents()
    ok = dlg.grab().save(SHOT)
    screen = QApplication.primaryScreen().grabWindow(0)
    screen_path = os.path.splitext(SHOT)[0] + "_screen.png"
    screen_ok = screen.save(screen_path)
    finish({
        "ok": bool(ok and screen_ok), "width": dlg.width(), "height": dlg.height(),
        "visible": dlg.isVisible(), "parent_is_main_window": dlg.parent() is iface.mainWindow(),
        "main_window_visible": iface.mainWindow().isVisible(),
        "message": dlg.last_message[1] if dlg.last_message else "",
        "preview": dlg.preview_path or "", "screen": screen_path,
        "screen_size": [screen.width(), screen.height()],
        "platform": QApplication.platformName(),
    })
    dlg.close()  # removes the temporary preview folder


later(55000, lambda: finish({"ok": False, "error": "timed out inside QGIS"}))
later(500, wait_for_plugin)
