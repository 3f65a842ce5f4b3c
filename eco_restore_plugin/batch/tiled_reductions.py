"""Reductions of :mod:`.tiled` over chunked GeoTIFFs: cumulative-share grading (two histogram passes and an
exact refinement, equal to the in-memory exact thresholds) and zonal statistics by reduction. Split from
:mod:`.tiled`, which re-exports the public names."""
import os

import numpy as np

from .tiled import (  # noqa: F401 - names shared with the chunk engine
    CHUNK,
    GdalSource,
    GridInfo,
    TILE,
    TiledError,
    _apply_window,
    _tree,
    batched_reduction,
    chunk_keys,
    compute,
    tr,
    run_blocks,
)


def _reduce_path(path, chunk, func, combine, *args):
    """A delayed reduction of ``func(block, *args)`` over the chunks of ``path`` (by batches of chunks)."""
    src = GdalSource(path)
    return batched_reduction([src], chunk_keys(src.shape, chunk), func, combine, args)


# ---------------------------------------------------------------------------------------------
# Cumulative-share grading, two histogram passes + an exact refinement
# ---------------------------------------------------------------------------------------------
def _minmax_positive(block):
    """(min, max) of the positive values and the number of finite cells of a block."""
    finite = np.isfinite(block)
    v = block[finite & (block > 0)]
    n = int(np.count_nonzero(finite))
    return (float(v.min()), float(v.max()), n) if v.size else (np.inf, -np.inf, n)


def _combine_minmax(a, b):
    return (min(a[0], b[0]), max(a[1], b[1]), a[2] + b[2])


def _bin_index(v, bins):
    """The bin of each value among ``bins = (lo, hi, n)``: n equal bins over [lo, hi], by arithmetic
    (not a search over n + 1 edges, and three numbers in each task instead of the edges array).
    Non-decreasing in ``v``, which is all the exact refinement needs: the cells above a bin are above
    its values, and the same function places the values in every pass. ``v`` holds values >= lo (the
    passes keep the positive values, lo is the smallest), so truncation is the floor; in place, without
    ``np.floor``/``np.clip`` temporaries (4x faster per chunk)."""
    lo, hi, n = bins
    x = np.subtract(v, lo, dtype=np.float64)
    x *= n / (hi - lo)
    idx = x.astype(np.int64)
    np.clip(idx, 0, n - 1, out=idx)
    return idx


def _histogram(block, bins):
    v = block[np.isfinite(block) & (block > 0)]
    n = bins[2]
    if not v.size:
        return np.zeros(n), np.zeros(n, np.int64)
    idx = _bin_index(v, bins)
    return np.bincount(idx, weights=v, minlength=n), np.bincount(idx, minlength=n)


def _combine_hist(a, b):
    return (a[0] + b[0], a[1] + b[1])


def _values_in_bins(block, bins, wanted):
    v = block[np.isfinite(block) & (block > 0)]
    if not v.size:
        return v
    return v[np.isin(_bin_index(v, bins), wanted)]


def _concat(a, b):
    return np.concatenate([a, b])


def cumulative_thresholds_tiled(path, shares=(0.5, 0.8), client=None, chunk=CHUNK, bins=65536,
                                progress=True):
    """Thresholds of the cumulative-service grading (ascending, like ``core.grading.cumulative_thresholds``)
    of a raster of any size. Pass 1: positive min/max; pass 2: value-weighted histogram
    (``bins`` equal bins, reduced over chunks); pass 3: the values inside the bins where the shares are
    crossed, sorted on the client to find the exact crossing value. The result equals the in-memory
    exact method (sums in another order aside); memory: the histogram plus the crossing bins."""
    return _thresholds_and_counts(path, shares, client, chunk, bins, progress)[0]


def _thresholds_and_counts(path, shares, client, chunk, bins, progress):
    """:func:`cumulative_thresholds_tiled` and the cells of each grade 0..3 that
    ``classify_by_thresholds`` gives with them (0, the nodata grade, is not counted), from the same
    passes: the cells at or above a threshold are those of the histogram's bins above its bin plus the
    crossing bin's values at or above it; grade 1 is the rest of the finite cells."""
    shares = np.asarray(shares, float)
    if np.any(np.diff(shares) <= 0) or shares.min() <= 0 or shares.max() > 1:
        raise TiledError(tr("Shares must increase within (0, 1], e.g. 0.5, 0.8."))
    name = os.path.basename(str(path))
    (lo, hi, finite), = compute(client, [_reduce_path(path, chunk, _minmax_positive, _combine_minmax)],
                                name, progress)
    if not np.isfinite(lo):
        return np.full(len(shares), np.inf), None
    if not hi > lo or not np.isfinite(int(bins) / (hi - lo)):   # one value, or a range too narrow to divide
        hi = lo + max(abs(lo), 1.0)
    bins = (float(lo), float(hi), int(bins))
    (sums, counts), = compute(client, [_reduce_path(path, chunk, _histogram, _combine_hist, bins)],
                               name, progress)
    from ..core.grading import crossing_bins, refine_thresholds
    crossing = crossing_bins(sums, shares=shares)
    bins_needed = np.unique([b for b, _, _ in crossing])
    (vals,), = [compute(client, [_reduce_path(path, chunk, _values_in_bins, _concat, bins,
                                               bins_needed)], name, progress)]
    thresholds, at_or_above = refine_thresholds(vals, _bin_index(vals, bins), crossing, counts)
    grade_counts = np.zeros(len(thresholds) + 2, np.int64)
    for i, n in enumerate(at_or_above):
        grade_counts[i + 2] = n - (at_or_above[i + 1] if i + 1 < len(at_or_above) else 0)
    grade_counts[1] = finite - grade_counts[2:].sum()
    return thresholds, grade_counts


def _classify(block, thresholds):
    from ..core import grading
    return grading.classify_by_thresholds(block, thresholds)


def cumulative_grade_tiled(path, output, shares=(0.5, 0.8), client=None, chunk=CHUNK, progress=True,
                           description=None, category_names=None):
    """Importance grade 3/2/1 (0 nodata, uint8) by the cumulative service share, chunk by chunk.
    Returns ``(output, thresholds, counts)``: cells of grades 0..3 (one more grade per extra share; 0, the
    nodata grade, is not counted), from the threshold passes (the output is not read again)."""
    thresholds, counts = _thresholds_and_counts(path, shares, client, chunk, 65536, progress)
    if not np.all(np.isfinite(thresholds)):
        raise TiledError(tr("The service raster has no positive value: nothing to grade."))
    run_blocks(_classify, [path], output, "uint8", 0, client=client, chunk=chunk, description=description,
               category_names=category_names, progress=progress, kwargs={"thresholds": thresholds})
    return output, thresholds, counts


def _bincount_uint8(block):
    v = block[np.isfinite(block)].astype(np.int64)
    return np.bincount(v, minlength=256)[:256]


def _add(a, b):
    return a + b


def zonal_counts_tiled(path, client=None, chunk=CHUNK, progress=True):
    """Cell count of each value 0..3 of a small-integer raster (nodata read as NaN is not counted)."""
    (counts,), = [compute(client, [_reduce_path(path, chunk, _bincount_uint8, _add)],
                          os.path.basename(path), progress)]
    return counts[:4]


# ---------------------------------------------------------------------------------------------
# Zonal statistics by reduction
# ---------------------------------------------------------------------------------------------
def _zonal_block(values, zones, nzones):
    ok = np.isfinite(values) & np.isfinite(zones) & (zones >= 0) & (zones < nzones)
    z = zones[ok].astype(np.int64)
    v = values[ok]
    mn = np.full(nzones, np.inf)
    mx = np.full(nzones, -np.inf)
    np.minimum.at(mn, z, v)
    np.maximum.at(mx, z, v)
    return np.stack([np.bincount(z, minlength=nzones).astype(float), np.bincount(z, v, minlength=nzones),
                     np.bincount(z, v * v, minlength=nzones), mn, mx])


def _combine_zonal(a, b):
    return np.stack([a[0] + b[0], a[1] + b[1], a[2] + b[2], np.minimum(a[3], b[3]), np.maximum(a[4], b[4])])


def _zonal_pair(zones_block, src, key, nzones):
    return _zonal_block(src[key], zones_block, nzones)


def zonal_statistics_tiled(values_path, zones_path, client=None, chunk=CHUNK, progress=True):
    """Count, sum, mean, min and max of ``values`` per integer zone of ``zones`` (same grid), by a
    reduction over chunks. Returns ``{zone: {"count", "sum", "mean", "min", "max"}}`` for zones with
    at least one valid cell (zone codes 0 .. 65535)."""
    import dask
    grid = GridInfo.of(values_path)
    if not GridInfo.of(zones_path).aligned_with(grid):
        raise TiledError(tr("The zone raster '{}' is not on the grid of '{}'.").format(zones_path, values_path))
    (zmax,), = [compute(client, [_reduce_path(zones_path, chunk, _max_finite, max)],
                        os.path.basename(zones_path), progress)]
    if not np.isfinite(zmax):
        return {}
    nzones = int(zmax) + 1
    if nzones > 65536:
        raise TiledError(tr("Zone codes must be integers from 0 to 65535."))
    values = GdalSource(values_path)
    size = max(TILE, (int(chunk) // TILE) * TILE)
    zones = GdalSource(zones_path)
    tasks = []
    for r0 in range(0, grid.height, size):
        for c0 in range(0, grid.width, size):
            key = (slice(r0, min(r0 + size, grid.height)), slice(c0, min(c0 + size, grid.width)))
            zb = dask.delayed(_apply_window, pure=False)(zones, key, np.asarray)
            tasks.append(dask.delayed(_zonal_pair, pure=False)(zb, values, key, nzones))
    (acc,), = [compute(client, [_tree(tasks, _combine_zonal)], os.path.basename(values_path), progress)]
    out = {}
    for z in np.nonzero(acc[0])[0]:
        n = acc[0, z]
        out[int(z)] = {"count": int(n), "sum": float(acc[1, z]), "mean": float(acc[1, z] / n),
                       "min": float(acc[3, z]), "max": float(acc[4, z])}
    return out


def _max_finite(block):
    v = block[np.isfinite(block)]
    return float(v.max()) if v.size else -np.inf


