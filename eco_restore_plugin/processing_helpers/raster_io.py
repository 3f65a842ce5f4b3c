"""Reading rasters onto a grid (aligned or warped), by blocks, and writing outputs safely
(temporary file renamed on success, nothing half written)."""
import os
import uuid

import numpy as np
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsRasterLayer

from ..i18n import tr
from .feedback import Cancelled
from .grid import Grid, open_raster, require_projected

gdal.UseExceptions()


def _band_to_float(band, arr):
    arr = arr.astype(np.float64, copy=False)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        if np.isnan(nodata):
            pass
        else:
            arr[arr == nodata] = np.nan
    mask_flags = band.GetMaskFlags()
    if nodata is None and not (mask_flags & gdal.GMF_ALL_VALID):
        mask = band.GetMaskBand().ReadAsArray()
        if mask is not None:
            arr[mask == 0] = np.nan
    return arr


def read_raster(layer, grid=None, band=1, categorical=False, feedback=None, name=None,
                strict=False):
    """Read ``layer`` band as float64 with NaN for nodata, on ``grid`` (default: its own grid).

    An input not aligned with ``grid`` is warped onto it (nearest neighbour for categorical data,
    bilinear otherwise) with a warning, or refused when ``strict``. Returns ``(array, grid)``.
    """
    ds = open_raster(layer)
    label = name or (layer.name() if isinstance(layer, QgsRasterLayer) else os.path.basename(str(layer)))
    if band < 1 or band > ds.RasterCount:
        raise QgsProcessingException(tr("Raster '{}' has no band {}.").format(label, band))
    own = Grid.from_dataset(ds)
    if grid is None or grid.aligned_with(own):
        b = ds.GetRasterBand(band)
        return _band_to_float(b, b.ReadAsArray()), (grid or own)
    check_alignment(layer, grid, categorical, feedback, strict)
    warped = warp_to_grid(ds, grid, categorical=categorical, band=band)
    b = warped.GetRasterBand(1)
    return _band_to_float(b, b.ReadAsArray()), grid


def warp_to_grid(ds, grid, categorical=False, band=1):
    """Warp one band of ``ds`` onto ``grid`` in memory; returns a GDAL dataset."""
    src = ds
    if ds.RasterCount > 1:
        src = gdal.Translate("", ds, format="VRT", bandList=[band])
    nodata = src.GetRasterBand(1).GetNoDataValue()
    x0, y0, x1, y1 = grid.bounds
    opts = gdal.WarpOptions(
        format="MEM", outputBounds=(x0, y0, x1, y1), width=grid.width, height=grid.height,
        dstSRS=grid.crs_wkt, resampleAlg="near" if categorical else "bilinear",
        srcNodata=nodata, dstNodata=nodata if nodata is not None else -3.4e38,
        outputType=gdal.GDT_Float64)
    return gdal.Warp("", src, options=opts)


_GDAL_TYPES = {
    np.dtype("uint8"): gdal.GDT_Byte,
    np.dtype("int16"): gdal.GDT_Int16,
    np.dtype("uint16"): gdal.GDT_UInt16,
    np.dtype("int32"): gdal.GDT_Int32,
    np.dtype("uint32"): gdal.GDT_UInt32,
    np.dtype("float32"): gdal.GDT_Float32,
    np.dtype("float64"): gdal.GDT_Float64,
}


def _driver_for(path):
    ext = os.path.splitext(path)[1].lower()
    return {".tif": "GTiff", ".tiff": "GTiff", ".img": "HFA", ".asc": "AAIGrid",
            ".sdat": "SAGA", ".vrt": "VRT", ".nc": "netCDF"}.get(ext, "GTiff")


class RasterWriter:
    """Write a raster by blocks into a temporary file, renamed over ``path`` only on success.

    Use as a context manager; on an exception (including cancel) the temporary file is removed and
    ``path`` is left untouched. Styles are written beside the output by :mod:`.styles`.
    """

    def __init__(self, path, grid, dtype="float32", nodata=None, description=None,
                 category_names=None):
        self.path = path
        self.grid = grid
        self.dtype = np.dtype(dtype)
        self.nodata = nodata
        self.description = description
        self.category_names = category_names
        folder = os.path.dirname(os.path.abspath(path)) or "."
        if not os.path.isdir(folder):
            try:
                os.makedirs(folder, exist_ok=True)
            except OSError as exc:
                raise QgsProcessingException(
                    tr("Cannot create the output folder '{}': {}").format(folder, exc)) from exc
        base, ext = os.path.splitext(os.path.basename(path))
        self.driver_name = _driver_for(path)
        direct = self.driver_name in ("GTiff", "HFA")
        self.tmp = os.path.join(folder, ".{}.{}.part{}".format(base, uuid.uuid4().hex[:8],
                                                              ext if direct else ".tif"))
        self.ds = None

    def __enter__(self):
        drv = gdal.GetDriverByName("GTiff" if self.driver_name != "HFA" else "HFA")
        opts = ["TILED=YES", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"] if drv.ShortName == "GTiff" else []
        if drv.ShortName == "GTiff":
            opts.append("PREDICTOR=3" if self.dtype.kind == "f" else "PREDICTOR=2")
        try:
            self.ds = drv.Create(self.tmp, self.grid.width, self.grid.height, 1,
                                 _GDAL_TYPES[self.dtype], options=opts)
        except RuntimeError as exc:
            raise QgsProcessingException(
                tr("Cannot write the output '{}': {}").format(self.path, exc)) from exc
        self.ds.SetGeoTransform(self.grid.geotransform)
        if self.grid.crs_wkt:
            self.ds.SetProjection(self.grid.crs_wkt)
        band = self.ds.GetRasterBand(1)
        if self.nodata is not None:
            band.SetNoDataValue(float(self.nodata))
        if self.description:
            band.SetDescription(self.description)
        if self.category_names:
            names = [""] * (max(self.category_names) + 1)
            for code, label in self.category_names.items():
                names[int(code)] = label
            band.SetCategoryNames(names)
        return self

    def write(self, array, row0=0):
        """Write ``array`` (NaN = nodata) starting at row ``row0``."""
        arr = np.asarray(array)
        if self.nodata is not None and arr.dtype.kind == "f":
            arr = np.where(np.isnan(arr), self.nodata, arr)
        self.ds.GetRasterBand(1).WriteArray(arr.astype(self.dtype, copy=False), 0, int(row0))

    def __exit__(self, exc_type, exc, tb):
        ok = exc_type is None
        try:
            if self.ds is not None:
                if ok:
                    self.ds.GetRasterBand(1).ComputeStatistics(False)
                self.ds.FlushCache()
                self.ds = None
            if ok:
                self._commit()
        finally:
            if os.path.exists(self.tmp):
                try:
                    os.remove(self.tmp)
                except OSError:
                    pass
            aux = self.tmp + ".aux.xml"
            if os.path.exists(aux):
                os.remove(aux)
        return False

    def _commit(self):
        if self.driver_name in ("GTiff", "HFA"):
            os.replace(self.tmp, self.path)
            # statistics and category names live in the GDAL sidecar: move it too, and never leave
            # the sidecar of an older file at ``path`` describing the new one
            aux, target = self.tmp + ".aux.xml", self.path + ".aux.xml"
            if os.path.exists(aux):
                os.replace(aux, target)
            elif os.path.exists(target):
                os.remove(target)
        else:
            src = gdal.Open(self.tmp)
            tmp2 = self.path + ".part"
            gdal.Translate(tmp2, src, format=self.driver_name)
            src = None
            os.replace(tmp2, self.path)


def write_raster(path, array, grid, dtype="float32", nodata=None, description=None,
                 category_names=None):
    """Write a whole array (see :class:`RasterWriter`). Returns ``path``."""
    if nodata is None and np.dtype(dtype).kind == "f":
        nodata = -9999.0
    with RasterWriter(path, grid, dtype=dtype, nodata=nodata, description=description,
                      category_names=category_names) as w:
        w.write(array)
    return path


def iter_row_blocks(grid, rows=1024):
    """(row0, nrows) windows covering ``grid`` for block-wise per-cell algorithms."""
    for row0 in range(0, grid.height, rows):
        yield row0, min(rows, grid.height - row0)


def check_alignment(layer, grid, categorical=False, feedback=None, strict=False):
    """Warn (or refuse when ``strict``) when ``layer`` is not on ``grid``; True when aligned."""
    own = Grid.from_layer(layer)
    if grid.aligned_with(own):
        return True
    label = layer.name() if isinstance(layer, QgsRasterLayer) else os.path.basename(str(layer))
    if strict:
        raise QgsProcessingException(tr(
            "Raster '{}' is not aligned with the reference grid (CRS, extent and cell size must "
            "match). Align it first (Raster > Align Rasters)."
        ).format(label))
    if not own.crs_wkt or not grid.crs_wkt:
        raise QgsProcessingException(tr(
            "Raster '{}' has no CRS, so it cannot be aligned. Assign its CRS first.").format(label))
    if feedback is not None:
        feedback.pushWarning(tr(
            "Raster '{}' is resampled onto the reference grid ({} method).").format(
                label, tr("nearest neighbour") if categorical else tr("bilinear")))
    return False


class BlockReader:
    """Reads row blocks of one raster band on ``grid`` as float64 with NaN nodata.

    The dataset is opened once; a misaligned input is warped through one lazy VRT, so blocks stay
    small in memory and the warp is set up once, not per block.
    """

    def __init__(self, layer, grid, band=1, categorical=False):
        ds = open_raster(layer)
        if not grid.aligned_with(Grid.from_dataset(ds)):
            x0, y0, x1, y1 = grid.bounds
            ds = gdal.Warp("", ds, format="VRT", outputBounds=(x0, y0, x1, y1), width=grid.width,
                           height=grid.height, dstSRS=grid.crs_wkt,
                           resampleAlg="near" if categorical else "bilinear")
        self.ds = ds  # the band below needs its dataset alive
        self.band = ds.GetRasterBand(band)
        self.width = grid.width

    def read(self, row0, nrows):
        """Rows [row0, row0+nrows)."""
        return _band_to_float(self.band, self.band.ReadAsArray(0, int(row0), self.width, int(nrows)))


def process_blocks(grid, layers, func, writers, feedback=None, rows=512, start=0.0, end=100.0):
    """Per-cell processing by row blocks: read ``layers`` block by block, call ``func``, write.

    ``layers``: list of ``(layer or None, categorical)``; None passes None to ``func``.
    ``func(*blocks)`` returns one array or a tuple, one per writer in ``writers`` (opened
    :class:`RasterWriter` objects, or None to drop that result). Honours cancel.
    """
    for lyr, cat in layers:
        if lyr is not None:
            check_alignment(lyr, grid, cat, feedback)
    readers = [None if lyr is None else BlockReader(lyr, grid, categorical=cat) for lyr, cat in layers]
    n = max(1, (grid.height + rows - 1) // rows)
    for i, (row0, nrows) in enumerate(iter_row_blocks(grid, rows)):
        if feedback is not None and feedback.isCanceled():
            raise Cancelled()
        blocks = [None if rd is None else rd.read(row0, nrows) for rd in readers]
        out = func(*blocks)
        if not isinstance(out, tuple):
            out = (out,)
        for w, arr in zip(writers, out):
            if w is not None:
                w.write(arr, row0)
        if feedback is not None:
            feedback.setProgress(start + (end - start) * (i + 1) / n)
    if feedback is not None and feedback.isCanceled():  # cancelled at the last block: write nothing
        raise Cancelled()


def reference_grid(layer, what, projected=True):
    """The grid of ``layer`` (the reference every other input is aligned to)."""
    grid = Grid.from_layer(layer)
    if projected:
        require_projected(grid, what)
    return grid


def output_raster(alg, parameters, name, context):
    """Destination path of raster output ``name`` (GeoTIFF by default)."""
    path = alg.parameterAsOutputLayer(parameters, name, context)
    if not path:
        raise QgsProcessingException(tr("No output path given for {}.").format(name))
    return path
