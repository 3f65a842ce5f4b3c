"""Patch geometry and core area (FRAGSTATS v4 help, McGarigal et al. 2012): radius of gyration
(GYRATE), related circumscribing circle (CIRCLE), core area with an edge depth (CORE, NCORE and the
disjunct core areas), and the class metrics built on them (PAFRAC, NLSI, TCA, CPLAND, NDCA, DCAD).

Conventions (checked against the FRAGSTATS tables in shared/peerdata/landscape_metrics):

* GYRATE: mean distance (m) from the centres of a patch's cells to the patch centroid; a single-cell
  patch gets 0.5 cell (the value FRAGSTATS writes).
* CIRCLE = 1 - a / (pi R^2) with R half the largest distance between two cell corners of the patch
  (the circle on the patch's longest axis, as FRAGSTATS computes it: it reproduces every patch of the
  FRAGSTATS table, whereas the true smallest enclosing circle gives 0.6164 instead of 0.5997 on one
  of them); a single cell gets 0 (FRAGSTATS' value).
* Core: a cell is core when no cell of another class or outside the landscape lies within the edge
  depth (Euclidean, cell centres; depth 1 cell = the 4 orthogonal neighbours). The landscape boundary
  (raster edge, nodata, background) makes edge too: that is what reproduces FRAGSTATS' tables (TCA
  76 / 234 / 89 cells; treating the raster edge as no edge gives 78 / 280 / 109, the 8 neighbours
  45 / 172 / 59). Disjunct core areas are 8-connected groups of core cells (NDCA 5 / 8 / 6; with
  4-connection 7 / 13 / 7).
* PAFRAC = 2 / slope of ln(area) regressed on ln(perimeter) over the patches; N/A (NaN) with fewer
  than 10 patches (FRAGSTATS).
* NLSI = (e - min e) / (max e - min e), e in cell surfaces with the landscape boundary;
  max e = 4 a for a <= N/2 (FRAGSTATS v4 help), else 4 (N - a) + B with B the landscape boundary in
  cell surfaces: that reproduces FRAGSTATS' table (class 3 of the peer map, 482 of 900 cells: 0.1631);
  the help's 3N - 2a gives 0.1687 there.
* GYRATE of small patches differs from FRAGSTATS by up to 1.7 % (0.8478 against 0.8436 for a 3-cell
  patch): FRAGSTATS' exact centroid rule could not be verified; class and landscape GYRATE_MN/SD/CV
  agree within 1 %.
"""

import math

import numpy as np
from scipy import ndimage

from .catalogue import _EIGHT, _NAN

__all__ = []

#: CIRCLE: patches with more staircase corner points than this go through a convex hull first
HULL_MIN_POINTS = 40


def _disk(depth_cells):
    """Footprint of the cells within ``depth_cells`` (centre to centre) of the centre cell."""
    r = int(math.floor(depth_cells + 1e-9))
    y, x = np.mgrid[-r:r + 1, -r:r + 1]
    return (x * x + y * y) <= depth_cells * depth_cells + 1e-9


def core_cells(idx, m, depth_cells):
    """Boolean map of core cells of the class-index raster ``idx`` (m = excluded)."""
    fp = _disk(depth_cells)
    if fp.sum() <= 1:
        return idx != m
    hi = ndimage.maximum_filter(idx, footprint=fp, mode="constant", cval=m)
    lo = ndimage.minimum_filter(idx, footprint=fp, mode="constant", cval=m)
    return (hi == lo) & (idx != m)


def patch_geometry(labels, idx, m, n_patches, patch_cells, edge_rc, edge_lab, depth_cells, *, circle=True):
    """Per patch GYRATE (cells), CIRCLE, CORE (cells), NCORE, and the disjunct core areas.

    ``labels``: patch id raster (1..n, 0 none), ``idx``: class index raster, both unpadded;
    ``edge_rc``, ``edge_lab``: row/col and 0-based patch of every edge cell (for CIRCLE)."""
    out = {}
    n = n_patches
    gy = _gyrate_cells(labels, n, patch_cells)
    out["GYRATE"] = np.where(patch_cells == 1, 0.5, gy)
    out["CIRCLE"] = _circle(patch_cells, edge_rc, edge_lab, n) if circle else np.full(n, _NAN)
    core = core_cells(idx, m, depth_cells)
    clab = labels[core].astype(np.int64) - 1
    out["CORE"] = np.bincount(clab, minlength=n)[:n].astype(np.int64)
    regions, nreg = ndimage.label(core, structure=_EIGHT)
    if nreg:
        sizes = np.bincount(regions[core], minlength=nreg + 1)[1:]
        first = np.zeros(nreg + 1, dtype=np.int64)
        first[regions[core]] = clab  # any cell of a core area gives its patch
        owner = first[1:]
    else:
        sizes = owner = np.zeros(0, dtype=np.int64)
    out["NCORE"] = np.bincount(owner, minlength=n)[:n].astype(np.int64)
    out["DCORE_CELLS"] = sizes.astype(np.int64)
    out["DCORE_PATCH"] = owner
    return out


def _gyrate_cells(labels, n, patch_cells, block=256):
    """Mean distance (cells) from each patch's cell centres to its centroid; two passes over row
    blocks (label 0 = no patch goes to a discarded bin)."""
    H, W = labels.shape
    cols = np.arange(W, dtype=np.float64)
    sr = np.zeros(n + 1)
    sc = np.zeros(n + 1)
    for r0 in range(0, H, block):
        lab = labels[r0:r0 + block]
        h = lab.shape[0]
        flat = lab.ravel()
        rows = np.repeat(np.arange(r0, r0 + h, dtype=np.float64), W)
        sr += np.bincount(flat, weights=rows, minlength=n + 1)
        sc += np.bincount(flat, weights=np.tile(cols, h), minlength=n + 1)
    cnt = np.r_[1.0, np.maximum(patch_cells, 1).astype(float)]
    mr, mc = sr / cnt, sc / cnt
    sd = np.zeros(n + 1)
    for r0 in range(0, H, block):
        lab = labels[r0:r0 + block]
        h = lab.shape[0]
        flat = lab.ravel()
        dr = np.repeat(np.arange(r0, r0 + h, dtype=np.float64), W) - mr[flat]
        dc = np.tile(cols, h) - mc[flat]
        sd += np.bincount(flat, weights=np.hypot(dr, dc), minlength=n + 1)
    return sd[1:] / cnt[1:]


def _circle(patch_cells, edge_rc, edge_lab, n):
    """CIRCLE per patch: 1 - area / (pi (D / 2)^2), D the largest distance between two of its cell
    corners (the farthest pair lies on the convex hull of the edge cells' corners)."""
    out = np.zeros(n)
    big = np.flatnonzero(patch_cells > 1)
    if big.size == 0:
        return out
    # the convex hull of a patch only needs the leftmost and rightmost edge cell of each of its rows
    sel = patch_cells[edge_lab] > 1
    lab, rc = edge_lab[sel], edge_rc[sel]
    key = lab.astype(np.int64) * (int(rc[:, 0].max()) + 2) + rc[:, 0]
    order = np.argsort(key, kind="stable")
    key, lab, rc = key[order], lab[order], rc[order]
    start = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    row = rc[start, 0].astype(float)
    cmin = np.minimum.reduceat(rc[:, 1], start).astype(float)
    cmax = np.maximum.reduceat(rc[:, 1], start).astype(float) + 1.0
    plab = lab[start]
    # staircase filter: a row's left end can be on the hull only when no row above and no row below
    # reaches further left (segmented running minima; likewise the right ends with maxima)
    big_off = float(int(cmax.max()) + 2)
    off = plab.astype(float) * big_off
    lmin_dn = np.minimum.accumulate(cmin - off) + off
    lmin_up = (np.minimum.accumulate((cmin + off)[::-1]) - off[::-1])[::-1]
    rmax_dn = np.maximum.accumulate(cmax + off) - off
    rmax_up = (np.maximum.accumulate((cmax - off)[::-1]) + off[::-1])[::-1]
    keep_l = (cmin <= lmin_dn) | (cmin <= lmin_up)
    keep_r = (cmax >= rmax_dn) | (cmax >= rmax_up)
    pr = np.concatenate([row[keep_l], row[keep_l] + 1, row[keep_r], row[keep_r] + 1])
    pc = np.concatenate([cmin[keep_l], cmin[keep_l], cmax[keep_r], cmax[keep_r]])
    pl = np.concatenate([plab[keep_l], plab[keep_l], plab[keep_r], plab[keep_r]])
    order = np.argsort(pl, kind="stable")
    pts = np.column_stack((pr[order], pc[order]))
    bounds = np.searchsorted(pl[order], np.arange(n + 1))
    for p in big:
        q = pts[bounds[p]:bounds[p + 1]]
        if len(q) > HULL_MIN_POINTS:
            q = _hull(q)
        d2 = ((q[:, None, :] - q[None, :, :]) ** 2).sum(axis=2).max()
        out[p] = 1.0 - patch_cells[p] / (math.pi * d2 / 4.0)
    return out


def _hull(pts):
    """Vertices of the convex hull of cell corners (never degenerate: every cell adds a unit square)."""
    if len(pts) <= 4:
        return pts
    from scipy.spatial import ConvexHull
    return pts[ConvexHull(pts).vertices]


def pafrac(area_m2, perim_m):
    """PARA fractal dimension of a set of patches (NaN below 10 patches or without spread)."""
    a = np.asarray(area_m2, dtype=float)
    p = np.asarray(perim_m, dtype=float)
    if a.size < 10:
        return _NAN
    x, y = np.log(p), np.log(a)
    sxx = float(((x - x.mean()) ** 2).sum())
    if sxx == 0:
        return _NAN
    slope = float(((x - x.mean()) * (y - y.mean())).sum()) / sxx
    return 2.0 / slope if slope != 0 else _NAN


def nlsi(e_cells, a_cells, n_land, min_e, boundary):
    """Normalized landscape shape index of a class (FRAGSTATS v4 help; max e as the module docstring)."""
    a = float(a_cells)
    if a >= n_land:
        return _NAN
    if a <= n_land / 2.0:
        max_e = 4.0 * a
    else:
        max_e = 4.0 * (n_land - a) + float(boundary)
    if max_e <= min_e:
        return _NAN
    return (float(e_cells) - float(min_e)) / (max_e - float(min_e))
