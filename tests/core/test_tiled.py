"""eco_restore_plugin.batch.tiled: chunked (Dask) runs equal the in-memory core functions; a worker that
dies is retried; one that always dies ends the run with a clear message and no output."""
import os

import numpy as np
import pytest

gdal = pytest.importorskip("osgeo.gdal")
pytest.importorskip("dask.array")

from eco_restore_plugin.batch import tiled  # noqa: E402
from eco_restore_plugin.core import grading, landscape, services, tables  # noqa: E402

H, W = 600, 530          # not a multiple of the 256-cell chunk: ragged edge chunks


def _write(path, arr, gtype=gdal.GDT_Float32, nodata=-9999.0):
    ds = gdal.GetDriverByName("GTiff").Create(str(path), arr.shape[1], arr.shape[0], 1, gtype, ["TILED=YES"])
    ds.SetGeoTransform((500000.0, 30.0, 0, 2200000.0, 0, -30.0))
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(nodata)
    band.WriteArray(np.where(np.isnan(arr), nodata, arr) if arr.dtype.kind == "f" else arr)
    ds = None
    return str(path)


def _read(path):
    ds = gdal.Open(str(path))
    b = ds.GetRasterBand(1)
    a = b.ReadAsArray().astype(np.float64)
    if b.GetNoDataValue() is not None:
        a[a == b.GetNoDataValue()] = np.nan
    return a


@pytest.fixture(scope="module")
def rasters(tmp_path_factory):
    d = tmp_path_factory.mktemp("tiled")
    rng = np.random.default_rng(7)
    codes = np.array([301, 305, 401, 101, 1101, 201], float)
    lc = codes[rng.integers(0, len(codes), (H, W))]
    lc[:40, :60] = np.nan                                        # a nodata corner
    p = rng.uniform(1200, 2200, (H, W)).astype(np.float32).astype(float)
    et = rng.uniform(500, 1100, (H, W)).astype(np.float32).astype(float)
    p[100:110, 200:230] = np.nan
    v = np.round(rng.gamma(1.5, 2.0, (H, W)), 1)                # many ties
    v[300:320, :] = np.nan
    v[0:5, :] = 0.0
    return {"lc": _write(d / "lc.tif", np.nan_to_num(lc, nan=0).astype(np.int16), gdal.GDT_Int16, 0),
            "p": _write(d / "p.tif", p), "et": _write(d / "et.tif", et), "v": _write(d / "v.tif", v),
            "lc_arr": lc, "p_arr": p, "et_arr": et, "v_arr": v.astype(np.float32).astype(float), "dir": d}


def test_per_cell_equals_in_memory(rasters, tmp_path):
    out = str(tmp_path / "wr.tif")
    tiled.run_blocks(tiled.water_balance_block, [rasters["lc"], rasters["p"], rasters["et"]], out,
                     chunk=256, progress=False, kwargs={"cell_area_km2": 9e-4})
    ref = services.water_balance(rasters["p_arr"], rasters["et_arr"], landcover=rasters["lc_arr"],
                                 alpha_table=tables.ALPHA_3DIAO, cell_area_km2=9e-4)
    got = _read(out)
    assert np.isfinite(got).sum() > 0.4 * H * W
    assert np.array_equal(got, ref.astype(np.float32).astype(float), equal_nan=True)
    assert not [f for f in os.listdir(tmp_path) if ".part" in f]


def test_cumulative_thresholds_exact(rasters):
    for shares in ((0.5, 0.8), (0.3, 0.6, 0.9)):
        got = tiled.cumulative_thresholds_tiled(rasters["v"], shares, chunk=256, bins=512, progress=False)
        np.testing.assert_array_equal(got, grading.cumulative_thresholds(rasters["v_arr"], shares=shares))


@pytest.mark.parametrize("values", [
    [2.5],                                   # one positive value: no range to divide
    [5e-324, 1e-323, 1.5e-323],              # subnormal: the bin width's inverse overflows
    [1e-300, 3.0, 7.0, 1e300],               # 600 orders of magnitude: every value but the top in bin 0
])
def test_cumulative_thresholds_exact_at_extreme_ranges(values, tmp_path):
    # the bins are found by arithmetic on (lo, hi, n): a degenerate or extreme range still gives the
    # exact method's thresholds (the refinement sorts the values of the crossing bins)
    rng = np.random.default_rng(3)
    v = rng.choice(np.asarray(values, np.float64), size=(300, 260))
    v[:10] = np.nan
    path = _write(tmp_path / "x.tif", v.astype(np.float64), gdal.GDT_Float64)
    got = tiled.cumulative_thresholds_tiled(path, (0.5, 0.8), chunk=256, bins=512, progress=False)
    np.testing.assert_array_equal(got, grading.cumulative_thresholds(v, shares=(0.5, 0.8)))


def test_grade_and_counts(rasters, tmp_path):
    out = str(tmp_path / "g.tif")
    _, th, counts = tiled.cumulative_grade_tiled(rasters["v"], out, chunk=256, progress=False)
    ref = grading.cumulative_grade(rasters["v_arr"])
    g = np.nan_to_num(_read(out), nan=0).astype(np.uint8)
    assert np.array_equal(g, ref)
    assert counts.tolist() == [0] + [int((ref == k).sum()) for k in (1, 2, 3)]   # 0 is the nodata value
    # three shares: four grades; the counts (from the threshold passes) are those of the written raster
    out3 = str(tmp_path / "g3.tif")
    _, th3, counts3 = tiled.cumulative_grade_tiled(rasters["v"], out3, shares=(0.3, 0.6, 0.9), chunk=256,
                                                   progress=False)
    g3 = np.nan_to_num(_read(out3), nan=0).astype(np.uint8)
    assert np.array_equal(g3, grading.classify_by_thresholds(rasters["v_arr"], th3))
    assert counts3.tolist() == [0] + [int((g3 == k).sum()) for k in (1, 2, 3, 4)]
    assert counts3.sum() == np.isfinite(rasters["v_arr"]).sum()


def test_focal_with_halo_equals_whole_raster(rasters, tmp_path):
    out = str(tmp_path / "shdi.tif")
    tiled.run_blocks(tiled.moving_window_block, [rasters["lc"]], out, halo=7, chunk=256, progress=False,
                     kwargs={"metric": "SHDI", "radius": 7, "cell_size": 30.0, "shape": "circle"})
    ref = landscape.moving_window(rasters["lc_arr"], metric="SHDI", radius=7, cell_size=30.0, shape="circle")
    got = _read(out)
    assert np.isfinite(got).sum() > 0.5 * H * W
    np.testing.assert_allclose(got, ref.astype(np.float32).astype(float), rtol=0, atol=1e-12)


def test_zonal_statistics_by_reduction(rasters):
    stats = tiled.zonal_statistics_tiled(rasters["v"], rasters["lc"], chunk=256, progress=False)
    v, lc = rasters["v_arr"], rasters["lc_arr"]
    assert sorted(stats) == [101, 201, 301, 305, 401, 1101]
    for z, s in stats.items():
        sel = v[(lc == z) & np.isfinite(v)]
        assert s["count"] == sel.size
        assert s["sum"] == pytest.approx(sel.sum(), rel=1e-12)
        assert s["min"] == sel.min() and s["max"] == sel.max()


def test_misaligned_input_is_refused(rasters, tmp_path):
    small = _write(tmp_path / "small.tif", np.ones((10, 10)))
    with pytest.raises(tiled.TiledError, match="not on the grid"):
        tiled.run_blocks(tiled.water_balance_block, [rasters["lc"], small, rasters["et"]],
                         str(tmp_path / "x.tif"), progress=False)
    assert not os.path.exists(tmp_path / "x.tif")


def _die_once(block, marker):
    """Kill this worker process the first time (a worker dying mid-run), compute normally after."""
    if not os.path.exists(marker):
        open(marker, "w").close()
        os._exit(1)
    return block * 2.0


def _die_always(block):
    os._exit(1)


@pytest.mark.slow
def test_dead_worker_retried_then_clear_error(rasters, tmp_path):
    import dask
    from distributed import Client, LocalCluster
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None,
                               memory_limit="1GB")
        client = Client(cluster, set_as_default=False)
        try:
            out = str(tmp_path / "twice.tif")
            tiled.run_blocks(_die_once, [rasters["v"]], out, client=client, chunk=256, progress=False,
                             kwargs={"marker": str(tmp_path / "died")})
            assert os.path.exists(tmp_path / "died")
            assert np.array_equal(_read(out), (rasters["v_arr"] * 2).astype(np.float32), equal_nan=True)
            bad = str(tmp_path / "never.tif")
            with pytest.raises(tiled.TiledError, match="workers died"):
                tiled.run_blocks(_die_always, [rasters["v"]], bad, client=client, chunk=256, progress=False)
            assert not os.path.exists(bad)
            assert not [f for f in os.listdir(tmp_path) if ".part" in f]
        finally:
            client.close()
            cluster.close()


def _worker_env(names):
    return {k: os.environ.get(k) for k in names}


def test_worker_path_check(rasters):
    client = tiled.local_client(1, "1GB")             # as the batch runner starts it
    cluster = client.cluster
    try:
        # the workers' glibc keeps freed memory (set before they started), Dask's other settings kept
        seen = list(client.run(_worker_env, [*tiled.WORKER_MALLOC, "OMP_NUM_THREADS"]).values())
        assert seen == [dict(tiled.WORKER_MALLOC, OMP_NUM_THREADS="1")]
        assert all(os.environ.get(k) != v for k, v in tiled.WORKER_MALLOC.items())    # not this process's
        tiled.check_worker_paths(client, [rasters["v"]])          # readable: no error
        with pytest.raises(tiled.TiledError, match="cannot read the inputs") as exc:
            tiled.check_worker_paths(client, [rasters["v"], "/nonexistent/dem.tif"])
        assert "/nonexistent/dem.tif" in str(exc.value) and rasters["v"] not in str(exc.value)
    finally:
        client.close()
        cluster.close()


@pytest.mark.parametrize("batch", [1, 2, 4, 8, 20])
def test_batched_reduction_keeps_chunk_order_and_totals(rasters, batch):
    # each task reduces a batch of chunks, then the batches pairwise: the result (a concatenation, so order
    # shows) is the same as the chunks reduced one by one in row-major order, for any batch size
    src = tiled.GdalSource(rasters["v"])
    keys = tiled.chunk_keys(src.shape, 256)
    assert len(keys) == 9 and keys[-1] == (slice(512, 600), slice(512, 530))
    import dask
    got = dask.compute(tiled.batched_reduction([src], keys, np.ravel, lambda a, b: np.concatenate([a, b]),
                                               batch=batch), scheduler="synchronous")[0]
    ref = np.concatenate([src[k].ravel() for k in keys])
    np.testing.assert_array_equal(got, ref)
    assert np.nansum(got) == pytest.approx(np.nansum(rasters["v_arr"]))


def _plugin_state(dask_worker):
    plugin = dask_worker.plugins.get(tiled.TrimAfterTasks.name)
    return None if plugin is None else (plugin.limit, plugin.fraction)


def test_trim_after_tasks_keeps_workers_below_the_pause_threshold():
    import types
    plugin = tiled.TrimAfterTasks(fraction=0.5)
    plugin.setup(types.SimpleNamespace(memory_manager=types.SimpleNamespace(memory_limit=10 ** 15)))
    plugin.transition("k", "executing", "memory")
    assert plugin.trims == 0                              # far below the fraction: the memory stays
    plugin.setup(types.SimpleNamespace(memory_manager=types.SimpleNamespace(memory_limit=1)))
    plugin.transition("k", "waiting", "ready")
    assert plugin.trims == 0                              # not the end of a task
    plugin.transition("k", "executing", "memory")
    assert plugin.trims == 1
    # on the workers of a local client, with the worker's memory limit
    client = tiled.local_client(1, "1GB")
    try:
        assert list(client.run(_plugin_state).values()) == [(10 ** 9, 0.5)]
    finally:
        cluster = client.cluster
        client.close()
        cluster.close()
