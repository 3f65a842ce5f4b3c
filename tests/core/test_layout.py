"""The layout rules of docs/DEVELOPING.md, checked on the source tree (no QGIS needed): every Python file
stays under 500 lines, and no algorithm module imports another algorithm module (what a family shares lives
in its ``_`` modules, what all share in ``processing_helpers``)."""
import ast
import glob
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ALGORITHMS = os.path.join(ROOT, "eco_restore_plugin", "algorithms")


def _python_files():
    for folder in ("eco_restore_plugin", "scripts", "tests", "benchmarks"):
        yield from glob.glob(os.path.join(ROOT, folder, "**", "*.py"), recursive=True)


def test_no_file_over_500_lines():
    long = []
    for path in _python_files():
        with open(path, encoding="utf-8") as f:
            n = sum(1 for _ in f)
        if n > 500:
            long.append("{} ({} lines)".format(os.path.relpath(path, ROOT), n))
    assert not long, "split by topic: {}".format(long)


def _algorithm_modules():
    """{(family, module)} of the algorithm modules (not the families' ``_`` helper modules)."""
    out = set()
    for path in glob.glob(os.path.join(ALGORITHMS, "*", "*.py")):
        family, name = os.path.basename(os.path.dirname(path)), os.path.basename(path)[:-3]
        if not name.startswith("_"):
            out.add((family, name))
    return out


def test_no_algorithm_module_imports_another():
    modules = _algorithm_modules()
    assert len(modules) >= 48
    bad = []
    for family, name in sorted(modules):
        path = os.path.join(ALGORITHMS, family, name + ".py")
        tree = ast.parse(open(path, encoding="utf-8").read(), path)
        for node in ast.walk(tree):
            if not isinstance(node, ast.ImportFrom):
                continue
            mod = node.module or ""
            targets = []
            if node.level == 1:            # from .x import ... / from . import x
                targets = [(family, mod)] if mod else [(family, a.name) for a in node.names]
            elif node.level == 2 and mod:  # from ..family.x import ... / from ..family import x
                parts = mod.split(".")
                if len(parts) == 2:
                    targets = [(parts[0], parts[1])]
                elif len(parts) == 1:
                    targets = [(parts[0], a.name) for a in node.names]
            elif node.level == 0 and mod.startswith("eco_restore_plugin.algorithms."):
                parts = mod.split(".")[2:]
                if len(parts) == 2:
                    targets = [tuple(parts)]
            for target in targets:
                if target in modules:
                    bad.append("{}/{} imports {}/{}".format(family, name, *target))
    assert not bad, bad
