"""Coastal protection (海岸防护): coastal ecosystems and natural shoreline with a landward buffer."""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ...core import services, tables
from ...i18n import tr
from ...processing_helpers.raster_io import output_raster, read_raster, reference_grid, write_raster
from ...processing_helpers.styles import apply_qml_on_load, style_raster_ramp
from ...processing_helpers.vector_io import rasterize_features
from ...processing_helpers.params import ClassTableParams
from ..base import EcoRestoreAlgorithm


class FilteredSource:
    """The features of ``source`` kept by ``keep(feature)``, with the interface rasterize_features uses."""

    def __init__(self, source, keep):
        self._source = source
        self._features = [f for f in source.getFeatures() if keep(f)]

    def sourceCrs(self):
        return self._source.sourceCrs()

    def fields(self):
        return self._source.fields()

    def getFeatures(self):
        return iter(self._features)


class CoastalProtection(ClassTableParams, EcoRestoreAlgorithm):
    NAME = "coastalprotection"
    GROUP = "assessment"
    DISPLAY = "Coastal protection (海岸防护)"
    TAGS = "coastal protection,mangrove,shoreline,salt marsh,seagrass,coral reef,海岸防护,红树林,自然岸线"
    HELP = ("Coastal protection value 0-1 (METHODS.md §1; the plugin's own scores, not from a published table): "
            "coastal ecosystems protect the land behind them. Each protecting cell has a score: by land-cover "
            "class from the scores table (defaults: 303 红树林地 mangrove 1.0, 9002 coral reef 0.9, 9003 salt marsh "
            "0.7, 1108 沼泽地 0.6, 9001 seagrass 0.5, 1105 沿海滩涂 0.4) and natural shoreline cells (from the optional "
            "shoreline lines, burnt on every cell they touch, optionally only features whose field holds one of "
            "the natural-shore values) the shoreline score (0.5). A land cell takes the largest score · g(d) "
            "over protecting cells, d the distance in metres, g = 1 − d/buffer (linear) or 1 (step) within the "
            "buffer distance (default 1000 m), else 0; protecting cells keep at least their own score. Nodata "
            "land cover stays nodata.")
    PARAM_HELP = {
        "LANDUSE": ("Land-use or coastal-habitat raster with class codes (三调 codes plus 9001 seagrass, 9002 "
                    "coral reef, 9003 salt marsh); the reference grid. Nodata stays nodata."),
        "SHORELINE": ("Optional shoreline lines; natural-shore features are burnt on every cell they touch and "
                      "score the natural shoreline score. Empty: only the habitat classes protect."),
        "SHORE_FIELD": ("Field of the shoreline layer that holds the shore type. Empty: every shoreline feature "
                        "counts as natural shore."),
        "SHORE_VALUES": ("Values of the shore-type field that mean natural shoreline, comma separated. Default "
                         "'自然岸线'; used only with a shore-type field."),
        "SHORELINE_SCORE": ("Protection score (0-1) of a natural shoreline cell. Default 0.5, the plugin's own "
                            "value (METHODS.md §1, not from a published table)."),
        "BUFFER_DISTANCE": ("Landward distance (m) over which a protecting cell protects the land behind it. "
                            "Default 1000 m, the plugin's own value (METHODS.md §1, not verified against a "
                            "standard)."),
        "DECAY": ("How protection falls with distance inside the buffer: linear 1 − d/buffer (default) or a step "
                  "(full score up to the buffer distance)."),
        "OUTPUT": ("Coastal protection value 0-1 per cell (land cells: largest score × decay over protecting "
                   "cells); grade it with the cumulative-share importance grading."),
    }
    ADVANCED = ("DECAY",)

    LANDUSE, SCORES, SHORELINE, SHORE_FIELD, SHORE_VALUES, SHORE_SCORE, BUFFER, DECAY, OUTPUT = (
        "LANDUSE", "SCORES", "SHORELINE", "SHORE_FIELD", "SHORE_VALUES", "SHORELINE_SCORE",
        "BUFFER_DISTANCE", "DECAY", "OUTPUT")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.LANDUSE, tr("Land use / coastal habitats (class codes, reference grid)")))
        self.add_class_table(
            self.SCORES, tr("Protection score by class (0-1)"), [tr("Class code"), tr("Score")],
            tables.COASTAL_PROTECTION_SCORES,
            tr("Classes not listed do not protect. 9001 seagrass, 9002 coral reef, 9003 salt marsh are "
               "codes for habitats outside the 三调 classes."))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SHORELINE, tr("Shoreline (lines)"), [QgsProcessing.TypeVectorLine], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.SHORE_FIELD, tr("Shoreline type field"), parentLayerParameterName=self.SHORELINE,
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SHORE_VALUES, tr("Values of the field that mean natural shore (comma separated)"),
            "自然岸线", optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.SHORE_SCORE, tr("Natural shoreline score (0-1)"), QgsProcessingParameterNumber.Double,
            tables.NATURAL_SHORELINE_SCORE, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.BUFFER, tr("Protection buffer distance (m)"), QgsProcessingParameterNumber.Double, 1000.0,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.DECAY, tr("Decay within the buffer"), [tr("Linear"), tr("Step (no decay)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Coastal protection")))

    def process(self, parameters, context, feedback):
        lu_layer = self.parameterAsRasterLayer(parameters, self.LANDUSE, context)
        grid = reference_grid(lu_layer, tr("Land use"))
        lu, _ = read_raster(lu_layer, categorical=True)
        scores = self.class_table(parameters, self.SCORES, ["code", "score"],
                                   tr("Protection score table"))
        bad = [c for c, v in scores.items() if not (np.isfinite(v) and 0 <= v <= 1)]
        if bad:
            raise QgsProcessingException(tr("Protection score table: the score of class {} must be within 0-1.").format(
                ", ".join(str(c) for c in bad)))
        buffer_m = self.parameterAsDouble(parameters, self.BUFFER, context)
        if buffer_m <= 0:
            raise QgsProcessingException(tr("The buffer distance must be positive."))
        shoreline = None
        source = self.parameterAsSource(parameters, self.SHORELINE, context)
        if source is not None:
            field = self.parameterAsString(parameters, self.SHORE_FIELD, context)
            if field:
                idx = source.fields().lookupField(field)
                if idx < 0:
                    raise QgsProcessingException(tr("Field '{}' not found in the layer.").format(field))
                values = {v.strip() for v in
                          self.parameterAsString(parameters, self.SHORE_VALUES, context).replace(";", ",").split(",")
                          if v.strip()}
                if not values:
                    raise QgsProcessingException(tr("Give the values of field '{}' that mean natural shore.").format(field))

                def keep(f, idx=idx, values=values):
                    v = f.attributes()[idx]
                    return v is not None and str(v).strip() in values
                source = FilteredSource(source, keep)
            shoreline = rasterize_features(source, grid, all_touched=True, context=context).astype(bool)
            feedback.pushInfo(tr("Natural shoreline: {} cells").format(int(shoreline.sum())))
            if field and not shoreline.any():
                feedback.pushWarning(tr(
                    "No shoreline feature has one of the natural-shore values {} in field '{}': no natural "
                    "shoreline is scored. Check the values.").format(", ".join(sorted(values)), field))
        self.check_cancel(feedback)
        feedback.setProgress(30)
        value = services.coastal_protection(
            lu, cellsize=grid.cellsize, scores=scores, shoreline=shoreline,
            shoreline_score=self.parameterAsDouble(parameters, self.SHORE_SCORE, context),
            buffer_distance=buffer_m,
            decay="linear" if self.parameterAsEnum(parameters, self.DECAY, context) == 0 else "step")
        self.check_cancel(feedback)
        feedback.setProgress(80)
        if not np.nanmax(value, initial=0.0) > 0:
            feedback.pushWarning(tr("No protecting ecosystem or natural shoreline was found: the value is 0 everywhere."))
        path = output_raster(self, parameters, self.OUTPUT, context)
        write_raster(path, value, grid, description=tr("Coastal protection (0-1)"))
        apply_qml_on_load(context, path, style_raster_ramp(path, "service", vmin=0.0, vmax=1.0),
                          tr("Coastal protection"))
        return {self.OUTPUT: path}
