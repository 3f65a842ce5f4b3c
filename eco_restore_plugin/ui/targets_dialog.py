"""Indicator targets dialog (目标指标体系): the plan's indicator table, validated as the user types.

The science lives in ``core.targets`` (validation, export) and the algorithms of the group
目标与成果 (``ecorestore:indicatorbasevalues`` computes the rule-based base values; this dialog runs it
through ``processing.run`` and only copies the values it returns into the table).
Storage: a GeoPackage attribute table (default ``eco_indicators``) written to a temporary table and
swapped in, and the QGIS project (JSON in the project entry ``EcoRestore/targets``).

Modules: :mod:`.targets_table` (columns, delegates, rows, validation), :mod:`.targets_storage` (GeoPackage,
project, export files), :mod:`.targets_base_values` (the base-values sub-dialog and the algorithm run) and
this one (the window, menus and file dialogs).
"""
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
)

from ..core import targets as T
from ..i18n import tr
from ..paths import icon_path
from .targets_base_values import BaseValuesInputs, BaseValuesMixin  # noqa: F401
from .targets_storage import PROJECT_GPKG_KEY, PROJECT_KEY, PROJECT_SCOPE, TABLE, TargetsStorageMixin  # noqa: F401
from .targets_table import (  # noqa: F401 (public names of the dialog)
    CHOICES, COL, COLUMNS, COMPUTED_BG, DATA_ROLE, ERROR_BG, MESSAGES, NUMERIC, WARNING_BG, ChoiceDelegate,
    TargetsTableMixin, choice_label, choice_tooltip, problem_text,
)


class TargetsDialog(TargetsTableMixin, TargetsStorageMixin, BaseValuesMixin, QDialog):
    """Indicator targets: table, validation as the user types, save/load, export."""

    def __init__(self, parent=None, project=None):
        super().__init__(parent)
        from qgis.core import QgsProject

        self.project = project or QgsProject.instance()
        self.gpkg_path = self.project.readEntry(PROJECT_SCOPE, PROJECT_GPKG_KEY, "")[0] or ""
        self._updating = False
        self.problems = {}
        self.setWindowTitle(tr("Indicator targets (目标指标体系)"))
        from qgis.PyQt.QtGui import QIcon
        self.setWindowIcon(QIcon(icon_path()))
        self.resize(1400, 640)

        layout = QVBoxLayout(self)
        intro = QLabel(tr("Targets for 2025, 2030 and 2035 against the 2020 base, in four dimensions. "
                          "Cells with a problem are coloured (red: must be fixed before saving; yellow: "
                          "check); hover over a cell or the Check column for the reason."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._build_buttons())
        self._build_menus()
        layout.addWidget(self._build_table(), 1)

        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.btn_add.clicked.connect(lambda: self.add_row())
        self.btn_remove.clicked.connect(lambda: self.remove_row())
        self.btn_up.clicked.connect(lambda: self.move_row(-1))
        self.btn_down.clicked.connect(lambda: self.move_row(1))
        self.btn_defaults.clicked.connect(lambda: self.set_indicators(T.default_indicators()))
        self.btn_compute.clicked.connect(self._compute_clicked)
        self.table.itemChanged.connect(self._item_changed)

        loaded = False
        if self.project.readEntry(PROJECT_SCOPE, PROJECT_KEY, "")[0]:
            try:
                self.load_from_project()
                loaded = True
            except ValueError:
                loaded = False
        if not loaded:
            self.set_indicators(T.default_indicators())

    # -- building the window -------------------------------------------------------------------
    def _build_buttons(self):
        bar = QHBoxLayout()
        self.btn_add = QPushButton(tr("Add row"))
        self.btn_remove = QPushButton(tr("Remove row"))
        self.btn_up = QPushButton(tr("Move up"))
        self.btn_down = QPushButton(tr("Move down"))
        self.btn_defaults = QPushButton(tr("Default indicators"))
        self.btn_compute = QPushButton(tr("Compute base values…"))
        self.btn_load = QPushButton(tr("Load"))
        self.btn_save = QPushButton(tr("Save"))
        self.btn_export = QPushButton(tr("Export"))
        for b in (self.btn_add, self.btn_remove, self.btn_up, self.btn_down, self.btn_defaults):
            bar.addWidget(b)
        bar.addStretch(1)
        for b in (self.btn_compute, self.btn_load, self.btn_save, self.btn_export):
            bar.addWidget(b)
        return bar

    def _build_menus(self):
        load_menu = QMenu(self)
        load_menu.addAction(tr("From a GeoPackage…"), self._load_gpkg_clicked)
        load_menu.addAction(tr("From the QGIS project"), lambda: self._guard(self.load_from_project))
        self.btn_load.setMenu(load_menu)
        save_menu = QMenu(self)
        save_menu.addAction(tr("To the planning GeoPackage…"), self._save_gpkg_clicked)
        save_menu.addAction(tr("To the QGIS project"), lambda: self._guard(self.save_to_project))
        self.btn_save.setMenu(save_menu)
        export_menu = QMenu(self)
        export_menu.addAction(tr("CSV table…"), lambda: self._export_clicked("csv"))
        export_menu.addAction(tr("HTML table for the report…"), lambda: self._export_clicked("html"))
        act = export_menu.addAction(tr("Excel workbook (XLSX)…"), lambda: self._export_clicked("xlsx"))
        if not T.xlsx_available():
            act.setEnabled(False)
            act.setToolTip(tr("Needs the Python package openpyxl (Debian: python3-openpyxl)."))
        self.btn_export.setMenu(export_menu)

    def _build_table(self):
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([tr(h) for _, h in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                                   | QAbstractItemView.AnyKeyPressed | QAbstractItemView.SelectedClicked)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self._delegates = []
        for fld in CHOICES:
            d = ChoiceDelegate(fld, self.table)
            self._delegates.append(d)
            self.table.setItemDelegateForColumn(COL[fld], d)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        widths = {"status": 56, "name_zh": 190, "name_en": 190, "unit": 60, "dimension": 150,
                  "type": 150, "basis": 220, "source": 170, "department": 160, "direction": 165,
                  "computed": 170}
        for fld, w in widths.items():
            self.table.setColumnWidth(COL[fld], w)
        for fld in NUMERIC:
            self.table.setColumnWidth(COL[fld], 96 if fld.startswith("upper") else 80)
        return self.table

    # -- messages ------------------------------------------------------------------------------
    def _say(self, text, error=False):
        self.status.setText(text)
        self.status.setStyleSheet("color: #a00000;" if error else "")

    def _guard(self, fn, *args):
        """Run ``fn``; a ValueError/OSError becomes one message in the status line (no pop-ups)."""
        try:
            return fn(*args)
        except (ValueError, OSError, RuntimeError) as exc:
            self._say(str(exc), error=True)
            return None

    # -- button slots (file dialogs) ---------------------------------------------------------
    def _save_gpkg_clicked(self):
        path, _ = QFileDialog.getSaveFileName(self, tr("Planning GeoPackage"), self.gpkg_path,
                                              tr("GeoPackage (*.gpkg)"),
                                              options=QFileDialog.DontConfirmOverwrite)
        if path:
            if not path.lower().endswith(".gpkg"):
                path += ".gpkg"
            self._guard(self.save_gpkg, path)

    def _load_gpkg_clicked(self):
        path, _ = QFileDialog.getOpenFileName(self, tr("Planning GeoPackage"), self.gpkg_path,
                                              tr("GeoPackage (*.gpkg)"))
        if path:
            self._guard(self.load_gpkg, path)

    def _export_clicked(self, kind):
        filters = {"csv": tr("CSV (*.csv)"), "html": tr("HTML (*.html)"), "xlsx": tr("Excel (*.xlsx)")}
        path, _ = QFileDialog.getSaveFileName(self, tr("Export the indicator table"), "", filters[kind])
        if path:
            if not path.lower().endswith("." + kind):
                path += "." + kind
            self._guard(self.export, path, kind)
