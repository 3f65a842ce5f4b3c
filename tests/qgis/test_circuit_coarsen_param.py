"""ecorestore:circuitscape COARSEN_FACTOR (issue 20): 1 changes nothing; on a uniform strip the coarse run
gives the analytic resistance and current (see tests/core/test_circuit_coarsen.py for the derivation);
nodata blocks, focal ids sharing a block and bad factors."""
import numpy as np
import pytest
from qgis.core import (QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsProcessingFeedback,
                       QgsVectorLayer)

from rasterutil import ORIGIN, read_tif, write_tif

CS = 30.0
W, L, RES = 40, 60, 3.0


def _points(cells):
    lyr = QgsVectorLayer("Point?crs=EPSG:4546&field=sid:integer", "p", "memory")
    feats = []
    for sid, r, c in cells:
        f = QgsFeature(lyr.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(ORIGIN[0] + (c + 0.5) * CS, ORIGIN[1] - (r + 0.5) * CS)))
        f["sid"] = sid
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    return lyr


def _polygons(blocks):
    """Polygon layer with field ``sid``; blocks are (sid, r0, c0, r1, c1), r1 and c1 excluded."""
    lyr = QgsVectorLayer("Polygon?crs=EPSG:4546&field=sid:integer", "s", "memory")
    feats = []
    for sid, r0, c0, r1, c1 in blocks:
        x0, y0, x1, y1 = ORIGIN[0] + c0 * CS, ORIGIN[1] - r0 * CS, ORIGIN[0] + c1 * CS, ORIGIN[1] - r1 * CS
        f = QgsFeature(lyr.fields())
        f.setGeometry(QgsGeometry.fromWkt("POLYGON(({a} {b},{c} {b},{c} {d},{a} {d},{a} {b}))".format(
            a=x0, b=y0, c=x1, d=y1)))
        f["sid"] = sid
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    return lyr


class _Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):
        self.lines.append(info)

    def pushWarning(self, text):
        self.lines.append(text)

    def reportError(self, text, fatalError=False):
        self.lines.append(text)


def _table(layer):
    return {(f["from_id"], f["to_id"]): f["resistance"] for f in layer.getFeatures()}


def _strip_params(tmp_path, h=None, **extra):
    p = {"RESISTANCE": write_tif(tmp_path / "r.tif", np.full((W, L), RES) if h is None else h),
         "FOCAL_NODES": _polygons([(1, 0, 0, W, 1), (2, 0, L - 1, W, L)]), "FOCAL_ID": "sid",
         "FOUR_NEIGHBOURS": True, "RESISTANCES": "TEMPORARY_OUTPUT", "CURRENT": str(tmp_path / "c.tif")}
    p.update(extra)
    return p


def test_factor_one_changes_nothing(run_alg, tmp_path):
    rng = np.random.default_rng(7)
    h = rng.uniform(1.0, 50.0, (30, 30))
    h[rng.random(h.shape) < 0.05] = np.nan
    base = {"RESISTANCE": write_tif(tmp_path / "r.tif", h),
            "FOCAL_NODES": _points([(1, 2, 2), (2, 3, 27), (3, 26, 14), (4, 15, 15)]), "FOCAL_ID": "sid",
            "RESISTANCES": "TEMPORARY_OUTPUT"}
    a = run_alg("circuitscape", dict(base, CURRENT=str(tmp_path / "a.tif"), MAX_CURRENT=str(tmp_path / "am.tif")))
    b = run_alg("circuitscape", dict(base, CURRENT=str(tmp_path / "b.tif"), MAX_CURRENT=str(tmp_path / "bm.tif"),
                                     COARSEN_FACTOR=1))
    for key in ("CURRENT", "MAX_CURRENT"):
        np.testing.assert_array_equal(read_tif(a[key])[0], read_tif(b[key])[0])
    assert _table(a["RESISTANCES"]) == _table(b["RESISTANCES"]) and len(_table(a["RESISTANCES"])) == 6


@pytest.mark.parametrize("f", [2, 4])
def test_uniform_strip(run_alg, tmp_path, f):
    """Pairwise: R = (L - f) r / W exactly (terminals f cells thick instead of 1); 1/W A in every cell
    away from the terminals, 1 A on the terminal cells; one-to-all gives the same resistance."""
    log = _Log()
    res = run_alg("circuitscape", _strip_params(tmp_path, COARSEN_FACTOR=f, MAX_CURRENT=str(tmp_path / "m.tif")),
                  feedback=log)
    assert _table(res["RESISTANCES"])[(1, 2)] == pytest.approx((L - f) * RES / W, rel=1e-9)
    cur = read_tif(res["CURRENT"])[0]
    np.testing.assert_allclose(cur[:, f:L - f], 1.0 / W, rtol=1e-7)
    np.testing.assert_allclose(cur[:, f:L - f].sum(axis=0), 1.0, rtol=1e-7)
    np.testing.assert_allclose(cur[:, [0, L - 1]], 1.0, rtol=1e-7)
    np.testing.assert_allclose(read_tif(res["MAX_CURRENT"])[0], cur, rtol=1e-7, atol=1e-12)   # one pair: max = sum
    text = "\n".join(log.lines)
    assert "{} × {}".format(W // f, L // f) in text and "approximate" in text
    res = run_alg("circuitscape", _strip_params(tmp_path, COARSEN_FACTOR=f, MODE=1,
                                                CURRENT=str(tmp_path / "c1.tif")))
    rows = {f_["from_id"]: f_["resistance"] for f_ in res["RESISTANCES"].getFeatures()}
    assert rows[1] == pytest.approx((L - f) * RES / W, rel=1e-9)


def test_nodata_blocks(run_alg, tmp_path):
    """At f = 4 the block rows 8-11 x cols 20-23 keeps 4 valid cells of 16 (< half): dropped, its valid
    cells get 0 current, its nodata cells stay nodata. The block rows 16-19 x cols 32-35 keeps 8 of 16
    (half): a node, of the same resistance, so the strip's current is unchanged there."""
    h = np.full((W, L), RES)
    h[8:11, 20:24] = np.nan
    h[16:18, 32:36] = np.nan
    res = run_alg("circuitscape", _strip_params(tmp_path, h=h, COARSEN_FACTOR=4))
    cur = read_tif(res["CURRENT"])[0]
    assert np.isnan(cur[8:11, 20:24]).all() and np.isnan(cur[16:18, 32:36]).all()
    np.testing.assert_array_equal(cur[11, 20:24], 0.0)
    assert (cur[18:20, 32:36] > 0).all()
    assert np.isfinite(cur).sum() == np.isfinite(h).sum()


def test_focal_ids_sharing_a_block(run_alg, tmp_path):
    """Points 2 and 3 fall in one 4 x 4 block: the tie goes to the smaller id, 3 is lost and named."""
    h = np.full((W, L), RES)
    log = _Log()
    p = {"RESISTANCE": write_tif(tmp_path / "r.tif", h), "FOCAL_ID": "sid", "COARSEN_FACTOR": 4,
         "RESISTANCES": "TEMPORARY_OUTPUT", "CURRENT": "TEMPORARY_OUTPUT"}
    res = run_alg("circuitscape", dict(p, FOCAL_NODES=_points([(1, 20, 2), (2, 20, 40), (3, 21, 41)])),
                  feedback=log)
    assert set(_table(res["RESISTANCES"])) == {(1, 2)}
    assert any("lost" in line and ": 3." in line for line in log.lines)
    # a polygon of id 5 covering 4 cells of the block beats the point of id 2 (1 cell)
    res = run_alg("circuitscape", dict(p, FOCAL_NODES=_polygons([(1, 20, 0, 21, 1), (2, 20, 40, 21, 41),
                                                                  (5, 21, 41, 23, 43)])))
    assert set(_table(res["RESISTANCES"])) == {(1, 5)}
    with pytest.raises(QgsProcessingException, match="fewer than two focal nodes"):
        run_alg("circuitscape", dict(p, FOCAL_NODES=_points([(2, 20, 40), (3, 21, 41)])))


@pytest.mark.parametrize("f, words", [(0, "at least 1"), (-3, "at least 1"), (40, "too large"),
                                      (1000, "too large")])
def test_bad_factor(run_alg, tmp_path, f, words):
    with pytest.raises(QgsProcessingException, match=words) as err:
        run_alg("circuitscape", _strip_params(tmp_path, COARSEN_FACTOR=f))
    assert "COARSEN_FACTOR" in str(err.value)


def test_advanced_mode_refused(run_alg, tmp_path):
    src = np.full((W, L), np.nan)
    src[0, 0] = 1.0
    gnd = np.full((W, L), np.nan)
    gnd[0, L - 1] = 0.0
    p = _strip_params(tmp_path, MODE=3, COARSEN_FACTOR=2, SOURCE_RASTER=write_tif(tmp_path / "s.tif", src),
                      GROUND_RASTER=write_tif(tmp_path / "g.tif", gnd))
    with pytest.raises(QgsProcessingException, match="advanced"):
        run_alg("circuitscape", p)
