"""Morphological Spatial Pattern Analysis (MSPA, 形态学空间格局分析)."""
import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ...core import mspa
from ...i18n import tr, tr_noop
from ...processing_helpers.raster_io import output_raster, read_raster, reference_grid, write_raster
from ...processing_helpers.styles import apply_qml_on_load, style_raster_classes
from ...processing_helpers.tables import code_list
from ..base import EcoRestoreAlgorithm

#: GuidosToolbox-like colours and labels of the MSPA classes.
MSPA_CLASSES = {
    mspa.BACKGROUND: ("#dcdcdc", tr_noop("Background (背景)")),
    mspa.BRANCH: ("#ff8c00", tr_noop("Branch (支线)")),
    mspa.EDGE: ("#000000", tr_noop("Edge (边缘)")),
    mspa.PERFORATION: ("#0000ff", tr_noop("Perforation (孔隙)")),
    mspa.ISLET: ("#a0522d", tr_noop("Islet (孤岛)")),
    mspa.CORE: ("#00c800", tr_noop("Core (核心区)")),
    mspa.BRIDGE: ("#ff0000", tr_noop("Bridge (桥接区)")),
    mspa.LOOP: ("#ffff00", tr_noop("Loop (环道区)")),
    mspa.MISSING: ("#ffffff", tr_noop("Missing (无数据)")),
}


class Mspa(EcoRestoreAlgorithm):
    NAME = "mspa"
    GROUP = "pattern"
    DISPLAY = "Morphological spatial pattern analysis, MSPA (形态学空间格局分析)"
    TAGS = "MSPA,GuidosToolbox,core,bridge,ecological source,形态学空间格局分析,核心区,生态源地"
    HELP = ("Morphological Spatial Pattern Analysis (Soille & Vogt 2009, Pattern Recognition Letters 30: "
            "456-459; GuidosToolbox, Vogt & Riitters 2017; METHODS.md §2) of the foreground (habitat): "
            "cells of the given land-use classes, or nonzero cells of a binary raster when no class is "
            "given. Classes with GuidosToolbox codes: core 17 (farther than the edge width from "
            "background), islet 9 (patches without core), edge 3 and perforation 5 (boundary zones to "
            "the outer background and to holes), bridge 33 (connects two cores), loop 65 (connects one "
            "core to itself), branch 1, background 0, missing 129 (nodata). Edge width in cells; "
            "foreground connectivity 8 or 4. Simplification: a side branch off a bridge or loop takes "
            "its class. Core areas of large size are the usual candidates for ecological sources.")
    PARAM_HELP = {
        "INPUT": ("Land-use raster (三调 class codes) or a binary habitat raster. Nodata cells become class 129 "
                  "(missing)."),
        "EDGE_WIDTH": ("Width of the edge zone in cells: core cells are farther than this from the background. "
                       "Default 1, as GuidosToolbox; the ground distance is width × cell size."),
        "CONNECTIVITY": "Foreground connectivity: 8 neighbours (default, as GuidosToolbox) or 4.",
        "OUTPUT": ("MSPA class raster with GuidosToolbox codes (core 17, islet 9, edge 3, perforation 5, bridge "
                   "33, loop 65, branch 1, background 0, missing 129), styled."),
    }
    ADVANCED = ("CONNECTIVITY",)

    INPUT, CODES, EDGE_WIDTH, CONNECTIVITY, OUTPUT = (
        "INPUT", "FOREGROUND_CODES", "EDGE_WIDTH", "CONNECTIVITY", "OUTPUT")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.INPUT, tr("Land use or binary habitat raster")))
        p = QgsProcessingParameterString(
            self.CODES, tr("Foreground (habitat) class codes, comma separated (empty = nonzero cells)"),
            "301, 302, 303, 304, 305, 306, 307, 401, 402, 403, 404, 1108", optional=True)
        p.setHelp(tr("Default: 三调 forest, shrub, grassland and marsh classes."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterNumber(
            self.EDGE_WIDTH, tr("Edge width (cells)"), QgsProcessingParameterNumber.Integer, 1,
            minValue=1))
        self.addParameter(QgsProcessingParameterEnum(
            self.CONNECTIVITY, tr("Foreground connectivity"), [tr("8 neighbours"), tr("4 neighbours")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("MSPA classes")))

    def process(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        grid = reference_grid(layer, tr("Input raster"), projected=False)
        arr, _ = read_raster(layer, categorical=True)
        missing = ~np.isfinite(arr)
        text = self.parameterAsString(parameters, self.CODES, context) or ""
        codes = code_list(text, tr("Foreground class codes"))
        if codes:
            fg = np.isin(np.where(missing, np.nan, arr), codes)
        else:
            fg = np.where(missing, 0, arr) != 0
        if not fg.any():
            raise QgsProcessingException(tr("No foreground cell: check the class codes against the raster."))
        width = self.parameterAsInt(parameters, self.EDGE_WIDTH, context)
        conn = 4 if self.parameterAsEnum(parameters, self.CONNECTIVITY, context) == 1 else 8
        feedback.setProgressText(tr("Morphological segmentation…"))
        out = mspa.mspa(fg, edge_width=width, connectivity=conn, missing=missing if missing.any() else None)
        self.check_cancel(feedback)
        in_cells = not grid.is_projected()   # degrees or no CRS: areas in cells, not hm²
        for name, a in sorted(mspa.class_areas(out, cell_area=1.0 if in_cells else grid.cell_area() / 1e4).items()):
            if in_cells:
                feedback.pushInfo(tr("MSPA class {}: {:.0f} cells").format(name, a))
            else:
                feedback.pushInfo(tr("MSPA class {}: {:.4g} hm²").format(name, a))
        path = output_raster(self, parameters, self.OUTPUT, context)
        write_raster(path, out.astype(np.uint8), grid, dtype="uint8", nodata=255,
                     description=tr("MSPA classes"))
        classes = {k: (c, tr(label)) for k, (c, label) in MSPA_CLASSES.items()}
        apply_qml_on_load(context, path, style_raster_classes(path, classes), tr("MSPA classes"))
        return {self.OUTPUT: path}
