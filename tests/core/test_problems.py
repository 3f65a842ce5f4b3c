"""Problem-patch rules: each default rule fires on a hand-made parcel and not on its neighbour."""
import numpy as np
import pytest

from eco_restore_plugin.core import problems as P

RULES = P.parse_rules([[str(v) for v in r] for r in P.DEFAULT_RULES])

# rule id -> (firing parcel, neighbour): (三调 code, {variable: value}); the neighbour differs in one thing
CASES = {
    "R01": (("0101", {"redline": 0.4}), ("0101", {"redline": 0.0})),
    "R02": (("0702", {"redline": 1.0}), ("0702", {"redline": 0.0})),
    "R03": (("0602", {"redline": 0.2}), ("0301", {"redline": 0.2})),
    "R04": (("1104A", {"redline": 0.5}), ("1101", {"redline": 0.5})),
    "R05": (("0103", {"gdpdjb": 5, "slope": 12.0}), ("0103", {"gdpdjb": 4, "slope": 20.0})),
    "R06": (("0102", {"river": 0.3}), ("0102", {"river": 0.0})),
    "R07": (("1206", {"mine": 1.0}), ("0301", {"mine": 1.0})),
    "R08": (("0204", {"soil_loss": 500.0}), ("0204", {"soil_loss": 499.0})),
    "R09": (("0305", {"degradation": 3}), ("0305", {"degradation": 2})),
    "R10": (("0601", {"shore": 1}), ("0601", {"shore": 0})),
    "R11": (("0404", {"corridor": 0.6, "road": 1}), ("0404", {"corridor": 0.0, "road": 1})),
}


def fired(parcels):
    codes = [c for c, _ in parcels]
    names = set(k for _, v in parcels for k in v)
    variables = {k: np.array([v.get(k, np.nan) for _, v in parcels], float) for k in names}
    return P.evaluate(RULES, codes, variables)


def test_every_default_rule_has_a_case():
    assert sorted(CASES) == [r["rule_id"] for r in RULES]


@pytest.mark.parametrize("rid", sorted(CASES))
def test_rule_fires_on_parcel_not_on_neighbour(rid):
    fire, neighbour = CASES[rid]
    r = [x["rule_id"] for x in RULES].index(rid)
    hits = fired([fire, neighbour])
    assert (0, r) in hits
    assert all(i != 1 for i, _ in hits), "neighbour fired {}".format([RULES[k]["rule_id"] for _, k in hits])
    assert [RULES[k]["rule_id"] for i, k in hits if i == 0] == [rid]     # only the intended rule


def test_slope_alternative_of_r05():
    hits = fired([("0101", {"gdpdjb": 3, "slope": 25.5}), ("0101", {"gdpdjb": 3, "slope": 25.0})])
    assert [(i, RULES[k]["rule_id"]) for i, k in hits] == [(0, "R05")]


def test_overlapping_problems_are_all_listed():
    hits = fired([("0103", {"redline": 1.0, "gdpdjb": 5, "river": 0.2, "soil_loss": 900.0})])
    assert [RULES[k]["rule_id"] for _, k in hits] == ["R01", "R05", "R06", "R08"]


def test_switched_off_rule_and_missing_variable():
    rows = [[str(v) for v in r] for r in P.DEFAULT_RULES]
    rows[0][0] = "0"
    rules = P.parse_rules(rows)
    assert P.evaluate(rules, ["0101"], {"redline": np.array([1.0])}) == []
    # variable not measured -> comparison false, not an error
    assert P.evaluate(RULES, ["0101"], {}) == []


def test_class_lists_prefix_and_exclusion():
    m = P.class_mask(["0101", "0103", "1104A", "0301", None], "01 -0103 1104")
    assert m.tolist() == [True, False, True, False, False]
    assert P.class_mask(["0101", "0301"], "*").tolist() == [True, True]


def test_condition_parsing_and_clip_zones():
    g = P.parse_condition("corridor > 0 and road > 0")
    assert g == [[("corridor", ">", 0.0), ("road", ">", 0.0)]]
    assert P.clip_zones(g) == ["corridor"]
    assert P.clip_zones(P.parse_condition("gdpdjb >= 5 or slope > 25")) == []
    with pytest.raises(ValueError, match="unknown variable"):
        P.parse_condition("height > 3")
    with pytest.raises(ValueError, match="not 'variable op number'"):
        P.parse_condition("redline >> 0")
    with pytest.raises(ValueError, match="twice"):
        P.parse_rules([["1", "R1", "W", "t", "", "", "", ""], ["1", "R1", "W", "t", "", "", "", ""]])


def test_label_mean_and_majority_by_hand():
    labels = np.array([[1, 1, 2], [2, 2, 0]])
    values = np.array([[10.0, 20.0, 3.0], [3.0, 4.0, 99.0]])
    assert np.allclose(P.label_mean(labels, values, 3)[:2], [15.0, 10.0 / 3])
    assert np.isnan(P.label_mean(labels, values, 3)[2])
    maj = P.label_majority(labels, values, 3)
    assert maj[0] == 20.0          # tie 10/20 -> the higher
    assert maj[1] == 3.0 and np.isnan(maj[2])


def test_needed_masks_follow_the_rules_classes():
    """A variable is needed only on parcels whose class an active rule using it matches; a value set
    anywhere else changes no hit (the invariant the adapter relies on to skip overlays there)."""
    codes = ["0101", "0301", "0602", "1104", "0702", None, "1001"]
    need = P.needed(RULES, codes)
    # redline: R01 farmland, R02 construction, R03 0602, R04 1104
    assert need["redline"].tolist() == [True, False, True, True, True, False, True]   # 1001 is construction
    assert need["river"].tolist() == [True, False, False, False, False, False, False]   # R06: farmland only
    assert need["slope"].tolist() == need["gdpdjb"].tolist() == need["river"].tolist()  # R05: farmland
    assert need["mine"].tolist() == [False, False, True, False, False, False, False]     # R07 classes
    off = [dict(r, on=False) if r["rule_id"] == "R06" else r for r in RULES]
    assert "river" not in P.needed(off, codes)
    # values outside the masks do not matter: any value there gives the same hits
    rng = np.random.default_rng(1)
    base = {v: rng.uniform(0, 1000, len(codes)) for v in need}
    noisy = {v: np.where(need[v], base[v], rng.uniform(0, 1000, len(codes))) for v in need}
    assert P.evaluate(RULES, codes, base) == P.evaluate(RULES, codes, noisy)
