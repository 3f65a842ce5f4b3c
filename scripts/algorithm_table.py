#!/usr/bin/env python3
"""Print the README's algorithm table (Markdown) from the provider's algorithms.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/algorithm_table.py

``--update`` rewrites the block between the README markers ``<!-- algorithms -->`` and
``<!-- /algorithms -->``. A test checks the README lists every algorithm.
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
README = os.path.join(ROOT, "README.md")
START, END = "<!-- algorithms -->", "<!-- /algorithms -->"


def table():
    from eco_restore_plugin.algorithms.base import GROUPS
    from eco_restore_plugin.provider import algorithm_classes

    rows = ["| group 分组 | id (`ecorestore:…`) | algorithm 算法 |", "|---|---|---|"]
    order = list(GROUPS)
    for cls in sorted(algorithm_classes(), key=lambda c: (order.index(c.GROUP), c.NAME)):
        rows.append("| {} | `{}` | {} |".format(GROUPS[cls.GROUP], cls.NAME, cls.DISPLAY))
    return "\n".join(rows)


def main():
    from qgis.core import QgsApplication

    app = QgsApplication([], False)  # noqa: F841 (translations need an application)
    text = table()
    if "--update" in sys.argv:
        readme = open(README, encoding="utf-8").read()
        a, b = readme.index(START) + len(START), readme.index(END)
        readme = readme[:a] + "\n" + text + "\n" + readme[b:]
        with open(README, "w", encoding="utf-8") as fh:
            fh.write(readme)
    else:
        print(text)


if __name__ == "__main__":
    main()
