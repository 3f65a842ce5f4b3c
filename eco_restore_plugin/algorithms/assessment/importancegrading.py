"""Importance grading (重要性分级) of a service raster by the cumulative service share."""
import numpy as np
from qgis.core import (
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ...core import grading
from ...i18n import tr
from ...processing_helpers.dask_client import run_on_cluster
from ...processing_helpers.raster_io import (
    BlockReader,
    RasterWriter,
    iter_row_blocks,
    output_raster,
    reference_grid,
)
from ...processing_helpers.styles import IMPORTANCE_CLASSES, apply_qml_on_load, style_raster_classes
from ...processing_helpers.tables import number_list
from ..base import EcoRestoreAlgorithm


class ImportanceGrading(EcoRestoreAlgorithm):
    NAME = "importancegrading"
    GROUP = "assessment"
    DISPLAY = "Service importance grading, cumulative share (服务重要性分级 累积服务值法)"
    TAGS = "importance,grading,cumulative,重要性,分级,累积服务值"
    HELP = ("Grades any ecosystem-service raster by the cumulative service share (双评价 guide 2020): "
            "cells sorted by value, high to low; the cells holding the first 50 % of the total service "
            "are 极重要 (3), up to 80 % 重要 (2), the rest 一般重要 (1); nodata stays nodata (0). "
            "Cells tied with the crossing value take the higher grade. Thresholds are parameters. "
            "Read by blocks, so any raster size works; the thresholds are exact at every size.")
    PARAM_HELP = {
        "INPUT": ("Any ecosystem-service raster (water conservation, soil conservation, habitat quality, NPP "
                  "index …); higher value = more service. Nodata stays ungraded."),
        "SHARES": ("Cumulative shares of the total service that end 极重要 and 重要, ascending, comma separated. "
                   "Default 0.5, 0.8 (50 % and 80 %): the cumulative-service method of the 双评价 guide (MNR 2020) "
                   "as summarised in METHODS.md §1; clause not verified against the official text."),
        "OUTPUT": ("Importance grade 3 极重要, 2 重要, 1 一般重要 (0 nodata), styled; the log gives each grade's area "
                   "share."),
    }

    INPUT, SHARES, OUTPUT = "INPUT", "SHARES", "OUTPUT"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(self.INPUT, tr("Service raster")))
        self.addParameter(QgsProcessingParameterString(
            self.SHARES, tr("Cumulative shares for 极重要 and 重要 (comma separated)"), "0.5, 0.8"))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Importance grade")))

    #: up to this many cells all values are held in memory (≤ 240 MB); above, three passes by blocks
    IN_MEMORY_CELLS = 30_000_000

    def process(self, parameters, context, feedback):
        # plugin setting eco_restore/dask_scheduler: thresholds by distributed histograms, then the chunks,
        # on that cluster (None: not set or declined)
        result = run_on_cluster(feedback, "importance_grading", self, parameters, context)
        if result is not None:
            return result
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        grid = reference_grid(layer, tr("Service raster"), projected=False)
        shares = number_list(self.parameterAsString(parameters, self.SHARES, context), tr("Shares"), 2)
        if not 0 < shares[0] < shares[1] <= 1:
            raise ValueError(tr("Shares must increase within (0, 1], e.g. 0.5, 0.8."))
        blocks = list(iter_row_blocks(grid, 1024))
        reader = BlockReader(layer, grid)
        if grid.width * grid.height <= self.IN_MEMORY_CELLS:
            # exact: all valid values in memory (≤ 240 MB)
            parts = []
            for i, (r0, n) in enumerate(blocks):
                self.check_cancel(feedback)
                parts.append(reader.read(r0, n).ravel())
                feedback.setProgress(30 * (i + 1) / len(blocks))
            reader.finish(feedback)
            values = np.concatenate(parts)
            del parts
            thresholds = grading.cumulative_thresholds(values, shares=shares)
            del values
        else:
            # exact by blocks: the value range, a value-weighted histogram, then only the values of the
            # bins where the shares are crossed (core.grading.CumulativeHistogram.exact_thresholds)
            lo, hi = np.inf, -np.inf
            for i, (r0, n) in enumerate(blocks):
                self.check_cancel(feedback)
                b = reader.read(r0, n)
                feedback.setProgress(10 * (i + 1) / len(blocks))
                if np.isfinite(b).any():
                    lo, hi = min(lo, np.nanmin(b)), max(hi, np.nanmax(b))
            reader.finish(feedback)
            hist = grading.CumulativeHistogram(max(lo, 0.0), hi)
            for i, (r0, n) in enumerate(blocks):
                self.check_cancel(feedback)
                hist.add(reader.read(r0, n))
                feedback.setProgress(10 + 10 * (i + 1) / len(blocks))
            parts = []
            for i, (r0, n) in enumerate(blocks):
                self.check_cancel(feedback)
                parts.append(hist.crossing_values(reader.read(r0, n), shares))
                feedback.setProgress(20 + 10 * (i + 1) / len(blocks))
            thresholds = hist.exact_thresholds(np.concatenate(parts), shares)
            del parts
        if not np.all(np.isfinite(thresholds)):
            raise ValueError(tr("The service raster has no positive value: nothing to grade."))
        feedback.pushInfo(tr("Value thresholds: 重要 ≥ {:.6g}, 极重要 ≥ {:.6g}").format(*thresholds))
        path = output_raster(self, parameters, self.OUTPUT, context)
        counts = np.zeros(4, np.int64)
        with RasterWriter(path, grid, "uint8", 0, tr("Importance grade (3 极重要, 2 重要, 1 一般重要)"),
                          category_names={0: "", 1: "一般重要", 2: "重要", 3: "极重要"}) as w:
            for i, (r0, n) in enumerate(blocks):
                self.check_cancel(feedback)
                g = grading.classify_by_thresholds(reader.read(r0, n), thresholds)
                counts += np.bincount(g.ravel(), minlength=4)[:4]
                w.write(g, r0)
                feedback.setProgress(30.0 + 70.0 * (i + 1) / len(blocks))
            self.check_cancel(feedback)  # cancelled at the last block: the writer keeps nothing
        total = counts[1:].sum()
        if total:
            feedback.pushInfo(tr("Area shares: 极重要 {:.1%}, 重要 {:.1%}, 一般重要 {:.1%}").format(
                counts[3] / total, counts[2] / total, counts[1] / total))
        apply_qml_on_load(context, path, style_raster_classes(path, IMPORTANCE_CLASSES), tr("Importance grade"))
        return {self.OUTPUT: path}
