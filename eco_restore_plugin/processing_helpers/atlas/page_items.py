"""Page items of a map page: titles and notes, main and inset maps, legend, graticule and scale bar."""
import math
import os
import re

from qgis.core import (
    QgsCoordinateTransform,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapGrid,
    QgsLayoutItemScaleBar,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsRasterLayer,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from .common import GRATICULE_STEPS, MM, PAGE_TEXT, crs_text, page_size_mm


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
            except Exception:  # transformation impossible: keep the template's interval
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


def _set_text(items, item_id, text):
    item = items.get(item_id)
    if isinstance(item, QgsLayoutItemLabel):
        item.setText(text)


#: The regional inset shows the county's bounding box enlarged this many times (linear), centred.
INSET_ZOOM = 3.0


#: The inset's background when the neighbouring regions are drawn (then every uncovered place is sea).
SEA_TINT = "#dcebf5"


def inset_extent(ctx):
    """The extent of the regional inset: the region (county, townships) within its surroundings."""
    iext = ctx["inset_extent"]
    c = iext.center()
    half = max(iext.width(), iext.height()) * INSET_ZOOM / 2.0
    return QgsRectangle(c.x() - half, c.y() - half, c.x() + half, c.y() + half)


def _fill_inset(inset, main, ctx):
    """The regional inset: townships, coastline and county among the neighbouring regions, the main map's
    extent outlined (a county-only inset does not say where the county is)."""
    inset.setCrs(ctx["crs"])
    inset.setLayers([lyr for lyr in (ctx.get("inset_context"), ctx["county"], ctx["inset_base"],
                                     ctx.get("inset_neighbours"))
                     if lyr is not None])
    inset.setKeepLayerSet(True)
    if ctx.get("inset_neighbours") is not None:
        # the county and its neighbours cover the land: what is left is sea, tinted as such
        inset.setBackgroundColor(QColor(SEA_TINT))
    ext = inset_extent(ctx)
    # match the frame's aspect ratio: the extent grows along the item's longer side
    w, h = inset.rect().width(), inset.rect().height()
    if w > 0 and h > 0:
        cx, cy, side = ext.center().x(), ext.center().y(), ext.width()
        half_w, half_h = side / 2.0 * max(1.0, w / h), side / 2.0 * max(1.0, h / w)
        ext.set(cx - half_w, cy - half_h, cx + half_w, cy + half_h)
    inset.setExtent(ext)
    inset.overview().setLinkedMap(main)
    inset.overview().setEnabled(True)


#: 'Pinch point (夹点)' -> '夹点': the Chinese part of a bilingual class label.
_BILINGUAL = re.compile(r"^[A-Za-z][^（(]*[（(]([^()（）]*[\u4e00-\u9fff][^()（）]*)[)）]\s*$")


#: '极重要 Extremely important' -> '极重要': a Chinese label followed by its English translation.
_ZH_THEN_EN = re.compile(r"^([\u4e00-\u9fff][^A-Za-z]*?)\s+[A-Za-z][A-Za-z ,'/-]*$")


def chinese_label(text):
    """The Chinese part of an 'English (中文)' or '中文 English' label, else the label itself."""
    stripped = str(text or "").strip()
    m = _BILINGUAL.match(stripped) or _ZH_THEN_EN.match(stripped)
    return m.group(1).strip() if m else text


def _chinese_node_labels(model, node):
    from qgis.core import QgsMapLayerLegendUtils

    changed = False
    nodes = model.layerLegendNodes(node)
    # user labels are keyed by the node's original index (the order may hide a raster's band line)
    order = QgsMapLayerLegendUtils.legendNodeOrder(node) if QgsMapLayerLegendUtils.hasLegendNodeOrder(node) \
        else list(range(len(nodes)))
    for i, leg in enumerate(nodes):
        text = leg.data(Qt.DisplayRole)
        zh = chinese_label(text)
        if text and zh != text and i < len(order):
            QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, order[i], zh)
            changed = True
    if changed:
        model.refreshLayerLegend(node)


def item_rect_mm(item):
    """(x, y, w, h) of a layout item on its page, millimetres."""
    layout = item.layout()
    pos, rect = item.pagePos(), item.rect()
    return tuple(layout.convertFromLayoutUnits(v, MM).length()
                 for v in (pos.x(), pos.y(), rect.width(), rect.height()))


def legend_room(legend, items):
    """(width, height) in mm free for the legend: from its top-left corner to the page frame (or page
    margin), the items to its right (portrait: the inset) and the items below it (scale bar, notes)."""
    lx, ly, _lw, _lh = item_rect_mm(legend)
    pw, ph = page_size_mm(legend.layout(), legend.page())
    frame = items.get("frame")
    if frame is not None:
        fx, fy, fw, fh = item_rect_mm(frame)
        right, bottom = fx + fw - 1.5, fy + fh - 1.5
    else:
        right, bottom = pw - 5.0, ph - 5.0
    others = [it for key, it in items.items() if key not in ("legend", "frame") and not key.startswith("_")
              and hasattr(it, "sizeWithUnits") and it.page() == legend.page() and it.isVisible()]
    rects = [item_rect_mm(it) for it in others]
    for x, y, w, h in rects:  # items to the right, overlapping the legend's rows
        if x >= lx + 1.0 and y < bottom and y + h > ly:
            right = min(right, x - 2.0)
    for x, y, w, h in rects:  # items below, overlapping its columns
        if y >= ly + 1.0 and x < right and x + w > lx:
            bottom = min(bottom, y - 2.0)
    return max(0.0, right - lx), max(0.0, bottom - ly)


#: Legend settings tried in turn until the legend fits its room: (columns, font and symbol scale).
_LEGEND_FITS = [(1, 1.0), (2, 1.0), (1, 0.9), (2, 0.9), (2, 0.8), (3, 0.8), (2, 0.7), (3, 0.7), (3, 0.6),
                (4, 0.6), (4, 0.5)]


def _paint_once(legend):
    """Paint the legend once off-screen: QGIS sizes a legend to its contents only after it has been
    painted (before that ``adjustBoxSize`` keeps the template's box)."""
    from qgis.PyQt.QtGui import QImage, QPainter
    from qgis.PyQt.QtWidgets import QStyleOptionGraphicsItem

    img = QImage(8, 8, QImage.Format_ARGB32)
    painter = QPainter(img)
    try:
        legend.paint(painter, QStyleOptionGraphicsItem(), None)
    finally:
        painter.end()


def fit_legend(legend, items):
    """Shrink the legend (columns, then font and symbol sizes) until it fits inside its room on the page.

    Returns (fits, (width, height) of the legend, (width, height) of the room), millimetres.
    """
    room_w, room_h = legend_room(legend, items)
    _paint_once(legend)
    styles = (QgsLegendStyle.Title, QgsLegendStyle.Group, QgsLegendStyle.Subgroup, QgsLegendStyle.SymbolLabel)
    fonts = {st: legend.rstyle(st).font() for st in styles}
    symbol = (legend.symbolWidth(), legend.symbolHeight(), legend.wmsLegendWidth(), legend.wmsLegendHeight())
    size = (0.0, 0.0)
    for columns, scale in _LEGEND_FITS:
        for st in styles:
            f = type(fonts[st])(fonts[st])
            f.setPointSizeF(max(4.0, fonts[st].pointSizeF() * scale))
            legend.rstyle(st).setFont(f)
        legend.setSymbolWidth(symbol[0] * scale)
        legend.setSymbolHeight(symbol[1] * scale)
        legend.setWmsLegendWidth(symbol[2] * scale)
        legend.setWmsLegendHeight(symbol[3] * scale)
        legend.setColumnCount(columns)
        legend.setSplitLayer(columns > 1)
        legend.setEqualColumnWidth(False)
        legend.adjustBoxSize()
        _x, _y, w, h = item_rect_mm(legend)
        size = (w, h)
        if w <= room_w + 0.01 and h <= room_h + 0.01:
            return True, size, (room_w, room_h)
    # still too large: keep the smallest settings and clip the box to the room (never off the page)
    legend.setResizeToContents(False)
    legend.attemptResize(QgsLayoutSize(min(size[0], room_w), min(size[1], room_h), MM))
    return False, size, (room_w, room_h)


def _fill_legend(legend, main, layers, county):
    """The map's layers (top to bottom) and the county outline, Chinese class labels."""
    legend.setAutoUpdateModel(False)
    legend.setLinkedMap(main)
    legend.setTitle(PAGE_TEXT["legend"])
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for lyr in list(reversed(layers)) + ([county] if county is not None else []):
        node = root.addLayer(lyr)
        if isinstance(lyr, QgsRasterLayer):
            drop_band_legend_node(legend.model(), node)
        _chinese_node_labels(legend.model(), node)
    legend.adjustBoxSize()


def _tool_name(alg_id):
    """Chinese name of a Processing algorithm ('生态源地识别' from 'Ecological sources (生态源地识别)'), or ''."""
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().algorithmById(alg_id) if ":" in str(alg_id) else None
    if alg is None:
        return ""
    name = getattr(alg, "DISPLAY", "") or alg.displayName()
    zh = chinese_label(name)
    if zh != name:
        return zh
    return name if re.search("[\u4e00-\u9fff]", name) else ""


def source_text(ctx, page):
    """'数据来源：planning.gpkg（生态源地识别、最小成本路径）': tools in Chinese, never Processing ids
    (a layer without a known tool is named by its Chinese title)."""
    per_layer = page.get("sources_by_layer") or [""] * len(page["layers"])
    names = []
    for alg_id, lyr in zip(per_layer, page["layers"]):
        name = _tool_name(alg_id) or lyr.name()
        if name and name not in names:
            names.append(name)
    base = os.path.basename(ctx["gpkg"])
    return PAGE_TEXT["source"].format("{}（{}）".format(base, "、".join(names)) if names else base)


def fill_map(items, page, ctx):
    """Fill the template items (by id) of one map page for the whole region."""
    spec, layers = page["spec"], page["layers"]
    county, cov = ctx["county"], ctx["coverage"]
    _set_text(items, "title", ctx["title"])
    _set_text(items, "map_title", spec.title)
    _set_text(items, "map_number", PAGE_TEXT["map_number"].format(page["number"]))
    _set_text(items, "organisation", ctx["org"])
    _set_text(items, "date", ctx["today"])
    notes = [PAGE_TEXT["crs"].format(crs_text(ctx["crs"]))]
    if page["missing_opt"]:
        notes.append(PAGE_TEXT["missing"].format("、".join(page["missing_opt"])))
    _set_text(items, "notes", "\n".join(notes))
    _set_text(items, "sources", source_text(ctx, page))
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
        _fill_inset(inset, main, ctx)
    legend = items.get("legend")
    if isinstance(legend, QgsLayoutItemLegend):
        _fill_legend(legend, main, layers, county)
        fits, size, room = fit_legend(legend, items)
        page["legend_fit"] = (fits, size, room)
    refresh_scale(items)


def refresh_scale(items):
    """Graticule interval and scale-bar segments for the main map's current extent."""
    main = items["main_map"]
    set_graticule(main, main.layout().project())
    bar = items.get("scalebar")
    if isinstance(bar, QgsLayoutItemScaleBar):
        bar.setLinkedMap(main)
        if "_bar_width" not in items:
            try:
                width = float(bar.customProperty("ecorestore_width_mm", 50.0))
            except (TypeError, ValueError):
                width = 50.0
            items["_bar_width"] = max(20.0, width * 0.9)
        set_scalebar(bar, main, items["_bar_width"])
