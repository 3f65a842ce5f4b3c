"""Helpers shared by the target algorithms (目标与成果): unit layers, fields, table sinks."""
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...i18n import tr
from ...processing_helpers.feedback import check_cancel

REGION_KEY = "region"


def require_field(source, field, what):
    """Refuse a field name the layer does not have (scripts and batch runs can pass any name)."""
    names = source.fields().names()
    if field not in names:
        raise QgsProcessingException(tr(
            "The layer '{}' has no field '{}' (its fields: {}). Choose the field that holds {}."
        ).format(source.sourceName(), field, ", ".join(names) or "-", what))


def require_projected_crs(source, what):
    crs = source.sourceCrs()
    if not crs.isValid() or crs.isGeographic():
        raise QgsProcessingException(tr(
            "{} is not in a projected CRS (metres), but areas and lengths are measured on it. "
            "Reproject it (e.g. CGCS2000 / Gauss-Kruger) first.").format(what))


def read_units(source, key_field, context, feedback=None):
    """[(key, QgsGeometry)] of the units, features with the same key merged; without a key field
    the whole layer is one unit ``region``. Geometries stay in the source CRS."""
    groups = {}
    order = []
    idx = source.fields().indexOf(key_field) if key_field else -1
    for feat in source.getFeatures(QgsFeatureRequest()):
        check_cancel(feedback)
        geom = feat.geometry()
        if geom is None or geom.isNull() or geom.isEmpty():
            continue
        if idx >= 0:
            value = feat.attribute(idx)
            if value is None or (hasattr(value, "isNull") and value.isNull()) or str(value) == "NULL":
                raise QgsProcessingException(tr(
                    "A unit has no value in the key field '{}'. Fill the field for every unit."
                ).format(key_field))
            key = str(value)
        else:
            key = REGION_KEY
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(QgsGeometry(geom))
    units = []
    for key in order:
        geoms = groups[key]
        geom = geoms[0] if len(geoms) == 1 else QgsGeometry.unaryUnion(geoms)
        if not geom.isGeosValid():
            geom = geom.makeValid()
        units.append((key, geom))
    if not units:
        raise QgsProcessingException(tr("The unit layer has no features with a geometry."))
    return units


def transformed_geometries(source, dest_crs, context, request=None):
    """Geometries of ``source`` in ``dest_crs`` with their features."""
    xform = QgsCoordinateTransform(source.sourceCrs(), dest_crs, context.transformContext())
    out = []
    for feat in source.getFeatures(request or QgsFeatureRequest()):
        geom = feat.geometry()
        if geom is None or geom.isNull() or geom.isEmpty():
            continue
        geom = QgsGeometry(geom)
        if source.sourceCrs() != dest_crs:
            geom.transform(xform)
        if not geom.isGeosValid() and QgsWkbTypes.geometryType(geom.wkbType()) == QgsWkbTypes.PolygonGeometry:
            geom = geom.makeValid()
        out.append((feat, geom))
    return out


def numeric_fields(pairs):
    """QgsFields from [(name, 'double'|'string'|'int')]."""
    fields = QgsFields()
    kinds = {"double": QVariant.Double, "string": QVariant.String, "int": QVariant.Int}
    for name, kind in pairs:
        fields.append(QgsField(name, kinds[kind]))
    return fields


def add_rows(sink, fields, rows, feedback=None):
    """Write attribute rows (lists) to a no-geometry sink."""
    for row in rows:
        f = QgsFeature(fields)
        f.setAttributes([None if (isinstance(v, float) and v != v) else v for v in row])
        sink.addFeature(f)


def float_or_nan(value):
    if value is None:
        return float("nan")
    if hasattr(value, "isNull") and value.isNull():
        return float("nan")
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")
