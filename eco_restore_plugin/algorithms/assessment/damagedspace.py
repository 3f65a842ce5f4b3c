"""Damaged space (受损空间): degradation degree crossed with resilience level."""
import numpy as np
from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ...core import degradation
from ...processing_helpers.params import TableOutputParams
from ...i18n import tr
from ...processing_helpers.raster_io import RasterWriter, output_raster, process_blocks, reference_grid
from ...processing_helpers.styles import apply_qml_on_load, style_raster_classes
from ...processing_helpers.vector_io import add_row, table_sink
from ..base import EcoRestoreAlgorithm

_COLOURS = {
    11: "#c7e9c0", 12: "#a1d99b", 13: "#74c476",
    21: "#fec44f", 22: "#fee391", 23: "#fff7bc",
    31: "#f16913", 32: "#fd8d3c", 33: "#fdae6b",
    41: "#99000d", 42: "#cb181d", 43: "#ef3b2c",
}


def damaged_classes(damaged_from=2):
    """{code: (colour, label)} of the damaged-space codes 10·degradation + resilience."""
    out = {}
    for d in range(damaged_from, 5):
        for r in (1, 2, 3):
            out[10 * d + r] = (_COLOURS[10 * d + r], "{}-{}".format(
                degradation.DEGRADATION_NAMES[d], degradation.RESILIENCE_NAMES[r]))
    return out


class DamagedSpace(TableOutputParams, EcoRestoreAlgorithm):
    NAME = "damagedspace"
    GROUP = "assessment"
    DISPLAY = "Damaged space, degradation × resilience (受损空间识别)"
    TAGS = "damaged space,degradation,resilience,restoration,受损空间,退化程度,恢复力"
    HELP = ("Crosses the degradation degree (1 未退化, 2 轻度, 3 中度, 4 重度退化; output of the "
            "degradation algorithm) with the resilience level (1 低, 2 中, 3 高; output of the resilience "
            "algorithm) into damaged-space codes 10 · degradation + resilience (e.g. 41 = severe "
            "degradation with low resilience, a candidate for reconstruction; 23 = light degradation with "
            "high resilience, natural recovery), METHODS.md §1.4 and §3. Cells below the chosen degradation "
            "degree (default light) and cells with nodata in either input are 0. The table gives the area "
            "(hm²) and share of each combination. Processed by row blocks.")
    PARAM_HELP = {
        "DEGRADATION": ("Degradation degree raster, codes 1 未退化, 2 轻度, 3 中度, 4 重度退化 (output GRADE of "
                        "'Degradation degree'); the reference grid."),
        "RESILIENCE": ("Resilience level raster, codes 1 低, 2 中, 3 高 (output GRADE of 'Ecosystem resilience'); "
                       "resampled to the degradation grid if needed."),
        "DAMAGED_FROM": ("Lowest degradation degree counted as damaged space. Default light (轻度): cells 未退化 get "
                         "0. The plugin's own default (METHODS.md §1.4)."),
        "OUTPUT": ("Damaged-space code 10 × degradation + resilience (e.g. 41 = severe degradation, low "
                   "resilience); 0 = not damaged or nodata. Styled."),
        "TABLE": ("Table of the area (hm²) and share of each combination. Optional output, created by default; "
                  "uncheck it in the dialog to skip it."),
    }

    DEGRADATION, RESILIENCE, FROM, OUTPUT, TABLE = "DEGRADATION", "RESILIENCE", "DAMAGED_FROM", "OUTPUT", "TABLE"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.DEGRADATION, tr("Degradation degree (codes 1-4, reference grid)")))
        self.addParameter(QgsProcessingParameterRasterLayer(self.RESILIENCE, tr("Resilience level (codes 1-3)")))
        self.addParameter(QgsProcessingParameterEnum(
            self.FROM, tr("Damaged from degradation degree"),
            [tr("Not degraded (all cells)"), tr("Light"), tr("Moderate"), tr("Severe")], defaultValue=1))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Damaged space")))
        self.add_table_output(self.TABLE, tr("Damaged-space areas"), optional=True)

    def process(self, parameters, context, feedback):
        dlayer = self.parameterAsRasterLayer(parameters, self.DEGRADATION, context)
        rlayer = self.parameterAsRasterLayer(parameters, self.RESILIENCE, context)
        grid = reference_grid(dlayer, tr("Degradation degree"))
        damaged_from = self.parameterAsEnum(parameters, self.FROM, context) + 1
        counts = np.zeros(44, np.int64)
        bad = set()

        def block(d, r):
            d = np.nan_to_num(d, nan=0.0)
            r = np.nan_to_num(r, nan=0.0)
            bad.update(np.unique(d[(d != 0) & ~np.isin(d, (1, 2, 3, 4))]).tolist()[:5])
            bad.update(np.unique(r[(r != 0) & ~np.isin(r, (1, 2, 3))]).tolist()[:5])
            if bad:
                raise ValueError(tr("Unexpected codes {}: the degradation degree must hold 1-4 and the "
                                    "resilience level 1-3.").format(", ".join("{:g}".format(v) for v in sorted(bad))))
            out = degradation.damaged_space(d, r, damaged_from=damaged_from)
            counts[:] += np.bincount(out.ravel(), minlength=44)[:44]
            return out

        classes = damaged_classes(damaged_from)
        path = output_raster(self, parameters, self.OUTPUT, context)
        # no damaged space (e.g. a region without degradation) is a legitimate, empty answer
        with RasterWriter(path, grid, "uint8", 0, tr("Damaged space (10 · degradation + resilience)"),
                          category_names={c: v[1] for c, v in classes.items()}, allow_empty=True) as w:
            process_blocks(grid, [(dlayer, True), (rlayer, True)], block, [w], feedback)
        if not counts[1:].any():
            feedback.pushWarning(tr("No damaged space in the region: the output is empty."))
        apply_qml_on_load(context, path, style_raster_classes(path, classes), tr("Damaged space"))
        results = {self.OUTPUT: path}
        ha = grid.cell_area() / 1e4
        total = counts[1:].sum()
        if parameters.get(self.TABLE) is not None:
            sink, dest, fields = table_sink(self, parameters, self.TABLE, context, [
                ("code", "long"), ("degradation", "long"), ("resilience", "long"), ("name", "string"),
                ("cells", "long"), ("area_hm2", "double"), ("share", "double")])
            for code, (_, label) in sorted(classes.items()):
                add_row(sink, fields, [code, code // 10, code % 10, label, int(counts[code]),
                                       counts[code] * ha, counts[code] / total if total else np.nan])
            results[self.TABLE] = dest
        feedback.pushInfo(tr("Damaged space: {:.2f} hm²").format(total * ha))
        return results
