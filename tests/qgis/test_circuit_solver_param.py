"""ecorestore:circuitscape SOLVER (issue 19): every choice gives the same effective resistances on an
ill-conditioned surface (1e0-1e8 in blocks, a focal node in the 1e8 block), equal to a per-pair
direct solve grounded at one node of the pair, and the log reports the solver and its residual."""
import numpy as np
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

from eco_restore_plugin.core import circuit
from feedbackutil import InfoLog
from rasterutil import ORIGIN, write_tif

CS = 30.0
CELLS = [(1, 1), (5, 24), (15, 15), (28, 28), (25, 3)]


def _points(cells):
    lyr = QgsVectorLayer("Point?crs=EPSG:4546", "p", "memory")
    feats = []
    for r, c in cells:
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(ORIGIN[0] + (c + 0.5) * CS, ORIGIN[1] - (r + 0.5) * CS)))
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    return lyr


def _surface():
    exps = np.array([[8, 0, 1], [2, 1, 7], [7, 5, 0]], dtype=float)
    return np.kron(10.0 ** exps, np.ones((10, 10)))


def _table(path):
    lyr = QgsVectorLayer(path, "t", "ogr")
    return {(f["from_id"], f["to_id"]): f["resistance"] for f in lyr.getFeatures()}


@pytest.mark.parametrize("solver", [0, 1, 2])
def test_solver_choices_agree_on_ill_conditioned_surface(run_alg, tmp_path, solver):
    h = _surface()
    src = write_tif(tmp_path / "r.tif", h)
    out = str(tmp_path / "t.gpkg")
    log = InfoLog()
    run_alg("circuitscape", {"RESISTANCE": src, "FOCAL_NODES": _points(CELLS), "SOLVER": solver,
                             "RESISTANCES": out, "CURRENT": str(tmp_path / "c.tif")}, feedback=log)
    got = _table(out)
    assert len(got) == 10
    # reference: each pair on its own, grounded at one of its nodes (no superposition), direct LU
    g = circuit.build_graph(h)
    ref = circuit.pairwise(g, [(k + 1, r, c) for k, (r, c) in enumerate(CELLS)], strategy="per_pair",
                           solver="direct", cum_map=False)
    for (i, j), r in got.items():
        assert r == pytest.approx(ref.r(i, j), rel=1e-6)
    text = " ".join(log.lines)
    assert "residual" in text
    assert ("pyamg" in text) == (solver == 1)
