"""Barriers to connectivity (生态障碍点, Barrier Mapper method): restoration improvement score."""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsWkbTypes,
)

from ...core import barriers
from ...i18n import tr
from ...processing_helpers.raster_io import output_raster, write_raster
from ...processing_helpers.styles import apply_qml_on_load, style_on_load, style_raster_ramp
from ...processing_helpers.vector_io import add_row, polygonize, table_sink
from ...processing_helpers.renderers import barrier_renderer
from ._sources import CostSourcesAlgorithm


def radius_list(rmin, rmax, step):
    """Radii rmin, rmin + step, ... <= rmax (Barrier Mapper's minimum / maximum / step)."""
    if rmin <= 0:
        raise QgsProcessingException(tr("The minimum radius must be > 0."))
    if rmax < rmin:
        raise QgsProcessingException(tr("The maximum radius must not be smaller than the minimum radius."))
    if rmax > rmin and step <= 0:
        raise QgsProcessingException(tr("The radius step must be > 0 when the maximum radius is larger "
                                        "than the minimum radius."))
    out = [rmin]
    while step > 0 and out[-1] + step <= rmax * (1 + 1e-9):
        out.append(out[-1] + step)
        if len(out) > 200:
            raise QgsProcessingException(tr("More than 200 radii: use a larger radius step."))
    return out


class Barriers(CostSourcesAlgorithm):
    NAME = "barriers"
    GROUP = "pattern"
    DISPLAY = "Barriers, restoration improvement score (生态障碍点 Barrier Mapper)"
    TAGS = "barrier,Barrier Mapper,restoration,improvement,Linkage Mapper,障碍点,生态修复,生态安全格局"
    HELP = ("Barriers to connectivity after Barrier Mapper (McRae et al. 2012, PLoS ONE 7: e52604; "
            "Linkage Mapper; METHODS.md §2). For each pair of sources A, B (allocation zones touch, or all "
            "pairs within the maximum least-cost distance) and each window radius R, a circular window "
            "centred on every cell is imagined restored: the least-cost distance through it is "
            "min(CWD_A in window) + min(CWD_B in window) + 2R × restored resistance. The improvement score "
            "IS = LCD − that value (resistance × m). The output reports IS per metre of restored length, "
            "IS / (2R) (Barrier Mapper's benefit-to-restoration-distance ratio; makes radii comparable), "
            "or the raw IS; the maximum over radii, and the maximum (or sum) over pairs. Negative scores "
            "(no benefit) are 0 unless kept. Optional best-radius raster. Barrier polygons: connected "
            "cells with a score at or above the threshold (or, with threshold 0, the percentile of the "
            "positive scores), with the largest score, its radius and source pair. Radii in metres; the "
            "resistance raster is the reference grid (projected CRS, square cells); nodata cells are "
            "barriers and stay nodata in the output. "
            "The cost distance from each source is kept as a temporary file in the output's folder (8 bytes a cell a source, removed at the end), so memory does not grow with the number of sources.")
    PARAM_HELP = {
        "OUTPUT": ("Raster of the barrier improvement score on the resistance grid: per metre of restored length "
                   "(resistance units) or the raw score, the maximum over radii and the maximum or sum over "
                   "pairs; 0 where restoring brings no gain."),
        "BEST_RADIUS": ("Optional raster: the window radius (m) that gave each cell its score. Not written "
                        "unless a file is chosen."),
        "POLYGONS": ("Polygons of the strongest barriers (connected cells at or above the threshold or "
                     "percentile) with their largest score, radius and source pair; the candidates for 障碍点 "
                     "restoration. Optional output, created by default; uncheck it in the dialog to skip it."),
    }
    ADVANCED = ("RADIUS_STEP", "RESTORED_RESISTANCE", "AGGREGATE", "PER_LENGTH", "ONLY_POSITIVE")

    COST, SOURCES, SOURCE_ID, SOURCE_RASTER = "RESISTANCE", "SOURCES", "SOURCE_ID", "SOURCE_RASTER"
    RMIN, RMAX, RSTEP, RESTORED = "RADIUS_MIN", "RADIUS_MAX", "RADIUS_STEP", "RESTORED_RESISTANCE"
    PAIRS, MAX_LCD, AGGREGATE, PER_LENGTH, ONLY_POSITIVE = (
        "PAIRS", "MAX_LCD", "AGGREGATE", "PER_LENGTH", "ONLY_POSITIVE")
    PERCENTILE, THRESHOLD = "PERCENTILE", "THRESHOLD"
    OUTPUT, RADIUS, POLYGONS = "OUTPUT", "BEST_RADIUS", "POLYGONS"

    def initAlgorithm(self, config=None):
        self.add_cost_parameter(tr("Resistance raster"), tr(
            "Resistance per cell (≥ 0); nodata cells are barriers. Projected CRS, square cells."))
        self.add_sources_parameters(help_texts=(
            tr("Each feature is a source; at least two sources are needed."),
            tr("Features with the same id form one source."),
            tr("Cell value = source id; 0 and nodata = no source.")))
        for name, text, default, hlp in (
                (self.RMIN, tr("Minimum window radius (m)"), 90.0,
                 tr("Smallest radius of the restored circular window, in metres.")),
                (self.RMAX, tr("Maximum window radius (m)"), 270.0,
                 tr("Largest radius; radii go from the minimum to the maximum by the step.")),
                (self.RSTEP, tr("Radius step (m)"), 90.0,
                 tr("Step between radii (0 = only the minimum radius).")),
                (self.RESTORED, tr("Restored resistance"), 1.0,
                 tr("Resistance of a fully restored cell; crossing the window costs 2R × this value."))):
            p = QgsProcessingParameterNumber(name, text, QgsProcessingParameterNumber.Double, default,
                                             minValue=0.0)
            p.setHelp(hlp)
            self.addParameter(p)
        self.add_pair_parameters(tr("All pairs within the maximum least-cost distance"), (
            tr("Adjacent: pairs whose cost-allocation zones touch (Linkage Mapper). All pairs: every "
               "pair, optionally capped by the maximum least-cost distance."),
            tr("Pairs whose least-cost distance (resistance × m) is larger are ignored.")))
        p = QgsProcessingParameterEnum(self.AGGREGATE, tr("Combine pairs by"),
                                       [tr("Maximum"), tr("Sum")], defaultValue=0)
        p.setHelp(tr("Maximum: the best pair at each cell (Barrier Mapper). Sum: the benefit to all pairs."))
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(self.PER_LENGTH, tr("Score per metre of restored length (IS / 2R)"),
                                          True)
        p.setHelp(tr("Divide the improvement score by the window diameter, so that radii are comparable. "
                     "Off: the raw improvement score in resistance × m."))
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(self.ONLY_POSITIVE, tr("Only positive improvement"), True)
        p.setHelp(tr("Set negative scores (restoring the window would not shorten the path) to 0."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.PERCENTILE, tr("Barrier polygons: percentile of positive scores"),
                                         QgsProcessingParameterNumber.Double, 90.0, minValue=0.0,
                                         maxValue=100.0)
        p.setHelp(tr("Cells at or above this percentile of the positive scores become barrier polygons."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.THRESHOLD, tr("Barrier polygons: score threshold (0 = use the "
                                                            "percentile)"),
                                         QgsProcessingParameterNumber.Double, 0.0, minValue=0.0)
        p.setHelp(tr("Cells with a score at or above this value become barrier polygons."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Barrier improvement score")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.RADIUS, tr("Best window radius (m)"), optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.POLYGONS, tr("Strongest barriers"), QgsProcessing.TypeVectorPolygon, optional=True))

    def process(self, parameters, context, feedback):
        cost, grid, labels = self.cost_and_sources(parameters, context, feedback, tr("Resistance raster"))
        ys, xs = grid.cellsize[1], grid.cellsize[0]
        if abs(abs(ys) - abs(xs)) > 1e-6 * abs(xs):
            raise QgsProcessingException(tr(
                "The resistance raster must have square cells (found {} × {} m): resample it first.").format(
                abs(xs), abs(ys)))
        cellsize = abs(xs)
        labels, ids = self.sources_on_cost(cost, labels, tr(
            "Barriers need at least two sources inside the resistance raster (found {})."))
        radii = radius_list(self.parameterAsDouble(parameters, self.RMIN, context),
                            self.parameterAsDouble(parameters, self.RMAX, context),
                            self.parameterAsDouble(parameters, self.RSTEP, context))
        if max(radii) < cellsize / 2.0:
            raise QgsProcessingException(tr(
                "The window radius ({} m) is smaller than half a cell ({} m): give radii in metres, at least "
                "one cell.").format(max(radii), cellsize))
        pairs, max_lcd = self.pair_options(parameters, context)
        aggregate = "sum" if self.parameterAsEnum(parameters, self.AGGREGATE, context) == 1 else "max"
        n = len(ids)
        # "sum" keeps each pair's best score and radius (10 bytes a cell) beside them: at most all pairs, and
        # adjacent allocation zones of a plane map give fewer than 4 pairs a source
        n_pairs = n * (n - 1) // 2 if pairs == "all" else min(n * (n - 1) // 2, 4 * n)
        scratch = self.scratch_folder(parameters, context, self.OUTPUT, cost.size, n, feedback,
                                      per_cell_extra=10 * n_pairs if aggregate == "sum" else 0)
        feedback.setProgressText(tr("Cost distances from {} sources, {} radii…").format(len(ids), len(radii)))
        res = barriers.barrier_improvement(
            cost, labels, radii=radii, cellsize=cellsize,
            restored_resistance=self.parameterAsDouble(parameters, self.RESTORED, context),
            pairs=pairs, max_lcd=max_lcd, aggregate=aggregate,
            per_length=self.parameterAsBoolean(parameters, self.PER_LENGTH, context),
            only_positive=self.parameterAsBoolean(parameters, self.ONLY_POSITIVE, context),
            progress=self.progress_callback(feedback, 0, 85), cancelled=self.cancel_callback(feedback),
            scratch=scratch)
        self.check_cancel(feedback)
        if not res.pairs:
            feedback.reportError(tr("No pair of sources is connected (check barriers and the cap)."))
        feedback.pushInfo(tr("{} source pairs, radii {} m").format(
            len(res.pairs), ", ".join("{:g}".format(r) for r in radii)))
        results = {}
        path = output_raster(self, parameters, self.OUTPUT, context)
        write_raster(path, res.score, grid, description=tr("Barrier improvement score"))
        apply_qml_on_load(context, path, style_raster_ramp(path, "cost"), tr("Barrier improvement score"))
        results[self.OUTPUT] = path
        if parameters.get(self.RADIUS):
            rpath = output_raster(self, parameters, self.RADIUS, context)
            write_raster(rpath, res.best_radius, grid, description=tr("Best window radius (m)"))
            apply_qml_on_load(context, rpath, style_raster_ramp(rpath, "service"), tr("Best window radius (m)"))
            results[self.RADIUS] = rpath
        if parameters.get(self.POLYGONS) is not None:
            thr = self.parameterAsDouble(parameters, self.THRESHOLD, context) or None
            mask, cut = barriers.strongest_mask(
                res.score, percentile=self.parameterAsDouble(parameters, self.PERCENTILE, context),
                threshold=thr)
            sink, dest, fields = table_sink(
                self, parameters, self.POLYGONS, context,
                [("barrier", "long"), ("improvement", "double"), ("radius_m", "double"), ("from_id", "long"),
                 ("to_id", "long"), ("area_ha", "double")],
                geometry_type=QgsWkbTypes.MultiPolygon, crs=grid.crs)
            from scipy import ndimage
            lab, n = ndimage.label(mask, structure=np.ones((3, 3)))
            peaks = barriers.label_peaks(res.score, lab, n)   # each patch's highest cell, one pass
            for geom, value in polygonize(lab, grid):
                k = np.unravel_index(int(peaks[int(value) - 1]), lab.shape)
                add_row(sink, fields, [value, float(res.score[k]), float(res.best_radius[k]),
                                       int(res.from_id[k]), int(res.to_id[k]), geom.area() / 10000.0], geom)
            feedback.pushInfo(tr("{} barrier polygons (score ≥ {:.4g})").format(n, cut if np.isfinite(cut) else 0))
            results[self.POLYGONS] = dest
            style_on_load(context, dest, barrier_renderer, tr("Strongest barriers"))
        return results
