"""Least-cost corridors between ecological sources (最小成本廊道, Linkage Mapper method)."""
import numpy as np
from qgis.core import (
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsWkbTypes,
)

from ...core import corridors
from ...processing_helpers.params import TableOutputParams
from ...i18n import tr
from ...processing_helpers.raster_io import output_raster, write_raster
from ...processing_helpers.styles import apply_qml_on_load, style_raster_ramp
from ...processing_helpers.vector_io import add_row, polygonize, table_sink
from ._sources import CostSourcesAlgorithm


class LeastCostCorridors(TableOutputParams, CostSourcesAlgorithm):
    NAME = "leastcostcorridors"
    GROUP = "pattern"
    DISPLAY = "Least-cost corridors (最小成本廊道)"
    TAGS = "corridor,least cost path,Linkage Mapper,MCR,生态廊道,最小成本路径,生态安全格局"
    HELP = ("Least-cost corridors between ecological sources after Linkage Mapper (McRae & Kavanagh 2011; "
            "METHODS.md §2) with the cost distances of GRASS r.cost (Knaapen et al. 1992 MCR). Source pairs: "
            "those whose cost-allocation zones touch (adjacent, default) or all pairs; pairs whose "
            "least-cost distance exceeds the cap are dropped. For each pair: cost-weighted distance (CWD) "
            "from each source, least-cost distance lcd (resistance × m), least-cost path (a line from "
            "source to source, cell centres), its length length_m, the edge-to-edge Euclidean distance and "
            "the ratios cwd_euclid = lcd / Euclidean and lcp_euclid = length / Euclidean (empty when the "
            "sources touch). Normalized corridor raster = min over pairs of CWD_A + CWD_B − lcd (0 on the "
            "paths). Corridor polygons: cells with normalized value ≤ the width cut-off (cost units; 0 = "
            "the path cells only). The resistance raster is the reference grid, projected CRS required. "
            "The cost distance from each source is kept as a temporary file in the output's folder (8 bytes a cell a source, removed at the end), so memory does not grow with the number of sources.")
    PARAM_HELP = {
        "SOURCES": ("Ecological sources as polygons or points; each feature is one source. Empty: the source "
                    "raster is used; one of the two is required."),
        "SOURCE_ID": ("Integer field that labels each source; the labels appear in the allocation raster, the "
                      "pair ids and the tables. Empty: 1, 2, … in feature order."),
        "SOURCE_RASTER": ("Sources as a raster on any grid (resampled to the resistance grid by nearest "
                          "neighbour): every nonzero cell is a source and its value is the source label. Used "
                          "only when no source layer is given; one of the two is required."),
        "PAIRS": ("Which sources are linked: pairs whose cost-allocation zones touch (default, Linkage Mapper's "
                  "adjacency) or all pairs (many more corridors, slower)."),
        "MAX_LCD": ("Source pairs whose least-cost distance (resistance × metres) exceeds this value are not "
                    "linked. 0 (default) = no cap."),
        "WIDTH": ("Cells whose normalized corridor value (CWD_A + CWD_B − LCD) is at most this cost belong to "
                  "the corridor polygons. 0 (default) = the least-cost path cells only. The width is the "
                  "planner's choice (Linkage Mapper's cut-off); there is no standard value."),
        "KNIGHT": ("Also step like a chess knight (16 neighbours, GRASS r.cost -k): accumulated costs follow "
                   "straight lines more closely (direction error 8 % → 2.8 %; METHODS.md §2) at about twice the "
                   "run time. Default off, as in GRASS r.cost."),
        "PATHS": ("Least-cost paths as lines, one per source pair, with from_id, to_id, lcd (resistance × m), "
                  "length_m and the CWD:Euclidean and LCP:Euclidean ratios."),
        "NORMALIZED": ("Normalized least-cost corridor raster: min over pairs of CWD_A + CWD_B − LCD (0 on the "
                       "paths); the input of the pinch-point analysis."),
        "CORRIDORS": "Optional corridor polygons (cells within the width cut-off). Not written unless chosen.",
    }
    ADVANCED = ("KNIGHT", "MAX_LCD")

    COST, SOURCES, SOURCE_ID, SOURCE_RASTER, PAIRS, MAX_LCD, WIDTH, KNIGHT = (
        "RESISTANCE", "SOURCES", "SOURCE_ID", "SOURCE_RASTER", "PAIRS", "MAX_LCD", "WIDTH", "KNIGHT")
    PATHS, NORMALIZED, CORRIDORS = "PATHS", "NORMALIZED", "CORRIDORS"

    def initAlgorithm(self, config=None):
        self.add_cost_parameter(tr("Resistance raster"), tr(
            "Resistance per cell (≥ 0); nodata cells are barriers. Projected CRS required."))
        self.add_sources_parameters()
        self.add_pair_parameters(tr("All pairs"))
        self.addParameter(QgsProcessingParameterNumber(
            self.WIDTH, tr("Corridor width cut-off (cost units; 0 = path cells only)"),
            QgsProcessingParameterNumber.Double, 0.0, minValue=0.0))
        self.add_knight_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.PATHS, tr("Least-cost paths"), QgsProcessing.TypeVectorLine))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.NORMALIZED, tr("Normalized least-cost corridor")))
        self.add_layer_output(self.CORRIDORS, tr("Corridor polygons"))

    def process(self, parameters, context, feedback):
        cost, grid, labels = self.cost_and_sources(parameters, context, feedback, tr("Resistance raster"))
        labels, ids = self.sources_on_cost(cost, labels, tr(
            "Corridors need at least two sources inside the resistance raster (found {})."))
        pairs, max_lcd = self.pair_options(parameters, context)
        width = self.parameterAsDouble(parameters, self.WIDTH, context) or None
        knight = self.knight(parameters, context)
        scratch = self.scratch_folder(parameters, context, self.NORMALIZED, cost.size, len(ids), feedback)
        feedback.setProgressText(tr("Cost distances from {} sources…").format(len(ids)))
        res = corridors.least_cost_corridors(
            cost, labels, pairs=pairs, max_lcd=max_lcd, width=width, knight=knight,
            cellsize=(grid.cellsize[1], grid.cellsize[0]),
            progress=self.progress_callback(feedback, 0, 90), cancelled=self.cancel_callback(feedback),
            scratch=scratch)
        self.check_cancel(feedback)
        if not res.links:
            feedback.reportError(tr("No pair of sources is connected (check barriers and the cap)."))
        results = {}
        sink, dest, fields = table_sink(
            self, parameters, self.PATHS, context,
            [("from_id", "long"), ("to_id", "long"), ("lcd", "double"), ("length_m", "double"),
             ("euclid_m", "double"), ("cwd_euclid", "double"), ("lcp_euclid", "double")],
            geometry_type=QgsWkbTypes.LineString, crs=grid.crs)
        for link in res.links:
            pts = [QgsPointXY(*(float(v) for v in grid.cell_center(r, c))) for r, c in link.path]
            if len(pts) == 1:
                pts = pts * 2
            add_row(sink, fields, [link.a, link.b, link.lcd, link.path_length, link.euclidean,
                                   link.cwd_to_euclidean, link.lcp_to_euclidean],
                    QgsGeometry.fromPolylineXY(pts))
        results[self.PATHS] = dest
        feedback.pushInfo(tr("{} corridors").format(len(res.links)))
        path = output_raster(self, parameters, self.NORMALIZED, context)
        write_raster(path, res.normalized, grid, description=tr("Normalized least-cost corridor"))
        # 0 (on the least-cost path) darkest; drawn up to the width cut-off, else the lowest 10 % of cells
        qml = style_raster_ramp(path, "corridor", vmin=0.0, vmax=width, upper_quantile=None if width else 0.1,
                                clip=True)
        apply_qml_on_load(context, path, qml, tr("Normalized least-cost corridor"))
        results[self.NORMALIZED] = path
        if parameters.get(self.CORRIDORS) is not None:
            csink, cdest, cfields = table_sink(
                self, parameters, self.CORRIDORS, context, [("corridor", "long"), ("area_ha", "double")],
                geometry_type=QgsWkbTypes.MultiPolygon, crs=grid.crs)
            for geom, value in polygonize(res.mask.astype(np.int32), grid):
                add_row(csink, cfields, [value, geom.area() / 10000.0], geom)
            results[self.CORRIDORS] = cdest
        return results
