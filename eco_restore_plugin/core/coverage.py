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


def rectilinear_cover_counts(rings, *, max_cells=MAX_CELLS):
    """The grid ``(xs, ys, counts)`` of the rectilinear polygons whose rings are ``rings``, or None when one
    edge is not parallel to an axis or the grid would exceed ``max_cells``.

    ``rings``: ``(xy, is_shell)`` pairs, ``xy`` an (n, 2) array of a closed ring (first point = last point) of
    a *valid* polygon, ``is_shell`` False for a hole. ``xs``/``ys`` are the distinct coordinates (the grid
    lines), ``counts[j, i]`` the number of polygons covering the cell ``[xs[i], xs[i+1]] x [ys[j], ys[j+1]]``.

    Method: each ring is oriented (shells counter-clockwise, holes clockwise, by the sign of its shoelace
    area), so that the winding number of a valid polygon is 1 inside and 0 outside; the winding number of
    a cell is the signed count of the vertical edges crossed by a ray from its centre to the left (a
    downward edge +1, an upward edge -1), accumulated as a 2-D prefix sum of +-1 at the ends of every
    vertical edge. Exact: the coordinates are only compared, never rounded.
    """
    if not rings:
        return np.zeros(0), np.zeros(0), np.zeros((0, 0), dtype=np.int32)
    xy = np.concatenate([r[0] for r in rings]).astype(np.float64, copy=False)
    sizes = np.array([len(r[0]) for r in rings], dtype=np.int64)
    if xy.ndim != 2 or xy.shape[1] < 2 or sizes.min() < 4:
        return None
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    ring_of = np.repeat(np.arange(len(rings)), sizes)
    # edges between consecutive points of the same ring
    same = ring_of[1:] == ring_of[:-1]
    x0, y0, x1, y1 = xy[:-1, 0][same], xy[:-1, 1][same], xy[1:, 0][same], xy[1:, 1][same]
    if not np.all((x0 == x1) | (y0 == y1)):
        return None
    xs, ys = np.unique(xy[:, 0]), np.unique(xy[:, 1])
    if (len(xs) + 1) * (len(ys) + 1) > max_cells:
        return None
    # orientation by the shoelace area (relative to the ring's first point, for precision)
    rx = xy[:, 0] - np.repeat(xy[starts, 0], sizes)
    ry = xy[:, 1] - np.repeat(xy[starts, 1], sizes)
    cross = rx[:-1][same] * ry[1:][same] - rx[1:][same] * ry[:-1][same]
    area = np.bincount(ring_of[:-1][same], weights=cross, minlength=len(rings))
    shell = np.array([bool(r[1]) for r in rings])
    flip = np.where(shell == (area > 0), 1, -1)[ring_of[:-1][same]]
    vertical = (x0 == x1) & (y0 != y1)
    col = np.searchsorted(xs, x0[vertical])
    ja, jb = np.searchsorted(ys, y0[vertical]), np.searchsorted(ys, y1[vertical])
    # a downward edge (jb < ja) of a counter-clockwise ring has the interior to its right: +1 for the
    # cells right of it, over its rows [jb, ja)
    sign = np.where(jb < ja, 1, -1) * flip[vertical]
    lo, hi = np.minimum(ja, jb), np.maximum(ja, jb)
    shape = (len(ys) + 1, len(xs) + 1)
    diff = np.bincount(np.ravel_multi_index((lo, col), shape), weights=sign, minlength=shape[0] * shape[1])
    diff -= np.bincount(np.ravel_multi_index((hi, col), shape), weights=sign, minlength=shape[0] * shape[1])
    counts = np.rint(diff).astype(np.int32).reshape(shape)
    np.cumsum(counts, axis=0, out=counts)
    np.cumsum(counts, axis=1, out=counts)
    return xs, ys, counts[:-2, :-2] if len(ys) > 1 and len(xs) > 1 else np.zeros((0, 0), dtype=np.int32)


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
