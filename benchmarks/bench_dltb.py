"""Speed of the DLTB import and the structure table on a county-sized parcel layer (on demand).

    .venv/bin/python benchmarks/bench_dltb.py [--parcels 500000] [--subcells 5] [--keep DIR] [--repeat 3]

Builds a synthetic 三调 DLTB GeoPackage (deterministic, seed 0): a jittered quadrilateral mesh (shared
vertices: no gaps, no overlaps) over a square county in EPSG:4546, ~500 000 parcels, classes from a
smooth random field, TBMJ / KCMJ / TBDLMJ and 19-digit ZLDWDM under 12 townships. Then, in the same run:

* ``ecorestore:dltbimport`` at 30 m (dominant class on N x N sub-cells) and ``ecorestore:landusestructure``;
* ``gdal_rasterize`` of the integer class field at 30 m (cell-centre rule, GDAL's own speed floor);
* ``ogr2ogr -sql`` group-by of ΣTBDLMJ by township and class (SQLite dialect).

Each is run ``--repeat`` times, interleaved; the best time of each and the ratios to the peer of
the same run are printed as a JSON line (the machine may be shared: the best run is the least
disturbed). With ``--keep DIR`` an existing ``DIR/dltb.gpkg`` is reused.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CODES = ["0301", "0301", "0305", "0307", "0101", "0103", "0201", "0203", "0404", "0702", "1003",
         "1006", "1101", "1104", "0701", "1107"]


def make_layer(path, n_parcels, seed=0):
    from osgeo import ogr, osr
    from scipy import ndimage

    from eco_restore_plugin.core import landuse_codes as L

    ogr.UseExceptions()
    rng = np.random.default_rng(seed)
    side = int(round(np.sqrt(n_parcels)))
    step = 85.0                                   # ~85 m parcels: side x 85 m county
    x0, y0 = 450000.0, 2100000.0
    gx, gy = np.meshgrid(np.arange(side + 1) * step, np.arange(side + 1) * step)
    jit = rng.uniform(-0.3, 0.3, (2, side + 1, side + 1)) * step
    jit[:, 0, :] = jit[:, -1, :] = jit[:, :, 0] = jit[:, :, -1] = 0.0
    vx, vy = x0 + gx + jit[0], y0 + gy + jit[1]
    field = ndimage.gaussian_filter(rng.standard_normal((side, side)), 6)
    field = (field - field.min()) / (np.ptp(field) + 1e-12)
    cls = np.minimum((field * len(CODES)).astype(int), len(CODES) - 1)
    noise = rng.random((side, side)) < 0.15
    cls[noise] = rng.integers(0, len(CODES), noise.sum())
    town = (np.arange(side)[:, None] * 3 // side) * 4 + (np.arange(side)[None, :] * 4 // side)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4546)
    drv = ogr.GetDriverByName("GPKG")
    if os.path.exists(path):
        drv.DeleteDataSource(path)
    ds = drv.CreateDataSource(path)
    lyr = ds.CreateLayer("dltb", srs, ogr.wkbPolygon)
    for name, typ in (("DLBM", ogr.OFTString), ("DLBM_INT", ogr.OFTInteger), ("TBMJ", ogr.OFTReal),
                      ("KCMJ", ogr.OFTReal), ("TBDLMJ", ogr.OFTReal), ("ZLDWDM", ogr.OFTString)):
        lyr.CreateField(ogr.FieldDefn(name, typ))
    defn = lyr.GetLayerDefn()
    lyr.StartTransaction()
    for r in range(side):
        for c in range(side):
            ring = ogr.Geometry(ogr.wkbLinearRing)
            for rr, cc in ((r, c), (r, c + 1), (r + 1, c + 1), (r + 1, c), (r, c)):
                ring.AddPoint_2D(float(vx[rr, cc]), float(vy[rr, cc]))
            poly = ogr.Geometry(ogr.wkbPolygon)
            poly.AddGeometry(ring)
            code = CODES[cls[r, c]]
            area = round(poly.GetArea(), 2)
            kc = round(area * 0.08, 2) if code in ("0101", "0103") else 0.0
            f = ogr.Feature(defn)
            f.SetGeometryDirectly(poly)
            f.SetField(0, code)
            f.SetField(1, L.dlbm_value(code))
            f.SetField(2, area)
            f.SetField(3, kc)
            f.SetField(4, round(area - kc, 2))
            f.SetField(5, "469099{:03d}{:03d}0000000".format(100 + int(town[r, c]), 1 + (r * 7 + c) % 20))
            lyr.CreateFeature(f)
    lyr.CommitTransaction()
    ds = None
    return side * side, side * step


def run(cmd):
    t0 = time.time()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.time() - t0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--parcels", type=int, default=500000)
    ap.add_argument("--subcells", type=int, default=5)
    ap.add_argument("--keep", default=None, help="folder for the files (default: a temporary one)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    folder = args.keep or tempfile.mkdtemp(prefix="bench_dltb_")
    os.makedirs(folder, exist_ok=True)
    gpkg = os.path.join(folder, "dltb.gpkg")
    t0 = time.time()
    if args.keep and os.path.exists(gpkg):
        from osgeo import ogr

        ds = ogr.Open(gpkg)
        n, side_m = ds.GetLayer(0).GetFeatureCount(), ds.GetLayer(0).GetExtent()[1] - ds.GetLayer(0).GetExtent()[0]
        ds = None
    else:
        n, side_m = make_layer(gpkg, args.parcels)
    t_make = time.time() - t0

    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    from eco_restore_plugin.provider import EcoRestoreProvider

    provider = EcoRestoreProvider()
    QgsApplication.processingRegistry().addProvider(provider)

    def alg(name, params):
        t = time.time()
        res = processing.run("ecorestore:" + name, params, feedback=QgsProcessingFeedback(),
                             context=QgsProcessingContext())
        return time.time() - t, res

    times = {"dltbimport": [], "landusestructure": [], "gdal_rasterize": [], "ogr2ogr_groupby": []}
    for _ in range(max(1, args.repeat)):
        t, _res = alg("dltbimport", {"INPUT": gpkg, "CELL_SIZE": 30, "SUBCELLS": args.subcells,
                                     "OUTPUT": os.path.join(folder, "landuse.tif")})
        times["dltbimport"].append(t)
        times["gdal_rasterize"].append(run([
            "gdal_rasterize", "-q", "-a", "DLBM_INT", "-tr", "30", "30", "-tap", "-ot", "UInt16", "-a_nodata", "0",
            "-co", "COMPRESS=DEFLATE", gpkg, os.path.join(folder, "gdal.tif")]))
        t, res = alg("landusestructure", {"INPUT": gpkg, "OUTPUT": os.path.join(folder, "structure.csv")})
        times["landusestructure"].append(t)
        if os.path.exists(os.path.join(folder, "groupby.csv")):
            os.remove(os.path.join(folder, "groupby.csv"))
        times["ogr2ogr_groupby"].append(run([
            "ogr2ogr", "-f", "CSV", os.path.join(folder, "groupby.csv"), gpkg, "-dialect", "SQLite",
            "-sql", "SELECT substr(ZLDWDM, 1, 9) AS town, DLBM, COUNT(*) AS n, SUM(TBDLMJ) AS area "
                    "FROM dltb GROUP BY town, DLBM"]))
    best = {k: min(v) for k, v in times.items()}
    out = {"parcels": n, "county_km": round(side_m / 1000.0, 1), "subcells": args.subcells,
           "make_layer_s": round(t_make, 1), "runs": args.repeat,
           **{k + "_s": round(v, 2) for k, v in best.items()},
           "import_vs_gdal_rasterize": round(best["dltbimport"] / best["gdal_rasterize"], 2),
           "structure_vs_ogr2ogr": round(best["landusestructure"] / best["ogr2ogr_groupby"], 2),
           "all_s": {k: [round(x, 2) for x in v] for k, v in times.items()},
           "total_hm2": round(res["TOTAL_HM2"], 2), "folder": folder}
    print(json.dumps(out))
    QgsApplication.processingRegistry().removeProvider(provider)


if __name__ == "__main__":
    main()
