"""The demo chain at several sizes: each step's time and peak memory, and how they scale (issue 20; on demand).

    .venv/bin/python benchmarks/bench_chain.py [--sizes 500 1000 2000] [--folder /tmp/eco_restore_chain]
    .venv/bin/python benchmarks/bench_chain.py --tables /tmp/eco_restore_chain/timings_*.json   # table only

For each size, runs ``scripts/demo.py FOLDER/size_N --size N`` in its own process (Demo County at N × N
cells, then the whole chain) and reads the ``demo_timings.json`` it writes: per step the seconds and the
peak resident memory of the demo process during that step (VmHWM reset before each step; a step that runs
worker processes also reports its largest child). Prints one row per step: time and peak at each size and
the fitted exponents, the least-squares slope of log(time) and log(growth) against log(cells), where
growth = the step's peak − its resident memory when it started (what the step itself added; memory freed
by earlier steps is not always returned to the system, so the peak alone mostly reflects the history). Steps whose time exponent is above ``--limit`` (default 1.1, the aim
of issue 20) are marked ``*``; steps under 1 s at the largest size are marked ``~`` (their exponent is
mostly noise). The load average before and after each run is printed: on a shared machine the times are
only comparable within one run of this benchmark.

Each size's timings are copied to FOLDER/timings_N.json; ``--tables`` prints the table from such files
without running anything (so sizes run at different times can be combined). The outputs are removed
unless ``--keep``.
"""
import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_size(size, folder, keep):
    """Run the demo at ``size``; returns its demo_timings.json as a dict (plus wall time and load)."""
    out = os.path.join(folder, "size_{}".format(size))
    if os.path.exists(out):
        shutil.rmtree(out)
    load0 = os.getloadavg()
    t0 = time.time()
    print("== demo at {0} x {0} ({1:.2f} M cells), load {2:.1f}".format(size, size * size / 1e6, load0[0]),
          flush=True)
    res = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "demo.py"), out, "--size", str(size)],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    wall = time.time() - t0
    log = os.path.join(folder, "demo_{}.log".format(size))
    with open(log, "w", encoding="utf-8") as f:
        f.write(res.stdout)
    if res.returncode != 0:
        raise SystemExit("the demo at size {} failed (exit {}); its output: {}".format(size, res.returncode, log))
    with open(os.path.join(out, "demo_timings.json"), encoding="utf-8") as f:
        timings = json.load(f)
    timings["wall_seconds"] = round(wall, 1)
    timings["load"] = [round(load0[0], 1), round(os.getloadavg()[0], 1)]
    with open(os.path.join(folder, "timings_{}.json".format(size)), "w", encoding="utf-8") as f:
        json.dump(timings, f, ensure_ascii=False, indent=1)
    if not keep:
        shutil.rmtree(out)
    print("   {:.0f} s, peak {:.0f} MiB, load {} -> {}".format(wall, timings["peak_mib"], *timings["load"]),
          flush=True)
    return timings


def slope(xs, ys):
    """Least-squares slope of log(ys) against log(xs); None with fewer than two positive points."""
    pts = [(math.log(x), math.log(y)) for x, y in zip(xs, ys) if x > 0 and y is not None and y > 0]
    if len(pts) < 2:
        return None
    mx = sum(p[0] for p in pts) / len(pts)
    my = sum(p[1] for p in pts) / len(pts)
    sxx = sum((p[0] - mx) ** 2 for p in pts)
    return sum((p[0] - mx) * (p[1] - my) for p in pts) / sxx if sxx > 0 else None


def rows_of(runs):
    """[(label, {size: (seconds, peak above base MiB, peak MiB)})] in the order of the chain."""
    order, table = [], {}
    for t in runs:
        base = min(s["peak_mib"] for s in t["steps"])
        seen = {}
        for s in t["steps"]:
            key = (s["step"], s["alg"])
            seen[key] = seen.get(key, 0) + 1
            label = "{} ({}){}".format(s["step"], s["alg"], "" if seen[key] == 1 else " #{}".format(seen[key]))
            if label not in table:
                table[label] = {}
                order.append(label)
            peak = max(s["peak_mib"], s.get("child_peak_mib") or 0.0)
            growth = peak - s["start_mib"] if "start_mib" in s else peak - base
            table[label][t["size"]] = (s["seconds"], growth, peak)
    return [(label, table[label]) for label in order]


def print_table(runs, limit):
    runs = sorted(runs, key=lambda t: t["size"])
    sizes = [t["size"] for t in runs]
    cells = {t["size"]: float(t["size"]) ** 2 for t in runs}
    head = "{:58}".format("step (algorithm)") + "".join("{:>9}".format("t@" + str(s)) for s in sizes) + \
        "".join("{:>10}".format("MiB@" + str(s)) for s in sizes) + "{:>8}{:>8}".format("t exp", "M exp")
    print("MiB = the step's peak resident memory; M exp = exponent of the step's growth above its start")
    print(head)
    print("-" * len(head))
    above = []
    for label, by_size in rows_of(runs):
        have = [s for s in sizes if s in by_size]
        kt = slope([cells[s] for s in have], [by_size[s][0] for s in have])
        km = slope([cells[s] for s in have], [by_size[s][1] for s in have])
        flag = ""
        if kt is not None and by_size[have[-1]][0] < 1.0:
            flag = "~"
        elif kt is not None and kt > limit:
            flag = "*"
            above.append((label, kt, by_size[have[-1]][0]))
        print("{:58}".format(label[:58]) +
              "".join("{:>9}".format("{:.1f}".format(by_size[s][0]) if s in by_size else "-") for s in sizes) +
              "".join("{:>10}".format("{:.0f}".format(by_size[s][2]) if s in by_size else "-") for s in sizes) +
              "{:>8}{:>8} {}".format("-" if kt is None else "{:.2f}".format(kt),
                                     "-" if km is None else "{:.2f}".format(km), flag))
    tot = [t["total_seconds"] for t in runs]
    print("-" * len(head))
    print("{:58}".format("total (s) / run peak (MiB)") + "".join("{:>9.0f}".format(x) for x in tot) +
          "".join("{:>10.0f}".format(t["peak_mib"]) for t in runs) +
          "{:>8}".format("-" if slope([cells[s] for s in sizes], tot) is None else
                         "{:.2f}".format(slope([cells[s] for s in sizes], tot))))
    print("load average before -> after each run: " + ", ".join(
        "{}: {} -> {}".format(t["size"], *t.get("load", ["?", "?"])) for t in runs))
    # the demo's own work between the steps (base-layer copies, styles, checks) and after the last one
    if all("gap_before_seconds" in st for t in runs for st in t["steps"]):
        own = [sum(st["gap_before_seconds"] for st in t["steps"]) + (t.get("tail_seconds") or 0.0) for t in runs]
        print("demo's own work between and after the steps (s): " + ", ".join(
            "{}: {:.0f}".format(t["size"], o) for t, o in zip(runs, own)))
        last = runs[-1]
        top = sorted(last["steps"], key=lambda st: -st["gap_before_seconds"])[:5]
        print("  largest at {}: ".format(last["size"]) + "; ".join(
            "{:.1f} s before {}".format(st["gap_before_seconds"], st["step"]) for st in top) +
            "; {:.1f} s after the last step".format(last.get("tail_seconds") or 0.0))
    print("\nsteps above cells^{} (time exponent; seconds at the largest size):".format(limit))
    for label, k, sec in sorted(above, key=lambda a: -a[2]):
        print("  {:.2f}  {:8.1f} s  {}".format(k, sec, label))
    if not above:
        print("  none")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[500, 1000, 2000])
    ap.add_argument("--folder", default="/tmp/eco_restore_chain")
    ap.add_argument("--limit", type=float, default=1.1, help="time exponent above which a step is flagged")
    ap.add_argument("--keep", action="store_true", help="keep the demo outputs")
    ap.add_argument("--tables", nargs="+", help="print the table from these timings_N.json files only")
    args = ap.parse_args()
    if args.tables:
        runs = []
        for path in args.tables:
            with open(path, encoding="utf-8") as f:
                runs.append(json.load(f))
    else:
        os.makedirs(args.folder, exist_ok=True)
        runs = [run_size(n, args.folder, args.keep) for n in args.sizes]
    print_table(runs, args.limit)


if __name__ == "__main__":
    main()
