"""InVEST Carbon: equal to a stored natcap.invest 3.14.2 run, and hand calculations."""
import os

import numpy as np
import pytest

from eco_restore_plugin.core import carbon

HERE = os.path.join(os.path.dirname(__file__), "..", "data", "invest_carbon")


def _read(name):
    gdal = pytest.importorskip("osgeo.gdal")
    ds = gdal.Open(os.path.join(HERE, name))
    band = ds.GetRasterBand(1)
    arr = band.ReadAsArray().astype(np.float64)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        arr[arr == nodata] = np.nan
    return arr


def _pools():
    import csv
    with open(os.path.join(HERE, "inputs", "carbon_pools.csv")) as fh:
        return {int(r["lucode"]): {p: float(r[p]) for p in carbon.POOLS} for r in csv.DictReader(fh)}


def test_equal_to_invest_run():
    cur = _read("inputs/lulc_cur.tif")
    fut = _read("inputs/lulc_fut.tif")
    res = carbon.carbon_model(cur, _pools(), cell_area_ha=0.09, future=fut)
    for key, name in (("current", "tot_c_cur.tif"), ("future", "tot_c_fut.tif"),
                      ("change", "delta_cur_fut.tif")):
        ref = _read("outputs/" + name)
        np.testing.assert_array_equal(np.isnan(ref), np.isnan(res[key]))
        np.testing.assert_allclose(res[key], ref, rtol=1e-4, atol=1e-4, equal_nan=True)
    npv = carbon.valuation(res["change"], price_per_mg=43.0, discount_rate=5.0, price_change_rate=2.0,
                           years=15)
    np.testing.assert_allclose(npv, _read("outputs/npv_fut.tif"), rtol=1e-4, atol=1e-3, equal_nan=True)
    # the case really changes carbon both ways
    assert np.nanmin(res["change"]) < -1.0 and np.nanmax(res["change"]) > 10.0


def test_hand_calculation():
    table = {1: {"c_above": 10.0, "c_below": 2.0, "c_soil": 50.0, "c_dead": 1.0},
             2: {"c_above": 0.0, "c_below": 0.0, "c_soil": 20.0, "c_dead": 0.0}}
    cur = np.array([[1, 2], [0, 1]])
    fut = np.array([[2, 2], [0, 1]])
    res = carbon.carbon_model(cur, table, cell_area_ha=0.5, future=fut, nodata=0)
    assert res["current"][0, 0] == pytest.approx(63 * 0.5)
    assert res["current"][0, 1] == pytest.approx(10.0)
    assert np.isnan(res["current"][1, 0])
    assert res["change"][0, 0] == pytest.approx(10.0 - 31.5)
    assert res["totals"]["current"] == pytest.approx(31.5 + 10 + 31.5)
    assert res["totals"]["change"] == pytest.approx(-21.5)
    # one year, no discounting: NPV = price x change
    assert carbon.valuation(-21.5, price_per_mg=2.0, discount_rate=0.0, price_change_rate=0.0,
                            years=1) == pytest.approx(-43.0)
    # two years at 10 %: V/2 (1 + 1/1.1)
    assert carbon.valuation(10.0, price_per_mg=1.0, discount_rate=10.0, price_change_rate=0.0,
                            years=2) == pytest.approx(5.0 * (1 + 1 / 1.1))


def test_missing_and_bad_tables():
    assert carbon.missing_classes(np.array([[1, 5], [0, 7]]), {1: {}}, nodata=0) == [5, 7]
    with pytest.raises(ValueError, match="negative"):
        carbon.carbon_storage(np.ones((2, 2)), {1: {"c_above": -1, "c_below": 0, "c_soil": 0, "c_dead": 0}},
                              cell_area_ha=1.0)
    with pytest.raises(ValueError, match="c_dead"):
        carbon.carbon_storage(np.ones((2, 2)), {1: {"c_above": 1, "c_below": 0, "c_soil": 0}}, cell_area_ha=1.0)


def test_blue_carbon_table():
    table = carbon.default_pool_table()
    assert table[303] == {p: carbon.BLUE_CARBON[303][p] for p in carbon.POOLS}
    # the whole-ecosystem means of the documented sources
    assert sum(carbon.BLUE_CARBON[303][p] for p in carbon.POOLS) == pytest.approx(739.0)
    assert sum(carbon.BLUE_CARBON[110501][p] for p in carbon.POOLS) == pytest.approx(334.0)
    assert carbon.BLUE_CARBON[110502]["c_soil"] == pytest.approx(194.2)
    land = carbon.default_pool_table(blue_carbon=False)
    assert land[303] == carbon.CARBON_POOLS_3DIAO[303] and 110501 not in land
    carbon.check_pool_table(table)
