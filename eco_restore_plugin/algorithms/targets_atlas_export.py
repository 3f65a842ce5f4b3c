"""Planning atlas (规划图集): a multi-page PDF of the standard maps of a planning folder.

Reads ``planning.gpkg`` (its ``layer_catalog`` table) and the styled rasters beside it, lays out one
page per map (title block, map, legend, scale bar, north arrow, data-source note) after a contents
page, and exports everything once into one PDF (written to a temporary file, then renamed).
"""
import datetime
import os
import sqlite3
import uuid

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsWkbTypes,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemScaleBar,
    QgsLegendStyle,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProject,
    QgsRasterLayer,
    QgsRenderContext,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase

from ..i18n import tr, tr_noop
from .base import EcoRestoreAlgorithm

#: Preferred Chinese font and fallbacks (the first installed one is used).
FONTS = ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei",
         "SimHei", "Sans Serif")

#: Map catalogue: (key, label in the dialog, title printed on the page, layers in drawing order
#: bottom to top; a tuple lists alternatives, the first present is used). "base:" = base layers only.
MAPS = [
    ("landuse", tr_noop("Current land use (用地现状图)"), "用地现状图",
     [("landuse", "land_use", "landuse_2020", "sample_landuse")], True),
    ("protection", tr_noop("Ecological protection importance (生态保护重要性评价图)"),
     "生态保护重要性评价图", ["protection_importance"], False),
    ("water", tr_noop("Water conservation importance (水源涵养重要性)"), "水源涵养重要性评价图",
     ["water_conservation_importance"], False),
    ("soil", tr_noop("Soil and water conservation importance (水土保持重要性)"), "水土保持重要性评价图",
     ["soil_conservation_importance"], False),
    ("habitat", tr_noop("Habitat quality (生境质量)"), "生境质量评价图", ["habitat_quality"], False),
    ("zones", tr_noop("Restoration zoning (生态修复分区图)"), "生态修复分区图", ["restoration_zones"], False),
    ("projects", tr_noop("Key projects (重点工程布局图)"), "重点工程布局图", ["project_library"], False),
    ("consolidation", tr_noop("Land consolidation potential (土地综合整治潜力分布图)"),
     "土地综合整治潜力分布图", ["consolidation_zoning"], False),
]

#: Base layers drawn on the land-use map when no land-use raster is catalogued (bottom to top).
LANDUSE_BASE = ["base_townships", "base_basic_farmland", "base_urban_boundary", "base_red_line",
                "base_rivers", "base_roads", "base_settlements"]

#: Fixed styles of base layers on the land-use map (QGIS simple-symbol properties).
BASE_STYLES = {
    "base_townships": {"color": "#f3eedc", "outline_color": "#9a9a9a", "outline_width": "0.2"},
    "base_basic_farmland": {"color": "#f2d16b", "outline_style": "no"},
    "base_urban_boundary": {"color": "#e8a0a0", "outline_color": "#c0504d", "outline_width": "0.3"},
    "base_red_line": {"color": "#9fd39f", "outline_color": "#2e8b57", "outline_width": "0.3"},
    "base_rivers": {"color": "#3b8fd9", "width": "0.4"},
    "base_roads": {"color": "#8c6d46", "width": "0.35"},
    "base_settlements": {"name": "circle", "color": "#c0504d", "size": "1.2", "outline_style": "no"},
}

#: Fields used to colour unstyled vector layers by category (first present with 1..20 values).
CATEGORY_FIELDS = ("zone_name", "type_name", "ctype_name", "zone_type", "grade_n", "name")
PALETTE = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666",
           "#8dd3c7", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5", "#bc80bd", "#ccebc5",
           "#ffed6f", "#bebada", "#d9d9d9", "#ffffb3"]


def simple_symbol(layer, props):
    gtype = QgsWkbTypes.geometryType(layer.wkbType())
    if gtype == QgsWkbTypes.PolygonGeometry:
        return QgsFillSymbol.createSimple(props)
    if gtype == QgsWkbTypes.LineGeometry:
        return QgsLineSymbol.createSimple(props)
    return QgsMarkerSymbol.createSimple(props)


def style_vector(layer, name):
    """A readable default style: fixed for base layers, categories for unstyled result layers."""
    if name in BASE_STYLES:
        layer.setRenderer(QgsSingleSymbolRenderer(simple_symbol(layer, BASE_STYLES[name])))
        return
    if not isinstance(layer.renderer(), QgsSingleSymbolRenderer):
        return  # styled in the GeoPackage
    for field in CATEGORY_FIELDS:
        idx = layer.fields().lookupField(field)
        if idx < 0:
            continue
        values = sorted({v for v in layer.uniqueValues(idx) if v is not None and str(v) not in ("", "NULL")},
                        key=str)
        if not 1 <= len(values) <= len(PALETTE):
            continue
        cats = []
        for i, v in enumerate(values):
            sym = QgsSymbol.defaultSymbol(layer.geometryType())
            sym.setColor(QColor(PALETTE[i]))
            cats.append(QgsRendererCategory(v, sym, str(v)))
        layer.setRenderer(QgsCategorizedSymbolRenderer(field, cats))
        return


PAPERS = [(tr_noop("A3 landscape"), 420.0, 297.0), (tr_noop("A4 landscape"), 297.0, 210.0),
          (tr_noop("A4 portrait"), 210.0, 297.0)]

DEFAULT_TITLE = "示例县国土空间生态修复规划"


def atlas_font():
    """The first installed font of :data:`FONTS` (family name)."""
    families = set(QFontDatabase().families())
    for name in FONTS:
        if name in families:
            return name
    return QFont().defaultFamily()


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


class AtlasExport(EcoRestoreAlgorithm):
    NAME = "atlasexport"
    GROUP = "targets"
    DISPLAY = "Planning atlas PDF (规划图集)"
    HELP = (
        "Exports a multi-page PDF atlas from a planning folder: a contents page, then one page per "
        "selected map (current land use, protection importance, water conservation and soil "
        "conservation importance, habitat quality, restoration zoning, key projects, land "
        "consolidation potential), each with title block, map, legend, scale bar, north arrow and "
        "data-source note. Layers are found through the layer_catalog table of the planning "
        "GeoPackage; rasters are read from the raster folder with their .qml styles. Maps whose "
        "layers are missing are listed as skipped. See METHODS.md section 6.")
    TAGS = "atlas,pdf,map,layout,规划图集,图件"
    PLANNING, RASTERS, TITLE, ORG, PAPER, MAPS, OUTPUT = (
        "PLANNING_GPKG", "RASTER_FOLDER", "TITLE", "ORGANISATION", "PAPER", "MAPS", "OUTPUT")

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
        self.addParameter(QgsProcessingParameterString(self.TITLE, tr("Plan name"), DEFAULT_TITLE))
        self.addParameter(QgsProcessingParameterString(self.ORG, tr("Organisation"), "", optional=True))
        self.addParameter(QgsProcessingParameterEnum(self.PAPER, tr("Paper"), [tr(p[0]) for p in PAPERS],
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.MAPS, tr("Maps"), [tr(m[1]) for m in MAPS], allowMultiple=True,
            defaultValue=list(range(len(MAPS))), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, tr("Atlas PDF"),
                                                                tr("PDF files (*.pdf)")))

    # -- layers -------------------------------------------------------------------------------
    def _load(self, name, catalog, tables, gpkg, raster_dir):
        """A valid layer for catalogue name ``name`` or None (with the source used)."""
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
                    return lyr
        if kind in (None, "vector") and name in tables:
            lyr = QgsVectorLayer("{}|layername={}".format(gpkg, name), name, "ogr")
            if not lyr.isValid() or lyr.featureCount() <= 0:
                return None
            style_vector(lyr, name)
            return lyr
        return None

    def process(self, parameters, context, feedback):
        gpkg = self.parameterAsFile(parameters, self.PLANNING, context)
        if not gpkg or not os.path.isfile(gpkg):
            raise QgsProcessingException(tr("Planning GeoPackage '{}' not found.").format(gpkg))
        gpkg = os.path.abspath(gpkg)
        raster_dir = self.parameterAsFile(parameters, self.RASTERS, context) or os.path.join(
            os.path.dirname(gpkg), "rasters")
        title = self.parameterAsString(parameters, self.TITLE, context) or DEFAULT_TITLE
        org = self.parameterAsString(parameters, self.ORG, context) or ""
        paper = PAPERS[self.parameterAsEnum(parameters, self.PAPER, context)]
        selected = self.parameterAsEnums(parameters, self.MAPS, context)
        if not selected:
            selected = list(range(len(MAPS)))
        out = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not out:
            raise QgsProcessingException(tr("No output PDF given."))
        out_dir = os.path.dirname(os.path.abspath(out))
        if not os.path.isdir(out_dir) or not os.access(out_dir, os.W_OK):
            raise QgsProcessingException(tr(
                "The output folder '{}' does not exist or is not writable; choose another location."
            ).format(out_dir))
        catalog, tables = read_catalog(gpkg)

        project = QgsProject()
        keep = []
        county = self._load("base_county", catalog, tables, gpkg, raster_dir)
        if county is not None:
            county.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
                {"style": "no", "outline_color": "0,0,0", "outline_width": "0.6"})))
            county.setName(catalog.get("base_county", {}).get("title_zh") or "县域边界")
            keep.append(county)
        else:
            feedback.pushWarning(tr("No base_county layer: maps are drawn without the county outline."))

        # Resolve the layers of each selected map.
        pages, skipped = [], []
        for idx in selected:
            key, label, map_title, names, is_landuse = MAPS[idx]
            layers, missing = [], []
            for name in names:
                alts = name if isinstance(name, tuple) else (name,)
                lyr = None
                for alt in alts:
                    lyr = self._load(alt, catalog, tables, gpkg, raster_dir)
                    if lyr is not None:
                        break
                if lyr is None:
                    missing.append(alts[0])
                else:
                    layers.append(lyr)
            if is_landuse and not layers:
                missing = []
                for name in LANDUSE_BASE:
                    lyr = self._load(name, catalog, tables, gpkg, raster_dir)
                    if lyr is not None:
                        layers.append(lyr)
                if not layers:
                    missing = ["landuse"] + LANDUSE_BASE
            if missing:
                skipped.append((map_title, missing))
                feedback.pushWarning(tr("Map '{}' skipped: layer(s) {} missing.").format(
                    map_title, ", ".join(missing)))
                continue
            sources = [catalog.get(lyr.name(), {}).get("algorithm") or lyr.name() for lyr in layers]
            for lyr in layers:
                entry = catalog.get(lyr.name())
                if entry and entry.get("title_zh"):
                    lyr.setName(entry["title_zh"])
            keep.extend(layers)
            pages.append((map_title, layers, sorted(set(sources), key=sources.index)))
        if not pages:
            raise QgsProcessingException(tr(
                "None of the selected maps has its layers in '{}'; nothing to export.").format(gpkg))
        for lyr in keep:
            project.addMapLayer(lyr, False)
        if county is not None:
            project.setCrs(county.crs())
        elif keep:
            project.setCrs(keep[0].crs())

        font = atlas_font()
        if font != FONTS[0]:
            feedback.pushWarning(tr("Font '{}' is not installed; using '{}'.").format(FONTS[0], font))
        layout = QgsPrintLayout(project)
        layout.setName(title)
        w, h = paper[1], paper[2]
        collection = layout.pageCollection()
        for _ in range(1 + len(pages)):
            page = QgsLayoutItemPage(layout)
            page.setPageSize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))
            collection.addPage(page)

        def label(text, x, y, width, height, size, page, bold=False, align=Qt.AlignLeft, valign=Qt.AlignVCenter):
            item = QgsLayoutItemLabel(layout)
            item.setText(text)
            f = QFont(font)
            f.setPointSizeF(size)
            f.setBold(bold)
            item.setFont(f)
            item.setHAlign(align)
            item.setVAlign(valign)
            layout.addLayoutItem(item)
            item.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutMillimeters))
            item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters), True, False, page)
            return item

        today = datetime.date.today().isoformat()
        m = 12.0  # margin, mm
        # Contents page.
        label(title, m, m, w - 2 * m, 18, 22, 0, bold=True, align=Qt.AlignHCenter)
        label(tr("Planning atlas — contents"), m, m + 20, w - 2 * m, 10, 14, 0, align=Qt.AlignHCenter)
        lines = [tr("{:>2}. {}  (page {})").format(i + 1, t, i + 2) for i, (t, _l, _s) in enumerate(pages)]
        if skipped:
            lines.append("")
            lines.append(tr("Skipped (layers missing):"))
            lines += ["    {}: {}".format(t, ", ".join(miss)) for t, miss in skipped]
        label("\n".join(lines), m + 10, m + 36, w - 2 * m - 20, h - 2 * m - 60, 12, 0, valign=Qt.AlignTop)
        label("{}    {}".format(org, today).strip(), m, h - m - 10, w - 2 * m, 8, 10, 0,
              align=Qt.AlignHCenter)

        extent = county.extent() if county is not None else pages[0][1][0].extent()
        for i, (map_title, layers, sources) in enumerate(pages):
            self.check_cancel(feedback)
            pg = i + 1
            label(title, m, m, w - 2 * m, 10, 14, pg, bold=True, align=Qt.AlignHCenter)
            label(map_title, m, m + 10, w - 2 * m, 10, 18, pg, bold=True, align=Qt.AlignHCenter)
            label(tr("Map {}").format(i + 1), w - m - 40, m + 10, 40, 10, 10, pg, align=Qt.AlignRight)
            legend_w = 60.0 if w > h else 0.0
            top = m + 24
            bottom = h - m - 22 - (50.0 if legend_w == 0 else 0.0)
            map_item = QgsLayoutItemMap(layout)
            map_item.setFrameEnabled(True)
            map_layers = ([county] if county is not None else []) + list(reversed(layers))
            map_item.setLayers(map_layers)
            map_item.setKeepLayerSet(True)
            if county is not None:
                map_item.setCrs(county.crs())
            layout.addLayoutItem(map_item)
            map_item.attemptResize(QgsLayoutSize(w - 2 * m - legend_w - (4 if legend_w else 0), bottom - top,
                                                 QgsUnitTypes.LayoutMillimeters))
            map_item.attemptMove(QgsLayoutPoint(m, top, QgsUnitTypes.LayoutMillimeters), True, False, pg)
            ext = extent.buffered(max(extent.width(), extent.height()) * 0.03)
            map_item.zoomToExtent(ext)

            label("N\n↑", m + 3, top + 3, 10, 14, 14, pg, bold=True, align=Qt.AlignHCenter)

            legend = QgsLayoutItemLegend(layout)
            legend.setTitle(tr("Legend"))
            legend.setAutoUpdateModel(False)
            legend.setLinkedMap(map_item)
            root = legend.model().rootGroup()
            root.removeAllChildren()
            for lyr in list(reversed(layers)) + ([county] if county is not None else []):
                root.addLayer(lyr)
            fmt = QgsTextFormat()
            qf = QFont(font)
            fmt.setFont(qf)
            fmt.setSize(9)
            for style in (QgsLegendStyle.Title, QgsLegendStyle.Group, QgsLegendStyle.Subgroup,
                          QgsLegendStyle.SymbolLabel):
                legend.rstyle(style).setFont(qf)
            layout.addLayoutItem(legend)
            legend.setFrameEnabled(True)
            legend.setResizeToContents(True)
            if legend_w:
                legend.attemptMove(QgsLayoutPoint(w - m - legend_w, top, QgsUnitTypes.LayoutMillimeters),
                                   True, False, pg)
            else:
                legend.attemptMove(QgsLayoutPoint(m, bottom + 3, QgsUnitTypes.LayoutMillimeters), True, False, pg)

            bar = QgsLayoutItemScaleBar(layout)
            bar.setStyle("Single Box")
            bar.setLinkedMap(map_item)
            bar.setUnits(QgsUnitTypes.DistanceKilometers)
            bar.setNumberOfSegments(3)
            bar.setNumberOfSegmentsLeft(0)
            bar.setUnitLabel("km")
            bar.setTextFormat(fmt)
            layout.addLayoutItem(bar)
            bar.applyDefaultSize(QgsUnitTypes.DistanceKilometers)
            bar.attemptMove(QgsLayoutPoint(m, h - m - 20, QgsUnitTypes.LayoutMillimeters), True, False, pg)

            note = tr("Data source: {} ({})").format(os.path.basename(gpkg), ", ".join(sources) or "-")
            label(note, m + 80, h - m - 18, w - 2 * m - 80, 7, 8, pg)
            block = "  |  ".join(s for s in (org, today) if s)
            label(block, m + 80, h - m - 10, w - 2 * m - 80, 8, 9, pg, align=Qt.AlignRight)
            feedback.setProgress(80.0 * (i + 1) / len(pages))

        # Export once, to a temporary file renamed on success.
        tmp = os.path.join(out_dir, ".{}.{}.pdf.tmp".format(os.path.basename(out), uuid.uuid4().hex[:8]))
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = 150
        settings.rasterizeWholeImage = False
        settings.forceVectorOutput = False
        settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
        try:
            result = QgsLayoutExporter(layout).exportToPdf(tmp, settings)
            if result != QgsLayoutExporter.Success:
                raise QgsProcessingException(tr("Exporting the atlas PDF failed (error {}).").format(int(result)))
            os.replace(tmp, out)
        finally:
            if os.path.exists(tmp):
                os.remove(tmp)
        feedback.setProgress(100)
        feedback.pushInfo(tr("Atlas written: {} ({} maps, {} skipped).").format(out, len(pages), len(skipped)))
        return {self.OUTPUT: out, "PAGES": 1 + len(pages), "SKIPPED": [t for t, _m in skipped]}
