"""Indicator targets core: default set, validation, allocation with floors/caps, attainment, export."""
import csv
import math

import numpy as np
import pytest

from eco_restore_plugin.core import targets as T


def test_default_set_covers_methods_table():
    inds = T.default_indicators()
    names = {i.name_zh for i in inds}
    for n in ("生态保护红线面积", "大陆自然岸线保有率", "耕地保有量", "永久基本农田保护面积", "森林覆盖率",
              "森林蓄积量", "湿地保护率", "水土保持率", "自然保护地面积占比", "新增水土流失综合治理面积",
              "历史遗留矿山生态修复面积", "红树林营造修复面积", "整治修复海岸线长度", "新增耕地面积",
              "高标准农田建设面积"):
        assert n in names
    assert {i.dimension for i in inds} == set(T.DIMENSIONS)
    assert len({i.key for i in inds}) == len(inds)
    by = {i.key: i for i in inds}
    assert by["red_line_area"].type == "binding" and by["red_line_area"].unit == "km²"
    assert by["forest_stock"].unit == "亿 m³" and by["forest_stock"].type == "expected"
    assert all(i.name_en and i.basis and i.source and i.department for i in inds)
    assert {i.rule for i in inds if i.rule} == set(T.RULES)
    # defaults have no values: no errors, and nothing flagged as missing before anything is typed
    assert T.validate(inds) == {}


def test_parse_number():
    assert T.parse_number(" 1,234.5 ") == 1234.5
    assert T.parse_number("53.7 %") == 53.7
    assert T.parse_number("５８．９") == 58.9
    assert T.parse_number("") is None and T.parse_number(None) is None
    with pytest.raises(ValueError):
        T.parse_number("约60")


def codes(problems, fld=None):
    return sorted(p.code for p in problems if fld is None or p.field == fld)


def test_validation_monotonic_and_upper():
    ind = T.Indicator("f", "森林覆盖率", unit="%", type="binding", base=50.0,
                      targets={"2025": 52, "2030": 51, "2035": 55}, upper={"2035": 56})
    probs = T.validate_row(ind)
    assert codes(probs, "t2030") == ["not_monotonic"]
    assert codes(probs, "t2035") == ["weaker_than_upper"]
    assert all(p.severity == "warning" for p in probs)
    ind.targets["2030"] = 52  # equal to the previous stage is allowed
    ind.upper["2035"] = 55
    assert T.validate_row(ind) == []
    # lower is better: a rising value is flagged; the base counts as the start
    low = T.Indicator("e", "水土流失面积", unit="km²", direction="lower", base=100,
                      targets={"2025": 110, "2030": 90, "2035": 80})
    assert [(p.field, p.code) for p in T.validate_row(low)] == [("t2025", "not_monotonic")]
    # an expected indicator is not held to the upper-level target
    ind.type = "expected"
    ind.upper["2035"] = 99
    assert T.validate_row(ind) == []


def test_validation_bad_cells():
    ind = T.Indicator("w", "湿地保护率", unit="%", base="abc",
                      targets={"2025": 120, "2030": None, "2035": 60})
    probs = T.validate_row(ind)
    assert codes(probs, "base") == ["not_number"]
    assert codes(probs, "t2025") == ["percent_range"]
    assert codes(probs, "t2030") == ["stage_missing"]
    assert T.has_errors({0: probs})
    assert "abc" in [p for p in probs if p.code == "not_number"][0].message
    neg = T.Indicator("m", "矿山", unit="hm²", targets={"2025": -1, "2030": 1, "2035": 2})
    assert codes(T.validate_row(neg), "t2025") == ["negative"]
    nameless = T.Indicator("x", "", unit="", dimension="nope")
    assert codes(T.validate_row(nameless)) == ["bad_choice", "name_missing", "unit_missing"]
    dup = T.validate([T.Indicator("a", "A", unit="km"), T.Indicator("a", "B", unit="km")])
    assert list(dup) == [1] and dup[1][0].code == "duplicate_key"
    with pytest.raises(ValueError, match="湿地保护率"):
        T.clean(ind)


def test_allocate_proportional_without_bounds():
    x = T.allocate(100.0, [1, 3, 6])
    np.testing.assert_allclose(x, [10, 30, 60])
    assert x.sum() == pytest.approx(100.0, abs=1e-12)


def test_allocate_caps_and_floors_hand_values():
    # weights 1:3:6, total 100, unit 3 capped at 40: the 60 left goes 1:3 -> 15, 45
    x = T.allocate(100.0, [1, 3, 6], caps=[np.inf, np.inf, 40])
    np.testing.assert_allclose(x, [15, 45, 40])
    # plus a floor of 20 on unit 1: 20, 40, 40
    x = T.allocate(100.0, [1, 3, 6], floors=[20, 0, 0], caps=[np.nan, np.nan, 40])
    np.testing.assert_allclose(x, [20, 40, 40])
    # cascading: a cap then forces another cap
    x = T.allocate(90.0, [1, 1, 1, 7], caps=[25, 100, 100, 30])
    np.testing.assert_allclose(x, [20, 20, 20, 30])
    x = T.allocate(125.0, [1, 1, 1, 7], caps=[25, 100, 100, 30])
    np.testing.assert_allclose(x, [25, 35, 35, 30])
    # zero weight gets its floor
    x = T.allocate(10.0, [0, 1], floors=[2, 0])
    np.testing.assert_allclose(x, [2, 8])


def test_allocate_random_invariants():
    rng = np.random.default_rng(5)
    for _ in range(300):
        n = rng.integers(1, 12)
        w = rng.random(n) * rng.integers(0, 2, n) + 1e-3 * rng.integers(0, 2, n)
        f = rng.random(n) * 5
        c = f + rng.random(n) * 20
        c[rng.random(n) < 0.3] = np.inf
        lo, hi = f.sum(), np.where(w > 0, c, f).sum()
        total = lo + rng.random() * (min(hi, lo + 200) - lo)
        x = T.allocate(total, w, floors=f, caps=c)
        assert x.sum() == pytest.approx(total, rel=1e-12, abs=1e-9)
        assert np.all(x >= f - 1e-9) and np.all(x <= c + 1e-9)
        # proportionality among the units strictly inside their bounds
        free = (x > f + 1e-7) & (x < c - 1e-7) & (w > 0)
        if free.sum() > 1:
            ratio = x[free] / w[free]
            assert ratio.max() == pytest.approx(ratio.min(), rel=1e-7)


def test_allocate_infeasible():
    with pytest.raises(ValueError, match="cannot be met under the caps.*at most 60"):
        T.allocate(100.0, [1, 1, 1], caps=[20, 20, 20], what="森林覆盖率")
    with pytest.raises(ValueError, match="floors of the units already add up to 30"):
        T.allocate(20.0, [1, 1], floors=[15, 15])
    with pytest.raises(ValueError, match="floor .* above its cap"):
        T.allocate(20.0, [1, 1], floors=[15, 0], caps=[10, 100])
    with pytest.raises(ValueError, match="negative"):
        T.allocate(20.0, [1, -1])
    # a zero-weight unit cannot receive anything beyond its floor
    with pytest.raises(ValueError, match="at most 5"):
        T.allocate(10.0, [0, 1], caps=[100, 5])


def test_decompose_rate_keeps_area_weighted_mean():
    area = np.array([100.0, 300.0, 600.0])
    r = T.decompose(60.0, area, aggregation="rate", denominators=area, caps=[np.nan, np.nan, 55])
    assert (r * area).sum() / area.sum() == pytest.approx(60.0)
    assert r[2] == pytest.approx(55.0)
    # 600 - 330 = 270 km² of forest left for units 1, 2 in proportion 1:3 of 400 km²: 67.5 %
    np.testing.assert_allclose(r[:2], [67.5, 67.5])
    with pytest.raises(ValueError, match="cannot be met"):
        T.decompose(90.0, area, aggregation="rate", denominators=area, caps=[80, 80, 80])


def test_mix_weights():
    w = T.mix_weights([[1, 3], [2, 2]], [1, 1])
    np.testing.assert_allclose(w, [0.5 * 0.25 + 0.5 * 0.5, 0.5 * 0.75 + 0.5 * 0.5])
    with pytest.raises(ValueError):
        T.mix_weights([[1, 3]], [0])


def test_class_area_by_unit_hand_count():
    lu = np.array([[301, 301, 101, 1108],
                   [302, 101, 1108, np.nan],
                   [305, 305, 101, 101]])
    units = np.array([[1, 1, 1, 2],
                      [1, 1, 2, 2],
                      [2, 2, 2, 0]])
    forest, land = T.class_area_by_unit(lu, units, [301, 302, 305], 2, cell_area=100.0)
    # unit 1: cells 301,301,101,302,101 -> forest 3, land 5; unit 2: 1108,1108,nan,305,305,101 -> 2 of 5
    np.testing.assert_allclose(forest, [300, 200])
    np.testing.assert_allclose(land, [500, 500])
    np.testing.assert_allclose(T.ratio_percent(forest, land), [60, 40])
    inside = np.zeros_like(units, dtype=bool)
    inside[0, 3] = True
    wet_in, _ = T.class_area_by_unit(lu, units, [1108], 2, 1.0, inside=inside)
    wet, _ = T.class_area_by_unit(lu, units, [1108], 2, 1.0)
    np.testing.assert_allclose(T.ratio_percent(wet_in, wet), [np.nan, 50.0])


def test_attainment():
    gap, st = T.attainment([50, 40, np.nan], [45, 45, 45])
    np.testing.assert_allclose(gap[:2], [5, -5])
    assert st.tolist() == [1, 0, -1]
    gap, st = T.attainment([50, 40], [45, 45], direction="lower")
    assert st.tolist() == [0, 1]
    assert T.attainment([44.95], [45], tolerance=0.1)[1].tolist() == [1]


def test_export_csv_html_json(tmp_path):
    inds = T.default_indicators()
    by = {i.key: i for i in inds}
    by["forest_coverage"].base = 55.2
    by["forest_coverage"].targets = {"2025": 56.0, "2030": 57.5, "2035": 58.9}
    by["forest_coverage"].computed = {"layer": "landuse_2020", "date": "2026-11-21"}
    path = T.to_csv(inds, str(tmp_path / "t.csv"))
    with open(path, encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][1] == "指标名称 Indicator" and len(rows) == len(inds) + 1
    fc = [r for r in rows if r[1] == "森林覆盖率"][0]
    assert fc[8:12] == ["55.2", "56", "57.5", "58.9"]
    assert fc[13] == "landuse_2020 (2026-11-21)"
    assert rows[1][0] == "国土空间安全优质"  # dimension order
    text = T.to_html(inds, path=str(tmp_path / "t.html"))
    assert "<td class=\"num\">58.9</td>" in text
    assert text.count("rowspan") == 4
    assert (tmp_path / "t.html").read_text(encoding="utf-8") == text
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    back = T.loads(T.dumps(inds))
    assert [b.to_dict() for b in back] == [i.to_dict() for i in inds]
    with pytest.raises(ValueError):
        T.loads("{\"x\": 1}")


def test_nan_and_math():
    assert math.isnan(T.ratio_percent(1.0, 0.0))


def test_nearest_unit_within_reach():
    from eco_restore_plugin.core.indicator_basis import nearest_unit_within

    u = np.array([[1, 1, 0, 0, 0], [2, 2, 0, 0, 0]])
    # cells 10 m wide: column 2 is 10 m from its row's unit, column 3 20 m, column 4 30 m
    got = nearest_unit_within(u, 20.0, cell_size=(10.0, 10.0))
    assert got.tolist() == [[1, 1, 1, 1, 0], [2, 2, 2, 2, 0]]
    assert nearest_unit_within(u, 0.0, cell_size=(10.0, 10.0)).tolist() == u.tolist()
