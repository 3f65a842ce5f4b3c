"""Building the built-in templates (``scripts/build_templates.py``): item rectangles and the layout.

Templates (``resources/templates/atlas_<paper>.qpt``) hold one map page whose items have stable ids
(:data:`.common.ITEM_IDS`); the atlas loads a template into a new layout per map and fills the items by id.
"""
import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFillSymbol,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapGrid,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QFont

from .common import FONTS, GRATICULE_CRS, GRATICULE_STEPS, MM, add_label, text_format


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


def _add_main_map(layout, rect, font):
    """The main map with its geographic graticule (ticks and DMS annotations outside the frame)."""
    main = QgsLayoutItemMap(layout)
    main.setFrameEnabled(True)
    main.setKeepLayerSet(True)
    _place(layout, main, *rect, "main_map")
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
    return main


def _add_inset_map(layout, rect, main):
    """The inset (location) map showing the main map's extent in red."""
    inset = QgsLayoutItemMap(layout)
    inset.setFrameEnabled(True)
    inset.setKeepLayerSet(True)
    _place(layout, inset, *rect, "inset_map")
    inset.setCrs(QgsCoordinateReferenceSystem(GRATICULE_CRS))
    inset.setExtent(QgsRectangle(110.5, 18.8, 111.7, 19.5))
    overview = inset.overview()
    overview.setLinkedMap(main)
    overview.setFrameSymbol(QgsFillSymbol.createSimple({"color": "255,0,0,40", "outline_color": "220,0,0",
                                                        "outline_width": "0.5"}))
    return inset


def _add_legend(layout, rect, main, font):
    """An empty legend linked to the main map (the atlas fills it), resized to its contents."""
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
    _place(layout, legend, *rect[:2], 10, 10, "legend")
    return legend


def _add_scalebar(layout, rect, main, font):
    """A single-box kilometre scale bar; its target length is kept for :func:`.page_items.set_scalebar`."""
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
    bar.setCustomProperty("ecorestore_width_mm", rect[2])  # target length, see set_scalebar
    _place(layout, bar, *rect[:2], rect[2], rect[3], "scalebar")
    return bar


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

    main = _add_main_map(layout, r["main_map"], font)
    _add_inset_map(layout, r["inset_map"], main)
    _add_legend(layout, r["legend"], main, font)
    _add_scalebar(layout, r["scalebar"], main, font)

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
