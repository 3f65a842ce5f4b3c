"""Conflict and buffer areas where the three spaces meet (三类空间冲突与缓冲区)."""
import numpy as np
from qgis.core import (
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
from ...processing_helpers.vector_io import add_feature, make_fields, new_feature, polygonize
from ...processing_helpers.params import ControlLinesParams
from ...processing_helpers.styles import style_categories_on_load
from ..base import EcoRestoreAlgorithm
from ._common import (
    CONFLICT_COLOURS,
)


class ConflictBuffers(ControlLinesParams, EcoRestoreAlgorithm):
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
    PARAM_HELP = {
        "SPACE": ("Three-spaces raster, 1 ecological, 2 agricultural, 3 urban (SPACE_OUTPUT of 'Restoration mode "
                  "and three spaces'); the reference grid."),
        "CORRIDORS": ("Optional corridor raster (> 0 = corridor, e.g. the normalized corridor within its width): "
                      "corridor cells in agricultural or urban space become conflicts 4 and 5. Empty: no "
                      "corridor conflicts."),
        "RED_LINE": ("Optional red-line polygons (生态保护红线); overlaps with farmland (6) or the urban boundary (7) "
                     "are conflicts. Empty: not checked."),
        "FARMLAND": ("Optional permanent basic farmland polygons (永久基本农田); overlaps with the red line (6) or the "
                     "urban boundary (8) are conflicts. Empty: not checked."),
        "URBAN_BOUNDARY": ("Optional urban development boundary polygons (城镇开发边界), for conflicts 7 and 8. Empty: "
                           "not checked."),
        "WIDTH_ECO_AGRI": ("Width (m) of the buffer band where ecological and agricultural space meet (code 1). "
                           "Default 100 m, the plugin's own value (no standard width was found)."),
        "WIDTH_ECO_URBAN": ("Width (m) of the buffer band where ecological and urban space meet (code 2). "
                            "Default 200 m, the plugin's own value."),
        "WIDTH_AGRI_URBAN": ("Width (m) of the buffer band where agricultural and urban space meet (code 3). "
                             "Default 100 m, the plugin's own value."),
        "OUTPUT": ("Dissolved polygons of the buffer and conflict areas with type, spaces, area and the measures "
                   "they need."),
        "OUTPUT_RASTER": "Code raster: 1-3 buffer bands, 4-8 conflicts, 0 none; styled.",
    }

    SPACE, CORRIDORS = "SPACE", "CORRIDORS"
    W_EA, W_EU, W_AU = "WIDTH_ECO_AGRI", "WIDTH_ECO_URBAN", "WIDTH_AGRI_URBAN"
    OUTPUT, OUTPUT_RASTER = "OUTPUT", "OUTPUT_RASTER"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.SPACE, tr("Three spaces (1 ecological, 2 agricultural, 3 urban)")))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.CORRIDORS, tr("Corridors (> 0 = corridor)"), optional=True))
        self.add_control_line_parameters()
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
        finite = space[np.isfinite(space)]
        known = (finite == 0) | (finite == 1) | (finite == 2) | (finite == 3)
        if not known.all():
            raise QgsProcessingException(tr(
                "The three-spaces raster has the value {:g}; expected 1 ecological, 2 agricultural, "
                "3 urban.").format(float(finite[~known].min())))
        vals = np.flatnonzero(np.bincount(finite.astype(np.int64), minlength=4))   # the codes present
        if len(set(vals) & {1, 2, 3}) < 2 and not self.control_line_given(parameters):
            feedback.pushWarning(tr("Fewer than two spaces are present: there is no interface."))
        space = np.nan_to_num(space, nan=0).astype(np.int64)
        cor_layer = self.parameterAsRasterLayer(parameters, self.CORRIDORS, context)
        cor = None
        if cor_layer is not None:
            cor = np.nan_to_num(read_raster(cor_layer, grid, feedback=feedback)[0]) > 0
        masks = self.control_line_masks(parameters, context, grid)
        widths = tuple(self.parameterAsDouble(parameters, k, context) for k in (self.W_EA, self.W_EU, self.W_AU))
        self.check_cancel(feedback)
        codes = zoning.conflict_buffers(space, cellsize=grid.cellsize, widths=widths, corridor=cor, **masks)
        feedback.setProgress(50)
        self.check_cancel(feedback)
        pieces = {}
        for geom, v in polygonize(codes, grid):
            pieces.setdefault(int(v), []).append(geom)
        fl = make_fields((("code", "int"), ("type", "string"), ("spaces", "string"), ("area_ha", "double"),
                          ("n_parts", "int"), ("measures", "string")))
        path = output_raster(self, parameters, self.OUTPUT_RASTER, context)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fl,
                                          QgsWkbTypes.MultiPolygon, grid.crs)
        counts = np.bincount(codes.ravel(), minlength=9)
        for code in sorted(pieces):
            self.check_cancel(feedback)
            g = QgsGeometry.collectGeometry(pieces[code])
            g.convertToMultiType()
            kind, spaces, measures = zoning.CONFLICT_TYPES[code]
            area_ha = round(float(counts[code] * grid.cell_area() / 1e4), 4)
            add_feature(sink, new_feature(fl, [code, kind, spaces, area_ha, len(pieces[code]), measures], g))
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
