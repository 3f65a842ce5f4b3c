"""Omniscape by tiles (issue 20): each tile computed from its own sub-array with tile_margin() cells around
it equals the whole-grid run on the tile's cells, bit for bit."""
import numpy as np
import pytest
from scipy import ndimage

from eco_restore_plugin.core import omniscape as O


def _landscape(rows, cols, seed):
    rng = np.random.default_rng(seed)
    noise = ndimage.gaussian_filter(rng.random((rows, cols)), 3)
    res = 1.0 + 99.0 * (noise - noise.min()) / (noise.max() - noise.min())
    res[rng.random((rows, cols)) < 0.03] = np.nan            # impassable cells
    res[:5, :7] = np.nan                                        # a nodata corner
    src = np.where(res < 30, 1.0 / res, 0.0)
    src[rng.random((rows, cols)) < 0.01] = np.nan               # nodata sources count 0
    return res, src


def _tiles(n, cuts):
    edges = [0] + list(cuts) + [n]
    return list(zip(edges[:-1], edges[1:]))


def _by_tiles(res, row_cuts, col_cuts, **options):
    """Every output assembled from tiles, each run on its sub-array with the margin (cut at the grid)."""
    rows, cols = res.shape
    src = options.pop("source_strength", None)
    conditions = options.pop("conditions", None)
    m = O.tile_margin(options["radius"], buffer=options.get("buffer", 0), block_size=options.get("block_size", 1))
    out = {k: np.full(res.shape, -1.0) for k in ("cum_current", "flow_potential", "normalized_current")}
    n_targets = 0
    for r0, r1 in _tiles(rows, row_cuts):
        for c0, c1 in _tiles(cols, col_cuts):
            a0, a1, b0, b1 = max(r0 - m, 0), min(r1 + m, rows), max(c0 - m, 0), min(c1 + m, cols)
            part = (slice(a0, a1), slice(b0, b1))
            conds = None if conditions is None else [
                dict(cd, present=cd["present"][part],
                     future=None if cd.get("future") is None else cd["future"][part]) for cd in conditions]
            got = O.omniscape(res[part], source_strength=None if src is None else src[part], conditions=conds,
                              tile=(r0, r1, c0, c1), origin=(a0, b0), grid_shape=res.shape, **options)
            n_targets += got.n_targets
            for k in out:
                if getattr(got, k) is not None:
                    assert getattr(got, k).shape == (r1 - r0, c1 - c0)
                    out[k][r0:r1, c0:c1] = getattr(got, k)
    return out, n_targets


def _same(a, b):
    assert a.shape == b.shape
    assert np.array_equal(np.isnan(a), np.isnan(b))
    ok = ~np.isnan(a)
    assert np.array_equal(a[ok], b[ok])   # bit for bit, not approximately


@pytest.mark.parametrize("options", [
    dict(radius=4, buffer=1, block_size=3, calc_normalized_current=True, calc_flow_potential=True),
    dict(radius=5, block_size=1, four_neighbors=True),
    dict(radius=3, buffer=2, block_size=5, correct_artifacts=False),
])
def test_tiles_equal_whole_grid(options):
    res, src = _landscape(47, 61, seed=3)
    whole = O.omniscape(res, source_strength=src, **options)
    tiled, n = _by_tiles(res, (13, 30), (20, 21, 44), source_strength=src, **dict(options))
    for k in ("cum_current", "flow_potential", "normalized_current"):
        if getattr(whole, k) is not None:
            _same(tiled[k], getattr(whole, k))
    assert whole.cum_current[np.isfinite(whole.cum_current)].max() > 0
    # every target counted once per tile whose reach it falls in: at least once in all
    assert n >= whole.n_targets


def test_tiles_equal_whole_grid_sources_from_resistance_and_conditions():
    res, _ = _landscape(40, 44, seed=8)
    rng = np.random.default_rng(1)
    climate = ndimage.gaussian_filter(rng.random(res.shape), 2) * 10
    options = dict(radius=4, buffer=1, block_size=3, source_from_resistance=True, r_cutoff=60.0,
                   conditions=[{"present": climate, "comparison": "within", "lower": -0.5, "upper": 0.5}])
    whole = O.omniscape(res, **options)
    tiled, _ = _by_tiles(res, (17,), (9, 30), **dict(options))
    _same(tiled["cum_current"], whole.cum_current)


def test_tile_margin_and_a_part_too_small():
    assert O.tile_margin(10, buffer=2, block_size=5) == 2 * 12 + 2
    assert O.tile_margin(10, block_size=4) == 2 * 10 + 2          # an even block size is raised to 5
    res, src = _landscape(30, 30, seed=2)
    with pytest.raises(ValueError, match="tile_margin"):
        O.omniscape(res[5:25, 5:25], source_strength=src[5:25, 5:25], radius=3, tile=(10, 20, 10, 20),
                    origin=(5, 5), grid_shape=res.shape)


@pytest.mark.parametrize("block_size,given,threshold", [(1, True, 0.0), (3, True, 0.05), (4, False, 0.0),
                                                        (5, True, 0.0)])
def test_target_counts_by_tiles_add_up_to_the_whole_run(block_size, given, threshold):
    """count_targets over ragged tiles, each read with only the block radius around it, sums to the whole
    run's n_targets (given sources with a threshold, sources from resistance with a cut-off, even block
    sizes raised by one); a block radius short of data is refused."""
    res, src = _landscape(47, 53, 11)
    options = dict(block_size=block_size, source_threshold=threshold, source_from_resistance=not given,
                   r_cutoff=np.inf if given else 40.0)
    whole = O.omniscape(res, radius=3, source_strength=src if given else None, **options).n_targets
    assert whole == O.count_targets(res, source_strength=src if given else None, **options) > 10
    m = (block_size + 1 - block_size % 2) // 2
    total = 0
    for r0, r1 in _tiles(47, [9, 30]):
        for c0, c1 in _tiles(53, [17, 18, 40]):
            a0, b0 = max(r0 - m, 0), max(c0 - m, 0)
            part = (slice(a0, min(r1 + m, 47)), slice(b0, min(c1 + m, 53)))
            total += O.count_targets(res[part], source_strength=src[part] if given else None, tile=(r0, r1, c0, c1),
                                     origin=(a0, b0), grid_shape=res.shape, **options)
    assert total == whole
    if m:
        with pytest.raises(IndexError):
            O.count_targets(res[m:, m:], source_strength=src[m:, m:] if given else None, tile=(m, 47, m, 53),
                            origin=(m, m), grid_shape=res.shape, **options)
