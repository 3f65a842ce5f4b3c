"""Planning atlas dialog (规划图集): choose maps, template, paper, coverage and outputs, preview one page,
export with progress and cancel.

The dialog only collects parameters: every page is made by the Processing algorithm
``ecorestore:atlasexport`` (``algorithms/targets/atlasexport.py``), run through ``processing.run`` in the
main thread (the algorithm is FlagNoThreading). Its controls are built from the algorithm's own parameter
definitions (map list, paper sizes, export formats, DPI range, labels and help), so the dialog never
repeats the catalogue; controls for parameters the algorithm does not have are disabled.

Modules: :mod:`.atlas_form` (controls, parameters, checks, settings), :mod:`.atlas_run` (running the
algorithm: export, preview, progress, cancel) and this one (the window, messages).
"""
import traceback

from qgis.core import Qgis, QgsMessageLog, QgsProcessingException, QgsProject, QgsSettings
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import (
    QDialog, QFrame, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget,
)

from ..i18n import tr
from ..paths import icon_path
from .atlas_form import (  # noqa: F401 (public names of the dialog)
    COVERAGE_LAYER, COVERAGE_REGION, OPTIONAL_PARAMS, SETTINGS_PREFIX, TEMPLATE_BUILTIN, TEMPLATE_FILE,
    TEMPLATE_LAYOUT, AtlasFormMixin,
)
from .atlas_run import ALG_ID, AtlasRunMixin, DialogFeedback, atlas_algorithm, pdftoppm_page  # noqa: F401
from .screen_fit import fit_to_screen


class AtlasDialog(AtlasFormMixin, AtlasRunMixin, QDialog):
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
        fit_to_screen(self, 1160, 700)  # a 1366×768 screen included

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
        # the form scrolls rather than pushing the dialog past a 1366×768 screen
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        form_widget = QWidget()
        left = QVBoxLayout(form_widget)
        left.setContentsMargins(0, 0, 0, 0)
        scroll.setWidget(form_widget)
        columns.addWidget(scroll, 1)
        right = QVBoxLayout()
        columns.addLayout(right, 1)
        self._build_inputs(left)
        self._build_outputs(left)
        left.addStretch(1)
        scroll.setMinimumWidth(form_widget.sizeHint().width() + 12)
        self._build_maps(right)
        self._build_bottom(outer)

        self.btn_all.clicked.connect(lambda: self.set_all_maps(True))
        self.btn_none.clicked.connect(lambda: self.set_all_maps(False))
        self.btn_preview.clicked.connect(lambda: self._guard(self.preview))
        self.btn_export.clicked.connect(lambda: self._guard(self.export))
        self.btn_cancel.clicked.connect(self.cancel)
        self.btn_close.clicked.connect(self.reject)
        self.preview_index = None
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(400)
        self._preview_timer.timeout.connect(lambda: self._guard(self.preview))
        self.maps.currentItemChanged.connect(lambda *_a: self.selection_changed())

        self._set_defaults()
        self.refresh_layouts()
        self.restore_settings()
        self._update_enabled()
        if not self.registered:
            self.say(tr("The Eco-Restore Processing provider is not loaded; the atlas runs without it."),
                     Qgis.Warning)

    def resizeEvent(self, event):
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
        except Exception as exc:  # a bug must not reach the user as a traceback
            QgsMessageLog.logMessage(traceback.format_exc(), "Eco-Restore", Qgis.Critical)
            self.say(tr("Unexpected error: {} (details in the log panel, Eco-Restore tab).").format(exc),
                     Qgis.Critical)
        return None

    # -- window ----------------------------------------------------------------------------------
    def showEvent(self, event):
        super().showEvent(event)
        self.refresh_layouts()

    def reject(self):
        self._preview_timer.stop()
        if self.running:  # Esc or Close during an export: stop it first
            self.cancel()
            return
        self._drop_preview_dir()
        super().reject()

    def closeEvent(self, event):
        self._preview_timer.stop()
        if self.running:
            self.cancel()
            event.ignore()
            return
        self._drop_preview_dir()
        super().closeEvent(event)
