"""Pinch points (夹点): circuit-theory current inside least-cost corridors (Pinchpoint Mapper method)."""
import numpy as np
from qgis.core import (
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)

from ...core import pinchpoints
from ...processing_helpers.params import TableOutputParams
from ...i18n import tr
from ...processing_helpers.raster_io import output_raster, read_raster, write_raster
from ...processing_helpers.styles import apply_qml_on_load, style_on_load, style_raster_ramp
from ...processing_helpers.vector_io import add_row, polygonize, table_sink
from ...processing_helpers.renderers import pinch_renderer
from ._sources import CostSourcesAlgorithm

MODES = ("adjacent", "all_to_one")


class PinchPoints(TableOutputParams, CostSourcesAlgorithm):
    NAME = "pinchpoints"
    GROUP = "pattern"
    DISPLAY = "Pinch points (夹点)"
    TAGS = "pinch point,pinchpoint,circuit theory,corridor,current,Linkage Mapper,夹点,电路理论,廊道,生态节点"
    HELP = ("Pinch points of the ecological corridors (McRae 2012, Pinchpoint Mapper of Linkage Mapper; circuit "
            "theory, McRae et al. 2008; METHODS.md §2). The resistance raster is clipped to the corridors: "
            "cells whose normalized least-cost corridor value (CWD_A + CWD_B − LCD, cost units, from "
            "'Least-cost corridors' output NORMALIZED, or computed here for adjacent source pairs) is at most "
            "the cut-off width, plus the sources. Each source patch is one node of zero resistance "
            "(short-circuit region). Adjacent-pairs mode: 1 A flows between each pair of sources whose "
            "cost-allocation zones touch; the current map is the sum over pairs. All-to-one mode: each source "
            "is grounded in turn with 1 A injected into every other source (Circuitscape all-to-one), summed. "
            "Pinch points: corridor cells (not source cells) whose current is at or above the given percentile "
            "of all corridor cells' current (95 = top 5 %), grouped into 8-connected patches; each patch gives "
            "a point at its highest-current cell with that current and the source pair carrying most current "
            "there (all-to-one: to_id = the grounded source), and optionally a polygon. Current is in amperes "
            "per 1 A between a pair; cells outside the corridors and source cells (one node each) are nodata. "
            "Sources in different parts of the "
            "landscape are reported as not connected, never as zero current. "
            "Temporary files in the output's folder, removed at the end: the cost distance from each source when "
            "the normalized corridors are not given (8 bytes a cell a source), and the potentials of the sources "
            "on the corridors' cells (8 bytes a corridor cell a source), so the memory does not grow with the "
            "number of sources.")
    PARAM_HELP = {
        "SOURCES": ("Ecological source polygons; each source is one node of zero resistance (short-circuit "
                    "region). Use the same sources as for the corridors."),
        "SOURCE_ID": ("Integer field that labels each source; the labels appear in the allocation raster, the "
                      "pair ids and the tables. Empty: 1, 2, … in feature order."),
        "MODE": ("Adjacent source pairs (default; 1 A between each pair whose allocation zones touch, summed) or "
                 "all-to-one (each source grounded in turn, Circuitscape all-to-one)."),
        "FOUR_NEIGHBOURS": ("Join each cell to its 4 orthogonal neighbours only; unchecked (default, as "
                            "Circuitscape's default) it is joined to all 8, diagonals with conductance divided "
                            "by √2."),
        "OUTPUT": ("Current (A per 1 A between a pair) in the corridor cells; nodata outside the corridors and "
                   "on source cells."),
        "POINTS": ("Pinch points (夹点): one point per patch of high-current corridor cells, at its highest "
                   "current, with the current and the source pair carrying most of it."),
        "POLYGONS": "Optional polygons of the pinch-point patches. Not written unless chosen.",
    }
    ADVANCED = ("FOUR_NEIGHBOURS",)

    COST, SOURCES, SOURCE_ID, NORMALIZED, CUTOFF, MODE, PERCENTILE, FOUR = (
        "RESISTANCE", "SOURCES", "SOURCE_ID", "NORMALIZED", "CUTOFF", "MODE", "PERCENTILE", "FOUR_NEIGHBOURS")
    OUTPUT, POINTS, POLYGONS = "OUTPUT", "POINTS", "POLYGONS"

    def initAlgorithm(self, config=None):
        self.add_cost_parameter(tr("Resistance raster"), tr(
            "Resistance per cell (projected CRS). Nodata and values ≤ 0 are not part of the network; "
            "negative values are refused."))
        self.add_sources_parameters(tr("Ecological sources (polygons)"), [QgsProcessing.TypeVectorPolygon],
                                    optional=False, raster=False)
        p = QgsProcessingParameterRasterLayer(
            self.NORMALIZED, tr("Normalized least-cost corridor (empty = computed here)"), optional=True)
        p.setHelp(tr("The NORMALIZED output of 'Least-cost corridors' computed with the same resistance and "
                     "sources. Without it the corridors of the adjacent source pairs are computed here."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.CUTOFF, tr("Corridor width cut-off (cost units)"), QgsProcessingParameterNumber.Double,
            10000.0, minValue=0.0)
        p.setHelp(tr("Cells whose normalized corridor value is at most this cost (resistance × metres) form the "
                     "corridors in which current flows (Linkage Mapper CWD cut-off)."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterEnum(
            self.MODE, tr("Mode"), [tr("Adjacent source pairs"), tr("All-to-one")], defaultValue=0))
        p = QgsProcessingParameterNumber(
            self.PERCENTILE, tr("Pinch-point percentile of corridor current"), QgsProcessingParameterNumber.Double,
            95.0, minValue=0.01, maxValue=99.99)
        p.setHelp(tr("Corridor cells with current at or above this percentile are pinch points (95 = top 5 %)."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterBoolean(
            self.FOUR, tr("Connect four neighbours only (else eight)"), False))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Current in corridors")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.POINTS, tr("Pinch points"), QgsProcessing.TypeVectorPoint))
        self.add_layer_output(self.POLYGONS, tr("Pinch-point patches"))

    def process(self, parameters, context, feedback):
        cost, grid, labels = self.cost_and_sources(parameters, context, feedback, tr("Resistance raster"),
                                                   raster=False)
        normalized = None
        nlayer = self.parameterAsRasterLayer(parameters, self.NORMALIZED, context)
        if nlayer is not None:
            normalized, _ = read_raster(nlayer, grid, feedback=feedback, name=tr("Normalized least-cost corridor"),
                                        strict=True)
        cutoff = self.parameterAsDouble(parameters, self.CUTOFF, context)
        mode = MODES[self.parameterAsEnum(parameters, self.MODE, context)]
        percentile = self.parameterAsDouble(parameters, self.PERCENTILE, context)
        # temporary files in the output's folder: the sources' cost distances when the corridors are computed
        # here (8 bytes a cell a source), then the sources' potentials on the corridors' cells (as much at most)
        n_src = np.unique(labels[np.isfinite(cost) & (labels > 0)]).size
        if normalized is None:
            scratch = self.scratch_folder(parameters, context, self.OUTPUT, cost.size, n_src, feedback)
        else:
            with np.errstate(invalid="ignore"):
                cells = int(np.count_nonzero((normalized <= cutoff) | (labels > 0)))
            scratch = self.scratch_folder(parameters, context, self.OUTPUT, cells, n_src, feedback,
                                          what=tr("the potentials of the sources on the corridors' cells"))
        feedback.setProgressText(tr("Current in the corridors…"))
        try:
            res = pinchpoints.pinch_points(
                cost, labels, cutoff=cutoff, normalized=normalized, mode=mode, percentile=percentile,
                four_neighbors=self.parameterAsBoolean(parameters, self.FOUR, context),
                cellsize=(grid.cellsize[1], grid.cellsize[0]),
                progress=self.progress_callback(feedback, 0, 90), cancelled=self.cancel_callback(feedback),
                scratch=scratch)
        except ValueError as exc:
            raise QgsProcessingException(tr("Pinch points cannot be computed: {}. Check the resistance raster, "
                                            "the sources and the cut-off width.").format(exc)) from None
        self.check_cancel(feedback)
        for a, b in res.disconnected:
            feedback.reportError(tr("Sources {} and {} are not connected inside the corridors.").format(
                a if a is not None else "-", b))
        feedback.pushInfo(tr("{} pinch-point patches (current ≥ {:.4g} A), {} solves").format(
            len(res.pinch), res.threshold, res.n_solves))
        results = {}
        path = output_raster(self, parameters, self.OUTPUT, context)
        write_raster(path, np.where(res.corridor & (labels <= 0), res.current, np.nan), grid,
                     description=tr("Current in corridors (A)"))
        apply_qml_on_load(context, path, style_raster_ramp(path, "current", stretch="quantile"), tr("Current in corridors"))
        results[self.OUTPUT] = path
        columns = [("patch_id", "long"), ("current", "double"), ("mean_current", "double"), ("cells", "long"),
                   ("area_ha", "double"), ("from_id", "long"), ("to_id", "long")]
        cell_ha = abs(grid.cellsize[0] * grid.cellsize[1]) / 10000.0
        sink, dest, fields = table_sink(self, parameters, self.POINTS, context, columns,
                                        geometry_type=QgsWkbTypes.Point, crs=grid.crs)
        rows = {}
        for p in res.pinch:
            row = [p.label, p.max_current, p.mean_current, p.cells, p.cells * cell_ha, p.from_id, p.to_id]
            rows[p.label] = row
            x, y = grid.cell_center(*p.peak)
            add_row(sink, fields, row, QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        results[self.POINTS] = dest
        style_on_load(context, dest, pinch_renderer, tr("Pinch points"))
        if parameters.get(self.POLYGONS) is not None:
            psink, pdest, pfields = table_sink(self, parameters, self.POLYGONS, context, columns,
                                               geometry_type=QgsWkbTypes.MultiPolygon, crs=grid.crs)
            parts = {}
            for geom, value in polygonize(res.patches.astype(np.int32), grid):
                parts.setdefault(int(value), []).append(geom)
            for label, geoms in sorted(parts.items()):
                add_row(psink, pfields, rows[label], QgsGeometry.unaryUnion(geoms) if len(geoms) > 1 else geoms[0])
            results[self.POLYGONS] = pdest
            style_on_load(context, pdest, pinch_renderer, tr("Pinch-point patches"))
        return results
