"""Marine ecosystem health (近岸海洋生态健康评价) after HY/T 087-2005: indicators -> sub-indices -> CEH -> grade."""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterString,
)

from ...processing_helpers.feedback import Cancelled
from ...core import marine as H
from ...i18n import tr
from ...processing_helpers.tables import class_table_parameter, matrix_rows, number_list, parse_class_table, to_float
from ...processing_helpers.vector_io import add_row, attribute_float, table_sink
from ..base import EcoRestoreAlgorithm
from . import _marine as M

GRADE_COLOURS = {1: ("#1a9641", "健康 Healthy"), 2: ("#fdae61", "亚健康 Sub-healthy"), 3: ("#d7191c", "不健康 Unhealthy")}
INDEX_FIELDS = {"water": "i_water", "sediment": "i_sediment", "residue": "i_residue", "habitat": "i_habitat",
                "biology": "i_biology"}


def _bound(v):
    return "" if not np.isfinite(v) else "{:g}".format(v)


class MarineEcosystemHealth(EcoRestoreAlgorithm):
    NAME = "marineecosystemhealth"
    GROUP = "assessment"
    DISPLAY = "Marine ecosystem health (近岸海洋生态健康评价)"
    TAGS = ("marine,health,HY/T 087,estuary,bay,mangrove,coral reef,seagrass,海洋生态健康,河口,海湾,红树林,珊瑚礁,"
            "海草床,陆海统筹")
    HELP = (
        "Health of mangrove, coral reef, seagrass, estuary and bay ecosystems after HY/T 087-2005 近岸海洋生态健康"
        "评价指南 (国家海洋局 2005), from monitoring values per station (one feature per station or ecosystem, "
        "indicator fields named by their codes: DO, PH, DIN, DIP, OIL; TOC, SULFIDE; HG, CD, PB, AS, OILB; "
        "HABITAT_LOSS, SED_CHANGE; PHYTO, ZOO_DENSITY, ZOO_BIOMASS, FISH_EGGS, BENTHOS_DENSITY, BENTHOS_BIOMASS, "
        "COVER). Each indicator gets the good, fair or poor value of its category by its thresholds (closed "
        "intervals; outside both = poor); a category index is the mean of its indicators' values, the health "
        "index CEH the sum of the five indices (水环境, 沉积环境, 生物残毒, 栖息地, 生物; 0-100), graded CEH ≥ 75 健康, "
        "50-75 亚健康, < 50 不健康 - the method of the guideline for estuary and bay ecosystems as we read it, not "
        "verified clause by clause against the official text. Defaults: assigned values water 15/10/5, sediment "
        "10/5/1, residue 10/5/1, habitat 15/10/5, biology 50/30/10; water thresholds at the class I / II limits "
        "of GB 3097-1997, sediment of GB 18668-2002, residue of GB 18421-2001. NOT verified and therefore the "
        "plugin's own defaults: the habitat thresholds (5 % / 10 %), the biological bands (ratio to the reference "
        "value: good 0.5-1.5, fair 0.25-2.0), the cover indicator COVER (ratio of mangrove / live coral / seagrass "
        "cover to the reference: good ≥ 0.9, fair ≥ 0.7), and the use of one indicator set for all five ecosystems "
        "(the guideline's own sets and weights for mangrove, coral reef and seagrass could not be checked). Edit "
        "them to your copy of the guideline. Missing indicator fields are skipped; a station with no value in a "
        "category gets no CEH.")
    PARAM_HELP = {
        "INPUT": "Monitoring stations (points) or a table: one feature per station or ecosystem.",
        "ECOSYSTEM_FIELD": ("Field with the ecosystem type (mangrove, coral_reef, seagrass, estuary, bay or the "
                            "Chinese names), copied to the outputs and used for the summary. Empty: one group."),
        "STATION_FIELD": "Field with the station name or code (empty: the feature id).",
        "THRESHOLDS": ("Indicator thresholds: code, category (1 水环境 water, 2 沉积环境 sediment, 3 生物残毒 residue, "
                       "4 栖息地 habitat, 5 生物 biology), good from / to and fair from / to (empty = no limit). Defaults "
                       "as in the help (GB 3097 / 18668 / 18421 class I / II limits; the rest the plugin's own)."),
        "ASSIGNED": ("Assigned values (good, fair, poor) of each category 1-5. Default 15/10/5, 10/5/1, 10/5/1, "
                     "15/10/5, 50/30/10 (HY/T 087-2005 as we read it)."),
        "GRADE_BREAKS": "CEH breaks of 不健康 / 亚健康 / 健康 (lower-inclusive). Default 50, 75 (HY/T 087-2005).",
        "OUTPUT": "The stations with the five category indices, CEH, grade (1 健康, 2 亚健康, 3 不健康) and grade name.",
        "SCORES": "Every indicator of every station: value, level (1 good, 2 fair, 3 poor) and assigned value.",
        "SUMMARY": "Mean category indices and CEH by ecosystem, with the grade of the mean CEH.",
    }
    ADVANCED = ("THRESHOLDS", "ASSIGNED", "GRADE_BREAKS")

    INPUT, ECO, STATION, THRESH, ASSIGNED, BREAKS = ("INPUT", "ECOSYSTEM_FIELD", "STATION_FIELD", "THRESHOLDS",
                                                     "ASSIGNED", "GRADE_BREAKS")
    OUTPUT, SCORES, SUMMARY = "OUTPUT", "SCORES", "SUMMARY"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, tr("Monitoring stations"),
                                                              [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterField(self.ECO, tr("Ecosystem type field"), defaultValue="ecosystem",
                                                      parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterField(self.STATION, tr("Station field"), defaultValue="station",
                                                      parentLayerParameterName=self.INPUT, optional=True))
        flat = []
        cat_no = {c: i + 1 for i, c in enumerate(H.CATEGORIES)}
        for code, (cat, _, _, good, fair) in H.INDICATORS.items():
            flat += [code, str(cat_no[cat]), _bound(good[0]), _bound(good[1]), _bound(fair[0]), _bound(fair[1])]
        self.addParameter(QgsProcessingParameterMatrix(
            self.THRESH, tr("Indicator thresholds"), numberRows=0, hasFixedNumberRows=False,
            headers=[tr("Indicator"), tr("Category (1-5)"), tr("Good from"), tr("Good to"), tr("Fair from"),
                     tr("Fair to")], defaultValue=flat, optional=True))
        self.addParameter(class_table_parameter(
            self.ASSIGNED, tr("Assigned values by category"), [tr("Category (1-5)"), tr("Good"), tr("Fair"), tr("Poor")],
            {i + 1: dict(zip([tr("Good"), tr("Fair"), tr("Poor")], H.ASSIGNED[c])) for i, c in enumerate(H.CATEGORIES)}))
        self.addParameter(QgsProcessingParameterString(self.BREAKS, tr("Grade breaks of CEH"), "50, 75", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Marine ecosystem health"),
                                                            QgsProcessing.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(self.SCORES, tr("Indicator scores"),
                                                            QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(self.SUMMARY, tr("Health by ecosystem"),
                                                            QgsProcessing.TypeVector))

    def _thresholds(self, parameters):
        what = tr("Indicator thresholds")
        out = {}
        for row in matrix_rows(self.table_value(parameters, self.THRESH), 6):
            if not row[0]:
                continue
            code = row[0].upper()
            try:
                cat = H.CATEGORIES[int(float(row[1])) - 1]
            except (ValueError, IndexError):
                raise QgsProcessingException(tr("{}: category of {} must be 1-5, got '{}'.").format(
                    what, code, row[1])) from None
            lo_hi = [(-H.INF if i % 2 == 0 else H.INF) if v == "" else to_float(v, "{} ({})".format(what, code))
                     for i, v in enumerate(row[2:])]
            if lo_hi[0] > lo_hi[1] or lo_hi[2] > lo_hi[3]:
                raise QgsProcessingException(tr("{}: for {} a 'from' exceeds its 'to'.").format(what, code))
            unit, zh = H.INDICATORS.get(code, (None, "", code))[1:3]
            out[code] = (cat, unit, zh, tuple(lo_hi[:2]), tuple(lo_hi[2:]))
        if not out:
            raise QgsProcessingException(tr("{}: the table is empty.").format(what))
        return out

    def process(self, parameters, context, feedback):
        label = tr("Monitoring stations")
        src = self.parameterAsSource(parameters, self.INPUT, context)
        if src is None:
            raise QgsProcessingException(tr("{}: the layer is missing or cannot be read.").format(label))
        indicators = self._thresholds(parameters)
        assigned_t = parse_class_table(self.table_value(parameters, self.ASSIGNED), ["c", "g", "f", "p"],
                                       tr("Assigned values by category"))
        if set(assigned_t) != {1, 2, 3, 4, 5}:
            raise QgsProcessingException(tr("Assigned values by category: give one row for each category 1-5."))
        assigned = {H.CATEGORIES[k - 1]: (v["g"], v["f"], v["p"]) for k, v in assigned_t.items()}
        text = self.parameterAsString(parameters, self.BREAKS, context)
        breaks = tuple(number_list(text, tr("Grade breaks of CEH"), 2)) if str(text or "").strip() else H.GRADE_BREAKS
        if breaks[0] >= breaks[1]:
            raise QgsProcessingException(tr("Grade breaks of CEH: the breaks must increase, got '{}'.").format(text))
        names = src.fields().names()
        lookup = {n.upper(): i for i, n in enumerate(names)}
        present = {c: lookup[c] for c in indicators if c in lookup}
        if not present:
            raise QgsProcessingException(tr(
                "{}: no indicator field found. Name the fields by the indicator codes ({}).").format(
                    label, ", ".join(indicators)))
        absent = [c for c in indicators if c not in present]
        if absent:
            feedback.pushWarning(tr("Indicators without a field, not assessed: {}.").format(", ".join(absent)))
        eco_name = self.parameterAsString(parameters, self.ECO, context)
        st_name = self.parameterAsString(parameters, self.STATION, context)
        ei = src.fields().lookupField(eco_name) if eco_name else -1
        si = src.fields().lookupField(st_name) if st_name else -1
        if eco_name and ei < 0:
            feedback.pushWarning(tr("No ecosystem field '{}': the stations form one group.").format(eco_name))
        out_fields = [(INDEX_FIELDS[c], "double") for c in H.CATEGORIES] + [
            ("ceh", "double"), ("grade", "int"), ("grade_zh", "string"), ("missing", "string")]
        from qgis.core import QgsField, QgsFields
        from qgis.PyQt.QtCore import QVariant
        fields = QgsFields(src.fields())
        kinds = {"double": QVariant.Double, "int": QVariant.LongLong, "string": QVariant.String}
        for n, k in out_fields:
            if fields.lookupField(n) >= 0:
                raise QgsProcessingException(tr("{}: the input already has a field '{}'; rename it.").format(label, n))
            fields.append(QgsField(n, kinds[k]))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, src.wkbType(), src.sourceCrs())
        if sink is None:
            raise QgsProcessingException(tr("Cannot create the output table {}.").format(self.OUTPUT))
        ssink, sdest, sfields = table_sink(self, parameters, self.SCORES, context, [
            ("station", "string"), ("ecosystem", "string"), ("indicator", "string"), ("name_zh", "string"),
            ("category", "string"), ("value", "double"), ("level", "int"), ("score", "double")])
        groups = {}
        total = max(1, src.featureCount())
        for n, f in enumerate(src.getFeatures()):
            if feedback.isCanceled():
                raise Cancelled()
            attrs = f.attributes()
            values = {c: attribute_float(attrs[i]) for c, i in present.items()}
            r = H.health(values, indicators=indicators, assigned=assigned, breaks=breaks)
            eco = str(attrs[ei]) if ei >= 0 and attrs[ei] is not None else ""
            station = str(attrs[si]) if si >= 0 else str(f.id())
            add_row(sink, fields, list(attrs) + [round(r["index"][c], 3) for c in H.CATEGORIES] + [
                round(r["ceh"], 2), r["grade"], H.GRADES[r["grade"]][0] if r["grade"] else "",
                ",".join(H.CATEGORY_ZH[c] for c in r["missing"])], f.geometry())
            for code, spec in indicators.items():
                if code in present:
                    add_row(ssink, sfields, [station, eco, code, spec[2], H.CATEGORY_ZH[spec[0]], values[code],
                                             r["levels"][code], r["scores"].get(code, np.nan)])
            groups.setdefault(eco, []).append(r)
            if r["missing"]:
                feedback.pushWarning(tr("Station {}: no value in {}: no health index.").format(
                    station, ", ".join(H.CATEGORY_ZH[c] for c in r["missing"])))
            feedback.setProgress(90.0 * (n + 1) / total)
        gsink, gdest, gfields = table_sink(self, parameters, self.SUMMARY, context, [
            ("ecosystem", "string"), ("ecosystem_zh", "string"), ("stations", "int")]
            + [(INDEX_FIELDS[c], "double") for c in H.CATEGORIES] + [("ceh", "double"), ("grade", "int"),
                                                                    ("grade_zh", "string")])
        for eco, rs in sorted(groups.items()):
            ok = [r for r in rs if np.isfinite(r["ceh"])]
            idx = [float(np.mean([r["index"][c] for r in ok])) if ok else np.nan for c in H.CATEGORIES]
            ceh = float(np.mean([r["ceh"] for r in ok])) if ok else np.nan
            g = H.grade(ceh, breaks=breaks)
            add_row(gsink, gfields, [eco, H.ECOSYSTEMS.get(eco, eco), len(rs)] + [round(v, 3) for v in idx]
                    + [round(ceh, 2), g, H.GRADES[g][0] if g else ""])
            feedback.pushInfo(tr("{}: CEH {:.1f} ({})").format(H.ECOSYSTEMS.get(eco, eco) or "-", ceh,
                                                              H.GRADES[g][0] if g else "-"))
        M.style_categories(context, dest, "grade", GRADE_COLOURS, tr("Marine ecosystem health"))
        return {self.OUTPUT: dest, self.SCORES: sdest, self.SUMMARY: gdest}
