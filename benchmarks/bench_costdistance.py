"""Benchmark: core.costdistance.cost_distance vs GRASS GIS r.cost (time, peak memory, agreement).

Run on demand (not part of the test suite):

    .venv/bin/python benchmarks/bench_costdistance.py [--size 4000] [--sources 20] [--knight]
        [--repeat 3] [--methods delta,sweep]

A terrain-like cost surface (``--surface terrain``, default: land cover x slope with the sea as
nodata, benchmarks/terrain.py) or the old smooth random noise (``--surface smooth``, 1-100, no
nodata), and random start cells on valid cells; the surface is written as a GeoTIFF (osgeo.gdal:
benchmarks may use it, the core may not), imported into a temporary GRASS location and r.cost is
timed with /usr/bin/time -v (import/export not timed).
Ours runs in a child Python process per method (``--methods``: "delta", the default solver, "sweep",
"dijkstra"), also under /usr/bin/time -v, so all peak memories are the maximum
resident set size of a fresh process. Values are compared in r.cost's cell units, and the two
methods with each other (costs exactly, allocations where the cost is not tied).
``--repeat N`` runs every method and r.cost N times, alternating, and keeps each one's best time and
its peak memory (the machine is shared: compare ratios from one run, and note the load average,
printed before and after).
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

OURS = r"""
import sys, time, json
import numpy as np
sys.path.insert(0, {root!r})
from eco_restore_plugin.core import costdistance as cd
cost = np.load("cost.npy"); rc = np.load("starts.npy")
src = np.zeros(cost.shape, np.int32)
src[rc[:, 0], rc[:, 1]] = np.arange(1, len(rc) + 1)
t0 = time.perf_counter()
res = cd.cost_distance(cost, src, knight={knight}, cellsize=({res}, {res}), units="cell",
                       method={method!r})
t1 = time.perf_counter()
np.save("ours_{method}.npy", res.cost)
np.save("ours_{method}_alloc.npy", res.allocation)
print(json.dumps({{"seconds": t1 - t0}}))
"""

GRASS = """set -e
r.in.gdal -o input=cost.tif output=cost --q
g.region raster=cost
/usr/bin/time -v r.cost {flags} input=cost output=cum start_coordinates={coords} --q 2> time_cum.txt
/usr/bin/time -v r.cost {flags} input=cost output=cum2 nearest=near outdir=dir start_coordinates={coords} --q 2> time_all.txt
r.out.gdal -c --overwrite input=cum output=grass_cum.tif type=Float64 format=GTiff --q
"""


def parse_time(path):
    text = open(path).read()
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text)
    parts = [float(p) for p in m.group(1).split(":")]
    secs = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    return secs, rss / 1024.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=4000)
    ap.add_argument("--sources", type=int, default=20)
    ap.add_argument("--knight", action="store_true")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--surface", choices=("terrain", "smooth"), default="terrain")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--methods", default="delta,sweep",
                    help="comma-separated cost_distance methods to run (the first is compared with r.cost "
                         "and, if there are two, with the second)")
    args = ap.parse_args()
    print("load average before: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    from osgeo import gdal
    from scipy import ndimage

    n, res = args.size, 30.0
    rng = np.random.default_rng(args.seed)
    if args.surface == "terrain":
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        from terrain import landcover_x_slope
        cost, _ = landcover_x_slope(n, seed=args.seed)
    else:
        z = ndimage.gaussian_filter(rng.random((n, n)), 8)
        cost = 1 + 99 * (z - z.min()) / (z.max() - z.min())
    rc = []
    while len(rc) < args.sources:
        r, c = rng.integers(0, n, 2)
        if np.isfinite(cost[r, c]):
            rc.append((int(r), int(c)))
    rc = np.array(rc)
    tmp = tempfile.mkdtemp(prefix="bench_cd_")
    try:
        np.save(os.path.join(tmp, "cost.npy"), cost)
        np.save(os.path.join(tmp, "starts.npy"), rc)
        ds = gdal.GetDriverByName("GTiff").Create(os.path.join(tmp, "cost.tif"), n, n, 1,
                                                  gdal.GDT_Float64)
        ds.SetGeoTransform((0, res, 0, n * res, 0, -res))
        ds.GetRasterBand(1).SetNoDataValue(-9999.0)
        ds.GetRasterBand(1).WriteArray(np.where(np.isfinite(cost), cost, -9999.0))
        ds = None
        coords = ",".join("{},{}".format((c + 0.5) * res, (n - r - 0.5) * res) for r, c in rc)

        methods = args.methods.split(",")
        for method in methods:
            with open(os.path.join(tmp, "ours_{}.py".format(method)), "w") as f:
                f.write(OURS.format(root=ROOT, knight=args.knight, res=res, method=method))
        have_grass = shutil.which("grass") is not None
        if have_grass:
            with open(os.path.join(tmp, "g.sh"), "w") as f:
                f.write(GRASS.format(flags="-k" if args.knight else "", coords=coords))
        ours = {}
        grass = {}
        for _ in range(args.repeat):
            for method in methods:
                out = subprocess.run(["/usr/bin/time", "-v", sys.executable, "ours_{}.py".format(method)],
                                     cwd=tmp, capture_output=True, text=True)
                if out.returncode:
                    sys.exit(out.stderr)
                tfile = os.path.join(tmp, "time_{}.txt".format(method))
                open(tfile, "w").write(out.stderr)
                secs = json.loads(out.stdout.strip().splitlines()[-1])["seconds"]
                wall, rss = parse_time(tfile)
                old = ours.get(method)
                ours[method] = (min(secs, old[0]) if old else secs, min(wall, old[1]) if old else wall,
                                max(rss, old[2]) if old else rss)
            if have_grass:
                g = subprocess.run(["grass", "--tmp-location", "XY", "--exec", "bash", "g.sh"], cwd=tmp,
                                   capture_output=True, text=True)
                if g.returncode:
                    sys.exit(g.stderr)
                for key, name in (("cum", "time_cum.txt"), ("all", "time_all.txt")):
                    secs, rss = parse_time(os.path.join(tmp, name))
                    old = grass.get(key)
                    grass[key] = (min(secs, old[0]) if old else secs, max(rss, old[1]) if old else rss)

        rel = {}
        if have_grass:
            g_secs, g_rss = grass["cum"]
            ga_secs, ga_rss = grass["all"]
            gds = gdal.Open(os.path.join(tmp, "grass_cum.tif"))
            gcum = gds.ReadAsArray().astype(np.float64)
            gnd = gds.GetRasterBand(1).GetNoDataValue()
            if gnd is not None and np.isfinite(gnd):
                gcum[gcum == gnd] = np.nan
            for method in methods:
                o = np.load(os.path.join(tmp, "ours_{}.npy".format(method)))
                rel[method] = (np.nanmax(np.abs(o - gcum) / np.maximum(np.abs(gcum), 1e-12)),
                               bool(np.array_equal(np.isnan(o), np.isnan(gcum))))

        print("raster {0}x{0} ({3}, {4:.1%} nodata), {1} sources, {2} neighbours, best of {5}".format(
            n, args.sources, 16 if args.knight else 8, args.surface, float(np.isnan(cost).mean()),
            args.repeat))
        for method in methods:
            secs, wall, rss = ours[method]
            print("ours  cost_distance method={:<9} (cost+allocation+backlink): {:.2f} s in call, "
                  "{:.2f} s process, peak RSS {:.0f} MB".format(method, secs, wall, rss))
        if len(methods) == 2:
            m0, m1 = methods
            a = np.load(os.path.join(tmp, "ours_{}.npy".format(m0)))
            b = np.load(os.path.join(tmp, "ours_{}.npy".format(m1)))
            same = np.array_equal(np.isnan(a), np.isnan(b))
            rd = np.nanmax(np.abs(a - b) / np.maximum(np.abs(b), 1e-12))
            la = np.load(os.path.join(tmp, "ours_{}_alloc.npy".format(m0)))
            lb = np.load(os.path.join(tmp, "ours_{}_alloc.npy".format(m1)))
            print("{} vs {}: same NaN cells {}, costs bit-identical {}, max relative cost difference {:.2e}, "
                  "allocation differs in {} cells".format(m0, m1, same, bool(np.array_equal(a, b, equal_nan=True)),
                                                          rd, int(np.sum(la != lb))))
            print("ratio {}/{} = {:.2f}".format(m0, m1, ours[m0][0] / ours[m1][0]))
        if have_grass:
            print("GRASS r.cost output only:                {:.2f} s, peak RSS {:.0f} MB".format(g_secs, g_rss))
            print("GRASS r.cost + nearest + outdir:         {:.2f} s, peak RSS {:.0f} MB".format(ga_secs, ga_rss))
            for method in methods:
                secs = ours[method][0]
                print("ratio {0}(call)/r.cost(output only) = {1:.2f}; {0}(call)/r.cost(all outputs) = "
                      "{2:.2f}".format(method, secs / g_secs, secs / ga_secs))
                print("ratio {0}(process)/r.cost(process, output only) = {1:.2f}; peak RSS ratio {2:.2f}".format(
                    method, ours[method][1] / g_secs, ours[method][2] / g_rss))
                print("max relative difference {} vs r.cost: {:.2e}; same nodata cells: {}".format(
                    method, *rel[method]))
        else:
            print("GRASS not on PATH: no comparison")
        print("load average after: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
