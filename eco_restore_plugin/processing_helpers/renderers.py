"""Vector styles of the outputs (categorised classes; sources, graduated lines/points, ecological nodes),
applied when QGIS loads an output with :func:`.styles.style_on_load` or :func:`.styles.style_categories_on_load`.
Shared by the algorithms and the demo, which saves them into the planning database."""
from qgis.core import QgsWkbTypes

from ..i18n import tr, tr_noop

#: node_type -> (colour, marker shape, English label with Chinese term)
NODE_STYLES = {
    "pinch_point": ("#e31a1c", "diamond", tr_noop("Pinch point (夹点)")),
    "barrier": ("#6a3d9a", "cross_fill", tr_noop("Barrier (障碍点)")),
    "ridge_crossing": ("#ff7f00", "star", tr_noop("Ridge crossing, strategic point (战略点)")),
}


def categorized_renderer(layer, field, classes):
    """Categorised renderer of ``field`` with ``classes`` = ``{value: (colour, label)}`` (polygons 80 %
    opaque); None when the layer has no such field or no symbol fits its geometry."""
    from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory, QgsSymbol
    from qgis.PyQt.QtGui import QColor

    if layer.fields().lookupField(field) < 0:
        return None
    cats = []
    for value, (colour, label) in classes.items():
        sym = QgsSymbol.defaultSymbol(layer.geometryType())
        if sym is None:
            continue
        sym.setColor(QColor(colour))
        if layer.geometryType() == QgsWkbTypes.PolygonGeometry:
            sym.setOpacity(0.8)
        cats.append(QgsRendererCategory(value, sym, label))
    return QgsCategorizedSymbolRenderer(field, cats) if cats else None


def sources_renderer():
    """Single green fill for ecological sources."""
    from qgis.core import QgsFillSymbol, QgsSingleSymbolRenderer

    return QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "#4daf4a", "outline_color": "#1b5e20", "outline_width": "0.3"}))


def graduated_renderer(layer, field, colours, width_range=None):
    """Graduated (quantile, 5 classes) renderer of ``field``; lines also graduate their width."""
    from qgis.core import (QgsClassificationQuantile, QgsFillSymbol, QgsGradientColorRamp,
                           QgsGraduatedSymbolRenderer, QgsLineSymbol, QgsMarkerSymbol, QgsSymbol)
    from qgis.PyQt.QtGui import QColor

    renderer = QgsGraduatedSymbolRenderer(field)
    gtype = layer.geometryType()
    if gtype == QgsWkbTypes.LineGeometry:
        renderer.setSourceSymbol(QgsLineSymbol.createSimple({"width": "0.6"}))
    elif gtype == QgsWkbTypes.PolygonGeometry:
        renderer.setSourceSymbol(QgsFillSymbol.createSimple({"outline_color": "#1b5e20", "outline_width": "0.3"}))
    elif gtype == QgsWkbTypes.PointGeometry:
        renderer.setSourceSymbol(QgsMarkerSymbol.createSimple({"size": "2.5"}))
    else:
        renderer.setSourceSymbol(QgsSymbol.defaultSymbol(gtype))
    renderer.setSourceColorRamp(QgsGradientColorRamp(QColor(colours[0]), QColor(colours[1])))
    renderer.setClassificationMethod(QgsClassificationQuantile())
    renderer.updateClasses(layer, 5)
    if width_range and gtype == QgsWkbTypes.LineGeometry:
        renderer.setSymbolSizes(*width_range)
    return renderer


def nodes_renderer():
    """Categorized point symbols by node_type."""
    from qgis.core import QgsCategorizedSymbolRenderer, QgsMarkerSymbol, QgsRendererCategory

    cats = []
    for value, (colour, shape, label) in NODE_STYLES.items():
        sym = QgsMarkerSymbol.createSimple({"name": shape, "color": colour, "outline_color": "#000000",
                                            "outline_width": "0.2", "size": "3"})
        cats.append(QgsRendererCategory(value, sym, tr(label)))
    return QgsCategorizedSymbolRenderer("node_type", cats)


def pinch_renderer(layer):
    """Pinch points / patches graduated by their current (orange to dark red)."""
    return graduated_renderer(layer, "current", ("#fdae61", "#b2182b"))


def barrier_renderer(layer):
    """Barrier polygons graduated by their improvement score (light to dark purple)."""
    return graduated_renderer(layer, "improvement", ("#cbc9e2", "#54278f"))
