"""Raster values per land parcel (problem patches): each raster read on its own grid by row blocks, the
parcels burnt onto each block, the mean or majority added per parcel (``core.problems.LabelStats``). Memory
follows a block and the parcels, not the raster (issue 20); the rasters that share a grid share one burn."""
import numpy as np
from qgis.core import QgsCoordinateTransform, QgsGeometry, QgsProcessingException, QgsRectangle

from ...core import problems as P
from ...i18n import tr
from ...processing_helpers.grid import Grid
from ...processing_helpers.raster_io import BlockReader, iter_row_blocks
from ...processing_helpers.vector_io import Burner

#: rows of a block (a 40,000-column province raster: 160 MB of float64 values per raster and block)
BLOCK_ROWS = 512


class ParcelRaster(object):
    """One raster to summarise: ``var`` (rule variable), ``how`` ("mean" / "majority"), ``name`` (for
    messages), ``layer`` and its value ``rule`` (or None)."""

    def __init__(self, var, how, name, layer, rule):
        self.var, self.how, self.name, self.layer, self.rule = var, how, name, layer, rule
        self.grid = Grid.from_layer(layer)
        if not self.grid.crs_wkt:
            raise QgsProcessingException(tr(
                "Raster '{}' has no CRS, so it cannot be laid over the land parcels. Assign its CRS first "
                "(Layer Properties > Source).").format(name))


def _moved(geoms, crs, grid, transform_context):
    """The parcels in the raster's CRS (the same objects when the CRS is the parcels')."""
    if not (grid.crs.isValid() and grid.crs != crs):
        return geoms
    xform = QgsCoordinateTransform(crs, grid.crs, transform_context)
    moved = []
    for g in geoms:
        g = QgsGeometry(g)
        g.transform(xform)
        moved.append(g)
    return moved


def _extent(geoms):
    box = QgsRectangle(geoms[0].boundingBox())
    for g in geoms:
        box.combineExtentWith(g.boundingBox())
    return box


def _check_overlap(item, box):
    x0, y0, x1, y1 = item.grid.bounds
    if box.xMinimum() >= x1 or box.xMaximum() <= x0 or box.yMinimum() >= y1 or box.yMaximum() <= y0:
        raise QgsProcessingException(tr(
            "Raster '{}' does not overlap the land parcels: check its CRS (is it really in the CRS it "
            "declares?) and its extent.").format(item.name))


def parcel_values(items, parcels, subset, crs, transform_context, feedback, check_cancel):
    """``{var: value per parcel}`` (NaN for parcels not in ``subset``, the indices of the parcels wanted).

    Per raster: the mean or majority of its cells whose centre lies in the parcel (GDAL's burn rule);
    parcels smaller than a cell (no centre inside) take the value at a point on their surface."""
    out = {it.var: np.full(len(parcels), np.nan) for it in items}
    if len(subset) == 0 or not items:
        return out
    geoms = [parcels[i] for i in subset]
    n = len(geoms)
    groups, moved = {}, {}
    for it in items:
        key = it.grid.crs_wkt
        if key not in moved:          # the parcels in this CRS and their extent, once per CRS
            here = _moved(geoms, crs, it.grid, transform_context)
            moved[key] = (here, _extent(here))
        _check_overlap(it, moved[key][1])
        groups.setdefault((key, tuple(it.grid.geotransform), it.grid.width, it.grid.height), []).append(it)
    for (key, _gt, _w, _h), group in groups.items():
        grid, here = group[0].grid, moved[key][0]
        burner = Burner(here, np.arange(1, n + 1), grid.crs_wkt)
        readers = [BlockReader(it.layer, grid, categorical=it.how == "majority", name=it.name, rule=it.rule)
                   for it in group]
        stats = [P.LabelStats(n, it.how) for it in group]
        for row0, nrows in iter_row_blocks(grid, BLOCK_ROWS):
            check_cancel()
            labels = burner.burn(grid.rows(row0, nrows))
            for reader, acc in zip(readers, stats):
                acc.add(labels, reader.read(row0, nrows))
        for reader in readers:
            reader.finish(feedback)
        results = [acc.result() for acc in stats]
        _small_parcels(grid, here, readers, results)
        for it, res in zip(group, results):
            out[it.var][subset] = res
    return out


def _small_parcels(grid, geoms, readers, results):
    """Parcels without a cell centre inside: the value of the cell at a point on their surface, read by the
    blocks that hold such points."""
    todo = np.flatnonzero(np.any([~np.isfinite(res) for res in results], axis=0))
    found = []
    for i in todo.tolist():
        p = geoms[i].pointOnSurface().asPoint()
        r, c = grid.to_pixel(p.x(), p.y())
        if 0 <= r < grid.height and 0 <= c < grid.width:
            found.append((i, r, c))
    if not found:
        return
    idx, rows, cols = (np.array(v, dtype=np.int64) for v in zip(*found))
    for row0, nrows in iter_row_blocks(grid, BLOCK_ROWS):
        sel = (rows >= row0) & (rows < row0 + nrows)
        if not sel.any():
            continue
        lo, hi = int(rows[sel].min()), int(rows[sel].max())
        for reader, res in zip(readers, results):
            want = sel & ~np.isfinite(res[idx])
            if want.any():
                res[idx[want]] = reader.read(lo, hi - lo + 1)[rows[want] - lo, cols[want]]
