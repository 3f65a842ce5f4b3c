"""Restoration mode per cell (修复模式) and the three spaces (三类空间)."""
import numpy as np
from qgis.core import (
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ...core import zoning
from ...core import landuse_codes as L
from ...i18n import tr
from ...processing_helpers.raster_io import RasterWriter, output_raster, process_blocks, reference_grid
from ...processing_helpers.styles import apply_qml_on_load, style_raster_classes
from ...processing_helpers.tables import matrix_rows
from ...processing_helpers.value_rules import unknown_codes, warn_codes
from ...processing_helpers.params import ClassTableParams, ControlLinesParams
from ..base import EcoRestoreAlgorithm
from ._common import (
    MODE_CLASSES,
    SPACE_CLASSES,
    degradation_codes,
    degradation_coding_parameter,
    warn_degradation_coding,
)


def decision_matrix_parameter(name):
    flat = []
    for row in zoning.default_decision_rows():
        flat += [str(v) for v in row]
    p = QgsProcessingParameterMatrix(
        name, tr("Decision matrix (importance × degradation × resilience → mode)"), numberRows=0,
        hasFixedNumberRows=False,
        headers=[tr("Importance (1-3)"), tr("Degradation (0-3)"), tr("Resilience (1-3)"),
                 tr("Mode (1-4)")],
        defaultValue=flat, optional=True)
    p.setHelp(tr("One row per combination; * matches any level (a more specific row wins). Modes: "
                 "1 保护保育, 2 自然恢复, 3 辅助再生, 4 生态重建 (code or Chinese name). Every "
                 "combination must be covered."))
    return p


class RestorationMode(ControlLinesParams, ClassTableParams, EcoRestoreAlgorithm):
    NAME = "restorationmode"
    GROUP = "zoning"
    DISPLAY = "Restoration mode and three spaces (修复模式与三类空间)"
    TAGS = "restoration mode,decision matrix,three spaces,修复模式,保护保育,自然恢复,辅助再生,生态重建,三类空间"
    HELP = ("Assigns the restoration mode of every cell - 1 保护保育 conservation, 2 自然恢复 natural "
            "recovery, 3 辅助再生 assisted regeneration, 4 生态重建 reconstruction - from the "
            "importance grade (3 极重要, 2 重要, 1 一般重要), the degradation grade (0 none to 3 "
            "severe) and the resilience grade (1 low to 3 high) with an editable decision matrix "
            "(山水林田湖草生态保护修复工程指南 2020; METHODS.md §3). Overrides: where the optional "
            "human-pressure raster reaches the threshold, natural recovery becomes assisted "
            "regeneration; land-use classes in the override table take their mode (e.g. 采矿用地 → "
            "生态重建). Also writes the three spaces (1 ecological, 2 agricultural, 3 urban) from land "
            "use, overridden by the control lines (farmland, urban development boundary, red line). "
            "Cells missing a grade are nodata. Processed by blocks on the importance grid.")
    PARAM_HELP = {
        "IMPORTANCE": ("Ecological protection importance grade, 3 极重要, 2 重要, 1 一般重要 (output of 'Ecological "
                       "protection importance'); the reference grid."),
        "DEGRADATION": ("Degradation grade raster (output GRADE of 'Degradation degree', or a 0-3 grade); its "
                        "coding is set by the next option. Resampled to the importance grid if needed."),
        "RESILIENCE": ("Resilience grade raster, 1 low, 2 medium, 3 high (output GRADE of 'Ecosystem "
                       "resilience')."),
        "PRESSURE": ("Optional human-pressure raster (e.g. human footprint 0-1); where it reaches the threshold "
                     "natural recovery becomes assisted regeneration. Empty: no pressure override."),
        "PRESSURE_THRESHOLD": ("Pressure value from which pressure counts as high (same unit as the raster). "
                               "Default 0.6 on a 0-1 scale, the plugin's own value."),
        "LANDUSE": ("Optional land-use raster (三调 codes), for the mode override table and the three spaces. "
                    "Empty: no land-use override; the spaces come from the control lines only."),
        "LANDUSE_SPACES": ("Space of each land-use class: 2 agricultural, 3 urban; classes not listed are "
                           "ecological (1). Defaults: the plugin's mapping of 三调 classes."),
        "RED_LINE": ("Optional red-line polygons (生态保护红线): cells inside are ecological space, the strictest "
                     "control line. Empty: not used."),
        "FARMLAND": ("Optional permanent basic farmland polygons (永久基本农田): cells inside are agricultural space "
                     "(the urban development boundary and the red line win). Empty: not used."),
        "URBAN_BOUNDARY": ("Optional urban development boundary polygons (城镇开发边界): cells inside are urban space "
                           "(the red line wins). Empty: not used."),
        "OUTPUT": "Restoration mode 1 保护保育, 2 自然恢复, 3 辅助再生, 4 生态重建 (0 nodata), styled.",
        "SPACE_OUTPUT": ("Three spaces 1 ecological, 2 agricultural, 3 urban (0 where neither land use nor a "
                         "control line says), styled."),
    }
    ADVANCED = ("DEGRADATION_CODING", "DECISION_MATRIX", "LANDUSE_MODES", "LANDUSE_SPACES", "PRESSURE_THRESHOLD")

    IMPORTANCE, DEGRADATION, CODING, RESILIENCE = "IMPORTANCE", "DEGRADATION", "DEGRADATION_CODING", "RESILIENCE"
    MATRIX, PRESSURE, THRESHOLD = "DECISION_MATRIX", "PRESSURE", "PRESSURE_THRESHOLD"
    LANDUSE, LU_MODES, LU_SPACES = "LANDUSE", "LANDUSE_MODES", "LANDUSE_SPACES"
    OUTPUT, SPACE_OUTPUT = "OUTPUT", "SPACE_OUTPUT"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.IMPORTANCE, tr("Importance grade (3 极重要, 2 重要, 1 一般重要; reference grid)")))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.DEGRADATION, tr("Degradation grade")))
        self.addParameter(degradation_coding_parameter(self.CODING))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.RESILIENCE, tr("Resilience grade (1 low, 2 medium, 3 high)")))
        self.addParameter(decision_matrix_parameter(self.MATRIX))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.PRESSURE, tr("Human pressure (e.g. human footprint 0-1)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.THRESHOLD, tr("High human pressure from"), QgsProcessingParameterNumber.Double, 0.6))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.LANDUSE, tr("Land use (三调 class codes)"), optional=True))
        self.add_class_table(
            self.LU_MODES, tr("Mode override by land-use class"), [tr("Land-use code"), tr("Mode (1-4)")],
            {602: 4}, tr("Cells of these classes take the mode given (default: 采矿用地 → 生态重建)."))
        self.add_class_table(
            self.LU_SPACES, tr("Space by land-use class (others: ecological)"),
            [tr("Land-use code"), tr("Space (1 ecological, 2 agricultural, 3 urban)")],
            zoning.default_landuse_spaces())
        self.add_control_line_parameters()
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Restoration mode")))
        self.addParameter(QgsProcessingParameterRasterDestination(self.SPACE_OUTPUT, tr("Three spaces")))

    def process(self, parameters, context, feedback):
        imp = self.parameterAsRasterLayer(parameters, self.IMPORTANCE, context)
        grid = reference_grid(imp, tr("Importance grade"))
        deg = self.parameterAsRasterLayer(parameters, self.DEGRADATION, context)
        res = self.parameterAsRasterLayer(parameters, self.RESILIENCE, context)
        coding = self.parameterAsEnum(parameters, self.CODING, context)
        warn_degradation_coding(deg, coding, feedback)
        rows = matrix_rows(self.table_value(parameters, self.MATRIX), 4)
        lut = zoning.decision_lut(rows)                          # ValueError -> clear message
        pressure = self.parameterAsRasterLayer(parameters, self.PRESSURE, context)
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        lu = self.parameterAsRasterLayer(parameters, self.LANDUSE, context)
        lu_modes = {}
        if lu is not None:
            lu_modes = {k: v for k, v in self.class_table(parameters, self.LU_MODES, ["code", "mode"],
                tr("Mode override table")).items() if np.isfinite(v)}
            for v in lu_modes.values():
                zoning._mode_code(v)
        lu_spaces = {k: int(v) for k, v in self.class_table(parameters, self.LU_SPACES, ["code", "space"],
            tr("Space table")).items() if np.isfinite(v)}
        bad = sorted(v for v in set(lu_spaces.values()) if v not in zoning.SPACE_NAMES)
        if bad:
            raise ValueError(tr("Space table: {} is not a space (1 ecological, 2 agricultural, "
                                "3 urban).").format(bad[0]))
        masks = self.control_line_masks(parameters, context, grid)
        self.check_cancel(feedback)
        mode_path = output_raster(self, parameters, self.OUTPUT, context)
        space_path = output_raster(self, parameters, self.SPACE_OUTPUT, context)
        counts = np.zeros(5, np.int64)
        row = [0]
        # land-use codes that are neither 三调 classes nor in the two tables: reported (no override,
        # ecological space, as documented)
        known = set(L.VALUE_CODE) | set(lu_modes) | set(lu_spaces) | {0}
        unknown = [0, set()]

        def block(i, d, r, p, landuse):
            if landuse is not None:
                n_bad, values = unknown_codes(landuse, known)
                unknown[0] += n_bad
                unknown[1].update(values.tolist())
            n = i.shape[0]
            sl = slice(row[0], row[0] + n)
            row[0] += n
            mode = zoning.assign_mode(i, degradation_codes(d, coding), r, lut, pressure=p,
                                      pressure_threshold=threshold if p is not None else None,
                                      landuse=landuse, landuse_modes=lu_modes)
            counts[:] += np.bincount(mode.ravel(), minlength=5)[:5]
            space = zoning.three_spaces(
                i.shape, red_line=None if masks["red_line"] is None else masks["red_line"][sl],
                farmland=None if masks["farmland"] is None else masks["farmland"][sl],
                urban_boundary=None if masks["urban_boundary"] is None else masks["urban_boundary"][sl],
                landuse=landuse if landuse is not None else np.where(np.isfinite(i), 0.0, np.nan),
                landuse_spaces=lu_spaces if landuse is not None else {})
            return mode, space

        with RasterWriter(mode_path, grid, "uint8", 0, tr("Restoration mode"),
                          category_names={k: v for k, v in zoning.MODE_NAMES.items()}) as wm, \
                RasterWriter(space_path, grid, "uint8", 0, tr("Three spaces"),
                             category_names=dict(zoning.SPACE_NAMES)) as ws:
            process_blocks(grid, [(imp, True), (deg, True), (res, True), (pressure, False), (lu, True)],
                           block, [wm, ws], feedback)
        warn_codes(feedback, lu.name() if lu is not None else "", unknown[0], unknown[1],
                   tr("the 三调 classification, the mode override table or the space table"),
                   tr("they get no mode override and count as ecological space"))
        if counts[1:].sum() == 0:
            feedback.pushWarning(tr("No cell has all three grades: the restoration mode is empty. "
                                    "Check that the rasters overlap."))
        cell_ha = grid.cell_area() / 1e4
        for code, name in zoning.MODE_NAMES.items():
            feedback.pushInfo(tr("{}: {:.1f} ha").format(name, counts[code] * cell_ha))
        apply_qml_on_load(context, mode_path, style_raster_classes(mode_path, MODE_CLASSES),
                          tr("Restoration mode"))
        apply_qml_on_load(context, space_path, style_raster_classes(space_path, SPACE_CLASSES),
                          tr("Three spaces"))
        return {self.OUTPUT: mode_path, self.SPACE_OUTPUT: space_path}
