"""Rainfall erosivity R (降雨侵蚀力) from daily precipitation, 章文波 daily model."""
import datetime

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ...core import services
from ...i18n import tr
from ...processing_helpers.grid import open_raster
from ...processing_helpers.raster_io import (
    RasterWriter,
    _band_to_float,
    _read_band,
    iter_row_blocks,
    output_raster,
    reference_grid,
    warn_nonfinite,
)
from ...processing_helpers.value_rules import RULES
from ...processing_helpers.styles import apply_qml_on_load, style_raster_ramp
from ...processing_helpers.tables import number_list
from ..base import EcoRestoreAlgorithm


def band_months(start, nbands):
    """Calendar month (1-12) of each band, band i being day ``start + i``."""
    return np.array([(start + datetime.timedelta(days=i)).month for i in range(nbands)])


class RainfallErosivity(EcoRestoreAlgorithm):
    NAME = "rainfallerosivity"
    GROUP = "assessment"
    DISPLAY = "Rainfall erosivity R, daily rainfall model (降雨侵蚀力 日雨量模型)"
    TAGS = "rainfall erosivity,R factor,RUSLE,daily rainfall,降雨侵蚀力,日雨量,章文波"
    HELP = ("Annual rainfall erosivity R of RUSLE from daily precipitation by the daily rainfall model of 章文波, "
            "谢云, 刘宝元 (2002, 地理科学 22(6); METHODS.md §1): R_day = α · P_day^β for erosive days (P_day ≥ 12 mm), "
            "else 0, with β = 1.7265, α = 0.3937 in the warm season (May-September) and 0.3101 in the cold "
            "season (not verified against the paper). R = Σ R_day / number of years, in MJ·mm/(hm²·h·a). Input: "
            "one multi-band raster with one band per day (mm), band 1 being the start date, consecutive calendar "
            "days (leap days included) over the given number of years. A nodata value on any day gives nodata. "
            "α, β, the threshold and the warm months are parameters. Processed by row blocks.")
    PARAM_HELP = {
        "START_DATE": ("Calendar date of band 1, YYYY-MM-DD; the following bands are the following days. Sets "
                       "which days fall in the warm season. Default 2001-01-01."),
        "YEARS": "Number of years the bands cover; R = Σ R_day / years. Default 1.",
        "ALPHA_WARM": ("Coefficient α of the warm season. Default 0.3937 (章文波 et al. 2002, 地理科学 22(6)); the "
                       "value was not verified against the paper (METHODS.md §1)."),
        "ALPHA_COLD": ("Coefficient α of the cold season. Default 0.3101 (章文波 et al. 2002); not verified against "
                       "the paper (METHODS.md §1)."),
        "BETA": "Exponent β of R_day = α · P_day^β. Default 1.7265 (章文波 et al. 2002).",
        "THRESHOLD": ("Daily rainfall (mm) from which a day is erosive; smaller days give 0. Default 12 mm, the "
                      "erosive-rainfall standard used by 章文波 et al. 2002."),
        "WARM_MONTHS": ("Months (1-12) of the warm season, comma separated. Default 5-9 (May to September), as "
                        "in 章文波 et al. 2002."),
        "OUTPUT": "Annual rainfall erosivity R in MJ·mm/(hm²·h·a), the R factor of RUSLE.",
    }
    ADVANCED = ("ALPHA_WARM", "ALPHA_COLD", "BETA", "THRESHOLD", "WARM_MONTHS")

    INPUT, START, YEARS, ALPHA_WARM, ALPHA_COLD, BETA, THRESHOLD, WARM_MONTHS, OUTPUT = (
        "INPUT", "START_DATE", "YEARS", "ALPHA_WARM", "ALPHA_COLD", "BETA", "THRESHOLD",
        "WARM_MONTHS", "OUTPUT")

    def initAlgorithm(self, config=None):
        p = QgsProcessingParameterRasterLayer(self.INPUT, tr("Daily precipitation (one band per day, mm)"))
        p.setHelp(tr("Band 1 is the start date; each following band is the next calendar day."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterString(
            self.START, tr("Date of band 1 (YYYY-MM-DD)"), "2001-01-01"))
        self.addParameter(QgsProcessingParameterNumber(
            self.YEARS, tr("Number of years covered"), QgsProcessingParameterNumber.Integer, 1, minValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            self.ALPHA_WARM, tr("α, warm season"), QgsProcessingParameterNumber.Double, 0.3937, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.ALPHA_COLD, tr("α, cold season"), QgsProcessingParameterNumber.Double, 0.3101, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.BETA, tr("Exponent β"), QgsProcessingParameterNumber.Double, 1.7265, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.THRESHOLD, tr("Erosive-rainfall threshold (mm/day)"), QgsProcessingParameterNumber.Double,
            12.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterString(
            self.WARM_MONTHS, tr("Warm-season months (comma separated)"), "5, 6, 7, 8, 9"))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Rainfall erosivity R")))

    def process(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        grid = reference_grid(layer, tr("Daily precipitation"), projected=False)
        label = layer.name()
        ds = open_raster(layer, label)
        nbands = ds.RasterCount
        text = self.parameterAsString(parameters, self.START, context).strip()
        try:
            start = datetime.date.fromisoformat(text)
        except ValueError:
            raise QgsProcessingException(tr("Date of band 1: '{}' is not a date YYYY-MM-DD.").format(text)) from None
        years = self.parameterAsInt(parameters, self.YEARS, context)
        warm_months = number_list(self.parameterAsString(parameters, self.WARM_MONTHS, context),
                                  tr("Warm-season months"))
        if not warm_months or any(m != int(m) or not 1 <= m <= 12 for m in warm_months):
            raise QgsProcessingException(tr("Warm-season months must be whole numbers 1-12, e.g. 5, 6, 7, 8, 9."))
        end = start + datetime.timedelta(days=nbands - 1)
        expected = (datetime.date(start.year + years, start.month, min(start.day, 28)) - start).days
        if abs(nbands - expected) > 3:
            feedback.pushWarning(tr(
                "The raster has {} daily bands ({} to {}), but {} year(s) have about {} days: check the "
                "number of years.").format(nbands, start.isoformat(), end.isoformat(), years, expected))
        else:
            feedback.pushInfo(tr("{} daily bands, {} to {}").format(nbands, start.isoformat(), end.isoformat()))
        months = band_months(start, nbands)
        kwargs = dict(months=months, alpha_warm=self.parameterAsDouble(parameters, self.ALPHA_WARM, context),
                      alpha_cold=self.parameterAsDouble(parameters, self.ALPHA_COLD, context),
                      beta=self.parameterAsDouble(parameters, self.BETA, context),
                      threshold=self.parameterAsDouble(parameters, self.THRESHOLD, context),
                      warm_months=tuple(int(m) for m in warm_months), n_years=years)
        # keep a block of all days below ~256 MB
        rows = max(1, min(512, int(32_000_000 // max(1, grid.width * nbands))))
        blocks = list(iter_row_blocks(grid, rows))
        path = output_raster(self, parameters, self.OUTPUT, context)
        stats, valid = {}, 0     # NaN/±inf cells taken as nodata; cells with a value on every day
        with RasterWriter(path, grid, "float32", -9999.0, tr("Rainfall erosivity R (MJ·mm/(hm²·h·a))")) as w:
            for i, (r0, n) in enumerate(blocks):
                self.check_cancel(feedback)
                stack = np.empty((nbands, n, grid.width))
                for b in range(nbands):
                    band = ds.GetRasterBand(b + 1)
                    day = "{} (band {})".format(label, b + 1)
                    stack[b] = _band_to_float(band, _read_band(band, day, 0, r0, grid.width, n), stats)
                    RULES["precipitation"].check(stack[b], day)
                valid += int(np.isfinite(stack).all(axis=0).sum())
                w.write(services.rainfall_erosivity_daily(stack, **kwargs), r0)
                feedback.setProgress(100.0 * (i + 1) / len(blocks))
            warn_nonfinite(feedback, label, stats.get("nonfinite", 0))
            if not valid:
                raise QgsProcessingException(tr(
                    "Raster '{}' has no valid cell: every cell is nodata on at least one day. Check the file "
                    "(a nodata value on any day gives nodata).").format(label))
            self.check_cancel(feedback)  # cancelled at the last block: the writer keeps nothing
        apply_qml_on_load(context, path, style_raster_ramp(path, "degradation"), tr("Rainfall erosivity R"))
        return {self.OUTPUT: path}
