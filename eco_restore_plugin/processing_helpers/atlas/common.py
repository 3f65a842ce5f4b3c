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


#: Preferred Chinese fonts, the first installed one is used. TrueType fonts come first: Qt's PDF engine
#: writes OpenType/CFF CJK fonts (Noto Sans CJK, Source Han Sans) with a ToUnicode map that turns some
#: characters into Kangxi-radical look-alikes (⽣ for 生) and drops digits, so the PDF cannot be searched;
#: TrueType CJK fonts (Debian ``fonts-wqy-zenhei``; Windows 微软雅黑 / 黑体) keep the text searchable.
FONTS = ("WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "AR PL UMing CN",
         "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Sans Serif")

#: Fonts of :data:`FONTS` whose text is searchable in the atlas PDF (TrueType outlines).
PDF_TEXT_FONTS = FONTS[:5]

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


#: Fixed texts of the atlas pages. The atlas is a deliverable of a 国土空间生态修复规划 and is printed in
#: Chinese whatever the language of QGIS (the map titles are Chinese already).
PAGE_TEXT = {
    "contents": "目录",
    "atlas": "规划图集",
    "map_number": "图 {}",
    "page": "第 {} 页",
    "page_range": "第 {}—{} 页",
    "crs": "坐标系：{}",
    "source": "数据来源：{}",
    "missing": "未绘出（缺少图层）：{}",
    "skipped": "未编入的图（缺少图层）：",
    "legend": "图例",
    "inset": "区位示意",
    "coverage": "分幅范围",
}


def crs_text(crs):
    """Chinese name of a CGCS2000 coordinate system with its EPSG code, else the CRS's own name.

    'CGCS2000 / 3-degree Gauss-Kruger CM 111E' -> 'CGCS2000 / 3度带高斯-克吕格投影 中央经线 111°E (EPSG:4545)'.
    """
    import re

    desc = crs.description() or crs.authid() or ""
    auth = crs.authid()
    m = re.match(r"CGCS2000 / (3|6)-degree Gauss-Kruger (CM (\d+)E|zone (\d+))$", desc)
    if m:
        band = "{}度带高斯-克吕格投影".format(m.group(1))
        where = "中央经线 {}°E".format(m.group(3)) if m.group(3) else "第 {} 带".format(m.group(4))
        desc = "CGCS2000 / {} {}".format(band, where)
    elif desc == "China Geodetic Coordinate System 2000" or auth == "EPSG:4490":
        desc = "CGCS2000 地理坐标系"
    return "{} ({})".format(desc, auth) if auth and auth not in desc else desc


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
