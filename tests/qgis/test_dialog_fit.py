"""The plugin's dialogs on a 1366×768 laptop screen, the targets dialog's question about unsaved edits and
the atlas dialog's map list (every map, in page order) and preview (refreshed when the selection changes)."""
import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QRect
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QMessageBox

from eco_restore_plugin.processing_helpers.atlas import MAPS
from eco_restore_plugin.ui import screen_fit
from eco_restore_plugin.ui.atlas_dialog import AtlasDialog
from eco_restore_plugin.ui.targets_dialog import COL, TargetsDialog

#: The room a 1366×768 screen leaves for a dialog: 40 px task bar, 30 px title bar, 4 px frame.
ROOM = (1366 - 8, 768 - 40 - 30)


@pytest.fixture()
def small_screen(monkeypatch):
    """A 1366×768 screen with a 40-pixel task bar."""
    monkeypatch.setattr(screen_fit, "available_geometry", lambda widget=None: QRect(0, 0, 1366, 728))


@pytest.fixture()
def targets(qgis_app, ecorestore, small_screen):
    dlg = TargetsDialog(project=QgsProject())
    dlg.show()
    QTest.qWaitForWindowExposed(dlg)
    yield dlg
    dlg._ask_unsaved = lambda: QMessageBox.Discard
    dlg.close()
    dlg.deleteLater()


@pytest.fixture()
def atlas(qgis_app, ecorestore, small_screen, tmp_path):
    from qgis.PyQt.QtCore import QSettings

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    dlg = AtlasDialog(project=QgsProject(), settings=settings)
    dlg.show()
    QTest.qWaitForWindowExposed(dlg)
    yield dlg
    dlg.close()
    dlg.deleteLater()


@pytest.mark.parametrize("which", ["targets", "atlas"])
def test_dialog_fits_1366x768(which, request):
    dlg = request.getfixturevalue(which)
    size, minimum = dlg.size(), dlg.minimumSizeHint()
    assert size.width() <= ROOM[0] and size.height() <= ROOM[1], (size.width(), size.height())
    assert minimum.width() <= ROOM[0] and minimum.height() <= ROOM[1], (minimum.width(), minimum.height())
    assert size.width() >= minimum.width() and size.height() >= minimum.height()
    assert size.width() >= 900 and size.height() >= 500          # still a useful size


def test_fit_to_screen_shrinks_to_the_screen(qgis_app, monkeypatch):
    from qgis.PyQt.QtWidgets import QWidget

    w = QWidget()
    monkeypatch.setattr(screen_fit, "available_geometry", lambda widget=None: QRect(0, 0, 1366, 728))
    s = screen_fit.fit_to_screen(w, 1400, 900)
    assert (s.width(), s.height()) == (1366 - 16, 728 - 72)
    monkeypatch.setattr(screen_fit, "available_geometry", lambda widget=None: QRect(0, 0, 2560, 1400))
    s = screen_fit.fit_to_screen(w, 1400, 900)
    assert (s.width(), s.height()) == (1400, 900)


def _edit(dlg):
    item = dlg.table.item(0, COL["t2035"])
    item.setText("77")
    assert dlg.is_modified()


def test_targets_close_without_edits_asks_nothing(targets):
    asked = []
    targets._ask_unsaved = lambda: asked.append(1) or QMessageBox.Cancel
    assert not targets.is_modified()
    targets.close()
    assert asked == [] and not targets.isVisible()


def test_targets_close_with_edits_asks_cancel_keeps_editing(targets):
    _edit(targets)
    asked = []
    targets._ask_unsaved = lambda: asked.append(1) or QMessageBox.Cancel
    targets.close()
    assert asked == [1] and targets.isVisible()                     # still open, edits kept
    assert targets.table.item(0, COL["t2035"]).text() == "77"
    targets.reject()                                                 # Esc / Close button: same question
    assert asked == [1, 1] and targets.isVisible()
    targets._ask_unsaved = lambda: asked.append(2) or QMessageBox.Discard
    targets.close()
    assert asked[-1] == 2 and not targets.isVisible()


def test_targets_close_with_edits_save_to_project_and_gpkg(targets, tmp_path):
    from eco_restore_plugin.core import targets as T
    from eco_restore_plugin.ui.targets_dialog import PROJECT_KEY, PROJECT_SCOPE

    _edit(targets)
    targets._ask_unsaved = lambda: QMessageBox.Save
    targets.close()
    assert not targets.isVisible()
    text, ok = targets.project.readEntry(PROJECT_SCOPE, PROJECT_KEY, "")
    assert ok and T.loads(text)[0].targets["2035"] == 77.0             # saved in the project
    # with a planning GeoPackage known, Save writes there
    gpkg = str(tmp_path / "plan.gpkg")
    targets.save_gpkg(gpkg)
    targets.show()
    targets.table.item(0, COL["t2035"]).setText("78")
    targets.close()
    assert not targets.isVisible()
    other = TargetsDialog(project=QgsProject())
    try:
        other.load_gpkg(gpkg)
        assert other.table.item(0, COL["t2035"]).text() == "78"
    finally:
        other.deleteLater()


def test_targets_save_failure_keeps_the_dialog_open(targets, tmp_path):
    _edit(targets)
    targets.gpkg_path = str(tmp_path / "no" / "such" / "folder" / "plan.gpkg")
    targets._ask_unsaved = lambda: QMessageBox.Save
    targets.close()
    assert targets.isVisible() and targets.is_modified()
    assert targets.status.text()                                      # the reason is shown


def test_atlas_lists_every_map_in_page_order(atlas):
    options = atlas.alg.parameterDefinition("MAPS").options()
    assert atlas.maps.count() == len(options) == len(MAPS) >= 16   # the catalogue only grows
    rows = [atlas.maps.item(r).data(0x0100) for r in range(atlas.maps.count())]   # Qt.UserRole
    assert [MAPS[i].order for i in rows] == sorted(m.order for m in MAPS)
    assert [MAPS[i].title for i in rows][:3] == ["区位图", "用地现状图", "生态系统类型分布图"]
    assert [atlas.maps.item(r).text() for r in range(atlas.maps.count())] == [options[i] for i in rows]
    atlas.select_map(5)
    assert atlas.preview_map() == 5 and atlas.maps.currentRow() == atlas.map_row(5) != 5


def test_atlas_preview_follows_the_selection(atlas, tmp_path):
    from qgis.PyQt.QtGui import QPixmap

    gpkg = tmp_path / "planning.gpkg"
    gpkg.write_bytes(b"")
    atlas.gpkg.setFilePath(str(gpkg))
    previews = []

    def fake_preview():
        idx = atlas.preview_map()
        previews.append(idx)
        pix = QPixmap(40, 30)
        pix.fill()
        atlas._preview_pixmap = pix
        atlas.preview_index = idx
        atlas._scale_preview()
        return idx

    atlas.preview = fake_preview
    atlas.select_map(1)
    QTest.qWait(600)
    assert previews == []                                 # no preview before the user asked for one
    atlas.preview()
    assert previews == [1] and atlas.preview_label.pixmap() is not None
    atlas.select_map(5)
    assert atlas.preview_label.pixmap() is None or atlas.preview_label.pixmap().isNull()   # old map gone at once
    assert "生态修复分区图" in atlas.preview_label.text()
    QTest.qWait(700)
    assert previews == [1, 5] and atlas.preview_index == 5         # refreshed for the new selection
    atlas.select_map(0)
    atlas.select_map(6)                                   # quick moves: one preview, of the last map
    QTest.qWait(700)
    assert previews == [1, 5, 6]
