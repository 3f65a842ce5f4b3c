"""Fixtures for tests that need QGIS: Processing initialised and the ecorestore provider registered."""
import pytest

#: Python references to the providers registered here: a provider implemented in Python must stay
#: referenced while registered, or its virtual methods stop answering.
_KEEP = []


@pytest.fixture()
def ecorestore(qgis_app, qgis_processing):
    """The registered ``ecorestore`` provider (registered again if a plugin test unloaded it)."""
    from qgis.core import QgsApplication

    from eco_restore_plugin.provider import EcoRestoreProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("ecorestore")
    if provider is None:
        provider = EcoRestoreProvider()
        _KEEP.append(provider)
        assert registry.addProvider(provider)
    yield provider


@pytest.fixture()
def run_alg(ecorestore):
    """``run_alg(name, params)`` -> result dict, through processing.run like a user's script."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    def _run(name, params, feedback=None):
        ctx = QgsProcessingContext()
        return processing.run("ecorestore:" + name, params, feedback=feedback or QgsProcessingFeedback(),
                              context=ctx)
    return _run


@pytest.fixture(scope="session")
def demo_run(tmp_path_factory):
    """``scripts/demo.py OUT --size 120`` run once per test session in a subprocess, as a user runs it:
    ``(OUT, CompletedProcess)``. Shared by several test files: a test that changes the folder works on a
    copy (``shutil.copytree``). Each user asserts the return code it needs."""
    import os
    import subprocess
    import sys

    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out = tmp_path_factory.mktemp("demo_run") / "demo"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    res = subprocess.run([sys.executable, os.path.join(root, "scripts", "demo.py"), str(out), "--size", "120"],
                         env=env, capture_output=True, text=True, timeout=900)
    return out, res


# -- the atlas dialog (test_atlas_dialog.py, test_atlas_dialog_form.py); a test module's own fixture of the
# -- same name takes precedence


@pytest.fixture()
def settings(tmp_path):
    from qgis.PyQt.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)


@pytest.fixture()
def alg(ecorestore):
    from eco_restore_plugin.ui.atlas_dialog import atlas_algorithm

    a, registered = atlas_algorithm()
    assert registered
    return a


@pytest.fixture()
def dialog(qgis_app, ecorestore, settings):
    from qgis.core import QgsProject
    from qgis.PyQt.QtTest import QTest

    from eco_restore_plugin.ui.atlas_dialog import AtlasDialog

    dlg = AtlasDialog(project=QgsProject(), settings=settings)
    dlg.show()
    QTest.qWaitForWindowExposed(dlg)
    yield dlg
    dlg.close()
    dlg.deleteLater()
