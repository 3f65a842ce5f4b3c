"""The threaded reading of a large DLTB GeoPackage gives what one pass gives: the geometry check split by
FID (invalid parcels in both parts, the extent), the next strip burnt while the current one is used,
both algorithms end to end; and the DLBM warning of the base class, now from the distinct values first."""
import numpy as np
import pytest
from osgeo import gdal, ogr
from qgis.core import QgsProcessingFeedback, QgsVectorLayer
from test_alg_dltb import STD, X0, Y0, box, read, table, write_layer

CODES = ["0101", "0103", "0301", "1101", "0702", "1003"]


def bow(x, y, size):
    """A bow-tie (self-intersecting) square at (x, y)."""
    return "POLYGON(({a} {b},{c} {d},{c} {b},{a} {d},{a} {b}))".format(
        a=x + X0, b=y + Y0, c=x + size + X0, d=y + size + Y0)


def parcels(n=12):
    """n x n parcels of 25 m with two bow-ties (one in each half of the FIDs), one parcel drawn over
    two others (the later one in the layer wins) and jittered corners (mixed cells)."""
    rng = np.random.default_rng(11)
    rows = []
    for r in range(n):
        for c in range(n):
            code = CODES[int(rng.integers(0, len(CODES)))]
            geom = box(c * 25 + rng.uniform(0, 4), r * 25 + rng.uniform(0, 4), c * 25 + 25, r * 25 + 25)
            if (r, c) in ((1, 2), (n - 2, n - 3)):
                geom = bow(c * 25, r * 25, 25)
            rows.append((geom, {"DLBM": code, "TBDLMJ": 600.0 + r, "KCMJ": 10.0 * (code == "0103"),
                                "TBMJ": 600.0 + r + 10.0 * (code == "0103"),
                                "ZLDWDM": "469099{:03d}{:03d}0000000".format(100 + r // 6, 1 + c // 4),
                                "ZLDWMC": "村{}".format(c // 4)}))
    rows.append((box(30, 30, 80, 45), {"DLBM": "1003", "TBDLMJ": 750.0, "KCMJ": 0.0, "TBMJ": 750.0,
                                       "ZLDWDM": "4690991000010000000", "ZLDWMC": ""}))
    return rows


class Feedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, msg):
        self.warnings.append(msg)


@pytest.fixture()
def layer(tmp_path):
    return write_layer(str(tmp_path / "dltb.gpkg"), parcels(), fields=STD + (("TBMJ", ogr.OFTReal),))


def test_geometry_check_split_by_fid_equals_one_pass(layer, monkeypatch):
    from eco_restore_plugin.algorithms.data import _dltb_ogr as O

    ds = gdal.OpenEx(layer, gdal.OF_VECTOR)
    lyr = ds.GetLayer(0)
    monkeypatch.setattr(O, "THREADS", 1)
    assert O.fid_parts(ds, lyr) == [""]
    one = O.sql_geometry_check(ds, lyr, True)
    monkeypatch.setattr(O, "THREADS", 2)
    monkeypatch.setattr(O, "PARALLEL_MIN_PARCELS", 1)
    parts = O.fid_parts(ds, lyr)
    assert len(parts) == 2
    counts = [len(O._sql_rows(ds, "SELECT fid FROM dltb WHERE " + p)) for p in parts]
    assert sum(counts) == lyr.GetFeatureCount() and min(counts) > 60           # every parcel once, halves
    split = O.sql_geometry_check(ds, lyr, True)
    assert one is not None and split == one and one[0] == [15, 130]           # the two bow-ties, in FID order
    env = np.array([ogr.CreateGeometryFromWkt(w).GetEnvelope() for i, (w, _) in enumerate(parcels())
                    if i + 1 not in (15, 130)])
    assert split[1] == (env[:, 0].min(), env[:, 2].min(), env[:, 1].max(), env[:, 3].max())   # without them
    assert O.sql_geometry_check(ds, lyr, False) == (one[0], None)


def test_next_strip_burnt_meanwhile_equals_one_by_one(layer, monkeypatch):
    from eco_restore_plugin.algorithms.data import _dltb_ogr as O
    from eco_restore_plugin.processing_helpers.grid import Grid

    ds = gdal.OpenEx(layer, gdal.OF_VECTOR)
    lyr = ds.GetLayer(0)
    view = O.class_view(ds, lyr, "DLBM", CODES, list(range(1, len(CODES) + 1)), [])
    grid = Grid(lyr.GetSpatialRef().ExportToWkt(), (X0 - 7, 10.0, 0.0, Y0 + 303, 0.0, -10.0), 32, 31)
    out = {}
    for threads in (1, 2):
        monkeypatch.setattr(O, "THREADS", threads)
        strips = list(O.burn_strips([view], grid, 4, 7, "uint8"))
        assert [(r, n) for r, n, _ in strips] == [(0, 7), (7, 7), (14, 7), (21, 7), (28, 3)]
        out[threads] = np.concatenate([a for _, _, a in strips])
    assert out[1].shape == (124, 128) and (out[1] == out[2]).all() and len(np.unique(out[1])) == len(CODES) + 1
    # closing the generator early (a cancel) stops the burning thread
    gen = O.burn_strips([view], grid, 4, 7, "uint8")
    next(gen)
    gen.close()
    ds.ReleaseResultSet(view)


def test_algorithms_threaded_equal_one_thread(run_alg, layer, tmp_path, monkeypatch):
    from eco_restore_plugin.algorithms.data import _dltb_ogr as O

    results = {}
    for threads in (1, 2):
        monkeypatch.setattr(O, "THREADS", threads)
        monkeypatch.setattr(O, "PARALLEL_MIN_PARCELS", 1)
        fb = Feedback()
        lu = run_alg("dltbimport", {"INPUT": layer, "CELL_SIZE": 10, "SUBCELLS": 5, "OUTPUT_FRACTIONS":
                                    str(tmp_path / "frac{}".format(threads)),
                                    "OUTPUT": str(tmp_path / "lu{}.tif".format(threads))}, feedback=fb)
        fb2 = Feedback()
        st = run_alg("landusestructure", {"INPUT": layer, "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=fb2)
        frac = read(str(tmp_path / "frac{}".format(threads) / "fraction_01.tif"))[0]
        results[threads] = (read(lu["OUTPUT"]), frac, table(st["OUTPUT"]), st["TOTAL_HM2"], fb.warnings, fb2.warnings)
    (a1, g1), f1, t1, tot1, w1, s1 = results[1]
    (a2, g2), f2, t2, tot2, w2, s2 = results[2]
    assert g1 == g2 and (a1 == a2).all() and (f1 == f2).all() and t1 == t2 and tot1 == tot2
    assert w1 == w2 and any("repaired (ids: 15, 130)" in w for w in w1)
    assert s1 == s2 and len(s1) == 1 and "2 parcels have an empty or invalid geometry (feature ids: 15, 130)" in s1[0]
    # the parcel drawn over others wins (x 30-50; from x 50 the repaired bow-tie, burnt last, is over it)
    assert a1.shape == (30, 30) and (a1[26, 3:5] == 1003).all()
    assert tot1 == pytest.approx((12 * sum(600 + r for r in range(12)) + 750) / 1e4)       # ΣTBDLMJ in hm²


def test_base_dlbm_warning_from_distinct_values(run_alg, tmp_path):
    from eco_restore_plugin.algorithms.base import EcoRestoreAlgorithm

    class Param:
        def description(self):
            return "Parcels"

        def name(self):
            return "INPUT"

    rows = [(box(i * 10, 0, i * 10 + 10, 10), {"DLBM": c}) for i, c in enumerate(["0101", "9999", "9999", "0101 ", "X1"])]
    path = write_layer(str(tmp_path / "codes.gpkg"), rows, fields=(("DLBM", ogr.OFTString),))
    fb = Feedback()
    EcoRestoreAlgorithm._check_dlbm(Param(), QgsVectorLayer(path, "c", "ogr"), fb)
    assert len(fb.warnings) == 1 and "3 features" in fb.warnings[0] and "'9999' ×2, 'X1' ×1" in fb.warnings[0]
    known = write_layer(str(tmp_path / "known.gpkg"), rows[:1] + rows[3:4], fields=(("DLBM", ogr.OFTString),))
    fb = Feedback()
    EcoRestoreAlgorithm._check_dlbm(Param(), QgsVectorLayer(known, "k", "ogr"), fb)
    assert fb.warnings == []
    # the DLTB algorithms list unknown codes themselves (OWN_CODE_CHECK): one warning, not two
    fb = Feedback()
    run_alg("dltbimport", {"INPUT": path, "CELL_SIZE": 10, "UNKNOWN": 1, "OUTPUT": str(tmp_path / "u.tif")}, feedback=fb)
    assert [w for w in fb.warnings if "9999" in w] == [w for w in fb.warnings if w.startswith("Unknown codes mapped")]
    assert len([w for w in fb.warnings if "9999" in w]) == 1
