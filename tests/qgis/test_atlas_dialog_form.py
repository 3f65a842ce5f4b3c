"""The planning atlas dialog's controls: built from the atlas algorithm's parameter definitions, they set
exactly its parameters; the plugin menu opens the dialog. (Export, preview, messages and settings:
test_atlas_dialog.py.)"""
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtTest import QTest

from eco_restore_plugin.ui.atlas_dialog import OPTIONAL_PARAMS, AtlasDialog


def test_options_come_from_the_algorithm(dialog, alg):
    maps = alg.parameterDefinition("MAPS").options()
    assert len(maps) >= 8
    from eco_restore_plugin.ui.atlas_form import map_page_order

    # every map, in the order of the atlas pages (not the option order)
    assert [dialog.maps.item(i).text() for i in range(dialog.maps.count())] == \
        [maps[i] for i in map_page_order(len(maps))]
    assert sorted(map_page_order(len(maps))) == list(range(len(maps)))
    papers = alg.parameterDefinition("PAPER").options()
    assert [dialog.paper.itemText(i) for i in range(dialog.paper.count())] == list(papers)
    assert dialog.paper.currentIndex() == alg.parameterDefinition("PAPER").defaultValue() == 0
    assert dialog.title.text() == alg.parameterDefinition("TITLE").defaultValue() == "示例县国土空间生态修复规划"
    assert dialog.checked_maps() == list(range(len(maps)))  # the algorithm's default: every map
    # every control of a parameter the algorithm lacks is disabled, the others enabled
    assert dialog.template_mode.model().item(1).isEnabled() == dialog.has("TEMPLATE")
    assert dialog.template_mode.model().item(2).isEnabled() == dialog.has("LAYOUT")
    assert dialog.coverage_mode.model().item(1).isEnabled() == dialog.has("COVERAGE")
    assert dialog.export_folder.isEnabled() == dialog.has("EXPORT_FOLDER")
    assert dialog.export_format.isEnabled() == dialog.has("EXPORT_FORMAT")
    assert dialog.dpi.isEnabled() == dialog.has("DPI")
    assert dialog.indicators.isEnabled() == dialog.has("INDICATORS")
    if dialog.has("EXPORT_FORMAT"):
        fmts = alg.parameterDefinition("EXPORT_FORMAT").options()
        assert [dialog.export_format.itemText(i) for i in range(dialog.export_format.count())] == list(fmts)
    assert dialog.has("PLANNING_GPKG") and not dialog.has("NO_SUCH_PARAMETER")


def click_check(lst, row):
    """Click the check box of row ``row`` of a list widget, as a user does."""
    item = lst.item(row)
    lst.scrollToItem(item)
    rect = lst.visualItemRect(item)
    QTest.mouseClick(lst.viewport(), Qt.LeftButton, Qt.NoModifier, QPoint(rect.left() + 9, rect.center().y()))


def test_choices_set_the_algorithm_parameters(dialog, alg, tmp_path):
    QTest.mouseClick(dialog.btn_none, Qt.LeftButton)
    assert dialog.checked_maps() == []
    QTest.mouseClick(dialog.btn_all, Qt.LeftButton)
    assert dialog.checked_maps() == list(range(dialog.maps.count()))
    QTest.mouseClick(dialog.btn_none, Qt.LeftButton)
    click_check(dialog.maps, dialog.map_row(5))  # rows follow the page order
    click_check(dialog.maps, dialog.map_row(1))
    assert dialog.checked_maps() == [1, 5]
    dialog.paper.setCurrentIndex(2)
    dialog.title.clear()
    QTest.keyClicks(dialog.title, "Demo plan")
    dialog.org.setText("示例规划院")
    dialog.gpkg.setFilePath("/data/plan/planning.gpkg")
    dialog.output.setFilePath(str(tmp_path / "atlas.pdf"))
    expected = {"PLANNING_GPKG": "/data/plan/planning.gpkg", "TITLE": "Demo plan", "ORGANISATION": "示例规划院",
                "PAPER": 2, "MAPS": [1, 5], "OUTPUT": str(tmp_path / "atlas.pdf")}
    if dialog.has("DPI"):
        expected["DPI"] = alg.parameterDefinition("DPI").defaultValue()
    if dialog.has("INDICATORS"):
        expected["INDICATORS"] = bool(alg.parameterDefinition("INDICATORS").defaultValue())
    assert dialog.parameters() == expected
    # optional parameters appear only when chosen
    dialog.rasters.setFilePath("/data/plan/rasters")
    assert dialog.parameters()["RASTER_FOLDER"] == "/data/plan/rasters"
    if dialog.has("EXPORT_FOLDER"):
        dialog.export_folder.setFilePath(str(tmp_path / "maps"))
        dialog.export_format.setCurrentIndex(dialog.export_format.count() - 1)
        p = dialog.parameters()
        assert p["EXPORT_FOLDER"] == str(tmp_path / "maps")
        assert p["EXPORT_FORMAT"] == dialog.export_format.count() - 1
    if dialog.has("TEMPLATE"):
        dialog.template_mode.setCurrentIndex(1)
        dialog.template_file.setFilePath("/data/my.qpt")
        assert dialog.parameters()["TEMPLATE"] == "/data/my.qpt" and "LAYOUT" not in dialog.parameters()
    dialog.template_mode.setCurrentIndex(0)
    assert "TEMPLATE" not in dialog.parameters() and "LAYOUT" not in dialog.parameters()
    assert "COVERAGE" not in dialog.parameters()  # whole region
    assert set(dialog.parameters()) <= {"PLANNING_GPKG", "TITLE", "ORGANISATION", "PAPER", "MAPS", "OUTPUT",
                                        *OPTIONAL_PARAMS}
    assert all(dialog.has(k) for k in dialog.parameters())  # only parameters the algorithm has


def test_menu_entry_opens_dialog(qgis_app, qgis_processing, qgis_iface):
    from pluginmenu import menu_actions, plugin_menu

    with plugin_menu(qgis_iface) as (plugin, ours):
        action = menu_actions(ours, "Planning atlas", "规划图集")
        assert len(action) == 1
        action[0].trigger()
        dlg = plugin.dialogs["atlas"]
        assert isinstance(dlg, AtlasDialog) and dlg.isVisible() and dlg.registered
        action[0].trigger()  # a second click shows the same dialog
        assert plugin.dialogs["atlas"] is dlg
    assert not dlg.isVisible()
