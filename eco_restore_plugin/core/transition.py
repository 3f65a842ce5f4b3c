"""Land-use transition matrix, land-use dynamic degrees and change raster (METHODS.md 1.5).

Methods:

* Transition matrix (土地利用转移矩阵): area of every (class at date a -> class at date b) pair over
  the cells valid in both rasters; rows = class at date a, columns = class at date b, over the
  union of the classes of both dates.
* Single land-use dynamic degree (单一土地利用动态度; 王秀兰 & 包玉海 1999, 地理科学进展 18(1);
  刘纪远 et al.): ``K_i = (U_b,i - U_a,i) / U_a,i / T * 100`` (% per year), U = area of class i at
  the start (a) and end (b), T = years. NaN when U_a,i = 0.
* Comprehensive land-use dynamic degree (综合土地利用动态度, same sources):
  ``LC = sum_{i} dLU_{i-j} / (2 * sum_i LU_i) / T * 100`` (% per year), LU_i = area of class i at the
  start, dLU_{i-j} = area of class i converted to any other class (absolute value), so that
  ``sum_i dLU_{i-j}`` is the changed area (sum of the off-diagonal of the transition matrix).
  Note: with this definition LC = changed area / (2 * total area) / T. Authors who sum losses and
  gains in dLU (each change counted twice) get changed / total / T; the factor 2 of the formula
  was written for that reading. The function follows the formula as written and also returns the
  changed area so either reading can be reported.
* Change raster: ``code = from * multiplier + to`` (multiplier = smallest power of ten larger than
  every class value, e.g. 100 for classes below 100, so 21 -> 41 is 2141), unchanged cells get
  ``unchanged_value`` (default 0), cells invalid at either date get ``nodata_value`` (-1).
"""
import numpy as np

__all__ = ["transition_matrix", "transition_counts", "add_transition_counts", "transition_matrix_from_counts",
           "single_dynamic_degree", "comprehensive_dynamic_degree", "change_multiplier", "change_codes",
           "change_raster"]


def _valid(arr, nodata, mask):
    arr = np.asarray(arr)
    ok = np.ones(arr.shape, dtype=bool)
    if np.issubdtype(arr.dtype, np.floating):
        ok &= np.isfinite(arr)
    if nodata is not None:
        for v in np.atleast_1d(nodata):
            ok &= arr != v
    if mask is not None:
        ok &= ~np.asarray(mask, dtype=bool)
    return ok


def _common(before, after, nodata_before, nodata_after, mask):
    a = np.asarray(before)
    b = np.asarray(after)
    if a.shape != b.shape:
        raise ValueError("rasters differ in shape: {} vs {}".format(a.shape, b.shape))
    ok = _valid(a, nodata_before, mask) & _valid(b, nodata_after, None)
    return a, b, ok


def transition_matrix(before, after, *, cell_area=1.0, nodata_before=None, nodata_after=None,
                      mask=None):
    """Transition matrix in area between two land-use rasters of the same grid.

    Method: land-use transition matrix (刘纪远 et al.; 王秀兰 & 包玉海 1999), METHODS.md 1.5:
    ``T[i, j]`` = number of cells of class i at the first date and class j at the second,
    times ``cell_area``. Cells that are nodata at either date (or in ``mask``, True = excluded)
    are left out. Classes are the union of the valid classes of both dates, sorted.

    Returns a dict: ``classes`` (list), ``matrix`` (float array, rows = from, cols = to, area in
    the unit of ``cell_area``), ``area_before`` / ``area_after`` (dicts class -> area; row and
    column sums), ``total`` (area valid at both dates), ``changed`` (off-diagonal sum).
    By row blocks: :func:`transition_counts` per block, :func:`add_transition_counts`, then
    :func:`transition_matrix_from_counts` (the same result).
    """
    classes, counts = transition_counts(before, after, nodata_before=nodata_before, nodata_after=nodata_after,
                                        mask=mask)
    return transition_matrix_from_counts(classes, counts, cell_area=cell_area)


def transition_counts(before, after, *, nodata_before=None, nodata_after=None, mask=None):
    """Cell counts of the transition matrix: ``(classes, counts)``, ``counts[i, j]`` (int64) the cells of
    ``classes[i]`` at the first date and ``classes[j]`` at the second (cells valid at both dates).

    Method: the cross-tabulation behind the land-use transition matrix (METHODS.md 1.5, see
    :func:`transition_matrix`); counts of row blocks add up (:func:`add_transition_counts`).
    """
    a, b, ok = _common(before, after, nodata_before, nodata_after, mask)
    va, vb = a[ok], b[ok]
    classes = np.union1d(np.unique(va), np.unique(vb))
    n = len(classes)
    ia = np.searchsorted(classes, va)
    ib = np.searchsorted(classes, vb)
    counts = np.bincount(ia * n + ib, minlength=n * n).reshape(n, n) if n else \
        np.zeros((0, 0), dtype=np.int64)
    return classes, counts


def add_transition_counts(first, second):
    """The sum of two ``(classes, counts)`` of :func:`transition_counts` (e.g. of two row blocks), over
    the union of their classes.

    Method: cross-tabulations of disjoint parts of the rasters add cell by cell (METHODS.md 1.5)."""
    (ca, na), (cb, nb) = first, second
    classes = np.union1d(ca, cb)
    counts = np.zeros((len(classes), len(classes)), dtype=np.int64)
    for c, n in ((ca, na), (cb, nb)):
        if len(c):
            idx = np.searchsorted(classes, c)
            counts[np.ix_(idx, idx)] += n
    return classes, counts


def transition_matrix_from_counts(classes, counts, *, cell_area=1.0):
    """The result of :func:`transition_matrix` from the cell counts of :func:`transition_counts`.

    Method: transition matrix in area = cell counts × cell area (METHODS.md 1.5)."""
    mat = np.asarray(counts).astype(float) * float(cell_area)
    cls = [c.item() for c in np.asarray(classes)]
    return {
        "classes": cls,
        "matrix": mat,
        "area_before": dict(zip(cls, mat.sum(axis=1).tolist())),
        "area_after": dict(zip(cls, mat.sum(axis=0).tolist())),
        "total": float(mat.sum()),
        "changed": float(mat.sum() - np.trace(mat)),
    }


def single_dynamic_degree(area_before, area_after, *, years):
    """Single land-use dynamic degree per class, % per year.

    Method: ``K = (U_b - U_a) / U_a / T * 100`` (王秀兰 & 包玉海 1999; 刘纪远 et al.), METHODS.md 1.5.
    ``area_before`` / ``area_after``: dicts class -> area (e.g. from ``transition_matrix``);
    a class missing from one dict has area 0 there. NaN when U_a = 0.
    """
    if not years > 0:
        raise ValueError("years must be positive")
    out = {}
    for c in sorted(set(area_before) | set(area_after)):
        ua = float(area_before.get(c, 0.0))
        ub = float(area_after.get(c, 0.0))
        out[c] = (ub - ua) / ua / years * 100.0 if ua > 0 else float("nan")
    return out


def comprehensive_dynamic_degree(matrix, *, years):
    """Comprehensive land-use dynamic degree LC, % per year.

    Method: ``LC = sum_i dLU_{i-j} / (2 sum_i LU_i) / T * 100`` (王秀兰 & 包玉海 1999; 刘纪远 et al.),
    METHODS.md 1.5, with dLU_{i-j} the area of class i converted to other classes (off-diagonal
    row sums of the transition ``matrix``) and LU_i the area of class i at the start (row sums).
    See the module docstring for the factor 2.
    """
    if not years > 0:
        raise ValueError("years must be positive")
    mat = np.asarray(matrix, dtype=float)
    total = mat.sum()
    if total <= 0:
        return float("nan")
    changed = total - np.trace(mat)
    return float(changed / (2.0 * total) / years * 100.0)


def change_multiplier(top):
    """The smallest power of ten (at least 10) larger than the class value ``top``.

    Method: transition coding ``from * multiplier + to`` of METHODS.md 1.5 (see :func:`change_raster`)."""
    multiplier = 10
    while multiplier <= top:
        multiplier *= 10
    return multiplier


def change_codes(classes, counts, *, multiplier, unchanged_value=0):
    """The sorted codes of :func:`change_raster` that occur, from the cell counts of
    :func:`transition_counts` (``unchanged_value`` for the diagonal, ``None`` keeps ``c * multiplier + c``), e.g. for the change raster's palette.

    Method: transition coding of METHODS.md 1.5."""
    c = np.asarray(classes).astype(np.int64)
    i, j = np.nonzero(np.asarray(counts) > 0)
    codes = c[i] * multiplier + c[j]
    if unchanged_value is not None:
        codes = np.where(i == j, unchanged_value, codes)
    return np.unique(codes.astype(np.int64))


def change_raster(before, after, *, nodata_before=None, nodata_after=None, mask=None,
                  unchanged_value=0, nodata_value=-1, multiplier=None):
    """Land-use change raster coded ``from * multiplier + to``.

    Method: transition coding of METHODS.md 1.5 (the cell-level form of the transition matrix).
    Classes must be non-negative integers. ``multiplier`` defaults to the smallest power of ten
    larger than every class value (100 for classes 0..99). Unchanged cells get
    ``unchanged_value`` (``None`` keeps their code ``c * multiplier + c``); cells invalid at either
    date get ``nodata_value``. Returns ``(codes int64 array, multiplier)``.
    """
    a, b, ok = _common(before, after, nodata_before, nodata_after, mask)
    va, vb = a[ok], b[ok]
    if va.size and (np.any(va != np.round(va)) or np.any(vb != np.round(vb))
                    or min(va.min(), vb.min()) < 0):
        raise ValueError("change coding needs non-negative integer classes")
    va = va.astype(np.int64)
    vb = vb.astype(np.int64)
    if multiplier is None:
        multiplier = change_multiplier(int(max(va.max(), vb.max())) if va.size else 0)
    elif va.size and max(va.max(), vb.max()) >= multiplier:
        raise ValueError("multiplier must exceed every class value")
    codes = np.full(a.shape, nodata_value, dtype=np.int64)
    code = va * multiplier + vb
    if unchanged_value is not None:
        code = np.where(va == vb, unchanged_value, code)
    codes[ok] = code
    return codes, int(multiplier)
