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
    rr, cc = np.nonzero(labels)
    lab = labels[rr, cc].astype(np.int64) - 1
    cnt = patch_cells.astype(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        mr = np.bincount(lab, weights=rr, minlength=n) / cnt
        mc = np.bincount(lab, weights=cc, minlength=n) / cnt
        d = np.hypot(rr - mr[lab], cc - mc[lab])
        gy = np.bincount(lab, weights=d, minlength=n) / cnt
    del rr, cc, lab, d
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


def _circle(patch_cells, edge_rc, edge_lab, n):
    """CIRCLE per patch: 1 - area / (pi (D / 2)^2), D the largest distance between two of its cell
    corners (the farthest pair lies on the convex hull of the edge cells' corners)."""
    out = np.zeros(n)
    out[patch_cells == 2] = 1.0 - 2.0 / (math.pi * 1.25)
    big = np.flatnonzero(patch_cells > 2)
    if big.size == 0:
        return out
    order = np.argsort(edge_lab, kind="stable")
    lab = edge_lab[order]
    rc = edge_rc[order]
    starts = np.searchsorted(lab, np.arange(n + 1))
    for p in big:
        cells = rc[starts[p]:starts[p + 1]]
        corners = np.unique(np.concatenate([cells, cells + (1, 0), cells + (0, 1), cells + (1, 1)]), axis=0)
        h = _hull(corners.astype(float))
        d2 = ((h[:, None, :] - h[None, :, :]) ** 2).sum(axis=2).max()
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
