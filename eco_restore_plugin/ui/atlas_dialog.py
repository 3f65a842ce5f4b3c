"""Planning atlas dialog (规划图集): choose maps, template, paper, coverage and outputs, preview one page,
export with progress and cancel.

The dialog only collects parameters: every page is made by the Processing algorithm
``ecorestore:atlasexport`` (``algorithms/targets/atlasexport.py``), run through ``processing.run`` in the
main thread (the algorithm is FlagNoThreading). Its controls are built from the algorithm's own parameter
definitions (map list, paper sizes, export formats, DPI range, labels and help), so the dialog never
repeats the catalogue; controls for parameters the algorithm does not have are disabled.
"""
import glob
import os
import shutil
import subprocess
import tempfile
import traceback

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsMapLayerProxyModel,
    QgsMessageLog,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterDefinition,
    QgsProject,
    QgsSettings,
)
from qgis.gui import QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox, QgsMessageBar
from qgis.PyQt.QtCore import QCoreApplication, QSize, Qt
from qgis.PyQt.QtGui import QIcon, QPixmap
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
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
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..paths import icon_path

ALG_ID = "ecorestore:atlasexport"
SETTINGS_PREFIX = "EcoRestore/atlas/"

#: template choices (index in the template combo)
TEMPLATE_BUILTIN, TEMPLATE_FILE, TEMPLATE_LAYOUT = 0, 1, 2
#: coverage choices (index in the coverage combo)
COVERAGE_REGION, COVERAGE_LAYER = 0, 1

#: parameters the dialog sets when the algorithm has them
OPTIONAL_PARAMS = ("RASTER_FOLDER", "TEMPLATE", "LAYOUT", "COVERAGE", "COVERAGE_FIELD", "EXPORT_FOLDER",
                   "EXPORT_FORMAT", "DPI", "INDICATORS")


def atlas_algorithm():
    """A fresh instance of the atlas algorithm with its parameters, and whether it is registered.

    From the Processing registry when the ``ecorestore`` provider is loaded; otherwise from its class
    (the dialog then runs that instance).
    """
    alg = QgsApplication.processingRegistry().createAlgorithmById(ALG_ID)
    if alg is not None:
        return alg, True
    from ..algorithms.targets.atlasexport import AtlasExport

    alg = AtlasExport()
    alg.initAlgorithm()
    return alg, False


def pdftoppm_page(pdf, page, out_png, dpi=60):
    """Render page ``page`` (1-based) of ``pdf`` to ``out_png`` with poppler's pdftoppm; None if unavailable."""
    exe = shutil.which("pdftoppm")
    if exe is None or not os.path.isfile(pdf):
        return None
    prefix = os.path.splitext(out_png)[0]
    try:
        subprocess.run([exe, "-png", "-r", str(int(dpi)), "-f", str(page), "-l", str(page), "-singlefile",
                        pdf, prefix], check=True, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    return prefix + ".png" if os.path.isfile(prefix + ".png") else None


class DialogFeedback(QgsProcessingFeedback):
    """Processing feedback that also writes the algorithm's messages into the dialog's log."""

    def __init__(self, log):
        super().__init__()
        self._log = log
        self.warnings = []
        self.errors = []

    def pushInfo(self, info):  # noqa: N802 (QGIS API name)
        super().pushInfo(info)
        self._log(info)

    def pushWarning(self, warning):  # noqa: N802
        super().pushWarning(warning)
        self.warnings.append(warning)
        self._log("⚠ " + warning)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        super().reportError(error, fatalError)
        self.errors.append(error)
        self._log("✖ " + error)


class AtlasDialog(QDialog):
    """Planning atlas: parameters of ``ecorestore:atlasexport``, preview and export."""

    def __init__(self, parent=None, project=None, settings=None):
        super().__init__(parent)
        self.project = project or QgsProject.instance()
        self.settings = settings if settings is not None else QgsSettings()
        self.alg, self.registered = atlas_algorithm()
        self.feedback = None
        self.running = False
        self.cancelled = False
        self.last_results = None
        self.last_message = None
        self.preview_path = None
        self._preview_dir = None
        self._preview_pixmap = None

        self.setWindowTitle(tr("Planning atlas (规划图集)"))
        self.setWindowIcon(QIcon(icon_path()))
        self.resize(1160, 740)

        outer = QVBoxLayout(self)
        self.bar = QgsMessageBar(self)
        self.bar.setSizePolicy(QSizePolicy.Minimum, QSizePolicy.Fixed)
        outer.addWidget(self.bar)
        intro = QLabel(tr("The atlas is made by the Processing algorithm “{}”: a contents page, then one page "
                          "per ticked map (or one per feature of the coverage layer).").format(
                              self.alg.displayName()))
        intro.setWordWrap(True)
        outer.addWidget(intro)

        columns = QHBoxLayout()
        outer.addLayout(columns, 1)
        left = QVBoxLayout()
        columns.addLayout(left, 1)
        right = QVBoxLayout()
        columns.addLayout(right, 1)

        # -- inputs ---------------------------------------------------------------------------
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

        # -- outputs --------------------------------------------------------------------------
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

        # -- maps and preview -----------------------------------------------------------------
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

        # -- progress, log and buttons -----------------------------------------------------------
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

        self.btn_all.clicked.connect(lambda: self.set_all_maps(True))
        self.btn_none.clicked.connect(lambda: self.set_all_maps(False))
        self.btn_preview.clicked.connect(lambda: self._guard(self.preview))
        self.btn_export.clicked.connect(lambda: self._guard(self.export))
        self.btn_cancel.clicked.connect(self.cancel)
        self.btn_close.clicked.connect(self.reject)

        self._set_defaults()
        self.refresh_layouts()
        self.restore_settings()
        self._update_enabled()
        if not self.registered:
            self.say(tr("The Eco-Restore Processing provider is not loaded; the atlas runs without it."),
                     Qgis.Warning)

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

    # -- running the algorithm -----------------------------------------------------------------
    def _append_log(self, text):
        self.log.appendPlainText(text)

    def _on_progress(self, value):
        self.progress.setValue(int(round(value)))
        QCoreApplication.processEvents()

    def _set_running(self, running):
        self.running = running
        for w in (self.btn_export, self.btn_preview, self.btn_close, self.btn_all, self.btn_none, self.maps):
            w.setEnabled(not running)
        self.btn_cancel.setEnabled(running)

    def run_algorithm(self, params):
        """Run ``ecorestore:atlasexport`` with ``params`` in the main thread; returns its results.

        Raises QgsProcessingException (also when cancelled).
        """
        import processing

        self.progress.setValue(0)
        feedback = DialogFeedback(self._append_log)
        feedback.progressChanged.connect(self._on_progress)
        context = QgsProcessingContext()
        context.setProject(self.project)
        context.setFeedback(feedback)
        self.feedback = feedback
        self._set_running(True)
        try:
            alg = ALG_ID if self.registered else self.alg.create()
            return processing.run(alg, params, feedback=feedback, context=context)
        finally:
            self.cancelled = feedback.isCanceled()
            self._set_running(False)
            self.feedback = None
            QCoreApplication.processEvents()

    def cancel(self):
        """Ask the running algorithm to stop (it checks between pages)."""
        if self.feedback is not None:
            self.feedback.cancel()
            self._append_log(tr("Cancelling…"))

    def export(self):
        """Export the atlas with the dialog's parameters; returns the algorithm's results."""
        params = self.parameters()
        self.check(params)
        self.log.clear()
        self.bar.clearWidgets()
        results = self.run_algorithm(params)
        self.last_results = results
        self.save_settings()
        parts = []
        if results.get("OUTPUT"):
            parts.append(tr("Atlas written: {} ({} pages).").format(results["OUTPUT"], results.get("PAGES", "?")))
        files = results.get("FILES") or []
        if files:
            parts.append(tr("{} map files in {}.").format(len(files), os.path.dirname(files[0])))
        skipped = results.get("SKIPPED") or []
        if skipped:
            parts.append(tr("Skipped (layers missing): {}.").format(", ".join(skipped)))
        self.say(" ".join(parts), Qgis.Warning if skipped else Qgis.Success)
        return results

    def _new_preview_dir(self):
        self._drop_preview_dir()
        self._preview_dir = tempfile.mkdtemp(prefix="ecorestore_atlas_preview_")
        return self._preview_dir

    def _drop_preview_dir(self):
        if self._preview_dir and os.path.isdir(self._preview_dir):
            shutil.rmtree(self._preview_dir, ignore_errors=True)
        self._preview_dir = None

    def preview(self):
        """Run the algorithm for the highlighted map into a temporary folder and show its page.

        Uses EXPORT_FOLDER + PNG when the algorithm has them, else renders the map page of the temporary
        PDF with pdftoppm. The whole region is previewed (no coverage, no indicator page). Returns the PNG
        path.
        """
        idx = self.preview_map()
        if idx is None:
            raise ValueError(tr("No map to preview: highlight or tick a map."))
        params = self.parameters()
        params["MAPS"] = [idx]
        params.pop("COVERAGE", None)
        params.pop("COVERAGE_FIELD", None)
        if self.has("INDICATORS"):
            params["INDICATORS"] = False  # the map page only
        folder = self._new_preview_dir()
        params["OUTPUT"] = os.path.join(folder, "preview.pdf")
        dpi_def = self.alg.parameterDefinition("DPI")
        if dpi_def is not None:
            params["DPI"] = int(max(dpi_def.minimum(), min(96, self.dpi.value())))
        if self.has("EXPORT_FOLDER"):
            params["EXPORT_FOLDER"] = os.path.join(folder, "maps")
            if self.has("EXPORT_FORMAT"):
                params["EXPORT_FORMAT"] = self._png_format()
        else:
            params.pop("EXPORT_FOLDER", None)
            params.pop("EXPORT_FORMAT", None)
        self.check(params)
        self.bar.clearWidgets()
        self.log.clear()
        results = self.run_algorithm(params)
        png = None
        pngs = [f for f in (results.get("FILES") or []) if str(f).lower().endswith(".png")]
        if not pngs and "EXPORT_FOLDER" in params:
            pngs = sorted(glob.glob(os.path.join(params["EXPORT_FOLDER"], "**", "*.png"), recursive=True))
        if pngs:
            png = pngs[0]
        else:
            page = int(results.get("PAGES") or 1)  # the map page is the last one (after the contents)
            png = pdftoppm_page(results.get("OUTPUT") or params["OUTPUT"], page,
                                os.path.join(folder, "preview.png"))
        if not png or not os.path.isfile(png):
            skipped = results.get("SKIPPED") or []
            if skipped:
                raise ValueError(tr("The map '{}' was skipped: its layers are missing.").format(", ".join(skipped)))
            raise ValueError(tr("The preview image could not be made (pdftoppm from poppler-utils is needed "
                                "with this version of the atlas algorithm)."))
        self.show_preview(png)
        self.say(tr("Preview of '{}'.").format(self.maps.item(idx).text()), Qgis.Info)
        return png

    def _png_format(self):
        opts = self._options("EXPORT_FORMAT")
        for i, o in enumerate(opts):
            if o.strip().upper() == "PNG":
                return i
        for i, o in enumerate(opts):
            if "PNG" in o.upper() and "PDF" not in o.upper():
                return i
        return 0

    def show_preview(self, png):
        pix = QPixmap(png)
        if pix.isNull():
            raise ValueError(tr("Cannot read the preview image '{}'.").format(png))
        self.preview_path = png
        self._preview_pixmap = pix
        self._scale_preview()

    def _scale_preview(self):
        if self._preview_pixmap is not None:
            size = self.preview_label.contentsRect().size()
            self.preview_label.setPixmap(self._preview_pixmap.scaled(size, Qt.KeepAspectRatio,
                                                                     Qt.SmoothTransformation))

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        self._scale_preview()

    # -- messages ------------------------------------------------------------------------------
    def say(self, text, level=Qgis.Info):
        """One message in the dialog's message bar (replacing the previous one)."""
        self.bar.clearWidgets()
        self.bar.pushMessage(text, level, 0)
        self.last_message = (level, text)

    def _guard(self, fn, *args):
        """Run ``fn``; bad input and algorithm errors become one message in the dialog (no traceback)."""
        try:
            return fn(*args)
        except (ValueError, OSError) as exc:
            self.say(str(exc), Qgis.Critical)
        except QgsProcessingException as exc:
            text = str(exc) or tr("The atlas algorithm failed.")
            self.say(text, Qgis.Warning if self.cancelled else Qgis.Critical)
        except Exception as exc:  # noqa: BLE001 - a bug must not reach the user as a traceback
            QgsMessageLog.logMessage(traceback.format_exc(), "Eco-Restore", Qgis.Critical)
            self.say(tr("Unexpected error: {} (details in the log panel, Eco-Restore tab).").format(exc),
                     Qgis.Critical)
        return None

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

    # -- window ----------------------------------------------------------------------------------
    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        self.refresh_layouts()

    def reject(self):
        if self.running:  # Esc or Close during an export: stop it first
            self.cancel()
            return
        self._drop_preview_dir()
        super().reject()

    def closeEvent(self, event):  # noqa: N802
        if self.running:
            self.cancel()
            event.ignore()
            return
        self._drop_preview_dir()
        super().closeEvent(event)
