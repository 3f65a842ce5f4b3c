"""Shoreline classes, 自然岸线保有率 and end-point rates, hand-checked on straight synthetic shorelines."""
import numpy as np
import pytest

from eco_restore_plugin.core import shoreline as SL


def test_class_of_accepts_codes_english_and_chinese():
    assert SL.class_of("基岩岸线") == SL.BEDROCK and SL.class_of(" Sandy ") == SL.SANDY
    assert SL.class_of("红树林") == SL.BIOLOGICAL and SL.class_of(6) == SL.ARTIFICIAL
    assert SL.class_of("生态恢复") == SL.RESTORED and SL.class_of("7.0") == SL.RESTORED
    assert SL.class_of("beach") is None and SL.class_of(9) is None and SL.class_of(None) is None


def test_retention_hand_calculation():
    # 3 km sandy + 1 km restored + 4 km artificial: (3 + 1) / 8 = 50 %
    assert SL.retention({SL.SANDY: 3000.0, SL.RESTORED: 1000.0, SL.ARTIFICIAL: 4000.0}) == pytest.approx(50.0)
    assert SL.retention({SL.ARTIFICIAL: 10.0}) == 0.0
    assert np.isnan(SL.retention({}))


def test_summary_lengths_sum_to_the_line_lengths():
    lines = [([(0, 0), (300, 400)], SL.SANDY, 0, "A"), ([(0, 0), (0, 100), (50, 100)], SL.ARTIFICIAL, 0, "B"),
             ([(0, 0), (10, 0)], SL.BEDROCK, 1, "A")]
    segs = [(k, isl, town, SL.line_length(g)) for g, k, isl, town in lines]
    rows, scopes = SL.summary(segs)
    assert SL.line_length(lines[0][0]) == 500.0 and SL.line_length(lines[1][0]) == 150.0
    assert sum(r[3] for r in rows) == pytest.approx(660.0) == sum(scopes["total"].values())
    assert scopes["mainland"] == {SL.SANDY: 500.0, SL.ARTIFICIAL: 150.0} and scopes["island"] == {SL.BEDROCK: 10.0}
    assert SL.retention(scopes["mainland"]) == pytest.approx(100 * 500 / 650)
    assert SL.retention(scopes["island"]) == 100.0


def test_end_point_rate_straight_retreat_and_advance():
    new = [np.array([(0.0, 0.0), (1000.0, 0.0)])]      # heading east: land on the left (north), sea south
    retreat = [np.array([(0.0, -50.0), (1000.0, -50.0)])]   # 2010 shore 50 m seaward: retreat
    tr = SL.transects(new, retreat, spacing=100.0, reach=500.0, years=10)
    assert len(tr) == 10 and [t["x"] for t in tr][:2] == [50.0, 150.0]
    assert all(t["nsm"] == pytest.approx(-50.0) and t["epr"] == pytest.approx(-5.0) for t in tr)
    assert all((t["nx"], t["ny"]) == pytest.approx((0.0, -1.0)) for t in tr)       # seaward = south
    advance = [np.array([(0.0, 30.0), (1000.0, 30.0)])]     # 2010 shore 30 m landward: advance (reclamation)
    tr = SL.transects(new, advance, spacing=250.0, reach=500.0, years=12)
    assert [t["nsm"] for t in tr] == pytest.approx([30.0] * 4) and tr[0]["epr"] == pytest.approx(2.5)
    # the same with a land test: a line drawn west (land on its right) gives the same signs
    rev = [new[0][::-1]]
    tr = SL.transects(rev, retreat, 100.0, 500.0, 10, is_land=lambda x, y: y > 0)
    assert all(t["nsm"] == pytest.approx(-50.0) for t in tr)
    # an old shore out of reach: NaN, not a wrong number
    tr = SL.transects(new, [np.array([(0.0, -900.0), (1000.0, -900.0)])], 100.0, 500.0, 10)
    assert all(np.isnan(t["nsm"]) and t["old_index"] == -1 for t in tr)
    with pytest.raises(ValueError):
        SL.transects(new, retreat, 100.0, 500.0, 0)


def test_oblique_shore_distance_along_the_transect():
    # the 2010 shore at y = -40 + 0.1 x: at x = 500 it is 10 m seaward... along the normal (0, -1):
    new = [np.array([(0.0, 0.0), (1000.0, 0.0)])]
    old = [np.array([(0.0, -40.0), (1000.0, 60.0)])]
    tr = SL.transects(new, old, 500.0, 500.0, 10)
    assert tr[0]["x"] == 250.0 and tr[0]["nsm"] == pytest.approx(-(40.0 - 25.0))   # old at y = -15: retreat 15
    assert tr[1]["x"] == 750.0 and tr[1]["nsm"] == pytest.approx(35.0)             # old at y = 35: advance 35


def test_change_lengths_natural_to_artificial():
    new = [np.array([(0.0, 0.0), (500.0, 0.0)]), np.array([(500.0, 0.0), (1000.0, 0.0)])]
    old = [np.array([(0.0, -5.0), (1000.0, -5.0)])]
    tr = SL.transects(new, old, 100.0, 50.0, 10)
    ch = SL.change_lengths(tr, [SL.ARTIFICIAL, SL.SANDY], [SL.MUDDY], 100.0)
    assert ch == {(SL.MUDDY, SL.ARTIFICIAL): 500.0, (SL.MUDDY, SL.SANDY): 500.0}
    assert SL.natural_to_artificial(ch) == 500.0


def test_demo_county_sea():
    from eco_restore_plugin.sampledata.generate import generate_region
    region = generate_region(seed=2020, size=120)
    lines = {y: region.vectors["shoreline_{}".format(y)].features for y in (2010, 2020)}
    for feats in lines.values():
        for f in feats:      # the length field is the geometry's length; classes are the seven codes
            assert f["length_m"] == pytest.approx(SL.line_length(f["geometry"]), abs=0.1)
            assert SL.class_of(f["shore_class"]) is not None
    nat = {y: sum(f["length_m"] for f in fs if f["natural"] and not f["island"]) for y, fs in lines.items()}
    art = {y: sum(f["length_m"] for f in fs if f["shore_class"] == "artificial") for y, fs in lines.items()}
    assert nat[2020] < nat[2010] and art[2020] > art[2010]                 # natural shore lost
    assert any(f["shore_class"] == "restored" for f in lines[2020])
    assert {f["island"] for f in lines[2020]} == {0, 1}
    h10, h20 = region.rasters["marine_habitat_2010"], region.rasters["marine_habitat_2020"]
    assert (h20 == 7).sum() > (h10 == 7).sum() and (h20 == 8).sum() > (h10 == 8).sum()   # ponds, farms grew
    assert (h20 == 3).sum() < (h10 == 3).sum() and (h20 == 1).sum() > 0 and (h20 == 4).sum() > 0
    assert (region.rasters["bathymetry"][h20 == 10] > 0).all()              # the island stands above the sea
    assert len(region.vectors["marine_stations"].features) == 5


# ---------------------------------------------------------------------------------------------
# Marine ecosystem health (HY/T 087-2005 structure)
# ---------------------------------------------------------------------------------------------
def test_marine_health_hand_computed_estuary():
    from eco_restore_plugin.core import marine as H
    v = {"DO": 5.5, "PH": 8.1, "DIN": 0.35, "DIP": 0.012, "OIL": 0.04,       # 10, 15, 5, 15, 15 -> 12
         "TOC": 2.5, "SULFIDE": 200,                                          # 5, 10 -> 7.5
         "HG": 0.03, "CD": 0.5, "PB": 0.05, "AS": 6.0, "OILB": 10,            # 10, 5, 10, 1, 10 -> 7.2
         "HABITAT_LOSS": 12, "SED_CHANGE": 4,                                 # 5, 15 -> 10
         "PHYTO": 1.0, "ZOO_DENSITY": 1.8, "ZOO_BIOMASS": 0.2, "FISH_EGGS": 0.6,   # 50, 30, 10, 50
         "BENTHOS_DENSITY": 1.2, "BENTHOS_BIOMASS": 2.5}                      # 50, 10 (COVER not given)
    r = H.health(v)
    assert r["index"] == pytest.approx({"water": 12.0, "sediment": 7.5, "residue": 7.2, "habitat": 10.0,
                                        "biology": 200.0 / 6})
    assert r["ceh"] == pytest.approx(12 + 7.5 + 7.2 + 10 + 200 / 6)        # 70.03: sub-healthy
    assert r["grade"] == 2 and r["levels"]["COVER"] == 0 and r["levels"]["AS"] == 3
    # all good -> 15 + 10 + 10 + 15 + 50 = 100, healthy; a missing category -> no index, no grade
    good = {k: (spec[3][0] if np.isfinite(spec[3][0]) else spec[3][1]) for k, spec in H.INDICATORS.items()}
    assert H.health(good)["ceh"] == 100.0 and H.health(good)["grade"] == 1
    no_bio = {k: x for k, x in good.items() if H.INDICATORS[k][0] != "biology"}
    r = H.health(no_bio)
    assert np.isnan(r["ceh"]) and r["grade"] == 0 and r["missing"] == ["biology"]
    assert [H.grade(x) for x in (75.0, 74.99, 50.0, 49.9)] == [1, 2, 2, 3]
    # boundaries: pH 8.5 good, 8.6 fair, 9.0 poor; DO 6 good
    assert [H.level(x, (7.8, 8.5), (6.8, 8.8)) for x in (8.5, 8.6, 9.0, float("nan"))] == [1, 2, 3, 0]


# ---------------------------------------------------------------------------------------------
# Habitat inventory, restoration suitability (each rule passes and fails), flood storage
# ---------------------------------------------------------------------------------------------
def test_habitat_inventory_and_losses():
    from eco_restore_plugin.core import marine as H
    old = np.array([[1, 1, 5, 3], [5, 9, 9, 0]])
    new = np.array([[1, 7, 11, 8], [5, 9, 8, 0]])
    areas = H.habitat_areas(new, old, 0.09)
    assert areas[1] == pytest.approx((0.18, 0.09)) and areas[7] == pytest.approx((0.0, 0.09))
    tr = H.habitat_transitions(old, new, 0.09)
    assert tr[(1, 7)] == pytest.approx(0.09) and tr[(9, 8)] == pytest.approx(0.09) and (0, 0) not in tr
    loss = H.habitat_losses(old, new)
    np.testing.assert_array_equal(loss, [[0, 1, 2, 1], [0, 0, 0, 0]])     # open sea -> farming is no habitat loss


@pytest.mark.parametrize("species, factor, ok, bad", [
    ("mangrove", "ELEVATION", 0.8, -1.0), ("mangrove", "WAVE", 0.3, 1.5), ("mangrove", "SALINITY", 15.0, 40.0),
    ("mangrove", "DISTANCE", 500.0, 5000.0), ("seagrass", "ELEVATION", -2.0, 1.0), ("seagrass", "WAVE", 0.4, 2.0),
    ("seagrass", "SALINITY", 30.0, 10.0), ("seagrass", "DISTANCE", 1500.0, 8000.0)])
def test_suitability_rule_pass_and_fail(species, factor, ok, bad):
    from eco_restore_plugin.core import marine as H
    rule = H.SUITABILITY_RULES[species][factor]
    assert H.factor_score([ok, bad], rule).tolist() == [2.0, 0.0]
    cls, lim = H.suitability({factor: H.factor_score([ok, bad], rule)}, np.array([True, True]))
    assert cls.tolist() == [2, 0] and lim.tolist() == [-1, 0]


def test_suitability_substrate_marginal_and_limiting_factor():
    from eco_restore_plugin.core import marine as H
    sub = H.substrate_score([1, 3, 4, np.nan], H.SUBSTRATE_SCORES["mangrove"])
    assert sub[:3].tolist() == [2.0, 1.0, 0.0] and np.isnan(sub[3])
    with pytest.raises(ValueError, match="substrate codes"):
        H.substrate_score([9], H.SUBSTRATE_SCORES["mangrove"])
    elev = H.factor_score([0.8, 0.8, -0.3, 0.8], H.SUITABILITY_RULES["mangrove"]["ELEVATION"])   # -0.3: marginal
    sub = H.substrate_score([1, 3, 1, 1], H.SUBSTRATE_SCORES["mangrove"])
    cls, lim = H.suitability({"ELEVATION": elev, "SUBSTRATE": sub}, np.array([True, True, True, False]))
    assert cls.tolist() == [2, 1, 1, -1] and lim.tolist() == [-1, 1, 0, -1]   # sand limits cell 2, elevation cell 3


@pytest.mark.parametrize("rule", [
    ((-np.inf, 1000.0), (-np.inf, 2000.0)),          # the default shape: near suitable, farther marginal
    ((300.0, 900.0), (900.0, np.inf)),               # an open marginal interval: beyond the reach stays 1
    ((-np.inf, np.inf), (-np.inf, np.inf)),          # no limit: every distance suitable
])
def test_distance_score_by_row_bands_equals_whole_transform(rule, monkeypatch):
    from scipy import ndimage

    from eco_restore_plugin.core import _distance
    from eco_restore_plugin.core import marine as H
    rng = np.random.default_rng(4)
    stands = rng.random((260, 90)) < 0.002
    stands[80:220] = False                            # rows far from every stand
    sampling = (25.0, 40.0)
    want = H.factor_score(ndimage.distance_transform_edt(~stands, sampling=sampling), rule)
    monkeypatch.setattr(_distance, "BAND_ROWS", 16)
    got = H.distance_score(stands, rule, sampling=sampling)
    assert np.array_equal(got, want)
    assert len(np.unique(got)) == (1 if np.isinf(rule[0][1]) else 3)


def test_flood_storage_types():
    from eco_restore_plugin.core import marine as H
    d = H.REGULATING_DEPTH
    assert [H.wetland_type(v, d) for v in ("湖泊", "1103", "Reservoir", "0303", "sea")] == \
        ["lake", "reservoir", "reservoir", "mangrove", None]
    assert H.flood_storage(2.5e5, d["reservoir"]) == 5.0e5
