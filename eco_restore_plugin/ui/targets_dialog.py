"""Indicator targets dialog (目标指标体系): the plan's indicator table, validated as the user types.

The science lives in ``core.targets`` (validation, export) and the algorithms of the group
目标与成果 (``ecorestore:indicatorbasevalues`` computes the rule-based base values; this dialog runs it
through ``processing.run`` and only copies the values it returns into the table).
Storage: a GeoPackage attribute table (default ``eco_indicators``) written to a temporary table and
swapped in, and the QGIS project (JSON in the project entry ``EcoRestore/targets``).
"""
import json
import os
import uuid

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QBrush, QColor, QFont
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core import targets as T
from ..i18n import tr, tr_noop
from ..paths import icon_path

TABLE = "eco_indicators"
PROJECT_SCOPE = "EcoRestore"
PROJECT_KEY = "targets"
PROJECT_GPKG_KEY = "targets_gpkg"

#: (field, header) of the table columns, in order.
COLUMNS = [
    ("status", tr_noop("Check")),
    ("name_zh", tr_noop("Indicator (Chinese)")),
    ("name_en", tr_noop("Indicator (English)")),
    ("unit", tr_noop("Unit")),
    ("dimension", tr_noop("Dimension")),
    ("type", tr_noop("Type")),
    ("base", tr_noop("Base\n2020")),
    ("t2025", tr_noop("Target\n2025")),
    ("t2030", tr_noop("Target\n2030")),
    ("t2035", tr_noop("Target\n2035")),
    ("direction", tr_noop("Direction")),
    ("upper2025", tr_noop("Upper-level\n2025")),
    ("upper2030", tr_noop("Upper-level\n2030")),
    ("upper2035", tr_noop("Upper-level\n2035")),
    ("computed", tr_noop("Base value\ncomputed from")),
    ("basis", tr_noop("Statistical basis")),
    ("source", tr_noop("Data source")),
    ("department", tr_noop("Responsible department")),
]
COL = {f: i for i, (f, _) in enumerate(COLUMNS)}
NUMERIC = ("base", "t2025", "t2030", "t2035", "upper2025", "upper2030", "upper2035")
CHOICES = {"dimension": T.DIMENSIONS, "type": T.TYPES, "direction": T.DIRECTIONS}

#: problem code (core.targets.MESSAGES) -> translated template shown in the row
MESSAGES = {
    "name_missing": tr_noop("The indicator has no name."),
    "unit_missing": tr_noop("The unit is missing."),
    "bad_choice": tr_noop("'{value}' is not a valid choice."),
    "not_number": tr_noop("'{value}' is not a number."),
    "percent_range": tr_noop("A percentage must lie between 0 and 100 (got {value})."),
    "negative": tr_noop("The value must not be negative (got {value})."),
    "stage_missing": tr_noop("The target for {stage} is missing."),
    "not_monotonic": tr_noop("The target for {stage} ({value}) is worse than {previous} ({previous_value}): "
                             "targets must move in the indicator's direction."),
    "weaker_than_upper": tr_noop("Binding indicator: the target for {stage} ({value}) is weaker than the "
                                 "upper-level target ({upper})."),
    "duplicate_key": tr_noop("Another row has the same identifier '{value}'."),
}
ERROR_BG = QColor("#f6c4c4")
WARNING_BG = QColor("#fde9a9")
COMPUTED_BG = QColor("#e3f0dc")
DATA_ROLE = Qt.UserRole + 1  # on the name cell: {"key", "rule", "computed", "note"}


def problem_text(problem):
    return tr(MESSAGES[problem.code]).format(**problem.args)


#: labels of the direction choices (translated where shown)
DIRECTION_LABELS = {"higher": tr_noop("↑ Higher is better"), "lower": tr_noop("↓ Lower is better")}


def choice_label(field, key):
    """Cell text of a choice: the plan's Chinese term for dimensions (English in the tooltip),
    Chinese and English for the type, the translated label for the direction."""
    pair = CHOICES[field].get(key)
    if not pair:
        return str(key or "")
    if field == "dimension":
        return pair[0]
    if field == "direction":
        return tr(DIRECTION_LABELS[key])
    return "{} {}".format(pair[0], pair[1])


def choice_tooltip(field, key):
    pair = CHOICES[field].get(key)
    return "{} / {}".format(pair[0], pair[1]) if pair else ""


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor for a column of fixed choices; the key is kept in Qt.UserRole."""

    def __init__(self, field, parent=None):
        super().__init__(parent)
        self.field = field

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        for key in CHOICES[self.field]:
            combo.addItem(choice_label(self.field, key), key)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        i = editor.findData(index.data(Qt.UserRole))
        editor.setCurrentIndex(max(i, 0))

    def setModelData(self, editor, model, index):  # noqa: N802
        key = editor.currentData()
        model.setData(index, key, Qt.UserRole)
        model.setData(index, choice_label(self.field, key), Qt.DisplayRole)


class TargetsDialog(QDialog):
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
        layout.addLayout(bar)

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
        layout.addWidget(self.table, 1)

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

    # -- rows <-> indicators -------------------------------------------------------------------
    def _make_row(self, r, ind):
        d = ind.to_dict() if isinstance(ind, T.Indicator) else ind
        values = {
            "name_zh": d.get("name_zh", ""), "name_en": d.get("name_en", ""), "unit": d.get("unit", ""),
            "basis": d.get("basis", ""), "source": d.get("source", ""),
            "department": d.get("department", ""), "base": d.get("base"),
        }
        for s in T.STAGES:
            values["t" + s] = (d.get("targets") or {}).get(s)
            values["upper" + s] = (d.get("upper") or {}).get(s)
        for fld, col in COL.items():
            item = QTableWidgetItem()
            if fld == "status":
                item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
                item.setTextAlignment(Qt.AlignCenter)
            elif fld == "computed":
                item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
            elif fld in CHOICES:
                key = d.get(fld)
                item.setData(Qt.UserRole, key)
                item.setText(choice_label(fld, key))
                item.setToolTip(choice_tooltip(fld, key))
            else:
                v = values.get(fld)
                item.setText("" if v is None else (T._cell_text(v) if isinstance(v, float) else str(v)))
                if fld in NUMERIC:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            self.table.setItem(r, col, item)
        self.table.item(r, COL["name_zh"]).setData(DATA_ROLE, json.dumps({
            "key": d.get("key") or T.new_key(), "rule": d.get("rule", ""),
            "computed": d.get("computed"), "note": d.get("note", "")}, ensure_ascii=False))
        self._show_computed(r)

    def _meta(self, r):
        item = self.table.item(r, COL["name_zh"])
        raw = item.data(DATA_ROLE) if item is not None else None
        return json.loads(raw) if raw else {"key": "", "rule": "", "computed": None, "note": ""}

    def _set_meta(self, r, meta):
        self.table.item(r, COL["name_zh"]).setData(DATA_ROLE, json.dumps(meta, ensure_ascii=False))

    def _text(self, r, fld):
        item = self.table.item(r, COL[fld])
        return item.text().strip() if item is not None else ""

    def row_dict(self, r):
        """Row ``r`` as an indicator dict with the numeric cells as typed (text)."""
        meta = self._meta(r)
        d = {"key": meta["key"], "rule": meta.get("rule", ""), "computed": meta.get("computed"),
             "note": meta.get("note", "")}
        for fld in ("name_zh", "name_en", "unit", "basis", "source", "department", "base"):
            d[fld] = self._text(r, fld)
        for fld in CHOICES:
            d[fld] = self.table.item(r, COL[fld]).data(Qt.UserRole)
        d["base"] = d["base"] or None
        d["targets"] = {s: self._text(r, "t" + s) or None for s in T.STAGES}
        d["upper"] = {s: self._text(r, "upper" + s) or None for s in T.STAGES}
        return d

    def row_dicts(self):
        return [self.row_dict(r) for r in range(self.table.rowCount())]

    def indicators(self):
        """The table as :class:`core.targets.Indicator` objects (numbers parsed).

        Raises ValueError naming the first row that has an error (text in a number cell, ...).
        """
        rows = self.row_dicts()
        problems = T.validate(rows)
        for i, probs in sorted(problems.items()):
            errors = [p for p in probs if p.severity == "error"]
            if errors:
                name = rows[i]["name_zh"] or rows[i]["name_en"] or str(i + 1)
                raise ValueError(tr("Row {} ({}): {}").format(i + 1, name, problem_text(errors[0])))
        return [T.clean(T.Indicator.from_dict(d)) for d in rows]

    def set_indicators(self, indicators):
        self._updating = True
        try:
            self.table.setRowCount(0)
            self.table.setRowCount(len(indicators))
            for r, ind in enumerate(indicators):
                self._make_row(r, ind)
        finally:
            self._updating = False
        self.validate()

    # -- editing -----------------------------------------------------------------------------
    def add_row(self, indicator=None):
        """Append a row (a new empty indicator by default); returns its index."""
        existing = {self._meta(r)["key"] for r in range(self.table.rowCount())}
        ind = indicator or T.Indicator(key=T.new_key(existing=existing), name_zh="", dimension="health",
                                       type="expected")
        r = self.table.rowCount()
        self._updating = True
        try:
            self.table.insertRow(r)
            self._make_row(r, ind)
        finally:
            self._updating = False
        self.validate()
        self.table.setCurrentCell(r, COL["name_zh"])
        return r

    def remove_row(self, r=None):
        r = self.table.currentRow() if r is None else r
        if 0 <= r < self.table.rowCount():
            self.table.removeRow(r)
            self.validate()

    def move_row(self, step, r=None):
        r = self.table.currentRow() if r is None else r
        dest = r + step
        if not (0 <= r < self.table.rowCount() and 0 <= dest < self.table.rowCount()):
            return
        rows = self.row_dicts()
        rows[r], rows[dest] = rows[dest], rows[r]
        self.set_indicators(rows)
        self.table.setCurrentCell(dest, COL["name_zh"])

    def _item_changed(self, item):
        if self._updating:
            return
        r, fld = item.row(), COLUMNS[item.column()][0]
        if fld == "base":  # a typed base value is no longer the computed one
            meta = self._meta(r)
            if meta.get("computed"):
                meta["computed"] = None
                self._updating = True
                try:
                    self._set_meta(r, meta)
                    self._show_computed(r)
                finally:
                    self._updating = False
        self.validate()

    def _show_computed(self, r):
        meta = self._meta(r)
        c = meta.get("computed")
        item = self.table.item(r, COL["computed"])
        base = self.table.item(r, COL["base"])
        font = QFont(base.font())
        if c:
            item.setText("{} · {}".format(c.get("layer", ""), c.get("date", "")))
            item.setToolTip(tr("Computed by the rule '{}' from {} on {}.").format(
                c.get("rule", ""), c.get("layer", ""), c.get("date", "")))
            font.setItalic(True)
        else:
            item.setText(tr("typed in") if meta.get("rule") else "")
            if meta.get("rule"):
                item.setToolTip(tr("Can be computed from layers (Compute base values…)."))
            else:
                item.setToolTip("")
            font.setItalic(False)
        base.setFont(font)

    # -- validation --------------------------------------------------------------------------
    def validate(self):
        """Check every row; colour the cells with problems and fill the Check column."""
        rows = self.row_dicts()
        self.problems = T.validate(rows)
        self._updating = True
        try:
            for r in range(self.table.rowCount()):
                probs = self.problems.get(r, [])
                by_field = {}
                for p in probs:
                    by_field.setdefault(p.field if p.field in COL else "name_zh", []).append(p)
                computed = bool(self._meta(r).get("computed"))
                for fld, col in COL.items():
                    if fld == "status":
                        continue
                    item = self.table.item(r, col)
                    cell = by_field.get(fld, [])
                    if any(p.severity == "error" for p in cell):
                        item.setBackground(QBrush(ERROR_BG))
                    elif cell:
                        item.setBackground(QBrush(WARNING_BG))
                    elif fld == "base" and computed:
                        item.setBackground(QBrush(COMPUTED_BG))
                    else:
                        item.setBackground(QBrush())
                    if fld != "computed":
                        tip = "\n".join(problem_text(p) for p in cell)
                        if not tip and fld in CHOICES:
                            tip = choice_tooltip(fld, item.data(Qt.UserRole))
                        item.setToolTip(tip)
                status = self.table.item(r, COL["status"])
                n_err = sum(p.severity == "error" for p in probs)
                if n_err:
                    status.setText("✖ {}".format(len(probs)))
                    status.setBackground(QBrush(ERROR_BG))
                elif probs:
                    status.setText("⚠ {}".format(len(probs)))
                    status.setBackground(QBrush(WARNING_BG))
                else:
                    status.setText("✔")
                    status.setBackground(QBrush())
                status.setToolTip("\n".join(problem_text(p) for p in probs) or tr("No problems found."))
        finally:
            self._updating = False
        n_err = sum(p.severity == "error" for probs in self.problems.values() for p in probs)
        n_warn = sum(p.severity == "warning" for probs in self.problems.values() for p in probs)
        self._say(tr("{} indicators; {} errors, {} warnings.").format(
            self.table.rowCount(), n_err, n_warn), error=False)
        return self.problems

    def cell_problems(self, r, fld):
        return [p for p in self.problems.get(r, []) if p.field == fld]

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

    # -- GeoPackage --------------------------------------------------------------------------
    GPKG_FIELDS = [("position", "int"), ("key", "str"), ("name_zh", "str"), ("name_en", "str"),
                   ("unit", "str"), ("dimension", "str"), ("type", "str"), ("basis", "str"),
                   ("source", "str"), ("department", "str"), ("direction", "str"), ("base", "real"),
                   ("t2025", "real"), ("t2030", "real"), ("t2035", "real"), ("upper2025", "real"),
                   ("upper2030", "real"), ("upper2035", "real"), ("rule", "str"), ("computed", "str"),
                   ("note", "str")]

    def save_gpkg(self, path, table=TABLE):
        """Write the indicator set to ``table`` of the GeoPackage ``path`` (created if needed).

        Written to a temporary table first and swapped in only when complete, so a failure leaves
        the previous table untouched. Raises ValueError when the table has errors.
        """
        from osgeo import ogr

        inds = self.indicators()
        ogr.UseExceptions()
        ds = ogr.Open(path, 1) if os.path.exists(path) else ogr.GetDriverByName("GPKG").CreateDataSource(path)
        if ds is None:
            raise OSError(tr("Cannot open the GeoPackage '{}' for writing.").format(path))
        tmp = "{}_tmp_{}".format(table, uuid.uuid4().hex[:8])
        kinds = {"int": ogr.OFTInteger, "str": ogr.OFTString, "real": ogr.OFTReal}
        try:
            lyr = ds.CreateLayer(tmp, geom_type=ogr.wkbNone, options=["ASPATIAL_VARIANT=GPKG_ATTRIBUTES"])
            for name, kind in self.GPKG_FIELDS:
                lyr.CreateField(ogr.FieldDefn(name, kinds[kind]))
            ds.StartTransaction()
            for pos, ind in enumerate(inds):
                f = ogr.Feature(lyr.GetLayerDefn())
                values = {"position": pos, "key": ind.key, "name_zh": ind.name_zh, "name_en": ind.name_en,
                          "unit": ind.unit, "dimension": ind.dimension, "type": ind.type,
                          "basis": ind.basis, "source": ind.source, "department": ind.department,
                          "direction": ind.direction, "base": ind.base, "rule": ind.rule,
                          "computed": json.dumps(ind.computed, ensure_ascii=False) if ind.computed else None,
                          "note": ind.note}
                for s in T.STAGES:
                    values["t" + s] = ind.targets.get(s)
                    values["upper" + s] = ind.upper.get(s)
                for name, value in values.items():
                    if value is None or value == "":
                        f.SetFieldNull(name)
                    else:
                        f.SetField(name, value)
                lyr.CreateFeature(f)
            ds.CommitTransaction()
            lyr = None
            ds.StartTransaction()
            for i in range(ds.GetLayerCount()):
                if ds.GetLayerByIndex(i).GetName() == table:
                    ds.DeleteLayer(i)
                    break
            ds.ExecuteSQL('ALTER TABLE "{}" RENAME TO "{}"'.format(tmp, table))
            ds.CommitTransaction()
        except Exception:
            try:
                ds.RollbackTransaction()
            except Exception:  # noqa: BLE001 - no transaction open
                pass
            for i in range(ds.GetLayerCount()):
                if ds.GetLayerByIndex(i).GetName() == tmp:
                    ds.DeleteLayer(i)
                    break
            raise
        finally:
            ds = None
        self.gpkg_path = path
        self.project.writeEntry(PROJECT_SCOPE, PROJECT_GPKG_KEY, path)
        self._say(tr("Saved {0} indicators to table '{1}' of {2}.").format(len(inds), table, path))
        return path

    def load_gpkg(self, path, table=TABLE):
        """Replace the table by the indicator set stored in ``path``."""
        from osgeo import ogr

        ogr.UseExceptions()
        try:
            ds = ogr.Open(path, 0)
        except RuntimeError as exc:
            raise OSError(tr("Cannot read the GeoPackage '{}': {}").format(path, exc)) from None
        lyr = ds.GetLayerByName(table) if ds is not None else None
        if lyr is None:
            raise ValueError(tr("The GeoPackage '{}' has no indicator table '{}'.").format(path, table))
        rows = []
        for f in lyr:
            d = {name: (None if not f.IsFieldSetAndNotNull(name) else f.GetField(name))
                 for name, _ in self.GPKG_FIELDS}
            d["targets"] = {s: d.pop("t" + s) for s in T.STAGES}
            d["upper"] = {s: d.pop("upper" + s) for s in T.STAGES}
            d["computed"] = json.loads(d["computed"]) if d["computed"] else None
            for k in ("name_en", "unit", "basis", "source", "department", "rule", "note"):
                d[k] = d[k] or ""
            rows.append(d)
        ds = None
        rows.sort(key=lambda d: d.pop("position") or 0)
        self.set_indicators([T.Indicator.from_dict(d) for d in rows])
        self.gpkg_path = path
        self._say(tr("Loaded {0} indicators from {1}.").format(len(rows), path))
        return len(rows)

    # -- QGIS project ------------------------------------------------------------------------
    def save_to_project(self):
        text = T.dumps(self.indicators())
        self.project.writeEntry(PROJECT_SCOPE, PROJECT_KEY, text)
        self._say(tr("Saved the indicator set in the QGIS project (save the project to keep it)."))

    def load_from_project(self):
        text, ok = self.project.readEntry(PROJECT_SCOPE, PROJECT_KEY, "")
        if not ok or not text:
            raise ValueError(tr("The QGIS project holds no indicator set yet."))
        inds = T.loads(text)
        self.set_indicators(inds)
        self._say(tr("Loaded {} indicators from the QGIS project.").format(len(inds)))
        return len(inds)

    # -- export ------------------------------------------------------------------------------
    def export(self, path, kind=None):
        kind = kind or os.path.splitext(path)[1].lower().lstrip(".")
        inds = self.indicators()
        if kind == "csv":
            T.to_csv(inds, path)
        elif kind in ("html", "htm"):
            T.to_html(inds, title=tr("Indicator targets (目标指标体系)"), path=path)
        elif kind == "xlsx":
            if not T.xlsx_available():
                raise ValueError(tr("XLSX export needs the Python package openpyxl (Debian: python3-openpyxl)."))
            T.to_xlsx(inds, path)
        else:
            raise ValueError(tr("Unknown export format '{}'.").format(kind))
        self._say(tr("Exported {} indicators to {}.").format(len(inds), path))
        return path

    # -- base values through the algorithm ---------------------------------------------------
    def compute_base_values(self, params):
        """Run ``ecorestore:indicatorbasevalues`` for the whole region and copy its values into the
        rows whose rule it computed (marked as computed, with the layer and date). Returns the
        number of rows updated."""
        import processing
        from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer

        params = dict(params)
        params.pop("UNIT_FIELD", None)
        params["OUTPUT"] = "TEMPORARY_OUTPUT"
        ctx = QgsProcessingContext()
        ctx.setProject(self.project)
        try:
            result = processing.run("ecorestore:indicatorbasevalues", params,
                                    feedback=QgsProcessingFeedback(), context=ctx)
        except Exception as exc:  # noqa: BLE001 - QgsProcessingException: shown in the status line
            raise ValueError(tr("Base values could not be computed: {}").format(exc)) from None
        out = result["OUTPUT"]
        layer = out if isinstance(out, QgsVectorLayer) else ctx.getMapLayer(out) or QgsVectorLayer(out, "", "ogr")
        computed = {}
        for f in layer.getFeatures():
            computed[f["indicator_key"]] = (f["value"], f["layer"], f["date"])
        n = 0
        self._updating = True
        try:
            for r in range(self.table.rowCount()):
                meta = self._meta(r)
                rule = meta.get("rule")
                if rule not in computed:
                    continue
                value, lname, date = computed[rule]
                if value is None or (isinstance(value, float) and value != value):
                    continue
                self.table.item(r, COL["base"]).setText(T._cell_text(round(float(value), 4)))
                meta["computed"] = {"rule": rule, "layer": lname, "date": date}
                self._set_meta(r, meta)
                self._show_computed(r)
                n += 1
        finally:
            self._updating = False
        self.validate()
        self._say(tr("{} base values computed from layers.").format(n))
        return n

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

    def _compute_clicked(self):
        dlg = BaseValuesInputs(self)
        if dlg.exec_() == QDialog.Accepted:
            self._guard(self.compute_base_values, dlg.parameters())


class BaseValuesInputs(QDialog):
    """Choose the layers for the rule-based base values (all optional except the region)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        from qgis.core import QgsMapLayerProxyModel
        from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox

        from qgis.core import QgsApplication

        # the defaults are the algorithm's own: read them from its parameter definitions
        alg = QgsApplication.processingRegistry().algorithmById("ecorestore:indicatorbasevalues")
        if alg is None:
            from ..algorithms.targets.indicatorbasevalues import IndicatorBaseValues

            alg = IndicatorBaseValues()
            alg.initAlgorithm()

        def default(name):
            return str(alg.parameterDefinition(name).defaultValue() or "")

        self.setWindowTitle(tr("Compute base values from layers"))
        form = QFormLayout(self)

        def combo(filters, optional=True):
            c = QgsMapLayerComboBox(self)
            c.setFilters(filters)
            c.setAllowEmptyLayer(optional)
            if optional:
                c.setLayer(None)
            return c

        self.region = combo(QgsMapLayerProxyModel.PolygonLayer, optional=False)
        self.landuse = combo(QgsMapLayerProxyModel.RasterLayer)
        self.forest_codes = QLineEdit(default("FOREST_CODES"))
        self.reserves = combo(QgsMapLayerProxyModel.PolygonLayer)
        self.coast = combo(QgsMapLayerProxyModel.LineLayer)
        self.shore_field = QgsFieldComboBox(self)
        self.coast.layerChanged.connect(self.shore_field.setLayer)
        self.natural = QLineEdit(default("NATURAL_TYPES"))
        self.red_line = combo(QgsMapLayerProxyModel.PolygonLayer)
        self.restoration = combo(QgsMapLayerProxyModel.PolygonLayer)
        form.addRow(tr("Region"), self.region)
        form.addRow(tr("Land use (三调 class codes)"), self.landuse)
        form.addRow(tr("Forest land-use codes (comma separated)"), self.forest_codes)
        form.addRow(tr("Nature reserves (自然保护地)"), self.reserves)
        form.addRow(tr("Coastline with shore types"), self.coast)
        form.addRow(tr("Shore type field"), self.shore_field)
        form.addRow(tr("Shore types counted as natural (comma separated)"), self.natural)
        form.addRow(tr("Ecological protection red line (生态保护红线)"), self.red_line)
        form.addRow(tr("Restoration areas (zoning or project outputs)"), self.restoration)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def parameters(self):
        p = {"REGION": self.region.currentLayer(), "FOREST_CODES": self.forest_codes.text(),
             "NATURAL_TYPES": self.natural.text()}
        for key, c in (("LANDUSE", self.landuse), ("RESERVES", self.reserves), ("COASTLINE", self.coast),
                       ("RED_LINE", self.red_line), ("RESTORATION", self.restoration)):
            if c.currentLayer() is not None:
                p[key] = c.currentLayer()
        if self.coast.currentLayer() is not None and self.shore_field.currentField():
            p["SHORE_FIELD"] = self.shore_field.currentField()
        return p

