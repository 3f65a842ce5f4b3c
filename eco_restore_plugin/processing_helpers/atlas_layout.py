"""Layout helpers of the planning atlas (规划图集): templates, filling, multi-layout PDF, styles.

No Processing algorithm here (the provider only registers ``EcoRestoreAlgorithm`` subclasses):
``targets_atlas_export.AtlasExport`` and ``scripts/build_templates.py`` use these functions.

Templates (``resources/templates/atlas_<paper>.qpt``) hold one map page whose items have stable ids
(:data:`ITEM_IDS`); the atlas loads a template into a new layout per map and fills the items by id.
"""
import math
import os
import tempfile
import uuid

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapGrid,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutMeasurementConverter,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPalettedRasterRenderer,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRenderContext,
    QgsScaleBarSettings,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QMarginsF, QSizeF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase, QPageLayout, QPageSize, QPainter
from qgis.PyQt.QtXml import QDomDocument

from ..core.indicator_basis import WETLAND_SANDIAO
from ..i18n import tr
from ..paths import resource_path

#: Preferred Chinese font and fallbacks (the first installed one is used).
FONTS = ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei",
         "SimHei", "PingFang SC", "Sans Serif")

#: Stable ids of template items the atlas fills (a user template may omit any but a map).
ITEM_IDS = ("title", "map_title", "map_number", "organisation", "date", "main_map", "inset_map", "legend",
            "scalebar", "north_arrow", "notes", "sources")

#: Built-in templates: key -> (label shown in PAPER, width mm, height mm). Order = PAPER enum order.
PAPER_KEYS = ("a3_landscape", "a4_landscape", "a4_portrait", "a3_portrait")
PAPER_SIZES = {"a3_landscape": (420.0, 297.0), "a4_landscape": (297.0, 210.0),
               "a4_portrait": (210.0, 297.0), "a3_portrait": (297.0, 420.0)}

#: Graticule of the main map in CGCS2000 geographic coordinates (EPSG:4490).
GRATICULE_CRS = "EPSG:4490"
#: Candidate graticule intervals, degrees (1°, 30', 20', 15', 10', 5', 2', 1', 30", 15", 10", 5").
GRATICULE_STEPS = (1.0, 0.5, 1 / 3, 0.25, 1 / 6, 1 / 12, 1 / 30, 1 / 60, 1 / 120, 1 / 240, 1 / 360, 1 / 720)

MM = QgsUnitTypes.LayoutMillimeters


def atlas_font():
    """The first installed font of :data:`FONTS` (family name), else Qt's default family."""
    families = set(QFontDatabase().families())
    for name in FONTS:
        if name in families:
            return name
    return QFont().defaultFamily()


def template_path(key):
    """Path of the built-in template ``key`` (one of :data:`PAPER_KEYS`)."""
    return resource_path("templates", "atlas_{}.qpt".format(key))


def text_format(font, size, bold=False):
    fmt = QgsTextFormat()
    f = QFont(font)
    f.setBold(bold)
    fmt.setFont(f)
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderPoints)
    return fmt


# ---------------------------------------------------------------------------------------------
# Building the templates (scripts/build_templates.py)
# ---------------------------------------------------------------------------------------------
def _place(layout, item, x, y, w, h, item_id):
    item.setId(item_id)
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(w, h, MM))
    return item


def _label(layout, item_id, text, rect, font, size, bold=False, align=Qt.AlignLeft, valign=Qt.AlignVCenter):
    item = add_label(layout, text, rect, font, size, bold, align, valign)
    item.setId(item_id)
    return item


def template_rects(width, height):
    """Item rectangles (x, y, w, h in mm) of the map page for a paper size.

    Landscape: title block on top, main map left, a side column on the right (inset, legend, scale
    bar, notes, sources, organisation and date). Portrait: main map on top, the rest in a band below.
    """
    m = 10.0
    r = {"frame": (m, m, width - 2 * m, height - 2 * m)}
    r["title"] = (m + 4, m + 3, width - 2 * m - 8, 9)
    r["map_title"] = (m + 4, m + 12, width - 2 * m - 8, 12)
    r["map_number"] = (width - m - 44, m + 3, 40, 7)
    ann = 9.0  # room for the graticule's coordinate annotations
    top = m + 26 + ann
    if width > height:
        side = 80.0 if width > 350 else 70.0
        sx = width - m - side - 3
        r["main_map"] = (m + 3 + ann, top, sx - (m + 3 + ann) - ann - 3, height - m - 3 - ann - top)
        y = top
        r["inset_map"] = (sx, y, side, side * 0.72)
        y += side * 0.72 + 4
        bottom = height - m - 3
        r["date"] = (sx, bottom - 6, side, 6)
        r["organisation"] = (sx, bottom - 12, side, 6)
        r["sources"] = (sx, bottom - 26, side, 14)
        r["notes"] = (sx, bottom - 44, side, 18)
        r["scalebar"] = (sx, bottom - 58, side * 0.8, 12)
        r["legend"] = (sx, y, side, bottom - 60 - y)
    else:
        bottom = height - m - 3
        band = 88.0 if height > 350 else 70.0
        r["main_map"] = (m + 3 + ann, top, width - 2 * (m + 3 + ann), bottom - band - ann - top)
        y0 = bottom - band + 2
        inset_w = band * 0.95
        r["inset_map"] = (width - m - 3 - inset_w, y0, inset_w, band * 0.62)
        lw = width - 2 * m - 6 - inset_w - 4
        r["legend"] = (m + 3, y0, lw, band - 22)
        r["scalebar"] = (width - m - 3 - inset_w, y0 + band * 0.62 + 2, inset_w * 0.9, 10)
        r["notes"] = (m + 3, bottom - 20, lw * 0.5, 18)
        r["sources"] = (m + 3 + lw * 0.5, bottom - 20, lw * 0.5, 18)
        r["organisation"] = (width - m - 3 - inset_w, bottom - 12, inset_w, 6)
        r["date"] = (width - m - 3 - inset_w, bottom - 6, inset_w, 6)
    mx, my, mw, mh = r["main_map"]
    r["north_arrow"] = (mx + mw - 16, my + 3, 12, 18)
    return r


def north_arrow_svg():
    """The QGIS north-arrow SVG (resolved against the SVG search paths), or ''."""
    from qgis.core import QgsApplication
    for folder in QgsApplication.svgPaths():
        path = os.path.join(folder, "arrows", "NorthArrow_02.svg")
        if os.path.exists(path):
            return path
    return ""


def build_template_layout(width, height, font=FONTS[0], project=None):
    """A one-page map layout with the atlas items (ids :data:`ITEM_IDS`), ready to save as .qpt."""
    project = project or QgsProject()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName("Eco-Restore atlas {:.0f}x{:.0f}".format(width, height))
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(width, height, MM))
    r = template_rects(width, height)

    frame = QgsLayoutItemShape(layout)
    frame.setShapeType(QgsLayoutItemShape.Rectangle)
    frame.setSymbol(QgsFillSymbol.createSimple({"style": "no", "outline_color": "0,0,0",
                                                "outline_width": "0.5"}))
    _place(layout, frame, *r["frame"], "frame")

    _label(layout, "title", "[plan name]", r["title"], font, 13, True, Qt.AlignHCenter)
    _label(layout, "map_title", "[map title]", r["map_title"], font, 20, True, Qt.AlignHCenter)
    _label(layout, "map_number", "[map number]", r["map_number"], font, 10, False, Qt.AlignRight)

    main = QgsLayoutItemMap(layout)
    main.setFrameEnabled(True)
    main.setKeepLayerSet(True)
    _place(layout, main, *r["main_map"], "main_map")
    # a small geographic placeholder extent: the atlas sets the real CRS and extent (a projected
    # placeholder without CRS makes QGIS compute a huge graticule when the template loads)
    main.setCrs(QgsCoordinateReferenceSystem(GRATICULE_CRS))
    main.setExtent(QgsRectangle(110.9, 19.0, 111.3, 19.3))
    grid = QgsLayoutItemMapGrid("graticule", main)
    grid.setCrs(QgsCoordinateReferenceSystem(GRATICULE_CRS))
    grid.setUnits(QgsLayoutItemMapGrid.MapUnit)
    grid.setIntervalX(GRATICULE_STEPS[5])
    grid.setIntervalY(GRATICULE_STEPS[5])
    grid.setStyle(QgsLayoutItemMapGrid.Cross)
    grid.setCrossLength(2.0)
    grid.setFrameStyle(QgsLayoutItemMapGrid.ExteriorTicks)
    grid.setFrameWidth(1.5)
    grid.setAnnotationEnabled(True)
    grid.setAnnotationFormat(QgsLayoutItemMapGrid.DegreeMinuteSecond)
    grid.setAnnotationPrecision(0)
    grid.setAnnotationTextFormat(text_format(font, 7))
    for side in (QgsLayoutItemMapGrid.Left, QgsLayoutItemMapGrid.Right, QgsLayoutItemMapGrid.Top,
                 QgsLayoutItemMapGrid.Bottom):
        grid.setAnnotationPosition(QgsLayoutItemMapGrid.OutsideMapFrame, side)
        grid.setAnnotationDirection(QgsLayoutItemMapGrid.Vertical if side in (
            QgsLayoutItemMapGrid.Left, QgsLayoutItemMapGrid.Right) else QgsLayoutItemMapGrid.Horizontal, side)
    grid.setAnnotationFrameDistance(1.0)
    main.grids().addGrid(grid)

    inset = QgsLayoutItemMap(layout)
    inset.setFrameEnabled(True)
    inset.setKeepLayerSet(True)
    _place(layout, inset, *r["inset_map"], "inset_map")
    inset.setCrs(QgsCoordinateReferenceSystem(GRATICULE_CRS))
    inset.setExtent(QgsRectangle(110.5, 18.8, 111.7, 19.5))
    overview = inset.overview()
    overview.setLinkedMap(main)
    overview.setFrameSymbol(QgsFillSymbol.createSimple({"color": "255,0,0,40", "outline_color": "220,0,0",
                                                        "outline_width": "0.5"}))

    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("图例")
    legend.setAutoUpdateModel(False)
    legend.setLinkedMap(main)
    legend.setResizeToContents(True)
    legend.setFrameEnabled(False)
    legend.model().rootGroup().removeAllChildren()
    for style, size, bold in ((QgsLegendStyle.Title, 12, True), (QgsLegendStyle.Group, 10, True),
                              (QgsLegendStyle.Subgroup, 9, True), (QgsLegendStyle.SymbolLabel, 8, False)):
        f = QFont(font)
        f.setPointSizeF(size)
        f.setBold(bold)
        legend.rstyle(style).setFont(f)
    legend.setSymbolHeight(3.5)
    legend.setSymbolWidth(6.0)
    _place(layout, legend, *r["legend"][:2], 10, 10, "legend")

    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(main)
    bar.setUnits(QgsUnitTypes.DistanceKilometers)
    bar.setUnitLabel("km")
    bar.setNumberOfSegmentsLeft(0)
    bar.setNumberOfSegments(4)
    bar.setUnitsPerSegment(1.0)
    bar.setHeight(2.0)
    bar.setTextFormat(text_format(font, 8))
    bar.setCustomProperty("ecorestore_width_mm", r["scalebar"][2])  # target length, see set_scalebar
    _place(layout, bar, *r["scalebar"][:2], r["scalebar"][2], r["scalebar"][3], "scalebar")

    arrow = QgsLayoutItemPicture(layout)
    arrow.setPicturePath(north_arrow_svg())
    arrow.setResizeMode(QgsLayoutItemPicture.Zoom)
    arrow.setBackgroundEnabled(False)
    _place(layout, arrow, *r["north_arrow"], "north_arrow")

    _label(layout, "notes", "[notes]", r["notes"], font, 8, valign=Qt.AlignTop)
    _label(layout, "sources", "[data sources]", r["sources"], font, 8, valign=Qt.AlignTop)
    _label(layout, "organisation", "[organisation]", r["organisation"], font, 9)
    _label(layout, "date", "[date]", r["date"], font, 9)
    return layout


def save_template(layout, path):
    """Write ``layout`` as a .qpt template (temporary file, then rename)."""
    ok = layout.saveAsTemplate(path + ".tmp", QgsReadWriteContext())
    if not ok:
        raise OSError("cannot write " + path)
    os.replace(path + ".tmp", path)
    return path


# ---------------------------------------------------------------------------------------------
# Loading templates and layouts
# ---------------------------------------------------------------------------------------------
def read_template(path):
    """The QDomDocument of a .qpt file; ValueError with a clear message when it does not load."""
    if not path or not os.path.isfile(path):
        raise ValueError(tr("Layout template '{}' not found.").format(path))
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(tr("Layout template '{}' cannot be read: {}").format(path, exc)) from exc
    doc = QDomDocument()
    if not doc.setContent(text) or doc.documentElement().tagName() != "Layout":
        raise ValueError(tr("'{}' is not a QGIS layout template (.qpt): it has no <Layout> element.")
                         .format(path))
    return doc


def layout_document(layout):
    """A template document of an existing layout (the layout itself is not changed)."""
    doc = QDomDocument()
    elem = layout.writeXml(doc, QgsReadWriteContext())
    doc.appendChild(elem)
    return doc


def layout_from_document(doc, project, name="atlas", where=""):
    """A new print layout of ``project`` built from a template document (ValueError if unusable)."""
    layout = QgsPrintLayout(project)
    layout.setName(name)
    items, ok = layout.loadFromTemplate(doc, QgsReadWriteContext(), True)
    if not ok or layout.pageCollection().pageCount() == 0:
        raise ValueError(tr("The layout template {} does not load in QGIS.").format(where))
    if not [i for i in layout.items() if isinstance(i, QgsLayoutItemMap)]:
        raise ValueError(tr("The layout template {} has no map item: add a map (id 'main_map').").format(where))
    return layout


def find_items(layout):
    """{id: item} of the layout's items with an id; ``main_map`` falls back to the largest map."""
    found = {}
    maps = []
    for item in layout.items():
        if not hasattr(item, "id") or not callable(getattr(item, "id", None)):
            continue
        try:
            item_id = item.id()
        except (TypeError, AttributeError):
            continue
        if isinstance(item, QgsLayoutItemMap):
            maps.append(item)
        if item_id and item_id not in found:
            found[item_id] = item
    if "main_map" not in found or not isinstance(found["main_map"], QgsLayoutItemMap):
        maps = [m for m in maps if m is not found.get("inset_map")]
        if maps:
            found["main_map"] = max(maps, key=lambda m: m.rect().width() * m.rect().height())
    return found


def fix_fonts(layout, font):
    """Replace fonts of labels, legends, scale bars and grids whose family is not installed by ``font``."""
    families = set(QFontDatabase().families())
    changed = 0

    def fixed(qfont):
        if qfont.family() in families:
            return None
        f = QFont(qfont)
        f.setFamily(font)
        return f

    for item in layout.items():
        if isinstance(item, QgsLayoutItemLabel):
            f = fixed(item.font())
            if f is not None:
                item.setFont(f)
                changed += 1
        elif isinstance(item, QgsLayoutItemLegend):
            for style in (QgsLegendStyle.Title, QgsLegendStyle.Group, QgsLegendStyle.Subgroup,
                          QgsLegendStyle.SymbolLabel):
                f = fixed(item.rstyle(style).font())
                if f is not None:
                    item.rstyle(style).setFont(f)
                    changed += 1
        elif isinstance(item, QgsLayoutItemScaleBar):
            fmt = item.textFormat()
            f = fixed(fmt.font())
            if f is not None:
                fmt.setFont(f)
                item.setTextFormat(fmt)
                changed += 1
        elif isinstance(item, QgsLayoutItemMap):
            for grid in item.grids().asList():
                fmt = grid.annotationTextFormat()
                f = fixed(fmt.font())
                if f is not None:
                    fmt.setFont(f)
                    grid.setAnnotationTextFormat(fmt)
                    changed += 1
    return changed


def page_size_mm(layout, page=0):
    size = layout.pageCollection().page(page).sizeWithUnits()
    conv = QgsLayoutMeasurementConverter()
    mm = conv.convert(size, MM)
    return mm.width(), mm.height()


def new_page_layout(project, width, height, name):
    """An empty one-page layout (contents and indicator pages)."""
    layout = QgsPrintLayout(project)
    layout.setName(name)
    page = QgsLayoutItemPage(layout)
    page.setPageSize(QgsLayoutSize(width, height, MM))
    layout.pageCollection().addPage(page)
    return layout


def add_label(layout, text, rect, font, size, bold=False, align=Qt.AlignLeft, valign=Qt.AlignVCenter, page=0):
    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    f = QFont(font)
    f.setPointSizeF(size)
    f.setBold(bold)
    item.setFont(f)
    item.setHAlign(align)
    item.setVAlign(valign)
    layout.addLayoutItem(item)
    item.attemptResize(QgsLayoutSize(rect[2], rect[3], MM))
    item.attemptMove(QgsLayoutPoint(rect[0], rect[1], MM), True, False, page)
    return item


# ---------------------------------------------------------------------------------------------
# Filling
# ---------------------------------------------------------------------------------------------
def nice_step(span):
    """A 1-2-5 step giving 2-5 segments over ``span`` (any unit)."""
    if span <= 0:
        return 1.0
    raw = span / 4.0
    p = 10 ** math.floor(math.log10(raw))
    for k in (1, 2, 5, 10):
        if k * p >= raw:
            return k * p
    return 10 * p


def graticule_step(extent_deg_span, lines=3):
    """The largest interval of :data:`GRATICULE_STEPS` giving at least ``lines`` lines."""
    for step in GRATICULE_STEPS:
        if extent_deg_span / step >= lines:
            return step
    return GRATICULE_STEPS[-1]


def set_graticule(map_item, project):
    """Adapt the interval of every geographic grid of ``map_item`` to its extent."""
    grids = map_item.grids().asList()
    if not grids:
        return
    ext = map_item.extent()
    for grid in grids:
        crs = grid.crs() if grid.crs().isValid() else map_item.crs()
        if not crs.isGeographic():
            step = nice_step(min(ext.width(), ext.height()) * 1.33)
        else:
            try:
                tr_ = QgsCoordinateTransform(map_item.crs(), crs, project.transformContext())
                geo = tr_.transformBoundingBox(ext)
            except Exception:  # noqa: BLE001 - transformation impossible: keep the template's interval
                continue
            step = graticule_step(min(geo.width(), geo.height()))
        grid.setUnits(QgsLayoutItemMapGrid.MapUnit)
        grid.setIntervalX(step)
        grid.setIntervalY(step)


def set_scalebar(bar, map_item, width_mm):
    """Segments of a round length so the bar is about ``width_mm`` long at the map's scale."""
    scale = map_item.scale()
    if not scale or scale <= 0:
        return
    km_per_mm = scale / 1e6
    target_km = width_mm * km_per_mm
    step = nice_step(target_km)
    segments = max(1, min(5, int(target_km / step)))
    bar.setUnits(QgsUnitTypes.DistanceKilometers)
    bar.setUnitLabel("km")
    bar.setUnitsPerSegment(step)
    bar.setNumberOfSegments(segments)
    bar.setNumberOfSegmentsLeft(0)
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFixed)
    bar.update()


def drop_band_legend_node(model, node):
    """Hide the 'Band 1 (Gray)' line QGIS puts above the classes of a single-band raster."""
    from qgis.core import QgsMapLayerLegendUtils

    nodes = model.layerLegendNodes(node)
    if len(nodes) > 1 and str(nodes[0].data(Qt.DisplayRole) or "").startswith("Band "):
        QgsMapLayerLegendUtils.setLegendNodeOrder(node, list(range(1, len(nodes))))
        model.refreshLayerLegend(node)


def legend_labels(legend):
    """The text of every entry of a legend (layer names and class labels), top to bottom."""
    from qgis.core import QgsLayerTreeLayer

    model = legend.model()
    out = []

    def walk(group):
        for child in group.children():
            if isinstance(child, QgsLayerTreeLayer):
                out.append(child.name())
                for node in model.layerLegendNodes(child):
                    text = node.data(Qt.DisplayRole)
                    if text:
                        out.append(str(text))
            else:
                out.append(child.name())
                walk(child)
    walk(model.rootGroup())
    return out


# ---------------------------------------------------------------------------------------------
# Export
# ---------------------------------------------------------------------------------------------
def prepare_render(layout, dpi):
    ctx = layout.renderContext()
    ctx.setDpi(dpi)
    ctx.setTextRenderFormat(QgsRenderContext.TextFormatAlwaysText)
    ctx.setFlag(ctx.FlagForceVectorOutput, False)
    ctx.setFlag(ctx.FlagAntialiasing, True)


class PdfBook:
    """One PDF of pages from several layouts (QgsLayoutExporter exports a single layout only).

    Pages are painted with :meth:`QgsLayoutExporter.renderPage` on a PDF ``QPrinter``, each with its
    own paper size, so text stays text. Written to ``path`` (the caller renames it when complete).
    """

    def __init__(self, path, dpi=150):
        from qgis.PyQt.QtPrintSupport import QPrinter

        self.printer = QPrinter()
        self.printer.setOutputFormat(QPrinter.PdfFormat)
        self.printer.setOutputFileName(path)
        self.printer.setFontEmbeddingEnabled(True)
        self.printer.setFullPage(True)
        self.printer.setColorMode(QPrinter.Color)
        self.printer.setResolution(int(dpi))
        self.printer.setCreator("Eco-Restore (QGIS)")
        self.dpi = dpi
        self.painter = None
        self.pages = 0

    def _page_layout(self, w, h):
        pl = QPageLayout(QPageSize(QSizeF(w, h), QPageSize.Millimeter), QPageLayout.Portrait,
                         QMarginsF(0, 0, 0, 0))
        pl.setMode(QPageLayout.FullPageMode)
        return pl

    def add_page(self, layout, page=0):
        w, h = page_size_mm(layout, page)
        self.printer.setPageLayout(self._page_layout(w, h))
        self.printer.setFullPage(True)
        if self.painter is None:
            self.painter = QPainter()
            if not self.painter.begin(self.printer):
                self.painter = None
                raise OSError(tr("Cannot write the PDF file."))
        else:
            self.printer.newPage()
        prepare_render(layout, self.dpi)
        QgsLayoutExporter(layout).renderPage(self.painter, page)
        self.pages += 1

    def add_layout(self, layout):
        for page in range(layout.pageCollection().pageCount()):
            self.add_page(layout, page)

    def close(self):
        if self.painter is not None:
            self.painter.end()
            self.painter = None


def export_png(layout, path, dpi):
    """Page 1 of ``layout`` as PNG (temporary file, then rename); the path written."""
    tmp = os.path.join(os.path.dirname(path), ".{}.{}.png".format(os.path.basename(path), uuid.uuid4().hex[:8]))
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    settings.pages = [0]
    prepare_render(layout, dpi)
    try:
        res = QgsLayoutExporter(layout).exportToImage(tmp, settings)
        if res != QgsLayoutExporter.Success:
            raise OSError(tr("Exporting '{}' failed (error {}).").format(path, int(res)))
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return path


def export_pdf(layout, path, dpi):
    """All pages of ``layout`` as one PDF (temporary file, then rename); the path written."""
    tmp = os.path.join(os.path.dirname(path), ".{}.{}.pdf".format(os.path.basename(path), uuid.uuid4().hex[:8]))
    book = PdfBook(tmp, dpi)
    try:
        try:
            book.add_layout(layout)
        finally:
            book.close()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return path


# ---------------------------------------------------------------------------------------------
# Land-use and ecosystem legends (三调 land-use codes)
# ---------------------------------------------------------------------------------------------
#: 三调 first-level classes (GB/T 21010-2017 with the 三调 湿地 class) for the land-use map:
#: (label, colour); labels are map content, Chinese like the map titles. Codes are read as in Demo County:
#: 101 = 0101, 1101 = 1101, 30101 = 0301 + 01.
LANDUSE_GROUPS = [
    ("湿地", "#7fc8c3"),
    ("耕地", "#f5e66e"),
    ("种植园用地", "#e9a6c8"),
    ("林地", "#2e8b3e"),
    ("草地", "#b5d77c"),
    ("城镇村及工矿用地", "#e8604c"),
    ("交通运输用地", "#9a9a9a"),
    ("水域及水利设施用地", "#4a90d9"),
    ("其他土地", "#d8c9a3"),
]
#: Ecosystem types (生态系统类型, first level of the national ecosystem classification).
ECOSYSTEM_TYPES = [
    ("森林生态系统", "#1f7a35"),
    ("灌丛生态系统", "#8cbf5a"),
    ("草地生态系统", "#c6df8a"),
    ("湿地生态系统", "#3d9ad1"),
    ("农田生态系统", "#f4dc6b"),
    ("城镇生态系统", "#e0584a"),
    ("荒漠与裸地", "#d9cbb0"),
]
WETLAND_CODES = set(WETLAND_SANDIAO)  # the plugin's one wetland definition (core.indicator_basis)


def landuse_code_parts(codes):
    """(first-level group, second-level code) of 三调 codes as integers (0101 -> 1, 101; 30101 -> 3, 301)."""
    codes = np.asarray(codes, dtype=np.int64)
    second = np.where(codes >= 10000, codes // 100, codes)
    return second // 100, second


def landuse_to_groups(codes):
    """三调 land-use codes -> index into :data:`LANDUSE_GROUPS` (1-based; 0 = unknown/nodata).

    GB/T 21010-2017 first-level classes; the 三调 湿地 class takes 0303, 0304, 0306, 0402, 0603,
    1105, 1106, 1108 (第三次全国国土调查工作分类).
    """
    group, second = landuse_code_parts(codes)
    out = np.zeros(group.shape, np.uint8)
    table = {1: 2, 2: 3, 3: 4, 4: 5, 5: 6, 6: 6, 7: 6, 8: 6, 9: 6, 10: 7, 11: 8, 12: 9}
    for g, k in table.items():
        out[group == g] = k
    out[np.isin(second, list(WETLAND_CODES))] = 1
    out[np.asarray(codes) <= 0] = 0
    return out


def landuse_to_ecosystems(codes):
    """三调 land-use codes -> index into :data:`ECOSYSTEM_TYPES` (1-based; 0 = unknown/nodata).

    The first level of the national ecosystem classification (全国生态状况遥感调查评估: 森林, 灌丛,
    草地, 湿地, 农田, 城镇, 荒漠/裸地) from the 三调 classes: 林地 without 灌木林地 (0305) -> forest,
    0305 -> shrubland, 草地 -> grassland, 湿地 and 水域 -> wetland, 耕地 and 种植园 -> farmland,
    建设用地 and 交通 -> urban, 其他土地 -> bare land.
    """
    group, second = landuse_code_parts(codes)
    out = np.zeros(group.shape, np.uint8)
    out[group == 3] = 1
    out[second == 305] = 2
    out[group == 4] = 3
    out[group == 11] = 4
    out[(group == 1) | (group == 2)] = 5
    out[(group >= 5) & (group <= 10)] = 6
    out[group == 12] = 7
    out[np.isin(second, list(WETLAND_CODES))] = 4
    out[np.asarray(codes) <= 0] = 0
    return out


def reclassified_layer(src_path, kind, name, folder=None):
    """A styled raster layer of ``src_path`` reclassified to land-use groups or ecosystem types.

    Written to a temporary GeoTIFF in ``folder`` (default: the system temp folder); the source is
    only read. ``kind`` is 'landuse' or 'ecosystem'. Returns (layer, path) or (None, None).
    """
    from osgeo import gdal
    from qgis.core import QgsRasterLayer

    classes = LANDUSE_GROUPS if kind == "landuse" else ECOSYSTEM_TYPES
    func = landuse_to_groups if kind == "landuse" else landuse_to_ecosystems
    ds = gdal.Open(src_path)
    if ds is None:
        return None, None
    band = ds.GetRasterBand(1)
    nodata = band.GetNoDataValue()
    folder = folder or tempfile.gettempdir()
    path = os.path.join(folder, "atlas_{}_{}.tif".format(kind, uuid.uuid4().hex[:8]))
    drv = gdal.GetDriverByName("GTiff")
    out = drv.Create(path, ds.RasterXSize, ds.RasterYSize, 1, gdal.GDT_Byte, ["COMPRESS=DEFLATE"])
    out.SetGeoTransform(ds.GetGeoTransform())
    out.SetProjection(ds.GetProjection())
    ob = out.GetRasterBand(1)
    ob.SetNoDataValue(0)
    present = set()
    step = 512
    for row in range(0, ds.RasterYSize, step):
        n = min(step, ds.RasterYSize - row)
        arr = band.ReadAsArray(0, row, ds.RasterXSize, n)
        if nodata is not None:
            arr = np.where(arr == nodata, 0, arr)
        cls = func(arr)
        present.update(np.unique(cls).tolist())
        ob.WriteArray(cls, 0, row)
    ob = None
    out = None
    ds = None
    lyr = QgsRasterLayer(path, name, "gdal")
    if not lyr.isValid():
        return None, None
    items = [QgsPalettedRasterRenderer.Class(i + 1, QColor(color), label)
             for i, (label, color) in enumerate(classes) if (i + 1) in present]
    lyr.setRenderer(QgsPalettedRasterRenderer(lyr.dataProvider(), 1, items))
    return lyr, path
