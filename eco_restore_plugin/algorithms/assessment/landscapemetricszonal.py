"""Landscape pattern metrics per zone (分区景观格局指数)."""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)

from ...core import landscape
from ...i18n import tr
from ._landscape import LandscapeOptionsParams, metric_columns
from ...processing_helpers.vector_io import add_row, rasterize_features, table_sink
from ...processing_helpers.params import TableOutputParams
from ..base import EcoRestoreAlgorithm


class LandscapeMetricsZonal(LandscapeOptionsParams, TableOutputParams, EcoRestoreAlgorithm):
    NAME = "landscapemetricszonal"
    GROUP = "assessment"
    DISPLAY = "Landscape pattern metrics per zone (分区景观格局指数)"
    TAGS = "landscape metrics,zonal,township,FRAGSTATS,景观格局,分区,乡镇"
    HELP = ("FRAGSTATS class- and landscape-level metrics for each polygon of a zone layer (townships, "
            "watersheds, units): each zone is analysed as a landscape of its own (cells outside it "
            "excluded). Outputs a table with one landscape row and one row per class for each zone, and "
            "optionally the zone polygons with their landscape-level metrics for mapping.")
    PARAM_HELP = {
        "INPUT": ("Land-use / land-cover raster of class codes (e.g. 三调 codes); nodata cells are outside the "
                  "landscape. Projected CRS: areas in hm², edges in m."),
        "ZONES": ("Polygons of the zones (townships, watersheds, restoration units); each is analysed as a "
                  "landscape of its own."),
        "ZONE_FIELD": "Field that names each zone in the table. Empty: the feature id.",
        "OUTPUT": "Table with one landscape row and one row per class for each zone.",
        "ZONE_LAYER": ("Optional copy of the zones with their landscape-level metrics, for mapping. Not written "
                       "unless chosen."),
    }
    ADVANCED = ("COUNT_BOUNDARY", "EDGE_DEPTH")

    INPUT, ZONES, FIELD, BACKGROUND, BOUNDARY, OUTPUT, ZONE_LAYER = (
        "INPUT", "ZONES", "ZONE_FIELD", "BACKGROUND", "COUNT_BOUNDARY", "OUTPUT", "ZONE_LAYER")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(self.INPUT, tr("Land-use / land-cover raster")))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONES, tr("Zones (polygons)"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.FIELD, tr("Zone id or name field"), parentLayerParameterName=self.ZONES, optional=True))
        self.add_landscape_options()
        self.add_table_output(self.OUTPUT, tr("Metrics per zone (table)"))
        self.add_layer_output(self.ZONE_LAYER, tr("Zones with landscape metrics"))

    def process(self, parameters, context, feedback):
        arr, grid = self.read_landuse(parameters, context, require_valid=False)
        source = self.parameterAsSource(parameters, self.ZONES, context)
        if source is None or source.featureCount() == 0:
            raise ValueError(tr("The zone layer has no features."))
        field = self.parameterAsString(parameters, self.FIELD, context)
        feats = list(source.getFeatures())
        # label i = the i-th feature, so zone ids never collide with attribute values
        zones = rasterize_features(source, grid, feature_order=True, context=context)
        if not zones.any():
            raise ValueError(tr("No zone overlaps the raster: check the zone layer's extent and CRS."))
        res = landscape.zonal_metrics(
            arr, zones, cell_size=grid.cellsize[0], **self.landscape_options(parameters, context),
            progress=self.progress_callback(feedback, 0, 90), cancelled=self.cancel_callback(feedback))
        names = metric_columns()
        label = lambda i: str(feats[i - 1][field]) if field else str(feats[i - 1].id())
        sink, dest, fields = table_sink(
            self, parameters, self.OUTPUT, context,
            [("zone", "string"), ("level", "string"), ("class", "long")] + [(n, "double") for n in names])
        for zid, result in res.items():
            for row in landscape.metrics_table(result):
                add_row(sink, fields, [label(zid), row["level"], row["class"]] + [row.get(n, np.nan) for n in names])
        results = {self.OUTPUT: dest}
        if parameters.get(self.ZONE_LAYER) is not None:
            lnames = list(landscape.LANDSCAPE_METRICS)
            zsink, zdest, zfields = table_sink(
                self, parameters, self.ZONE_LAYER, context, [("zone", "string")] + [(n, "double") for n in lnames],
                QgsWkbTypes.multiType(source.wkbType()), source.sourceCrs())
            for zid, f in enumerate(feats, start=1):
                land = res.get(zid, {}).get("landscape", {})
                add_row(zsink, zfields, [label(zid)] + [land.get(n, np.nan) for n in lnames], f.geometry())
            results[self.ZONE_LAYER] = zdest
        missing = len(feats) - len(res)
        if missing:
            feedback.pushWarning(tr("{} zones do not overlap the raster and have no metrics.").format(missing))
        return results
