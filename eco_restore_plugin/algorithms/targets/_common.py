"""Helpers shared by the target algorithms (目标与成果): unit layers and their geometries."""
from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsWkbTypes,
)

from ...i18n import tr
from ...processing_helpers.vector_io import feature_geometries, is_null, spatial_index
from ...processing_helpers.feedback import check_cancel

REGION_KEY = "region"


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
            if is_null(value):
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
    out = []
    for feat, geom in feature_geometries(source, dest_crs, context, request):
        if not geom.isGeosValid() and QgsWkbTypes.geometryType(geom.wkbType()) == QgsWkbTypes.PolygonGeometry:
            geom = geom.makeValid()
        out.append((feat, geom))
    return out


def area_inside_units(merged, units):
    """Area (map units²) of the polygon ``merged`` inside each unit of ``units`` ([(key, geometry)]).

    ``merged`` is overlaid with a unit only through its parts whose box meets the unit's box (a spatial
    index of the parts; issue 20): the other parts cannot overlap the unit, so the province-wide union
    is not intersected whole once per unit."""
    import numpy as np

    areas = np.zeros(len(units))
    if merged.isNull() or merged.isEmpty():
        return areas
    parts = merged.asGeometryCollection() if merged.isMultipart() else [merged]
    index = spatial_index(parts)
    for i, (_, ug) in enumerate(units):
        cand = sorted(index.intersects(ug.boundingBox()))
        if not cand:
            continue
        piece = parts[cand[0]] if len(cand) == 1 else QgsGeometry.collectGeometry([parts[k] for k in cand])
        areas[i] = piece.intersection(ug).area()
    return areas
