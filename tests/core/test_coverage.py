"""Exact overlap test of rectilinear polygons (core/coverage.py): cover counts of a hand-made layer where
neighbours touch, one pair overlaps slightly, one polygon lies inside another and one inside a hole."""
import numpy as np

from eco_restore_plugin.core import coverage as C


def box(x0, y0, x1, y1, ccw=True):
    xy = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]], dtype=float)
    return xy if ccw else xy[::-1].copy()


def arrays(rings):
    return (np.concatenate([r[0] for r in rings]), [len(r[0]) for r in rings], [r[1] for r in rings])


def counts_at(grid, x, y):
    xs, ys, counts = grid
    return int(counts[np.searchsorted(ys, y) - 1, np.searchsorted(xs, x) - 1])


# A [0,2]x[0,2]; B [2,4]x[0,2] touches A; C [3.5,5]x[1,1.5] overlaps B by 0.5 x 0.5; D [0.5,1]x[0.5,1]
# inside A; E [6,10]x[0,4] with a hole [7,9]x[1,3]; F [7.5,8.5]x[1.5,2.5] inside the hole (no overlap).
# Shells and holes given in both orientations: the count must not depend on it.
RINGS = [(box(0, 0, 2, 2), True), (box(2, 0, 4, 2, ccw=False), True), (box(3.5, 1, 5, 1.5), True),
         (box(0.5, 0.5, 1, 1, ccw=False), True), (box(6, 0, 10, 4), True), (box(7, 1, 9, 3, ccw=True), False),
         (box(7.5, 1.5, 8.5, 2.5), True)]


def test_cover_counts_by_hand():
    grid = C.rectilinear_cover_counts(*arrays(RINGS))
    xs, ys, counts = grid
    # every distinct x is a grid line (here the lattice of step 0.5 through them: 21 lines)
    assert {0, 0.5, 1, 2, 3.5, 4, 5, 6, 7, 7.5, 8.5, 9, 10} <= set(xs) and list(xs) == sorted(xs)
    assert list(xs) == [k / 2 for k in range(21)]
    assert counts.shape == (len(ys) - 1, len(xs) - 1)
    assert counts_at(grid, 0.2, 0.2) == 1 and counts_at(grid, 0.7, 0.7) == 2        # D inside A
    assert counts_at(grid, 1.5, 1.5) == 1 and counts_at(grid, 3, 1.2) == 1          # A, B touch
    assert counts_at(grid, 3.7, 1.2) == 2 and counts_at(grid, 4.5, 1.2) == 1        # B and C overlap
    assert counts_at(grid, 6.5, 0.5) == 1 and counts_at(grid, 7.2, 1.2) == 0        # E, its hole
    assert counts_at(grid, 8, 2) == 1 and counts_at(grid, 5.5, 1.2) == 0            # F in the hole, a gap
    assert counts.min() == 0 and counts.max() == 2
    # total covered area = the sum of the areas minus the two overlaps (D in A: 0.25, B x C: 0.25)
    area = np.outer(np.diff(ys), np.diff(xs))
    assert np.isclose((counts * area).sum(), 4 + 4 + 0.75 + 0.25 + 16 - 4 + 1)
    assert np.isclose(((counts >= 2) * area).sum(), 0.5)


def test_boxes_that_hold_an_overlap():
    xs, ys, counts = C.rectilinear_cover_counts(*arrays(RINGS))
    table = C.overlap_table(counts)
    has = lambda *b: C.box_has_overlap(xs, ys, table, b)             # noqa: E731
    assert has(0, 0, 2, 2) and has(2, 0, 4, 2) and has(3.5, 1, 4, 1.5)
    assert not has(0, 1, 2, 2) and not has(1, 0, 3.5, 2)               # A x B's common box: the edge only
    assert not has(6, 0, 10, 4) and not has(4, 0, 7, 4)
    assert has(-5, -5, 20, 20)                                         # beyond the grid: clipped


def test_touching_only_has_no_overlap_table():
    rings = [(box(0, 0, 2, 2), True), (box(2, 0, 4, 2), True), (box(0, 2, 4, 3), True),
             (box(6, 0, 10, 4), True), (box(7, 1, 9, 3), False), (box(7, 1, 9, 3), True)]   # E's hole filled
    xs, ys, counts = C.rectilinear_cover_counts(*arrays(rings))
    assert counts.max() == 1 and C.overlap_table(counts) is None


def test_not_rectilinear_or_too_large_is_refused():
    tri = np.array([[0, 0], [2, 0], [0, 2], [0, 0]], dtype=float)
    assert C.rectilinear_cover_counts(*arrays([(tri, True)])) is None
    assert C.rectilinear_cover_counts(*arrays(RINGS), max_cells=10) is None


def test_lattice_and_distinct_grid_lines_agree(monkeypatch):
    """Off the lattice (a polygon shifted by 1/3), and with the lattice forced off: the same counts."""
    rings = RINGS + [(box(11, 0, 12 + 1 / 3, 1), True), (box(12, 0.5, 13, 2), True)]
    lattice = C.rectilinear_cover_counts(*arrays(rings))
    monkeypatch.setattr(C, "_grid_lines", lambda v: np.unique(v, return_inverse=True))
    distinct = C.rectilinear_cover_counts(*arrays(rings))
    on_grid = C.rectilinear_cover_counts(*arrays(RINGS))
    for x in np.arange(0.25, 13, 0.25):
        for y in np.arange(0.25, 4, 0.25):
            if x % 0.5 and y % 0.5:                                  # not on a line of either grid
                assert counts_at(lattice, x, y) == counts_at(distinct, x, y)
                if x < 10:
                    assert counts_at(on_grid, x, y) == counts_at(distinct, x, y)
    assert counts_at(distinct, 12.2, 0.7) == 2 and counts_at(distinct, 12.5, 0.7) == 1
