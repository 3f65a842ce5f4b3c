"""Degradation degree (退化程度): relative loss of an indicator between two periods."""
from qgis.core import QgsProcessingParameterRasterLayer, QgsProcessingParameterString

from ...core import degradation, tables
from ...i18n import tr, tr_noop
from ...processing_helpers.raster_io import reference_grid
from ...processing_helpers.styles import DEGRADATION_CLASSES
from ...processing_helpers.tables import breaks_value
from ._graded import GradedIndexAlgorithm, GradedPlan


class Degradation(GradedIndexAlgorithm):
    NAME = "degradation"
    GROUP = "assessment"
    DISPLAY = "Degradation degree (生态退化程度)"
    TAGS = "degradation,NDVI,FVC,NPP,habitat quality,loss,退化程度,生态退化,植被退化"
    HELP = ("Degradation degree from the relative loss of an indicator between a reference and a current period "
            "(METHODS.md §1.4; common practice, not verified against an official text): loss = (reference − "
            "current) / reference, for NDVI, FVC, NPP or habitat quality (the same indicator and unit in both "
            "rasters). Graded with lower-inclusive thresholds (default 0.05, 0.15, 0.30): loss < 0.05 1 未退化 "
            "(gains included), < 0.15 2 轻度, < 0.30 3 中度, else 4 重度退化. A reference ≤ 0 or nodata in either raster "
            "gives nodata (loss undefined, not zero). Outputs the loss (negative = gain) and the grade. "
            "Processed by row blocks.")
    PARAM_HELP = {
        "REFERENCE": ("Indicator of the reference (earlier or natural) period: NDVI, FVC, NPP or habitat "
                      "quality; the reference grid. Cells ≤ 0 or nodata give nodata."),
        "CURRENT": ("The same indicator, in the same unit, for the current period; resampled to the reference "
                    "grid with a warning if needed."),
        "THRESHOLDS": ("Relative-loss thresholds of light, moderate and severe degradation, comma separated and "
                       "ascending, lower-inclusive. Default 0.05, 0.15, 0.30: common practice in Chinese "
                       "studies, not from a standard (METHODS.md §1.4)."),
        "LOSS": "Relative loss (reference − current) / reference; negative = gain.",
        "GRADE": "Degradation degree 1 未退化, 2 轻度, 3 中度, 4 重度退化 (0 = nodata), styled.",
    }

    REFERENCE, CURRENT, THRESHOLDS, LOSS, GRADE = "REFERENCE", "CURRENT", "THRESHOLDS", "LOSS", "GRADE"
    INDEX = LOSS
    INDEX_LABEL, GRADE_LABEL = tr_noop("Relative loss"), tr_noop("Degradation degree")
    INDEX_RAMP = "diverging"
    SHARES = tr_noop("Shares: {}")

    def add_inputs(self):
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.REFERENCE, tr("Reference-period indicator (NDVI, FVC, NPP or habitat quality; reference grid)")))
        self.addParameter(QgsProcessingParameterRasterLayer(self.CURRENT, tr("Current-period indicator")))
        self.addParameter(QgsProcessingParameterString(
            self.THRESHOLDS, tr("Loss thresholds for light, moderate, severe (comma separated)"),
            ", ".join("{:g}".format(v) for v in tables.DEGRADATION_THRESHOLDS)))

    def prepare(self, parameters, context, feedback):
        thresholds = breaks_value(self, parameters, self.THRESHOLDS, context, tr("Loss thresholds"), 3,
                                  tables.DEGRADATION_THRESHOLDS)
        ref = self.parameterAsRasterLayer(parameters, self.REFERENCE, context)
        cur = self.parameterAsRasterLayer(parameters, self.CURRENT, context)
        grid = reference_grid(ref, tr("Reference indicator"), projected=False)

        def formula(_window, r, c):
            return degradation.degradation_degree(r, c, thresholds=thresholds)

        return GradedPlan(grid, DEGRADATION_CLASSES, formula, [(ref, False), (cur, False)], rows=512,
                          start=0.0, end=100.0)
