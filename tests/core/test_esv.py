"""ESV by the equivalent-factor method (Xie et al. 2015): hand calculations and invariants."""
import numpy as np
import pytest

from eco_restore_plugin.core import esv


def test_table_shape_and_published_sums():
    assert len(esv.SERVICES) == 11 and len(esv.EQUIVALENTS_XIE2015) == 14
    for row in esv.EQUIVALENTS_XIE2015.values():
        assert len(row) == 11
    # row totals of the table (hand sums): broadleaf 22.95, water 125.61, paddy 3.89 (water supply −2.63)
    assert sum(esv.EQUIVALENTS_XIE2015["broadleaf"]) == pytest.approx(22.95)
    assert sum(esv.EQUIVALENTS_XIE2015["water"]) == pytest.approx(125.61)
    assert sum(esv.EQUIVALENTS_XIE2015["paddy"]) == pytest.approx(3.89)


def test_standard_equivalent_one_seventh():
    # 5734 kg/hm2 x 2.6 yuan/kg / 7 = 2129.77 yuan/hm2
    assert esv.standard_equivalent(grain_yield=5734, grain_price=2.6) == pytest.approx(5734 * 2.6 / 7)
    with pytest.raises(ValueError):
        esv.standard_equivalent(grain_yield=0, grain_price=2.6)


def test_block_hand_calculation():
    cw = {1: "broadleaf", 2: "paddy", 3: "water", 9: "bare"}
    lc = np.array([[1.0, 2.0], [3.0, np.nan]])
    value, sums = esv.esv_block(lc, crosswalk=cw, equivalent_value=1000.0, cell_area_ha=0.09)
    assert value[0, 0] == pytest.approx(22.95 * 1000 * 0.09)
    assert value[0, 1] == pytest.approx(3.89 * 90)
    assert value[1, 0] == pytest.approx(125.61 * 90)
    assert np.isnan(value[1, 1])
    types = esv.ecosystem_types(cw)
    assert types == ["paddy", "broadleaf", "bare", "water"]
    assert sums.shape == (4, 11)
    assert sums[types.index("paddy"), esv.SERVICE_KEYS.index("water")] == pytest.approx(-2.63 * 90)
    assert sums.sum() == pytest.approx(np.nansum(value))
    # a class outside the crosswalk (built land) has value 0, not nodata
    v2, _ = esv.esv_block(np.array([[701]]), crosswalk=cw, equivalent_value=1000.0, cell_area_ha=1.0)
    assert v2[0, 0] == 0.0


def test_spatial_adjustment():
    cw = {1: "broadleaf"}
    lc = np.ones((1, 2))
    npp = np.array([[2.0, 1.0]])        # mean 1.5
    rain = np.array([[1.0, 3.0]])       # mean 2
    value, sums = esv.esv_block(lc, crosswalk=cw, equivalent_value=1.0, cell_area_ha=1.0, npp=npp,
                                npp_mean=1.5, precipitation=rain, precipitation_mean=2.0)
    eq = dict(zip(esv.SERVICE_KEYS, esv.EQUIVALENTS_XIE2015["broadleaf"]))
    npp_part = sum(eq[k] for k in esv.ADJUST_NPP)
    rain_part = sum(eq[k] for k in esv.ADJUST_PRECIPITATION)
    assert value[0, 0] == pytest.approx(npp_part * 2 / 1.5 + rain_part * 0.5 + eq["soil"])
    assert value[0, 1] == pytest.approx(npp_part * 1 / 1.5 + rain_part * 1.5 + eq["soil"])
    # ratios to the mean keep the study-area total of each adjusted service when the type is uniform
    assert sums[0].sum() == pytest.approx(2 * sum(eq.values()))


def test_sensitivity_coefficient():
    sums = np.array([[30.0, 10.0], [60.0, 0.0]])     # type totals 40 and 60 of 100
    up, down = esv.sensitivity(sums, change=0.5)
    np.testing.assert_allclose(up, [0.4, 0.6])
    np.testing.assert_allclose(down, [0.4, 0.6])
    assert (up < 1).all()


def test_crosswalk_errors_and_zone_sums():
    with pytest.raises(ValueError, match="not in the equivalent table"):
        esv.coefficient_matrix({1: "tundra"})
    z = esv.zone_sums(np.array([1.0, 2.0, np.nan, 4.0]), np.array([1, 1, 2, 0]), 2)
    np.testing.assert_allclose(z, [0.0, 3.0, 0.0])
    # every 三调 crosswalk target exists in the table
    esv.coefficient_matrix(esv.CROSSWALK_3DIAO)
