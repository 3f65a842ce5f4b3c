"""Omniscape moving window (eco_restore_plugin.core.omniscape) against Omniscape.jl test outputs."""
import os

import numpy as np
import pytest

from eco_restore_plugin.core import omniscape as O
from eco_restore_plugin.core.ascgrid import read_asc

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.environ.get("ECO_RESTORE_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))
OM = os.path.join(SHARED, "peerdata", "omniscape")
needs_peer = pytest.mark.skipif(not os.path.isdir(OM), reason="peer data not found at " + OM)


def _in(name):
    return read_asc(os.path.join(OM, "input", name))[0]


def _peer(name):
    path = os.path.join(OM, "output_verify", name)
    if path.endswith(".asc"):
        return read_asc(path)[0]
    gdal = pytest.importorskip("osgeo.gdal")
    ds = gdal.Open(path)  # keep the dataset alive while its band is read
    a = ds.GetRasterBand(1).ReadAsArray().astype(np.float64)
    ds = None
    a[a == -9999] = np.nan
    return a


def _close(got, exp, rtol):
    assert np.array_equal(np.isnan(got), np.isnan(exp))
    np.testing.assert_allclose(got[np.isfinite(exp)], exp[np.isfinite(exp)], rtol=rtol, atol=0)


# Omniscape.jl solves each window with Circuitscape cg+amg (relative residual 1e-6); we solve exactly
# (sparse LU). Replacing our LU by pyamg-preconditioned CG at the same tolerance moves our maps by up to
# 5.5e-5 with the same sign pattern (largest on target cells), so 5e-5 is the peer's own solver noise
# (measured here: test1 2.3e-5, test2 2.3e-5, test3 3.8e-6).
SOLVER_RTOL = 5e-5


@needs_peer
@pytest.mark.peer
def test_config1_cum_flow_potential_normalized():
    out = O.omniscape(_in("resistance.asc"), radius=5, source_strength=_in("source.asc"), block_size=2,
                      buffer=2,
                      source_threshold=0.2, correct_artifacts=True, calc_flow_potential=True,
                      calc_normalized_current=True)
    _close(out.cum_current, _peer("test1/cum_currmap.tif"), SOLVER_RTOL)
    _close(out.flow_potential, _peer("test1/flow_potential.tif"), SOLVER_RTOL)
    _close(out.normalized_current, _peer("test1/normalized_cum_currmap.tif"), SOLVER_RTOL)


@needs_peer
@pytest.mark.peer
def test_config2_cum_current():
    """block_size 3: the same targets as test1 (block 2 is raised to 3)."""
    out = O.omniscape(_in("resistance.asc"), radius=5, source_strength=_in("source.asc"), block_size=3,
                      buffer=2,
                      source_threshold=0.2, correct_artifacts=True)
    _close(out.cum_current, _peer("test2/cum_currmap.asc"), SOLVER_RTOL)
    assert out.n_targets == 100


@needs_peer
@pytest.mark.peer
def test_config3_source_from_resistance_r_cutoff():
    out = O.omniscape(_in("resistance1.asc"), radius=5, source_strength=None, block_size=3,
                      source_threshold=0.2,
                      source_from_resistance=True, r_cutoff=0.25, calc_flow_potential=True)
    _close(out.cum_current, _peer("test3/cum_currmap.asc"), 1e-5)
    _close(out.flow_potential, _peer("test3/flow_potential.asc"), 1e-5)


@needs_peer
@pytest.mark.peer
def test_config5_condition_equals():
    lc = _in("landcover.asc")
    out = O.omniscape(_in("resistance.asc"), radius=5, source_strength=_in("source.asc"), block_size=3,
                      buffer=0,
                      source_threshold=0.2, conditions=[dict(present=lc, comparison="equal")] * 2)
    _close(out.cum_current, _peer("test5/cum_currmap.tif"), 1e-6)


@needs_peer
@pytest.mark.peer
def test_config6_conductance_condition_within():
    t = _in("temperature.asc")
    out = O.omniscape(_in("resistance.asc"), radius=5, source_strength=_in("source.asc"), block_size=3,
                      buffer=0,
                      source_threshold=0.2, resistance_is_conductance=True,
                      conditions=[dict(present=t, comparison="within", lower=-0.5, upper=0.5)])
    _close(out.cum_current, _peer("test6/cum_currmap.tif"), 1e-6)


@needs_peer
@pytest.mark.peer
def test_reclass_cum_current():
    table = {1.0: 3.0, 2.0: 4.0, 3.0: 7.0, 4.0: 1.0, 5.0: None}
    res = O.reclassify(_in("discrete_resistance.asc"), table)
    out = O.omniscape(res, radius=5, source_strength=None, block_size=1, source_from_resistance=True)
    _close(out.cum_current, _peer("test_reclass/cum_currmap.asc"), 1e-6)


@needs_peer
@pytest.mark.peer
def test_config1_single_precision_peer():
    """Omniscape.jl in single precision (test1_32bit): our double result within float32 noise."""
    out = O.omniscape(_in("resistance.asc"), radius=5, source_strength=_in("source.asc"), block_size=2,
                      buffer=2,
                      source_threshold=0.2, calc_flow_potential=True, calc_normalized_current=True)
    _close(out.cum_current, _peer("test1_32bit/cum_currmap.tif"), 1e-3)
    _close(out.flow_potential, _peer("test1_32bit/flow_potential.tif"), 1e-3)


@needs_peer
@pytest.mark.peer
def test_config4a_four_neighbours_conditions():
    """Cumulative current matches except on the cells right of / below each target."""
    t, p = _in("temperature.asc"), _in("precipitation.asc")
    conds = [dict(present=t, future=t, comparison="within", lower=-0.5, upper=0.5),
             dict(present=p, future=p, comparison="within", lower=-0.5, upper=0.5)]
    out = O.omniscape(_in("resistance.asc"), radius=5, source_strength=_in("source.asc"), block_size=3,
                      buffer=2,
                      source_threshold=0.2, four_neighbors=True, calc_flow_potential=True, conditions=conds)
    exp = _peer("test4a/cum_currmap.tif")
    near = np.zeros(exp.shape, dtype=bool)
    near[1::3, 2::3] = True  # right of a target
    near[2::3, 1::3] = True  # below a target
    ok = np.isfinite(exp) & ~near
    # atol: a dead-end corner cell (29, 0) carries 7.9e-8 in the peer (iterative-solver residual), 0 here
    np.testing.assert_allclose(out.cum_current[ok], exp[ok], rtol=SOLVER_RTOL, atol=1e-6)


@needs_peer
@pytest.mark.peer
@pytest.mark.xfail(strict=True, reason="Omniscape.jl 4-neighbour flow potential has values of 10-1000 on the "
                   "cell right of and the cell below each target (and cum current differs there by up to "
                   "0.3 %); not a physical current, not reproduced")
def test_config4a_flow_potential():
    t, p = _in("temperature.asc"), _in("precipitation.asc")
    conds = [dict(present=t, future=t, comparison="within", lower=-0.5, upper=0.5),
             dict(present=p, future=p, comparison="within", lower=-0.5, upper=0.5)]
    out = O.omniscape(_in("resistance.asc"), radius=5, source_strength=_in("source.asc"), block_size=3,
                      buffer=2,
                      source_threshold=0.2, four_neighbors=True, calc_flow_potential=True, conditions=conds)
    _close(out.flow_potential, _peer("test4a/flow_potential.tif"), SOLVER_RTOL)


@needs_peer
@pytest.mark.peer
def test_reclassified_resistance():
    table = {}
    for ln in open(os.path.join(OM, "input", "reclass.txt")):
        parts = ln.split()
        if len(parts) >= 2:
            table[float(parts[0])] = None if parts[1].strip("\"") == "missing" else float(parts[1])
    got = O.reclassify(_in("discrete_resistance.asc"), table)
    exp = read_asc(os.path.join(OM, "output_verify", "test_reclass", "classified_resistance.asc"))[0]
    assert np.array_equal(np.isnan(got), np.isnan(exp))
    np.testing.assert_array_equal(got[np.isfinite(got)], exp[np.isfinite(exp)])


def test_bad_inputs():
    r = np.ones((10, 10))
    with pytest.raises(ValueError):
        O.omniscape(r, radius=3)  # no sources and source_from_resistance false
    with pytest.raises(ValueError):
        O.omniscape(r, radius=3, source_strength=-np.ones((10, 10)))
    with pytest.raises(ValueError):
        O.omniscape(r, radius=0, source_strength=np.ones((10, 10)))


def test_uniform_symmetry_and_mask():
    r = np.ones((15, 15))
    r[0, 0] = np.nan
    out = O.omniscape(r, radius=3, source_from_resistance=True, block_size=1, calc_flow_potential=True,
                      calc_normalized_current=True)
    assert np.isnan(out.cum_current[0, 0]) and np.isnan(out.normalized_current[0, 0])
    c = out.cum_current
    np.testing.assert_allclose(c[5:10, 5:10], c[5:10, 5:10].T, rtol=1e-8)
    fin = np.isfinite(c)
    np.testing.assert_allclose(out.normalized_current[fin], c[fin] / out.flow_potential[fin], rtol=1e-12)


def test_uniform_window_covering_grid_normalized_is_one():
    """When the radius covers the whole grid the clipped window is the square flow-potential window:
    on a uniform surface current = flow potential, normalized current 1 (invariant)."""
    r = np.full((7, 7), 2.0)
    out = O.omniscape(r, radius=10, source_strength=np.ones((7, 7)), block_size=1, calc_flow_potential=True,
                      calc_normalized_current=True)
    np.testing.assert_allclose(out.cum_current, out.flow_potential, rtol=1e-10)
    np.testing.assert_allclose(out.normalized_current, 1.0, rtol=1e-10)
    # every target injects its strength: each of the 49 one-cell targets gets 1 A, so the ground cell of
    # each window carries 1 A and the sum of node currents exceeds 49
    assert out.n_targets == 49 and out.cum_current.sum() > 49


def test_source_block_zeroed_and_rescaled():
    """Window sources (Omniscape.jl rules): target block zeroed, positive sources sum to the strength."""
    src = np.arange(1.0, 401.0).reshape(20, 20)
    sw = O._window_sources(src, 10, 10, 4, 2, 1, 7.5)
    assert sw.shape == (13, 13)
    assert np.all(sw[5:8, 5:8] == 0)
    assert abs(sw.sum() - 7.5) < 1e-12
    assert sw[6, 0] == 0 and sw[6, 2] > 0  # buffer ring and beyond-radius cells carry no source


def test_coarsen_block_mean_and_sum():
    a = np.array([[1.0, 3.0, 5.0],
                  [np.nan, 2.0, 7.0],
                  [4.0, np.nan, np.nan]])
    m = O.coarsen(a, 2)
    np.testing.assert_allclose(m, [[2.0, 6.0], [4.0, np.nan]])      # (1+3+2)/3, (5+7)/2, 4, all-NaN block
    np.testing.assert_allclose(O.coarsen(a, 2, how="sum")[0], [6.0, 12.0])
    assert O.coarsen(a, 1) is not None and O.coarsen(a, 1).shape == (3, 3)
