"""Noise, graph and drawing helpers shared by the stages of Demo County (pure numpy/scipy)."""
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from scipy import ndimage
from scipy.sparse import coo_matrix

from ..core import hydrology as hy


#: the amplitude spectrum of the last :func:`_fbm` call, keyed by (n, beta, lowcut): the towns draw
#: their noise with one beta in a row; :func:`clear_caches` drops it (64 MB at 4000²)
_AMP = {}


def clear_caches():
    """Drop the cached amplitude spectrum of :func:`_fbm`."""
    _AMP.clear()


def _amplitude(n, beta, lowcut):
    key = (n, float(beta), float(lowcut))
    amp = _AMP.get(key)
    if amp is None:
        ky = np.fft.fftfreq(n)[:, None]
        kx = np.fft.rfftfreq(n)[None, :]
        k = np.hypot(kx, ky) * n
        k[0, 0] = 1.0
        amp = 1.0 / np.maximum(k, lowcut) ** (beta / 2.0)
        amp[0, 0] = 0.0
        _AMP.clear()
        _AMP[key] = amp
    return amp


def _rows_transform(fn, a, width, dtype, n=None):
    """``fn(a, n)`` (a 1-D ``numpy.fft`` transform along the last axis) with the rows of the 2-D ``a``
    split between two threads (numpy's FFT releases the GIL). Every row is transformed by the same code
    as in one call, so the result is bitwise the same."""
    out = np.empty((a.shape[0], width), dtype)
    half = a.shape[0] // 2

    def work(sl):
        out[sl] = fn(a[sl], n)

    if half < 64:
        work(slice(None))
        return out
    with ThreadPoolExecutor(2) as pool:
        list(pool.map(work, (slice(0, half), slice(half, None))))
    return out


def _fbm(rng, n, beta=3.0, lowcut=1.0):
    """Fractal (1/f^beta power spectrum) noise, zero mean, unit std.

    Spectral synthesis (Voss 1988, in The Science of Fractal Images): white noise filtered by
    1/|k|^(beta/2). The values are those of ``np.fft.irfft2(np.fft.rfft2(white) * amp, s=(n, n))``
    (the 1-D transforms of ``rfft2`` / ``irfft2`` done in the same order, on two threads).
    """
    white = rng.standard_normal((n, n))
    f = _rows_transform(np.fft.rfft, white, n // 2 + 1, np.complex128)   # rfft2: rows, then columns
    del white
    f = _rows_transform(np.fft.fft, f.T, n, np.complex128).T
    f *= _amplitude(n, beta, lowcut)
    f = _rows_transform(np.fft.ifft, f.T, n, np.complex128).T            # irfft2: columns, then rows
    out = _rows_transform(np.fft.irfft, f, n, np.float64, n)
    del f
    mean, std = out.mean(), out.std()
    out -= mean
    out /= std
    return out


def _in_threads(*calls):
    """Run the callables on two threads and return their results in order. For independent calls of
    scipy's distance transform (its C loops release the GIL): the same results, up to twice as fast."""
    with ThreadPoolExecutor(2) as pool:
        jobs = [pool.submit(call) for call in calls]
        return [job.result() for job in jobs]


def _gaussian_in_threads(a, sigma):
    """``ndimage.gaussian_filter(a, sigma)`` of a 2-D float64 array on two threads, with the same
    values: the filter is separable, its pass along axis 0 filters each column on its own and its
    pass along axis 1 each row, so the first pass is split by columns and the second by rows."""
    a = np.asarray(a, dtype=np.float64)
    first, out = np.empty_like(a), np.empty_like(a)
    h, w = a.shape[1] // 2, a.shape[0] // 2

    def along(axis, src, dst, part):
        return lambda: ndimage.gaussian_filter1d(src[part], sigma, axis=axis, output=dst[part])

    _in_threads(along(0, a, first, np.s_[:, :h]), along(0, a, first, np.s_[:, h:]))
    _in_threads(along(1, first, out, np.s_[:w]), along(1, first, out, np.s_[w:]))
    return out


def _smoothstep(x):
    x = np.clip(x, 0.0, 1.0)
    return x * x * (3 - 2 * x)


def _norm(a):
    lo, hi = np.nanmin(a), np.nanmax(a)
    return (a - lo) / (hi - lo) if hi > lo else np.zeros_like(a)


def _median_filter_codes(a, size):
    """``ndimage.median_filter(a, size)`` (mode "reflect") of a 2-D array of a few small non-negative
    integer codes (uint8), by counting: the median of the ``size`` x ``size`` window is the smallest
    code ``v`` with at least ``size * size // 2 + 1`` window cells ``<= v`` (the rank scipy takes).
    Window counts are sums of shifted slices of the padded array (numpy's "symmetric" padding is
    scipy's "reflect"), so the result is the same as scipy's, several times faster."""
    a = np.asarray(a)
    half = size // 2
    codes = np.flatnonzero(np.bincount(a.ravel(), minlength=1))
    out = np.full(a.shape, codes[-1], a.dtype)
    need = size * size // 2 + 1
    p = np.pad(a, half, mode="symmetric")
    rows, cols = a.shape
    found = np.zeros(a.shape, bool)
    for v in codes[:-1]:
        le = (p <= v).view(np.uint8)
        rsum = le[:, 0:cols].copy()
        for k in range(1, size):
            rsum += le[:, k:k + cols]
        cnt = rsum[0:rows].copy()
        for k in range(1, size):
            cnt += rsum[k:k + rows]
        hit = (cnt >= need) & ~found
        out[hit] = v
        found |= hit
    return out


def _grid_graph(cost, step=1.0):
    """8-neighbour graph with edge weight mean(cost) * length (GRASS r.cost style)."""
    shape = cost.shape
    n = cost.size
    cf = cost.ravel()
    src, dst, w = [], [], []
    for (dr, dc), ln in (((0, 1), 1.0), ((1, 0), 1.0), ((1, 1), 2 ** 0.5), ((1, -1), 2 ** 0.5)):
        s, d = hy._shift_index(shape, dr, dc)
        ok = np.isfinite(cf[s]) & np.isfinite(cf[d])
        s, d = s[ok], d[ok]
        src.append(s)
        dst.append(d)
        w.append((cf[s] + cf[d]) * 0.5 * ln * step)
    s, d, w = np.concatenate(src), np.concatenate(dst), np.concatenate(w)
    return coo_matrix((np.concatenate([w, w]), (np.concatenate([s, d]), np.concatenate([d, s]))),
                      shape=(n, n)).tocsr()


def _path(pred, target):
    out = []
    i = target
    while i >= 0:
        out.append(i)
        i = pred[i]
    return out[::-1]


def _chaikin(pts, it=2):
    pts = np.asarray(pts, float)
    for _ in range(it):
        if len(pts) < 3:
            break
        q = 0.75 * pts[:-1] + 0.25 * pts[1:]
        r = 0.25 * pts[:-1] + 0.75 * pts[1:]
        mid = np.empty((2 * len(q), 2))
        mid[0::2], mid[1::2] = q, r
        pts = np.vstack([pts[:1], mid, pts[-1:]])
    return pts


def _draw_line(mask, r0, c0, r1, c1):
    n = int(max(abs(r1 - r0), abs(c1 - c0))) + 1
    rr = np.rint(np.linspace(r0, r1, n)).astype(int)
    cc = np.rint(np.linspace(c0, c1, n)).astype(int)
    ok = (rr >= 0) & (rr < mask.shape[0]) & (cc >= 0) & (cc < mask.shape[1])
    mask[rr[ok], cc[ok]] = True


def _pick_spaced(rng, score, mask, count, min_dist, jitter=0.3):
    """Greedy choice of up to ``count`` cells of high ``score`` at least ``min_dist`` apart."""
    cand = np.flatnonzero(mask.ravel())
    if not cand.size:
        return []
    s = score.ravel()[cand] * (1 + jitter * rng.random(cand.size))
    order = cand[np.argsort(-s, kind="stable")][:max(count * 400, 2000)]
    cols = score.shape[1]
    chosen = []
    # the cells chosen so far in buckets of min_dist: a candidate is compared with the 3 x 3 buckets around
    # it, not with every cell chosen (the same greedy choice; linear instead of quadratic in the count)
    size = max(1, int(np.ceil(min_dist)))
    buckets = {}
    d2 = min_dist ** 2
    for i in order:
        r, c = divmod(int(i), cols)
        br, bc = r // size, c // size
        if all((r - a) ** 2 + (c - b) ** 2 >= d2
               for u in (br - 1, br, br + 1) for w in (bc - 1, bc, bc + 1) for a, b in buckets.get((u, w), ())):
            chosen.append((r, c))
            buckets.setdefault((br, bc), []).append((r, c))
            if len(chosen) >= count:
                break
    return chosen


def _parcels(rng, shape, mean_cells):
    """Irregular parcels: nearest of Poisson seeds on a warped grid; int labels 1..n."""
    seeds, k = _parcel_seeds(rng, shape, mean_cells)
    return _parcel_labels(seeds, k), k


def _parcel_seeds(rng, shape, mean_cells):
    """The seed cells of :func:`_parcels` (the random draw) and their number."""
    n = shape[0] * shape[1]
    k = max(1, int(n / mean_cells))
    seeds = np.zeros(shape, bool)
    seeds.ravel()[rng.choice(n, k, replace=False)] = True
    return seeds, k


def _parcel_labels(seeds, k):
    """The parcels of :func:`_parcels` from their seeds: label of the nearest seed (1..k, in flat order)."""
    shape = seeds.shape
    lab = np.zeros(shape, np.int64)
    lab[seeds] = np.arange(1, k + 1)
    ir, ic = ndimage.distance_transform_edt(~seeds, return_distances=False, return_indices=True)
    return lab[ir, ic]


def _parcel_mean(values, parcels, k):
    s = np.bincount(parcels.ravel(), weights=values.ravel(), minlength=k + 1)
    c = np.bincount(parcels.ravel(), minlength=k + 1)
    return (s / np.maximum(c, 1))[parcels]
