"""More assessment algorithms through processing.run: NPP-index services, rainfall erosivity, coastal
protection, vulnerabilities, degradation, resilience, damaged space, land-use transition and service
trade-offs. Hand-computed cells and invariants on small rasters (EPSG:4546), plus bad inputs."""
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
        def pushWarning(self, text):  # noqa: N802
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
# Vulnerability
# ---------------------------------------------------------------------------------------------
@pytest.fixture()
def erosion(tmp_path):
    r = np.array([[50.0, 300.0, 700.0, 700.0, 700.0]])
    relief = np.array([[10.0, 100.0, 400.0, 10.0, 400.0]])
    fvc = np.array([[0.7, 0.4, 0.1, 0.4, NAN]])
    tex = np.array([[1, 7, 8, 7, 8]], np.int32)           # 石砾 1, 壤土 3, 砂壤土 5 (three levels)
    return dict(R_FACTOR=write_tif(tmp_path / "r.tif", r), RELIEF=write_tif(tmp_path / "rel.tif", relief),
                FVC=write_tif(tmp_path / "fvc.tif", fvc), K_RASTER=write_tif(tmp_path / "tex.tif", tex, nodata=0))


def test_soil_erosion_vulnerability_three_levels(run_alg, erosion, tmp_path):
    out = dict(INDEX=str(tmp_path / "i.tif"), GRADE=str(tmp_path / "g.tif"))
    run_alg("vulnerabilitysoilerosion", dict(erosion, **out))
    idx, g = read_tif(out["INDEX"])[0], read_tif(out["GRADE"])[0]
    same(idx, [[1.0, 3.0, 5.0, 45 ** 0.25, NAN]])          # (5 · 3 · 1 · 3)^(1/4) = 2.59
    same(g, [[1, 2, 3, 2, NAN]])                           # grade 0 = nodata
    assert os.path.exists(str(tmp_path / "g.qml"))
    # edited breaks: R ≥ 40 is 极 -> first cell (5 · 1 · 1 · 1)^(1/4)
    run_alg("vulnerabilitysoilerosion", dict(erosion, R_BREAKS="20, 40", **out))
    assert read_tif(out["INDEX"])[0][0, 0] == pytest.approx(5 ** 0.25)


def test_soil_erosion_vulnerability_five_levels(run_alg, erosion, tmp_path):
    out = dict(INDEX=str(tmp_path / "i.tif"), GRADE=str(tmp_path / "g.tif"))
    run_alg("vulnerabilitysoilerosion", dict(erosion, LEVELS=1, **out))
    idx, g = read_tif(out["INDEX"])[0], read_tif(out["GRADE"])[0]
    # cell 0: R 50 -> 3, relief 10 -> 1, FVC 0.7 -> 3, 石砾 -> 1 ; cell 2: 9, 9, 9, 砂壤土 7
    assert idx[0, 0] == pytest.approx(9 ** 0.25)
    assert idx[0, 2] == pytest.approx((9 * 9 * 9 * 7) ** 0.25)
    assert g[0, 0] == 1 and g[0, 2] == 5


def test_soil_erosion_vulnerability_from_dem_and_k_grade(run_alg, tmp_path):
    from eco_restore_plugin.core import vulnerability

    dem = np.arange(36, dtype=float).reshape(6, 6) * 20.0
    kg = np.full((6, 6), 3, np.int32)
    p = dict(R_FACTOR=write_tif(tmp_path / "r.tif", np.full((6, 6), 300.0)),
             DEM=write_tif(tmp_path / "dem.tif", dem), RELIEF_WINDOW=3,
             FVC=write_tif(tmp_path / "fvc.tif", np.full((6, 6), 0.4)),
             K_SOURCE=1, K_RASTER=write_tif(tmp_path / "kg.tif", kg, nodata=0),
             INDEX=str(tmp_path / "i.tif"), GRADE=str(tmp_path / "g.tif"))
    run_alg("vulnerabilitysoilerosion", p)
    rel = vulnerability.relief(dem, window=3)
    lg = np.where(rel >= 300, 5, np.where(rel >= 50, 3, 1))
    same(read_tif(p["INDEX"])[0], (3 * 3 * 3 * lg) ** 0.25)


def test_soil_erosion_vulnerability_bad_inputs(run_alg, erosion, tmp_path):
    out = dict(INDEX=str(tmp_path / "i.tif"), GRADE=str(tmp_path / "g.tif"))
    with pytest.raises(QgsProcessingException, match="expected 2 numbers"):
        run_alg("vulnerabilitysoilerosion", dict(erosion, R_BREAKS="100", **out))
    with pytest.raises(QgsProcessingException, match="expected 4 numbers"):
        run_alg("vulnerabilitysoilerosion", dict(erosion, LEVELS=1, FVC_BREAKS="0.2, 0.6", **out))
    with pytest.raises(QgsProcessingException, match="increase"):
        run_alg("vulnerabilitysoilerosion", dict(erosion, RELIEF_BREAKS="300, 50", **out))
    with pytest.raises(QgsProcessingException, match="1/3/5"):          # texture codes read as K grades
        run_alg("vulnerabilitysoilerosion", dict(erosion, K_SOURCE=1, **out))
    with pytest.raises(QgsProcessingException, match="8"):              # texture 8 missing from the table
        run_alg("vulnerabilitysoilerosion", dict(erosion, K_TABLE=["1", "1", "1", "7", "3", "5"], **out))
    no_rel = {k: v for k, v in erosion.items() if k != "RELIEF"}
    with pytest.raises(QgsProcessingException, match="DEM"):
        run_alg("vulnerabilitysoilerosion", dict(no_rel, **out))
    no_output(tmp_path, "i.tif", "g.tif")


def test_rocky_desertification_by_hand(run_alg, tmp_path):
    dem = plane(5, 5, 30.0)                  # interior slope 30° -> score 5
    outcrop = np.full((5, 5), 10.0)
    fvc = np.full((5, 5), 0.7)
    outcrop[1, 1:4] = [10.0, 50.0, 80.0]
    fvc[1, 1:4] = [0.1, 0.4, 0.7]
    outcrop[2, 2], fvc[2, 2] = 80.0, 0.1
    karst = np.ones((5, 5), np.int32)
    karst[3, 3] = 0
    p = dict(OUTCROP=write_tif(tmp_path / "d.tif", outcrop), DEM=write_tif(tmp_path / "dem.tif", dem),
             FVC=write_tif(tmp_path / "fvc.tif", fvc), KARST=write_tif(tmp_path / "k.tif", karst, nodata=None),
             INDEX=str(tmp_path / "i.tif"), GRADE=str(tmp_path / "g.tif"))
    run_alg("vulnerabilityrockydesertification", p)
    idx, g = read_tif(p["INDEX"])[0], read_tif(p["GRADE"])[0]
    same(idx[1, 1:4], [25 ** (1 / 3), 45 ** (1 / 3), 25 ** (1 / 3)])
    same(g[1, 1:4], [2, 2, 2])
    assert idx[2, 2] == pytest.approx(5.0) and g[2, 2] == 3
    assert idx[3, 2] == pytest.approx(5 ** (1 / 3)) and g[3, 2] == 1      # outcrop 1, slope 5, FVC 1
    assert np.isnan(idx[3, 3]) and np.isnan(g[3, 3])                        # outside karst
    with pytest.raises(QgsProcessingException, match="increase"):
        run_alg("vulnerabilityrockydesertification", dict(p, SLOPE_BREAKS="25, 8",
                                                           INDEX=str(tmp_path / "bi.tif"),
                                                           GRADE=str(tmp_path / "bg.tif")))
    no_output(tmp_path, "bi.tif", "bg.tif")


def test_coastal_erosion_by_hand(run_alg, tmp_path):
    shore = np.array([[1, 2, 3, 4, 1]], np.int32)
    surge = np.array([[1.0, 2.0, 3.5, 1.0, 3.5]])
    wave = np.array([[0.3, 0.5, 1.2, 0.3, 1.2]])
    rate = np.array([[3.0, 5.0, 20.0, 1.0, 3.0]])
    p = dict(SHORE_TYPE=write_tif(tmp_path / "s.tif", shore, nodata=0),
             STORM_SURGE=write_tif(tmp_path / "su.tif", surge), WAVE_HEIGHT=write_tif(tmp_path / "w.tif", wave),
             EROSION_RATE=write_tif(tmp_path / "e.tif", rate),
             INDEX=str(tmp_path / "i.tif"), GRADE=str(tmp_path / "g.tif"))
    run_alg("vulnerabilitycoastalerosion", p)
    # sandy: N = 0.2·5 + 0.4·1 + 0.4·1 = 1.8, rate 3 ≥ 2 -> 5 : 3.4 ; muddy: 3.4 and 3 -> 3.2 ;
    # natural: 0.6 + 2 + 2 = 4.6, rate grade 1 -> 2.8 ; artificial: 1.0 and 1 -> 1 ; sandy high: 5
    same(read_tif(p["INDEX"])[0], [[3.4, 3.2, 2.8, 1.0, 5.0]])
    same(read_tif(p["GRADE"])[0], [[2, 2, 2, 1, 3]])
    bad = dict(p, INDEX=str(tmp_path / "bi.tif"), GRADE=str(tmp_path / "bg.tif"))
    with pytest.raises(QgsProcessingException, match="expected 2 numbers"):
        run_alg("vulnerabilitycoastalerosion", dict(bad, WAVE_BREAKS="0.4"))
    with pytest.raises(QgsProcessingException, match="class 4"):
        run_alg("vulnerabilitycoastalerosion", dict(bad, SHORE_SCORES=["1", "5", "2", "5", "3", "3"]))
    no_output(tmp_path, "bi.tif", "bg.tif")


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


def test_landuse_transition_bad_inputs(run_alg, tmp_path):
    a = write_tif(tmp_path / "a.tif", np.array([[1.5, 2.0]]))
    b = write_tif(tmp_path / "b.tif", np.array([[1.0, 2.0]]))
    with pytest.raises(QgsProcessingException, match="whole class codes"):
        run_alg("landusetransition", {"BEFORE": a, "AFTER": b, "MATRIX": "TEMPORARY_OUTPUT",
                                      "CHANGE": str(tmp_path / "c.tif")})
    no_output(tmp_path, "c.tif")


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


def test_degradation_misaligned_current_resampled_with_warning(run_alg, tmp_path):
    from qgis.core import QgsProcessingFeedback

    warnings = []

    class FB(QgsProcessingFeedback):
        def pushWarning(self, text):  # noqa: N802
            warnings.append(text)

    ref = write_tif(tmp_path / "a.tif", np.full((2, 4), 1.0))
    cur = write_tif(tmp_path / "b60.tif", np.full((1, 2), 0.5), cellsize=60.0)   # coarser grid
    p = dict(REFERENCE=ref, CURRENT=cur, LOSS=str(tmp_path / "l.tif"), GRADE=str(tmp_path / "g.tif"))
    run_alg("degradation", p, feedback=FB())
    assert any("resampled" in w for w in warnings)
    g = read_tif(p["GRADE"])[0]
    assert g.shape == (2, 4) and (g == 4).all()             # loss 0.5 everywhere: severe
