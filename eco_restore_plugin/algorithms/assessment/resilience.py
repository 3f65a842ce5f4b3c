"""Resilience (恢复力): ecosystem elasticity × vegetation condition × terrain."""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ...core import degradation, services, tables
from ...i18n import tr
from ...processing_helpers.tables import breaks_value
from ...processing_helpers.raster_io import output_raster, read_raster, reference_grid, write_raster
from ...processing_helpers.styles import apply_qml_on_load, style_raster_classes, style_raster_ramp
from ...processing_helpers.tables import class_table_parameter, number_list, parse_class_table
from ..base import EcoRestoreAlgorithm

#: resilience codes 1-3.
RESILIENCE_CLASSES = {
    1: ("#fc8d59", "低恢复力 Low"),
    2: ("#ffffbf", "中恢复力 Medium"),
    3: ("#1a9850", "高恢复力 High"),
}


class Resilience(EcoRestoreAlgorithm):
    NAME = "resilience"
    GROUP = "assessment"
    DISPLAY = "Ecosystem resilience (生态系统恢复力)"
    TAGS = "resilience,elasticity,recovery,恢复力,生态弹性度,恢复力水平"
    HELP = ("Resilience index and level (METHODS.md §1.4, common practice, check): index = E · C · T with "
            "E the ecosystem elasticity score of the land-use class (0-1, editable table; defaults forest "
            "0.9, wetland 0.8, grassland 0.7, garden and water 0.6, cropland 0.5, bare and rural 0.2, built "
            "land and roads 0.1, mining 0.05), C the vegetation condition (FVC or NPP) min-max normalised to "
            "0-1 over the area (or over a given range, e.g. 0, 1 for FVC), T the terrain factor by slope "
            "class (slope in degrees from the DEM, Horn 1981; < 8° 1.0, 8-15° 0.8, 15-25° 0.6, ≥ 25° 0.4). "
            "Levels by the index breaks (default thirds 0.333, 0.667): 1 low 低, 2 medium 中, 3 high 高. "
            "Nodata in any input gives nodata.")

    LANDUSE, CONDITION, RANGE, DEM, ELASTICITY, SLOPE_BREAKS, SLOPE_VALUES, BREAKS, INDEX, GRADE = (
        "LANDUSE", "CONDITION", "CONDITION_RANGE", "DEM", "ELASTICITY", "SLOPE_BREAKS", "SLOPE_VALUES",
        "BREAKS", "INDEX", "GRADE")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterRasterLayer(self.LANDUSE, tr("Land use (class codes, reference grid)")))
        self.addParameter(QgsProcessingParameterRasterLayer(self.CONDITION, tr("Vegetation condition (FVC or NPP)")))
        self.addParameter(QgsProcessingParameterString(
            self.RANGE, tr("Condition range for normalisation, min, max (empty = over the data)"), "",
            optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(self.DEM, tr("DEM (m), for the slope")))
        self.addParameter(class_table_parameter(
            self.ELASTICITY, tr("Ecosystem elasticity by land-use class (0-1)"),
            [tr("Land-use code"), tr("Elasticity")], tables.ELASTICITY_3DIAO))
        self.addParameter(QgsProcessingParameterString(
            self.SLOPE_BREAKS, tr("Slope class breaks, degrees"),
            ", ".join("{:g}".format(v) for v in tables.SLOPE_FACTOR_BREAKS)))
        self.addParameter(QgsProcessingParameterString(
            self.SLOPE_VALUES, tr("Terrain factor per slope class"),
            ", ".join("{:g}".format(v) for v in tables.SLOPE_FACTOR_VALUES)))
        self.addParameter(QgsProcessingParameterString(
            self.BREAKS, tr("Index breaks for medium and high"), "0.333333, 0.666667"))
        self.addParameter(QgsProcessingParameterRasterDestination(self.INDEX, tr("Resilience index")))
        self.addParameter(QgsProcessingParameterRasterDestination(self.GRADE, tr("Resilience level")))

    def process(self, parameters, context, feedback):
        sb = breaks_value(self, parameters, self.SLOPE_BREAKS, context, tr("Slope class breaks"), None,
                          tables.SLOPE_FACTOR_BREAKS)
        sv = number_list(self.parameterAsString(parameters, self.SLOPE_VALUES, context) or
                         ", ".join(str(v) for v in tables.SLOPE_FACTOR_VALUES),
                         tr("Terrain factor per slope class"), len(sb) + 1)
        breaks = breaks_value(self, parameters, self.BREAKS, context, tr("Index breaks"), 2, (1 / 3, 2 / 3))
        rng = self.parameterAsString(parameters, self.RANGE, context)
        crange = None
        if str(rng or "").strip():
            crange = tuple(number_list(rng, tr("Condition range"), 2))
            if not crange[1] > crange[0]:
                raise QgsProcessingException(tr("Condition range: max must exceed min."))
        table = parse_class_table(self.table_value(parameters, self.ELASTICITY), ["code", "e"],
                                  tr("Elasticity table"))
        lu_layer = self.parameterAsRasterLayer(parameters, self.LANDUSE, context)
        grid = reference_grid(lu_layer, tr("Land use"))
        lu, _ = read_raster(lu_layer, categorical=True)
        cond = read_raster(self.parameterAsRasterLayer(parameters, self.CONDITION, context), grid,
                           feedback=feedback)[0]
        dem = read_raster(self.parameterAsRasterLayer(parameters, self.DEM, context), grid, feedback=feedback)[0]
        self.check_cancel(feedback)
        slope = services.slope_degrees(dem, cellsize=grid.cellsize)
        feedback.setProgress(40)
        res = degradation.resilience(lu, cond, slope, elasticity=table, condition_range=crange,
                                     breaks=breaks, slope_breaks=sb, slope_values=sv)
        self.check_cancel(feedback)
        feedback.setProgress(70)
        ipath = output_raster(self, parameters, self.INDEX, context)
        gpath = output_raster(self, parameters, self.GRADE, context)
        write_raster(ipath, res.index, grid, description=tr("Resilience index"))
        write_raster(gpath, res.grade, grid, "uint8", 0, tr("Resilience level"),
                     category_names={c: v[1].split(" ")[0] for c, v in RESILIENCE_CLASSES.items()})
        g = res.grade
        total = int((g > 0).sum())
        if total:
            feedback.pushInfo(tr("Shares: {}").format(", ".join(
                "{} {:.1%}".format(RESILIENCE_CLASSES[c][1].split(" ")[0], (g == c).sum() / total) for c in (1, 2, 3))))
        apply_qml_on_load(context, ipath, style_raster_ramp(ipath, "service"), tr("Resilience index"))
        apply_qml_on_load(context, gpath, style_raster_classes(gpath, RESILIENCE_CLASSES), tr("Resilience level"))
        return {self.INDEX: ipath, self.GRADE: gpath}
