"""What the landscape-metric adapters share: the metric columns and the land-use input with its
options (background classes, boundary as edge)."""
import numpy as np
from qgis.core import QgsProcessingParameterBoolean, QgsProcessingParameterNumber, QgsProcessingParameterString

from ...core import landscape
from ...i18n import tr
from ...processing_helpers.raster_io import read_raster, reference_grid
from ...processing_helpers.tables import number_list


def metric_columns():
    """Table columns: zone/level/class then every metric (class and landscape metrics)."""
    names = list(dict.fromkeys(list(landscape.LANDSCAPE_METRICS) + list(landscape.CLASS_METRICS)))
    return names


class LandscapeOptionsParams:
    """The land-use raster (``INPUT``, the reference grid) and the options of the metrics:
    ``BACKGROUND`` class codes outside the landscape and ``COUNT_BOUNDARY``."""

    INPUT, BACKGROUND, BOUNDARY, EDGE_DEPTH = "INPUT", "BACKGROUND", "COUNT_BOUNDARY", "EDGE_DEPTH"

    def add_landscape_options(self):
        """The three options, with their help (shared by the landscape-metric adapters)."""
        p = QgsProcessingParameterString(
            self.BACKGROUND, tr("Background class codes outside the landscape (comma separated)"), "",
            optional=True)
        p.setHelp(tr("Class codes treated as outside the landscape (e.g. sea or the area outside the county), "
                     "comma separated; like nodata they are excluded (FRAGSTATS background). Empty: every "
                     "valid cell is in the landscape."))
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(
            self.BOUNDARY, tr("Count the landscape boundary as edge"), defaultValue=False)
        p.setHelp(tr("Count the edges along the landscape boundary as edge (FRAGSTATS 'count all boundary "
                     "as edge'). Default off, as the FRAGSTATS default (boundary not counted)."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.EDGE_DEPTH, tr("Edge depth of the core area (m; 0 = one cell)"),
            QgsProcessingParameterNumber.Double, 0.0, optional=True, minValue=0.0)
        p.setHelp(tr("Edge depth of the core-area metrics (TCA, CPLAND, NDCA, DCAD, CORE, DCORE, CAI), in "
                     "metres: a cell is core when no cell of another class or outside the landscape lies "
                     "within this distance (cell centre to centre; the landscape boundary counts as edge, "
                     "as in FRAGSTATS' tables). 0 (default) = one cell, the depth of the FRAGSTATS "
                     "reference tables. FRAGSTATS leaves the depth to the user: choose it from the edge "
                     "effect of the habitat studied."))
        self.addParameter(p)

    def landscape_options(self, parameters, context):
        """Keyword arguments ``background`` and ``count_boundary`` of the core metric functions."""
        bg = number_list(self.parameterAsString(parameters, self.BACKGROUND, context), tr("Background classes"))
        depth = self.parameterAsDouble(parameters, self.EDGE_DEPTH, context) if parameters.get(
            self.EDGE_DEPTH) is not None else 0.0
        return {"background": bg or None,
                "count_boundary": self.parameterAsBool(parameters, self.BOUNDARY, context),
                "edge_depth": depth if depth > 0 else None}

    def read_landuse(self, parameters, context, require_valid=True):
        """``(classes, grid)`` of the land-use raster (projected; with ``require_valid``, at least one
        valid cell)."""
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        grid = reference_grid(layer, tr("Land-use raster"))
        arr, _ = read_raster(layer, categorical=True)
        if require_valid and not np.isfinite(arr).any():
            raise ValueError(tr("The raster has no valid cell."))
        return arr, grid
