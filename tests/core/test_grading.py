"""Grading: cumulative shares, break helpers, combination, fragment removal, protection importance."""
import numpy as np
import pytest

from eco_restore_plugin.core import grading

NAN = np.nan


def test_cumulative_thresholds_hand_computed():
    v = np.array([10.0, 5.0, 3.0, 1.0, 1.0, NAN])
    # descending shares of 20: 0.5, 0.75, 0.9, 0.95, 1 -> 50 % reached by 10, 80 % by 3
    t = grading.cumulative_thresholds(v)
    np.testing.assert_allclose(t, [3.0, 10.0])
    g = grading.classify_by_thresholds(v, t)
    np.testing.assert_array_equal(g, [3, 2, 2, 1, 1, 0])
    np.testing.assert_array_equal(grading.cumulative_grade(v), g)


def test_cumulative_nan_not_counted_and_nonpositive_lowest():
    v = np.array([10.0, 5.0, 3.0, 1.0, 1.0])
    with_nan = np.concatenate([v, [NAN] * 50])
    np.testing.assert_allclose(grading.cumulative_thresholds(with_nan),
                               grading.cumulative_thresholds(v))
    with_neg = np.concatenate([v, [0.0, -4.0]])
    np.testing.assert_allclose(grading.cumulative_thresholds(with_neg), [3.0, 10.0])
    np.testing.assert_array_equal(grading.cumulative_grade(with_neg)[-2:], [1, 1])
    assert np.all(np.isinf(grading.cumulative_thresholds(np.array([NAN, 0.0]))))


def test_cumulative_ties_same_grade_upper_side():
    v = np.full(4, 4.0)
    # 50 % is reached by the second cell; its ties all go to the higher grade
    np.testing.assert_array_equal(grading.cumulative_grade(v), [3, 3, 3, 3])
    v = np.array([6.0, 2.0, 2.0, 2.0, 2.0, 2.0])   # total 16: 6 is 37.5 %, 6+2 = 50 %
    np.testing.assert_array_equal(grading.cumulative_grade(v), [3, 3, 3, 3, 3, 3])


def test_cumulative_share_invariant_random():
    rng = np.random.default_rng(7)
    v = rng.gamma(2.0, 3.0, 5000)
    g = grading.cumulative_grade(v)
    total = v.sum()
    top = np.sort(v[g == 3])
    assert top.sum() >= 0.5 * total
    assert top.sum() - top[0] < 0.5 * total              # minimal: without its smallest cell < 50 %
    up2 = np.sort(v[g >= 2])
    assert up2.sum() >= 0.8 * total and up2.sum() - up2[0] < 0.8 * total
    assert v[g == 3].min() > v[g == 2].max() > v[g == 1].max()


def test_histogram_two_pass_matches_exact_within_a_bin():
    rng = np.random.default_rng(3)
    v = rng.lognormal(1.0, 1.0, (200, 300))
    v[rng.random(v.shape) < 0.05] = NAN
    exact = grading.cumulative_thresholds(v)
    hist = grading.CumulativeHistogram(np.nanmin(v), np.nanmax(v), bins=4096)
    for block in np.array_split(v, 7, axis=0):             # block by block
        hist.add(block)
    approx = hist.thresholds()
    width = (np.nanmax(v) - np.nanmin(v)) / 4096
    assert np.all(approx <= exact) and np.all(exact - approx <= width)
    g_exact = grading.classify_by_thresholds(v, exact)
    g_blocks = np.concatenate([grading.classify_by_thresholds(b, approx)
                               for b in np.array_split(v, 7, axis=0)])
    differ = g_exact != g_blocks
    assert 0 < differ.mean() < 0.01
    assert np.all(g_blocks[differ] > g_exact[differ])     # only towards the higher grade
    # ... and only for cells inside the bin where a share is crossed: [approx, exact)
    vd = v[differ]
    inside = ((vd >= approx[0]) & (vd < exact[0])) | ((vd >= approx[1]) & (vd < exact[1]))
    assert inside.all()


def test_classify_by_thresholds_boundaries_and_codes():
    v = np.array([0.0, 1.0, 1.5, 2.0, 9.0, NAN])
    np.testing.assert_array_equal(grading.classify_by_thresholds(v, [1.0, 2.0]), [1, 2, 2, 3, 3, 0])
    np.testing.assert_array_equal(grading.grade_by_breaks(v, [1.0, 2.0], invert=True),
                                  [3, 2, 2, 1, 1, 0])
    np.testing.assert_array_equal(
        grading.grade_by_breaks(v, [1.0, 2.0, 5.0, 8.0], codes=[1, 3, 5, 7, 9]), [1, 3, 3, 5, 9, 0])
    with pytest.raises(ValueError):
        grading.classify_by_thresholds(v, [2.0, 1.0])


@pytest.mark.parametrize("thresholds", [[1.0, 2.0], [1.0, 1.0, 3.5], [np.inf, np.inf], [-np.inf, 0.0, 2.0],
                                        list(np.linspace(0.0, 10.0, 12))])
def test_classify_by_thresholds_counts_thresholds_at_or_below(thresholds):
    # up to 8 thresholds the interval is counted by comparisons, above by a search: either way code i+1
    # for the i thresholds ≤ v (ties and repeated thresholds included), 0 for NaN and ±inf
    v = np.random.default_rng(2).gamma(1.5, 2.0, (40, 50)).round(1)
    v[0, :4] = [NAN, np.inf, -np.inf, 0.0]
    v[1, :len(thresholds)] = thresholds
    want = np.array([[1 + sum(t <= x for t in thresholds) for x in row] for row in v], np.uint8)
    want[~np.isfinite(v)] = 0
    np.testing.assert_array_equal(grading.classify_by_thresholds(v, thresholds), want)
    codes = np.arange(len(thresholds) + 1)[::-1] * 2 + 1
    np.testing.assert_array_equal(grading.classify_by_thresholds(v, thresholds, codes=codes),
                                  np.where(want > 0, codes[np.maximum(want, 1) - 1], 0))


def test_grade_by_table_strings_and_missing():
    tex = np.array([["壤土", "砂"], ["粉土", ""]], dtype=object)
    from eco_restore_plugin.core import tables
    g = grading.grade_by_table(tex, tables.K_TEXTURE_GRADE_3)
    assert g[0, 0] == 3 and g[0, 1] == 1 and g[1, 0] == 5 and np.isnan(g[1, 1])
    with pytest.raises(ValueError, match="火山灰"):
        grading.grade_by_table(np.array(["火山灰"], dtype=object), tables.K_TEXTURE_GRADE_3)


def test_natural_quantile_equal_interval():
    v = np.array([1, 2, 3, 10, 11, 12, 20, 21, 22, NAN], float)
    np.testing.assert_allclose(grading.natural_breaks(v, n_classes=3), [6.5, 16.0])   # gap midpoints
    np.testing.assert_allclose(grading.equal_interval_breaks(v, n_classes=3), [8.0, 15.0])
    np.testing.assert_allclose(grading.quantile_breaks(np.arange(1, 10, dtype=float), n_classes=3),
                               [1 + 8 / 3, 1 + 16 / 3])
    # sampled Jenks on two well-separated clusters finds the gap
    rng = np.random.default_rng(0)
    big = np.concatenate([rng.normal(0, 1, 20000), rng.normal(50, 1, 20000)])
    b = grading.natural_breaks(big, n_classes=2, sample_size=1000)
    assert 10 < b[0] < 40                                 # mid-gap between the clusters
    g = grading.classify_by_thresholds(big, b)
    assert np.all(g[:20000] == 1) and np.all(g[20000:] == 2)


def test_combine_max_grade():
    a = np.array([1, 2, 3, 0, 1], np.uint8)
    b = np.array([3, 1, 2, 2, 0], np.uint8)
    np.testing.assert_array_equal(grading.combine_max_grade(a, b), [3, 2, 3, 0, 0])
    np.testing.assert_array_equal(grading.combine_max_grade(a, b, nodata="ignore"),
                                  [3, 2, 3, 2, 1])


def test_remove_small_fragments_majority_lower_and_connectivity():
    g = np.ones((7, 7), np.uint8)
    g[3, 3] = 3
    g[4, 4] = 3                      # diagonal neighbour: one 2-cell patch under 8-connectivity
    out = grading.remove_small_fragments(g, min_cells=3)
    assert np.all(out == 1)
    # patch of 2 cells kept when min is 2
    np.testing.assert_array_equal(grading.remove_small_fragments(g, min_cells=2), g)
    # 4-connectivity: two 1-cell patches
    np.testing.assert_array_equal(grading.remove_small_fragments(g, min_cells=2, connectivity=4),
                                  np.ones((7, 7)))
    # "lower": grade 3 -> 2
    low = grading.remove_small_fragments(g, min_cells=3, replace="lower")
    assert low[3, 3] == 2 and low[4, 4] == 2
    # majority by contact count: a single cell of 1 with 5 neighbours of 2 and 3 of 3
    h = np.full((3, 3), 3, np.uint8)
    h[0, :] = 2
    h[1, 0] = 2
    h[2, 0] = 2
    h[1, 1] = 1
    big = np.full((9, 9), 0, np.uint8)
    big[3:6, 3:6] = h
    out = grading.remove_small_fragments(big, min_cells=2)
    assert out[4, 4] == 2
    assert np.all(out[big == 0] == 0)                 # nodata never changes


def test_remove_small_fragments_tie_goes_higher_and_isolated_kept():
    g = np.array([[2, 2, 2, 2],
                  [2, 1, 3, 3],
                  [3, 3, 3, 3]], np.uint8)
    g = np.pad(g, 0)
    # cell (1,1): contacts 2: (0,0),(0,1),(0,2),(1,0) = 4; 3: (1,2),(2,0),(2,1),(2,2) = 4 -> tie -> 3
    out = grading.remove_small_fragments(g, min_cells=2)
    assert out[1, 1] == 3
    iso = np.zeros((3, 3), np.uint8)
    iso[1, 1] = 2
    np.testing.assert_array_equal(grading.remove_small_fragments(iso, min_cells=5), iso)


def test_protection_importance():
    svc = np.array([[1, 1, 1, 1], [1, 2, 1, 1], [1, 1, 1, 0], [1, 1, 1, 1]], np.uint8)
    vul = np.array([[1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 3, 1], [1, 1, 1, 1]], np.uint8)
    prot = np.zeros((4, 4), bool)
    prot[0, 0] = True
    g = grading.protection_importance(svc, vul, protected=prot)
    assert g[1, 1] == 2 and g[2, 2] == 3 and g[0, 0] == 3 and g[3, 3] == 1
    assert g[2, 3] == 1                                 # vulnerability alone (nodata="ignore")
    g2 = grading.protection_importance(svc, vul, protected=prot, min_cells=2)
    assert g2[1, 1] == 1 and g2[2, 2] == 1             # single-cell fragments merged
    assert g2[0, 0] == 3                                # protected areas stay 极重要


def _fragments_by_hand(g, min_cells, connectivity):
    """Reference: patch by patch in Python loops (majority of border contacts, ties higher, repeat)."""
    from scipy import ndimage
    g = g.astype(int).copy()
    nbs = [(a, b) for a in (-1, 0, 1) for b in (-1, 0, 1) if (a, b) != (0, 0) and
           (connectivity == 8 or a == 0 or b == 0)]
    struct = np.ones((3, 3), bool) if connectivity == 8 else ndimage.generate_binary_structure(2, 1)
    for _ in range(10):
        new = g.copy()
        for code in sorted(set(g.ravel()) - {0}):
            lab, n = ndimage.label(g == code, structure=struct)
            for k in range(1, n + 1):
                cells = np.argwhere(lab == k)
                if len(cells) >= min_cells:
                    continue
                votes = {}
                for r, c in cells:
                    for a, b in nbs:
                        if 0 <= r + a < g.shape[0] and 0 <= c + b < g.shape[1]:
                            v = g[r + a, c + b]
                            if v not in (0, code):
                                votes[v] = votes.get(v, 0) + 1
                if votes:
                    top = max(votes.values())
                    new[lab == k] = max(v for v, n_ in votes.items() if n_ == top)
        if np.array_equal(new, g):
            break
        g = new
    return g


@pytest.mark.parametrize("connectivity", [8, 4])
def test_remove_small_fragments_equals_patch_by_patch(connectivity):
    rng = np.random.default_rng(3)
    g = rng.choice([0, 1, 2, 3], size=(40, 50), p=[0.05, 0.35, 0.3, 0.3]).astype(np.uint8)
    g[10:25, 10:30] = 2                     # a large patch that stays
    got = grading.remove_small_fragments(g, min_cells=4, connectivity=connectivity)
    want = _fragments_by_hand(g, 4, connectivity)
    assert np.array_equal(got, want)
    assert (got[g == 0] == 0).all() and not np.array_equal(got, g)


@pytest.mark.parametrize("bins,shares", [(4096, (0.5, 0.8)), (16, (0.5, 0.8)), (3, (0.3, 0.6, 0.9))])
def test_histogram_exact_thresholds_by_blocks_equal_in_memory(bins, shares):
    # three passes by blocks (histogram, values of the crossing bins, refinement) give the in-memory exact
    # thresholds, also with coarse bins holding many values and many ties
    rng = np.random.default_rng(5)
    v = np.round(rng.lognormal(1.0, 1.0, (200, 300)), 1)
    v[rng.random(v.shape) < 0.05] = NAN
    v[:3] = 0.0
    exact = grading.cumulative_thresholds(v, shares=shares)
    hist = grading.CumulativeHistogram(np.nanmin(v[v > 0]), np.nanmax(v), bins=bins)
    blocks = np.array_split(v, 7, axis=0)
    for block in blocks:
        hist.add(block)
    values = np.concatenate([hist.crossing_values(b, shares) for b in blocks])
    assert values.size < np.isfinite(v).sum()             # only the crossing bins' values
    np.testing.assert_array_equal(hist.exact_thresholds(values, shares), exact)
    assert np.all(np.isinf(grading.CumulativeHistogram(0.0, 1.0).exact_thresholds(np.empty(0), shares)))
