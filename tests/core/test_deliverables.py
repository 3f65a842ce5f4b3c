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


def test_shares_largest_remainder_by_hand():
    # 1/3 each: 33.33 x 3 = 99.99, the missing 0.01 to the first of the equal remainders
    assert D.shares([1, 1, 1]) == [33.34, 33.33, 33.33]
    # 4/7, 2/7, 1/7 = 57.142857, 28.571428, 14.285714: floors add to 99.99, 14.28 has the largest remainder
    assert D.shares([4, 2, 1]) == [57.14, 28.57, 14.29]
    assert D.shares([0, 0]) == [0.0, 0.0] and D.shares([5, None, -1]) == [100.0, 0.0, 0.0]
    assert sum(D.shares([0.1, 0.2001, 0.3])) == 100.0


def test_check_totals_groups_shares_and_row_sums():
    sheet = {"name": "s", "headers": ["类", "全域", "%", "甲", "乙"], "decimals": [2, 2, 2, 2],
             "shares": [1], "row_sums": [(0, [2, 3])],
             "rows": [["group", "01", 3.0, 60.0, 1.0, 2.0], ["data", "0101", 1.0, 20.0, 0.5, 0.5],
                      ["data", "0102", 2.0, 40.0, 0.5, 1.5], ["group", "03", 2.0, 40.0, 2.0, 0.0],
                      ["data", "0301", 2.0, 40.0, 2.0, 0.0],
                      ["total", "合计", 5.0, 100.0, 3.0, 2.0]]}
    assert D.check_totals(sheet) == []
    sheet["rows"][0][2] = 2.5                    # a group row that is neither the sum of the rows under it
    assert len(D.check_totals(sheet)) == 2       # nor the sum of its township columns
    sheet["rows"][0][2] = 3.0
    sheet["rows"][-1][3] = 99.0                  # a share column whose total is not 100
    assert len(D.check_totals(sheet)) == 1
    sheet["rows"][-1][3] = 100.0
    sheet["rows"][1][2] = 1.1                    # 全域 is not 甲 + 乙 in a row (and the group, the total differ)
    assert any("0101" in p for p in D.check_totals(sheet))
    across = {"name": "t", "headers": ["乡镇", "a", "%", "b", "%"], "decimals": [2, 2, 2, 2],
              "row_shares": [[1, 3]], "rows": [["data", "甲", 1.0, 25.0, 3.0, 75.0],
                                               ["total", "合计", 1.0, 25.0, 3.0, 74.0]]}
    assert len(D.check_totals(across)) == 1      # shares across a row add up to 99, not 100
