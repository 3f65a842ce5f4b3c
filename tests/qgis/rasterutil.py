"""Small GeoTIFFs for algorithm tests (EPSG:4546, 30 m cells unless told)."""
import numpy as np
from osgeo import gdal, osr

ORIGIN = (500000.0, 2200000.0)


def write_tif(path, array, cellsize=30.0, epsg=4546, nodata=-9999.0, origin=ORIGIN, dtype=None):
    arr = np.asarray(array)
    dtype = dtype or ("Float64" if arr.dtype.kind == "f" else "Int32")
    gtype = {"Float64": gdal.GDT_Float64, "Float32": gdal.GDT_Float32, "Int32": gdal.GDT_Int32,
             "Byte": gdal.GDT_Byte}[dtype]
    ds = gdal.GetDriverByName("GTiff").Create(str(path), arr.shape[1], arr.shape[0], 1, gtype)
    ds.SetGeoTransform((origin[0], cellsize, 0, origin[1], 0, -cellsize))
    if epsg:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
        ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
        if arr.dtype.kind == "f":
            arr = np.where(np.isnan(arr), nodata, arr)
    band.WriteArray(arr)
    ds = None
    return str(path)


def read_tif(path):
    """(array with NaN for nodata, geotransform, projection wkt)."""
    ds = gdal.Open(str(path))
    b = ds.GetRasterBand(1)
    arr = b.ReadAsArray().astype(np.float64)
    nd = b.GetNoDataValue()
    if nd is not None:
        arr[arr == nd] = np.nan
    return arr, ds.GetGeoTransform(), ds.GetProjection()


def peer_path(*parts):
    """Path under ../shared/peerdata (or $ECO_RESTORE_SHARED/peerdata); skips the test when absent."""
    import os

    import pytest

    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    shared = os.environ.get("ECO_RESTORE_SHARED", os.path.join(os.path.dirname(root), "shared"))
    path = os.path.join(shared, "peerdata", *parts)
    if not os.path.exists(path):
        pytest.skip("reference data not found: {}".format(path))
    return path
