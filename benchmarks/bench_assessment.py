"""Speed and peak memory of the ecosystem-assessment core on a large grid (on demand).

    .venv/bin/python benchmarks/bench_assessment.py [--size 5000] [--only NAME]

Each case runs in its own interpreter so that the peak resident memory (resource.getrusage
ru_maxrss of that process, input generation included) belongs to that case alone. Inputs are
synthetic and deterministic (seed 0); 30 m cells.
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

CELL = 30.0


def _landcover(n, rng):
    """Blocky land cover of 三调 classes: forest, shrub, grass, cropland, urban, rural, road."""
    coarse = rng.choice([301, 301, 301, 305, 404, 103, 101, 701, 702],
                        size=(n // 50 + 1, n // 50 + 1))
    lc = np.kron(coarse, np.ones((50, 50), np.int32))[:n, :n].astype(np.int32)
    lc[::500, :] = 1003                                        # roads every 15 km
    return lc


def _dem(n):
    y, x = np.mgrid[0:n, 0:n].astype(np.float64)
    return 300 + 200 * np.sin(x / 300.0) * np.cos(y / 450.0) + 0.05 * (x + y)


def case_water_balance(n):
    from eco_restore_plugin.core import services
    rng = np.random.default_rng(0)
    lc = _landcover(n, rng)
    p = rng.uniform(1500, 2200, (n, n)).astype(np.float32)
    et = rng.uniform(800, 1200, (n, n)).astype(np.float32)
    t = time.perf_counter()
    wr = services.water_balance(p, et, landcover=lc, cell_area_km2=CELL * CELL / 1e6)
    total = float(np.nansum(wr))
    return time.perf_counter() - t, {"total_m3": total}


def case_rusle(n):
    from eco_restore_plugin.core import services
    rng = np.random.default_rng(0)
    lc = _landcover(n, rng)
    dem = _dem(n)
    acc = rng.integers(1, 200, (n, n)).astype(np.float32)     # flow accumulation is an input
    r = rng.uniform(4000, 9000, (n, n)).astype(np.float32)
    k = rng.uniform(0.2, 0.4, (n, n)).astype(np.float32)
    fvc = rng.uniform(0, 1, (n, n)).astype(np.float32)
    t = time.perf_counter()
    ls, slope = services.ls_factor(dem, acc, CELL)
    del slope
    c = services.c_factor_from_fvc(fvc)
    p = services.p_factor_from_landcover(lc)
    res = services.rusle(r, k, ls, c, p)
    total = float(np.nansum(res.conserved))
    return time.perf_counter() - t, {"conserved_sum": total}


def case_habitat(n):
    from eco_restore_plugin.core import habitat, tables
    rng = np.random.default_rng(0)
    lc = _landcover(n, rng)
    src = habitat.threat_rasters_from_landcover(
        lc, sources={k: tables.THREAT_SOURCES_3DIAO[k] for k in ("cropland", "urban", "road")})
    t = time.perf_counter()
    d, q, kk = habitat.habitat_quality_model(lc, src, cellsize=CELL, dtype=np.float32)
    return time.perf_counter() - t, {"k": kk, "q_mean": float(np.nanmean(q)),
                                     "threats_max_distance_m": [
                                         tables.THREATS_DEFAULT[x]["max_distance"]
                                         for x in ("cropland", "urban", "road")]}


def case_grading(n):
    from eco_restore_plugin.core import grading
    rng = np.random.default_rng(0)
    v = rng.lognormal(2.0, 1.0, (n, n)).astype(np.float32)
    v[:, : n // 20] = np.nan
    t = time.perf_counter()
    th = grading.cumulative_thresholds(v)
    g = grading.classify_by_thresholds(v, th)
    t_exact = time.perf_counter() - t
    t2 = time.perf_counter()
    hist = grading.CumulativeHistogram(float(np.nanmin(v)), float(np.nanmax(v)))
    blocks = np.array_split(np.arange(n), 20)
    for rows in blocks:
        hist.add(v[rows[0]:rows[-1] + 1])
    th2 = hist.thresholds()
    for rows in blocks:
        grading.classify_by_thresholds(v[rows[0]:rows[-1] + 1], th2)
    t_blocks = time.perf_counter() - t2
    t3 = time.perf_counter()
    cleaned = grading.remove_small_fragments(g[:2000, :2000], min_cells=10)
    t_frag = time.perf_counter() - t3
    return t_exact, {"blockwise_two_pass_s": round(t_blocks, 2),
                     "fragments_2000x2000_s": round(t_frag, 2),
                     "share_grade3": float((g == 3).mean()), "cleaned_grade3": float(
                         (cleaned == 3).mean())}


def case_habitat_distance(n):
    """InVEST 3.13+ convention (nearest threat source, Euclidean distance transform)."""
    from eco_restore_plugin.core import habitat, tables
    rng = np.random.default_rng(0)
    lc = _landcover(n, rng)
    src = habitat.threat_rasters_from_landcover(
        lc, sources={k: tables.THREAT_SOURCES_3DIAO[k] for k in ("cropland", "urban", "road")})
    t = time.perf_counter()
    d, q, kk = habitat.habitat_quality_model(lc, src, cellsize=CELL, dtype=np.float32, method=habitat.DISTANCE)
    return time.perf_counter() - t, {"k": kk, "q_mean": float(np.nanmean(q))}


def _write_blocks(path, n, func, dtype="float32", nodata=-9999.0, rows=500):
    """A synthetic GeoTIFF (EPSG:4546, 30 m) written by row blocks: ``func(row0, nrows)``."""
    from osgeo import gdal, osr
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4546)
    gdt = {"float32": gdal.GDT_Float32, "uint8": gdal.GDT_Byte}[dtype]
    ds = gdal.GetDriverByName("GTiff").Create(path, n, n, 1, gdt, ["TILED=YES", "COMPRESS=DEFLATE", "BIGTIFF=YES"])
    ds.SetGeoTransform((400000.0, CELL, 0.0, 2300000.0, 0.0, -CELL))
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(nodata)
    for r0 in range(0, n, rows):
        band.WriteArray(func(r0, min(rows, n - r0)).astype(dtype), 0, r0)
    ds = None
    return path


def case_vulnerability_adapters(n):
    """The block-wise rocky-desertification (5 levels) and coastal-erosion adapters through
    processing.run on n x n GeoTIFFs (inputs written by blocks, so the peak RSS is the adapters')."""
    import tempfile
    from eco_restore_plugin import headless
    session = headless.start()
    import processing
    tmp = tempfile.mkdtemp(prefix="bench_vuln_")

    def rnd(scale, seed):
        return lambda r0, k: np.random.default_rng(seed + r0).random((k, n)) * scale

    def dem(r0, k):
        y, x = np.mgrid[r0:r0 + k, 0:n].astype(np.float64)
        return 300 + 200 * np.sin(x / 300.0) * np.cos(y / 450.0) + 0.05 * (x + y)

    w = lambda name, f, **kw: _write_blocks(os.path.join(tmp, name + ".tif"), n, f, **kw)
    p = dict(LEVELS=1, OUTCROP=w("outcrop", rnd(100, 1)), DEM=w("dem", dem), FVC=w("fvc", rnd(1, 2)),
             INDEX=os.path.join(tmp, "ri.tif"), GRADE=os.path.join(tmp, "rg.tif"))
    c = dict(LEVELS=0, SHORE_TYPE=w("shore", lambda r0, k: 1 + np.floor(rnd(5, 3)(r0, k)), dtype="uint8", nodata=0),
             STORM_SURGE=w("surge", rnd(4, 4)), WAVE_HEIGHT=w("wave", rnd(1.5, 5)), EROSION_RATE=w("rate", rnd(10, 6)),
             INDEX=os.path.join(tmp, "ci.tif"), GRADE=os.path.join(tmp, "cg.tif"))
    t = time.perf_counter()
    processing.run("ecorestore:vulnerabilityrockydesertification", p)
    t_rocky = time.perf_counter() - t
    t2 = time.perf_counter()
    processing.run("ecorestore:vulnerabilitycoastalerosion", c)
    t_coast = time.perf_counter() - t2
    import shutil
    shutil.rmtree(tmp, ignore_errors=True)
    session.stop()
    return t_rocky + t_coast, {"rocky_5_levels_s": round(t_rocky, 1), "coastal_3_levels_s": round(t_coast, 1)}


CASES = {"water_balance": case_water_balance, "rusle_ls": case_rusle,
         "habitat_quality_3_threats": case_habitat, "grading_cumulative": case_grading,
         "habitat_quality_distance": case_habitat_distance, "vulnerability_adapters": case_vulnerability_adapters}


def run_one(name, n):
    seconds, extra = CASES[name](n)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print(json.dumps({"case": name, "size": n, "seconds": round(seconds, 2),
                      "peak_mb": round(peak_mb), **extra}))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=5000)
    ap.add_argument("--only")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        run_one(args.only, args.size)
        return
    names = [args.only] if args.only else list(CASES)
    for name in names:
        out = subprocess.run([sys.executable, os.path.abspath(__file__), "--child", "--only", name,
                              "--size", str(args.size)], capture_output=True, text=True)
        sys.stdout.write(out.stdout)
        if out.returncode:
            sys.stdout.write("{} failed:\n{}\n".format(name, out.stderr[-2000:]))


if __name__ == "__main__":
    main()
