"""Atlas basics: fonts, item ids, paper sizes, text formats, labels and empty pages."""
from qgis.core import (
    QgsLayoutItemLabel,
    QgsLayoutItemPage,
    QgsLayoutMeasurementConverter,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QFont, QFontDatabase

from ...paths import resource_path


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
