"""Hydrology core on tiny hand-made DEMs, and against a reference priority-flood."""
import heapq

import numpy as np
import pytest
from scipy import ndimage

from eco_restore_plugin.core import hydrology as hy


def v_valley(rows=7, cols=9, side=2.0, fall=0.5):
    """Valley along the middle column, sloping to the south (last row)."""
    x = np.abs(np.arange(cols) - cols // 2) * side
    return x[None, :] + np.arange(rows)[::-1, None] * fall + 10.0


def priority_flood_reference(dem, mask=None):
    """Plain priority-flood (Barnes et al. 2014, Algorithm 1) with a per-cell heap loop."""
    rows, cols = dem.shape
    mask = np.zeros(dem.shape, bool) if mask is None else mask
    out = dem.astype(float).copy()
    closed = mask.copy()
    heap = []
    outl = hy.outlet_cells(mask)
    for r, c in zip(*np.nonzero(outl)):
        heapq.heappush(heap, (out[r, c], r, c))
        closed[r, c] = True
    while heap:
        z, r, c = heapq.heappop(heap)
        for dr, dc in hy.D8_OFFSETS:
            a, b = r + dr, c + dc
            if 0 <= a < rows and 0 <= b < cols and not closed[a, b]:
                closed[a, b] = True
                out[a, b] = max(out[a, b], z)
                heapq.heappush(heap, (out[a, b], a, b))
    return out


def test_v_valley_directions_and_accumulation():
    dem = v_valley()
    codes, rec = hy.flow_direction(dem)
    # interior cells on the valley axis flow south (code 4); side cells towards the axis
    assert (codes[1:-1, 4] == 4).all()
    assert (codes[1:-1, 1:4] == 1).all()          # west flank flows east
    assert (codes[1:-1, 5:8] == 16).all()         # east flank flows west
    acc = hy.flow_accumulation(rec).reshape(dem.shape)
    # the axis cell of row r collects the interior of rows 1..r (7 cells each); edge cells are
    # outlets and drain off the grid
    assert acc[1, 4] == 7
    assert acc[5, 4] == 5 * 7
    assert acc[6, 4] == 5 * 7 + 1                 # bottom row: it drains out, adds itself
    assert (acc[0, :] == 1).all()
    # every cell is counted exactly once at an outlet
    out = rec < 0
    assert acc.ravel()[out].sum() == dem.size


def test_pit_is_filled_to_spill_level_and_nothing_else_changes():
    dem = v_valley()
    dem[3, 4] = 5.0                               # a pit on the valley axis
    filled = hy.fill_depressions(dem)
    assert filled[3, 4] == dem[4, 4]              # spills over the next axis cell downstream
    changed = filled != dem
    assert changed.sum() == 1
    codes, rec = hy.flow_direction(filled)
    assert (rec[~hy.outlet_cells(np.zeros(dem.shape, bool)).ravel()] >= 0).all()


def test_fill_matches_reference_priority_flood_with_sea_mask():
    rng = np.random.default_rng(3)
    dem = ndimage.gaussian_filter(rng.normal(size=(60, 70)), 2) * 50 + 20
    sea = np.zeros(dem.shape, bool)
    sea[45:, 50:] = True
    dem[sea] = -5
    ours = hy.fill_depressions(dem, mask=sea)
    ref = priority_flood_reference(dem, mask=sea)
    np.testing.assert_array_equal(ours[~sea], ref[~sea])
    assert (ours[sea] == dem[sea]).all()
    assert (ours >= dem).all() and (ours > dem).any()


def test_every_cell_drains_out_after_filling_including_flats():
    rng = np.random.default_rng(5)
    dem = ndimage.gaussian_filter(rng.normal(size=(80, 80)), 3) * 40
    dem[20:40, 20:40] = dem[20:40, 20:40].min() - 10    # a big flat-bottom basin
    sea = np.zeros(dem.shape, bool)
    sea[:, -5:] = True
    filled = hy.fill_depressions(dem, mask=sea)
    codes, rec = hy.flow_direction(filled, mask=sea)
    acc = hy.flow_accumulation(rec)
    valid = ~sea.ravel()
    assert acc[(rec < 0) & valid].sum() == valid.sum()
    # receivers never climb, and point to 8-neighbours
    r = np.flatnonzero((rec >= 0))
    assert (filled.ravel()[rec[r]] <= filled.ravel()[r]).all()
    dr = np.abs(rec[r] // 80 - r // 80)
    dc = np.abs(rec[r] % 80 - r % 80)
    assert (np.maximum(dr, dc) == 1).all()
    # codes and receivers agree
    np.testing.assert_array_equal(hy.receivers_from_codes(codes, mask=sea)[valid], rec[valid])
    assert (codes[sea] == 0).all()


def test_outlets_next_to_the_sea_point_into_the_sea():
    dem = np.full((5, 6), 10.0)
    dem[:, :] += np.arange(6)[None, ::-1]          # falls to the east
    sea = np.zeros(dem.shape, bool)
    sea[:, 5] = True
    codes, rec = hy.flow_direction(dem, mask=sea)
    assert (codes[1:-1, 4] == 1).all()            # east, into the sea
    assert (rec.reshape(dem.shape)[:, 4] == -1).all()


def test_strahler_links_and_basins_on_a_y_network():
    # two valleys joining: a "Y" drawn on a cone-free plane, cells routed by hand
    shape = (5, 5)
    rec = -np.ones(25, dtype=np.int64)
    idx = lambda r, c: r * 5 + c
    # left branch (0,0)->(1,1)->(2,2); right branch (0,4)->(1,3)->(2,2); trunk (2,2)->(3,2)->(4,2)
    for a, b in [((0, 0), (1, 1)), ((1, 1), (2, 2)), ((0, 4), (1, 3)), ((1, 3), (2, 2)),
                 ((2, 2), (3, 2)), ((3, 2), (4, 2))]:
        rec[idx(*a)] = idx(*b)
    # a side cell draining into the right branch
    rec[idx(0, 3)] = idx(1, 3)
    streams = np.zeros(25, bool)
    streams[[idx(0, 0), idx(1, 1), idx(0, 4), idx(1, 3), idx(2, 2), idx(3, 2), idx(4, 2)]] = True
    order = hy.strahler_order(rec, streams)
    assert order[idx(0, 0)] == 1 and order[idx(1, 3)] == 1
    assert order[idx(2, 2)] == 2 and order[idx(4, 2)] == 2
    assert order[idx(0, 3)] == 0
    links = hy.stream_links(rec, streams)
    assert len(np.unique(links[streams])) == 3
    assert links[idx(0, 0)] == links[idx(1, 1)] != links[idx(2, 2)]
    assert links[idx(2, 2)] == links[idx(3, 2)] == links[idx(4, 2)]
    basins = hy.label_basins(rec, links)
    assert basins[idx(0, 3)] == links[idx(1, 3)]
    paths = hy.stream_paths(rec, links, shape)
    rr, cc = paths[int(links[idx(0, 0)])]
    assert list(zip(rr, cc)) == [(0, 0), (1, 1), (2, 2)]   # ends on the junction cell
    acc = hy.flow_accumulation(rec)
    assert acc[idx(4, 2)] == 8


def test_outlet_basins_partition_and_merge_small_regions():
    dem = v_valley(9, 11)
    codes, rec = hy.flow_direction(dem)
    lab = hy.outlet_basins(rec).reshape(dem.shape)
    assert (lab > 0).all()
    assert lab[4, 5] == 1                         # the valley basin is the largest
    merged = hy.merge_small_regions(lab, min_cells=5)
    sizes = np.bincount(merged.ravel())[1:]
    assert (sizes[sizes > 0] >= 5).all()
    assert merged.min() > 0


def test_slope_aspect_horn_on_planes():
    rows, cols = np.indices((6, 7)).astype(float)
    east = cols * 30.0 * 0.1                      # rises 10 % to the east
    slope, aspect = hy.slope_aspect(east, cellsize=30.0)
    assert np.allclose(slope[1:-1, 1:-1], np.degrees(np.arctan(0.1)))
    assert np.allclose(aspect[1:-1, 1:-1], 270.0)  # faces west (downslope)
    north = -rows * 30.0 * 0.5                    # row 0 is north: rises to the north
    slope, aspect = hy.slope_aspect(north, cellsize=30.0)
    assert np.allclose(slope[1:-1, 1:-1], np.degrees(np.arctan(0.5)))
    assert np.allclose(aspect[1:-1, 1:-1], 180.0)  # faces south
    s, a = hy.slope_aspect(np.zeros((4, 4)), cellsize=30.0)
    assert (s == 0).all() and (a == -1).all()
    sp, _ = hy.slope_aspect(east, cellsize=30.0, units="percent")
    assert np.allclose(sp[1:-1, 1:-1], 10.0)


def test_hand_is_zero_on_streams_and_positive_above():
    dem = v_valley()
    codes, rec = hy.flow_direction(dem)
    streams = np.zeros(dem.shape, bool)
    streams[:, 4] = True
    hand = hy.height_above_drainage(dem, rec, streams.ravel())
    assert (hand[:, 4] == 0).all()
    assert hand[3, 1] == pytest.approx(dem[3, 1] - dem[3, 4])


def test_large_grid_is_fast_enough():
    import time
    rng = np.random.default_rng(1)
    dem = ndimage.gaussian_filter(rng.normal(size=(500, 500)), 6) * 100
    t = time.time()
    filled = hy.fill_depressions(dem)
    codes, rec = hy.flow_direction(filled)
    acc = hy.flow_accumulation(rec)
    assert time.time() - t < 20
    assert acc[rec < 0].sum() == dem.size



@pytest.mark.parametrize("seed", [0, 1, 2])
def test_fill_equals_priority_flood(seed):
    """The sweep fill equals a heap priority flood exactly: rough random terrain with nodata holes,
    a masked sea, and a spiral wall whose depression spills only through a long winding path."""
    rng = np.random.default_rng(seed)
    dem = ndimage.gaussian_filter(rng.random((61, 73)), 1.5) * 100 + rng.random((61, 73))
    dem[rng.random(dem.shape) < 0.03] = np.nan
    mask = np.zeros(dem.shape, bool)
    mask[:, :3] = seed == 1
    if seed == 2:  # a walled spiral: many sweep rounds
        for k, r in enumerate(range(5, 56, 6)):
            if k % 2:
                dem[r, 5:] = 500.0
            else:
                dem[r, :-5] = 500.0
    got = hy.fill_depressions(dem, mask=mask)
    want = priority_flood_reference(np.nan_to_num(dem), mask | np.isnan(dem))
    want[np.isnan(dem)] = np.nan
    np.testing.assert_array_equal(got, want)
    assert (got[np.isfinite(dem) & ~mask] >= dem[np.isfinite(dem) & ~mask]).all()


def test_flats_drain_along_shortest_equal_elevation_paths():
    """Terraced DEM: every flat cell (no lower neighbour, not an outlet) reaches a cell that drains in as
    few 8-neighbour steps over its own elevation as a plain breadth-first search finds."""
    from collections import deque

    rng = np.random.default_rng(11)
    dem = np.round(ndimage.gaussian_filter(rng.normal(size=(60, 70)), 4) * 60) * 2.0   # terraces of 2 m
    sea = np.zeros(dem.shape, bool)
    sea[-4:, :] = True
    filled = hy.fill_depressions(dem, mask=sea)
    codes, rec = hy.flow_direction(filled, mask=sea)
    rows, cols = filled.shape
    outl = hy.outlet_cells(sea)
    flat = np.zeros(filled.shape, bool)
    for r in range(rows):
        for c in range(cols):
            if sea[r, c] or outl[r, c]:
                continue
            flat[r, c] = not any(0 <= r + a < rows and 0 <= c + b < cols and not sea[r + a, c + b]
                                 and filled[r + a, c + b] < filled[r, c] for a, b in hy.D8_OFFSETS)
    assert flat.sum() > 200
    dist = np.full(filled.shape, -1)
    queue = deque()
    for r, c in zip(*np.nonzero(~flat & ~sea)):
        for a, b in hy.D8_OFFSETS:
            if 0 <= r + a < rows and 0 <= c + b < cols and flat[r + a, c + b] and \
                    filled[r + a, c + b] == filled[r, c] and dist[r + a, c + b] < 0:
                dist[r + a, c + b] = 1
                queue.append((r + a, c + b))
    while queue:
        r, c = queue.popleft()
        for a, b in hy.D8_OFFSETS:
            if 0 <= r + a < rows and 0 <= c + b < cols and flat[r + a, c + b] and \
                    filled[r + a, c + b] == filled[r, c] and dist[r + a, c + b] < 0:
                dist[r + a, c + b] = dist[r, c] + 1
                queue.append((r + a, c + b))
    assert (dist[flat] > 0).all()          # filled: every flat has a way out
    for i in np.flatnonzero(flat.ravel()):
        steps, j = 0, i
        while flat.ravel()[j]:
            assert filled.ravel()[rec[j]] == filled.ravel()[j]
            j, steps = rec[j], steps + 1
        assert steps == dist.ravel()[i]


@pytest.mark.parametrize("units", ["degrees", "percent"])
def test_slope_aspect_by_row_bands_equal_one_band(monkeypatch, units):
    """Bands of 3 rows (a row above and below each, the raster's edge rows repeated) give the values of
    a single band over the whole DEM, masked cells included."""
    from eco_restore_plugin.core.hydrology import terrain
    rng = np.random.default_rng(2)
    dem = np.cumsum(rng.normal(0, 3, (23, 17)), axis=0) + np.linspace(0, 40, 17)
    dem[5:8, 3:6] = np.nan
    whole = hy.slope_aspect(dem, cellsize=(30.0, 20.0), mask=~np.isfinite(dem), units=units)
    monkeypatch.setattr(terrain, "_BAND_ROWS", 3)
    banded = hy.slope_aspect(dem, cellsize=(30.0, 20.0), mask=~np.isfinite(dem), units=units)
    for w, b in zip(whole, banded):
        assert np.array_equal(w, b, equal_nan=True)
    assert np.isnan(banded[0][6, 4]) and np.nanmin(banded[0]) > 0
