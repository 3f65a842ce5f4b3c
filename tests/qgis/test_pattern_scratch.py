"""Corridors, barriers and pinch points keep the per-source cost distances as temporary files in the output's
folder (issue 20): the run says how much and where, removes them, and is refused with a clear message,
before computing and writing nothing, when the disk cannot hold them."""
import os
from collections import namedtuple

import numpy as np
import pytest
from qgis.core import QgsProcessingException

from eco_restore_plugin.processing_helpers import memory_budget
from feedbackutil import InfoLog
from rasterutil import ORIGIN, write_tif

Usage = namedtuple("Usage", "total used free")


@pytest.fixture
def landscape(tmp_path):
    rng = np.random.default_rng(4)
    cost = 1.0 + 30.0 * rng.random((40, 50))
    cost[:, 25] = np.nan
    cost[18:21, 25] = 2.0
    lab = np.zeros(cost.shape, np.int32)
    lab[3:6, 3:6], lab[30:34, 5:9], lab[5:9, 40:44], lab[32:36, 38:42] = 1, 2, 3, 4
    return write_tif(tmp_path / "r.tif", cost), write_tif(tmp_path / "s.tif", lab, nodata=0), cost.size


CASES = {
    "leastcostcorridors": lambda r, s, out: {"RESISTANCE": r, "SOURCE_RASTER": s, "PATHS": "TEMPORARY_OUTPUT",
                                             "NORMALIZED": out},
    "barriers": lambda r, s, out: {"RESISTANCE": r, "SOURCE_RASTER": s, "RADIUS_MIN": 30, "RADIUS_MAX": 90,
                                   "RADIUS_STEP": 30, "OUTPUT": out},
}


@pytest.mark.parametrize("alg", sorted(CASES))
def test_temporary_files_logged_and_removed(run_alg, tmp_path, landscape, alg):
    r, s, cells = landscape
    outdir = tmp_path / "out"
    outdir.mkdir()
    out = str(outdir / "result.tif")
    log = InfoLog()
    run_alg(alg, CASES[alg](r, s, out), feedback=log)
    assert os.path.exists(out)
    assert not [f for f in os.listdir(outdir) if f.startswith("cwd_") or f.startswith(".")]
    line = [x for x in log.lines if x.startswith("Temporary cost distances")]
    assert line and "{:.2f} GB".format(8 * cells * 4 / 1e9) in line[0] and str(outdir) in line[0]


@pytest.mark.parametrize("alg", sorted(CASES))
def test_refused_when_the_disk_is_too_small(run_alg, tmp_path, landscape, monkeypatch, alg):
    r, s, cells = landscape
    before = open(r, "rb").read()
    monkeypatch.setattr(memory_budget.shutil, "disk_usage", lambda folder: Usage(10 ** 9, 10 ** 9, 8 * cells * 4 - 1))
    out = str(tmp_path / "result.tif")
    with pytest.raises(QgsProcessingException, match="Not enough disk space.*8 bytes per cell per source"):
        run_alg(alg, CASES[alg](r, s, out))
    assert not os.path.exists(out) and not [f for f in os.listdir(tmp_path) if f.startswith("cwd_")]
    assert open(r, "rb").read() == before
    # one byte more is enough
    monkeypatch.setattr(memory_budget.shutil, "disk_usage", lambda folder: Usage(10 ** 9, 10 ** 9, 8 * cells * 4))
    run_alg(alg, CASES[alg](r, s, out))
    assert os.path.exists(out)


def test_barrier_sum_counts_the_pair_scores_on_disk(run_alg, tmp_path, landscape, monkeypatch):
    """The "sum" option keeps each pair's best score and radius beside the cost distances: 10 bytes a cell a
    pair more (all pairs of 4 sources: 6), checked before computing."""
    r, s, cells = landscape
    need = cells * (8 * 4 + 10 * 6)
    params = dict(CASES["barriers"](r, s, str(tmp_path / "sum.tif")), AGGREGATE=1, PAIRS=1)
    monkeypatch.setattr(memory_budget.shutil, "disk_usage", lambda folder: Usage(10 ** 9, 10 ** 9, need - 1))
    with pytest.raises(QgsProcessingException, match="Not enough disk space"):
        run_alg("barriers", params)
    monkeypatch.setattr(memory_budget.shutil, "disk_usage", lambda folder: Usage(10 ** 9, 10 ** 9, need))
    log = InfoLog()
    run_alg("barriers", params, feedback=log)
    assert not [f for f in os.listdir(tmp_path) if f.startswith("cwd_")]
    assert any("{:.2f} GB".format(need / 1e9) in x for x in log.lines)


def _squares(path):
    """The fixture's four source squares as polygons (rasterutil's grid: EPSG:4546, 30 m cells)."""
    from osgeo import ogr, osr
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4546)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer("s", srs, ogr.wkbPolygon)
    x0, y0 = ORIGIN
    for r0, r1, c0, c1 in ((3, 6, 3, 6), (30, 34, 5, 9), (5, 9, 40, 44), (32, 36, 38, 42)):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON(({a} {b},{c} {b},{c} {d},{a} {d},{a} {b}))".format(
            a=x0 + 30 * c0, c=x0 + 30 * c1, b=y0 - 30 * r1, d=y0 - 30 * r0)))
        lyr.CreateFeature(f)
    ds = None
    return str(path)


def test_pinch_points_potentials_on_disk(run_alg, tmp_path, landscape, monkeypatch):
    """Pinch points with the corridors given keep the sources' potentials on the corridors' cells on disk:
    the run logs the figure (corridor cells x 4 sources x 8 bytes), removes the file, and is refused before
    computing when the disk cannot hold it."""
    r, s, cells = landscape
    normalized = np.full((40, 50), 1e9)
    normalized[15:25, :] = 50.0                      # a band across the barrier: 500 corridor cells
    nrm = write_tif(tmp_path / "n.tif", normalized)
    lab = np.zeros((40, 50), bool)
    lab[3:6, 3:6] = lab[30:34, 5:9] = lab[5:9, 40:44] = lab[32:36, 38:42] = True
    corridor_cells = int(np.count_nonzero((normalized <= 100.0) | lab))
    outdir = tmp_path / "out"
    outdir.mkdir()
    params = {"RESISTANCE": r, "SOURCES": _squares(tmp_path / "src.gpkg"), "NORMALIZED": nrm, "CUTOFF": 100.0,
              "OUTPUT": str(outdir / "pinch.tif"), "POINTS": "TEMPORARY_OUTPUT"}
    log = InfoLog()
    run_alg("pinchpoints", params, feedback=log)
    line = [x for x in log.lines if x.startswith("Temporary files (the potentials")]
    assert line and "{:.2f} GB".format(8 * corridor_cells * 4 / 1e9) in line[0]
    assert os.listdir(outdir) == ["pinch.tif"] or sorted(os.listdir(outdir)) == ["pinch.qml", "pinch.tif"]
    monkeypatch.setattr(memory_budget.shutil, "disk_usage",
                        lambda folder: Usage(10 ** 9, 10 ** 9, 8 * corridor_cells * 4 - 1))
    params["OUTPUT"] = str(tmp_path / "refused.tif")
    with pytest.raises(QgsProcessingException, match="Not enough disk space: the potentials of the sources"):
        run_alg("pinchpoints", params)
    assert not os.path.exists(tmp_path / "refused.tif")


def test_circuitscape_potentials_go_to_disk_when_memory_is_short(run_alg, tmp_path, landscape, monkeypatch):
    """Circuitscape pairwise keeps the focal nodes' potentials in memory unless they would take more than a
    quarter of the free memory; then in a temporary file (logged, removed), with the same current map; refused
    before computing when the disk cannot hold it."""
    from rasterutil import read_tif

    r, s, cells = landscape
    focal = np.zeros((40, 50), np.int32)               # single cells: the fast path (one solve per node)
    for k, (row, col) in enumerate(((4, 4), (32, 7), (7, 42), (34, 40), (20, 20))):
        focal[row, col] = k + 1
    s = write_tif(tmp_path / "focal.tif", focal, nodata=0)
    base = {"RESISTANCE": r, "FOCAL_RASTER": s, "RESISTANCES": "TEMPORARY_OUTPUT", "SOLVER": 2}
    mem = run_alg("circuitscape", dict(base, CURRENT=str(tmp_path / "mem.tif")))
    import importlib

    pw = importlib.import_module("eco_restore_plugin.core.circuit.pairwise")

    made = []

    def spy(*args, **kw):
        made.append(pw_potentials(*args, **kw))
        return made[-1]

    pw_potentials = pw.Potentials
    monkeypatch.setattr(pw, "Potentials", spy)
    monkeypatch.setattr(memory_budget, "available_memory", lambda: 4000)       # "almost no memory free"
    outdir = tmp_path / "out"
    outdir.mkdir()
    log = InfoLog()
    disk = run_alg("circuitscape", dict(base, CURRENT=str(outdir / "disk.tif")), feedback=log)
    line = [x for x in log.lines if x.startswith("Temporary files (the potentials of the focal nodes)")]
    assert line and str(outdir) in line[0]
    assert np.array_equal(read_tif(mem["CURRENT"])[0], read_tif(disk["CURRENT"])[0], equal_nan=True)
    assert not [f for f in os.listdir(outdir) if f.startswith("potentials_")]
    assert made and all(p.folder and p.folder.startswith(str(outdir)) for p in made)   # the file was used
    monkeypatch.setattr(memory_budget.shutil, "disk_usage", lambda folder: Usage(10 ** 9, 10 ** 9, 1000))
    with pytest.raises(QgsProcessingException, match="Not enough disk space: the potentials of the focal nodes"):
        run_alg("circuitscape", dict(base, CURRENT=str(tmp_path / "refused.tif")))
    assert not os.path.exists(tmp_path / "refused.tif")
