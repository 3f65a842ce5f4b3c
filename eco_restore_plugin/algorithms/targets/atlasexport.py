"""Planning atlas (规划图集): a multi-page PDF of the standard maps of a planning folder.

Reads ``planning.gpkg`` (its ``layer_catalog`` table) and the styled rasters beside it. Each map is a
new layout loaded from a template (built-in ``resources/templates/atlas_<paper>.qpt``, a user .qpt,
or a clone of a layout of the current project, which is never changed) whose items are filled by id
(``atlas_layout.ITEM_IDS``). Pages: contents, one page per map (or one per coverage feature through
QgsLayoutAtlas), the indicator table when targets exist. One PDF, written to a temporary file and
renamed; optionally one PNG/PDF file per map.
"""
import collections
import datetime
import fnmatch
import os
import re
import shutil
import sqlite3
import tempfile
import uuid

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsExpression,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProject,
    QgsRasterLayer,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsTableCell,
    QgsTextBufferSettings,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ...core import targets as T
from ...i18n import tr, tr_noop
from ...processing_helpers import atlas_layout as A
from ...processing_helpers.atlas_layout import FONTS, atlas_font
from ..base import EcoRestoreAlgorithm

#: One map of the catalogue. ``layers``: entries bottom to top; an entry is a name or a tuple of
#: alternatives (the first present is used; '*' patterns match catalogue/raster names); a name
#: starting with '?' is optional (drawn when present, noted on the page when not). A map is skipped
#: (and listed as such) when a required entry is missing or no layer at all is present.
#: ``landuse`` (index 4) keeps the old meaning: fall back to the base layers. ``order``: position in
#: the atlas (METHODS.md section 6 order); the MAPS index is the public enum value and never changes.
MapSpec = collections.namedtuple("MapSpec", "key label title layers landuse order special")

LANDUSE_NAMES = ("landuse", "land_use", "landuse_2020", "sample_landuse")
MAPS = [
    MapSpec("landuse", tr_noop("Current land use (用地现状图)"), "用地现状图", [LANDUSE_NAMES], True, 20,
            "landuse"),
    MapSpec("protection", tr_noop("Ecological protection importance (生态保护重要性评价图)"),
            "生态保护重要性评价图", ["protection_importance"], False, 40, None),
    MapSpec("water", tr_noop("Water conservation importance (水源涵养重要性)"), "水源涵养重要性评价图",
            ["water_conservation_importance"], False, 41, None),
    MapSpec("soil", tr_noop("Soil and water conservation importance (水土保持重要性)"), "水土保持重要性评价图",
            ["soil_conservation_importance"], False, 42, None),
    MapSpec("habitat", tr_noop("Habitat quality (生境质量)"), "生境质量评价图", ["habitat_quality"], False, 44, None),
    MapSpec("zones", tr_noop("Restoration zoning (生态修复分区图)"), "生态修复分区图", ["restoration_zones"],
            False, 90, None),
    MapSpec("projects", tr_noop("Key projects (重点工程布局图)"), "重点工程布局图", ["project_library"], False, 100,
            None),
    MapSpec("consolidation", tr_noop("Land consolidation potential (土地综合整治潜力分布图)"),
            "土地综合整治潜力分布图", ["consolidation_zoning"], False, 110, None),
    # appended (enum values 8...): never reorder
    MapSpec("location", tr_noop("Location map (区位图)"), "区位图",
            [("base_townships", "base_county"), "?base_rivers", "?base_roads", "?base_settlements"], False, 10,
            "location"),
    MapSpec("ecosystem", tr_noop("Ecosystem types (生态系统类型分布图)"), "生态系统类型分布图",
            [("ecosystem_types", "ecosystem", "ecosystem_2020") + LANDUSE_NAMES], False, 30, "ecosystem"),
    MapSpec("biodiversity", tr_noop("Biodiversity maintenance importance (生物多样性维护重要性)"),
            "生物多样性维护重要性评价图", ["habitat_quality_importance"], False, 43, None),
    MapSpec("coastal", tr_noop("Coastal protection (海岸防护功能评价图)"), "海岸防护功能评价图",
            ["coastal_protection"], False, 45, None),
    MapSpec("vulnerability", tr_noop("Ecological vulnerability (生态脆弱性评价图)"), "生态脆弱性评价图",
            [("soil_erosion_vulnerability", "*vulnerability*")], False, 50, None),
    MapSpec("problems", tr_noop("Ecological problems (生态问题识别图)"), "生态问题识别图",
            ["?degradation", "?damaged_space"], False, 60, None),
    MapSpec("pattern", tr_noop("Ecological security pattern (生态安全格局图)"), "生态安全格局图",
            ["?corridor_normalized", "?barriers", "?pinch_points", "ecological_sources", "?corridor_paths",
             "?ecological_nodes"], False, 70, None),
    MapSpec("nearterm", tr_noop("Near-term projects (近期项目安排图)"), "近期项目安排图", ["project_library"],
            False, 120, "nearterm"),
]

#: Period value of near-term projects in project_library's ``period`` field (zoning_projects.py).
NEAR_TERM = "近期"

#: Base layers drawn on the land-use map when no land-use raster is catalogued (bottom to top).
LANDUSE_BASE = ["base_townships", "base_basic_farmland", "base_urban_boundary", "base_red_line",
                "base_rivers", "base_roads", "base_settlements"]

#: Fixed styles of base and unstyled result layers (QGIS simple-symbol properties).
BASE_STYLES = {
    "base_townships": {"color": "#f3eedc", "outline_color": "#9a9a9a", "outline_width": "0.2"},
    "base_basic_farmland": {"color": "#f2d16b", "outline_style": "no"},
    "base_urban_boundary": {"color": "#e8a0a0", "outline_color": "#c0504d", "outline_width": "0.3"},
    "base_red_line": {"color": "#9fd39f", "outline_color": "#2e8b57", "outline_width": "0.3"},
    "base_rivers": {"color": "#3b8fd9", "width": "0.4"},
    "base_roads": {"color": "#8c6d46", "width": "0.35"},
    "base_settlements": {"name": "circle", "color": "#c0504d", "size": "1.2", "outline_style": "no"},
}
RESULT_STYLES = {
    "ecological_sources": {"color": "#3a9d4a", "outline_color": "#1d5e27", "outline_width": "0.3"},
    "corridor_paths": {"color": "#0b7a3e", "width": "0.7"},
    "ecological_nodes": {"name": "circle", "color": "#e4572e", "size": "2.4", "outline_color": "#ffffff"},
    "pinch_points": {"name": "diamond", "color": "#f0a202", "size": "2.6", "outline_color": "#5a3d00"},
    "barriers": {"name": "cross2", "color": "#8b1e3f", "size": "2.6", "outline_color": "#8b1e3f"},
}

#: Fields used to colour unstyled vector layers by category (first present with 1..20 values).
CATEGORY_FIELDS = ("zone_name", "type_name", "ctype_name", "zone_type", "grade_n", "name")
PALETTE = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666",
           "#8dd3c7", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5", "#bc80bd", "#ccebc5",
           "#ffed6f", "#bebada", "#d9d9d9", "#ffffb3"]

#: PAPER enum (label, width mm, height mm), in enum order; A3 portrait appended.
PAPERS = [(tr_noop("A3 landscape"), 420.0, 297.0), (tr_noop("A4 landscape"), 297.0, 210.0),
          (tr_noop("A4 portrait"), 210.0, 297.0), (tr_noop("A3 portrait"), 297.0, 420.0)]
EXPORT_FORMATS = [tr_noop("PNG"), tr_noop("PDF"), tr_noop("PNG and PDF")]

DEFAULT_TITLE = "示例县国土空间生态修复规划"
INDICATOR_TITLE = "规划目标指标表"


def simple_symbol(layer, props):
    gtype = QgsWkbTypes.geometryType(layer.wkbType())
    if gtype == QgsWkbTypes.PolygonGeometry:
        return QgsFillSymbol.createSimple(props)
    if gtype == QgsWkbTypes.LineGeometry:
        return QgsLineSymbol.createSimple(props)
    return QgsMarkerSymbol.createSimple(props)


def categorize(layer, field):
    idx = layer.fields().lookupField(field)
    if idx < 0:
        return False
    values = sorted({v for v in layer.uniqueValues(idx) if v is not None and str(v) not in ("", "NULL")}, key=str)
    if not 1 <= len(values) <= len(PALETTE):
        return False
    cats = []
    for i, v in enumerate(values):
        sym = QgsSymbol.defaultSymbol(layer.geometryType())
        sym.setColor(QColor(PALETTE[i]))
        cats.append(QgsRendererCategory(v, sym, str(v)))
    layer.setRenderer(QgsCategorizedSymbolRenderer(field, cats))
    return True


def style_vector(layer, name):
    """A readable default style: fixed for base layers, categories for unstyled result layers."""
    if name in BASE_STYLES:
        layer.setRenderer(QgsSingleSymbolRenderer(simple_symbol(layer, BASE_STYLES[name])))
        return
    if not isinstance(layer.renderer(), QgsSingleSymbolRenderer):
        return  # styled in the GeoPackage
    if name in RESULT_STYLES:
        layer.setRenderer(QgsSingleSymbolRenderer(simple_symbol(layer, RESULT_STYLES[name])))
        return
    for field in CATEGORY_FIELDS:
        if categorize(layer, field):
            return


def label_layer(layer, field, font, size=9):
    """Label features of ``layer`` with ``field`` (township names on the location map)."""
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    settings.enabled = True
    fmt = A.text_format(font, size)
    buf = QgsTextBufferSettings()
    buf.setEnabled(True)
    buf.setSize(0.8)
    fmt.setBuffer(buf)
    settings.setFormat(fmt)
    if QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.PolygonGeometry:
        settings.placement = QgsPalLayerSettings.OverPoint
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def read_catalog(gpkg):
    """Rows of ``layer_catalog`` as dicts, and the set of tables in the GeoPackage."""
    try:
        con = sqlite3.connect("file:{}?mode=ro".format(gpkg), uri=True)
    except sqlite3.Error as exc:
        raise QgsProcessingException(tr("Cannot open the GeoPackage '{}': {}").format(gpkg, exc)) from exc
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type IN ('table','view')")}
        if "layer_catalog" not in tables:
            raise QgsProcessingException(tr(
                "'{}' has no layer_catalog table: it is not a planning GeoPackage. Run the planning "
                "steps (or scripts/demo.py) first.").format(gpkg))
        rows = con.execute("SELECT layer, kind, title_zh, title_en, algorithm, location FROM layer_catalog")
        catalog = {r[0]: dict(zip(("layer", "kind", "title_zh", "title_en", "algorithm", "location"), r))
                   for r in rows}
    except sqlite3.Error as exc:
        raise QgsProcessingException(tr("Cannot read the GeoPackage '{}': {}").format(gpkg, exc)) from exc
    finally:
        con.close()
    return catalog, tables


def _num(v):
    if v is None or v == "":
        return ""
    try:
        return "{:g}".format(round(float(v), 2))
    except (TypeError, ValueError):
        return str(v)


def indicator_rows(gpkg, tables, catalog):
    """(source table, header, rows) of the indicator table page, or None when no targets exist.

    ``eco_indicators`` (written by the indicator-targets dialog) first; else the target
    decomposition table ``unit_targets`` of the targets algorithms.
    """
    con = sqlite3.connect("file:{}?mode=ro".format(gpkg), uri=True)
    try:
        if "eco_indicators" in tables:
            cols = {r[1] for r in con.execute('PRAGMA table_info("eco_indicators")')}
            want = ["dimension", "name_zh", "unit", "type", "base", "t2025", "t2030", "t2035"]
            sel = ", ".join('"{}"'.format(c) if c in cols else "NULL" for c in want)
            order = ' ORDER BY "position"' if "position" in cols else ""
            rows = []
            for r in con.execute('SELECT {} FROM "eco_indicators"{}'.format(sel, order)):
                dim = T.DIMENSIONS.get(r[0], (r[0] or "",))[0]
                typ = T.TYPES.get(r[3], (r[3] or "",))[0]
                rows.append([str(dim), str(r[1] or ""), str(r[2] or ""), str(typ)] + [_num(v) for v in r[4:]])
            if rows:
                header = ["维度", "指标名称", "单位", "指标属性", "基期值 (2020)", "2025 年", "2030 年", "2035 年"]
                return "eco_indicators", header, rows
        if "unit_targets" in tables and "unit_targets" in catalog:
            cols = {r[1] for r in con.execute('PRAGMA table_info("unit_targets")')}
            if {"unit_key", "indicator", "target"} <= cols:
                rows = [[str(r[0] or ""), str(r[1] or ""), _num(r[2])] for r in con.execute(
                    'SELECT unit_key, indicator, target FROM "unit_targets" ORDER BY indicator, fid')]
                if rows:
                    return "unit_targets", ["单元", "指标", "目标值"], rows
    except sqlite3.Error:
        return None
    finally:
        con.close()
    return None


def safe_name(text):
    return re.sub(r'[\\/:*?"<>|\s]+', "_", str(text)).strip("_")[:60] or "page"


class AtlasExport(EcoRestoreAlgorithm):
    NAME = "atlasexport"
    GROUP = "targets"
    DISPLAY = "Planning atlas PDF (规划图集)"
    HELP = (
        "Exports the planning atlas as one multi-page PDF: a contents page, one page per selected map "
        "in the order of METHODS.md section 6 (location, current land use, ecosystem types, protection "
        "importance and the single-service maps, vulnerability, ecological problems, ecological security "
        "pattern, restoration zoning, key projects, land consolidation potential, near-term projects) and "
        "the indicator table when targets exist. Each map is laid out from a template (built-in A3/A4 "
        "landscape/portrait, a .qpt file of yours, or a layout of the current project, which is cloned and "
        "never changed) whose items are found by id: title, map_title, map_number, organisation, date, "
        "main_map, inset_map, legend, scalebar, north_arrow, notes, sources. With a coverage layer "
        "(e.g. townships) each map gets one page per feature through the QGIS atlas. Layers come from "
        "the layer_catalog table of the planning GeoPackage and the styled rasters beside it; maps whose "
        "layers are missing are listed as skipped. Optionally writes one PNG and/or PDF per map. "
        "See METHODS.md section 6.")
    TAGS = "atlas,pdf,map,layout,template,qpt,规划图集,图件,模板"
    PLANNING, RASTERS, TITLE, ORG, PAPER, MAPS, OUTPUT = (
        "PLANNING_GPKG", "RASTER_FOLDER", "TITLE", "ORGANISATION", "PAPER", "MAPS", "OUTPUT")
    TEMPLATE, LAYOUT, COVERAGE, COVERAGE_FIELD = "TEMPLATE", "LAYOUT", "COVERAGE", "COVERAGE_FIELD"
    EXPORT_FOLDER, EXPORT_FORMAT, DPI, INDICATORS = "EXPORT_FOLDER", "EXPORT_FORMAT", "DPI", "INDICATORS"

    def flags(self):
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterFile(self.PLANNING, tr("Planning GeoPackage"),
                                       QgsProcessingParameterFile.File, "gpkg")
        p.setHelp(tr("planning.gpkg with its layer_catalog table."))
        self.addParameter(p)
        p = QgsProcessingParameterFile(self.RASTERS, tr("Raster folder"), QgsProcessingParameterFile.Folder,
                                       optional=True)
        p.setHelp(tr("Folder of the styled rasters (default: the rasters folder beside the GeoPackage)."))
        self.addParameter(p)
        p = QgsProcessingParameterString(self.TITLE, tr("Plan name"), DEFAULT_TITLE)
        p.setHelp(tr("Printed in the title block of every page and on the contents page."))
        self.addParameter(p)
        p = QgsProcessingParameterString(self.ORG, tr("Organisation"), "", optional=True)
        p.setHelp(tr("The organisation preparing the plan (编制单位), printed on every page."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(self.PAPER, tr("Paper"), [tr(x[0]) for x in PAPERS], defaultValue=0)
        p.setHelp(tr("Paper size and orientation of the built-in template (ignored with a template or layout)."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(self.MAPS, tr("Maps"), [tr(m.label) for m in MAPS], allowMultiple=True,
                                       defaultValue=list(range(len(MAPS))), optional=True)
        p.setHelp(tr("Maps to include (default: all). Pages follow the order of METHODS.md section 6 "
                     "whatever the order chosen here."))
        self.addParameter(p)
        p = QgsProcessingParameterFile(self.TEMPLATE, tr("Layout template (.qpt)"),
                                       QgsProcessingParameterFile.File, "qpt", optional=True)
        p.setHelp(tr("A QGIS layout template for the map pages; items are filled by id (main_map, legend, "
                     "map_title, ...). Default: the built-in template of the chosen paper."))
        self.addParameter(p)
        p = QgsProcessingParameterString(self.LAYOUT, tr("Layout of the current project to use as template"),
                                         optional=True)
        p.setHelp(tr("Name of a print layout of the current project. It is cloned into a new layout for "
                     "each map and never changed. Takes precedence over the template file."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(self.COVERAGE, tr("Coverage layer (one page per feature)"),
                                                [QgsProcessing.TypeVectorPolygon], optional=True)
        p.setHelp(tr("Polygons such as townships: each map gets one page per feature (QGIS atlas), its title "
                     "suffixed by the feature's name. Default: one page per map for the whole region."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.COVERAGE_FIELD, tr("Coverage name field"),
                                        parentLayerParameterName=self.COVERAGE, optional=True)
        p.setHelp(tr("Field naming each coverage feature in the page title (default: 'name' when present)."))
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(self.INDICATORS, tr("Add the indicator table page"), True)
        p.setHelp(tr("Adds the indicator table when the GeoPackage holds targets (table eco_indicators "
                     "written by the indicator-targets dialog, else the target decomposition table)."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(self.EXPORT_FORMAT, tr("Per-map file format"),
                                       [tr(x) for x in EXPORT_FORMATS], defaultValue=0)
        p.setHelp(tr("Format of the per-map files written to the export folder."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.DPI, tr("Resolution (dpi)"), QgsProcessingParameterNumber.Integer,
                                         150, minValue=50, maxValue=600)
        p.setHelp(tr("Resolution of the PDF's raster content and of the PNG files."))
        self.addParameter(p)
        p = QgsProcessingParameterFileDestination(self.OUTPUT, tr("Atlas PDF"), tr("PDF files (*.pdf)"))
        p.setHelp(tr("The multi-page atlas PDF."))
        self.addParameter(p)
        p = QgsProcessingParameterFolderDestination(self.EXPORT_FOLDER, tr("Per-map files folder"), optional=True,
                                                    createByDefault=False)
        p.setHelp(tr("When given, one file per map page (PNG, PDF or both) is also written here."))
        self.addParameter(p)

    # -- layers -------------------------------------------------------------------------------
    def _load(self, name, catalog, tables, gpkg, raster_dir):
        """A valid layer for catalogue name ``name`` or None."""
        entry = catalog.get(name)
        kind = entry["kind"] if entry else None
        if kind in (None, "raster"):
            candidates = [os.path.join(raster_dir, name + ".tif")]
            if entry and entry.get("location"):
                candidates.append(os.path.join(os.path.dirname(gpkg), entry["location"]))
            for tif in candidates:
                if os.path.isfile(tif):
                    lyr = QgsRasterLayer(tif, name, "gdal")
                    if not lyr.isValid():
                        continue
                    qml = os.path.splitext(tif)[0] + ".qml"
                    if os.path.exists(qml):
                        lyr.loadNamedStyle(qml)
                        lyr.setCustomProperty("ecorestore/styled", True)
                    return lyr
        if kind in (None, "vector") and name in tables:
            # layers come from a private copy: QGIS opens a GeoPackage for update and switches it to WAL,
            # which would change the user's planning.gpkg (inputs stay byte-identical)
            source = getattr(self, "_vector_gpkg", None) or gpkg
            lyr = QgsVectorLayer("{}|layername={}".format(source, name), name, "ogr")
            if not lyr.isValid() or lyr.featureCount() <= 0:
                return None
            style_vector(lyr, name)
            return lyr
        return None

    def _names(self, alt, catalog, raster_dir):
        """Concrete names for an alternative ('*' patterns match catalogue and raster-folder names)."""
        if "*" not in alt:
            return [alt]
        names = set(catalog)
        if os.path.isdir(raster_dir):
            names |= {os.path.splitext(f)[0] for f in os.listdir(raster_dir) if f.endswith(".tif")}
        return sorted(n for n in names if fnmatch.fnmatch(n, alt))

    def _resolve(self, spec, ctx):
        """(layers bottom to top, missing required names, missing optional names)."""
        layers, missing, missing_opt = [], [], []
        for entry in spec.layers:
            alts = entry if isinstance(entry, tuple) else (entry,)
            optional = alts[0].startswith("?")
            alts = tuple(a.lstrip("?") for a in alts)
            candidates = (self._load(name, ctx["catalog"], ctx["tables"], ctx["gpkg"], ctx["raster_dir"])
                          for alt in alts for name in self._names(alt, ctx["catalog"], ctx["raster_dir"]))
            lyr = next((c for c in candidates if c is not None), None)
            if lyr is None:
                (missing_opt if optional else missing).append(alts[0])
            else:
                layers.append(lyr)
        if spec.special in ("landuse", "ecosystem") and layers and isinstance(layers[0], QgsRasterLayer):
            src = layers[0]
            keep_style = src.customProperty("ecorestore/styled", False) and (
                spec.special == "landuse" or src.name() == "ecosystem_types")
            if not keep_style:
                title = "土地利用现状（三调一级类）" if spec.special == "landuse" else "生态系统类型"
                lyr, path = A.reclassified_layer(src.source(), spec.special, title, ctx["tmp"])
                if lyr is not None:
                    lyr.setCustomProperty("ecorestore/title", title)
                    lyr.setCustomProperty("ecorestore/source", src.name())
                    layers[0] = lyr
        if spec.landuse and not layers:
            for name in LANDUSE_BASE:
                lyr = self._load(name, ctx["catalog"], ctx["tables"], ctx["gpkg"], ctx["raster_dir"])
                if lyr is not None:
                    layers.append(lyr)
            missing = [] if layers else list(LANDUSE_NAMES[:1]) + LANDUSE_BASE
        if spec.special == "nearterm" and layers:
            lyr = layers[0]
            if lyr.fields().lookupField("period") < 0:
                missing.append("project_library.period")
            else:
                lyr.setSubsetString("\"period\" = '{}'".format(NEAR_TERM))
                if lyr.featureCount() <= 0:
                    missing.append("project_library ({} = {})".format("period", NEAR_TERM))
                categorize(lyr, "type_name")
        if spec.special == "location" and layers:
            base = layers[0]
            categorize(base, "name")
            if base.fields().lookupField("name") >= 0:
                label_layer(base, "name", ctx["font"])
        if not layers and not missing:
            missing = missing_opt
            missing_opt = []
        return layers, missing, missing_opt

    # -- pages ----------------------------------------------------------------------------------
    def _template(self, parameters, context, paper_key, feedback):
        """(template document, description) from LAYOUT, TEMPLATE or the built-in template."""
        layout_name = (self.parameterAsString(parameters, self.LAYOUT, context) or "").strip()
        tpl = self.parameterAsFile(parameters, self.TEMPLATE, context)
        if layout_name:
            if tpl:
                feedback.pushWarning(tr("Both a layout and a template file are given: the layout '{}' is used.")
                                     .format(layout_name))
            src_project = context.project() or QgsProject.instance()
            src = src_project.layoutManager().layoutByName(layout_name) if src_project is not None else None
            if src is None:
                names = [lay.name() for lay in src_project.layoutManager().layouts()] if src_project else []
                raise QgsProcessingException(tr(
                    "The current project has no layout named '{}'. Layouts: {}. Give an existing name or "
                    "leave the layout empty.").format(layout_name, ", ".join(names) or tr("none")))
            return A.layout_document(src), tr("layout '{}'").format(layout_name)
        if tpl:
            return A.read_template(tpl), "'{}'".format(tpl)
        path = A.template_path(paper_key)
        return A.read_template(path), "'{}'".format(path)

    def _fill_map(self, layout, items, page, ctx):
        """Fill the template items of one map page (whole region)."""
        spec, layers = page["spec"], page["layers"]
        county, cov = ctx["county"], ctx["coverage"]

        def set_text(item_id, text):
            item = items.get(item_id)
            if isinstance(item, QgsLayoutItemLabel):
                item.setText(text)

        set_text("title", ctx["title"])
        set_text("map_title", spec.title)
        set_text("map_number", tr("Map {}").format(page["number"]))
        set_text("organisation", ctx["org"])
        set_text("date", ctx["today"])
        notes = [tr("Coordinate system: {}").format(ctx["crs"].description() or ctx["crs"].authid())]
        if page["missing_opt"]:
            notes.append(tr("Not shown (layer missing): {}").format(", ".join(page["missing_opt"])))
        set_text("notes", "\n".join(notes))
        set_text("sources", tr("Data source: {} ({})").format(os.path.basename(ctx["gpkg"]),
                                                              ", ".join(page["sources"]) or "-"))
        main = items["main_map"]
        main.setCrs(ctx["crs"])
        map_layers = ([cov] if cov is not None else []) + ([county] if county is not None else []) + \
            list(reversed(layers))
        main.setLayers(map_layers)
        main.setKeepLayerSet(True)
        ext = ctx["extent"]
        main.zoomToExtent(ext.buffered(max(ext.width(), ext.height()) * 0.03))
        inset = items.get("inset_map")
        if isinstance(inset, QgsLayoutItemMap) and inset is not main:
            inset.setCrs(ctx["crs"])
            inset.setLayers([lyr for lyr in (county, ctx["inset_base"]) if lyr is not None])
            inset.setKeepLayerSet(True)
            iext = ctx["inset_extent"]
            inset.zoomToExtent(iext.buffered(max(iext.width(), iext.height()) * 0.05))
            inset.overview().setLinkedMap(main)
            inset.overview().setEnabled(True)
        legend = items.get("legend")
        if isinstance(legend, QgsLayoutItemLegend):
            legend.setAutoUpdateModel(False)
            legend.setLinkedMap(main)
            root = legend.model().rootGroup()
            root.removeAllChildren()
            for lyr in list(reversed(layers)) + ([county] if county is not None else []):
                node = root.addLayer(lyr)
                if isinstance(lyr, QgsRasterLayer):
                    A.drop_band_legend_node(legend.model(), node)
            entries = len(A.legend_labels(legend))
            if entries > 22:
                legend.setColumnCount(2)
                legend.setSplitLayer(True)
            legend.adjustBoxSize()
        self._refresh_scale(items)

    @staticmethod
    def _refresh_scale(items):
        main = items["main_map"]
        A.set_graticule(main, main.layout().project())
        bar = items.get("scalebar")
        if isinstance(bar, QgsLayoutItemScaleBar):
            bar.setLinkedMap(main)
            if "_bar_width" not in items:
                try:
                    width = float(bar.customProperty("ecorestore_width_mm", 50.0))
                except (TypeError, ValueError):
                    width = 50.0
                items["_bar_width"] = max(20.0, width * 0.9)
            A.set_scalebar(bar, main, items["_bar_width"])

    def _contents_layout(self, project, size, ctx, entries, skipped):
        w, h = size
        layout = A.new_page_layout(project, w, h, tr("Contents"))
        font, m = ctx["font"], 15.0
        A.add_label(layout, ctx["title"], (m, m, w - 2 * m, 18), font, 22, True, Qt.AlignHCenter)
        A.add_label(layout, tr("Planning atlas — contents"), (m, m + 20, w - 2 * m, 10), font, 14,
                    align=Qt.AlignHCenter)
        lines = [tr("{:>2}. {}  (page {})").format(i + 1, t, p) for i, (t, p) in enumerate(entries)]
        if skipped:
            lines.append("")
            lines.append(tr("Skipped (layers missing):"))
            lines += ["    {}: {}".format(t, ", ".join(miss)) for t, miss in skipped]
        size_pt = 12 if len(lines) <= 28 else 9
        A.add_label(layout, "\n".join(lines), (m + 10, m + 36, w - 2 * m - 20, h - 2 * m - 56), font, size_pt,
                    valign=Qt.AlignTop)
        A.add_label(layout, "{}    {}".format(ctx["org"], ctx["today"]).strip(), (m, h - m - 10, w - 2 * m, 8),
                    font, 10, align=Qt.AlignHCenter)
        return layout

    def _indicator_layout(self, project, size, ctx, table):
        source, header, rows = table
        w, h = size
        layout = A.new_page_layout(project, w, h, INDICATOR_TITLE)
        font, m = ctx["font"], 15.0
        A.add_label(layout, ctx["title"], (m, m, w - 2 * m, 10), font, 13, True, Qt.AlignHCenter)
        A.add_label(layout, INDICATOR_TITLE, (m, m + 10, w - 2 * m, 12), font, 20, True, Qt.AlignHCenter)
        A.add_label(layout, tr("Data source: {} ({})").format(os.path.basename(ctx["gpkg"]), source),
                    (m, h - m - 8, w - 2 * m, 7), font, 8)
        tab = QgsLayoutItemManualTable.create(layout)
        layout.addMultiFrame(tab)
        tab.setContentTextFormat(A.text_format(font, 9))
        tab.setHeaderTextFormat(A.text_format(font, 9, True))
        tab.setIncludeTableHeader(True)
        columns = []
        col_w = (w - 2 * m) / len(header) - 2 * tab.cellMargin()
        for text in header:
            col = QgsLayoutTableColumn(text)
            col.setWidth(col_w)
            columns.append(col)
        tab.setHeaders(columns)
        tab.setColumnWidths([col_w] * len(header))
        tab.setTableContents([[QgsTableCell(v) for v in r] for r in rows])
        tab.setResizeMode(QgsLayoutMultiFrame.RepeatUntilFinished)
        frame = QgsLayoutFrame(layout, tab)
        frame.attemptMove(QgsLayoutPoint(m, m + 28, A.MM))
        frame.attemptResize(QgsLayoutSize(w - 2 * m, h - 2 * m - 40, A.MM))
        tab.addFrame(frame)
        tab.recalculateFrameSizes()
        return layout

    # -- run ------------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        gpkg = self.parameterAsFile(parameters, self.PLANNING, context)
        if not gpkg or not os.path.isfile(gpkg):
            raise QgsProcessingException(tr("Planning GeoPackage '{}' not found.").format(gpkg))
        gpkg = os.path.abspath(gpkg)
        raster_dir = self.parameterAsFile(parameters, self.RASTERS, context) or os.path.join(
            os.path.dirname(gpkg), "rasters")
        title = self.parameterAsString(parameters, self.TITLE, context) or DEFAULT_TITLE
        org = self.parameterAsString(parameters, self.ORG, context) or ""
        paper_idx = self.parameterAsEnum(parameters, self.PAPER, context)
        paper_key = A.PAPER_KEYS[paper_idx if 0 <= paper_idx < len(A.PAPER_KEYS) else 0]
        selected = self.parameterAsEnums(parameters, self.MAPS, context) or list(range(len(MAPS)))
        out = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not out:
            raise QgsProcessingException(tr("No output PDF given."))
        out = os.path.abspath(out)
        out_dir = os.path.dirname(out)
        if not os.path.isdir(out_dir) or not os.access(out_dir, os.W_OK):
            raise QgsProcessingException(tr(
                "The output folder '{}' does not exist or is not writable; choose another location."
            ).format(out_dir))
        export_dir = self.parameterAsFileOutput(parameters, self.EXPORT_FOLDER, context) or ""
        fmt = self.parameterAsEnum(parameters, self.EXPORT_FORMAT, context)
        dpi = max(50, min(600, self.parameterAsInt(parameters, self.DPI, context) or 150))
        if export_dir:
            try:
                os.makedirs(export_dir, exist_ok=True)
            except OSError as exc:
                raise QgsProcessingException(tr("Cannot create the export folder '{}': {}").format(
                    export_dir, exc)) from exc
            if not os.access(export_dir, os.W_OK):
                raise QgsProcessingException(tr(
                    "The export folder '{}' is not writable; choose another location.").format(export_dir))
        catalog, tables = read_catalog(gpkg)

        project = QgsProject()
        doc, where = self._template(parameters, context, paper_key, feedback)
        probe = A.layout_from_document(doc, project, where=where)   # fails here, before writing anything
        page_size = A.page_size_mm(probe)
        probe_items = A.find_items(probe)
        missing_ids = [i for i in A.ITEM_IDS if i not in probe_items]
        if missing_ids:
            feedback.pushInfo(tr("The template {} has no item(s) {}: they are left out.").format(
                where, ", ".join(missing_ids)))
        del probe, probe_items

        font = atlas_font()
        if font != FONTS[0]:
            feedback.pushWarning(tr("Font '{}' is not installed; using '{}'.").format(FONTS[0], font))
        tmp_dir = tempfile.mkdtemp(prefix="ecorestore_atlas_")
        self._vector_gpkg = os.path.join(tmp_dir, "planning_readonly.gpkg")
        for suffix in ("", "-wal"):
            if os.path.exists(gpkg + suffix):
                shutil.copyfile(gpkg + suffix, self._vector_gpkg + suffix)
        ctx = {"catalog": catalog, "tables": tables, "gpkg": gpkg, "raster_dir": raster_dir, "tmp": tmp_dir,
               "font": font, "title": title, "org": org, "today": datetime.date.today().isoformat()}
        tmp_pdf = os.path.join(out_dir, ".{}.{}.pdf.tmp".format(os.path.basename(out), uuid.uuid4().hex[:8]))
        written = []
        try:
            result = self._run(parameters, context, feedback, ctx, project, doc, where, page_size, selected,
                               tmp_pdf, out, export_dir, fmt, dpi, written)
        except BaseException:
            for path in written:
                if os.path.exists(path):
                    os.remove(path)
            raise
        finally:
            if os.path.exists(tmp_pdf):
                os.remove(tmp_pdf)
            project.removeAllMapLayers()
            shutil.rmtree(tmp_dir, ignore_errors=True)
        return result

    def _run(self, parameters, context, feedback, ctx, project, doc, where, page_size, selected, tmp_pdf, out,
             export_dir, fmt, dpi, written):
        catalog = ctx["catalog"]
        county = self._load("base_county", catalog, ctx["tables"], ctx["gpkg"], ctx["raster_dir"])
        if county is not None:
            county.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
                {"style": "no", "outline_color": "0,0,0", "outline_width": "0.6"})))
            county.setName(catalog.get("base_county", {}).get("title_zh") or "县域边界")
        else:
            feedback.pushWarning(tr("No base_county layer: maps are drawn without the county outline."))
        inset_base = self._load("base_townships", catalog, ctx["tables"], ctx["gpkg"], ctx["raster_dir"])
        if inset_base is not None:
            inset_base.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
                {"color": "#eeeeee", "outline_color": "#9a9a9a", "outline_width": "0.15"})))
        ctx["county"], ctx["inset_base"] = county, inset_base

        # Resolve the layers of each selected map, in the atlas order.
        order = sorted(set(selected), key=lambda i: (MAPS[i].order, i))
        pages, skipped, keep = [], [], [lyr for lyr in (county, inset_base) if lyr is not None]
        for idx in order:
            self.check_cancel(feedback)
            spec = MAPS[idx]
            layers, missing, missing_opt = self._resolve(spec, ctx)
            if missing:
                skipped.append((spec.title, missing))
                feedback.pushWarning(tr("Map '{}' skipped: layer(s) {} missing.").format(
                    spec.title, ", ".join(missing)))
                continue
            if missing_opt:
                feedback.pushInfo(tr("Map '{}': layer(s) {} missing, drawn without them.").format(
                    spec.title, ", ".join(missing_opt)))
            names = [lyr.customProperty("ecorestore/source", "") or lyr.name() for lyr in layers]
            sources = [catalog.get(n, {}).get("algorithm") or n for n in names]
            for lyr, name in zip(layers, names):
                entry = catalog.get(name)
                custom = lyr.customProperty("ecorestore/title", "")
                if custom:
                    lyr.setName(custom)
                elif entry and entry.get("title_zh"):
                    lyr.setName(entry["title_zh"])
            keep.extend(layers)
            pages.append({"spec": spec, "layers": layers, "missing_opt": missing_opt,
                          "sources": sorted(set(sources), key=sources.index)})
        if not pages:
            raise QgsProcessingException(tr(
                "None of the selected maps has its layers in '{}'; nothing to export.").format(ctx["gpkg"]))
        for lyr in keep:
            project.addMapLayer(lyr, False)
        crs = county.crs() if county is not None else pages[0]["layers"][0].crs()
        project.setCrs(crs)
        ctx["crs"] = crs
        extent = county.extent() if county is not None else None
        if extent is None:
            extent = pages[0]["layers"][0].extent()
            for p in pages:
                for lyr in p["layers"]:
                    if lyr.crs() == crs:
                        extent.combineExtentWith(lyr.extent())
        ctx["extent"] = extent
        ctx["inset_extent"] = inset_base.extent() if inset_base is not None else extent
        if inset_base is not None and county is not None:
            ctx["inset_extent"].combineExtentWith(county.extent())

        # Coverage: one page per feature per map (QGIS atlas).
        cov, field = None, ""
        source = self.parameterAsSource(parameters, self.COVERAGE, context)
        if source is not None:
            # check before materialising: a layer kept alive by an exception's traceback outlives QGIS
            # and crashes the interpreter at exit
            field = self.parameterAsString(parameters, self.COVERAGE_FIELD, context) or ""
            problem = None
            if next(iter(source.getFeatures(QgsFeatureRequest().setLimit(1))), None) is None:
                problem = tr("The coverage layer has no features: give a polygon layer with at least one feature, "
                             "or no coverage layer for one page per map.")
            elif field and source.fields().lookupField(field) < 0:
                problem = tr("The coverage layer has no field '{}'.").format(field)
            if problem:
                source = None
                raise QgsProcessingException(problem)
            req = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
            cov = source.materialize(req, feedback)
            source = None
            if cov is None or cov.featureCount() <= 0:
                cov = None
                raise QgsProcessingException(tr("The coverage layer cannot drive the atlas."))
            if not field and cov.fields().lookupField("name") >= 0:
                field = "name"
            cov.setName(tr("Coverage"))
            cov.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
                {"style": "no", "outline_color": "80,80,80", "outline_width": "0.4", "outline_style": "dash"})))
            project.addMapLayer(cov, False)
        ctx["coverage"] = cov
        per_map = cov.featureCount() if cov is not None else 1

        table = None
        if self.parameterAsBool(parameters, self.INDICATORS, context):
            table = indicator_rows(ctx["gpkg"], ctx["tables"], catalog)
        ind_layout = self._indicator_layout(project, page_size, ctx, table) if table else None
        n_ind = ind_layout.pageCollection().pageCount() if ind_layout is not None else 0

        entries = []
        next_page = 2
        for i, p in enumerate(pages):
            p["number"] = i + 1
            entries.append((p["spec"].title, next_page if per_map == 1 else "{}-{}".format(
                next_page, next_page + per_map - 1)))
            next_page += per_map
        if ind_layout is not None:
            entries.append((INDICATOR_TITLE, next_page))
        contents = self._contents_layout(project, page_size, ctx, entries, skipped)
        total = 1 + per_map * len(pages) + n_ind
        done = 0

        book = A.PdfBook(tmp_pdf, dpi)
        try:
            book.add_layout(contents)
            done += 1
            feedback.setProgress(100.0 * done / total)
            for p in pages:
                self.check_cancel(feedback)
                layout = A.layout_from_document(doc, project, name=p["spec"].title, where=where)
                A.fix_fonts(layout, ctx["font"])
                items = A.find_items(layout)
                self._fill_map(layout, items, p, ctx)
                base_name = "{:02d}_{}".format(p["number"], p["spec"].key)
                if cov is None:
                    book.add_page(layout, 0)
                    self._export_files(layout, export_dir, base_name, fmt, dpi, written)
                    done += 1
                    feedback.setProgress(100.0 * done / total)
                    continue
                atlas = layout.atlas()
                atlas.setCoverageLayer(cov)
                atlas.setEnabled(True)
                atlas.setHideCoverage(False)
                label = "@atlas_featurenumber"
                if field:
                    label = QgsExpression.quotedColumnRef(field)
                    atlas.setPageNameExpression(label)
                    atlas.setSortFeatures(True)
                    atlas.setSortExpression(label)
                main = items["main_map"]
                main.setAtlasDriven(True)
                main.setAtlasScalingMode(QgsLayoutItemMap.Auto)
                main.setAtlasMargin(0.08)
                map_title = items.get("map_title")
                if isinstance(map_title, QgsLayoutItemLabel):
                    map_title.setText("{} — [% {} %]".format(p["spec"].title, label))
                if not atlas.beginRender():
                    raise QgsProcessingException(tr("The coverage layer cannot drive the atlas."))
                try:
                    for k in range(atlas.count()):
                        self.check_cancel(feedback)
                        atlas.seekTo(k)
                        self._refresh_scale(items)
                        book.add_page(layout, 0)
                        name = "{}_{:02d}_{}".format(base_name, k + 1, safe_name(atlas.nameForPage(k) or k + 1))
                        self._export_files(layout, export_dir, name, fmt, dpi, written)
                        done += 1
                        feedback.setProgress(100.0 * done / total)
                finally:
                    atlas.endRender()
            if ind_layout is not None:
                self.check_cancel(feedback)
                book.add_layout(ind_layout)
                done += n_ind
        finally:
            book.close()
        self.check_cancel(feedback)
        if not os.path.exists(tmp_pdf) or os.path.getsize(tmp_pdf) == 0:
            raise QgsProcessingException(tr("Exporting the atlas PDF failed: no file was written."))
        os.replace(tmp_pdf, out)
        feedback.setProgress(100)
        feedback.pushInfo(tr("Atlas written: {} ({} maps, {} skipped).").format(out, len(pages), len(skipped)))
        return {self.OUTPUT: out, "PAGES": book.pages, "SKIPPED": [t for t, _m in skipped], "FILES": list(written),
                self.EXPORT_FOLDER: export_dir or None}

    @staticmethod
    def _export_files(layout, folder, name, fmt, dpi, written):
        if not folder:
            return
        if fmt in (0, 2):
            written.append(A.export_png(layout, os.path.join(folder, name + ".png"), dpi))
        if fmt in (1, 2):
            written.append(A.export_pdf(layout, os.path.join(folder, name + ".pdf"), dpi))
