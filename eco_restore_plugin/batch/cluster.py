"""The Dask workers the runner starts or connects to: glibc settings that keep freed memory for the next
chunk (:data:`WORKER_MALLOC`, in the workers' environment before they start) and a worker plugin that gives
it back when a worker holds more than half its memory limit (:class:`TrimAfterTasks`). Split from
:mod:`.tiled`, which re-exports these names."""
import functools
import hashlib
import os


#: glibc settings of the worker processes of a LocalCluster started here (:func:`local_cluster`): large blocks
#: from the heap and freed memory kept for the next chunk, as ``processing_helpers/malloc.py`` does in QGIS.
#: Dask's default (``MALLOC_TRIM_THRESHOLD_=65536``) has every chunk's arrays mapped, faulted in and zeroed by
#: the kernel again: at 20000², 1024² chunks, the grading passes took 2x as long and scaled 1.5x on two
#: workers instead of 1.8x. Set before the worker starts (glibc reads them once); off with
#: ``ECO_RESTORE_REUSE_MEMORY=0``. A worker's resident memory then stays at its largest task's.
WORKER_MALLOC = {"MALLOC_MMAP_MAX_": "0", "MALLOC_TRIM_THRESHOLD_": str(2 ** 31 - 1)}


class TrimAfterTasks:
    """Dask worker plugin: after a task, when the worker's resident memory is above ``fraction`` of its
    memory limit, give the freed heap back to the system (``malloc_trim``). With :data:`WORKER_MALLOC` the
    freed memory is otherwise kept, and Dask pauses a worker above 80 % of its limit, which would then never
    run another task. Below the fraction the memory stays for the next chunk."""

    name = "eco-restore-trim-after-tasks"

    def __init__(self, fraction=0.5):
        self.fraction = float(fraction)
        self.limit = None
        self.trims = 0

    def setup(self, worker):
        self.limit = getattr(getattr(worker, "memory_manager", None), "memory_limit", None)

    def teardown(self, worker):
        pass

    def transition(self, key, start, finish, **kwargs):
        if start != "executing" or not self.limit:
            return
        import psutil
        if psutil.Process().memory_info().rss > self.fraction * self.limit:
            from ..processing_helpers.malloc import _glibc
            libc = _glibc()
            if libc is not None:
                libc.malloc_trim(0)
                self.trims += 1


#: what every worker imports to run the tasks: the plugin, and the GDAL, numpy and scipy it reads and computes with
WORKER_MODULES = ("eco_restore_plugin", "osgeo", "numpy", "scipy")


def missing_modules(client):
    """``{worker address: [modules of WORKER_MODULES it cannot import]}`` (workers that can import all are left
    out). Asked with the standard library's ``importlib.util.find_spec``, so it also runs on a worker that
    lacks the plugin (a function of the plugin would fail there with a traceback)."""
    import importlib.util
    missing = {}
    for module in WORKER_MODULES:
        for worker, spec in client.run(importlib.util.find_spec, module).items():
            if spec is None:
                missing.setdefault(worker, []).append(module)
    return missing


@functools.lru_cache(maxsize=1)
def code_fingerprint():
    """SHA-1 of the plugin's computing code (every ``.py`` file under ``core/`` and ``batch/``, with its path):
    equal on two machines when they run the same code. Run on every worker to find a machine with another
    version of the plugin, whose tasks would give other numbers without any error."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    digest = hashlib.sha1()
    for sub in ("core", "batch"):
        for folder, dirs, files in os.walk(os.path.join(root, sub)):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(f for f in files if f.endswith(".py")):
                path = os.path.join(folder, name)
                digest.update(os.path.relpath(path, root).replace(os.sep, "/").encode("utf-8"))
                with open(path, "rb") as f:
                    digest.update(f.read().replace(b"\r\n", b"\n"))   # a Windows checkout is the same code
    return digest.hexdigest()


def prepare_workers(client):
    """Register :class:`TrimAfterTasks` on the workers of ``client`` (present and future; harmless on
    workers without :data:`WORKER_MALLOC`: their memory is already given back). Returns ``client``."""
    try:
        client.register_worker_plugin(TrimAfterTasks(), name=TrimAfterTasks.name)
    except Exception:  # workers that cannot import the plugin: tiled.check_worker_imports says so clearly
        pass
    return client


def local_client(workers, memory_limit="4GB"):
    """A ``distributed.Client`` of a new :func:`local_cluster` (``client.cluster``), workers prepared."""
    from distributed import Client
    cluster = local_cluster(workers, memory_limit)
    try:
        return prepare_workers(Client(cluster, set_as_default=False))
    except Exception:
        cluster.close()
        raise


def local_cluster(workers, memory_limit="4GB"):
    """A ``LocalCluster`` of ``workers`` processes of one thread each on the loopback, with
    :data:`WORKER_MALLOC` in their environment."""
    import dask
    import distributed  # noqa: F401 - registers the distributed config
    from distributed import LocalCluster
    env = dict(dask.config.get("distributed.nanny.pre-spawn-environ", None) or {})
    ours = WORKER_MALLOC if os.environ.get("ECO_RESTORE_REUSE_MEMORY", "1") != "0" else {}
    env.update(ours)
    # the nanny prefers a variable of this process's environment to its config, and a nanny that started
    # before (an earlier cluster) left Dask's values there: ours for the time the workers start
    saved = {k: os.environ.get(k) for k in ours}
    os.environ.update(ours)
    try:
        with dask.config.set({"distributed.nanny.pre-spawn-environ": env}):
            return LocalCluster(n_workers=int(workers), threads_per_worker=1, processes=True, host="127.0.0.1",
                                dashboard_address=None, memory_limit=memory_limit)
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
