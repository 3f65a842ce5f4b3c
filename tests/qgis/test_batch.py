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
    # Omniscape: 4 tiles of ≤ 256 cells, each with a margin of 2 × 6 + 2 cells
    for name in ("water.tif", "grade.tif", "shdi.tif", "omni_current.tif", "omni_normalized.tif"):
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

        def pushInfo(self, text):
            self.lines.append(text)
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
    run_alg("omniscape", dict(params, OUTPUT=str(tmp_path / "local.tif")))
    settings = QgsSettings()
    settings.setValue(SETTING, client.scheduler.address)
    try:
        fb = _log_feedback()
        run_alg("omniscape", dict(params, OUTPUT=str(tmp_path / "dask.tif")), feedback=fb)
        assert any("Omniscape by tiles" in line for line in fb.lines)
        a, _, _ = read_tif(tmp_path / "local.tif")
        b, _, _ = read_tif(tmp_path / "dask.tif")
        assert np.nanmax(a) > 0
        assert np.array_equal(a, b, equal_nan=True)
        # a zero resistance: refused by the reduction pass, nothing written
        from osgeo import gdal
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
    assert "4 steps" in res.stdout
    bad = _plan(tmp_path, county, str(tmp_path / "o"), PLAN.replace("METRIC = 2", "METRICS = 2"))
    res = subprocess.run([sys.executable, "-m", "eco_restore_plugin.batch", "check", bad],
                         env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert res.returncode == 2 and "unknown parameter 'METRICS'" in res.stderr
    assert "Traceback" not in res.stderr
