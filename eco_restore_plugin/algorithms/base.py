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
import uuid

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
)
from qgis.PyQt.QtGui import QIcon

from ..core._progress import Cancelled as CoreCancelled
from ..i18n import tr
from ..paths import help_url, icon_path
from ..processing_helpers.malloc import no_huge_page_hint, reuse_freed_memory
from ..processing_helpers.memory_budget import restore_step, set_current_step
from ..processing_helpers.gc_policy import fewer_collections
from ..processing_helpers.feedback import (
    Cancelled,
    cancel_callback,
    cancel_message,
    check_cancel,
    progress_callback,
    set_current_feedback,
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
    #: polygon inputs whose geometries the algorithm checks itself (repairs or refuses naming the ids):
    #: the generic scan for invalid geometries before the run is skipped for them.
    OWN_GEOMETRY_CHECK = ()
    #: inputs whose land-class codes (DLBM) the algorithm checks itself (refuses, maps or leaves out the
    #: codes outside the 三调 classification, naming them with their counts): the generic warning is skipped.
    OWN_CODE_CHECK = ()

    # -- identity ---------------------------------------------------------------------------
    def name(self):
        return self.NAME

    def displayName(self):
        return tr(self.DISPLAY)

    def group(self):
        return tr(GROUPS[self.GROUP])

    def groupId(self):
        return self.GROUP

    def shortHelpString(self):
        return tr(self.HELP) if self.HELP else ""

    def tags(self):
        return [t.strip() for t in tr(self.TAGS).split(",") if t.strip()] if self.TAGS else []

    def helpUrl(self):
        """The help page shipped with the plugin (resources/help/<language>/<id>.html)."""
        return help_url(self.NAME)

    def icon(self):
        return QIcon(icon_path("family_{}.svg".format(self.GROUP)))

    def svgIconPath(self):
        return icon_path("family_{}.svg".format(self.GROUP))

    def createInstance(self):
        return type(self)()

    def tr(self, text):
        return tr(text)

    # -- parameters -------------------------------------------------------------------------
    def addParameter(self, definition, createOutput=True):  # Qt signature
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
    def processAlgorithm(self, parameters, context, feedback):
        """Run :meth:`process`; bad input raised by the core as ValueError becomes a clear message.

        Cancel, whether seen by the adapter (:class:`processing_helpers.feedback.Cancelled`) or by the
        core (:class:`core._progress.Cancelled`), ends with the one plain message "Cancelled by the
        user; no output was written." (no traceback); any failure removes the output files this run
        created (checked writable before anything is computed).

        The message is raised afresh, outside the handler: the original traceback would keep the
        algorithm's local QGIS objects (layers, layouts, projects) alive after QGIS has exited, and a
        caller that keeps the exception (pytest, a script's error log) would crash at interpreter exit."""
        created = self._prepare_outputs(parameters, context)   # outputs this run may create
        self._input_notes = []   # input problems warned about that may explain a later failure
        self._check_optional_layers(parameters, context, feedback)
        error = None
        previous = set_current_feedback(feedback)
        step = set_current_step(self.NAME)             # memory_budget: this step's memory is checked on its grid
        try:
            check_cancel(feedback)                       # cancelled before it started
            # whole-grid temporaries reuse freed memory without huge-page compaction stalls
            # (processing_helpers.malloc); fewer cyclic collections
            # over the many feature and geometry wrappers of a vector step (processing_helpers.gc_policy)
            with reuse_freed_memory(), no_huge_page_hint(), fewer_collections():
                result = self.process(parameters, context, feedback)
            check_cancel(feedback)                       # a run cancelled while running never reports success
            return result
        except (Cancelled, CoreCancelled, InterruptedError):  # the adapter's or the core's cancel
            error = Cancelled
        except QgsProcessingException as exc:
            error = str(exc)
        except ValueError as exc:
            error = str(exc)
        except MemoryError:
            error = tr("Not enough memory for this input. Use a coarser cell size or a smaller extent.")
        except Exception as exc:  # a bug: no traceback for the user, but say what broke
            error = tr("Internal error of {} ({}: {}). Please report it with the input that caused it."
                       ).format(self.NAME, type(exc).__name__, exc)
        finally:
            set_current_feedback(previous)
            restore_step(step)
            if error is not None:
                self._remove_created(created)
        if error is Cancelled:  # a plain QgsProcessingException: QGIS shows a subclass with its traceback
            error = cancel_message()
        elif self._input_notes:  # e.g. garbled names that became duplicate keys: say what may be behind it
            error = "\n".join([error] + self._input_notes)
        raise QgsProcessingException(error)

    # -- checks before running ------------------------------------------------------------
    def checkParameterValues(self, parameters, context):
        """QGIS's checks, with clear messages for a missing input, a number out of range and a field
        the layer does not have (what is wrong and what to do), before anything is computed."""
        from qgis.core import (QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                               QgsProcessingParameterMultipleLayers, QgsProcessingParameterNumber,
                               QgsProcessingParameterRasterLayer, QgsProcessingParameterVectorLayer)

        layer_types = (QgsProcessingParameterRasterLayer, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterVectorLayer, QgsProcessingParameterMultipleLayers)
        for p in self.parameterDefinitions():
            name, value = p.name(), parameters.get(p.name())
            label = p.description()
            optional = bool(p.flags() & p.FlagOptional)
            if isinstance(p, layer_types) and not optional and value in (None, "", []):
                return False, tr("'{}' ({}) is required: choose a layer for it.").format(label, name)
            if isinstance(p, QgsProcessingParameterNumber) and value not in (None, ""):
                try:
                    number = float(value)
                except (TypeError, ValueError):
                    number = None
                if number is None:
                    if not isinstance(value, (str, int, float)):
                        continue  # a property (expression) value: QGIS evaluates it
                    return False, tr("'{}' ({}): '{}' is not a number.").format(label, name, value)
                lo, hi = p.minimum(), p.maximum()
                if number < lo or number > hi:
                    if hi > 1e300:
                        rng = tr("at least {:g}").format(lo)
                    elif lo < -1e300:
                        rng = tr("at most {:g}").format(hi)
                    else:
                        rng = tr("between {:g} and {:g}").format(lo, hi)
                    return False, tr("'{}' ({}) must be {}; got {:g}.").format(label, name, rng, number)
        ok, msg = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, msg
        for p in self.parameterDefinitions():
            if isinstance(p, (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer)) \
                    and not (p.flags() & p.FlagOptional) and parameters.get(p.name()) not in (None, ""):
                try:
                    source = self.parameterAsSource(parameters, p.name(), context)
                except QgsProcessingException:
                    source = None
                if source is not None and source.featureCount() == 0:
                    return False, tr("'{}' ({}) has no features: choose a layer with features (check "
                                     "its filter or selection).").format(p.description(), p.name())
        for p in self.parameterDefinitions():
            if not isinstance(p, QgsProcessingParameterField) or not p.parentLayerParameterName():
                continue
            value = parameters.get(p.name())
            wanted = value if isinstance(value, (list, tuple)) else [value]
            wanted = [str(v) for v in wanted if v not in (None, "")]
            if not wanted or p.parentLayerParameterName() not in parameters:
                continue
            try:
                source = self.parameterAsSource(parameters, p.parentLayerParameterName(), context)
            except QgsProcessingException:
                source = None
            if source is None:
                continue
            names = source.fields().names()
            missing = [w for w in wanted if source.fields().lookupField(w) < 0]
            parent = self.parameterDefinition(p.parentLayerParameterName())
            if missing:
                return False, tr("'{}' ({}): layer '{}' has no field '{}'. Choose one of: {}.").format(
                    p.description(), p.name(), parent.description(), "', '".join(missing),
                    ", ".join(names[:30]))
            if p.dataType() == QgsProcessingParameterField.Numeric:
                fields = source.fields()
                text = [w for w in wanted if not fields.at(fields.lookupField(w)).isNumeric()]
                if text:
                    numeric = [f.name() for f in fields if f.isNumeric()]
                    return False, tr("'{0}' ({1}): field '{2}' of layer '{3}' is not numeric (it holds text), "
                                     "but this parameter needs a number field. Choose one of: {4}.").format(
                        p.description(), p.name(), "', '".join(text), parent.description(),
                        ", ".join(numeric[:30]) or "-")
        return True, ""

    def _check_optional_layers(self, parameters, context, feedback):
        """Warn about an optional vector input without features (it is ignored), and about invalid
        polygon geometries with their count (refused when the Processing setting says to stop on
        invalid geometries, the QGIS default in the dialog)."""
        from qgis.core import (QgsFeatureRequest, QgsProcessingParameterFeatureSource,
                               QgsProcessingParameterVectorLayer, QgsWkbTypes)

        for p in self.parameterDefinitions():
            if not isinstance(p, (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer)):
                continue
            if parameters.get(p.name()) in (None, ""):
                continue
            try:
                source = self.parameterAsSource(parameters, p.name(), context)
            except QgsProcessingException:
                continue
            if source is None:
                continue
            if source.featureCount() == 0:
                feedback.pushWarning(tr("'{}' ({}) has no features; it is ignored.").format(
                    p.description(), p.name()))
                continue
            self._check_encoding(p, parameters, context, source, feedback)
            if p.name() not in self.OWN_CODE_CHECK:
                self._check_dlbm(p, source, feedback)
            if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PolygonGeometry or \
                    p.name() in self.OWN_GEOMETRY_CHECK:
                continue
            request = QgsFeatureRequest().setNoAttributes().setInvalidGeometryCheck(
                QgsFeatureRequest.GeometryNoCheck)
            invalid = 0
            for f in source.getFeatures(request):
                g = f.geometry()
                if not g.isNull() and not g.isGeosValid():
                    invalid += 1
            if invalid and context.invalidGeometryCheck() == QgsFeatureRequest.GeometryAbortOnInvalid:
                raise QgsProcessingException(tr(
                    "'{}' ({}) has {} features with invalid geometries (e.g. self-intersecting "
                    "polygons). Repair them first (Vector > Geometry Tools > Fix Geometries)."
                ).format(p.description(), p.name(), invalid))
            if invalid:
                feedback.pushWarning(tr(
                    "'{}' ({}) has {} features with invalid geometries (GEOS check); results over them "
                    "may be inexact. Repair them with Fix Geometries.").format(p.description(), p.name(), invalid))

    @staticmethod
    def _check_dlbm(p, source, feedback):
        """Warn about land-class codes outside the 三调 classification in a layer with the standard DLBM
        field (a 三调 parcel layer, problem patches), with their count: rules and tables keyed by class
        do not match them."""
        from qgis.core import QgsFeatureRequest

        from ..core import landuse_codes as L
        from ..processing_helpers.value_rules import describe_values

        index = source.fields().lookupField("DLBM")
        if index < 0:
            return

        def unknown_code(code):
            if code is None or str(code).strip() in ("", "NULL"):
                return False
            return L.dlbm_value(L.clean_code(code)) is None
        if not any(unknown_code(v) for v in source.uniqueValues(index)):   # the distinct values first (SQL)
            return
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes([index])
        unknown = {}
        for f in source.getFeatures(request):
            code = f.attributes()[index]
            if unknown_code(code):
                unknown[str(code)] = unknown.get(str(code), 0) + 1
        if unknown:
            feedback.pushWarning(tr(
                "'{}' ({}): {} features have land-class codes (DLBM) outside the 三调 classification ({}); rules "
                "and tables keyed by land class do not match them. Correct the codes if they are typing "
                "errors.").format(p.description(), p.name(), sum(unknown.values()), describe_values(unknown)))

    def _check_encoding(self, p, parameters, context, source, feedback, limit=1000):
        """Warn when a Shapefile without a .cpg file holds text that cannot be decoded (a GBK file, as the
        三调 data often arrive, read as UTF-8): its Chinese names would be written garbled. Skipped when
        the algorithm is given an encoding (its ENCODING parameter)."""
        if str(parameters.get("ENCODING") or "").strip():
            return
        try:
            layer = self.parameterAsVectorLayer(parameters, p.name(), context)
        except QgsProcessingException:
            return
        if layer is None or layer.providerType() != "ogr":
            return
        path = layer.source().split("|")[0]
        if not path.lower().endswith((".shp", ".dbf")) or os.path.exists(path[:-4] + ".cpg") or \
                os.path.exists(path[:-4] + ".CPG"):
            return          # (a table without geometry is a Shapefile set of its .dbf alone)
        garbled = 0
        for n, f in enumerate(source.getFeatures()):
            if n >= limit:
                break
            garbled += sum(1 for v in f.attributes() if isinstance(v, str) and "\ufffd" in v)
        if garbled:
            self._input_notes.append(tr(
                "'{}' ({}) is a Shapefile without a .cpg file and {} of its text values cannot be decoded "
                "(Chinese text in GBK read as UTF-8): names copied from it will be garbled. Add a .cpg file "
                "holding GBK (or set the layer's encoding in its properties, or export it to GeoPackage) "
                "and run again.").format(p.description(), p.name(), garbled))
            feedback.pushWarning(self._input_notes[-1])

    def _destinations(self, parameters, context):
        """[(parameter name, file path)] of the file outputs of this run (temporary ones left out)."""
        from qgis.core import QgsProcessingDestinationParameter, QgsProcessingUtils

        temp = os.path.abspath(QgsProcessingUtils.tempFolder())
        out = []
        for p in self.destinationParameterDefinitions():
            value = parameters.get(p.name())
            if value in (None, ""):
                continue
            if not isinstance(p, QgsProcessingDestinationParameter):
                continue
            try:
                if p.type() in ("fileDestination", "folderDestination"):
                    path = self.parameterAsFileOutput(parameters, p.name(), context)
                else:
                    path = self.parameterAsOutputLayer(parameters, p.name(), context)
            except QgsProcessingException:
                continue
            path = str(path or "")
            m = re.match(r"ogr:dbname='([^']+)'", path)
            if m:
                path = m.group(1)
            path = path.split("|")[0]
            if not path or path.startswith("memory:") or "://" in path or path.startswith("postgres"):
                continue
            path = os.path.abspath(path)
            if path.startswith(temp + os.sep):
                continue
            out.append((p, path))
        return out

    def _prepare_outputs(self, parameters, context):
        """Check every output folder is writable before computing; returns the output files this run
        may create (those not there yet), so a failed run removes exactly them."""
        created = []
        for p, path in self._destinations(parameters, context):
            folder = path if p.type() == "folderDestination" else os.path.dirname(path)
            probe_dir = folder
            while probe_dir and not os.path.exists(probe_dir):
                probe_dir = os.path.dirname(probe_dir)
            writable = os.path.isdir(probe_dir)
            if writable:
                probe = os.path.join(probe_dir, ".ecorestore-write-test-{}".format(uuid.uuid4().hex[:8]))
                try:
                    with open(probe, "w"):
                        pass
                    os.remove(probe)
                except OSError:
                    writable = False
            if not writable:
                raise QgsProcessingException(tr(
                    "Cannot write output '{}' ({}): the folder '{}' cannot be created or written. Choose "
                    "a writable output folder.").format(p.description(), p.name(), folder))
            if not os.path.exists(path):
                created.append(path)
        return created

    @staticmethod
    def _remove_created(paths):
        """Remove the output files (and their sidecars) this failed run created."""
        import gc

        gc.collect()  # close sinks and datasets the failed run still held
        for path in paths:
            if os.path.isdir(path):
                shutil.rmtree(path, ignore_errors=True)
                continue
            for f in (path, path + "-wal", path + "-shm", path + "-journal", path + ".aux.xml",
                      os.path.splitext(path)[0] + ".qml"):
                if os.path.exists(f):
                    try:
                        os.remove(f)
                    except OSError:
                        pass

    def process(self, parameters, context, feedback):
        """The adapter's work (override). Returns the outputs dict."""
        raise NotImplementedError

    def table_value(self, parameters, name):
        """The value of a matrix (table) parameter, or its default when not given."""
        value = parameters.get(name)
        if value is None or value == "" or value == []:
            value = self.parameterDefinition(name).defaultValue()
        elif isinstance(value, (list, tuple)) and not any(str(v).strip() for v in value):
            p = self.parameterDefinition(name)
            raise QgsProcessingException(tr(
                "'{}' ({}) is an empty table: fill at least one row, or leave it unset to use the default "
                "table.").format(p.description(), name))
        return value

    # -- feedback helpers -------------------------------------------------------------------
    progress_callback = staticmethod(progress_callback)
    cancel_callback = staticmethod(cancel_callback)
    check_cancel = staticmethod(check_cancel)
