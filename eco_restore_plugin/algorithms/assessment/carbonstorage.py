"""Carbon storage (碳储量), the InVEST Carbon Storage and Sequestration model."""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ...core import carbon
from ...i18n import tr
from ...processing_helpers.raster_io import RasterWriter, output_raster, reference_grid
from ...processing_helpers.styles import apply_qml_on_load, style_raster_ramp
from ...processing_helpers.tables import class_table_parameter, parse_class_table
from ...processing_helpers.vector_io import add_row, table_sink
from ..base import EcoRestoreAlgorithm
from ._valuation import NullWriter, blocks, int_code, symmetric_limit, text_rows

HEADERS = ["code"] + list(carbon.POOLS)


def _default_blue():
    flat = []
    for code, row in sorted(carbon.BLUE_CARBON.items()):
        flat += [str(code), row["name_zh"]] + ["{:g}".format(row[p]) for p in carbon.POOLS]
    return flat


class CarbonStorage(EcoRestoreAlgorithm):
    NAME = "carbonstorage"
    GROUP = "assessment"
    DISPLAY = "Carbon storage, InVEST model (碳储量 InVEST)"
    TAGS = "carbon,carbon storage,sequestration,InVEST,blue carbon,碳储量,固碳,蓝碳,红树林"
    HELP = ("Carbon storage after the InVEST Carbon Storage and Sequestration model (Sharp et al., InVEST "
            "User's Guide): each land-cover class has four pools - above-ground biomass, below-ground biomass, "
            "soil and dead organic matter, Mg C/ha; storage of a cell = sum of its pools × cell area (hm²), in "
            "Mg C per cell; with a future land cover, the net change (sequestration) = future − current per "
            "cell. Checked equal to a natcap.invest 3.14.2 Carbon run (tests/data/invest_carbon). Every class "
            "of the land cover must be in the table (give 0 for no carbon), as in InVEST. The 三调 pool table "
            "holds plugin defaults of the order reported for subtropical southern China, not values of one "
            "verified source: replace them with local forest-inventory and soil-survey values. Blue carbon, a "
            "separate table added to (and overriding) the pool table: mangrove 739 and salt marsh 334 Mg C/ha, "
            "the mean whole-ecosystem organic carbon stocks of Alongi (2020, J. Mar. Sci. Eng. 8(10): 767), "
            "split into pools by a plugin assumption; seagrass biomass 2.5 and soil 194.2 Mg C/ha, global "
            "means of Fourqurean et al. (2012, Nature Geoscience 5: 505-509), not checked against the original "
            "table. Salt marsh (110501) and seagrass (110502) have no 三调 class: give those codes to such "
            "cells. Optional valuation as in InVEST: NPV = price × change / T × Σ_{t<T} 1/((1+r)^t (1+c)^t), "
            "T = future year − current year, r the discount rate and c the annual price change. Processed by "
            "row blocks.")

    PARAM_HELP = {
        "LANDUSE": "Current land-cover raster with class codes (三调 codes for the default table); the reference grid.",
        "LANDUSE_FUTURE": ("Future (or later) land cover on the same codes; gives the future storage and the net "
                           "change."),
        "POOLS": ("One row per class: c_above, c_below, c_soil, c_dead in Mg C/ha. Defaults: plugin values for 三调 "
                  "classes (built land and water 0); replace them with local survey values."),
        "BLUE_CARBON": ("Blue-carbon rows (code, name, four pools in Mg C/ha) added to the pool table; mangrove 303, "
                        "salt marsh 110501, seagrass 110502 by default (sources in the algorithm help)."),
        "USE_BLUE_CARBON": "Add the blue-carbon rows to the pool table (they replace rows of the same code).",
        "PRICE": "Value of one Mg of carbon for the net present value, yuan; 0 skips the valuation.",
        "DISCOUNT_RATE": "Annual discount rate r of the net present value, %.",
        "PRICE_CHANGE": "Annual change c of the carbon price, %.",
        "YEAR_CURRENT": "Year of the current land cover (for the valuation period).",
        "YEAR_FUTURE": "Year of the future land cover; must be after the current year for the valuation.",
        "CURRENT": "Carbon storage of each cell, current land cover, Mg C per cell, styled.",
        "FUTURE": "Carbon storage of each cell, future land cover, Mg C per cell.",
        "CHANGE": "Net change (future − current), Mg C per cell; negative = loss.",
        "NPV": "Net present value of the net change, yuan per cell (needs a carbon price).",
        "TABLE": "Table: density, area and carbon of each class, current and future, and the change.",
    }
    ADVANCED = ("BLUE_CARBON", "DISCOUNT_RATE", "PRICE_CHANGE")

    (CURRENT_LU, FUTURE_LU, POOLS, BLUE, USE_BLUE, PRICE, DISCOUNT, PRICE_CHANGE, YEAR_CUR, YEAR_FUT) = (
        "LANDUSE", "LANDUSE_FUTURE", "POOLS", "BLUE_CARBON", "USE_BLUE_CARBON", "PRICE", "DISCOUNT_RATE",
        "PRICE_CHANGE", "YEAR_CURRENT", "YEAR_FUTURE")
    CURRENT, FUTURE, CHANGE, NPV, TABLE = "CURRENT", "FUTURE", "CHANGE", "NPV", "TABLE"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(self.CURRENT_LU, tr("Current land cover (class codes)")))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.FUTURE_LU, tr("Future land cover (for the net change)"), optional=True))
        self.addParameter(class_table_parameter(
            self.POOLS, tr("Carbon pools per class (Mg C/ha)"), HEADERS, carbon.CARBON_POOLS_3DIAO,
            tr("One row per land-cover class: above-ground, below-ground, soil and dead organic carbon in Mg C/ha.")))
        p = QgsProcessingParameterMatrix(
            self.BLUE, tr("Blue-carbon pools (mangrove, salt marsh, seagrass; Mg C/ha)"), numberRows=0,
            hasFixedNumberRows=False, headers=[tr("Code"), tr("Name")] + list(carbon.POOLS),
            defaultValue=_default_blue(), optional=True)
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterBoolean(
            self.USE_BLUE, tr("Use the blue-carbon table"), defaultValue=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.PRICE, tr("Price of carbon (yuan per Mg C; 0 = no valuation)"),
            QgsProcessingParameterNumber.Double, 0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.DISCOUNT, tr("Discount rate (%)"), QgsProcessingParameterNumber.Double, 7.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.PRICE_CHANGE, tr("Annual change of the carbon price (%)"), QgsProcessingParameterNumber.Double, 0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.YEAR_CUR, tr("Year of the current land cover"), QgsProcessingParameterNumber.Integer, 2020))
        self.addParameter(QgsProcessingParameterNumber(
            self.YEAR_FUT, tr("Year of the future land cover"), QgsProcessingParameterNumber.Integer, 2035))
        self.addParameter(QgsProcessingParameterRasterDestination(self.CURRENT, tr("Carbon storage, current (Mg C per cell)")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.FUTURE, tr("Carbon storage, future (Mg C per cell)"), optional=True))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.CHANGE, tr("Net change of carbon storage (Mg C per cell)"), optional=True))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.NPV, tr("Net present value of the change (yuan per cell)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.TABLE, tr("Carbon storage per class"), QgsProcessing.TypeVector, optional=True))

    def _table(self, parameters, context):
        table = parse_class_table(self.table_value(parameters, self.POOLS), HEADERS, tr("Carbon pool table"))
        names = {}
        if self.parameterAsBool(parameters, self.USE_BLUE, context):
            blue = {}
            for row in text_rows(self.table_value(parameters, self.BLUE), 2 + len(carbon.POOLS),
                                 tr("Blue-carbon table")):
                code = int_code(row[0], tr("Blue-carbon table"))
                vals = parse_class_table([row[0]] + row[2:], HEADERS, tr("Blue-carbon table"))[code]
                blue[code] = vals
                names[code] = row[1]
            table = carbon.merge_blue_carbon(table, blue)
        carbon.check_pool_table(table)
        return table, names

    def process(self, parameters, context, feedback):
        cur_layer = self.parameterAsRasterLayer(parameters, self.CURRENT_LU, context)
        fut_layer = self.parameterAsRasterLayer(parameters, self.FUTURE_LU, context)
        grid = reference_grid(cur_layer, tr("Current land cover"))
        table, blue_names = self._table(parameters, context)
        want = {k: parameters.get(k) is not None for k in (self.FUTURE, self.CHANGE, self.NPV)}
        if fut_layer is None and any(want.values()):
            raise QgsProcessingException(tr("The future storage, the change and its value need a future land cover."))
        price = self.parameterAsDouble(parameters, self.PRICE, context)
        years = self.parameterAsInt(parameters, self.YEAR_FUT, context) - self.parameterAsInt(parameters, self.YEAR_CUR, context)
        if want[self.NPV] and (price <= 0 or years <= 0):
            raise QgsProcessingException(tr("The net present value needs a positive carbon price and a future "
                                            "year after the current year."))
        cell_ha = grid.cell_area() / 1e4
        paths = {self.CURRENT: output_raster(self, parameters, self.CURRENT, context)}
        for k, on in want.items():
            if on:
                paths[k] = output_raster(self, parameters, k, context)
        descriptions = {self.CURRENT: tr("Carbon storage, current (Mg C per cell)"),
                        self.FUTURE: tr("Carbon storage, future (Mg C per cell)"),
                        self.CHANGE: tr("Net change of carbon storage (Mg C per cell)"),
                        self.NPV: tr("Net present value of the change (yuan per cell)")}
        codes = sorted(table)
        cells = {"cur": np.zeros(len(codes)), "fut": np.zeros(len(codes))}
        totals = {"cur": 0.0, "fut": 0.0, "npv": 0.0}

        def count(lc, key):
            v = lc[np.isfinite(lc)].astype(np.int64)
            idx = np.searchsorted(codes, v)
            cells[key] += np.bincount(idx, minlength=len(codes))[:len(codes)]

        writers = {k: RasterWriter(p, grid, "float32", -9999.0, descriptions[k]) for k, p in paths.items()}
        with writers[self.CURRENT] as wc, writers.get(self.FUTURE, NullWriter()) as wf, \
                writers.get(self.CHANGE, NullWriter()) as wd, writers.get(self.NPV, NullWriter()) as wn:
            for row0, _, (a, b) in blocks(grid, [(cur_layer, True), (fut_layer, True)], feedback, rows=512, end=95.0):
                for lc, what in ((a, tr("current")), (b, tr("future"))):
                    if lc is None:
                        continue
                    missing = carbon.missing_classes(lc, table)
                    if missing:
                        raise QgsProcessingException(tr(
                            "The {} land cover has classes without carbon pools: {}. Add them to the carbon pool "
                            "table (0 for no carbon).").format(what, ", ".join(str(m) for m in missing[:20])))
                res = carbon.carbon_model(a, table, cell_area_ha=cell_ha, future=b)
                count(a, "cur")
                totals["cur"] += res["totals"]["current"]
                wc.write(res["current"], row0)
                if b is not None:
                    count(b, "fut")
                    totals["fut"] += res["totals"]["future"]
                    wf.write(res["future"], row0)
                    wd.write(res["change"], row0)
                    if want[self.NPV]:
                        npv = carbon.valuation(res["change"], price_per_mg=price,
                                               discount_rate=self.parameterAsDouble(parameters, self.DISCOUNT, context),
                                               price_change_rate=self.parameterAsDouble(parameters, self.PRICE_CHANGE, context),
                                               years=years)
                        totals["npv"] += float(np.nansum(npv))
                        wn.write(npv, row0)
            self.check_cancel(feedback)     # a cancel at the last progress report still writes nothing
        results = {}
        for k, p in paths.items():
            if k in (self.CHANGE, self.NPV):
                lim = symmetric_limit(p)
                qml = style_raster_ramp(p, "diverging", vmin=-lim, vmax=lim)
            else:
                qml = style_raster_ramp(p, "service", vmin=0.0)
            apply_qml_on_load(context, p, qml, descriptions[k])
            results[k] = p
        feedback.pushInfo(tr("Carbon storage, current: {:.1f} Mg C").format(totals["cur"]))
        if fut_layer is not None:
            feedback.pushInfo(tr("Carbon storage, future: {:.1f} Mg C; net change {:+.1f} Mg C").format(
                totals["fut"], totals["fut"] - totals["cur"]))
        if want[self.NPV]:
            feedback.pushInfo(tr("Net present value of the change: {:.1f} yuan").format(totals["npv"]))
        if parameters.get(self.TABLE) is not None:
            sink, dest, fields = table_sink(self, parameters, self.TABLE, context, [
                ("code", "int"), ("name", "string"), ("density", "double"), ("area_cur_hm2", "double"),
                ("carbon_cur", "double"), ("area_fut_hm2", "double"), ("carbon_fut", "double"), ("change", "double")])
            from ...core.tables import LANDCOVER_3DIAO
            for j, code in enumerate(codes):
                if cells["cur"][j] == 0 and cells["fut"][j] == 0:
                    continue
                dens = sum(table[code][p] for p in carbon.POOLS)
                cur_c, fut_c = cells["cur"][j] * cell_ha * dens, cells["fut"][j] * cell_ha * dens
                two = fut_layer is not None
                add_row(sink, fields, [code, blue_names.get(code) or LANDCOVER_3DIAO.get(code, ""), dens,
                                       cells["cur"][j] * cell_ha, cur_c,
                                       cells["fut"][j] * cell_ha if two else np.nan, fut_c if two else np.nan,
                                       fut_c - cur_c if two else np.nan])
            results[self.TABLE] = dest
        return results
