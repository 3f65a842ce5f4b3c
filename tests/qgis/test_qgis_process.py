"""The plugin as qgis_process sees it: enabled in a fresh profile, provider listed, algorithm run."""
import json
import os
import shutil
import subprocess

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
QGIS_PROCESS = shutil.which("qgis_process.bin") or "/usr/bin/qgis_process.bin"

pytestmark = pytest.mark.skipif(not os.path.exists(QGIS_PROCESS), reason="qgis_process.bin not installed")


@pytest.fixture(scope="module")
def qp_env(tmp_path_factory):
    profile = tmp_path_factory.mktemp("qgis_profile")
    env = dict(os.environ, QGIS_PLUGINPATH=ROOT, QGIS_CUSTOM_CONFIG_PATH=str(profile),
               QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)
    out = subprocess.run([QGIS_PROCESS, "plugins", "enable", "eco_restore_plugin"], env=env,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    return env


def qgis_process(env, *args, timeout=600):
    return subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True,
                          timeout=timeout)


def test_provider_listed(qp_env):
    out = qgis_process(qp_env, "list")
    assert out.returncode == 0, out.stderr
    assert "生态修复 Eco-Restore" in out.stdout
    from eco_restore_plugin.provider import algorithm_classes
    for cls in algorithm_classes():
        assert "ecorestore:" + cls.NAME in out.stdout, cls.NAME


def test_run_sample_region_and_an_algorithm(qp_env, tmp_path):
    out = qgis_process(qp_env, "run", "ecorestore:createsampleregion", "--json", "--",
                       "SIZE=120", "SEED=7", "OUTPUT_FOLDER={}".format(tmp_path / "dc"))
    assert out.returncode == 0, out.stdout + out.stderr
    results = json.loads(out.stdout[out.stdout.index("{"):])["results"]
    assert os.path.exists(results["DEM"]) and os.path.exists(results["GPKG"])
    grade = tmp_path / "grade.tif"
    out = qgis_process(qp_env, "run", "ecorestore:importancegrading", "--",
                       "INPUT={}".format(results["NPP"]), "OUTPUT={}".format(grade))
    assert out.returncode == 0, out.stdout + out.stderr
    from osgeo import gdal
    ds = gdal.Open(str(grade))
    values = set(ds.GetRasterBand(1).ReadAsArray().ravel().tolist())
    assert values <= {0, 1, 2, 3} and {1, 2, 3} <= values


def test_bad_input_is_a_clear_error(qp_env, tmp_path):
    out = qgis_process(qp_env, "run", "ecorestore:importancegrading", "--",
                       "INPUT=/nonexistent/service.tif", "OUTPUT={}".format(tmp_path / "g.tif"))
    assert out.returncode != 0
    assert "Traceback" not in out.stdout + out.stderr
    assert not (tmp_path / "g.tif").exists()
