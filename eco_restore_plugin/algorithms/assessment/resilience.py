"""Resilience (恢复力): ecosystem elasticity × vegetation condition × terrain."""
import numpy as np
from qgis.core import QgsProcessingException, QgsProcessingParameterRasterLayer, QgsProcessingParameterString

from ...core import degradation, services, tables
from ...i18n import tr, tr_noop
from ...processing_helpers.params import ClassTableParams
from ...processing_helpers.block_passes import class_codes, value_range
from ...processing_helpers.raster_io import reference_grid
from ...processing_helpers.value_rules import RULES, Rule
from ...processing_helpers.styles import RESILIENCE_CLASSES
from ...processing_helpers.tables import breaks_value, number_list
from ._graded import GradedIndexAlgorithm, GradedPlan


class Resilience(ClassTableParams, GradedIndexAlgorithm):
    NAME = "resilience"
    GROUP = "assessment"
    DISPLAY = "Ecosystem resilience (生态系统恢复力)"
    TAGS = "resilience,elasticity,recovery,恢复力,生态弹性度,恢复力水平"
    HELP = ("Resilience index and level (METHODS.md §1.4; common practice, not verified against an official "
            "text): index = E · C · T with E the ecosystem elasticity score of the land-use class (0-1, editable "
            "table; defaults forest 0.9, wetland 0.8, grassland 0.7, garden and water 0.6, cropland 0.5, bare "
            "and rural 0.2, built land and roads 0.1, mining 0.05), C the vegetation condition (FVC or NPP) "
            "min-max normalised to 0-1 over the area (or over a given range, e.g. 0, 1 for FVC), T the terrain "
            "factor by slope class (slope in degrees from the DEM, Horn 1981; < 8° 1.0, 8-15° 0.8, 15-25° 0.6, ≥ "
            "25° 0.4). Levels by the index breaks (default thirds 0.333, 0.667): 1 low 低, 2 medium 中, 3 high 高. "
            "Nodata in any input gives nodata.")
    PARAM_HELP = {
        "LANDUSE": "Land-use raster with class codes (三调 for the default table); the reference grid.",
        "CONDITION": ("Vegetation condition, FVC (0-1) or NPP, normalised to 0-1 over the area or the given "
                      "range; resampled to the land-use grid if needed."),
        "CONDITION_RANGE": ("Min and max for normalising the condition, comma separated (e.g. 0, 1 for FVC). "
                            "Empty: the minimum and maximum over the area."),
        "DEM": ("Digital elevation model in metres (projected CRS); the slope in degrees is computed from it "
                "(Horn 1981). Resampled to the reference grid if needed."),
        "ELASTICITY": ("Ecosystem elasticity score E (0-1) of each land-use class. Defaults (forest 0.9 … mining "
                       "0.05): common practice in Chinese studies, the plugin's own table, not from a standard "
                       "(METHODS.md §1.4)."),
        "SLOPE_BREAKS": ("Slope class breaks in degrees, ascending. Default 8, 15, 25: the slope classes of "
                         "Chinese land-use practice; the plugin's choice."),
        "SLOPE_VALUES": ("Terrain factor T of each slope class, one more value than breaks. Default 1, 0.8, 0.6, "
                         "0.4, the plugin's own values."),
        "BREAKS": ("Index breaks of the medium and high levels, ascending. Default thirds 0.333, 0.667, the "
                   "plugin's own choice."),
        "INDEX": "Resilience index E · C · T, 0-1.",
        "GRADE": "Resilience level 1 低, 2 中, 3 高 (0 nodata), styled.",
    }
    ADVANCED = ("CONDITION_RANGE", "SLOPE_BREAKS", "SLOPE_VALUES")

    #: rows per block (the inputs are read and the outputs written by row blocks)
    BLOCK_ROWS = 512

    LANDUSE, CONDITION, RANGE, DEM, ELASTICITY, SLOPE_BREAKS, SLOPE_VALUES, BREAKS, INDEX, GRADE = (
        "LANDUSE", "CONDITION", "CONDITION_RANGE", "DEM", "ELASTICITY", "SLOPE_BREAKS", "SLOPE_VALUES",
        "BREAKS", "INDEX", "GRADE")
    INDEX_LABEL, GRADE_LABEL = tr_noop("Resilience index"), tr_noop("Resilience level")
    INDEX_RAMP = "service"
    SHARES = tr_noop("Shares: {}")

    def add_inputs(self):
        self.addParameter(QgsProcessingParameterRasterLayer(self.LANDUSE, tr("Land use (class codes, reference grid)")))
        self.addParameter(QgsProcessingParameterRasterLayer(self.CONDITION, tr("Vegetation condition (FVC or NPP)")))
        self.addParameter(QgsProcessingParameterString(
            self.RANGE, tr("Condition range for normalisation, min, max (empty = over the data)"), "",
            optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(self.DEM, tr("DEM (m), for the slope")))
        self.add_class_table(
            self.ELASTICITY, tr("Ecosystem elasticity by land-use class (0-1)"),
            [tr("Land-use code"), tr("Elasticity")], tables.ELASTICITY_3DIAO)
        self.addParameter(QgsProcessingParameterString(
            self.SLOPE_BREAKS, tr("Slope class breaks, degrees"),
            ", ".join("{:g}".format(v) for v in tables.SLOPE_FACTOR_BREAKS)))
        self.addParameter(QgsProcessingParameterString(
            self.SLOPE_VALUES, tr("Terrain factor per slope class"),
            ", ".join("{:g}".format(v) for v in tables.SLOPE_FACTOR_VALUES)))
        self.addParameter(QgsProcessingParameterString(
            self.BREAKS, tr("Index breaks for medium and high"), "0.333333, 0.666667"))

    def prepare(self, parameters, context, feedback):
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
        table = self.class_table(parameters, self.ELASTICITY, ["code", "e"],
                                  tr("Elasticity table"))
        lu_layer = self.parameterAsRasterLayer(parameters, self.LANDUSE, context)
        grid = reference_grid(lu_layer, tr("Land use"))
        cond_layer = self.parameterAsRasterLayer(parameters, self.CONDITION, context)
        dem_layer = self.parameterAsRasterLayer(parameters, self.DEM, context)
        # FVC or NPP: 0 or more; with a condition range, within it
        rule = RULES["non_negative"] if crange is None else Rule(
            tr_noop("the condition must lie within the condition range (CONDITION_RANGE)"),
            low=crange[0], high=crange[1])
        rows = self.BLOCK_ROWS
        # the condition is normalised over the whole area: its min and max from a first pass
        span = crange if crange is not None else value_range(cond_layer, grid, feedback=feedback, rule=rule,
                                                             rows=rows, start=0.0, end=40.0)
        feedback.setProgress(40)

        def formula(window, lu, cond, dem):   # by row blocks; the DEM with a one-row halo for the slope
            slope = services.slope_degrees(dem, cellsize=grid.cellsize)[window.inner]
            try:
                res = degradation.resilience(lu, cond, slope, elasticity=table, condition_range=span,
                                             breaks=breaks, slope_breaks=sb, slope_values=sv)
            except ValueError:   # name every class the table lacks, not only this block's
                codes = class_codes(lu_layer, grid, rows=rows, feedback=feedback)
                degradation.resilience(codes, np.zeros_like(codes), np.zeros_like(codes), elasticity=table,
                                       condition_range=(0.0, 1.0), breaks=breaks, slope_breaks=sb, slope_values=sv)
                raise
            return res.index, res.grade

        layers = [(lu_layer, True, False, None), (cond_layer, False, False, rule), (dem_layer, False, True, None)]
        return GradedPlan(grid, RESILIENCE_CLASSES, formula, layers, rows=rows, halo=1, start=40.0, end=95.0)
