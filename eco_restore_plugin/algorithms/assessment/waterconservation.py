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
from ...processing_helpers.dask_client import run_on_cluster
from ...processing_helpers.value_rules import RULES
from ...processing_helpers.raster_io import RasterWriter, output_raster, process_blocks, reference_grid
from ...processing_helpers.styles import apply_qml_on_load, style_raster_ramp
from ...processing_helpers.params import ClassTableParams
from ..base import EcoRestoreAlgorithm


class WaterConservation(ClassTableParams, EcoRestoreAlgorithm):
    NAME = "waterconservation"
    GROUP = "assessment"
    DISPLAY = "Water conservation, water balance (水源涵养 水量平衡法)"
    TAGS = "water conservation,water yield,water balance,水源涵养,水量平衡"
    HELP = ("Water conservation by the water-balance method of the ecological protection red line "
            "guide (2017) and the 双评价 guide (2020): WR = Σ (P − R − ET) · A · 10³ with surface "
            "runoff R = P · α, α the runoff coefficient of the land-cover class (editable table; "
            "empty = class not assessed: cropland, built land and open water by default, which get 0 — no "
            "water-conservation service counted — or nodata, by choice). P and ET in mm (annual means). Output per "
            "cell: depth in mm, or volume in m³. Inputs not on the land-use grid are resampled onto "
            "it. Processed by blocks.")
    PARAM_HELP = {
        "LANDUSE": ("Land-use / land-cover raster with class codes (三调 for the default table); the reference "
                    "grid."),
        "PRECIPITATION": "Mean annual precipitation P in mm; resampled to the land-use grid if needed.",
        "ET": "Mean annual actual evapotranspiration ET in mm; resampled to the land-use grid if needed.",
        "UNITS": ("Output as a depth in mm (default) or as a volume per cell in m³ (depth in mm × cell area in "
                  "m² / 1000)."),
        "CLIP_NEGATIVE": ("Set cells where ET exceeds P − R to 0 instead of keeping the negative balance. "
                          "Default off (the water balance as computed)."),
        "NOT_ASSESSED": ("Classes whose runoff coefficient is empty in the table (by default cropland, built "
                         "land and open water, for which the 2017 red-line guide gives no coefficient): 0 — no "
                         "water-conservation service counted, so maps have no holes inside the region (default) "
                         "— or nodata. Cells whose P or ET is nodata stay nodata either way."),
        "OUTPUT": ("Water conservation (P − R − ET) per cell, in mm or m³; classes without a runoff coefficient "
                   "0 or nodata (see NOT_ASSESSED)."),
    }

    LANDUSE, PRECIP, ET, ALPHA, UNITS, CLIP, OUTPUT = (
        "LANDUSE", "PRECIPITATION", "ET", "ALPHA_TABLE", "UNITS", "CLIP_NEGATIVE", "OUTPUT")
    NOT_ASSESSED = "NOT_ASSESSED"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.LANDUSE, tr("Land use / land cover (class codes, reference grid)")))
        self.addParameter(QgsProcessingParameterRasterLayer(self.PRECIP, tr("Annual precipitation P (mm)")))
        self.addParameter(QgsProcessingParameterRasterLayer(self.ET, tr("Annual evapotranspiration ET (mm)")))
        self.add_class_table(
            self.ALPHA, tr("Runoff coefficient α by land-use class"),
            [tr("Land-use code"), tr("Runoff coefficient α")], tables.ALPHA_3DIAO,
            tr("Defaults: 红线指南 2017 α by ecosystem type, mapped to 三调 classes. Empty = not assessed."))
        self.addParameter(QgsProcessingParameterEnum(
            self.UNITS, tr("Output units"), [tr("Depth (mm)"), tr("Volume per cell (m³)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.CLIP, tr("Set negative values (ET > P − R) to zero"), defaultValue=False))
        self.addParameter(QgsProcessingParameterEnum(
            self.NOT_ASSESSED, tr("Classes without a runoff coefficient"),
            [tr("0: no water-conservation service"), tr("Nodata (not assessed)")], defaultValue=0,
            optional=True))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Water conservation")))

    def process(self, parameters, context, feedback):
        # plugin setting eco_restore/dask_scheduler: the chunks on that cluster (None: not set or declined)
        result = run_on_cluster(feedback, "water_conservation", self, parameters, context)
        if result is not None:
            return result
        lu = self.parameterAsRasterLayer(parameters, self.LANDUSE, context)
        grid = reference_grid(lu, tr("Land use"))
        p = self.parameterAsRasterLayer(parameters, self.PRECIP, context)
        et = self.parameterAsRasterLayer(parameters, self.ET, context)
        alpha = self.class_table(parameters, self.ALPHA, ["code", "alpha"], tr("Runoff coefficient table"))
        volume = self.parameterAsEnum(parameters, self.UNITS, context) == 1
        clip = self.parameterAsBool(parameters, self.CLIP, context)
        zero_outside = (parameters.get(self.NOT_ASSESSED) is None
                        or self.parameterAsEnum(parameters, self.NOT_ASSESSED, context) == 0)
        not_assessed = np.array(sorted(c for c, a in alpha.items() if not np.isfinite(a)), dtype=float)
        cell_km2 = grid.cell_area() / 1e6 if volume else None
        path = output_raster(self, parameters, self.OUTPUT, context)
        total = [0.0]

        def block(lc, pr, e):
            wr = services.water_balance(pr, e, landcover=lc, alpha_table=alpha,
                                        cell_area_km2=cell_km2, clip_negative=clip)
            if zero_outside and not_assessed.size:
                # land outside the service counts 0 where its inputs exist, so maps have no holes
                wr[np.isin(lc, not_assessed) & np.isfinite(pr) & np.isfinite(e)] = 0.0
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
