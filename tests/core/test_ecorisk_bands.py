"""Landscape ecological risk from a raster read by row bands (issue 20): patch counts across band borders,
risk-cell counts and the risk index equal the whole-raster computation exactly."""
import numpy as np
import pytest

from eco_restore_plugin.core import ecorisk, landscape


def _bands(arr, rows):
    return (arr[r:r + rows] for r in range(0, arr.shape[0], rows))


def _rasters():
    rng = np.random.default_rng(12)
    noisy = rng.choice([101, 103, 301, 701, 1101], size=(53, 47)).astype(np.int64)   # many 1-cell patches
    smooth = np.repeat(np.repeat(rng.choice([101, 301, 1101], size=(9, 8)), 6, axis=0), 6, axis=1)[:50, :45]
    smooth = smooth.astype(np.int64)
    smooth[rng.random(smooth.shape) < 0.05] = 0                                        # nodata holes
    u = np.zeros((20, 15), np.int64)                # a U whose arms meet only at the bottom, 3 bands later
    u[:, :] = 301
    u[2:18, 3:5] = 101
    u[2:18, 10:12] = 101
    u[16:18, 3:12] = 101
    diag = np.full((8, 8), 301, np.int64)           # patches joined only diagonally across a band border
    np.fill_diagonal(diag, 101)
    return {"noisy": noisy, "smooth": smooth, "u": u, "diag": diag}


@pytest.mark.parametrize("name", ["noisy", "smooth", "u", "diag"])
@pytest.mark.parametrize("rows", [1, 2, 3, 7, 64])
def test_patches_by_bands_equal_fragstats_np(name, rows):
    arr = _rasters()[name]
    metrics = landscape.class_metrics(arr, cell_size=30.0, nodata=0, enn=False)
    got = ecorisk.class_patches_by_bands(_bands(arr, rows), nodata=0)
    assert sorted(got) == sorted(int(v) for v in metrics)
    for v in metrics:
        assert got[int(v)][0] == metrics[v]["NP"], (name, rows, v)
        assert got[int(v)][1] == int((arr == v).sum())
    if name == "u":
        assert got[101][0] == 1 and got[301][0] == 1   # the U is one patch, open at the top: 301 around it one
    if name == "diag":
        assert got[101][0] == 1                        # a diagonal line is one 8-connected patch


@pytest.mark.parametrize("window", [1, 3, 5, 16])
def test_risk_by_bands_equals_whole(window):
    arr = _rasters()["smooth"]
    vul = {101: 4, 301: 2, 1101: 5}
    whole = ecorisk.landscape_risk(arr, cell_size=30.0, window=window, vulnerability=vul, nodata=0,
                                   min_valid=0.3)
    patches = ecorisk.class_patches_by_bands(_bands(arr, 7), nodata=0)
    values = np.array(sorted(patches), dtype=np.int64)
    rows = max(1, 7 // window) * window
    bands = ((b, b != 0) for b in _bands(arr, rows))
    counts, nvalid = ecorisk.window_counts_by_bands(bands, arr.shape[0], arr.shape[1], window, values)
    c0, n0 = ecorisk.window_counts(arr, arr != 0, window, values)
    np.testing.assert_array_equal(counts, c0)
    np.testing.assert_array_equal(nvalid, n0)
    banded = ecorisk.landscape_risk_from_counts(patches, counts, nvalid, cell_size=30.0, window=window,
                                                vulnerability=vul, min_valid=0.3)
    np.testing.assert_array_equal(banded["eri"], whole["eri"])
    np.testing.assert_array_equal(banded["breaks"], whole["breaks"])
    assert banded["classes"] == whole["classes"] and banded["mean_patch_ha"] == whole["mean_patch_ha"]
    assert ecorisk.mean_patch_area(patches, cell_size=30.0) == whole["mean_patch_ha"]


def test_band_inside_a_risk_cell_refused():
    arr = _rasters()["smooth"]
    values = np.array([101, 301, 1101])
    with pytest.raises(ValueError, match="inside a risk cell"):
        ecorisk.window_counts_by_bands(((b, b != 0) for b in _bands(arr, 4)), 50, 45, 3, values)
