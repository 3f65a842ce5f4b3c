"""Landscape ecological risk index (景观生态风险指数, ERI) on a grid of risk cells.

Method: the landscape-loss index of Chinese landscape ecological risk studies (曾辉 & 刘国军 1999;
谢花林 2008 and many since): for each land-use class i of the study area

* fragmentation  C_i = n_i / A_i                       (n_i patches, A_i class area in km²)
* isolation      N_i = (A / (2·A_i)) · √(n_i / A)        (A total area in km²)
* dominance      D_i = (Q_i + M_i)/4 + L_i/2             (Q_i share of risk cells holding class i,
                                                          M_i = n_i / N share of patches,
                                                          L_i = A_i / A share of area)
* disturbance    E_i = a·C_i + b·N_i + c·D_i             (a + b + c = 1; 0.5 / 0.3 / 0.2 the usual;
                                                          with ``normalise`` C, N and D are first
                                                          divided by their largest class value, so
                                                          the three are on one 0-1 scale)
* vulnerability  F_i = rank_i / max rank                 (editable rank table, 1 built … 6 bare)
* loss           R_i = E_i · F_i

and for each risk cell k (a square of ``window`` × ``window`` raster cells; 2-5 times the mean patch
size is the usual rule) ERI_k = Σ_i (A_ki / A_k) · R_i. Patches are 8-connected (the landscape-metrics
core, :mod:`eco_restore_plugin.core.landscape`). Risk cells with less than ``min_valid`` of their
area in the study area are left out.

The surface: ERI values at the risk-cell centres interpolated bilinearly onto the raster cells (risk
cells without a value take the value of the nearest one first). This is a documented simpler
substitute for the ordinary kriging used in many studies: it is exact at the centres and continuous,
but gives no kriging variance. Grades: five classes by natural breaks (Jenks) of the risk-cell
values, 低 / 较低 / 中 / 较高 / 高.
"""
import numpy as np
from scipy import ndimage

from . import landscape
from ._progress import checkpoint
from .grading import classify_by_thresholds, natural_breaks

GRADE_NAMES = {1: ("低风险", "Low"), 2: ("较低风险", "Relatively low"), 3: ("中风险", "Medium"),
               4: ("较高风险", "Relatively high"), 5: ("高风险", "High")}

#: vulnerability rank by 三调 class (1 least … 6 most vulnerable): built land 1, forest 2,
#: plantation and grassland 3, cropland 4, water and wetland 5, unused / bare land 6. Plugin
#: default after the ranking common in those studies; edit it.
VULNERABILITY_3DIAO = {}
for _codes, _rank in (
        ((501, 508, 601, 602, 603, 701, 702, 801, 802, 809, 810, 900, 1001, 1002, 1003, 1004, 1005,
          1006, 1007, 1008, 1009, 1109, 1202), 1),
        ((301, 302, 305, 307), 2),
        ((201, 202, 203, 204, 401, 403, 404), 3),
        ((101, 102, 103, 1203), 4),
        ((303, 304, 306, 402, 1101, 1102, 1103, 1104, 1105, 1106, 1107, 1108, 1110), 5),
        ((1201, 1204, 1205, 1206, 1207), 6)):
    for _c in _codes:
        VULNERABILITY_3DIAO[_c] = _rank


def window_counts(classes, valid, window, class_values, *, band_cells=4_000_000):
    """Cells of each class per risk cell: array (rows_k, cols_k, n_classes) and the valid count
    per risk cell (rows_k, cols_k). The raster is padded (invalid) to whole risk cells.

    Counted by bands of whole risk-cell rows of about ``band_cells`` raster cells: the temporaries are
    those of a band (a few times 8 bytes per band cell), not of the raster, and the integer counts are
    the same as in one pass."""
    h, w = classes.shape
    rows_per_band = max(1, int(band_cells) // max(w * window, 1)) * window
    bands = ((classes[r0:r0 + rows_per_band], valid[r0:r0 + rows_per_band]) for r0 in range(0, h, rows_per_band))
    return window_counts_by_bands(bands, h, w, window, class_values)


def window_counts_by_bands(bands, height, width, window, class_values):
    """:func:`window_counts` of a raster given as consecutive ``(classes, valid)`` row bands (from a file,
    say), every band but the last a whole number of risk-cell rows (``window`` rows each)."""
    rk, ck = -(-height // window), -(-width // window)
    nc = len(class_values)
    counts = np.zeros((rk, ck, nc), dtype=np.float64)
    col_cell = np.arange(width) // window              # risk-cell column of each raster column
    r0 = 0
    for band, valid in bands:
        r1 = r0 + band.shape[0]
        if r0 % window:
            raise ValueError("a band of window_counts_by_bands starts inside a risk cell")
        rows, cols = np.nonzero(valid)
        if rows.size:
            codes = np.searchsorted(class_values, band[rows, cols])
            cell = (rows // window) * ck + col_cell[cols]  # r0 is a multiple of window: risk rows of the band
            k0, k1 = r0 // window, -(-r1 // window)
            flat = np.bincount(cell * nc + codes, minlength=(k1 - k0) * ck * nc)
            counts[k0:k1] += flat.reshape(k1 - k0, ck, nc)
        r0 = r1
    return counts, counts.sum(axis=2)


_EIGHT = np.ones((3, 3), dtype=bool)


def class_patches_by_bands(bands, *, nodata=None):
    """Patches (FRAGSTATS 8-neighbour rule, as :func:`landscape.class_metrics`' NP) and cells of each class of
    a class raster given as consecutive row bands: ``{class value: (patches, cells)}``.

    Each band is labelled class by class (``scipy.ndimage.label``, 3 x 3 structure); a patch that crosses
    the border of two bands is one patch: the labels of the last row of a band and of the first row of the
    next are joined where they hold the same class on 8-adjacent cells, and the patches are the connected
    components of those joins (``scipy.sparse.csgraph``). Memory: one band and its labels, and one
    integer per band patch. NaN and ``nodata`` cells are outside every patch."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    label_class = []                   # class value of every band patch (global id - 1), an array per class and band
    cells = {}
    joins_a, joins_b = [], []
    prev_last = None                   # global ids (0 = none) of the previous band's last row
    n_total = 0
    for band in bands:
        arr = np.asarray(band)
        valid = np.isfinite(arr) if arr.dtype.kind == "f" else np.ones(arr.shape, bool)
        if nodata is not None:
            valid &= arr != nodata
        ids = np.zeros(arr.shape, dtype=np.int64)
        values, counts = np.unique(arr[valid], return_counts=True)
        for v, n in zip(values.tolist(), counts.tolist()):
            lab, k = ndimage.label(valid & (arr == v), structure=_EIGHT)
            where = lab > 0
            ids[where] = lab[where] + n_total
            label_class.append(np.full(k, v, dtype=arr.dtype))
            n_total += k
            cells[v] = cells.get(v, 0) + int(n)
        if prev_last is not None and arr.shape[0]:
            first = ids[0]
            for dc in (-1, 0, 1):      # previous row's cell c, this row's cell c + dc
                a = prev_last[max(0, -dc):len(first) - max(0, dc)]
                b = first[max(0, dc):len(first) - max(0, -dc)]
                both = (a > 0) & (b > 0)
                joins_a.append(a[both])
                joins_b.append(b[both])
        if arr.shape[0]:
            prev_last = ids[-1].copy()
    if not n_total:
        return {}
    cls = np.concatenate(label_class)
    ja = np.concatenate(joins_a) if joins_a else np.zeros(0, dtype=np.int64)
    jb = np.concatenate(joins_b) if joins_b else np.zeros(0, dtype=np.int64)
    same = cls[ja - 1] == cls[jb - 1]
    graph = coo_matrix((np.ones(int(same.sum())), (ja[same] - 1, jb[same] - 1)), shape=(n_total, n_total))
    _n, comp = connected_components(graph.tocsr(), directed=False)
    first = np.unique(comp, return_index=True)[1]          # one band patch of each patch: joins keep the class
    values, n_patches = np.unique(cls[first], return_counts=True)
    patches = dict(zip(values.tolist(), n_patches.tolist()))
    return {v: (patches[v], cells[v]) for v in sorted(cells)}


def _check_options(weights, window):
    a, b, c = (float(x) for x in weights)
    if min(a, b, c) < 0 or abs(a + b + c - 1.0) > 1e-6:
        raise ValueError("The weights a, b, c of fragmentation, isolation and dominance must be "
                         "non-negative and add up to 1 (got {}, {}, {}).".format(a, b, c))
    if int(window) < 1:
        raise ValueError("The risk cell must be at least one raster cell wide.")
    return (a, b, c), int(window)


def landscape_risk(classes, *, cell_size, window, vulnerability, nodata=None, weights=(0.5, 0.3, 0.2),
                   min_valid=0.5, normalise=True, progress=None, cancelled=None):
    """Landscape ecological risk (module docstring).

    ``classes`` land-use raster; ``cell_size`` (m); ``window`` risk-cell side in raster cells;
    ``vulnerability`` ``{class: rank}`` (ranks > 0; a class missing from it raises ValueError);
    ``weights`` (a, b, c) of fragmentation, isolation and dominance; ``normalise`` scales C, N and D
    by their largest class value before weighting (without it fragmentation, in patches per km²,
    outweighs dominance, a 0-1 share, by orders of magnitude).

    Returns a dict: ``eri`` (risk-cell grid, NaN where left out), ``classes`` (per-class dict of
    n, area_km2, C, N, D, E, F, R), ``window``, ``mean_patch_ha``, ``breaks`` (natural breaks of
    the risk-cell values) and ``n_windows``. A raster read by bands: :func:`class_patches_by_bands`,
    :func:`window_counts_by_bands` and :func:`landscape_risk_from_counts` give the same result.
    """
    weights, window = _check_options(weights, window)
    arr = np.asarray(classes)
    valid = np.isfinite(arr) if arr.dtype.kind == "f" else np.ones(arr.shape, bool)
    if nodata is not None:
        valid &= arr != nodata
    if not valid.any():
        raise ValueError("The land-use raster has no valid cell.")
    checkpoint(cancelled, progress, 0.05)
    metrics = landscape.class_metrics(arr, cell_size=cell_size, nodata=nodata, enn=False,
                                      progress=None, cancelled=cancelled)
    class_values = np.array(sorted(metrics), dtype=arr.dtype if arr.dtype.kind != "f" else np.float64)
    cell_ha = cell_size * cell_size / 1e4
    patches = {v: (int(metrics[v]["NP"]), int(round(metrics[v]["CA"] / cell_ha))) for v in metrics}
    _check_ranks(class_values, vulnerability)
    checkpoint(cancelled, progress, 0.5)
    counts, nvalid = window_counts(arr, valid, window, class_values)
    return landscape_risk_from_counts(patches, counts, nvalid, cell_size=cell_size, window=window,
                                      vulnerability=vulnerability, weights=weights, min_valid=min_valid,
                                      normalise=normalise, progress=progress, cancelled=cancelled)


def _check_ranks(class_values, vulnerability):
    missing = [int(v) for v in class_values if int(v) not in vulnerability]
    if missing:
        raise ValueError("The vulnerability table has no rank for the land-use classes {}.".format(
            ", ".join(str(m) for m in missing)))
    ranks = np.array([float(vulnerability[int(v)]) for v in class_values])
    if (ranks <= 0).any():
        raise ValueError("Vulnerability ranks must be positive.")
    return ranks


def landscape_risk_from_counts(patches, counts, nvalid, *, cell_size, window, vulnerability,
                               weights=(0.5, 0.3, 0.2), min_valid=0.5, normalise=True, progress=None,
                               cancelled=None):
    """:func:`landscape_risk` from ``patches`` ``{class: (patches, cells)}`` (:func:`class_patches_by_bands`)
    and the risk cells' class ``counts`` and ``nvalid`` (:func:`window_counts_by_bands`, classes in sorted
    order): the same dict, the same numbers."""
    (a, b, c), window = _check_options(weights, window)
    class_values = np.array(sorted(patches))
    ranks = _check_ranks(class_values, vulnerability)
    cell_ha = cell_size * cell_size / 1e4
    cell_km2 = cell_size * cell_size / 1e6
    n_i = np.array([float(patches[v][0]) for v in class_values])
    area_i = np.array([float(patches[v][1]) * cell_ha for v in class_values]) / 100.0   # ha -> km²
    total = area_i.sum()
    keep = nvalid >= max(1.0, float(min_valid) * window * window)
    if not keep.any():
        raise ValueError("No risk cell has enough of its area in the study area; use a smaller risk cell.")
    q_i = (counts[keep] > 0).sum(axis=0) / float(keep.sum())
    C = n_i / area_i
    N = (total / (2.0 * area_i)) * np.sqrt(n_i / total)
    D = (q_i + n_i / n_i.sum()) / 4.0 + (area_i / total) / 2.0
    if normalise:
        E = a * C / C.max() + b * N / N.max() + c * D / D.max()
    else:
        E = a * C + b * N + c * D
    F = ranks / ranks.max()
    R = E * F
    checkpoint(cancelled, progress, 0.8)
    with np.errstate(invalid="ignore", divide="ignore"):
        eri = (counts * R[None, None, :]).sum(axis=2) / nvalid
    eri = np.where(keep, eri, np.nan)
    n_windows = int(keep.sum())
    breaks = natural_breaks(eri[keep], n_classes=5) if n_windows > 5 else np.array([])
    table = {}
    for j, v in enumerate(class_values):
        table[v.item() if hasattr(v, "item") else v] = {
            "n": int(n_i[j]), "area_km2": float(area_i[j]), "C": float(C[j]), "N": float(N[j]),
            "D": float(D[j]), "Q": float(q_i[j]), "E": float(E[j]), "F": float(F[j]), "R": float(R[j])}
    mean_patch_ha = _mean_patch_ha(n_i, area_i)
    checkpoint(cancelled, progress, 1.0)
    return {"eri": eri, "classes": table, "window": window, "mean_patch_ha": mean_patch_ha,
            "breaks": np.asarray(breaks, dtype=np.float64), "n_windows": n_windows,
            "cell_km2": cell_km2}


def _mean_patch_ha(n_i, area_i):
    return float(area_i.sum() * 100.0 / n_i.sum())


def mean_patch_area(patches, *, cell_size):
    """Mean patch area (hm²) of ``patches`` ``{class: (patches, cells)}``, as :func:`landscape_risk` reports it
    (the input of :func:`suggested_window`)."""
    values = sorted(patches)
    n_i = np.array([float(patches[v][0]) for v in values])
    area_i = np.array([float(patches[v][1]) * (cell_size * cell_size / 1e4) for v in values]) / 100.0
    return _mean_patch_ha(n_i, area_i)


def suggested_window(mean_patch_ha, cell_size, *, factor=3.0):
    """Risk-cell side (raster cells) for an area of ``factor`` × the mean patch area (2-5 usual)."""
    side_m = np.sqrt(factor * mean_patch_ha * 1e4)
    return max(1, int(round(side_m / cell_size)))


def fill_nearest(grid):
    """NaN risk cells take the value of the nearest risk cell with a value."""
    g = np.asarray(grid, dtype=np.float64)
    miss = ~np.isfinite(g)
    if not miss.any() or miss.all():
        return g.copy()
    _, (ir, ic) = ndimage.distance_transform_edt(miss, return_indices=True)
    return g[ir, ic]


def interpolate_rows(eri, window, row0, nrows, width):
    """Bilinear interpolation of the risk-cell values (centres) onto raster rows
    ``[row0, row0 + nrows)`` of a raster ``width`` cells wide (module docstring)."""
    filled = fill_nearest(eri)
    rr = (np.arange(row0, row0 + nrows) + 0.5) / window - 0.5
    cc = (np.arange(width) + 0.5) / window - 0.5
    R, Cc = np.meshgrid(rr, cc, indexing="ij")
    return ndimage.map_coordinates(filled, [R, Cc], order=1, mode="nearest")


def grade(values, breaks):
    """Five risk grades 1..5 (0 = nodata) by ascending ``breaks``."""
    return classify_by_thresholds(values, list(breaks), codes=np.arange(1, len(breaks) + 2))
