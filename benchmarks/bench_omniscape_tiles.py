"""Omniscape by independent tiles on Dask (issue 20; on demand): one process vs 1 and 2 workers.

    .venv/bin/python benchmarks/bench_omniscape_tiles.py [--size 2000] [--radius 15] [--block 9] [--chunk 512]

A synthetic landscape of size × size 30 m cells (smooth resistance 1-100 from filtered noise, with
impassable roads and a nodata corner; sources = 1 / resistance where resistance < 50) is run:
1. whole, in this process (``core.omniscape.omniscape``, what the Processing algorithm does);
2. by tiles of ``--chunk`` cells, each with ``tile_margin`` cells around it, on a LocalCluster of 1 and then
   2 single-thread workers (``batch.tiled_tasks.run_tile_tasks``, what the batch runner and the QGIS Dask
   setting do).
Prints seconds, targets per second, the extra targets the tiles repeat, the speed-up of 2 workers over 1,
and the largest difference between the tiled and the whole result (0: they are equal bit for bit).
There is no peer in this run: Omniscape.jl (Julia) is not installed here; the method is checked against its
outputs in tests/core/test_omniscape.py.
"""
import argparse
import os
import sys
import tempfile
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from peak_memory import PeakMemory  # noqa: E402  (benchmarks/, the script's folder)

from eco_restore_plugin.batch import tiled, tiled_tasks  # noqa: E402
from eco_restore_plugin.core import omniscape  # noqa: E402

CELL = 30.0


def landscape(n, seed=7):
    from scipy import ndimage
    rng = np.random.default_rng(seed)
    noise = ndimage.gaussian_filter(rng.random((n, n)), 12)
    res = 1.0 + 99.0 * (noise - noise.min()) / (noise.max() - noise.min())
    res[n // 3, :] = np.nan                     # a motorway, impassable, with two crossings
    res[n // 3, n // 4] = res[n // 3, 3 * n // 4] = 5.0
    res[:, 2 * n // 3] = np.where(np.arange(n) % 97 == 0, 5.0, np.nan)   # a fenced railway
    res[: n // 10, : n // 10] = np.nan          # nodata corner
    return res


def write(path, arr):
    from osgeo import gdal, osr
    ds = gdal.GetDriverByName("GTiff").Create(path, arr.shape[1], arr.shape[0], 1, gdal.GDT_Float64,
                                              ["TILED=YES"])
    ds.SetGeoTransform((400000.0, CELL, 0, 2800000.0, 0, -CELL))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4547)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).SetNoDataValue(-9999.0)
    ds.GetRasterBand(1).WriteArray(np.where(np.isnan(arr), -9999.0, arr))
    ds = None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=2000)
    ap.add_argument("--radius", type=int, default=15)
    ap.add_argument("--block", type=int, default=9)
    ap.add_argument("--chunk", type=int, default=512)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()

    res = landscape(args.size)
    src = np.where(res < 50, 1.0 / res, 0.0)
    options = dict(radius=args.radius, block_size=args.block, source_threshold=0.0, correct_artifacts=True,
                   solver="auto")
    folder = tempfile.mkdtemp(prefix="omni_bench_")
    rp, sp = os.path.join(folder, "resistance.tif"), os.path.join(folder, "source.tif")
    write(rp, res)
    write(sp, src)
    margin = omniscape.tile_margin(args.radius, block_size=args.block)
    print("{0} x {0} cells, radius {1}, block {2}, chunks {3} with a margin of {4}".format(
        args.size, args.radius, args.block, args.chunk, margin), flush=True)
    with PeakMemory(interval=0.5) as mem:
        t0 = time.time()
        whole = omniscape.omniscape(res, source_strength=src, **options)
        t_whole = time.time() - t0
    print("  one process, whole grid: {:.1f} s, {} targets ({:.0f}/s), peak {:.2f} GB".format(
        t_whole, whole.n_targets, whole.n_targets / t_whole, mem.peak / 1e9), flush=True)
    times = {}
    for w in args.workers:
        client = tiled.local_client(w, "4GB")              # as the batch runner starts it
        cluster = client.cluster
        out = os.path.join(folder, "cum_w{}.tif".format(w))
        try:
            with PeakMemory(interval=0.5) as mem:
                t0 = time.time()
                tiled_tasks.run_tile_tasks(tiled_tasks.omniscape_tile_block, [rp, sp], [{"path": out,
                                           "dtype": "float64", "nodata": -9999.0}], margin=margin,
                                           client=client, chunk=args.chunk, progress=False, kwargs=options)
                times[w] = time.time() - t0
        finally:
            client.close()
            cluster.close()
        got = tiled.GdalSource(out)[:, :]
        exp = whole.cum_current
        same = np.array_equal(np.isnan(got), np.isnan(exp))
        diff = float(np.nanmax(np.abs(got - exp)))
        print("  {} worker(s), tiles: {:.1f} s ({:.2f}x the whole run), peak {:.2f} GB (all processes); "
              "max |tiled - whole| = {:g}, same nodata: {}".format(w, times[w], times[w] / t_whole, mem.peak / 1e9,
                                                                   diff, same), flush=True)
    if 1 in times and 2 in times:
        print("  speed-up 2 vs 1 worker: {:.2f}x; 2 workers vs one process: {:.2f}x".format(
            times[1] / times[2], t_whole / times[2]))
    for f in os.listdir(folder):
        os.remove(os.path.join(folder, f))
    os.rmdir(folder)


if __name__ == "__main__":
    main()
