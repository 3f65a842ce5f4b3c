"""The no-overlap rule (R4) of the planning database check: pairs of polygons overlapping by more than a
tolerance, GEOS intersections only where an overlap is possible (docs/DATABASE.md)."""
import struct

import numpy as np
from qgis.core import QgsGeometry, QgsSpatialIndex

from ...core import coverage


def polygon_rings(wkb):
    """``[(xy, is_shell)]`` of the rings of a (multi)polygon given as WKB (ISO or extended, any byte order,
    Z/M ignored), or None for another geometry type."""
    rings = []

    def polygon(off):
        order = "<" if wkb[off] == 1 else ">"
        code = struct.unpack_from(order + "I", wkb, off + 1)[0]
        base, dims = _type(code)
        if base != 3:
            return None
        off += 5
        (n_rings,) = struct.unpack_from(order + "I", wkb, off)
        off += 4
        dtype = np.dtype(order + "f8")
        for r in range(n_rings):
            (n,) = struct.unpack_from(order + "I", wkb, off)
            off += 4
            xy = np.frombuffer(wkb, dtype=dtype, count=n * dims, offset=off).reshape(n, dims)[:, :2]
            rings.append((xy, r == 0))
            off += 8 * n * dims
        return off

    order = "<" if wkb[0] == 1 else ">"
    base, _ = _type(struct.unpack_from(order + "I", wkb, 1)[0])
    if base == 3:
        return rings if polygon(0) is not None else None
    if base != 6:
        return None
    (n_parts,) = struct.unpack_from(order + "I", wkb, 5)
    off = 9
    for _ in range(n_parts):
        off = polygon(off)
        if off is None:
            return None
    return rings


def _type(code):
    """(base type, coordinate count) of a WKB type code, ISO (1003, 3006...) or extended (0x80000003...)."""
    dims = 2
    if code & 0x80000000:
        dims += 1
    if code & 0x40000000:
        dims += 1
    code &= 0x0FFFFFFF
    dims += {0: 0, 1: 1, 2: 1, 3: 2}.get(code // 1000, 0)
    return code % 1000, dims


#: WKB of a 2-D little-endian multipolygon of one polygon with one ring, up to its point count
_ONE_RING = b"\x01\x06\x00\x00\x00\x01\x00\x00\x00\x01\x03\x00\x00\x00\x01\x00\x00\x00"
_ONE_POLYGON = b"\x01\x03\x00\x00\x00\x01\x00\x00\x00"


def ring_arrays(wkbs):
    """``(xy, sizes, shells)`` of all the rings of the (multi)polygons ``wkbs`` (core.coverage's input), or
    None when one is another geometry. The common one-ring polygons are read in one block."""
    simple, sizes, others = [], [], []
    for w in wkbs:
        head = 22 if w[:18] == _ONE_RING else (13 if w[:9] == _ONE_POLYGON else 0)
        if head and len(w) == head + 16 * int.from_bytes(w[head - 4:head], "little"):
            simple.append(w[head:])
            sizes.append((len(w) - head) // 16)
            continue
        rings = polygon_rings(w)
        if rings is None:
            return None
        others += rings
    parts = [np.frombuffer(b"".join(simple), dtype="<f8").reshape(-1, 2)] + [xy for xy, _ in others]
    return (np.concatenate(parts), np.array(sizes + [len(xy) for xy, _ in others], dtype=np.int64),
            np.array([True] * len(sizes) + [shell for _, shell in others], dtype=bool))


def overlapping_pairs(polygons, tolerance, *, cancel=None):
    """[(id a, id b, overlap m²)] of the ``polygons`` (``(id, WKB)``, valid) overlapping by more than
    ``tolerance`` m², in the order of the pairwise GEOS test (box filter, then intersection area).

    When every polygon is rectilinear (edges parallel to the axes, as traced from a raster) and the layer
    has enough of them for it to pay, the cells covered twice or more are counted first (core/coverage.py,
    exact): no such cell, no overlap; else only the pairs whose common box holds one are intersected."""
    grid = table = None
    rings = ring_arrays([w for _, w in polygons]) if len(polygons) > 1 else None
    if rings is not None:
        # the grid's cost (~40 ns a cell) against the pairwise test's (~0.1 ms a polygon, 5 µs a vertex),
        # measured on the 4000² demo; either way the same pairs
        budget = (len(polygons) * 1e-4 + len(rings[0]) * 5e-6) / 4e-8
        grid = coverage.rectilinear_cover_counts(*rings, max_cells=min(budget, coverage.MAX_CELLS))
    rings = None
    if grid is not None:
        xs, ys, counts = grid
        table = coverage.overlap_table(counts)
        if table is None:
            return []
    geoms = []
    for fid, w in polygons:
        g = QgsGeometry()
        g.fromWkb(w)
        geoms.append((fid, g))
    index = QgsSpatialIndex()
    for k, (_, g) in enumerate(geoms):
        index.addFeature(k, g.boundingBox())
    pairs = []
    for k, (fid, g) in enumerate(geoms):
        if cancel is not None and k % 500 == 0:
            cancel()
        engine = QgsGeometry.createGeometryEngine(g.constGet())
        engine.prepareGeometry()
        box = g.boundingBox()
        for j in index.intersects(box):
            if j <= k:
                continue
            other = geoms[j][1]
            # the overlap lies in the common part of the two boxes: neighbours whose boxes only touch
            # (more than half of a parcel layer's candidate pairs) cannot overlap by the tolerance
            common = box.intersect(other.boundingBox())
            if common.width() <= 0 or common.height() <= 0 or common.area() <= tolerance:
                continue
            if grid is not None and not coverage.box_has_overlap(
                    xs, ys, table, (common.xMinimum(), common.yMinimum(), common.xMaximum(), common.yMaximum())):
                continue
            if not engine.intersects(other.constGet()):
                continue
            a = g.intersection(other).area()
            if a > tolerance:
                pairs.append((fid, geoms[j][0], a))
    return pairs
