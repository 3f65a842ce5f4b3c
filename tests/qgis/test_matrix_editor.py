"""The class tables in QGIS's own matrix editor (the widget of the toolbox dialog, batch and modeler), under the
Chinese translation: land-use codes show their 三调 name, keywords their Chinese word, and every column header
fits its column (the editor gives the columns equal widths)."""
import pytest


def _open_editor(alg_id, name):
    from qgis.core import QgsApplication, QgsProcessingContext
    from qgis.gui import QgsGui, QgsPanelWidget, QgsPanelWidgetStack, QgsProcessingGui
    from qgis.PyQt.QtWidgets import QTableView, QToolButton, QVBoxLayout

    alg = QgsApplication.processingRegistry().createAlgorithmById("ecorestore:" + alg_id)
    d = alg.parameterDefinition(name)
    ctx = QgsProcessingContext()
    stack, main = QgsPanelWidgetStack(), QgsPanelWidget()
    main.setDockMode(True)        # the editor opens as a panel of the dialog's stack
    wrapper = QgsGui.processingGuiRegistry().createParameterWidgetWrapper(d, QgsProcessingGui.Standard)
    widget = wrapper.createWrappedWidget(ctx)
    QVBoxLayout(main).addWidget(widget)
    stack.setMainPanel(main)
    stack.resize(1100, 420)
    stack.show()
    wrapper.setWidgetValue(d.defaultValue(), ctx)
    widget.findChildren(QToolButton)[-1].click()
    QgsApplication.processEvents()
    views = [v for v in stack.findChildren(QTableView) if v.isVisible()]
    assert views, "the matrix editor did not open"
    return (stack, main, wrapper, widget, alg), views[0]


@pytest.fixture()
def chinese(ecorestore):
    from eco_restore_plugin.i18n import install_translator, remove_translator

    assert install_translator("zh_CN")
    yield
    remove_translator()


@pytest.mark.parametrize("alg_id,name,first_row", [
    ("resistancesurface", "RESISTANCE_TABLE", ["101 水田", "50.0"]),
    ("habitatquality", "THREATS", ["耕地", "4.0", "0.6", "线性", "101 102 103"]),
    ("habitatquality", "SENSITIVITY", ["101 水田", "0.4", "0.3", "0.5", "0.4", "0.3", "0.4"]),
    ("soilconservation", "C_TABLE", ["101 水田", "0.18"]),
    ("targetdecomposition", "TARGETS", None),
    ("targetattainment", "DIRECTIONS", None),
])
def test_editor_shows_names_and_whole_headers(qgis_app, chinese, alg_id, name, first_row):
    from qgis.PyQt.QtCore import Qt

    keep, view = _open_editor(alg_id, name)
    model, header = view.model(), view.horizontalHeader()
    if first_row:
        assert [model.index(0, c).data() for c in range(model.columnCount())] == first_row
    metrics = header.fontMetrics()
    for c in range(model.columnCount()):
        text = model.headerData(c, Qt.Horizontal)
        assert any("\u4e00" <= ch <= "\u9fff" for ch in text), text
        assert metrics.horizontalAdvance(text) + 8 <= header.sectionSize(c), (text, header.sectionSize(c))
    # the check bites: the header these tables had before did not fit
    narrowest = min(header.sectionSize(c) for c in range(model.columnCount()))
    assert metrics.horizontalAdvance("方向（越高越好 或 越低越好）") + 8 > narrowest
    keep[0].close()


def test_every_table_header_fits_its_column(qgis_app, chinese):
    """All matrix parameters of all algorithms: no header is cut off in the editor under the Chinese translation."""
    from qgis.PyQt.QtCore import Qt

    from eco_restore_plugin.provider import algorithm_classes

    cut, seen = [], 0
    for cls in algorithm_classes():
        alg = cls()
        alg.initAlgorithm()
        for d in alg.parameterDefinitions():
            if d.type() != "matrix":
                continue
            keep, view = _open_editor(cls.NAME, d.name())
            model, header = view.model(), view.horizontalHeader()
            for c in range(model.columnCount()):
                text = model.headerData(c, Qt.Horizontal)
                if header.fontMetrics().horizontalAdvance(text) + 8 > header.sectionSize(c):
                    cut.append("{} {}: {!r}".format(cls.NAME, d.name(), text))
            seen += 1
            keep[0].close()
    assert seen >= 30
    assert not cut, "\n".join(cut)
