"""Soil conservation (RUSLE) with its flow routing on the whole DEM and the rest by row blocks (issue 20).

The reference is the whole-raster computation with the core functions (what the algorithm did before it
went by blocks): every output must be equal bit for bit whatever the block height, with depressions,
flats, nodata holes and a ragged last block. Bad codes are refused with the count over all blocks
before the routing, and nothing is written."""
import os

import numpy as np
import pytest
from qgis.core import QgsProcessingException

from eco_restore_plugin.algorithms.assessment.soilconservation import SoilConservation
from eco_restore_plugin.core import hydrology, services, tables
from rasterutil import read_tif, write_tif


def _landscape(rows=57, cols=43, seed=7):
    """A rough DEM with pits, a flat terrace and nodata holes; land use and factor rasters."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:rows, 0:cols]
    dem = 300.0 - 2.5 * y + 12 * np.sin(x / 5.0) + rng.normal(0, 1.5, (rows, cols))
    dem[20:26, 10:30] = 240.0                # a flat terrace across several blocks' edges
    dem[40, 5] -= 30.0                       # a pit
    dem[3:6, 30:34] = np.nan                 # nodata holes (outlets next to them)
    dem[50:, :4] = np.nan
    codes = np.array([101, 103, 301, 304, 1107])
    lu = codes[rng.integers(0, codes.size, (rows, cols))].astype(np.int32)
    lu[0, 0] = 0                             # nodata land use
    r = rng.uniform(2000, 6000, (rows, cols))
    k = rng.uniform(0.01, 0.05, (rows, cols))
    fvc = rng.uniform(0.0, 1.0, (rows, cols))
    fvc[10, 10] = np.nan
    return dem, lu, r, k, fvc


def _whole(dem, lu, r, k, fvc, from_fvc):
    """The whole-raster RUSLE with the core functions: (conserved, potential, actual, ls) as float32."""
    mask = ~np.isfinite(dem)
    filled = hydrology.fill_depressions(dem, mask=mask)
    acc = hydrology.flow_accumulation(hydrology.flow_direction(filled, mask=mask)[1]).reshape(dem.shape)
    ls = services.ls_factor(dem, acc, 30.0)[0]
    ls[mask] = np.nan
    luf = np.where(lu == 0, np.nan, lu.astype(float))
    c = services.c_factor_from_fvc(fvc) if from_fvc else services.c_factor_from_landcover(
        luf, table=tables.C_FACTOR_3DIAO)
    p = services.p_factor_from_landcover(luf, table=tables.P_FACTOR_3DIAO)
    potential = r * k * ls
    actual = potential * c * p
    return [np.where(np.isfinite(a), a, np.nan).astype(np.float32) for a in
            (potential - actual, potential, actual, ls)]


@pytest.fixture
def inputs(tmp_path):
    dem, lu, r, k, fvc = _landscape()
    paths = dict(DEM=write_tif(tmp_path / "dem.tif", dem), R_FACTOR=write_tif(tmp_path / "r.tif", r),
                 K_FACTOR=write_tif(tmp_path / "k.tif", k), LANDUSE=write_tif(tmp_path / "lu.tif", lu, nodata=0),
                 FVC=write_tif(tmp_path / "fvc.tif", fvc))
    return paths, (dem, lu, r, k, fvc)


@pytest.mark.parametrize("rows,from_fvc", [(512, False), (7, False), (1, True), (10, True)])
def test_blocks_equal_whole_raster(run_alg, tmp_path, inputs, monkeypatch, rows, from_fvc):
    paths, arrays = inputs
    monkeypatch.setattr(SoilConservation, "BLOCK_ROWS", rows)
    keys = ("CONSERVED", "POTENTIAL", "ACTUAL", "LS")
    out = {key: str(tmp_path / "{}_{}.tif".format(key, rows)) for key in keys}
    run_alg("soilconservation", dict(paths, C_SOURCE=int(from_fvc), **out))
    expected = _whole(*arrays, from_fvc)
    for key, want in zip(keys, expected):
        got = read_tif(out[key])[0].astype(np.float32)
        np.testing.assert_array_equal(np.isnan(got), np.isnan(want), err_msg=key)
        np.testing.assert_array_equal(got[~np.isnan(got)], want[~np.isnan(want)], err_msg=key)
    # LS wherever the DEM has a value (nodata holes stay nodata, no block edge left without a slope)
    ls = read_tif(out["LS"])[0]
    assert np.isfinite(ls).sum() == np.isfinite(arrays[0]).sum()


def test_unknown_codes_counted_over_all_blocks(run_alg, tmp_path, inputs, monkeypatch):
    """Codes missing from the P table in two blocks: one message with the count of both, before the routing;
    no output written, the input unchanged."""
    paths, (dem, lu, r, k, fvc) = inputs
    lu = lu.copy()
    lu[2, 2] = lu[50, 40] = 999
    paths["LANDUSE"] = write_tif(tmp_path / "lu_bad.tif", lu, nodata=0)
    before = open(paths["LANDUSE"], "rb").read()
    monkeypatch.setattr(SoilConservation, "BLOCK_ROWS", 8)
    routed = []
    monkeypatch.setattr(hydrology, "fill_depressions", lambda *a, **kw: routed.append(1))
    out = str(tmp_path / "con.tif")
    with pytest.raises(QgsProcessingException, match=r"2 cells hold codes that are not in the P factor table \(999\)"):
        run_alg("soilconservation", dict(paths, C_SOURCE=1, CONSERVED=out))
    assert not routed and not os.path.exists(out)
    assert open(paths["LANDUSE"], "rb").read() == before
    assert [f for f in os.listdir(tmp_path) if f.startswith(".")] == []


def test_bad_factor_refused_before_routing(run_alg, tmp_path, inputs, monkeypatch):
    """A negative R in the last block is refused by the check pass (before the routing), nothing written."""
    paths, (dem, lu, r, k, fvc) = inputs
    r = r.copy()
    r[-1, -1] = -5.0
    paths["R_FACTOR"] = write_tif(tmp_path / "r_bad.tif", r)
    monkeypatch.setattr(SoilConservation, "BLOCK_ROWS", 8)
    routed = []
    monkeypatch.setattr(hydrology, "fill_depressions", lambda *a, **kw: routed.append(1))
    out = str(tmp_path / "con.tif")
    with pytest.raises(QgsProcessingException, match="r_bad"):
        run_alg("soilconservation", dict(paths, CONSERVED=out))
    assert not routed and not os.path.exists(out)
