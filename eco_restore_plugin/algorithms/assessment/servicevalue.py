"""Ecosystem service value (生态系统服务价值), equivalent-factor method of Xie et al. (2015)."""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingException,
)

from ...core import esv
from ...i18n import tr
from ...processing_helpers.raster_io import RasterWriter, output_raster, reference_grid
from ...processing_helpers.styles import apply_qml_on_load, style_raster_ramp
from ...processing_helpers.tables import code_cell, landuse_names, to_float
from ...processing_helpers.vector_io import add_row, table_sink
from ..base import EcoRestoreAlgorithm
from ._valuation import NullWriter, blocks, int_code, layer_mean, symmetric_limit, text_rows, zones_on_grid

_TYPE_BY_NAME = {}
for _key, (_zh, _en) in esv.ECOSYSTEMS.items():
    for _name in (_key, _zh, _en):
        _TYPE_BY_NAME[_name.lower()] = _key


def _type_key(name, what):
    key = _TYPE_BY_NAME.get(str(name).strip().lower())
    if key is None:
        raise QgsProcessingException(tr("{}: '{}' is not an ecosystem type of the equivalent table ({}).").format(
            what, name, "、".join(zh for zh, _ in esv.ECOSYSTEMS.values())))
    return key


#: shorter column headers for the matrix editor's equal columns
SHORT_HEADERS = {"维持养分循环": "养分循环"}


def _default_crosswalk():
    flat = []
    for code, key in sorted(esv.CROSSWALK_3DIAO.items()):
        flat += [code_cell(code, landuse_names()), esv.ECOSYSTEMS[key][0]]
    return flat


def _default_equivalents():
    flat = []
    for key, values in esv.EQUIVALENTS_XIE2015.items():
        flat += [esv.ECOSYSTEMS[key][0]] + ["{:g}".format(v) for v in values]
    return flat


class ServiceValue(EcoRestoreAlgorithm):
    NAME = "servicevalue"
    GROUP = "assessment"
    DISPLAY = "Ecosystem service value, equivalent factors (生态系统服务价值 当量因子法)"
    TAGS = ("ecosystem service value,ESV,equivalent factor,Xie Gaodi,sensitivity,生态系统服务价值,"
            "当量因子,谢高地,敏感性指数")
    HELP = ("Ecosystem service value (ESV) by the equivalent-factor method of Xie Gaodi et al. (2015, "
            "自然资源学报 30(8): 1243-1254): value of service f on a cell = equivalent VC(type, f) × value of one "
            "standard equivalent E × cell area (hm²) × spatial adjustment. The equivalent table (14 ecosystem "
            "types × 11 services) holds the values of Table 3 of that paper as reproduced in later studies: the "
            "original table could not be checked for this release, so verify it before a report. The crosswalk "
            "maps the land-use codes (三调 integer codes; Demo County forest sub-classes) to the paper's types; "
            "classes not listed (built land, roads) have no service value. It is a plugin default for the "
            "subtropical south (乔木林地 → 阔叶林, 园地 → 灌木 or 阔叶林, 其他草地 → 灌草丛, 沿海滩涂 → 湿地): edit it. "
            "E = fraction × grain yield (kg/hm²) × grain price (yuan/kg); the fraction 1/7 is the rule of Xie et "
            "al. (2003; 2008, 自然资源学报 23(5)): one equivalent is 1/7 of the market value of the grain yield of "
            "1 hm² of cropland. The default yield 5734 kg/hm² is the national 2020 grain yield (国家统计局 "
            "announcement of the 2020 grain output, 382 kg/亩); the default price 2.6 yuan/kg is a plugin "
            "placeholder: give the region's yield and price from its statistical yearbook. Optional spatial "
            "adjustment as in that paper: NPP / mean NPP for food, raw materials, gas and climate regulation, "
            "purification, nutrient cycling, biodiversity and aesthetics; precipitation / mean for water "
            "supply and hydrological regulation; soil conservation / mean for soil conservation (means over "
            "the study area; the paper compares provinces with the national mean). Outputs: ESV per cell "
            "(yuan), its change to a second date, a table per service (10⁴ yuan), per zone (e.g. township) and "
            "the coefficient of sensitivity CS of each type (coefficients changed by ±50 %, Kreuter et al. "
            "2001; CS < 1: the ESV is inelastic, the estimate robust). Processed by row blocks.")

    PARAM_HELP = {
        "LANDUSE": ("Land-use raster with class codes (三调 integer codes or the Demo County ecosystem sub-classes); "
                    "the reference grid. Its nodata (and 0) cells get no value."),
        "LANDUSE_2": "Land use of a second date on the same codes; gives the change and the second-date columns.",
        "CROSSWALK": ("One row per land-use code: the ecosystem type of Xie et al. (2015) it counts as. Codes not "
                      "listed carry no service value."),
        "EQUIVALENTS": ("One row per ecosystem type: the value equivalents per unit area of the 11 services. Default: "
                        "Xie et al. (2015) as reproduced in later studies; verify it against the original before a report."),
        "GRAIN_YIELD": ("Grain yield of the region, kg/hm². Default: national 2020 grain yield (5734 kg/hm²); use the "
                        "region's statistical yearbook."),
        "GRAIN_PRICE": "Grain purchase price, yuan/kg. The default 2.6 is a placeholder: use the region's price.",
        "FRACTION": ("Share of the grain value that makes one standard equivalent. Default 1/7 (Xie et al. 2003, "
                     "2008)."),
        "NPP": ("Optional NPP raster: food, raw materials, gas and climate regulation, purification, nutrient cycling, "
                "biodiversity and aesthetics are scaled by NPP / its study-area mean."),
        "PRECIPITATION": ("Optional precipitation raster: water supply and hydrological regulation are scaled by "
                          "precipitation / its study-area mean."),
        "SOIL_CONSERVATION": ("Optional soil-conservation raster (e.g. the RUSLE output): soil conservation is scaled "
                              "by the raster / its study-area mean."),
        "ZONES": "Optional polygons (e.g. townships) for the table per zone.",
        "ZONE_FIELD": "Field naming the zones in the table (default: the feature id).",
        "OUTPUT": "Ecosystem service value of each cell (yuan per cell) of the first date, styled.",
        "CHANGE": "Second date minus first date, yuan per cell (needs the second land use).",
        "SERVICES": ("Table: value of each of the 11 services and the total (10⁴ yuan) for both dates, change and "
                     "share."),
        "ZONE_TABLE": "Table: area, value (10⁴ yuan) and value per hm² of each zone, both dates and change.",
        "SENSITIVITY": ("Table: area, value and coefficient of sensitivity CS of each ecosystem type (coefficients "
                        "changed by ±50 %)."),
    }
    ADVANCED = ("CROSSWALK", "EQUIVALENTS", "FRACTION")

    (LANDUSE, LANDUSE_2, CROSSWALK, EQUIVALENTS, YIELD, PRICE, FRACTION, NPP, PRECIPITATION, SOIL,
     ZONES, ZONE_FIELD) = ("LANDUSE", "LANDUSE_2", "CROSSWALK", "EQUIVALENTS", "GRAIN_YIELD", "GRAIN_PRICE",
                           "FRACTION", "NPP", "PRECIPITATION", "SOIL_CONSERVATION", "ZONES", "ZONE_FIELD")
    OUTPUT, CHANGE, SERVICES, ZONE_TABLE, SENSITIVITY = ("OUTPUT", "CHANGE", "SERVICES", "ZONE_TABLE",
                                                         "SENSITIVITY")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(self.LANDUSE, tr("Land use (class codes)")))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.LANDUSE_2, tr("Land use of a second date (for the change)"), optional=True))
        p = QgsProcessingParameterMatrix(
            self.CROSSWALK, tr("Crosswalk: land-use code to ecosystem type"), numberRows=0,
            hasFixedNumberRows=False, headers=[tr("Code and name"), tr("Ecosystem type")],
            defaultValue=_default_crosswalk(), optional=True)
        p.setHelp(tr("Ecosystem type by its Chinese or English name (旱地, 水田, 针叶林, 针阔混交林, 阔叶林, 灌木, 草原, "
                     "灌草丛, 草甸, 湿地, 荒漠, 裸地, 水系, 冰川积雪)."))
        self.addParameter(p)
        p = QgsProcessingParameterMatrix(
            self.EQUIVALENTS, tr("Value equivalents per unit area (Xie et al. 2015)"), numberRows=0,
            hasFixedNumberRows=False, headers=[tr("Ecosystem")] + [SHORT_HEADERS.get(s[1], s[1]) for s in esv.SERVICES],
            defaultValue=_default_equivalents(), optional=True)
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterNumber(
            self.YIELD, tr("Grain yield (kg/hm²)"), QgsProcessingParameterNumber.Double, 5734.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.PRICE, tr("Grain price (yuan/kg)"), QgsProcessingParameterNumber.Double, 2.6, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.FRACTION, tr("Share of the grain value in one equivalent (1/7 rule)"),
            QgsProcessingParameterNumber.Double, 1.0 / 7.0, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.NPP, tr("NPP for the spatial adjustment"), optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.PRECIPITATION, tr("Precipitation for the spatial adjustment"), optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.SOIL, tr("Soil conservation for the spatial adjustment"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONES, tr("Zones, e.g. townships"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ZONE_FIELD, tr("Zone name field"), parentLayerParameterName=self.ZONES, optional=True))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Ecosystem service value (yuan per cell)")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.CHANGE, tr("Change of the service value to the second date (yuan per cell)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SERVICES, tr("Service value per service"), QgsProcessing.TypeVector, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.ZONE_TABLE, tr("Service value per zone"), QgsProcessing.TypeVector, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SENSITIVITY, tr("Sensitivity of the service value to each ecosystem type"),
            QgsProcessing.TypeVector, optional=True))

    def _tables(self, parameters):
        crosswalk = {}
        for code, name in text_rows(self.table_value(parameters, self.CROSSWALK), 2, tr("Crosswalk")):
            if name:
                crosswalk[int_code(code, tr("Crosswalk"))] = _type_key(name, tr("Crosswalk"))
        if not crosswalk:
            raise QgsProcessingException(tr("Crosswalk: the table is empty."))
        equivalents = {}
        n = len(esv.SERVICES) + 1
        for row in text_rows(self.table_value(parameters, self.EQUIVALENTS), n, tr("Equivalent table")):
            key = _type_key(row[0], tr("Equivalent table"))
            equivalents[key] = tuple(to_float(v, "{} ({})".format(tr("Equivalent table"), row[0])) for v in row[1:])
        missing = sorted({k for k in crosswalk.values() if k not in equivalents})
        if missing:
            raise QgsProcessingException(tr("The crosswalk uses ecosystem types missing from the equivalent "
                                            "table: {}.").format("、".join(esv.ECOSYSTEMS[k][0] for k in missing)))
        return crosswalk, equivalents

    def process(self, parameters, context, feedback):
        lu1 = self.parameterAsRasterLayer(parameters, self.LANDUSE, context)
        lu2 = self.parameterAsRasterLayer(parameters, self.LANDUSE_2, context)
        grid = reference_grid(lu1, tr("Land use"))
        crosswalk, equivalents = self._tables(parameters)
        value_e = esv.standard_equivalent(
            grain_yield=self.parameterAsDouble(parameters, self.YIELD, context),
            grain_price=self.parameterAsDouble(parameters, self.PRICE, context),
            fraction=self.parameterAsDouble(parameters, self.FRACTION, context))
        feedback.pushInfo(tr("Value of one standard equivalent E = {:.2f} yuan/hm²").format(value_e))
        if parameters.get(self.CHANGE) is not None and lu2 is None:
            raise QgsProcessingException(tr("The change needs the land use of a second date."))
        factors = {}
        for key, name in (("npp", self.NPP), ("precipitation", self.PRECIPITATION), ("soil", self.SOIL)):
            layer = self.parameterAsRasterLayer(parameters, name, context)
            if layer is not None:
                feedback.setProgressText(tr("Study-area mean of {}…").format(layer.name()))
                mean = layer_mean(layer, grid, lu1, feedback)
                if mean <= 0:
                    raise QgsProcessingException(tr("The mean of '{}' is not positive; it cannot scale the "
                                                    "service values.").format(layer.name()))
                factors[key] = (layer, mean)
                feedback.pushInfo(tr("Mean of {} over the study area: {:.4g}").format(layer.name(), mean))
        source = self.parameterAsSource(parameters, self.ZONES, context)
        zones, names = (None, [])
        if source is not None:
            zones, names = zones_on_grid(self, source, self.parameterAsString(parameters, self.ZONE_FIELD, context),
                                         grid, context)
        cell_ha = grid.cell_area() / 1e4
        types = esv.ecosystem_types(crosswalk)
        nz = len(names)
        zsum = [np.zeros(nz + 1), np.zeros(nz + 1)]
        zarea = np.zeros(nz + 1)
        sums = [np.zeros((len(types), len(esv.SERVICES))), np.zeros((len(types), len(esv.SERVICES)))]
        type_cells = np.zeros(len(types))
        kw = dict(crosswalk=crosswalk, equivalents=equivalents, equivalent_value=value_e, cell_area_ha=cell_ha)
        layers = [(lu1, True), (lu2, True)] + [(factors[k][0] if k in factors else None, False)
                                               for k in ("npp", "precipitation", "soil")]
        path = output_raster(self, parameters, self.OUTPUT, context)
        cpath = output_raster(self, parameters, self.CHANGE, context) if parameters.get(self.CHANGE) is not None else None
        codes, ctypes, _ = esv.coefficient_matrix(crosswalk, equivalents=equivalents)
        with RasterWriter(path, grid, "float32", -9999.0, tr("Ecosystem service value (yuan per cell)")) as w, \
                (RasterWriter(cpath, grid, "float32", -9999.0, tr("Change of the service value (yuan per cell)"))
                 if cpath else NullWriter()) as wc:
            for row0, nrows, (a, b, npp, rain, soil) in blocks(grid, layers, feedback, rows=512, end=95.0):
                adj = dict(npp=npp, npp_mean=factors.get("npp", (None, None))[1],
                           precipitation=rain, precipitation_mean=factors.get("precipitation", (None, None))[1],
                           soil=soil, soil_mean=factors.get("soil", (None, None))[1])
                a = np.where(a == 0, np.nan, a)
                v1, s1 = esv.esv_block(a, **kw, **adj)
                sums[0] += s1
                tix = esv.type_index(a, codes, ctypes, types)
                type_cells += np.bincount(tix[tix >= 0], minlength=len(types))[:len(types)]
                w.write(v1, row0)
                if lu2 is not None:
                    b = np.where(b == 0, np.nan, b)
                    v2, s2 = esv.esv_block(b, **kw, **adj)
                    sums[1] += s2
                    if cpath:
                        wc.write(v2 - v1, row0)
                if zones is not None:
                    z = zones[row0:row0 + nrows]
                    zsum[0] += esv.zone_sums(v1, z, nz)
                    zarea += esv.zone_sums(np.where(np.isfinite(v1), cell_ha, np.nan), z, nz)
                    if lu2 is not None:
                        zsum[1] += esv.zone_sums(v2, z, nz)
            self.check_cancel(feedback)     # a cancel at the last progress report still writes nothing
        apply_qml_on_load(context, path, style_raster_ramp(path, "service", vmin=0.0),
                          tr("Ecosystem service value"))
        results = {self.OUTPUT: path}
        if cpath:
            lim = symmetric_limit(cpath)
            apply_qml_on_load(context, cpath, style_raster_ramp(cpath, "diverging", vmin=-lim, vmax=lim),
                              tr("Change of the service value"))
            results[self.CHANGE] = cpath
        total1 = sums[0].sum()
        feedback.pushInfo(tr("Total ecosystem service value: {:.2f} × 10⁴ yuan").format(total1 / 1e4))
        if lu2 is not None:
            feedback.pushInfo(tr("Second date: {:.2f} × 10⁴ yuan (change {:+.2f} × 10⁴ yuan)").format(
                sums[1].sum() / 1e4, (sums[1].sum() - total1) / 1e4))
        two = lu2 is not None
        if parameters.get(self.SERVICES) is not None:
            sink, dest, fields = table_sink(self, parameters, self.SERVICES, context, [
                ("service", "string"), ("name_zh", "string"), ("value_1", "double"), ("share_1", "double"),
                ("value_2", "double"), ("change", "double"), ("change_pct", "double")])
            per1, per2 = sums[0].sum(axis=0), sums[1].sum(axis=0)
            for f, (key, zh, _en) in enumerate(esv.SERVICES):
                add_row(sink, fields, [key, zh, per1[f] / 1e4, per1[f] / total1 if total1 else np.nan,
                                       per2[f] / 1e4 if two else np.nan, (per2[f] - per1[f]) / 1e4 if two else np.nan,
                                       100 * (per2[f] - per1[f]) / abs(per1[f]) if two and per1[f] else np.nan])
            add_row(sink, fields, ["total", "合计", total1 / 1e4, 1.0 if total1 else np.nan,
                                   sums[1].sum() / 1e4 if two else np.nan,
                                   (sums[1].sum() - total1) / 1e4 if two else np.nan,
                                   100 * (sums[1].sum() - total1) / abs(total1) if two and total1 else np.nan])
            results[self.SERVICES] = dest
        if parameters.get(self.ZONE_TABLE) is not None:
            if zones is None:
                raise QgsProcessingException(tr("The table per zone needs a zone layer."))
            sink, dest, fields = table_sink(self, parameters, self.ZONE_TABLE, context, [
                ("zone", "string"), ("area_hm2", "double"), ("value_1", "double"), ("value_per_hm2", "double"),
                ("value_2", "double"), ("change", "double")])
            for i, name in enumerate(names, start=1):
                add_row(sink, fields, [name, zarea[i], zsum[0][i] / 1e4,
                                       zsum[0][i] / zarea[i] if zarea[i] else np.nan,
                                       zsum[1][i] / 1e4 if two else np.nan,
                                       (zsum[1][i] - zsum[0][i]) / 1e4 if two else np.nan])
            results[self.ZONE_TABLE] = dest
        if parameters.get(self.SENSITIVITY) is not None:
            up, down = esv.sensitivity(sums[0], change=0.5)
            sink, dest, fields = table_sink(self, parameters, self.SENSITIVITY, context, [
                ("type", "string"), ("name_zh", "string"), ("area_hm2", "double"), ("value", "double"),
                ("cs_up", "double"), ("cs_down", "double")])
            for j, key in enumerate(types):
                add_row(sink, fields, [key, esv.ECOSYSTEMS.get(key, (key,))[0], type_cells[j] * cell_ha,
                                       sums[0][j].sum() / 1e4, up[j], down[j]])
            results[self.SENSITIVITY] = dest
            feedback.pushInfo(tr("Largest coefficient of sensitivity: {:.3f}").format(float(np.nanmax(up)) if len(up) else np.nan))
        return results

