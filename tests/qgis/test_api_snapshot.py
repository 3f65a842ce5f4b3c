"""The public API stays as saved models and scripts know it.

``tests/data/api_snapshot.json`` was taken before the adapter layer was restructured (issue 12). Every
algorithm id in it still exists; every parameter keeps its name and type and never becomes required
when it was optional; every output keeps its name. New algorithms, new optional parameters and new
outputs are allowed (refresh the snapshot with ``scripts/api_snapshot.py --write`` when you add them).
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "scripts"))


def _saved():
    with open(os.path.join(ROOT, "tests", "data", "api_snapshot.json"), encoding="utf-8") as f:
        return json.load(f)


def test_snapshot_is_kept(qgis_app):
    from api_snapshot import snapshot

    saved, now = _saved(), snapshot()
    problems = []
    for alg, spec in saved.items():
        if alg not in now:
            problems.append("algorithm {} is gone".format(alg))
            continue
        cur = now[alg]
        for pname, pspec in spec["parameters"].items():
            if pname not in cur["parameters"]:
                problems.append("{}: parameter {} is gone".format(alg, pname))
            elif cur["parameters"][pname]["type"] != pspec["type"]:
                problems.append("{}: parameter {} changed type".format(alg, pname))
            elif pspec["optional"] and not cur["parameters"][pname]["optional"]:
                problems.append("{}: parameter {} became required".format(alg, pname))
        for pname, pspec in cur["parameters"].items():
            if pname not in spec["parameters"] and not pspec["optional"]:
                problems.append("{}: new parameter {} must be optional".format(alg, pname))
        for out in spec["outputs"]:
            if out not in cur["outputs"]:
                problems.append("{}: output {} is gone".format(alg, out))
    assert not problems, "\n".join(problems)


def test_snapshot_covers_every_algorithm(qgis_app):
    """A new algorithm enters the snapshot when it lands, so its names are protected from then on."""
    from api_snapshot import snapshot

    assert set(snapshot()) == set(_saved())
