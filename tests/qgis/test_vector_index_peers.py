"""Spatially indexed vector overlays (issue 20) against the whole-layer overlays they replace (peers):
the area of a province-wide union inside each unit."""
import numpy as np
from qgis.core import QgsGeometry, QgsPointXY, QgsRectangle

from eco_restore_plugin.algorithms.targets._common import area_inside_units


def _rects(rng, n, size):
    out = []
    for x, y in rng.uniform(0, 1000, (n, 2)):
        w, h = rng.uniform(5, size, 2)
        out.append(QgsGeometry.fromRect(QgsRectangle(x, y, x + w, y + h)))
    return out


def test_area_inside_units_equals_the_overlay_of_the_whole_union():
    rng = np.random.default_rng(4)
    merged = QgsGeometry.unaryUnion(_rects(rng, 300, 40))          # overlapping rectangles: many parts
    assert merged.isMultipart() and len(merged.asGeometryCollection()) > 50
    units = []
    for r in range(7):
        for c in range(7):                                            # a 7 x 7 grid beyond the union's extent
            g = QgsGeometry.fromPolygonXY([[QgsPointXY(c * 200.0 + dx, r * 200.0 + dy) for dx, dy in
                                            ((0, 0), (200, 0), (200, 200), (0, 200), (0, 0))]])
            units.append(("u{}{}".format(r, c), g))
    got = area_inside_units(merged, units)
    want = np.array([merged.intersection(ug).area() for _, ug in units])
    np.testing.assert_array_equal(got, want)        # the same overlay on the same vertices
    empty = [k for k in range(49) if k % 7 == 6 or k >= 42]                # x or y in 1200-1400: no rectangle
    assert (got[empty] == 0).all() and (got > 0).sum() >= 30
    assert abs(got.sum() - merged.area()) < 1e-9 * merged.area()
    # one polygon (not multi-part) and an empty union
    one = QgsGeometry.fromRect(QgsRectangle(150, 150, 450, 250))
    np.testing.assert_allclose(area_inside_units(one, units), [one.intersection(ug).area() for _, ug in units])
    assert not area_inside_units(QgsGeometry(), units).any()
