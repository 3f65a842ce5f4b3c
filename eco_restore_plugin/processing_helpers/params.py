"""Parameter groups that several algorithms declare, as mixins that ADD the group and READ it.

Mix a group into an algorithm class before :class:`~eco_restore_plugin.algorithms.base.EcoRestoreAlgorithm`
(``class LeastCostCorridors(SourcesParams, EcoRestoreAlgorithm)``), call its ``add_…`` method in
``initAlgorithm`` where the group stands in the dialog, and its reader in ``process``. Parameter names,
types, defaults and optional flags are public API (saved models and scripts): the mixins declare them
exactly as the algorithms did before, and ``tests/qgis/test_api_snapshot.py`` holds them.

Groups:

* :class:`SourcesParams` - ecological sources as a vector layer + integer id field, or as a raster of
  ids (pattern algorithms: cost distance, corridors, barriers, pinch points, centrality, Circuitscape's
  focal nodes); read as one integer label raster on the reference grid.
* :class:`ControlLinesParams` - the three control lines 生态保护红线 / 永久基本农田 / 城镇开发边界 as
  optional polygon layers (zoning and consolidation); read as sources or as masks on a grid.
* :class:`ClassTableParams` - a ``code | value …`` class table (matrix with the published defaults);
  read as ``{code: value}``.
* :class:`UnitLayerParams` - a polygon unit layer + its key field (consolidation units, target units);
  read as ``(source, key field)`` after the checks.
* :class:`TableOutputParams` - a table output (no geometry), optionally with the polygon layer that
  carries the same values (not created unless asked for).
"""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterRasterLayer,
)

from ..i18n import tr
from .grid import require_projected_source
from .raster_io import read_raster
from .tables import class_table_parameter, parse_class_table
from .vector_io import rasterize_features, require_fields

__all__ = ["SourcesParams", "ControlLinesParams", "ClassTableParams", "UnitLayerParams", "TableOutputParams"]


def _add(alg, parameter, help_text=None):
    if help_text:
        parameter.setHelp(help_text)
    alg.addParameter(parameter)
    return parameter


# ------------------------------------------------------------------------------------------------
# Ecological sources: vector layer + id field, or a raster of ids
# ------------------------------------------------------------------------------------------------
class SourcesParams:
    """Sources as a polygon/point layer with an optional integer id field, or as a raster of ids.

    ``names`` (layer, id field, raster or None) default to the class attributes ``SOURCES``,
    ``SOURCE_ID`` and ``SOURCE_RASTER``; Circuitscape passes its focal-node names.
    """

    SOURCES, SOURCE_ID, SOURCE_RASTER = "SOURCES", "SOURCE_ID", "SOURCE_RASTER"
    #: geometry types of the usual source layer
    POLYGONS_OR_POINTS = (QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint)

    def sources_names(self):
        return self.SOURCES, self.SOURCE_ID, self.SOURCE_RASTER

    def add_sources_parameters(self, description=None, types=POLYGONS_OR_POINTS, optional=True, raster=True,
                               id_description=None, raster_description=None, help_texts=(None, None, None),
                               names=None):
        """Add the layer, its id field and (``raster``) the raster alternative.

        ``types``: geometry types of the layer (None: any); ``help_texts``: (layer, id, raster) help."""
        layer_name, id_name, raster_name = names or self.sources_names()
        layer_help, id_help, raster_help = help_texts
        description = description or tr("Ecological sources (polygons or points)")
        if types is None:
            layer = QgsProcessingParameterFeatureSource(layer_name, description, optional=optional)
        else:
            layer = QgsProcessingParameterFeatureSource(layer_name, description, list(types), optional=optional)
        _add(self, layer, layer_help)
        _add(self, QgsProcessingParameterField(
            id_name, id_description or tr("Source id field (integer; empty = 1, 2, … in feature order)"),
            parentLayerParameterName=layer_name, type=QgsProcessingParameterField.Numeric, optional=True), id_help)
        if raster:
            _add(self, QgsProcessingParameterRasterLayer(
                raster_name,
                raster_description or tr("Sources as a raster (nonzero = source; used without a source layer)"),
                optional=True), raster_help)

    def source_labels(self, parameters, context, grid, feedback, names=None, all_touched=False, raster=None):
        """Integer label raster of the sources on ``grid`` (0 = none) from the layer or the raster.

        Features are labelled by the integer id field, else 1, 2, ... in feature order. Raises
        QgsProcessingException when no source is given or none falls inside the grid (naming ``raster``,
        the raster whose grid it is, and its CRS)."""
        layer_name, id_name, raster_name = names or self.sources_names()
        source = self.parameterAsSource(parameters, layer_name, context)
        layer = None
        if raster_name and self.parameterDefinition(raster_name) is not None:
            layer = self.parameterAsRasterLayer(parameters, raster_name, context)
        if source is None and layer is None:
            raise QgsProcessingException(tr("Give the sources as a vector layer or as a raster."))
        if source is not None:
            field = self.parameterAsString(parameters, id_name, context) if id_name else ""
            if source.featureCount() == 0:
                raise QgsProcessingException(tr(
                    "'{}' ({}) has no features: choose a layer with features (check its filter or "
                    "selection).").format(self.parameterDefinition(layer_name).description(), layer_name))
            labels = rasterize_features(source, grid, value_field=field or None, feature_order=not field,
                                        all_touched=all_touched, context=context)
        else:
            arr, _ = read_raster(layer, grid, categorical=True, feedback=feedback, name=tr("Sources"))
            labels = np.where(np.isfinite(arr), arr, 0).astype(np.int64)
        labels = np.asarray(labels, dtype=np.int64)
        if not (labels != 0).any():
            crs = grid.crs
            raise QgsProcessingException(tr(
                "No source falls inside {} (CRS {}): check that the sources and the raster overlap and are "
                "really in the CRS they declare (and, for a raster, that source cells are nonzero).").format(
                    raster or tr("the cost raster"),
                    (crs.authid() or crs.description()) if crs.isValid() else tr("none")))
        return labels


# ------------------------------------------------------------------------------------------------
# Control lines: 生态保护红线 / 永久基本农田 / 城镇开发边界
# ------------------------------------------------------------------------------------------------
class ControlLinesParams:
    """The three control lines as optional polygon layers, keyed ``red_line``, ``farmland`` and
    ``urban_boundary`` (the keyword names of :mod:`eco_restore_plugin.core.zoning`)."""

    RED_LINE, FARMLAND, URBAN = "RED_LINE", "FARMLAND", "URBAN_BOUNDARY"
    CONTROL_LINE_KEYS = ("red_line", "farmland", "urban_boundary")

    def control_line_names(self):
        return {"red_line": self.RED_LINE, "farmland": self.FARMLAND, "urban_boundary": self.URBAN}

    @staticmethod
    def control_line_description(key):
        return {"red_line": tr("Ecological protection red line"),
                "farmland": tr("Permanent basic farmland"),
                "urban_boundary": tr("Urban development boundary")}[key]

    def add_control_line_parameters(self, keys=CONTROL_LINE_KEYS, descriptions=None, help_texts=None):
        """Add the optional polygon layers of ``keys`` (default: all three, in the usual order)."""
        names = self.control_line_names()
        for key in keys:
            description = (descriptions or {}).get(key) or self.control_line_description(key)
            _add(self, QgsProcessingParameterFeatureSource(
                names[key], description, [QgsProcessing.TypeVectorPolygon], optional=True),
                (help_texts or {}).get(key))

    def control_line_sources(self, parameters, context, keys=CONTROL_LINE_KEYS):
        """``{key: QgsFeatureSource or None}``."""
        names = self.control_line_names()
        return {key: self.parameterAsSource(parameters, names[key], context) for key in keys}

    def control_line_given(self, parameters, keys=CONTROL_LINE_KEYS):
        """True when any of the control lines is given."""
        names = self.control_line_names()
        return any(parameters.get(names[key]) for key in keys)

    def control_line_masks(self, parameters, context, grid, keys=CONTROL_LINE_KEYS):
        """``{key: bool mask on grid or None}``: cells covered by each given control line."""
        return {key: None if src is None else rasterize_features(src, grid, context=context) > 0
                for key, src in self.control_line_sources(parameters, context, keys).items()}


# ------------------------------------------------------------------------------------------------
# Class tables: code | value ...
# ------------------------------------------------------------------------------------------------
class ClassTableParams:
    """A ``code | value …`` matrix filled with published defaults (see
    :func:`~eco_restore_plugin.processing_helpers.tables.class_table_parameter`)."""

    def add_class_table(self, name, description, headers, default, help_text=None):
        self.addParameter(class_table_parameter(name, description, headers, default, help_text))

    def class_table(self, parameters, name, columns, what):
        """The table as ``{code: float}`` (one value column) or ``{code: {column: float}}``; its
        default when the run does not give it. ``columns``: the keys, code column first."""
        return parse_class_table(self.table_value(parameters, name), columns, what)


# ------------------------------------------------------------------------------------------------
# Unit layer: polygons + key field
# ------------------------------------------------------------------------------------------------
class UnitLayerParams:
    """A polygon unit layer and the field that names each unit (``UNITS`` / ``UNIT_FIELD``; a class
    whose layer has another name overrides :meth:`unit_layer_names`)."""

    UNITS, UNIT_FIELD = "UNITS", "UNIT_FIELD"

    def unit_layer_names(self):
        return self.UNITS, self.UNIT_FIELD

    def add_unit_layer_parameters(self, description, field_description, optional=False, field_optional=None,
                                  help_texts=(None, None)):
        """Add the unit layer and its key field (``field_optional`` defaults to ``optional``)."""
        layer_name, field_name = self.unit_layer_names()
        _add(self, QgsProcessingParameterFeatureSource(
            layer_name, description, [QgsProcessing.TypeVectorPolygon], optional=optional), help_texts[0])
        _add(self, QgsProcessingParameterField(
            field_name, field_description, parentLayerParameterName=layer_name,
            optional=optional if field_optional is None else field_optional), help_texts[1])

    def unit_layer(self, parameters, context, what, key_required=None, projected=True):
        """``(source or None, key field name)``. A given layer must have the key field (``key_required``:
        the message when no key field is chosen) and, when ``projected``, a projected CRS."""
        layer_name, field_name = self.unit_layer_names()
        source = self.parameterAsSource(parameters, layer_name, context)
        key = self.parameterAsString(parameters, field_name, context)
        if source is None:
            return None, key
        if key_required and not key:
            raise QgsProcessingException(key_required)
        if key:
            require_fields(source, [key], tr("the unit name or code"))
        if projected:
            require_projected_source(source, what)
        return source, key


# ------------------------------------------------------------------------------------------------
# Table outputs
# ------------------------------------------------------------------------------------------------
class TableOutputParams:
    """A table output (no geometry) and, optionally, the polygon layer with the same values."""

    def add_table_output(self, name, description, optional=False):
        self.addParameter(QgsProcessingParameterFeatureSink(name, description, QgsProcessing.TypeVector,
                                                            optional=optional))

    def add_layer_output(self, name, description):
        """An optional polygon output, not created unless the user asks for it."""
        self.addParameter(QgsProcessingParameterFeatureSink(
            name, description, QgsProcessing.TypeVectorPolygon, optional=True, createByDefault=False))
