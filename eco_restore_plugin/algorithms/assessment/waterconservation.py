"""Water conservation (水源涵养) by the water-balance method."""
import numpy as np
from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ...core import services, tables
from ...i18n import tr
from ...processing_helpers.value_rules import RULES
from ...processing_helpers.raster_io import RasterWriter, output_raster, process_blocks, reference_grid
from ...processing_helpers.styles import apply_qml_on_load, style_raster_ramp
from ...processing_helpers.tables import class_table_parameter, parse_class_table
from ..base import EcoRestoreAlgorithm


class WaterConservation(EcoRestoreAlgorithm):
    NAME = "waterconservation"
    GROUP = "assessment"
    DISPLAY = "Water conservation, water balance (水源涵养 水量平衡法)"
    TAGS = "water conservation,water yield,water balance,水源涵养,水量平衡"
    HELP = ("Water conservation by the water-balance method of the ecological protection red line "
            "guide (2017) and the 双评价 guide (2020): WR = Σ (P − R − ET) · A · 10³ with surface "
            "runoff R = P · α, α the runoff coefficient of the land-cover class (editable table; "
            "empty = class not assessed, output nodata). P and ET in mm (annual means). Output per "
            "cell: depth in mm, or volume in m³. Inputs not on the land-use grid are resampled onto "
            "it. Processed by blocks.")

    LANDUSE, PRECIP, ET, ALPHA, UNITS, CLIP, OUTPUT = (
        "LANDUSE", "PRECIPITATION", "ET", "ALPHA_TABLE", "UNITS", "CLIP_NEGATIVE", "OUTPUT")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.LANDUSE, tr("Land use / land cover (class codes, reference grid)")))
        self.addParameter(QgsProcessingParameterRasterLayer(self.PRECIP, tr("Annual precipitation P (mm)")))
        self.addParameter(QgsProcessingParameterRasterLayer(self.ET, tr("Annual evapotranspiration ET (mm)")))
        self.addParameter(class_table_parameter(
            self.ALPHA, tr("Runoff coefficient α by land-use class"),
            [tr("Land-use code"), tr("Runoff coefficient α")], tables.ALPHA_3DIAO,
            tr("Defaults: 红线指南 2017 α by ecosystem type, mapped to 三调 classes. Empty = not assessed.")))
        self.addParameter(QgsProcessingParameterEnum(
            self.UNITS, tr("Output units"), [tr("Depth (mm)"), tr("Volume per cell (m³)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.CLIP, tr("Set negative values (ET > P − R) to zero"), defaultValue=False))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Water conservation")))

    def process(self, parameters, context, feedback):
        lu = self.parameterAsRasterLayer(parameters, self.LANDUSE, context)
        grid = reference_grid(lu, tr("Land use"))
        p = self.parameterAsRasterLayer(parameters, self.PRECIP, context)
        et = self.parameterAsRasterLayer(parameters, self.ET, context)
        alpha = parse_class_table(self.table_value(parameters, self.ALPHA), ["code", "alpha"], tr("Runoff coefficient table"))
        volume = self.parameterAsEnum(parameters, self.UNITS, context) == 1
        clip = self.parameterAsBool(parameters, self.CLIP, context)
        cell_km2 = grid.cell_area() / 1e6 if volume else None
        path = output_raster(self, parameters, self.OUTPUT, context)
        total = [0.0]

        def block(lc, pr, e):
            wr = services.water_balance(pr, e, landcover=lc, alpha_table=alpha,
                                        cell_area_km2=cell_km2, clip_negative=clip)
            total[0] += float(np.nansum(wr))
            return wr

        unit = tr("m³") if volume else tr("mm")
        with RasterWriter(path, grid, "float32", -9999.0,
                          tr("Water conservation ({})").format(unit)) as w:
            process_blocks(grid, [(lu, True), (p, False, RULES["precipitation"]),
                                  (et, False, RULES["evapotranspiration"])], block, [w], feedback)
        if volume:
            feedback.pushInfo(tr("Total water conservation: {:.4g} m³").format(total[0]))
        apply_qml_on_load(context, path, style_raster_ramp(path, "service"), tr("Water conservation"))
        return {self.OUTPUT: path}
