"""Conflict and buffer areas where the three spaces meet (三类空间冲突与缓冲区)."""
import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)

from ...core import zoning
from ...i18n import tr
from ...processing_helpers.raster_io import output_raster, read_raster, reference_grid, write_raster
from ...processing_helpers.styles import apply_qml_on_load, style_raster_classes
from ...processing_helpers.vector_io import polygonize
from ..base import EcoRestoreAlgorithm
from ._common import (
    CONFLICT_COLOURS,
    add_feature,
    control_masks,
    field,
    polygon_source_parameter,
    style_categories_on_load,
)


class ConflictBuffers(EcoRestoreAlgorithm):
    NAME = "conflictbuffers"
    GROUP = "zoning"
    DISPLAY = "Conflict and buffer areas of the three spaces (三类空间冲突与缓冲区)"
    TAGS = "conflict,buffer,corridor,three spaces,生态缓冲带,冲突,廊道,三类空间"
    HELP = ("Where the ecological, agricultural and urban spaces meet or conflict (Qionghai work "
            "plan: ecological buffers and corridors where the three spaces are adjacent or in "
            "conflict; METHODS.md §3). Buffer bands: cells of either space of a pair within the "
            "band width (m, Euclidean distance) of the other space: 1 生态-农业, 2 生态-城镇, "
            "3 农业-城镇 (eco-urban wins over eco-agri over agri-urban). Conflicts override "
            "buffers: corridor cells in agricultural (4) or urban (5) space; overlaps of the red line "
            "with permanent basic farmland (6) or the urban development boundary (7), and of "
            "farmland with the urban boundary (8). Output: a code raster and dissolved polygons with "
            "type, spaces, area and the measures they need. Input: the three-spaces raster of "
            "Restoration mode and three spaces (1 ecological, 2 agricultural, 3 urban).")

    SPACE, CORRIDORS = "SPACE", "CORRIDORS"
    RED_LINE, FARMLAND, URBAN = "RED_LINE", "FARMLAND", "URBAN_BOUNDARY"
    W_EA, W_EU, W_AU = "WIDTH_ECO_AGRI", "WIDTH_ECO_URBAN", "WIDTH_AGRI_URBAN"
    OUTPUT, OUTPUT_RASTER = "OUTPUT", "OUTPUT_RASTER"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.SPACE, tr("Three spaces (1 ecological, 2 agricultural, 3 urban)")))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.CORRIDORS, tr("Corridors (optional, > 0 = corridor)"), optional=True))
        self.addParameter(polygon_source_parameter(
            self.RED_LINE, tr("Ecological protection red line (optional)")))
        self.addParameter(polygon_source_parameter(
            self.FARMLAND, tr("Permanent basic farmland (optional)")))
        self.addParameter(polygon_source_parameter(
            self.URBAN, tr("Urban development boundary (optional)")))
        for name, label, default in ((self.W_EA, tr("Ecological-agricultural buffer width (m)"), 100.0),
                                     (self.W_EU, tr("Ecological-urban buffer width (m)"), 200.0),
                                     (self.W_AU, tr("Agricultural-urban buffer width (m)"), 100.0)):
            self.addParameter(QgsProcessingParameterNumber(
                name, label, QgsProcessingParameterNumber.Double, default, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Conflict and buffer areas"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_RASTER, tr("Conflict and buffer codes")))

    def process(self, parameters, context, feedback):
        sp_layer = self.parameterAsRasterLayer(parameters, self.SPACE, context)
        grid = reference_grid(sp_layer, tr("Three spaces"))
        space, _ = read_raster(sp_layer, grid, categorical=True)
        vals = np.unique(space[np.isfinite(space)])
        bad = [v for v in vals if v not in (0, 1, 2, 3)]
        if bad:
            raise QgsProcessingException(tr(
                "The three-spaces raster has the value {:g}; expected 1 ecological, 2 agricultural, "
                "3 urban.").format(bad[0]))
        if len(set(vals) & {1, 2, 3}) < 2 and not any(
                parameters.get(k) for k in (self.RED_LINE, self.FARMLAND, self.URBAN)):
            feedback.pushWarning(tr("Fewer than two spaces are present: there is no interface."))
        space = np.nan_to_num(space, nan=0).astype(np.int64)
        cor_layer = self.parameterAsRasterLayer(parameters, self.CORRIDORS, context)
        cor = None
        if cor_layer is not None:
            cor = np.nan_to_num(read_raster(cor_layer, grid, feedback=feedback)[0]) > 0
        masks = control_masks(self, parameters, context, grid, {
            "red_line": self.RED_LINE, "farmland": self.FARMLAND, "urban_boundary": self.URBAN})
        widths = tuple(self.parameterAsDouble(parameters, k, context) for k in (self.W_EA, self.W_EU, self.W_AU))
        self.check_cancel(feedback)
        codes = zoning.conflict_buffers(space, grid.cellsize, widths, corridor=cor, **masks)
        feedback.setProgress(50)
        self.check_cancel(feedback)
        pieces = {}
        for geom, v in polygonize(codes, grid):
            pieces.setdefault(int(v), []).append(geom)
        fl = QgsFields()
        for name, kind in (("code", "int"), ("type", "str"), ("spaces", "str"), ("area_ha", "double"),
                           ("n_parts", "int"), ("measures", "str")):
            fl.append(field(name, kind))
        path = output_raster(self, parameters, self.OUTPUT_RASTER, context)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fl,
                                          QgsWkbTypes.MultiPolygon, grid.crs)
        counts = np.bincount(codes.ravel(), minlength=9)
        for code in sorted(pieces):
            self.check_cancel(feedback)
            g = QgsGeometry.collectGeometry(pieces[code])
            g.convertToMultiType()
            kind, spaces, measures = zoning.CONFLICT_TYPES[code]
            f = QgsFeature(fl)
            f.setGeometry(g)
            f.setAttributes([code, kind, spaces, round(float(counts[code] * grid.cell_area() / 1e4), 4),
                             len(pieces[code]), measures])
            add_feature(sink, f)
            feedback.pushInfo(tr("{}: {:.2f} ha").format(kind, counts[code] * grid.cell_area() / 1e4))
        names = {k: v[0] for k, v in zoning.CONFLICT_TYPES.items()}
        if not counts[1:].any():
            feedback.pushWarning(tr("No conflict or buffer area in the region: the outputs are empty."))
        write_raster(path, codes.astype(np.uint8), grid, dtype="uint8", nodata=0,
                     description=tr("Conflict and buffer codes"), category_names=names,
                     allow_empty=True)   # no conflict is a legitimate answer
        apply_qml_on_load(context, path, style_raster_classes(path, {
            k: (CONFLICT_COLOURS[k], v) for k, v in names.items()}), tr("Conflict and buffer codes"))
        style_categories_on_load(context, dest, "code", {
            k: (CONFLICT_COLOURS[k], v) for k, v in names.items()}, tr("Conflict and buffer areas"))
        return {self.OUTPUT: dest, self.OUTPUT_RASTER: path}
