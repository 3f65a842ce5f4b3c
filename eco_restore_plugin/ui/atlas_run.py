"""Running the atlas algorithm from the dialog: export, preview, progress and cancel.

:class:`AtlasRunMixin` runs ``ecorestore:atlasexport`` (``algorithms/targets/atlasexport.py``) through
``processing.run`` in the main thread (the algorithm is FlagNoThreading) with the parameters of the form;
the preview runs it for one map into a temporary folder.
"""
import glob
import os
import shutil
import subprocess
import tempfile

from qgis.core import Qgis, QgsApplication, QgsProcessingContext, QgsProcessingFeedback
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QPixmap

from ..i18n import tr

ALG_ID = "ecorestore:atlasexport"


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

    def pushInfo(self, info):  # (QGIS API name)
        super().pushInfo(info)
        self._log(info)

    def pushWarning(self, warning):
        super().pushWarning(warning)
        self.warnings.append(warning)
        self._log("⚠ " + warning)

    def reportError(self, error, fatalError=False):
        super().reportError(error, fatalError)
        self.errors.append(error)
        self._log("✖ " + error)


class AtlasRunMixin:
    """Export and preview of the atlas dialog (needs the form of :class:`~.atlas_form.AtlasFormMixin`)."""

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
        timer = getattr(self, "_preview_timer", None)
        if timer is not None:
            timer.stop()  # a pending automatic preview is this one
        idx = self.preview_map()
        if idx is None:
            raise ValueError(tr("No map to preview: highlight or tick a map."))
        try:
            return self._preview(idx)
        except Exception:
            if self._preview_pixmap is None:
                self.preview_label.setText(tr("No preview: see the message above."))
            raise

    def _preview(self, idx):
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
        self.preview_index = idx
        self.say(tr("Preview of '{}'.").format(self.maps.item(self.map_row(idx)).text()), Qgis.Info)
        return png

    def selection_changed(self):
        """Another map is highlighted: drop the old preview at once (never show a stale map) and, once a
        preview has been made, preview the new map shortly after (a quick run of arrow keys previews once)."""
        idx = self.preview_map()
        if self.running or idx is None or idx == getattr(self, "preview_index", None):
            return
        had_preview = getattr(self, "preview_index", None) is not None
        self.preview_index = None
        self.preview_path = None
        self._preview_pixmap = None
        self.preview_label.clear()
        name = self.maps.currentItem().text() if self.maps.currentItem() is not None else ""
        if had_preview and os.path.isfile(self.gpkg.filePath().strip()):
            self.preview_label.setText(tr("Preparing the preview of '{}'…").format(name))
            self._preview_timer.start()
        else:
            self.preview_label.setText(tr("Select a map in the list and press Preview."))

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
