"""Vector outputs (fields, table sinks, rows), feature attributes, and vector <-> raster on a grid.

One vocabulary of field kinds for every output (:data:`FIELD_KINDS`), one conversion of values to
attributes (:func:`attribute_value`: NaN -> NULL, numpy scalars -> Python) and one reading of
attributes as numbers (:func:`attribute_float`: NULL and text -> NaN)."""
import numpy as np
from osgeo import gdal, osr
from qgis.core import QgsProcessingException

from ..i18n import tr


def is_null(value):
    """True for None, a NULL QVariant and the text 'NULL' (how QGIS shows a NULL attribute)."""
    return value is None or (hasattr(value, "isNull") and value.isNull()) or str(value) == "NULL"


def attribute_float(value):
    """A feature attribute as float; NULL, None and non-numeric values give NaN."""
    try:
        if is_null(value):
            return float("nan")
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def attribute_value(value, digits=None):
    """A Python value to write as an attribute: NaN and ±inf -> None (NULL), numpy integers and
    booleans -> int, floats -> float (rounded to ``digits`` when given); other values unchanged."""
    if value is None:
        return None
    if isinstance(value, (bool, np.bool_)):
        return int(bool(value))
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, (float, np.floating)):
        if not np.isfinite(value):
            return None
        return round(float(value), digits) if digits is not None else float(value)
    return value


#: field kinds of the outputs -> (QVariant type name, provider type name). "int" is 32-bit, "long"
#: 64-bit (ids and counts of the pattern and assessment tables).
FIELD_KINDS = {"int": ("Int", "integer"), "long": ("LongLong", "integer64"),
               "double": ("Double", "double"), "string": ("String", "string")}


def make_field(name, kind, length=0, precision=0):
    """A QgsField of one of :data:`FIELD_KINDS`; ``length``/``precision`` when not 0."""
    from qgis.core import QgsField
    from qgis.PyQt.QtCore import QVariant

    if kind not in FIELD_KINDS:
        raise ValueError("unknown field kind {!r} (one of {})".format(kind, ", ".join(FIELD_KINDS)))
    qtype, type_name = FIELD_KINDS[kind]
    f = QgsField(name, getattr(QVariant, qtype), type_name)
    if length:
        f.setLength(length)
    if precision:
        f.setPrecision(precision)
    return f


def make_fields(columns):
    """QgsFields from ``[(name, kind)]`` or ``[(name, kind, length)]`` (kinds: :data:`FIELD_KINDS`)."""
    from qgis.core import QgsFields

    fields = QgsFields()
    for column in columns:
        fields.append(make_field(*column))
    return fields


def require_fields(source, names, what):
    """Refuse field names the layer does not have (scripts and batch runs can pass any name)."""
    have = source.fields().names()
    missing = [n for n in names if n and source.fields().lookupField(n) < 0]
    if missing:
        raise QgsProcessingException(tr(
            "The layer '{}' has no field {} (its fields: {}). Choose the field that holds {}."
        ).format(source.sourceName(), ", ".join("'{}'".format(n) for n in missing), ", ".join(have) or "-",
                 what))


def feature_geometries(source, crs=None, context=None, request=None):
    """``(feature, geometry)`` of the features of ``source`` that have a geometry (null and empty ones
    are skipped), the geometry a copy transformed to ``crs`` when both CRSs are valid and differ."""
    from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry, QgsProject

    xform = None
    src_crs = source.sourceCrs()
    if crs is not None and crs.isValid() and src_crs.isValid() and src_crs != crs:
        ctx = context.transformContext() if context is not None else QgsProject.instance().transformContext()
        xform = QgsCoordinateTransform(src_crs, crs, ctx)
    for feature in source.getFeatures(request or QgsFeatureRequest()):
        g = feature.geometry()
        if g is None or g.isNull() or g.isEmpty():
            continue
        g = QgsGeometry(g)
        if xform is not None:
            g.transform(xform)
        yield feature, g


def rasterize_features(source, grid, value_field=None, burn=1, all_touched=False, context=None,
                       dtype="int32", feature_order=False):
    """Burn the features of a QgsFeatureSource / vector layer onto ``grid``.

    Features are transformed to the grid's CRS. The burnt value is ``value_field``'s attribute,
    or with ``feature_order`` the feature's 1-based position in ``source`` (so label i is the i-th
    feature), else ``burn``. Cells without a feature are 0. Returns an array of ``dtype``.
    """
    return feature_burner(source, grid, value_field, burn, context, feature_order).burn(grid, all_touched, dtype)


def feature_burner(source, grid, value_field=None, burn=1, context=None, feature_order=False):
    """A :class:`Burner` of the features of ``source`` in ``grid``'s CRS (values as :func:`rasterize_features`),
    to burn onto ``grid`` or onto row bands of it."""
    from qgis.core import QgsCoordinateTransform, QgsProject

    transform = None
    if source.sourceCrs().isValid() and grid.crs_wkt:
        dst = grid.crs
        if source.sourceCrs() != dst:
            ctx = context.transformContext() if context is not None else QgsProject.instance().transformContext()
            transform = QgsCoordinateTransform(source.sourceCrs(), dst, ctx)
    idx = source.fields().lookupField(value_field) if value_field else -1
    if value_field and idx < 0:
        raise QgsProcessingException(tr("Field '{}' not found in the layer.").format(value_field))
    geometries, values = [], []
    for position, f in enumerate(source.getFeatures(), start=1):
        g = f.geometry()
        if g is None or g.isEmpty():
            continue
        if transform is not None:
            g.transform(transform)
        v = position if feature_order else (f.attributes()[idx] if idx >= 0 else burn)
        try:
            values.append(float(v) if v is not None else 0.0)
        except (TypeError, ValueError):
            raise QgsProcessingException(tr("Field '{}' holds a non-numeric value '{}'.").format(
                value_field, v)) from None
        geometries.append(g)
    return Burner(geometries, values, grid.crs_wkt)


def rasterize_geometries(geometries, values, grid, all_touched=False, dtype="int32"):
    """Burn QgsGeometry objects (already in the grid's CRS) with ``values`` onto ``grid``.

    Later geometries overwrite earlier ones where they overlap; cells without one are 0.
    """
    return Burner(geometries, values, grid.crs_wkt).burn(grid, all_touched, dtype)


class Burner(object):
    """Geometries with their values, converted once to an OGR layer, burnt onto any grid of that CRS (e.g. the
    row bands of a raster read by blocks: the same cells as one burn of the whole grid, GDAL's cell-centre
    rule being local). Later geometries overwrite earlier ones; cells without one are 0."""

    def __init__(self, geometries, values, crs_wkt):
        from osgeo import ogr

        self.ds = ogr.GetDriverByName("Memory").CreateDataSource("burn")
        srs = osr.SpatialReference()
        if crs_wkt:
            srs.ImportFromWkt(crs_wkt)
        self.layer = self.ds.CreateLayer("burn", srs=srs)
        self.layer.CreateField(ogr.FieldDefn("v", ogr.OFTReal))
        for g, v in zip(geometries, values):
            feat = ogr.Feature(self.layer.GetLayerDefn())
            feat.SetGeometry(ogr.CreateGeometryFromWkb(bytes(g.asWkb())))
            feat.SetField(0, float(v))           # field "v" (by name osgeo searches the fields in Python)
            self.layer.CreateFeature(feat)

    def burn(self, grid, all_touched=False, dtype="int32"):
        from .raster_io import check_memory

        # the burn raster (float64) and the returned array, over the grid
        check_memory(grid.width * grid.height * (8 + np.dtype(dtype).itemsize), tr("rasterizing polygons"))
        mem = gdal.GetDriverByName("MEM").Create("", grid.width, grid.height, 1, gdal.GDT_Float64)
        mem.SetGeoTransform(grid.geotransform)
        if grid.crs_wkt:
            mem.SetProjection(grid.crs_wkt)
        opts = ["ATTRIBUTE=v"] + (["ALL_TOUCHED=TRUE"] if all_touched else [])
        gdal.RasterizeLayer(mem, [1], self.layer, options=opts)
        return mem.GetRasterBand(1).ReadAsArray().astype(dtype)


def polygonize(array, grid, mask=None, connectedness=8):
    """Polygons of equal values of an integer ``array``: list of ``(QgsGeometry, value)``.

    ``mask``: cells to polygonize (default: array != 0). With 8-connectedness GDAL's rings touch
    themselves where two cells meet at a corner, which GEOS calls invalid. Such a polygon is rebuilt from
    the 4-connected polygons of its cells (GDAL's 4-connected rings are valid), collected into one
    MultiPolygon whose parts touch at those corners only: the same cells, a valid geometry, and no
    GEOS repair (``makeValid`` took minutes on county-wide polygons with millions of vertices, issue 20);
    ``makeValid`` remains the fallback. Every geometry is a MultiPolygon (write them to MultiPolygon
    sinks: a Polygon sink would merge the parts into one invalid ring set).
    """
    from qgis.core import QgsGeometry

    arr = np.asarray(array).astype(np.int32)
    m = (arr != 0) if mask is None else np.asarray(mask, bool)
    if connectedness != 8:
        return [(_multi(g if g.isGeosValid() else _repaired(g)), v) for g, v in _gdal_polygons(arr, m, grid, 4)]
    lab8, lab4, of4, value8 = _component_labels(arr, m)
    out, parts = [], None
    for geom, k in _gdal_polygons(lab8, m, grid, 8):
        if not geom.isGeosValid():
            if parts is None:    # the 4-connected pieces of every component, once
                parts = {}
                for g4, j in _gdal_polygons(lab4, m, grid, 4):
                    parts.setdefault(int(of4[j]), []).append(g4)
            pieces = parts.get(int(k), [])
            fixed = QgsGeometry.collectGeometry(pieces) if pieces else geom
            geom = fixed if fixed.isGeosValid() else _repaired(geom)
        out.append((_multi(geom), int(value8[k])))
    return out


def _component_labels(arr, m):
    """8- and 4-connected components of equal values inside ``m``: (8-id raster, 4-id raster, 8-id of each
    4-id, value of each 8-id); ids start at 1 (0 = outside ``m``)."""
    from scipy import ndimage

    values, codes = np.unique(arr[m], return_inverse=True)
    kr = np.zeros(arr.shape, np.int32)
    kr[m] = codes + 1
    lab8 = np.zeros(arr.shape, np.int32)
    lab4 = np.zeros(arr.shape, np.int32)
    of4, value8 = [0], [0]
    for k, sl in enumerate(ndimage.find_objects(kr)):
        if sl is None:
            continue
        sub = kr[sl] == k + 1
        l8, n8 = ndimage.label(sub, structure=np.ones((3, 3), bool))
        l4, n4 = ndimage.label(sub)
        first = np.unique(l4[sub], return_index=True)[1]      # one cell of each 4-id, in id order
        of4.extend((l8[sub][first] + len(value8) - 1).tolist())
        lab8[sl][sub] = l8[sub] + len(value8) - 1
        lab4[sl][sub] = l4[sub] + len(of4) - 1 - n4
        value8.extend([values[k]] * n8)
    return lab8, lab4, np.array(of4), np.array(value8)


def _gdal_polygons(arr, m, grid, connectedness):
    """GDAL's polygons of the integer ``arr`` inside ``m``: [(QgsGeometry, value)]."""
    from osgeo import ogr
    from qgis.core import QgsGeometry

    src = gdal.GetDriverByName("MEM").Create("", grid.width, grid.height, 1, gdal.GDT_Int32)
    src.SetGeoTransform(grid.geotransform)
    src.GetRasterBand(1).WriteArray(arr)
    msk = gdal.GetDriverByName("MEM").Create("", grid.width, grid.height, 1, gdal.GDT_Byte)
    msk.SetGeoTransform(grid.geotransform)
    msk.GetRasterBand(1).WriteArray(m.astype(np.uint8))
    ds = ogr.GetDriverByName("Memory").CreateDataSource("poly")
    lyr = ds.CreateLayer("poly")
    lyr.CreateField(ogr.FieldDefn("v", ogr.OFTInteger))
    gdal.Polygonize(src.GetRasterBand(1), msk.GetRasterBand(1), lyr, 0,
                    ["8CONNECTED=8"] if connectedness == 8 else [])
    out = []
    for f in lyr:
        geom = QgsGeometry()
        geom.fromWkb(f.GetGeometryRef().ExportToWkb())
        out.append((geom, f.GetField("v")))
    return out


def _repaired(geom):
    from qgis.core import QgsWkbTypes

    fixed = geom.makeValid()
    if QgsWkbTypes.flatType(fixed.wkbType()) not in (QgsWkbTypes.Polygon, QgsWkbTypes.MultiPolygon):
        fixed = fixed.convertToType(QgsWkbTypes.PolygonGeometry, True)
    return fixed if fixed is not None and not fixed.isEmpty() else geom


def _multi(geom):
    geom.convertToMultiType()   # one type for every part count: the outputs are MultiPolygon layers
    return geom


def table_sink(alg, parameters, name, context, columns, geometry_type=None, crs=None):
    """A feature sink for a table: ``columns`` = [(field name, kind)] (kinds: :data:`FIELD_KINDS`).

    Returns ``(sink, dest_id, fields)``. Without ``geometry_type`` the output has no geometry.
    """
    from qgis.core import QgsCoordinateReferenceSystem, QgsWkbTypes

    fields = make_fields(columns)
    sink, dest = alg.parameterAsSink(parameters, name, context, fields,
                                     geometry_type if geometry_type is not None else QgsWkbTypes.NoGeometry,
                                     crs or QgsCoordinateReferenceSystem())
    if sink is None:
        raise QgsProcessingException(tr("Cannot create the output table {}.").format(name))
    return sink, dest, fields


def new_feature(fields, values, geometry=None):
    """A QgsFeature with ``values`` as attributes (through :func:`attribute_value`)."""
    from qgis.core import QgsFeature

    f = QgsFeature(fields)
    f.setAttributes([attribute_value(v) for v in values])
    if geometry is not None:
        f.setGeometry(geometry)
    return f


def add_feature(sink, feature):
    """Add ``feature`` to ``sink``; a feature that cannot be written is an error, not a silent gap."""
    from qgis.core import QgsFeatureSink

    if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
        raise QgsProcessingException(tr("A feature could not be written: {}").format(
            sink.lastError() if hasattr(sink, "lastError") else ""))


def add_row(sink, fields, values, geometry=None):
    """Append one feature; NaN numbers become NULL. (Use :func:`add_feature` where a feature the
    sink refuses must stop the run.)"""
    from qgis.core import QgsFeatureSink

    sink.addFeature(new_feature(fields, values, geometry), QgsFeatureSink.FastInsert)


def add_rows(sink, fields, rows):
    """Append attribute rows (lists) without geometry; NaN numbers become NULL."""
    for row in rows:
        add_row(sink, fields, row)


def repaired_polygons(source, crs, context):
    """Non-empty polygon geometries of ``source`` in ``crs`` with their features: ``[(geometry, feature)]``.

    Polygons made from rasters often touch themselves at a corner: they are repaired (``makeValid``), not
    refused, so QGIS's own validity check is skipped for this read."""
    from qgis.core import (QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry,
                           QgsProcessingFeatureSource)

    xform = None
    if source.sourceCrs() != crs:
        xform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
    out = []
    for f in source.getFeatures(QgsFeatureRequest(), QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks):
        g = QgsGeometry(f.geometry())
        if g.isNull() or g.isEmpty():
            continue
        if xform is not None:
            g.transform(xform)
        out.append((g if g.isGeosValid() else g.makeValid(), f))
    return out


def spatial_index(geoms):
    """A QgsSpatialIndex of ``geoms`` whose ids are their positions in the list."""
    from qgis.core import QgsSpatialIndex

    index = QgsSpatialIndex()
    for k, g in enumerate(geoms):
        index.addFeature(k, g.boundingBox())
    return index


class PreparedGeometries:
    """Prepared GEOS engines of ``geoms``, each made on first use: ``prepared[k].intersects(g.constGet())``
    is O(log V) in the vertices of ``geoms[k]`` instead of an O(V) test, for many small geometries
    tested against a few large ones (parcels against a county-wide red line)."""

    def __init__(self, geoms):
        self.geoms = geoms
        self._engines = {}

    def __getitem__(self, k):
        e = self._engines.get(k)
        if e is None:
            from qgis.core import QgsGeometry

            e = self._engines[k] = QgsGeometry.createGeometryEngine(self.geoms[k].constGet())
            e.prepareGeometry()
        return e


def split_geometries(geoms, max_vertices=256):
    """Pieces of ``geoms`` with at most about ``max_vertices`` vertices each, and the index of the geometry
    each piece came from: ``(pieces, owner)``. A large geometry (a county-wide dissolved buffer, a long
    coastline) is cut in half across the longer side of its bounding box, again and again, so that an
    overlay of one small parcel touches only the few pieces around it instead of every vertex of the
    whole (issue 20: a parcel ∩ a dissolved river buffer of 10⁵ vertices cost ~5 ms, 51,780 of them 231 s
    in the 2000² demo). The union of a geometry's pieces is the geometry; areas and lengths add up, and a
    distance is the minimum over the pieces. Polygons stay polygons and lines stay lines (the cut can
    leave lower-dimension slivers on a cut line; they are dropped). A line segment lying exactly on a cut
    line goes to both halves (harmless for intersects and distances), which is why the cut sits at 0.4987
    of the box and not at the half, where a raster-traced outline has its cell edges."""
    from qgis.core import QgsGeometry, QgsRectangle, QgsWkbTypes

    pieces, owner = [], []

    def cut(g, k):
        stack = [(g, 0)]
        while stack:
            g, depth = stack.pop()
            kind = g.type()
            b = g.boundingBox()
            # small enough, a knot of vertices that 48 halvings of its box did not separate, or a mixed
            # collection (a repair's polygons and lines: kept whole, as the overlay would have seen it)
            if g.constGet().nCoordinates() <= max_vertices or depth >= 48 or (b.width() <= 0 and b.height() <= 0) \
                    or kind not in (QgsWkbTypes.PolygonGeometry, QgsWkbTypes.LineGeometry):
                pieces.append(g)
                owner.append(k)
                continue
            if b.width() >= b.height():
                m = b.xMinimum() + 0.4987 * b.width()     # not a round share: raster-traced edges
                halves = (QgsRectangle(b.xMinimum() - 1, b.yMinimum() - 1, m, b.yMaximum() + 1),
                          QgsRectangle(m, b.yMinimum() - 1, b.xMaximum() + 1, b.yMaximum() + 1))
            else:
                m = b.yMinimum() + 0.4987 * b.height()
                halves = (QgsRectangle(b.xMinimum() - 1, b.yMinimum() - 1, b.xMaximum() + 1, m),
                          QgsRectangle(b.xMinimum() - 1, m, b.xMaximum() + 1, b.yMaximum() + 1))
            for r in halves:
                h = g.intersection(QgsGeometry.fromRect(r))
                if h.isNull() or h.isEmpty():
                    continue
                if h.type() == kind or (h.isMultipart() and h.convertGeometryCollectionToSubclass(kind)):
                    stack.append((h, depth + 1))

    for k, g in enumerate(geoms):
        cut(g, k)
    return pieces, owner
