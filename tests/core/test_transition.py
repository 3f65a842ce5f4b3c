"""Land-use transition matrix, dynamic degrees and change raster (core/transition.py), by hand."""
import math

import numpy as np
import pytest

from eco_restore_plugin.core import transition as tr

# 3x3 case, classes 1 (cropland), 2 (forest), 3 (built-up); 0 = nodata in "after"
BEFORE = np.array([[1, 1, 2],
                   [1, 2, 2],
                   [3, 3, 2]])
AFTER = np.array([[1, 3, 2],
                  [3, 2, 1],
                  [3, 0, 2]])
# valid pairs (nodata at (2,1) dropped): 1->1, 1->3, 2->2, 1->3, 2->2, 2->1, 3->3, 2->2


def test_transition_matrix_3x3_with_nodata():
    t = tr.transition_matrix(BEFORE, AFTER, cell_area=0.09, nodata_after=0)
    assert t["classes"] == [1, 2, 3]
    expected = np.array([[1, 0, 2],
                         [1, 3, 0],
                         [0, 0, 1]]) * 0.09
    np.testing.assert_allclose(t["matrix"], expected)
    assert t["total"] == pytest.approx(8 * 0.09)
    assert t["changed"] == pytest.approx(3 * 0.09)                # 1->3 twice, 2->1 once
    assert t["area_before"] == pytest.approx({1: 0.27, 2: 0.36, 3: 0.09})
    assert t["area_after"] == pytest.approx({1: 0.18, 2: 0.27, 3: 0.27})


def test_dynamic_degrees_by_hand():
    t = tr.transition_matrix(BEFORE, AFTER, cell_area=1.0, nodata_after=0)
    k = tr.single_dynamic_degree(t["area_before"], t["area_after"], years=10)
    # cropland 3 -> 2 cells: (2 - 3) / 3 / 10 * 100 = -3.333 %/a; forest 4 -> 3: -2.5 %/a;
    # built-up 1 -> 3: +20 %/a
    assert k[1] == pytest.approx(-10 / 3)
    assert k[2] == pytest.approx(-2.5)
    assert k[3] == pytest.approx(20.0)
    # LC = changed / (2 * total) / T * 100 = 3 / 16 / 10 * 100 = 1.875 %/a
    assert tr.comprehensive_dynamic_degree(t["matrix"], years=10) == pytest.approx(1.875)
    # a class absent at the start has no single dynamic degree
    k2 = tr.single_dynamic_degree({1: 5.0}, {1: 4.0, 4: 1.0}, years=1)
    assert k2[1] == pytest.approx(-20.0) and math.isnan(k2[4])
    with pytest.raises(ValueError):
        tr.single_dynamic_degree({1: 1.0}, {1: 1.0}, years=0)


def test_change_raster_codes():
    codes, mult = tr.change_raster(BEFORE, AFTER, nodata_after=0)
    assert mult == 10
    expected = np.array([[0, 13, 0],
                         [13, 0, 21],
                         [0, -1, 0]])
    np.testing.assert_array_equal(codes, expected)
    kept, _ = tr.change_raster(BEFORE, AFTER, nodata_after=0, unchanged_value=None)
    assert kept[0, 0] == 11 and kept[2, 0] == 33 and kept[0, 1] == 13


def test_4x4_float_nan_both_dates_and_large_codes():
    before = np.array([[11, 11, 21, 21],
                       [11, 41, 41, 21],
                       [np.nan, 41, 52, 52],
                       [81, 81, 52, 95]])
    after = np.array([[11, 21, 21, 21],
                      [41, 41, 41, 41],
                      [11, np.nan, 52, 82],
                      [81, 82, 52, 95]])
    t = tr.transition_matrix(before, after, cell_area=900.0)
    assert t["classes"] == [11, 21, 41, 52, 81, 82, 95]
    c = {v: i for i, v in enumerate(t["classes"])}
    m = t["matrix"] / 900.0
    assert m.sum() == 14                                   # two NaN cells dropped
    assert m[c[11], c[11]] == 1 and m[c[11], c[21]] == 1 and m[c[11], c[41]] == 1
    assert m[c[21], c[21]] == 2 and m[c[21], c[41]] == 1
    assert m[c[41], c[41]] == 2
    assert m[c[52], c[52]] == 2 and m[c[52], c[82]] == 1
    assert m[c[81], c[81]] == 1 and m[c[81], c[82]] == 1
    assert m[c[95], c[95]] == 1
    assert m[c[82]].sum() == 0                             # 82 only exists at the second date
    assert t["changed"] == pytest.approx(5 * 900.0)
    codes, mult = tr.change_raster(before, after)
    assert mult == 100
    assert codes[0, 1] == 1121 and codes[1, 0] == 1141 and codes[2, 3] == 5282
    assert codes[2, 0] == -1 and codes[2, 1] == -1
    assert (codes == 0).sum() == 9
    lc = tr.comprehensive_dynamic_degree(t["matrix"], years=5)
    assert lc == pytest.approx(5 / (2 * 14) / 5 * 100)


def test_errors():
    with pytest.raises(ValueError):
        tr.transition_matrix(np.zeros((2, 2)), np.zeros((3, 2)))
    with pytest.raises(ValueError):
        tr.change_raster(np.array([[1.5]]), np.array([[1.0]]))
    with pytest.raises(ValueError):
        tr.change_raster(np.array([[150]]), np.array([[1]]), multiplier=100)


def test_counts_of_row_blocks_add_up_to_the_whole_matrix():
    rng = np.random.default_rng(5)
    a = rng.choice([101.0, 301.0, 701.0, np.nan], size=(23, 9))
    b = rng.choice([101.0, 301.0, 1101.0, 1203.0], size=(23, 9))
    a[:5] = 301.0          # the first block has fewer classes than the whole
    total = (np.empty(0), np.zeros((0, 0), np.int64))
    for r in range(0, 23, 5):
        total = tr.add_transition_counts(total, tr.transition_counts(a[r:r + 5], b[r:r + 5]))
    whole = tr.transition_matrix(a, b, cell_area=0.09)
    blocks = tr.transition_matrix_from_counts(*total, cell_area=0.09)
    assert blocks["classes"] == whole["classes"] == [101.0, 301.0, 701.0, 1101.0, 1203.0]
    np.testing.assert_array_equal(blocks["matrix"], whole["matrix"])
    assert blocks["area_before"] == whole["area_before"] and blocks["changed"] == whole["changed"]
    codes, mult = tr.change_raster(a, b)
    assert mult == tr.change_multiplier(1203) == 10000
    np.testing.assert_array_equal(tr.change_codes(*total, multiplier=mult), np.unique(codes[codes >= 0]))
    keep, _ = tr.change_raster(a, b, unchanged_value=None)
    np.testing.assert_array_equal(tr.change_codes(*total, multiplier=mult, unchanged_value=None),
                                  np.unique(keep[keep >= 0]))
