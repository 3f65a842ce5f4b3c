"""Landscape ecological risk: hand-computed indices on a small landscape, and invariants."""
import math

import numpy as np
import pytest

from eco_restore_plugin.core import ecorisk


def _landscape():
    # 4 x 4 cells of 100 m (0.01 km2 each); risk cells of 2 x 2
    return np.array([[1, 1, 2, 2],
                     [1, 1, 2, 3],
                     [3, 1, 1, 1],
                     [3, 3, 1, 2]])


def test_hand_computed_indices_and_eri():
    lc = _landscape()
    vul = {1: 2, 2: 4, 3: 6}
    res = ecorisk.landscape_risk(lc, cell_size=100.0, window=2, vulnerability=vul, min_valid=0.5,
                                 normalise=False)
    t = res["classes"]
    # patches (8-connected): class 1 one patch (8 cells), class 2 two (3 cells + 1), class 3 two
    # (1 cell at (1,3) and 3 cells bottom-left)
    assert (t[1]["n"], t[2]["n"], t[3]["n"]) == (1, 2, 2)
    A = 0.16
    a1, a2 = 0.08, 0.04
    assert t[1]["area_km2"] == pytest.approx(a1) and t[2]["area_km2"] == pytest.approx(a2)
    # class 2: C = 2/0.04 = 50; N = (0.16 / 0.08) sqrt(2/0.16); Q = 2/4 risk cells; M = 2/5; L = 0.25
    assert t[2]["C"] == pytest.approx(50.0)
    assert t[2]["N"] == pytest.approx(A / (2 * a2) * math.sqrt(2 / A))
    assert t[2]["Q"] == pytest.approx(0.5)
    assert t[2]["D"] == pytest.approx((0.5 + 0.4) / 4 + 0.25 / 2)
    e2 = 0.5 * 50 + 0.3 * t[2]["N"] + 0.2 * t[2]["D"]
    assert t[2]["E"] == pytest.approx(e2)
    assert t[2]["F"] == pytest.approx(4 / 6) and t[2]["R"] == pytest.approx(e2 * 4 / 6)
    # class 1 is in three risk cells of four, class 3 in two
    assert t[1]["Q"] == 0.75 and t[3]["Q"] == 0.5
    R = {k: v["R"] for k, v in t.items()}
    eri = res["eri"]
    assert eri.shape == (2, 2)
    assert eri[0, 0] == pytest.approx(R[1])                       # all class 1
    assert eri[0, 1] == pytest.approx((3 * R[2] + R[3]) / 4)
    assert eri[1, 0] == pytest.approx((3 * R[3] + R[1]) / 4)
    assert eri[1, 1] == pytest.approx((3 * R[1] + R[2]) / 4)
    assert res["mean_patch_ha"] == pytest.approx(16 / 5)
    # normalised: each index divided by its largest class value before weighting
    nres = ecorisk.landscape_risk(lc, cell_size=100.0, window=2, vulnerability=vul, min_valid=0.5)
    n = nres["classes"]
    cmax = max(v["C"] for v in t.values())
    nmax = max(v["N"] for v in t.values())
    dmax = max(v["D"] for v in t.values())
    assert n[2]["E"] == pytest.approx(0.5 * t[2]["C"] / cmax + 0.3 * t[2]["N"] / nmax + 0.2 * t[2]["D"] / dmax)
    assert max(v["E"] for v in n.values()) <= 1.0


def test_min_valid_and_errors():
    lc = _landscape().astype(float)
    lc[0:2, 0:2] = np.nan
    lc[0, 0] = 1
    res = ecorisk.landscape_risk(lc, cell_size=100.0, window=2, vulnerability={1: 1, 2: 2, 3: 3},
                                 min_valid=0.5)
    assert np.isnan(res["eri"][0, 0]) and res["n_windows"] == 3
    with pytest.raises(ValueError, match="no rank"):
        ecorisk.landscape_risk(_landscape(), cell_size=100.0, window=2, vulnerability={1: 1})
    with pytest.raises(ValueError, match="add up to 1"):
        ecorisk.landscape_risk(_landscape(), cell_size=100.0, window=2, vulnerability={1: 1, 2: 1, 3: 1},
                               weights=(0.5, 0.5, 0.5))


def test_interpolation_exact_at_centres_and_grades():
    eri = np.array([[1.0, 3.0], [7.0, 5.0]])
    rows = ecorisk.interpolate_rows(eri, 3, 0, 6, 6)
    # with risk cells of 3 x 3, raster cells 1 and 4 hold the centres: exact values there
    assert rows[1, 1] == 1.0 and rows[1, 4] == 3.0 and rows[4, 1] == 7.0 and rows[4, 4] == 5.0
    # bilinear between: raster cell (2, 2) is 1/3 of the way in both directions
    assert rows[2, 2] == pytest.approx(1 + (3 - 1) / 3 + (7 - 1) / 3 + (5 - 3 - 7 + 1) / 9)
    assert rows[0, 0] == 1.0                               # clamped outside the first centre
    # a risk cell without a value takes its nearest neighbour's
    holes = ecorisk.interpolate_rows(np.array([[1.0, np.nan, 3.0]]), 3, 1, 1, 9)[0]
    assert holes[4] in (1.0, 3.0)
    np.testing.assert_allclose(ecorisk.fill_nearest(np.array([[np.nan, 2.0, np.nan, np.nan, 4.0]])),
                               [[2.0, 2.0, 2.0, 4.0, 4.0]])
    np.testing.assert_array_equal(ecorisk.grade(np.array([0.1, 0.5, np.nan, 2.0]), [0.2, 0.4, 0.6, 1.0]),
                                  [1, 3, 0, 5])
    assert ecorisk.suggested_window(1.0, 10.0, factor=4.0) == 20       # sqrt(4 ha) = 200 m


def test_vulnerability_default_covers_demo_classes():
    from eco_restore_plugin.sampledata import classes
    assert set(classes.LANDUSE) <= set(ecorisk.VULNERABILITY_3DIAO)
    assert ecorisk.VULNERABILITY_3DIAO[701] == 1 and ecorisk.VULNERABILITY_3DIAO[1207] == 6


@pytest.mark.parametrize("shape,window,band_cells", [((101, 97), 7, 500), ((50, 50), 1, 10),
                                                     ((64, 64), 64, 100), ((30, 200), 9, 1),
                                                     ((33, 25), 13, 4_000_000)])
def test_window_counts_by_bands_match_definition(shape, window, band_cells):
    # counts by bands of whole risk-cell rows equal a count cell by cell over each risk cell
    rng = np.random.default_rng(shape[0] + window)
    cv = np.array([3, 5, 8, 11])
    cls = rng.choice(cv, size=shape)
    valid = rng.random(shape) > 0.2
    valid[:5] = False
    counts, nvalid = ecorisk.window_counts(cls, valid, window, cv, band_cells=band_cells)
    rk, ck = -(-shape[0] // window), -(-shape[1] // window)
    assert counts.shape == (rk, ck, 4)
    for i in range(rk):
        for j in range(ck):
            c = cls[i * window:(i + 1) * window, j * window:(j + 1) * window]
            v = valid[i * window:(i + 1) * window, j * window:(j + 1) * window]
            assert [counts[i, j, k] for k in range(4)] == [float(((c == x) & v).sum()) for x in cv]
            assert nvalid[i, j] == v.sum()
    assert nvalid.sum() == valid.sum()
