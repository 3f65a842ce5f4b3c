"""Land-use transition matrix, dynamic degrees and change map (土地利用转移矩阵与动态度)."""
import colorsys

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ...core import tables, transition
from ...processing_helpers.params import TableOutputParams
from ...i18n import tr
from ...processing_helpers.raster_io import (
    BlockReader, RasterWriter, check_alignment, iter_row_blocks, output_raster, reference_grid)
from ...processing_helpers.styles import apply_qml_on_load, style_raster_classes
from ...processing_helpers.vector_io import add_row, table_sink
from ..base import EcoRestoreAlgorithm


def class_name(code):
    return tables.LANDCOVER_3DIAO.get(int(code), str(int(code)))


def change_classes(codes, multiplier):
    """Palette of a change raster: 0 unchanged grey (half transparent), each change its own colour."""
    out = {0: ("#80bdbdbd", "未变化 Unchanged")}
    changes = [int(c) for c in codes if c > 0]
    for i, c in enumerate(changes):
        hue = (i * 0.618033988749895) % 1.0
        r, g, b = colorsys.hsv_to_rgb(hue, 0.75, 0.9)
        out[c] = ("#{:02x}{:02x}{:02x}".format(int(r * 255), int(g * 255), int(b * 255)),
                  "{} → {}".format(class_name(c // multiplier), class_name(c % multiplier)))
    return out


class LanduseTransition(TableOutputParams, EcoRestoreAlgorithm):
    NAME = "landusetransition"
    GROUP = "assessment"
    DISPLAY = "Land-use transition matrix and dynamic degree (土地利用转移矩阵与动态度)"
    TAGS = "land use change,transition matrix,dynamic degree,土地利用转移矩阵,土地利用动态度,变化"
    HELP = ("Compares two land-use rasters (class codes, e.g. 三调 classes; METHODS.md §1.5). Transition "
            "matrix: the area (hm²) of every change from class i at the first date (rows) to class j at the "
            "second (columns to_<code>), with row totals and a total row; cells nodata at either date are "
            "left out. Single land-use dynamic degree K = (U_b − U_a) / U_a / T · 100 (% per year; 王秀兰 & "
            "包玉海 1999), comprehensive dynamic degree LC = Σ ΔLU_(i−j) / (2 Σ LU_i) / T · 100 (% per year, "
            "the changed area counted once, as the formula is written), T the years between the dates. "
            "Change raster: code = from · M + to (M the smallest power of ten above every class, e.g. "
            "10000 for 三调 codes: 301 → 701 is 3010701), unchanged 0, nodata −1; unchanged cells shown "
            "grey. Class names are taken from the 三调 classes where the code is known. Two 三调 vintages (DLTB "
            "parcels, e.g. 2010 and 2020): import the first with 'Import land parcels DLTB', then the "
            "second with the first import as its reference raster; both rasters then share one grid and "
            "go in here unchanged (the import refuses a vintage in another CRS).")
    PARAM_HELP = {
        "BEFORE": "Land-use raster of the first date (class codes, e.g. 三调); the reference grid.",
        "AFTER": ("Land-use raster of the second date, same coding; resampled by nearest neighbour to the first "
                  "date's grid if needed."),
        "YEARS": "Years T between the two dates, used by the dynamic degrees (% per year). Default 10.",
        "MATRIX": ("Transition matrix in hm²: rows = class at the first date, columns to_<code> = class at the "
                   "second, with row totals and a total row."),
        "DYNAMICS": ("Table of the single land-use dynamic degree K of each class and the comprehensive dynamic "
                     "degree LC (% per year). Optional output, created by default; uncheck it in the dialog to "
                     "skip it."),
        "CHANGE": ("Change raster: code = from · M + to, unchanged 0, nodata −1. Optional output, created by "
                   "default; uncheck it in the dialog to skip it."),
    }

    #: rows per block (both dates are read, and the change raster written, by row blocks)
    BLOCK_ROWS = 512

    BEFORE, AFTER, YEARS, MATRIX, DYNAMICS, CHANGE = "BEFORE", "AFTER", "YEARS", "MATRIX", "DYNAMICS", "CHANGE"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.BEFORE, tr("Land use at the first date (reference grid)")))
        self.addParameter(QgsProcessingParameterRasterLayer(self.AFTER, tr("Land use at the second date")))
        self.addParameter(QgsProcessingParameterNumber(
            self.YEARS, tr("Years between the two dates"), QgsProcessingParameterNumber.Double, 10.0,
            minValue=0.001))
        self.add_table_output(self.MATRIX, tr("Transition matrix (hm²)"))
        self.add_table_output(self.DYNAMICS, tr("Land-use dynamic degree"), optional=True)
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.CHANGE, tr("Land-use change"), optional=True))

    def process(self, parameters, context, feedback):
        b_layer = self.parameterAsRasterLayer(parameters, self.BEFORE, context)
        grid = reference_grid(b_layer, tr("Land use at the first date"))
        a_layer = self.parameterAsRasterLayer(parameters, self.AFTER, context)
        check_alignment(a_layer, grid, True, feedback)
        rows = self.BLOCK_ROWS
        readers = [BlockReader(b_layer, grid, categorical=True), BlockReader(a_layer, grid, categorical=True)]
        counts = (np.empty(0), np.zeros((0, 0), np.int64))
        nblocks = max(1, -(-grid.height // rows))
        for i, (row0, nrows) in enumerate(iter_row_blocks(grid, rows)):   # first pass: the cross-tabulation
            self.check_cancel(feedback)
            before, after = (reader.read(row0, nrows) for reader in readers)
            self._check_codes(before, after)
            counts = transition.add_transition_counts(counts, transition.transition_counts(before, after))
            feedback.setProgress(40 * (i + 1) / nblocks)
        for reader in readers:
            reader.finish(feedback)
        years = self.parameterAsDouble(parameters, self.YEARS, context)
        if not years > 0:
            raise QgsProcessingException(tr("The years between the dates must be positive."))
        ha = grid.cell_area() / 1e4
        res = transition.transition_matrix_from_counts(*counts, cell_area=ha)
        if not res["classes"]:
            raise QgsProcessingException(tr("No cell is valid at both dates."))
        feedback.setProgress(40)
        self.check_cancel(feedback)
        classes = [int(c) for c in res["classes"]]
        mat = res["matrix"]
        results = {}
        cols = [("from_code", "long"), ("from_name", "string")] + \
            [("to_{}".format(c), "double") for c in classes] + [("total", "double")]
        sink, dest, fields = table_sink(self, parameters, self.MATRIX, context, cols)
        for i, c in enumerate(classes):
            add_row(sink, fields, [c, class_name(c)] + mat[i].tolist() + [float(mat[i].sum())])
        add_row(sink, fields, [None, tr("Total")] + mat.sum(axis=0).tolist() + [float(mat.sum())])
        results[self.MATRIX] = dest
        single = transition.single_dynamic_degree(res["area_before"], res["area_after"], years=years)
        lc = transition.comprehensive_dynamic_degree(mat, years=years)
        if parameters.get(self.DYNAMICS) is not None:
            sink, dest, fields = table_sink(self, parameters, self.DYNAMICS, context, [
                ("code", "long"), ("name", "string"), ("area_before_hm2", "double"),
                ("area_after_hm2", "double"), ("change_hm2", "double"), ("dynamic_pct_a", "double")])
            for c in classes:
                a0, a1 = res["area_before"][c], res["area_after"][c]
                add_row(sink, fields, [c, class_name(c), a0, a1, a1 - a0, single[c]])
            add_row(sink, fields, [None, tr("Comprehensive dynamic degree"), res["total"], res["total"],
                                   res["changed"], lc])
            results[self.DYNAMICS] = dest
        feedback.setProgress(60)
        self.check_cancel(feedback)
        if parameters.get(self.CHANGE) is not None:
            mult = transition.change_multiplier(int(max(res["classes"])))
            path = output_raster(self, parameters, self.CHANGE, context)
            palette = change_classes(transition.change_codes(*counts, multiplier=mult), mult)
            readers = [BlockReader(layer, grid, categorical=True) for layer in (b_layer, a_layer)]
            with RasterWriter(path, grid, "int32", -1, tr("Land-use change (from · {} + to)").format(mult)) as w:
                for i, (row0, nrows) in enumerate(iter_row_blocks(grid, rows)):   # second pass: the codes
                    self.check_cancel(feedback)
                    codes, _ = transition.change_raster(*(reader.read(row0, nrows) for reader in readers),
                                                        multiplier=mult)
                    w.write(codes.astype(np.int32), row0)
                    feedback.setProgress(60 + 35 * (i + 1) / nblocks)
                self.check_cancel(feedback)
            apply_qml_on_load(context, path, style_raster_classes(path, palette), tr("Land-use change"))
            results[self.CHANGE] = path
        feedback.pushInfo(tr("Changed area {:.2f} hm² of {:.2f} hm²; comprehensive dynamic degree {:.4g} %/a").format(
            res["changed"], res["total"], lc))
        return results

    @staticmethod
    def _check_codes(before, after):
        for arr, what in ((before, tr("first date")), (after, tr("second date"))):
            v = arr[np.isfinite(arr)]
            if v.size and (np.any(v != np.round(v)) or v.min() < 0):
                raise QgsProcessingException(tr(
                    "The land use at the {} must hold non-negative whole class codes.").format(what))
