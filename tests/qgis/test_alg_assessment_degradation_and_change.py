"""Degradation, resilience, damaged space and land-use change through processing.run: hand-computed
cells and tables on small rasters (EPSG:4546), bad inputs, and a misaligned input resampled with a
warning."""
import os

import numpy as np
import pytest
from qgis.core import QgsProcessingException

from rasterutil import read_tif, write_tif


NAN = np.nan


def no_output(tmp_path, *names):
    for n in names:
        assert not os.path.exists(str(tmp_path / n)), n
    assert not [f for f in os.listdir(tmp_path) if ".part" in f]


def same(a, b):
    np.testing.assert_allclose(np.nan_to_num(np.asarray(a, float), nan=-1e9),
                               np.nan_to_num(np.asarray(b, float), nan=-1e9), rtol=1e-5, atol=1e-9)


def plane(rows, cols, degrees, cellsize=30.0):
    """A DEM rising eastwards at ``degrees`` (interior cells have that Horn slope)."""
    return np.tile(np.arange(cols) * cellsize * np.tan(np.radians(degrees)), (rows, 1)) + 100.0


# ---------------------------------------------------------------------------------------------
# Degradation, resilience, damaged space
# ---------------------------------------------------------------------------------------------
def test_degradation_by_hand(run_alg, tmp_path):
    ref = np.array([[1.0, 1.0, 1.0, 1.0, 0.0, 1.0]])
    cur = np.array([[1.1, 0.9, 0.8, 0.5, 0.5, NAN]])
    p = dict(REFERENCE=write_tif(tmp_path / "a.tif", ref), CURRENT=write_tif(tmp_path / "b.tif", cur),
             LOSS=str(tmp_path / "l.tif"), GRADE=str(tmp_path / "g.tif"))
    run_alg("degradation", p)
    same(read_tif(p["LOSS"])[0], [[-0.1, 0.1, 0.2, 0.5, NAN, NAN]])
    same(read_tif(p["GRADE"])[0], [[1, 2, 3, 4, NAN, NAN]])      # reference 0 / nodata: nodata
    run_alg("degradation", dict(p, THRESHOLDS="0.15, 0.25, 0.6"))
    same(read_tif(p["GRADE"])[0], [[1, 1, 2, 3, NAN, NAN]])
    with pytest.raises(QgsProcessingException, match="expected 3 numbers"):
        run_alg("degradation", dict(p, THRESHOLDS="0.05, 0.15", LOSS=str(tmp_path / "bl.tif"),
                                    GRADE=str(tmp_path / "bg.tif")))
    no_output(tmp_path, "bl.tif", "bg.tif")


def test_resilience_by_hand(run_alg, tmp_path):
    lu = np.full((5, 5), 301, np.int32)
    lu[2, 1:4] = [301, 103, 701]             # elasticity 0.9, 0.5, 0.1
    fvc = np.full((5, 5), 0.8)
    p = dict(LANDUSE=write_tif(tmp_path / "lu.tif", lu, nodata=0), CONDITION=write_tif(tmp_path / "c.tif", fvc),
             CONDITION_RANGE="0, 1", DEM=write_tif(tmp_path / "flat.tif", np.full((5, 5), 10.0)),
             INDEX=str(tmp_path / "i.tif"), GRADE=str(tmp_path / "g.tif"))
    run_alg("resilience", p)
    same(read_tif(p["INDEX"])[0][2, 1:4], [0.72, 0.4, 0.08])
    same(read_tif(p["GRADE"])[0][2, 1:4], [3, 2, 1])
    # 30° slope: terrain factor 0.4 on the interior cells
    run_alg("resilience", dict(p, DEM=write_tif(tmp_path / "dem.tif", plane(5, 5, 30.0))))
    same(read_tif(p["INDEX"])[0][2, 1:4], [0.72 * 0.4, 0.4 * 0.4, 0.08 * 0.4])
    # no range: the condition is min-max normalised over the data
    fvc2 = fvc.copy()
    fvc2[2, 1:4] = [0.2, 0.5, 0.8]
    fvc2[0, 0] = 0.2
    run_alg("resilience", dict(p, CONDITION=write_tif(tmp_path / "c2.tif", fvc2), CONDITION_RANGE=""))
    same(read_tif(p["INDEX"])[0][2, 1:4], [0.0, 0.25, 0.1])



def test_resilience_by_blocks(run_alg, tmp_path, monkeypatch):
    """Blocks of 3 rows give the one-block result: the condition normalised over the whole area (min in
    the first block, max in the last), the slope from the DEM read with a one-row halo; classes missing
    from the table in two blocks are both named."""
    from eco_restore_plugin.algorithms.assessment.resilience import Resilience
    from eco_restore_plugin.core import degradation, services

    rng = np.random.default_rng(4)
    lu = rng.choice([301, 103, 701, 1101], size=(10, 6)).astype(np.int32)
    cond = rng.uniform(0.3, 0.6, (10, 6))
    cond[0, 2], cond[9, 1] = 0.1, 0.9
    dem = rng.uniform(0, 60, (10, 6)).cumsum(axis=1)
    p = dict(LANDUSE=write_tif(tmp_path / "lu.tif", lu, nodata=0), CONDITION=write_tif(tmp_path / "c.tif", cond),
             DEM=write_tif(tmp_path / "dem.tif", dem))
    run_alg("resilience", dict(p, INDEX=str(tmp_path / "wi.tif"), GRADE=str(tmp_path / "wg.tif")))
    monkeypatch.setattr(Resilience, "BLOCK_ROWS", 3)
    run_alg("resilience", dict(p, INDEX=str(tmp_path / "bi.tif"), GRADE=str(tmp_path / "bg.tif")))
    for whole, blocks in (("wi.tif", "bi.tif"), ("wg.tif", "bg.tif")):
        np.testing.assert_array_equal(read_tif(str(tmp_path / blocks))[0], read_tif(str(tmp_path / whole))[0])
    expected = degradation.resilience(lu.astype(float), cond, services.slope_degrees(dem, cellsize=30.0))
    same(read_tif(str(tmp_path / "bi.tif"))[0], expected.index)
    lu[0, 0], lu[9, 5] = 998, 999
    bad = dict(p, LANDUSE=write_tif(tmp_path / "lu_bad.tif", lu, nodata=0), INDEX=str(tmp_path / "xi.tif"),
               GRADE=str(tmp_path / "xg.tif"))
    with pytest.raises(QgsProcessingException, match="998.*999"):
        run_alg("resilience", bad)
    no_output(tmp_path, "xi.tif", "xg.tif")

def test_resilience_bad_table(run_alg, tmp_path):
    lu = np.array([[301, 701]], np.int32)
    p = dict(LANDUSE=write_tif(tmp_path / "lu.tif", lu, nodata=0),
             CONDITION=write_tif(tmp_path / "c.tif", np.array([[0.5, 0.6]])),
             DEM=write_tif(tmp_path / "d.tif", np.array([[1.0, 1.0]])),
             ELASTICITY=["301", "0.9"], INDEX=str(tmp_path / "i.tif"), GRADE=str(tmp_path / "g.tif"))
    with pytest.raises(QgsProcessingException, match="701"):
        run_alg("resilience", p)
    with pytest.raises(QgsProcessingException, match="expected 4 numbers"):
        run_alg("resilience", dict(p, ELASTICITY=None, SLOPE_VALUES="1, 0.5"))
    no_output(tmp_path, "i.tif", "g.tif")


def test_damaged_space_by_hand(run_alg, tmp_path):
    d = np.array([[1, 2, 3, 4], [4, 2, 0, 3]], np.int32)
    r = np.array([[1, 1, 2, 3], [1, 3, 2, 0]], np.int32)
    p = dict(DEGRADATION=write_tif(tmp_path / "d.tif", d, nodata=0),
             RESILIENCE=write_tif(tmp_path / "r.tif", r, nodata=0),
             OUTPUT=str(tmp_path / "o.tif"), TABLE="TEMPORARY_OUTPUT")
    res = run_alg("damagedspace", p)
    same(read_tif(p["OUTPUT"])[0], [[NAN, 21, 32, 43], [41, 23, NAN, NAN]])
    rows = {f["code"]: f for f in res["TABLE"].getFeatures()}
    assert sorted(rows) == [21, 22, 23, 31, 32, 33, 41, 42, 43]
    assert rows[21]["area_hm2"] == pytest.approx(0.09) and rows[22]["area_hm2"] == 0
    assert rows[41]["share"] == pytest.approx(0.2)      # 1 of the 5 damaged cells and rows[41]["name"] == "重度退化-低恢复力"
    bad = write_tif(tmp_path / "bad_r.tif", np.array([[1, 5, 2, 3], [1, 3, 2, 1]], np.int32), nodata=0)
    with pytest.raises(QgsProcessingException, match="5"):
        run_alg("damagedspace", dict(p, RESILIENCE=bad, OUTPUT=str(tmp_path / "b.tif"), TABLE=None))
    no_output(tmp_path, "b.tif")


# ---------------------------------------------------------------------------------------------
# Land-use transition
# ---------------------------------------------------------------------------------------------
def test_landuse_transition_by_hand(run_alg, tmp_path):
    before = np.array([[301, 301, 103, 0], [103, 701, 301, 301]], np.int32)
    after = np.array([[301, 701, 103, 301], [301, 701, 301, 0]], np.int32)
    p = dict(BEFORE=write_tif(tmp_path / "a.tif", before, nodata=0),
             AFTER=write_tif(tmp_path / "b.tif", after, nodata=0), YEARS=10,
             MATRIX="TEMPORARY_OUTPUT", DYNAMICS="TEMPORARY_OUTPUT", CHANGE=str(tmp_path / "c.tif"))
    res = run_alg("landusetransition", p)
    feats = list(res["MATRIX"].getFeatures())
    rows = {f["from_code"]: f for f in feats if f["from_name"] != "Total"}
    names = res["MATRIX"].fields().names()
    assert names[:2] == ["from_code", "from_name"] and names[-1] == "total"
    assert [n for n in names if n.startswith("to_")] == ["to_103", "to_301", "to_701"]
    c = 0.09
    assert rows[103]["to_103"] == pytest.approx(c) and rows[103]["to_301"] == pytest.approx(c)
    assert rows[301]["to_301"] == pytest.approx(2 * c) and rows[301]["to_701"] == pytest.approx(c)
    assert rows[301]["to_103"] == 0 and rows[701]["to_701"] == pytest.approx(c)
    assert rows[301]["total"] == pytest.approx(3 * c) and rows[301]["from_name"] == "乔木林地"
    total = [f for f in feats if f["from_name"] == "Total"]
    assert len(feats) == 4 and not total[0].attribute("from_code")
    assert len(total) == 1 and total[0]["total"] == pytest.approx(6 * c) and total[0]["to_701"] == pytest.approx(2 * c)
    dfeats = list(res["DYNAMICS"].getFeatures())
    dyn = {f["code"]: f for f in dfeats if f["name"] != "Comprehensive dynamic degree"}
    assert dyn[103]["dynamic_pct_a"] == pytest.approx(-5.0)     # (1 − 2) / 2 / 10 · 100
    assert dyn[301]["dynamic_pct_a"] == pytest.approx(0.0)
    assert dyn[701]["dynamic_pct_a"] == pytest.approx(10.0)
    lc = [f for f in dfeats if f["name"] == "Comprehensive dynamic degree"]
    assert len(dfeats) == 4 and lc[0]["change_hm2"] == pytest.approx(2 * c)
    assert lc[0]["dynamic_pct_a"] == pytest.approx(2 / 12 / 10 * 100)   # 2 of 6 cells changed in 10 a
    ch = read_tif(p["CHANGE"])[0]
    same(ch, [[0, 301701, 0, NAN], [103301, 0, 0, NAN]])
    assert os.path.exists(str(tmp_path / "c.qml"))



def test_landuse_transition_by_blocks(run_alg, tmp_path, monkeypatch):
    """Blocks of 2 rows: the matrix summed over the blocks and the change raster (its multiplier from a
    class met only in the last block) are those of one block."""
    from eco_restore_plugin.algorithms.assessment.landusetransition import LanduseTransition

    rng = np.random.default_rng(2)
    before = rng.choice([0, 103, 301, 701], size=(9, 5)).astype(np.int32)
    after = rng.choice([103, 301, 701], size=(9, 5)).astype(np.int32)
    after[8, 4] = 12030                                   # multiplier 100000, set by the last block
    p = dict(BEFORE=write_tif(tmp_path / "a.tif", before, nodata=0),
             AFTER=write_tif(tmp_path / "b.tif", after, nodata=0), YEARS=5,
             MATRIX="TEMPORARY_OUTPUT", DYNAMICS="TEMPORARY_OUTPUT")

    def run(name):
        res = run_alg("landusetransition", dict(p, CHANGE=str(tmp_path / name)))
        return ([f.attributes() for f in res["MATRIX"].getFeatures()],
                [f.attributes() for f in res["DYNAMICS"].getFeatures()], read_tif(str(tmp_path / name))[0])

    whole = run("whole.tif")
    monkeypatch.setattr(LanduseTransition, "BLOCK_ROWS", 2)
    blocks = run("blocks.tif")
    assert blocks[0] == whole[0] and blocks[1] == whole[1]
    np.testing.assert_array_equal(blocks[2], whole[2])
    assert blocks[2][8, 4] == before[8, 4] * 100000 + 12030 if before[8, 4] else np.isnan(blocks[2][8, 4])

def test_landuse_transition_bad_inputs(run_alg, tmp_path):
    a = write_tif(tmp_path / "a.tif", np.array([[1.5, 2.0]]))
    b = write_tif(tmp_path / "b.tif", np.array([[1.0, 2.0]]))
    with pytest.raises(QgsProcessingException, match="whole class codes"):
        run_alg("landusetransition", {"BEFORE": a, "AFTER": b, "MATRIX": "TEMPORARY_OUTPUT",
                                      "CHANGE": str(tmp_path / "c.tif")})
    no_output(tmp_path, "c.tif")


# ---------------------------------------------------------------------------------------------
# Misaligned inputs
# ---------------------------------------------------------------------------------------------
def test_degradation_misaligned_current_resampled_with_warning(run_alg, tmp_path):
    from qgis.core import QgsProcessingFeedback

    warnings = []

    class FB(QgsProcessingFeedback):
        def pushWarning(self, text):
            warnings.append(text)

    ref = write_tif(tmp_path / "a.tif", np.full((2, 4), 1.0))
    cur = write_tif(tmp_path / "b60.tif", np.full((1, 2), 0.5), cellsize=60.0)   # coarser grid
    p = dict(REFERENCE=ref, CURRENT=cur, LOSS=str(tmp_path / "l.tif"), GRADE=str(tmp_path / "g.tif"))
    run_alg("degradation", p, feedback=FB())
    assert any("resampled" in w for w in warnings)
    g = read_tif(p["GRADE"])[0]
    assert g.shape == (2, 4) and (g == 4).all()             # loss 0.5 everywhere: severe
