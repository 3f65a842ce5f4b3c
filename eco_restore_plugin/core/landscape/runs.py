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


def run_patches(idx, m, *, excluded=True):
    """Patches and counts of the class-index raster ``idx`` (classes 0..m-1, m = excluded cell;
    ``excluded=False`` promises that no cell is m).

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
    cls = cls.astype(np.int64)
    counts = np.bincount(cls, weights=length, minlength=K)
    # --- horizontal: run ends face the next run of the row or the raster boundary ---
    row_start = starts % W == 0
    nxt = np.flatnonzero(~row_start[1:])             # run k and k + 1 share a row
    code = np.bincount(cls[nxt] * K + cls[nxt + 1], minlength=K * K).astype(np.float64)
    border = np.bincount(cls, weights=row_start, minlength=K)       # left raster edge
    border += np.bincount(cls, weights=np.r_[row_start[1:], True], minlength=K)   # right edge
    top = starts < W
    border += np.bincount(cls[top], weights=length[top], minlength=K)
    bottom = starts >= (H - 1) * W
    border += np.bincount(cls[bottom], weights=length[bottom], minlength=K)
    s4 = 2.0 * (length - 1)                          # like horizontal neighbours within each run
    sd = np.zeros(R)
    ea = eb = np.zeros(0, dtype=np.int64)
    if H > 1:
        # --- vertical: segments between rows r and r + 1 ---
        seg = np.logical_or(st[:-1], st[1:])
        pos = np.flatnonzero(seg)
        del seg
        stf = st.ravel()
        sa = stf[pos]
        sb = stf[pos + W]
        up = np.cumsum(sa) - 1                       # run above (global run index)
        dn = np.cumsum(sb) - 1 + int(np.count_nonzero(st[0]))
        L = np.diff(pos, append=(H - 1) * W)
        ca, cb = cls[up], cls[dn]
        like = (ca == cb) & (ca < m)
        diff = ~like
        code += np.bincount(ca[diff] * K + cb[diff], weights=L[diff], minlength=K * K)
        lu, Ll = up[like], L[like]
        s4 += np.bincount(lu, weights=2.0 * Ll, minlength=R)    # both cells of a like side
        sd += np.bincount(lu, weights=4.0 * (Ll - 1), minlength=R)
        # diagonal pairs across the border of segments k - 1 and k of one row
        inrow = np.flatnonzero(pos[1:] % W != 0) + 1
        prev = inrow - 1
        d1 = (ca[prev] == cb[inrow]) & (cb[inrow] < m)        # above-left with below-right
        d2 = (ca[inrow] == cb[prev]) & (ca[inrow] < m)        # above-right with below-left
        k1, k2 = inrow[d1], inrow[d2]
        sd += np.bincount(up[k1 - 1], minlength=R) * 2.0
        sd += np.bincount(up[k2], minlength=R) * 2.0
        # links between runs: like vertical pairs, and diagonal pairs where both rows start a run
        both = sa & sb
        k1, k2 = k1[both[k1]], k2[both[k2]]
        ea = np.concatenate([lu, up[k1 - 1], up[k2]])
        eb = np.concatenate([dn[like], dn[k1], dn[k2 - 1]])
        del pos, sa, sb, up, dn, L, ca, cb, like, diff, inrow, prev, d1, d2, both
    del st
    adj = np.rint(code.reshape(K, K)).astype(np.int64)
    adj = adj + adj.T
    adj[:, m] += np.rint(border).astype(np.int64)
    adj[np.arange(K), np.arange(K)] = 0
    # --- patches: connected runs; numbered by class, then by their first run ---
    graph = csr_matrix((np.ones(len(ea), dtype=np.int8), (ea, eb)), shape=(R, R))
    ncomp, comp = csgraph.connected_components(graph, directed=False)
    del graph, ea, eb
    first = np.empty(ncomp, dtype=np.int64)
    first[comp[::-1]] = np.arange(R - 1, -1, -1)        # the last write is the smallest run index
    valid = cls[first] < m
    cand = np.flatnonzero(valid)
    order = cand[np.argsort(cls[first[cand]] * R + first[cand], kind="stable")]
    rank = np.zeros(ncomp, dtype=np.int64)
    rank[order] = np.arange(1, len(order) + 1)
    run_patch = rank[comp]
    n = len(order)
    pclass = cls[first[order]]
    offsets = np.r_[0, np.cumsum(np.bincount(pclass, minlength=m)[:m])].astype(np.int64)
    out = {
        "counts": np.rint(counts[:m]).astype(np.int64),
        "offsets": offsets,
        "patch_cells": np.rint(np.bincount(run_patch, weights=length, minlength=n + 1)[1:]).astype(np.int64),
        "s4": np.bincount(run_patch, weights=s4, minlength=n + 1)[1:],
        "sd": np.bincount(run_patch, weights=sd, minlength=n + 1)[1:],
        "adj": adj,
        "run_patch": run_patch,
        "run_length": length,
    }
    keep = np.flatnonzero(cls < m) if excluded else slice(None)
    rs = starts[keep]
    row = rs // W
    c0 = rs - row * W
    out["runs"] = (row, c0, c0 + length[keep] - 1, run_patch[keep] - 1)
    return out
