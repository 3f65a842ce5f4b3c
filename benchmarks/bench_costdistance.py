"""Benchmark: core.costdistance.cost_distance vs GRASS GIS r.cost (time, peak memory, agreement).

Run on demand (not part of the test suite):

    .venv/bin/python benchmarks/bench_costdistance.py [--size 4000] [--sources 20] [--knight]

A random smooth cost surface (1-100, Gaussian-filtered noise) and random start cells; the surface
is written as a GeoTIFF (osgeo.gdal: benchmarks may use it, the core may not), imported into a
temporary GRASS location and r.cost is timed with /usr/bin/time -v (import/export not timed).
Ours runs in a child Python process, also under /usr/bin/time -v, so both peak memories are the
maximum resident set size of a fresh process. Values are compared in r.cost's cell units.
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
res = cd.cost_distance(cost, src, knight={knight}, cellsize=({res}, {res}), units="cell")
t1 = time.perf_counter()
np.save("ours.npy", res.cost)
np.save("ours_alloc.npy", res.allocation)
print(json.dumps({{"seconds": t1 - t0}}))
"""

GRASS = """set -e
r.in.gdal -o input=cost.tif output=cost --q
g.region raster=cost
/usr/bin/time -v r.cost {flags} input=cost output=cum start_coordinates={coords} --q 2> time_cum.txt
/usr/bin/time -v r.cost {flags} input=cost output=cum2 nearest=near outdir=dir start_coordinates={coords} --q 2> time_all.txt
r.out.gdal -c input=cum output=grass_cum.tif type=Float64 format=GTiff --q
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
    args = ap.parse_args()
    from osgeo import gdal
    from scipy import ndimage

    n, res = args.size, 30.0
    rng = np.random.default_rng(args.seed)
    z = ndimage.gaussian_filter(rng.random((n, n)), 8)
    cost = 1 + 99 * (z - z.min()) / (z.max() - z.min())
    rc = rng.integers(0, n, size=(args.sources, 2))
    tmp = tempfile.mkdtemp(prefix="bench_cd_")
    try:
        np.save(os.path.join(tmp, "cost.npy"), cost)
        np.save(os.path.join(tmp, "starts.npy"), rc)
        ds = gdal.GetDriverByName("GTiff").Create(os.path.join(tmp, "cost.tif"), n, n, 1,
                                                  gdal.GDT_Float64)
        ds.SetGeoTransform((0, res, 0, n * res, 0, -res))
        ds.GetRasterBand(1).WriteArray(cost)
        ds = None
        coords = ",".join("{},{}".format((c + 0.5) * res, (n - r - 0.5) * res) for r, c in rc)

        with open(os.path.join(tmp, "ours.py"), "w") as f:
            f.write(OURS.format(root=ROOT, knight=args.knight, res=res))
        out = subprocess.run(["/usr/bin/time", "-v", sys.executable, "ours.py"], cwd=tmp,
                             capture_output=True, text=True)
        if out.returncode:
            sys.exit(out.stderr)
        open(os.path.join(tmp, "time_ours.txt"), "w").write(out.stderr)
        ours_secs = json.loads(out.stdout.strip().splitlines()[-1])["seconds"]
        ours_wall, ours_rss = parse_time(os.path.join(tmp, "time_ours.txt"))

        have_grass = shutil.which("grass") is not None
        if have_grass:
            with open(os.path.join(tmp, "g.sh"), "w") as f:
                f.write(GRASS.format(flags="-k" if args.knight else "", coords=coords))
            g = subprocess.run(["grass", "--tmp-location", "XY", "--exec", "bash", "g.sh"], cwd=tmp,
                               capture_output=True, text=True)
            if g.returncode:
                sys.exit(g.stderr)
            g_secs, g_rss = parse_time(os.path.join(tmp, "time_cum.txt"))
            ga_secs, ga_rss = parse_time(os.path.join(tmp, "time_all.txt"))
            gcum = gdal.Open(os.path.join(tmp, "grass_cum.tif")).ReadAsArray()
            ours = np.load(os.path.join(tmp, "ours.npy"))
            rel = np.nanmax(np.abs(ours - gcum) / np.maximum(np.abs(gcum), 1e-12))

        print("raster {0}x{0}, {1} sources, {2} neighbours".format(n, args.sources,
                                                                   16 if args.knight else 8))
        print("ours  cost_distance (cost+allocation+backlink): {:.2f} s in call, {:.2f} s process, "
              "peak RSS {:.0f} MB".format(ours_secs, ours_wall, ours_rss))
        if have_grass:
            print("GRASS r.cost output only:                {:.2f} s, peak RSS {:.0f} MB".format(g_secs, g_rss))
            print("GRASS r.cost + nearest + outdir:         {:.2f} s, peak RSS {:.0f} MB".format(ga_secs, ga_rss))
            print("ratio ours(call)/r.cost(output only) = {:.2f}; ours(call)/r.cost(all outputs) = {:.2f}".format(
                ours_secs / g_secs, ours_secs / ga_secs))
            print("max relative difference vs r.cost: {:.2e}".format(rel))
        else:
            print("GRASS not on PATH: no comparison")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
