"""Moving-window landscape metrics (FRAGSTATS moving window, McGarigal et al. 2012): summed-area tables
over the window footprint.
"""

import numpy as np

from .._progress import checkpoint
from .catalogue import (
    CLASS_METRICS, LANDSCAPE_METRICS, WINDOW_METRICS, _encode, _max_like_adjacency, _valid_mask,
)
from .metrics import compute_metrics

__all__ = ["window_footprint", "moving_window"]


# ----------------------------------------------------------------------------------------------
# moving window
# ----------------------------------------------------------------------------------------------
def window_footprint(radius, *, shape="square"):
    """Boolean (2r+1)^2 window: 'square' (all cells) or 'circle' (cells whose centre lies within
    ``radius`` cells of the centre cell)."""
    r = int(radius)
    if r < 1:
        raise ValueError("radius must be at least 1 cell")
    if shape == "square":
        return np.ones((2 * r + 1, 2 * r + 1), dtype=bool)
    if shape == "circle":
        y, x = np.mgrid[-r:r + 1, -r:r + 1]
        return (x * x + y * y) <= r * r
    raise ValueError("shape must be 'square' or 'circle'")


def _rectangles(fp):
    """Decompose a footprint into rectangles (y0, y1, x0, x1), inclusive, offsets from its centre
    row/col 0 of the footprint array: consecutive rows with the same single run are merged."""
    runs = []
    for y in range(fp.shape[0]):
        xs = np.flatnonzero(fp[y])
        if xs.size == 0:
            continue
        splits = np.flatnonzero(np.diff(xs) > 1)
        for seg in np.split(xs, splits + 1):
            runs.append([y, y, int(seg[0]), int(seg[-1])])
    runs.sort(key=lambda t: (t[2], t[3], t[0]))
    merged = []
    for r in runs:
        if merged and merged[-1][2:] == r[2:] and merged[-1][1] + 1 == r[0]:
            merged[-1][1] = r[0]
        else:
            merged.append(r)
    return [tuple(r) for r in merged]


class _WindowSummer:
    """Window sums of rasters by integral images over a block of output rows."""

    def __init__(self, fp, r, H_out, W):
        self.r, self.H, self.W = r, H_out, W
        self.rects = _rectangles(fp)
        self.rects_h = _rectangles(fp[:, :-1] & fp[:, 1:])   # pair (x, x+1) stored at x
        self.rects_v = _rectangles(fp[:-1, :] & fp[1:, :])   # pair (y, y+1) stored at y

    def sum(self, a, kind=""):
        """a: block raster with r extra rows above and below the output rows (zeros outside the
        raster), full width. Returns the window sum at each output cell."""
        r, H, W = self.r, self.H, self.W
        rects = {"": self.rects, "h": self.rects_h, "v": self.rects_v}[kind]
        ap = np.zeros((a.shape[0] + 1, W + 2 * r + 1), dtype=np.int64)
        ap[1:, r + 1:r + 1 + a.shape[1]] = a
        ii = ap.cumsum(axis=0).cumsum(axis=1)
        out = np.zeros((H, W), dtype=np.int64)
        for y0, y1, x0, x1 in rects:
            out += ii[y1 + 1:y1 + 1 + H, x1 + 1:x1 + 1 + W]
            out -= ii[y0:y0 + H, x1 + 1:x1 + 1 + W]
            out -= ii[y1 + 1:y1 + 1 + H, x0:x0 + W]
            out += ii[y0:y0 + H, x0:x0 + W]
        return out


def moving_window(arr, *, metric, radius, cell_size=1.0, shape="square", class_value=None,
                  nodata=None, mask=None, background=None, min_valid_fraction=0.5,
                  allow_slow=False, block_rows=256, progress=None, cancelled=None):
    """One metric in a moving window around every cell, as a float raster (NaN where the centre
    cell is excluded or fewer than ``min_valid_fraction`` of the window cells are valid).

    Method: FRAGSTATS v4 help, moving-window analysis: each window is analysed as a landscape of
    its own (cells outside it excluded, its edge not counted as edge, m = classes present in the
    window). ``radius`` in cells; ``shape`` 'square' (side 2r+1) or 'circle'.

    Fast path (``WINDOW_METRICS``): count-based metrics from integral images of class indicator,
    edge and adjacency rasters, O(cells x m^2) for any radius: PLAND, CA (class metrics, need
    ``class_value``), SHDI, SIDI, MSIDI, SHEI, SIEI, MSIEI, PR, TE, ED, PLADJ, AI, CONTAG.
    Patch-based metrics (NP, PD, LPI, AREA_*, SHAPE_*, ENN_*, COHESION, ...) have no fast form:
    they are computed by ``compute_metrics`` on every window (``allow_slow=True``; about a
    millisecond per cell, so only for small rasters).
    """
    arr = np.asarray(arr)
    metric = metric.upper()
    is_class = metric in CLASS_METRICS and metric not in LANDSCAPE_METRICS
    if is_class and class_value is None:
        raise ValueError("class metric {} needs class_value".format(metric))
    if metric not in CLASS_METRICS and metric not in LANDSCAPE_METRICS:
        raise ValueError("unknown metric {}".format(metric))
    fp = window_footprint(radius, shape=shape)
    r = int(radius)
    valid = _valid_mask(arr, nodata, mask, background)
    classes, idx, _ = _encode(arr, valid)
    m = len(classes)
    fast = metric in WINDOW_METRICS and (class_value is None or metric in ("PLAND", "CA"))
    if not fast:
        if not allow_slow:
            raise ValueError("{} has no fast moving-window form; pass allow_slow=True to compute"
                             " it window by window (slow)".format(metric))
        return _moving_window_slow(arr, metric, fp, r, cell_size, class_value, valid,
                                   min_valid_fraction, progress=progress, cancelled=cancelled)
    H, W = arr.shape
    out = np.full((H, W), np.nan)
    min_cells = min_valid_fraction * fp.sum()
    cell_ha = cell_size * cell_size / 1e4
    if is_class:
        target = classes.index(class_value) if class_value in classes else -1
    block_rows = max(1, int(block_rows))
    for b0 in range(0, H, block_rows):
        checkpoint(cancelled, progress, b0 / H)
        b1 = min(H, b0 + block_rows)
        Hb = b1 - b0
        s0, s1 = max(0, b0 - r), min(H, b1 + r)
        blk = np.full((Hb + 2 * r, W), m, dtype=np.int64)   # rows b0 - r .. b1 + r - 1
        blk[s0 - (b0 - r):s0 - (b0 - r) + (s1 - s0)] = idx[s0:s1]
        S = _WindowSummer(fp, r, Hb, W)
        vb = blk != m
        nvalid = S.sum(vb)
        res = np.full((Hb, W), np.nan)
        ok = vb[r:r + Hb] & (nvalid >= min_cells) & (nvalid > 0)
        if metric in ("PLAND", "CA"):
            n = S.sum(blk == target) if target >= 0 else np.zeros((Hb, W), np.int64)
            res = 100.0 * n / np.maximum(nvalid, 1) if metric == "PLAND" else n * cell_ha
        elif metric in ("SHDI", "SIDI", "MSIDI", "SHEI", "SIEI", "MSIEI", "PR"):
            shdi = np.zeros((Hb, W))
            ssq = np.zeros((Hb, W))
            pr = np.zeros((Hb, W))
            nv = np.maximum(nvalid, 1).astype(float)
            for c in range(m):
                p = S.sum(blk == c) / nv
                with np.errstate(divide="ignore", invalid="ignore"):
                    shdi -= np.where(p > 0, p * np.log(p), 0.0)
                ssq += p * p
                pr += p > 0
            with np.errstate(divide="ignore", invalid="ignore"):
                lnm = np.log(pr)
                res = {"SHDI": shdi, "SIDI": 1.0 - ssq, "MSIDI": -np.log(ssq), "PR": pr,
                       "SHEI": np.where(pr > 1, shdi / lnm, 0.0),
                       "SIEI": np.where(pr > 1, (1.0 - ssq) / (1.0 - 1.0 / pr), 0.0),
                       "MSIEI": np.where(pr > 1, -np.log(ssq) / lnm, 0.0)}[metric]
        elif metric in ("TE", "ED"):
            h = (blk[:, :-1] != blk[:, 1:]) & vb[:, :-1] & vb[:, 1:]
            v = (blk[:-1, :] != blk[1:, :]) & vb[:-1, :] & vb[1:, :]
            te = (S.sum(np.pad(h, ((0, 0), (0, 1))), "h")
                  + S.sum(np.pad(v, ((0, 1), (0, 0))), "v")) * cell_size
            res = te if metric == "TE" else te / (np.maximum(nvalid, 1) * cell_ha)
        elif metric in ("PLADJ", "AI"):
            if metric == "PLADJ":
                h = (blk[:, :-1] == blk[:, 1:]) & vb[:, :-1]
                v = (blk[:-1, :] == blk[1:, :]) & vb[:-1, :]
                like = S.sum(np.pad(h, ((0, 0), (0, 1))), "h") + \
                    S.sum(np.pad(v, ((0, 1), (0, 0))), "v")
                res = 100.0 * 2.0 * like / (4.0 * np.maximum(nvalid, 1))
            else:
                res = np.zeros((Hb, W))
                nv = np.maximum(nvalid, 1).astype(float)
                for c in range(m):
                    bc = blk == c
                    n = S.sum(bc)
                    like = S.sum(np.pad(bc[:, :-1] & bc[:, 1:], ((0, 0), (0, 1))), "h") + \
                        S.sum(np.pad(bc[:-1, :] & bc[1:, :], ((0, 1), (0, 0))), "v")
                    gmax = _max_like_adjacency(n)
                    with np.errstate(divide="ignore", invalid="ignore"):
                        res += np.where(gmax > 0, like / gmax, 0.0) * (n / nv)
                res *= 100.0
        elif metric == "CONTAG":
            res = _window_contag(blk, vb, m, S, nvalid, Hb, W)
        res = np.where(ok, res, np.nan)
        out[b0:b1] = res
    checkpoint(cancelled, progress, 1.0)
    return out


def _window_contag(blk, vb, m, S, nvalid, Hb, W):
    """CONTAG in every window from window sums of like and unlike orthogonal adjacency counts."""
    nv = np.maximum(nvalid, 1).astype(float)
    P = []
    G = []
    pair = {}
    for c in range(m):
        bc = blk == c
        P.append(S.sum(bc) / nv)
        like = S.sum(np.pad(bc[:, :-1] & bc[:, 1:], ((0, 0), (0, 1))), "h") + \
            S.sum(np.pad(bc[:-1, :] & bc[1:, :], ((0, 1), (0, 0))), "v")
        pair[(c, c)] = 2.0 * like
    for c in range(m):
        for d in range(c + 1, m):
            h = ((blk[:, :-1] == c) & (blk[:, 1:] == d)) | ((blk[:, :-1] == d) & (blk[:, 1:] == c))
            v = ((blk[:-1, :] == c) & (blk[1:, :] == d)) | ((blk[:-1, :] == d) & (blk[1:, :] == c))
            e = S.sum(np.pad(h, ((0, 0), (0, 1))), "h") + S.sum(np.pad(v, ((0, 1), (0, 0))), "v")
            if e.any():
                pair[(c, d)] = e.astype(float)
    for c in range(m):
        g = np.zeros((Hb, W))
        for (a, b), e in pair.items():
            if a == c or b == c:
                g += e
        G.append(g)
    total = np.zeros((Hb, W))
    pr = np.zeros((Hb, W))
    for c in range(m):
        pr += P[c] > 0
    with np.errstate(divide="ignore", invalid="ignore"):
        for (a, b), e in pair.items():
            for i in ((a,) if a == b else (a, b)):
                q = P[i] * e / G[i]
                total += np.where(q > 0, q * np.log(q), 0.0)
        res = (1.0 + total / (2.0 * np.log(pr))) * 100.0
    return np.where(pr >= 2, res, np.nan)


def _moving_window_slow(arr, metric, fp, r, cell_size, class_value, valid, min_valid_fraction,
                        *, progress, cancelled):
    H, W = arr.shape
    out = np.full((H, W), np.nan)
    min_cells = min_valid_fraction * fp.sum()
    need_enn = metric.startswith("ENN")
    need_core = metric.split("_")[0] in ("GYRATE", "CIRCLE", "CORE", "DCORE", "CAI", "TCA", "CPLAND", "NDCA",
                                         "DCAD")
    for i in range(H):
        checkpoint(cancelled, progress, i / H)
        for j in range(W):
            if not valid[i, j]:
                continue
            y0, y1, x0, x1 = i - r, i + r + 1, j - r, j + r + 1
            fy0, fx0 = max(0, -y0), max(0, -x0)
            sl = (slice(max(0, y0), min(H, y1)), slice(max(0, x0), min(W, x1)))
            f = fp[fy0:fy0 + sl[0].stop - sl[0].start, fx0:fx0 + sl[1].stop - sl[1].start]
            ok = f & valid[sl]
            if ok.sum() < min_cells or not ok.any():
                continue
            res = compute_metrics(arr[sl], cell_size=cell_size, mask=~ok, enn=need_enn, core=need_core,
                                  circle=metric.startswith("CIRCLE"))
            if class_value is None:
                out[i, j] = res["landscape"].get(metric, np.nan)
            elif class_value in res["class"]:
                out[i, j] = res["class"][class_value].get(metric, np.nan)
            elif metric in ("PLAND", "CA", "NP", "PD", "LPI", "TE", "ED"):
                out[i, j] = 0.0
    checkpoint(cancelled, progress, 1.0)
    return out
