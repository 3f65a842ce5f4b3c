"""Omnidirectional connectivity (全向连通性, Omniscape method): moving-window cumulative current."""
import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ...core import omniscape
from ...i18n import tr
from ...processing_helpers.dask_client import run_on_cluster
from ...processing_helpers.grid import Grid
from ...processing_helpers.value_rules import RULES
from ...processing_helpers.raster_io import output_raster, read_raster, reference_grid, write_raster
from ...processing_helpers.styles import apply_qml_on_load, style_raster_ramp
from ..base import EcoRestoreAlgorithm


class Omniscape(EcoRestoreAlgorithm):
    NAME = "omniscape"
    GROUP = "pattern"
    DISPLAY = "Omnidirectional connectivity, Omniscape (全向连通性 Omniscape)"
    TAGS = ("Omniscape,omnidirectional,circuit,current,flow potential,moving window,"
            "全向连通性,电路理论,生态安全格局")
    HELP = ("Wall-to-wall connectivity after Omniscape (McRae et al. 2016; Landau et al. 2021, Omniscape.jl; "
            "METHODS.md §2). Each target (the centre of a block of block size × block size cells whose summed "
            "source strength is > 0) is grounded; the sources within the radius inject in total the target's "
            "strength, split in proportion to their strengths; the circuit (8 neighbours, or 4, "
            "average-conductance edges) is solved on the resistance clipped to a circle of radius + buffer; "
            "node currents are summed over all windows: cumulative current. Flow potential: the same on a "
            "uniform resistance. Normalized current = cumulative current / flow potential (> 1: channelled "
            "flow, < 1: impeded). Source strength: a raster, or 1 / resistance (cells above the resistance "
            "cut-off give none); sources below the threshold are 0. Block-artifact correction for block size "
            "> 1. Flow potential is solved, as in Omniscape.jl, on the whole square window of uniform resistance. "
            "Checked against Omniscape.jl's own test outputs (equal within its solver tolerance). "
            "A coarsening factor > 1 first averages resistance (and source strength) over factor × factor "
            "cells: outputs are then on the coarser grid (much faster; the radius in metres keeps its "
            "meaning). The time grows with (number of targets) × radius²: use block size and coarsening on "
            "large rasters. With a Dask cluster set in the plugin setting eco_restore/dask_scheduler and no "
            "coarsening, the windows run as independent tiles on its workers (each tile with the margin its "
            "windows need; the result equals the run in this process; docs/BATCH.md).")
    PARAM_HELP = {
        "OUTPUT": "Cumulative current summed over all moving windows (A), on the (coarsened) resistance grid.",
        "FLOW_POTENTIAL": ("Optional raster: the cumulative current on a uniform resistance (what the sources "
                           "alone would give). Not written unless a file is chosen."),
        "NORMALIZED": ("Optional raster: cumulative current / flow potential; > 1 channelled flow, < 1 impeded "
                       "flow. Not written unless a file is chosen."),
    }
    ADVANCED = ("IS_CONDUCTANCE", "R_CUTOFF", "BLOCK_SIZE", "BUFFER", "SOURCE_THRESHOLD", "FOUR_NEIGHBORS",
                "CORRECT_ARTIFACTS", "COARSEN")

    RES, IS_COND, SOURCE, R_CUTOFF, RADIUS, UNITS, BLOCK, BUFFER, THRESHOLD, FOUR, CORRECT, FACTOR = (
        "RESISTANCE", "IS_CONDUCTANCE", "SOURCE_STRENGTH", "R_CUTOFF", "RADIUS", "RADIUS_UNITS", "BLOCK_SIZE",
        "BUFFER", "SOURCE_THRESHOLD", "FOUR_NEIGHBORS", "CORRECT_ARTIFACTS", "COARSEN")
    OUTPUT, FLOW, NORMALIZED = "OUTPUT", "FLOW_POTENTIAL", "NORMALIZED"

    def initAlgorithm(self, config=None):
        p = QgsProcessingParameterRasterLayer(self.RES, tr("Resistance raster"))
        p.setHelp(tr("Resistance per cell (> 0); nodata = impassable. Projected CRS required."))
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(self.IS_COND, tr("The raster is conductance, not resistance"), False)
        p.setHelp(tr("Read the raster as conductance (resistance = 1 / value)."))
        self.addParameter(p)
        p = QgsProcessingParameterRasterLayer(self.SOURCE, tr("Source strength raster (empty = 1 / resistance)"),
                                              optional=True)
        p.setHelp(tr("Source strength per cell (≥ 0). Empty: source strength = 1 / resistance."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.R_CUTOFF, tr("Resistance cut-off for sources (0 = none)"),
                                         QgsProcessingParameterNumber.Double, 0.0, minValue=0.0)
        p.setHelp(tr("Without a source raster: cells with resistance above this value give no source."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.RADIUS, tr("Window radius"), QgsProcessingParameterNumber.Double,
                                         20.0, minValue=0.0)
        p.setHelp(tr("Radius of the moving window: sources within it are connected to the target."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(self.UNITS, tr("Radius and buffer units"), [tr("Cells"), tr("Metres")],
                                       defaultValue=0)
        p.setHelp(tr("Cells of the (coarsened) grid, or metres."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.BLOCK, tr("Block size (cells, odd)"),
                                         QgsProcessingParameterNumber.Integer, 1, minValue=1)
        p.setHelp(tr("Targets are the centres of blocks of this size; an even value is raised by one."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.BUFFER, tr("Buffer"), QgsProcessingParameterNumber.Double, 0.0,
                                         minValue=0.0)
        p.setHelp(tr("Extra distance beyond the radius to which the resistance is clipped (same units)."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.THRESHOLD, tr("Source threshold"),
                                         QgsProcessingParameterNumber.Double, 0.0, minValue=0.0)
        p.setHelp(tr("Source strengths below this value are set to 0."))
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(self.FOUR, tr("Connect four neighbours only"), False)
        p.setHelp(tr("N, S, E, W neighbours only; otherwise 8 neighbours."))
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(self.CORRECT, tr("Correct block artifacts"), True)
        p.setHelp(tr("With block size > 1, rescale each window's current by the ratio of unblocked to blocked "
                     "current on a uniform surface."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.FACTOR, tr("Coarsening factor (1 = none)"),
                                         QgsProcessingParameterNumber.Integer, 1, minValue=1, maxValue=50)
        p.setHelp(tr("Average the resistance over factor × factor cells before the analysis; outputs are on "
                     "the coarser grid."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Cumulative current")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.FLOW, tr("Flow potential"), optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.NORMALIZED, tr("Normalized current"), optional=True, createByDefault=False))

    def window_options(self, parameters, context, cellsize, has_source):
        """The core function's options from the parameters (shared with the Dask kernel): radius and buffer
        in cells of ``cellsize``, checked."""
        radius = self.parameterAsDouble(parameters, self.RADIUS, context)
        buffer = self.parameterAsDouble(parameters, self.BUFFER, context)
        if self.parameterAsEnum(parameters, self.UNITS, context) == 1:
            radius, buffer = radius / cellsize, buffer / cellsize
        radius, buffer = int(round(radius)), int(round(buffer))
        if radius < 1:
            raise QgsProcessingException(tr("The window radius is less than one cell: give a larger radius "
                                            "(or check the radius units)."))
        if radius > 500:
            raise QgsProcessingException(tr("The window radius is {} cells: too large; use a coarsening factor "
                                            "or a smaller radius.").format(radius))
        cutoff = self.parameterAsDouble(parameters, self.R_CUTOFF, context)
        return dict(radius=radius, block_size=self.parameterAsInt(parameters, self.BLOCK, context),
                    buffer=buffer, source_threshold=self.parameterAsDouble(parameters, self.THRESHOLD, context),
                    r_cutoff=cutoff if cutoff > 0 else np.inf, source_from_resistance=not has_source,
                    resistance_is_conductance=self.parameterAsBoolean(parameters, self.IS_COND, context),
                    correct_artifacts=self.parameterAsBoolean(parameters, self.CORRECT, context),
                    calc_flow_potential=bool(parameters.get(self.FLOW)),
                    calc_normalized_current=bool(parameters.get(self.NORMALIZED)),
                    four_neighbors=self.parameterAsBoolean(parameters, self.FOUR, context), solver="auto")

    def process(self, parameters, context, feedback):
        # plugin setting eco_restore/dask_scheduler: tiles on that cluster (None: not set, or coarsened)
        result = run_on_cluster(feedback, "omniscape_tiles", self, parameters, context)
        if result is not None:
            return result
        layer = self.parameterAsRasterLayer(parameters, self.RES, context)
        grid = reference_grid(layer, tr("Resistance raster"))
        is_cond = self.parameterAsBoolean(parameters, self.IS_COND, context)
        res, _ = read_raster(layer, rule=RULES["conductance"] if is_cond else RULES["resistance"])
        finite = res[np.isfinite(res)]
        if finite.size == 0:
            raise QgsProcessingException(tr("The resistance raster has no valid cell."))
        if np.any(finite <= 0):
            raise QgsProcessingException(tr(
                "The resistance raster has values ≤ 0 ({} cells): Omniscape needs resistance > 0; set them to "
                "nodata or a small positive value.").format(int((finite <= 0).sum())))
        src_layer = self.parameterAsRasterLayer(parameters, self.SOURCE, context)
        src = None
        if src_layer is not None:
            src, _ = read_raster(src_layer, grid, feedback=feedback, name=tr("Source strength raster"))
            if np.any(src[np.isfinite(src)] < 0):
                raise QgsProcessingException(tr("The source strength raster has negative values."))
        factor = self.parameterAsInt(parameters, self.FACTOR, context)
        if factor > 1:
            res = omniscape.coarsen(res, factor)
            if src is not None:
                src = omniscape.coarsen(src, factor)
            gt = list(grid.geotransform)
            gt[1] *= factor
            gt[5] *= factor
            grid = Grid(grid.crs_wkt, gt, res.shape[1], res.shape[0])
            feedback.pushInfo(tr("Coarsened by {0} to {1} × {2} cells").format(factor, res.shape[1], res.shape[0]))
        options = self.window_options(parameters, context, grid.cellsize[0], src is not None)
        feedback.setProgressText(tr("Moving window, radius {} cells…").format(options["radius"]))
        out = omniscape.omniscape(res, source_strength=src, progress=self.progress_callback(feedback, 2, 92),
                                  cancelled=self.cancel_callback(feedback), **options)
        self.check_cancel(feedback)
        feedback.pushInfo(tr("{} targets").format(out.n_targets))
        if out.n_targets == 0:
            feedback.reportError(tr("No target has a source strength > 0: check the source raster and threshold."))
        results = {}
        for key, arr in ((self.OUTPUT, out.cum_current), (self.FLOW, out.flow_potential),
                         (self.NORMALIZED, out.normalized_current)):
            if key != self.OUTPUT and not parameters.get(key):
                continue
            path = output_raster(self, parameters, key, context)
            write_raster(path, arr, grid, description=self.output_titles()[key])
            results[key] = self.style_output(key, path, context)
        return results

    def output_titles(self):
        return {self.OUTPUT: tr("Cumulative current"), self.FLOW: tr("Flow potential"),
                self.NORMALIZED: tr("Normalized current")}

    def style_output(self, key, path, context):
        """The output's style (shared with the Dask kernel); returns ``path``."""
        if key == self.NORMALIZED:
            qml = style_raster_ramp(path, "diverging", vmin=0.0, vmax=2.0)
        else:
            qml = style_raster_ramp(path, "current", stretch="quantile")
        apply_qml_on_load(context, path, qml, self.output_titles()[key])
        return path
