"""The project hierarchy 重点区域 → 重点工程 → 项目 of ``projectlibrary`` (issue 16 §2): problem patches and sea
units as projects, investment = unit cost × scale (hand calculation), funding shares adding up to the
investment, hierarchy sums, period contributions in ``targetattainment`` and the 重点工程表 sheet."""
import os

import pytest
from qgis.core import QgsFeature, QgsField, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from test_alg_zoning import polygons, rect


def table(fields, rows):
    lyr = QgsVectorLayer("None", "t", "memory")
    lyr.dataProvider().addAttributes([QgsField(n, t) for n, t in fields])
    lyr.updateFields()
    feats = []
    for r in rows:
        f = QgsFeature(lyr.fields())
        f.setAttributes(list(r))
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    return lyr


def inputs():
    prio = polygons([rect(0, 0, 10, 10), rect(10, 0, 20, 10)],
                    [("unit_name", QVariant.String), ("pr_score", QVariant.Double), ("pr_grade", QVariant.Int)],
                    [["甲镇", 0.9, 1], ["乙镇", 0.3, 3]])
    s = QVariant.String
    # two steep-farmland patches of one village (0.36 + 0.36 hm²) -> one project; one mine patch (0.81 hm²)
    patches = polygons([rect(1, 1, 3, 3), rect(4, 1, 6, 3), rect(12, 1, 15, 4)],
                       [("WTLX", s), ("XMLX", s), ("XZDM", s), ("XZMC", s), ("CJDM", s), ("CJMC", s),
                        ("MJ", QVariant.Double)],
                       [["陡坡耕地", "陡坡耕地退耕还林还草", "469002101", "甲镇", "469002101201", "一村", 0.36],
                        ["陡坡耕地", "陡坡耕地退耕还林还草", "469002101", "甲镇", "469002101201", "一村", 0.36],
                        ["历史遗留矿山未修复", "历史遗留矿山生态修复", "469002102", "乙镇", "469002102203", "三村",
                         0.81]])
    # a sea unit beside 乙镇 (outside every priority unit) with 2.5 hm² of mangrove and 0.4 km of shoreline works
    sea = polygons([rect(20, 0, 30, 10)], [("unit_id", s), ("domain", s)], [["HY001", "海域"]])
    sea_projects = table([("unit_id", s), ("type_name", s), ("quantity", QVariant.Double), ("unit", s)],
                         [["HY001", "红树林营造与修复", 2.5, "hm²"], ["HY001", "岸线整治", 0.4, "km"]])
    return prio, patches, sea, sea_projects


def run(run_alg, **extra):
    prio, patches, sea, sea_projects = inputs()
    params = dict({"PRIORITY": prio, "PROBLEMS": patches, "SEA_UNITS": sea, "SEA_PROJECTS": sea_projects,
                   "REGION_CODE": "469002", "REGION_NAME": "琼海市",
                   "BUDGET_NEAR": 30.0, "BUDGET_MID": 200.0, "BUDGET_FAR": 1000.0,
                   "OUTPUT": "TEMPORARY_OUTPUT", "TABLE": "TEMPORARY_OUTPUT",
                   "KEY_PROJECTS": "TEMPORARY_OUTPUT", "KEY_AREAS_OUTPUT": "TEMPORARY_OUTPUT"}, **extra)
    return run_alg("projectlibrary", params)


FUNDS = ("tz_zy", "tz_sj", "tz_sx", "tz_shzb")


def test_hierarchy_investment_funding_periods(run_alg):
    res = run(run_alg)
    by_type = {f["type_name"]: f for f in res["OUTPUT"].getFeatures()}
    assert set(by_type) == {"陡坡耕地退耕还林还草", "历史遗留矿山生态修复", "红树林营造与修复", "岸线整治"}
    steep, mine, mangrove, shore = (by_type[k] for k in ("陡坡耕地退耕还林还草", "历史遗留矿山生态修复",
                                                        "红树林营造与修复", "岸线整治"))
    # investment = scale × unit cost of the default type table (万元 per unit): 0.72 × 1.5, 0.81 × 30 (the
    # cost table's type 1), 2.5 × 45, 0.4 × 1200
    assert steep["scale"] == pytest.approx(0.72) and steep["cost_wan"] == pytest.approx(1.08)
    assert steep["n_sites"] == 2 and steep["CJDM"] == "469002101201" and steep["XZMC"] == "甲镇"
    assert mine["type_code"] == 1 and mine["cost_wan"] == pytest.approx(24.3)
    assert mangrove["scale_unit"] == "hm²" and mangrove["cost_wan"] == pytest.approx(112.5)
    assert shore["scale_unit"] == "km" and shore["len_km"] == pytest.approx(0.4) and shore["area_ha"] == 0
    assert shore["cost_wan"] == pytest.approx(480.0)
    assert all(f["XZQDM"] == "469002" and f["XZQMC"] == "琼海市" for f in by_type.values())
    # funding: default shares (40/30/20/10 for 25 and 42, 20/20/20/40 for 1, 30/20/20/30 for 46) add up
    assert [steep[k] for k in FUNDS] == pytest.approx([0.432, 0.324, 0.216, 0.108])
    assert [mine[k] for k in FUNDS] == pytest.approx([4.86, 4.86, 4.86, 9.72])
    assert [shore[k] for k in FUNDS] == pytest.approx([144.0, 96.0, 96.0, 144.0])
    for f in by_type.values():
        assert sum(f[k] for k in FUNDS) == pytest.approx(f["cost_wan"], abs=1e-9)
    # contributions
    assert (steep["zb_name"], steep["zb_value"], steep["xf_ha"]) == ("退耕还林还草面积", pytest.approx(0.72),
                                                                   pytest.approx(0.72))
    assert (mangrove["zb_name"], mangrove["zb_value"]) == ("红树林营造修复面积", pytest.approx(2.5))
    assert (shore["zb_name"], shore["zb_value"], shore["xf_ha"]) == ("整治修复海岸线长度", pytest.approx(0.4), 0)
    # the sea unit takes the score of the nearest unit (乙镇 0.3); first fit: 1.08 + 24.3 in 近期 (30),
    # 112.5 in 中期 (200), 480 in 远期 (1000)
    assert mangrove["score"] == pytest.approx(0.3) and mangrove["location"] == "HY001"
    assert [f["period"] for f in (steep, mine, mangrove, shore)] == ["近期", "近期", "中期", "远期"]
    # hierarchy: key areas 甲镇, 乙镇, the sea; the sea has two key projects (one per type)
    kps = {f["kp_id"]: f for f in res["KEY_PROJECTS"].getFeatures()}
    kas = {f["ka_id"]: f for f in res["KEY_AREAS_OUTPUT"].getFeatures()}
    assert {k: (f["ka_name"], f["n_kp"], f["n_proj"]) for k, f in kas.items()} == {
        "ZDQY01": ("甲镇", 1, 1), "ZDQY02": ("乙镇", 1, 1), "ZDQY03": ("海域生态保护修复区", 2, 2)}
    assert kas["ZDQY03"]["cost_wan"] == pytest.approx(592.5) and kas["ZDQY03"]["len_km"] == pytest.approx(0.4)
    assert (kas["ZDQY03"]["period"], kas["ZDQY03"]["years"]) == ("中期—远期", "2026-2035")
    assert shore["kp_id"] == "ZDGC0302" and shore["ka_id"] == "ZDQY03" and kps["ZDGC0302"]["type_code"] == 46
    projects = list(res["OUTPUT"].getFeatures())
    for kid, kp in kps.items():
        members = [p for p in projects if p["kp_id"] == kid]
        assert kp["n_proj"] == len(members)
        for k in ("cost_wan", "area_ha", "len_km") + FUNDS:
            assert kp[k] == pytest.approx(sum(p[k] if k != "area_ha" else p["xf_ha"] for p in members))
    for aid, ka in kas.items():
        for k in ("cost_wan", "area_ha", "len_km") + FUNDS:
            assert ka[k] == pytest.approx(sum(kp[k] for kp in kps.values() if kp["ka_id"] == aid))
    assert sum(ka["cost_wan"] for ka in kas.values()) == pytest.approx(res["TOTAL_COST"]) == \
        pytest.approx(1.08 + 24.3 + 112.5 + 480.0)
    assert kas["ZDQY03"].geometry().area() == pytest.approx(300.0 * 300.0)


def test_hierarchy_edited_tables_and_key_areas(run_alg):
    # an edited unit cost and funding split; key areas from polygons (both 甲镇 and 乙镇 in zone 'A')
    types = ["25", "陡坡耕地退耕还林还草", "hm²", "2", "林业", "退耕还林还草面积", "1",
             "42", "红树林营造与修复", "hm²", "40", "林业", "红树林营造修复面积", "1",
             "46", "岸线整治", "km", "1000", "海洋", "整治修复海岸线长度", "1"]
    funding = ["1", "50", "50", "0", "0", "25", "100", "0", "0", "0", "42", "0", "0", "0", "100",
               "46", "25", "25", "25", "25"]
    zones = polygons([rect(0, 0, 20, 10)], [("zone_name", QVariant.String)], [["A区"]])
    res = run(run_alg, TYPE_TABLE=types, FUNDING=funding, KEY_AREAS=zones, BUDGET_NEAR=10000.0)
    by_type = {f["type_name"]: f for f in res["OUTPUT"].getFeatures()}
    assert by_type["陡坡耕地退耕还林还草"]["cost_wan"] == pytest.approx(0.72 * 2)
    assert by_type["红树林营造与修复"]["cost_wan"] == pytest.approx(2.5 * 40)
    assert by_type["岸线整治"]["cost_wan"] == pytest.approx(0.4 * 1000)
    assert by_type["历史遗留矿山生态修复"]["cost_wan"] == pytest.approx(0.81 * 30)   # the cost table's type 1
    assert by_type["红树林营造与修复"]["tz_shzb"] == pytest.approx(100.0)
    assert by_type["历史遗留矿山生态修复"]["tz_zy"] == pytest.approx(0.81 * 15)
    kas = {f["ka_name"]: f for f in res["KEY_AREAS_OUTPUT"].getFeatures()}
    assert set(kas) == {"A区", "海域生态保护修复区"} and kas["A区"]["n_kp"] == 2
    assert kas["A区"]["cost_wan"] == pytest.approx(0.72 * 2 + 0.81 * 30)
    assert kas["A区"].geometry().area() == pytest.approx(600.0 * 300.0)


def test_hierarchy_bad_input(run_alg, tmp_path):
    path = str(tmp_path / "lib.gpkg")
    with pytest.raises(QgsProcessingException, match="not a 6-digit"):
        run(run_alg, REGION_CODE="4690", OUTPUT=path)
    with pytest.raises(QgsProcessingException, match="sum to 90 %"):
        run(run_alg, FUNDING=["25", "40", "30", "10", "10"], OUTPUT=path)
    with pytest.raises(QgsProcessingException, match="not in the project-type table"):
        run(run_alg, TYPE_TABLE=["42", "红树林营造与修复", "hm²", "45", "", "", "1"], OUTPUT=path)
    with pytest.raises(QgsProcessingException, match="or neither"):
        run(run_alg, SEA_UNITS=None, OUTPUT=path)
    assert not os.path.exists(path)


def test_target_attainment_by_period(run_alg):
    lib = run(run_alg)["OUTPUT"]
    s = QVariant.String
    targets = table([("unit_key", s), ("indicator", s), ("target", QVariant.Double)],
                    [["甲镇", "生态保护修复面积", 3.0], ["乙镇", "生态保护修复面积", 2.0],
                     ["全域", "红树林营造修复面积", 2.0], ["全域", "整治修复海岸线长度", 1.0]])
    values = table([("unit_key", s), ("indicator", s), ("value", QVariant.Double)],
                   [["甲镇", "生态保护修复面积", 0.0]])
    res = run_alg("targetattainment", {"TARGETS": targets, "VALUES": values, "PROJECTS": lib,
                                       "OUTPUT": "TEMPORARY_OUTPUT", "PERIOD_OUTPUT": "TEMPORARY_OUTPUT"})
    rows = {(f["indicator"], f["period"]): f for f in res["PERIOD_OUTPUT"].getFeatures()}
    area = [rows[("生态保护修复面积", p)] for p in ("近期", "中期", "远期")]
    # 近期: 0.72 + 0.81; 中期: + 2.5 (mangrove); 远期: shoreline (km) adds no area
    assert [r["added"] for r in area] == pytest.approx([1.53, 2.5, 0.0])
    assert [r["cumulative"] for r in area] == pytest.approx([1.53, 4.03, 4.03])
    assert area[0]["target"] == pytest.approx(5.0) and area[2]["status"] == "shortfall"
    assert area[1]["share_pct"] == pytest.approx(80.6)
    mg = [rows[("红树林营造修复面积", p)] for p in ("近期", "中期", "远期")]
    assert [r["cumulative"] for r in mg] == pytest.approx([0.0, 2.5, 2.5])
    assert [r["status"] for r in mg] == ["shortfall", "met", "met"]
    sh = [rows[("整治修复海岸线长度", p)] for p in ("近期", "中期", "远期")]
    assert [r["cumulative"] for r in sh] == pytest.approx([0.0, 0.0, 0.4]) and sh[2]["status_zh"] == "未达标"
    # cumulative = running sum of the added values, for every indicator
    for ind in {k[0] for k in rows}:
        added = [rows[(ind, p)]["added"] for p in ("近期", "中期", "远期")]
        assert [rows[(ind, p)]["cumulative"] for p in ("近期", "中期", "远期")] == pytest.approx(
            [sum(added[:k + 1]) for k in range(3)])
    assert rows[("历史遗留矿山生态修复面积", "近期")]["status"] == "no data"


def test_key_projects_sheet(run_alg):
    from eco_restore_plugin.algorithms.targets._sheet_keyprojects import key_projects_sheet
    from eco_restore_plugin.core import deliverables as D

    res = run(run_alg)
    sheet = key_projects_sheet(res["KEY_PROJECTS"])
    assert sheet["name"] == "重点工程表" and not D.check_totals(sheet)
    data = [r for r in sheet["rows"] if r[0] == "data"]
    total = [r for r in sheet["rows"] if r[0] == "total"][0]
    assert len(data) == 4
    n_text = len(sheet["headers"]) - len(sheet["decimals"])
    inv = sheet["headers"].index("总投资（万元）") - n_text
    assert total[1 + n_text + inv] == pytest.approx(1.08 + 24.3 + 112.5 + 480.0)
    # the four funding columns add up to the total investment
    assert sum(total[1 + n_text + inv + 1: 1 + n_text + inv + 5]) == pytest.approx(total[1 + n_text + inv])
    subtotals = [r for r in sheet["rows"] if r[0] == "subtotal"]
    assert [r[1] for r in subtotals] == ["ZDQY01 甲镇", "ZDQY02 乙镇", "ZDQY03 海域生态保护修复区"]


def test_attached_tables_write_the_key_projects_sheet(run_alg, tmp_path):
    import csv

    res = run(run_alg)
    out = run_alg("attachedtables", {"KEY_PROJECTS": res["KEY_PROJECTS"], "OUTPUT_FILE": str(tmp_path / "附表.xlsx")})
    assert out["SHEETS"] == 1
    path = tmp_path / "附表_重点工程表.csv"
    rows = list(csv.reader(open(path, encoding="utf-8-sig")))
    assert rows[0] == ["附表 生态保护修复重点工程表"] and rows[2][0] == "重点区域"
    assert rows[-1][0] == "合计" and rows[-1][7] == "617.88" and rows[-1][4] == "4"
    # 合计 of the funding columns = 合计 investment
    assert sum(float(v) for v in rows[-1][8:12]) == pytest.approx(617.88)
    if out.get("OUTPUT_FILE"):
        from openpyxl import load_workbook

        assert load_workbook(out["OUTPUT_FILE"]).sheetnames == ["重点工程表"]


def test_edited_library_keeps_scales_and_hierarchy(run_alg, tmp_path):
    path = str(tmp_path / "lib.gpkg")
    first = run(run_alg, OUTPUT=path)
    prio = inputs()[0]
    again = run_alg("projectlibrary", {"PRIORITY": prio, "EDITED": QgsVectorLayer(path, "lib", "ogr"),
                                       "BUDGET_NEAR": 30.0, "BUDGET_MID": 200.0, "BUDGET_FAR": 1000.0,
                                       "OUTPUT": "TEMPORARY_OUTPUT", "TABLE": "TEMPORARY_OUTPUT",
                                       "KEY_PROJECTS": "TEMPORARY_OUTPUT"})
    # the km project keeps its 0.4 km (not its area) and the marine key area; totals unchanged
    shore = [f for f in again["OUTPUT"].getFeatures() if f["type_name"] == "岸线整治"][0]
    assert shore["scale"] == pytest.approx(0.4) and shore["cost_wan"] == pytest.approx(480.0)
    assert shore["ka_name"] == "海域生态保护修复区"
    assert again["TOTAL_COST"] == pytest.approx(first["TOTAL_COST"])
    assert sorted(f["kp_id"] for f in again["KEY_PROJECTS"].getFeatures()) == [
        "ZDGC0101", "ZDGC0201", "ZDGC0301", "ZDGC0302"]


def test_unit_overlaps_by_pieces_and_across_units():
    """Overlaps of projects with units of more than 256 vertices (cut in pieces, issue 20): a project inside a
    unit gets its own area there, one across units the whole-unit overlays to the last digit, one touching a
    unit only along its edge no overlap with it, one outside no unit."""
    from qgis.core import QgsGeometry
    from eco_restore_plugin.algorithms.zoning import _projects

    def polygon(points):
        return QgsGeometry.fromWkt("POLYGON(({}))".format(", ".join("{} {}".format(*p) for p in points + points[:1])))

    # two 50 x 100 units whose shared edge x = 50 carries 401 vertices: each is cut in pieces
    a = polygon([(0, 0), (0, 100)] + [(50, 100 - k * 0.25) for k in range(401)])
    b = polygon([(50, k * 0.25) for k in range(401)] + [(100, 100), (100, 0)])
    assert a.isGeosValid() and b.isGeosValid() and a.area() == pytest.approx(5000) and b.area() == pytest.approx(5000)
    overlaps = _projects.unit_overlaps({7: a, 3: b})
    inside = QgsGeometry.fromRect(rect_box(10, 10, 20, 20))
    assert overlaps(inside) == {7: pytest.approx(100.0, rel=1e-12)}
    across = QgsGeometry.fromRect(rect_box(45, 10, 55, 30))
    assert overlaps(across) == {7: across.intersection(a).area(), 3: across.intersection(b).area()}
    assert overlaps(across)[7] == pytest.approx(100.0) and overlaps(across)[3] == pytest.approx(100.0)
    assert overlaps(QgsGeometry.fromRect(rect_box(40, 40, 50, 50))) == {7: pytest.approx(100.0, rel=1e-12)}
    assert overlaps(QgsGeometry.fromRect(rect_box(200, 200, 210, 210))) == {}


def rect_box(x0, y0, x1, y1):
    from qgis.core import QgsRectangle
    return QgsRectangle(x0, y0, x1, y1)
