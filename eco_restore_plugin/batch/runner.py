"""Run a validated plan: each step through Processing in this process, or, for the algorithms with a
distributed kernel (:data:`.kernels.KERNELS`), chunk by chunk on a Dask cluster."""
import os
import sys
import time

from ..i18n import tr
from . import tiled
from .plan import Ref


class BatchError(Exception):
    """A clear message for the user (the command line prints it without a traceback)."""


def connect(scheduler=None, workers=2, timeout=10.0, memory_limit="4GB"):
    """A dask.distributed Client: to ``scheduler`` (``tcp://host:port``) or to a new ``LocalCluster`` of
    ``workers`` processes (one thread each, loopback only). Raises :class:`BatchError` when dask is
    missing or the scheduler cannot be reached within ``timeout`` seconds."""
    if not tiled.have_dask():
        raise BatchError(tr("Dask is not installed: install it with `{}` (or pip install dask distributed), "
                            "or run with --no-dask.").format(tiled.INSTALL_HINT))
    from distributed import Client
    if scheduler:
        try:
            return tiled.prepare_workers(Client(scheduler, timeout=timeout, set_as_default=False))
        except (OSError, TimeoutError) as exc:
            raise BatchError(tr("Cannot reach the Dask scheduler at {} within {} s ({}). Is `dask-scheduler` "
                                "running there, and is the address reachable from this machine?").format(
                                    scheduler, timeout, exc)) from None
    return tiled.local_client(workers, memory_limit)


def check_workers(client, plan):
    """Raise :class:`BatchError` when a worker of ``client`` cannot import the plugin and its packages, or
    cannot read the plan's inputs and output folder (created here if missing; nothing is checked without a
    client)."""
    if client is None:
        return
    try:
        tiled.check_worker_imports(client)
        os.makedirs(plan.output_folder, exist_ok=True)     # the workers write there: it must exist for them too
        tiled.check_worker_paths(client, plan.input_paths() + [plan.output_folder])
    except tiled.TiledError as exc:
        raise BatchError(str(exc)) from None


def close(client):
    """Close ``client`` and, for a LocalCluster it started, the cluster."""
    if client is None:
        return
    cluster = getattr(client, "cluster", None)
    client.close()
    if cluster is not None:
        cluster.close()


class _Feedback:
    """Processing feedback that prints to the console (progress as a bar per step)."""

    def __new__(cls, quiet=False):
        from qgis.core import QgsProcessingFeedback

        class Feedback(QgsProcessingFeedback):
            def __init__(self):
                super().__init__()
                self._last = -1

            def setProgressText(self, text):
                if not quiet:
                    print("  " + text, flush=True)

            def pushInfo(self, text):
                if not quiet:
                    print("  " + text, flush=True)

            def pushWarning(self, text):
                print("  " + tr("Warning: {}").format(text), file=sys.stderr, flush=True)

            def reportError(self, text, fatalError=False):
                print("  " + text, file=sys.stderr, flush=True)

        fb = Feedback()
        if not quiet:
            fb.progressChanged.connect(lambda p: _bar(fb, p))
        return fb


def _bar(fb, p):
    step = int(p // 5)
    if step != fb._last:
        fb._last = step
        sys.stdout.write("\r  [{:<20}] {:3.0f}%".format("#" * step, p) + ("\n" if step >= 20 else ""))
        sys.stdout.flush()


def _resolve(value, plan, results):
    if isinstance(value, list):
        return [_resolve(v, plan, results) for v in value]
    if isinstance(value, Ref):
        return value.resolve(plan.inputs, results)
    return str(value) if isinstance(value, str) else value


def run(plan, client=None, use_dask=True, chunk=tiled.CHUNK, quiet=False, log=print, check_workers_first=True):
    """Run ``plan`` (from :func:`.plan.load`). ``client``: a Dask client for the steps with a kernel
    (None with ``use_dask`` = those steps run in this process too); its workers are checked first
    (:func:`check_workers`) unless the caller did. Returns ``{step id: outputs}``.
    A step that fails stops the run with :class:`BatchError`; outputs of the steps before it are
    complete, the failed step leaves none (every writer uses a temporary name)."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingException

    from .kernels import KERNELS

    os.makedirs(plan.output_folder, exist_ok=True)
    if check_workers_first:
        check_workers(client, plan)
    results = {}
    for step in plan.steps:
        t0 = time.time()
        params = {k: _resolve(v, plan, results) for k, v in step.parameters.items()}
        params.update(step.outputs)
        for p in step.outputs.values():
            os.makedirs(os.path.dirname(p), exist_ok=True)
        kernel = KERNELS.get(step.algorithm_id) if (use_dask and step.engine == "auto") else None
        feedback = _Feedback(quiet)
        how = tr("distributed") if kernel and client is not None else tr("one process")
        log(tr("Step {}/{} '{}': {} ({})").format(step.index, len(plan.steps), step.id, step.algorithm_id, how))
        out = None
        try:
            if kernel is not None:
                context = QgsProcessingContext()
                alg = step.alg.create()
                ok, msg = alg.checkParameterValues(params, context)
                if not ok:
                    raise QgsProcessingException(msg)
                out = kernel(alg, params, context, client, feedback, chunk=chunk, progress=not quiet)
            if out is None:
                out = processing.run(step.algorithm_id, params, feedback=feedback)
        except tiled.TiledError as exc:
            raise BatchError(tr("Step '{}' failed: {}").format(step.id, exc)) from None
        except (QgsProcessingException, ValueError) as exc:
            raise BatchError(tr("Step '{}' failed: {}").format(step.id, exc)) from None
        results[step.id] = dict(out)
        log(tr("Step '{}' done in {:.1f} s").format(step.id, time.time() - t0))
    return results
