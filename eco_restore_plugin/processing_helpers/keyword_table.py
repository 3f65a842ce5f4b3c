"""The table widget of matrix parameters with keyword columns: keyword cells are drop-down lists.

QGIS 3.22's own matrix editor has free-text cells only. A matrix parameter declared with
:func:`~eco_restore_plugin.processing_helpers.tables.keyword_columns` carries the metadata
``{"widget_wrapper": {"class": ".../KeywordMatrixWidgetWrapper", "keyword_columns": [...]}}``; the Processing
toolbox dialog (``processing.gui.wrappers.WidgetWrapperFactory.create_wrapper``) then builds
:class:`KeywordMatrixWidgetWrapper` instead of its own matrix wrapper. In the batch and modeler dialogs the
wrapper gives back QGIS's own matrix wrapper (typed text, read by ``keyword()`` as before).

The value is the same flat list of strings as QGIS's matrix editor gives (row after row); a keyword cell
holds the Chinese label of the chosen keyword, which ``keyword()`` reads. Old values (English keywords,
synonyms, a comma-separated string) load into the lists; a cell that is none of the keywords is kept as it
is (shown as an extra item) so the algorithm names it in its message.
"""
from qgis.gui import QgsGui, QgsProcessingGui
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from processing.gui.wrappers import WidgetWrapper, dialogTypes

from ..i18n import tr


def parse_spec(spec):
    """``{column: (vocabulary, optional)}`` from the metadata list ``[[column, [[key, label, synonym...],
    ...], optional], ...]``; ``vocabulary`` = ``[(key, label, (synonyms...)), ...]`` in the declared order."""
    out = {}
    for col, vocab, optional in spec or []:
        entries = []
        for entry in vocab:
            entry = [str(v) for v in entry]
            entries.append((entry[0], entry[1] if len(entry) > 1 else entry[0], tuple(entry[1:])))
        out[int(col)] = (entries, bool(optional))
    return out


def label_of(text, vocabulary):
    """The label of the keyword ``text`` names (its key, label or a synonym; case, spaces and extra words as
    ``keyword()`` reads them); ``None`` when it names none."""
    folded = str(text).strip().lower()
    if not folded:
        return None
    for key, label, synonyms in vocabulary:
        accepted = {key.lower()} | {s.lower() for s in synonyms}
        if folded in accepted or any(part in accepted for part in folded.split()):
            return label
    return None


def flat_cells(value):
    """A matrix value as a flat list of strings (a string is cells separated by commas, as QGIS reads it)."""
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",")] if value.strip() else []
    return ["" if v is None else str(v) for v in value]


class KeywordTableWidget(QWidget):
    """A table with the headers of a matrix parameter; keyword columns are QComboBox cells."""

    def __init__(self, param, columns, parent=None):
        super().__init__(parent)
        self.param = param
        self.headers = list(param.headers())
        self.columns = columns
        self.changed_callback = None
        self.table = QTableWidget(0, len(self.headers))
        self.table.setHorizontalHeaderLabels(self.headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        self.table.itemChanged.connect(self._changed)
        self.add_button = QPushButton(tr("Add row"))
        self.remove_button = QPushButton(tr("Remove row"))
        self.reset_button = QPushButton(tr("Default table"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_rows)
        self.reset_button.clicked.connect(lambda: self.set_value(self.param.defaultValue()))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.reset_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    # -- cells --------------------------------------------------------------------------------
    def _combo(self, col, text):
        vocabulary, optional = self.columns[col]
        combo = QComboBox()
        if optional:
            combo.addItem("", "")
        for key, label, _ in vocabulary:
            combo.addItem(label, label)
            combo.setItemData(combo.count() - 1, key, Qt.ToolTipRole)
        label = label_of(text, vocabulary)
        if label is None and str(text).strip():
            combo.addItem(str(text).strip(), str(text).strip())      # kept: the algorithm names it
            label = str(text).strip()
        if label is None:
            label = "" if optional else vocabulary[0][1]
        combo.setCurrentIndex(max(combo.findData(label), 0))
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def _fill_row(self, row, cells):
        for col in range(len(self.headers)):
            text = cells[col] if col < len(cells) else ""
            if col in self.columns:
                self.table.setCellWidget(row, col, self._combo(col, text))
            else:
                self.table.setItem(row, col, QTableWidgetItem(text))

    def cell_text(self, row, col):
        """The text of a cell: a keyword cell's label, else what is typed."""
        if col in self.columns:
            combo = self.table.cellWidget(row, col)
            return "" if combo is None else str(combo.currentData() or "")
        item = self.table.item(row, col)
        return "" if item is None else item.text()

    # -- value --------------------------------------------------------------------------------
    def value(self):
        """The flat list of cells, row after row (QGIS's matrix value)."""
        return [self.cell_text(r, c) for r in range(self.table.rowCount()) for c in range(len(self.headers))]

    def set_value(self, value):
        cells = flat_cells(value)
        ncols = len(self.headers)
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        rows = [cells[i:i + ncols] for i in range(0, len(cells), ncols)]
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            self._fill_row(r, row)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self._fit_height()
        self._changed()

    def _fit_height(self, most=8):
        """Tall enough for the rows (at most ``most``, then it scrolls), so a short table needs no vertical
        scroll bar."""
        rows = min(max(self.table.rowCount(), 2), most)
        height = (self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth() + 2
                  + rows * self.table.verticalHeader().defaultSectionSize()
                  + self.table.horizontalScrollBar().sizeHint().height())     # room for it on a wide table
        self.table.setMinimumHeight(height)
        self.table.setMaximumHeight(height)

    def add_row(self):
        row = self.table.currentRow() + 1 if self.table.currentRow() >= 0 else self.table.rowCount()
        self.table.insertRow(row)
        self._fill_row(row, [])
        self.table.setCurrentCell(row, 0)
        self._fit_height()
        self._changed()

    def remove_rows(self):
        rows = sorted({i.row() for i in self.table.selectedIndexes()} or
                      ({self.table.currentRow()} if self.table.currentRow() >= 0 else set()), reverse=True)
        for row in rows:
            self.table.removeRow(row)
        self._fit_height()
        self._changed()

    def _changed(self, *args):
        if self.changed_callback is not None:
            self.changed_callback()


def standard_wrapper(param, dialog):
    """QGIS's own wrapper of ``param`` for the batch and modeler dialogs (as ``create_wrapper`` builds it
    for a parameter without a custom wrapper); ``None`` for the toolbox dialog."""
    class_type = dialog.__class__.__name__
    registry = QgsGui.processingGuiRegistry()
    if class_type == "ModelerParametersDialog":
        wrapper = registry.createModelerParameterWidget(dialog.model, dialog.childId, param, dialog.context)
    elif dialogTypes.get(class_type, QgsProcessingGui.Standard) == QgsProcessingGui.Batch:
        wrapper = registry.createParameterWidgetWrapper(param, QgsProcessingGui.Batch)
    else:
        return None
    if wrapper is not None:
        wrapper.setDialog(dialog)
    return wrapper


class KeywordMatrixWidgetWrapper(WidgetWrapper):
    """The toolbox dialog's wrapper of a matrix parameter with keyword columns (see the module doc)."""

    def __new__(cls, param, dialog, row=0, col=0, **kwargs):
        fallback = standard_wrapper(param, dialog)
        if fallback is not None:
            return fallback
        return super().__new__(cls)

    def createWidget(self, keyword_columns=None, **kwargs):  # noqa: N802 (Processing API)
        widget = KeywordTableWidget(self.parameterDefinition(), parse_spec(keyword_columns))
        widget.changed_callback = lambda: self.widgetValueHasChanged.emit(self)
        return widget

    def createLabel(self):  # noqa: N802 (Processing API)
        """Processing's label, with the optional mark in the plugin's language: the Python wrappers' own
        ' [optional]' is not translated in QGIS 3.22 under zh-Hans, while the dialog's other labels say [可选]."""
        from qgis.core import QgsProcessingParameterDefinition

        label = super().createLabel()
        if label is not None and self.parameterDefinition().flags() & QgsProcessingParameterDefinition.FlagOptional:
            label.setText(self.parameterDefinition().description() + tr(" [optional]"))
        return label

    def setValue(self, value):  # noqa: N802 (Processing API)
        self.widget.set_value(value)

    def value(self):
        return self.widget.value()
