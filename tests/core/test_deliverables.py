"""Attached-table rows: subtotals and totals by hand, and the check catches a planted wrong total."""
from eco_restore_plugin.core import deliverables as D

RECS = [{"t": "甲镇", "k": "WT01", "n": 1, "a": 1.23456}, {"t": "甲镇", "k": "WT01", "n": 1, "a": 2.0},
        {"t": "甲镇", "k": "WT05", "n": 1, "a": 0.5}, {"t": "乙镇", "k": "WT01", "n": 1, "a": 3.33333}]


def test_grouped_rows_by_hand():
    rows = D.grouped_rows(RECS, "t", ["k"], ["n", "a"], [0, 2])
    assert rows == [["data", "乙镇", "WT01", 1.0, 3.33], ["subtotal", "乙镇", "小计", 1.0, 3.33],
                    ["data", "甲镇", "WT01", 2.0, 3.23], ["data", "甲镇", "WT05", 1.0, 0.5],
                    ["subtotal", "甲镇", "小计", 3.0, 3.73], ["total", "合计", "", 4.0, 7.06]]


def test_check_totals_catches_a_wrong_total():
    sheet = {"name": "s", "headers": ["乡镇", "代码", "个", "面积"], "decimals": [0, 2],
             "rows": D.grouped_rows(RECS, "t", ["k"], ["n", "a"], [0, 2])}
    assert D.check_totals(sheet) == []
    sheet["rows"][-1][-1] = 7.07
    assert len(D.check_totals(sheet)) == 1
    sheet["rows"][1][-1] = 3.0
    assert len(D.check_totals(sheet)) == 2


def test_csv_rows_fixed_decimals():
    sheet = {"name": "s", "title": "T", "unit": "U", "headers": ["乡镇", "代码", "个", "面积"], "decimals": [0, 2],
             "rows": D.grouped_rows(RECS[:1], "t", ["k"], ["n", "a"], [0, 2])}
    assert D.csv_rows(sheet)[3] == ["甲镇", "WT01", "1", "1.23"]
    assert D.csv_rows(sheet)[-1] == ["合计", "", "1", "1.23"]
