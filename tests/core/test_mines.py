"""Historic-mine restoration assessment: hand-checked factors and rule outcomes."""
import numpy as np
import pytest

from eco_restore_plugin.core import mines


def _case():
    lab = np.zeros((12, 12), int)
    lab[1:4, 1:4] = 1          # flat quarry among cropland
    lab[7:10, 7:10] = 2        # steep pit with a pond, in forest
    lu = np.full((12, 12), 103)
    lu[5:, 5:] = 301
    lu[1:4, 1:4] = 602
    lu[7:10, 7:10] = 1206
    lu[8:10, 8:10] = 1104      # 4 of 9 cells water
    lu[7, 7] = 1207
    slope = np.full((12, 12), 3.0)
    slope[7:10, 7:10] = 30.0
    slope[9, 9] = 40.0
    return lab, lu, slope


def test_factors_by_hand():
    lab, lu, slope = _case()
    f = mines.patch_factors(lab, slope=slope, landuse=lu, cell_size=10.0, ring=20.0)
    assert f[1]["cells"] == 9 and f[1]["area_ha"] == pytest.approx(0.09)
    assert f[1]["slope_mean"] == 3.0 and f[1]["stability"] == 1 and f[1]["surround"] == "cropland"
    assert f[2]["slope_mean"] == pytest.approx((8 * 30 + 40) / 9) and f[2]["slope_max"] == 40.0
    assert f[2]["stability"] == 3 and f[2]["stability_source"] == "slope"     # max 40 >= 35
    assert f[2]["water_share"] == pytest.approx(4 / 9) and f[2]["rock_share"] == pytest.approx(1 / 9)
    assert f[2]["surround"] == "forest"
    g = mines.patch_factors(lab, slope=slope, landuse=lu, cell_size=10.0, ring=20.0, stability={2: 1})
    assert g[2]["stability"] == 1 and g[2]["stability_source"] == "survey"


def test_rules_first_match():
    lab, lu, slope = _case()
    f = mines.patch_factors(lab, slope=slope, landuse=lu, cell_size=10.0, ring=20.0)
    res = mines.assign(f)
    assert res[1] == ("cropland", "reconstruction", 3)     # flat, cropland around, no rock
    assert res[2] == ("water", "assisted", 1)              # water share 0.44 >= 0.3 comes first
    f[2]["water_share"] = 0.0
    assert mines.assign(f)[2] == ("forest", "reconstruction", 2)   # unstable
    f[2]["stability"] = 1
    f[2]["fvc_mean"] = 0.7
    assert mines.assign(f)[2] == ("grassland", "assisted", 8)      # mean slope 31 > 25: last rule
    f[2]["slope_mean"] = 20.0
    assert mines.assign(f)[2] == ("forest", "natural", 6)
    rules = [("forest", "assisted", {"slope_min": 100.0})]
    assert mines.assign(f, rules=rules)[2] == (None, None, 0)


def test_rule_checks_and_restored_area():
    with pytest.raises(ValueError, match="direction"):
        mines.check_rules([("orchard", "assisted", {})])
    with pytest.raises(ValueError, match="unknown condition"):
        mines.check_rules([("forest", "assisted", {"height": 3})])
    with pytest.raises(ValueError, match="surround"):
        mines.check_rules([("forest", "assisted", {"surround": "sea"})])
    a = mines.restored_area([1.5, 2.0, 3.25], ["restored", "not_restored", "restored"])
    assert a == {"restored": 4.75, "in_progress": 0.0, "not_restored": 2.0}
    with pytest.raises(ValueError):
        mines.restored_area([1.0], ["done"])
