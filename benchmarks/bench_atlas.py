"""Benchmark: the whole planning atlas of Demo County (on demand).

    .venv/bin/python benchmarks/bench_atlas.py [--size 1000] [--out /tmp/bench_atlas] [--reuse]
        [--dpi 150] [--coverage]

Builds the demo planning folder once with scripts/demo.py at --size cells per side (skipped with
--reuse when OUT/planning.gpkg exists), then times ``ecorestore:atlasexport`` alone: all maps, the
indicator table, one PDF plus one PNG per map (as ``make demo`` does). --coverage adds a run with one
page per township. Target: the sample region's whole atlas in under two minutes.
"""
import argparse
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=1000)
    ap.add_argument("--out", default="/tmp/bench_atlas")
    ap.add_argument("--reuse", action="store_true", help="reuse OUT when it holds a planning.gpkg")
    ap.add_argument("--dpi", type=int, default=150)
    ap.add_argument("--coverage", action="store_true", help="also time one page per township")
    args = ap.parse_args(argv)
    gpkg = os.path.join(args.out, "planning.gpkg")
    if not (args.reuse and os.path.exists(gpkg)):
        t0 = time.time()
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "demo.py"), args.out, "--size",
                        str(args.size)], check=True, stdout=subprocess.DEVNULL)
        print("demo built at {0}x{0} in {1:.1f} s".format(args.size, time.time() - t0))

    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    import processing

    from eco_restore_plugin import headless

    session = headless.start()
    runs = [("whole region", {})]
    if args.coverage:
        runs.append(("one page per township", {"COVERAGE": "{}|layername=base_townships".format(gpkg)}))
    for label, extra in runs:
        params = {"PLANNING_GPKG": gpkg, "OUTPUT": os.path.join(args.out, "bench_atlas.pdf"),
                  "EXPORT_FOLDER": os.path.join(args.out, "bench_atlas_png"), "EXPORT_FORMAT": 0, "DPI": args.dpi}
        params.update(extra)
        t0 = time.time()
        res = processing.run("ecorestore:atlasexport", params, feedback=QgsProcessingFeedback(),
                             context=QgsProcessingContext())
        dt = time.time() - t0
        print("atlas ({}): {} pages, {} PNG, {} skipped, {:.1f} s  (target < 120 s: {})".format(
            label, res["PAGES"], len(res["FILES"]), len(res["SKIPPED"]), dt, "met" if dt < 120 else "MISSED"))
    session.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
