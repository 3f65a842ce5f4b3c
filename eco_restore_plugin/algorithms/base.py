"""What every Eco-Restore Processing algorithm shares.

An algorithm module is a thin adapter: it declares parameters (with help), reads and aligns its
inputs with the helpers here, calls ``eco_restore_plugin.core``, writes and styles its outputs,
reports progress and honours cancel. Subclasses set ``NAME`` (public API: never rename), ``GROUP``
(a key of :data:`GROUPS`), ``DISPLAY`` and ``HELP`` (English source strings, translated by
:func:`tr`) and implement :meth:`initAlgorithm` and :meth:`process`.
"""
import os
import shutil
import uuid

import numpy as np
from osgeo import gdal, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsRasterLayer,
)
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from ..paths import icon_path, style_path

gdal.UseExceptions()

#: group id -> English source name (shown translated). Group ids are stable.
GROUPS = {
    "assessment": "Ecosystem assessment (生态系统评价)",
    "pattern": "Ecological security pattern (生态安全格局)",
    "zoning": "Restoration zoning (修复分区)",
    "consolidation": "Land consolidation (土地综合整治)",
    "targets": "Targets and outputs (目标与成果)",
    "data": "Data and tools (数据与工具)",
}

HELP_URL = "https://example.org/eco-restore/docs/algorithms/{}"  # placeholder, see metadata.txt


class Cancelled(QgsProcessingException):
    """Raised when the user cancels; outputs in progress are removed."""

    def __init__(self):
        super().__init__(tr("Cancelled by the user; no output was written."))


class EcoRestoreAlgorithm(QgsProcessingAlgorithm):
    """Base class of the ``ecorestore`` algorithms."""

    NAME = None
    GROUP = None
    DISPLAY = None
    HELP = ""
    TAGS = ""

    # -- identity ---------------------------------------------------------------------------
    def name(self):
        return self.NAME

    def displayName(self):  # noqa: N802
        return tr(self.DISPLAY)

    def group(self):
        return tr(GROUPS[self.GROUP])

    def groupId(self):  # noqa: N802
        return self.GROUP

    def shortHelpString(self):  # noqa: N802
        return tr(self.HELP) if self.HELP else ""

    def tags(self):
        return [t.strip() for t in tr(self.TAGS).split(",") if t.strip()] if self.TAGS else []

    def helpUrl(self):  # noqa: N802
        return HELP_URL.format(self.NAME)

    def icon(self):
        return QIcon(icon_path())

    def createInstance(self):  # noqa: N802
        return type(self)()

    def tr(self, text):
        return tr(text)

    # -- running ----------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """Run :meth:`process`; bad input raised by the core as ValueError becomes a clear message.

        The message is raised afresh, outside the handler: the original traceback would keep the
        algorithm's local QGIS objects (layers, layouts, projects) alive after QGIS has exited, and a
        caller that keeps the exception (pytest, a script's error log) would crash at interpreter exit."""
        try:
            return self.process(parameters, context, feedback)
        except Cancelled:
            error = Cancelled
        except QgsProcessingException as exc:
            error = str(exc)
        except InterruptedError:  # core functions stop this way when cancelled() is true
            error = Cancelled
        except ValueError as exc:
            error = str(exc)
        except MemoryError:
            error = tr("Not enough memory for this input. Use a coarser cell size or a smaller extent.")
        if error is Cancelled:
            raise Cancelled()
        raise QgsProcessingException(error)

    def process(self, parameters, context, feedback):
        """The adapter's work (override). Returns the outputs dict."""
        raise NotImplementedError

    def table_value(self, parameters, name):
        """The value of a matrix (table) parameter, or its default when not given."""
        value = parameters.get(name)
        if value is None or value == "" or value == []:
            value = self.parameterDefinition(name).defaultValue()
        return value

    # -- feedback helpers -------------------------------------------------------------------
    @staticmethod
    def progress_callback(feedback, start=0.0, end=100.0):
        """A ``progress(fraction)`` callable for core functions, mapped to [start, end] %."""
        def progress(fraction):
            if feedback is not None:
                feedback.setProgress(start + (end - start) * min(max(float(fraction), 0.0), 1.0))
        return progress

    @staticmethod
    def cancel_callback(feedback):
        """A ``cancelled()`` callable for core functions."""
        return (lambda: feedback.isCanceled()) if feedback is not None else (lambda: False)

    @staticmethod
    def check_cancel(feedback):
        if feedback is not None and feedback.isCanceled():
            raise Cancelled()


# ---------------------------------------------------------------------------------------------
# Raster grid, reading and alignment
# ---------------------------------------------------------------------------------------------
class Grid:
    """A raster grid: CRS, geotransform and size. The reference every input is aligned to."""

    def __init__(self, crs_wkt, geotransform, width, height):
        self.crs_wkt = crs_wkt
        self.geotransform = tuple(float(v) for v in geotransform)
        self.width = int(width)
        self.height = int(height)

    @classmethod
    def from_dataset(cls, ds):
        return cls(ds.GetProjection(), ds.GetGeoTransform(), ds.RasterXSize, ds.RasterYSize)

    @classmethod
    def from_layer(cls, layer):
        return cls.from_dataset(open_raster(layer))

    @property
    def shape(self):
        return (self.height, self.width)

    @property
    def cellsize(self):
        """(x, y) cell size in CRS units (y positive)."""
        return (abs(self.geotransform[1]), abs(self.geotransform[5]))

    @property
    def bounds(self):
        gt = self.geotransform
        x0, y0 = gt[0], gt[3]
        x1 = x0 + gt[1] * self.width
        y1 = y0 + gt[5] * self.height
        return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))

    @property
    def crs(self):
        return QgsCoordinateReferenceSystem.fromWkt(self.crs_wkt)

    def is_geographic(self):
        srs = osr.SpatialReference()
        if not self.crs_wkt or srs.ImportFromWkt(self.crs_wkt) != 0:
            return False
        return bool(srs.IsGeographic())

    def same_crs(self, other):
        if not self.crs_wkt or not other.crs_wkt:
            return self.crs_wkt == other.crs_wkt
        a, b = osr.SpatialReference(), osr.SpatialReference()
        a.ImportFromWkt(self.crs_wkt)
        b.ImportFromWkt(other.crs_wkt)
        return bool(a.IsSame(b))

    def aligned_with(self, other, rtol=1e-6):
        """True when ``other`` has the same CRS, origin, cell size and size."""
        if self.shape != other.shape or not self.same_crs(other):
            return False
        tol = rtol * max(self.cellsize)
        return all(abs(a - b) <= tol for a, b in zip(self.geotransform, other.geotransform))

    def cell_area(self):
        cx, cy = self.cellsize
        return cx * cy

    def to_pixel(self, x, y):
        """(row, col) of map coordinate (x, y) (may fall outside the grid)."""
        gt = self.geotransform
        col = int(np.floor((x - gt[0]) / gt[1]))
        row = int(np.floor((y - gt[3]) / gt[5]))
        return row, col

    def cell_center(self, row, col):
        gt = self.geotransform
        return (gt[0] + (np.asarray(col) + 0.5) * gt[1], gt[3] + (np.asarray(row) + 0.5) * gt[5])


def layer_source_path(layer):
    """The GDAL path of a raster layer (or a path string)."""
    if isinstance(layer, str):
        return layer
    if layer is None:
        raise QgsProcessingException(tr("A required raster input is missing."))
    if layer.providerType() != "gdal":
        raise QgsProcessingException(tr(
            "Raster layer '{}' is not a file-based (GDAL) raster; save it as GeoTIFF first."
        ).format(layer.name()))
    return layer.source()


def open_raster(layer):
    path = layer_source_path(layer)
    try:
        ds = gdal.Open(path)
    except RuntimeError as exc:
        raise QgsProcessingException(
            tr("Cannot read raster '{}': {}").format(path, exc)) from exc
    if ds is None:
        raise QgsProcessingException(tr("Cannot read raster '{}'.").format(path))
    return ds


def require_projected(grid, what):
    """Refuse a geographic CRS where areas or distances matter."""
    if grid.is_geographic():
        raise QgsProcessingException(tr(
            "{} is in a geographic CRS (degrees), but this algorithm measures areas or distances. "
            "Reproject it to a projected CRS in metres (e.g. CGCS2000 / Gauss-Kruger) first."
        ).format(what))


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


# ---------------------------------------------------------------------------------------------
# Writing outputs: nothing half written
# ---------------------------------------------------------------------------------------------
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
    ``path`` is left untouched. ``style`` names a QML in ``resources/styles`` copied beside the
    output so QGIS shows it styled wherever it is loaded.
    """

    def __init__(self, path, grid, dtype="float32", nodata=None, description=None, style=None,
                 category_names=None):
        self.path = path
        self.grid = grid
        self.dtype = np.dtype(dtype)
        self.nodata = nodata
        self.description = description
        self.style = style
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
        qml = style_path(self.style) if self.style else None
        if qml:
            shutil.copyfile(qml, os.path.splitext(self.path)[0] + ".qml")


def write_raster(path, array, grid, dtype="float32", nodata=None, description=None, style=None,
                 category_names=None):
    """Write a whole array (see :class:`RasterWriter`). Returns ``path``."""
    if nodata is None and np.dtype(dtype).kind == "f":
        nodata = -9999.0
    with RasterWriter(path, grid, dtype=dtype, nodata=nodata, description=description,
                      style=style, category_names=category_names) as w:
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


def read_block(layer, grid, row0, nrows, band=1, categorical=False):
    """Rows [row0, row0+nrows) of ``layer`` on ``grid`` (one-off; loops use :class:`BlockReader`)."""
    return BlockReader(layer, grid, band, categorical).read(row0, nrows)


# ---------------------------------------------------------------------------------------------
# Styling of outputs loaded on completion
# ---------------------------------------------------------------------------------------------
_POST_PROCESSORS = []


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a QML style (and optionally a name) to an output layer when QGIS loads it."""

    def __init__(self, qml, layer_name=None):
        super().__init__()
        self.qml = qml
        self.layer_name = layer_name

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if self.qml and os.path.exists(self.qml):
            layer.loadNamedStyle(self.qml)
            layer.triggerRepaint()
        if self.layer_name:
            layer.setName(self.layer_name)


class RendererPostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Sets ``factory(layer)`` as the renderer of an output vector layer when QGIS loads it (no renderer
    when the factory returns None) and optionally renames the layer."""

    def __init__(self, factory, layer_name=None):
        super().__init__()
        self.factory = factory
        self.layer_name = layer_name

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if layer is None or not hasattr(layer, "setRenderer"):
            return
        try:
            renderer = self.factory(layer)
        except Exception:  # noqa: BLE001 - a style must never fail a finished run
            renderer = None
        if renderer is not None:
            layer.setRenderer(renderer)
            layer.triggerRepaint()
        if self.layer_name:
            layer.setName(self.layer_name)


def style_on_load(context, dest_id, factory, layer_name=None):
    """Apply ``factory(layer)`` as renderer of output ``dest_id`` when it is loaded on completion."""
    if not dest_id or not context.willLoadLayerOnCompletion(dest_id):
        return
    post = RendererPostProcessor(factory, layer_name)
    _POST_PROCESSORS.append(post)  # QGIS does not own Python post-processors
    context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(post)


# ---------------------------------------------------------------------------------------------
# Table parameters
# ---------------------------------------------------------------------------------------------
def matrix_rows(value, ncols):
    """Rows of a QgsProcessingParameterMatrix value (a flat list) as lists of ``ncols`` strings."""
    flat = list(value or [])
    if len(flat) % ncols:
        raise QgsProcessingException(
            tr("The table has {} values, which is not a whole number of rows of {} columns.").format(
                len(flat), ncols))
    return [[str(v).strip() for v in flat[i:i + ncols]] for i in range(0, len(flat), ncols)]


def attribute_float(value):
    """A feature attribute as float; NULL, None and non-numeric values give NaN."""
    try:
        if value is None or (hasattr(value, "isNull") and value.isNull()) or str(value) == "NULL":
            return float("nan")
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def to_float(text, what):
    """Parse a number from a table cell, with a clear message when it is not one."""
    try:
        return float(str(text).strip())
    except (TypeError, ValueError):
        raise QgsProcessingException(
            tr("{}: '{}' is not a number.").format(what, text)) from None


# ---------------------------------------------------------------------------------------------
# Styles made for the data: classed palettes and graded ramps, saved beside the output as .qml
# ---------------------------------------------------------------------------------------------
#: 极重要 / 重要 / 一般重要 in the usual red / orange / yellow (codes 3 / 2 / 1).
IMPORTANCE_CLASSES = {
    1: ("#ffe680", "一般重要 Generally important"),
    2: ("#ff9933", "重要 Important"),
    3: ("#d7191c", "极重要 Extremely important"),
}


def style_raster_classes(path, classes, layer_name=None):
    """Save a paletted style ``{code: (colour, label)}`` as ``<path>.qml``; returns the QML path."""
    from qgis.core import QgsPalettedRasterRenderer
    from qgis.PyQt.QtGui import QColor

    layer = QgsRasterLayer(path, layer_name or os.path.basename(path), "gdal")
    if not layer.isValid():
        return None
    items = [QgsPalettedRasterRenderer.Class(int(code), QColor(colour), label)
             for code, (colour, label) in sorted(classes.items())]
    layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), 1, items))
    qml = os.path.splitext(path)[0] + ".qml"
    layer.saveNamedStyle(qml)
    return qml


RAMPS = {
    "service": ["#f7fcf5", "#c7e9c0", "#74c476", "#238b45", "#00441b"],
    "cost": ["#fff7ec", "#fdd49e", "#fc8d59", "#d7301f", "#7f0000"],
    "current": ["#000004", "#3b0f70", "#8c2981", "#de4968", "#fe9f6d", "#fcfdbf"],
    "degradation": ["#1a9641", "#a6d96a", "#ffffbf", "#fdae61", "#d7191c"],
    "elevation": ["#1a9850", "#91cf60", "#d9ef8b", "#fee08b", "#fc8d59", "#d73027", "#ffffff"],
    "diverging": ["#2166ac", "#67a9cf", "#f7f7f7", "#ef8a62", "#b2182b"],
}


def style_raster_ramp(path, ramp="service", layer_name=None, vmin=None, vmax=None):
    """Save a graded pseudocolour style stretched to the data (or ``vmin``/``vmax``) as .qml."""
    from qgis.core import (QgsColorRampShader, QgsRasterBandStats, QgsRasterShader,
                           QgsSingleBandPseudoColorRenderer)
    from qgis.PyQt.QtGui import QColor

    layer = QgsRasterLayer(path, layer_name or os.path.basename(path), "gdal")
    if not layer.isValid():
        return None
    if vmin is None or vmax is None:
        stats = layer.dataProvider().bandStatistics(1, QgsRasterBandStats.Min | QgsRasterBandStats.Max)
        vmin = stats.minimumValue if vmin is None else vmin
        vmax = stats.maximumValue if vmax is None else vmax
    if not np.isfinite(vmin) or not np.isfinite(vmax) or vmax <= vmin:
        vmax = vmin + 1.0 if np.isfinite(vmin) else 1.0
        vmin = vmin if np.isfinite(vmin) else 0.0
    colours = RAMPS.get(ramp, RAMPS["service"])
    items = []
    for i, c in enumerate(colours):
        v = vmin + (vmax - vmin) * i / (len(colours) - 1)
        items.append(QgsColorRampShader.ColorRampItem(v, QColor(c), "{:.4g}".format(v)))
    fn = QgsColorRampShader(vmin, vmax)
    fn.setColorRampType(QgsColorRampShader.Interpolated)
    fn.setColorRampItemList(items)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(fn)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
    renderer.setClassificationMin(vmin)
    renderer.setClassificationMax(vmax)
    layer.setRenderer(renderer)
    qml = os.path.splitext(path)[0] + ".qml"
    layer.saveNamedStyle(qml)
    return qml


def apply_qml_on_load(context, output_id, qml, layer_name=None):
    """Apply an existing QML file to output ``output_id`` when QGIS loads it."""
    if not qml or not context.willLoadLayerOnCompletion(output_id):
        return
    post = StylePostProcessor(qml, layer_name)
    _POST_PROCESSORS.append(post)  # keep it alive: QGIS does not own Python post-processors
    context.layerToLoadOnCompletionDetails(output_id).setPostProcessor(post)


# ---------------------------------------------------------------------------------------------
# Class tables (land-use code -> value), editable in the dialog, in batch and in models
# ---------------------------------------------------------------------------------------------
def class_table_parameter(name, description, headers, default, help_text=None, optional=False):
    """A QgsProcessingParameterMatrix ``code | value ...`` filled with ``default``.

    ``default``: ``{code: value}`` or ``{code: {column: value}}`` (columns = ``headers[1:]``).
    NaN values are shown as empty cells ("not assessed").
    """
    from qgis.core import QgsProcessingParameterMatrix

    flat = []
    for code in sorted(default, key=lambda c: (str(type(c)), c)):
        value = default[code]
        row = [value[h] for h in headers[1:]] if isinstance(value, dict) else [value]
        flat.append(str(code))
        for v in row:
            flat.append("" if isinstance(v, float) and np.isnan(v) else str(v))
    # Marked optional so a run that omits it (scripts, models) takes the default: QGIS 3.22's matrix
    # parameter does not fall back to its default by itself. Read it with ``alg.table_value``.
    p = QgsProcessingParameterMatrix(name, description, numberRows=0, hasFixedNumberRows=False,
                                     headers=list(headers), defaultValue=flat, optional=True)
    if help_text:
        p.setHelp(help_text)
    return p


def parse_class_table(value, headers, what):
    """Parse a class-table matrix into ``{code: float}`` (one value column) or ``{code: {col: float}}``.

    Empty cells give NaN. Raises QgsProcessingException naming the bad cell.
    """
    ncols = len(headers)
    out = {}
    for row in matrix_rows(value, ncols):
        if not row[0]:
            continue
        try:
            code = int(float(row[0]))
        except ValueError:
            raise QgsProcessingException(tr("{}: class code '{}' is not a whole number.").format(
                what, row[0])) from None
        vals = [np.nan if v == "" else to_float(v, "{} ({} {})".format(what, headers[0], row[0]))
                for v in row[1:]]
        out[code] = vals[0] if ncols == 2 else dict(zip(headers[1:], vals))
    if not out:
        raise QgsProcessingException(tr("{}: the table is empty.").format(what))
    return out


def number_list(text, what, count=None):
    """Parse ``"0.5, 0.8"`` into floats; clear message when malformed."""
    parts = [p for p in str(text or "").replace(";", ",").split(",") if p.strip()]
    values = [to_float(p, what) for p in parts]
    if count is not None and len(values) != count:
        raise QgsProcessingException(tr("{}: expected {} numbers, got '{}'.").format(what, count, text))
    return values


def code_list(text, what):
    """Class codes or values typed as ``"301, 302"`` (commas, semicolons or spaces) as floats; empty -> []."""
    parts = [p for p in str(text or "").replace(";", ",").replace(" ", ",").split(",") if p.strip()]
    try:
        return [float(p) for p in parts]
    except ValueError:
        raise QgsProcessingException(tr("{}: '{}' is not a list of numbers.").format(what, text)) from None


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


# ---------------------------------------------------------------------------------------------
# Vector <-> raster on the reference grid
# ---------------------------------------------------------------------------------------------
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


# ---------------------------------------------------------------------------------------------
# Attribute tables
# ---------------------------------------------------------------------------------------------
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
