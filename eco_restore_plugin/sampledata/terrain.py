"""Demo County stages: coast, terrain, valleys, floodplains, reservoir, hydrology, county.

Each stage takes the shared state ``st`` (see :mod:`.generate`) and extends it.
"""
from functools import partial

import numpy as np
from scipy import ndimage

from ..core import hydrology as hy
from ._helpers import _fbm, _in_threads, _norm, _smoothstep


def coast(st):
    """Inland index with a bay (estuary) and a headland; ``sea`` = where it is below 0 (mainland kept)."""
    n, u, v, rng = st.n, st.u, st.v, st.rng
    coastnoise = _fbm(rng, n, beta=3.6)
    inland = (0.62 * v + 0.78 * (1 - u) - 0.50) + 0.045 * coastnoise
    # a bay (estuary) and a headland
    bay_u, bay_v = 0.52 + 0.06 * rng.random(), 0.26 + 0.05 * rng.random()
    inland -= 0.07 * np.exp(-(((u - bay_u) / 0.07) ** 2 + ((v - bay_v) / 0.05) ** 2))
    head_u, head_v = 0.84, 0.74
    inland += 0.06 * np.exp(-(((u - head_u) / 0.05) ** 2 + ((v - head_v) / 0.08) ** 2))
    sea = inland < 0
    sea = ndimage.binary_opening(sea, iterations=2) | (inland < -0.02)
    lab, nlab = ndimage.label(~sea)
    if nlab > 1:                                     # keep the mainland only
        sizes = np.bincount(lab.ravel())
        sizes[0] = 0
        sea = lab != np.argmax(sizes)
    st.coastnoise, st.inland, st.sea = coastnoise, inland, sea
    st.bay_u, st.bay_v, st.head_u, st.head_v = bay_u, bay_v, head_u, head_v


def terrain(st):
    """Fractal terrain with ridges rising inland, a headland hill; sea depth below 0."""
    n, u, v, rng, inland, sea = st.n, st.u, st.v, st.rng, st.inland, st.sea
    head_u, head_v = st.head_u, st.head_v
    ridged = 1.0 - np.abs(_fbm(rng, n, beta=2.6))
    hills = _fbm(rng, n, beta=3.2)
    detail = _fbm(rng, n, beta=2.0)
    env = 60 + 1000 * _smoothstep((inland - 0.08) / 0.75) ** 1.25
    env += 90 * np.exp(-(((u - head_u) / 0.05) ** 2 + ((v - head_v) / 0.07) ** 2))  # headland hill
    z = 4 + 25 * np.clip(inland, 0, 1) + env * (0.25 + 0.55 * _norm(ridged) ** 1.6
                                                + 0.20 * _norm(hills)) + 4 * detail
    st.z = np.where(sea, np.minimum(-0.5, inland * 160.0 + 1.5 * detail), np.maximum(z, 0.6))


def valleys(st):
    """Valleys carved by flow accumulation (two passes)."""
    n, sea, z = st.n, st.sea, st.z
    for it in range(2):
        f = hy.fill_depressions(z, mask=sea)
        _, rec = hy.flow_direction(f, mask=sea)
        fronts = hy.topological_order(rec)
        acc = hy.flow_accumulation(rec, fronts=fronts).reshape(n, n) * st.cell_km2
        relief = np.clip(f - 5.0, 0, None)
        carve = np.minimum(relief * 0.55, 38.0 * np.log1p(acc / 0.05) ** 1.1 * (0.5 + 0.5 * it))
        z = np.where(sea, z, f - ndimage.gaussian_filter(carve, 1.0 + it))
        z = np.where(sea, z, np.maximum(z, 0.6))
    st.z = z


def floodplain(st):
    """Flattened floodplains: the height above the main rivers compressed, widening downstream."""
    n, sea, z, scale = st.n, st.sea, st.z, st.scale
    f = hy.fill_depressions(z, mask=sea)
    _, rec = hy.flow_direction(f, mask=sea)
    fronts = hy.topological_order(rec)
    acc = hy.flow_accumulation(rec, fronts=fronts).reshape(n, n) * st.cell_km2
    big = acc >= 8.0 * scale ** 2
    hand = hy.height_above_drainage(f, rec, big.ravel())
    zriver = f - np.nan_to_num(hand, nan=0.0)
    fp_width = np.clip(np.log1p(acc / (8.0 * scale ** 2)), 0, 3)
    h_nan = np.nan_to_num(hand, nan=999.0)
    # floodplain: compress the height above the main rivers, widening downstream
    comp = np.where(h_nan < 12 + 10 * ndimage.maximum_filter(fp_width, 25),
                    0.25 + 0.75 * _smoothstep(h_nan / (14 + 12 * ndimage.maximum_filter(fp_width, 25))),
                    1.0)
    z = np.where(sea | np.isnan(hand), f, zriver + h_nan.clip(0, None) * comp)
    z = np.where(sea, z, np.maximum(z, 0.5 + 0.02 * np.clip(st.inland, 0, None) * 100))
    z = ndimage.gaussian_filter(z, 0.7)
    st.z = np.where(sea, np.minimum(z, -0.3), np.maximum(z, 0.5))


def reservoir(st):
    """A reservoir damming a mid-size valley in the hills; the final ``dem``."""
    n, sea, z, scale, rng = st.n, st.sea, st.z, st.scale, st.rng
    f = hy.fill_depressions(z, mask=sea)
    _, rec = hy.flow_direction(f, mask=sea)
    fronts = hy.topological_order(rec)
    acc = hy.flow_accumulation(rec, fronts=fronts).reshape(n, n) * st.cell_km2
    res = np.zeros((n, n), bool)
    cand = (acc > 15 * scale ** 2) & (acc < 45 * scale ** 2) & (f > 60) & (f < 250) & ~sea
    if cand.any():
        cr, cc = np.nonzero(cand)
        k = np.argmax(acc[cr, cc] * (1 + 0.2 * rng.random(cr.size)))
        dr, dc = cr[k], cc[k]
        level = f[dr, dc] + 22.0
        seeds = np.zeros(n * n, np.int64)
        seeds[dr * n + dc] = 1
        basin = hy.label_basins(rec, seeds).reshape(n, n) == 1
        lake = basin & (f < level)
        lab, _ = ndimage.label(lake)
        lake = lab == lab[dr, dc]
        res = lake & (lake.sum() < 0.02 * n * n)
        f = np.where(res, level, f)
        # the dam crest
        dam = ndimage.binary_dilation(res, iterations=1) & ~res & (f < level + 1)
        f = np.where(dam, level + 1.0, f)
    st.reservoir = res
    st.dem = np.where(sea, z, f).astype(np.float32)


def hydrology(st):
    """Final hydrology from the written DEM: flow direction, accumulation, streams, slope."""
    n, sea, dem = st.n, st.sea, st.dem
    filled = hy.fill_depressions(dem, mask=sea)
    fdir, rec = hy.flow_direction(filled, mask=sea)
    fronts = hy.topological_order(rec)
    acc_cells = hy.flow_accumulation(rec, fronts=fronts)
    acc = acc_cells.reshape(n, n) * st.cell_km2
    stream_km2 = 0.6
    streams = (acc >= stream_km2) & ~sea
    order = hy.strahler_order(rec, streams.ravel(), fronts=fronts).reshape(n, n)
    slope, _ = hy.slope_aspect(dem, cellsize=st.cs)
    slope = np.where(sea, 0.0, slope)
    st.region.extra.update({"sea": sea, "receiver": rec, "acc_km2": acc, "streams": streams,
                            "fdir": fdir, "slope": slope, "stream_threshold_km2": stream_km2})
    st.fdir, st.rec, st.acc, st.streams, st.order, st.slope = fdir, rec, acc, streams, order, slope
    st.stream_km2 = stream_km2


def county(st):
    """County = the basins draining to its own coast; its sea; distances to the sea and rivers."""
    n, sea, rec, cs, scale = st.n, st.sea, st.rec, st.cs, st.scale
    outl = hy.outlet_basins(rec, mask=sea).reshape(n, n)
    rr, cc = np.divmod(np.flatnonzero((rec < 0) & ~sea.ravel()), n)
    edge_out = (rr == 0) | (cc == 0) | (rr == n - 1) | (cc == n - 1)
    # an outlet on the grid edge that is not on the sea drains to a neighbouring county
    seaadj = ndimage.binary_dilation(sea, np.ones((3, 3), bool))[rr, cc]
    bad_outlets = edge_out & ~seaadj
    bad_labels = np.unique(outl[rr[bad_outlets], cc[bad_outlets]])
    # coastal basins near the south-west and north-east ends belong to neighbours too
    ends = (seaadj & ((cc < 0.12 * n) | (rr < 0.10 * n)))
    bad_labels = np.union1d(bad_labels, np.unique(outl[rr[ends], cc[ends]]))
    land = ~sea & ~np.isin(outl, bad_labels[bad_labels > 0])
    land[:2, :] = land[-2:, :] = False
    land[:, :2] = land[:, -2:] = False
    lab, nl = ndimage.label(land)
    if nl > 1:
        sizes = np.bincount(lab.ravel())
        sizes[0] = 0
        land = lab == np.argmax(sizes)
    land = ndimage.binary_fill_holes(land) & ~sea
    # sea belonging to the county: near its coast (for tidal flats and the coastline)
    big = st.acc >= 5 * scale ** 2
    edt = ndimage.distance_transform_edt
    d_county, d_sea, d_big = _in_threads(partial(edt, ~land), partial(edt, ~sea), partial(edt, ~big))
    dist_county = d_county * cs
    st.county_sea = sea & (dist_county < 3000 * max(scale, 0.3))
    st.land = land
    st.dist_sea = d_sea * cs
    st.dist_big = d_big * cs
    del d_county, d_sea, d_big, dist_county, big
    hand = hy.height_above_drainage(st.dem.astype(np.float64), rec, st.streams.ravel())
    st.hand = np.nan_to_num(hand, nan=0.0)
