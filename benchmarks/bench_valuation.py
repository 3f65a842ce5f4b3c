"""Speed and peak memory of the valuation algorithms on a large grid (on demand).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_valuation.py [--size 5000] [--only NAME]
        [--keep DIR]

Peak memory includes GDAL's raster block cache (GDAL_CACHEMAX, by default 5 % of the RAM: about
1.2 GB on a 24 GB machine); set GDAL_CACHEMAX=256 in the environment to see the algorithms' own share.

The inputs (synthetic, deterministic, 30 m cells, EPSG:4546) are written once as GeoTIFFs by row
blocks; then each algorithm runs through ``processing.run`` in its own interpreter, so that the peak
resident memory (``ru_maxrss`` of that process: QGIS start-up, reading, computing and writing) belongs
to that case alone. Cases: ``servicevalue`` (two dates, NPP adjustment, tables), ``carbonstorage``
(current, future, change, NPV), ``rsei`` (7-band reflectance + LST, four passes), ``landscaperisk``
(1.5 km risk cells, surface, grades) and ``minerestoration`` (60 mine patches).
"""
import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
CELL = 30.0
ORIGIN = (400000.0, 2300000.0)
CASES = ("servicevalue", "carbonstorage", "rsei", "landscaperisk", "minerestoration")


def _create(path, n, bands=1, gtype="Int32", nodata=None):
    from osgeo import gdal, osr
    types = {"Int32": gdal.GDT_Int32, "Float32": gdal.GDT_Float32, "UInt16": gdal.GDT_UInt16}
    ds = gdal.GetDriverByName("GTiff").Create(path, n, n, bands, types[gtype],
                                              ["TILED=YES", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"])
    ds.SetGeoTransform((ORIGIN[0], CELL, 0, ORIGIN[1], 0, -CELL))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4546)
    ds.SetProjection(srs.ExportToWkt())
    if nodata is not None:
        for b in range(1, bands + 1):
            ds.GetRasterBand(b).SetNoDataValue(nodata)
    return ds


def _landcover_rows(n, row0, nrows, shift=0):
    """Blocky 三调 land cover (50-cell blocks), deterministic per block position."""
    classes = np.array([301, 301, 301, 305, 404, 103, 101, 701, 702, 1101, 1206, 303], np.int32)
    rows = np.arange(row0, row0 + nrows)[:, None] // 50
    cols = np.arange(n)[None, :] // 50
    h = (rows * 7919 + cols * 104729 + shift * ((rows + cols) % 5 == 0)) % len(classes)
    return classes[h]


def make_inputs(folder, n):
    """Land cover 2010 / 2020, NPP, reflectance (7 bands, OLI order, x 10000), LST, DEM, mines."""
    from osgeo import gdal, ogr, osr
    from eco_restore_plugin.sampledata import bands as synth
    gdal.UseExceptions()
    paths = {k: os.path.join(folder, k + ".tif") for k in ("lu2010", "lu2020", "npp", "sr", "lst", "dem")}
    ds = {k: _create(paths[k], n, *{"lu2010": (1, "Int32", 0), "lu2020": (1, "Int32", 0),
                                   "npp": (1, "Float32", -9999.0), "sr": (7, "UInt16", 0),
                                   "lst": (1, "Float32", -9999.0), "dem": (1, "Float32", -9999.0)}[k])
          for k in paths}
    step = 500
    for row0 in range(0, n, step):
        nr = min(step, n - row0)
        lu10 = _landcover_rows(n, row0, nr)
        lu20 = _landcover_rows(n, row0, nr, shift=3)
        y, x = np.mgrid[row0:row0 + nr, 0:n].astype(np.float64)
        dem = 300 + 200 * np.sin(x / 300.0) * np.cos(y / 450.0) + 0.05 * (x + y)
        nd = np.select([np.isin(lu20, (301, 305, 303)), np.isin(lu20, (404, 101, 103)), lu20 == 1101],
                       [0.82, 0.55, 0.02], 0.15) + 0.05 * np.sin(x / 37.0) * np.cos(y / 53.0)
        b, lst, _ = synth.synthesize(lu20, nd, dem, year=2020, seed=row0 + 1)
        ds["lu2010"].GetRasterBand(1).WriteArray(lu10, 0, row0)
        ds["lu2020"].GetRasterBand(1).WriteArray(lu20, 0, row0)
        ds["npp"].GetRasterBand(1).WriteArray((1200 * nd).astype(np.float32), 0, row0)
        ds["dem"].GetRasterBand(1).WriteArray(dem.astype(np.float32), 0, row0)
        ds["lst"].GetRasterBand(1).WriteArray(lst.astype(np.float32), 0, row0)
        order = [b["blue"], b["blue"], b["green"], b["red"], b["nir"], b["swir1"], b["swir2"]]
        for i, arr in enumerate(order, start=1):
            ds["sr"].GetRasterBand(i).WriteArray(np.round(arr * 10000).astype(np.uint16), 0, row0)
    for d in ds.values():
        d.FlushCache()
    ds = None
    # 60 square mine patches of 300 m
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4546)
    mpath = os.path.join(folder, "mines.gpkg")
    out = ogr.GetDriverByName("GPKG").CreateDataSource(mpath)
    lyr = out.CreateLayer("mines", srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("mine_id", ogr.OFTString))
    lyr.CreateField(ogr.FieldDefn("status", ogr.OFTString))
    rng = np.random.default_rng(0)
    extent = n * CELL
    for i in range(60):
        x0 = ORIGIN[0] + rng.uniform(0.05, 0.9) * extent
        y0 = ORIGIN[1] - rng.uniform(0.05, 0.9) * extent
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for dx, dy in ((0, 0), (300, 0), (300, -300), (0, -300), (0, 0)):
            ring.AddPoint_2D(x0 + dx, y0 + dy)
        poly = ogr.Geometry(ogr.wkbPolygon)
        poly.AddGeometry(ring)
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("mine_id", "KS{:03d}".format(i + 1))
        f.SetField("status", ("已修复", "修复中", "未治理")[i % 3])
        f.SetGeometry(poly)
        lyr.CreateFeature(f)
    out = None
    paths["mines"] = mpath
    return paths


def params(case, p, out):
    o = lambda name: os.path.join(out, name)
    if case == "servicevalue":
        return {"LANDUSE": p["lu2010"], "LANDUSE_2": p["lu2020"], "NPP": p["npp"], "OUTPUT": o("esv.tif"),
                "CHANGE": o("esv_change.tif"), "SERVICES": "memory:", "SENSITIVITY": "memory:"}
    if case == "carbonstorage":
        return {"LANDUSE": p["lu2010"], "LANDUSE_FUTURE": p["lu2020"], "PRICE": 220.0, "YEAR_CURRENT": 2010,
                "YEAR_FUTURE": 2020, "CURRENT": o("c_cur.tif"), "FUTURE": o("c_fut.tif"),
                "CHANGE": o("c_change.tif"), "NPV": o("c_npv.tif"), "TABLE": "memory:"}
    if case == "rsei":
        return {"REFLECTANCE": p["sr"], "SCALE": 0.0001, "LST": p["lst"], "OUTPUT": o("rsei.tif"),
                "GRADE": o("rsei_grade.tif"), "TABLE": "memory:"}
    if case == "landscaperisk":
        return {"LANDUSE": p["lu2020"], "RISK_CELL_SIZE": 1500.0, "OUTPUT": o("eri.tif"), "GRADE": o("eri_grade.tif"),
                "RISK_CELLS": "memory:", "CLASS_TABLE": "memory:"}
    if case == "minerestoration":
        return {"MINES": p["mines"], "ID_FIELD": "mine_id", "STATUS_FIELD": "status", "LANDUSE": p["lu2020"],
                "DEM": p["dem"], "OUTPUT": "memory:", "SUMMARY": "memory:"}
    raise ValueError(case)


def run_case(case, paths_json, out):
    """Child process: run one algorithm, print JSON with seconds and peak RSS."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from eco_restore_plugin import headless
    session = headless.start()
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback
    p = json.loads(paths_json)
    t = time.perf_counter()
    processing.run("ecorestore:" + case, params(case, p, out), feedback=QgsProcessingFeedback(),
                   context=QgsProcessingContext())
    dt = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print(json.dumps({"case": case, "seconds": round(dt, 2), "peak_mb": round(peak, 1)}))
    session.stop()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=5000)
    ap.add_argument("--only", choices=CASES)
    ap.add_argument("--keep", help="folder for inputs and outputs (kept)")
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        run_case(*args.child)
        return
    folder = args.keep or tempfile.mkdtemp(prefix="bench_valuation_")
    os.makedirs(folder, exist_ok=True)
    t = time.perf_counter()
    stamp = os.path.join(folder, "inputs.json")
    if args.keep and os.path.exists(stamp) and json.load(open(stamp)).get("size") == args.size:
        paths = json.load(open(stamp))["paths"]           # inputs of an earlier --keep run
    else:
        paths = make_inputs(folder, args.size)
        json.dump({"size": args.size, "paths": paths}, open(stamp, "w"))
    print("inputs {0} x {0} ready in {1:.1f} s ({2})".format(args.size, time.perf_counter() - t, folder), flush=True)
    results = []
    for case in ([args.only] if args.only else CASES):
        out = os.path.join(folder, "out_" + case)
        os.makedirs(out, exist_ok=True)
        proc = subprocess.run([sys.executable, os.path.abspath(__file__), "--child", case, json.dumps(paths), out],
                              capture_output=True, text=True)
        line = [x for x in proc.stdout.splitlines() if x.startswith("{")]
        if proc.returncode or not line:
            print("{}: failed\n{}".format(case, proc.stderr[-2000:]), flush=True)
            continue
        res = json.loads(line[-1])
        results.append(res)
        print("{case:16s} {seconds:8.1f} s  peak {peak_mb:8.0f} MB".format(**res), flush=True)
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps({"size": args.size, "results": results}))


if __name__ == "__main__":
    main()
