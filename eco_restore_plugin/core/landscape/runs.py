"""Patches, areas, perimeters, contiguity sums and the adjacency matrix of a class-index raster from
its horizontal runs, in one pass for all classes (FRAGSTATS 8-neighbour patch rule, McGarigal et al.
2012).

Method: the raster is cut into maximal horizontal runs of one class. Between two consecutive rows
the cell columns split into *segments* on which the run above and the run below are both constant
(a segment starts wherever a run starts in either row). A segment of length L whose two runs have
the same class holds L like vertical adjacencies and 2 (L - 1) like diagonal pairs; the border
between two segments holds the two diagonal pairs crossing it. Patches are the connected components
(``scipy.sparse.csgraph``) of the runs linked by like vertical or diagonal pairs, numbered by class,
then by the raster order of their first cell (the order of ``scipy.ndimage.label`` run per class).
Every count is an exact integer sum over runs and segments; no per-class raster pass is made.
"""

import numpy as np
from scipy.sparse import csgraph, csr_matrix

__all__ = []


def fast_encode(arr):
    """(classes, idx) when ``arr`` is an unsigned 8/16-bit raster with a small value span, all valid:
    ``idx = arr - min`` (no lookup table); classes may include absent values (``compact_runs``).
    None otherwise."""
    if arr.dtype not in (np.uint8, np.uint16) or arr.size == 0:
        return None
    vmin, vmax = int(arr.min()), int(arr.max())
    if vmax - vmin > 1023:
        return None
    idx = arr - arr.dtype.type(vmin) if vmin else arr
    return list(range(vmin, vmax + 1)), idx


def raster_runs(idx):
    """Flat start, length and class of every maximal horizontal run of equal values (raster order),
    and the run-start map (bool, column 0 always True)."""
    H, W = idx.shape
    st = np.empty((H, W), dtype=bool)
    st[:, 0] = True
    np.not_equal(idx[:, 1:], idx[:, :-1], out=st[:, 1:])
    starts = np.flatnonzero(st)
    length = np.diff(starts, append=H * W)
    return starts, length, idx.ravel()[starts], st


def run_patches(idx, m, *, excluded=True, runs=True):
    """Patches and counts of the class-index raster ``idx`` (classes 0..m-1, m = excluded cell;
    ``excluded=False`` promises that no cell is m; ``runs=False`` leaves ``runs`` None).

    Returns a dict: ``counts`` (cells per class), ``offsets`` (first patch of each class),
    ``patch_cells``, ``s4`` (like orthogonal neighbours summed over a patch's cells), ``sd`` (like
    diagonal neighbours, same), ``adj`` ((m+1) x (m+1) sides of class i facing class j, the diagonal
    left 0, column m = sides facing excluded cells or the raster boundary), ``runs`` (row, first
    col, last col, 0-based patch of every run of a class, raster order) and ``run_patch`` (1-based
    patch of every run, 0 for excluded runs) with ``run_length``."""
    H, W = idx.shape
    K = m + 1
    starts, length, cls, st = raster_runs(idx)
    R = len(starts)
    it = np.int32 if R < 2 ** 31 - 1 else np.int64
    ci = cls.astype(np.intp)
    rfirst = np.searchsorted(starts, np.arange(H + 1) * W)          # first run of every row; R
    # --- horizontal: run k faces run k + 1 (pairs across a row change taken out again) ---
    hc = ci[:-1] * K
    hc += ci[1:]
    code = np.bincount(hc, minlength=K * K) - np.bincount(hc[rfirst[1:-1] - 1], minlength=K * K)
    del hc
    border = np.bincount(ci[rfirst[:-1]], minlength=K) + np.bincount(ci[rfirst[1:] - 1], minlength=K)
    border = border + np.bincount(ci[:rfirst[1]], weights=length[:rfirst[1]], minlength=K)   # top
    border += np.bincount(ci[rfirst[-2]:], weights=length[rfirst[-2]:], minlength=K)       # bottom
    s4 = 2.0 * (length - 1)                          # like horizontal neighbours within each run
    sd = np.zeros(R)
    ea = eb = np.zeros(0, dtype=it)
    code = code.astype(np.float64)
    if H > 1:
        # --- vertical: segments between rows r and r + 1 (flat position in row r) ---
        seg = np.logical_or(st[:-1], st[1:])
        pos = np.flatnonzero(seg)
        del seg
        stf = st.ravel()
        sa = stf[pos]
        sb = stf[W:][pos]
        up = np.cumsum(sa, dtype=it)                 # run above + 1
        up -= 1
        dn = np.cumsum(sb, dtype=it)                 # run below
        dn += it(rfirst[1] - 1)
        L = np.empty(len(pos))
        np.subtract(pos[1:], pos[:-1], out=L[:-1])
        L[-1] = (H - 1) * W - pos[-1]
        sfirst = np.searchsorted(pos, np.arange(1, H - 1) * W)      # first segment of rows 1..
        del pos
        ca, cb = cls[up], cls[dn]
        vc = ca.astype(np.intp)
        vc *= K
        vc += cb
        code += np.bincount(vc, weights=L, minlength=K * K)
        del vc
        like = ca == cb
        if excluded:
            like &= ca < m
        s4 += np.bincount(up, weights=like * (2.0 * L), minlength=R)   # both cells of a like side
        # like diagonal pairs: 2 (L - 1) inside a like segment, and across the border of
        # segments k - 1 and k of one row: above-left with below-right (d1), above-right with
        # below-left (d2); each pair counts for both of its cells
        wsd = like * (4.0 * (L - 1))
        d1 = ca[:-1] == cb[1:]
        d2 = ca[1:] == cb[:-1]
        if excluded:
            d1 &= cb[1:] < m
            d2 &= ca[1:] < m
        d1[sfirst - 1] = False
        d2[sfirst - 1] = False
        wsd[:-1] += 2.0 * d1
        wsd[1:] += 2.0 * d2
        sd += np.bincount(up, weights=wsd, minlength=R)
        del wsd, L, ca, cb
        # links between runs: like vertical pairs, and diagonal pairs where both rows start a run
        # (elsewhere a diagonal pair joins two runs already linked by a like segment)
        both = sa[1:] & sb[1:]
        k1 = np.flatnonzero(d1 & both)
        k2 = np.flatnonzero(d2 & both)
        ea = np.concatenate([up[like], up[k1], up[k2 + 1]])
        eb = np.concatenate([dn[like], dn[k1 + 1], dn[k2]])
        del sa, sb, up, dn, like, d1, d2, both, k1, k2
    del st
    adj = np.rint(code.reshape(K, K)).astype(np.int64)
    adj = adj + adj.T
    adj[:, m] += np.rint(border).astype(np.int64)
    adj[np.arange(K), np.arange(K)] = 0
    # --- patches: connected runs; numbered by class, then by their first run ---
    # CSR built here (rows sorted: three sorted parts, a merge for the stable sort) as the COO route
    # costs ~0.1 ms of checks per call, which counts on small rasters (moving windows)
    order = np.argsort(ea, kind="stable")
    indptr = np.zeros(R + 1, dtype=it)
    np.cumsum(np.bincount(ea, minlength=R), out=indptr[1:])
    graph = csr_matrix((np.ones(len(ea)), eb[order], indptr), shape=(R, R))
    del order
    ncomp, comp = csgraph.connected_components(graph, directed=False)
    del graph, ea, eb
    first = np.empty(ncomp, dtype=np.int64)
    first[comp[::-1]] = np.arange(R - 1, -1, -1)        # the last write is the smallest run index
    cand = np.flatnonzero(ci[first] < m)
    order = cand[np.argsort(ci[first[cand]] * R + first[cand], kind="stable")]
    rank = np.zeros(ncomp, dtype=np.int64)
    rank[order] = np.arange(1, len(order) + 1)
    run_patch = rank[comp]
    n = len(order)
    pclass = ci[first[order]]
    offsets = np.concatenate(([0], np.cumsum(np.bincount(pclass, minlength=m)[:m]))).astype(np.int64)
    cells = np.rint(np.bincount(run_patch, weights=length, minlength=n + 1)[1:]).astype(np.int64)
    out = {
        "counts": np.bincount(pclass, weights=cells, minlength=m)[:m].astype(np.int64),
        "offsets": offsets,
        "patch_cells": cells,
        "s4": np.bincount(run_patch, weights=s4, minlength=n + 1)[1:],
        "sd": np.bincount(run_patch, weights=sd, minlength=n + 1)[1:],
        "adj": adj,
        "run_patch": run_patch,
        "run_length": length,
    }
    out["runs"] = None
    if not runs:
        return out
    keep = np.flatnonzero(cls < m) if excluded else slice(None)
    rs = starts[keep]
    row = rs // W
    c0 = rs - row * W
    out["runs"] = (row, c0, c0 + length[keep] - 1, run_patch[keep] - 1)
    return out
