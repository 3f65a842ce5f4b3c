"""Landscape pattern metrics (景观格局指数), FRAGSTATS class and landscape level, whole raster."""
import numpy as np
from qgis.core import (
    QgsProcessingParameterRasterLayer,
)

from ...core import landscape
from ...i18n import tr
from ...processing_helpers.vector_io import add_row, table_sink
from ...processing_helpers.params import TableOutputParams
from ..base import EcoRestoreAlgorithm
from ._landscape import LandscapeOptionsParams, metric_columns


class LandscapeMetrics(LandscapeOptionsParams, TableOutputParams, EcoRestoreAlgorithm):
    NAME = "landscapemetrics"
    GROUP = "assessment"
    DISPLAY = "Landscape pattern metrics, FRAGSTATS (景观格局指数)"
    TAGS = "landscape metrics,FRAGSTATS,pattern,fragmentation,景观格局,景观指数,破碎化"
    HELP = ("FRAGSTATS class- and landscape-level metrics (McGarigal et al. 2012, FRAGSTATS v4 help) "
            "with the 8-neighbour patch rule: CA, PLAND, NP, PD, LPI, TE, ED, LSI, AREA, SHAPE, FRAC, "
            "PARA, CONTIG, ENN (MN/AM/MD/SD/CV), CLUMPY, PLADJ, IJI, COHESION, DIVISION, MESH, SPLIT, AI, "
            "CONTAG, SHDI, SHEI, SIDI, PR and more. Areas in hm², edges in m. Nodata and the background "
            "classes are outside the landscape; the landscape boundary counts as edge only when asked. "
            "Output: one table row for the landscape and one per class.")
    PARAM_HELP = {
        "INPUT": ("Land-use / land-cover raster of class codes (e.g. 三调 codes); nodata cells are outside the "
                  "landscape. Projected CRS: areas in hm², edges in m."),
        "OUTPUT": "Table of metrics: one row for the landscape and one per class (areas in hm², edges in m).",
    }
    ADVANCED = ("COUNT_BOUNDARY", "EDGE_DEPTH")

    INPUT, BACKGROUND, BOUNDARY, OUTPUT = "INPUT", "BACKGROUND", "COUNT_BOUNDARY", "OUTPUT"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(self.INPUT, tr("Land-use / land-cover raster")))
        self.add_landscape_options()
        self.add_table_output(self.OUTPUT, tr("Landscape metrics table"))

    def process(self, parameters, context, feedback):
        arr, grid = self.read_landuse(parameters, context)
        res = landscape.compute_metrics(
            arr, cell_size=grid.cellsize[0], **self.landscape_options(parameters, context),
            progress=self.progress_callback(feedback, 0, 90), cancelled=self.cancel_callback(feedback))
        names = metric_columns()
        sink, dest, fields = table_sink(self, parameters, self.OUTPUT, context,
                                        [("level", "string"), ("class", "long")] + [(n, "double") for n in names])
        for row in landscape.metrics_table(res):
            add_row(sink, fields, [row["level"], row["class"]] + [row.get(n, np.nan) for n in names])
        land = res["landscape"]
        feedback.pushInfo(tr("{} classes, {} patches, SHDI {:.4f}, CONTAG {:.2f}").format(
            len(res["class"]), int(land.get("NP", 0)), land.get("SHDI", np.nan), land.get("CONTAG", np.nan)))
        return {self.OUTPUT: dest}
