"""Default styles of the atlas layers: fixed for base layers, categories for unstyled results, labels."""
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsTextBufferSettings,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

from ..styles import SEA_ZONE_COLOURS, ZONE_COLOURS
from .common import text_format


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

#: Result layers coloured by a field with fixed colours: the land-and-sea zones by zone type, sea zones in blues.
CATEGORY_STYLES = {"land_sea_zones": ("zone_type", dict(ZONE_COLOURS, **SEA_ZONE_COLOURS))}

#: Fields used to colour unstyled vector layers by category (first present with 1..20 values).
CATEGORY_FIELDS = ("zone_name", "type_name", "ctype_name", "zone_type", "grade_n", "name", "shore_zh", "suit_zh",
                   "grade_zh", "candidate")

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


def categorize(layer, field, colours=None):
    """Categories of ``field`` in the palette (or ``colours``: {value: colour}, the palette for the others)."""
    idx = layer.fields().lookupField(field)
    if idx < 0:
        return False
    values = sorted({v for v in layer.uniqueValues(idx) if v is not None and str(v) not in ("", "NULL")}, key=str)
    if not 1 <= len(values) <= len(PALETTE):
        return False
    cats = []
    for i, v in enumerate(values):
        sym = QgsSymbol.defaultSymbol(layer.geometryType())
        sym.setColor(QColor((colours or {}).get(v, PALETTE[i])))
        if layer.geometryType() == QgsWkbTypes.LineGeometry:
            sym.setWidth(0.8)              # classified lines (shoreline types) must read at map scale
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
    if name in CATEGORY_STYLES and categorize(layer, *CATEGORY_STYLES[name]):
        return
    for field in CATEGORY_FIELDS:
        if categorize(layer, field):
            return


def label_layer(layer, field, font, size=9, colour=None):
    """Label features of ``layer`` with ``field`` (township names on the location map)."""
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    settings.enabled = True
    fmt = text_format(font, size)
    if colour:
        fmt.setColor(QColor(colour))
    buf = QgsTextBufferSettings()
    buf.setEnabled(True)
    buf.setSize(0.8)
    fmt.setBuffer(buf)
    settings.setFormat(fmt)
    if QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.PolygonGeometry:
        settings.placement = QgsPalLayerSettings.OverPoint
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
