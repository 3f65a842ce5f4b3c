"""Builders of bad inputs for the bad-input matrix (test_bad_input_matrix.py): damaged, CRS-less,
geographic, all-nodata, NaN/inf, negative, out-of-range and shifted copies of a raster, and empty or
invalid copies of a vector layer. Inputs are never modified: every builder writes a copy."""
import os
import re
import numpy as np
from osgeo import gdal, osr


def _raster_path(value):
    if isinstance(value, str) and os.path.isfile(value.split("|")[0]) and \
            value.lower().endswith((".tif", ".tiff")):
        return value
    return None


def _copy_raster(src, dst, transform=None, srs="same", shift=0.0):
    """A float32 copy of every band of ``src`` (a multi-band stack stays one), nodata -9999, each band
    passed through ``transform(array, valid, nodata)``."""
    ds = gdal.Open(src)
    drv = gdal.GetDriverByName("GTiff")
    o = drv.Create(dst, ds.RasterXSize, ds.RasterYSize, ds.RasterCount, gdal.GDT_Float32,
                   ["COMPRESS=DEFLATE"] if ds.RasterCount > 1 else [])
    gt = list(ds.GetGeoTransform())
    gt[0] += shift * gt[1]
    gt[3] += shift * gt[5]
    if srs == "geographic":
        gt = [110.0, 0.0003, 0.0, 20.0, 0.0, -0.0003]
        s = osr.SpatialReference()
        s.ImportFromEPSG(4326)
        o.SetProjection(s.ExportToWkt())
    elif srs == "same":
        o.SetProjection(ds.GetProjection())
    o.SetGeoTransform(gt)
    out_nodata = -9999.0
    for b in range(1, ds.RasterCount + 1):
        band = ds.GetRasterBand(b)
        arr = band.ReadAsArray().astype(np.float32)
        nodata = band.GetNoDataValue()
        valid = np.ones(arr.shape, bool) if nodata is None else arr != nodata
        arr[~valid] = out_nodata
        if transform is not None:
            arr = transform(arr, valid, out_nodata)
        o.GetRasterBand(b).SetNoDataValue(out_nodata)
        o.GetRasterBand(b).WriteArray(arr)
    o = None
    return dst


def _spots(valid, n=12):
    idx = np.flatnonzero(valid)
    return idx[np.linspace(0, len(idx) - 1, min(n, len(idx))).astype(int)] if len(idx) else idx


def _set_spots(value):
    def tf(arr, valid, nodata):
        flat = arr.reshape(-1)
        flat[_spots(valid.reshape(-1))] = value
        return arr
    return tf


def _nan_inf(arr, valid, nodata):
    flat = arr.reshape(-1)
    s = _spots(valid.reshape(-1), 12)
    flat[s[0::3]] = np.nan
    flat[s[1::3]] = np.inf
    flat[s[2::3]] = -np.inf
    return arr


def bad_raster(kind, src, folder, label):
    dst = os.path.join(folder, "{}_{}.tif".format(label, kind))
    if kind == "truncated":
        data = open(src, "rb").read()
        with open(dst, "wb") as f:
            f.write(data[:max(1024, int(len(data) * 0.55))])
        return dst
    if kind == "no_crs":
        return _copy_raster(src, dst, srs=None)
    if kind == "geographic":
        return _copy_raster(src, dst, srs="geographic")
    if kind == "all_nodata":
        return _copy_raster(src, dst, transform=lambda a, v, nd: np.full_like(a, nd))
    if kind == "nan_inf":
        return _copy_raster(src, dst, transform=_nan_inf)
    if kind == "negative":
        return _copy_raster(src, dst, transform=_set_spots(-5.0))
    if kind == "bad_code":
        return _copy_raster(src, dst, transform=_set_spots(77.0))
    if kind == "misaligned":
        return _copy_raster(src, dst, shift=0.37)
    raise ValueError(kind)


def _vector_layer(value):
    from qgis.core import QgsVectorLayer

    if isinstance(value, str):
        if value.startswith("ogr:"):
            m = re.match(r"ogr:dbname='([^']+)' table=\"([^\"]+)\"", value)
            if m:
                value = "{}|layername={}".format(m.group(1), m.group(2))
        lyr = QgsVectorLayer(value, "v", "ogr")
        return lyr if lyr.isValid() else None
    return None


def class_field(layer):
    """The 三调 land-class code field (DLBM) of a vector layer, or None."""
    if layer is None:
        return None
    i = layer.fields().lookupField("DLBM")
    return layer.fields().at(i).name() if i >= 0 else None


def has_chinese_text(layer, limit=200):
    """True when a text attribute of the first ``limit`` features holds non-ASCII text (and every field
    name fits a Shapefile's 10 characters, so a Shapefile copy keeps the fields)."""
    from qgis.PyQt.QtCore import QVariant

    if layer is None or any(len(f.name()) > 10 for f in layer.fields()):
        return False
    text = [i for i, f in enumerate(layer.fields()) if f.type() == QVariant.String]
    for n, feat in enumerate(layer.getFeatures()):
        if n >= limit:
            break
        if any(isinstance(feat.attributes()[i], str) and not feat.attributes()[i].isascii() for i in text):
            return True
    return False


def _gbk_shapefile(src, folder, label):
    """A Shapefile copy in GBK (CP936) without its .cpg, as the 三调 data often arrive."""
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    dst = os.path.join(folder, "{}_gbk.shp".format(label))
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "ESRI Shapefile"
    opts.fileEncoding = "CP936"
    opts.layerOptions = ["ENCODING=CP936"]
    err = QgsVectorFileWriter.writeAsVectorFormatV2(src, dst, QgsCoordinateTransformContext(), opts)
    if err[0] != QgsVectorFileWriter.NoError:
        return None
    cpg = dst[:-4] + ".cpg"
    if os.path.exists(cpg):
        os.remove(cpg)
    if not os.path.exists(dst) and os.path.exists(dst[:-4] + ".dbf"):
        return dst[:-4] + ".dbf"        # a table without geometry: the Shapefile set is its .dbf
    return dst


def bad_vector(kind, value, folder, label):
    """An empty copy, a copy whose polygons are self-intersecting bow-ties, a copy whose land-class
    codes (DLBM) are partly outside the 三调 classification, or a GBK Shapefile copy without .cpg."""
    from qgis.core import (QgsCoordinateTransformContext, QgsFeature, QgsGeometry, QgsVectorFileWriter,
                           QgsWkbTypes)

    src = _vector_layer(value)
    if src is None:
        return None
    if kind == "invalid_geom" and src.geometryType() != QgsWkbTypes.PolygonGeometry:
        return None
    if kind == "no_cpg":
        return _gbk_shapefile(src, folder, label) if has_chinese_text(src) else None
    code_field = class_field(src)
    if kind == "unknown_code" and code_field is None:
        return None
    dst = os.path.join(folder, "{}_{}.gpkg".format(label, kind))
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "GPKG"
    opts.layerName = label
    w = QgsVectorFileWriter.create(dst, src.fields(), src.wkbType(), src.crs(),
                                   QgsCoordinateTransformContext(), opts)
    if kind == "invalid_geom":
        for i, f in enumerate(src.getFeatures()):
            g = QgsFeature(f)
            if i % 2 == 0:
                b = f.geometry().boundingBox()
                x0, y0, x1, y1 = b.xMinimum(), b.yMinimum(), b.xMaximum(), b.yMaximum()
                g.setGeometry(QgsGeometry.fromWkt(
                    "MultiPolygon((({0} {1}, {2} {3}, {2} {1}, {0} {3}, {0} {1})))".format(x0, y0, x1, y1)))
            w.addFeature(g)
    elif kind == "unknown_code":
        for i, f in enumerate(src.getFeatures()):
            g = QgsFeature(f)
            if i % 2 == 0:
                g[code_field] = "Z999"        # no such 三调 code
            w.addFeature(g)
    del w
    return "{}|layername={}".format(dst, label)


