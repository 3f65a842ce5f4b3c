"""Attached tables (规划附表) of the plan text as an XLSX workbook and CSV files."""
import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterLayer,
)

from ...core import deliverables as D
from ...i18n import tr
from ..base import EcoRestoreAlgorithm
from . import _sheet_writer as W
from . import _sheets as S
from . import _sheets_area as A
from ._sheet_keyprojects import key_projects_sheet


class AttachedTables(EcoRestoreAlgorithm):
    NAME = "attachedtables"
    GROUP = "targets"
    DISPLAY = "Attached tables of the plan (规划附表)"
    TAGS = ("attached tables,XLSX,Excel,CSV,附表,问题图斑统计表,项目表,修复分区统计表,规划指标表,现状地类结构表,"
            "生态保护重要性与脆弱性面积统计表,土地综合整治潜力表,totals,subtotals")
    HELP = (
        "Writes the attached tables (附表) a plan text carries as one XLSX workbook (one sheet per table: "
        "title and unit rows merged across the table, merged header rows, Chinese headers, units, fixed "
        "decimals, 小计 per township or period, 合计 for the whole region, notes) and one CSV per sheet beside it "
        "(<file>_<sheet>.csv, UTF-8 with BOM so Excel opens the Chinese). Tables, each written when its input "
        "is given, in the order of a plan text: 规划指标表 (indicators with unit, type 约束性/预期性, 统计口径, "
        "base year and the 2025/2030/2035 targets, from the targets table of the indicator-targets dialog, "
        "or per township with the region value from 'Indicator base values'); 项目表 (projects by period "
        "with type, location, area and investment, from 'Project library'); 现状地类结构表 (first-level and "
        "三调 classes x the whole region and each township, hm² and share, from the 三调 parcels or 'Land-use "
        "structure table'); 生态保护重要性与脆弱性面积统计表 (area and share of each grade per township, from the "
        "graded rasters, cells counted by their centre in the township polygons); 修复分区统计表 (restoration "
        "zone area by township, the zones cut by the township polygons, or for the whole region without "
        "townships); 土地综合整治潜力表 (potential by township and type in hm² and 亩, theoretical and "
        "realistic, from the consolidation units); 问题图斑统计表 (problem patches by township and problem "
        "type: count and area, from 'Ecological problem patches'). Areas in hm² with 4 decimals, 亩 and "
        "shares (%) with 2, investment in 万元 with 2; subtotals and totals are sums of the rounded rows, so "
        "the printed table adds up, shares are rounded by the largest remainder method so they add up to "
        "100, and a sheet whose totals do not equal its rows or its source is not written. XLSX needs "
        "openpyxl (Debian: apt install python3-openpyxl; else pip install openpyxl); without it the "
        "algorithm says so and writes the CSV files.")
    PARAM_HELP = {
        "PROBLEMS": "Optional problem patches (output of 'Ecological problem patches'): the 问题图斑统计表.",
        "PROJECTS": "Optional project library (output of 'Project library'): the 项目表.",
        "ZONES": "Optional restoration zones (output of 'Restoration zoning'): the 修复分区统计表.",
        "ZONE_FIELD": "Zone type field of the restoration zones. Default zone_type.",
        "TOWNSHIPS": ("Optional township polygons: the zone and grade tables are split by township (without them "
                      "they are for the whole region); a code field (code, XZQDM or XZDM, the 9-digit township "
                      "code) names the townships of the land-use table."),
        "TOWNSHIP_FIELD": "Township name field. Default name.",
        "INDICATORS": ("Optional indicator table: the targets table of the indicator-targets dialog (table "
                       "eco_indicators of the planning GeoPackage: base year and 2025/2030/2035 targets for the "
                       "region) or the output of 'Indicator base values' (base values per township; the region "
                       "value is their sum, or for rates their mean weighted by the units' denominators): the "
                       "规划指标表."),
        "LANDUSE": ("Optional 三调 parcels (DLTB: DLBM, TBDLMJ, ZLDWDM; geometry area where TBDLMJ is missing) or "
                    "the output table of 'Land-use structure table': the 现状地类结构表 (townships from the first "
                    "9 digits of ZLDWDM)."),
        "IMPORTANCE": ("Optional ecological protection importance grade raster (3 极重要, 2 重要, 1 一般重要; output "
                       "of 'Ecological protection importance' or 'Importance grading'): the importance block of "
                       "the 生态保护重要性与脆弱性面积统计表."),
        "VULNERABILITY": ("Optional vulnerability grade rasters (soil erosion, rocky desertification, coastal "
                          "erosion vulnerability; 3 极脆弱, 2 脆弱, 1 一般脆弱 or the five levels), one block each "
                          "in the 生态保护重要性与脆弱性面积统计表. Grade names from the raster's categories."),
        "POTENTIAL": ("Optional consolidation units with the potential fields fc_new_hm2, st_pot_hm2, id_pot_hm2 "
                      "(written by the farmland, settlement and idle-land potential algorithms) and their "
                      "realistic values <field>_r (from 'Realistic consolidation potential'): the "
                      "土地综合整治潜力表."),
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
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INDICATORS", tr("Indicator table (targets or base values)"), [QgsProcessing.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "LANDUSE", tr("Land use: 三调 parcels or land-use structure table"), [QgsProcessing.TypeVector],
            optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            "IMPORTANCE", tr("Ecological protection importance grades"), optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            "VULNERABILITY", tr("Ecological vulnerability grades"), QgsProcessing.TypeRaster, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "POTENTIAL", tr("Consolidation potential by unit"), [QgsProcessing.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT_FILE", tr("Attached tables (XLSX)"), tr("Excel (*.xlsx)")))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "KEY_PROJECTS", tr("Key projects table (重点工程表)"), [QgsProcessing.TypeVector], optional=True))
        self.addOutput(QgsProcessingOutputString("CSV_FILES", tr("CSV files (one per sheet)")))
        self.addOutput(QgsProcessingOutputNumber("SHEETS", tr("Number of tables written")))

    def process(self, parameters, context, feedback):
        out = self.parameterAsFileOutput(parameters, "OUTPUT_FILE", context)
        if not out:
            raise QgsProcessingException(tr("Give the workbook file (.xlsx)."))
        if not out.lower().endswith(".xlsx"):
            out = os.path.splitext(out)[0] + ".xlsx"
        sheets = []
        for builder in BUILDERS:
            self.check_cancel(feedback)
            sheet = builder(self, parameters, context, feedback)
            if sheet is not None:
                sheets.append(sheet)
        if not sheets:
            raise QgsProcessingException(tr(
                "Give at least one input: problem patches, project library, key projects, restoration zones, "
                "indicator table, land use, importance or vulnerability grades, or consolidation potential."))
        for s in sheets:
            bad = D.check_totals(s)
            if bad:                       # a bug, not bad input: never write a table that does not add up
                raise QgsProcessingException("; ".join(bad))
        folder = os.path.dirname(out) or "."
        os.makedirs(folder, exist_ok=True)
        csvs = W.write_csvs(sheets, os.path.splitext(out)[0])
        result = {"CSV_FILES": ";".join(csvs), "SHEETS": len(sheets)}
        if not W.openpyxl_available():
            feedback.pushWarning(tr("openpyxl is not installed ({}): only the CSV files were written.").format(
                W.OPENPYXL_HINT))
            result["OUTPUT_FILE"] = None
            return result
        W.write_workbook(sheets, out)
        for s in sheets:
            total = [r for r in s["rows"] if r[0] == "total"]
            feedback.pushInfo(tr("{}: {} rows, total {}").format(
                s["name"], sum(1 for r in s["rows"] if r[0] == "data"),
                ", ".join(str(v) for v in total[0][-len(s["decimals"]):]) if total else "-"))
        result["OUTPUT_FILE"] = out
        return result


#: the sheets in the order of a plan text's attached tables; each builds its sheet when its input is given.
def key_project_sheet(alg, parameters, context, feedback):
    """重点工程表 from the key projects table of 'Project library'."""
    src = alg.parameterAsSource(parameters, "KEY_PROJECTS", context)
    return None if src is None else key_projects_sheet(src)


BUILDERS = [S.indicator_sheet, key_project_sheet, S.project_sheet, A.landuse_sheet, A.grade_sheet, S.zone_sheet,
            S.potential_sheet, S.problem_sheet]
write_workbook = W.write_workbook
