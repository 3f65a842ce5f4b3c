"""The indicator targets dialog under a real QGIS: add a row, type values with the keyboard, see the
validation flags, save to a GeoPackage and the project, reload, export, compute base values."""
import csv
import os

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QLineEdit, QMessageBox

from eco_restore_plugin.core import targets as T
from eco_restore_plugin.ui.targets_dialog import COL, ERROR_BG, TABLE, WARNING_BG, TargetsDialog

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ARTIFACTS = os.path.join(ROOT, "tests", "artifacts")


@pytest.fixture()
def dialog(qgis_app, ecorestore):
    dlg = TargetsDialog(project=QgsProject())
    dlg.show()
    QTest.qWaitForWindowExposed(dlg)
    yield dlg
    dlg._ask_unsaved = lambda: QMessageBox.Discard  # never a modal question at teardown
    dlg.close()
    dlg.deleteLater()


def type_cell(dlg, row, field, text):
    """Type ``text`` into a cell with the keyboard, like a user, and press Enter."""
    table = dlg.table
    table.setFocus()
    table.setCurrentCell(row, COL[field])
    table.editItem(table.item(row, COL[field]))
    QApplication.processEvents()
    editors = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert editors, "no cell editor opened"
    editor = editors[-1]
    editor.selectAll()
    if text.isascii():
        QTest.keyClicks(editor, text)
    else:  # QTest cannot synthesise key events for Chinese characters: commit them as an IME does
        editor.insert(text)
    QTest.keyClick(editor, Qt.Key_Return)
    QApplication.processEvents()
    assert table.item(row, COL[field]).text() == text


def bg(dlg, row, field):
    return dlg.table.item(row, COL[field]).background().color().name()


def test_defaults_loaded_without_errors(dialog):
    assert dialog.table.rowCount() == len(T.default_indicators())
    assert dialog.problems == {}
    assert dialog.table.item(0, COL["name_zh"]).text() == "生态保护红线面积"
    assert dialog.table.item(0, COL["type"]).data(Qt.UserRole) == "binding"
    assert dialog.table.item(0, COL["status"]).text() == "✔"


def test_add_row_type_values_and_see_flags(dialog, tmp_path):
    r = dialog.add_row()
    assert r == dialog.table.rowCount() - 1
    assert bg(dialog, r, "name_zh") == ERROR_BG.name()  # a new row needs its name and unit
    type_cell(dialog, r, "name_zh", "城乡人均公园绿地面积")
    type_cell(dialog, r, "unit", "m²/人")
    type_cell(dialog, r, "base", "12.5")
    type_cell(dialog, r, "t2025", "13")
    assert [p.code for p in dialog.cell_problems(r, "t2030")] == ["stage_missing"]
    type_cell(dialog, r, "t2030", "12")  # worse than 2025: not monotonic
    type_cell(dialog, r, "t2035", "14")
    assert [p.code for p in dialog.cell_problems(r, "t2030")] == ["not_monotonic"]
    assert bg(dialog, r, "t2030") == WARNING_BG.name()
    assert "2030" in dialog.table.item(r, COL["t2030"]).toolTip()
    assert dialog.table.item(r, COL["status"]).text() == "⚠ 1"
    assert bg(dialog, r, "t2025") != WARNING_BG.name()
    type_cell(dialog, r, "t2030", "13.5")
    assert dialog.problems.get(r) is None
    assert dialog.table.item(r, COL["status"]).text() == "✔"
    # binding and weaker than the upper-level target
    forest = [i for i in range(dialog.table.rowCount())
              if dialog.table.item(i, COL["name_zh"]).text() == "森林覆盖率"][0]
    make_binding(dialog, forest)
    for fld, v in (("base", "55"), ("t2025", "56"), ("t2030", "57"), ("t2035", "58"), ("upper2035", "58.9")):
        type_cell(dialog, forest, fld, v)
    assert [p.code for p in dialog.cell_problems(forest, "t2035")] == ["weaker_than_upper"]
    type_cell(dialog, forest, "t2035", "101")
    assert [p.code for p in dialog.cell_problems(forest, "t2035")] == ["percent_range"]
    assert bg(dialog, forest, "t2035") == ERROR_BG.name()
    type_cell(dialog, forest, "t2035", "59")
    assert dialog.problems.get(forest) is None


def test_text_in_number_cell_blocks_save(dialog, tmp_path):
    path = str(tmp_path / "plan.gpkg")
    type_cell(dialog, 0, "base", "约3000")
    assert [p.code for p in dialog.cell_problems(0, "base")] == ["not_number"]
    assert bg(dialog, 0, "base") == ERROR_BG.name()
    assert dialog.table.item(0, COL["status"]).text().startswith("✖")
    with pytest.raises(ValueError, match="约3000"):
        dialog.save_gpkg(path)
    assert not os.path.exists(path)  # nothing saved half
    dialog._guard(dialog.save_gpkg, path)  # the button path: one message in the status line
    assert "约3000" in dialog.status.text()
    with pytest.raises(ValueError):
        dialog.export(str(tmp_path / "t.csv"))
    assert not os.path.exists(str(tmp_path / "t.csv"))


def make_binding(dialog, r):
    """Set row ``r``'s type to 约束性 (森林覆盖率 is expected by default; a plan may make it binding)."""
    item = dialog.table.item(r, COL["type"])
    item.setData(Qt.UserRole, "binding")
    item.setText("约束性 Binding")


def fill(dialog):
    vals = {"森林覆盖率": ("55.2", "56", "57.5", "58.9"), "生态保护红线面积": ("1200", "1200", "1210", "1210")}
    for r in range(dialog.table.rowCount()):
        name = dialog.table.item(r, COL["name_zh"]).text()
        if name in vals:
            for fld, v in zip(("base", "t2025", "t2030", "t2035"), vals[name]):
                dialog.table.item(r, COL[fld]).setText(v)
            make_binding(dialog, r)


def test_save_reload_gpkg_and_project(dialog, tmp_path, qgis_app):
    path = str(tmp_path / "plan.gpkg")
    # the planning database already holds a layer: it must survive
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    lyr = ds.CreateLayer("zones", geom_type=ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    ds = lyr = None
    fill(dialog)
    dialog.move_row(1, r=0)  # reorder: red line moves to the second row
    r = dialog.add_row()
    dialog.table.item(r, COL["name_zh"]).setText("自定义指标")
    dialog.table.item(r, COL["unit"]).setText("处")
    before = dialog.row_dicts()
    assert before[1]["name_zh"] == "生态保护红线面积"
    dialog.save_gpkg(path)
    dialog.save_gpkg(path)  # saving again replaces the table
    ds = ogr.Open(path)
    names = [ds.GetLayerByIndex(i).GetName() for i in range(ds.GetLayerCount())]
    assert sorted(names) == ["eco_indicators", "zones"]  # no temporary table left
    t = ds.GetLayerByName(TABLE)
    assert t.GetFeatureCount() == len(before)
    forest = [f for f in t if f.GetField("name_zh") == "森林覆盖率"][0]
    assert forest.GetField("t2035") == pytest.approx(58.9) and forest.GetField("type") == "binding"
    ds = None

    other = TargetsDialog(project=QgsProject())
    try:
        other.set_indicators([])
        assert other.load_gpkg(path) == len(before)
        assert other.row_dicts() == [dict(d, base=_num(d["base"]), targets=_nums(d["targets"]),
                                          upper=_nums(d["upper"])) for d in before]
        assert other.problems == {}
    finally:
        other.deleteLater()

    project = QgsProject()
    dialog.project = project
    dialog.save_to_project()
    third = TargetsDialog(project=project)  # opens from the project entry
    try:
        assert [d["name_zh"] for d in third.row_dicts()] == [d["name_zh"] for d in before]
        rows = {d["name_zh"]: d for d in third.row_dicts()}
        assert rows["森林覆盖率"]["targets"] == {"2025": "56", "2030": "57.5", "2035": "58.9"}
        assert rows["森林覆盖率"]["base"] == "55.2" and rows["自定义指标"]["unit"] == "处"
    finally:
        third.deleteLater()
    with pytest.raises(ValueError, match="no indicator table"):
        dialog.load_gpkg(str(tmp_path / "plan.gpkg"), table="nope")


def _num(v):
    return None if v is None else T._cell_text(float(v))


def _nums(d):
    return {k: _num(v) for k, v in d.items()}


def test_export_csv_html(dialog, tmp_path):
    fill(dialog)
    csv_path = dialog.export(str(tmp_path / "targets.csv"))
    with open(csv_path, encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) == dialog.table.rowCount() + 1
    by_name = {r[1]: r for r in rows[1:]}
    assert by_name["森林覆盖率"][8:12] == ["55.2", "56", "57.5", "58.9"]
    assert by_name["森林覆盖率"][4] == "约束性"
    html_path = dialog.export(str(tmp_path / "targets.html"))
    text = open(html_path, encoding="utf-8").read()
    assert "<td class=\"num\">58.9</td>" in text and "生态系统健康有序" in text
    assert text.count("<tr>") == dialog.table.rowCount() + 1
    if T.xlsx_available():
        assert os.path.exists(dialog.export(str(tmp_path / "targets.xlsx")))
    else:
        with pytest.raises(ValueError, match="openpyxl"):
            dialog.export(str(tmp_path / "targets.xlsx"))


def test_compute_base_values_through_the_algorithm(dialog, tmp_path):
    x0, y0 = 500000.0, 2500000.0
    lu = np.full((10, 10), 101, dtype=np.int16)
    lu[:3, :] = 301  # 30 forest cells of 100 valid
    lu[9, 9] = 0  # nodata: 99 valid
    path = str(tmp_path / "lu.tif")
    ds = gdal.GetDriverByName("GTiff").Create(path, 10, 10, 1, gdal.GDT_Int16)
    ds.SetGeoTransform((x0, 10.0, 0, y0 + 100, 0, -10.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4546)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).SetNoDataValue(0)
    ds.GetRasterBand(1).WriteArray(lu)
    ds = None
    region = QgsVectorLayer("Polygon?crs=EPSG:4546", "county", "memory")
    red = QgsVectorLayer("Polygon?crs=EPSG:4546", "红线", "memory")
    for lyr, rect in ((region, QgsRectangle(x0, y0, x0 + 100, y0 + 100)),
                      (red, QgsRectangle(x0, y0, x0 + 50, y0 + 20))):
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromRect(rect))
        lyr.dataProvider().addFeatures([f])
    n = dialog.compute_base_values({"REGION": region, "LANDUSE": path, "RED_LINE": red})
    # forest coverage, forest land, wetland area (0), mangrove area (0) from land use; red line area
    assert n == 5
    rows = {d["name_zh"]: d for d in dialog.row_dicts()}
    assert float(rows["森林覆盖率"]["base"]) == pytest.approx(round(100 * 30 / 99, 4))
    assert float(rows["林地保有量"]["base"]) == pytest.approx(0.3)  # 30 cells of 100 m² in hm²
    assert "林业口径" in rows["森林覆盖率"]["basis"]  # the row carries the 口径 it was computed on
    assert float(rows["生态保护红线面积"]["base"]) == pytest.approx(0.001)  # 50 m x 20 m in km²
    assert float(rows["红树林面积"]["base"]) == pytest.approx(0.0)  # no 0303 in this raster
    assert rows["森林覆盖率"]["computed"]["layer"] == "lu"
    r = [i for i in range(dialog.table.rowCount()) if dialog.table.item(i, COL["name_zh"]).text() == "森林覆盖率"][0]
    assert "lu" in dialog.table.item(r, COL["computed"]).text()
    # typing over a computed value marks it as typed in
    dialog.table.item(r, COL["base"]).setText("31")
    assert dialog.row_dicts()[r]["computed"] is None
    # bad input from the algorithm: one message, no values changed
    before = dialog.row_dicts()
    assert dialog._guard(dialog.compute_base_values, {"REGION": region}) is None
    assert "No input for any rule" in dialog.status.text()
    assert dialog.row_dicts() == before


def test_screenshot(dialog):
    fill(dialog)
    dialog.add_row()
    r = dialog.table.rowCount() - 1
    for fld, v in (("name_zh", "城乡人均公园绿地面积"), ("name_en", "Park green space per person"),
                   ("unit", "m²/人"), ("base", "12.5"), ("t2025", "13"), ("t2030", "12"), ("t2035", "abc")):
        dialog.table.item(r, COL[fld]).setText(v)
    dialog.table.clearSelection()
    dialog.table.setCurrentCell(-1, -1)
    dialog.resize(1500, 700)
    QApplication.processEvents()
    os.makedirs(ARTIFACTS, exist_ok=True)
    out = os.path.join(ARTIFACTS, "targets_dialog.png")
    assert dialog.grab().save(out)
    assert os.path.getsize(out) > 10000


def test_menu_entry_opens_dialog(qgis_app, qgis_processing, qgis_iface):
    from pluginmenu import menu_actions, plugin_menu

    with plugin_menu(qgis_iface) as (plugin, ours):
        action = menu_actions(ours, "Indicator targets", "目标指标")
        assert len(action) == 1
        action[0].trigger()
        dlg = plugin.dialogs["targets"]
        assert isinstance(dlg, TargetsDialog) and dlg.isVisible()
