"""Whole-raster steps state their memory (log, help) and refuse, before computing, a grid that cannot fit."""
import os

import numpy as np
import pytest
from qgis.core import QgsProcessingException

from eco_restore_plugin.processing_helpers import memory_budget

from feedbackutil import InfoLog
from rasterutil import write_tif


def test_table_names_real_algorithms_and_no_block_wise_step(ecorestore):
    names = {a.name() for a in ecorestore.algorithms()}
    assert set(memory_budget.BYTES_PER_CELL) <= names
    # block-wise steps, circuit theory (solver chosen by the free memory) and Omniscape are not tabled
    for name in ("waterconservation", "resistancesurface", "importancegrading", "circuitscape", "omniscape",
                 "landscaperisk"):
        assert name in names and memory_budget.estimate(name, 10 ** 6) is None
    assert memory_budget.estimate("pinchpoints", 16 * 10 ** 6) == 16 * 10 ** 6 * memory_budget.BYTES_PER_CELL[
        "pinchpoints"]


def _landuse(tmp_path):
    lu = np.full((30, 40), 301, np.int32)
    lu[:, 20:] = 103
    lu[10:20, 5:15] = 1101
    return write_tif(tmp_path / "lu.tif", lu, nodata=0)


def test_step_refused_before_computing_when_memory_is_short(run_alg, tmp_path, monkeypatch):
    path = _landuse(tmp_path)
    before = open(path, "rb").read()
    per = memory_budget.BYTES_PER_CELL["landscapemetrics"]
    # free memory below the estimate for 30 x 40 cells: refused with the figures, nothing written
    monkeypatch.setattr(memory_budget, "available_memory", lambda: per * 1200 - 1)
    out = tmp_path / "metrics.csv"
    with pytest.raises(QgsProcessingException, match=r"Not enough memory.*0\.0 M cells.*{} bytes per cell".format(per)):
        run_alg("landscapemetrics", {"INPUT": path, "OUTPUT": str(out)})
    assert not out.exists() and sorted(os.listdir(tmp_path)) == ["lu.tif"]
    assert open(path, "rb").read() == before
    # enough: the run goes through and its log states the estimate and the free memory
    monkeypatch.setattr(memory_budget, "available_memory", lambda: per * 1200)
    log = InfoLog()
    run_alg("landscapemetrics", {"INPUT": path, "OUTPUT": str(out)}, feedback=log)
    assert out.exists()
    stated = [t for t in log.lines if "{} bytes per cell".format(per) in t]
    assert len(stated) == 1 and "0.0 GB free" in stated[0]


def test_sample_region_refused_by_its_size(run_alg, tmp_path, monkeypatch):
    monkeypatch.setattr(memory_budget, "available_memory", lambda: 10 ** 9)   # 1 GB free
    with pytest.raises(QgsProcessingException, match=r"about 6\.4 GB for 16\.0 M cells"):
        run_alg("createsampleregion", {"SIZE": 4000, "OUTPUT_FOLDER": str(tmp_path / "demo")})
    assert not (tmp_path / "demo").exists() or not os.listdir(tmp_path / "demo")


def test_unknown_free_memory_runs_and_other_threads_are_not_checked(run_alg, tmp_path, monkeypatch):
    monkeypatch.setattr(memory_budget, "available_memory", lambda: None)     # e.g. macOS: not known
    path = _landuse(tmp_path)
    log = InfoLog()
    run_alg("landscapemetrics", {"INPUT": path, "OUTPUT": str(tmp_path / "a.csv")}, feedback=log)
    assert [t for t in log.lines if "bytes per cell" in t and "free" not in t]
    # outside a run (no algorithm named) a grid is not checked
    monkeypatch.setattr(memory_budget, "available_memory", lambda: 1)
    from eco_restore_plugin.processing_helpers.grid import Grid
    memory_budget.check_grid(Grid("", (0.0, 1.0, 0.0, 10.0, 0.0, -1.0), 10 ** 5, 10 ** 5))


def test_available_memory_is_read_here():
    from eco_restore_plugin.core._memory import available_memory

    avail = available_memory()
    assert avail is not None and 10 ** 8 < avail < 2 ** 50      # this Linux machine has /proc/meminfo
