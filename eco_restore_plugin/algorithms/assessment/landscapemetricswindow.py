"""Landscape pattern metrics in a moving window (移动窗口景观格局指数)."""
from qgis.core import (
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ...core import landscape
from ...i18n import tr
from ...processing_helpers.dask_client import run_by_tiles_if_too_big, run_on_cluster
from ...processing_helpers.raster_io import output_raster, read_raster, reference_grid, write_raster
from ...processing_helpers.styles import apply_qml_on_load, style_raster_ramp
from ..base import EcoRestoreAlgorithm

METRICS = list(landscape.WINDOW_METRICS)


class LandscapeMetricsWindow(EcoRestoreAlgorithm):
    NAME = "landscapemetricswindow"
    GROUP = "assessment"
    DISPLAY = "Landscape pattern metrics in a moving window (移动窗口景观格局指数)"
    TAGS = "landscape metrics,moving window,FRAGSTATS,SHDI,景观格局,移动窗口"
    HELP = ("One FRAGSTATS metric computed in a moving window around every cell (each window analysed "
            "as a landscape of its own, FRAGSTATS v4 help). Count-based metrics run at any radius in "
            "about the same time: PLAND and CA (of one class), SHDI, SIDI, SHEI, PR, TE, ED, PLADJ, AI, "
            "CONTAG and others. Cells whose window is less than the given share valid are nodata.")
    PARAM_HELP = {
        "INPUT": ("Land-use / land-cover raster of class codes (e.g. 三调 codes); nodata cells are outside the "
                  "landscape. Projected CRS: areas in hm², edges in m."),
        "METRIC": ("The FRAGSTATS metric computed in each window. Default SHDI (Shannon diversity); PLAND and CA "
                   "need a class code."),
        "RADIUS": ("Radius of the moving window in map units (m). Default 500 m, the plugin's own value; choose "
                   "it from the scale of the pattern studied."),
        "SHAPE": "Window shape: square (default) or circle.",
        "CLASS_VALUE": ("Class code whose PLAND or CA is computed; needed for those two metrics, ignored for the "
                        "others."),
        "MIN_VALID": ("Windows with a smaller share (0-1) of valid cells give nodata. Default 0.5, the plugin's "
                      "own value."),
        "OUTPUT": "Raster of the metric, one value per cell of the input grid.",
    }
    ADVANCED = ("SHAPE", "MIN_VALID")

    INPUT, METRIC, RADIUS, SHAPE, CLASS, MINVALID, OUTPUT = (
        "INPUT", "METRIC", "RADIUS", "SHAPE", "CLASS_VALUE", "MIN_VALID", "OUTPUT")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(self.INPUT, tr("Land-use / land-cover raster")))
        self.addParameter(QgsProcessingParameterEnum(self.METRIC, tr("Metric"), METRICS,
                                                     defaultValue=METRICS.index("SHDI")))
        self.addParameter(QgsProcessingParameterDistance(
            self.RADIUS, tr("Window radius (map units)"), 500.0, self.INPUT, minValue=0.0))
        self.addParameter(QgsProcessingParameterEnum(self.SHAPE, tr("Window shape"),
                                                     [tr("Square"), tr("Circle")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.CLASS, tr("Class code (for PLAND and CA)"), QgsProcessingParameterNumber.Integer,
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MINVALID, tr("Minimum share of valid cells in the window"),
            QgsProcessingParameterNumber.Double, 0.5, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Metric raster")))

    def process(self, parameters, context, feedback):
        # plugin setting eco_restore/dask_scheduler: chunks with a halo of the window radius on that cluster
        # (None: not set or declined)
        result = run_on_cluster(feedback, "landscape_window", self, parameters, context)
        if result is not None:
            return result
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        result = run_by_tiles_if_too_big(feedback, "landscape_window", self, parameters, context, layer)
        if result is not None:
            return result
        grid = reference_grid(layer, tr("Land-use raster"))
        arr, _ = read_raster(layer, categorical=True)
        metric = METRICS[self.parameterAsEnum(parameters, self.METRIC, context)]
        radius_cells = int(round(self.parameterAsDouble(parameters, self.RADIUS, context) / grid.cellsize[0]))
        if radius_cells < 1:
            raise ValueError(tr("The window radius must be at least one cell ({} map units).").format(grid.cellsize[0]))
        cls = parameters.get(self.CLASS)
        class_value = self.parameterAsInt(parameters, self.CLASS, context) if cls not in (None, "") else None
        if metric in ("PLAND", "CA") and class_value is None:
            raise ValueError(tr("{} is a class metric: give the class code.").format(metric))
        out = landscape.moving_window(
            arr, metric=metric, radius=radius_cells, cell_size=grid.cellsize[0],
            shape="square" if self.parameterAsEnum(parameters, self.SHAPE, context) == 0 else "circle",
            class_value=class_value, min_valid_fraction=self.parameterAsDouble(parameters, self.MINVALID, context),
            progress=self.progress_callback(feedback), cancelled=self.cancel_callback(feedback))
        self.check_cancel(feedback)
        path = output_raster(self, parameters, self.OUTPUT, context)
        write_raster(path, out, grid, description="{} (r = {} cells)".format(metric, radius_cells))
        apply_qml_on_load(context, path, style_raster_ramp(path, "service"), metric)
        return {self.OUTPUT: path}
