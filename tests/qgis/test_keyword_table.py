"""Keyword columns of table parameters as drop-down lists in the toolbox dialog (issue 14): the habitat quality
threat table shows combo boxes of the Chinese labels, the value read from them is the table the algorithm
reads (equal runs), old English values load into the lists; batch and modeler keep QGIS's matrix wrapper."""
import os

import numpy as np
import pytest

from rasterutil import read_tif, write_tif

ARTIFACTS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "artifacts")

#: the parameters whose keyword cells ``keyword()`` reads, with their keyword columns
DECLARED = {("habitatquality", "THREATS"): {0: "THREAT_CHOICES", 3: "DECAY_CHOICES"},
            ("targetattainment", "DIRECTIONS"): {1: "DIRECTION_CHOICES"},
            ("targetdecomposition", "TARGETS"): {1: "AGGREGATION_CHOICES"},
            ("restorationpriority", "CRITERIA"): {2: "BENEFIT_CHOICES"},
            ("restorationpriority", "SEA_CRITERIA"): {2: "BENEFIT_CHOICES"},
            ("minerestoration", "RULES"): {0: "mines.DIRECTIONS", 1: "mines.MODES", 10: "surroundings"}}


def _vocabulary(name):
    """The ``{keyword: (label, synonyms...)}`` vocabulary named in :data:`DECLARED`."""
    from eco_restore_plugin.core import mines
    from eco_restore_plugin.processing_helpers import tables

    if name == "surroundings":
        return {k: (v,) for k, v in dict(mines.DIRECTIONS, other="其他").items()}
    if name.startswith("mines."):
        return {k: (v,) for k, v in getattr(mines, name[6:]).items()}
    return getattr(tables, name)


@pytest.fixture()
def chinese(ecorestore):
    from eco_restore_plugin.i18n import install_translator, remove_translator

    assert install_translator("zh_CN")
    yield
    remove_translator()


def _alg(alg_id):
    from qgis.core import QgsApplication

    return QgsApplication.processingRegistry().createAlgorithmById("ecorestore:" + alg_id)


@pytest.fixture()
def no_iface(monkeypatch):
    """The dialogs as the toolbox opens them, without QGIS's main window (the test interface has no browser
    model): Processing's panels then skip the map canvas and browser of their widget context."""
    import processing.gui.BatchPanel
    import processing.gui.ParametersPanel

    monkeypatch.setattr(processing.gui.ParametersPanel, "iface", None)
    monkeypatch.setattr(processing.gui.BatchPanel, "iface", None)


@pytest.fixture()
def dialog(qgis_app, chinese, no_iface):
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from qgis.core import QgsApplication

    dlg = AlgorithmDialog(_alg("habitatquality"), parent=None)
    dlg.resize(900, 820)
    dlg.show()
    QgsApplication.processEvents()
    yield dlg
    dlg.close()
    dlg.deleteLater()


def _combos(wrapper, col):
    table = wrapper.widget.table
    return [table.cellWidget(r, col) for r in range(table.rowCount())]


def _items(combo):
    return [combo.itemText(i) for i in range(combo.count())]


@pytest.fixture()
def landuse(tmp_path):
    """Forest (301) with a block of cropland (101) and one urban cell (701): the threats reach the forest."""
    lu = np.full((30, 30), 301, np.int32)
    lu[2:6, 2:8] = 101
    lu[20, 20] = 701
    return write_tif(tmp_path / "lu.tif", lu, nodata=0)


def _quality(run_alg, landuse, tmp_path, tag, threats=None):
    params = {"LANDUSE": landuse, "QUALITY": str(tmp_path / "q_{}.tif".format(tag)),
              "DEGRADATION": str(tmp_path / "d_{}.tif".format(tag))}
    if threats is not None:
        params["THREATS"] = threats
    run_alg("habitatquality", params)
    return read_tif(params["QUALITY"])[0], read_tif(params["DEGRADATION"])[0]


def test_dialog_shows_keyword_lists(dialog):
    from qgis.PyQt.QtWidgets import QComboBox

    from eco_restore_plugin.processing_helpers.keyword_table import KeywordMatrixWidgetWrapper

    wrapper = dialog.mainWidget().wrappers["THREATS"]
    assert isinstance(wrapper, KeywordMatrixWidgetWrapper)
    table = wrapper.widget.table
    assert table.rowCount() == 5 and table.columnCount() == 5
    assert table.horizontalHeaderItem(3).text() == "衰减方式"
    threats, decays = _combos(wrapper, 0), _combos(wrapper, 3)
    assert [c.currentText() for c in threats] == ["耕地", "城镇用地", "农村居民点", "道路", "采矿用地"]
    assert [c.currentText() for c in decays] == ["线性", "指数", "指数", "线性", "指数"]
    assert _items(threats[0]) == ["耕地", "城镇用地", "农村居民点", "道路", "采矿用地"]
    assert _items(decays[0]) == ["线性", "指数"]
    # the other columns are typed text, no lists
    for col in (1, 2, 4):
        assert table.cellWidget(0, col) is None and table.item(0, col) is not None
    assert len(table.findChildren(QComboBox)) == 10
    assert table.item(0, 4).text() == "101 102 103"
    os.makedirs(ARTIFACTS, exist_ok=True)
    path = os.path.join(ARTIFACTS, "keyword_table_habitatquality.png")
    assert dialog.grab().save(path) and os.path.getsize(path) > 10000


def test_dialog_value_runs_as_the_default(dialog, run_alg, landuse, tmp_path):
    wrapper = dialog.mainWidget().wrappers["THREATS"]
    value = wrapper.parameterValue()
    default = wrapper.parameterDefinition().defaultValue()
    assert value == [str(v) for v in default]                  # untouched: the default table, cell for cell
    assert wrapper.parameterDefinition().checkValueIsAcceptable(value)
    q0, d0 = _quality(run_alg, landuse, tmp_path, "default")
    q1, d1 = _quality(run_alg, landuse, tmp_path, "dialog", value)
    np.testing.assert_array_equal(q0, q1)
    np.testing.assert_array_equal(d0, d1)
    assert np.nanmax(d0) > 0                                   # the threats do reach the forest

    # choose 指数 for 耕地: the value holds the Chinese label, the run equals the run typed in English
    decay = _combos(wrapper, 3)[0]
    decay.setCurrentIndex(_items(decay).index("指数"))
    value = wrapper.parameterValue()
    assert value[:5] == ["耕地", "4.0", "0.6", "指数", "101 102 103"] and value[5:] == default[5:]
    q2, d2 = _quality(run_alg, landuse, tmp_path, "chosen", value)
    english = ["cropland", "4.0", "0.6", "exponential", "101 102 103"] + list(default[5:])
    q3, d3 = _quality(run_alg, landuse, tmp_path, "english", english)
    np.testing.assert_array_equal(q2, q3)
    np.testing.assert_array_equal(d2, d3)
    assert not np.allclose(np.nan_to_num(d2), np.nan_to_num(d0))   # the choice changed the run


def test_old_english_values_load_into_the_lists(dialog, run_alg, landuse, tmp_path):
    wrapper = dialog.mainWidget().wrappers["THREATS"]
    old = ["cropland", "4", "0.6", "Linear", "101 102 103", "urban", "8", "1", "exponential", "701",
           "mine", "5", "0.8", "exp", "602"]
    wrapper.setValue(old)
    assert [c.currentText() for c in _combos(wrapper, 0)] == ["耕地", "城镇用地", "采矿用地"]
    assert [c.currentText() for c in _combos(wrapper, 3)] == ["线性", "指数", "指数"]
    value = wrapper.parameterValue()
    assert value == ["耕地", "4", "0.6", "线性", "101 102 103", "城镇用地", "8", "1", "指数", "701",
                     "采矿用地", "5", "0.8", "指数", "602"]
    q_old, d_old = _quality(run_alg, landuse, tmp_path, "old", old)    # processing.run with English: unchanged
    q_new, d_new = _quality(run_alg, landuse, tmp_path, "new", value)
    np.testing.assert_array_equal(q_old, q_new)
    np.testing.assert_array_equal(d_old, d_new)
    # a string (history, Python console) loads too
    wrapper.setValue("road,3,0.6,线性,1001")
    assert wrapper.parameterValue() == ["道路", "3", "0.6", "线性", "1001"]
    # a word that is none of the keywords is kept as typed, so the algorithm names it
    wrapper.setValue(["urban", "0.3", "1", "cubic", "701"])
    assert _combos(wrapper, 3)[0].currentText() == "cubic"
    assert wrapper.parameterValue()[3] == "cubic"
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="cubic"):
        _quality(run_alg, landuse, tmp_path, "bad", wrapper.parameterValue())


def test_add_and_remove_rows(dialog):
    wrapper = dialog.mainWidget().wrappers["THREATS"]
    table = wrapper.widget.table
    table.setCurrentCell(4, 0)
    wrapper.widget.add_button.click()
    assert table.rowCount() == 6
    value = wrapper.parameterValue()
    assert value[25:] == ["耕地", "", "", "线性", ""]                # a new row: first keywords, empty text
    table.selectRow(5)
    wrapper.widget.remove_button.click()
    table.clearSelection()
    table.setCurrentCell(0, 1)
    table.selectRow(0)
    wrapper.widget.remove_button.click()
    assert table.rowCount() == 4 and wrapper.parameterValue()[0] == "城镇用地"
    wrapper.widget.reset_button.click()
    assert wrapper.parameterValue() == wrapper.parameterDefinition().defaultValue()


@pytest.mark.parametrize("alg_id,name", sorted(DECLARED))
def test_declared_columns_and_defaults(qgis_app, ecorestore, alg_id, name):
    """Every table whose cells ``keyword()`` reads declares its keyword columns; the list widget reads its
    default back to the same keywords (optional columns offer an empty item: the algorithm's default)."""
    from processing.gui.wrappers import WidgetWrapperFactory

    from eco_restore_plugin.processing_helpers import tables
    from eco_restore_plugin.processing_helpers.keyword_table import KeywordMatrixWidgetWrapper, parse_spec

    alg = _alg(alg_id)
    d = alg.parameterDefinition(name)
    meta = d.metadata()["widget_wrapper"]
    assert meta["class"] == tables.KEYWORD_TABLE_WRAPPER
    columns = parse_spec(meta["keyword_columns"])
    expected = DECLARED[(alg_id, name)]
    assert sorted(columns) == sorted(expected)
    for col, vocab_name in expected.items():
        choices = _vocabulary(vocab_name)
        assert [key for key, _, _ in columns[col][0]] == list(choices)
        assert [label for _, label, _ in columns[col][0]] == [s[0] for s in choices.values()]
    wrapper = WidgetWrapperFactory.create_wrapper(d, None)
    assert isinstance(wrapper, KeywordMatrixWidgetWrapper)
    default = [str(v) for v in (d.defaultValue() or [])]
    value = wrapper.parameterValue()
    assert len(value) == len(default)
    ncols = len(d.headers())
    for i, (got, was) in enumerate(zip(value, default)):
        col = i % ncols
        if col in columns:
            choices = _vocabulary(expected[col])
            assert tables.keyword(got, choices, "t", "") == tables.keyword(was, choices, "t", "")
        else:
            assert got == was
    wrapper.widget.add_row()
    for col, (vocab, optional) in columns.items():
        combo = wrapper.widget.table.cellWidget(wrapper.widget.table.rowCount() - 1, col)
        assert (combo.itemText(0) == "") is optional


def test_batch_and_modeler_keep_qgis_matrix(qgis_app, ecorestore, no_iface):
    """Batch and modeler dialogs get QGIS's own matrix wrapper (typed text, as before)."""
    from processing.gui.BatchAlgorithmDialog import BatchAlgorithmDialog
    from processing.modeler.ModelerParametersDialog import ModelerParametersDialog
    from qgis.core import QgsProcessingContext, QgsProcessingModelAlgorithm, QgsProcessingModelChildAlgorithm
    from qgis.gui import QgsProcessingModelerParameterWidget

    from eco_restore_plugin.processing_helpers.keyword_table import KeywordMatrixWidgetWrapper

    alg = _alg("habitatquality")
    batch = BatchAlgorithmDialog(alg)
    panel = batch.mainWidget()
    wrapper = panel.wrappers[0][panel.parameter_to_column["THREATS"]]
    assert not isinstance(wrapper, KeywordMatrixWidgetWrapper)
    assert wrapper.parameterValue() == alg.parameterDefinition("THREATS").defaultValue()
    english = ["urban", "0.3", "1", "linear", "701"]
    wrapper.setParameterValue(english, QgsProcessingContext())
    assert wrapper.parameterValue() == english
    batch.deleteLater()

    model = QgsProcessingModelAlgorithm("m", "g")
    child = QgsProcessingModelChildAlgorithm("ecorestore:habitatquality")
    child.generateChildId(model)
    model.addChildAlgorithm(child)
    dlg = ModelerParametersDialog(alg, model, child.childId())
    wrappers = dlg.widget.widget.wrappers
    assert isinstance(wrappers["THREATS"], QgsProcessingModelerParameterWidget)
    dlg.deleteLater()
