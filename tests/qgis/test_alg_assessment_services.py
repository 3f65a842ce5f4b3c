"""Ecosystem-service algorithms through processing.run: NPP-index services, rainfall erosivity, coastal
protection, habitat quality impact conventions and service trade-offs. Hand-computed cells and invariants
on small rasters (EPSG:4546), plus bad inputs."""
import os

import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer

from rasterutil import ORIGIN, read_tif, write_tif

NAN = np.nan
B = 1.7265


def no_output(tmp_path, *names):
    for n in names:
        assert not os.path.exists(str(tmp_path / n)), n
    assert not [f for f in os.listdir(tmp_path) if ".part" in f]


def same(a, b):
    np.testing.assert_allclose(np.nan_to_num(np.asarray(a, float), nan=-1e9),
                               np.nan_to_num(np.asarray(b, float), nan=-1e9), rtol=1e-5, atol=1e-9)


def mm(x):
    x = np.asarray(x, float)
    return (x - np.nanmin(x)) / (np.nanmax(x) - np.nanmin(x))


def plane(rows, cols, degrees, cellsize=30.0):
    """A DEM rising eastwards at ``degrees`` (interior cells have that Horn slope)."""
    return np.tile(np.arange(cols) * cellsize * np.tan(np.radians(degrees)), (rows, 1)) + 100.0


# ---------------------------------------------------------------------------------------------
# NPP-index services
# ---------------------------------------------------------------------------------------------
def test_npp_soil_conservation_by_hand(run_alg, tmp_path):
    npp = np.array([[500.0, 400.0, 300.0], [200.0, NAN, 600.0]])
    k = np.array([[0.1, 0.2, 0.3], [0.25, 0.15, 0.5]])
    dem = np.full((2, 3), 50.0)              # flat: F_slo constant -> normalised 0
    out = str(tmp_path / "s.tif")
    run_alg("nppservices", {"SERVICE": 1, "NPP": write_tif(tmp_path / "npp.tif", npp),
                            "K_FACTOR": write_tif(tmp_path / "k.tif", k),
                            "DEM": write_tif(tmp_path / "dem.tif", dem), "OUTPUT": out})
    s = read_tif(out)[0]
    kn = (k - 0.1) / (0.5 - 0.1)
    same(s, npp * (1 - kn))
    assert s[1, 2] == pytest.approx(0.0) and s[0, 0] == pytest.approx(500.0)
    assert np.isnan(s[1, 1])                 # NPP nodata propagates


def test_npp_water_conservation_slope_factor(run_alg, tmp_path):
    from eco_restore_plugin.core import services

    rows, cols = 5, 5
    dem = plane(rows, cols, 20.0)
    dem[:, 3:] = dem[:, 3:] + np.arange(2) * 30.0   # steeper in the east: slope varies
    npp = np.full((rows, cols), 100.0)
    sic = np.tile(np.linspace(0.2, 1.0, cols), (rows, 1))
    pre = np.tile(np.linspace(1000.0, 2000.0, rows)[:, None], (1, cols))
    out = str(tmp_path / "wr.tif")
    run_alg("nppservices", {"SERVICE": 0, "NPP": write_tif(tmp_path / "npp.tif", npp),
                            "SEEPAGE": write_tif(tmp_path / "sic.tif", sic),
                            "PRECIPITATION": write_tif(tmp_path / "p.tif", pre),
                            "DEM": write_tif(tmp_path / "dem.tif", dem), "OUTPUT": out})
    wr = read_tif(out)[0]
    slope = services.slope_degrees(dem, cellsize=30.0)
    same(wr, 100.0 * mm(sic) * mm(pre) * (1 - mm(slope)))
    assert np.nanmax(wr) <= 100.0 + 1e-9 and np.nanmin(wr) >= 0.0



def test_npp_water_conservation_by_blocks(run_alg, tmp_path, monkeypatch):
    """Blocks of 4 rows (the slope read with a one-row halo) give the whole-raster result: every factor,
    the slope included, normalised over the whole grid; a NaN in the DEM is counted once."""
    from qgis.core import QgsProcessingFeedback

    from eco_restore_plugin.algorithms.assessment.nppservices import NppServices
    from eco_restore_plugin.core import services

    rng = np.random.default_rng(11)
    dem = rng.uniform(0, 300, (13, 7)).cumsum(axis=0)
    dem[6, 3] = NAN
    npp = rng.uniform(200, 800, (13, 7))
    sic = rng.uniform(0.1, 0.9, (13, 7))
    pre = rng.uniform(900, 1800, (13, 7))
    params = {"SERVICE": 0, "NPP": write_tif(tmp_path / "npp.tif", npp),
              "SEEPAGE": write_tif(tmp_path / "sic.tif", sic), "PRECIPITATION": write_tif(tmp_path / "p.tif", pre),
              "DEM": write_tif(tmp_path / "dem.tif", dem, nodata=None)}

    class Feedback(QgsProcessingFeedback):
        warnings = []

        def pushWarning(self, text):
            self.warnings.append(text)

    run_alg("nppservices", dict(params, OUTPUT=str(tmp_path / "whole.tif")))
    monkeypatch.setattr(NppServices, "BLOCK_ROWS", 4)
    feedback = Feedback()
    run_alg("nppservices", dict(params, OUTPUT=str(tmp_path / "blocks.tif")), feedback=feedback)
    blocks = read_tif(tmp_path / "blocks.tif")[0]
    np.testing.assert_array_equal(blocks, read_tif(tmp_path / "whole.tif")[0])
    slope = services.slope_degrees(dem, cellsize=30.0)
    same(blocks, npp * mm(sic) * mm(pre) * (1 - mm(slope)))
    assert [w for w in feedback.warnings if "NaN" in w] == [
        "Raster 'DEM (m): slope F_slo, altitude F_alt': 1 cells hold NaN or ±infinity; they are taken as nodata."]

def test_npp_biodiversity_and_windbreak_unnormalised(run_alg, tmp_path):
    npp = np.array([[100.0, 200.0]])
    a = np.array([[0.5, 0.2]])
    b = np.array([[0.4, 1.0]])
    c = np.array([[0.1, 0.5]])
    p = {k: write_tif(tmp_path / (k + ".tif"), v) for k, v in
         (("npp", npp), ("a", a), ("b", b), ("c", c))}
    out = str(tmp_path / "bio.tif")
    run_alg("nppservices", {"SERVICE": 3, "NPP": p["npp"], "PRECIPITATION": p["a"], "TEMPERATURE": p["b"],
                            "DEM": p["c"], "NORMALISE": False, "OUTPUT": out})
    same(read_tif(out)[0], npp * a * b * (1 - c))
    out2 = str(tmp_path / "ws.tif")
    run_alg("nppservices", {"SERVICE": 2, "NPP": p["npp"], "K_FACTOR": p["a"], "CLIMATE_EROSIVITY": p["b"],
                            "ROUGHNESS": p["c"], "NORMALISE": False, "OUTPUT": out2})
    same(read_tif(out2)[0], npp * a * b * c)
    # normalised biodiversity: with two cells every factor becomes 0 or 1
    out3 = str(tmp_path / "bio_n.tif")
    run_alg("nppservices", {"SERVICE": 3, "NPP": p["npp"], "PRECIPITATION": p["a"], "TEMPERATURE": p["b"],
                            "DEM": p["c"], "OUTPUT": out3})
    same(read_tif(out3)[0], [[100.0 * 1 * 0 * 1, 200.0 * 0 * 1 * 0]])


def test_npp_missing_factor_named(run_alg, tmp_path):
    npp = write_tif(tmp_path / "npp.tif", np.full((3, 3), 100.0))
    dem = write_tif(tmp_path / "dem.tif", plane(3, 3, 10.0))
    with pytest.raises(QgsProcessingException, match="F_sic"):
        run_alg("nppservices", {"SERVICE": 0, "NPP": npp, "DEM": dem, "PRECIPITATION": npp,
                                "OUTPUT": str(tmp_path / "o.tif")})
    with pytest.raises(QgsProcessingException, match="F_q"):
        run_alg("nppservices", {"SERVICE": 2, "NPP": npp, "K_FACTOR": npp, "ROUGHNESS": npp,
                                "OUTPUT": str(tmp_path / "o.tif")})
    no_output(tmp_path, "o.tif")
    geo = write_tif(tmp_path / "g.tif", np.full((2, 2), 100.0), cellsize=0.001, epsg=4490, origin=(110.0, 20.0))
    with pytest.raises(QgsProcessingException, match="geographic"):
        run_alg("nppservices", {"SERVICE": 1, "NPP": geo, "K_FACTOR": geo, "DEM": geo,
                                "OUTPUT": str(tmp_path / "o.tif")})
    no_output(tmp_path, "o.tif")


# ---------------------------------------------------------------------------------------------
# Rainfall erosivity
# ---------------------------------------------------------------------------------------------
def write_bands(path, bands, cellsize=30.0, nodata=-9999.0):
    bands = [np.asarray(b, float) for b in bands]
    h, w = bands[0].shape
    ds = gdal.GetDriverByName("GTiff").Create(str(path), w, h, len(bands), gdal.GDT_Float32)
    ds.SetGeoTransform((ORIGIN[0], cellsize, 0, ORIGIN[1], 0, -cellsize))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4546)
    ds.SetProjection(srs.ExportToWkt())
    for i, b in enumerate(bands):
        band = ds.GetRasterBand(i + 1)
        band.SetNoDataValue(nodata)
        band.WriteArray(np.where(np.isnan(b), nodata, b))
    ds = None
    return str(path)


@pytest.fixture()
def daily(tmp_path):
    # 2001-04-30 (cold), 2001-05-01 and 2001-05-02 (warm)
    return write_bands(tmp_path / "daily.tif", [
        [[20.0, 10.0], [12.0, NAN]],
        [[15.0, 30.0], [0.0, 5.0]],
        [[12.0, 11.9], [50.0, 5.0]],
    ])


def test_rainfall_erosivity_by_hand(run_alg, daily, tmp_path):
    from qgis.core import QgsProcessingFeedback

    warnings = []

    class FB(QgsProcessingFeedback):
        def pushWarning(self, text):
            warnings.append(text)

    out = str(tmp_path / "r.tif")
    run_alg("rainfallerosivity", {"INPUT": daily, "START_DATE": "2001-04-30", "OUTPUT": out}, feedback=FB())
    r = read_tif(out)[0]
    aw, ac = 0.3937, 0.3101
    assert r[0, 0] == pytest.approx(ac * 20 ** B + aw * 15 ** B + aw * 12 ** B, rel=1e-5)
    assert r[0, 1] == pytest.approx(aw * 30 ** B, rel=1e-5)        # 10 and 11.9 mm are not erosive
    assert r[1, 0] == pytest.approx(ac * 12 ** B + aw * 50 ** B, rel=1e-5)
    assert np.isnan(r[1, 1])                                          # a nodata day gives nodata
    assert any("3 daily bands" in w for w in warnings)               # 3 days are not a year
    # April counted warm, two years: band 1 takes the warm α, the sum is halved
    out2 = str(tmp_path / "r2.tif")
    run_alg("rainfallerosivity", {"INPUT": daily, "START_DATE": "2001-04-30", "YEARS": 2,
                                  "WARM_MONTHS": "4, 5", "OUTPUT": out2})
    r2 = read_tif(out2)[0]
    assert r2[0, 0] == pytest.approx((aw * 20 ** B + aw * 15 ** B + aw * 12 ** B) / 2, rel=1e-5)
    # a threshold of 10 mm makes the 10 and 11.9 mm days erosive
    out3 = str(tmp_path / "r3.tif")
    run_alg("rainfallerosivity", {"INPUT": daily, "START_DATE": "2001-04-30", "THRESHOLD": 10.0, "OUTPUT": out3})
    assert read_tif(out3)[0][0, 1] == pytest.approx(ac * 10 ** B + aw * 30 ** B + aw * 11.9 ** B, rel=1e-5)


def test_rainfall_erosivity_bad_inputs(run_alg, daily, tmp_path):
    out = str(tmp_path / "bad.tif")
    with pytest.raises(QgsProcessingException, match="2001-13-01"):
        run_alg("rainfallerosivity", {"INPUT": daily, "START_DATE": "2001-13-01", "OUTPUT": out})
    with pytest.raises(QgsProcessingException, match="1-12"):
        run_alg("rainfallerosivity", {"INPUT": daily, "WARM_MONTHS": "5, 13", "OUTPUT": out})
    with pytest.raises(QgsProcessingException, match="not a number"):
        run_alg("rainfallerosivity", {"INPUT": daily, "WARM_MONTHS": "May", "OUTPUT": out})
    no_output(tmp_path, "bad.tif")


# ---------------------------------------------------------------------------------------------
# Coastal protection
# ---------------------------------------------------------------------------------------------
def test_coastal_protection_buffer(run_alg, tmp_path):
    lu = np.array([[303, 101, 101, 101, 101, 101, 101]], np.int32)
    src = write_tif(tmp_path / "lu.tif", lu, nodata=0)
    out = str(tmp_path / "cp.tif")
    run_alg("coastalprotection", {"LANDUSE": src, "BUFFER_DISTANCE": 90.0, "OUTPUT": out})
    same(read_tif(out)[0], [[1.0, 2 / 3, 1 / 3, 0, 0, 0, 0]])
    run_alg("coastalprotection", {"LANDUSE": src, "BUFFER_DISTANCE": 90.0, "DECAY": 1, "OUTPUT": out})
    same(read_tif(out)[0], [[1.0, 1.0, 1.0, 1.0, 0, 0, 0]])
    # an edited table: mangrove scored 0.5
    run_alg("coastalprotection", {"LANDUSE": src, "BUFFER_DISTANCE": 90.0, "SCORES": ["303", "0.5"],
                                  "OUTPUT": out})
    same(read_tif(out)[0], [[0.5, 1 / 3, 1 / 6, 0, 0, 0, 0]])


def shore_layer():
    layer = QgsVectorLayer("LineString?crs=EPSG:4546&field=kind:string", "shore", "memory")
    x0, y0 = ORIGIN
    feats = []
    for x, kind in ((x0 + 45, "自然岸线"), (x0 + 135, "人工岸线")):   # centres of columns 1 and 4
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt("LINESTRING({x} {a}, {x} {b})".format(x=x, a=y0 - 10, b=y0 - 140)))
        f.setAttributes([kind])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def test_coastal_protection_shoreline_filter(run_alg, tmp_path):
    lu = write_tif(tmp_path / "lu.tif", np.full((5, 6), 101, np.int32), nodata=0)
    out = str(tmp_path / "cp.tif")
    layer = shore_layer()
    run_alg("coastalprotection", {"LANDUSE": lu, "SHORELINE": layer, "SHORE_FIELD": "kind",
                                  "BUFFER_DISTANCE": 90.0, "OUTPUT": out})
    v = read_tif(out)[0]
    same(v[2], [0.5 * 2 / 3, 0.5, 0.5 * 2 / 3, 0.5 / 3, 0.0, 0.0])    # only the natural line
    run_alg("coastalprotection", {"LANDUSE": lu, "SHORELINE": layer, "BUFFER_DISTANCE": 90.0,
                                  "SHORELINE_SCORE": 0.3, "OUTPUT": out})
    same(read_tif(out)[0][2], [0.2, 0.3, 0.2, 0.2, 0.3, 0.2])              # both lines


def test_coastal_protection_bad_tables(run_alg, tmp_path):
    lu = write_tif(tmp_path / "lu.tif", np.full((2, 2), 303, np.int32), nodata=0)
    out = str(tmp_path / "bad.tif")
    with pytest.raises(QgsProcessingException, match="not a number"):
        run_alg("coastalprotection", {"LANDUSE": lu, "SCORES": ["303", "high"], "OUTPUT": out})
    with pytest.raises(QgsProcessingException, match="0-1"):
        run_alg("coastalprotection", {"LANDUSE": lu, "SCORES": ["303", "1.5"], "OUTPUT": out})
    with pytest.raises(QgsProcessingException, match="whole number of rows"):
        run_alg("coastalprotection", {"LANDUSE": lu, "SCORES": ["303", "1", "1108"], "OUTPUT": out})
    no_output(tmp_path, "bad.tif")


# ---------------------------------------------------------------------------------------------
# Service trade-offs
# ---------------------------------------------------------------------------------------------
@pytest.fixture()
def services3(tmp_path):
    x = np.arange(1.0, 21.0).reshape(4, 5)
    y = x ** 2
    z = -x
    z[0, 0] = NAN
    return [write_tif(tmp_path / "wc.tif", x), write_tif(tmp_path / "sc.tif", y),
            write_tif(tmp_path / "hq.tif", z)]


def test_service_tradeoffs_cells(run_alg, services3, tmp_path):
    res = run_alg("servicetradeoffs", {"INPUTS": services3, "OUTPUT": "TEMPORARY_OUTPUT",
                                       "BIVARIATE": str(tmp_path / "bv.tif")})
    rows = {(f["service_a"], f["service_b"]): f for f in res["OUTPUT"].getFeatures()}
    assert len(rows) == 3
    r = rows[("wc", "sc")]
    assert r["rho"] == pytest.approx(1.0) and r["n"] == 20 and r["relation"] == "synergy" and r["p_value"] < 1e-6
    r = rows[("wc", "hq")]
    assert r["rho"] == pytest.approx(-1.0) and r["n"] == 19 and r["relation"] == "trade-off"
    bv = read_tif(str(tmp_path / "bv.tif"))[0]
    assert bv[0, 0] == 1 and bv[3, 4] == 9                # low-low and high-high
    assert set(np.unique(bv).tolist()) == {1, 5, 9}        # perfectly correlated: diagonal only
    # a sample of 10 cells (fixed seed): n = 10, same rho
    res = run_alg("servicetradeoffs", {"INPUTS": services3[:2], "SAMPLE_SIZE": 10, "OUTPUT": "TEMPORARY_OUTPUT"})
    f = next(res["OUTPUT"].getFeatures())
    assert f["n"] == 10 and f["rho"] == pytest.approx(1.0)


def test_service_tradeoffs_units_and_bad_input(run_alg, services3, tmp_path):
    units = QgsVectorLayer("Polygon?crs=EPSG:4546", "u", "memory")
    x0, y0 = ORIGIN
    feats = []
    for i in range(4):                       # one polygon per row of the 4 x 5 grid
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromWkt("POLYGON(({a} {b},{c} {b},{c} {d},{a} {d},{a} {b}))".format(
            a=x0, c=x0 + 150, b=y0 - 30 * (i + 1), d=y0 - 30 * i)))
        feats.append(f)
    units.dataProvider().addFeatures(feats)
    res = run_alg("servicetradeoffs", {"INPUTS": services3, "UNITS": units, "OUTPUT": "TEMPORARY_OUTPUT"})
    rows = {(f["service_a"], f["service_b"]): f for f in res["OUTPUT"].getFeatures()}
    assert rows[("wc", "sc")]["n"] == 4 and rows[("wc", "sc")]["level"] == "units"
    assert rows[("wc", "hq")]["rho"] == pytest.approx(-1.0)
    with pytest.raises(QgsProcessingException, match="two"):
        run_alg("servicetradeoffs", {"INPUTS": services3[:1], "OUTPUT": "TEMPORARY_OUTPUT",
                                     "BIVARIATE": str(tmp_path / "b.tif")})
    no_output(tmp_path, "b.tif")


# ---------------------------------------------------------------------------------------------
# Habitat quality
# ---------------------------------------------------------------------------------------------
def test_habitat_quality_impact_conventions(run_alg, tmp_path):
    """Nearest-source impact (InVEST 3.13+, default) vs the normalised kernel (InVEST 3.3-3.12)."""
    lu = np.full((20, 20), 301, np.int32)      # 乔木林地: H 1
    lu[10, 10] = lu[10, 11] = 701              # two urban cells: threat 'urban' sources
    src = write_tif(tmp_path / "lu.tif", lu, nodata=0)
    threats = ["urban", "0.3", "1", "linear", "701"]
    d0, d1 = str(tmp_path / "d0.tif"), str(tmp_path / "d1.tif")
    run_alg("habitatquality", {"LANDUSE": src, "THREATS": threats, "QUALITY": str(tmp_path / "q0.tif"),
                               "DEGRADATION": d0})
    run_alg("habitatquality", {"LANDUSE": src, "THREATS": threats, "IMPACT_METHOD": 1,
                               "QUALITY": str(tmp_path / "q1.tif"), "DEGRADATION": d1})
    from eco_restore_plugin.core import tables
    s = tables.HABITAT_SENSITIVITY_3DIAO[301]["urban"]
    a, b = read_tif(d0)[0], read_tif(d1)[0]
    # nearest source: 30 m and 90 m west of the pair -> (1 - 30/300) S and (1 - 90/300) S; the second
    # source does not add
    assert a[10, 9] == pytest.approx(0.9 * s, rel=1e-6) and a[10, 7] == pytest.approx(0.7 * s, rel=1e-6)
    assert a[10, 0] == 0.0 and b[10, 0] == 0.0                     # 300 m: linear impact 0
    assert b[10, 9] < a[10, 9]                                     # the kernel mean is far smaller
