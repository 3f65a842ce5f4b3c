"""The plan sheets of the attached tables through processing.run on hand-made inputs: 规划指标表,
现状地类结构表, 生态保护重要性与脆弱性面积统计表 and 土地综合整治潜力表. Every total equals the sum of its rows
and the sum of the layer or raster it came from (hand computed below); headers are merged; without
openpyxl the CSV files are still written."""
import csv
import sys

import numpy as np
import openpyxl
import pytest
from osgeo import gdal, ogr
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from rasterutil import write_tif
from test_alg_problempatches import X0, Y0, box, write

S, R, I = ogr.OFTString, ogr.OFTReal, ogr.OFTInteger
CELL_HM2 = 0.09                                  # 30 m cells


def table(path, rows, fields):
    """A GeoPackage attribute table (no geometry) with ``rows`` (dicts)."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer("t", None, ogr.wkbNone, options=["ASPATIAL_VARIANT=GPKG_ATTRIBUTES"])
    for name, typ in fields:
        lyr.CreateField(ogr.FieldDefn(name, typ))
    for attrs in rows:
        f = ogr.Feature(lyr.GetLayerDefn())
        for k, v in attrs.items():
            f.SetField(k, v)
        lyr.CreateFeature(f)
    ds = None
    return str(path)


def rows_from(ws, first):
    """The table rows from row ``first`` (the notes under the table left out)."""
    rows = [list(r) for r in ws.iter_rows(min_row=first, values_only=True)]
    return [r for r in rows if not str(r[0] or "").startswith("注：")]


def merged(ws):
    return {str(m) for m in ws.merged_cells.ranges}


@pytest.fixture()
def towns(tmp_path):
    # 甲镇 x 0..60, 乙镇 x 60..120 (two raster columns each); codes = ZLDWDM[:9]
    return write(tmp_path / "towns.gpkg", ogr.wkbPolygon,
                 [(box(0, 0, 60, 120), {"name": "甲镇", "code": "469099100"}),
                  (box(60, 0, 120, 120), {"name": "乙镇", "code": "469099101"})], [("name", S), ("code", S)])


# ---------------------------------------------------------------------------------------------
def test_indicator_sheet_from_the_targets_table(run_alg, tmp_path):
    src = table(tmp_path / "ind.gpkg", [
        {"position": 0, "key": "forest_coverage", "name_zh": "森林覆盖率", "unit": "%", "dimension": "health",
         "type": "expected", "basis": "林业口径", "base": 55.123, "t2025": 56.0, "t2030": 57.0, "t2035": 58.0},
        {"position": 1, "key": "red_line_area", "name_zh": "生态保护红线面积", "unit": "km²", "dimension": "security",
         "type": "binding", "basis": "划定面积", "base": 12.5, "t2025": 12.5, "t2030": 12.5, "t2035": 12.5}],
        [("position", I), ("key", S), ("name_zh", S), ("unit", S), ("dimension", S), ("type", S), ("basis", S),
         ("base", R), ("t2025", R), ("t2030", R), ("t2035", R)])
    out = tmp_path / "a.xlsx"
    assert run_alg("attachedtables", {"INDICATORS": src, "OUTPUT_FILE": str(out)})["SHEETS"] == 1
    ws = openpyxl.load_workbook(str(out))["规划指标表"]
    assert {"H3:J3", "A3:A4", "G3:G4"} <= merged(ws)         # 规划目标值 across the years, the rest merged down
    assert ws["H3"].value == "规划目标值" and ws["H4"].value == "2025年" and ws["G3"].value == "基期值（2020年）"
    rows = rows_from(ws, 5)
    # the binding security indicator first (dimension order), then the expected one
    assert rows[0][:7] == ["国土空间安全优质", "生态保护红线面积", "km²", "约束性", "划定面积", "全域", 12.5]
    assert rows[1][1] == "森林覆盖率" and rows[1][3] == "预期性" and rows[1][6:] == [55.12, 56.0, 57.0, 58.0]
    assert ws["G6"].number_format == "0.00"


def test_indicator_sheet_from_base_values_per_township(run_alg, tmp_path):
    src = table(tmp_path / "base.gpkg", [
        {"unit_key": "甲镇", "indicator_key": "forest_coverage", "indicator": "森林覆盖率", "unit": "%",
         "value": 50.0, "numerator": 5.0, "denominator": 10.0, "basis": "口径A"},
        {"unit_key": "乙镇", "indicator_key": "forest_coverage", "indicator": "森林覆盖率", "unit": "%",
         "value": 20.0, "numerator": 2.0, "denominator": 10.0, "basis": "口径A"},
        # 水土保持率 = 1 - eroded / land: the numerator is the eroded area (2 and 6 of 10 km²)
        {"unit_key": "甲镇", "indicator_key": "soil_conservation", "indicator": "水土保持率", "unit": "%",
         "value": 80.0, "numerator": 2.0, "denominator": 10.0, "basis": "口径C"},
        {"unit_key": "乙镇", "indicator_key": "soil_conservation", "indicator": "水土保持率", "unit": "%",
         "value": 40.0, "numerator": 6.0, "denominator": 10.0, "basis": "口径C"},
        {"unit_key": "甲镇", "indicator_key": "forest_land", "indicator": "林地保有量", "unit": "hm²",
         "value": 12.3456, "numerator": 12.3456, "denominator": 100.0, "basis": "口径B"},
        {"unit_key": "乙镇", "indicator_key": "forest_land", "indicator": "林地保有量", "unit": "hm²",
         "value": 1.0, "numerator": 1.0, "denominator": 100.0, "basis": "口径B"},
        # a row named by its rule (the catalogue's key is island_shoreline): dimension and type still found
        {"unit_key": "甲镇", "indicator_key": "island_natural_shoreline", "indicator": "海岛自然岸线保有率", "unit": "%",
         "value": 90.0, "numerator": 9.0, "denominator": 10.0, "basis": "口径D"}],
        [("unit_key", S), ("indicator_key", S), ("indicator", S), ("unit", S), ("value", R), ("numerator", R),
         ("denominator", R), ("basis", S)])
    out = tmp_path / "b.xlsx"
    run_alg("attachedtables", {"INDICATORS": src, "OUTPUT_FILE": str(out)})
    rows = rows_from(openpyxl.load_workbook(str(out))["规划指标表"], 5)
    got = {(r[1], r[5]): r for r in rows if r[1]}
    # a rate over the region = Σ numerator / Σ denominator = 7 / 20 = 35 %, not the mean of the rates
    assert got[("森林覆盖率", "全域")][6] == pytest.approx(35.0)
    assert got[("森林覆盖率", "甲镇")][3] == "预期性" and got[("森林覆盖率", "甲镇")][4] == "口径A"
    # the region rate is the denominator-weighted mean: 1 - 8 / 20 = 60 % (not Σ numerator / Σ denominator = 40)
    assert got[("水土保持率", "全域")][6] == pytest.approx(60.0)
    # a total over the region = the sum of the printed township values 12.35 + 1.00
    assert got[("林地保有量", "全域")][6] == pytest.approx(13.35)
    assert got[("林地保有量", "甲镇")][3] == "约束性"
    assert got[("海岛自然岸线保有率", "甲镇")][0] == "国土空间安全优质" and got[("海岛自然岸线保有率", "甲镇")][3] == "预期性"


# ---------------------------------------------------------------------------------------------
PARCELS = [("469099100001", "0101", 1000.0), ("469099100001", "0301", 3000.0), ("469099100002", "0102", 2000.6),
           ("469099101001", "0101", 500.2), ("469099101001", "1101", 4500.0)]


def parcels(tmp_path):
    return write(tmp_path / "dltb.gpkg", ogr.wkbPolygon,
                 [(box(10 * i, 0, 10 * i + 10, 10), {"ZLDWDM": z, "DLBM": c, "TBDLMJ": a})
                  for i, (z, c, a) in enumerate(PARCELS)], [("ZLDWDM", S), ("DLBM", S), ("TBDLMJ", R)])


def test_landuse_sheet_by_class_and_township(run_alg, tmp_path, towns):
    src = parcels(tmp_path)
    out = tmp_path / "c.xlsx"
    run_alg("attachedtables", {"LANDUSE": src, "TOWNSHIPS": towns, "OUTPUT_FILE": str(out)})
    ws = openpyxl.load_workbook(str(out))["现状地类结构表"]
    assert {"C3:D3", "E3:F3", "G3:H3", "A3:A4"} <= merged(ws)
    assert [ws["C3"].value, ws["E3"].value, ws["G3"].value] == ["全域", "甲镇", "乙镇"]   # names from the codes
    rows = rows_from(ws, 5)
    by = {r[0]: r for r in rows}
    # 甲镇: 0101 0.1, 0102 0.20006 -> 0.2001, 0301 0.3 hm² (0.6001); shares 16.6639 / 33.3444 / 49.9917 %
    # rounded down to 99.99, the missing 0.01 to the largest remainder (33.3444): 16.66 / 33.35 / 49.99
    assert by["0101"][4:6] == [pytest.approx(0.1), pytest.approx(16.66)]
    assert by["0102"][4:6] == [pytest.approx(0.2001), pytest.approx(33.35)]
    assert by["0301"][5] == pytest.approx(49.99) and by["01"][4:6] == [pytest.approx(0.3001), pytest.approx(50.01)]
    # 乙镇: 0101 0.05002 -> 0.05, 1101 0.45 hm²; the region column is the sum of the townships in every row
    assert by["0101"][2] == pytest.approx(0.15) and by["1101"][6] == pytest.approx(0.45)
    total = rows[-1]
    assert total[0] == "合计" and "A{0}:B{0}".format(4 + len(rows)) in merged(ws)
    data = [r for r in rows if len(r[0] or "") == 4]
    assert total[2] == pytest.approx(sum(r[2] for r in data))                      # = its rows
    assert total[2] == pytest.approx(sum(a for _, _, a in PARCELS) / 1e4, abs=2e-4)  # = Σ TBDLMJ of the layer
    assert [total[3], total[5], total[7]] == [100.0, 100.0, 100.0]
    assert sum(r[5] for r in data) == pytest.approx(100.0)
    # the same sheet from the output table of 'Land-use structure table' on the same parcels
    st = run_alg("landusestructure", {"INPUT": src, "OUTPUT": str(tmp_path / "st.gpkg")})["OUTPUT"]
    out2 = tmp_path / "c2.xlsx"
    run_alg("attachedtables", {"LANDUSE": st, "TOWNSHIPS": towns, "OUTPUT_FILE": str(out2)})
    assert rows_from(openpyxl.load_workbook(str(out2))["现状地类结构表"], 5) == rows


# ---------------------------------------------------------------------------------------------
# 4 rows x 5 columns of 30 m; the fifth column (x 120..150) lies outside both townships
IMPORTANCE = np.array([[3, 3, 2, 1, 3], [3, 2, 2, 1, 0], [0, 2, 1, 1, 0], [3, 1, 1, 0, 0]], np.uint8)
VULNERABILITY = np.array([[3, 1, 1, 1, 1], [1, 1, 1, 1, 1], [1, 1, 1, 1, 1], [1, 1, 1, 2, 1]], np.uint8)


def grade_tif(path, arr, names=None):
    p = write_tif(path, arr, nodata=0, origin=(X0, Y0 + 120.0), dtype="Byte")
    if names:
        ds = gdal.Open(p, gdal.GA_Update)
        ds.GetRasterBand(1).SetCategoryNames(names)
        ds = None
    return p


def test_grade_sheet_by_township(run_alg, tmp_path, towns):
    imp = grade_tif(tmp_path / "imp.tif", IMPORTANCE)
    vul = grade_tif(tmp_path / "vul.tif", VULNERABILITY, ["", "低", "中", "高"])
    out = tmp_path / "d.xlsx"
    run_alg("attachedtables", {"IMPORTANCE": imp, "VULNERABILITY": [vul], "TOWNSHIPS": towns,
                               "OUTPUT_FILE": str(out)})
    ws = openpyxl.load_workbook(str(out))["生态保护重要性与脆弱性面积统计表"]
    # 乡镇 merged down 3 header rows; each evaluation 3 grades x (hm², %) + 合计 = 7 columns
    assert {"A3:A5", "B3:H3", "I3:O3", "B4:C4", "H4:H5"} <= merged(ws)
    assert [ws["B3"].value, ws["B4"].value, ws["D4"].value, ws["F4"].value] == ["生态保护重要性", "极重要", "重要",
                                                                               "一般重要"]
    assert ws["H4"].value == "合计（hm²）"
    assert ws["I3"].value == "生态脆弱性" and [ws["I4"].value, ws["K4"].value] == ["高", "中"]  # the raster's categories
    rows = {r[0]: r for r in rows_from(ws, 6)}
    # 甲镇 (columns 0-1): 极重要 4 cells, 重要 2, 一般 1 (one nodata); shares 4/7, 2/7, 1/7 by largest remainder
    assert rows["甲镇"][1:8] == [pytest.approx(v) for v in (0.36, 57.14, 0.18, 28.57, 0.09, 14.29, 0.63)]
    # 乙镇: 重要 2 cells, 一般 5 (one nodata)
    assert rows["乙镇"][1:8] == [pytest.approx(v) for v in (0.0, 0.0, 0.18, 28.57, 0.45, 71.43, 0.63)]
    # the graded cells outside the townships: a row of their own (one 极重要 cell, four vulnerability cells)
    assert rows["乡镇范围外"][1:8] == [pytest.approx(v) for v in (0.09, 100.0, 0.0, 0.0, 0.0, 0.0, 0.09)]
    total = rows["合计"]
    # 极重要 5, 重要 4, 一般 6 cells: 33.333 / 26.667 / 40 % -> 33.33 / 26.67 / 40.00
    assert total[1:8] == [pytest.approx(v) for v in (0.45, 33.33, 0.36, 26.67, 0.54, 40.0, 1.35)]
    # = the raster: 15 graded cells x 0.09 hm²; vulnerability: 20 cells, 极脆弱 1, 脆弱 1
    assert total[7] == pytest.approx(np.count_nonzero(IMPORTANCE) * CELL_HM2)
    assert total[8] == pytest.approx(CELL_HM2) and total[10] == pytest.approx(CELL_HM2)
    assert total[14] == pytest.approx(VULNERABILITY.size * CELL_HM2)
    for r in (rows["甲镇"], rows["乙镇"]):
        assert r[9] + r[11] + r[13] == pytest.approx(100.0)


# ---------------------------------------------------------------------------------------------
UNITS = [("甲镇", 1.23456, 0.5, 0.0, 1.0, 0.25, 0.0), ("乙镇", 2.0, 0.4, 1.5, 1.5, 0.3, 1.0)]
POT = ["fc_new_hm2", "st_pot_hm2", "id_pot_hm2"]


def test_potential_sheet_theoretical_and_realistic(run_alg, tmp_path):
    src = write(tmp_path / "units.gpkg", ogr.wkbPolygon,
                [(box(100 * i, 0, 100 * i + 100, 100), dict(zip(["unit"] + POT + [p + "_r" for p in POT], u)))
                 for i, u in enumerate(UNITS)], [("unit", S)] + [(p, R) for p in POT + [p + "_r" for p in POT]])
    out = tmp_path / "e.xlsx"
    run_alg("attachedtables", {"POTENTIAL": src, "OUTPUT_FILE": str(out)})
    ws = openpyxl.load_workbook(str(out))["土地综合整治潜力表"]
    assert {"C3:D3", "E3:F3", "A3:A4", "B3:B4"} <= merged(ws)
    assert [ws["C3"].value, ws["E3"].value, ws["C4"].value, ws["D4"].value] == ["理论潜力", "现实潜力", "面积（hm²）",
                                                                                 "面积（亩）"]
    rows = rows_from(ws, 5)
    first = rows[0]
    assert first[:4] == ["甲镇", "耕地整治潜力（新增耕地）", 1.2346, 18.52]      # in the order of the layer
    sub = {r[0]: r for r in rows if r[1] == "小计"}
    assert sub["甲镇"][2:] == [pytest.approx(v) for v in (1.7346, 26.02, 1.25, 18.75)]
    total = rows[-1]
    data = [r for r in rows if r[1] not in ("小计", None) and r[0] != "合计"]
    assert len(data) == 6
    for j in range(2, 6):
        assert total[j] == pytest.approx(sum(r[j] for r in data))                  # = its rows
    assert total[2] == pytest.approx(sum(sum(u[1:4]) for u in UNITS), abs=3e-4)   # = Σ fields of the layer
    assert total[4] == pytest.approx(sum(sum(u[4:7]) for u in UNITS), abs=3e-4)
    assert total[3] == pytest.approx(84.52)                                       # 亩 = hm² x 15, summed rounded


# ---------------------------------------------------------------------------------------------
class Warnings(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):
        self.warnings.append(text)
        super().pushWarning(text)


def test_without_openpyxl_only_csv(run_alg, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "openpyxl", None)           # import openpyxl raises ImportError
    fb = Warnings()
    out = tmp_path / "f.xlsx"
    res = run_alg("attachedtables", {"LANDUSE": parcels(tmp_path), "OUTPUT_FILE": str(out)}, feedback=fb)
    assert res["OUTPUT_FILE"] is None and not out.exists()
    assert any("python3-openpyxl" in w for w in fb.warnings)
    with open(res["CSV_FILES"], encoding="utf-8-sig") as fh:
        lines = list(csv.reader(fh))
    assert lines[2][2] == "全域" and lines[3][:4] == ["地类编码", "地类名称", "面积（hm²）", "占比（%）"]
    assert lines[-2][:4] == ["合计", "", "{:.4f}".format(sum(a for _, _, a in PARCELS) / 1e4), "100.00"]


def test_bad_plan_inputs(run_alg, tmp_path, towns):
    with pytest.raises(QgsProcessingException, match="neither the 三调 parcels"):
        run_alg("attachedtables", {"LANDUSE": towns, "OUTPUT_FILE": str(tmp_path / "g.xlsx")})
    with pytest.raises(QgsProcessingException, match="lack the potential fields"):
        run_alg("attachedtables", {"POTENTIAL": towns, "OUTPUT_FILE": str(tmp_path / "g.xlsx")})
    with pytest.raises(QgsProcessingException, match="indicator table is neither"):
        run_alg("attachedtables", {"INDICATORS": towns, "OUTPUT_FILE": str(tmp_path / "g.xlsx")})
    bad = IMPORTANCE.copy()
    bad[0, 0] = 7                                                    # not a grade
    with pytest.raises(QgsProcessingException, match="code.s. 7 outside its grades"):
        run_alg("attachedtables", {"IMPORTANCE": grade_tif(tmp_path / "bad.tif", bad),
                                   "OUTPUT_FILE": str(tmp_path / "g.xlsx")})
    assert not list(tmp_path.glob("g*"))
