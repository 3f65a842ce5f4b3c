"""The fast paths of the D8 routing and of Demo County's noise and filters against their plain peers
(scipy's sparse breadth-first search, np.add.at / np.subtract.at, np.fft.rfft2, ndimage.median_filter):
the same values, bit for bit (issue 20: the sample region at 4000² must not change)."""
import numpy as np
import pytest
from scipy import ndimage
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import breadth_first_order

from eco_restore_plugin.core import hydrology as hy
from eco_restore_plugin.core.hydrology import flow
from eco_restore_plugin.sampledata import _helpers as H


def _flat_predecessors_scipy(z, flat, valid):
    """The flat routing as the graph + scipy breadth-first search it replaces (peer)."""
    rows, cols = z.shape
    n = z.size
    zf, flat_f, valid_f = z.ravel(), flat.ravel(), valid.ravel()
    drains = valid_f & ~flat_f
    fl = np.flatnonzero(flat_f)
    fr, fc = np.divmod(fl, cols)
    src, dst = [], []
    for k, (dr, dc) in enumerate(hy.D8_OFFSETS):
        r2, c2 = fr + dr, fc + dc
        inside = (r2 >= 0) & (r2 < rows) & (c2 >= 0) & (c2 < cols)
        a, b = fl[inside], r2[inside] * cols + c2[inside]
        keep = valid_f[b] & (zf[a] == zf[b])
        a, b = a[keep], b[keep]
        src.append(a if k < 4 else b)
        dst.append(b if k < 4 else a)
    s, d = np.concatenate(src), np.concatenate(dst)
    seeds = np.unique(np.concatenate([s[drains[s]], d[drains[d]]]))
    s, d = np.concatenate([s, np.full(seeds.size, n)]), np.concatenate([d, seeds])
    graph = coo_matrix((np.ones(s.size), (s, d)), shape=(n + 1, n + 1)).tocsr()
    _, pred = breadth_first_order(graph, n, directed=False, return_predecessors=True)
    p = pred[fl]
    return fl, np.where((p >= 0) & (p < n), p, -1)


def _terrain(seed, n, decimals):
    rng = np.random.default_rng(seed)
    z = np.cumsum(rng.standard_normal((n, n)), 0) + np.cumsum(rng.standard_normal((n, n)), 1)
    z = np.round(z, decimals)
    z[5:15, 3:25] = 7.0                                   # a plateau
    mask = np.zeros((n, n), bool)
    mask[:, :seed % 4 * 6] = True
    return z, mask


@pytest.mark.parametrize("seed,n,decimals", [(1, 40, 0), (2, 61, 1), (3, 90, 0), (4, 75, 3)])
def test_flat_routing_is_scipy_breadth_first_search(seed, n, decimals):
    z, mask = _terrain(seed, n, decimals)
    f = hy.fill_depressions(z, mask=mask)                 # filled depressions: wide flats
    zz = np.where(mask, np.inf, f)
    codes, rec = hy.flow_direction(f, mask=mask)
    # the flats are the valid non-outlet cells without a lower neighbour
    lower = np.zeros(f.shape, bool)
    for dr, dc in hy.D8_OFFSETS:
        shifted = np.full(f.shape, np.inf)
        shifted[max(0, -dr):n - max(0, dr), max(0, -dc):n - max(0, dc)] = \
            zz[max(0, dr):n + min(0, dr), max(0, dc):n + min(0, dc)]
        lower |= shifted < zz
    flat = ~mask & ~hy.outlet_cells(mask) & ~lower
    assert flat.sum() > 50
    fl_a, p_a = flow._flat_predecessors(zz, flat, ~mask)
    fl_b, p_b = _flat_predecessors_scipy(zz, flat, ~mask)
    assert np.array_equal(fl_a, fl_b) and np.array_equal(p_a, p_b)
    routed = fl_a[p_a >= 0]
    assert np.array_equal(rec[routed], p_a[p_a >= 0])     # flow_direction uses these predecessors


def test_accumulation_and_order_are_the_ufunc_at_sums():
    z, mask = _terrain(5, 80, 1)
    _, rec = hy.flow_direction(hy.fill_depressions(z, mask=mask), mask=mask)
    # peer: Kahn's fronts with np.subtract.at, accumulation with np.add.at
    indeg = np.bincount(rec[rec >= 0], minlength=rec.size)
    front, fronts = np.flatnonzero(indeg == 0), []
    while front.size:
        fronts.append(front)
        r = rec[front]
        r = r[r >= 0]
        np.subtract.at(indeg, r, 1)
        r = np.unique(r)
        front = r[indeg[r] == 0]
    got = hy.topological_order(rec)
    assert len(got) == len(fronts) and all(np.array_equal(a, b) for a, b in zip(got, fronts))
    w = np.random.default_rng(0).random(rec.size) * 10.0 ** np.random.default_rng(1).uniform(-4, 4, rec.size)
    for weights in (None, w):
        acc = np.ones(rec.size) if weights is None else weights.copy()
        for fr in fronts:
            r = rec[fr]
            ok = r >= 0
            np.add.at(acc, r[ok], acc[fr[ok]])
        assert np.array_equal(hy.flow_accumulation(rec, weights=weights), acc)
    assert hy.flow_accumulation(rec).max() > 100


def test_add_in_order_is_add_at():
    rng = np.random.default_rng(7)
    idx = rng.integers(0, 50, 400)
    vals = rng.standard_normal(400) * 10.0 ** rng.uniform(-8, 8, 400)
    a = rng.standard_normal(50)
    b = a.copy()
    np.add.at(a, idx, vals)
    flow._add_in_order(b, idx, vals)
    assert np.array_equal(a, b)


@pytest.mark.parametrize("n,beta", [(64, 3.0), (101, 2.2), (150, 3.6)])
def test_fbm_is_the_numpy_rfft2_formula(n, beta):
    rng = np.random.Generator(np.random.PCG64(n))
    white = rng.standard_normal((n, n))
    k = np.hypot(np.fft.rfftfreq(n)[None, :], np.fft.fftfreq(n)[:, None]) * n
    k[0, 0] = 1.0
    amp = 1.0 / np.maximum(k, 1.0) ** (beta / 2.0)
    amp[0, 0] = 0.0
    out = np.fft.irfft2(np.fft.rfft2(white) * amp, s=(n, n))
    want = (out - out.mean()) / out.std()
    for _ in range(2):                                   # the second call reads the cached spectrum
        assert np.array_equal(H._fbm(np.random.Generator(np.random.PCG64(n)), n, beta=beta), want)
    H.clear_caches()
    assert not H._AMP


@pytest.mark.parametrize("shape,codes,size", [((40, 33), 5, 5), ((7, 60), 3, 5), ((90, 90), 4, 3)])
def test_median_of_codes_is_ndimage_median_filter(shape, codes, size):
    rng = np.random.default_rng(sum(shape))
    a = ndimage.maximum_filter((rng.random(shape) * codes).astype(np.uint8) + 1, 2)
    got = H._median_filter_codes(a, size)
    assert got.dtype == a.dtype and np.array_equal(got, ndimage.median_filter(a, size))


def test_reuse_freed_memory_keeps_results_and_restores():
    from eco_restore_plugin.processing_helpers.malloc import reuse_freed_memory
    want = H._fbm(np.random.Generator(np.random.PCG64(3)), 300, beta=3.0)
    for _ in range(2):                                   # entered twice: the settings are restored in between
        with reuse_freed_memory() as active:
            blocks = [np.full((1000, 1000), float(i)) for i in range(3)]      # 8 MB blocks, freed and reused
            del blocks
            got = H._fbm(np.random.Generator(np.random.PCG64(3)), 300, beta=3.0)
        assert active in (True, False)
        assert np.array_equal(got, want)


def test_reuse_freed_memory_nests_and_restores_once():
    """Algorithms may run inside one another (models) or in several threads: the setting is made by the
    first user and restored by the last one only."""
    from eco_restore_plugin.processing_helpers import malloc
    if malloc._glibc() is None:
        pytest.skip("not glibc")
    assert malloc._users[0] == 0
    with malloc.reuse_freed_memory() as outer:
        assert outer and malloc._users[0] == 1
        with malloc.reuse_freed_memory() as inner:
            assert inner and malloc._users[0] == 2
        assert malloc._users[0] == 1                      # still in force for the outer user
    assert malloc._users[0] == 0


def test_fewer_collections_nests_restores_and_still_collects_cycles():
    """The collection thresholds are raised and the older objects frozen by the first user only, restored
    by the last; a reference cycle made inside is still collected (gc.collect) and after leaving."""
    import gc
    import weakref
    from eco_restore_plugin.processing_helpers import gc_policy
    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    with gc_policy.fewer_collections() as outer:
        assert outer and gc.get_threshold() == gc_policy.THRESHOLDS and gc.get_freeze_count() >= frozen
        with gc_policy.fewer_collections():
            assert gc_policy._state["users"] == 2
        assert gc.get_threshold() == gc_policy.THRESHOLDS          # still in force for the outer user

        class Node:
            pass
        a, b = Node(), Node()
        a.other, b.other = b, a
        ref = weakref.ref(a)
        del a, b
        gc.collect()
        assert ref() is None                                       # cycles are still found
    assert gc.get_threshold() == before and gc.get_freeze_count() == frozen
    assert gc_policy._state["users"] == 0


def test_no_huge_page_hint_nests_and_restores_numpy_setting():
    """numpy's huge-page hint is off inside (first user), still off for an outer user after an inner one
    leaves, numpy's own setting again after the last; arrays made inside are the same numbers."""
    from numpy.core import multiarray
    from eco_restore_plugin.processing_helpers import malloc
    before = multiarray._set_madvise_hugepage(True)       # a known state: on
    try:
        want = H._fbm(np.random.Generator(np.random.PCG64(5)), 200, beta=3.0)
        with malloc.no_huge_page_hint() as outer:
            assert outer
            with malloc.no_huge_page_hint():
                assert multiarray._set_madvise_hugepage(False) is False      # off (set again: unchanged)
            assert multiarray._set_madvise_hugepage(False) is False          # still off for the outer user
            got = H._fbm(np.random.Generator(np.random.PCG64(5)), 200, beta=3.0)
        assert multiarray._set_madvise_hugepage(True) is True                # numpy's setting is back
        assert np.array_equal(got, want)
    finally:
        multiarray._set_madvise_hugepage(before)
