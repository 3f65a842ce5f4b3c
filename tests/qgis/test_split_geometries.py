"""split_geometries (processing_helpers.vector_io): a large polygon or line cut into pieces of bounded size
keeps its area, its length, its extent and its distances; the overlay of problem patches uses it."""
import math

import numpy as np
from qgis.core import QgsGeometry, QgsPointXY

from eco_restore_plugin.processing_helpers.vector_io import split_geometries


def wiggly_ring(n, r0, amp, k, cx=0.0, cy=0.0):
    t = np.linspace(0, 2 * math.pi, n, endpoint=False)
    r = r0 + amp * np.sin(k * t)
    return [QgsPointXY(cx + r[i] * math.cos(t[i]), cy + r[i] * math.sin(t[i])) for i in range(n)]


def big_polygon():
    outer = wiggly_ring(6000, 1000.0, 80.0, 37)
    hole = list(reversed(wiggly_ring(3000, 300.0, 40.0, 23)))
    return QgsGeometry.fromPolygonXY([outer + outer[:1], hole + hole[:1]])


def test_polygon_pieces_add_up_to_the_whole():
    g = big_polygon()
    other = QgsGeometry.fromPolygonXY([[QgsPointXY(3000, 0), QgsPointXY(3010, 0), QgsPointXY(3010, 10),
                                        QgsPointXY(3000, 0)]])
    pieces, owner = split_geometries([g, other], max_vertices=200)
    assert owner.count(1) == 1 and pieces[owner.index(1)].equals(other)
    mine = [p for p, o in zip(pieces, owner) if o == 0]
    assert len(mine) > 30
    assert max(p.constGet().nCoordinates() for p in mine) <= 200
    assert abs(sum(p.area() for p in mine) - g.area()) < 1e-9 * g.area()
    union = QgsGeometry.unaryUnion(mine)
    assert union.symDifference(g).area() < 1e-9 * g.area()
    # overlaps between pieces have no area
    assert abs(union.area() - sum(p.area() for p in mine)) < 1e-9 * g.area()


def test_line_pieces_keep_length_and_distance():
    pts = [QgsPointXY(x, 50.0 * math.sin(x / 17.0)) for x in np.linspace(0, 20000, 9001)]
    g = QgsGeometry.fromPolylineXY(pts)
    pieces, owner = split_geometries([g], max_vertices=128)
    assert set(owner) == {0} and len(pieces) > 50
    assert all(p.type() == g.type() for p in pieces)
    assert abs(sum(p.length() for p in pieces) - g.length()) < 1e-6 * g.length()
    rng = np.random.default_rng(3)
    for x, y in zip(rng.uniform(-100, 20100, 40), rng.uniform(-400, 400, 40)):
        q = QgsGeometry.fromPointXY(QgsPointXY(x, y))
        assert abs(min(p.distance(q) for p in pieces) - g.distance(q)) < 1e-9


def test_small_geometries_are_kept_as_they_are():
    g = QgsGeometry.fromWkt("POLYGON((0 0,10 0,10 10,0 10,0 0))")
    pieces, owner = split_geometries([g, g], max_vertices=256)
    assert owner == [0, 1] and all(p.equals(g) for p in pieces)


def test_a_mixed_collection_is_kept_whole():
    """A repair can leave polygons and lines in one collection: it is not cut (its parts of another
    dimension would be lost), so the overlay sees it as before."""
    ring = ",".join("{} {}".format(1000 * math.cos(t), 1000 * math.sin(t))
                    for t in np.linspace(0, 2 * math.pi, 2000, endpoint=False))
    first = ring.split(",")[0]
    g = QgsGeometry.fromWkt("GEOMETRYCOLLECTION(POLYGON(({},{})),LINESTRING(2000 0,3000 0))".format(ring, first))
    pieces, owner = split_geometries([g], max_vertices=64)
    assert owner == [0] and pieces[0].equals(g)
