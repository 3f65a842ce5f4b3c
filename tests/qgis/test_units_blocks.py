"""Restoration units by row blocks (issue 20): for each unit type the units' statistics with blocks of a few
rows equal those of one block (the units burnt onto each block, the rasters read block by block)."""
import numpy as np
import pytest
from qgis.PyQt.QtCore import QVariant

from eco_restore_plugin.algorithms.zoning.restorationunits import RestorationUnits
from rasterutil import write_tif
from test_alg_zoning import polygons, rect


def _rasters(tmp_path):
    rng = np.random.default_rng(17)
    shape = (37, 29)
    imp = rng.integers(1, 4, shape).astype(np.int32)
    imp[:4, :6] = 0                                   # nodata
    deg = rng.integers(0, 4, shape).astype(np.int32)
    res = rng.integers(1, 4, shape).astype(np.int32)
    cor = (rng.random(shape) < 0.2).astype(float)
    pin = (rng.random(shape) < 0.05).astype(float)
    lu = rng.choice([101, 301, 1101], size=shape).astype(np.int32)
    mode = rng.integers(1, 5, shape).astype(np.int32)
    dem = 200.0 + np.add.outer(np.arange(shape[0]) * 2.0, np.abs(np.arange(shape[1]) - 14) * 3.0)
    dem += rng.normal(0, 0.5, shape)
    return {"IMPORTANCE": write_tif(tmp_path / "imp.tif", imp, nodata=0),
            "DEGRADATION": write_tif(tmp_path / "deg.tif", deg, nodata=-1), "DEGRADATION_CODING": 0,
            "RESILIENCE": write_tif(tmp_path / "res.tif", res, nodata=0),
            "CORRIDORS": write_tif(tmp_path / "cor.tif", cor), "PINCH": write_tif(tmp_path / "pin.tif", pin),
            "LANDUSE": write_tif(tmp_path / "lu.tif", lu, nodata=0),
            "MODE": write_tif(tmp_path / "mode.tif", mode, nodata=0)}, write_tif(tmp_path / "dem.tif", dem)


def _rows(layer):
    return [[f[k] for k in layer.fields().names()] + [f.geometry().asWkt(3)] for f in layer.getFeatures()]


@pytest.mark.parametrize("kind", [0, 1, 2])
def test_blocks_equal_one_block(run_alg, tmp_path, monkeypatch, kind):
    ras, dem = _rasters(tmp_path)
    red = polygons([rect(2, 3, 17, 20)])
    extra = {0: {"UNITS": polygons([rect(0, 0, 14, 20), rect(14, 0, 29, 37), rect(0, 20, 14, 37)],
                                   [("name", QVariant.String)], [["A"], ["B"], ["C"]]), "NAME_FIELD": "name"},
             1: {"DEM": dem, "WATERSHED_AREA": 0.01},
             2: {"GRID_SIZE": 300.0}}[kind]
    params = dict(ras, UNIT_TYPE=kind, RED_LINE=red, OUTPUT="TEMPORARY_OUTPUT", **extra)
    whole = _rows(run_alg("restorationunits", params)["OUTPUT"])
    monkeypatch.setattr(RestorationUnits, "BLOCK_ROWS", 3)
    blocks = _rows(run_alg("restorationunits", params)["OUTPUT"])
    assert len(whole) >= 3 and blocks == whole
    assert sum(r[3] for r in whole) > 0                 # cells counted (the 4th field)
