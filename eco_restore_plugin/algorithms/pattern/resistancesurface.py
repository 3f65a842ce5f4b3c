"""Resistance surface (阻力面): class resistance corrected by weighted factors."""
import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessing,
)

from ...core import resistance, tables
from ...i18n import tr
from ...processing_helpers.block_passes import class_codes, value_range
from ...processing_helpers.raster_io import RasterWriter, output_raster, process_blocks, reference_grid
from ...processing_helpers.styles import apply_qml_on_load, style_raster_ramp
from ...processing_helpers.tables import number_list
from ...processing_helpers.params import ClassTableParams
from ..base import EcoRestoreAlgorithm


def default_resistance():
    """Base resistance by 三调 class (common values of Chinese MCR studies; editable)."""
    table = {code: 100.0 for code in tables.LANDCOVER_3DIAO}      # bare and other land
    for codes, value in ((tables.FOREST, 1.0), ((303, 304, 306), 1.0), ((305,), 10.0),
                         (tables.GRASS, 10.0), ((402, 1108), 10.0), ((1105, 1106), 50.0),
                         (tables.GARDEN, 30.0), (tables.CROPLAND, 50.0), ((1203,), 50.0),
                         (tables.WATER, 200.0), (tables.URBAN, 500.0), ((810,), 100.0),
                         (tables.RURAL, 500.0), (tables.MINE, 500.0), ((1001, 1003), 300.0),
                         ((1006,), 100.0)):
        for c in codes:
            table[c] = value
    return table


class ResistanceSurface(ClassTableParams, EcoRestoreAlgorithm):
    NAME = "resistancesurface"
    GROUP = "pattern"
    DISPLAY = "Resistance surface (生态阻力面)"
    TAGS = "resistance,cost,MCR,factor,阻力面,最小累积阻力,生态安全格局"
    HELP = ("Ecological resistance surface (METHODS.md §2; Knaapen et al. 1992; Yu Kongjian 1999): a base "
            "resistance per land-use class from the editable table (defaults for 三调 codes: forest 1, "
            "shrub, grass and marsh 10, garden 30, cropland 50, rivers and lakes 200 as partial barriers, "
            "railways and highways 300, built-up land and mines 500, bare land 100), then corrected by "
            "optional factor rasters (slope, distance to roads, night lights …): each factor is min-max "
            "normalised to 0-1 (inverted where high values mean low resistance, e.g. distance to roads) "
            "and R = R_base × (1 + Σ w_i f_i). With weights summing to 1 the base is at most doubled. "
            "Land-use nodata stays nodata; a class missing from the table is an error; an empty "
            "resistance in the table makes the class a barrier (nodata).")
    PARAM_HELP = {
        "LANDUSE": ("Land-use raster with class codes (三调 codes for the default table); the reference grid of "
                    "the output. Nodata stays nodata; a code missing from the table is an error."),
        "FACTORS": ("Optional rasters that correct the base resistance (slope, distance to roads, night lights "
                    "…); each is min-max normalised to 0-1 and resampled to the land-use grid. Empty: the base "
                    "resistance is the output."),
        "INVERT": ("One 0/1 per factor, in the order of the factor list: 1 = a high value means low resistance "
                   "(e.g. distance to roads), so the factor is used as 1 − f. Empty: no factor inverted."),
        "OUTPUT": ("Resistance surface R = R_base × (1 + Σ w_i f_i), dimensionless resistance per cell; nodata "
                   "where land use is nodata or the class is a barrier."),
    }

    #: rows per block (the land use and the factors are read and the output written by row blocks)
    BLOCK_ROWS = 512

    LANDUSE, TABLE, FACTORS, WEIGHTS, INVERT, OUTPUT = (
        "LANDUSE", "RESISTANCE_TABLE", "FACTORS", "WEIGHTS", "INVERT", "OUTPUT")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(self.LANDUSE, tr("Land use (class codes)")))
        self.add_class_table(
            self.TABLE, tr("Base resistance by land-use class"), ["code", "resistance"],
            default_resistance(),
            tr("Resistance of each class (≥ 0); an empty cell makes the class a barrier."))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.FACTORS, tr("Correction factors (rasters)"), QgsProcessing.TypeRaster,
            optional=True))
        p = QgsProcessingParameterString(
            self.WEIGHTS, tr("Factor weights (comma separated, one per factor)"), "", optional=True)
        p.setHelp(tr("Empty: equal weights summing to 1."))
        self.addParameter(p)
        p = QgsProcessingParameterString(
            self.INVERT, tr("Invert factors (comma separated 0/1; 1 = high value means low resistance)"),
            "", optional=True)
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Resistance")))

    def process(self, parameters, context, feedback):
        lu_layer = self.parameterAsRasterLayer(parameters, self.LANDUSE, context)
        grid = reference_grid(lu_layer, tr("Land use"))
        table = self.class_table(parameters, self.TABLE, ["code", "resistance"],
                                  tr("Resistance table"))
        if any(v < 0 for v in table.values() if np.isfinite(v)):
            raise QgsProcessingException(tr("Resistance table: values must not be negative."))
        layers = self.parameterAsLayerList(parameters, self.FACTORS, context)
        rows = self.BLOCK_ROWS
        factors = []      # (layer, invert, min, max): each factor normalised over the whole land-use grid
        if layers:
            n = len(layers)
            wtext = self.parameterAsString(parameters, self.WEIGHTS, context)
            weights = number_list(wtext, tr("Factor weights"), n) if wtext.strip() else [1.0 / n] * n
            itext = self.parameterAsString(parameters, self.INVERT, context)
            invert = [v != 0 for v in number_list(itext, tr("Invert factors"), n)] if itext.strip() \
                else [False] * n
            for i, (layer, inv) in enumerate(zip(layers, invert)):   # first pass: each factor's min and max
                lo, hi = value_range(layer, grid, feedback=feedback, name=layer.name(), rows=rows,
                                     start=50.0 * i / n, end=50.0 * (i + 1) / n)
                if lo is None:
                    raise QgsProcessingException(tr("Factor '{}' has no valid cell on the land-use grid.").format(
                        layer.name()))
                factors.append((layer, inv, lo, hi))
        path = output_raster(self, parameters, self.OUTPUT, context)

        def block(lu, *values):
            try:
                base = resistance.base_resistance(lu, table)
            except ValueError:   # name every class the table lacks, not only this block's
                resistance.base_resistance(class_codes(lu_layer, grid, rows=rows, feedback=feedback), table)
                raise
            if not factors:
                return base
            return resistance.factor_corrected(base, [
                resistance.normalise(v, invert=inv, lower=lo, upper=hi)
                for v, (_, inv, lo, hi) in zip(values, factors)], weights)

        # second pass, by row blocks: R = R_base × (1 + Σ w_i f_i)
        with RasterWriter(path, grid, "float32", -9999.0, tr("Resistance")) as w:
            process_blocks(grid, [(lu_layer, True)] + [(f[0], False, None, f[0].name()) for f in factors],
                           block, [w], feedback, rows=rows, start=50.0 if factors else 0.0, end=100.0)
        if factors:
            feedback.pushInfo(tr("{} factors, weights {}").format(n, ", ".join("{:g}".format(w) for w in weights)))
        apply_qml_on_load(context, path, style_raster_ramp(path, "cost"), tr("Resistance"))
        return {self.OUTPUT: path}
