"""Reading rasters onto a grid (aligned or warped), by blocks, and writing outputs safely
(temporary file renamed on success, nothing half written)."""
import os
import uuid

import numpy as np
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsRasterLayer

from ..core._memory import available_memory
from ..i18n import tr
from .feedback import Cancelled, current_feedback
from .grid import Grid, open_raster, require_projected
from .memory_budget import check_grid
from .value_rules import RULES

gdal.UseExceptions()


def _band_to_float(band, arr, stats=None):
    """``arr`` as float64 with NaN for nodata; NaN and ±inf data cells become NaN too.

    ``stats`` (a dict) gets ``nonfinite`` += the number of NaN/±inf cells that were not nodata."""
    arr = arr.astype(np.float64, copy=False)
    nodata = band.GetNoDataValue()
    nonfinite = ~np.isfinite(arr)
    if nodata is not None and np.isnan(nodata):
        nonfinite &= ~np.isnan(arr)          # NaN is this raster's nodata: only ±inf are reported
    n_bad = int(nonfinite.sum())
    if n_bad:
        arr[nonfinite] = np.nan
    if nodata is not None:
        if not np.isnan(nodata):
            arr[arr == nodata] = np.nan
    mask_flags = band.GetMaskFlags()
    if nodata is None and not (mask_flags & gdal.GMF_ALL_VALID):
        mask = band.GetMaskBand().ReadAsArray()
        if mask is not None:
            arr[mask == 0] = np.nan
    if stats is not None:
        stats["nonfinite"] = stats.get("nonfinite", 0) + n_bad
    return arr


def _label(layer, name=None):
    if name:
        return name
    if isinstance(layer, QgsRasterLayer):
        return layer.name()
    return os.path.splitext(os.path.basename(str(layer).split("|")[0]))[0]


def _read_band(band, label, *window):
    """``band.ReadAsArray(*window)``; a damaged or truncated file gives a clear message."""
    try:
        arr = band.ReadAsArray(*window)
    except RuntimeError:
        arr = None
    if arr is None:
        raise QgsProcessingException(tr(
            "Cannot read raster '{}': the file is damaged or truncated (a block of it cannot be read). "
            "Copy or export the file again and rerun.").format(label))
    return arr


def warn_nonfinite(feedback, label, count):
    """Warn that ``count`` NaN/±inf cells of ``label`` were taken as nodata (once per run: an input read
    in several passes is reported once)."""
    if feedback is None or not count:
        return
    warn_once(feedback, tr("Raster '{}': {} cells hold NaN or ±infinity; they are taken as nodata.").format(
        label, count))


def warn_once(feedback, text):
    """``feedback.pushWarning(text)`` unless this run already gave that warning (an input read in
    several passes is reported once)."""
    try:
        seen = feedback.__dict__.setdefault("_ecorestore_warned", set())
    except (AttributeError, TypeError):
        seen = set()
    if text not in seen:
        seen.add(text)
        feedback.pushWarning(text)


def read_raster(layer, grid=None, band=1, categorical=False, feedback=None, name=None,
                strict=False, rule=None, allow_empty=False):
    """Read ``layer`` band as float64 with NaN for nodata, on ``grid`` (default: its own grid).

    An input not aligned with ``grid`` is warped onto it (nearest neighbour for categorical data,
    bilinear otherwise) with a warning, or refused when ``strict``. NaN/±inf cells are taken as
    nodata with a warning; ``rule`` (a :class:`.value_rules.Rule`, e.g. ``RULES["resistance"]``)
    refuses cells outside the allowed range (categorical inputs: whole class codes ≥ 0 by default). An input without a valid cell is refused unless
    ``allow_empty`` (the caller then says what an empty input means). Returns ``(array, grid)``.
    """
    label = _label(layer, name)
    feedback = current_feedback(feedback)
    if rule is None and categorical:
        rule = RULES["class_code"]
    ds = open_raster(layer, label)
    if band < 1 or band > ds.RasterCount:
        raise QgsProcessingException(tr("Raster '{}' has no band {}.").format(label, band))
    own = Grid.from_dataset(ds)
    target = grid or own
    check_memory(target.width * target.height * 24, tr("reading raster '{}'").format(label))
    stats = {}
    if grid is None or grid.aligned_with(own):
        b = ds.GetRasterBand(band)
        arr = _band_to_float(b, _read_band(b, label), stats)
    else:
        check_alignment(layer, grid, categorical, feedback, strict, name=label)
        warped = warp_to_grid(ds, grid, categorical=categorical, band=band, label=label)
        b = warped.GetRasterBand(1)
        arr = _band_to_float(b, _read_band(b, label), stats)
    warn_nonfinite(feedback, label, stats.get("nonfinite", 0))
    if not allow_empty and not np.isfinite(arr).any():
        raise QgsProcessingException(tr(
            "Raster '{}' has no valid cell: every cell is nodata (or outside the reference grid). Check "
            "the file and its extent.").format(label))
    if rule is not None:
        rule.check(arr, label)
    return arr, target


def warp_to_grid(ds, grid, categorical=False, band=1, label=None):
    """Warp one band of ``ds`` onto ``grid`` in memory; returns a GDAL dataset."""
    src = ds
    try:
        if ds.RasterCount > 1:
            src = gdal.Translate("", ds, format="VRT", bandList=[band])
        nodata = src.GetRasterBand(1).GetNoDataValue()
        x0, y0, x1, y1 = grid.bounds
        opts = gdal.WarpOptions(
            format="MEM", outputBounds=(x0, y0, x1, y1), width=grid.width, height=grid.height,
            dstSRS=grid.crs_wkt, resampleAlg="near" if categorical else "bilinear",
            srcNodata=nodata, dstNodata=nodata if nodata is not None else -3.4e38,
            outputType=gdal.GDT_Float64)
        out = gdal.Warp("", src, options=opts)
    except RuntimeError:
        out = None
    if out is None:
        raise QgsProcessingException(tr(
            "Cannot resample raster '{}' onto the reference grid: the file is damaged or its CRS cannot "
            "be transformed. Check the file and its CRS.").format(label or ds.GetDescription()))
    return out


def check_memory(needed, what):
    """Refuse a whole-raster step needing ``needed`` bytes when less memory is available."""
    avail = available_memory()
    if avail is not None and needed > avail:
        raise QgsProcessingException(tr(
            "Not enough memory for {}: about {:.1f} GB needed, {:.1f} GB available. Use a coarser cell "
            "size or a smaller extent, or close other programs.").format(what, needed / 1e9, avail / 1e9))


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
                 category_names=None, allow_empty=False):
        self.path = path
        #: an output without a valid cell is refused unless it is a legitimate answer (``allow_empty``)
        self.allow_empty = allow_empty
        self.valid_cells = 0
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
        if arr.dtype.kind == "f":
            valid = np.isfinite(arr)
            if self.nodata is not None:
                valid &= arr != self.nodata
                arr = np.where(np.isfinite(arr), arr, self.nodata)
        else:
            valid = np.ones(arr.shape, bool) if self.nodata is None else arr != self.nodata
        self.valid_cells += int(valid.sum())
        self.ds.GetRasterBand(1).WriteArray(arr.astype(self.dtype, copy=False), 0, int(row0))

    def __exit__(self, exc_type, exc, tb):
        ok = exc_type is None
        try:
            if self.ds is not None:
                if ok and self.valid_cells == 0 and not self.allow_empty:
                    ok = False
                    raise QgsProcessingException(tr(
                        "The result '{}' has no valid cell: every cell is nodata. Check that the inputs "
                        "overlap and hold valid values (not all nodata), then run again.").format(
                            os.path.basename(self.path)))
                if ok and self.valid_cells:
                    try:
                        self.ds.GetRasterBand(1).ComputeStatistics(False)
                    except RuntimeError:
                        pass  # statistics are a convenience; QGIS computes them when missing
                self.ds.FlushCache()
            if ok:
                self.ds = None
                self._commit()
        finally:
            self.ds = None   # closed before its files are removed, or GDAL writes them back
            for leftover in (self.tmp, self.tmp + ".aux.xml", self.path + ".part"):
                if os.path.exists(leftover):
                    try:
                        os.remove(leftover)
                    except OSError:
                        pass
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
                 category_names=None, allow_empty=False):
    """Write a whole array (see :class:`RasterWriter`). Returns ``path``."""
    if nodata is None and np.dtype(dtype).kind == "f":
        nodata = -9999.0
    with RasterWriter(path, grid, dtype=dtype, nodata=nodata, description=description,
                      category_names=category_names, allow_empty=allow_empty) as w:
        w.write(array)
    return path


def iter_row_blocks(grid, rows=1024):
    """(row0, nrows) windows covering ``grid`` for block-wise per-cell algorithms."""
    for row0 in range(0, grid.height, rows):
        yield row0, min(rows, grid.height - row0)


def check_alignment(layer, grid, categorical=False, feedback=None, strict=False, name=None):
    """Warn (or refuse when ``strict``) when ``layer`` is not on ``grid``; True when aligned."""
    label = _label(layer, name)
    feedback = current_feedback(feedback)
    own = Grid.from_dataset(open_raster(layer, label))
    if grid.aligned_with(own):
        return True
    if strict:
        raise QgsProcessingException(tr(
            "Raster '{}' is not aligned with the reference grid (CRS, extent and cell size must "
            "match). Align it first (Raster > Align Rasters)."
        ).format(label))
    if not own.crs_wkt:
        raise QgsProcessingException(tr(
            "Raster '{}' has no CRS, so it cannot be aligned. Assign its CRS first.").format(label))
    if not grid.crs_wkt:
        raise QgsProcessingException(tr(
            "The reference raster has no CRS, so raster '{}' cannot be aligned to it. Assign the "
            "reference raster's CRS first.").format(label))
    if not _overlaps(own, grid):
        raise QgsProcessingException(tr(
            "Raster '{}' does not overlap the reference grid: check its CRS (is it really in the CRS it "
            "declares?) and its extent.").format(label))
    if feedback is not None:   # once per run: an input read in several passes is checked each time
        warn_once(feedback, tr("Raster '{}' is resampled onto the reference grid ({} method).").format(
            label, tr("nearest neighbour") if categorical else tr("bilinear")))
    return False


def _overlaps(own, grid):
    """True when the extent of grid ``own``, in the CRS of ``grid``, overlaps ``grid``."""
    from osgeo import osr

    x0, y0, x1, y1 = own.bounds
    if own.crs_wkt and grid.crs_wkt and not own.same_crs(grid):
        src, dst = osr.SpatialReference(), osr.SpatialReference()
        src.ImportFromWkt(own.crs_wkt)
        dst.ImportFromWkt(grid.crs_wkt)
        for s in (src, dst):
            s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        try:
            ct = osr.CoordinateTransformation(src, dst)
            xs, ys = [], []
            for fx in np.linspace(0, 1, 5):
                for fy in np.linspace(0, 1, 5):
                    x, y, _ = ct.TransformPoint(x0 + fx * (x1 - x0), y0 + fy * (y1 - y0))
                    xs.append(x)
                    ys.append(y)
        except (RuntimeError, TypeError):
            return True   # cannot tell: let the warp decide
        pts = np.array([xs, ys], dtype=float)
        if not np.isfinite(pts).all():
            return True
        x0, x1, y0, y1 = pts[0].min(), pts[0].max(), pts[1].min(), pts[1].max()
    gx0, gy0, gx1, gy1 = grid.bounds
    return x0 < gx1 and x1 > gx0 and y0 < gy1 and y1 > gy0


class BlockReader:
    """Reads row blocks of one raster band on ``grid`` as float64 with NaN nodata.

    The dataset is opened once; a misaligned input is warped through one lazy VRT, so blocks stay
    small in memory and the warp is set up once, not per block.
    """

    def __init__(self, layer, grid, band=1, categorical=False, name=None, rule=None):
        self.label = _label(layer, name)
        self.rule = RULES["class_code"] if rule is None and categorical else rule
        self.stats = {}
        ds = open_raster(layer, self.label)
        if not grid.aligned_with(Grid.from_dataset(ds)):
            x0, y0, x1, y1 = grid.bounds
            # the options of warp_to_grid, so a block holds the values of a whole read (float64 cells,
            # the source nodata, outside the source nodata too)
            nodata = ds.GetRasterBand(band).GetNoDataValue()
            try:
                ds = gdal.Warp("", ds, format="VRT", outputBounds=(x0, y0, x1, y1), width=grid.width,
                               height=grid.height, dstSRS=grid.crs_wkt,
                               resampleAlg="near" if categorical else "bilinear", srcNodata=nodata,
                               dstNodata=nodata if nodata is not None else -3.4e38, outputType=gdal.GDT_Float64)
            except RuntimeError:
                ds = None
            if ds is None:
                raise QgsProcessingException(tr(
                    "Cannot resample raster '{}' onto the reference grid: the file is damaged or its CRS "
                    "cannot be transformed. Check the file and its CRS.").format(self.label))
        self.ds = ds  # the band below needs its dataset alive
        self.band = ds.GetRasterBand(band)
        self.width = grid.width

    @property
    def nonfinite(self):
        """NaN/±inf cells read so far (taken as nodata)."""
        return self.stats.get("nonfinite", 0)

    def read(self, row0, nrows):
        """Rows [row0, row0+nrows)."""
        arr = _band_to_float(self.band, _read_band(self.band, self.label, 0, int(row0), self.width,
                                                   int(nrows)), self.stats)
        self.stats["valid"] = self.stats.get("valid", 0) + int(np.isfinite(arr).sum())
        if self.rule is not None:   # refused at the first offending block: the count is that block's
            whole = row0 == 0 and nrows >= self.ds.RasterYSize
            self.rule.check(arr, self.label if whole else tr("{}, rows {}-{}").format(
                self.label, int(row0) + 1, int(row0) + int(nrows)))
        return arr

    def finish(self, feedback=None):
        """After the whole raster was read: warn about NaN/±inf cells taken as nodata, refuse an
        input without a valid cell."""
        warn_nonfinite(current_feedback(feedback), self.label, self.nonfinite)
        if not self.stats.get("valid", 0):
            raise QgsProcessingException(tr(
                "Raster '{}' has no valid cell: every cell is nodata (or outside the reference grid). "
                "Check the file and its extent.").format(self.label))


def process_blocks(grid, layers, func, writers, feedback=None, rows=512, start=0.0, end=100.0):
    """Per-cell processing by row blocks: read ``layers`` block by block, call ``func``, write.

    ``layers``: list of ``(layer or None, categorical[, rule[, name]])``; None passes None to
    ``func``; ``rule`` (:mod:`.value_rules`) refuses impossible values, ``name`` labels the input in
    messages. ``func(*blocks)`` returns one array or a tuple, one per writer in ``writers`` (opened
    :class:`RasterWriter` objects, or None to drop that result). Honours cancel; NaN/±inf cells are
    taken as nodata with a warning.
    """
    feedback = current_feedback(feedback)
    specs = [tuple(item) + (None,) * (4 - len(item)) for item in layers]
    for lyr, cat, _rule, label in specs:
        if lyr is not None:
            check_alignment(lyr, grid, cat, feedback, name=label)
    readers = [None if lyr is None else BlockReader(lyr, grid, categorical=cat, name=label, rule=rule)
               for lyr, cat, rule, label in specs]
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
    for rd in readers:
        if rd is not None:
            rd.finish(feedback)
    if feedback is not None and feedback.isCanceled():  # cancelled at the last block: write nothing
        raise Cancelled()


def reference_grid(layer, what, projected=True):
    """The grid of ``layer`` (the reference every other input is aligned to)."""
    label = _label(layer)
    grid = Grid.from_dataset(open_raster(layer, what))
    if projected:
        if not grid.crs_wkt:
            raise QgsProcessingException(tr(
                "{} ('{}') has no CRS, but this algorithm measures areas or distances. Assign its "
                "projected CRS in metres (Layer Properties > Source) first.").format(what, label))
        require_projected(grid, "{} ('{}')".format(what, label))
    check_grid(grid)        # a whole-raster step that cannot fit is refused here, before any computing
    return grid


def output_raster(alg, parameters, name, context):
    """Destination path of raster output ``name`` (GeoTIFF by default)."""
    path = alg.parameterAsOutputLayer(parameters, name, context)
    if not path:
        raise QgsProcessingException(tr("No output path given for {}.").format(name))
    return path


def output_folder(alg, parameters, name, context):
    """The folder of raster output ``name`` (or its nearest existing parent): where a step keeps its scratch
    rasters (the disk the user chose for the results, not the system's temporary folder, which may be in
    memory)."""
    folder = os.path.dirname(os.path.abspath(output_raster(alg, parameters, name, context)))
    while folder and not os.path.isdir(folder) and os.path.dirname(folder) != folder:
        folder = os.path.dirname(folder)     # not created yet: its nearest existing parent (nothing is created)
    return folder
