"""Land and sea together (陆海统筹) in restoration zoning and priority: sea planning units beside the land units,
hand-computed zone types and ranks, land output unchanged, overlap refused."""
import os

import pytest
from qgis.core import QgsPointXY, QgsGeometry, QgsProcessingException
from qgis.PyQt.QtCore import QVariant

from test_alg_zoning import polygons, prio_units, ranks, rect, unit_grid

SEA_FIELDS = [("unit_id", QVariant.String), ("domain", QVariant.String), ("zone", QVariant.String),
              ("area_ha", QVariant.Double), ("marine_cost_wan", QVariant.Double)]


def sea_row(extra_land=True):
    """Four sea units in a row east of the 4 × 4 land grid (100 m cells): S1 海洋保护区, S2 and S3 农渔业区 with
    marine projects, S4 港口航运区 without; plus one 陆域 row the algorithms must leave out."""
    geoms = [rect(4 + k, 0, 5 + k, 1, cell=100.0) for k in range(4)]
    attrs = [["S1", "海域", "海洋保护区", 1.0, 0.0], ["S2", "海域", "农渔业区", 1.0, 50.0],
             ["S3", "海域", "农渔业区", 1.0, 10.0], ["S4", "海域", "港口航运区", 1.0, 0.0]]
    if extra_land:
        geoms.append(rect(0, 0, 1, 1, cell=100.0))     # the land unit again, as marineplanningunits writes it
        attrs.append(["L1", "陆域", "", 1.0, None])
    return polygons(geoms, SEA_FIELDS, attrs)


def stations():
    """Health stations: CEH 90 in S1, 60 in S4 (x = centre of the cell, y = centre of row 0)."""
    lyr = polygons([], [("ceh", QVariant.Double)], kind="Point")
    from qgis.core import QgsFeature
    from rasterutil import ORIGIN
    feats = []
    for col, v in ((4.5, 90.0), (7.5, 60.0)):
        f = QgsFeature(lyr.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(ORIGIN[0] + col * 100.0, ORIGIN[1] - 50.0)))
        f.setAttributes([v])
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    return lyr


def rows(layer):
    return {f["zone_code"]: f for f in layer.getFeatures()}


def test_zoning_land_and_sea_one_layer(run_alg):
    land_only = run_alg("restorationzoning", {"UNITS": unit_grid(), "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    assert land_only.fields().lookupField("domain") < 0           # no sea input: output as before
    res = run_alg("restorationzoning", {"UNITS": unit_grid(), "SEA_UNITS": sea_row(), "OUTPUT": "TEMPORARY_OUTPUT"})
    out = res["OUTPUT"]
    z = rows(out)
    land = {c: f for c, f in z.items() if f["domain"] == "陆域"}
    sea = {c: f for c, f in z.items() if f["domain"] == "海域"}
    # the land zones are those of the land-only run, field by field
    before = rows(land_only)
    assert sorted(land) == sorted(before)
    for code, f in before.items():
        for name in f.fields().names():
            assert land[code][name] == f[name], (code, name)
    # sea, by hand: S1 海洋保护区 -> 海洋生态保护修复区; S2, S3 cost > 0 -> one 海岸带整治修复区 zone of 2 units;
    # S4 港口航运区 without projects -> 海域生态保育区; the 陆域 row is left out
    assert {(f["zone_type"], f["n_units"]) for f in sea.values()} == {
        ("海洋生态保护修复区", 1), ("海岸带整治修复区", 2), ("海域生态保育区", 1)}
    assert sorted(sea) == ["H-1", "H-2", "H-3"]
    assert sorted(f["zone_id"] for f in z.values()) == list(range(1, len(z) + 1))
    coast = [f for f in sea.values() if f["zone_type"] == "海岸带整治修复区"][0]
    assert coast["area_km2"] == pytest.approx(0.02) and coast["control"] == "二级管控"
    assert coast["type_code"] == 5 + 2          # after the five land rules
    assert "岸线整治" in coast["measures"]


def test_zoning_sea_health_from_stations(run_alg):
    # CEH: S1 90 (its station), S2 90 (nearest S1, 0.5 cell away), S3 60 (nearest S4), S4 60 -> S3, S4 < 75
    res = run_alg("restorationzoning", {"UNITS": unit_grid(), "SEA_UNITS": sea_row(), "SEA_HEALTH": stations(),
                                        "OUTPUT": "TEMPORARY_OUTPUT"})
    sea = [f for f in res["OUTPUT"].getFeatures() if f["domain"] == "海域"]
    assert sorted((f["zone_type"], f["n_units"]) for f in sea) == sorted([
        ("海洋生态保护修复区", 1), ("海岸带整治修复区", 1), ("海洋生态保护修复区", 2)])
    pair = [f for f in sea if f["n_units"] == 2][0]
    assert "海洋生态健康指数 60.0（亚健康）" in pair["problems"]


def test_zoning_sea_overlapping_land_refused(run_alg, tmp_path):
    path = str(tmp_path / "z.gpkg")
    bad = polygons([rect(3, 0, 5, 1, cell=100.0)], SEA_FIELDS, [["S1", "海域", "保留区", 2.0, 0.0]])
    with pytest.raises(QgsProcessingException, match="overlap land units"):
        run_alg("restorationzoning", {"UNITS": unit_grid(), "SEA_UNITS": bad, "OUTPUT": path})
    assert not os.path.exists(path)


def sea_prio():
    """Sea units far east of the land units: S1 cost 100 CEH 60, S2 cost 0 CEH 90, S3 cost 50 CEH 90."""
    fields = [("unit_name", QVariant.String), ("domain", QVariant.String), ("marine_cost_wan", QVariant.Double),
              ("ceh", QVariant.Double), ("unit_id", QVariant.String)]     # a text unit_id, the land one is a number
    return polygons([rect(40 + 10 * k, 0, 50 + 10 * k, 10) for k in range(3)], fields,
                    [["S1", "海域", 100.0, 60.0, "HY001"], ["S2", "海域", 0.0, 90.0, "HY002"],
                     ["S3", "海域", 50.0, 90.0, "HY003"]])


def test_priority_land_and_sea_common_scale(run_alg):
    land = run_alg("restorationpriority", {"UNITS": prio_units(), "OUTPUT": "TEMPORARY_OUTPUT",
                                           "CRITERIA": ["imp", 0.8, "+", "", "deg", 0.2, "+", ""]})["OUTPUT"]
    assert land.fields().lookupField("domain") < 0
    res = run_alg("restorationpriority", {"UNITS": prio_units(), "SEA_UNITS": sea_prio(), "OUTPUT": "TEMPORARY_OUTPUT",
                                          "CRITERIA": ["imp", 0.8, "+", "", "deg", 0.2, "+", ""]})
    out = res["OUTPUT"]
    # land scores as alone (A .8, C .5, B .2); sea by hand with the default 0.5 cost + / 0.5 CEH −:
    # z_cost = 1, 0, 0.5; z_ceh = (90 − ceh) / 30 = 1, 0, 0 -> S1 1.0, S2 0.0, S3 0.25
    assert ranks(out, "pr_score") == {"A": pytest.approx(0.8), "B": pytest.approx(0.2), "C": pytest.approx(0.5),
                                      "S1": pytest.approx(1.0), "S2": pytest.approx(0.0), "S3": pytest.approx(0.25)}
    assert ranks(out) == {"S1": 1, "A": 2, "C": 3, "S3": 4, "B": 5, "S2": 6}
    # shares 0.3 / 0.7 of 6: ranks ≤ 2 一级, ≤ 5 二级, the rest 三级
    assert ranks(out, "pr_grade_n") == {"S1": "一级", "A": "一级", "C": "二级", "S3": "二级", "B": "二级",
                                        "S2": "三级"}
    assert ranks(out, "domain") == {"A": "陆域", "B": "陆域", "C": "陆域", "S1": "海域", "S2": "海域", "S3": "海域"}
    assert "marine_cost_wan=0.500000" in res["WEIGHTS"]
    # the sea's text unit_id goes to its own field beside the land's numeric one
    assert ranks(out, "sea_unit_id") == {"A": None, "B": None, "C": None, "S1": "HY001", "S2": "HY002", "S3": "HY003"}
    assert ranks(out, "unit_id") == {"A": 1, "B": 2, "C": 3, "S1": None, "S2": None, "S3": None}
    # land rows keep their values of the land-only run
    alone = {f["unit_name"]: (f["pr_score"], f["imp"]) for f in land.getFeatures()}
    assert {k: v for k, v in ((f["unit_name"], (f["pr_score"], f["imp"])) for f in out.getFeatures())
            if k in alone} == alone


def test_priority_sea_missing_criterion_refused(run_alg, tmp_path):
    path = str(tmp_path / "p.gpkg")
    with pytest.raises(QgsProcessingException, match="not found"):
        run_alg("restorationpriority", {"UNITS": prio_units(), "SEA_UNITS": sea_prio(), "OUTPUT": path,
                                        "CRITERIA": ["imp", 1.0, "+", ""], "SEA_CRITERIA": ["depth", 1.0, "+", ""]})
    assert not os.path.exists(path)


def test_priority_geopackage_ids_do_not_clash(run_alg, tmp_path):
    """Land and sea units both from GeoPackages (fid 1, 2, 3 each): every unit is written."""
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter, QgsVectorLayer

    paths = []
    for name, lyr in (("land", prio_units()), ("sea", sea_prio())):
        path = str(tmp_path / (name + ".gpkg"))
        opts = QgsVectorFileWriter.SaveVectorOptions()
        opts.driverName = "GPKG"
        err = QgsVectorFileWriter.writeAsVectorFormatV2(lyr, path, QgsCoordinateTransformContext(), opts)
        assert err[0] == QgsVectorFileWriter.NoError
        paths.append(path)
    out = str(tmp_path / "p.gpkg")
    run_alg("restorationpriority", {"UNITS": paths[0], "SEA_UNITS": paths[1], "OUTPUT": out,
                                    "CRITERIA": ["imp", 0.8, "+", "", "deg", 0.2, "+", ""]})
    got = QgsVectorLayer(out, "p", "ogr")
    assert got.featureCount() == 6
    assert ranks(got) == {"S1": 1, "A": 2, "C": 3, "S3": 4, "B": 5, "S2": 6}


def test_empty_sea_tables_refused_even_without_sea_units(run_alg, tmp_path):
    path = str(tmp_path / "z.gpkg")
    with pytest.raises(QgsProcessingException, match="SEA_RULES.*empty table"):
        run_alg("restorationzoning", {"UNITS": unit_grid(), "SEA_RULES": [""] * 5, "OUTPUT": path})
    with pytest.raises(QgsProcessingException, match="SEA_CRITERIA.*empty table"):
        run_alg("restorationpriority", {"UNITS": prio_units(), "SEA_CRITERIA": [""] * 4, "OUTPUT": path,
                                        "CRITERIA": ["imp", 1.0, "+", ""]})
    assert not os.path.exists(path)
