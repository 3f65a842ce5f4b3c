"""The raster grid every input is aligned to, and opening rasters."""
import numpy as np
from osgeo import gdal, osr
from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException

from ..i18n import tr

gdal.UseExceptions()


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

    def is_projected(self):
        """True when the CRS is known and projected (cell sizes in linear units, e.g. metres)."""
        srs = osr.SpatialReference()
        if not self.crs_wkt or srs.ImportFromWkt(self.crs_wkt) != 0:
            return False
        return bool(srs.IsProjected())

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

    def rows(self, row0, nrows):
        """The grid of rows ``row0 .. row0 + nrows`` (a band of this grid: same columns, CRS and cells)."""
        gt = list(self.geotransform)
        gt[0] += row0 * gt[2]
        gt[3] += row0 * gt[5]
        return Grid(self.crs_wkt, gt, self.width, nrows)

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


def open_raster(layer, label=None):
    """The GDAL dataset of ``layer``; a file GDAL cannot open gives a clear message naming ``label``."""
    path = layer_source_path(layer)
    try:
        ds = gdal.Open(path)
    except RuntimeError:
        ds = None
    if ds is None:
        raise QgsProcessingException(tr(
            "Cannot read raster '{}' ({}): the file is missing, damaged or not a raster. Check the file "
            "or export it again.").format(label or path, path))
    if _truncated(ds, path):
        raise QgsProcessingException(tr(
            "Cannot read raster '{}' ({}): the file is damaged or truncated (it ends before its last data "
            "block). Copy or export the file again and rerun.").format(label or path, path))
    return ds


def _truncated(ds, path):
    """True when a GeoTIFF file ends before its last data block (a truncated copy or download: GDAL
    opens it, but its CRS and its last blocks are lost, which would be reported as something else)."""
    import os

    try:
        if ds.GetDriver().ShortName != "GTiff" or not os.path.isfile(path):
            return False
        size = os.path.getsize(path)
        end = 0
        for index in sorted({1, ds.RasterCount}):
            band = ds.GetRasterBand(index)
            bx, by = band.GetBlockSize()
            nx, ny = -(-ds.RasterXSize // bx), -(-ds.RasterYSize // by)
            for x, y in ((0, 0), (nx - 1, ny - 1)):
                offset = band.GetMetadataItem("BLOCK_OFFSET_{}_{}".format(x, y), "TIFF")
                length = band.GetMetadataItem("BLOCK_SIZE_{}_{}".format(x, y), "TIFF")
                if offset and length:
                    end = max(end, int(offset) + int(length))
        return end > size
    except (RuntimeError, ValueError, TypeError, OSError):
        return False


def _geographic_error(what):
    return QgsProcessingException(tr(
        "{} is in a geographic CRS (degrees), but this algorithm measures areas or distances. "
        "Reproject it to a projected CRS in metres (e.g. CGCS2000 / Gauss-Kruger) first."
    ).format(what))


def _no_crs_error(what):
    return QgsProcessingException(tr(
        "{} has no valid CRS, but this algorithm measures areas or distances. Set its CRS (Layer "
        "Properties > Source) or reproject it to a projected CRS in metres (e.g. CGCS2000 / "
        "Gauss-Kruger) first."
    ).format(what))


def require_projected(grid, what):
    """Refuse a raster grid whose CRS is missing, unreadable or geographic: areas and distances
    need a projected CRS in metres."""
    srs = osr.SpatialReference()
    if not grid.crs_wkt or srs.ImportFromWkt(grid.crs_wkt) != 0:
        raise _no_crs_error(what)
    if srs.IsGeographic():
        raise _geographic_error(what)


def require_projected_crs(crs, what):
    """Refuse a QgsCoordinateReferenceSystem that is invalid or geographic (see :func:`require_projected`)."""
    if crs is None or not crs.isValid():
        raise _no_crs_error(what)
    if crs.isGeographic():
        raise _geographic_error(what)


def require_projected_source(source, what):
    """Refuse a missing vector source, or one whose CRS is invalid or geographic."""
    if source is None:
        raise QgsProcessingException(tr("{}: the layer is missing or cannot be read.").format(what))
    require_projected_crs(source.sourceCrs(), what)
