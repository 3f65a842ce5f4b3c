"""Loading templates and layouts: .qpt files, layouts of a project, items by id, missing fonts."""
import os

from qgis.core import (
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsReadWriteContext,
)
from qgis.PyQt.QtGui import QFont, QFontDatabase
from qgis.PyQt.QtXml import QDomDocument

from ...i18n import tr


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
