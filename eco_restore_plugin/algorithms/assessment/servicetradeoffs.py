"""Ecosystem-service trade-offs and synergies (权衡与协同): Spearman correlation and bivariate map."""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsRasterLayer,
)

from ...core import stats
from ...processing_helpers.params import TableOutputParams
from ...i18n import tr
from ...processing_helpers.raster_io import output_raster, read_raster, reference_grid, write_raster
from ...processing_helpers.styles import apply_qml_on_load, style_raster_classes
from ...processing_helpers.vector_io import add_row, rasterize_features, table_sink
from ..base import EcoRestoreAlgorithm

_LEVEL = {1: "低", 2: "中", 3: "高"}
#: 3 x 3 bivariate palette (J. Stevens), code = 3 · (class of A − 1) + class of B.
BIVARIATE_COLOURS = {1: "#e8e8e8", 2: "#b0d5df", 3: "#64acbe", 4: "#e4acac", 5: "#ad9ea5",
                     6: "#627f8c", 7: "#c85a5a", 8: "#985356", 9: "#574249"}


def bivariate_classes():
    return {code: (colour, "{}-{}".format(_LEVEL[(code - 1) // 3 + 1], _LEVEL[(code - 1) % 3 + 1]))
            for code, colour in BIVARIATE_COLOURS.items()}


class ServiceTradeoffs(TableOutputParams, EcoRestoreAlgorithm):
    NAME = "servicetradeoffs"
    GROUP = "assessment"
    DISPLAY = "Service trade-offs and synergies (生态系统服务权衡与协同)"
    TAGS = "trade-off,synergy,Spearman,correlation,bivariate,权衡,协同,相关分析,双变量"
    HELP = ("Trade-offs and synergies between ecosystem services (METHODS.md §1.5): the Spearman rank "
            "correlation rho of every pair of service rasters with its two-sided p-value and the number of "
            "pairs n (scipy.stats.spearmanr, ties averaged), over grid cells (cells valid in both rasters; "
            "above the sample size a random sample with a fixed seed, so runs repeat) or over units (the "
            "mean of each service per polygon of the units layer). A significant (p < α, default 0.05) "
            "positive rho is a synergy 协同, a negative one a trade-off 权衡, else none. Cell-level p-values "
            "are optimistic under spatial autocorrelation: prefer units or a sample. Optional bivariate map "
            "of the first two rasters by tertiles: code 3 · (class of A − 1) + class of B, labelled A-B "
            "(低/中/高, e.g. 高-高 = both high). Rasters not on the first raster's grid are resampled.")
    PARAM_HELP = {
        "INPUTS": ("Two or more ecosystem-service rasters; the first is the reference grid, the others are "
                   "resampled onto it."),
        "UNITS": ("Optional polygons (townships, grid cells, units): the correlation is then computed over the "
                  "mean service of each polygon. Empty: over grid cells."),
        "SAMPLE_SIZE": ("Cell-level correlation uses at most this many cells, drawn at random. Default 100 000; "
                        "0 = all cells (slow, and p-values even more optimistic)."),
        "SEED": "Seed of the random sample: the same seed gives the same sample and result. Default 0.",
        "ALPHA": ("Significance level: a correlation with p < α is a synergy (rho > 0) or a trade-off (rho < 0). "
                  "Default 0.05, the usual statistical convention."),
        "OUTPUT": "Table of every pair of services: Spearman rho, p-value, n and the relation (协同 / 权衡 / none).",
        "BIVARIATE": ("Optional bivariate map of the first two services by tertiles (e.g. 高-高 = both high). Not "
                      "written unless chosen."),
    }
    ADVANCED = ("SAMPLE_SIZE", "SEED")

    INPUTS, UNITS, SAMPLE, SEED, ALPHA, OUTPUT, BIVARIATE = (
        "INPUTS", "UNITS", "SAMPLE_SIZE", "SEED", "ALPHA", "OUTPUT", "BIVARIATE")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.INPUTS, tr("Service rasters (two or more)"), QgsProcessing.TypeRaster))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.UNITS, tr("Units for unit-level correlation (polygons)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.SAMPLE, tr("Sample size for cell-level correlation (0 = all cells)"),
            QgsProcessingParameterNumber.Integer, 100000, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.SEED, tr("Random seed of the sample"), QgsProcessingParameterNumber.Integer, 0, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.ALPHA, tr("Significance level α"), QgsProcessingParameterNumber.Double, 0.05,
            minValue=0.0001, maxValue=0.5))
        self.add_table_output(self.OUTPUT, tr("Spearman correlation table"))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.BIVARIATE, tr("Bivariate map of the first two services"), optional=True,
            createByDefault=False))

    def process(self, parameters, context, feedback):
        layers = [lyr for lyr in self.parameterAsLayerList(parameters, self.INPUTS, context)
                  if isinstance(lyr, QgsRasterLayer)]
        if len(layers) < 2:
            raise QgsProcessingException(tr("Give at least two service rasters."))
        grid = reference_grid(layers[0], layers[0].name(), projected=False)
        names, arrays = [], []
        for i, lyr in enumerate(layers):
            self.check_cancel(feedback)
            arr = read_raster(lyr, grid, feedback=feedback)[0]
            narrow = arr.astype(np.float32)      # kept as float32 when that holds every value (half the memory)
            arrays.append(narrow if np.array_equal(narrow, arr, equal_nan=True) else arr)
            arr = narrow = None
            name = lyr.name() or "service{}".format(i + 1)
            names.append(name if name not in names else "{}_{}".format(name, i + 1))
            feedback.setProgress(30.0 * (i + 1) / len(layers))
        source = self.parameterAsSource(parameters, self.UNITS, context)
        units = None
        if source is not None:
            units = rasterize_features(source, grid, feature_order=True, context=context)
            if not (units > 0).any():
                raise QgsProcessingException(tr("No unit polygon covers a cell of the rasters."))
            feedback.pushInfo(tr("{} units cover the rasters").format(len(np.unique(units[units > 0]))))
        sample = self.parameterAsInt(parameters, self.SAMPLE, context) or None
        seed = self.parameterAsInt(parameters, self.SEED, context)
        alpha = self.parameterAsDouble(parameters, self.ALPHA, context)
        sink, dest, fields = table_sink(self, parameters, self.OUTPUT, context, [
            ("service_a", "string"), ("service_b", "string"), ("level", "string"), ("rho", "double"),
            ("p_value", "double"), ("n", "long"), ("relation", "string")])
        pairs = [(i, j) for i in range(len(arrays)) for j in range(i + 1, len(arrays))]
        for k, (i, j) in enumerate(pairs):
            self.check_cancel(feedback)
            if units is None:
                r = stats.spearman(arrays[i], arrays[j], sample_size=sample, seed=seed)
            else:
                r = stats.spearman_by_units(arrays[i], arrays[j], units)
            rel = stats.relation_type(r.rho, r.p, alpha=alpha)
            add_row(sink, fields, [names[i], names[j], "units" if units is not None else "cells",
                                   r.rho, r.p, r.n, rel])
            feedback.pushInfo(tr("{} / {}: rho {:.3f}, p {:.3g}, n {} ({})").format(
                names[i], names[j], r.rho, r.p, r.n, rel))
            feedback.setProgress(30 + 50.0 * (k + 1) / len(pairs))
        results = {self.OUTPUT: dest}
        if parameters.get(self.BIVARIATE) is not None:
            both = np.isfinite(arrays[0]) & np.isfinite(arrays[1])
            if not both.any():
                raise QgsProcessingException(tr("The first two rasters share no valid cell."))
            codes = stats.bivariate_classes(arrays[0], arrays[1], n=3)
            path = output_raster(self, parameters, self.BIVARIATE, context)
            classes = bivariate_classes()
            write_raster(path, codes, grid, "uint8", 0,
                         tr("Bivariate classes: {} (A) - {} (B)").format(names[0], names[1]),
                         category_names={c: v[1] for c, v in classes.items()})
            apply_qml_on_load(context, path, style_raster_classes(path, classes), tr("Bivariate map"))
            results[self.BIVARIATE] = path
        return results
