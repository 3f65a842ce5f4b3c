"""Attached tables (规划附表) of the plan text as an XLSX workbook and CSV files."""
import csv
import os

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsSpatialIndex,
)

from ...core import deliverables as D
from ...i18n import tr
from ..base import EcoRestoreAlgorithm
from ._sheet_keyprojects import key_projects_sheet


def _v(f, name):
    if not name or f.fields().lookupField(name) < 0:
        return None
    v = f[name]
    return None if v is None or str(v) == "NULL" else v


class AttachedTables(EcoRestoreAlgorithm):
    NAME = "attachedtables"
    GROUP = "targets"
    DISPLAY = "Attached tables of the plan (规划附表)"
    TAGS = "attached tables,XLSX,Excel,CSV,附表,问题图斑统计表,项目表,修复分区统计表,totals,subtotals"
    HELP = (
        "Writes the attached tables (附表) a plan text carries as one XLSX workbook (one sheet per table: "
        "title and unit rows merged across the table, Chinese headers, fixed decimals, 小计 per township or "
        "period, 合计 for the whole region) and one CSV per sheet beside it (<file>_<sheet>.csv, UTF-8 with "
        "BOM so Excel opens the Chinese). Tables, each written when its input is given: 问题图斑统计表 "
        "(problem patches by township and problem type: count and area, from 'Ecological problem patches'); "
        "项目表 (projects by period with type, location, area and investment, from 'Project library'); "
        "修复分区统计表 (restoration zone area by township, the zones cut by the township polygons, or for "
        "the whole region without townships). Areas in hm² with 4 decimals, investment in 万元 with 2; "
        "subtotals and totals are sums of the rounded rows, so the printed table adds up. XLSX needs "
        "openpyxl (Debian: apt install python3-openpyxl; else pip install openpyxl); without it the "
        "algorithm says so and writes the CSV files.")
    PARAM_HELP = {
        "PROBLEMS": "Optional problem patches (output of 'Ecological problem patches'): the 问题图斑统计表.",
        "PROJECTS": "Optional project library (output of 'Project library'): the 项目表.",
        "ZONES": "Optional restoration zones (output of 'Restoration zoning'): the 修复分区统计表.",
        "ZONE_FIELD": "Zone type field of the restoration zones. Default zone_type.",
        "TOWNSHIPS": ("Optional township polygons: the zone table is split by township. Without them the zone "
                      "table is for the whole region."),
        "TOWNSHIP_FIELD": "Township name field. Default name.",
        "OUTPUT_FILE": "The workbook (.xlsx); the CSV files are written beside it.",
        "KEY_PROJECTS": ("Optional key projects table (output 'Key projects table' of 'Project library'): the "
                         "重点工程表 (key area, key project, period, projects, scale, investment by funding source)."),
    }
    ADVANCED = ("ZONE_FIELD", "TOWNSHIP_FIELD")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "PROBLEMS", tr("Problem patches"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "PROJECTS", tr("Project library"), [QgsProcessing.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "ZONES", tr("Restoration zones"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            "ZONE_FIELD", tr("Zone type field"), defaultValue="zone_type", parentLayerParameterName="ZONES",
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "TOWNSHIPS", tr("Townships (乡镇)"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            "TOWNSHIP_FIELD", tr("Township name field"), defaultValue="name", parentLayerParameterName="TOWNSHIPS",
            optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT_FILE", tr("Attached tables (XLSX)"), tr("Excel (*.xlsx)")))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "KEY_PROJECTS", tr("Key projects table (重点工程表)"), [QgsProcessing.TypeVector], optional=True))
        self.addOutput(QgsProcessingOutputString("CSV_FILES", tr("CSV files (one per sheet)")))
        self.addOutput(QgsProcessingOutputNumber("SHEETS", tr("Number of tables written")))

    # --------------------------------------------------------------------------------------------
    def _problem_sheet(self, src):
        need = ("WTLX", "MJ")
        missing = [n for n in need if src.fields().lookupField(n) < 0]
        if missing:
            raise QgsProcessingException(tr(
                "The problem patches lack the field(s) {}: give the output of 'Ecological problem patches'.")
                .format(", ".join(missing)))
        recs = []
        for f in src.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)):
            town = _v(f, "XZMC") or _v(f, "XZDM") or tr("(no township)")
            recs.append({"town": str(town), "code": str(_v(f, "WTDM") or ""), "type": str(_v(f, "WTLX") or ""),
                         "n": 1, "mj": float(_v(f, "MJ") or 0.0)})
        return {"name": "问题图斑统计表", "title": "附表 问题图斑统计表",
                "unit": "面积单位：公顷（hm²）", "headers": ["乡镇", "问题代码", "问题类型", "图斑数（个）", "面积（hm²）"],
                "decimals": [0, 4], "rows": D.grouped_rows(recs, "town", ["code", "type"], ["n", "mj"], [0, 4])}

    def _project_sheet(self, src):
        need = ("period", "type_name", "area_ha", "cost_wan")
        missing = [n for n in need if src.fields().lookupField(n) < 0]
        if missing:
            raise QgsProcessingException(tr(
                "The project library lacks the field(s) {}: give the output of 'Project library'.").format(
                ", ".join(missing)))
        recs = []
        for f in src.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)):
            period = _v(f, "period")
            if not period:
                continue                      # dropped (keep = 0)
            years = _v(f, "years")
            recs.append({"period": "{} {}".format(period, years).strip(), "code": str(_v(f, "proj_code") or ""),
                         "type": str(_v(f, "type_name") or ""), "loc": str(_v(f, "location") or ""),
                         "area": float(_v(f, "area_ha") or 0.0), "cost": float(_v(f, "cost_wan") or 0.0)})
        return {"name": "项目表", "title": "附表 生态保护修复项目表",
                "unit": "面积单位：公顷（hm²）；投资单位：万元", "headers": ["实施时序", "项目编号", "项目类型", "所在单元",
                                                          "规模（hm²）", "估算投资（万元）"],
                "decimals": [4, 2], "rows": D.grouped_rows(recs, "period", ["code", "type", "loc"], ["area", "cost"],
                                                          [4, 2])}

    def _zone_sheet(self, zones, zone_field, towns, town_field, context, feedback):
        if zones.fields().lookupField(zone_field) < 0:
            raise QgsProcessingException(tr("Field '{}' not found in the restoration zones.").format(zone_field))
        crs = zones.sourceCrs()
        if not crs.isValid() or crs.isGeographic():
            raise QgsProcessingException(tr(
                "The restoration zones must be in a projected CRS in metres to measure areas; reproject them."))
        tgeoms = []
        if towns is not None:
            if towns.fields().lookupField(town_field) < 0:
                raise QgsProcessingException(tr("Field '{}' not found in the townships.").format(town_field))
            xf = None if towns.sourceCrs() == crs else QgsCoordinateTransform(
                towns.sourceCrs(), crs, context.transformContext())
            for f in towns.getFeatures():
                g = QgsGeometry(f.geometry())
                if g.isEmpty():
                    continue
                if xf is not None:
                    g.transform(xf)
                tgeoms.append((g if g.isGeosValid() else g.makeValid(), str(_v(f, town_field))))
        index = QgsSpatialIndex()
        for k, (g, _) in enumerate(tgeoms):
            index.addFeature(k, g.boundingBox())
        recs = []
        for f in zones.getFeatures():
            self.check_cancel(feedback)
            g = QgsGeometry(f.geometry())
            if g.isEmpty():
                continue
            if not g.isGeosValid():
                g = g.makeValid()
            zt = str(_v(f, zone_field) or "")
            if not tgeoms:
                recs.append({"town": "全域", "zone": zt, "a": g.area() / 1e4})
                continue
            for k in index.intersects(g.boundingBox()):
                a = g.intersection(tgeoms[k][0]).area()
                if a > 0:
                    recs.append({"town": tgeoms[k][1], "zone": zt, "a": a / 1e4})
        return {"name": "修复分区统计表", "title": "附表 生态修复分区统计表", "unit": "面积单位：公顷（hm²）",
                "headers": ["乡镇", "修复分区", "面积（hm²）"], "decimals": [4],
                "rows": D.grouped_rows(recs, "town", ["zone"], ["a"], [4])}

    def process(self, parameters, context, feedback):
        out = self.parameterAsFileOutput(parameters, "OUTPUT_FILE", context)
        if not out:
            raise QgsProcessingException(tr("Give the workbook file (.xlsx)."))
        if not out.lower().endswith(".xlsx"):
            out = os.path.splitext(out)[0] + ".xlsx"
        problems = self.parameterAsSource(parameters, "PROBLEMS", context)
        projects = self.parameterAsSource(parameters, "PROJECTS", context)
        zones = self.parameterAsSource(parameters, "ZONES", context)
        key_projects = self.parameterAsSource(parameters, "KEY_PROJECTS", context)
        if problems is None and projects is None and zones is None and key_projects is None:
            raise QgsProcessingException(tr(
                "Give at least one input: problem patches, project library or restoration zones."))
        sheets = []
        if problems is not None:
            sheets.append(self._problem_sheet(problems))
        if projects is not None:
            sheets.append(self._project_sheet(projects))
        if zones is not None:
            towns = self.parameterAsSource(parameters, "TOWNSHIPS", context)
            sheets.append(self._zone_sheet(zones, self.parameterAsString(parameters, "ZONE_FIELD", context)
                                           or "zone_type", towns,
                                           self.parameterAsString(parameters, "TOWNSHIP_FIELD", context) or "name",
                                           context, feedback))
        if key_projects is not None:
            sheets.append(key_projects_sheet(key_projects))
        for s in sheets:
            bad = D.check_totals(s)
            if bad:                       # a bug, not bad input: never write a table that does not add up
                raise QgsProcessingException("; ".join(bad))
        folder = os.path.dirname(out) or "."
        os.makedirs(folder, exist_ok=True)
        stem = os.path.splitext(out)[0]
        csvs = []
        for s in sheets:
            path = "{}_{}.csv".format(stem, s["name"])
            with open(path, "w", encoding="utf-8-sig", newline="") as fh:
                csv.writer(fh).writerows(D.csv_rows(s))
            csvs.append(path)
        result = {"CSV_FILES": ";".join(csvs), "SHEETS": len(sheets)}
        try:
            import openpyxl  # noqa: F401
        except ImportError:
            feedback.pushWarning(tr("openpyxl is not installed (Debian: apt install python3-openpyxl; else pip "
                                    "install openpyxl): only the CSV files were written."))
            result["OUTPUT_FILE"] = None
            return result
        write_workbook(sheets, out)
        for s in sheets:
            total = [r for r in s["rows"] if r[0] == "total"]
            feedback.pushInfo(tr("{}: {} rows, total {}").format(
                s["name"], sum(1 for r in s["rows"] if r[0] == "data"),
                ", ".join(str(v) for v in total[0][-len(s["decimals"]):]) if total else "-"))
        result["OUTPUT_FILE"] = out
        return result


def write_workbook(sheets, path):
    """The sheets as an XLSX workbook: merged title and unit rows, bold headers, fixed decimals."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for s in sheets:
        ws = wb.create_sheet(s["name"][:31])
        ncol = len(s["headers"])
        n_text = ncol - len(s["decimals"])
        ws.cell(row=1, column=1, value=s["title"]).font = Font(bold=True, size=14)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
        ws.cell(row=1, column=1).alignment = Alignment(horizontal="center")
        ws.cell(row=2, column=1, value=s["unit"]).alignment = Alignment(horizontal="right")
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
        for j, h in enumerate(s["headers"], start=1):
            c = ws.cell(row=3, column=j, value=h)
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            c.fill = PatternFill("solid", fgColor="DDEBF7")
            c.border = border
        for i, row in enumerate(s["rows"], start=4):
            kind, cells = row[0], row[1:]
            for j, v in enumerate(cells, start=1):
                c = ws.cell(row=i, column=j, value=None if v == "" else v)
                c.border = border
                if j > n_text and v not in (None, ""):
                    d = s["decimals"][j - n_text - 1]
                    c.number_format = "0" if d == 0 else "0." + "0" * d
                if kind != "data":
                    c.font = Font(bold=True)
            if kind == "total" and n_text > 1:
                ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=n_text)
                ws.cell(row=i, column=1).alignment = Alignment(horizontal="center")
        for j in range(1, ncol + 1):
            ws.column_dimensions[get_column_letter(j)].width = 16 if j <= n_text else 14
        ws.freeze_panes = "A4"
    wb.save(path)
