"""Barriers (Barrier Mapper) and Omniscape through processing.run."""
import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from rasterutil import peer_path, read_tif, write_tif


def _corridor(tmp_path):
    cost = np.ones((1, 30))
    cost[0, 10:13] = 100.0
    lab = np.zeros((1, 30), np.int32)
    lab[0, 0], lab[0, 29] = 1, 2
    return write_tif(tmp_path / "r.tif", cost), write_tif(tmp_path / "s.tif", lab, nodata=None)


def test_barriers_hand_corridor(run_alg, tmp_path):
    """30 m cells, wall of 3 cells of resistance 100 (LCD = 326 x 30 m). Radius 30 m at the wall's
    centre: IS = 30 x (326 - (59.5 + 66.5 + 2)) = 5940 resistance x m, per metre of restored length
    5940 / 60 = 99; radius 60 m: 30 x 297 / 120 = 74.25; radius 90 m: 30 x 297 / 180 = 49.5."""
    res, src = _corridor(tmp_path)
    out, rad, poly = (str(tmp_path / n) for n in ("b.tif", "rad.tif", "poly.gpkg"))
    r = run_alg("barriers", {"RESISTANCE": res, "SOURCE_RASTER": src, "RADIUS_MIN": 30, "RADIUS_MAX": 90,
                             "RADIUS_STEP": 30, "OUTPUT": out, "BEST_RADIUS": rad, "POLYGONS": poly,
                             "THRESHOLD": 90})
    score = read_tif(r["OUTPUT"])[0]
    assert score[0, 11] == pytest.approx(99.0, rel=1e-6)
    assert np.nanargmax(score[0]) == 11
    assert read_tif(r["BEST_RADIUS"])[0][0, 11] == 30.0
    feats = list(QgsVectorLayer(r["POLYGONS"], "p", "ogr").getFeatures())
    assert len(feats) == 1
    f = feats[0]
    assert f["improvement"] == pytest.approx(99.0) and f["radius_m"] == 30.0
    assert (f["from_id"], f["to_id"]) == (1, 2)
    # raw improvement score at radius 60 m
    r = run_alg("barriers", {"RESISTANCE": res, "SOURCE_RASTER": src, "RADIUS_MIN": 60, "RADIUS_MAX": 60,
                             "RADIUS_STEP": 0, "PER_LENGTH": False, "OUTPUT": str(tmp_path / "raw.tif")})
    assert read_tif(r["OUTPUT"])[0][0, 11] == pytest.approx(297.0 * 30.0, rel=1e-6)


def test_barriers_bad_input(run_alg, tmp_path):
    res, src = _corridor(tmp_path)
    one = write_tif(tmp_path / "one.tif", np.where(np.arange(30) == 0, 1, 0)[None, :].astype(np.int32),
                    nodata=None)
    with pytest.raises(QgsProcessingException, match="at least two sources"):
        run_alg("barriers", {"RESISTANCE": res, "SOURCE_RASTER": one, "OUTPUT": str(tmp_path / "o.tif")})
    with pytest.raises(QgsProcessingException, match="maximum radius"):
        run_alg("barriers", {"RESISTANCE": res, "SOURCE_RASTER": src, "RADIUS_MIN": 90, "RADIUS_MAX": 30,
                             "OUTPUT": str(tmp_path / "o.tif")})
    with pytest.raises(QgsProcessingException, match="half a cell"):
        run_alg("barriers", {"RESISTANCE": res, "SOURCE_RASTER": src, "RADIUS_MIN": 5, "RADIUS_MAX": 5,
                             "OUTPUT": str(tmp_path / "o.tif")})
    assert not (tmp_path / "o.tif").exists()


def _asc(*parts):
    from eco_restore_plugin.core.ascgrid import read_asc
    return read_asc(peer_path("omniscape", *parts))[0]


@pytest.mark.peer
def test_omniscape_peer_test1(run_alg, tmp_path):
    """Omniscape.jl test1 (config.ini) through processing: equal to the core and to the peer."""
    from eco_restore_plugin.core import omniscape as O
    res, src = _asc("input", "resistance.asc"), _asc("input", "source.asc")
    rt = write_tif(tmp_path / "res.tif", res, cellsize=1.0)
    st = write_tif(tmp_path / "src.tif", src, cellsize=1.0)
    out, fp, nc = (str(tmp_path / n) for n in ("cum.tif", "fp.tif", "norm.tif"))
    r = run_alg("omniscape", {"RESISTANCE": rt, "SOURCE_STRENGTH": st, "RADIUS": 5, "BLOCK_SIZE": 2,
                              "BUFFER": 2, "SOURCE_THRESHOLD": 0.2, "OUTPUT": out, "FLOW_POTENTIAL": fp,
                              "NORMALIZED": nc})
    core = O.omniscape(res, radius=5, source_strength=src, block_size=2, buffer=2, source_threshold=0.2,
                       calc_flow_potential=True,
                       calc_normalized_current=True)
    got = {k: read_tif(r[k])[0] for k in ("OUTPUT", "FLOW_POTENTIAL", "NORMALIZED")}
    for key, arr in (("OUTPUT", core.cum_current), ("FLOW_POTENTIAL", core.flow_potential),
                     ("NORMALIZED", core.normalized_current)):
        assert np.array_equal(np.isnan(got[key]), np.isnan(arr))
        np.testing.assert_allclose(got[key], arr, rtol=1e-6)
    for key, name in (("OUTPUT", "cum_currmap"), ("FLOW_POTENTIAL", "flow_potential"),
                      ("NORMALIZED", "normalized_cum_currmap")):
        exp = read_tif(peer_path("omniscape", "output_verify", "test1", name + ".tif"))[0]
        assert np.array_equal(np.isnan(got[key]), np.isnan(exp))
        # 5e-5: the peer solved each window iteratively (CG+AMG, residual 1e-6); see tests/core/test_omniscape.py
        np.testing.assert_allclose(got[key], exp, rtol=5e-5, atol=1e-12)
    # test1 (block_size 2) equals test2 (block_size 3): an even block size is raised by one, as in the core
    np.testing.assert_allclose(read_tif(peer_path("omniscape", "output_verify", "test1", "cum_currmap.tif"))[0],
                               _asc("output_verify", "test2", "cum_currmap.asc"), rtol=1e-6)


def test_omniscape_uniform_and_coarsen(run_alg, tmp_path):
    """Uniform resistance with sources from resistance and a window covering the whole grid: current equals
    flow potential (normalized 1); coarsening by 2 halves the grid."""
    rt = write_tif(tmp_path / "res.tif", np.full((16, 16), 2.0))
    r = run_alg("omniscape", {"RESISTANCE": rt, "RADIUS": 720, "RADIUS_UNITS": 1, "OUTPUT": str(tmp_path / "c.tif"),
                              "NORMALIZED": str(tmp_path / "n.tif")})
    n = read_tif(r["NORMALIZED"])[0]
    np.testing.assert_allclose(n, 1.0, rtol=1e-6)
    r = run_alg("omniscape", {"RESISTANCE": rt, "RADIUS": 2, "COARSEN": 2, "OUTPUT": str(tmp_path / "c2.tif")})
    arr, gt, _ = read_tif(r["OUTPUT"])
    assert arr.shape == (8, 8) and gt[1] == 60.0 and np.all(arr > 0)


def test_omniscape_bad_input(run_alg, tmp_path):
    a = np.ones((10, 10))
    a[2, 2] = 0.0
    rt = write_tif(tmp_path / "res.tif", a)
    with pytest.raises(QgsProcessingException, match="resistance > 0"):
        run_alg("omniscape", {"RESISTANCE": rt, "RADIUS": 3, "OUTPUT": str(tmp_path / "o.tif")})
    rt = write_tif(tmp_path / "res2.tif", np.ones((10, 10)))
    with pytest.raises(QgsProcessingException, match="less than one cell"):
        run_alg("omniscape", {"RESISTANCE": rt, "RADIUS": 10, "RADIUS_UNITS": 1, "OUTPUT": str(tmp_path / "o.tif")})
    assert not (tmp_path / "o.tif").exists()
