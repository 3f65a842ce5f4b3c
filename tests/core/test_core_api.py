"""The shape of the core's public API: small files, options keyword-only, every function documented."""
import ast
import os

import pytest

from eco_restore_plugin import core

CORE = os.path.dirname(core.__file__)
MAX_LINES = 500


def _files():
    for folder, _, files in os.walk(CORE):
        for name in sorted(files):
            if name.endswith(".py"):
                yield os.path.join(folder, name)


def _public_functions():
    for path in _files():
        if os.path.basename(path).startswith("_") and not path.endswith("__init__.py"):
            continue
        tree = ast.parse(open(path, encoding="utf-8").read())
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                yield os.path.relpath(path, CORE), node


@pytest.mark.parametrize("path", sorted(_files()), ids=lambda p: os.path.relpath(p, CORE))
def test_core_files_are_small(path):
    with open(path, encoding="utf-8") as f:
        n = sum(1 for _ in f)
    assert n <= MAX_LINES, "{} has {} lines: split it by topic (at most {})".format(path, n, MAX_LINES)


def test_options_are_keyword_only():
    """Positional parameters are the data a function works on; every option (a parameter with a default)
    is keyword-only, so that adding or reordering options never breaks a caller."""
    bad = []
    for rel, fn in _public_functions():
        a = fn.args
        if a.defaults:
            bad.append("{}:{} {}({})".format(rel, fn.lineno, fn.name, ", ".join(
                x.arg for x in (a.posonlyargs + a.args)[len(a.posonlyargs + a.args) - len(a.defaults):])))
    assert not bad, bad


def test_public_functions_are_documented():
    missing = ["{}:{} {}".format(rel, fn.lineno, fn.name) for rel, fn in _public_functions()
               if not ast.get_docstring(fn)]
    assert not missing, missing
