"""Cost distance writes Float64 (issue 19): the written file equals GRASS r.cost's output at 1e-9."""
import shutil

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

from rasterutil import ORIGIN, read_tif, write_tif

CS = 30.0


def _points(cells):
    lyr = QgsVectorLayer("Point?crs=EPSG:4546", "p", "memory")
    feats = []
    for r, c in cells:
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(ORIGIN[0] + (c + 0.5) * CS, ORIGIN[1] - (r + 0.5) * CS)))
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    return lyr


def _case():
    rng = np.random.default_rng(19)
    cost = 1.0 + 99.0 * rng.random((60, 70)) ** 3  # fractional costs, 1..100, no exact ties
    cost[rng.random(cost.shape) < 0.1] = np.nan     # barriers
    cells = [(5, 7), (40, 60), (55, 12)]
    for r, c in cells:
        cost[r, c] = 3.25
    start = np.zeros(cost.shape, int)
    for k, (r, c) in enumerate(cells):
        start[r, c] = k + 1
    return cost, cells, start


@pytest.mark.peer
@pytest.mark.skipif(shutil.which("grass") is None, reason="GRASS GIS ('grass') is not on PATH")
@pytest.mark.parametrize("knight", [False, True])
def test_written_cost_equals_grass_rcost(run_alg, tmp_path, knight):
    from tests.core.test_costdistance import run_grass_rcost
    cost, cells, start = _case()
    src = write_tif(tmp_path / "c.tif", cost)
    out, alloc = str(tmp_path / "cd.tif"), str(tmp_path / "al.tif")
    run_alg("costdistance", {"COST": src, "SOURCES": _points(cells), "KNIGHT": knight, "OUTPUT": out,
                             "ALLOCATION": alloc})
    assert gdal.Open(out).GetRasterBand(1).DataType == gdal.GDT_Float64
    got = read_tif(out)[0]
    # r.cost accumulates in cell units (square cells: one orthogonal step = the cell's cost); the
    # algorithm in cost x metres
    want = run_grass_rcost(cost, start, 1.0, 1.0, knight) * CS
    np.testing.assert_array_equal(np.isnan(got), np.isnan(want))
    np.testing.assert_allclose(got, want, rtol=1e-9, equal_nan=True)
    assert np.nanmax(want) > 1e3  # Float32 holds such values to ~6e-8 only
    # the Float32 option: the old file type, off by more than 1e-9 somewhere
    out32 = str(tmp_path / "cd32.tif")
    run_alg("costdistance", {"COST": src, "SOURCES": _points(cells), "KNIGHT": knight, "OUTPUT": out32,
                             "ALLOCATION": str(tmp_path / "al32.tif"), "FLOAT32": True})
    assert gdal.Open(out32).GetRasterBand(1).DataType == gdal.GDT_Float32
    got32 = read_tif(out32)[0]
    rel = np.nanmax(np.abs(got32 - want) / np.where(want > 0, want, 1.0))
    assert 1e-9 < rel < 1e-7
