"""Habitat quality (生境质量), the InVEST Habitat Quality model."""
import numpy as np
from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ...core import habitat, tables
from ...i18n import tr
from ...processing_helpers.dask_client import run_by_tiles_if_too_big, run_on_cluster
from ...processing_helpers.value_rules import check_codes
from ...processing_helpers.raster_io import output_raster, read_raster, reference_grid, write_raster
from ...processing_helpers.styles import apply_qml_on_load, style_raster_ramp
from ...processing_helpers.tables import (DECAY_CHOICES, THREAT_CHOICES, keyword, keyword_cell, keyword_columns,
                                          matrix_rows, table_code, to_float)
from ...processing_helpers.params import ClassTableParams
from ..base import EcoRestoreAlgorithm

THREAT_NAMES = list(tables.THREATS_DEFAULT)


def _default_threats():
    flat = []
    for name, t in tables.THREATS_DEFAULT.items():
        codes = " ".join(str(c) for c in tables.THREAT_SOURCES_3DIAO[name])
        flat += [keyword_cell(name, THREAT_CHOICES), str(t["max_distance"] / 1000.0), str(t["weight"]),
                 keyword_cell(t["decay"], DECAY_CHOICES), codes]
    return flat


class HabitatQuality(ClassTableParams, EcoRestoreAlgorithm):
    NAME = "habitatquality"
    GROUP = "assessment"
    DISPLAY = "Habitat quality, InVEST model (生境质量 InVEST)"
    TAGS = "habitat quality,InVEST,biodiversity,threat,生境质量,生物多样性维护"
    HELP = ("Habitat quality after the InVEST Habitat Quality model (Sharp et al., InVEST User's "
            "Guide; METHODS.md §1.3). Threat sources are land-use classes (threat table: name, max "
            "distance in km, weight, decay linear or exponential, source class codes). Impact at "
            "distance d: linear 1 − d/d_max or exponential exp(−2.99·d/d_max), zero beyond d_max. "
            "Total threat D = Σ (w_r/Σw) · r_y · i_rxy · β_x · S_jr, quality Q = H·(1 − D^z/(D^z + k^z)), "
            "z = 2.5, k the half-saturation constant (0 = half of the largest D). The sensitivity "
            "table gives habitat suitability H and the sensitivity S of each class to each threat. "
            "Threat impact convention: InVEST 3.13 and later (default; checked equal to an InVEST 3.14.2 run) "
            "take the impact of the nearest threat source, i(d_min), with threats as presence/absence; "
            "InVEST 3.3-3.12 convolved the threat with the distance kernel normalised to sum 1 (a "
            "kernel-weighted mean, 0-1); the User's Guide sum adds the impacts of all source cells. "
            "With a Dask cluster set in the plugin setting eco_restore/dask_scheduler, D runs as independent "
            "tiles on its workers (each tile read with a margin of the largest threat distance; the result "
            "equals the run in this process; docs/BATCH.md).")
    PARAM_HELP = {
        "LANDUSE": ("Land-use raster with class codes (三调 codes for the default tables); the reference grid. "
                    "Threat sources are the cells of the threat table's source classes."),
        "SENSITIVITY": ("One row per land-use class: habitat suitability H (0-1) and the sensitivity S (0-1) to "
                        "each threat, columns named as the threats. Defaults: the plugin's values for 三调 classes "
                        "from common practice in Chinese InVEST studies, not from an official table."),
        "ACCESSIBILITY": ("Optional raster of accessibility β (0-1; lower = better legal or physical "
                          "protection). Empty: β = 1 everywhere."),
        "HALF_SATURATION": ("Half-saturation constant k of Q = H·(1 − D^z/(D^z + k^z)). 0 (default) = half of "
                            "the largest D of the area, as the InVEST User's Guide advises."),
        "Z": "Scaling parameter z of the quality function. Default 2.5, fixed in InVEST (User's Guide).",
        "QUALITY": "Habitat quality Q, 0-1 (0 on non-habitat classes, H = 0), styled.",
        "DEGRADATION": ("Raster of the total threat (habitat degradation) D. Optional output, created by "
                        "default; uncheck it in the dialog to skip it."),
    }
    ADVANCED = ("HALF_SATURATION", "Z", "IMPACT_METHOD")

    LANDUSE, THREATS, SENSITIVITY, ACCESS, K, Z, METHOD = (
        "LANDUSE", "THREATS", "SENSITIVITY", "ACCESSIBILITY", "HALF_SATURATION", "Z", "IMPACT_METHOD")
    METHODS = (habitat.DISTANCE, habitat.CONVOLUTION, habitat.SUM)
    QUALITY, DEGRADATION = "QUALITY", "DEGRADATION"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(self.LANDUSE, tr("Land use (class codes)")))
        p = QgsProcessingParameterMatrix(
            self.THREATS, tr("Threats"), numberRows=0, hasFixedNumberRows=False,
            headers=[tr("Threat"), tr("Max distance (km)"), tr("Weight"), tr("Decay"),
                     tr("Source land-use codes")], defaultValue=_default_threats(), optional=True)
        p.setHelp(tr("One row per threat. Threat: one of 耕地 (cropland), 城镇用地 (urban), 农村居民点 (rural), 道路 "
                     "(road), 采矿用地 (mine), the columns of the sensitivity table. Decay: 线性 (linear) or 指数 "
                     "(exponential). Source land-use codes separated by spaces."))
        self.addParameter(keyword_columns(p, {0: THREAT_CHOICES, 3: DECAY_CHOICES}))
        self.add_class_table(
            self.SENSITIVITY, tr("Habitat suitability H and sensitivity S to each threat"),
            ["code", "H"] + THREAT_NAMES, tables.HABITAT_SENSITIVITY_3DIAO)
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.ACCESS, tr("Accessibility β (0-1)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.K, tr("Half-saturation constant k (0 = half of the largest D)"),
            QgsProcessingParameterNumber.Double, 0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.Z, tr("Scaling parameter z"), QgsProcessingParameterNumber.Double, 2.5, minValue=0.1))
        p = QgsProcessingParameterEnum(
            self.METHOD, tr("Threat impact convention"),
            [tr("Nearest threat source (InVEST 3.13 and later)"),
             tr("Normalised kernel convolution (InVEST 3.3-3.12)"),
             tr("Sum over source cells (User's Guide equation)")], defaultValue=0)
        p.setHelp(tr("How the impact of a threat on a cell is computed. The default gives the same values as "
                     "the current InVEST release; choose the convolution to reproduce results of InVEST 3.12 "
                     "or earlier."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterRasterDestination(self.QUALITY, tr("Habitat quality Q")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.DEGRADATION, tr("Habitat degradation D"), optional=True))

    def threat_rows(self, parameters):
        """The threat table as dicts: ``name``, ``max_distance`` (m), ``weight``, ``decay``, source ``codes``."""
        threats = []
        for row in matrix_rows(self.table_value(parameters, self.THREATS), 5):
            name = keyword(row[0], THREAT_CHOICES, tr("Threats table, threat"))
            dist, weight, codes = row[1], row[2], row[4]
            decay = keyword(row[3], DECAY_CHOICES, tr("Threat '{}', decay").format(row[0]))
            d = to_float(dist, tr("Threat '{}' max distance").format(name)) * 1000.0
            if d <= 0:
                raise ValueError(tr("Threat '{}': the max distance must be positive.").format(name))
            cls = [table_code(c, tr("Threat '{}' land-use codes").format(name))
                   for c in codes.replace(",", " ").split()]
            threats.append({"name": name, "max_distance": d, "decay": decay, "codes": cls,
                            "weight": to_float(weight, tr("Threat '{}' weight").format(name))})
        return threats

    def options(self, parameters, context):
        """(sensitivity table, k or None, z, impact method) as the dialog gives them."""
        sens = self.class_table(parameters, self.SENSITIVITY, ["code", "H"] + THREAT_NAMES, tr("Sensitivity table"))
        k = self.parameterAsDouble(parameters, self.K, context) or None
        z = self.parameterAsDouble(parameters, self.Z, context)
        return sens, k, z, self.METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]

    def style_output(self, key, path, context):
        """Style output ``key`` (QUALITY or DEGRADATION) at ``path`` and load it styled; returns ``path``."""
        if key == self.QUALITY:
            qml, title = style_raster_ramp(path, "service", vmin=0.0, vmax=1.0), tr("Habitat quality Q")
        else:
            qml, title = style_raster_ramp(path, "degradation"), tr("Habitat degradation D")
        apply_qml_on_load(context, path, qml, title)
        return path

    def process(self, parameters, context, feedback):
        # plugin setting eco_restore/dask_scheduler: tiles on that cluster (None: not set or declined)
        result = run_on_cluster(feedback, "habitat_quality", self, parameters, context)
        if result is not None:
            return result
        lu_layer = self.parameterAsRasterLayer(parameters, self.LANDUSE, context)
        result = run_by_tiles_if_too_big(feedback, "habitat_quality", self, parameters, context, lu_layer)
        if result is not None:
            return result
        grid = reference_grid(lu_layer, tr("Land use"))
        lu, _ = read_raster(lu_layer, categorical=True)
        threats = [dict(t, raster=np.isin(lu, t["codes"]).astype(np.float32)) for t in self.threat_rows(parameters)]
        sens, k, z, method = self.options(parameters, context)
        check_codes(lu, sens.keys(), lu_layer.name(), tr("the sensitivity table"))
        access_layer = self.parameterAsRasterLayer(parameters, self.ACCESS, context)
        access = read_raster(access_layer, grid, feedback=feedback)[0] if access_layer else None
        feedback.setProgressText(tr("Computing the impact of {} threats…").format(len(threats)))
        d, q, k_used = habitat.habitat_quality_model(lu, threats, sensitivity=sens, cellsize=grid.cellsize,
                                                     access=access, k=k, z=z,
                                                     method=method)
        self.check_cancel(feedback)
        feedback.pushInfo(tr("Half-saturation constant k = {:.4g}").format(k_used))
        path = output_raster(self, parameters, self.QUALITY, context)
        write_raster(path, q, grid, description=tr("Habitat quality Q"))
        results = {self.QUALITY: self.style_output(self.QUALITY, path, context)}
        if parameters.get(self.DEGRADATION) is not None:
            dpath = output_raster(self, parameters, self.DEGRADATION, context)
            write_raster(dpath, d, grid, description=tr("Habitat degradation D"))
            results[self.DEGRADATION] = self.style_output(self.DEGRADATION, dpath, context)
        return results
