"""The issue's proof at its size (issue 20): the demo plan run by the batch runner on a LocalCluster of 2 worker
processes gives the same rasters, bit for bit, as the single-process run on Demo County at 1000² (512-cell
chunks: 4 chunks with ragged edges; Omniscape and habitat quality by tiles)."""
import numpy as np
import pytest

from rasterutil import read_tif

pytest.importorskip("distributed")

import test_batch  # noqa: E402


@pytest.fixture(scope="module")
def county1000(tmp_path_factory, qgis_app, qgis_processing):
    from qgis.core import QgsApplication

    from eco_restore_plugin.provider import EcoRestoreProvider
    registry = QgsApplication.processingRegistry()
    if registry.providerById("ecorestore") is None:
        test_batch._KEEP.append(EcoRestoreProvider())
        assert registry.addProvider(test_batch._KEEP[-1])
    import processing
    folder = str(tmp_path_factory.mktemp("county1000"))
    processing.run("ecorestore:createsampleregion", {"SIZE": 1000, "OUTPUT_FOLDER": folder})
    return folder


@pytest.mark.slow
def test_distributed_equals_single_process_at_1000(ecorestore, county1000, tmp_path):
    from eco_restore_plugin.batch import plan as planmod
    from eco_restore_plugin.batch import runner

    single = planmod.load(test_batch._plan(tmp_path, county1000, str(tmp_path / "single")))
    runner.run(single, None, use_dask=False, quiet=True, log=lambda *a: None)
    client = runner.connect(workers=2, memory_limit="2GB")
    try:
        assert len(client.scheduler_info()["workers"]) == 2
        dist = planmod.load(test_batch._plan(tmp_path, county1000, str(tmp_path / "dist")))
        runner.run(dist, client, chunk=512, quiet=True, log=lambda *a: None)
    finally:
        runner.close(client)
    for name in ("water.tif", "grade.tif", "shdi.tif", "omni_current.tif", "omni_normalized.tif", "habitat_q.tif",
                 "habitat_d.tif"):
        a, gta, _ = read_tif(tmp_path / "single" / name)
        b, gtb, _ = read_tif(tmp_path / "dist" / name)
        assert gta == gtb and a.shape == (1000, 1000)
        assert np.isfinite(a).sum() > 200_000, name            # real content (the sea is nodata)
        assert np.array_equal(a, b, equal_nan=True), (name, np.nanmax(np.abs(a - b)))
