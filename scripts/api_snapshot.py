#!/usr/bin/env python3
"""The public API of the ``ecorestore`` provider as JSON: every algorithm's id, parameter names
(with type and whether optional) and output names.

    python scripts/api_snapshot.py            # print
    python scripts/api_snapshot.py --write    # refresh tests/data/api_snapshot.json

Ids, parameter names and output names are used by saved models and scripts: they never change. A
parameter may be added when it is optional; ``tests/qgis/test_api_snapshot.py`` holds the rules.
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SNAPSHOT = os.path.join(ROOT, "tests", "data", "api_snapshot.json")


def snapshot():
    """{algorithm id: {"parameters": {name: {"type", "optional"}}, "outputs": [names]}}."""
    from qgis.core import QgsProcessingParameterDefinition

    from eco_restore_plugin.provider import algorithm_classes

    api = {}
    for cls in algorithm_classes():
        alg = cls()
        alg.initAlgorithm()
        params = {}
        for p in alg.parameterDefinitions():
            params[p.name()] = {
                "type": p.type(),
                "optional": bool(p.flags() & QgsProcessingParameterDefinition.FlagOptional),
            }
        api[cls.NAME] = {"parameters": params,
                         "outputs": sorted(o.name() for o in alg.outputDefinitions())}
    return api


def main():
    sys.path.insert(0, ROOT)
    from eco_restore_plugin import headless

    session = headless.start()
    try:
        text = json.dumps(snapshot(), indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    finally:
        session.stop()
    if "--write" in sys.argv:
        with open(SNAPSHOT, "w", encoding="utf-8") as f:
            f.write(text)
        print("wrote", SNAPSHOT)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
