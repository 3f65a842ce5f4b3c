"""Build the synthetic Habitat Quality case and run InVEST on it (peer data for tests/core/test_habitat.py).

Run with a Python that has natcap.invest (see NOTES.md), NOT the plugin's venv:
    /tmp/invest_venv/bin/python tests/data/invest_habitat_quality/run_invest.py
Writes the inputs (inputs/) and copies InVEST's outputs (outputs/) next to this script.
"""
import csv
import os
import shutil
import sys

import numpy as np
from osgeo import gdal, ogr, osr

HERE = os.path.dirname(os.path.abspath(__file__))
ROWS, COLS, CELL = 50, 60, 30.0
X0, Y0 = 440000.0, 2130000.0           # EPSG:4546 (CGCS2000 / 3-degree GK CM 111E)


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
    rng = np.random.Generator(np.random.PCG64(3))
    r, c = np.indices((ROWS, COLS))
    # land cover: 1 forest (north-west), 2 grassland (a band), 3 cropland (south-east); 255 nodata corner
    lc = np.where(r + 0.8 * c < 45, 1, np.where(r + 0.8 * c < 62, 2, 3)).astype(np.uint8)
    lc[(rng.random((ROWS, COLS)) < 0.05)] = 2
    lc[:3, -4:] = 255
    write(os.path.join(folder, "lulc.tif"), lc, gdal.GDT_Byte, 255)
    # threat 1 "roads": a road line (value 1) and a track (value 0.5); linear decay, 300 m
    roads = np.zeros((ROWS, COLS), np.float32)
    roads[30, :] = 1.0
    roads[:, 40] = np.maximum(roads[:, 40], 0.5)
    write(os.path.join(folder, "roads.tif"), roads, gdal.GDT_Float32, -1.0)
    # threat 2 "urban": two built blocks (value 1), one partial (0.6); exponential decay, 450 m;
    # a nodata patch (-1) inside the raster (InVEST: no threat)
    urban = np.zeros((ROWS, COLS), np.float32)
    urban[40:46, 45:52] = 1.0
    urban[8:11, 5:9] = 0.6
    urban[0:2, 0:2] = -1.0
    write(os.path.join(folder, "urban.tif"), urban, gdal.GDT_Float32, -1.0)
    with open(os.path.join(folder, "threats.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["THREAT", "MAX_DIST", "WEIGHT", "DECAY", "CUR_PATH"])
        w.writerow(["roads", 0.3, 0.7, "linear", "roads.tif"])
        w.writerow(["urban", 0.45, 1.0, "exponential", "urban.tif"])
    with open(os.path.join(folder, "sensitivity.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["LULC", "NAME", "HABITAT", "roads", "urban"])
        w.writerow([1, "forest", 1.0, 0.8, 0.9])
        w.writerow([2, "grassland", 0.6, 0.5, 0.4])
        w.writerow([3, "cropland", 0.2, 0.3, 0.2])
    # access: a polygon (the west third, x < X0 + 600 m) with ACCESS 0.4; elsewhere InVEST uses 1
    path = os.path.join(folder, "access.geojson")
    if os.path.exists(path):
        os.remove(path)
    ds = ogr.GetDriverByName("GeoJSON").CreateDataSource(path)
    lyr = ds.CreateLayer("access", srs(), ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("ACCESS", ogr.OFTReal))
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ((X0, Y0), (X0 + 600.0, Y0), (X0 + 600.0, Y0 - ROWS * CELL), (X0, Y0 - ROWS * CELL), (X0, Y0)):
        ring.AddPoint_2D(x, y)
    poly = ogr.Geometry(ogr.wkbPolygon)
    poly.AddGeometry(ring)
    feat = ogr.Feature(lyr.GetLayerDefn())
    feat.SetField("ACCESS", 0.4)
    feat.SetGeometry(poly)
    lyr.CreateFeature(feat)
    ds = None
    return folder


def main():
    from natcap.invest import habitat_quality
    import natcap.invest
    inputs = build_inputs(os.path.join(HERE, "inputs"))
    work = os.path.join(HERE, "_workspace")
    shutil.rmtree(work, ignore_errors=True)
    args = {
        "workspace_dir": work,
        "results_suffix": "",
        "n_workers": -1,
        "lulc_cur_path": os.path.join(inputs, "lulc.tif"),
        "threats_table_path": os.path.join(inputs, "threats.csv"),
        "sensitivity_table_path": os.path.join(inputs, "sensitivity.csv"),
        "access_vector_path": os.path.join(inputs, "access.geojson"),
        "half_saturation_constant": 0.05,
    }
    habitat_quality.execute(args)
    out = os.path.join(HERE, "outputs")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    for name in ("deg_sum_c.tif", "quality_c.tif"):
        shutil.copy(os.path.join(work, name), out)
    shutil.copy(os.path.join(work, "intermediate", "access_layer.tif"), out)
    shutil.rmtree(work, ignore_errors=True)
    print("natcap.invest", natcap.invest.__version__, "python", sys.version.split()[0])


if __name__ == "__main__":
    main()
