"""The shipped Graphical Modeler models: current with scripts/build_models.py, and they run."""
import os
import sys

import numpy as np
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import build_models  # noqa: E402


def canonical(path):
    """What a model does: its children, their algorithms, parameter sources and outputs."""
    from qgis.core import QgsProcessingModelAlgorithm

    m = QgsProcessingModelAlgorithm()
    assert m.fromFile(path), path
    out = {"params": sorted(p.name() for p in m.parameterDefinitions())}
    for cid, child in m.childAlgorithms().items():
        sources = {k: [repr(sorted(src.toVariant().items())) for src in v]
                   for k, v in child.parameterSources().items()}
        out[cid] = (child.algorithmId(), sources, sorted(child.modelOutputs()))
    return out


def test_models_are_current(qgis_app, ecorestore, tmp_path):
    for path in build_models.build(str(tmp_path)):
        shipped = os.path.join(build_models.MODELS, os.path.basename(path))
        assert os.path.exists(shipped), "run scripts/build_models.py"
        # Qt writes XML attributes in a random order and version-dependent keys: compare content
        assert canonical(path) == canonical(shipped), "stale model: run scripts/build_models.py"


def test_model_in_provider(ecorestore):
    alg = ecorestore.algorithm("fullchain")
    assert alg is not None and alg.id() == "ecorestore:fullchain"
    assert "示例县" in alg.displayName()
    assert alg.groupId() == "models"
    assert type(alg.createInstance()).__name__ == "EcoRestoreModel"


def test_model_is_valid_in_the_modeler(ecorestore):
    """The Graphical Modeler's own validation: every child's algorithm exists and every mandatory
    parameter has a source. Fails as soon as an algorithm gains a required parameter the model lacks."""
    from qgis.core import QgsApplication

    model = QgsApplication.processingRegistry().algorithmById("ecorestore:fullchain").create()
    ok, issues = model.validate()
    assert ok, issues
    for cid, child in model.childAlgorithms().items():
        assert model.validateChildAlgorithm(cid)[0], cid
        # steps are named for a Chinese planner, ids stay stable for the outputs
        assert any("\u4e00" <= ch <= "\u9fff" for ch in child.description()), cid
    # outputs are labelled Chinese first; their names (what a script reads) stay as before
    dests = {d.name(): d.description() for d in model.destinationParameterDefinitions()}
    assert "water:Water conservation 水源涵养" in dests and len(dests) == 6
    for name, label in dests.items():
        assert "\u4e00" <= label[0] <= "\u9fff", (name, label)


def test_edit_model_action(ecorestore):
    """The toolbox offers "Edit model" on the shipped models (not on plain algorithms)."""
    pytest.importorskip("processing.gui.ContextAction")
    from qgis.core import QgsApplication

    from eco_restore_plugin.ui import model_actions

    action = model_actions.make_edit_model_action()
    action.setData(QgsApplication.processingRegistry().algorithmById("ecorestore:fullchain"), None)
    assert action.isEnabled()
    action.setData(QgsApplication.processingRegistry().algorithmById("ecorestore:mspa"), None)
    assert not action.isEnabled()
    registered = model_actions.register()
    from processing.gui.ProviderActions import ProviderContextMenuActions

    assert registered[0] in ProviderContextMenuActions.actions
    model_actions.unregister(registered)
    assert registered[0] not in ProviderContextMenuActions.actions


@pytest.mark.slow
def test_full_chain_model_runs(run_alg, ecorestore, tmp_path):
    from osgeo import gdal

    from qgis.core import QgsApplication

    params = {"size": 150}
    alg = QgsApplication.processingRegistry().createAlgorithmById("ecorestore:fullchain")
    for d in alg.destinationParameterDefinitions():
        params[d.name()] = "TEMPORARY_OUTPUT"
    assert len(params) == 7
    res = run_alg("fullchain", params)
    grade_path = res["protection:Ecological protection importance 生态保护重要性"]
    ds = gdal.Open(grade_path)
    g = ds.GetRasterBand(1).ReadAsArray()
    assert ds.RasterXSize == 150
    assert set(np.unique(g)) <= {0, 1, 2, 3} and (g == 3).any() and (g == 1).any()
    wr = gdal.Open(res["water:Water conservation 水源涵养"]).ReadAsArray()
    assert wr.shape == (150, 150)
    table = res["landscape:Landscape metrics 景观格局指数"]
    assert table is not None
