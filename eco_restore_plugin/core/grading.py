"""Grading: cumulative-service importance grading, break helpers, combination, fragment removal.

Grade codes (uint8): importance 3 = 极重要 (extremely important), 2 = 重要 (important),
1 = 一般重要 (generally important); 0 = nodata (:data:`NODATA`) - a NaN input cell gets 0 and
0 is never a grade. Break semantics everywhere: breaks are lower-inclusive class bounds,
``v < b1`` -> first class, ``b1 ≤ v < b2`` -> second, ... so a value equal to a break goes to
the upper class, and equal values always get the same grade.

Block work for huge rasters (the cumulative method needs the global distribution):
:class:`CumulativeHistogram` ``.add(block)`` over all blocks (range given, or a first min/max pass);
``.thresholds(shares)`` approximates within one bin, or a further pass of ``.crossing_values(block)``
gives ``.exact_thresholds(values)``, equal to the in-memory :func:`cumulative_thresholds`; then
:func:`classify_by_thresholds` per block.
"""
import numpy as np
from scipy import ndimage

from . import tables

NODATA = 0
EXTREMELY_IMPORTANT, IMPORTANT, GENERALLY_IMPORTANT = 3, 2, 1
IMPORTANCE_NAMES = {3: "极重要", 2: "重要", 1: "一般重要"}


def cumulative_thresholds(values, *, shares=(0.5, 0.8)):
    """Value thresholds of the cumulative-service (累积服务值) grading, ascending.

    Method: 双评价指南 (MNR 2020) / 红线指南 (2017), METHODS.md §1: cells sorted by service value,
    high to low; the cells whose running sum reaches ``shares[0]`` (50 %) of the total are
    极重要, up to ``shares[1]`` (80 %) 重要, the rest 一般重要. Precisely: with values sorted
    descending v(1) ≥ v(2) ≥ ... and C_k the share of the first k, the threshold of share s is
    v(k*) with k* the smallest k such that C_k ≥ s; cells with v ≥ threshold take the higher grade
    (the crossing cell and all its ties go up, so the top class may hold slightly more than s).
    Total = sum of the positive finite values (NaN ignored; zero / negative values add nothing
    and fall in the lowest grade). Returns ``[t(0.8), t(0.5)]`` (ascending) for
    :func:`classify_by_thresholds`; +inf when there is no positive value.
    """
    v = np.asarray(values, dtype=np.float64).ravel()
    v = v[np.isfinite(v) & (v > 0)]
    shares = np.asarray(shares, float)
    if np.any(np.diff(shares) <= 0) or shares.min() <= 0 or shares.max() > 1:
        raise ValueError("shares must be increasing in (0, 1]")
    if v.size == 0:
        return np.full(len(shares), np.inf)
    v = np.sort(v)[::-1]
    cum = np.cumsum(v)
    total = cum[-1]
    idx = np.searchsorted(cum, shares * total * (1 - 1e-12), side="left")
    idx = np.minimum(idx, v.size - 1)
    return v[idx][::-1].copy()


def crossing_bins(sums, *, shares):
    """Where the cumulative shares are crossed in a value-weighted histogram (bins ascending in value).

    Method: :func:`cumulative_thresholds` on binned values: the running sum from the highest bin down
    reaches ``share × total`` inside bin ``b``. Returns one ``(b, above, target)`` per share, in the
    order of ``shares``: ``above`` is the sum of the bins above ``b``, ``target`` the share's sum (with
    the same 1e-12 slack as the in-memory method). The exact threshold is then found among the values of
    bin ``b`` alone (:func:`refine_thresholds`)."""
    sums = np.asarray(sums, dtype=np.float64)
    from_top = np.cumsum(sums[::-1])
    total = sums.sum()
    out = []
    for t in np.asarray(shares, float) * total * (1 - 1e-12):
        j = min(int(np.searchsorted(from_top, t, side="left")), len(sums) - 1)
        out.append((len(sums) - 1 - j, from_top[j - 1] if j > 0 else 0.0, t))
    return out


def refine_thresholds(values, value_bins, crossing, counts):
    """Exact thresholds from the values of the crossing bins (third pass of block-wise grading).

    ``values``: the positive values whose bin (``value_bins``, same binning as the histogram) is a
    crossing bin; ``crossing`` from :func:`crossing_bins`; ``counts``: cells per bin. Returns the ascending
    thresholds, equal to :func:`cumulative_thresholds` on all values (sums in another order aside), and
    the cells at or above each (ascending thresholds' order)."""
    out, at_or_above = [], []
    counts = np.asarray(counts)
    for b, above, t in crossing:
        v = np.sort(values[value_bins == b])[::-1]
        k = int(np.searchsorted(above + np.cumsum(v), t, side="left"))
        out.append(v[min(k, v.size - 1)])
        at_or_above.append(int(counts[b + 1:].sum()) + int(np.count_nonzero(v >= out[-1])))
    return np.array(out[::-1]), at_or_above[::-1]


class CumulativeHistogram:
    """Pass 1 of block-wise cumulative grading: value-weighted histogram of positive values.

    Method: as :func:`cumulative_thresholds`, approximated on ``bins`` equal bins over
    [``lo``, ``hi``] (the raster's positive value range, e.g. from GDAL statistics). The threshold
    is the lower edge of the bin where the share is crossed: cells of that bin go to the higher
    grade (consistent with the tie rule); the error is at most one bin's share.
    """

    def __init__(self, lo, hi, *, bins=65536):
        if not hi > lo:
            hi = lo + 1.0
        self.edges = np.linspace(float(lo), float(hi), int(bins) + 1)
        self.sums = np.zeros(int(bins))
        self.counts = np.zeros(int(bins), np.int64)

    @staticmethod
    def _positive(block):
        v = np.asarray(block, dtype=np.float64).ravel()
        return v[np.isfinite(v) & (v > 0)]

    def _index(self, v):
        return np.clip(np.searchsorted(self.edges, v, side="right") - 1, 0, len(self.sums) - 1)

    def add(self, block):
        """Accumulate one block (NaN and non-positive values ignored)."""
        v = self._positive(block)
        if v.size:
            idx = self._index(v)
            self.sums += np.bincount(idx, weights=v, minlength=len(self.sums))
            self.counts += np.bincount(idx, minlength=len(self.sums))
        return self

    def crossing_values(self, block, shares=(0.5, 0.8)):
        """Pass 3 of the exact method: the positive values of ``block`` in the bins where ``shares`` are
        crossed (a small part of the cells; concatenate them over the blocks for :meth:`exact_thresholds`)."""
        v = self._positive(block)
        wanted = np.unique([b for b, _, _ in crossing_bins(self.sums, shares=shares)])
        return v[np.isin(self._index(v), wanted)]

    def exact_thresholds(self, values, shares=(0.5, 0.8)):
        """Ascending thresholds equal to :func:`cumulative_thresholds` on all the blocks, from the
        histogram and ``values`` (the concatenated :meth:`crossing_values` of every block)."""
        if self.sums.sum() <= 0:
            return np.full(len(shares), np.inf)
        values = np.asarray(values, dtype=np.float64)
        return refine_thresholds(values, self._index(values), crossing_bins(self.sums, shares=shares), self.counts)[0]

    def thresholds(self, shares=(0.5, 0.8)):
        """Ascending thresholds like :func:`cumulative_thresholds`."""
        total = self.sums.sum()
        if total <= 0:
            return np.full(len(shares), np.inf)
        from_top = np.cumsum(self.sums[::-1])
        out = []
        for s in shares:
            j = int(np.searchsorted(from_top, s * total * (1 - 1e-12), side="left"))
            b = len(self.sums) - 1 - min(j, len(self.sums) - 1)
            out.append(self.edges[b])
        return np.array(out[::-1])


def classify_by_thresholds(values, thresholds, *, codes=None, dtype=np.uint8):
    """Classify by ascending lower-inclusive thresholds: ``code[i]`` for the i-th interval.

    Method: grading by breaks (module docstring): ``v < t1`` -> codes[0], ``t1 ≤ v < t2`` ->
    codes[1], ..., ``v ≥ t_n`` -> codes[n]; default codes 1..n+1. NaN -> :data:`NODATA` (0).
    """
    v = np.asarray(values, dtype=np.float64)
    t = np.asarray(thresholds, dtype=np.float64)
    with np.errstate(invalid="ignore"):               # inf - inf between equal infinite thresholds
        if np.any(np.diff(t) < 0):
            raise ValueError("thresholds must be ascending")
    codes = np.arange(1, len(t) + 2) if codes is None else np.asarray(codes)
    if len(codes) != len(t) + 1:
        raise ValueError("need len(thresholds) + 1 codes")
    lut = codes.astype(dtype)
    if len(t) <= 8:
        # the interval index = the number of thresholds ≤ v, counted by comparisons (what
        # searchsorted(side="right") returns for ascending t): a few passes over the cells, three times
        # faster than the search over a chunk of a million cells; NaN compares false (nodata below)
        idx = np.zeros(v.shape, np.uint8)
        for ti in t:
            idx += v >= ti
    else:
        idx = np.searchsorted(t, v, side="right")
    out = lut[idx]
    out[~np.isfinite(v)] = NODATA
    return out


def cumulative_grade(values, *, shares=(0.5, 0.8)):
    """Importance grade 3/2/1 (极重要/重要/一般重要) by cumulative service share, 0 = nodata.

    Method: 累积服务值法 (双评价指南 2020; METHODS.md §1) via :func:`cumulative_thresholds` and
    :func:`classify_by_thresholds` (in memory; use :class:`CumulativeHistogram` by blocks).
    """
    return classify_by_thresholds(values, cumulative_thresholds(values, shares=shares))


def grade_by_breaks(values, breaks, *, codes=None, invert=False, dtype=np.uint8):
    """Factor grading by a break table (e.g. R 100/600 -> 1/2/3; FVC 0.2/0.6 inverted -> 3/2/1).

    Method: single-factor grading of the vulnerability / sensitivity assessment (红线指南 2017,
    双评价 2020; METHODS.md §1). Breaks lower-inclusive (module docstring); ``codes`` default
    1..n; ``invert`` reverses the codes (higher value = lower grade, e.g. vegetation cover).
    """
    codes = np.arange(1, len(breaks) + 2) if codes is None else np.asarray(codes)
    if invert:
        codes = codes[::-1]
    return classify_by_thresholds(values, breaks, codes=codes, dtype=dtype)


def grade_by_table(classes, table, *, what="grade table"):
    """Grade per class from a table ``{class: grade}`` (e.g. K by soil texture); float with NaN
    for nodata; a class absent from the table raises ValueError naming it.

    Method: class-table grading (红线指南 2017, K by soil texture, METHODS.md §1).
    """
    classes = np.asarray(classes)
    if classes.dtype.kind in "OUS":
        out = np.full(classes.shape, np.nan)
        present = {c for c in np.unique(classes).tolist() if c not in ("", None)}
        tables.check_classes(present, table, what=what)
        for c in present:
            out[classes == c] = table[c]
        return out
    return tables.lookup(classes, table, what=what)


def natural_breaks(values, *, n_classes, sample_size=3000, seed=0):
    """Jenks natural breaks (Fisher-Jenks exact optimisation on a sample); ascending thresholds.

    Method: Jenks G.F. (1967) The data model concept in statistical mapping; Fisher W.D. (1958)
    On grouping for maximum homogeneity, JASA 53 - dynamic programming minimising the within-class
    sum of squared deviations, on a random sample of ``sample_size`` finite values (fixed ``seed``)
    when there are more. Returns, for :func:`classify_by_thresholds`, the midpoint of the gap
    between consecutive classes of the sample (max of class i and min of class i + 1), so values
    of the full raster that the sample missed fall on the nearer side.
    """
    v = np.asarray(values, dtype=np.float64).ravel()
    v = v[np.isfinite(v)]
    if v.size > sample_size:
        v = np.random.default_rng(seed).choice(v, sample_size, replace=False)
    x = np.sort(v)
    n = x.size
    k = int(n_classes)
    if k < 2:
        return np.array([])
    if np.unique(x).size <= k:
        u = np.unique(x)
        return (u[1:] + u[:-1]) / 2.0 if u.size > 1 else np.array([])
    s1 = np.concatenate([[0.0], np.cumsum(x)])
    s2 = np.concatenate([[0.0], np.cumsum(x * x)])

    def ssd(i, j):   # within-class SSD of x[i:j] (j exclusive), vectorised over i
        cnt = j - i
        return s2[j] - s2[i] - (s1[j] - s1[i]) ** 2 / cnt

    inf = np.inf
    cost = np.full((k + 1, n + 1), inf)
    back = np.zeros((k + 1, n + 1), dtype=np.int64)
    cost[1, 1:] = ssd(np.zeros(n, np.int64), np.arange(1, n + 1))
    for c in range(2, k + 1):
        for j in range(c, n + 1):
            i = np.arange(c - 1, j)          # class c holds x[i:j]
            tot = cost[c - 1, i] + ssd(i, j)
            m = int(np.argmin(tot))
            cost[c, j] = tot[m]
            back[c, j] = i[m]
    starts = []
    j = n
    for c in range(k, 1, -1):
        i = back[c, j]
        starts.append((x[i - 1] + x[i]) / 2.0)
        j = i
    return np.array(sorted(starts))


def quantile_breaks(values, *, n_classes):
    """Quantile breaks: ascending thresholds at the i/n quantiles of the finite values.

    Method: quantile (equal count) classification; ties at a break go to the upper class.
    """
    v = np.asarray(values, dtype=np.float64).ravel()
    v = v[np.isfinite(v)]
    return np.quantile(v, np.arange(1, n_classes) / float(n_classes))


def equal_interval_breaks(values, *, n_classes, lo=None, hi=None):
    """Equal-interval breaks ``lo + i (hi − lo)/n`` over the finite range (or given lo/hi).

    Method: equal-interval classification.
    """
    v = np.asarray(values, dtype=np.float64)
    fin = v[np.isfinite(v)]
    lo = float(fin.min()) if lo is None else lo
    hi = float(fin.max()) if hi is None else hi
    return lo + (hi - lo) * np.arange(1, n_classes) / float(n_classes)


def combine_max_grade(*grades, nodata="propagate"):
    """Cell-wise highest grade across rasters (services, or importance and vulnerability).

    Method: 双评价指南 (2020) / METHODS.md §1 "Combination": the higher grade wins (极 if any is
    极, else 重要 if any is 重要, else 一般). Grades are codes > 0 with 0 = nodata.
    ``nodata="propagate"``: a cell nodata in any input is nodata; ``"ignore"``: max of the
    available grades (nodata only where all are).
    """
    arrs = [np.asarray(g) for g in grades]
    out = np.maximum.reduce(arrs).astype(np.uint8)
    if nodata == "propagate":
        bad = np.logical_or.reduce([a == NODATA for a in arrs])
        out[bad] = NODATA
    elif nodata != "ignore":
        raise ValueError("nodata must be 'propagate' or 'ignore'")
    return out


def _codes(g):
    """The grades present in ``g`` (integers), nodata left out, without sorting the raster when they are small."""
    if g.size and g.min() >= 0 and g.max() < 65536:
        present = np.flatnonzero(np.bincount(g.ravel()))
    else:
        present = np.unique(g)
    return present[present != NODATA]


_OFFSETS8 = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)]


def remove_small_fragments(grades, *, min_cells, replace="majority", connectivity=8, max_iter=10):
    """Merge patches smaller than ``min_cells`` into their surroundings.

    Method: minimum-patch cleanup of the protection-importance map (双评价指南 2020, "remove
    fragments below a minimum patch area", METHODS.md §1). Patches = connected cells of equal
    grade (8-connectivity by default, 4 optional). A patch below ``min_cells`` takes
    ``replace="majority"``: the grade it shares most cell-to-cell contacts with across its border
    (nodata excluded; ties -> the higher grade, conservative for protection); a patch with no
    valid neighbour is kept. With "majority" the pass repeats until no change (at most
    ``max_iter``) since merged cells can form new small patches. ``replace="lower"``: one pass,
    each small patch drops one grade (min 1). Nodata (0) cells
    are never changed. Convert an area to cells with ``ceil(area / cell_area)``.
    """
    g = np.asarray(grades).astype(np.int64)
    struct = np.ones((3, 3), bool) if connectivity == 8 else ndimage.generate_binary_structure(2, 1)
    offsets = _OFFSETS8 if connectivity == 8 else [(-1, 0), (1, 0), (0, -1), (0, 1)]
    if replace not in ("majority", "lower"):
        raise ValueError("replace must be 'majority' or 'lower'")
    h, w = g.shape
    for _ in range(max_iter):
        # patches: connected cells of one grade, numbered grade after grade (int32 labels)
        labels = np.zeros(g.shape, np.int32)
        patch_grade = [np.zeros(1, np.int64)]
        n_total = 0
        for code in _codes(g):
            lab, n = ndimage.label(g == code, structure=struct)
            if n:
                np.add(lab, n_total, out=lab, where=lab > 0)
                labels += lab
                patch_grade.append(np.full(n, code, np.int64))
                n_total += n
        if n_total == 0:
            break
        patch_grade = np.concatenate(patch_grade)
        sizes = np.bincount(labels.ravel(), minlength=n_total + 1)
        small = (sizes < min_cells)
        small[0] = False
        cells = np.flatnonzero(small[labels])          # the cells of small patches
        if not cells.size:
            break
        own = labels.ravel()[cells]
        if replace == "lower":
            new = np.maximum(patch_grade - 1, 1)
        else:
            # contacts of each small patch with each other grade across its border (8 or 4 neighbours)
            gmax = int(g.max())
            counts = np.zeros((n_total + 1, gmax + 1), np.int64)
            rows, cols = np.divmod(cells, w)
            grade = g.ravel()[cells]
            for di, dj in offsets:
                r2, c2 = rows + di, cols + dj
                ok = (r2 >= 0) & (r2 < h) & (c2 >= 0) & (c2 < w)
                nb = g[r2[ok], c2[ok]]
                sel = (nb != NODATA) & (nb != grade[ok])
                np.add.at(counts, (own[ok][sel], nb[sel]), 1)
            counts[:, NODATA] = 0
            best = gmax - np.argmax(counts[:, ::-1], axis=1)      # ties -> higher grade
            has = counts.sum(axis=1) > 0
            new = np.where(has, best, patch_grade)
        values = new[own]
        if not (values != g.ravel()[cells]).any():
            break
        g.ravel()[cells] = values
        if replace == "lower":
            break
    return g.astype(np.uint8)


def protection_importance(service_grade, vulnerability_grade, *, protected=None, min_cells=None,
                          replace="majority", nodata="ignore"):
    """Ecological protection importance (生态保护重要性) grade 3/2/1, 0 = nodata.

    Method: 双评价指南 (MNR 2020), METHODS.md §1 "Combination": the higher of service importance
    and vulnerability grades (both coded 1/2/3, :func:`combine_max_grade`, default
    ``nodata="ignore"`` so a cell assessed by one side only keeps it); cells inside nature
    reserves / key habitats (``protected`` bool mask) raised to 极重要 (3); then fragments below
    ``min_cells`` removed (:func:`remove_small_fragments`) - protected cells are restored to 3
    after the cleanup.
    """
    g = combine_max_grade(service_grade, vulnerability_grade, nodata=nodata)
    if protected is not None:
        prot = np.asarray(protected, bool)
        g[prot & (g != NODATA)] = EXTREMELY_IMPORTANT
    if min_cells:
        g = remove_small_fragments(g, min_cells=min_cells, replace=replace)
        if protected is not None:
            g[prot & (g != NODATA)] = EXTREMELY_IMPORTANT
    return g
