"""Out-of-core, distributed raster work with Dask: per-cell and focal core functions over chunked
GeoTIFFs, cumulative-share grading by distributed histograms, zonal statistics by reduction.

Nothing here imports QGIS Processing: the functions run on Dask workers (processes of this machine
or of other machines that see the same paths and have the plugin importable). Every chunk is read
with GDAL inside its task (:class:`GdalSource` holds a path, never pixels), computed with a core
function and written into a pre-created tiled GeoTIFF under a temporary name
(:class:`GdalTarget`, one writer at a time through a cluster-wide lock); the file is renamed over the
output path only when every chunk succeeded, so a failed run leaves no half-written output.

Values are read exactly like the Processing adapters read them (float64, the band's nodata and mask
→ NaN), so a chunked run gives the same numbers as the single-process algorithm: per-cell functions
bit for bit; focal functions by ``map_overlap`` with a halo as wide as the window (``boundary='none'``:
windows at the raster edge are truncated exactly as in the whole-raster run).
"""
import os
import uuid

import numpy as np
from osgeo import gdal

try:  # the translation context needs Qt; workers without it get the English text
    from ..i18n import tr
except ImportError:  # pragma: no cover - a worker without qgis.PyQt
    def tr(text, disambiguation=None):
        return text

gdal.UseExceptions()

CHUNK = 1024          # chunk side in cells (a multiple of the GeoTIFF tile side)
TILE = 256            # GeoTIFF tile side of the outputs
RETRIES = 2           # a task whose worker died is re-run this many times
REDUCE_BATCH = 8      # chunks reduced inside one task by the reductions (batched_reduction)
_GDAL_TYPES = {np.dtype("float32"): gdal.GDT_Float32, np.dtype("float64"): gdal.GDT_Float64,
               np.dtype("uint8"): gdal.GDT_Byte, np.dtype("int16"): gdal.GDT_Int16,
               np.dtype("int32"): gdal.GDT_Int32, np.dtype("uint16"): gdal.GDT_UInt16}


class TiledError(ValueError):
    """A clear, user-facing error of the tiled engine: the runner prints it without a traceback, and, as a
    ValueError, the algorithms' base class turns it into a QgsProcessingException message."""


def have_dask():
    """True when dask.array and dask.distributed can be imported."""
    try:
        import dask.array  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        return False
    return True


INSTALL_HINT = "apt-get install python3-dask python3-distributed"

# ---------------------------------------------------------------------------------------------
# Grids, sources, targets
# ---------------------------------------------------------------------------------------------
class GridInfo:
    """Size, geotransform and CRS of a raster (picklable)."""

    def __init__(self, width, height, geotransform, projection):
        self.width, self.height = int(width), int(height)
        self.geotransform = tuple(float(v) for v in geotransform)
        self.projection = projection or ""

    @classmethod
    def of(cls, path):
        ds = _open(path)
        return cls(ds.RasterXSize, ds.RasterYSize, ds.GetGeoTransform(), ds.GetProjection())

    @property
    def shape(self):
        return (self.height, self.width)

    @property
    def cellsize(self):
        return (abs(self.geotransform[1]), abs(self.geotransform[5]))

    def aligned_with(self, other, rtol=1e-6):
        if self.shape != other.shape:
            return False
        if self.projection and other.projection:
            from osgeo import osr
            a, b = osr.SpatialReference(), osr.SpatialReference()
            a.ImportFromWkt(self.projection)
            b.ImportFromWkt(other.projection)
            if not a.IsSame(b):
                return False
        elif self.projection != other.projection:
            return False
        tol = rtol * max(self.cellsize)
        return all(abs(a - b) <= tol for a, b in zip(self.geotransform, other.geotransform))


def _open(path, update=False):
    try:
        ds = gdal.Open(str(path), gdal.GA_Update if update else gdal.GA_ReadOnly)
    except RuntimeError as exc:
        raise TiledError(tr("Cannot open the raster '{}': {}").format(path, exc)) from exc
    if ds is None:
        raise TiledError(tr("Cannot open the raster '{}'.").format(path))
    return ds


def band_to_float(band, arr, window):
    """Float64 with NaN for the band's nodata value and masked cells (as the Processing adapters read);
    ``window`` (xoff, yoff, xsize, ysize) of ``arr`` for the mask band."""
    arr = arr.astype(np.float64, copy=False)
    nodata = band.GetNoDataValue()
    if nodata is not None and not np.isnan(nodata):
        arr[arr == nodata] = np.nan
    if nodata is None and not (band.GetMaskFlags() & gdal.GMF_ALL_VALID):
        mask = band.GetMaskBand().ReadAsArray(*window)
        if mask is not None:
            arr[mask == 0] = np.nan
    return arr


class GdalSource:
    """A raster band as an array-like for ``dask.array.from_array``: ``source[rows, cols]`` reads that
    window with GDAL (float64, NaN nodata). Pickles as its path: each worker opens the file itself."""

    def __init__(self, path, band=1):
        self.path = os.path.abspath(str(path))
        self.band = int(band)
        ds = _open(self.path)
        self.shape = (ds.RasterYSize, ds.RasterXSize)
        self.dtype = np.dtype("float64")
        self.ndim = 2
        self._ds = None

    def __getstate__(self):
        state = dict(self.__dict__)
        state["_ds"] = None
        return state

    def __getitem__(self, key):
        rows, cols = key
        r0, r1, _ = rows.indices(self.shape[0])
        c0, c1, _ = cols.indices(self.shape[1])
        if self._ds is None:
            self._ds = _open(self.path)
        band = self._ds.GetRasterBand(self.band)
        window = (c0, r0, max(c1 - c0, 0), max(r1 - r0, 0))
        if window[2] == 0 or window[3] == 0:
            return np.empty((window[3], window[2]))
        return band_to_float(band, band.ReadAsArray(*window), window)


class GdalTarget:
    """A pre-created GeoTIFF as a store target for ``dask.array.store``: ``target[rows, cols] = block``
    opens the file, writes the window (NaN → nodata) and closes it. Use with a lock (one writer)."""

    def __init__(self, path, dtype, nodata):
        self.path = path
        self.dtype = np.dtype(dtype)
        self.nodata = nodata

    def __setitem__(self, key, value):
        rows, cols = key
        arr = np.asarray(value)
        if self.nodata is not None and arr.dtype.kind == "f":
            arr = np.where(np.isnan(arr), self.nodata, arr)
        ds = _open(self.path, update=True)
        ds.GetRasterBand(1).WriteArray(arr.astype(self.dtype, copy=False), int(cols.start or 0),
                                       int(rows.start or 0))
        ds.FlushCache()
        ds = None


def create_tiled(path, grid, dtype="float32", nodata=None, description=None, category_names=None):
    """Create an empty tiled GeoTIFF (uncompressed, so chunks are written in place once each)."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    drv = gdal.GetDriverByName("GTiff")
    opts = ["TILED=YES", "BLOCKXSIZE={}".format(TILE), "BLOCKYSIZE={}".format(TILE), "BIGTIFF=IF_SAFER",
            "SPARSE_OK=TRUE"]
    try:
        ds = drv.Create(path, grid.width, grid.height, 1, _GDAL_TYPES[np.dtype(dtype)], options=opts)
    except RuntimeError as exc:
        raise TiledError(tr("Cannot write the output '{}': {}").format(path, exc)) from exc
    ds.SetGeoTransform(grid.geotransform)
    if grid.projection:
        ds.SetProjection(grid.projection)
    band = ds.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(float(nodata))
    if description:
        band.SetDescription(description)
    if category_names:
        names = [""] * (max(category_names) + 1)
        for code, label in category_names.items():
            names[int(code)] = label
        band.SetCategoryNames(names)
    ds.FlushCache()
    ds = None


def _temp_path(path):
    folder = os.path.dirname(os.path.abspath(path)) or "."
    base = os.path.splitext(os.path.basename(path))[0]
    return os.path.join(folder, ".{}.{}.part.tif".format(base, uuid.uuid4().hex[:8]))


def _remove(path):
    for p in (path, path + ".aux.xml"):
        if os.path.exists(p):
            try:
                os.remove(p)
            except OSError:
                pass


def _commit(tmp, path):
    ds = _open(tmp, update=True)
    try:
        ds.GetRasterBand(1).ComputeStatistics(True)   # approximate: a full read is not needed
    except RuntimeError:
        pass                                          # all nodata: no statistics
    ds.FlushCache()
    ds = None
    os.replace(tmp, path)
    aux, target = tmp + ".aux.xml", path + ".aux.xml"
    if os.path.exists(aux):
        os.replace(aux, target)
    elif os.path.exists(target):
        os.remove(target)


# ---------------------------------------------------------------------------------------------
# Execution
# ---------------------------------------------------------------------------------------------
class _ClusterLock:
    """A cluster-wide lock by name for ``dask.array.store`` (one writer per output file). Pickles as its
    name; the ``distributed.Lock`` is made where it is used, with that worker's client."""

    def __init__(self, name):
        self.name = name
        self._lock = None

    def __getstate__(self):
        return {"name": self.name, "_lock": None}

    def acquire(self, *args, **kwargs):
        from distributed import Lock, get_client
        if self._lock is None:
            self._lock = Lock(self.name, client=get_client())
        return self._lock.acquire(*args, **kwargs)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        self.acquire()
        return self

    def __exit__(self, *exc):
        self.release()


def _lock(client, path):
    """One writer at a time for ``path``: a cluster-wide lock with a client, else a local one."""
    name = "eco_restore:" + os.path.abspath(path)
    if client is not None:
        return _ClusterLock(name)
    from dask.utils import SerializableLock
    return SerializableLock(name)


def compute(client, collections, what, progress=True):
    """Compute dask ``collections`` on ``client`` (retries, progress bar) or, without a client, in this
    process with the synchronous scheduler. Worker deaths that exhaust the retries become
    :class:`TiledError`."""
    import dask
    if client is None:
        if progress:
            from dask.diagnostics import ProgressBar
            with ProgressBar(out=_ProgressOut()):
                return dask.compute(*collections, scheduler="synchronous")
        return dask.compute(*collections, scheduler="synchronous")
    from distributed import KilledWorker, progress as dprogress
    futures = client.compute(list(collections), retries=RETRIES)
    try:
        if progress:
            dprogress(futures, notebook=False, scheduler=client.scheduler.address)
        return client.gather(futures)
    except KilledWorker as exc:
        raise TiledError(tr("{}: Dask workers died while running a task, and again when it was retried ({}); "
                            "the run could not finish and wrote no output. Check the workers' memory and "
                            "logs, then run again.").format(what, exc)) from None
    finally:
        for f in futures:
            f.cancel()


class _ProgressOut:
    """dask.diagnostics.ProgressBar writes to stdout; keep it but flush every write."""

    def write(self, text):
        import sys
        sys.stdout.write(text)

    def flush(self):
        import sys
        sys.stdout.flush()


def common_grid(paths):
    """The grid of ``paths[0]``; :class:`TiledError` when another path is not on it."""
    grid = GridInfo.of(paths[0])
    for p in paths[1:]:
        if not GridInfo.of(p).aligned_with(grid):
            raise TiledError(tr("The raster '{}' is not on the grid of '{}' (same CRS, origin, cell size and "
                                "size are needed for tiled processing): align it first, e.g. with GDAL Warp."
                                ).format(p, paths[0]))
    return grid


def _arrays(paths, chunk):
    import dask.array as da
    grid = common_grid(paths)
    size = max(TILE, (int(chunk) // TILE) * TILE)
    # inline_array: every chunk task carries its (path-only) source, no shared key a dead worker could hold
    arrays = [da.from_array(GdalSource(p), chunks=(size, size), lock=False, asarray=True, fancy=False,
                            inline_array=True,
                            name="read-" + uuid.uuid4().hex) for p in paths]
    return grid, arrays


def run_blocks(func, inputs, output, dtype="float32", nodata=-9999.0, halo=0, client=None, chunk=CHUNK,
               description=None, category_names=None, progress=True, kwargs=None):
    """Run ``func(*blocks, **kwargs)`` over chunked rasters ``inputs`` (paths on one grid) and write its
    result to ``output`` (tiled GeoTIFF, temporary name renamed on success). ``halo`` > 0: focal
    function, each chunk read with ``halo`` extra cells on every side (truncated at the raster edge)
    and the result cropped. Returns ``output``."""
    import dask.array as da
    grid, arrays = _arrays(list(inputs), chunk)
    if halo and halo > arrays[0].chunksize[0]:
        raise TiledError(tr("The window ({} cells) is wider than a chunk ({} cells): use a larger chunk.")
                         .format(halo, arrays[0].chunksize[0]))
    kwargs = dict(kwargs or {})
    meta = np.empty((0, 0), dtype=np.float64)
    if halo:
        result = da.map_overlap(func, *arrays, depth=int(halo), boundary="none", trim=True, dtype=np.float64,
                                meta=meta, **kwargs)
    else:
        result = da.map_blocks(func, *arrays, dtype=np.float64, meta=meta, **kwargs)
    tmp = _temp_path(output)
    try:
        create_tiled(tmp, grid, dtype, nodata, description, category_names)
        store = da.store(result, GdalTarget(tmp, dtype, nodata), lock=_lock(client, tmp), compute=False)
        compute(client, [store], os.path.basename(output), progress)
        _commit(tmp, output)
    finally:
        _remove(tmp)
    return output


def _apply_window(src, key, func, *args):
    return func(src[key], *args)


def chunk_keys(shape, chunk):
    """The (rows, cols) slices of the chunks of a grid of ``shape``, row-major (``chunk`` rounded down to
    whole GeoTIFF tiles)."""
    size = max(TILE, (int(chunk) // TILE) * TILE)
    return [(slice(r0, min(r0 + size, shape[0])), slice(c0, min(c0 + size, shape[1])))
            for r0 in range(0, shape[0], size) for c0 in range(0, shape[1], size)]


def _reduce_batch(sources, keys, func, combine, args):
    """``func(*blocks, *args)`` on each window of ``keys`` (the blocks of ``sources`` read together), combined
    in the task: one partial result leaves the worker."""
    out = None
    for i, key in enumerate(keys):
        r = func(*[s[key] for s in sources], *args)
        out = r if i == 0 else combine(out, r)
    return out


def batched_reduction(sources, keys, func, combine, args=(), batch=None):
    """A delayed reduction of ``func(*blocks, *args)`` over the windows ``keys`` with ``combine``. Each task
    reduces a batch of ``batch`` windows (default :data:`REDUCE_BATCH`), so a pass moves one partial result
    per batch between the workers instead of one per chunk (a grading histogram is 1 MB: 400 MB per pass at
    400 chunks of 1024², 50 MB by batches of 8) and the scheduler, which shares the cores with the workers
    on one machine, handles 8x fewer tasks."""
    import dask
    step = int(batch or REDUCE_BATCH)
    return _tree([dask.delayed(_reduce_batch, pure=False)(sources, keys[i:i + step], func, combine, tuple(args))
                  for i in range(0, len(keys), step)], combine)


def _tree(tasks, combine):
    """Pairwise tree reduction of delayed results (keeps the client's memory small)."""
    import dask
    while len(tasks) > 1:
        tasks = [dask.delayed(combine)(tasks[i], tasks[i + 1]) if i + 1 < len(tasks) else tasks[i]
                 for i in range(0, len(tasks), 2)]
    return tasks[0]


# ---------------------------------------------------------------------------------------------
# Block functions of the algorithms the runner distributes (pure numpy: run on workers)
# ---------------------------------------------------------------------------------------------
def water_balance_block(lc, pr, e, alpha_table=None, cell_area_km2=None, clip_negative=False,
                        not_assessed=None):
    """Water conservation per cell as the ``waterconservation`` adapter computes it."""
    from ..core import services
    wr = services.water_balance(pr, e, landcover=lc, alpha_table=alpha_table, cell_area_km2=cell_area_km2,
                                clip_negative=clip_negative)
    if not_assessed is not None and len(not_assessed):
        wr[np.isin(lc, not_assessed) & np.isfinite(pr) & np.isfinite(e)] = 0.0
    return wr


def moving_window_block(arr, metric="SHDI", radius=1, cell_size=1.0, shape="square", class_value=None,
                        min_valid_fraction=0.5):
    """One moving-window landscape metric (``core.landscape.moving_window``) on a chunk read with a halo."""
    from ..core import landscape
    return landscape.moving_window(arr, metric=metric, radius=radius, cell_size=cell_size, shape=shape,
                                   class_value=class_value,
                                   min_valid_fraction=min_valid_fraction)


# ---------------------------------------------------------------------------------------------
# Workers: can they see the inputs?
# ---------------------------------------------------------------------------------------------
def unreadable_paths(paths):
    """The paths of ``paths`` that this process cannot open for reading (run on every worker)."""
    bad = []
    for p in paths:
        if not os.path.exists(p) or not os.access(p, os.R_OK):
            bad.append(p)
    return bad


def check_worker_imports(client):
    """Raise :class:`TiledError` naming the workers and modules when a worker cannot import the plugin or the
    packages it computes with (a worker machine set up without them), or naming the workers that run another
    version of the plugin's computing code (:func:`.cluster.code_fingerprint`)."""
    if client is None:
        return
    missing = missing_modules(client)
    if missing:
        lines = ["  {}: {}".format(w, ", ".join(mods)) for w, mods in sorted(missing.items())]
        raise TiledError(tr(
            "Some Dask workers cannot import what the tasks need. On every worker machine install the plugin and "
            "the packages it uses (GDAL's Python bindings, numpy, scipy), and put the folder that holds "
            "eco_restore_plugin on the workers' PYTHONPATH (e.g. `PYTHONPATH=/path/to/plugins dask-worker "
            "tcp://host:8786`):\n{}").format("\n".join(lines)))
    mine = code_fingerprint()
    other = sorted(w for w, fp in client.run(code_fingerprint).items() if fp != mine)
    if other:
        raise TiledError(tr(
            "Some Dask workers run another version of the plugin than this machine (their computing code "
            "differs, so their chunks could give other numbers). Install the same version of the plugin on every "
            "worker machine:\n{}").format("\n".join("  " + w for w in other)))


def check_worker_paths(client, paths):
    """Raise :class:`TiledError` naming the workers and paths when a worker cannot read an input."""
    if client is None or not paths:
        return
    seen = client.run(unreadable_paths, list(paths))
    missing = {w: bad for w, bad in seen.items() if bad}
    if missing:
        lines = ["  {}: {}".format(w, ", ".join(bad)) for w, bad in sorted(missing.items())]
        raise TiledError(tr("Some Dask workers cannot read the inputs (every worker must see the same paths, "
                            "e.g. on a shared disk mounted at the same place):\n{}").format("\n".join(lines)))


# the reductions live in their own module; their public names stay importable from here
from .tiled_reductions import (  # noqa: E402,F401
    cumulative_grade_tiled,
    cumulative_thresholds_tiled,
    zonal_counts_tiled,
    zonal_statistics_tiled,
)

# the set-up of the workers lives in its own module; its names stay importable from here
from .cluster import (  # noqa: E402,F401
    WORKER_MALLOC,
    TrimAfterTasks,
    code_fingerprint,
    local_client,
    local_cluster,
    missing_modules,
    prepare_workers,
)
