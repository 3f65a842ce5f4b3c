"""The indicator table of the targets dialog: columns, choice delegates, rows <-> indicators, validation.

:class:`TargetsTableMixin` keeps the plan's indicators in a ``QTableWidget`` (``self.table``): one row per
indicator, numbers as typed; :meth:`~TargetsTableMixin.validate` runs ``core.targets.validate`` and colours
the cells with problems. The science (validation rules, parsing) is ``core.targets``'.
"""
import json

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QBrush, QColor, QFont
from qgis.PyQt.QtWidgets import QComboBox, QStyledItemDelegate, QTableWidgetItem

from ..core import targets as T
from ..i18n import tr, tr_noop

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

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for key in CHOICES[self.field]:
            combo.addItem(choice_label(self.field, key), key)
        return combo

    def setEditorData(self, editor, index):
        i = editor.findData(index.data(Qt.UserRole))
        editor.setCurrentIndex(max(i, 0))

    def setModelData(self, editor, model, index):
        key = editor.currentData()
        model.setData(index, key, Qt.UserRole)
        model.setData(index, choice_label(self.field, key), Qt.DisplayRole)



class TargetsTableMixin:
    """Rows <-> indicators, editing and validation of ``self.table`` (needs ``self._say``)."""

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
