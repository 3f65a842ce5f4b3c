"""The one-pass run labelling of the landscape metrics (issue 19, ``core/landscape/runs.py``) against a
direct cell-by-cell reference: ``scipy.ndimage.label`` once per class (8-neighbour rule) and neighbour
counts from shifted copies of the raster, on random rasters with excluded cells."""
import numpy as np
import pytest
from scipy import ndimage

from eco_restore_plugin.core.landscape import compute_metrics
from eco_restore_plugin.core.landscape.runs import run_patches


def _reference(idx, m):
    """Per class labels (numbered by class, then raster order), cells, like 4- and diagonal
    neighbour sums per patch and the (m+1) x (m+1) adjacency of unlike sides (m = excluded/outside)."""
    H, W = idx.shape
    pad = np.full((H + 2, W + 2), m, dtype=np.int64)
    pad[1:-1, 1:-1] = idx
    labels = np.zeros((H, W), dtype=np.int64)
    offsets = [0]
    for c in range(m):
        lab, n = ndimage.label(idx == c, structure=np.ones((3, 3), dtype=bool))
        labels[lab > 0] = lab[lab > 0] + offsets[-1]
        offsets.append(offsets[-1] + n)
    n = offsets[-1]
    valid = idx != m
    s4 = np.zeros(H * W)
    sd = np.zeros(H * W)
    adj = np.zeros((m + 1, m + 1), dtype=np.int64)
    for dy, dx in ((0, 1), (0, -1), (1, 0), (-1, 0)):
        nb = pad[1 + dy:1 + dy + H, 1 + dx:1 + dx + W]
        s4 += ((nb == idx) & valid).ravel()
        np.add.at(adj, (idx.ravel(), nb.ravel()), (nb != idx).ravel().astype(np.int64))
    for dy, dx in ((1, 1), (1, -1), (-1, 1), (-1, -1)):
        nb = pad[1 + dy:1 + dy + H, 1 + dx:1 + dx + W]
        sd += ((nb == idx) & valid).ravel()
    lab = labels.ravel()
    cells = np.bincount(lab, minlength=n + 1)[1:]
    adj[m, :] = 0
    return (np.asarray(offsets), cells, np.bincount(lab, weights=s4, minlength=n + 1)[1:],
            np.bincount(lab, weights=sd, minlength=n + 1)[1:], adj, labels)


@pytest.mark.parametrize("seed", range(12))
def test_run_patches_equal_per_class_labelling(seed):
    rng = np.random.default_rng(seed)
    H, W = (int(v) for v in rng.integers(1, 30, 2))
    m = int(rng.integers(1, 5))
    idx = rng.integers(0, m + 1, (H, W))
    if seed % 2:                                   # blocky classes: long runs and big patches
        idx = np.kron(idx, np.ones((3, 2), dtype=idx.dtype))[:H, :W]
    idx = idx.astype(np.uint8)
    ref_off, ref_cells, ref_s4, ref_sd, ref_adj, ref_labels = _reference(idx, m)
    rp = run_patches(idx, m)
    assert np.array_equal(rp["offsets"], ref_off)
    assert np.array_equal(rp["patch_cells"], ref_cells)
    assert np.array_equal(rp["s4"], ref_s4) and np.array_equal(rp["sd"], ref_sd)
    assert np.array_equal(rp["adj"][:m], ref_adj[:m])       # like pairs (diagonal) left 0 here
    assert np.array_equal(rp["counts"], np.bincount(idx.ravel(), minlength=m + 1)[:m])
    labels = np.repeat(rp["run_patch"], rp["run_length"]).reshape(H, W)
    assert np.array_equal(labels, ref_labels)
    row, c0, c1, p = rp["runs"]                       # runs of a class, in raster order
    assert np.array_equal(np.bincount(p, weights=c1 - c0 + 1, minlength=len(ref_cells)), ref_cells)
    assert np.all(idx[row, c0] == idx[row, c1]) and np.all(ref_labels[row, c0] == p + 1)


def test_diagonal_touch_joins_and_unsigned_encoding_skips_absent_values():
    # the class 5 cells touch only at corners: one patch (8-neighbour rule), and so do the 8 cells of
    # class 7; value 6 is absent
    a = np.array([[5, 7, 7, 7],
                  [7, 5, 7, 5],
                  [7, 7, 5, 7]], dtype=np.uint8)
    r = compute_metrics(a, cell_size=1.0, enn=False, patches=True)
    assert list(r["class"]) == [5, 7]
    assert r["class"][5]["NP"] == 1 and r["class"][7]["NP"] == 1
    assert list(np.rint(r["patches"]["AREA"] * 1e4)) == [4.0, 8.0]
    # class 5: 16 sides, no like side; CONTIG: 3 like diagonal pairs -> (0 + 2 * 3) / 4 / 12
    assert r["patches"]["PERIM"][0] == 16.0
    assert r["patches"]["CONTIG"][0] == pytest.approx(6 / 4 / 12)
