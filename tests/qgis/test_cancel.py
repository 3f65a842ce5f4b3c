"""Cancel, for every algorithm of the provider: one plain message, quickly, and no output left behind.

The list of algorithms comes from the provider (:func:`eco_restore_plugin.provider.algorithm_classes`), so a
new algorithm is covered without editing this file. Valid inputs are built once: the demo chain
(``scripts/demo.py``: Demo County at 120 x 120 cells and every step of the planning chain) runs in a
subprocess that records the parameters each algorithm was run with; :data:`EXTRA_INPUTS` adds inputs
for the algorithms that the demo chain does not run. A new algorithm needs a demo step (or an entry
in :data:`EXTRA_INPUTS`), or :func:`test_every_algorithm_has_inputs` fails.

Each algorithm then runs twice with every output (required and optional) sent to an empty folder:

* ``before``: the feedback is already cancelled when the algorithm starts;
* ``first_progress``: the feedback cancels at the first progress report (a percentage or a progress text).

Both must end with a :class:`QgsProcessingException` whose message is exactly the plain cancel message
(no traceback text), within 2 s of the cancel, with no file left in the output folder (hidden ``.part``
files and ``.aux.xml`` sidecars included). Algorithms in :data:`FAST` may instead complete when they
are cancelled at their first progress report (they do not check for cancel after it, because they finish
in well under a second); that they completed is asserted.

The shipped model (``ecorestore:fullchain``) is not an :class:`EcoRestoreAlgorithm`: QGIS's model
runner checks cancel between its children, which are the algorithms tested here.
"""
import json
import os
import subprocess
import sys
import time

import pytest

from eco_restore_plugin.provider import algorithm_classes

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
#: Demo County's size for the inputs: 120 in the suite; ``ECORESTORE_CANCEL_SIZE=1000`` (on demand, the demo
#: chain then takes ~15 min) checks the 2 s bound where the steps run for seconds, with the ``midway`` mode.
SIZE = int(os.environ.get("ECORESTORE_CANCEL_SIZE", "120"))
ALGORITHMS = [cls.NAME for cls in algorithm_classes()]

#: algorithm -> function(folder) -> parameters, for algorithms the demo chain does not run
EXTRA_INPUTS = {
}

#: algorithms that may complete in the ``first_progress`` run, and why: they report no progress (or only
#: 100 % once everything is written), so there is nothing to cancel at, and they finish in well under a
#: second (measured on Demo County at 150 x 150 cells: 0.1-0.6 s). Their cancel checks are exercised by
#: the ``before`` run; that they complete, with their outputs, is asserted.
FAST = {
    "attachedtables": "no progress report: formats finished tables into a workbook (0.2 s)",
    "consolidationpolicycheck": "no progress report (0.5 s)",
    "potentialzoning": "no progress report (0.4 s)",
    "projectlibrary": "no progress report (0.2 s)",
    "realisticpotential": "no progress report (0.2 s)",
    "resistancesurface": "no progress report (< 0.1 s)",
    "restorationpriority": "no progress report (0.2 s)",
    "targetattainment": "no progress report (0.4 s)",
    "targetdecomposition": "no progress report (0.6 s)",
}

#: the demo chain records the parameters of each algorithm's first run
_RECORDER = r"""
import json, os, sys
sys.path.insert(0, os.path.join({root!r}, "scripts"))
import demo
record = {{}}
_run = demo.Chain.run

def run(self, step, alg, params, document=()):
    record.setdefault(alg, dict(params))
    return _run(self, step, alg, params, document)

demo.Chain.run = run
code = demo.main([{out!r}, "--size", {size!r}])
with open({json_path!r}, "w") as f:
    json.dump(record, f, default=str)
sys.exit(code)
"""


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """{algorithm: parameters}: valid inputs of every algorithm (demo chain + :data:`EXTRA_INPUTS`)."""
    folder = tmp_path_factory.mktemp("cancel_inputs")
    out = str(folder / "demo")
    json_path = str(folder / "params.json")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    res = subprocess.run([sys.executable, "-c", _RECORDER.format(root=ROOT, out=out, json_path=json_path,
                                                                 size=str(SIZE))],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=600 if SIZE <= 300 else 7200)
    assert res.returncode == 0, res.stdout[-2000:] + res.stderr[-3000:]
    with open(json_path) as f:
        params = json.load(f)
    for name, make in EXTRA_INPUTS.items():
        params[name] = make(str(folder))
    return params


def test_every_algorithm_has_inputs(inputs):
    missing = [name for name in ALGORITHMS if name not in inputs]
    assert not missing, "add a step to scripts/demo_steps*.py or an EXTRA_INPUTS entry for {}".format(missing)


def _params_to(alg, params, folder):
    """``params`` with every destination (required and optional) in ``folder``."""
    from qgis.core import (
        QgsProcessingParameterFileDestination,
        QgsProcessingParameterFolderDestination,
        QgsProcessingParameterRasterDestination,
    )

    out = {k: v for k,
           v in params.items() if k not in {d.name() for d in alg.destinationParameterDefinitions()}}
    for d in alg.destinationParameterDefinitions():
        base = os.path.join(folder, d.name().lower())
        if isinstance(d, QgsProcessingParameterFolderDestination):
            out[d.name()] = base
        elif isinstance(d, QgsProcessingParameterRasterDestination):
            out[d.name()] = base + ".tif"
        elif isinstance(d, QgsProcessingParameterFileDestination):
            out[d.name()] = base + "." + (d.defaultFileExtension() or "txt")
        else:  # feature sinks and vector destinations
            out[d.name()] = base + ".gpkg"
    return out


def _files(folder):
    return sorted(os.path.relpath(os.path.join(d, f), folder) for d, _,
                  files in os.walk(folder) for f in files)


@pytest.mark.parametrize("mode", ["before", "first_progress"] + (["midway"] if SIZE >= 1000 else []))
@pytest.mark.parametrize("name", ALGORITHMS)
def test_cancel(ecorestore, inputs, tmp_path, name, mode):
    import processing
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

    from eco_restore_plugin.processing_helpers.feedback import Cancelled

    if name not in inputs:
        pytest.fail("no inputs for {} (see test_every_algorithm_has_inputs)".format(name))
    message = str(Cancelled())
    assert message  # the translated "Cancelled by the user; no output was written."

    class CancelFeedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.cancelled_at = None
            self.texts = []
            self.progressChanged.connect(self.cancel_now)

        def cancel_now(self, *args):
            if mode == "midway" and self.progress() < 50.0:
                return
            if self.cancelled_at is None:
                self.cancelled_at = time.monotonic()
                self.cancel()

        def reportError(self, text, fatalError=False):
            self.texts.append(text)

        def pushWarning(self, text):
            self.texts.append(text)

        def pushInfo(self, text):
            self.texts.append(text)

        def setProgressText(self, text):  # (a progress text is a progress report too)
            self.texts.append(text)
            self.cancel_now()

    alg = QgsApplication.processingRegistry().createAlgorithmById("ecorestore:" + name)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    params = _params_to(alg, inputs[name], str(out_dir))
    feedback = CancelFeedback()
    if mode == "before":
        feedback.cancel_now()
    started = time.monotonic()
    try:
        result = processing.run("ecorestore:" + name, params, feedback=feedback,
                                context=QgsProcessingContext())
    except QgsProcessingException as exc:
        ended = time.monotonic()
        text = str(exc)
    else:
        ended, text, result = time.monotonic(), None, result
    if text is None and mode == "midway":   # finished before or just after the 50 % report
        assert feedback.cancelled_at is None or ended - feedback.cancelled_at < 2.0, name
        return
    if text is None:
        assert mode == "first_progress" and name in FAST, "{} completed although {}".format(
            name, "cancelled before the start" if mode == "before" else
            "cancelled at progress {} %".format(feedback.progress()) if feedback.cancelled_at is not None else
            "it reported no progress to cancel at")
        assert result and _files(str(out_dir)), "{} completed without writing its outputs".format(name)
        assert ended - started < 2.0, "{} is slow: it needs progress reports and cancel checks".format(name)
        return
    assert feedback.cancelled_at is not None, "{} failed before any cancel: {}".format(name, text)
    assert text == message, text
    assert all("Traceback" not in t for t in feedback.texts)
    assert ended - feedback.cancelled_at < 2.0
    assert _files(str(out_dir)) == []


def test_circuitscape_cancelled_by_the_solve_leaves_no_table(ecorestore, inputs, tmp_path):
    """Cancel at the first progress report of the solve (5-90 % is the solve; with the demo's two
    sources there is one pair, reported at 90 %), after the resistance table (RESISTANCES) was created:
    neither the table nor the current maps are left."""
    import processing
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

    from eco_restore_plugin.processing_helpers.feedback import Cancelled

    seen = []

    class MidSolve(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.progressChanged.connect(self.on_progress)

        def on_progress(self, value):
            seen.append(value)
            if 5.0 < value <= 90.0 and not self.isCanceled():
                self.cancel()

    alg = QgsApplication.processingRegistry().createAlgorithmById("ecorestore:circuitscape")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    params = _params_to(alg, inputs["circuitscape"], str(out_dir))
    with pytest.raises(QgsProcessingException) as err:
        processing.run("ecorestore:circuitscape", params, feedback=MidSolve(), context=QgsProcessingContext())
    assert str(err.value) == str(Cancelled())
    assert any(5.0 < v <= 90.0 for v in seen) and max(seen) <= 90.0   # cancelled by the solve's report
    assert _files(str(out_dir)) == []
