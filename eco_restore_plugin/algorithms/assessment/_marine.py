"""Shared helpers of the marine and coastal algorithms (海洋与海岸带): reading shorelines and polygons with
clear messages, land tests, categorised styles. No algorithm class here."""
import numpy as np
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsRendererCategory,
    QgsSpatialIndex,
    QgsSymbol,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

from ...processing_helpers.grid import require_projected_source
from ...processing_helpers.vector_io import repaired_polygons
from ...processing_helpers.feedback import Cancelled
from ...core import shoreline as SL
from ...i18n import tr
from ...processing_helpers.styles import style_on_load

#: colours of the shoreline classes
SHORE_COLOURS = {SL.BEDROCK: "#6b4c3b", SL.SANDY: "#e8c15a", SL.MUDDY: "#9c8a5a", SL.BIOLOGICAL: "#1a9850",
                 SL.ESTUARY: "#2c7fb8", SL.ARTIFICIAL: "#d7191c", SL.RESTORED: "#66c2a4"}
PROTECTION_COLOURS = {1: "#b2182b", 2: "#f4a582", 3: "#4393c3"}


def require_projected(source, label):
    """Refuse a missing source or one without a projected CRS (the one shared check)."""
    require_projected_source(source, label)


def field_index(source, name, label, required=True):
    idx = source.fields().lookupField(name) if name else -1
    if idx < 0 and (required or name):
        raise QgsProcessingException(tr(
            "{}: field '{}' not found. Choose the field that holds it (fields: {}).").format(
                label, name or "", ", ".join(source.fields().names())))
    return idx


def describe(ids, limit=10):
    ids = list(ids)
    text = ", ".join(str(i) for i in ids[:limit])
    return text + (tr(" and {} more").format(len(ids) - limit) if len(ids) > limit else "")


def line_parts(geom):
    """The parts of a (multi)line geometry as (k, 2) arrays."""
    if geom.isMultipart():
        return [np.array([(p.x(), p.y()) for p in part], float) for part in geom.asMultiPolyline()]
    return [np.array([(p.x(), p.y()) for p in geom.asPolyline()], float)]


def read_shorelines(source, class_field, island_field, label, feedback=None):
    """Features of a shoreline layer: list of dicts ``{fid, geom, parts, cls, island, length}``.

    Refuses a geographic CRS, a missing class field, empty or broken geometries (parts with fewer than two
    distinct vertices) and class values it does not know, with the feature ids."""
    require_projected(source, label)
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.LineGeometry:
        raise QgsProcessingException(tr("{}: a line layer is needed.").format(label))
    ci = field_index(source, class_field, label)
    ii = source.fields().lookupField(island_field) if island_field else -1
    if island_field and ii < 0 and feedback is not None:
        feedback.pushWarning(tr("{}: no island flag field '{}': every shore is taken as mainland.").format(
            label, island_field))
    out, broken, unknown = [], [], {}
    for f in source.getFeatures():
        if feedback is not None and feedback.isCanceled():
            raise Cancelled()
        g = f.geometry()
        if g is None or g.isNull() or g.isEmpty():
            broken.append(f.id())
            continue
        parts = line_parts(g)
        if not parts or any(len(p) < 2 or SL.line_length(p) <= 0 or not np.isfinite(p).all() for p in parts):
            broken.append(f.id())
            continue
        k = SL.class_of(f.attributes()[ci])
        if k is None:
            unknown.setdefault(str(f.attributes()[ci]), []).append(f.id())
            continue
        isl = 0
        if ii >= 0:
            v = f.attributes()[ii]
            isl = int(str(v).strip().lower() in ("1", "1.0", "true", "yes", "y", "是", "海岛", "island"))
        out.append({"fid": f.id(), "geom": QgsGeometry(g), "parts": parts, "cls": k, "island": isl,
                    "length": float(sum(SL.line_length(p) for p in parts))})
    if broken:
        raise QgsProcessingException(tr(
            "{}: features {} have an empty or broken line (no geometry, fewer than two distinct vertices or zero "
            "length). Repair them (Vector > Geometry Tools > Check Validity) or delete them.").format(
                label, describe(broken)))
    if unknown:
        names = "; ".join("{} ({})".format(SL.NAMES_ZH[k], SL.CODES[k]) for k in SL.CLASSES)
        raise QgsProcessingException(tr(
            "{}: field '{}' has values that are not shoreline classes: {}. Use a code 1-7, the English code or the "
            "Chinese name of: {}.").format(label, class_field, describe(
                "'{}' (features {})".format(v, describe(ids, 3)) for v, ids in unknown.items()), names))
    if not out:
        raise QgsProcessingException(tr("{}: the layer has no features.").format(label))
    return out


def polygons(source, crs, context, label):
    """Non-null polygon geometries of ``source`` in ``crs`` with their features: list of (geom, feature)."""
    out = repaired_polygons(source, crs, context)
    if not out:
        raise QgsProcessingException(tr("{}: the layer has no polygons.").format(label))
    return out


class PointInPolygons:
    """``contains(x, y)`` arrays and ``nearest(x, y)`` index for a list of polygon geometries."""

    def __init__(self, geoms):
        self.geoms = geoms
        self.index = QgsSpatialIndex()
        self.engines = []
        for i, g in enumerate(geoms):
            self.index.addFeature(i, g.boundingBox())
            e = QgsGeometry.createGeometryEngine(g.constGet())
            e.prepareGeometry()
            self.engines.append(e)

    def which(self, x, y):
        """Index of the polygon holding the point, else the nearest one."""
        pt = QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y)))
        for i in self.index.intersects(pt.boundingBox()):
            if self.engines[i].intersects(pt.constGet()):
                return i
        near = self.index.nearestNeighbor(QgsPointXY(float(x), float(y)), 1)
        return near[0] if near else -1

    def contains(self, xs, ys):
        out = np.zeros(len(xs), bool)
        for j, (x, y) in enumerate(zip(xs, ys)):
            pt = QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y)))
            out[j] = any(self.engines[i].intersects(pt.constGet()) for i in self.index.intersects(pt.boundingBox()))
        return out


def categories_renderer(layer, field, categories, width=None):
    cats = []
    for value, (colour, label) in categories.items():
        sym = QgsSymbol.defaultSymbol(layer.geometryType())
        if sym is None:
            continue
        sym.setColor(QColor(colour))
        if width is not None and layer.geometryType() == QgsWkbTypes.LineGeometry:
            sym.setWidth(width)
        cats.append(QgsRendererCategory(value, sym, label))
    return QgsCategorizedSymbolRenderer(field, cats) if cats else None


def style_categories(context, dest_id, field, categories, layer_name=None, width=None):
    style_on_load(context, dest_id, lambda layer: categories_renderer(layer, field, categories, width), layer_name)


def shore_categories():
    return {SL.CODES[k]: (SHORE_COLOURS[k], "{} {}".format(SL.NAMES_ZH[k], SL.NAMES_EN[k])) for k in SL.CLASSES}
