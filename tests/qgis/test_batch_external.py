"""The batch runner on a cluster it did not start (issue 20, "many machines"): a scheduler and workers
started by Dask's own command-line programs, each its own process with its own working directory, reached
over TCP as workers on other machines are. A worker set up without the plugin is named before anything runs
(exit 3, nothing written); with every worker set up, the plan's rasters equal the single-process run."""
import os
import shutil
import socket
import subprocess
import sys
import time

import numpy as np
import pytest

from rasterutil import read_tif

pytest.importorskip("distributed")

import test_batch  # noqa: E402

PLAN = test_batch.PLAN
county = test_batch.county     # the fixture: Demo County at 300²

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUTPUTS = ("water.tif", "grade.tif", "shdi.tif", "omni_current.tif", "omni_normalized.tif", "habitat_q.tif",
           "habitat_d.tif")


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env(with_plugin, root=ROOT):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if with_plugin:
        env["PYTHONPATH"] = root
    return env


class Cluster:
    """``dask scheduler`` and ``dask worker`` processes (started from a folder outside the repository, so a
    worker without ``PYTHONPATH`` cannot import the plugin)."""

    def __init__(self, folder):
        self.folder = str(folder)
        self.port = _free_port()
        self.address = "tcp://127.0.0.1:{}".format(self.port)
        self.procs = []
        self._start("scheduler", [sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
                                  "--port", str(self.port), "--no-dashboard"], _env(False))

    def _start(self, name, cmd, env):
        log = open(os.path.join(self.folder, name + ".log"), "w")
        self.procs.append(subprocess.Popen(cmd, cwd=self.folder, env=env, stdout=log, stderr=subprocess.STDOUT))
        return self.procs[-1]

    def worker(self, name, with_plugin, root=ROOT):
        return self._start(name, [sys.executable, "-m", "distributed.cli.dask_worker", self.address,
                                  "--nthreads", "1", "--no-dashboard", "--local-directory",
                                  os.path.join(self.folder, name)], _env(with_plugin, root))

    def wait_for(self, n, timeout=60):
        from distributed import Client
        t0 = time.time()
        with Client(self.address, timeout=timeout, set_as_default=False) as c:
            while len(c.scheduler_info()["workers"]) != n:
                assert time.time() - t0 < timeout, "workers did not register"
                time.sleep(0.5)

    def close(self):
        for p in reversed(self.procs):
            p.terminate()
        for p in self.procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()


def _run(plan, *args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=ROOT)
    return subprocess.run([sys.executable, "-m", "eco_restore_plugin.batch", "run", plan, "--quiet", *args],
                          env=env, capture_output=True, text=True, timeout=900, cwd=ROOT)


@pytest.mark.slow
def test_external_cluster_like_other_machines(county, tmp_path):
    def plan(out):
        path = tmp_path / (out + ".toml")
        path.write_text(PLAN.format(out=str(tmp_path / out), county=county), encoding="utf-8")
        return str(path)

    cluster = Cluster(tmp_path)
    try:
        bare = cluster.worker("bare", with_plugin=False)       # a machine set up without the plugin
        cluster.worker("w1", with_plugin=True)
        cluster.wait_for(2)
        res = _run(plan("dist"), "--scheduler", cluster.address, "--chunk", "256")
        assert res.returncode == 3, res.stderr
        assert "cannot import what the tasks need" in res.stderr and "eco_restore_plugin" in res.stderr
        assert "Traceback" not in res.stderr
        assert not (tmp_path / "dist").exists()                   # nothing ran, nothing written
        bare.terminate()
        bare.wait(timeout=20)
        cluster.wait_for(1)                                       # gone from the scheduler too
        # a machine with another version of the plugin: its chunks could differ without an error
        other = tmp_path / "other_version"
        shutil.copytree(os.path.join(ROOT, "eco_restore_plugin"), other / "eco_restore_plugin",
                        ignore=shutil.ignore_patterns("__pycache__"))
        with open(other / "eco_restore_plugin" / "core" / "services.py", "a", encoding="utf-8") as f:
            f.write("\n# another version\n")
        old = cluster.worker("old", with_plugin=True, root=str(other))
        cluster.wait_for(2)
        res = _run(plan("dist"), "--scheduler", cluster.address, "--chunk", "256")
        assert res.returncode == 3, res.stderr
        assert "another version of the plugin" in res.stderr and "Traceback" not in res.stderr
        assert len([line for line in res.stderr.splitlines() if line.startswith("  tcp://")]) == 1
        old.terminate()
        old.wait(timeout=20)
        cluster.wait_for(1)
        cluster.worker("w2", with_plugin=True)
        cluster.wait_for(2)
        res = _run(plan("dist"), "--scheduler", cluster.address, "--chunk", "256")
        assert res.returncode == 0, res.stderr
    finally:
        cluster.close()
    res = _run(plan("single"), "--no-dask")
    assert res.returncode == 0, res.stderr
    for name in OUTPUTS:
        a, gta, _ = read_tif(tmp_path / "single" / name)
        b, gtb, _ = read_tif(tmp_path / "dist" / name)
        assert gta == gtb and np.isfinite(a).sum() > 20_000, name
        assert np.array_equal(a, b, equal_nan=True), (name, np.nanmax(np.abs(a - b)))


def test_plugin_setting_with_a_worker_without_the_plugin(run_alg, county, tmp_path):
    """Inside QGIS: a cluster one of whose workers lacks the plugin is not used; a warning names the worker
    and the algorithm runs in the QGIS process (the same raster)."""
    from qgis.core import QgsProcessingFeedback, QgsSettings

    from eco_restore_plugin.processing_helpers.dask_client import SETTING

    class Log(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, text):
            self.warnings.append(text)

    params = {"LANDUSE": os.path.join(county, "landuse_2020.tif"),
              "PRECIPITATION": os.path.join(county, "precipitation.tif"), "ET": os.path.join(county, "et.tif")}
    run_alg("waterconservation", dict(params, OUTPUT=str(tmp_path / "local.tif")))
    cluster = Cluster(tmp_path)
    settings = QgsSettings()
    try:
        cluster.worker("bare", with_plugin=False)
        cluster.wait_for(1)
        settings.setValue(SETTING, cluster.address)
        fb = Log()
        run_alg("waterconservation", dict(params, OUTPUT=str(tmp_path / "fallback.tif")), feedback=fb)
    finally:
        settings.remove(SETTING)
        cluster.close()
    assert any("cannot import what the tasks need" in w and "Running in this process" in w for w in fb.warnings)
    a, _, _ = read_tif(tmp_path / "local.tif")
    b, _, _ = read_tif(tmp_path / "fallback.tif")
    assert np.array_equal(a, b, equal_nan=True)
