"""Exact overlap test for rectilinear polygons (edges parallel to the axes, e.g. polygons traced from a raster).

Every edge of such a polygon lies on one of the grid lines through the layer's distinct x and y coordinates,
so each polygon is exactly a union of the cells of that (irregular) grid: two polygons overlap by a positive
area if and only if some cell lies in both. The number of polygons covering each cell is their summed winding
number, counted from the vertical edges alone (a scan-line fill written as a 2-D prefix sum, see
:func:`rectilinear_cover_counts`). A layer whose
counts never exceed 1 has no overlapping pair; otherwise only pairs whose common bounding box holds a cell
covered twice or more can overlap (:func:`box_has_overlap`).
"""
import numpy as np

#: the largest grid (cells) counted; a larger one is left to the pairwise test
MAX_CELLS = 40_000_000


def rectilinear_cover_counts(xy, sizes, shells, *, max_cells=MAX_CELLS):
    """The grid ``(xs, ys, counts)`` of the rectilinear polygons whose rings are given, or None when one
    edge is not parallel to an axis or the grid would exceed ``max_cells``.

    ``xy``: (n, 2) array of the rings one after the other, each closed (first point = last point), of
    *valid* polygons; ``sizes``: the number of points of each ring; ``shells``: True for an outer ring,
    False for a hole. ``xs``/``ys`` are the distinct coordinates (the grid lines), ``counts[j, i]`` the
    number of polygons covering the cell ``[xs[i], xs[i+1]] x [ys[j], ys[j+1]]``.

    Method: each ring is oriented (shells counter-clockwise, holes clockwise, by the sign of its shoelace
    area), so that the winding number of a valid polygon is 1 inside and 0 outside; the winding number of
    a cell is the signed count of the vertical edges crossed by a ray from its centre to the left (a
    downward edge +1, an upward edge -1), accumulated as a 2-D prefix sum of +-1 at the ends of every
    vertical edge. Exact: the coordinates are only compared, never rounded.
    """
    xy = np.asarray(xy, dtype=np.float64)
    sizes = np.asarray(sizes, dtype=np.int64)
    if len(sizes) == 0:
        return np.zeros(0), np.zeros(0), np.zeros((0, 0), dtype=np.int32)
    if xy.ndim != 2 or xy.shape[1] != 2 or sizes.min() < 4 or sizes.sum() != len(xy):
        return None
    x, y = xy[:, 0], xy[:, 1]
    # edges between consecutive points of the same ring (not from a ring's last point to the next's first)
    same = np.ones(len(xy) - 1, dtype=bool)
    same[np.cumsum(sizes)[:-1] - 1] = False
    dx, dy = x[1:] != x[:-1], y[1:] != y[:-1]
    if np.any(dx & dy & same):
        return None
    xs, col = _grid_lines(x)
    ys, row = _grid_lines(y)
    if (len(xs) + 1) * (len(ys) + 1) > max_cells:
        return None
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    ring_of = np.repeat(np.arange(len(sizes)), sizes)
    # orientation by the shoelace area (relative to the ring's first point, for precision)
    rx, ry = x - x[starts][ring_of], y - y[starts][ring_of]
    cross = np.where(same, rx[:-1] * ry[1:] - rx[1:] * ry[:-1], 0.0)
    area = np.bincount(ring_of[:-1], weights=cross, minlength=len(sizes))
    flip = np.where(np.asarray(shells, dtype=bool) == (area > 0), 1, -1)
    vertical = np.flatnonzero(same & dy & ~dx)
    ja, jb = row[vertical], row[vertical + 1]
    # a downward edge (jb < ja) of a counter-clockwise ring has the interior to its right: +1 for the
    # cells right of it, over its rows [jb, ja)
    sign = np.where(jb < ja, 1.0, -1.0) * flip[ring_of[vertical]]
    lo, hi, c = np.minimum(ja, jb), np.maximum(ja, jb), col[vertical]
    shape = (len(ys) + 1, len(xs) + 1)
    size = shape[0] * shape[1]
    diff = np.bincount(lo * shape[1] + c, weights=sign, minlength=size)
    diff -= np.bincount(hi * shape[1] + c, weights=sign, minlength=size)
    counts = diff.astype(np.int32).reshape(shape)      # sums of +-1: exact integers
    del diff
    np.cumsum(counts, axis=0, out=counts)
    np.cumsum(counts, axis=1, out=counts)
    return xs, ys, counts[:len(ys) - 1, :len(xs) - 1]


def _grid_lines(v):
    """(sorted grid lines, index of each value among them): the lattice ``v0 + k * step`` when every value
    is exactly on it (a raster's cell edges: no sort needed), else the distinct values."""
    v0 = v.min()
    sample = np.unique(v[::max(1, len(v) // 20000)])
    step = np.diff(sample).min() if len(sample) > 1 else 0.0
    if step > 0:
        k = np.rint((v - v0) / step)
        if np.array_equal(v0 + k * step, v):
            lines = v0 + np.arange(int(k.max()) + 1) * step
            if np.array_equal(lines[k.astype(np.int64)], v):
                return lines, k.astype(np.int64)
    return np.unique(v, return_inverse=True)


def overlap_table(counts):
    """Summed-area table of the cells covered twice or more (for :func:`box_has_overlap`), or None when no
    cell is (then no two polygons overlap). Method: 2-D prefix sum."""
    twice = counts >= 2
    if not twice.any():
        return None
    table = np.zeros((counts.shape[0] + 1, counts.shape[1] + 1), dtype=np.int64)
    table[1:, 1:] = np.cumsum(np.cumsum(twice, axis=0, dtype=np.int64), axis=1)
    return table


def box_has_overlap(xs, ys, table, box):
    """True when the box ``(xmin, ymin, xmax, ymax)`` holds a cell covered twice or more (``table`` from
    :func:`overlap_table`); a conservative answer (True) for a box not on the grid lines. Method: the cells
    inside the box, from a binary search of its sides among the grid lines, summed in the summed-area
    table."""
    if table is None:
        return False
    xmin, ymin, xmax, ymax = box
    i0 = max(int(np.searchsorted(xs, xmin, side="right")) - 1, 0)
    j0 = max(int(np.searchsorted(ys, ymin, side="right")) - 1, 0)
    i1 = min(int(np.searchsorted(xs, xmax, side="left")), table.shape[1] - 1)
    j1 = min(int(np.searchsorted(ys, ymax, side="left")), table.shape[0] - 1)
    if i1 <= i0 or j1 <= j0:
        return False
    return bool(table[j1, i1] - table[j0, i1] - table[j1, i0] + table[j0, i0] > 0)
