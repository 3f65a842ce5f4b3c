"""A synthetic province out of core on Dask: per-cell, focal and grading steps with 1 and 2 workers (on demand).

    .venv/bin/python benchmarks/bench_province.py [--size 20000] [--workers 1 2] [--folder /tmp/province]
        [--habitat] [--no-focal] [--keep]

1. Generates a province of size × size 30 m cells tile by tile (never whole in memory) into tiled
   GeoTIFFs: land use (三调 codes, int16), annual precipitation and ET (float32, mm), smooth regional
   gradients plus per-tile noise, deterministic.
2. For each worker count, on a LocalCluster of that many single-thread worker processes:
   water conservation (per cell, ``tiled.water_balance_block``), Shannon diversity in a 5-cell moving
   window (focal, halo 5, ``tiled.moving_window_block``), cumulative-share importance grading of the
   water conservation (three reduction passes + a per-chunk classification); with ``--habitat``, InVEST
   habitat quality with the default threats (``tiled_tasks.habitat_quality_tiled``: D per tile with a
   267-cell margin, k by reduction, Q per chunk) and, up to 8000², the same model on the whole raster in
   this process for comparison (time, peak, equality of Q).
3. Prints, per step: seconds, Mcells/s, per-chunk cost (s per 1024² chunk and worker), and the peak
   resident memory of this process plus all workers (sampled every 0.5 s), and the speed-up 2 vs 1.
Figures of a run are in docs/BATCH.md.
"""
import argparse
import json
import os
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from peak_memory import PeakMemory  # noqa: E402  (benchmarks/, the script's folder)

from eco_restore_plugin.batch import tiled, tiled_tasks  # noqa: E402
from eco_restore_plugin.core import tables  # noqa: E402

CELL = 30.0
TILE_GEN = 2048
CODES = np.array([301, 301, 301, 305, 404, 103, 101, 201, 701, 1101], np.int16)


def _create(path, n, gtype, nodata):
    from osgeo import gdal, osr
    ds = gdal.GetDriverByName("GTiff").Create(path, n, n, 1, gtype, ["TILED=YES", "BIGTIFF=YES",
                                                                      "COMPRESS=LZW"])
    ds.SetGeoTransform((400000.0, CELL, 0, 2800000.0, 0, -CELL))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4547)                  # CGCS2000 / 3-degree GK CM 114E (Guangdong)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).SetNoDataValue(nodata)
    return ds


def generate(folder, n):
    """Land use, P and ET of an n × n province, written tile by tile; returns the three paths."""
    from osgeo import gdal
    os.makedirs(folder, exist_ok=True)
    paths = [os.path.join(folder, f) for f in ("landuse.tif", "precip.tif", "et.tif")]
    if all(os.path.exists(p) for p in paths) and gdal.Open(paths[0]).RasterXSize == n:
        return paths
    lu = _create(paths[0], n, gdal.GDT_Int16, 0)
    pr = _create(paths[1], n, gdal.GDT_Float32, -9999.0)
    et = _create(paths[2], n, gdal.GDT_Float32, -9999.0)
    for r0 in range(0, n, TILE_GEN):
        for c0 in range(0, n, TILE_GEN):
            h, w = min(TILE_GEN, n - r0), min(TILE_GEN, n - c0)
            rng = np.random.default_rng((r0 // TILE_GEN) * 100003 + c0 // TILE_GEN)
            yy, xx = np.mgrid[r0:r0 + h, c0:c0 + w].astype(np.float32) / n
            # land use: 64-cell patches of random classes, more cropland and built land in the south
            coarse = rng.integers(0, len(CODES), (h // 64 + 2, w // 64 + 2))
            south = rng.random(coarse.shape) < 0.3 * (r0 / n)
            coarse[south] = 6
            cls = np.kron(coarse, np.ones((64, 64), np.int64))[:h, :w]
            cls = np.where(rng.random((h, w)) < 0.05, rng.integers(0, len(CODES), (h, w)), cls)
            landuse = CODES[cls]
            landuse[(xx - 0.9) ** 2 + (yy - 0.9) ** 2 < 0.01] = 0          # sea corner: nodata
            p = (1400 + 900 * yy + 150 * np.sin(12 * xx) + rng.normal(0, 20, (h, w))).astype(np.float32)
            e = (700 + 300 * yy + 80 * np.cos(9 * yy + 3 * xx) + rng.normal(0, 15, (h, w))).astype(np.float32)
            lu.GetRasterBand(1).WriteArray(landuse, c0, r0)
            pr.GetRasterBand(1).WriteArray(p, c0, r0)
            et.GetRasterBand(1).WriteArray(e, c0, r0)
        print("  generated rows {}-{}".format(r0, min(n, r0 + TILE_GEN)), flush=True)
    lu = pr = et = None
    return paths


def _threats():
    """The plugin's default threat table (3-8 km at 30 m: a margin of 267 cells) with its 三调 source classes."""
    return [dict(t, name=name, codes=list(tables.THREAT_SOURCES_3DIAO[name]))
            for name, t in tables.THREATS_DEFAULT.items()]


def one_process_habitat(paths, folder):
    """The peer of the habitat step: ``core.habitat.habitat_quality_model`` on the whole raster in this process
    (as the Processing adapter runs it); returns (seconds, peak GB, max |Q − Q of the 1-worker run|)."""
    from osgeo import gdal
    from eco_restore_plugin.core import habitat
    with PeakMemory(interval=0.5) as mem:
        t0 = time.time()
        lu = tiled.GdalSource(paths[0])[:, :]
        threats = [dict(t, raster=np.isin(lu, t["codes"]).astype(np.float32)) for t in _threats()]
        q = habitat.habitat_quality_model(lu, threats, sensitivity=tables.HABITAT_SENSITIVITY_3DIAO,
                                          cellsize=CELL, method="distance")[1].astype(np.float32)
        dt = time.time() - t0
    other = gdal.Open(os.path.join(folder, "habitat_w1.tif")).ReadAsArray().astype(np.float32)
    other[other == -9999.0] = np.nan
    return dt, mem.peak / 1e9, float(np.nanmax(np.abs(q - other))), bool(np.array_equal(q, other, equal_nan=True))


def run(paths, folder, workers, chunk, habitat=False, habitat_chunk=None, focal=True):
    client = tiled.local_client(workers, "3GB")          # as the batch runner starts it
    cluster = client.cluster
    n = tiled.GridInfo.of(paths[0]).width
    nchunks = (-(-n // chunk)) ** 2
    rows = {}
    try:
        tiled.check_worker_paths(client, paths)
        steps = [
            ("per-cell: water conservation", lambda: tiled.run_blocks(
                tiled.water_balance_block, paths, os.path.join(folder, "water_w{}.tif".format(workers)),
                client=client, chunk=chunk, progress=False)),
            ("focal: SHDI, 5-cell window", lambda: tiled.run_blocks(
                tiled.moving_window_block, paths[:1], os.path.join(folder, "shdi_w{}.tif".format(workers)),
                halo=5, client=client, chunk=chunk, progress=False,
                kwargs={"metric": "SHDI", "radius": 5, "cell_size": CELL})),
            ("grading: cumulative share", lambda: tiled.cumulative_grade_tiled(
                os.path.join(folder, "water_w{}.tif".format(workers)),
                os.path.join(folder, "grade_w{}.tif".format(workers)), client=client, chunk=chunk,
                progress=False)),
        ]
        if not focal:
            steps = [s for s in steps if not s[0].startswith("focal")]
        if habitat:
            steps.append(("focal: habitat quality", lambda: tiled_tasks.habitat_quality_tiled(
                paths[0], None, os.path.join(folder, "habitat_w{}.tif".format(workers)), threats=_threats(),
                sensitivity=tables.HABITAT_SENSITIVITY_3DIAO, method="distance", client=client,
                chunk=habitat_chunk or chunk,
                progress=False)))
        for name, fn in steps:
            with PeakMemory(interval=0.5) as mem:
                t0 = time.time()
                fn()
                dt = time.time() - t0
            rows[name] = {"seconds": round(dt, 1), "mcells_per_s": round(n * n / dt / 1e6, 2),
                          "s_per_chunk_worker": round(dt * workers / nchunks, 3),
                          "peak_gb": round(mem.peak / 1e9, 2)}
            print("  {} workers | {:30} {:8.1f} s {:7.2f} Mcells/s {:6.3f} s/chunk/worker peak {:5.2f} GB".format(
                workers, name, dt, n * n / dt / 1e6, dt * workers / nchunks, mem.peak / 1e9), flush=True)
    finally:
        client.close()
        cluster.close()
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=20000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--chunk", type=int, default=1024)
    ap.add_argument("--folder", default="/tmp/eco_restore_province")
    ap.add_argument("--keep", action="store_true", help="keep the generated rasters")
    ap.add_argument("--habitat", action="store_true",
                    help="also habitat quality (default threats: 5 distance transforms per tile, margin 267 cells)")
    ap.add_argument("--habitat-chunk", type=int, default=None, help="tile side of habitat quality (default --chunk)")
    ap.add_argument("--no-focal", action="store_true", help="skip the SHDI moving window (the longest step)")
    args = ap.parse_args()
    t0 = time.time()
    print("Generating a {0} x {0} province ({1:.0f} M cells) in {2}".format(args.size, args.size ** 2 / 1e6,
                                                                           args.folder), flush=True)
    with PeakMemory(interval=0.5) as mem:
        paths = generate(args.folder, args.size)
    print("  generation {:.0f} s, peak {:.2f} GB".format(time.time() - t0, mem.peak / 1e9), flush=True)
    result = {"size": args.size, "chunk": args.chunk, "runs": {}}
    for w in args.workers:
        result["runs"][w] = run(paths, args.folder, w, args.chunk, args.habitat, args.habitat_chunk,
                                 focal=not args.no_focal)
    if args.habitat and 1 in result["runs"] and args.size <= 8000:
        dt, peak, diff, equal = one_process_habitat(paths, args.folder)
        result["habitat_one_process"] = {"seconds": round(dt, 1), "peak_gb": round(peak, 2), "max_abs_diff": diff,
                                         "identical": equal}
        print("  habitat quality in one process (whole raster): {:.1f} s, peak {:.2f} GB; 1 worker / one process "
              "{:.2f}; max |Q difference| {:.3g} (identical: {})".format(
                  dt, peak, result["runs"][1]["focal: habitat quality"]["seconds"] / dt, diff, equal))
    if 1 in result["runs"] and 2 in result["runs"]:
        for name in result["runs"][1]:
            print("  speed-up 2 vs 1 worker, {}: {:.2f}x".format(
                name, result["runs"][1][name]["seconds"] / result["runs"][2][name]["seconds"]))
    print(json.dumps(result, indent=1))
    if not args.keep:
        for f in os.listdir(args.folder):
            os.remove(os.path.join(args.folder, f))


if __name__ == "__main__":
    main()
