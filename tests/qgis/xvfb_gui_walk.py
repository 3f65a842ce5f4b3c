"""Run inside QGIS Desktop (``qgis --code xvfb_gui_walk.py``) under Xvfb with a Chinese locale; not a pytest
module. Driven by tests/qgis/test_gui_walk.py.

Walks what a planner sees: the Processing toolbox (Eco-Restore groups and algorithms), six algorithm
dialogs, the indicator-targets and atlas dialogs, the Graphical Modeler with the shipped model, the demo's
planning.qgz loaded in QGIS and two atlas pages. Saves a screenshot of each into ECO_WALK_DIR and writes a
JSON report (texts, layer facts, legend geometry) to ECO_WALK_RESULT, then quits. Assertions are made by
the test from the report.
"""
import json
import os
import subprocess
import traceback

from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QAbstractItemView, QAction, QApplication, QDockWidget, QLabel, QMessageBox, QPushButton
from qgis.utils import iface, plugins

OUT = os.environ["ECO_WALK_DIR"]
RESULT = os.environ["ECO_WALK_RESULT"]
PLANNING = os.environ["ECO_WALK_PLANNING"]
ALGORITHMS = ("createsampleregion", "waterconservation", "ecologicalsources", "restorationzoning",
              "targetdecomposition", "atlasexport")
_state = {"tries": 0, "done": False, "report": {"shots": []}}
_timers = []


def later(ms, fn):
    t = QTimer()
    t.setSingleShot(True)
    t.timeout.connect(fn)
    t.start(ms)
    _timers.append(t)


def finish(extra=None):
    if _state["done"]:
        return
    _state["done"] = True
    report = _state["report"]
    report.update(extra or {})
    with open(RESULT, "w", encoding="utf-8") as fh:
        json.dump(report, fh, ensure_ascii=False, indent=1)
    later(100, lambda: QApplication.instance().exit(0))


def guarded(fn):
    def run():
        try:
            fn()
        except Exception:  # reported to the test through the JSON file
            finish({"ok": False, "error": traceback.format_exc()})
    return run


def shot(widget, name):
    QApplication.processEvents()
    path = os.path.join(OUT, "walk_{}.png".format(name))
    ok = widget.grab().save(path)
    _state["report"]["shots"].append({"name": name, "path": path, "ok": bool(ok),
                                      "size": [widget.width(), widget.height()]})
    return path


def labels_of(widget, buttons=False):
    """Visible label texts of a widget (parameter labels, group titles; with ``buttons`` push-button texts)."""
    out = []
    for lab in widget.findChildren(QLabel):
        if lab.isVisibleTo(widget) and lab.text().strip():
            out.append(lab.text().strip())
    if buttons:
        out += [b.text().replace("&", "").strip() for b in widget.findChildren(QPushButton)
                if b.isVisibleTo(widget) and b.text().strip()]
    return out


@guarded
def start():
    plugin = plugins.get("eco_restore_plugin")
    if plugin is None or iface is None or not iface.mainWindow().isVisible():
        _state["tries"] += 1
        if _state["tries"] > 80:
            finish({"ok": False, "error": "plugin eco_restore_plugin not loaded"})
        else:
            later(500, start)
        return
    iface.mainWindow().setGeometry(QApplication.primaryScreen().availableGeometry())  # no window manager
    from qgis.PyQt.QtCore import QSettings
    _state["report"]["locale"] = QSettings().value("locale/userLocale", "")
    later(300, toolbox)


@guarded
def toolbox():
    from qgis.core import QgsApplication
    from qgis.gui import QgsProcessingToolboxTreeView

    dock = iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox")
    dock.setVisible(True)
    dock.raise_()
    view = dock.findChild(QgsProcessingToolboxTreeView)
    model = view.model()
    provider = QgsApplication.processingRegistry().providerById("ecorestore")
    groups, algs = [], []

    def walk(parent, depth):
        for row in range(model.rowCount(parent)):
            idx = model.index(row, 0, parent)
            if depth == 0:
                if model.data(idx) != provider.name():
                    continue
                view.expand(idx)
                _state["provider_index"] = idx
                walk(idx, 1)
            elif model.rowCount(idx):
                groups.append(model.data(idx))
                view.expand(idx)
                walk(idx, depth + 1)
            else:
                algs.append(model.data(idx))
    walk(view.rootIndex(), 0)
    _state["report"]["provider"] = provider.name()
    _state["report"]["groups"] = groups
    _state["report"]["algorithms"] = algs
    dock.setMinimumWidth(420)
    if "provider_index" in _state:
        view.scrollTo(_state["provider_index"], QAbstractItemView.PositionAtTop)
    shot(dock, "toolbox")
    later(200, alg_dialogs)


@guarded
def alg_dialogs():
    from processing import createAlgorithmDialog

    dialogs = {}
    for name in ALGORITHMS:
        dlg = createAlgorithmDialog("ecorestore:" + name)
        dlg.show()
        QApplication.processEvents()
        dialogs[name] = {"title": dlg.windowTitle(), "labels": labels_of(dlg)}
        shot(dlg, "alg_" + name)
        dlg.close()
        dlg.deleteLater()
    _state["report"]["alg_dialogs"] = dialogs
    later(200, plugin_dialogs)


@guarded
def plugin_dialogs():
    plugin = plugins["eco_restore_plugin"]
    found = {}
    for key, words in (("targets", ("目标指标体系",)), ("atlas", ("规划图集",))):
        actions = [a for a in plugin.actions if any(w in a.text() for w in words)]
        actions[0].trigger()
        QApplication.processEvents()
        dlg = plugin.dialogs[key]
        if key == "atlas":
            dlg.gpkg.setFilePath(os.path.join(PLANNING, "planning.gpkg"))
        screen = QApplication.primaryScreen().availableGeometry()
        hint = dlg.minimumSizeHint()
        found[key] = {"title": dlg.windowTitle(), "labels": labels_of(dlg, buttons=True),
                      "size": [dlg.width(), dlg.height()],
                      "minimum": [hint.width(), hint.height()],
                      "screen": [screen.width(), screen.height()], "action": actions[0].text()}
        shot(dlg, "dialog_" + key)
        if hasattr(dlg, "_ask_unsaved"):
            dlg._ask_unsaved = lambda: QMessageBox.Discard
        dlg.close()
    _state["report"]["plugin_dialogs"] = found
    later(200, modeler)


@guarded
def modeler():
    from processing.modeler.ModelerDialog import ModelerDialog
    from qgis.core import QgsApplication

    model = QgsApplication.processingRegistry().algorithmById("ecorestore:fullchain")
    copy = model.create()
    ok, errors = copy.validate()
    dlg = ModelerDialog.create(copy)
    dlg.show()
    dlg.setGeometry(QApplication.primaryScreen().availableGeometry())  # no window manager to maximise it
    QApplication.processEvents()
    zoom_all = [a for a in dlg.findChildren(QAction) if a.objectName() == "mActionZoomToItems"]
    if zoom_all:
        zoom_all[0].trigger()
        QApplication.processEvents()
    steps = [c.description() for c in copy.childAlgorithms().values()]
    _state["report"]["modeler"] = {"valid": bool(ok), "errors": list(errors), "steps": steps,
                                   "name": copy.displayName()}
    shot(dlg, "modeler")
    dlg.hide()  # not close(): a modified model would ask to save
    later(200, project)


@guarded
def project():
    from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer

    qgz = os.path.join(PLANNING, "planning.qgz")
    ok = QgsProject.instance().read(qgz)
    layers = []
    for lyr in QgsProject.instance().mapLayers().values():
        node = QgsProject.instance().layerTreeRoot().findLayer(lyr.id())
        info = {"name": node.name() if node is not None else lyr.name(), "valid": lyr.isValid(),
                "kind": "raster" if isinstance(lyr, QgsRasterLayer) else "vector"}
        info["spatial"] = lyr.isSpatial()
        if isinstance(lyr, QgsVectorLayer):
            info["renderer"] = lyr.renderer().type() if lyr.renderer() else ""
        elif isinstance(lyr, QgsRasterLayer):
            info["renderer"] = lyr.renderer().type() if lyr.renderer() else ""
        layers.append(info)
    _state["report"]["project"] = {"read": bool(ok), "layers": layers}
    later(1500, zoom)


@guarded
def zoom():
    canvas = iface.mapCanvas()
    # what the user's "zoom full" does in QGIS ≥ 3.18: the project's full extent (the county, preset by the plugin)
    getattr(canvas, "zoomToProjectExtent", canvas.zoomToFullExtent)()
    canvas.refreshAllLayers()
    _state["waits"] = 0
    later(1000, project_shot)


@guarded
def project_shot():
    from qgis.core import QgsProject

    canvas = iface.mapCanvas()
    if canvas.isDrawing() and _state["waits"] < 30:  # wait for the map to be drawn (at most 15 s more)
        _state["waits"] += 1
        later(500, project_shot)
        return
    _state["report"]["project"]["scale"] = canvas.scale()
    ext = canvas.extent()
    county = [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.name() == "县域边界"]
    _state["report"]["project"]["canvas_wh"] = [ext.width(), ext.height()]
    if county:
        _state["report"]["project"]["county_wh"] = [county[0].extent().width(), county[0].extent().height()]
    shot(iface.mainWindow(), "planning_qgz")
    later(100, atlas_pages)


@guarded
def atlas_pages():
    import processing
    from qgis.core import QgsLayoutItemLegend

    from eco_restore_plugin.processing_helpers import atlas as A

    legends = []
    real = A.PdfBook.add_page

    def add_page(self, layout, page=0):
        items = A.find_items(layout)
        legend = items.get("legend")
        if isinstance(legend, QgsLayoutItemLegend):
            title = items.get("map_title")
            legends.append({"title": title.text() if title is not None else "",
                            "page": list(A.page_size_mm(layout, page)), "legend": list(A.item_rect_mm(legend))})
        return real(self, layout, page)

    A.PdfBook.add_page = add_page
    pdf = os.path.join(OUT, "walk_atlas.pdf")
    try:
        res = processing.run("ecorestore:atlasexport", {
            "PLANNING_GPKG": os.path.join(PLANNING, "planning.gpkg"), "MAPS": [8, 14, 5],
            "ORGANISATION": "示例县自然资源局", "DPI": 60, "OUTPUT": pdf})
    finally:
        A.PdfBook.add_page = real
    pages = []
    for page in range(1, int(res["PAGES"]) + 1):
        prefix = os.path.join(OUT, "walk_atlas_page")
        subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", str(page), "-l", str(page), pdf, prefix],
                       check=False, timeout=60)
        pages.append(page)
    _state["report"]["atlas"] = {"pdf": pdf, "pages": res["PAGES"], "legends": legends}
    finish({"ok": True})


later(110000, lambda: finish({"ok": False, "error": "timed out inside QGIS"}))
later(500, start)
