"""eco_restore_plugin.headless: QGIS + Processing + the provider for scripts, in a fresh process and in
one where QGIS already runs."""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

SCRIPT = """
from eco_restore_plugin import headless
session = headless.start()
import processing
from qgis.core import QgsApplication
reg = QgsApplication.processingRegistry()
assert reg.providerById("ecorestore") is not None
res = processing.run("ecorestore:createsampleregion", {"SIZE": 100, "SEED": 3, "OUTPUT_FOLDER": %r})
print("DEM", res["DEM"])
assert session.plugin is not None
session.stop()
assert session.app is None and session.plugin is None
print("STOPPED")
"""


def test_headless_start_in_a_fresh_process(tmp_path):
    env = dict(os.environ, PYTHONPATH=ROOT)
    env.pop("QT_QPA_PLATFORM", None)          # start() sets offscreen itself
    out = subprocess.run([sys.executable, "-c", SCRIPT % str(tmp_path / "demo")], env=env, cwd=str(tmp_path),
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "STOPPED" in out.stdout
    dem = [line.split(" ", 1)[1] for line in out.stdout.splitlines() if line.startswith("DEM ")][0]
    assert os.path.isfile(dem)


def test_headless_start_reuses_running_qgis(ecorestore):
    from qgis.core import QgsApplication

    from eco_restore_plugin import headless

    session = headless.start()
    assert session.app is QgsApplication.instance()
    assert session.plugin is None                       # the provider was already there
    session.stop()
    assert QgsApplication.processingRegistry().providerById("ecorestore") is ecorestore
