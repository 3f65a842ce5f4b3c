"""Landscape ecological risk in QGIS reads its land use by row bands (issue 20): for band heights from 3 rows
up the surface, the grades and the risk cells equal the whole-raster core computation bit for bit, and a code
missing from the vulnerability table is counted over every band before anything is written."""
import os

import numpy as np
import pytest
from qgis.core import QgsProcessingException

from eco_restore_plugin.algorithms.assessment.landscaperisk import LandscapeRisk
from eco_restore_plugin.core import ecorisk
from rasterutil import read_tif, write_tif


def _landuse():
    rng = np.random.default_rng(21)
    lu = np.repeat(np.repeat(rng.choice([101, 103, 301, 701, 1104], size=(16, 14)), 5, axis=0), 5, axis=1)
    lu = lu.astype(np.int32)
    noise = rng.random(lu.shape) < 0.08
    lu[noise] = rng.choice([101, 301, 1104], size=int(noise.sum()))
    lu[:3, :7] = 0                                    # nodata corner
    return lu


@pytest.mark.parametrize("band_rows,size", [(3, 150.0), (7, 90.0), (512, 150.0), (4, 0.0)])
def test_bands_equal_whole_raster(run_alg, tmp_path, monkeypatch, band_rows, size):
    lu = _landuse()
    path = write_tif(tmp_path / "lu.tif", lu, nodata=0)
    monkeypatch.setattr(LandscapeRisk, "BAND_ROWS", band_rows)
    out, grade = str(tmp_path / "eri.tif"), str(tmp_path / "grade.tif")
    run_alg("landscaperisk", {"LANDUSE": path, "RISK_CELL_SIZE": size, "OUTPUT": out, "GRADE": grade})
    vul = ecorisk.VULNERABILITY_3DIAO
    if size > 0:
        window = int(round(size / 30.0))
    else:
        first = ecorisk.landscape_risk(lu.astype(np.int64), cell_size=30.0, window=33, vulnerability=vul, nodata=0)
        window = ecorisk.suggested_window(first["mean_patch_ha"], 30.0, factor=3.0)
    core = ecorisk.landscape_risk(lu.astype(np.int64), cell_size=30.0, window=window, vulnerability=vul, nodata=0)
    surface = ecorisk.interpolate_rows(core["eri"], window, 0, lu.shape[0], lu.shape[1])
    want = np.where(lu > 0, surface, np.nan).astype(np.float32)
    got = read_tif(out)[0].astype(np.float32)
    np.testing.assert_array_equal(got, want)
    g = read_tif(grade)[0]
    want_g = ecorisk.grade(np.where(lu > 0, surface, np.nan), core["breaks"]).astype(float)
    np.testing.assert_array_equal(np.nan_to_num(g, nan=0), want_g)


def test_unknown_code_counted_over_all_bands(run_alg, tmp_path, monkeypatch):
    lu = _landuse()
    lu[5, 20] = lu[70, 3] = lu[79, 69] = 4242         # three cells in three bands
    path = write_tif(tmp_path / "lu.tif", lu, nodata=0)
    monkeypatch.setattr(LandscapeRisk, "BAND_ROWS", 8)
    out = str(tmp_path / "eri.tif")
    with pytest.raises(QgsProcessingException, match=r"3 cells hold codes that are not in the vulnerability table \(4242\)"):
        run_alg("landscaperisk", {"LANDUSE": path, "RISK_CELL_SIZE": 150.0, "OUTPUT": out})
    assert not os.path.exists(out)
