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

from ..i18n import tr
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
    batched_reduction,
    chunk_keys,
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


def _tiles(inputs, chunk):
    """``(grid, sources, rows of tiles)`` of ``inputs`` (paths on one grid; None = an optional input not given,
    kept as None) cut into chunks of ``chunk`` cells (a multiple of the GeoTIFF tile)."""
    grid = common_grid([p for p in inputs if p is not None])
    sources = [None if p is None else GdalSource(p) for p in inputs]
    return grid, sources, _tile_rows(grid.shape, max(TILE, (int(chunk) // TILE) * TILE))


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
    grid, sources, rows = _tiles(inputs, chunk)
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


def reduce_tiles(func, inputs, combine, *, margin, client=None, chunk=CHUNK, kwargs=None):
    """``func(arrays, origin=, tile=, grid_shape=, **kwargs)`` once per chunk, the arrays read with ``margin``
    cells around it as in :func:`run_tile_tasks`; the results combined pairwise by ``combine``."""
    import dask
    _, sources, rows = _tiles(inputs, chunk)
    tasks = [dask.delayed(_tile_task, pure=False)(func, sources, tile, int(margin), dict(kwargs or {}))
             for row in rows for tile in row]
    return compute(client, [_tree(tasks, combine)], os.path.basename(inputs[0]), progress=False)[0]


# ---------------------------------------------------------------------------------------------
# Reductions over chunks: checks before the tasks, global statistics between passes
# ---------------------------------------------------------------------------------------------
def reduce_windows(paths, func, combine, *args, client=None, chunk=CHUNK):
    """``func(*blocks, *args)`` on every chunk of ``paths`` (rasters on one grid, read together), the results
    combined by ``combine`` (in each task over a batch of chunks, then pairwise); returns the combined result."""
    grid, sources, _ = _tiles(list(paths), chunk)
    return compute(client, [batched_reduction(sources, chunk_keys(grid.shape, chunk), func, combine, args)],
                   os.path.basename(paths[0]), progress=False)[0]


def _min_count(block, positive_only):
    finite = block[np.isfinite(block)]
    low = np.count_nonzero(finite <= 0 if positive_only else finite < 0)
    return (float(finite.min()) if finite.size else np.inf, int(finite.size), int(low))


def _combine_min_count(a, b):
    return (min(a[0], b[0]), a[1] + b[1], a[2] + b[2])


def value_check_tiled(path, *, positive=False, client=None, chunk=CHUNK):
    """``(min, n_finite, n_bad)`` of a raster by reduction over chunks: ``n_bad`` counts the values ≤ 0
    (``positive``) or < 0."""
    return reduce_windows([path], _min_count, _combine_min_count, bool(positive), client=client, chunk=chunk)


def _value_counts(block):
    return np.unique(block[np.isfinite(block)], return_counts=True)


def _combine_value_counts(a, b):
    values = np.concatenate([a[0], b[0]])
    counts = np.concatenate([a[1], b[1]])
    u, inverse = np.unique(values, return_inverse=True)
    return u, np.bincount(inverse, weights=counts, minlength=u.size).astype(np.int64)


def value_counts_tiled(path, *, client=None, chunk=CHUNK):
    """``(values, counts)``: the distinct finite values of a class raster and their numbers of cells."""
    return reduce_windows([path], _value_counts, _combine_value_counts, client=client, chunk=chunk)


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


_TARGET_OPTIONS = ("block_size", "source_threshold", "r_cutoff", "source_from_resistance", "resistance_is_conductance")


def omniscape_target_count(arrays, origin, tile, grid_shape, **options):
    """``core.omniscape.count_targets`` of one tile (arrays: resistance, source strength or None, over the
    tile plus the block radius): the targets whose centre is in the tile."""
    from ..core import omniscape
    res, src = arrays
    return omniscape.count_targets(res, source_strength=src, tile=tile, origin=origin, grid_shape=grid_shape,
                                   **{k: options[k] for k in _TARGET_OPTIONS if k in options})


# ---------------------------------------------------------------------------------------------
# Habitat quality (runs on workers): D on one tile, the largest D of habitat cells, Q per chunk
# ---------------------------------------------------------------------------------------------
def habitat_margin(threats, cellsize):
    """Cells a tile must be read beyond its edges so that every threat source within ``max_distance`` of a
    tile cell is seen (the largest distance over the smaller cell side, plus one)."""
    step = min(abs(float(cellsize[0])), abs(float(cellsize[1])))
    return max([int(t["max_distance"] // step) + 1 for t in threats] or [0])


def habitat_tile_size(margin, chunk=CHUNK):
    """The tile side for a margin: eight margins (the margin then adds ≤ 56 % to a tile's cells), at most
    4096 cells unless two margins are more, never less than ``chunk``; rounded up to the GeoTIFF tile.
    Measured at 10000², default threats (margin 267): 1024-cell tiles 102 s, 2048-cell tiles 68 s on 1 worker."""
    margin = int(margin)
    return max(int(chunk), -(-min(8 * margin, max(4096, 2 * margin)) // TILE) * TILE)


def habitat_degradation_tile(arrays, origin, tile, grid_shape, threats=(), sensitivity=None, cellsize=30.0,
                             method="distance", copies=1):
    """``core.habitat.habitat_degradation`` on one tile: ``arrays`` = (land use, accessibility β or None) over
    the tile plus a margin of the largest threat distance; ``threats``: dicts with ``name``,
    ``max_distance``, ``weight``, ``decay`` and the source class ``codes``. Returns D of the tile,
    ``copies`` times (one per output)."""
    from ..core import habitat
    lu, access = arrays
    rasters = [dict(t, raster=np.isin(lu, t["codes"]).astype(np.float32)) for t in threats]
    d = habitat.habitat_degradation(lu, rasters, sensitivity=sensitivity, cellsize=cellsize, access=access,
                                    method=method)
    d = d[tile[0] - origin[0]:tile[1] - origin[0], tile[2] - origin[1]:tile[3] - origin[1]]
    return (d,) * int(copies)


def habitat_quality_tiled(landuse, access, quality, degradation=None, *, threats, sensitivity, k=None, z=2.5,
                          method="distance", client=None, chunk=CHUNK, progress=True):
    """Habitat quality out of core: D tile by tile (each tile read with :func:`habitat_margin` cells more,
    so it equals the whole-grid D), the largest D of habitat cells by reduction (``k`` = half of it when
    None, as ``core.habitat.habitat_quality``), then Q per chunk. D passes through a temporary float64
    raster, so Q is computed from the values one process would use. ``landuse``, ``access`` (or None):
    paths on one grid; ``quality``, ``degradation`` (or None): output paths. Returns the ``k`` used."""
    from ..core import tables
    from .tiled import run_blocks
    grid = common_grid([p for p in (landuse, access) if p is not None])
    margin = habitat_margin(threats, grid.cellsize)
    d64 = _temp_path(quality)
    outputs = [{"path": d64, "dtype": "float64", "nodata": None}]
    if degradation is not None:
        outputs.append({"path": degradation, "dtype": "float32", "nodata": -9999.0,
                        "description": tr("Habitat degradation D")})
    h_table = tables.column(sensitivity, "H")
    try:
        run_tile_tasks(habitat_degradation_tile, [landuse, access], outputs, margin=margin, client=client,
                       chunk=habitat_tile_size(margin, chunk), progress=progress, kwargs={"threats": threats, "sensitivity": sensitivity,
                                                              "method": method, "cellsize": grid.cellsize,
                                                              "copies": len(outputs)})
        if k is None:
            top = reduce_windows([d64, landuse], habitat_max_degradation, max, h_table, client=client, chunk=chunk)
            k = 0.5 * top if np.isfinite(top) else 0.0
        run_blocks(habitat_quality_block, [d64, landuse], quality, "float32", -9999.0, client=client, chunk=chunk,
                   description=tr("Habitat quality Q"), progress=progress, kwargs={"h_table": h_table, "k": k, "z": z})
    finally:
        _remove(d64)
    return k


def habitat_max_degradation(d, lu, h_table):
    """The largest finite D over habitat cells (H > 0) of a chunk (−inf when none)."""
    from ..core import tables
    sel = np.isfinite(d) & (tables.lookup(lu, h_table, what="habitat suitability table") > 0)
    return float(d[sel].max()) if sel.any() else -np.inf


def habitat_quality_block(d, lu, h_table=None, k=0.0, z=2.5):
    """Q = H · (1 − D^z / (D^z + k^z)) of a chunk with the global ``k`` (``core.habitat.habitat_quality``)."""
    from ..core import habitat, tables
    return habitat.habitat_quality(d, tables.lookup(lu, h_table, what="habitat suitability table"), k=k, z=z)[0]
