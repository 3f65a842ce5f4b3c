"""What the pattern adapters share: ecological sources as a label raster, and cost rasters."""
import numpy as np
from qgis.core import QgsProcessingException

from ...i18n import tr
from ...processing_helpers.value_rules import RULES
from ...processing_helpers.raster_io import read_raster, reference_grid
from ...processing_helpers.vector_io import rasterize_features


def source_labels(alg, parameters, context, grid, feedback, vector_name, field_name, raster_name,
                  all_touched=False):
    """Integer label raster of the sources (0 = none) from a polygon/point layer or a raster.

    Features are labelled by the integer id field, else 1, 2, ... in feature order.
    Raises QgsProcessingException when no source is given, none falls inside the grid.
    """
    source = alg.parameterAsSource(parameters, vector_name, context)
    layer = alg.parameterAsRasterLayer(parameters, raster_name, context) if raster_name else None
    if source is None and layer is None:
        raise QgsProcessingException(tr("Give the sources as a vector layer or as a raster."))
    if source is not None:
        field = alg.parameterAsString(parameters, field_name, context) if field_name else ""
        if source.featureCount() == 0:
            raise QgsProcessingException(tr("'{}' ({}) has no features: choose a layer with features (check "
                                            "its filter or selection).").format(
                alg.parameterDefinition(vector_name).description(), vector_name))
        labels = rasterize_features(source, grid, value_field=field or None, feature_order=not field,
                                    all_touched=all_touched, context=context)
    else:
        arr, _ = read_raster(layer, grid, categorical=True, feedback=feedback, name=tr("Sources"))
        labels = np.where(np.isfinite(arr), arr, 0).astype(np.int64)
    labels = np.asarray(labels, dtype=np.int64)
    if not (labels != 0).any():
        raise QgsProcessingException(tr(
            "No source falls inside the cost raster: check that the sources overlap its extent and that "
            "both have the right CRS (and, for a raster, that source cells are nonzero)."))
    return labels


def cost_raster(alg, parameters, name, context, what):
    """(cost array with NaN = barrier, grid) of a projected cost raster; negative cost refused."""
    layer = alg.parameterAsRasterLayer(parameters, name, context)
    grid = reference_grid(layer, what)
    # cost 0 is a free cell and stays allowed; a negative cost is impossible
    cost, _ = read_raster(layer, rule=RULES["cost"])
    return cost, grid
