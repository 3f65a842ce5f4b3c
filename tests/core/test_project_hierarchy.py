"""core.zoning.hierarchy: investment, funding split, hierarchy sums, period contributions (hand values)."""
import numpy as np
import pytest

from eco_restore_plugin.core import zoning as Z


def test_investment_is_scale_times_unit_cost():
    np.testing.assert_allclose(Z.investment([0.72, 0.4, 3], [1.5, 1200.0, 5.0]), [1.08, 480.0, 15.0])
    with pytest.raises(ValueError):
        Z.investment([-1.0], [2.0])


def test_split_funding_adds_up():
    assert Z.split_funding(1.08, (40, 30, 20, 10)) == pytest.approx([0.432, 0.324, 0.216, 0.108])
    parts = Z.split_funding(100.0 / 3.0, (33.3, 33.3, 33.3, 0.1))
    assert sum(parts) == pytest.approx(round(100.0 / 3.0, 4), abs=1e-12)
    with pytest.raises(ValueError, match="not 100"):
        Z.split_funding(10.0, (50, 40, 0, 0))
    # every default row sums to 100 and every default type has one
    assert set(Z.DEFAULT_FUNDING) == set(Z.DEFAULT_TYPES)
    assert all(sum(v) == pytest.approx(100.0) for v in Z.DEFAULT_FUNDING.values())


def test_hierarchy_sums_and_ids():
    def p(area, code, period, cost, ha=0.0, km=0.0):
        return {"area_key": area, "type_code": code, "type_name": "T{}".format(code), "period": period,
                "area_ha": ha, "len_km": km, "n_sites": 1, "cost": cost,
                "fund0": cost / 2, "fund1": cost / 2, "fund2": 0.0, "fund3": 0.0}
    projects = [p("A", 2, 0, 10.0, ha=1.0), p("B", 1, 1, 5.0, ha=2.0), p("A", 1, 2, 7.0, ha=3.0),
                p("A", 2, 1, 3.0, km=0.5)]
    kp_of, kps, kas = Z.build_hierarchy(projects)
    # key area A first (first seen), its key projects by type code: 1 -> ZDGC0101, 2 -> ZDGC0102
    assert kp_of == ["ZDGC0102", "ZDGC0201", "ZDGC0101", "ZDGC0102"]
    by_id = {k["id"]: k for k in kps}
    assert by_id["ZDGC0102"]["cost"] == 13.0 and by_id["ZDGC0102"]["n_projects"] == 2
    assert (by_id["ZDGC0102"]["period"], by_id["ZDGC0102"]["years"]) == ("近期—中期", "2021-2030")
    assert [(a["id"], a["name"], a["cost"], a["area_ha"], a["len_km"], a["n_key_projects"]) for a in kas] == [
        ("ZDQY01", "A", 20.0, 4.0, 0.5, 2), ("ZDQY02", "B", 5.0, 2.0, 0.0, 1)]
    assert sum(a["cost"] for a in kas) == sum(k["cost"] for k in kps) == sum(x["cost"] for x in projects)


def test_period_contributions_cumulative():
    recs = [(0, "红树林营造修复面积", 2.0, 2.0), (1, "红树林营造修复面积", 1.0, 1.0), (2, "整治修复海岸线长度", 0.4, 0.0),
            (1, Z.RESTORATION_AREA, 5.0, 5.0), (-1, "红树林营造修复面积", 9.0, 9.0)]
    out = Z.period_contributions(recs)
    assert out["红树林营造修复面积"] == ([2.0, 1.0, 0.0], [2.0, 3.0, 3.0])
    assert out["整治修复海岸线长度"] == ([0.0, 0.0, 0.4], [0.0, 0.0, 0.4])
    # restoration area: 2 + 1 from the mangrove projects, 5 once from the project whose indicator it is
    assert out[Z.RESTORATION_AREA] == ([2.0, 6.0, 0.0], [2.0, 8.0, 8.0])
