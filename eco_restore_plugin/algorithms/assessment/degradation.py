"""Degradation degree (退化程度): relative loss of an indicator between two periods."""
import numpy as np
from qgis.core import (
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ...core import degradation, tables
from ...i18n import tr
from ...processing_helpers.tables import breaks_value
from ...processing_helpers.raster_io import RasterWriter, output_raster, process_blocks, reference_grid
from ...processing_helpers.styles import apply_qml_on_load, style_raster_classes, style_raster_ramp
from ..base import EcoRestoreAlgorithm

#: degradation codes 1-4, green -> red.
DEGRADATION_CLASSES = {
    1: ("#1a9641", "未退化 Not degraded"),
    2: ("#fee08b", "轻度退化 Light"),
    3: ("#fc8d59", "中度退化 Moderate"),
    4: ("#d7191c", "重度退化 Severe"),
}


class Degradation(EcoRestoreAlgorithm):
    NAME = "degradation"
    GROUP = "assessment"
    DISPLAY = "Degradation degree (生态退化程度)"
    TAGS = "degradation,NDVI,FVC,NPP,habitat quality,loss,退化程度,生态退化,植被退化"
    HELP = ("Degradation degree from the relative loss of an indicator between a reference and a current "
            "period (METHODS.md §1.4, common practice, check): loss = (reference − current) / reference, "
            "for NDVI, FVC, NPP or habitat quality (the same indicator and unit in both rasters). Graded "
            "with lower-inclusive thresholds (default 0.05, 0.15, 0.30): loss < 0.05 1 未退化 (gains "
            "included), < 0.15 2 轻度, < 0.30 3 中度, else 4 重度退化. A reference ≤ 0 or nodata in either "
            "raster gives nodata (loss undefined, not zero). Outputs the loss (negative = gain) and the "
            "grade. Processed by row blocks.")

    REFERENCE, CURRENT, THRESHOLDS, LOSS, GRADE = "REFERENCE", "CURRENT", "THRESHOLDS", "LOSS", "GRADE"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.REFERENCE, tr("Reference-period indicator (NDVI, FVC, NPP or habitat quality; reference grid)")))
        self.addParameter(QgsProcessingParameterRasterLayer(self.CURRENT, tr("Current-period indicator")))
        self.addParameter(QgsProcessingParameterString(
            self.THRESHOLDS, tr("Loss thresholds for light, moderate, severe (comma separated)"),
            ", ".join("{:g}".format(v) for v in tables.DEGRADATION_THRESHOLDS)))
        self.addParameter(QgsProcessingParameterRasterDestination(self.LOSS, tr("Relative loss")))
        self.addParameter(QgsProcessingParameterRasterDestination(self.GRADE, tr("Degradation degree")))

    def process(self, parameters, context, feedback):
        thresholds = breaks_value(self, parameters, self.THRESHOLDS, context, tr("Loss thresholds"), 3,
                                  tables.DEGRADATION_THRESHOLDS)
        ref = self.parameterAsRasterLayer(parameters, self.REFERENCE, context)
        cur = self.parameterAsRasterLayer(parameters, self.CURRENT, context)
        grid = reference_grid(ref, tr("Reference indicator"), projected=False)
        lpath = output_raster(self, parameters, self.LOSS, context)
        gpath = output_raster(self, parameters, self.GRADE, context)
        counts = np.zeros(5, np.int64)

        def block(r, c):
            loss, code = degradation.degradation_degree(r, c, thresholds=thresholds)
            counts[:] += np.bincount(code.ravel(), minlength=5)[:5]
            return loss, code

        with RasterWriter(lpath, grid, "float32", -9999.0, tr("Relative loss")) as wl, \
                RasterWriter(gpath, grid, "uint8", 0, tr("Degradation degree"),
                             category_names={c: v[1].split(" ")[0] for c, v in DEGRADATION_CLASSES.items()}) as wg:
            process_blocks(grid, [(ref, False), (cur, False)], block, [wl, wg], feedback)
        total = counts[1:].sum()
        if total:
            feedback.pushInfo(tr("Shares: {}").format(", ".join(
                "{} {:.1%}".format(DEGRADATION_CLASSES[c][1].split(" ")[0], counts[c] / total) for c in range(1, 5))))
        apply_qml_on_load(context, lpath, style_raster_ramp(lpath, "diverging"), tr("Relative loss"))
        apply_qml_on_load(context, gpath, style_raster_classes(gpath, DEGRADATION_CLASSES), tr("Degradation degree"))
        return {self.LOSS: lpath, self.GRADE: gpath}
