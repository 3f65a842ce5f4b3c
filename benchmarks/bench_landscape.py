"""Benchmark: FRAGSTATS landscape metrics, Eco-Restore core vs pylandstats (on demand).

    python benchmarks/bench_landscape.py [--size 4000] [--classes 6] [--sigma 12]
        [--no-enn] [--repeat 3] [--seed 1]

Builds a categorical raster (Gaussian-smoothed white noise classified into equal-frequency
classes), computes the same landscape-level metrics with ``eco_restore_plugin.core.landscape``
and with pylandstats in the same run (each side ``--repeat`` times, alternating; best of the
repeats), and prints both times (wall and CPU: the CPU time is less disturbed by other jobs on a
shared machine), their ratios and the largest relative difference of the values.
Ours is timed twice: the full call (every class and landscape metric, core area, GYRATE and
CIRCLE included) and ``core=False`` (no GYRATE / CIRCLE / core area, still every class metric);
pylandstats computes only the listed landscape metrics. ``--no-enn`` leaves ENN out on both sides
(pylandstats' ENN dominates its time).

pylandstats is not a plugin dependency (not in requirements.txt). Install it in a separate venv
that keeps Debian's numpy/scipy (the constraints pin numpy 1.24.2; pylandstats 3.1.0 works with it)::

    /usr/bin/python3 -m venv --system-site-packages /tmp/plsvenv
    /tmp/plsvenv/bin/pip install -c constraints.txt pylandstats
    /tmp/plsvenv/bin/python benchmarks/bench_landscape.py --no-enn --repeat 3
"""
import argparse
import os
import sys
import time

import numpy as np
from scipy import ndimage

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from eco_restore_plugin.core import landscape  # noqa: E402

# ours -> pylandstats landscape-level method
PAIRS = [
    ("TA", "total_area"), ("NP", "number_of_patches"), ("PD", "patch_density"),
    ("LPI", "largest_patch_index"), ("TE", "total_edge"), ("ED", "edge_density"),
    ("LSI", "landscape_shape_index"), ("MESH", "effective_mesh_size"),
    ("SHDI", "shannon_diversity_index"), ("CONTAG", "contagion"),
    ("AREA_MN", "area_mn"), ("AREA_SD", "area_sd"), ("AREA_CV", "area_cv"),
    ("SHAPE_MN", "shape_index_mn"), ("FRAC_MN", "fractal_dimension_mn"),
    ("PARA_MN", "perimeter_area_ratio_mn"), ("ENN_MN", "euclidean_nearest_neighbor_mn"),
]


def make_raster(size, classes, sigma, seed):
    rng = np.random.default_rng(seed)
    field = ndimage.gaussian_filter(rng.standard_normal((size, size)), sigma)
    edges = np.quantile(field, np.linspace(0, 1, classes + 1)[1:-1])
    return (np.digitize(field, edges) + 1).astype(np.uint8)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=4000)
    ap.add_argument("--classes", type=int, default=6)
    ap.add_argument("--sigma", type=float, default=12.0)
    ap.add_argument("--cell", type=float, default=30.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-enn", action="store_true", help="leave ENN_MN out (pylandstats is slow)")
    ap.add_argument("--repeat", type=int, default=1, help="runs of each side; best is reported")
    args = ap.parse_args()
    pairs = [p for p in PAIRS if not (args.no_enn and p[0] == "ENN_MN")]

    arr = make_raster(args.size, args.classes, args.sigma, args.seed)
    print("raster {0}x{0}, {1} classes, sigma {2}, cell {3} m".format(
        args.size, args.classes, args.sigma, args.cell))

    try:
        import pylandstats as pls
    except ImportError as exc:
        pls = None
        print("pylandstats not installed ({}); timing ours only".format(exc))
    t_ours = t_lean = t_pls = float("inf")
    c_ours = c_lean = c_pls = float("inf")          # CPU seconds (less sensitive to other jobs)
    df = None
    for _ in range(max(1, args.repeat)):
        t0, c0 = time.perf_counter(), time.process_time()
        ours = landscape.compute_metrics(arr, cell_size=args.cell, enn=not args.no_enn)
        t_ours = min(t_ours, time.perf_counter() - t0)
        c_ours = min(c_ours, time.process_time() - c0)
        t0, c0 = time.perf_counter(), time.process_time()
        landscape.compute_metrics(arr, cell_size=args.cell, enn=not args.no_enn, core=False)
        t_lean = min(t_lean, time.perf_counter() - t0)
        c_lean = min(c_lean, time.process_time() - c0)
        if pls is not None:
            t0, c0 = time.perf_counter(), time.process_time()
            ls = pls.Landscape(arr, res=(args.cell, args.cell), nodata=0, neighborhood_rule="8")
            df = ls.compute_landscape_metrics_df(metrics=[p for _, p in pairs])
            t_pls = min(t_pls, time.perf_counter() - t0)
            c_pls = min(c_pls, time.process_time() - c0)
    print("ours:        {:8.2f} s, CPU {:8.2f} s  ({} patches; all class + landscape metrics)".format(
        t_ours, c_ours, ours["landscape"]["NP"]))
    print("ours lean:   {:8.2f} s, CPU {:8.2f} s  (core=False: no GYRATE, CIRCLE, core area)".format(
        t_lean, c_lean))
    if pls is None:
        return
    print("pylandstats: {:8.2f} s, CPU {:8.2f} s  (pylandstats {}; listed landscape metrics only)".format(
        t_pls, c_pls, pls.__version__))
    print("best of {}; ratio ours / pylandstats: wall {:.3f} (full), {:.3f} (core=False); "
          "CPU {:.3f} (full), {:.3f} (core=False)".format(
              max(1, args.repeat), t_ours / t_pls, t_lean / t_pls, c_ours / c_pls, c_lean / c_pls))
    worst = 0.0
    print("{:10s} {:>18s} {:>18s} {:>10s}".format("metric", "ours", "pylandstats", "rel.diff"))
    for name, pname in pairs:
        a = float(ours["landscape"][name])
        b = float(df[pname].iloc[0])
        rel = abs(a - b) / abs(b) if b != 0 else abs(a - b)
        worst = max(worst, rel)
        print("{:10s} {:18.6f} {:18.6f} {:10.2e}".format(name, a, b, rel))
    print("max relative difference = {:.2e}".format(worst))


if __name__ == "__main__":
    main()
