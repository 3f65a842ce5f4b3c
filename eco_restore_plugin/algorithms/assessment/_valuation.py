"""Shared helpers of the valuation algorithms (service value, carbon, RSEI, landscape risk, mines):
block loops over several rasters, study-area means and zones (townships) on the grid."""
import numpy as np
from qgis.core import QgsProcessingException

from ...i18n import tr
from ...processing_helpers.feedback import Cancelled
from ...processing_helpers.tables import table_code
from ...processing_helpers.raster_io import BlockReader, check_alignment, iter_row_blocks
from ...processing_helpers.vector_io import rasterize_features


def blocks(grid, layers, feedback=None, rows=256, start=0.0, end=100.0):
    """Yield ``(row0, nrows, [block or None, ...])`` over ``grid`` for ``layers`` =
    [(layer or None, categorical[, band[, rule]])] (``rule``: :mod:`.value_rules`), warning about misaligned inputs once; honours cancel. After the
    last block every input is checked as a whole (:meth:`BlockReader.finish`): NaN/±inf cells taken as
    nodata are reported with their count, an input without a valid cell is refused naming it."""
    seen = set()
    for item in layers:
        lyr, cat = item[0], item[1]
        if lyr is not None and id(lyr) not in seen:
            seen.add(id(lyr))
            check_alignment(lyr, grid, cat, feedback)
    readers = [None if item[0] is None else
               BlockReader(item[0], grid, band=item[2] if len(item) > 2 else 1, categorical=item[1],
                           rule=item[3] if len(item) > 3 else None)
               for item in layers]
    n = max(1, (grid.height + rows - 1) // rows)
    for i, (row0, nrows) in enumerate(iter_row_blocks(grid, rows)):
        if feedback is not None and feedback.isCanceled():
            raise Cancelled()
        yield row0, nrows, [None if rd is None else rd.read(row0, nrows) for rd in readers]
        if feedback is not None:
            feedback.setProgress(start + (end - start) * (i + 1) / n)
    for rd in readers:
        if rd is not None:
            rd.finish(feedback)


def layer_mean(layer, grid, mask_layer=None, feedback=None, rows=512):
    """Mean of the finite values of ``layer`` on ``grid`` (where ``mask_layer`` is finite and not 0,
    when given), read by blocks."""
    total, count = 0.0, 0
    for _, _, (v, m) in blocks(grid, [(layer, False), (mask_layer, True)], None, rows):
        ok = np.isfinite(v)
        if m is not None:
            ok &= np.isfinite(m) & (m != 0)
        total += float(v[ok].sum())
        count += int(ok.sum())
        if feedback is not None and feedback.isCanceled():
            raise Cancelled()
    if count == 0:
        raise QgsProcessingException(tr("Raster '{}' has no value inside the study area.").format(
            layer.name() if hasattr(layer, "name") else layer))
    return total / count


def zones_on_grid(alg, source, field, grid, context):
    """Zones (e.g. townships) burnt onto ``grid`` as labels 1..n in feature order, and their names
    (``field`` values, or the feature ids)."""
    labels = rasterize_features(source, grid, feature_order=True, context=context)
    names = []
    idx = source.fields().lookupField(field) if field else -1
    for f in source.getFeatures():
        g = f.geometry()
        if g is None or g.isEmpty():
            continue
        names.append(str(f.attributes()[idx]) if idx >= 0 else str(f.id()))
    return labels, names


def text_rows(value, ncols, what):
    """Rows of a matrix parameter as lists of ``ncols`` stripped strings (empty rows skipped)."""
    flat = str(value).split(",") if isinstance(value, str) else list(value or [])
    if len(flat) % ncols:
        raise QgsProcessingException(tr("{}: the table has {} values, which is not a whole number of rows "
                                        "of {} columns.").format(what, len(flat), ncols))
    rows = [[str(v).strip() for v in flat[i:i + ncols]] for i in range(0, len(flat), ncols)]
    return [r for r in rows if any(r)]


def int_code(text, what):
    """The class code of a table cell (``"101"`` or ``"101 水田"``), see :func:`processing_helpers.tables.table_code`."""
    return table_code(text, what)


class NullWriter:
    """Stand-in for an output that was not asked for."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def write(self, *args):
        pass


def symmetric_limit(path):
    """The largest absolute value of a written raster (for a symmetric diverging style)."""
    from osgeo import gdal
    ds = gdal.Open(path)
    band = ds.GetRasterBand(1)
    lo, hi = band.ComputeRasterMinMax(False)
    lim = max(abs(lo), abs(hi))
    return lim if lim > 0 else 1.0
