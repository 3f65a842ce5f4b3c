"""Vector outputs (table sinks, rows), feature attributes, and vector <-> raster on a grid."""
import numpy as np
from osgeo import gdal, osr
from qgis.core import QgsProcessingException

from ..i18n import tr


def attribute_float(value):
    """A feature attribute as float; NULL, None and non-numeric values give NaN."""
    try:
        if value is None or (hasattr(value, "isNull") and value.isNull()) or str(value) == "NULL":
            return float("nan")
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def rasterize_features(source, grid, value_field=None, burn=1, all_touched=False, context=None,
                       dtype="int32", feature_order=False):
    """Burn the features of a QgsFeatureSource / vector layer onto ``grid``.

    Features are transformed to the grid's CRS. The burnt value is ``value_field``'s attribute,
    or with ``feature_order`` the feature's 1-based position in ``source`` (so label i is the i-th
    feature), else ``burn``. Cells without a feature are 0. Returns an array of ``dtype``.
    """
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
    return rasterize_geometries(geometries, values, grid, all_touched, dtype)


def rasterize_geometries(geometries, values, grid, all_touched=False, dtype="int32"):
    """Burn QgsGeometry objects (already in the grid's CRS) with ``values`` onto ``grid``.

    Later geometries overwrite earlier ones where they overlap; cells without one are 0.
    """
    from osgeo import ogr

    ds = ogr.GetDriverByName("Memory").CreateDataSource("burn")
    srs = osr.SpatialReference()
    if grid.crs_wkt:
        srs.ImportFromWkt(grid.crs_wkt)
    lyr = ds.CreateLayer("burn", srs=srs)
    lyr.CreateField(ogr.FieldDefn("v", ogr.OFTReal))
    for g, v in zip(geometries, values):
        feat = ogr.Feature(lyr.GetLayerDefn())
        feat.SetGeometry(ogr.CreateGeometryFromWkb(bytes(g.asWkb())))
        feat.SetField("v", float(v))
        lyr.CreateFeature(feat)
    from .raster_io import check_memory

    # the burn raster (float64) and the returned array, over the whole grid
    check_memory(grid.width * grid.height * (8 + np.dtype(dtype).itemsize), tr("rasterizing polygons"))
    mem = gdal.GetDriverByName("MEM").Create("", grid.width, grid.height, 1, gdal.GDT_Float64)
    mem.SetGeoTransform(grid.geotransform)
    if grid.crs_wkt:
        mem.SetProjection(grid.crs_wkt)
    opts = ["ATTRIBUTE=v"] + (["ALL_TOUCHED=TRUE"] if all_touched else [])
    gdal.RasterizeLayer(mem, [1], lyr, options=opts)
    return mem.GetRasterBand(1).ReadAsArray().astype(dtype)


def polygonize(array, grid, mask=None, connectedness=8):
    """Polygons of equal values of an integer ``array``: list of ``(QgsGeometry, value)``.

    ``mask``: cells to polygonize (default: array != 0).
    """
    from osgeo import ogr
    from qgis.core import QgsGeometry

    arr = np.asarray(array).astype(np.int32)
    m = (arr != 0) if mask is None else np.asarray(mask, bool)
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


def table_sink(alg, parameters, name, context, columns, geometry_type=None, crs=None):
    """A feature sink for a table: ``columns`` = [(field name, 'int'|'double'|'string')].

    Returns ``(sink, dest_id, fields)``. Without ``geometry_type`` the output has no geometry.
    """
    from qgis.core import QgsCoordinateReferenceSystem, QgsField, QgsFields, QgsWkbTypes
    from qgis.PyQt.QtCore import QVariant

    kinds = {"int": QVariant.LongLong, "double": QVariant.Double, "string": QVariant.String}
    fields = QgsFields()
    for fname, kind in columns:
        fields.append(QgsField(fname, kinds[kind]))
    sink, dest = alg.parameterAsSink(parameters, name, context, fields,
                                     geometry_type if geometry_type is not None else QgsWkbTypes.NoGeometry,
                                     crs or QgsCoordinateReferenceSystem())
    if sink is None:
        raise QgsProcessingException(tr("Cannot create the output table {}.").format(name))
    return sink, dest, fields


def add_row(sink, fields, values, geometry=None):
    """Append one feature; NaN numbers become NULL."""
    from qgis.core import QgsFeature, QgsFeatureSink

    f = QgsFeature(fields)
    clean = []
    for v in values:
        if isinstance(v, (float, np.floating)) and not np.isfinite(v):
            clean.append(None)
        elif isinstance(v, np.integer):
            clean.append(int(v))
        elif isinstance(v, np.floating):
            clean.append(float(v))
        else:
            clean.append(v)
    f.setAttributes(clean)
    if geometry is not None:
        f.setGeometry(geometry)
    sink.addFeature(f, QgsFeatureSink.FastInsert)
