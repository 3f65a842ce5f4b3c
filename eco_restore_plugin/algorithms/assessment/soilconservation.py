"""Soil conservation (水土保持) by RUSLE."""
import numpy as np
from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ...core import hydrology, services, tables
from ...i18n import tr
from ...processing_helpers.value_rules import RULES, check_codes
from ...processing_helpers.raster_io import output_raster, read_raster, reference_grid, write_raster
from ...processing_helpers.styles import apply_qml_on_load, style_raster_ramp
from ...processing_helpers.params import ClassTableParams
from ..base import EcoRestoreAlgorithm


class SoilConservation(ClassTableParams, EcoRestoreAlgorithm):
    NAME = "soilconservation"
    GROUP = "assessment"
    DISPLAY = "Soil conservation, RUSLE (水土保持 RUSLE)"
    TAGS = "soil conservation,soil erosion,RUSLE,LS,水土保持,土壤保持,土壤侵蚀"
    HELP = ("Soil conservation by the revised universal soil loss equation (RUSLE): potential soil "
            "loss A_p = R·K·LS, actual A_r = R·K·LS·C·P and conserved soil A_c = R·K·LS·(1 − C·P), "
            "in t/(hm²·a) when R is in MJ·mm/(hm²·h·a) and K in t·hm²·h/(hm²·MJ·mm). LS comes from "
            "the DEM: slope by Horn (1981), S by McCool (1987) / Liu (1994), L = (λ/22.13)^m with the "
            "slope length λ from D8 flow accumulation on the depression-filled DEM. C from the land-use "
            "table or from FVC (蔡崇法 2000); P from the land-use table. All tables are editable.")
    PARAM_HELP = {
        "DEM": ("DEM in metres (projected CRS); the reference grid. LS comes from it (slope by Horn 1981, slope "
                "length from D8 flow accumulation on the filled DEM)."),
        "R_FACTOR": "Rainfall erosivity R in MJ·mm/(hm²·h·a), e.g. from 'Rainfall erosivity R'.",
        "K_FACTOR": "Soil erodibility K in t·hm²·h/(hm²·MJ·mm).",
        "LANDUSE": "Land-use raster with class codes (三调 for the default tables), for the C and P factors.",
        "FVC": "Fractional vegetation cover 0-1; needed only when C comes from FVC.",
        "C_SOURCE": "C from the land-use table (default) or from FVC by 蔡崇法 et al. (2000).",
        "C_TABLE": ("Cover-management factor C (0-1) by land-use class. Defaults: common values of Chinese RUSLE "
                    "studies for 三调 classes, the plugin's own table, not from a standard."),
        "P_TABLE": ("Support-practice factor P (0-1) by land-use class. Defaults: common values of Chinese RUSLE "
                    "studies, the plugin's own table, not from a standard."),
        "CONSERVED": "Conserved soil A_c = R·K·LS·(1 − C·P), t/(hm²·a).",
        "POTENTIAL": ("Potential soil loss A_p = R·K·LS, t/(hm²·a). Optional output: not written unless a file "
                      "is chosen."),
        "ACTUAL": ("Actual soil loss A_r = R·K·LS·C·P, t/(hm²·a). Optional output: not written unless a file is "
                   "chosen."),
        "LS": ("Slope length and steepness factor LS (dimensionless). Optional output: not written unless a file "
               "is chosen."),
    }
    ADVANCED = ("C_TABLE", "P_TABLE")

    DEM, R, K, LANDUSE, FVC, C_SOURCE, C_TABLE, P_TABLE = (
        "DEM", "R_FACTOR", "K_FACTOR", "LANDUSE", "FVC", "C_SOURCE", "C_TABLE", "P_TABLE")
    POTENTIAL, ACTUAL, CONSERVED, LS = "POTENTIAL", "ACTUAL", "CONSERVED", "LS"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(self.DEM, tr("DEM (m, reference grid)")))
        self.addParameter(QgsProcessingParameterRasterLayer(self.R, tr("Rainfall erosivity R")))
        self.addParameter(QgsProcessingParameterRasterLayer(self.K, tr("Soil erodibility K")))
        self.addParameter(QgsProcessingParameterRasterLayer(self.LANDUSE, tr("Land use (class codes)")))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.FVC, tr("Fractional vegetation cover FVC (0-1), for C from FVC"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.C_SOURCE, tr("Cover-management factor C from"),
            [tr("Land-use table"), tr("FVC (蔡崇法 2000)")], defaultValue=0))
        self.add_class_table(
            self.C_TABLE, tr("C factor by land-use class"), [tr("Land-use code"), tr("C factor")],
            tables.C_FACTOR_3DIAO)
        self.add_class_table(
            self.P_TABLE, tr("P factor by land-use class"), [tr("Land-use code"), tr("P factor")],
            tables.P_FACTOR_3DIAO)
        self.addParameter(QgsProcessingParameterRasterDestination(self.CONSERVED, tr("Conserved soil A_c")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.POTENTIAL, tr("Potential soil loss A_p"), optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.ACTUAL, tr("Actual soil loss A_r"), optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.LS, tr("LS factor"), optional=True, createByDefault=False))

    def process(self, parameters, context, feedback):
        dem_layer = self.parameterAsRasterLayer(parameters, self.DEM, context)
        grid = reference_grid(dem_layer, tr("DEM"))
        dem, _ = read_raster(dem_layer)
        read = lambda key, cat=False, rule=None: read_raster(
            self.parameterAsRasterLayer(parameters, key, context), grid, categorical=cat,
            feedback=feedback, rule=rule)[0]
        r = read(self.R, rule=RULES["non_negative"])
        k = read(self.K, rule=RULES["non_negative"])
        lu = read(self.LANDUSE, True)
        feedback.setProgressText(tr("Filling depressions and routing flow (D8)…"))
        mask = ~np.isfinite(dem)
        filled = hydrology.fill_depressions(dem, mask=mask, cancelled=self.cancel_callback(feedback))
        self.check_cancel(feedback)
        feedback.setProgress(30)
        _, receiver = hydrology.flow_direction(filled, mask=mask)
        acc = hydrology.flow_accumulation(receiver).reshape(dem.shape)
        self.check_cancel(feedback)
        feedback.setProgress(55)
        ls, _ = services.ls_factor(dem, acc, grid.cellsize)
        ls[mask] = np.nan
        if self.parameterAsEnum(parameters, self.C_SOURCE, context) == 1:
            fvc_layer = self.parameterAsRasterLayer(parameters, self.FVC, context)
            if fvc_layer is None:
                raise ValueError(tr("C from FVC needs the FVC raster."))
            c = services.c_factor_from_fvc(read_raster(fvc_layer, grid, feedback=feedback,
                                                       rule=RULES["fraction"])[0])
        else:
            c_table = self.class_table(parameters, self.C_TABLE, ["code", "C"], tr("C factor table"))
            check_codes(lu, c_table.keys(), self.parameterAsRasterLayer(parameters, self.LANDUSE, context).name(),
                        tr("the C factor table"))
            c = services.c_factor_from_landcover(lu, table=c_table)
        p = services.p_factor_from_landcover(lu, table=self.class_table(parameters, self.P_TABLE, ["code", "P"],
                                                                        tr("P factor table")))
        potential = r * k * ls
        actual = potential * c * p
        conserved = potential - actual
        feedback.setProgress(80)
        results = {}
        for key, arr, label in ((self.CONSERVED, conserved, tr("Conserved soil A_c")),
                                (self.POTENTIAL, potential, tr("Potential soil loss A_p")),
                                (self.ACTUAL, actual, tr("Actual soil loss A_r")),
                                (self.LS, ls, tr("LS factor"))):
            if parameters.get(key) is None and key != self.CONSERVED:
                continue
            path = output_raster(self, parameters, key, context)
            write_raster(path, arr, grid, description=label)
            apply_qml_on_load(context, path, style_raster_ramp(path, "service" if key == self.CONSERVED
                                                               else "degradation"), label)
            results[key] = path
        valid = np.isfinite(conserved)
        feedback.pushInfo(tr("Mean conserved soil {:.4g}, mean actual soil loss {:.4g} t/(hm²·a)").format(
            float(np.nanmean(conserved)) if valid.any() else float("nan"),
            float(np.nanmean(actual)) if valid.any() else float("nan")))
        return results
