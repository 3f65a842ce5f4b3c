"""FRAGSTATS metrics (core/landscape.py) against FRAGSTATS' own tables, hand cases and invariants."""
import csv
import math
import os

import numpy as np
import pytest
from scipy import ndimage

from eco_restore_plugin.core import landscape as ls
from eco_restore_plugin.core._progress import Cancelled
from tests.conftest import PEERDATA, peer_path, peer_params

LM = ("landscape_metrics",)
COUNTS = {"NP", "PR"}


def _read_csv(name):
    with open(peer_path(*LM, name), newline="") as f:
        rows = [[x.strip() for x in r] for r in csv.reader(f) if r]
    head = rows[0]
    return [dict(zip(head, r)) for r in rows[1:]]


def _value(text):
    return float("nan") if text == "N/A" else float(text)


def _landscape_asc():
    return np.loadtxt(peer_path(*LM, "landscape.asc"), skiprows=6).astype(np.int32)


@pytest.fixture(scope="module")
def ref():
    return ls.compute_metrics(_landscape_asc(), cell_size=1.0, patches=True)


def _close(ours, theirs, name):
    """1 % relative, exact for counts; the tables print 4 decimals, so allow half a unit of the
    last printed digit (5e-5) for tiny values such as MESH = 0.0013 ha."""
    if math.isnan(theirs):
        return math.isnan(ours)
    if name in COUNTS:
        return ours == theirs
    return abs(ours - theirs) <= max(0.01 * abs(theirs), 5e-5)


def _class_cases():
    try:
        rows = _read_csv("fragstats_landscape.class.csv")
    except pytest.skip.Exception:
        return []
    return [(int(r["TYPE"].split("_")[1]), k, _value(v)) for r in rows for k, v in r.items()
            if k in ls.CLASS_METRICS]


def _land_cases():
    try:
        rows = _read_csv("fragstats_landscape.land.csv")
    except pytest.skip.Exception:
        return []
    return [(k, _value(v)) for k, v in rows[0].items() if k in ls.LANDSCAPE_METRICS]


@pytest.mark.peer
@pytest.mark.parametrize("cls,metric,expected",
                         peer_params(_class_cases(), os.path.join(PEERDATA, *LM, "fragstats_landscape.class.csv"), 3),
                         ids=lambda x: str(x) if not isinstance(x, float) else "")
def test_class_metric_matches_fragstats(ref, cls, metric, expected):
    got = ref["class"][cls][metric]
    assert _close(got, expected, metric), (cls, metric, got, expected)


@pytest.mark.peer
@pytest.mark.parametrize("metric,expected",
                         peer_params(_land_cases(), os.path.join(PEERDATA, *LM, "fragstats_landscape.land.csv"), 2),
                         ids=lambda x: str(x) if not isinstance(x, float) else "")
def test_landscape_metric_matches_fragstats(ref, metric, expected):
    got = ref["landscape"][metric]
    assert _close(got, expected, metric), (metric, got, expected)


@pytest.mark.peer
def test_fragstats_tables_cover_the_required_metrics():
    need = {"CA", "PLAND", "NP", "PD", "LPI", "TE", "ED", "LSI", "AREA_MN", "SHAPE_MN", "FRAC_MN",
            "CONTIG_MN", "PARA_MN", "ENN_MN", "CLUMPY", "PLADJ", "IJI", "COHESION", "DIVISION",
            "MESH", "SPLIT", "AI"}
    peer_path(*LM, "fragstats_landscape.class.csv")  # skips without the reference data
    assert need <= {m for _, m, _ in _class_cases()}
    assert {"CONTAG", "SHDI", "SHEI", "SIDI", "PR"} <= {m for m, _ in _land_cases()}


@pytest.mark.peer
@pytest.mark.parametrize("metric", ["AREA", "PERIM", "PARA", "SHAPE", "FRAC", "CONTIG", "ENN", "GYRATE", "CIRCLE",
                                    "CORE", "NCORE", "CAI"])
def test_patch_values_match_fragstats_distribution(ref, metric):
    """Patch ids differ between labelings: compare the sorted values per class."""
    rows = _read_csv("fragstats_landscape.patch.csv")
    pt = ref["patches"]
    for cls in (1, 2, 3):
        theirs = np.sort([_value(r[metric]) for r in rows if r["TYPE"] == "cls_%d" % cls])
        ours = np.sort(pt[metric][pt["CLASS"] == cls])
        assert len(ours) == len(theirs)
        # GYRATE of a few 3-5 cell patches differs by up to 1.7 % (core/landscape/shape_core.py)
        rtol = 0.02 if metric == "GYRATE" else 1e-3
        np.testing.assert_allclose(ours, theirs, rtol=rtol, atol=5e-5, equal_nan=True)


# ---------------------------------------------------------------------------------------------
# hand cases
# ---------------------------------------------------------------------------------------------
def test_eight_neighbour_rule_and_hand_values():
    a = np.array([[1, 2, 2],
                  [2, 1, 2],
                  [2, 2, 1]])
    r = ls.compute_metrics(a, cell_size=10.0)
    c1, c2 = r["class"][1], r["class"][2]
    assert c1["NP"] == 1 and c2["NP"] == 1            # 8-neighbour rule: diagonals join
    assert c1["CA"] == pytest.approx(3 * 100 / 1e4)
    assert c1["PLAND"] == pytest.approx(100 / 3)
    # internal edges: every 1 touches four 2s except at the boundary: 2 + 4 + 2 = 8 sides
    assert c1["TE"] == pytest.approx(80.0)
    assert r["landscape"]["TE"] == pytest.approx(80.0)
    assert c1["ED"] == pytest.approx(80.0 / 0.09)
    # class 1: no orthogonal like adjacency at all
    assert c1["PLADJ"] == 0.0
    # CONTIG of the diagonal patch: (sum(1 + 2*0 + diagonal likes) / 3 - 1) / 12 = (4/3) / 12
    assert c1["CONTIG_MN"] == pytest.approx((4 / 3) / 12)
    # SHAPE: perimeter 12 cell sides, minimum for 3 cells is 8
    assert c1["SHAPE_MN"] == pytest.approx(12 / 8)
    assert math.isnan(c1["ENN_MN"])                    # a single patch has no neighbour
    p = np.array([1 / 3, 2 / 3])
    assert r["landscape"]["SHDI"] == pytest.approx(-(p * np.log(p)).sum())
    assert r["landscape"]["SIDI"] == pytest.approx(1 - (p ** 2).sum())
    assert math.isnan(r["landscape"]["IJI"])           # fewer than 3 classes
    # four single-cell corners around a plus: 4 patches, each 2 cells from the next
    b = np.array([[2, 1, 2], [1, 1, 1], [2, 1, 2]])
    rb = ls.compute_metrics(b, cell_size=10.0)
    assert rb["class"][2]["NP"] == 4 and rb["class"][1]["NP"] == 1
    assert rb["class"][2]["ENN_MN"] == pytest.approx(20.0)
    assert rb["class"][2]["ENN_SD"] == 0.0
    assert rb["landscape"]["ENN_MN"] == pytest.approx(20.0)   # class 1 has no ENN
    # AI of the plus: 4 like adjacencies, max for 5 cells is 2*2*1 + 2*1 - 1 = 5
    assert rb["class"][1]["AI"] == pytest.approx(80.0)
    assert rb["class"][2]["AI"] == 0.0


def test_count_boundary_adds_the_landscape_perimeter():
    a = _landscape_asc()
    off = ls.landscape_metrics(a, cell_size=1.0)
    on = ls.landscape_metrics(a, cell_size=1.0, count_boundary=True)
    assert off["TE"] == 340.0                          # FRAGSTATS table
    assert on["TE"] == 340.0 + 4 * 30
    assert on["LSI"] == off["LSI"]                     # LSI always counts the boundary


def test_nodata_ring_changes_nothing():
    a = _landscape_asc()
    padded = np.pad(a, 3, constant_values=-9999)
    r0 = ls.compute_metrics(a, cell_size=2.0)
    r1 = ls.compute_metrics(padded, cell_size=2.0, nodata=-9999)
    r2 = ls.compute_metrics(padded.astype(float), cell_size=2.0, mask=padded == -9999)
    for r in (r1, r2):
        for k, v in r0["landscape"].items():
            assert r["landscape"][k] == pytest.approx(v, nan_ok=True), k
        for c in r0["class"]:
            for k, v in r0["class"][c].items():
                assert r["class"][c][k] == pytest.approx(v, nan_ok=True), (c, k)


def test_background_value_is_excluded():
    a = np.array([[1, 1, 0], [1, 2, 2], [0, 2, 2]])
    r = ls.compute_metrics(a, cell_size=1.0, background=0)
    assert set(r["class"]) == {1, 2}
    assert r["landscape"]["TA"] == pytest.approx(7 / 1e4)


def _brute_enn(a):
    """Per class: for each patch, min centre distance to any cell of another patch of the class."""
    out = {}
    for c in np.unique(a):
        lab, n = ndimage.label(a == c, structure=np.ones((3, 3)))
        coords = [np.argwhere(lab == i + 1) for i in range(n)]
        vals = []
        for i in range(n):
            best = np.inf
            for j in range(n):
                if i != j:
                    d = np.sqrt(((coords[i][:, None, :] - coords[j][None, :, :]) ** 2).sum(-1))
                    best = min(best, d.min())
            vals.append(best if np.isfinite(best) else np.nan)
        out[c] = np.sort(vals)
    return out


@pytest.mark.parametrize("seed", range(6))
def test_enn_is_exact_against_brute_force(seed):
    rng = np.random.default_rng(seed)
    shape = (int(rng.integers(15, 40)), int(rng.integers(15, 40)))
    sigma = [0.6, 1.0, 2.0][seed % 3]
    field = ndimage.gaussian_filter(rng.standard_normal(shape), sigma)
    a = np.digitize(field, np.quantile(field, [0.3, 0.7])) + 1
    pt = ls.patch_metrics(a, cell_size=3.0)
    brute = _brute_enn(a)
    for c, vals in brute.items():
        ours = np.sort(pt["ENN"][pt["CLASS"] == c])
        np.testing.assert_allclose(ours, vals * 3.0, rtol=1e-12, equal_nan=True)


def test_enn_fallback_path_far_apart_patches():
    """Long patches far apart: the k-nearest search cannot resolve them, the bit split must."""
    a = np.zeros((60, 200), dtype=np.int32)
    a[5, 10:190] = 1
    a[50, 10:190] = 1
    a[30, 100] = 1
    pt = ls.patch_metrics(a, cell_size=1.0, background=0)
    assert np.sort(pt["ENN"]).tolist() == [20.0, 20.0, 25.0]


def test_metric_list_is_complete():
    r = ls.compute_metrics(_small_random(), cell_size=1.0)
    cls = next(iter(r["class"].values()))
    assert list(cls) == list(ls.CLASS_METRICS)
    assert list(r["landscape"]) == list(ls.LANDSCAPE_METRICS)
    names = [m.name for m in ls.METRICS]
    assert len(names) == len(set(names))
    for m in ls.METRICS:
        assert m.level in ("class", "landscape", "both") and m.en and m.zh
    assert ls._INFO["PLAND"].zh == "斑块类型面积百分比"


def test_cancel_and_progress():
    seen = []
    ls.compute_metrics(_small_random(), cell_size=1.0, progress=seen.append)
    assert seen[-1] == 1.0 and all(0 <= f <= 1 for f in seen)
    with pytest.raises(Cancelled):
        ls.compute_metrics(_small_random(), cell_size=1.0, cancelled=lambda: True)


def _small_random(shape=(14, 13), seed=3, classes=3):
    rng = np.random.default_rng(seed)
    f = ndimage.gaussian_filter(rng.standard_normal(shape), 1.0)
    return np.digitize(f, np.quantile(f, np.linspace(0, 1, classes + 1)[1:-1])) + 1


# ---------------------------------------------------------------------------------------------
# zones and moving windows
# ---------------------------------------------------------------------------------------------
def test_zonal_metrics_equal_masked_runs():
    a = _small_random((20, 24), 5, 4)
    zones = np.zeros(a.shape, dtype=np.int32)
    zones[:, :12] = 7
    zones[5:15, 12:] = 9
    res = ls.zonal_metrics(a, zones, cell_size=30.0)
    assert list(res) == [7, 9]
    for z in (7, 9):
        ref = ls.compute_metrics(np.where(zones == z, a, -1), cell_size=30.0, nodata=-1)
        assert res[z]["landscape"]["TA"] == pytest.approx(np.sum(zones == z) * 0.09)
        for k, v in ref["landscape"].items():
            assert res[z]["landscape"][k] == pytest.approx(v, nan_ok=True), (z, k)
    rows = ls.metrics_table(res[7], zone=7)
    assert rows[0]["level"] == "landscape" and rows[0]["zone"] == 7
    assert {r["class"] for r in rows[1:]} == set(res[7]["class"])


@pytest.mark.parametrize("shape", ["square", "circle"])
@pytest.mark.parametrize("metric", [m for m in ls.WINDOW_METRICS])
def test_moving_window_fast_equals_window_by_window(metric, shape):
    a = _small_random((13, 11), 7, 4).astype(float)
    a[2, 3] = np.nan
    a[9, 0:3] = np.nan
    cv = 2 if metric in ("PLAND", "CA") else None
    kw = dict(radius=2, cell_size=10.0, shape=shape, class_value=cv, min_valid_fraction=0.4)
    fast = ls.moving_window(a, metric=metric, **kw)
    fp = ls.window_footprint(2, shape=shape)
    slow = ls._moving_window_slow(a, metric, fp, 2, 10.0, cv, np.isfinite(a), 0.4, progress=None,
                                  cancelled=None)
    assert np.isnan(fast[2, 3]) and np.isnan(fast[9, 0])
    assert np.isfinite(fast).sum() > 100
    np.testing.assert_allclose(fast, slow, rtol=1e-9, atol=1e-9, equal_nan=True)


def test_moving_window_blocks_and_hand_value():
    a = _small_random((40, 9), 11, 3)
    one = ls.moving_window(a, metric="SHDI", radius=3, block_rows=1000)
    many = ls.moving_window(a, metric="SHDI", radius=3, block_rows=7)
    np.testing.assert_array_equal(one, many)
    w = a[10 - 3:10 + 4, 4 - 3:4 + 4]
    p = np.bincount(w.ravel())[1:] / w.size
    p = p[p > 0]
    assert one[10, 4] == pytest.approx(-(p * np.log(p)).sum())
    pl = ls.moving_window(a, metric="PLAND", radius=3, class_value=2)
    assert pl[10, 4] == pytest.approx(100 * np.mean(w == 2))
    # corner window: 4x4 valid cells of 49 < 50 % -> NaN
    assert np.isnan(one[0, 0]) and np.isfinite(one[3, 3])


def test_moving_window_slow_metrics_need_opt_in():
    a = _small_random((8, 8))
    with pytest.raises(ValueError):
        ls.moving_window(a, metric="NP", radius=2)
    np_ = ls.moving_window(a, metric="NP", radius=2, allow_slow=True)
    w = a[0:5, 0:5]
    expect = sum(ndimage.label(w == c, np.ones((3, 3)))[1] for c in np.unique(w))
    assert np_[2, 2] == expect


# ---------------------------------------------------------------------------------------------
# real landscape: NLCD around Zion National Park
# ---------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def zion():
    gdal = pytest.importorskip("osgeo.gdal")
    path = peer_path("real_regions", "zion_np_usa", "nlcd.tif")
    ds = gdal.Open(path)
    band = ds.GetRasterBand(1)
    arr = band.ReadAsArray()
    gt = ds.GetGeoTransform()
    cell = math.sqrt(abs(gt[1] * gt[5]))
    nodata = band.GetNoDataValue()
    nod = None if nodata is None else arr.dtype.type(nodata)
    return arr, cell, nod


@pytest.mark.slow
def test_zion_invariants(zion):
    arr, cell, nodata = zion
    r = ls.compute_metrics(arr, cell_size=cell, nodata=nodata)
    land, cls = r["landscape"], r["class"]
    valid = np.ones(arr.shape, bool) if nodata is None else arr != nodata
    n = valid.sum()
    assert len(cls) == len(np.unique(arr[valid])) == land["PR"]
    assert sum(c["PLAND"] for c in cls.values()) == pytest.approx(100.0)
    assert sum(c["CA"] for c in cls.values()) == pytest.approx(land["TA"])
    assert land["TA"] == pytest.approx(n * cell * cell / 1e4)
    assert land["NP"] == sum(c["NP"] for c in cls.values())
    assert land["SHDI"] <= math.log(land["PR"]) + 1e-12
    assert 0.0 <= land["SHEI"] <= 1.0
    assert 0.0 <= land["AI"] <= 100.0
    assert all(0.0 <= c["AI"] <= 100.0 for c in cls.values())
    assert land["TE"] == pytest.approx(sum(c["TE"] for c in cls.values()) / 2)
    # DIVISION by hand from the patch areas
    areas = []
    for v in np.unique(arr[valid]):
        lab, k = ndimage.label((arr == v) & valid, np.ones((3, 3)))
        areas.append(np.bincount(lab.ravel())[1:] * cell * cell / 1e4)
    areas = np.concatenate(areas)
    assert len(areas) == land["NP"]
    assert land["DIVISION"] == pytest.approx(1 - ((areas / land["TA"]) ** 2).sum())
    assert land["LPI"] == pytest.approx(100 * areas.max() / land["TA"])
    # rotation / transpose invariance of the rotation-invariant metrics
    for other in (np.rot90(arr), arr.T):
        o = ls.compute_metrics(other, cell_size=cell, nodata=nodata)
        for k in ("TA", "NP", "PD", "LPI", "TE", "ED", "LSI", "AREA_MN", "SHAPE_MN", "FRAC_MN",
                  "PARA_MN", "CONTIG_MN", "ENN_MN", "PLADJ", "IJI", "COHESION", "DIVISION",
                  "MESH", "SPLIT", "AI", "CONTAG", "SHDI", "SIDI", "SHEI", "PR"):
            assert o["landscape"][k] == pytest.approx(land[k], rel=1e-9), k
        for c in cls:
            for k in ("CLUMPY", "ENN_MN", "LSI", "COHESION", "CONTIG_MN"):
                assert o["class"][c][k] == pytest.approx(cls[c][k], rel=1e-9, nan_ok=True)


@pytest.mark.slow
def test_zion_moving_window_runs(zion):
    arr, cell, nodata = zion
    sub = arr[:300, :300]
    out = ls.moving_window(sub, metric="SHDI", radius=5, cell_size=cell, shape="circle", nodata=nodata)
    assert out.shape == sub.shape
    ok = np.isfinite(out)
    assert ok.mean() > 0.9
    assert out[ok].min() >= 0 and out[ok].max() <= math.log(len(np.unique(sub))) + 1e-12


@pytest.mark.parametrize("seed", range(3))
def test_enn_representative_pruning_is_exact(monkeypatch, seed):
    """Force the block-representative pass (normally only for > 4096 unresolved points)."""
    monkeypatch.setattr(ls.patches, "_SAMPLE_MIN", 0)
    rng = np.random.default_rng(100 + seed)
    field = ndimage.gaussian_filter(rng.standard_normal((45, 38)), 1.5 + seed)
    a = np.digitize(field, np.quantile(field, [0.25, 0.6])) + 1
    pt = ls.patch_metrics(a, cell_size=1.0)
    for c, vals in _brute_enn(a).items():
        np.testing.assert_allclose(np.sort(pt["ENN"][pt["CLASS"] == c]), vals, rtol=1e-12,
                                   equal_nan=True)
