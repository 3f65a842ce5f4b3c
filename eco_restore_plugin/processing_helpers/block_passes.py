"""Row-block work that needs more than one block at a time, without reading a whole raster.

* :class:`HaloReader`: blocks with a halo of rows above and below (a 3 × 3 slope needs one), each row
  read from the file once, so NaN counts and value checks see every cell once.
* :func:`value_range`: a cheap first pass giving the min and max of a raster (or of a value computed
  from it, such as the slope of a DEM) for a min-max normalisation over the whole area.
* :func:`class_codes`: every class code of a class raster, for the message naming all the codes a
  table lacks (the error path of a per-block lookup).
"""
import numpy as np

from .feedback import check_cancel, current_feedback
from .raster_io import BlockReader, check_alignment, iter_row_blocks


class HaloReader:
    """Row blocks of a :class:`BlockReader` with ``halo`` extra rows above and below (clipped to the
    raster). Read in order, each row comes from the file once: the rows shared with the previous
    block are kept."""

    def __init__(self, reader, height, halo):
        self.reader, self.height, self.halo = reader, int(height), int(halo)
        self._buf, self._top = None, 0

    def read(self, row0, nrows):
        """``(block, inner)``: rows ``row0 − halo`` .. ``row0 + nrows + halo`` (clipped) and the slice of
        ``block`` that holds rows ``row0`` .. ``row0 + nrows``."""
        top = max(0, row0 - self.halo)
        bottom = min(self.height, row0 + nrows + self.halo)
        parts, start = [], top
        if self._buf is not None:
            end = self._top + len(self._buf)
            if self._top <= top < end:
                parts.append(self._buf[top - self._top:min(end, bottom) - self._top])
                start = min(end, bottom)
        if start < bottom:
            parts.append(self.reader.read(start, bottom - start))
        block = parts[0] if len(parts) == 1 else np.concatenate(parts)
        self._buf, self._top = block, top
        return block, slice(row0 - top, row0 - top + nrows)


def value_range(layer, grid, *, feedback=None, name=None, categorical=False, rule=None, rows=512, halo=0,
                transform=None, start=None, end=None):
    """``(min, max)`` of the finite values of ``layer`` on ``grid`` by row blocks, ``(None, None)`` when
    there is none. ``transform(block)``: values computed from a block read with ``halo`` rows (e.g. the
    slope of a DEM, ``halo=1``), cropped to the block's own rows before the min and max.

    Like a whole read: a misaligned input is warned about (or refused, see :func:`check_alignment`),
    ``rule`` refuses impossible values, and at the end NaN/±inf cells are reported and an input without
    a valid cell refused (:meth:`BlockReader.finish`). Honours cancel; progress from ``start`` to ``end``."""
    feedback = current_feedback(feedback)
    check_alignment(layer, grid, categorical, feedback, name=name)
    reader = BlockReader(layer, grid, categorical=categorical, name=name, rule=rule)
    halo_reader = HaloReader(reader, grid.height, halo)
    lo = hi = None
    n = max(1, -(-grid.height // rows))
    for i, (row0, nrows) in enumerate(iter_row_blocks(grid, rows)):
        check_cancel(feedback)
        block, inner = halo_reader.read(row0, nrows)
        values = (block if transform is None else transform(block))[inner]
        values = values[np.isfinite(values)]
        if values.size:
            bmin, bmax = float(values.min()), float(values.max())
            lo = bmin if lo is None else min(lo, bmin)
            hi = bmax if hi is None else max(hi, bmax)
        if feedback is not None and start is not None:
            feedback.setProgress(start + (end - start) * (i + 1) / n)
    reader.finish(feedback)
    return lo, hi


def class_codes(layer, grid, *, rows=512, feedback=None):
    """The sorted class codes (finite values) of ``layer`` on ``grid`` as a float array, by row blocks."""
    reader = BlockReader(layer, grid, categorical=True)
    reader.rule = None      # the codes were checked when first read
    codes = np.empty(0)
    for row0, nrows in iter_row_blocks(grid, rows):
        check_cancel(current_feedback(feedback))
        block = reader.read(row0, nrows)
        codes = np.union1d(codes, np.unique(block[np.isfinite(block)]))
    return codes
