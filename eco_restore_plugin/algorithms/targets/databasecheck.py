"""Planning database check (规划数据库质检): an exported planning database against its schema, rule by
rule and layer by layer (docs/DATABASE.md)."""
import csv
import html
import os

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ...i18n import tr
from ...processing_helpers.vector_io import add_row, table_sink
from ..base import EcoRestoreAlgorithm
from . import _database as DB
from ._database_overlap import overlapping_pairs
from ._database_scan import scan_layer

COLUMNS = [("layer", "string"), ("alias", "string"), ("rule", "string"), ("rule_zh", "string"),
           ("status", "string"), ("status_zh", "string"), ("failures", "int"), ("ids", "string"),
           ("detail", "string")]
STATUS_ZH = {"pass": "通过", "fail": "不通过", "na": "不适用"}
#: offending feature ids listed in a report row (the count is always complete)
MAX_IDS = 50


def _ids(ids):
    ids = [str(i) for i in ids]
    text = ",".join(ids[:MAX_IDS])
    return text + (" …(+{})".format(len(ids) - MAX_IDS) if len(ids) > MAX_IDS else "")


class DatabaseCheck(EcoRestoreAlgorithm):
    NAME = "databasecheck"
    GROUP = "targets"
    DISPLAY = "Planning database check (规划数据库质检)"
    TAGS = "database,schema,check,quality,QA,topology,overlap,质检,数据库,质量检查,规划数据库,CGCS2000"
    HELP = (
        "Checks a planning database (a GeoPackage, a File geodatabase .gdb folder or a folder of shapefiles, "
        "as 'Planning database export' writes it) against its schema, for every layer of the schema: R1 the "
        "layer is present; R2 its CRS is CGCS2000 3-degree Gauss-Krüger (EPSG 4513-4533 with zone number, "
        "4534-4554 by central meridian); R3 every geometry is valid (GEOS) and not empty; R4 no two polygons "
        "overlap (by more than the schema's tolerance, 1 m²) where the schema forbids overlaps; R5 every field "
        "of the schema is present; R6 every required field is filled; R7 coded fields (and YSDM) hold codes of "
        "their lists; R8 MJ equals the planar area of the geometry in hm² within 0.1 %. The report table has "
        "one row per layer and rule: pass / fail / not applicable, the number of failures and the BSM of the "
        "offending features (the first 50); an HTML page and a CSV of the same table are written when a "
        "report file is given. The log ends with a summary in Chinese. The database is only read.")
    PARAM_HELP = {
        "INPUT": ("The database to be checked, a .gpkg file, a .gdb folder or a folder of shapefiles (type or "
                  "paste a folder path)."),
        "SCHEMA": ("Optional schema JSON; empty = the shipped resources/schema/planning_db.json (the one "
                   "'Planning database export' uses by default)."),
        "OUTPUT": "The report table: layer, alias, rule, rule name, status, failures, offending BSM, detail.",
        "REPORT": "Optional HTML report (a CSV of the same table, UTF-8 with BOM, is written beside it).",
    }
    ADVANCED = ("SCHEMA",)

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            "INPUT", tr("Planning database (.gpkg, .gdb or folder)"),
            fileFilter=tr("GeoPackage (*.gpkg);;File geodatabase (*.gdb);;All files (*)")))
        self.addParameter(QgsProcessingParameterFile(
            "SCHEMA", tr("Schema (JSON)"), extension="json", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Check report")))
        self.addParameter(QgsProcessingParameterFileDestination(
            "REPORT", tr("Check report (HTML)"), tr("HTML (*.html)"), optional=True))
        self.addOutput(QgsProcessingOutputNumber("FAILED_RULES", tr("Failed checks")))
        self.addOutput(QgsProcessingOutputNumber("FAILED_FEATURES", tr("Offending features")))
        self.addOutput(QgsProcessingOutputNumber("LAYERS_CHECKED", tr("Layers checked")))

    def process(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, "INPUT", context)
        schema = DB.load_schema(self.parameterAsFile(parameters, "SCHEMA", context))
        layers = schema["layers"]
        with DB.shape_encoding(None):             # a shapefile's .cpg decides (QGIS may have set "")
            rows, found = self._check_all(path, schema, feedback)
        sink, dest, fields = table_sink(self, parameters, "OUTPUT", context, COLUMNS)
        for r in rows:
            add_row(sink, fields, r)
        failed = [r for r in rows if r[4] == "fail"]
        n_features = sum(r[6] for r in failed)
        report = self.parameterAsFileOutput(parameters, "REPORT", context)
        result = {"OUTPUT": dest, "FAILED_RULES": len(failed), "FAILED_FEATURES": n_features,
                  "LAYERS_CHECKED": found}
        if report:
            self._write_report(report, path, schema, rows)
            result["REPORT"] = report
        summary = {}
        for r in failed:
            summary.setdefault(r[3], []).append(r[0])
        # the summary is in Chinese whatever the interface language: it is read with the Chinese report
        feedback.pushInfo("数据库质检：{} 个图层（规范 {} 个），{} 项检查不通过，涉及 {} 个要素。".format(
            found, len(layers), len(failed), n_features))
        for rule, names in summary.items():
            feedback.pushInfo("  {}：{}".format(rule, "、".join(names)))
        if not failed:
            feedback.pushInfo("全部检查通过。")
        return result

    def _check_all(self, path, schema, feedback):
        ds, _ = DB.open_database(path)
        rows, found, layers = [], 0, schema["layers"]
        for k, spec in enumerate(layers):
            self.check_cancel(feedback)
            feedback.setProgress(100.0 * k / len(layers))
            lyr = DB.find_layer(ds, spec["name"])
            if lyr is None:
                rows.append(self._row(spec, "R1", "fail", 1, [], "图层 {} 缺失".format(spec["name"])))
                for code, _ in DB.RULES[1:]:
                    rows.append(self._row(spec, code, "na", 0, [], ""))
                continue
            found += 1
            rows.append(self._row(spec, "R1", "pass", 0, [], ""))
            rows += self._check_layer(schema, spec, lyr, feedback)
        ds = None
        return rows, found

    # --------------------------------------------------------------------------------------------
    @staticmethod
    def _row(spec, code, status, count, ids, detail):
        name = dict(DB.RULES)[code]
        return [spec["name"], spec["alias"], code, name, status, STATUS_ZH[status], int(count), _ids(ids), detail]

    def _check_layer(self, schema, spec, lyr, feedback):
        geometry = spec["geometry"]
        rows = []
        # R2 CRS
        if geometry == "none":
            rows.append(self._row(spec, "R2", "na", 0, [], ""))
        else:
            epsg = DB.epsg_of(lyr.GetSpatialRef())
            ok = DB.crs_ok(schema, epsg)
            rows.append(self._row(spec, "R2", "pass" if ok else "fail", 0 if ok else 1, [],
                                  "EPSG:{}".format(epsg) if epsg else "坐标系无法识别"))
        defn = lyr.GetLayerDefn()
        index = {defn.GetFieldDefn(i).GetName().lower(): i for i in range(defn.GetFieldCount())}
        fields = DB.common_fields(schema, geometry) + spec["fields"]
        missing = [f["name"] for f in fields if f["name"].lower() not in index]
        bsm_idx = index.get("bsm")
        mj_idx = index.get("mj")
        codes = [(f["name"], index[f["name"].lower()], set(f["codes"]))
                 for f in fields if f.get("codes") and f["name"].lower() in index]
        if "ysdm" in index:
            codes.append(("YSDM", index["ysdm"], {spec["ysdm"]}))
        tol = float(schema.get("area_tolerance", 0.001))
        scan = scan_layer(lyr, geometry, [(f["name"], index[f["name"].lower()]) for f in fields
                                          if f.get("required") and f["name"].lower() in index],
                          codes, bsm_idx, mj_idx, tol, lambda: self.check_cancel(feedback))
        invalid, empty, bad_mj, bad_codes = scan["invalid"], scan["empty"], scan["bad_mj"], scan["bad_codes"]
        rows.append(self._row(spec, "R3", "na" if geometry == "none" else ("fail" if invalid else "pass"),
                              len(invalid), invalid, ""))
        if geometry == "polygon" and spec.get("no_overlap"):
            pairs = overlapping_pairs(scan["polygons"], float(schema.get("overlap_tolerance_m2", 1.0)),
                                      cancel=lambda: self.check_cancel(feedback))
            ids = sorted({i for p in pairs for i in p[:2]}, key=str)
            rows.append(self._row(spec, "R4", "fail" if pairs else "pass", len(pairs), ids,
                                  "; ".join("{}×{} {:.1f} m²".format(*p) for p in pairs[:10])))
        else:
            rows.append(self._row(spec, "R4", "na", 0, [], ""))
        rows.append(self._row(spec, "R5", "fail" if missing else "pass", len(missing), [],
                              ", ".join(missing)))
        rows.append(self._row(spec, "R6", "fail" if empty else "pass", len(empty), empty, ""))
        n_codes = sum(len(v) for v in bad_codes.values())
        rows.append(self._row(spec, "R7", "fail" if n_codes else ("pass" if codes else "na"), n_codes,
                              [i for v in bad_codes.values() for i in v], ", ".join(sorted(bad_codes))))
        if geometry != "polygon":
            rows.append(self._row(spec, "R8", "na", 0, [], ""))
        elif mj_idx is None:
            rows.append(self._row(spec, "R8", "fail", 1, [], "缺少MJ字段"))
        else:
            detail = "; ".join("{}: MJ {:.4f} / {:.4f} hm²".format(k, v[0], v[1]) for k, v in list(bad_mj.items())[:10])
            rows.append(self._row(spec, "R8", "fail" if bad_mj else "pass", len(bad_mj), list(bad_mj), detail))
        return rows

    @staticmethod
    def _write_report(path, db_path, schema, rows):
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        stem = os.path.splitext(path)[0]
        headers = ["图层", "图层别名", "规则", "规则名称", "结果", "结果(中文)", "错误数", "错误要素BSM", "说明"]
        with open(stem + ".csv", "w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f)
            w.writerow(headers)
            w.writerows(rows)
        failed = [r for r in rows if r[4] == "fail"]
        colour = {"pass": "#e5f5e0", "fail": "#fcbba1", "na": "#f0f0f0"}
        body = "\n".join("<tr style='background:{}'>{}</tr>".format(
            colour[r[4]], "".join("<td>{}</td>".format(html.escape(str(v))) for i, v in enumerate(r) if i != 4))
            for r in rows)
        text = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>规划数据库质检报告</title></head><body>"
                "<h1>规划数据库质检报告</h1><p>数据库：{}<br>规范：{} {}<br>不通过：{} 项，涉及 {} 个要素</p>"
                "<table border='1' cellspacing='0' cellpadding='3'><tr>{}</tr>{}</table></body></html>").format(
            html.escape(db_path), html.escape(str(schema.get("schema", ""))), html.escape(str(schema["version"])),
            len(failed), sum(r[6] for r in failed),
            "".join("<th>{}</th>".format(h) for i, h in enumerate(headers) if i != 4), body)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
