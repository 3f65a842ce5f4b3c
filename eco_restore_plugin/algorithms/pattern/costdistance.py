"""Accumulated cost distance (最小累积阻力 MCR) with allocation and back-links."""
import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)

from ...core import costdistance
from ...i18n import tr
from ...processing_helpers.raster_io import output_raster, write_raster
from ...processing_helpers.styles import apply_qml_on_load, style_raster_classes, style_raster_ramp
from ._sources import CostSourcesAlgorithm


#: qualitative colours for the allocation classes (one per source label, repeated past twelve).
ALLOCATION_COLOURS = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02",
                      "#a6761d", "#666666", "#a6cee3", "#b2df8a", "#fb9a99", "#fdbf6f"]


def allocation_classes(allocation):
    """Paletted style classes ``{label: (colour, "Source <label>")}`` of the labels in ``allocation``."""
    labels = np.unique(allocation[allocation != 0])
    return {int(v): (ALLOCATION_COLOURS[i % len(ALLOCATION_COLOURS)], tr("Source {}").format(int(v)))
            for i, v in enumerate(labels)}


class CostDistance(CostSourcesAlgorithm):
    NAME = "costdistance"
    GROUP = "pattern"
    DISPLAY = "Cost distance, minimum cumulative resistance (最小累积阻力)"
    TAGS = "cost distance,MCR,r.cost,least cost,allocation,最小累积阻力,成本距离,生态源地"
    HELP = ("Accumulated cost from the nearest source (minimum cumulative resistance, MCR; Knaapen, "
            "Scheffer & Harms 1992; Yu Kongjian 1999; METHODS.md §2) with the step costs of GRASS r.cost: "
            "orthogonal and diagonal steps cost the mean of the two cells' resistances × step length (map "
            "units), knight's moves the mean of four cells. Solved from all sources at once by a bucketed "
            "shortest-path search (delta-stepping) that gives the Dijkstra cost exactly. Cost cells "
            "that are nodata are barriers; negative costs are refused. The cost raster is the reference "
            "grid and needs a projected CRS. Sources: a polygon or point layer (each feature is a source, "
            "labelled by the id field or 1, 2, … in feature order) or a raster (nonzero cells, value = "
            "label). Outputs: accumulated cost (resistance × m), allocation (label of the nearest source) "
            "and optionally the back-link direction (0-15 index of the step towards the source: N, S, W, "
            "E, NW, NE, SW, SE, then knight's moves; −1 at sources). Cells beyond the maximum cost stay "
            "nodata.")
    PARAM_HELP = {
        "SOURCES": ("Polygons or points from which costs accumulate (usually the ecological sources); each "
                    "feature is one source. Empty: the source raster is used; one of the two is required."),
        "SOURCE_ID": ("Integer field that labels each source; the labels appear in the allocation raster, the "
                      "pair ids and the tables. Empty: 1, 2, … in feature order."),
        "SOURCE_RASTER": ("Sources as a raster on any grid (resampled to the resistance grid by nearest "
                          "neighbour): every nonzero cell is a source and its value is the source label. Used "
                          "only when no source layer is given; one of the two is required."),
        "KNIGHT": ("Also step like a chess knight (16 neighbours, GRASS r.cost -k): accumulated costs follow "
                   "straight lines more closely (direction error 8 % → 2.8 %; METHODS.md §2) at about twice the "
                   "run time. Default off, as in GRASS r.cost."),
        "MAX_COST": ("Accumulation stops at this cost (resistance × metres); cells beyond it stay nodata. 0 "
                     "(default) = no limit."),
        "OUTPUT": ("Minimum cumulative resistance (MCR) to the nearest source, in resistance × metres; 0 on the "
                   "sources, nodata on barriers. Written as Float64 (the precision of the computation and of "
                   "GRASS r.cost's DCELL output) unless the Float32 option is checked."),
        "FLOAT32": ("Write the accumulated cost as Float32 (half the file size). Float32 keeps about 7 significant "
                    "digits: values differ from the Float64 result (and from GRASS r.cost) by up to 6e-8 "
                    "relative. Default off (Float64)."),
        "ALLOCATION": ("Label of the nearest source (by accumulated cost) of each cell; the boundaries between "
                       "zones are the cost ridge lines used for source pairs and ecological nodes."),
        "BACKLINK": ("Optional raster: direction (0-15) of the step towards the nearest source (−1 on sources), "
                     "as GRASS r.cost. Not written unless a file is chosen."),
    }
    ADVANCED = ("KNIGHT", "MAX_COST", "FLOAT32")

    COST, SOURCES, SOURCE_ID, SOURCE_RASTER, KNIGHT, MAX_COST = (
        "COST", "SOURCES", "SOURCE_ID", "SOURCE_RASTER", "KNIGHT", "MAX_COST")
    OUTPUT, ALLOCATION, BACKLINK = "OUTPUT", "ALLOCATION", "BACKLINK"
    FLOAT32 = "FLOAT32"

    def initAlgorithm(self, config=None):
        self.add_cost_parameter(tr("Cost (resistance) raster"), tr(
            "Resistance per cell (≥ 0); nodata cells are barriers. Projected CRS required."))
        self.add_sources_parameters(tr("Sources (polygons or points)"), types=None)
        self.add_knight_parameter()
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_COST, tr("Maximum cost (0 = no limit)"), QgsProcessingParameterNumber.Double,
            0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.FLOAT32, tr("Write the accumulated cost as Float32 (smaller file, ~7 digits)"), False,
            optional=True))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Accumulated cost")))
        self.addParameter(QgsProcessingParameterRasterDestination(self.ALLOCATION, tr("Allocation")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.BACKLINK, tr("Back-link direction"), optional=True, createByDefault=False))

    def process(self, parameters, context, feedback):
        cost, grid, labels = self.cost_and_sources(parameters, context, feedback, tr("Cost raster"))
        if not np.isfinite(cost[labels != 0]).any():
            raise QgsProcessingException(tr("Every source cell lies on nodata in the cost raster."))
        knight = self.knight(parameters, context)
        max_cost = self.parameterAsDouble(parameters, self.MAX_COST, context) or None
        feedback.setProgressText(tr("Accumulating cost from {} source cells…").format(int((labels != 0).sum())))
        res = costdistance.cost_distance(
            cost, labels, knight=knight, cellsize=(grid.cellsize[1], grid.cellsize[0]), max_cost=max_cost,
            progress=self.progress_callback(feedback, 0, 90), cancelled=self.cancel_callback(feedback))
        self.check_cancel(feedback)
        results = {}
        path = output_raster(self, parameters, self.OUTPUT, context)
        dtype = "float32" if self.parameterAsBoolean(parameters, self.FLOAT32, context) else "float64"
        write_raster(path, res.cost, grid, dtype=dtype, description=tr("Accumulated cost"))
        apply_qml_on_load(context, path, style_raster_ramp(path, "cost"), tr("Accumulated cost"))
        results[self.OUTPUT] = path
        apath = output_raster(self, parameters, self.ALLOCATION, context)
        write_raster(apath, res.allocation.astype(np.int32), grid, dtype="int32", nodata=0,
                     description=tr("Allocation"))
        apply_qml_on_load(context, apath, style_raster_classes(apath, allocation_classes(res.allocation)),
                          tr("Allocation"))
        results[self.ALLOCATION] = apath
        if parameters.get(self.BACKLINK) is not None:
            bpath = output_raster(self, parameters, self.BACKLINK, context)
            write_raster(bpath, res.backlink.astype(np.int16), grid, dtype="int16", nodata=-2,
                         description=tr("Back-link direction"))
            results[self.BACKLINK] = bpath
        return results
