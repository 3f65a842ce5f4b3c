"""Ecosystem services by the NPP-index method (NPP 定量指标评估法, 生态保护红线划定指南 2017)."""
import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ...core import services
from ...i18n import tr, tr_noop
from ...processing_helpers.value_rules import RULES
from ...processing_helpers.block_passes import HaloReader, value_range
from ...processing_helpers.raster_io import (
    BlockReader, RasterWriter, check_alignment, iter_row_blocks, output_raster, reference_grid)
from ...processing_helpers.styles import apply_qml_on_load, style_raster_ramp
from ..base import EcoRestoreAlgorithm

#: service index -> (English source label, factors it needs). Order = SERVICE enum (public).
SERVICES = [
    (tr_noop("Water conservation (水源涵养)"), ("SEEPAGE", "PRECIPITATION", "DEM")),
    (tr_noop("Soil conservation (水土保持)"), ("K_FACTOR", "DEM")),
    (tr_noop("Windbreak and sand fixation (防风固沙)"), ("K_FACTOR", "CLIMATE_EROSIVITY", "ROUGHNESS")),
    (tr_noop("Biodiversity maintenance (生物多样性维护)"), ("PRECIPITATION", "TEMPERATURE", "DEM")),
]

#: per service, factor parameter -> argument of its core function (the DEM gives the slope F_slo or the
#: altitude F_alt)
SERVICE_FACTORS = [
    {"SEEPAGE": "f_sic", "PRECIPITATION": "f_pre", "DEM": "f_slo"},
    {"K_FACTOR": "k", "DEM": "f_slo"},
    {"K_FACTOR": "k", "CLIMATE_EROSIVITY": "f_q", "ROUGHNESS": "d"},
    {"PRECIPITATION": "f_pre", "TEMPERATURE": "f_tem", "DEM": "f_alt"},
]
SERVICE_FUNCTIONS = [services.npp_water_conservation, services.npp_soil_conservation, services.npp_windbreak,
                     services.npp_biodiversity]

FACTOR_LABELS = {
    "DEM": tr_noop("DEM (m): slope F_slo, altitude F_alt"),
    "PRECIPITATION": tr_noop("Mean annual precipitation F_pre (mm)"),
    "TEMPERATURE": tr_noop("Mean annual temperature F_tem (°C)"),
    "SEEPAGE": tr_noop("Soil seepage factor F_sic"),
    "K_FACTOR": tr_noop("Soil erodibility K"),
    "CLIMATE_EROSIVITY": tr_noop("Climate erosivity F_q"),
    "ROUGHNESS": tr_noop("Surface roughness D"),
}


class NppServices(EcoRestoreAlgorithm):
    NAME = "nppservices"
    GROUP = "assessment"
    DISPLAY = "Ecosystem services, NPP-index method (生态系统服务 NPP定量指标法)"
    TAGS = "NPP,water conservation,soil conservation,windbreak,sand fixation,biodiversity,水源涵养,水土保持,防风固沙,生物多样性维护"
    HELP = ("Service capacity indices by the NPP-index method of the ecological protection red line "
            "guide (生态保护红线划定指南, 2017; METHODS.md §1): water conservation "
            "WR = NPP_mean · F_sic · F_pre · (1 − F_slo); soil conservation S_pro = NPP_mean · (1 − K) · "
            "(1 − F_slo); windbreak and sand fixation S_ws = NPP_mean · K · F_q · D; biodiversity "
            "maintenance S_bio = NPP_mean · F_pre · F_tem · (1 − F_alt). NPP (e.g. gC/(m²·a), multi-year "
            "mean) is used as given; the factors are min-max normalised to 0-1 over their valid cells "
            "(can be switched off when they are already 0-1). F_slo is the slope in degrees computed "
            "from the DEM (Horn 1981), F_alt the DEM elevation. Only the factors of the chosen service "
            "are needed; a missing one is named in the error. The output is a relative index (unit of "
            "NPP): grade it with the cumulative-share importance grading. Inputs not on the NPP grid "
            "are resampled onto it; nodata in any factor gives nodata.")
    PARAM_HELP = {
        "SERVICE": ("Which service index to compute (NPP-index method of the 生态保护红线划定指南 2017): water "
                    "conservation (default), soil conservation, windbreak and sand fixation, or biodiversity "
                    "maintenance; each needs its own factors."),
        "DEM": ("DEM in metres: the slope factor F_slo (degrees, Horn 1981) for water and soil conservation, the "
                "altitude factor F_alt for biodiversity. Needed for those services; empty otherwise."),
        "PRECIPITATION": "Mean annual precipitation F_pre (mm), for water conservation and biodiversity.",
        "TEMPERATURE": "Mean annual temperature F_tem (°C), for biodiversity maintenance.",
        "SEEPAGE": "Soil seepage factor F_sic (e.g. from soil texture), for water conservation.",
        "K_FACTOR": "Soil erodibility K, for soil conservation and windbreak and sand fixation.",
        "CLIMATE_EROSIVITY": "Climate erosivity factor F_q (wind), for windbreak and sand fixation.",
        "ROUGHNESS": "Surface roughness factor D, for windbreak and sand fixation.",
        "NORMALISE": ("Min-max normalise every factor to 0-1 over its valid cells, as the guide requires "
                      "(default). Uncheck only when the factors already are 0-1."),
        "OUTPUT": ("Service capacity index (relative, in the unit of NPP) on the NPP grid; grade it with the "
                   "cumulative-share importance grading."),
    }
    ADVANCED = ("NORMALISE",)

    #: rows per block (the inputs are read and the output written by row blocks)
    BLOCK_ROWS = 512

    SERVICE, NPP, NORMALISE, OUTPUT = "SERVICE", "NPP", "NORMALISE", "OUTPUT"
    FACTORS = ("DEM", "PRECIPITATION", "TEMPERATURE", "SEEPAGE", "K_FACTOR", "CLIMATE_EROSIVITY",
               "ROUGHNESS")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterEnum(
            self.SERVICE, tr("Service"), [tr(s[0]) for s in SERVICES], defaultValue=0))
        p = QgsProcessingParameterRasterLayer(self.NPP, tr("NPP, multi-year mean (reference grid)"))
        p.setHelp(tr("Net primary productivity, e.g. gC/(m²·a); the output has its grid."))
        self.addParameter(p)
        for key in self.FACTORS:
            self.addParameter(QgsProcessingParameterRasterLayer(key, tr(FACTOR_LABELS[key]), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.NORMALISE, tr("Normalise the factors to 0-1 (min-max)"), defaultValue=True))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Service index")))

    def process(self, parameters, context, feedback):
        service = self.parameterAsEnum(parameters, self.SERVICE, context)
        label, needed = SERVICES[service]
        npp_layer = self.parameterAsRasterLayer(parameters, self.NPP, context)
        # the slope needs metres; altitude and the other factors do not
        grid = reference_grid(npp_layer, tr("NPP"), projected=service in (0, 1))
        layers = {key: self.parameterAsRasterLayer(parameters, key, context) for key in needed}
        missing = [tr(FACTOR_LABELS[k]) for k in needed if layers[k] is None]
        if missing:
            raise QgsProcessingException(tr("The service '{}' needs: {}. Give these rasters.").format(
                tr(label), "; ".join(missing)))
        factor_rules = {"PRECIPITATION": RULES["precipitation"], "K_FACTOR": RULES["non_negative"],
                        "SEEPAGE": RULES["fraction"], "CLIMATE_EROSIVITY": RULES["non_negative"]}
        norm = self.parameterAsBool(parameters, self.NORMALISE, context)
        rows = self.BLOCK_ROWS
        slope_of = (lambda dem: services.slope_degrees(dem, cellsize=grid.cellsize)) if service in (0, 1) else None
        core = SERVICE_FACTORS[service]    # factor key -> the core function's argument
        ranges = {}
        for i, key in enumerate(needed):
            self.check_cancel(feedback)
            haloed = key == "DEM" and slope_of is not None
            if norm:   # first pass: the factor's min and max over the whole grid (the slope's, for the DEM)
                lo, hi = value_range(layers[key], grid, feedback=feedback, name=tr(FACTOR_LABELS[key]),
                                     rule=factor_rules.get(key), rows=rows, halo=1 if haloed else 0,
                                     transform=slope_of if haloed else None)
                ranges[core[key]] = (lo, hi)
            else:
                check_alignment(layers[key], grid, feedback=feedback, name=tr(FACTOR_LABELS[key]))
            feedback.setProgress(10 + 50 * (i + 1) / len(needed))
        npp_reader = BlockReader(npp_layer, grid, rule=RULES["npp"])
        readers = {key: BlockReader(layers[key], grid, name=tr(FACTOR_LABELS[key]), rule=factor_rules.get(key))
                   for key in needed}
        dem = HaloReader(readers["DEM"], grid.height, 1) if slope_of is not None else None
        path = output_raster(self, parameters, self.OUTPUT, context)
        total, count = 0.0, 0
        nblocks = max(1, -(-grid.height // rows))
        with RasterWriter(path, grid, "float32", -9999.0, tr(label)) as writer:
            for b, (row0, nrows) in enumerate(iter_row_blocks(grid, rows)):   # second pass, by row blocks
                self.check_cancel(feedback)
                npp = npp_reader.read(row0, nrows)
                f = {}
                for key in needed:
                    if dem is not None and key == "DEM":
                        block, inner = dem.read(row0, nrows)
                        f[core[key]] = slope_of(block)[inner]
                    else:
                        f[core[key]] = readers[key].read(row0, nrows)
                out = SERVICE_FUNCTIONS[service](npp, normalise=norm, ranges=ranges, **f)
                valid = np.isfinite(out)
                total += float(out[valid].sum())
                count += int(valid.sum())
                writer.write(out, row0)
                feedback.setProgress(60 + 35 * (b + 1) / nblocks)
            for reader in [npp_reader] + [readers[key] for key in needed]:
                reader.finish(feedback)   # NaN/±inf cells reported, an input without a valid cell refused
            if not count:
                raise QgsProcessingException(tr("No cell has a value in every input: nothing to write."))
            self.check_cancel(feedback)
        feedback.pushInfo(tr("Mean service index {:.4g} over {} cells").format(total / count, count))
        apply_qml_on_load(context, path, style_raster_ramp(path, "service"), tr(label))
        return {self.OUTPUT: path}
