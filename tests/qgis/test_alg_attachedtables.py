"""Attached tables through processing.run: every sheet's subtotals and totals equal the sums of its
rows and of the layer it came from; the CSV equals the sheet; bad input is refused."""
import csv

import openpyxl
import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException

from test_alg_problempatches import box, write

PROBLEMS = [("甲镇", "WT01", "生态保护红线内耕地", 1.2345), ("甲镇", "WT05", "陡坡耕地", 0.5),
            ("甲镇", "WT01", "生态保护红线内耕地", 2.0), ("乙镇", "WT07", "历史遗留矿山未修复", 3.14159)]
PROJECTS = [("XM0001", "矿山修复", "近期", "2021-2025", 10.5, 210.0), ("XM0002", "湿地修复", "近期", "2021-2025", 2.25, 67.5),
            ("XM0003", "水土流失", "中期", "2026-2030", 4.0, 12.345), ("XM0004", "水土流失", "", "", 1.0, 3.0)]


@pytest.fixture()
def layers(tmp_path):
    s, r = ogr.OFTString, ogr.OFTReal
    probs = write(tmp_path / "p.gpkg", ogr.wkbPolygon,
                  [(box(100 * i, 0, 100 * i + 100, 100), {"XZMC": t, "WTDM": c, "WTLX": n, "MJ": a})
                   for i, (t, c, n, a) in enumerate(PROBLEMS)], [("XZMC", s), ("WTDM", s), ("WTLX", s), ("MJ", r)])
    projs = write(tmp_path / "j.gpkg", ogr.wkbPolygon,
                  [(box(100 * i, 0, 100 * i + 100, 100), dict(zip(("proj_code", "type_name", "period", "years",
                                                                   "area_ha", "cost_wan"), p)))
                   for i, p in enumerate(PROJECTS)],
                  [("proj_code", s), ("type_name", s), ("period", s), ("years", s), ("area_ha", r), ("cost_wan", r)])
    # zones: A 0..300 x 0..100 (3 hm²), B 300..500 (2 hm²); townships split at x = 200
    zones = write(tmp_path / "z.gpkg", ogr.wkbPolygon, [(box(0, 0, 300, 100), {"zone_type": "A"}),
                                                         (box(300, 0, 500, 100), {"zone_type": "B"})],
                  [("zone_type", s)])
    towns = write(tmp_path / "t.gpkg", ogr.wkbPolygon, [(box(0, 0, 200, 100), {"name": "甲镇"}),
                                                         (box(200, 0, 500, 100), {"name": "乙镇"})], [("name", s)])
    return {"PROBLEMS": probs, "PROJECTS": projs, "ZONES": zones, "TOWNSHIPS": towns}


def sheet_rows(ws):
    return [list(r) for r in ws.iter_rows(min_row=4, values_only=True)]


def test_sheets_add_up(run_alg, layers, tmp_path):
    out = tmp_path / "附表.xlsx"
    res = run_alg("attachedtables", dict(layers, OUTPUT_FILE=str(out)))
    assert res["SHEETS"] == 3
    wb = openpyxl.load_workbook(str(out))
    assert wb.sheetnames == ["项目表", "修复分区统计表", "问题图斑统计表"]      # the order of a plan text
    ws = wb["问题图斑统计表"]
    assert "A1:E1" in [str(m) for m in ws.merged_cells.ranges]          # merged title row
    rows = sheet_rows(ws)
    data = [r for r in rows if r[1] not in ("小计", "") and r[0] != "合计"]
    total = rows[-1]
    assert total[0] == "合计" and total[3] == 4
    assert total[4] == pytest.approx(sum(r[4] for r in data))
    assert total[4] == pytest.approx(sum(p[3] for p in PROBLEMS), abs=1e-4)     # = the layer's ΣMJ
    sub = {r[0]: r for r in rows if r[1] == "小计"}
    assert sub["甲镇"][3] == 3 and sub["甲镇"][4] == pytest.approx(3.7345)
    assert ws["E5"].number_format == "0.0000"
    rows = sheet_rows(wb["项目表"])
    total = rows[-1]
    assert total[0] == "合计" and total[4] == pytest.approx(16.75) and total[5] == pytest.approx(289.85)
    # the unscheduled / dropped project (no period) is not in the table
    assert "XM0004" not in [r[1] for r in rows]
    rows = sheet_rows(wb["修复分区统计表"])
    got = {(r[0], r[1]): r[2] for r in rows}
    assert got[("甲镇", "A")] == pytest.approx(2.0) and got[("乙镇", "A")] == pytest.approx(1.0)
    assert got[("乙镇", "B")] == pytest.approx(2.0) and rows[-1][0] == "合计" and rows[-1][2] == pytest.approx(5.0)
    # the CSV of a sheet holds the same rows as text with fixed decimals
    csvs = res["CSV_FILES"].split(";")
    assert len(csvs) == 3
    with open([c for c in csvs if c.endswith("_问题图斑统计表.csv")][0], encoding="utf-8-sig") as fh:
        lines = list(csv.reader(fh))
    assert lines[2] == ["乡镇", "问题代码", "问题类型", "图斑数（个）", "面积（hm²）"]
    assert lines[-1] == ["合计", "", "", "4", "{:.4f}".format(sum(p[3] for p in PROBLEMS))]


def test_bad_input(run_alg, layers, tmp_path):
    with pytest.raises(QgsProcessingException, match="at least one input"):
        run_alg("attachedtables", {"OUTPUT_FILE": str(tmp_path / "a.xlsx")})
    with pytest.raises(QgsProcessingException, match="lack the field"):
        run_alg("attachedtables", {"PROBLEMS": layers["ZONES"], "OUTPUT_FILE": str(tmp_path / "b.xlsx")})
    assert not (tmp_path / "b.xlsx").exists()
