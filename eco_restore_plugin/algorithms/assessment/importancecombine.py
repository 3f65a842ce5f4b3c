"""Combination of importance grades (重要性集成): the highest grade across services."""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterDestination,
)

from ...core import grading
from ...i18n import tr
from ...processing_helpers.value_rules import RULES
from ...processing_helpers.raster_io import RasterWriter, output_raster, process_blocks, reference_grid
from ...processing_helpers.styles import IMPORTANCE_CLASSES, apply_qml_on_load, style_raster_classes
from ..base import EcoRestoreAlgorithm


class ImportanceCombine(EcoRestoreAlgorithm):
    NAME = "importancecombine"
    GROUP = "assessment"
    DISPLAY = "Combine importance grades, highest wins (重要性集成 取最高等级)"
    TAGS = "importance,combine,maximum,集成,重要性"
    HELP = ("Combines several grade rasters (codes 3 极重要, 2 重要, 1 一般重要, 0 nodata) into one: each "
            "cell takes the highest grade (双评价 guide 2020: 极 if any is 极, else 重要 if any is 重要, "
            "else 一般). With 'ignore nodata' a cell graded by some inputs keeps the highest of those; "
            "otherwise nodata in any input gives nodata. The first raster is the reference grid.")
    PARAM_HELP = {
        "INPUTS": ("Grade rasters with codes 3 极重要, 2 重要, 1 一般重要 (0 or nodata = no grade), e.g. the service "
                   "grades and the vulnerability grades; the first is the reference grid."),
        "IGNORE_NODATA": ("Checked (default): a cell graded by only some inputs keeps the highest of those "
                          "grades. Unchecked: nodata in any input gives nodata."),
        "OUTPUT": "Combined grade, the highest of the inputs (3 极重要, 2 重要, 1 一般重要, 0 nodata), styled.",
    }

    INPUTS, IGNORE, OUTPUT = "INPUTS", "IGNORE_NODATA", "OUTPUT"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.INPUTS, tr("Grade rasters"), QgsProcessing.TypeRaster))
        self.addParameter(QgsProcessingParameterBoolean(
            self.IGNORE, tr("Ignore nodata (use the grades that exist)"), defaultValue=True))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Combined grade")))

    def process(self, parameters, context, feedback):
        layers = self.parameterAsLayerList(parameters, self.INPUTS, context)
        if len(layers) < 2:
            raise ValueError(tr("Give at least two grade rasters to combine."))
        grid = reference_grid(layers[0], layers[0].name(), projected=False)
        mode = "ignore" if self.parameterAsBool(parameters, self.IGNORE, context) else "propagate"

        def block(*arrs):
            grades = [np.nan_to_num(a, nan=0).astype(np.uint8) for a in arrs]
            return grading.combine_max_grade(*grades, nodata=mode)

        path = output_raster(self, parameters, self.OUTPUT, context)
        with RasterWriter(path, grid, "uint8", 0, tr("Combined importance grade"),
                          category_names={0: "", 1: "一般重要", 2: "重要", 3: "极重要"}) as w:
            process_blocks(grid, [(lyr, True, RULES["grade3"]) for lyr in layers], block, [w], feedback)
        apply_qml_on_load(context, path, style_raster_classes(path, IMPORTANCE_CLASSES), tr("Combined grade"))
        return {self.OUTPUT: path}
