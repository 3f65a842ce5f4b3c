"""Landscape ecological risk (景观生态风险) on a grid of risk cells, interpolated and graded."""
import numpy as np
from qgis.core import (
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsRectangle,
    QgsWkbTypes,
)

from ...core import ecorisk
from ...i18n import tr
from ...processing_helpers.raster_io import BlockReader, RasterWriter, output_raster, reference_grid
from ...processing_helpers.value_rules import check_codes
from ...processing_helpers.renderers import graduated_renderer
from ...processing_helpers.styles import apply_qml_on_load, style_on_load, style_raster_classes, style_raster_ramp
from ...processing_helpers.tables import class_table_parameter, parse_class_table
from ...processing_helpers.vector_io import add_row, table_sink
from ..base import EcoRestoreAlgorithm

GRADE_CLASSES = {
    1: ("#1a9641", "低风险 Low"),
    2: ("#a6d96a", "较低风险 Relatively low"),
    3: ("#ffffbf", "中风险 Medium"),
    4: ("#fdae61", "较高风险 Relatively high"),
    5: ("#d7191c", "高风险 High"),
}


class LandscapeRisk(EcoRestoreAlgorithm):
    NAME = "landscaperisk"
    GROUP = "assessment"
    DISPLAY = "Landscape ecological risk index (景观生态风险评价)"
    TAGS = "landscape ecological risk,ERI,fragmentation,isolation,dominance,vulnerability,景观生态风险,脆弱度,干扰度"
    HELP = ("Landscape ecological risk index on a grid of square risk cells: ERI_k = Σ_i (A_ki / A_k) · R_i, A_ki the "
            "area of land-use class i in risk cell k. The class loss R_i = E_i · F_i: disturbance E_i = a·C_i + b·N_i + "
            "c·D_i (by default C, N and D are each first divided by their largest class value, so that the "
            "weights compare like with like; untick to use the raw indices) from fragmentation C_i = n_i / A_i, isolation N_i = (A / 2A_i)·√(n_i / A) and dominance D_i = "
            "(Q_i + M_i)/4 + L_i/2 (n_i patches of class i, 8-connected; areas in km²; Q_i share of risk cells "
            "holding class i, M_i share of patches, L_i share of area), a, b, c default 0.5, 0.3, 0.2; "
            "vulnerability F_i = rank / largest rank from the editable rank table (default: built land 1, forest 2, "
            "plantation and grassland 3, cropland 4, water and wetland 5, bare land 6 - the ranking common in Chinese "
            "studies, a plugin default). This is the landscape-loss index of Chinese landscape ecological risk "
            "studies (e.g. 谢花林 2008; cited from secondary sources, not checked against the original). Risk-cell "
            "size: the usual rule is an area of 2-5 times the mean patch area (logged); studies of counties often "
            "use 1-3 km. Risk cells with less than the minimum share of their area inside the study area are left "
            "out. The surface is a bilinear interpolation of the risk-cell values at their centres (empty risk cells "
            "first take the nearest value): a documented simpler substitute for the ordinary kriging of many "
            "studies, exact at the centres, without a kriging variance. Five grades by natural breaks (Jenks) of "
            "the risk-cell values. "
            "The land use is read by row bands (patches that cross two bands are joined), so memory follows a band and the number of patches, not the raster.")

    PARAM_HELP = {
        "LANDUSE": "Land-use raster with class codes (三调 codes for the default ranks); the reference grid.",
        "RISK_CELL_SIZE": ("Side of the square risk cells, m. 0: the side of 3 × the mean patch area. The log gives the "
                           "range of the 2-5 × rule."),
        "VULNERABILITY": "One row per land-use class: its vulnerability rank (1 least vulnerable … 6 most).",
        "WEIGHT_FRAGMENTATION": "Weight a of fragmentation; a + b + c must be 1.",
        "WEIGHT_ISOLATION": "Weight b of isolation; a + b + c must be 1.",
        "WEIGHT_DOMINANCE": "Weight c of dominance; a + b + c must be 1.",
        "MIN_VALID": "Risk cells with less than this share of their area in the study area get no value.",
        "NORMALISE": ("Divide fragmentation, isolation and dominance by their largest class value before weighting "
                      "(default); untick for the raw indices."),
        "OUTPUT": "Risk index interpolated between the risk-cell centres (bilinear), styled.",
        "GRADE": "Five grades (1 low … 5 high) by natural breaks of the risk-cell values.",
        "RISK_CELLS": "Polygons of the risk cells with their index and grade.",
        "CLASS_TABLE": ("Table: patches, area, fragmentation, isolation, dominance, disturbance, vulnerability and "
                        "loss."),
    }
    ADVANCED = ("WEIGHT_FRAGMENTATION", "WEIGHT_ISOLATION", "WEIGHT_DOMINANCE", "MIN_VALID", "NORMALISE")

    LANDUSE, SIZE, VULNERABILITY, A, B, C, MIN_VALID, NORMALISE = (
        "LANDUSE", "RISK_CELL_SIZE", "VULNERABILITY", "WEIGHT_FRAGMENTATION", "WEIGHT_ISOLATION",
        "WEIGHT_DOMINANCE", "MIN_VALID", "NORMALISE")
    OUTPUT, GRADE, CELLS, CLASSES = "OUTPUT", "GRADE", "RISK_CELLS", "CLASS_TABLE"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(self.LANDUSE, tr("Land use (class codes)")))
        self.addParameter(QgsProcessingParameterNumber(
            self.SIZE, tr("Risk cell size (m; 0 = 3 × the mean patch area)"), QgsProcessingParameterNumber.Double,
            1000.0, minValue=0.0))
        self.addParameter(class_table_parameter(
            self.VULNERABILITY, tr("Vulnerability rank per class (1 least … 6 most)"), ["code", "rank"],
            ecorisk.VULNERABILITY_3DIAO))
        self.addParameter(QgsProcessingParameterNumber(
            self.A, tr("Weight a of fragmentation"), QgsProcessingParameterNumber.Double, 0.5, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.B, tr("Weight b of isolation"), QgsProcessingParameterNumber.Double, 0.3, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.C, tr("Weight c of dominance"), QgsProcessingParameterNumber.Double, 0.2, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_VALID, tr("Minimum share of a risk cell inside the study area"),
            QgsProcessingParameterNumber.Double, 0.5, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.NORMALISE, tr("Scale fragmentation, isolation and dominance to their largest class value"),
            defaultValue=True))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Landscape ecological risk index")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.GRADE, tr("Landscape ecological risk grade"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.CELLS, tr("Risk cells with their index"), QgsProcessing.TypeVectorPolygon, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.CLASSES, tr("Landscape indices per class"), QgsProcessing.TypeVector, optional=True))

    #: rows of a band read from the file (the passes hold a band, never the whole raster)
    BAND_ROWS = 512

    def _bands(self, reader, grid, feedback, rows, start, end):
        """The land-use codes by row bands of ``rows`` rows: int64, nodata 0 (as the core expects)."""
        n = max(1, -(-grid.height // rows))
        for i, row0 in enumerate(range(0, grid.height, rows)):
            self.check_cancel(feedback)
            block = reader.read(row0, min(rows, grid.height - row0))
            yield np.where(np.isfinite(block), block, 0).astype(np.int64)
            feedback.setProgress(start + (end - start) * (i + 1) / n)

    def process(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.LANDUSE, context)
        grid = reference_grid(layer, tr("Land use"))
        vul = {int(k): v for k, v in parse_class_table(self.table_value(parameters, self.VULNERABILITY),
                                                        ["code", "rank"], tr("Vulnerability table")).items()}
        cell = grid.cellsize[0]
        size = self.parameterAsDouble(parameters, self.SIZE, context)
        weights = tuple(self.parameterAsDouble(parameters, k, context) for k in (self.A, self.B, self.C))
        if size > 0 and int(round(size / cell)) < 2:
            raise QgsProcessingException(tr("The risk cell ({} m) must be at least two raster cells ({} m) wide.")
                                         .format(size, cell))
        # 1. patches and cells of every class, by bands (a patch across two bands is one patch)
        feedback.setProgressText(tr("Counting the patches of each class by bands…"))
        reader = BlockReader(layer, grid, categorical=True)
        patches = ecorisk.class_patches_by_bands(self._bands(reader, grid, feedback, self.BAND_ROWS, 0, 30),
                                                 nodata=0)
        reader.finish(feedback)     # NaN cells reported; an input without a valid cell refused
        codes = np.array(sorted(patches), dtype=float)
        check_codes(codes, set(vul) | {0}, layer.name(), tr("the vulnerability table"),
                    counts=np.array([patches[c][1] for c in sorted(patches)]))
        window = (max(1, int(round(size / cell))) if size > 0 else
                  ecorisk.suggested_window(ecorisk.mean_patch_area(patches, cell_size=cell), cell, factor=3.0))
        # 2. the class counts of every risk cell, by bands of whole risk-cell rows
        feedback.setProgressText(tr("Counting the classes of each risk cell…"))
        rows = max(1, self.BAND_ROWS // window) * window
        reader = BlockReader(layer, grid, categorical=True)
        reader.rule = None          # checked in the first pass
        class_values = np.array(sorted(patches), dtype=np.int64)
        bands = ((b, b != 0) for b in self._bands(reader, grid, feedback, rows, 30, 55))
        counts, nvalid = ecorisk.window_counts_by_bands(bands, grid.height, grid.width, window, class_values)
        res = ecorisk.landscape_risk_from_counts(
            patches, counts, nvalid, cell_size=cell, window=window, vulnerability=vul, weights=weights,
            min_valid=self.parameterAsDouble(parameters, self.MIN_VALID, context),
            normalise=self.parameterAsBool(parameters, self.NORMALISE, context))
        counts = nvalid = None
        side = window * cell
        lo, hi = np.sqrt(2 * res["mean_patch_ha"] * 1e4), np.sqrt(5 * res["mean_patch_ha"] * 1e4)
        feedback.pushInfo(tr("Mean patch area {:.2f} hm²: risk cells of {:.0f}-{:.0f} m follow the 2-5 × rule; "
                             "used {:.0f} m ({} risk cells).").format(res["mean_patch_ha"], lo, hi, side,
                                                                        res["n_windows"]))
        breaks = res["breaks"]
        eri = res["eri"]
        path = output_raster(self, parameters, self.OUTPUT, context)
        gpath = output_raster(self, parameters, self.GRADE, context) if parameters.get(self.GRADE) is not None else None
        rows = 512
        reader = BlockReader(layer, grid, categorical=True)
        reader.rule = None

        def valid(row0, n):         # the study area of rows row0 .. row0 + n (land use read again)
            block = reader.read(row0, n)
            return np.isfinite(block) & (block > 0)

        with RasterWriter(path, grid, "float32", -9999.0, tr("Landscape ecological risk index")) as w:
            for row0 in range(0, grid.height, rows):
                self.check_cancel(feedback)
                n = min(rows, grid.height - row0)
                v = ecorisk.interpolate_rows(eri, window, row0, n, grid.width)
                w.write(np.where(valid(row0, n), v, np.nan), row0)
                feedback.setProgress(60 + 25 * (row0 + n) / grid.height)
        apply_qml_on_load(context, path, style_raster_ramp(path, "degradation"), tr("Landscape ecological risk index"))
        results = {self.OUTPUT: path}
        if gpath:
            if len(breaks) != 4:
                raise QgsProcessingException(tr("Too few risk cells ({}) for five grades; use smaller risk cells.")
                                             .format(res["n_windows"]))
            names = {c: v[1] for c, v in GRADE_CLASSES.items()}
            with RasterWriter(gpath, grid, "uint8", 0, tr("Landscape ecological risk grade"), category_names=names) as w:
                for row0 in range(0, grid.height, rows):
                    self.check_cancel(feedback)
                    n = min(rows, grid.height - row0)
                    v = ecorisk.interpolate_rows(eri, window, row0, n, grid.width)
                    w.write(ecorisk.grade(np.where(valid(row0, n), v, np.nan), breaks), row0)
            apply_qml_on_load(context, gpath, style_raster_classes(gpath, GRADE_CLASSES),
                              tr("Landscape ecological risk grade"))
            results[self.GRADE] = gpath
        feedback.pushInfo(tr("Risk index of the risk cells: {:.4f} to {:.4f}, mean {:.4f}; grade breaks {}").format(
            float(np.nanmin(eri)), float(np.nanmax(eri)), float(np.nanmean(eri)),
            ", ".join("{:.4f}".format(b) for b in breaks)))
        if parameters.get(self.CELLS) is not None:
            sink, dest, fields = table_sink(self, parameters, self.CELLS, context, [
                ("row", "int"), ("col", "int"), ("eri", "double"), ("grade", "int"), ("grade_name", "string")],
                QgsWkbTypes.Polygon, grid.crs)
            gt = grid.geotransform
            g = ecorisk.grade(eri, breaks) if len(breaks) == 4 else np.zeros(eri.shape, np.uint8)
            for (r, c), value in np.ndenumerate(eri):
                if not np.isfinite(value):
                    continue
                x0, y0 = gt[0] + c * side, gt[3] - r * side
                rect = QgsRectangle(x0, max(y0 - side, gt[3] + gt[5] * grid.height), min(x0 + side, gt[0] + gt[1] * grid.width), y0)
                code = int(g[r, c])
                add_row(sink, fields, [r, c, value, code, GRADE_CLASSES[code][1] if code else None],
                        QgsGeometry.fromRect(rect))
            style_on_load(context, dest, lambda lyr: graduated_renderer(lyr, "eri", ("#1a9641", "#d7191c")),
                          tr("Risk cells"))
            results[self.CELLS] = dest
        if parameters.get(self.CLASSES) is not None:
            sink, dest, fields = table_sink(self, parameters, self.CLASSES, context, [
                ("code", "int"), ("patches", "int"), ("area_km2", "double"), ("fragmentation", "double"),
                ("isolation", "double"), ("dominance", "double"), ("disturbance", "double"),
                ("vulnerability", "double"), ("loss", "double")])
            for code, t in sorted(res["classes"].items()):
                add_row(sink, fields, [int(code), t["n"], t["area_km2"], t["C"], t["N"], t["D"], t["E"], t["F"], t["R"]])
            results[self.CLASSES] = dest
        return results
