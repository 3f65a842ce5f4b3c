"""Shoreline classification and change (岸线分类与变化): lengths, 自然岸线保有率, transects with end-point rates."""
import numpy as np
from qgis.core import (
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...core import shoreline as SL
from ...i18n import tr
from ...processing_helpers.tables import class_table_parameter, parse_class_table
from ...processing_helpers.vector_io import add_row, table_sink
from ..base import EcoRestoreAlgorithm
from . import _marine as M


class ShorelineClassification(EcoRestoreAlgorithm):
    NAME = "shorelineclassification"
    GROUP = "assessment"
    DISPLAY = "Shoreline classification and change (岸线分类与变化)"
    TAGS = ("shoreline,coastline,natural shoreline,retention,end point rate,transect,island,陆海统筹,海岸线,"
            "自然岸线保有率,岸线变化,海岛,严格保护,限制开发,优化利用")
    HELP = (
        "Classifies a shoreline layer into 基岩 bedrock, 砂质 sandy, 淤泥质 muddy, 生物 biological (mangrove, reef), "
        "河口 estuary, 人工 artificial and 生态恢复 ecologically restored (class field: code 1-7, English code or "
        "Chinese name), flags mainland and island shores, sums lengths by class and township and computes "
        "自然岸线保有率 = (natural + ecologically restored) / total length, for the mainland and the islands "
        "separately (the restored shore counted as natural after 海岸线保护与利用管理办法, 国家海洋局 2017, "
        "第十二条 - our reading, not verified against the official text). With an older shoreline it casts "
        "transects every 'spacing' metres along the newer one, perpendicular to it, and measures as "
        "shoreline-change tools (DSAS) do the net shoreline movement NSM (m, positive = moved seaward, e.g. "
        "reclamation; negative = retreat, erosion) and the end-point rate EPR = NSM / years (m/a); each transect "
        "also records the classes before and after, giving the length of natural shore turned artificial "
        "(transects × spacing). The seaward side is taken from the land polygons, or else lines are taken to "
        "have land on their left. Protection classes 严格保护 / 限制开发 / 优化利用 follow an editable class table; "
        "the default (bedrock, biological and estuary shores strict; sandy, muddy and restored restricted; "
        "artificial optimised use) is the plugin's simplification of the three categories of 海岸线保护与利用管理办法 "
        "(2017), which assigns them by the shore's form and function, not by class alone: review it.")
    PARAM_HELP = {
        "SHORELINE": "The newer shoreline (lines, projected CRS in metres), one feature per classified stretch.",
        "CLASS_FIELD": "Field with the shoreline class: 1-7, bedrock … restored, or 基岩岸线 … 生态恢复岸线.",
        "ISLAND_FIELD": ("Field that flags island shores (1, true, 是, 海岛 or island = island; anything else = "
                         "mainland). Empty: every shore is mainland."),
        "YEAR": "Year of the newer shoreline.",
        "SHORELINE_OLD": "The older shoreline for the change analysis (optional; same class field rules).",
        "CLASS_FIELD_OLD": "Class field of the older shoreline (empty: the same name as the newer one).",
        "YEAR_OLD": "Year of the older shoreline; must be earlier than the newer year.",
        "TOWNSHIPS": "Township polygons for lengths by township (optional). Each stretch goes to the township "
                     "holding its midpoint, or the nearest one.",
        "TOWNSHIP_FIELD": "Township name field.",
        "LAND": ("Land polygons (county, islands) that tell the seaward side of the transects. Empty: lines are "
                 "taken to have land on their left (the direction of digitising)."),
        "SPACING": "Distance between transects along the newer shoreline (m). Default 50 m.",
        "REACH": ("How far from the newer shoreline (m, both sides) a transect looks for the older one; beyond "
                  "it NSM and EPR are empty. Default 500 m."),
        "PROTECTION": ("Protection class of each shoreline class: 1 严格保护 strict protection, 2 限制开发 restricted "
                       "development, 3 优化利用 optimised use (the plugin's default, see the help)."),
        "OUTPUT": "The shoreline stretches with class, island flag, township, length and protection class.",
        "LENGTHS": "Lengths (km) by scope (mainland / island), township and class.",
        "SUMMARY": ("By year and scope (mainland / island / total): total, natural, restored and artificial "
                    "lengths (km) and 自然岸线保有率 (%); for the newer year the change figures."),
        "TRANSECTS": "Transects with NSM (m), EPR (m/a) and the classes before and after.",
    }
    ADVANCED = ("SPACING", "REACH", "PROTECTION")

    SHORE, CLASS, ISLAND, YEAR = "SHORELINE", "CLASS_FIELD", "ISLAND_FIELD", "YEAR"
    OLD, CLASS_OLD, YEAR_OLD = "SHORELINE_OLD", "CLASS_FIELD_OLD", "YEAR_OLD"
    TOWNS, TOWN_FIELD, LAND, SPACING, REACH, PROT = ("TOWNSHIPS", "TOWNSHIP_FIELD", "LAND", "SPACING", "REACH",
                                                     "PROTECTION")
    OUTPUT, LENGTHS, SUMMARY, TRANSECTS = "OUTPUT", "LENGTHS", "SUMMARY", "TRANSECTS"

    def initAlgorithm(self, config=None):
        line = [QgsProcessing.TypeVectorLine]
        self.addParameter(QgsProcessingParameterFeatureSource(self.SHORE, tr("Shoreline (newer)"), line))
        self.addParameter(QgsProcessingParameterField(self.CLASS, tr("Shoreline class field"),
                                                      defaultValue="shore_class", parentLayerParameterName=self.SHORE))
        self.addParameter(QgsProcessingParameterField(self.ISLAND, tr("Island flag field"), defaultValue="island",
                                                      parentLayerParameterName=self.SHORE, optional=True))
        self.addParameter(QgsProcessingParameterNumber(self.YEAR, tr("Year of the newer shoreline"),
                                                       QgsProcessingParameterNumber.Integer, 2020))
        self.addParameter(QgsProcessingParameterFeatureSource(self.OLD, tr("Shoreline (older)"), line, optional=True))
        self.addParameter(QgsProcessingParameterField(self.CLASS_OLD, tr("Shoreline class field (older)"),
                                                      parentLayerParameterName=self.OLD, optional=True))
        self.addParameter(QgsProcessingParameterNumber(self.YEAR_OLD, tr("Year of the older shoreline"),
                                                       QgsProcessingParameterNumber.Integer, 2010))
        poly = [QgsProcessing.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource(self.TOWNS, tr("Townships"), poly, optional=True))
        self.addParameter(QgsProcessingParameterField(self.TOWN_FIELD, tr("Township name field"), defaultValue="name",
                                                      parentLayerParameterName=self.TOWNS, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.LAND, tr("Land polygons (seaward side)"), poly,
                                                              optional=True))
        self.addParameter(QgsProcessingParameterNumber(self.SPACING, tr("Transect spacing (m)"),
                                                       QgsProcessingParameterNumber.Double, 50.0, minValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(self.REACH, tr("Transect reach (m)"),
                                                       QgsProcessingParameterNumber.Double, 500.0, minValue=1.0))
        self.addParameter(class_table_parameter(
            self.PROT, tr("Protection class by shoreline class"), [tr("Shoreline class code"), tr("Protection class")],
            SL.DEFAULT_PROTECTION))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Classified shoreline"),
                                                            QgsProcessing.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(self.LENGTHS, tr("Shoreline lengths by class"),
                                                            QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(self.SUMMARY, tr("Natural shoreline retention"),
                                                            QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(self.TRANSECTS, tr("Shoreline change transects"),
                                                            QgsProcessing.TypeVectorLine, optional=True))

    def process(self, parameters, context, feedback):
        label = tr("Shoreline (newer)")
        src = self.parameterAsSource(parameters, self.SHORE, context)
        cfield = self.parameterAsString(parameters, self.CLASS, context)
        ifield = self.parameterAsString(parameters, self.ISLAND, context)
        year = self.parameterAsInt(parameters, self.YEAR, context)
        new = M.read_shorelines(src, cfield, ifield, label, feedback)
        crs = src.sourceCrs()
        prot = parse_class_table(self.table_value(parameters, self.PROT), ["code", "protection"],
                                 tr("Protection class table"))
        bad = sorted(set(prot.values()) - {1.0, 2.0, 3.0}) + sorted(set(prot) - set(SL.CLASSES))
        missing = sorted(set(SL.CLASSES) - set(prot))
        if bad or missing:
            raise QgsProcessingException(tr(
                "Protection class table: every shoreline class 1-7 needs a protection class 1, 2 or 3 (missing: "
                "{}; wrong: {}).").format(M.describe(missing) or "-", M.describe(bad) or "-"))
        old_src = self.parameterAsSource(parameters, self.OLD, context)
        old, year_old = None, None
        if old_src is not None:
            year_old = self.parameterAsInt(parameters, self.YEAR_OLD, context)
            if year_old >= year:
                raise QgsProcessingException(tr("The older shoreline's year ({}) must be earlier than the newer "
                                                "shoreline's year ({}).").format(year_old, year))
            ofield = self.parameterAsString(parameters, self.CLASS_OLD, context) or cfield
            old = M.read_shorelines(old_src, ofield, ifield, tr("Shoreline (older)"), feedback)
            if old_src.sourceCrs() != crs:
                raise QgsProcessingException(tr("The older shoreline is in {} and the newer in {}: reproject one of "
                                                "them so both share a CRS.").format(old_src.sourceCrs().authid(),
                                                                                    crs.authid()))
        feedback.setProgress(10)
        # townships
        towns = self.parameterAsSource(parameters, self.TOWNS, context)
        tnames = None
        if towns is not None:
            tf = self.parameterAsString(parameters, self.TOWN_FIELD, context)
            ti = M.field_index(towns, tf, tr("Townships"))
            polys = M.polygons(towns, crs, context, tr("Townships"))
            finder = M.PointInPolygons([g for g, _ in polys])
            tnames = [str(f.attributes()[ti]) for _, f in polys]
        for rec in new + (old or []):
            mid = rec["geom"].interpolate(rec["length"] / 2.0).asPoint()
            rec["town"] = tnames[finder.which(mid.x(), mid.y())] if tnames else ""
        # classified lines
        fields_out = [("src_fid", "int"), ("shore_class", "string"), ("shore_zh", "string"), ("natural", "int"),
                      ("island", "int"), ("township", "string"), ("length_m", "double"), ("protect", "int"),
                      ("protect_zh", "string")]
        sink, dest, fields = table_sink(self, parameters, self.OUTPUT, context, fields_out, src.wkbType(), crs)
        for rec in new:
            k = rec["cls"]
            p = int(prot[k])
            add_row(sink, fields, [int(rec["fid"]), SL.CODES[k], SL.NAMES_ZH[k], int(k in SL.NATURAL), rec["island"],
                                   rec["town"], round(rec["length"], 2), p, SL.PROTECTION_ZH[p]], rec["geom"])
        # lengths and retention
        rows, scopes = SL.summary((r["cls"], r["island"], r["town"], r["length"]) for r in new)
        lsink, ldest, lfields = table_sink(self, parameters, self.LENGTHS, context, [
            ("year", "int"), ("scope", "string"), ("township", "string"), ("shore_class", "string"),
            ("shore_zh", "string"), ("length_km", "double")])
        all_rows = [(year, r) for r in rows]
        if old:
            rows_old, scopes_old = SL.summary((r["cls"], r["island"], r["town"], r["length"]) for r in old)
            all_rows += [(year_old, r) for r in rows_old]
        for y, (scope, town, k, ln) in all_rows:
            add_row(lsink, lfields, [y, scope, town, SL.CODES[k], SL.NAMES_ZH[k], round(ln / 1000.0, 4)])
        feedback.setProgress(30)
        # change along transects
        tr_rows = []
        if old:
            land = self.parameterAsSource(parameters, self.LAND, context)
            is_land = None
            if land is not None:
                M.require_projected(land, tr("Land polygons (seaward side)"))
                is_land = M.PointInPolygons([g for g, _ in M.polygons(land, crs, context,
                                                                     tr("Land polygons (seaward side)"))]).contains
            spacing = self.parameterAsDouble(parameters, self.SPACING, context)
            reach = self.parameterAsDouble(parameters, self.REACH, context)
            new_lines, new_cls, new_isl = [], [], []
            for r in new:
                for p in r["parts"]:
                    new_lines.append(p)
                    new_cls.append(r["cls"])
                    new_isl.append(r["island"])
            old_lines, old_cls = [], []
            for r in old:
                for p in r["parts"]:
                    old_lines.append(p)
                    old_cls.append(r["cls"])
            tr_rows = SL.transects(new_lines, old_lines, spacing, reach, year - year_old, is_land=is_land)
            feedback.setProgress(80)
            tsink = tdest = tfields = None
            if parameters.get(self.TRANSECTS):         # an optional output: skipped when not asked for
                tsink, tdest, tfields = table_sink(self, parameters, self.TRANSECTS, context, [
                    ("transect", "int"), ("island", "int"), ("class_old", "string"), ("class_new", "string"),
                    ("nsm_m", "double"), ("epr_m_a", "double"), ("change", "string")], QgsWkbTypes.LineString, crs)
            for i, t in enumerate(tr_rows):
                ko = old_cls[t["old_index"]] if t["old_index"] >= 0 else 0
                kn = new_cls[t["line"]]
                t["island"], t["ko"], t["kn"] = new_isl[t["line"]], ko, kn
                half = reach if not np.isfinite(t["nsm"]) else max(abs(t["nsm"]) * 1.2, spacing / 2.0)
                g = QgsGeometry.fromPolylineXY([QgsPointXY(t["x"] - t["nx"] * half, t["y"] - t["ny"] * half),
                                                QgsPointXY(t["x"] + t["nx"] * half, t["y"] + t["ny"] * half)])
                change = ("natural → artificial" if ko in SL.NATURAL and kn == SL.ARTIFICIAL else
                          "artificial → restored" if ko == SL.ARTIFICIAL and kn == SL.RESTORED else
                          "unchanged" if ko == kn else ("no older shore" if ko == 0 else "other"))
                if tsink is not None:
                    add_row(tsink, tfields, [i + 1, t["island"], SL.CODES.get(ko, ""), SL.CODES[kn],
                                             round(t["nsm"], 2), round(t["epr"], 3), change], g)
            results_t = tdest
        # summary
        ssink, sdest, sfields = table_sink(self, parameters, self.SUMMARY, context, [
            ("year", "int"), ("scope", "string"), ("scope_zh", "string"), ("total_km", "double"),
            ("natural_km", "double"), ("restored_km", "double"), ("artificial_km", "double"),
            ("retention_pct", "double"), ("transects", "int"), ("mean_epr_m_a", "double"),
            ("max_retreat_m", "double"), ("max_advance_m", "double"), ("nat_to_art_km", "double"),
            ("restored_new_km", "double")])
        scope_zh = {"mainland": "大陆", "island": "海岛", "total": "合计"}
        spacing = self.parameterAsDouble(parameters, self.SPACING, context)
        years = [(year, scopes)] + ([(year_old, scopes_old)] if old else [])
        out_summary = {}
        for y, sc in years:
            for scope in ("mainland", "island", "total"):
                lens = sc[scope]
                total = sum(lens.values())
                nat = sum(v for k, v in lens.items() if k in SL.NATURAL)
                res = lens.get(SL.RESTORED, 0.0)
                art = lens.get(SL.ARTIFICIAL, 0.0)
                ret = SL.retention(lens)
                ch = [np.nan] * 6
                if old and y == year:
                    sel = [t for t in tr_rows if scope == "total" or t["island"] == (scope == "island")]
                    nsm = np.array([t["nsm"] for t in sel], float)
                    ok = np.isfinite(nsm)
                    ch = [len(sel), round(float(np.mean(nsm[ok]) / (year - year_old)), 3) if ok.any() else np.nan,
                          round(float(-min(0.0, nsm[ok].min())), 2) if ok.any() else np.nan,
                          round(float(max(0.0, nsm[ok].max())), 2) if ok.any() else np.nan,
                          sum(spacing for t in sel if t["ko"] in SL.NATURAL and t["kn"] == SL.ARTIFICIAL) / 1000.0,
                          sum(spacing for t in sel if t["ko"] != SL.RESTORED and t["kn"] == SL.RESTORED) / 1000.0]
                if total <= 0:
                    continue
                out_summary[(y, scope)] = ret
                add_row(ssink, sfields, [y, scope, scope_zh[scope], round(total / 1000.0, 4), round(nat / 1000.0, 4),
                                         round(res / 1000.0, 4), round(art / 1000.0, 4), round(ret, 2)] + ch)
                feedback.pushInfo(tr("{} {}: {:.2f} km, natural {:.2f} km, restored {:.2f} km, retention {:.1f} %").format(
                    y, scope_zh[scope], total / 1000.0, nat / 1000.0, res / 1000.0, ret))
        M.style_categories(context, dest, "shore_class", M.shore_categories(), tr("Classified shoreline"), width=0.8)
        results = {self.OUTPUT: dest, self.LENGTHS: ldest, self.SUMMARY: sdest}
        if old and results_t:
            results[self.TRANSECTS] = results_t
        feedback.setProgress(100)
        return results
