#!/usr/bin/env python3
"""Write the atlas layout templates resources/templates/atlas_<paper>.qpt (A3/A4, landscape/portrait).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/build_templates.py [OUT_DIR]

The layouts are built in code (eco_restore_plugin/processing_helpers/atlas/templates.py, build_template_layout)
so the four templates stay consistent; tests/qgis/test_alg_atlas.py checks they are current.
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def build(out_dir=None):
    from eco_restore_plugin.processing_helpers import atlas as A

    out_dir = out_dir or os.path.join(ROOT, "resources", "templates")
    os.makedirs(out_dir, exist_ok=True)
    written = []
    for key in A.PAPER_KEYS:
        w, h = A.PAPER_SIZES[key]
        layout = A.build_template_layout(w, h, A.FONTS[0])
        path = os.path.join(out_dir, "atlas_{}.qpt".format(key))
        A.save_template(layout, path)
        written.append(path)
    return written


def main(argv=None):
    from qgis.core import QgsApplication

    argv = sys.argv[1:] if argv is None else argv
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    for path in build(argv[0] if argv else None):
        print(path)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
