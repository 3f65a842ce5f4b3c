"""The one progress / cancel convention of the core (core/_progress.py)."""
import ast
import inspect
import os

import pytest

from eco_restore_plugin import core
from eco_restore_plugin.core._progress import Cancelled, Steps, checkpoint, sub_progress

CORE = os.path.dirname(core.__file__)


def test_checkpoint_reports_clamped_progress_and_raises_on_cancel():
    seen = []
    checkpoint(lambda: False, seen.append, 0.25)
    checkpoint(None, seen.append, 1.7)
    checkpoint(None, seen.append, -0.2)
    checkpoint(None, seen.append)          # no fraction: nothing reported
    assert seen == [0.25, 1.0, 0.0]
    with pytest.raises(Cancelled):
        checkpoint(lambda: True, seen.append, 0.5)
    assert seen == [0.25, 1.0, 0.0]        # cancel is checked before progress is reported
    assert issubclass(Cancelled, InterruptedError)


def test_sub_progress_and_steps():
    seen = []
    sub = sub_progress(seen.append, 0.4, 0.9)
    sub(0.0)
    sub(1.0)
    assert seen == pytest.approx([0.4, 0.9])
    assert sub_progress(None, 0.0, 1.0) is None
    seen.clear()
    steps = Steps(4, seen.append, lambda: len(seen) >= 3)
    steps.step()
    steps.step(1)
    with pytest.raises(Cancelled):
        steps.step()
    assert seen == [0.25, 0.5, 0.75]


def _core_functions():
    for name in sorted(os.listdir(CORE)):
        path = os.path.join(CORE, name)
        files = [path] if name.endswith(".py") else (
            [os.path.join(path, f) for f in sorted(os.listdir(path)) if f.endswith(".py")]
            if os.path.isdir(path) and not name.startswith("__") else [])
        for f in files:
            tree = ast.parse(open(f, encoding="utf-8").read())
            for node in ast.walk(tree):
                if isinstance(node, ast.FunctionDef):
                    yield os.path.relpath(f, CORE), node


def test_progress_and_cancel_are_keyword_only_everywhere():
    """Every core function that takes ``progress`` or ``cancelled`` takes them keyword-only."""
    bad = []
    for rel, fn in _core_functions():
        if rel == "_progress.py":  # the helpers themselves
            continue
        positional = [a.arg for a in fn.args.posonlyargs + fn.args.args]
        for name in ("progress", "cancelled"):
            if name in positional:
                bad.append("{}:{} {}".format(rel, fn.lineno, fn.name))
    assert not bad, bad


def test_one_cancel_convention():
    """No core module defines its own cancel exception or raises another type on cancel."""
    offenders = []
    for rel, _ in {(r, None) for r, _ in _core_functions()}:
        text = open(os.path.join(CORE, rel), encoding="utf-8").read()
        for bad in ("CircuitCancelled", 'RuntimeError("cancelled")', "raise InterruptedError",
                    "cancelled()\n            return None"):
            if bad in text and rel != "_progress.py":
                offenders.append((rel, bad))
    assert not offenders, offenders
    assert inspect.getmodule(Cancelled).__name__ == "eco_restore_plugin.core._progress"
