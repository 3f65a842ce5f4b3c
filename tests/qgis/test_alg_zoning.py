"""Restoration zoning algorithms through processing.run: hand-built cases, contiguity, priority,
budgets, reproducibility and bad input (nothing half written)."""
import os

import numpy as np
import pytest
from qgis.core import (
    NULL,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingException,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from rasterutil import ORIGIN, read_tif, write_tif

X0, Y0 = ORIGIN
CELL = 30.0


def rect(c0, r0, c1, r1, cell=CELL):
    """Polygon covering cells rows r0..r1-1, cols c0..c1-1 of the test grid."""
    a, b = X0 + c0 * cell, Y0 - r1 * cell
    c, d = X0 + c1 * cell, Y0 - r0 * cell
    return QgsGeometry.fromWkt("POLYGON(({a} {b},{c} {b},{c} {d},{a} {d},{a} {b}))".format(a=a, b=b, c=c, d=d))


def polygons(geoms, fields=(), attrs=None, kind="Polygon", crs="EPSG:4546"):
    lyr = QgsVectorLayer("{}?crs={}".format(kind, crs), "p", "memory")
    lyr.dataProvider().addAttributes([QgsField(n, t) for n, t in fields])
    lyr.updateFields()
    feats = []
    for i, g in enumerate(geoms):
        f = QgsFeature(lyr.fields())
        f.setGeometry(g)
        if attrs is not None:
            f.setAttributes(list(attrs[i]))
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    return lyr


def features(layer):
    return sorted(layer.getFeatures(), key=lambda f: f.id())


# --------------------------------------------------------------------------------------------
# restoration mode
# --------------------------------------------------------------------------------------------
def test_mode_decision_matrix_on_known_cells(run_alg, tmp_path):
    imp = write_tif(tmp_path / "i.tif", np.array([[3, 3, 1, 2], [1, 2, 3, 3]], np.int32), nodata=0)
    deg = write_tif(tmp_path / "d.tif", np.array([[0, 3, 2, 1], [3, 2, 1, 1]], np.int32), nodata=-1)
    res = write_tif(tmp_path / "r.tif", np.array([[2, 1, 2, 3], [1, 3, 3, 1]], np.int32), nodata=0)
    lu = write_tif(tmp_path / "lu.tif", np.array([[301, 301, 301, 101], [602, 301, 701, 301]], np.int32), nodata=0)
    out, sp = str(tmp_path / "m.tif"), str(tmp_path / "s.tif")
    run_alg("restorationmode", {"IMPORTANCE": imp, "DEGRADATION": deg, "DEGRADATION_CODING": 0, "RESILIENCE": res,
                                "LANDUSE": lu, "OUTPUT": out, "SPACE_OUTPUT": sp})
    m = read_tif(out)[0]
    # default matrix: (3,0,2)->1 (3,3,1)->4 (1,2,2)->3 (2,1,3)->2 | 602 -> 4, (2,2,3)->2 (3,1,3)->1 (3,1,1)->3
    np.testing.assert_array_equal(m, [[1, 4, 3, 2], [4, 2, 1, 3]])
    s = read_tif(sp)[0]
    np.testing.assert_array_equal(s, [[1, 1, 1, 2], [1, 1, 3, 1]])


def test_mode_user_matrix_pressure_and_coding(run_alg, tmp_path):
    imp = write_tif(tmp_path / "i.tif", np.full((1, 3), 2, np.int32), nodata=0)
    deg = write_tif(tmp_path / "d.tif", np.array([[2, 2, 4]], np.int32), nodata=0)  # 1-4 coding
    res = write_tif(tmp_path / "r.tif", np.full((1, 3), 3, np.int32), nodata=0)
    pr = write_tif(tmp_path / "p.tif", np.array([[0.1, 0.9, 0.9]]))
    out = str(tmp_path / "m.tif")
    run_alg("restorationmode", {"IMPORTANCE": imp, "DEGRADATION": deg, "DEGRADATION_CODING": 1,
                                "RESILIENCE": res, "PRESSURE": pr, "PRESSURE_THRESHOLD": 0.5,
                                "DECISION_MATRIX": ["*", "*", "*", "自然恢复", "*", 3, "*", 4],
                                "OUTPUT": out, "SPACE_OUTPUT": str(tmp_path / "s.tif")})
    # light (2 -> 1): natural recovery, pressure 0.9 -> assisted; severe (4 -> 3): reconstruction
    np.testing.assert_array_equal(read_tif(out)[0], [[2, 3, 4]])


def test_mode_missing_combination_refused_nothing_written(run_alg, tmp_path):
    imp = write_tif(tmp_path / "i.tif", np.full((2, 2), 2, np.int32), nodata=0)
    out = str(tmp_path / "m.tif")
    with pytest.raises(QgsProcessingException, match="no mode"):
        run_alg("restorationmode", {"IMPORTANCE": imp, "DEGRADATION": imp, "DEGRADATION_CODING": 0, "RESILIENCE": imp,
                                    "DECISION_MATRIX": [1, "*", "*", 1, 2, "*", "*", 2],
                                    "OUTPUT": out, "SPACE_OUTPUT": str(tmp_path / "s.tif")})
    assert not os.path.exists(out) and not os.path.exists(str(tmp_path / "s.tif"))
    # a degradation value outside the coding
    deg = write_tif(tmp_path / "d.tif", np.full((2, 2), 4, np.int32), nodata=0)
    with pytest.raises(QgsProcessingException, match="degradation raster has values 4"):
        run_alg("restorationmode", {"IMPORTANCE": imp, "DEGRADATION": deg, "DEGRADATION_CODING": 0, "RESILIENCE": imp,
                                    "OUTPUT": out, "SPACE_OUTPUT": str(tmp_path / "s.tif")})
    assert not os.path.exists(out)
    assert not [p for p in os.listdir(tmp_path) if ".part" in p]


# --------------------------------------------------------------------------------------------
# restoration units
# --------------------------------------------------------------------------------------------
def unit_rasters(tmp_path):
    """6 x 6 grid: left half 极重要 (3), right half 一般重要 (1); degradation 0 left / 3 right."""
    imp = np.ones((6, 6), np.int32)
    imp[:, :3] = 3
    deg = np.zeros((6, 6), np.int32)
    deg[:, 3:] = 3
    deg[0, 3] = 1
    res = np.full((6, 6), 2, np.int32)
    cor = np.zeros((6, 6))
    cor[2, :] = 1
    lu = np.full((6, 6), 301, np.int32)
    lu[4:, 3:] = 101
    return {"IMPORTANCE": write_tif(tmp_path / "imp.tif", imp, nodata=0),
            "DEGRADATION": write_tif(tmp_path / "deg.tif", deg, nodata=-1), "DEGRADATION_CODING": 0,
            "RESILIENCE": write_tif(tmp_path / "res.tif", res, nodata=0),
            "CORRIDORS": write_tif(tmp_path / "cor.tif", cor),
            "LANDUSE": write_tif(tmp_path / "lu.tif", lu, nodata=0)}


def test_units_polygon_zonal_summaries(run_alg, tmp_path):
    ras = unit_rasters(tmp_path)
    units = polygons([rect(0, 0, 3, 6), rect(3, 0, 6, 6), rect(10, 10, 12, 12)],
                     [("name", QVariant.String)], [["West"], ["East"], ["Far"]])
    red = polygons([rect(0, 0, 3, 3)])
    res = run_alg("restorationunits", dict(ras, UNITS=units, NAME_FIELD="name", RED_LINE=red,
                                           OUTPUT="TEMPORARY_OUTPUT"))
    f = {x["unit_name"]: x for x in res["OUTPUT"].getFeatures()}
    w, e = f["West"], f["East"]
    assert w["cells"] == 18 and e["cells"] == 18
    assert w["imp3_sh"] == pytest.approx(1.0) and e["imp3_sh"] == pytest.approx(0.0)
    assert w["deg_mean"] == pytest.approx(0.0)
    assert e["deg_mean"] == pytest.approx((17 * 3 + 1) / 18, abs=1e-6)
    assert e["deg_sev_sh"] == pytest.approx(17 / 18, abs=1e-6)
    assert w["corr_sh"] == pytest.approx(3 / 18, abs=1e-6)
    assert w["red_sh"] == pytest.approx(0.5) and e["red_sh"] == pytest.approx(0.0)
    assert w["lu_dom"] == 301 and e["lu_dom"] == 301 and e["lu_dom_sh"] == pytest.approx(12 / 18, abs=1e-6)
    assert w["area_km2"] == pytest.approx(18 * 900 / 1e6)
    assert f["Far"]["cells"] == 0 and f["Far"]["imp3_sh"] == NULL and f["Far"]["deg_mean"] == NULL


def test_units_grid_and_no_overlap_refused(run_alg, tmp_path):
    ras = unit_rasters(tmp_path)
    res = run_alg("restorationunits", dict(ras, UNIT_TYPE=2, GRID_SIZE=90.0, OUTPUT="TEMPORARY_OUTPUT"))
    out = res["OUTPUT"]
    assert out.featureCount() == 4
    assert sorted(f["cells"] for f in out.getFeatures()) == [9, 9, 9, 9]
    assert sorted(f["imp3_sh"] for f in out.getFeatures()) == [0.0, 0.0, 1.0, 1.0]
    far = polygons([rect(100, 100, 110, 110)])
    path = str(tmp_path / "u.gpkg")
    with pytest.raises(QgsProcessingException, match="No unit overlaps"):
        run_alg("restorationunits", dict(ras, UNITS=far, OUTPUT=path))
    assert not os.path.exists(path)


# --------------------------------------------------------------------------------------------
# restoration zoning
# --------------------------------------------------------------------------------------------
UNIT_FIELDS = [("unit_id", QVariant.Int), ("red_sh", QVariant.Double), ("imp3_sh", QVariant.Double),
               ("deg_mean", QVariant.Double), ("farm_sh", QVariant.Double),
               ("ubnd_sh", QVariant.Double), ("res_mean", QVariant.Double), ("mode_dom", QVariant.Int)]
# P 生态保护区, U 城镇生态提升区, A 农业空间综合整治区, R 生态修复区 (fallback rule)
PATTERN = ["PPAA",
           "PUUA",
           "RRUA",
           "PRRA"]
ATTRS = {"P": (1.0, 0.8, 0.2, 0.0, 0.0, 3.0), "U": (0.0, 0.0, 1.0, 0.0, 0.9, 2.0),
         "A": (0.0, 0.0, 1.0, 0.8, 0.0, 2.0), "R": (0.0, 0.1, 2.5, 0.1, 0.0, 1.0)}
MODES = {"P": 1, "U": 3, "A": 2, "R": 4}


def unit_grid(pattern=PATTERN, size=100.0, modes=None):
    geoms, attrs = [], []
    for i, row in enumerate(pattern):
        for j, t in enumerate(row):
            geoms.append(rect(j, i, j + 1, i + 1, cell=size))
            m = MODES[t] if modes is None else modes[i][j]
            attrs.append([len(geoms)] + list(ATTRS[t]) + [m])
    return polygons(geoms, UNIT_FIELDS, attrs)


def single_parts(layer):
    return all(len(f.geometry().asGeometryCollection()) == 1 for f in layer.getFeatures())


def test_zoning_rule_based_zones_stay_contiguous(run_alg):
    res = run_alg("restorationzoning", {"UNITS": unit_grid(), "OUTPUT": "TEMPORARY_OUTPUT",
                                        "UNITS_OUTPUT": "TEMPORARY_OUTPUT"})
    zones = res["OUTPUT"]
    types = sorted(f["zone_type"] for f in zones.getFeatures())
    # the two 生态保护区 groups are not adjacent: two zones of that type
    assert types == sorted(["生态保护区", "生态保护区", "农业空间综合整治区", "城镇生态提升区", "生态修复区"])
    assert single_parts(zones)
    by_type = {}
    for f in zones.getFeatures():
        by_type.setdefault(f["zone_type"], []).append(f)
    assert sorted(f["n_units"] for f in by_type["生态保护区"]) == [1, 3]
    agri = by_type["农业空间综合整治区"][0]
    assert agri["n_units"] == 5 and agri["area_km2"] == pytest.approx(0.05)
    assert agri["control"] == "三级管控" and by_type["生态保护区"][0]["control"] == "一级管控"
    assert "以自然恢复为主" in agri["measures"]
    assert "生态退化较重" in by_type["生态修复区"][0]["problems"]
    # every unit's zone id matches the zone holding it
    units = {f["unit_id"]: f["zone_id"] for f in res["UNITS_OUTPUT"].getFeatures()}
    assert units[1] == units[2] == units[5] and units[13] != units[1]


def test_zoning_min_area_merges_small_zone(run_alg):
    res = run_alg("restorationzoning", {"UNITS": unit_grid(), "MIN_AREA": 0.015,
                                        "OUTPUT": "TEMPORARY_OUTPUT"})
    zones = res["OUTPUT"]
    assert zones.featureCount() == 4
    assert single_parts(zones)
    repair = [f for f in zones.getFeatures() if f["zone_type"] == "生态修复区"][0]
    assert repair["n_units"] == 5  # the lone 生态保护区 unit joined its only neighbouring zone


def test_zoning_clustering_three_levels(run_alg):
    pattern = ["PPPAAA"] * 3 + ["RRRUUU"] * 3
    res = run_alg("restorationzoning", {
        "UNITS": unit_grid(pattern), "METHOD": 1, "N_ZONES": 4, "N_BASE": 2,
        "FIELDS": ["imp3_sh", "deg_mean", "farm_sh", "ubnd_sh"],
        "OUTPUT": "TEMPORARY_OUTPUT", "BASE_OUTPUT": "TEMPORARY_OUTPUT",
        "MODE_OUTPUT": "TEMPORARY_OUTPUT"})
    zones, base, mz = res["OUTPUT"], res["BASE_OUTPUT"], res["MODE_OUTPUT"]
    assert base.featureCount() == 2 and zones.featureCount() == 4
    assert single_parts(zones) and single_parts(base) and single_parts(mz)
    assert sorted(f["zone_type"] for f in zones.getFeatures()) == sorted(
        ["生态保护区", "农业空间综合整治区", "生态修复区", "城镇生态提升区"])
    assert all(f["n_units"] == 9 for f in zones.getFeatures())
    assert all(f["zone_code"].startswith(("I-", "II-")) for f in zones.getFeatures())
    # each zone is one mode here: four mode zones
    assert sorted(f["mode_name"] for f in mz.getFeatures()) == sorted(["保护保育", "自然恢复", "辅助再生", "生态重建"])


def test_zoning_bad_rules_refused(run_alg, tmp_path):
    path = str(tmp_path / "z.gpkg")
    with pytest.raises(QgsProcessingException, match="match no zoning rule"):
        run_alg("restorationzoning", {"UNITS": unit_grid(), "OUTPUT": path,
                                      "RULES": ["A", "一级", "\"red_sh\" > 0.5", "", ""]})
    with pytest.raises(QgsProcessingException, match="not a valid expression"):
        run_alg("restorationzoning", {"UNITS": unit_grid(), "OUTPUT": path,
                                      "RULES": ["A", "一级", "\"red_sh\" >>> 0.5", "", ""]})
    geo = polygons([QgsGeometry.fromWkt("POLYGON((110 20,111 20,111 21,110 21,110 20))")],
                   crs="EPSG:4490")
    with pytest.raises(QgsProcessingException, match="geographic CRS"):
        run_alg("restorationzoning", {"UNITS": geo, "OUTPUT": path})
    assert not os.path.exists(path)


# --------------------------------------------------------------------------------------------
# restoration priority
# --------------------------------------------------------------------------------------------
def prio_units():
    """Three units: A important, B degraded, C in between."""
    fields = [("unit_id", QVariant.Int), ("unit_name", QVariant.String), ("imp", QVariant.Double),
              ("deg", QVariant.Double)]
    return polygons([rect(0, 0, 10, 10), rect(10, 0, 20, 10), rect(20, 0, 30, 10)], fields,
                    [[1, "A", 1.0, 0.0], [2, "B", 0.0, 1.0], [3, "C", 0.5, 0.5]])


def ranks(layer, field="pr_rank"):
    return {f["unit_name"]: f[field] for f in layer.getFeatures()}


def test_priority_ranks_follow_weights(run_alg):
    res = run_alg("restorationpriority", {"UNITS": prio_units(), "OUTPUT": "TEMPORARY_OUTPUT",
                                          "CRITERIA": ["imp", 0.8, "+", "", "deg", 0.2, "+", ""]})
    out = res["OUTPUT"]
    assert ranks(out) == {"A": 1, "C": 2, "B": 3}
    assert ranks(out, "pr_score") == {"A": pytest.approx(0.8), "B": pytest.approx(0.2), "C": pytest.approx(0.5)}
    # default shares 0.3 / 0.7 of 3 units: ceil(0.9) = 1 unit 一级, ceil(2.1) = 3 -> the rest 二级
    assert ranks(out, "pr_grade_n") == {"A": "一级", "C": "二级", "B": "二级"}
    res = run_alg("restorationpriority", {"UNITS": prio_units(), "OUTPUT": "TEMPORARY_OUTPUT",
                                          "CRITERIA": ["imp", 0.2, "+", "", "deg", 0.8, "+", ""],
                                          "GRADE_METHOD": 1, "BREAKS": "0.4, 0.6"})
    assert ranks(res["OUTPUT"]) == {"B": 1, "C": 2, "A": 3}
    assert ranks(res["OUTPUT"], "pr_grade") == {"B": 1, "C": 2, "A": 3}
    # a cost criterion reverses the order
    res = run_alg("restorationpriority", {"UNITS": prio_units(), "OUTPUT": "TEMPORARY_OUTPUT",
                                          "CRITERIA": ["imp", 1.0, "-", ""]})
    assert ranks(res["OUTPUT"]) == {"B": 1, "C": 2, "A": 3}


def test_priority_weights_normalised_or_refused(run_alg, tmp_path):
    from qgis.core import QgsProcessingFeedback

    class Warn(QgsProcessingFeedback):
        warnings = []

        def pushWarning(self, text):
            self.warnings.append(text)

    fb = Warn()
    res = run_alg("restorationpriority", {"UNITS": prio_units(), "OUTPUT": "TEMPORARY_OUTPUT",
                                          "CRITERIA": ["imp", 4, "+", "", "deg", 1, "+", ""]}, feedback=fb)
    assert any("normalised" in w for w in fb.warnings)
    assert ranks(res["OUTPUT"], "pr_score")["A"] == pytest.approx(0.8)
    assert "imp=0.800000" in res["WEIGHTS"]
    path = str(tmp_path / "p.gpkg")
    with pytest.raises(QgsProcessingException, match="sum to 5"):
        run_alg("restorationpriority", {"UNITS": prio_units(), "OUTPUT": path, "STRICT_WEIGHTS": True,
                                        "CRITERIA": ["imp", 4, "+", "", "deg", 1, "+", ""]})
    with pytest.raises(QgsProcessingException, match="sum to 0"):
        run_alg("restorationpriority", {"UNITS": prio_units(), "OUTPUT": path,
                                        "CRITERIA": ["imp", 0, "+", "", "deg", 0, "+", ""]})
    with pytest.raises(QgsProcessingException, match="not found"):
        run_alg("restorationpriority", {"UNITS": prio_units(), "OUTPUT": path,
                                        "CRITERIA": ["nofield", 1, "+", ""]})
    assert not os.path.exists(path)


def test_priority_entropy_weights(run_alg):
    # imp varies (1, 0, 0.5) and deg is constant -> all entropy weight on imp
    lyr = polygons([rect(0, 0, 1, 1), rect(1, 0, 2, 1), rect(2, 0, 3, 1)],
                   [("unit_name", QVariant.String), ("imp", QVariant.Double), ("deg", QVariant.Double)],
                   [["A", 1.0, 2.0], ["B", 0.0, 2.0], ["C", 0.5, 2.0]])
    res = run_alg("restorationpriority", {"UNITS": lyr, "OUTPUT": "TEMPORARY_OUTPUT", "WEIGHT_METHOD": 1,
                                          "CRITERIA": ["imp", 0.1, "+", "", "deg", 0.9, "+", ""]})
    assert "imp=1.000000" in res["WEIGHTS"] and "deg=0.000000" in res["WEIGHTS"]
    assert ranks(res["OUTPUT"]) == {"A": 1, "C": 2, "B": 3}


# --------------------------------------------------------------------------------------------
# conflicts and buffers
# --------------------------------------------------------------------------------------------
def test_conflict_buffers_by_hand(run_alg, tmp_path):
    sp = np.array([[1, 1, 1, 2, 2, 3]] * 2, np.int32)
    cor = np.zeros((2, 6))
    cor[:, 4] = 1
    space = write_tif(tmp_path / "s.tif", sp, nodata=0)
    corr = write_tif(tmp_path / "c.tif", cor)
    red = polygons([rect(3, 0, 4, 1)])
    farm = polygons([rect(3, 0, 5, 2)])
    out = str(tmp_path / "cb.tif")
    res = run_alg("conflictbuffers", {"SPACE": space, "CORRIDORS": corr, "RED_LINE": red, "FARMLAND": farm,
                                      "WIDTH_ECO_AGRI": 30.0, "WIDTH_ECO_URBAN": 30.0,
                                      "WIDTH_AGRI_URBAN": 30.0, "OUTPUT": "TEMPORARY_OUTPUT",
                                      "OUTPUT_RASTER": out})
    codes = read_tif(out)[0]
    np.testing.assert_array_equal(np.nan_to_num(codes), [[0, 0, 1, 6, 4, 3], [0, 0, 1, 1, 4, 3]])
    areas = {f["code"]: f["area_ha"] for f in res["OUTPUT"].getFeatures()}
    assert areas == {1: pytest.approx(3 * 0.09), 3: pytest.approx(2 * 0.09), 4: pytest.approx(2 * 0.09),
                     6: pytest.approx(0.09)}
    types = {f["code"]: f["type"] for f in res["OUTPUT"].getFeatures()}
    assert types[4] == "廊道穿越农业空间" and types[6] == "生态保护红线与永久基本农田重叠"


# --------------------------------------------------------------------------------------------
# project library
# --------------------------------------------------------------------------------------------
def project_inputs():
    prio = polygons([rect(0, 0, 10, 10), rect(10, 0, 20, 10)],
                    [("unit_name", QVariant.String), ("pr_score", QVariant.Double), ("pr_grade", QVariant.Int)],
                    [["甲镇", 0.9, 1], ["乙镇", 0.3, 3]])
    # mines: 3 x 3 cells (0.81 ha) in 甲镇, 2 x 2 cells (0.36 ha) in 乙镇
    mines = polygons([rect(1, 1, 4, 4), rect(12, 1, 14, 3)])
    # erosion: one polygon across both units (half each)
    erosion = polygons([rect(8, 5, 12, 9)])
    return prio, mines, erosion


def project_rows(layer):
    return [[f[n] for n in ("proj_id", "type_code", "location", "area_ha", "cost_wan", "score",
                            "rank", "period")] for f in layer.getFeatures()]


def test_project_library_costs_periods_and_rerun(run_alg, tmp_path):
    prio, mines, erosion = project_inputs()
    params = {"PRIORITY": prio, "MINES": mines, "EROSION": erosion,
              "COST_TABLE": [1, "矿山", 10.0, 2, "水土", 1.0],
              "BUDGET_NEAR": 9.0, "BUDGET_MID": 4.0, "BUDGET_FAR": 0.0,
              "OUTPUT": "TEMPORARY_OUTPUT", "TABLE": "TEMPORARY_OUTPUT"}
    res = run_alg("projectlibrary", params)
    rows = project_rows(res["OUTPUT"])
    by_id = {r[0]: r for r in rows}
    # mine 1: 0.81 ha x 10 = 8.1, score 0.9, 甲镇; mine 2: 0.36 ha x 10 = 3.6, score 0.3;
    # erosion: 1.44 ha x 1 = 1.44, score (0.9 + 0.3) / 2 = 0.6, largest overlap tie -> first unit
    assert by_id[1][2] == "甲镇" and by_id[1][3] == pytest.approx(0.81) and by_id[1][4] == pytest.approx(8.1)
    assert by_id[2][2] == "乙镇" and by_id[2][4] == pytest.approx(3.6) and by_id[2][5] == pytest.approx(0.3)
    assert by_id[3][1] == 2 and by_id[3][4] == pytest.approx(1.44) and by_id[3][5] == pytest.approx(0.6)
    assert [by_id[i][6] for i in (1, 3, 2)] == [1, 2, 3]
    # rank 1 (8.1) -> 近期 (left 0.9); rank 2 (1.44) -> 中期 (left 2.56); rank 3 (3.6) fits nowhere
    assert [by_id[i][7] for i in (1, 3, 2)] == ["近期", "中期", "未安排"]
    assert res["TOTAL_COST"] == pytest.approx(8.1 + 1.44)
    assert res["TABLE"].featureCount() == 3 and not res["TABLE"].isSpatial()
    # a re-run reproduces the library exactly
    again = run_alg("projectlibrary", dict(params, OUTPUT="TEMPORARY_OUTPUT", TABLE="TEMPORARY_OUTPUT"))
    assert project_rows(again["OUTPUT"]) == rows
    assert [f.geometry().asWkt() for f in again["OUTPUT"].getFeatures()] == \
        [f.geometry().asWkt() for f in res["OUTPUT"].getFeatures()]


def test_project_library_rerank_edited_table(run_alg, tmp_path):
    prio, mines, erosion = project_inputs()
    path = str(tmp_path / "lib.gpkg")
    run_alg("projectlibrary", {"PRIORITY": prio, "MINES": mines, "EROSION": erosion,
                               "COST_TABLE": [1, "矿山", 10.0, 2, "水土", 1.0],
                               "BUDGET_NEAR": 100.0, "BUDGET_MID": 100.0, "BUDGET_FAR": 100.0,
                               "OUTPUT": path, "TABLE": "TEMPORARY_OUTPUT"})
    lib = QgsVectorLayer(path, "lib", "ogr")
    assert lib.isValid()
    # the user raises project 2, drops project 3 and fixes project 1 to 中期
    lib.startEditing()
    for f in lib.getFeatures():
        if f["proj_id"] == 2:
            lib.changeAttributeValue(f.id(), lib.fields().lookupField("score"), 0.95)
        if f["proj_id"] == 3:
            lib.changeAttributeValue(f.id(), lib.fields().lookupField("keep"), 0)
        if f["proj_id"] == 1:
            lib.changeAttributeValue(f.id(), lib.fields().lookupField("period_fix"), "中期")
    assert lib.commitChanges()
    res = run_alg("projectlibrary", {"PRIORITY": prio, "EDITED": lib, "BUDGET_NEAR": 5.0,
                                     "BUDGET_MID": 10.0, "BUDGET_FAR": 0.0,
                                     "OUTPUT": "TEMPORARY_OUTPUT", "TABLE": "TEMPORARY_OUTPUT"})
    by_id = {f["proj_id"]: f for f in res["OUTPUT"].getFeatures()}
    assert by_id[2]["rank"] == 1 and by_id[1]["rank"] == 2 and by_id[3]["rank"] == NULL
    assert by_id[1]["period"] == "中期" and by_id[2]["period"] == "近期" and by_id[3]["period"] == ""
    # budgets never exceeded
    for period, budget in (("近期", 5.0), ("中期", 10.0)):
        assert sum(f["cost_wan"] for f in by_id.values() if f["period"] == period) <= budget


def test_project_library_bad_input(run_alg, tmp_path):
    prio, mines, erosion = project_inputs()
    path = str(tmp_path / "lib.gpkg")
    tpath = str(tmp_path / "tab.gpkg")
    with pytest.raises(QgsProcessingException, match="budget of every period is 0"):
        run_alg("projectlibrary", {"PRIORITY": prio, "MINES": mines, "BUDGET_NEAR": 0.0,
                                   "BUDGET_MID": 0.0, "BUDGET_FAR": 0.0, "OUTPUT": path, "TABLE": tpath})
    empty = polygons([])
    with pytest.raises(QgsProcessingException, match="No candidate project"):
        run_alg("projectlibrary", {"PRIORITY": prio, "MINES": empty, "OUTPUT": path, "TABLE": tpath})
    with pytest.raises(QgsProcessingException, match="at least one problem layer"):
        run_alg("projectlibrary", {"PRIORITY": prio, "OUTPUT": path, "TABLE": tpath})
    with pytest.raises(QgsProcessingException, match="no unit cost for project type 2"):
        run_alg("projectlibrary", {"PRIORITY": prio, "EROSION": erosion, "COST_TABLE": [1, "矿山", 10.0],
                                   "OUTPUT": path, "TABLE": tpath})
    assert not os.path.exists(path) and not os.path.exists(tpath)


def test_units_watersheds_from_dem(run_alg, tmp_path):
    # two valleys draining south, split by a ridge between columns 9 and 10
    rows, cols = np.mgrid[0:20, 0:20]
    dem = np.where(cols < 10, np.abs(cols - 4.5), np.abs(cols - 14.5)) * 5.0 + (20 - rows) * 1.0
    dem_path = write_tif(tmp_path / "dem.tif", dem.astype(float))
    imp = write_tif(tmp_path / "imp.tif", np.full((20, 20), 2, np.int32), nodata=0)
    res = run_alg("restorationunits", {"UNIT_TYPE": 1, "DEM": dem_path, "WATERSHED_AREA": 0.05,
                                       "IMPORTANCE": imp, "OUTPUT": "TEMPORARY_OUTPUT"})
    units = list(res["OUTPUT"].getFeatures())
    assert len(units) >= 2
    assert sum(f["cells"] for f in units) == 400
    # no unit straddles the ridge
    for f in units:
        b = f.geometry().boundingBox()
        assert b.xMaximum() <= X0 + 10 * CELL + 1e-6 or b.xMinimum() >= X0 + 10 * CELL - 1e-6
    with pytest.raises(QgsProcessingException, match="need a DEM"):
        run_alg("restorationunits", {"UNIT_TYPE": 1, "IMPORTANCE": imp, "OUTPUT": "TEMPORARY_OUTPUT"})
