"""Re-run chosen steps of kept demo chains, several times, and fit how they scale (issue 20; on demand).

    .venv/bin/python benchmarks/bench_chain.py --sizes 1000 2000 4000 --folder /tmp/chain --keep
    .venv/bin/python benchmarks/bench_steps.py /tmp/chain/size_1000 /tmp/chain/size_2000 /tmp/chain/size_4000 \\
        --steps rsei:2010 habitatquality mspa --repeat 3

A chain's single run per size gives one time per step, and on a shared machine a step of a few seconds
moves by ±10 % from run to run: the fitted exponent of a step of 5-25 s then moves by ±0.1. This benchmark
takes the inputs and parameters a kept chain recorded (``demo_runs.json``), runs each chosen step again
``--repeat`` times in a fresh process per size (outputs to a scratch folder, never over the chain's),
and prints the best and the median time at each size and the exponent fitted to the best times (the
least-squares slope of log time against log cells). Steps are named ``algorithm`` or
``algorithm:part of the step's title`` (e.g. ``rsei:2010``; the first match is taken).

A step's own outputs are written as GeoTIFF and GeoPackage in the scratch folder; the time is that of
``processing.run`` (QGIS start-up and the process's first imports are not counted).
"""
import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def find_run(runs, spec):
    """The first recorded run matching ``alg`` or ``alg:title part``; SystemExit if none."""
    alg, _, part = spec.partition(":")
    for run in runs:
        if run["alg"] == alg and part.lower() in run["step"].lower():
            return run
    raise SystemExit("no recorded step matches {!r}; recorded: {}".format(
        spec, ", ".join(sorted({r["alg"] for r in runs}))))


def child(folder, specs, repeat, profile=0):
    """In a fresh process: run each step ``repeat`` times; print one JSON line of their times."""
    sys.path.insert(0, ROOT)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import time

    from eco_restore_plugin import headless

    session = headless.start()
    import processing
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

    with open(os.path.join(folder, "demo_runs.json"), encoding="utf-8") as f:
        runs = json.load(f)
    out = {}
    for spec in specs:
        run = find_run(runs, spec)
        alg = QgsApplication.processingRegistry().algorithmById("ecorestore:" + run["alg"])
        times = []
        for _ in range(repeat):
            scratch = tempfile.mkdtemp(prefix="bench_steps_")
            params = {k: resolve(v, folder, scratch, alg.parameterDefinition(k)) for k, v in run["params"].items()}
            t0 = time.time()
            if profile:
                import cProfile
                import pstats
                prof = cProfile.Profile()
                prof.enable()
            processing.run(alg, params, feedback=QgsProcessingFeedback(), context=QgsProcessingContext())
            times.append(time.time() - t0)
            if profile:
                prof.disable()
                pstats.Stats(prof, stream=sys.stderr).sort_stats("tottime").print_stats(profile)
            shutil.rmtree(scratch, ignore_errors=True)
        out[spec] = times
    print("TIMES " + json.dumps(out), flush=True)
    session.stop()


def resolve(value, folder, scratch, definition):
    """A recorded parameter value made usable again: inputs relative to the chain's folder are made
    absolute; outputs go to ``scratch``."""
    if isinstance(value, list):
        return [resolve(v, folder, scratch, definition) for v in value]
    if not isinstance(value, str):
        return value
    destination = definition is not None and definition.isDestination()
    if value.startswith("ogr:dbname='"):
        path = value[len("ogr:dbname='"):].split("'", 1)[0]
        base = scratch if destination else folder
        return value.replace("dbname='" + path, "dbname='" + os.path.join(base, os.path.basename(path)), 1)
    if destination:
        return os.path.join(scratch, os.path.basename(value)) if value else value
    candidate = os.path.join(folder, value.split("|")[0])
    if value and not os.path.isabs(value) and os.path.exists(candidate):
        return os.path.join(folder, value)
    return value


def slope(xs, ys):
    lx = [math.log(x) for x in xs]
    ly = [math.log(y) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    sxx = sum((x - mx) ** 2 for x in lx)
    return sum((x - mx) * (y - my) for x, y in zip(lx, ly)) / sxx if sxx else float("nan")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", help="kept demo outputs (bench_chain.py --keep: FOLDER/size_N)")
    ap.add_argument("--steps", nargs="+", required=True, help="algorithm or algorithm:title part")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", type=int, default=0, metavar="N",
                    help="print the N functions with the most own time of each run (cProfile) and no table")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.folders[0], args.steps, args.repeat, args.profile)
        return
    if args.profile:
        for folder in args.folders:
            subprocess.run([sys.executable, os.path.abspath(__file__), folder, "--child", "--repeat",
                            str(args.repeat), "--profile", str(args.profile), "--steps"] + args.steps)
        return
    results = []
    for folder in args.folders:
        with open(os.path.join(folder, "demo_timings.json"), encoding="utf-8") as f:
            size = json.load(f)["size"]
        load = os.getloadavg()[0]
        res = subprocess.run([sys.executable, os.path.abspath(__file__), folder, "--child", "--repeat",
                              str(args.repeat), "--steps"] + args.steps,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        line = [x for x in res.stdout.splitlines() if x.startswith("TIMES ")]
        if res.returncode != 0 or not line:
            raise SystemExit("the steps failed at {}:\n{}".format(folder, res.stdout[-3000:]))
        results.append((size, json.loads(line[0][6:]), load, os.getloadavg()[0]))
        print("size {}: load {:.1f} -> {:.1f}".format(size, load, os.getloadavg()[0]), flush=True)
    results.sort(key=lambda r: r[0])
    sizes = [r[0] for r in results]
    head = "{:28}".format("step") + "".join("{:>16}".format("best/med @" + str(s)) for s in sizes) + \
        "{:>8}{:>8}".format("exp", "exp med")
    print(head)
    print("-" * len(head))
    for spec in args.steps:
        best = [min(r[1][spec]) for r in results]
        med = [statistics.median(r[1][spec]) for r in results]
        cells = [float(s) ** 2 for s in sizes]
        print("{:28}".format(spec[:28]) +
              "".join("{:>16}".format("{:.2f}/{:.2f}".format(b, m)) for b, m in zip(best, med)) +
              "{:>8.2f}{:>8.2f}".format(slope(cells, best), slope(cells, med)), flush=True)


if __name__ == "__main__":
    main()
