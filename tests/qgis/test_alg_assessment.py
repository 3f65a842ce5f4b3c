"""Assessment algorithms through processing.run: hand-computed cases and invariants."""
import os

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from rasterutil import ORIGIN, read_tif, write_tif


def test_importance_grading_by_hand(run_alg, tmp_path):
    # total 100: sorted 40, 20, 20, 10, 5, 5 -> cumulative 40 %, 60 % (crosses 50 %), 80 % (reaches 80 %)
    vals = np.array([[40.0, 20.0, 20.0], [10.0, 5.0, np.nan], [5.0, 0.0, -1.0]])
    src = write_tif(tmp_path / "s.tif", vals)
    out = str(tmp_path / "g.tif")
    run_alg("importancegrading", {"INPUT": src, "OUTPUT": out})
    g, _, _ = read_tif(out)
    # the 20s cross 50 %: both ties go to 极重要; 10 reaches 100 % - 20 ... check by cumulative shares
    # cumulative after 40: 0.40 < 0.5; after 20, 20: 0.80 >= 0.5 -> threshold 20 for 极重要 (3)
    # 0.8 is reached at the second 20 as well -> 重要 threshold is 20 too, so 10 is 一般重要
    expected = np.array([[3, 3, 3], [1, 1, np.nan], [1, 1, 1]])
    np.testing.assert_array_equal(np.nan_to_num(g, nan=-1), np.nan_to_num(expected, nan=-1))


def test_importance_grading_shares(run_alg, tmp_path):
    vals = np.array([[50.0, 30.0, 20.0]])  # 50 % at the first cell, 80 % at the second
    src = write_tif(tmp_path / "s.tif", vals)
    out = str(tmp_path / "g.tif")
    run_alg("importancegrading", {"INPUT": src, "OUTPUT": out})
    np.testing.assert_array_equal(read_tif(out)[0], [[3, 2, 1]])
    with pytest.raises(QgsProcessingException, match="increase"):
        run_alg("importancegrading", {"INPUT": src, "SHARES": "0.8, 0.5", "OUTPUT": str(tmp_path / "x.tif")})
    const0 = write_tif(tmp_path / "z.tif", np.zeros((2, 2)))
    with pytest.raises(QgsProcessingException, match="no positive value"):
        run_alg("importancegrading", {"INPUT": const0, "OUTPUT": str(tmp_path / "y.tif")})
    assert not os.path.exists(str(tmp_path / "y.tif"))


def test_importance_grading_by_blocks_equals_in_memory(run_alg, tmp_path, monkeypatch):
    """Above IN_MEMORY_CELLS the thresholds come from three passes by blocks: the same grades."""
    from eco_restore_plugin.algorithms.assessment import importancegrading as mod
    rng = np.random.default_rng(11)
    vals = rng.lognormal(1.0, 0.3, (2100, 100))                        # three blocks of 1024 rows
    vals[::5] = np.round(vals[::5], 2)                                 # and ties
    vals[rng.random(vals.shape) < 0.1] = np.nan
    src = write_tif(tmp_path / "s.tif", vals)
    run_alg("importancegrading", {"INPUT": src, "OUTPUT": str(tmp_path / "mem.tif")})
    monkeypatch.setattr(mod.ImportanceGrading, "IN_MEMORY_CELLS", 0)
    run_alg("importancegrading", {"INPUT": src, "OUTPUT": str(tmp_path / "blocks.tif")})
    a, b = read_tif(tmp_path / "mem.tif")[0], read_tif(tmp_path / "blocks.tif")[0]
    assert np.array_equal(a, b, equal_nan=True)
    from eco_restore_plugin.core import grading
    t = grading.cumulative_thresholds(vals)
    assert np.array_equal(np.nan_to_num(a, nan=0), grading.classify_by_thresholds(vals, t))
    # the one-bin approximation would have graded some cells of the crossing bins higher
    hist = grading.CumulativeHistogram(np.nanmin(vals), np.nanmax(vals)).add(vals)
    assert (grading.classify_by_thresholds(vals, hist.thresholds()) != np.nan_to_num(a, nan=0)).any()


def test_combine_highest_wins(run_alg, tmp_path):
    a = write_tif(tmp_path / "a.tif", np.array([[1, 2, 3, 0]], np.int32), nodata=0)
    b = write_tif(tmp_path / "b.tif", np.array([[2, 1, 1, 2]], np.int32), nodata=0)
    out = str(tmp_path / "c.tif")
    run_alg("importancecombine", {"INPUTS": [a, b], "OUTPUT": out})
    np.testing.assert_array_equal(np.nan_to_num(read_tif(out)[0]), [[2, 2, 3, 2]])
    run_alg("importancecombine", {"INPUTS": [a, b], "IGNORE_NODATA": False, "OUTPUT": out})
    np.testing.assert_array_equal(np.nan_to_num(read_tif(out)[0]), [[2, 2, 3, 0]])


def test_protection_importance_reserve_raised(run_alg, tmp_path):
    svc = np.ones((6, 6), np.int32)
    svc[:, :3] = 2
    vul = np.ones((6, 6), np.int32)
    vul[0, 5] = 3  # a single-cell 极 fragment: removed with a 2-cell minimum
    s = write_tif(tmp_path / "s.tif", svc, nodata=0)
    v = write_tif(tmp_path / "v.tif", vul, nodata=0)
    reserve = QgsVectorLayer("Polygon?crs=EPSG:4546", "r", "memory")
    from qgis.core import QgsFeature, QgsGeometry
    f = QgsFeature()
    x0, y0 = ORIGIN
    # covers rows 4-5, cols 4-5 (cell centres)
    f.setGeometry(QgsGeometry.fromWkt("POLYGON(({a} {b},{c} {b},{c} {d},{a} {d},{a} {b}))".format(
        a=x0 + 120, b=y0 - 180, c=x0 + 180, d=y0 - 120)))
    reserve.dataProvider().addFeatures([f])
    out = str(tmp_path / "p.tif")
    res = run_alg("protectionimportance", {"SERVICE_GRADE": s, "VULNERABILITY_GRADE": v,
                                           "PROTECTED_AREAS": reserve, "MIN_AREA_HA": 0.18,
                                           "OUTPUT": out, "POLYGONS": "TEMPORARY_OUTPUT"})
    g = read_tif(out)[0]
    assert g[0, 5] == 1                     # fragment of one cell (0.09 hm²) removed
    assert (g[4:6, 4:6] == 3).all()         # reserve raised to 极重要
    assert (g[:, :3] == 2).all()
    polys = res["POLYGONS"]
    assert polys.featureCount() == 1
    assert next(polys.getFeatures())["area_ha"] == pytest.approx(4 * 0.09)


def test_habitat_quality_invariants(run_alg, tmp_path):
    lu = np.full((20, 20), 301, np.int32)
    lu[10, 10] = 701   # one urban cell: a threat source
    src = write_tif(tmp_path / "lu.tif", lu, nodata=0)
    out = str(tmp_path / "q.tif")
    dout = str(tmp_path / "d.tif")
    # no threats: Q = H (1.0 for 乔木林地 301, 0 for 701)
    run_alg("habitatquality", {"LANDUSE": src, "THREATS": ["urban", "0.3", "1", "linear", "9999"],
                               "QUALITY": out})
    q = read_tif(out)[0]
    assert q[0, 0] == pytest.approx(1.0) and q[10, 10] == 0.0
    run_alg("habitatquality", {"LANDUSE": src, "THREATS": ["urban", "0.3", "1", "linear", "701"],
                               "QUALITY": out, "DEGRADATION": dout})
    q, d = read_tif(out)[0], read_tif(dout)[0]
    assert d[10, 11] > d[10, 13] > d[10, 15] > 0     # impact falls with distance
    assert d[10, 0] == 0 and q[10, 0] == pytest.approx(1.0)   # beyond 300 m: no impact
    assert q[10, 11] < q[10, 13] < 1.0
    with pytest.raises(QgsProcessingException, match="decay"):
        run_alg("habitatquality", {"LANDUSE": src, "THREATS": ["urban", "0.3", "1", "cubic", "701"],
                                   "QUALITY": str(tmp_path / "bad.tif")})
    assert not os.path.exists(str(tmp_path / "bad.tif"))


def test_soil_conservation_planar_slope(run_alg, tmp_path):
    """A planar slope: conserved = R·K·LS·(1 − C·P) with LS from the core at the same cells."""
    from eco_restore_plugin.core import services

    rows, cols = 12, 10
    dem = np.repeat(np.arange(rows, 0, -1, dtype=float)[:, None] * 3.0, cols, axis=1)  # 3 m / 30 m = 10 %
    lu = np.full((rows, cols), 103, np.int32)  # 旱地: C 0.31, P 0.40
    paths = dict(DEM=write_tif(tmp_path / "dem.tif", dem), R_FACTOR=write_tif(tmp_path / "r.tif", np.full((rows, cols), 5000.0)),
                 K_FACTOR=write_tif(tmp_path / "k.tif", np.full((rows, cols), 0.02)),
                 LANDUSE=write_tif(tmp_path / "lu.tif", lu, nodata=0))
    out = {k: str(tmp_path / (k + ".tif")) for k in ("CONSERVED", "ACTUAL", "LS")}
    run_alg("soilconservation", dict(paths, **out))
    ls, con, act = read_tif(out["LS"])[0], read_tif(out["CONSERVED"])[0], read_tif(out["ACTUAL"])[0]
    # interior cells: flow runs straight down-slope. Grid-edge cells drain out of the grid
    # (core.hydrology.flow_direction), so the top row does not feed row 1: accumulation at row r = r.
    r, c = 6, 5
    slope = np.degrees(np.arctan(0.1))
    s = 21.91 * np.sin(np.radians(slope)) - 0.96 if slope >= 10 else 16.8 * np.sin(np.radians(slope)) - 0.5
    lam = r * 30.0
    m = 0.5  # slope 10 % > 5 %
    assert ls[r, c] == pytest.approx((lam / 22.13) ** m * s, rel=1e-6)
    assert act[r, c] == pytest.approx(5000 * 0.02 * ls[r, c] * 0.31 * 0.40, rel=1e-6)
    assert con[r, c] == pytest.approx(5000 * 0.02 * ls[r, c] * (1 - 0.31 * 0.40), rel=1e-6)
    assert np.all(ls[1:-1, 1:-1][np.isfinite(ls[1:-1, 1:-1])] > 0)
    del services
