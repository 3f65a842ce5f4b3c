"""Tiny ESRI ASCII grid (``.asc``, optionally ``.asc.gz``) reader and writer in numpy.

The format is the ESRI ArcInfo ASCII grid (AAIGrid, documented by ESRI and GDAL): a header of
``ncols, nrows, xllcorner|xllcenter, yllcorner|yllcenter, cellsize, NODATA_value`` followed by the
values row by row, north to south. Used by the tests (Circuitscape / Omniscape reference grids are
in this format) and by adapters that need a grid without GDAL. No ``osgeo`` import here.
"""
import gzip
import io

import numpy as np

__all__ = ["read_asc", "write_asc", "AscHeader"]

_KEYS = ("ncols", "nrows", "xllcorner", "yllcorner", "xllcenter", "yllcenter", "cellsize",
         "nodata_value", "dx", "dy")


class AscHeader(dict):
    """Header of an ESRI ASCII grid: ncols, nrows, xll, yll (lower-left corner), cellsize, nodata."""

    @property
    def shape(self):
        return int(self["nrows"]), int(self["ncols"])

    def row_col(self, x, y):
        """Row and column (0-based, row 0 = north) of map coordinates x, y (cell containing the point)."""
        cs = float(self["cellsize"])
        top = float(self["yll"]) + int(self["nrows"]) * cs
        col = np.floor((np.asarray(x, float) - float(self["xll"])) / cs).astype(int)
        row = np.floor((top - np.asarray(y, float)) / cs).astype(int)
        return row, col


def _open_text(path):
    if str(path).endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="ascii", errors="replace")
    return open(path, "r", encoding="ascii", errors="replace")


def read_asc(path, *, dtype=np.float64):
    """Read an ESRI ASCII grid (ESRI AAIGrid format; ``.gz`` accepted).

    Returns ``(array, header)``: ``array`` has shape (nrows, ncols), row 0 = north, NODATA cells
    set to NaN (never a magic number); ``header`` is an :class:`AscHeader` with ``xll``/``yll``
    (lower-left corner, converted from ``*center`` if needed), ``cellsize`` and ``nodata``.
    """
    with _open_text(path) as fh:
        text = fh.read()
    tokens = text.split()
    head = {}
    pos = 0
    while pos + 1 < len(tokens) and tokens[pos].lower() in _KEYS:
        head[tokens[pos].lower()] = float(tokens[pos + 1])
        pos += 2
    nrows, ncols = int(head["nrows"]), int(head["ncols"])
    if "cellsize" not in head and "dx" in head:
        head["cellsize"] = head["dx"]
    cs = head["cellsize"]
    xll = head["xllcorner"] if "xllcorner" in head else head["xllcenter"] - cs / 2.0
    yll = head["yllcorner"] if "yllcorner" in head else head["yllcenter"] - cs / 2.0
    nodata = head.get("nodata_value")
    values = np.array(tokens[pos:pos + nrows * ncols], dtype=np.float64)
    if values.size != nrows * ncols:
        raise ValueError("{}: expected {} values, found {}".format(path, nrows * ncols, values.size))
    arr = values.reshape(nrows, ncols)
    if nodata is not None:
        arr[arr == nodata] = np.nan
    header = AscHeader(ncols=ncols, nrows=nrows, xll=xll, yll=yll, cellsize=cs, nodata=nodata)
    return arr.astype(dtype, copy=False), header


def write_asc(path, array, *, header=None, nodata=-9999.0, fmt="%.10g"):
    """Write ``array`` (NaN = nodata) as an ESRI ASCII grid (ESRI AAIGrid format).

    ``header`` may be an :class:`AscHeader` (or dict with xll, yll, cellsize); defaults to a grid
    with origin 0,0 and cell size 1.
    """
    arr = np.asarray(array, dtype=np.float64)
    header = header or {}
    nrows, ncols = arr.shape
    out = np.where(np.isfinite(arr), arr, nodata)
    with open(path, "w", encoding="ascii") as fh:
        fh.write("ncols {}\nnrows {}\nxllcorner {!r}\nyllcorner {!r}\ncellsize {!r}\nNODATA_value {}\n".format(
            ncols, nrows, float(header.get("xll", 0.0)), float(header.get("yll", 0.0)),
            float(header.get("cellsize", 1.0)), fmt % nodata))
        np.savetxt(fh, out, fmt=fmt, delimiter=" ")
