"""The form of the planning atlas dialog: controls built from the atlas algorithm's parameter definitions.

:class:`AtlasFormMixin` builds the inputs, outputs, map list and preview area of
:class:`~.atlas_dialog.AtlasDialog`, turns them into the parameters of ``ecorestore:atlasexport``
(:meth:`~AtlasFormMixin.parameters`), checks the choices the algorithm cannot (:meth:`~AtlasFormMixin.check`)
and keeps them in the settings. Labels, help, options and defaults come from the algorithm, so the dialog
never repeats its catalogue; controls for parameters the algorithm does not have are disabled.
"""
import os

from qgis.core import QgsMapLayerProxyModel, QgsProcessingParameterDefinition
from qgis.gui import QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr

SETTINGS_PREFIX = "EcoRestore/atlas/"

#: template choices (index in the template combo)
TEMPLATE_BUILTIN, TEMPLATE_FILE, TEMPLATE_LAYOUT = 0, 1, 2
#: coverage choices (index in the coverage combo)
COVERAGE_REGION, COVERAGE_LAYER = 0, 1

#: parameters the dialog sets when the algorithm has them
OPTIONAL_PARAMS = ("RASTER_FOLDER", "TEMPLATE", "LAYOUT", "COVERAGE", "COVERAGE_FIELD", "EXPORT_FOLDER",
                   "EXPORT_FORMAT", "DPI", "INDICATORS")


class AtlasFormMixin:
    """Controls, parameters, checks and settings of the atlas dialog (needs ``self.alg``)."""

    # -- building the controls -----------------------------------------------------------------
    def _build_inputs(self, left):
        inputs = QGroupBox(tr("Planning data and layout"))
        form = QFormLayout(inputs)
        left.addWidget(inputs)
        self.gpkg = QgsFileWidget()
        self.gpkg.setFilter(tr("GeoPackage (*.gpkg)"))
        self.gpkg.setDialogTitle(tr("Planning GeoPackage"))
        self._add_row(form, "PLANNING_GPKG", self.gpkg)
        self.rasters = QgsFileWidget()
        self.rasters.setStorageMode(QgsFileWidget.GetDirectory)
        self._add_row(form, "RASTER_FOLDER", self.rasters, tr("Raster folder"))

        self.title = QLineEdit()
        self._add_row(form, "TITLE", self.title)
        self.org = QLineEdit()
        self._add_row(form, "ORGANISATION", self.org)
        self.paper = QComboBox()
        self.paper.addItems(self._options("PAPER"))
        self._add_row(form, "PAPER", self.paper)
        self._build_template_row(form)
        self._build_coverage_row(form)

    def _build_template_row(self, form):
        self.template_mode = QComboBox()
        self.template_mode.addItems([tr("Built-in layout for the chosen paper"), tr("Layout template file (.qpt)"),
                                     tr("Layout of this project")])
        self._enable_item(self.template_mode, TEMPLATE_FILE, self.has("TEMPLATE"))
        self._enable_item(self.template_mode, TEMPLATE_LAYOUT, self.has("LAYOUT"))
        self.template_file = QgsFileWidget()
        self.template_file.setFilter(tr("QGIS layout templates (*.qpt)"))
        self.template_layout = QComboBox()
        tbox = QVBoxLayout()
        tbox.setContentsMargins(0, 0, 0, 0)
        for w in (self.template_mode, self.template_file, self.template_layout):
            tbox.addWidget(w)
        form.addRow(tr("Template"), tbox)
        self.template_mode.currentIndexChanged.connect(self._update_enabled)

    def _build_coverage_row(self, form):
        self.coverage_mode = QComboBox()
        self.coverage_mode.addItems([tr("Whole region (one page per map)"),
                                     tr("One page per feature of a layer (QGIS atlas)")])
        self._enable_item(self.coverage_mode, COVERAGE_LAYER, self.has("COVERAGE"))
        self.coverage = QgsMapLayerComboBox()
        self.coverage.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.coverage_field = QgsFieldComboBox()
        self.coverage_field.setAllowEmptyFieldName(True)
        self.coverage.layerChanged.connect(self.coverage_field.setLayer)
        self.coverage_field.setLayer(self.coverage.currentLayer())
        cbox = QVBoxLayout()
        cbox.setContentsMargins(0, 0, 0, 0)
        cbox.addWidget(self.coverage_mode)
        crow = QHBoxLayout()
        crow.addWidget(self.coverage, 2)
        crow.addWidget(QLabel(tr("Page name field")))
        crow.addWidget(self.coverage_field, 1)
        cbox.addLayout(crow)
        form.addRow(tr("Coverage"), cbox)
        self.coverage_mode.currentIndexChanged.connect(self._update_enabled)

    def _build_outputs(self, left):
        outputs = QGroupBox(tr("Outputs"))
        oform = QFormLayout(outputs)
        left.addWidget(outputs)
        self.output = QgsFileWidget()
        self.output.setStorageMode(QgsFileWidget.SaveFile)
        self.output.setFilter(tr("PDF files (*.pdf)"))
        self.output.setConfirmOverwrite(True)
        self._add_row(oform, "OUTPUT", self.output, tr("Atlas PDF"))
        self.export_folder = QgsFileWidget()
        self.export_folder.setStorageMode(QgsFileWidget.GetDirectory)
        self._add_row(oform, "EXPORT_FOLDER", self.export_folder, tr("Folder for one file per map"))
        self.export_format = QComboBox()
        self.export_format.addItems(self._options("EXPORT_FORMAT") or ["PNG"])
        self.dpi = QSpinBox()
        dpi_def = self.alg.parameterDefinition("DPI")
        if dpi_def is not None:
            self.dpi.setRange(int(max(dpi_def.minimum(), 1)), int(min(dpi_def.maximum(), 2400)))
            self.dpi.setValue(int(dpi_def.defaultValue() or 150))
        else:
            self.dpi.setRange(50, 600)
            self.dpi.setValue(150)
        fmt_widget = QWidget()
        fmt_row = QHBoxLayout(fmt_widget)
        fmt_row.setContentsMargins(0, 0, 0, 0)
        fmt_row.addWidget(self.export_format, 1)
        self.dpi_label = QLabel(self._label("DPI", tr("Resolution (dpi)")))
        fmt_row.addWidget(self.dpi_label)
        fmt_row.addWidget(self.dpi)
        self.export_format.setEnabled(self.has("EXPORT_FORMAT"))
        self.dpi.setEnabled(self.has("DPI"))
        self._add_row(oform, "EXPORT_FORMAT", fmt_widget, tr("File format"))
        self.indicators = QCheckBox(self._label("INDICATORS", tr("Add the indicator table")))
        idef = self.alg.parameterDefinition("INDICATORS")
        self.indicators.setChecked(bool(idef.defaultValue()) if idef is not None else False)
        self.indicators.setEnabled(idef is not None)
        if idef is not None and idef.help():
            self.indicators.setToolTip(idef.help())
        oform.addRow("", self.indicators)

    def _build_maps(self, right):
        maps_box = QGroupBox(self._label("MAPS", tr("Maps")))
        mlay = QVBoxLayout(maps_box)
        self.maps = QListWidget()
        for i, text in enumerate(self._options("MAPS")):
            item = QListWidgetItem(text)
            item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsUserCheckable)
            item.setData(Qt.UserRole, i)
            item.setCheckState(Qt.Checked)
            self.maps.addItem(item)
        if self.maps.count():
            self.maps.setCurrentRow(0)
        self.maps.setMinimumHeight(170)
        mlay.addWidget(self.maps)
        mrow = QHBoxLayout()
        self.btn_all = QPushButton(tr("Select all"))
        self.btn_none = QPushButton(tr("Select none"))
        mrow.addWidget(self.btn_all)
        mrow.addWidget(self.btn_none)
        mrow.addStretch(1)
        mlay.addLayout(mrow)
        right.addWidget(maps_box, 2)

        pbox = QGroupBox(tr("Preview of the selected map"))
        play = QVBoxLayout(pbox)
        self.preview_label = QLabel(tr("Select a map in the list and press Preview."))
        self.preview_label.setAlignment(Qt.AlignCenter)
        self.preview_label.setWordWrap(True)
        self.preview_label.setMinimumSize(QSize(360, 250))
        self.preview_label.setFrameShape(QFrame.StyledPanel)
        play.addWidget(self.preview_label, 1)
        right.addWidget(pbox, 3)

    def _build_bottom(self, outer):
        """Progress bar, the algorithm's log and the buttons."""
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        outer.addWidget(self.progress)
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        self.log.setMaximumHeight(70)
        self.log.setPlaceholderText(tr("Messages of the atlas algorithm appear here."))
        outer.addWidget(self.log)
        buttons = QHBoxLayout()
        self.btn_preview = QPushButton(tr("Preview"))
        self.btn_export = QPushButton(tr("Export"))
        self.btn_export.setDefault(True)
        self.btn_cancel = QPushButton(tr("Cancel"))
        self.btn_cancel.setEnabled(False)
        self.btn_close = QPushButton(tr("Close"))
        buttons.addWidget(self.btn_preview)
        buttons.addStretch(1)
        for b in (self.btn_export, self.btn_cancel, self.btn_close):
            buttons.addWidget(b)
        outer.addLayout(buttons)

    # -- helpers that read the algorithm's definitions -------------------------------------------
    def has(self, name):
        """Whether the atlas algorithm has parameter ``name``."""
        return self.alg.parameterDefinition(name) is not None

    def _options(self, name):
        d = self.alg.parameterDefinition(name)
        return list(d.options()) if d is not None else []

    def _label(self, name, fallback):
        d = self.alg.parameterDefinition(name)
        return d.description() if d is not None else fallback

    def _add_row(self, form, name, widget, fallback=""):
        """A form row labelled with the parameter's own description and help; disabled if it is missing."""
        d = self.alg.parameterDefinition(name)
        label = QLabel(d.description() if d is not None else fallback)
        if d is not None and d.help():
            label.setToolTip(d.help())
        if d is None:
            tip = tr("Not available in this version of the atlas algorithm.")
            label.setToolTip(tip)
            label.setEnabled(False)
            widget.setEnabled(False)
            widget.setToolTip(tip)
        form.addRow(label, widget)
        return label

    @staticmethod
    def _enable_item(combo, index, enabled):
        item = combo.model().item(index)
        if item is not None:
            item.setEnabled(enabled)
            if not enabled:
                item.setToolTip(tr("Not available in this version of the atlas algorithm."))

    def _is_optional(self, name):
        d = self.alg.parameterDefinition(name)
        return d is None or bool(d.flags() & QgsProcessingParameterDefinition.FlagOptional)

    def _set_defaults(self):
        d = self.alg.parameterDefinition("TITLE")
        self.title.setText(str(d.defaultValue() or "") if d is not None else "")
        d = self.alg.parameterDefinition("ORGANISATION")
        self.org.setText(str(d.defaultValue() or "") if d is not None else "")
        d = self.alg.parameterDefinition("PAPER")
        if d is not None and d.defaultValue() is not None:
            self.paper.setCurrentIndex(int(d.defaultValue()))
        d = self.alg.parameterDefinition("MAPS")
        default = d.defaultValue() if d is not None else None
        if default is not None and not isinstance(default, (list, tuple)):
            default = [default]
        self.set_checked_maps(list(range(self.maps.count())) if default is None else [int(v) for v in default])
        d = self.alg.parameterDefinition("EXPORT_FORMAT")
        if d is not None and d.defaultValue() is not None:
            self.export_format.setCurrentIndex(int(d.defaultValue()))

    def _update_enabled(self):
        mode = self.template_mode.currentIndex()
        self.paper.setEnabled(mode == TEMPLATE_BUILTIN)  # a template or layout brings its own page size
        self.template_file.setVisible(mode == TEMPLATE_FILE)
        self.template_layout.setVisible(mode == TEMPLATE_LAYOUT)
        by_layer = self.coverage_mode.currentIndex() == COVERAGE_LAYER
        self.coverage.setEnabled(by_layer and self.has("COVERAGE"))
        self.coverage_field.setEnabled(by_layer and self.has("COVERAGE_FIELD"))

    def refresh_layouts(self):
        """Fill the project-layout choice from the project's layout manager."""
        current = self.template_layout.currentText()
        self.template_layout.clear()
        names = sorted(lay.name() for lay in self.project.layoutManager().printLayouts())
        self.template_layout.addItems(names)
        if current in names:
            self.template_layout.setCurrentText(current)

    # -- maps ----------------------------------------------------------------------------------
    def set_all_maps(self, checked):
        for i in range(self.maps.count()):
            self.maps.item(i).setCheckState(Qt.Checked if checked else Qt.Unchecked)

    def set_checked_maps(self, indices):
        wanted = set(indices)
        for i in range(self.maps.count()):
            item = self.maps.item(i)
            item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in wanted else Qt.Unchecked)

    def checked_maps(self):
        """Indices (in the algorithm's MAPS options) of the ticked maps."""
        return [self.maps.item(i).data(Qt.UserRole) for i in range(self.maps.count())
                if self.maps.item(i).checkState() == Qt.Checked]

    def preview_map(self):
        """The map to preview: the highlighted row, else the first ticked map; None if there is none."""
        item = self.maps.currentItem()
        if item is not None:
            return item.data(Qt.UserRole)
        maps = self.checked_maps()
        return maps[0] if maps else None

    # -- parameters ----------------------------------------------------------------------------
    def parameters(self):
        """The parameters of ``ecorestore:atlasexport`` as chosen in the dialog (no check)."""
        p = {
            "PLANNING_GPKG": self.gpkg.filePath().strip(),
            "TITLE": self.title.text().strip(),
            "ORGANISATION": self.org.text().strip(),
            "PAPER": self.paper.currentIndex(),
            "MAPS": self.checked_maps(),
        }
        out = self.output.filePath().strip()
        if out:
            p["OUTPUT"] = out
        if self.has("RASTER_FOLDER") and self.rasters.filePath().strip():
            p["RASTER_FOLDER"] = self.rasters.filePath().strip()
        mode = self.template_mode.currentIndex()
        if mode == TEMPLATE_FILE and self.has("TEMPLATE"):
            p["TEMPLATE"] = self.template_file.filePath().strip()
        elif mode == TEMPLATE_LAYOUT and self.has("LAYOUT"):
            p["LAYOUT"] = self.template_layout.currentText()
        if self.coverage_mode.currentIndex() == COVERAGE_LAYER and self.has("COVERAGE"):
            p["COVERAGE"] = self.coverage.currentLayer()
            if self.has("COVERAGE_FIELD") and self.coverage_field.currentField():
                p["COVERAGE_FIELD"] = self.coverage_field.currentField()
        folder = self.export_folder.filePath().strip()
        if self.has("EXPORT_FOLDER") and folder:
            p["EXPORT_FOLDER"] = folder
            if self.has("EXPORT_FORMAT"):
                p["EXPORT_FORMAT"] = self.export_format.currentIndex()
        if self.has("DPI"):
            p["DPI"] = self.dpi.value()
        if self.has("INDICATORS"):
            p["INDICATORS"] = self.indicators.isChecked()
        return p

    def check(self, params):
        """Raise ValueError with what to do when a choice is missing (the algorithm checks the rest)."""
        gpkg = params.get("PLANNING_GPKG")
        if not gpkg:
            raise ValueError(tr("Choose the planning GeoPackage (planning.gpkg made by the planning steps)."))
        if not os.path.isfile(gpkg):
            raise ValueError(tr("The planning GeoPackage '{}' does not exist; choose an existing file.").format(gpkg))
        if not params.get("MAPS"):
            raise ValueError(tr("No map is ticked: tick at least one map."))
        if not params.get("OUTPUT") and not (self._is_optional("OUTPUT") and params.get("EXPORT_FOLDER")):
            raise ValueError(tr("Choose where to save the atlas PDF."))
        if "TEMPLATE" in params:
            if not params["TEMPLATE"]:
                raise ValueError(tr("Choose a layout template file (.qpt) or use the built-in layout."))
            if not os.path.isfile(params["TEMPLATE"]):
                raise ValueError(tr("The layout template '{}' does not exist.").format(params["TEMPLATE"]))
        if "LAYOUT" in params and not params["LAYOUT"]:
            raise ValueError(tr("This project has no print layout to use as template; choose another template."))
        if "COVERAGE" in params:
            layer = params["COVERAGE"]
            if layer is None:
                raise ValueError(tr("Choose the coverage layer (townships, cities…) or 'Whole region'."))
            if layer.featureCount() == 0:
                raise ValueError(tr("The coverage layer '{}' has no features: choose another layer or "
                                    "'Whole region'.").format(layer.name()))

    # -- settings ------------------------------------------------------------------------------
    def save_settings(self):
        s, k = self.settings, SETTINGS_PREFIX
        s.setValue(k + "gpkg", self.gpkg.filePath())
        s.setValue(k + "rasters", self.rasters.filePath())
        s.setValue(k + "title", self.title.text())
        s.setValue(k + "organisation", self.org.text())
        s.setValue(k + "paper", self.paper.currentIndex())
        s.setValue(k + "maps", ",".join(str(i) for i in self.checked_maps()))
        s.setValue(k + "template_mode", self.template_mode.currentIndex())
        s.setValue(k + "template_file", self.template_file.filePath())
        s.setValue(k + "layout", self.template_layout.currentText())
        s.setValue(k + "coverage_mode", self.coverage_mode.currentIndex())
        s.setValue(k + "output", self.output.filePath())
        s.setValue(k + "export_folder", self.export_folder.filePath())
        s.setValue(k + "export_format", self.export_format.currentIndex())
        s.setValue(k + "dpi", self.dpi.value())
        s.setValue(k + "indicators", self.indicators.isChecked())

    def restore_settings(self):
        s, k = self.settings, SETTINGS_PREFIX
        if s.value(k + "title", None) is None:
            return  # never saved: keep the algorithm's defaults

        def text(key):
            return str(s.value(k + key, "") or "")

        def index(key, combo):
            try:
                i = int(s.value(k + key, -1))
            except (TypeError, ValueError):
                return
            if 0 <= i < combo.count() and combo.model().item(i).isEnabled():
                combo.setCurrentIndex(i)

        self.gpkg.setFilePath(text("gpkg"))
        self.rasters.setFilePath(text("rasters"))
        self.title.setText(text("title"))
        self.org.setText(text("organisation"))
        index("paper", self.paper)
        maps = [int(v) for v in text("maps").split(",") if v.strip().isdigit()]
        if maps:
            self.set_checked_maps(maps)
        index("template_mode", self.template_mode)
        self.template_file.setFilePath(text("template_file"))
        if text("layout"):
            self.template_layout.setCurrentText(text("layout"))
        index("coverage_mode", self.coverage_mode)
        self.output.setFilePath(text("output"))
        self.export_folder.setFilePath(text("export_folder"))
        index("export_format", self.export_format)
        try:
            self.dpi.setValue(int(s.value(k + "dpi", self.dpi.value())))
        except (TypeError, ValueError):
            pass
        if self.indicators.isEnabled():
            self.indicators.setChecked(str(s.value(k + "indicators", self.indicators.isChecked())).lower()
                                       in ("true", "1"))
