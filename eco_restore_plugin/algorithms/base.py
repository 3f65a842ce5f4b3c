"""The base class of every Eco-Restore Processing algorithm and its error handling.

An algorithm module is a thin adapter: it declares parameters (with help), reads and aligns its
inputs with :mod:`eco_restore_plugin.processing_helpers` (one module per concern: ``grid``,
``raster_io``, ``vector_io``, ``tables``, ``styles``, ``params``, ``feedback``), calls
``eco_restore_plugin.core``, writes and styles its outputs, reports progress and honours cancel.
Subclasses set ``NAME`` (public API: never rename), ``GROUP`` (a key of :data:`GROUPS`; the family
folder the module lives in), ``DISPLAY`` and ``HELP`` (English source strings, translated by
:func:`tr`) and implement :meth:`initAlgorithm` and :meth:`process`.

Every parameter has help: ``PARAM_HELP`` ({parameter name: English help text}, placed right after
``HELP``) is applied by :meth:`EcoRestoreAlgorithm.addParameter` to each parameter that has no help yet
(a ``setHelp(tr(...))`` in ``initAlgorithm`` wins), translated by :func:`tr`; parameter names listed in
``ADVANCED`` (solver and tuning options) get ``FlagAdvanced`` so the dialog folds them under
"Advanced parameters". ``scripts/translations.py`` extracts the ``PARAM_HELP`` values for translators.
"""
import os
import re
import shutil

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
)
from qgis.PyQt.QtGui import QIcon

from ..core._progress import Cancelled as CoreCancelled
from ..i18n import tr
from ..paths import help_url, icon_path
from ..processing_helpers.feedback import (
    Cancelled,
    cancel_callback,
    cancel_message,
    check_cancel,
    progress_callback,
)

__all__ = ["GROUPS", "Cancelled", "EcoRestoreAlgorithm"]


#: group id -> English source name (shown translated). Group ids are stable; the leading number keeps the
#: toolbox (which sorts groups by name) in the order of the planning workflow.
GROUPS = {
    "assessment": "1 Ecosystem assessment (生态系统评价)",
    "pattern": "2 Ecological security pattern (生态安全格局)",
    "zoning": "3 Restoration zoning (修复分区)",
    "consolidation": "4 Land consolidation (土地综合整治)",
    "targets": "5 Targets and outputs (目标与成果)",
    "data": "6 Data and tools (数据与工具)",
}




class EcoRestoreAlgorithm(QgsProcessingAlgorithm):
    """Base class of the ``ecorestore`` algorithms."""

    NAME = None
    GROUP = None
    DISPLAY = None
    HELP = ""
    TAGS = ""
    #: {parameter name: English help text}: what it holds, its unit, its default and where the default
    #: comes from, and what happens when it is left empty. Applied by :meth:`addParameter`.
    PARAM_HELP = {}
    #: names of solver and tuning parameters shown under "Advanced parameters".
    ADVANCED = ()

    # -- identity ---------------------------------------------------------------------------
    def name(self):
        return self.NAME

    def displayName(self):  # noqa: N802
        return tr(self.DISPLAY)

    def group(self):
        return tr(GROUPS[self.GROUP])

    def groupId(self):  # noqa: N802
        return self.GROUP

    def shortHelpString(self):  # noqa: N802
        return tr(self.HELP) if self.HELP else ""

    def tags(self):
        return [t.strip() for t in tr(self.TAGS).split(",") if t.strip()] if self.TAGS else []

    def helpUrl(self):  # noqa: N802
        """The help page shipped with the plugin (resources/help/<language>/<id>.html)."""
        return help_url(self.NAME)

    def icon(self):
        return QIcon(icon_path("family_{}.svg".format(self.GROUP)))

    def svgIconPath(self):  # noqa: N802
        return icon_path("family_{}.svg".format(self.GROUP))

    def createInstance(self):  # noqa: N802
        return type(self)()

    def tr(self, text):
        return tr(text)

    # -- parameters -------------------------------------------------------------------------
    def addParameter(self, definition, createOutput=True):  # noqa: N802, N803 - Qt signature
        """Add ``definition`` with its ``PARAM_HELP`` text (if it has no help yet) and, for names in
        ``ADVANCED``, the advanced flag."""
        name = definition.name()
        text = self.PARAM_HELP.get(name)
        if text and not definition.help():
            definition.setHelp(tr(text))
        if name in self.ADVANCED:
            definition.setFlags(definition.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        return super().addParameter(definition, createOutput)

    # -- running ----------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """Run :meth:`process`; bad input raised by the core as ValueError becomes a clear message.

        Cancel, whether seen by the adapter (:class:`processing_helpers.feedback.Cancelled`) or by the
        core (:class:`core._progress.Cancelled`), ends with the one plain message "Cancelled by the
        user; no output was written." (no traceback).

        The message is raised afresh, outside the handler: the original traceback would keep the
        algorithm's local QGIS objects (layers, layouts, projects) alive after QGIS has exited, and a
        caller that keeps the exception (pytest, a script's error log) would crash at interpreter exit."""
        new_files = self._new_output_files(parameters, context)
        try:
            return self.process(parameters, context, feedback)
        except (Cancelled, CoreCancelled):  # the adapter's or the core's cancel
            error = Cancelled
        except QgsProcessingException as exc:
            error = str(exc)
        except ValueError as exc:
            error = str(exc)
        except MemoryError:
            error = tr("Not enough memory for this input. Use a coarser cell size or a smaller extent.")
        if error is Cancelled:  # a plain QgsProcessingException: QGIS shows a subclass with its traceback
            _remove(new_files)
            error = cancel_message()
        raise QgsProcessingException(error)

    def _new_output_files(self, parameters, context):
        """The output files (and folders) of this run that do not exist yet: removed when it is cancelled,
        so that a cancel never leaves an output written before the cancel was seen (a table sink
        created up front, a raster written before a later step was cancelled)."""
        paths = []
        for d in self.destinationParameterDefinitions():
            if parameters.get(d.name()) in (None, ""):
                continue
            try:
                if isinstance(d, QgsProcessingParameterFolderDestination):
                    value = self.parameterAsString(parameters, d.name(), context)
                elif isinstance(d, QgsProcessingParameterFileDestination):
                    value = self.parameterAsFileOutput(parameters, d.name(), context)
                else:
                    value = self.parameterAsOutputLayer(parameters, d.name(), context)
            except Exception:  # noqa: BLE001 - an unreadable destination is reported by the adapter
                continue
            match = re.match(r"^\w+:dbname='([^']+)'", value or "")
            path = match.group(1) if match else (value or "").split("|")[0]
            if path and os.path.isabs(path) and not os.path.exists(path):
                paths.append(path)
        return paths

    def process(self, parameters, context, feedback):
        """The adapter's work (override). Returns the outputs dict."""
        raise NotImplementedError

    def table_value(self, parameters, name):
        """The value of a matrix (table) parameter, or its default when not given."""
        value = parameters.get(name)
        if value is None or value == "" or value == []:
            value = self.parameterDefinition(name).defaultValue()
        return value

    # -- feedback helpers -------------------------------------------------------------------
    progress_callback = staticmethod(progress_callback)
    cancel_callback = staticmethod(cancel_callback)
    check_cancel = staticmethod(check_cancel)


def _remove(paths):
    """Remove output files (with their sidecars) and folders created by a cancelled run."""
    for path in paths:
        if os.path.isdir(path):
            shutil.rmtree(path, ignore_errors=True)
            continue
        base = os.path.splitext(path)[0]
        for p in (path, path + ".aux.xml", base + ".qml", path + "-wal", path + "-shm", path + "-journal"):
            try:
                os.remove(p)
            except OSError:
                pass
