"""`make package` writes a ZIP that QGIS' Plugin Manager installs."""
import configparser
import os
import subprocess
import sys
import zipfile

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
QGIS_PROCESS = "/usr/bin/qgis_process.bin"


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    res = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "package.py"), str(out)],
                         capture_output=True, text=True, check=True)
    return res.stdout.strip()


def test_zip_layout(package):
    names = zipfile.ZipFile(package).namelist()
    assert all(n.startswith("eco_restore_plugin/") for n in names)
    for required in ("eco_restore_plugin/__init__.py", "eco_restore_plugin/metadata.txt",
                     "eco_restore_plugin/provider.py", "eco_restore_plugin/resources/icons/eco_restore.svg",
                     "eco_restore_plugin/resources/i18n/eco_restore_zh_CN.qm"):
        assert required in names, required
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc") or "/tests/" in n]
    # translations: only the compiled .qm, not the 480 KB .ts source nor the json it is built from
    i18n = sorted(n for n in names if "/i18n/" in n and not n.endswith("/"))
    assert i18n == ["eco_restore_plugin/resources/i18n/eco_restore_zh_CN.qm"], i18n
    meta = configparser.ConfigParser(interpolation=None)
    meta.read_string(zipfile.ZipFile(package).read("eco_restore_plugin/metadata.txt").decode("utf-8"))
    assert meta["general"]["hasProcessingProvider"] == "yes"
    assert os.path.basename(package) == "eco_restore_plugin-{}.zip".format(meta["general"]["version"])


@pytest.mark.skipif(not os.path.exists(QGIS_PROCESS), reason="qgis_process.bin not installed")
def test_zip_installs_into_a_profile(package, tmp_path):
    """Unpack where the Plugin Manager puts plugins, enable, and see the provider."""
    profile = tmp_path / "profile"
    plugins = profile / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    zipfile.ZipFile(package).extractall(plugins)
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(profile), QT_QPA_PLATFORM="offscreen")
    env.pop("QGIS_PLUGINPATH", None)
    env.pop("PYTHONPATH", None)
    out = subprocess.run([QGIS_PROCESS, "plugins", "enable", "eco_restore_plugin"], env=env,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    out = subprocess.run([QGIS_PROCESS, "list"], env=env, capture_output=True, text=True, timeout=300)
    assert "生态修复 Eco-Restore" in out.stdout
    assert "ecorestore:createsampleregion" in out.stdout
