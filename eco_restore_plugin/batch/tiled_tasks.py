"""Independent tasks per tile (issue 20): each task reads its chunk of every input plus a margin (cut at the
grid edges), computes the chunk's outputs from that alone and hands them to :func:`dask.array.store`.
Used where the margin is wider than a focal window: Omniscape, whose targets up to radius + buffer outside
a tile send current into it through windows reaching radius + buffer further
(:func:`eco_restore_plugin.core.omniscape.tile_margin`). Work near tile edges is repeated by the
neighbouring tiles; nothing is exchanged between tasks, so tiles run on any worker in any order.

Like :func:`.tiled.run_blocks`: read with GDAL inside the task (float64, nodata → NaN), written into
pre-created tiled GeoTIFFs under temporary names, renamed over the outputs only when every tile succeeded.
"""
import operator
import os

import numpy as np

from .tiled import (
    CHUNK,
    TILE,
    GdalSource,
    GdalTarget,
    _commit,
    _lock,
    _remove,
    _temp_path,
    _tree,
    _window_tasks,
    compute,
    common_grid,
    create_tiled,
)


def _tile_rows(shape, size):
    """The tiles (row0, row1, col0, col1) of a grid, one list per row of tiles."""
    return [[(r0, min(r0 + size, shape[0]), c0, min(c0 + size, shape[1])) for c0 in range(0, shape[1], size)]
            for r0 in range(0, shape[0], size)]


def _read_with_margin(sources, tile, margin):
    """Every source read over ``tile`` (row0, row1, col0, col1) plus ``margin`` cells, cut at the grid;
    returns the arrays and their origin (row, col) in the grid."""
    shape = sources[0].shape
    r0, c0 = max(tile[0] - margin, 0), max(tile[2] - margin, 0)
    key = (slice(r0, min(tile[1] + margin, shape[0])), slice(c0, min(tile[3] + margin, shape[1])))
    return [None if s is None else s[key] for s in sources], (r0, c0)


def _tile_task(func, sources, tile, margin, kwargs):
    arrays, origin = _read_with_margin(sources, tile, margin)
    return func(arrays, origin=origin, tile=tile, grid_shape=sources[0].shape, **kwargs)


def run_tile_tasks(func, inputs, outputs, *, margin, client=None, chunk=CHUNK, progress=True, kwargs=None):
    """Run ``func(arrays, origin=, tile=, grid_shape=, **kwargs)`` once per chunk; it returns one array of
    the chunk's shape per output. ``inputs``: paths on one grid (None = an optional input not given,
    passed as None). ``outputs``: dicts with ``path``, ``dtype``, ``nodata``, ``description``. Returns
    the output paths."""
    import dask
    import dask.array as da
    paths = [p for p in inputs if p is not None]
    grid = common_grid(paths)
    sources = [None if p is None else GdalSource(p) for p in inputs]
    size = max(TILE, (int(chunk) // TILE) * TILE)
    rows = _tile_rows(grid.shape, size)
    per_output = [[[None] * len(row) for row in rows] for _ in outputs]
    for i, row in enumerate(rows):
        for j, tile in enumerate(row):
            task = dask.delayed(_tile_task, pure=False)(func, sources, tile, int(margin), dict(kwargs or {}))
            shape = (tile[1] - tile[0], tile[3] - tile[2])
            for k in range(len(outputs)):
                per_output[k][i][j] = da.from_delayed(dask.delayed(operator.getitem)(task, k), shape=shape,
                                                      dtype=np.float64, meta=np.empty((0, 0)))
    arrays = [da.block(blocks) for blocks in per_output]
    temps = [_temp_path(o["path"]) for o in outputs]
    try:
        targets = []
        for tmp, o in zip(temps, outputs):
            create_tiled(tmp, grid, o.get("dtype", "float32"), o.get("nodata", -9999.0), o.get("description"))
            targets.append(GdalTarget(tmp, o.get("dtype", "float32"), o.get("nodata", -9999.0)))
        store = da.store(arrays, targets, lock=_lock(client, temps[0]), compute=False)
        compute(client, [store], os.path.basename(outputs[0]["path"]), progress)
        for tmp, o in zip(temps, outputs):
            _commit(tmp, o["path"])
    finally:
        for tmp in temps:
            _remove(tmp)
    return [o["path"] for o in outputs]


# ---------------------------------------------------------------------------------------------
# Checks before the tasks: the smallest finite value and the count of finite cells, by reduction
# ---------------------------------------------------------------------------------------------
def _min_count(block, positive_only):
    finite = block[np.isfinite(block)]
    low = np.count_nonzero(finite <= 0 if positive_only else finite < 0)
    return (float(finite.min()) if finite.size else np.inf, int(finite.size), int(low))


def _combine_min_count(a, b):
    return (min(a[0], b[0]), a[1] + b[1], a[2] + b[2])


def value_check_tiled(path, *, positive=False, client=None, chunk=CHUNK):
    """``(min, n_finite, n_bad)`` of a raster by reduction over chunks: ``n_bad`` counts the values ≤ 0
    (``positive``) or < 0."""
    tasks = _window_tasks(path, chunk, _min_count, bool(positive))
    return compute(client, [_tree(tasks, _combine_min_count)], os.path.basename(path), progress=False)[0]


# ---------------------------------------------------------------------------------------------
# Omniscape on one tile (runs on workers)
# ---------------------------------------------------------------------------------------------
def omniscape_tile_block(arrays, origin, tile, grid_shape, outputs=("cum_current",), **options):
    """``core.omniscape.omniscape`` on one tile: ``arrays`` = (resistance, source strength or None) over the
    tile plus its margin; returns the asked ``outputs`` of the tile (NaN on nodata)."""
    from ..core import omniscape
    res, src = arrays
    out = omniscape.omniscape(res, source_strength=src, tile=tile, origin=origin, grid_shape=grid_shape,
                              **options)
    return tuple(getattr(out, name) for name in outputs)
