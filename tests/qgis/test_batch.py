"""Batch runner (eco_restore_plugin.batch): a plan run on a LocalCluster of 2 worker processes gives the
same rasters as the single-process Processing run on Demo County; plan validation; cluster errors."""
import os
import shutil
import subprocess
import sys
import time

import numpy as np
import pytest

from rasterutil import read_tif

pytest.importorskip("distributed")

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
_KEEP = []

PLAN = """
[plan]
name = "test"
output_folder = "{out}"

[inputs]
landuse = "{county}/landuse_2020.tif"
precip = "{county}/precipitation.tif"
et = "{county}/et.tif"

[[steps]]
id = "water"
algorithm = "waterconservation"
parameters = {{ LANDUSE = "@inputs.landuse", PRECIPITATION = "@inputs.precip", ET = "@inputs.et" }}
outputs = {{ OUTPUT = "water.tif" }}

[[steps]]
id = "grade"
algorithm = "ecorestore:importancegrading"
parameters = {{ INPUT = "@water.OUTPUT" }}
outputs = {{ OUTPUT = "grade.tif" }}

[[steps]]
id = "shdi"
algorithm = "landscapemetricswindow"
parameters = {{ INPUT = "@inputs.landuse", METRIC = 2, RADIUS = 300.0 }}
outputs = {{ OUTPUT = "shdi.tif" }}

[[steps]]
id = "resist"
algorithm = "resistancesurface"
parameters = {{ LANDUSE = "@inputs.landuse" }}
outputs = {{ OUTPUT = "resistance.tif" }}

[[steps]]
id = "omni"
algorithm = "omniscape"
parameters = {{ RESISTANCE = "@resist.OUTPUT", RADIUS = 6.0, BLOCK_SIZE = 5 }}
outputs = {{ OUTPUT = "omni_current.tif", NORMALIZED = "omni_normalized.tif" }}

[[steps]]
id = "habitat"
algorithm = "habitatquality"
parameters = {{ LANDUSE = "@inputs.landuse", THREATS = ["cropland", "0.5", "0.6", "linear", "101 102 103",
                                                       "urban", "0.9", "1", "exponential", "201 202 203"] }}
outputs = {{ QUALITY = "habitat_q.tif", DEGRADATION = "habitat_d.tif" }}
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory, qgis_app, qgis_processing):
    """Demo County at 300² (generated once for this file)."""
    from qgis.core import QgsApplication

    from eco_restore_plugin.provider import EcoRestoreProvider
    registry = QgsApplication.processingRegistry()
    if registry.providerById("ecorestore") is None:
        _KEEP.append(EcoRestoreProvider())
        assert registry.addProvider(_KEEP[-1])
    import processing
    folder = str(tmp_path_factory.mktemp("county"))
    processing.run("ecorestore:createsampleregion", {"SIZE": 300, "OUTPUT_FOLDER": folder})
    return folder


@pytest.fixture(scope="module")
def client():
    from eco_restore_plugin.batch import runner
    c = runner.connect(workers=2, memory_limit="1GB")
    yield c
    runner.close(c)


def _plan(tmp_path, county, out, text=PLAN):
    path = tmp_path / "plan.toml"
    path.write_text(text.format(out=out, county=county), encoding="utf-8")
    return str(path)


@pytest.mark.slow
def test_distributed_equals_single_process(ecorestore, county, client, tmp_path):
    from eco_restore_plugin.batch import plan as planmod
    from eco_restore_plugin.batch import runner

    single = planmod.load(_plan(tmp_path, county, str(tmp_path / "single")))
    runner.run(single, None, use_dask=False, quiet=True, log=lambda *a: None)
    dist = planmod.load(_plan(tmp_path, county, str(tmp_path / "dist")))
    # 256-cell chunks: a 300² raster is 4 chunks, so chunk edges and halos are exercised
    runner.run(dist, client, chunk=256, quiet=True, log=lambda *a: None)
    # Omniscape: 4 tiles of ≤ 256 cells, each with a margin of 2 × 6 + 2 cells; habitat quality: 4 tiles with
    # a margin of 31 cells (0.9 km)
    for name in ("water.tif", "grade.tif", "shdi.tif", "omni_current.tif", "omni_normalized.tif", "habitat_q.tif",
                 "habitat_d.tif"):
        a, gta, _ = read_tif(tmp_path / "single" / name)
        b, gtb, _ = read_tif(tmp_path / "dist" / name)
        assert gta == gtb
        assert np.isfinite(a).sum() > 20_000, name           # real content (the sea is nodata)
        np.testing.assert_array_equal(np.isnan(a), np.isnan(b), err_msg=name)
        assert np.array_equal(a, b, equal_nan=True), (name, np.nanmax(np.abs(a - b)))
    g, _, _ = read_tif(tmp_path / "dist" / "grade.tif")
    assert set(np.unique(g[np.isfinite(g)])) == {1.0, 2.0, 3.0}
    # the cumulative rule itself: the 极重要 cells hold at least 50 % of the total, and less without the
    # lowest 极重要 value (the crossing cell and its ties go up)
    w, _, _ = read_tif(tmp_path / "dist" / "water.tif")
    pos = np.where(np.isfinite(w) & (w > 0), w, 0.0)
    top = pos[g == 3]
    assert top.sum() >= 0.5 * pos.sum() * (1 - 1e-9)
    assert top.sum() - top[top == top.min()].sum() < 0.5 * pos.sum()
    assert os.path.exists(tmp_path / "dist" / "grade.qml")
    assert not [f for f in os.listdir(tmp_path / "dist") if ".part" in f]


def _log_feedback():
    """A feedback that keeps its info lines."""
    from qgis.core import QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []
            self.errors = []

        def pushInfo(self, text):
            self.lines.append(text)

        def reportError(self, text, fatalError=False):
            self.errors.append(text)
    return Log()


def test_plugin_setting_sends_water_conservation_to_the_cluster(run_alg, county, client, tmp_path):
    from qgis.core import QgsSettings

    from eco_restore_plugin.processing_helpers.dask_client import SETTING
    params = {"LANDUSE": os.path.join(county, "landuse_2020.tif"),
              "PRECIPITATION": os.path.join(county, "precipitation.tif"), "ET": os.path.join(county, "et.tif")}
    run_alg("waterconservation", dict(params, OUTPUT=str(tmp_path / "local.tif")))
    settings = QgsSettings()
    settings.setValue(SETTING, client.scheduler.address)
    try:
        fb = _log_feedback()
        run_alg("waterconservation", dict(params, OUTPUT=str(tmp_path / "dask.tif")), feedback=fb)
        assert any("Dask" in line for line in fb.lines)
        # an unreachable scheduler: a warning, and the algorithm runs as before
        settings.setValue(SETTING, "tcp://127.0.0.1:1")
        run_alg("waterconservation", dict(params, OUTPUT=str(tmp_path / "fallback.tif")))
    finally:
        settings.remove(SETTING)
    a, _, _ = read_tif(tmp_path / "local.tif")
    for name in ("dask.tif", "fallback.tif"):
        b, _, _ = read_tif(tmp_path / name)
        assert np.array_equal(a, b, equal_nan=True), name


def test_plugin_setting_sends_omniscape_tiles_to_the_cluster(run_alg, county, client, tmp_path):
    """Omniscape through the QGIS setting: tiles on the cluster, equal to the local run; a coarsened run
    stays local; bad resistance is refused before any task, with no output."""
    from qgis.core import QgsProcessingException, QgsSettings

    from eco_restore_plugin.processing_helpers.dask_client import SETTING
    res = str(tmp_path / "resistance.tif")
    run_alg("resistancesurface", {"LANDUSE": os.path.join(county, "landuse_2020.tif"), "OUTPUT": res})
    params = {"RESISTANCE": res, "RADIUS": 150.0, "RADIUS_UNITS": 1, "BLOCK_SIZE": 7}
    local = _log_feedback()
    run_alg("omniscape", dict(params, OUTPUT=str(tmp_path / "local.tif")), feedback=local)
    settings = QgsSettings()
    settings.setValue(SETTING, client.scheduler.address)
    try:
        fb = _log_feedback()
        run_alg("omniscape", dict(params, OUTPUT=str(tmp_path / "dask.tif")), feedback=fb)
        assert any("Omniscape by tiles" in line for line in fb.lines)
        # the target count, summed over the tiles, is the one-process run's
        counts = [[line for line in f.lines if line.endswith(" targets")] for f in (local, fb)]
        assert counts[0] == counts[1] and int(counts[0][0].split()[0]) > 100, counts
        a, _, _ = read_tif(tmp_path / "local.tif")
        b, _, _ = read_tif(tmp_path / "dask.tif")
        assert np.nanmax(a) > 0
        assert np.array_equal(a, b, equal_nan=True)
        assert not fb.errors
        # no source anywhere: the run ends with the one-process message in the log
        from osgeo import gdal
        zero = str(tmp_path / "zero_source.tif")
        gdal.Translate(zero, res, scaleParams=[[0, 1e9, 0, 0]], outputType=gdal.GDT_Float32)
        fb = _log_feedback()
        run_alg("omniscape", dict(params, SOURCE_STRENGTH=zero, OUTPUT=str(tmp_path / "none.tif")), feedback=fb)
        assert any("No target has a source strength > 0" in e for e in fb.errors)
        # a zero resistance: refused by the reduction pass, nothing written
        bad = str(tmp_path / "bad.tif")
        gdal.Translate(bad, res)
        ds = gdal.Open(bad, gdal.GA_Update)
        arr = ds.GetRasterBand(1).ReadAsArray()
        arr[150, 150] = 0
        ds.GetRasterBand(1).WriteArray(arr)
        ds = None
        with pytest.raises(QgsProcessingException, match="≤ 0"):
            run_alg("omniscape", dict(params, RESISTANCE=bad, OUTPUT=str(tmp_path / "bad_out.tif")))
        assert not [f for f in os.listdir(tmp_path) if f.startswith("bad_out") or ".part" in f]
    finally:
        settings.remove(SETTING)


def test_habitat_tiles_need_their_margin():
    """D of one tile from the tile plus ``habitat_margin`` cells equals D of the whole grid (both impact
    conventions, a cell size that is not square); two cells less and it does not."""
    from eco_restore_plugin.batch import tiled_tasks
    from eco_restore_plugin.core import habitat, tables
    rng = np.random.default_rng(5)
    lu = rng.choice([101, 301, 305, 1101], size=(120, 150), p=[0.1, 0.6, 0.29, 0.01]).astype(float)
    lu[:5, :7] = np.nan
    # three urban sources; the one at row 63 is 24 rows (600 m) below the first row of tiles: a margin of
    # 23 rows misses it
    lu[63, 75] = lu[10, 130] = lu[100, 20] = 201
    threats = [{"name": "cropland", "max_distance": 200.0, "weight": 0.6, "decay": "linear", "codes": [101]},
               {"name": "urban", "max_distance": 610.0, "weight": 1.0, "decay": "exponential", "codes": [201]}]
    cellsize = (30.0, 25.0)
    margin = tiled_tasks.habitat_margin(threats, cellsize)
    assert margin == 610 // 25 + 1
    for method in ("distance", "convolution"):
        whole = habitat.habitat_degradation(lu, [dict(t, raster=np.isin(lu, t["codes"]).astype(np.float32))
                                                 for t in threats],
                                            sensitivity=tables.HABITAT_SENSITIVITY_3DIAO, cellsize=cellsize,
                                            method=method)
        for m, equal in ((margin, True), (margin - 2, False)):
            out = np.full(lu.shape, -1.0)
            for row in tiled_tasks._tile_rows(lu.shape, 40):
                for tile in row:
                    r0, c0 = max(tile[0] - m, 0), max(tile[2] - m, 0)
                    part = lu[r0:tile[1] + m, c0:tile[3] + m]
                    out[tile[0]:tile[1], tile[2]:tile[3]], = tiled_tasks.habitat_degradation_tile(
                        [part, None], (r0, c0), tile, lu.shape, threats=threats,
                        sensitivity=tables.HABITAT_SENSITIVITY_3DIAO, cellsize=cellsize, method=method)
            assert np.nanmax(whole) > 0.01
            if equal:
                np.testing.assert_array_equal(np.isnan(out), np.isnan(whole))
                np.testing.assert_allclose(out, whole, rtol=1e-12, atol=1e-15, err_msg=method)
            else:
                assert np.nanmax(np.abs(out - whole)) > 1e-8, method     # far above round-off (1e-15)


def test_plugin_setting_sends_habitat_quality_to_the_cluster(run_alg, county, client, tmp_path):
    """Habitat quality through the QGIS setting: tiles on the cluster equal to the local run, with an
    accessibility raster, a given k and the convolution convention; a code missing from the sensitivity
    table is refused by the reduction pass, with the local run's message and no output."""
    from osgeo import gdal
    from qgis.core import QgsProcessingException, QgsSettings

    from eco_restore_plugin.processing_helpers.dask_client import SETTING
    lu = os.path.join(county, "landuse_2020.tif")
    access = str(tmp_path / "access.tif")
    gdal.Translate(access, lu, outputType=gdal.GDT_Float32, scaleParams=[[0, 2000, 0.2, 1.0]])
    # margin 31 cells: 4 tiles of ≤ 256 cells
    threats = ["urban", "0.9", "1", "linear", "201 202 203", "road", "0.6", "0.6", "exponential", "1001 1003 1004"]
    cases = {"conv": {"IMPACT_METHOD": 1, "ACCESSIBILITY": access},
             "k": {"HALF_SATURATION": 0.05}}
    for name, extra in cases.items():
        params = dict(extra, LANDUSE=lu, THREATS=threats)
        run_alg("habitatquality", dict(params, QUALITY=str(tmp_path / (name + "_q.tif")),
                                       DEGRADATION=str(tmp_path / (name + "_d.tif"))))
    settings = QgsSettings()
    settings.setValue(SETTING, client.scheduler.address)
    try:
        for name, extra in cases.items():
            fb = _log_feedback()
            params = dict(extra, LANDUSE=lu, THREATS=threats)
            run_alg("habitatquality", dict(params, QUALITY=str(tmp_path / (name + "_qd.tif")),
                                           DEGRADATION=str(tmp_path / (name + "_dd.tif"))), feedback=fb)
            assert any("Habitat degradation by tiles" in line for line in fb.lines)
            for out in ("q", "d"):
                a, _, _ = read_tif(tmp_path / "{}_{}.tif".format(name, out))
                b, _, _ = read_tif(tmp_path / "{}_{}d.tif".format(name, out))
                assert np.nanmax(a) > 0.01 and np.isfinite(a).sum() > 20_000
                assert np.array_equal(a, b, equal_nan=True), (name, out, np.nanmax(np.abs(a - b)))
        assert "k = 0.05" in "\n".join(fb.lines)
        bad = str(tmp_path / "bad_lu.tif")
        gdal.Translate(bad, lu)
        ds = gdal.Open(bad, gdal.GA_Update)
        arr = ds.GetRasterBand(1).ReadAsArray()
        arr[150, 150:152] = 999
        ds.GetRasterBand(1).WriteArray(arr)
        ds = None
        with pytest.raises(QgsProcessingException, match="2 cells hold codes that are not in the sensitivity table"):
            run_alg("habitatquality", {"LANDUSE": bad, "THREATS": threats, "QUALITY": str(tmp_path / "bad_q.tif")})
        assert not [f for f in os.listdir(tmp_path) if f.startswith("bad_q") or ".part" in f]
    finally:
        settings.remove(SETTING)


def _problems(tmp_path, county, text):
    from eco_restore_plugin.batch import plan as planmod
    with pytest.raises(planmod.PlanError) as exc:
        planmod.load(_plan(tmp_path, county, str(tmp_path / "out"), text))
    assert not os.path.exists(tmp_path / "out")               # nothing written
    return "\n".join(exc.value.problems)


def test_plan_validation_errors(ecorestore, county, tmp_path):
    msg = _problems(tmp_path, county, PLAN.replace('algorithm = "waterconservation"',
                                                   'algorithm = "waterconservaton"'))
    assert "unknown algorithm 'waterconservaton'" in msg
    # the grade step refers to the unknown step's output: reported too, not a crash
    msg = _problems(tmp_path, county, PLAN.replace("PRECIPITATION =", "PRECIP ="))
    assert "unknown parameter 'PRECIP'" in msg and "PRECIPITATION" in msg
    assert "required parameter 'PRECIPITATION'" in msg
    msg = _problems(tmp_path, county, PLAN.replace("precipitation.tif", "rain.tif"))
    assert "Input 'precip'" in msg and "rain.tif does not exist" in msg
    msg = _problems(tmp_path, county, PLAN.replace("@water.OUTPUT", "@shdi.OUTPUT"))
    assert "not an earlier step" in msg
    msg = _problems(tmp_path, county, PLAN.replace('OUTPUT = "grade.tif"', 'GRADE = "grade.tif"'))
    assert "unknown output 'GRADE'" in msg
    msg = _problems(tmp_path, county, PLAN.replace('"shdi.tif"', '"water.tif"'))
    assert "also written by step 'water'" in msg
    # an output folder below a file cannot be created
    (tmp_path / "afile").write_text("x")
    msg = _problems(tmp_path, county, PLAN.replace('output_folder = "{out}"',
                                                   'output_folder = "' + str(tmp_path / "afile" / "out") + '"'))
    assert "cannot be written" in msg and "is not a folder" in msg
    msg = _problems(tmp_path, county, "[plan]\nname = 1\n[[steps]]\nid = \"a\"\nalgorithm = ")
    assert "not valid TOML" in msg


def test_unreachable_scheduler(ecorestore):
    from eco_restore_plugin.batch import runner
    t0 = time.time()
    with pytest.raises(runner.BatchError) as exc:
        runner.connect("tcp://127.0.0.1:1", timeout=2)
    assert "Cannot reach the Dask scheduler at tcp://127.0.0.1:1" in str(exc.value)
    assert time.time() - t0 < 30


def test_input_the_workers_cannot_read(ecorestore, county, client, tmp_path):
    from eco_restore_plugin.batch import plan as planmod
    from eco_restore_plugin.batch import runner
    own = tmp_path / "county"
    shutil.copytree(county, own)
    plan = planmod.load(_plan(tmp_path, str(own), str(tmp_path / "out")))
    os.remove(own / "et.tif")                   # gone after validation: the workers cannot see it
    with pytest.raises(runner.BatchError) as exc:
        runner.run(plan, client, quiet=True, log=lambda *a: None)
    assert "cannot read the inputs" in str(exc.value) and "et.tif" in str(exc.value)
    assert not os.path.exists(tmp_path / "out" / "water.tif")


def test_command_line_check(ecorestore, county, tmp_path):
    """`python -m eco_restore_plugin.batch check` validates the shipped example plan; a bad plan exits 2."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=ROOT)
    res = subprocess.run([sys.executable, "-m", "eco_restore_plugin.batch", "check",
                          os.path.join(ROOT, "resources", "plans", "demo_county.toml")],
                         env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert res.returncode == 0, res.stderr
    assert "5 steps" in res.stdout
    bad = _plan(tmp_path, county, str(tmp_path / "o"), PLAN.replace("METRIC = 2", "METRICS = 2"))
    res = subprocess.run([sys.executable, "-m", "eco_restore_plugin.batch", "check", bad],
                         env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert res.returncode == 2 and "unknown parameter 'METRICS'" in res.stderr
    assert "Traceback" not in res.stderr


@pytest.mark.parametrize("alg,params", [
    ("importancegrading", {"SHARES": "0.5, 0.8"}),
    ("landscapemetricswindow", {"METRIC": 2, "RADIUS": 150.0}),                 # SHDI
])
def test_plugin_setting_sends_grading_and_moving_window_to_the_cluster(run_alg, county, client, tmp_path, alg,
                                                                       params):
    """Importance grading and the moving window through the QGIS setting: the same raster as the local run."""
    from qgis.core import QgsSettings

    from eco_restore_plugin.processing_helpers.dask_client import SETTING
    source = "precipitation.tif" if alg == "importancegrading" else "landuse_2020.tif"
    params = dict(params, INPUT=os.path.join(county, source))
    run_alg(alg, dict(params, OUTPUT=str(tmp_path / "local.tif")))
    settings = QgsSettings()
    settings.setValue(SETTING, client.scheduler.address)
    try:
        fb = _log_feedback()
        run_alg(alg, dict(params, OUTPUT=str(tmp_path / "dask.tif")), feedback=fb)
        assert any("Dask" in line for line in fb.lines)
    finally:
        settings.remove(SETTING)
    a, _, _ = read_tif(tmp_path / "local.tif")
    b, _, _ = read_tif(tmp_path / "dask.tif")
    assert np.isfinite(a).sum() > 0.3 * a.size                 # the land (Demo County is half sea)
    assert np.array_equal(a, b, equal_nan=True)


@pytest.mark.parametrize("alg,params,outputs", [
    ("habitatquality", {"THREATS": ["urban", "0.9", "1", "linear", "201 202 203"]}, ("QUALITY", "DEGRADATION")),
    ("landscapemetricswindow", {"METRIC": 2, "RADIUS": 150.0}, ("OUTPUT",)),
])
def test_too_big_for_memory_runs_by_tiles_in_process(run_alg, county, tmp_path, monkeypatch, alg, params, outputs):
    """Without a cluster, a focal step whose whole raster would not fit in the free memory runs tile by tile
    in the QGIS process (Dask's synchronous scheduler): the same rasters as the whole-raster run."""
    from eco_restore_plugin.processing_helpers import memory_budget
    key = "LANDUSE" if alg == "habitatquality" else "INPUT"
    params = dict(params, **{key: os.path.join(county, "landuse_2020.tif")})
    run_alg(alg, dict(params, **{o: str(tmp_path / (o + "_whole.tif")) for o in outputs}))
    monkeypatch.setattr(memory_budget, "available_memory", lambda: 10 ** 6)     # 1 MB free
    fb = _log_feedback()
    run_alg(alg, dict(params, **{o: str(tmp_path / (o + "_tiles.tif")) for o in outputs}), feedback=fb)
    assert any("tile by tile" in line for line in fb.lines)
    for o in outputs:
        a, _, _ = read_tif(tmp_path / (o + "_whole.tif"))
        b, _, _ = read_tif(tmp_path / (o + "_tiles.tif"))
        assert np.isfinite(a).sum() > 0.3 * a.size and np.array_equal(a, b, equal_nan=True), o
