"""The optional Dask cluster of the heavy block-wise algorithms (plugin setting ``eco_restore/dask_scheduler``).

Empty setting (the default) = off: the algorithms run as always, in the QGIS process. With an address
(``tcp://host:8786``) an algorithm that supports it (water conservation, importance grading, moving-window
metrics, habitat quality, Omniscape) sends its chunks to that cluster; when dask is not installed or the
scheduler does not answer, it says so in the log and runs in the QGIS process as usual. Workers must see the
input and output paths (docs/BATCH.md).
"""
from qgis.core import QgsSettings

from ..i18n import tr

SETTING = "eco_restore/dask_scheduler"
INSTALL_HINT = "apt-get install python3-dask python3-distributed"


def scheduler_address():
    """The configured scheduler address, '' when off."""
    return str(QgsSettings().value(SETTING, "", type=str) or "").strip()


def dask_client(feedback=None, timeout=5.0):
    """A ``distributed.Client`` connected to the configured scheduler, or None (setting empty, dask
    missing, or the scheduler unreachable: a log message says which). Close it after use."""
    address = scheduler_address()
    if not address:
        return None
    try:
        from distributed import Client
    except ImportError:
        if feedback is not None:
            feedback.pushWarning(tr("A Dask scheduler is set ({}) but Dask is not installed; running in this "
                                    "process. Install it with: {}").format(address, INSTALL_HINT))
        return None
    try:
        client = Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        if feedback is not None:
            feedback.pushWarning(tr("The Dask scheduler {} cannot be reached ({}); running in this process.")
                                 .format(address, exc))
        return None
    from ..batch.tiled import TiledError, check_worker_imports, prepare_workers
    try:
        check_worker_imports(client)
    except TiledError as exc:
        client.close()
        if feedback is not None:
            feedback.pushWarning(tr("{} Running in this process.").format(exc))
        return None
    prepare_workers(client)          # workers give back freed memory above half their limit
    if feedback is not None:
        feedback.pushInfo(tr("Running on the Dask cluster at {} ({} workers).").format(
            address, len(client.scheduler_info().get("workers", {}))))
    return client


def run_on_cluster(feedback, kernel_name, *args, **kwargs):
    """Run ``batch.kernels.<kernel_name>(*args, client, feedback, progress=False, **kwargs)`` on the configured
    cluster: its result, or None when no cluster is set or reachable or the kernel declines (the
    algorithm then runs in this process)."""
    client = dask_client(feedback)
    if client is None:
        return None
    try:
        from ..batch import kernels
        return getattr(kernels, kernel_name)(*args, client, feedback, progress=False, **kwargs)
    finally:
        client.close()


def run_by_tiles_if_too_big(feedback, kernel_name, alg, parameters, context, layer):
    """When the whole raster of ``layer`` would not fit in the free memory (:mod:`.memory_budget`), run the
    algorithm's distributed kernel in this process, tile by tile (Dask's synchronous scheduler): the same
    result with the memory of a tile. Returns it, or None (it fits, dask is missing, or the inputs cannot be
    tiled: the whole-raster run then goes on, and refuses with the figures when it cannot fit)."""
    from .memory_budget import fits
    if layer is None or fits(alg.NAME, layer.width() * layer.height()) is not False:
        return None
    from ..batch import tiled
    if not tiled.have_dask():
        return None
    feedback.pushInfo(tr("The whole raster does not fit in the free memory: this step runs tile by tile in this "
                         "process, as on a Dask cluster (same result, slower)."))
    from ..batch import kernels
    return getattr(kernels, kernel_name)(alg, parameters, context, None, feedback, progress=False)
