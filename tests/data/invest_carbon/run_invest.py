"""Build the synthetic Carbon case and run InVEST Carbon on it (peer data for tests/core/test_carbon.py).

Run with a Python that has natcap.invest (see NOTES.md), NOT the plugin's venv:
    /tmp/invest_venv/bin/python tests/data/invest_carbon/run_invest.py
Writes the inputs (inputs/) and copies InVEST's outputs (outputs/) next to this script.
"""
import csv
import glob
import os
import shutil
import sys

import numpy as np
from osgeo import gdal, osr

HERE = os.path.dirname(os.path.abspath(__file__))
ROWS, COLS, CELL = 40, 50, 30.0
X0, Y0 = 440000.0, 2130000.0           # EPSG:4546 (CGCS2000 / 3-degree GK CM 111E)
# lucode, c_above, c_below, c_soil, c_dead (Mg C/ha): forest, cropland, built, mangrove, grass
POOLS = [(301, 60.0, 15.0, 110.0, 4.0), (103, 3.0, 0.8, 70.0, 0.0), (701, 0.0, 0.0, 0.0, 0.0),
         (303, 110.0, 50.0, 579.0, 0.0), (404, 1.5, 3.0, 70.0, 0.5)]
PRICE, DISCOUNT, RATE_CHANGE, YEAR_CUR, YEAR_FUT = 43.0, 5.0, 2.0, 2020, 2035


def srs():
    s = osr.SpatialReference()
    s.ImportFromEPSG(4546)
    return s


def write(path, array, gdal_type, nodata):
    ds = gdal.GetDriverByName("GTiff").Create(path, COLS, ROWS, 1, gdal_type)
    ds.SetGeoTransform((X0, CELL, 0.0, Y0, 0.0, -CELL))
    ds.SetProjection(srs().ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(nodata)
    band.WriteArray(array)
    ds = None


def build_inputs(folder):
    os.makedirs(folder, exist_ok=True)
    rng = np.random.Generator(np.random.PCG64(18))
    r, c = np.indices((ROWS, COLS))
    cur = np.where(r + 0.6 * c < 30, 301, np.where(r < 30, 103, 303)).astype(np.int32)
    cur[(rng.random((ROWS, COLS)) < 0.08)] = 404
    cur[10:16, 30:40] = 701
    cur[:2, :3] = -1                                     # nodata corner
    fut = cur.copy()
    fut[20:30, 0:20] = np.where(fut[20:30, 0:20] == 103, 701, fut[20:30, 0:20])   # urban growth
    fut[32:40, 10:30] = 303                             # mangrove restoration
    fut[0:8, 40:50] = 404                               # forest loss
    fut[:2, :3] = -1
    write(os.path.join(folder, "lulc_cur.tif"), cur, gdal.GDT_Int32, -1)
    write(os.path.join(folder, "lulc_fut.tif"), fut, gdal.GDT_Int32, -1)
    with open(os.path.join(folder, "carbon_pools.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["lucode", "c_above", "c_below", "c_soil", "c_dead"])
        for row in POOLS:
            w.writerow(row)
    return folder


def main():
    from natcap.invest import carbon
    import natcap.invest
    inputs = build_inputs(os.path.join(HERE, "inputs"))
    work = os.path.join(HERE, "_workspace")
    shutil.rmtree(work, ignore_errors=True)
    args = {
        "workspace_dir": work,
        "results_suffix": "",
        "n_workers": -1,
        "lulc_cur_path": os.path.join(inputs, "lulc_cur.tif"),
        "calc_sequestration": True,
        "lulc_fut_path": os.path.join(inputs, "lulc_fut.tif"),
        "do_redd": False,
        "carbon_pools_path": os.path.join(inputs, "carbon_pools.csv"),
        "lulc_cur_year": YEAR_CUR,
        "lulc_fut_year": YEAR_FUT,
        "do_valuation": True,
        "price_per_metric_ton_of_c": PRICE,
        "discount_rate": DISCOUNT,
        "rate_change": RATE_CHANGE,
    }
    carbon.execute(args)
    out = os.path.join(HERE, "outputs")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    for path in glob.glob(os.path.join(work, "*.tif")):
        shutil.copy(path, out)
    for path in glob.glob(os.path.join(work, "*.html")):
        shutil.copy(path, out)
    shutil.rmtree(work, ignore_errors=True)
    print("natcap.invest", natcap.invest.__version__, "python", sys.version.split()[0])
    print(sorted(os.listdir(out)))


if __name__ == "__main__":
    main()
