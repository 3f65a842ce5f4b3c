"""Benchmark: circuit theory with COARSEN_FACTOR 1, 2, 4 on the demo's inputs, and the errors (issue 20).

    .venv/bin/python benchmarks/bench_circuit_coarsen.py [--demo /tmp/chain/size_1000] [--factors 1 2 4]
                                                        [--out /tmp/cc_bench] [--repeat 1] [--solver 0]

Runs ``ecorestore:circuitscape`` as scripts/demo_steps_pattern.py does (resistance surface, the
ecological sources as focal regions by ``source_id``, pairwise, defaults otherwise) once per factor, each
in a fresh process, and prints per factor: seconds of the algorithm, peak resident memory of that
process (ru_maxrss), of its largest forked child (RUSAGE_CHILDREN) and the sampled peak of the sum of
both (every 0.2 s), less the process's resident memory before the run. Then, against factor 1: the
relative error of the pairwise effective resistances (median, max, median signed), and of the
cumulative current map: Pearson correlation over the valid cells (and outside the sources), and in the
corridors (cells outside the sources above the 90th percentile of the full solve's map there) and in the
sources: the median and 90th percentile of the cells' relative error and the relative error of the total. Figures of a run are in docs/NUMERICS.md.
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from peak_memory import PeakMemory  # noqa: E402  (benchmarks/, the script's folder)


def one(args):
    """Run the algorithm once (in this process) and print its figures as JSON."""
    import psutil
    from eco_restore_plugin import headless
    session = headless.start()
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    f = args.one
    out = os.path.join(args.out, "f{}".format(f))
    os.makedirs(out, exist_ok=True)
    params = {"RESISTANCE": os.path.join(args.demo, "rasters", "resistance.tif"),
              "FOCAL_NODES": "{}|layername=ecological_sources".format(os.path.join(args.demo, "planning.gpkg")),
              "FOCAL_ID": "source_id", "RESISTANCES": os.path.join(out, "resistances.gpkg"),
              "CURRENT": os.path.join(out, "current.tif"), "COARSEN_FACTOR": f, "SOLVER": args.solver}
    start = psutil.Process().memory_info().rss
    t0 = time.time()
    with PeakMemory(interval=0.2) as pm:
        processing.run("ecorestore:circuitscape", params, context=QgsProcessingContext(),
                       feedback=QgsProcessingFeedback())
    dt = time.time() - t0
    mib = 1.0 / 1048576.0
    print(json.dumps({"factor": f, "seconds": dt, "start_mib": start * mib, "sum_peak_mib": pm.peak * mib,
                      "own_peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0,
                      "child_peak_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0}))
    session.stop()


def _table(path):
    from osgeo import ogr
    ds = ogr.Open(path)
    lyr = ds.GetLayer(0)
    return {(f.GetField("from_id"), f.GetField("to_id")): f.GetField("resistance") for f in lyr}


def _raster(path):
    from osgeo import gdal
    ds = gdal.Open(path)
    b = ds.GetRasterBand(1)
    a = b.ReadAsArray().astype(np.float64)
    nd = b.GetNoDataValue()
    if nd is not None:
        a[a == nd] = np.nan
    return a


def _sources_mask(args, like):
    """Cells of the ecological sources (cell centre in a polygon), on the resistance grid."""
    from osgeo import gdal, ogr
    ref = gdal.Open(os.path.join(args.demo, "rasters", "resistance.tif"))
    mem = gdal.GetDriverByName("MEM").Create("", ref.RasterXSize, ref.RasterYSize, 1, gdal.GDT_Byte)
    mem.SetGeoTransform(ref.GetGeoTransform())
    mem.SetProjection(ref.GetProjection())
    ds = ogr.Open(os.path.join(args.demo, "planning.gpkg"))
    gdal.RasterizeLayer(mem, [1], ds.GetLayerByName("ecological_sources"), burn_values=[1])
    return mem.GetRasterBand(1).ReadAsArray().astype(bool)


def _block_mean(a, f):
    """Mean of the finite cells of each f x f block (NaN for a block without one)."""
    R, C = -(-a.shape[0] // f), -(-a.shape[1] // f)
    p = np.full((R * f, C * f), np.nan)
    p[:a.shape[0], :a.shape[1]] = a
    b = p.reshape(R, f, C, f)
    n = np.isfinite(b).sum(axis=(1, 3))
    with np.errstate(invalid="ignore"):
        return np.nansum(b, axis=(1, 3)) / np.where(n > 0, n, np.nan)


def compare(args, factors):
    base = os.path.join(args.out, "f1")
    r1, c1 = _table(os.path.join(base, "resistances.gpkg")), _raster(os.path.join(base, "current.tif"))
    src = _sources_mask(args, c1)
    valid = np.isfinite(c1)
    # the sources hold (pairs they are in) x 1 A on every cell: the top 18 % of the demo's map. The corridors
    # are the cells above the 90th percentile of the map outside the sources.
    p90 = np.percentile(c1[valid & ~src], 90)
    out = {}
    for f in factors:
        if f == 1:
            continue
        d = os.path.join(args.out, "f{}".format(f))
        rf, cf = _table(os.path.join(d, "resistances.gpkg")), _raster(os.path.join(d, "current.tif"))
        pairs = sorted(k for k in r1 if k in rf and r1[k] and rf[k])
        rel = np.array([(rf[k] - r1[k]) / r1[k] for k in pairs])
        both = valid & np.isfinite(cf)
        corr = float(np.corrcoef(c1[both], cf[both])[0, 1])
        corr_out = float(np.corrcoef(c1[both & ~src], cf[both & ~src])[0, 1])
        row = {"pairs": len(pairs), "pairs_full": len(r1), "r_median": float(np.median(np.abs(rel))),
               "r_max": float(np.abs(rel).max()), "r_median_signed": float(np.median(rel)), "corr": corr,
               "corr_outside_sources": corr_out}
        for name, sel in (("corridors", both & ~src & (c1 > p90)), ("sources", both & src)):
            e = np.abs(cf[sel] - c1[sel]) / c1[sel]
            row[name] = {"cells": int(sel.sum()), "median_rel": float(np.median(e)),
                         "p90_rel": float(np.percentile(e, 90)),
                         "total_rel": float((cf[sel].sum() - c1[sel].sum()) / c1[sel].sum()),
                         "corr": float(np.corrcoef(c1[sel], cf[sel])[0, 1])}
        # the same at the block level (mean over a block's valid cells, blocks without source cells): the
        # error of the coarse solve without the spreading of a block's current over its cells
        b1, bf, bsrc = _block_mean(c1, f), _block_mean(cf, f), _block_mean(src.astype(float), f) > 0
        ok = np.isfinite(b1) & np.isfinite(bf) & ~bsrc
        sel = ok & (b1 > np.percentile(b1[ok], 90))
        e = np.abs(bf[sel] - b1[sel]) / b1[sel]
        row["blocks"] = {"corr": float(np.corrcoef(b1[ok], bf[ok])[0, 1]), "corridor_blocks": int(sel.sum()),
                         "median_rel": float(np.median(e)), "p90_rel": float(np.percentile(e, 90)),
                         "total_rel": float((bf[sel].sum() - b1[sel].sum()) / b1[sel].sum())}
        out[f] = row
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--demo", default="/tmp/chain/size_1000")
    ap.add_argument("--factors", type=int, nargs="+", default=[1, 2, 4])
    ap.add_argument("--out", default="/tmp/cc_bench")
    ap.add_argument("--repeat", type=int, default=1, help="runs per factor (best time reported)")
    ap.add_argument("--solver", type=int, default=0, help="SOLVER: 0 automatic (the demo's), 1 AMG-CG, 2 direct")
    ap.add_argument("--skip-full", action="store_true", help="no factor-1 run and no errors (time and memory only)")
    ap.add_argument("--compare-only", action="store_true", help="compare the outputs of an earlier run")
    ap.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one is not None:
        return one(args)
    factors = sorted(set(args.factors) | ({1} if not args.skip_full else set()))
    runs = {}
    for _ in range(args.repeat if not args.compare_only else 0):
        for f in factors:
            cmd = [sys.executable, os.path.abspath(__file__), "--one", str(f), "--demo", args.demo,
                   "--out", args.out, "--solver", str(args.solver)]
            res = subprocess.run(cmd, capture_output=True, text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
            line = [ln for ln in res.stdout.splitlines() if ln.startswith("{")]
            if res.returncode or not line:
                print(res.stdout[-2000:], res.stderr[-2000:])
                raise SystemExit("factor {} failed".format(f))
            fig = json.loads(line[-1])
            print("factor {factor}: {seconds:.1f} s, peak (process + children, sampled) {sum_peak_mib:.0f} MiB "
                  "(start {start_mib:.0f}), own {own_peak_mib:.0f} MiB, largest child {child_peak_mib:.0f} MiB"
                  .format(**fig), flush=True)
            if f not in runs or fig["seconds"] < runs[f]["seconds"]:
                runs[f] = fig
    errors = compare(args, factors) if not args.skip_full else {}
    print("load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    print(json.dumps({"runs": runs, "errors": errors}, indent=1))
    json.dump({"runs": runs, "errors": errors}, open(os.path.join(args.out, "coarsen.json"), "w"), indent=1)


if __name__ == "__main__":
    main()
