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


def patch_geometry(labels, idx, m, n_patches, patch_cells, runs, depth_cells, *, circle=True, core=None):
    """Per patch GYRATE (cells), CIRCLE, CORE (cells), NCORE, and the disjunct core areas.

    ``labels``: patch id raster (1..n, 0 none) or a callable returning it (used only below an edge
    depth of one cell), ``idx``: class index raster, both unpadded; ``runs``: (row, first col, last
    col, 0-based patch) of every horizontal run of a patch's cells, in raster order; ``core``: the
    core-cell map when already known (else ``core_cells``)."""
    out = {}
    n = n_patches
    gy = _gyrate_cells(n, patch_cells, runs)
    out["GYRATE"] = np.where(patch_cells == 1, 0.5, gy)
    out["CIRCLE"] = _circle(patch_cells, runs, n) if circle else np.full(n, _NAN)
    if core is None:
        core = core_cells(idx, m, depth_cells)
    regions, nreg = ndimage.label(core, structure=_EIGHT)
    if depth_cells >= 1.0:
        # core cells keep their 4 neighbours in their class, so a core area (8-connected) never
        # touches another patch: its patch is the patch of any of its cells, and CORE is the sum of
        # the areas of the patch's core areas (exact integers). Sizes and patches from the runs of
        # core cells (the patch run holding a core run's first cell).
        H, W = core.shape
        t = np.empty((H, W + 1), dtype=bool)         # core runs start and end (+1) at changes
        t[:, 0] = core[:, 0]
        np.not_equal(core[:, 1:], core[:, :-1], out=t[:, 1:W])
        t[:, W] = core[:, -1]
        ch = np.flatnonzero(t)
        del t
        cs = ch[0::2] - ch[0::2] // (W + 1)            # flat index of each run's first cell
        cl = ch[1::2] - ch[0::2]                       # run length
        del ch
        reg = regions.ravel()[cs]
        del regions
        row, c0, _, plab = runs
        first = np.zeros(nreg + 1, dtype=np.int64)      # first core run of every core area
        first[reg[::-1]] = np.arange(len(reg) - 1, -1, -1)
        pr = np.searchsorted(row.astype(np.int64) * W + c0, cs[first[1:]], side="right") - 1
        owner = plab[pr]
        sizes = np.rint(np.bincount(reg, weights=cl, minlength=nreg + 1)[1:]).astype(np.int64)
        out["CORE"] = np.rint(np.bincount(owner, weights=sizes, minlength=n)[:n]).astype(np.int64)
        out["NCORE"] = np.bincount(owner, minlength=n)[:n].astype(np.int64)
        out["DCORE_CELLS"] = sizes
        out["DCORE_PATCH"] = owner
        return out
    if callable(labels):
        labels = labels()
    clab = labels[core].astype(np.int64) - 1
    out["CORE"] = np.bincount(clab, minlength=n)[:n].astype(np.int64)
    if nreg:
        rc = regions[core]
        sizes = np.bincount(rc, minlength=nreg + 1)[1:]
        first = np.zeros(nreg + 1, dtype=np.int64)
        first[rc] = clab  # any cell of a core area gives its patch
        owner = first[1:]
    else:
        sizes = owner = np.zeros(0, dtype=np.int64)
    out["NCORE"] = np.bincount(owner, minlength=n)[:n].astype(np.int64)
    out["DCORE_CELLS"] = sizes.astype(np.int64)
    out["DCORE_PATCH"] = owner
    return out


def _gyrate_cells(n, patch_cells, runs, block=1 << 16):
    """Mean distance (cells) from each patch's cell centres to its centroid: centroids from the
    runs (exact integer sums), then the distances of the cells of blocks of runs (the row offset is
    one value per run), summed per run (``np.add.reduceat``) and per patch."""
    row, c0, c1, lab = runs
    ln = (c1 - c0 + 1).astype(np.int64)
    sr = np.bincount(lab, weights=(row.astype(np.int64) * ln).astype(float), minlength=n)[:n]
    sc = np.bincount(lab, weights=((c0 + c1).astype(np.int64) * ln // 2).astype(float), minlength=n)[:n]
    cnt = np.maximum(patch_cells, 1).astype(float)
    mr, mc = sr / cnt, sc / cnt
    dr2 = row - mr[lab]                                # row offset of every run's cells, squared
    dr2 *= dr2
    mcr = mc[lab]
    end = np.cumsum(ln)
    tot = np.zeros(len(ln))
    W = int(c1.max(initial=-1)) + 1
    # runs covering the whole raster (no excluded cell): blocks of whole rows, whose cell columns
    # are one precomputed tile; else blocks of runs, columns from each run's first column
    tiled = len(ln) > 0 and int(end[-1]) == (int(row[-1]) + 1) * W
    rows_per = max(1, block // max(W, 1))
    cells = np.tile(np.arange(W, dtype=np.float64), rows_per) if tiled else \
        np.arange(block + int(ln.max(initial=0)), dtype=np.float64)
    i = 0
    while i < len(ln):
        base = int(end[i - 1]) if i else 0
        if tiled:
            j = int(np.searchsorted(row, row[i] + rows_per))
        else:
            j = max(int(np.searchsorted(end, base + block, side="right")), i + 1)
        rl = ln[i:j]
        st = end[i:j] - rl - base                      # first cell of each run in the block
        if tiled:
            x = np.repeat(mcr[i:j], rl)
            np.subtract(cells[:len(x)], x, out=x)       # column of every cell - centroid column
        else:
            x = np.repeat((c0[i:j] - st).astype(np.float64), rl)
            x += cells[:len(x)]                        # column of every cell
            x -= np.repeat(mcr[i:j], rl)
        x *= x
        x += np.repeat(dr2[i:j], rl)
        np.sqrt(x, out=x)
        tot[i:j] = np.add.reduceat(x, st)
        i = j
    return np.bincount(lab, weights=tot, minlength=n)[:n] / cnt


def stable_order(keys):
    """Stable argsort of non-negative integer keys below 2**32 by two 16-bit radix passes (numpy
    sorts uint16 by radix sort; much faster than a comparison sort of int32/int64)."""
    keys = np.asarray(keys)
    order = np.argsort((keys & 0xFFFF).astype(np.uint16), kind="stable")
    if keys.size and int(keys.max()) > 0xFFFF:
        hi = (keys[order] >> 16).astype(np.uint16)
        order = order[np.argsort(hi, kind="stable")]
    return order


def _chain_hull(pid, y, x, sign):
    """Indices of the points left of a y-monotone chain's convex hull side (``sign`` +1: the left
    side, points of least x; -1: the right side), for many chains at once (``pid``: chain of each
    point, points sorted by chain then strictly increasing y). Every pass drops all points lying on
    or beyond the chord of their two neighbours; a strict hull vertex never does, and a chain without
    such points is convex, so the survivors include every hull vertex of the chain. A staircase
    filter goes first: a point with a point at least as far out both above and below it in its chain
    lies on or inside their chord."""
    v = sign * x                                      # least v = farthest out
    if len(v) > 2:
        span = int(v.max() - v.min()) + 1
        off = pid.astype(np.int64) * span             # keeps the running minima within a chain
        first = np.concatenate(([True], pid[1:] != pid[:-1]))
        last = np.concatenate((pid[1:] != pid[:-1], [True]))
        up = np.minimum.accumulate(v - off) + off     # least v at or above each point
        dn = (np.minimum.accumulate((v + off)[::-1]) - off[::-1])[::-1]
        keep = first | last
        keep[1:] |= v[1:] < up[:-1]                   # beyond every point above
        keep[:-1] |= v[:-1] < dn[1:]                  # beyond every point below
        idx = np.flatnonzero(keep)
    else:
        idx = np.arange(len(y))
    while len(idx) > 2:
        p = pid[idx]
        inner = np.zeros(len(idx), dtype=bool)
        inner[1:-1] = (p[1:-1] == p[:-2]) & (p[1:-1] == p[2:])
        a, i, b = idx[:-2], idx[1:-1], idx[2:]
        lhs = (x[i] - x[a]) * (y[b] - y[a])
        rhs = (x[b] - x[a]) * (y[i] - y[a])
        drop = np.zeros(len(idx), dtype=bool)
        drop[1:-1] = inner[1:-1] & (sign * (lhs - rhs) >= 0)
        if not drop.any():
            break
        idx = idx[~drop]
    return idx


def _circle(patch_cells, runs, n):
    """CIRCLE per patch: 1 - area / (pi (D / 2)^2), D the largest distance between two of its cell
    corners. The farthest pair lies on the convex hull of the corners, whose vertices are on the
    hull sides of the patch's left outline (least corner x at each corner row y) and right outline;
    both sides of all patches are found at once (``_chain_hull``), then the farthest pair among them
    per patch, all in integer arithmetic (exact)."""
    out = np.zeros(n)
    row, c0, c1, lab = runs
    sel = patch_cells[lab] > 1
    if not sel.any():
        return out
    keep = np.flatnonzero(sel)
    # runs come in raster order: a stable sort by patch orders them by (patch, row, col); a patch's
    # rows are contiguous (8-connected)
    order = keep[stable_order(lab[keep])]
    del keep
    lab = lab[order]
    row = row[order].astype(np.int64)
    c0 = c0[order].astype(np.int64)
    c1 = c1[order].astype(np.int64)
    del order
    brk = np.concatenate(([True], (lab[1:] != lab[:-1]) | (row[1:] != row[:-1])))
    start = np.flatnonzero(brk)
    stop = np.append(start[1:], len(lab)) - 1
    plab = lab[start]
    prow = row[start]
    cmin = c0[start]
    cmax = c1[stop] + 1
    del lab, row, c0, c1, brk
    first = np.concatenate(([True], plab[1:] != plab[:-1]))
    last = np.concatenate((plab[1:] != plab[:-1], [True]))
    # outline corners: y = row of every cell row (min/max with the row above), plus y = last row + 1
    prev_min = np.where(first, cmin, np.concatenate((cmin[:1], cmin[:-1])))
    prev_max = np.where(first, cmax, np.concatenate((cmax[:1], cmax[:-1])))
    xl = np.minimum(cmin, prev_min)
    xr = np.maximum(cmax, prev_max)
    pos = np.arange(len(plab)) + np.cumsum(last) - last      # room for the extra corner row
    m = len(plab) + int(last.sum())
    pid = np.empty(m, dtype=plab.dtype)
    y = np.empty(m, dtype=np.int64)
    x_l = np.empty(m, dtype=np.int64)
    x_r = np.empty(m, dtype=np.int64)
    pid[pos], y[pos], x_l[pos], x_r[pos] = plab, prow, xl, xr
    extra = pos[last] + 1
    pid[extra], y[extra], x_l[extra], x_r[extra] = plab[last], prow[last] + 1, cmin[last], cmax[last]
    keep_l = _chain_hull(pid, y, x_l, 1)
    keep_r = _chain_hull(pid, y, x_r, -1)
    hp = np.concatenate([pid[keep_l], pid[keep_r]])
    hy = np.concatenate([y[keep_l], y[keep_r]])
    hx = np.concatenate([x_l[keep_l], x_r[keep_r]])
    order = stable_order(hp)
    hp, hy, hx = hp[order], hy[order], hx[order]
    d2 = _farthest_pair_d2(hp, hy, hx, n)
    big = patch_cells > 1
    out[big] = 1.0 - patch_cells[big] / (math.pi * d2[big] / 4.0)
    return out


def _farthest_pair_d2(pid, y, x, n, chunk=1 << 21):
    """Largest squared distance between two points of each group (points sorted by group), by brute
    force over blocks of groups of equal size (row blocks for a very large group)."""
    d2 = np.zeros(n, dtype=np.int64)
    bounds = np.searchsorted(pid, np.arange(n + 1))
    size = np.diff(bounds)
    groups = np.flatnonzero(size > 1)
    for w in np.unique(size[groups]):
        w = int(w)
        g = groups[size[groups] == w]
        if w * w > chunk:                              # one group at a time, rows in blocks
            for gi in g:
                py, px = y[bounds[gi]:bounds[gi + 1]], x[bounds[gi]:bounds[gi + 1]]
                best = 0
                rows = max(1, chunk // w)
                for r0 in range(0, w, rows):
                    dy = py[r0:r0 + rows, None] - py[None, :]
                    dx = px[r0:r0 + rows, None] - px[None, :]
                    best = max(best, int((dy * dy + dx * dx).max()))
                d2[gi] = best
            continue
        step = max(1, chunk // (w * w))
        for s in range(0, len(g), step):
            gg = g[s:s + step]
            j = bounds[gg][:, None] + np.arange(w)[None, :]
            py, px = y[j], x[j]
            dy = py[:, :, None] - py[:, None, :]
            dx = px[:, :, None] - px[:, None, :]
            d2[gg] = (dy * dy + dx * dx).reshape(len(gg), -1).max(axis=1)
    return d2


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
