"""GYRATE, CIRCLE, PAFRAC, NLSI, the core-area family with an edge depth, and landscape LSI in its
raster form (issue 19): hand calculations (the FRAGSTATS tables are compared in test_landscape.py)."""
import math

import numpy as np
import pytest

from eco_restore_plugin.core import landscape as ls


def _block():
    """11 x 11: class 1 = the 7 x 7 block in rows/cols 2..8, class 2 around it."""
    a = np.full((11, 11), 2, dtype=np.int32)
    a[2:9, 2:9] = 1
    return a


def test_landscape_lsi_is_e_over_min_perimeter():
    # 3 x 5 landscape of one class: E* = boundary = 16 cell sides; min perimeter of 15 cells = 16
    r = ls.compute_metrics(np.ones((3, 5), dtype=np.int32), cell_size=10.0)
    assert r["landscape"]["LSI"] == pytest.approx(1.0)
    assert 0.25 * 16 / math.sqrt(15) == pytest.approx(1.0328, abs=1e-4)  # the old vector form
    # class LSI of the same layer also 1 (a maximally compact class)
    assert r["class"][1]["LSI"] == pytest.approx(1.0)


def test_core_area_with_edge_depth_one_and_two_cells():
    a = _block()
    cs = 10.0
    cell_ha = cs * cs / 1e4
    r1 = ls.compute_metrics(a, cell_size=cs)               # default depth: one cell
    c1 = r1["class"][1]
    assert c1["TCA"] == pytest.approx(25 * cell_ha)         # 5 x 5 interior
    assert c1["CPLAND"] == pytest.approx(100.0 * 25 / 121)
    assert c1["NDCA"] == 1 and c1["CORE_MN"] == pytest.approx(25 * cell_ha)
    assert c1["CAI_MN"] == pytest.approx(100.0 * 25 / 49)
    assert c1["DCORE_MN"] == pytest.approx(25 * cell_ha)
    # class 2: the landscape boundary is edge, so only the four cells (1,1), (1,9), (9,1), (9,9) are core
    c2 = r1["class"][2]
    assert c2["TCA"] == pytest.approx(4 * cell_ha) and c2["NDCA"] == 4
    assert c2["DCAD"] == pytest.approx(4 / (121 * cell_ha) * 100.0)
    assert c2["DCORE_MN"] == pytest.approx(cell_ha) and c2["DCORE_SD"] == pytest.approx(0.0)
    land = r1["landscape"]
    assert land["TCA"] == pytest.approx(29 * cell_ha) and land["NDCA"] == 5
    assert land["CORE_MN"] == pytest.approx(29 * cell_ha / 2)       # two patches
    assert land["CAI_MN"] == pytest.approx((100.0 * 25 / 49 + 100.0 * 4 / 72) / 2)
    # depth 2 cells (20 m): core cells are > 2 cells from class 2 -> the 3 x 3 centre
    r2 = ls.compute_metrics(a, cell_size=cs, edge_depth=20.0)
    assert r2["class"][1]["TCA"] == pytest.approx(9 * cell_ha)
    assert r2["class"][2]["TCA"] == 0.0 and r2["class"][2]["NDCA"] == 0
    # depth 1.5 cells: the diagonal neighbour (1.41 cells) is within the depth -> 5 x 5 minus nothing
    # else, the 4-neighbour rule at depth 1 is the cross; at 1.5 the 3 x 3 square
    r15 = ls.compute_metrics(a, cell_size=cs, edge_depth=15.0)
    assert r15["class"][1]["TCA"] == pytest.approx(25 * cell_ha)
    assert r15["class"][2]["TCA"] == 0.0  # (1,1) has (2,2) of class 1 diagonally
    with pytest.raises(ValueError):
        ls.compute_metrics(a, cell_size=cs, edge_depth=0.0)


def test_gyrate_circle_and_nlsi_by_hand():
    a = np.full((9, 9), 2, dtype=np.int32)
    a[1, 1:4] = 1          # a straight line of 3 cells
    a[4:8, 4:8] = 3        # a 4 x 4 square
    r = ls.compute_metrics(a, cell_size=10.0, patches=True)
    p = r["patches"]
    line = np.flatnonzero(p["CLASS"] == 1)[0]
    square = np.flatnonzero(p["CLASS"] == 3)[0]
    assert p["GYRATE"][line] == pytest.approx(10.0 * 2.0 / 3.0)      # distances 1, 0, 1 cells
    # square: farthest corners 4 sqrt 2 cells apart -> CIRCLE = 1 - 16 / (pi 8) = 1 - 2 / pi
    assert p["CIRCLE"][square] == pytest.approx(1.0 - 2.0 / math.pi)
    # line: farthest corners sqrt(3^2 + 1) apart -> 1 - 3 / (pi 10 / 4)
    assert p["CIRCLE"][line] == pytest.approx(1.0 - 3.0 / (math.pi * 2.5))
    assert r["class"][3]["NLSI"] == pytest.approx(0.0)                # maximally compact
    # checkerboard: every class-1 cell alone, e = 4 a = max e -> NLSI = 1
    cb = (np.indices((6, 6)).sum(axis=0) % 2 + 1).astype(np.int32)
    assert ls.compute_metrics(cb, cell_size=1.0)["class"][1]["NLSI"] == pytest.approx(1.0)


def test_pafrac_of_squares_is_one():
    # squares of side 1..10 (class 1) in a class-2 matrix: ln a = 2 ln k, ln p = ln 4 + ln k -> slope 2
    a = np.full((12, 70), 2, dtype=np.int32)
    c = 1
    for k in range(1, 11):
        a[1:1 + k, c:c + k] = 1
        c += k + 1
    r = ls.compute_metrics(a, cell_size=30.0)
    assert r["class"][1]["NP"] == 10
    assert r["class"][1]["PAFRAC"] == pytest.approx(1.0)
    # fewer than 10 patches: not defined
    b = a.copy()
    b[:, 55:] = 2  # drop the 10 x 10 square
    assert math.isnan(ls.compute_metrics(b, cell_size=30.0)["class"][1]["PAFRAC"])


def test_core_option_off_leaves_the_new_metrics_nan():
    r = ls.compute_metrics(_block(), cell_size=10.0, core=False)
    assert math.isnan(r["class"][1]["TCA"]) and math.isnan(r["landscape"]["GYRATE_MN"])
    assert r["class"][1]["CA"] == pytest.approx(0.49)


def test_circle_equals_all_corner_farthest_pair_on_random_map():
    """CIRCLE keeps only the row ends of a staircase; it must equal the farthest pair over every cell
    corner of the patch (brute force)."""
    from scipy import ndimage
    rng = np.random.default_rng(7)
    a = (ndimage.gaussian_filter(rng.standard_normal((60, 60)), 2) > 0).astype(np.int32) + 1
    a[rng.random(a.shape) < 0.05] = 3
    r = ls.compute_metrics(a, cell_size=1.0, patches=True, enn=False)
    p = r["patches"]
    checked = 0
    for c in (1, 2, 3):
        lab, n = ndimage.label(a == c, structure=np.ones((3, 3)))
        ours = p["CIRCLE"][p["CLASS"] == c]
        for i in range(n):
            cells = np.argwhere(lab == i + 1)
            if len(cells) < 2:
                assert ours[i] == 0.0
                continue
            co = np.concatenate([cells, cells + (1, 0), cells + (0, 1), cells + (1, 1)]).astype(float)
            d2 = ((co[:, None, :] - co[None, :, :]) ** 2).sum(axis=2).max()
            assert ours[i] == pytest.approx(1.0 - len(cells) / (math.pi * d2 / 4.0), abs=1e-12)
            checked += 1
    assert checked > 20


def test_fast_paths_equal_direct_computation_on_large_irregular_patches():
    """Issue 19 speed paths: CIRCLE (hull sides of the row outlines), GYRATE (centroids from runs),
    CORE at one cell (from the edge cells' neighbour counts) equal a direct computation per patch
    (convex hull of every cell corner, mean distance to the centroid, the cross filter), with nodata."""
    from scipy import ndimage
    from scipy.spatial import ConvexHull
    from eco_restore_plugin.core.landscape.shape_core import core_cells
    rng = np.random.default_rng(11)
    a = np.digitize(ndimage.gaussian_filter(rng.standard_normal((220, 240)), 6), [-0.05, 0.05]) + 1
    a[:30, :50] = 0                                   # nodata block
    a[rng.random(a.shape) < 0.002] = 0                # scattered nodata
    r = ls.compute_metrics(a, cell_size=1.0, nodata=0, patches=True, enn=False)
    p = r["patches"]
    idx = np.where(a == 0, 3, a - 1)
    core = core_cells(idx, 3, 1.0)
    big = 0
    for c in (1, 2, 3):
        lab, n = ndimage.label(a == c, structure=np.ones((3, 3)))
        sel = np.flatnonzero(p["CLASS"] == c)
        assert len(sel) == n
        for i in range(n):
            cells = np.argwhere(lab == i + 1)
            k = sel[i]
            assert p["CORE"][k] * 1e4 == pytest.approx(core[lab == i + 1].sum(), abs=1e-9)   # ha, 1 m cells
            gy = np.hypot(*(cells - cells.mean(axis=0)).T).mean() if len(cells) > 1 else 0.5
            assert p["GYRATE"][k] == pytest.approx(gy, rel=1e-12)
            if len(cells) < 2:
                continue
            co = np.concatenate([cells, cells + (1, 0), cells + (0, 1), cells + (1, 1)]).astype(float)
            co = co[ConvexHull(co).vertices]
            d2 = ((co[:, None, :] - co[None, :, :]) ** 2).sum(axis=2).max()
            assert p["CIRCLE"][k] == pytest.approx(1.0 - len(cells) / (math.pi * d2 / 4.0), abs=1e-12)
            big += len(cells) > 1000
    assert big >= 2
