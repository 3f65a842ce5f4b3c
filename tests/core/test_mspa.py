"""Tests of core.mspa on hand-drawn patterns whose classes follow from the definitions
(Soille & Vogt 2009)."""
import numpy as np
import pytest

from eco_restore_plugin.core import mspa as m


def test_block_with_hole_core_edge_perforation():
    fg = np.zeros((15, 15), bool)
    fg[3:12, 3:12] = True
    fg[7, 7] = False
    out = m.mspa(fg, edge_width=1)
    assert out[7, 7] == m.BACKGROUND
    # ring of 8 cells around the hole
    ring = out[6:9, 6:9].copy()
    ring[1, 1] = m.PERFORATION
    assert (ring == m.PERFORATION).all()
    assert (out == m.PERFORATION).sum() == 8
    # 9x9 block: outer ring of 32 cells is edge; 7x7 interior minus 3x3 around the hole is core
    assert (out == m.EDGE).sum() == 32
    assert (out[3, 3:12] == m.EDGE).all() and (out[3:12, 11] == m.EDGE).all()
    assert (out == m.CORE).sum() == 49 - 9
    assert (out[~fg] == m.BACKGROUND).all()


def test_edge_width_two():
    fg = np.zeros((11, 11), bool)
    fg[2:9, 2:9] = True
    out = m.mspa(fg, edge_width=2)
    assert (out == m.CORE).sum() == 9 and (out[4:7, 4:7] == m.CORE).all()
    assert (out == m.EDGE).sum() == 49 - 9


def blocks_with_line():
    fg = np.zeros((7, 19), bool)
    fg[1:6, 1:6] = True
    fg[1:6, 13:18] = True
    fg[3, 6:13] = True
    return fg


def test_bridge_between_two_cores():
    out = m.mspa(blocks_with_line())
    assert (out[3, 6:13] == m.BRIDGE).all()
    assert (out == m.BRIDGE).sum() == 7
    assert (out == m.CORE).sum() == 18


def test_dead_end_line_is_branch():
    fg = blocks_with_line()
    fg[:, 13:] = False
    out = m.mspa(fg)
    assert (out[3, 6:13] == m.BRANCH).all()
    assert (out == m.BRANCH).sum() == 7


def test_line_back_to_same_core_is_loop():
    fg = np.zeros((13, 14), bool)
    fg[4:11, 1:8] = True
    for r, c in [(5, 8), (5, 9), (5, 10), (5, 11), (6, 11), (7, 11), (8, 11), (9, 11), (9, 10),
                 (9, 9), (9, 8)]:
        fg[r, c] = True
    out = m.mspa(fg)
    assert (out[5, 8:12] == m.LOOP).all() and (out[9, 8:12] == m.LOOP).all()
    assert (out == m.LOOP).sum() == 11
    assert (out == m.BRANCH).sum() == 0


def test_islet_and_missing():
    fg = np.zeros((10, 10), bool)
    fg[1:3, 1:3] = True          # 2x2 blob: too thin for a core at width 1
    fg[5:10, 5:10] = True
    miss = np.zeros((10, 10), bool)
    miss[0, 9] = True
    out = m.mspa(fg, missing=miss)
    assert (out[1:3, 1:3] == m.ISLET).all() and (out == m.ISLET).sum() == 4
    assert out[0, 9] == m.MISSING
    # block touching the raster border: the outside is background, so the border cells are edge
    assert out[9, 9] == m.EDGE and out[7, 7] == m.CORE
    areas = m.class_areas(out, cell_area=900.0)
    assert areas["islet"] == 3600.0


def test_diagonal_islet_and_argument_checks():
    fg = np.zeros((5, 5), bool)
    fg[1, 1] = fg[2, 2] = True
    assert (m.mspa(fg, connectivity=8)[fg] == m.ISLET).all()
    with pytest.raises(ValueError):
        m.mspa(fg, connectivity=6)
    with pytest.raises(ValueError):
        m.mspa(fg, edge_width=0)


@pytest.mark.parametrize("connectivity,s", [(8, 3), (4, 2)])
def test_labels_carried_by_bands_equal_whole_raster(connectivity, s):
    """The boundary-zone labels, computed by row bands with s rows above and below, equal s whole-raster
    label dilations inside the opened foreground."""
    from scipy import ndimage
    rng = np.random.default_rng(5)
    fg = ndimage.gaussian_filter(rng.random((150, 90)), 2.5) > 0.5
    se = m._SQUARE if connectivity == 8 else m._CROSS
    core = ndimage.binary_erosion(fg, se, iterations=s, border_value=0)
    opened = ndimage.binary_dilation(core, se, iterations=s) & fg
    core_lab, n = ndimage.label(core, se)
    want = core_lab.copy()
    for _ in range(s):
        grown = ndimage.grey_dilation(want, footprint=se)
        fill = opened & (want == 0)
        want[fill] = grown[fill]
    got = m._carry_labels(core_lab, opened, se, s, rows=7)
    assert n > 5 and (want[opened & ~core] > 0).mean() > 0.5
    assert np.array_equal(got, want)
