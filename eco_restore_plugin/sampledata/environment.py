"""Demo County stages: climate, vegetation and soil; planning zones; nature reserves; watersheds.

Each stage takes the shared state ``st`` (see :mod:`.generate`) and extends it.
"""
from functools import partial

import numpy as np
from scipy import ndimage

from ..core import hydrology as hy
from ._helpers import _fbm, _in_threads, _smoothstep

#: NDVI of each land-use class (before noise and the rainfall term)
NDVI_OF_CLASS = {101: 0.62, 102: 0.6, 103: 0.5, 201: 0.68, 202: 0.7, 203: 0.78, 204: 0.7,
                 301: 0.86, 302: 0.82, 303: 0.8, 305: 0.7, 307: 0.6, 404: 0.55,
                 1105: 0.08, 1106: 0.3, 1108: 0.55, 1101: 0.02, 1103: 0.02, 1104: 0.05,
                 501: 0.12, 601: 0.1, 602: 0.15, 701: 0.16, 702: 0.25, 802: 0.22, 810: 0.55,
                 1003: 0.12, 1004: 0.1, 1008: 0.06, 1205: 0.08, 1206: 0.15, 1207: 0.12, 0: 0.0}


def _ndvi(st, lu_year, year, precip):
    """NDVI of a land-use map; its noise comes from its own generator (``PCG64(seed * 7 + year)``)."""
    lutab = np.zeros(1300)
    for k, val in NDVI_OF_CLASS.items():
        lutab[k] = val
    nd = lutab[lu_year]
    nd = nd + 0.05 * _fbm(np.random.Generator(np.random.PCG64(int(st.seed) * 7 + year)), st.n, 2.2)
    nd += 0.03 * (precip - 1900) / 400
    return np.clip(nd, -0.05, 0.92)


def _npp(fvc, precip, temp):
    return np.clip(1500 * fvc ** 1.1 * (0.8 + 0.2 * (precip - 1600) / 800)
                   * (0.9 + 0.1 * (temp - 20) / 4), 0, None)


def climate(st):
    """Precipitation (monsoon, windward slopes), temperature, NDVI, FVC, NPP, ET, R and K factors."""
    n, rng, dem, cs = st.n, st.rng, st.dem, st.cs
    pn = _fbm(rng, n, beta=4.0)
    demf = dem.astype(float)
    # the two smoothings on two threads (scipy's filters release the GIL); dem8 is read twice
    dem8, dem15 = _in_threads(partial(ndimage.gaussian_filter, demf, 8), partial(ndimage.gaussian_filter, demf, 15))
    del demf
    asp = hy.slope_aspect(dem8, cellsize=cs)[1]
    windward = np.cos(np.radians(np.where(asp >= 0, asp, 135.0) - 135.0))   # SE monsoon
    del asp
    precip = (1750 + 0.9 * np.clip(dem15, 0, None)
              + 120 * windward * _smoothstep(dem8 / 300)
              + 90 * pn + 150 * (1 - np.clip(st.dist_sea / 30000, 0, 1)))
    del dem8, dem15, windward
    temp = 24.3 - 0.0062 * np.clip(dem, 0, None)
    luf = st.lu.astype(np.int32)
    st.ndvi20 = _ndvi(st, st.lu, 2020, precip)
    st.ndvi10 = _ndvi(st, st.lu10, 2010, precip) - 0.015
    st.fvc20 = np.clip((st.ndvi20 - 0.05) / (0.86 - 0.05), 0, 1)
    st.fvc10 = np.clip((st.ndvi10 - 0.05) / (0.86 - 0.05), 0, 1)
    st.npp20 = _npp(st.fvc20, precip, temp)
    st.npp10 = _npp(st.fvc10, precip, temp)
    pet = 1300 - 0.8 * np.clip(dem, 0, None) * 0.5
    et = pet * (0.45 + 0.45 * st.fvc20) * (0.9 + 0.1 * (precip - 1700) / 700)
    st.et = np.where(np.isin(luf, (1101, 1103, 1104, 1105)), pet * 1.05, et)
    st.r_factor = np.clip(8200 + 5.2 * (precip - 1700) + 600 * pn, 8000, 15000)
    soil_noise = _fbm(rng, n, beta=3.4)
    k_factor = np.where(st.hand < 5, 0.038, np.where(dem > 400, 0.026, 0.031))
    k_factor = np.where(st.dist_sea < 1500, 0.018, k_factor)
    k_factor = np.where(np.isin(luf, (101, 102)), 0.035, k_factor)
    st.k_factor = np.clip(ndimage.gaussian_filter(k_factor, 2) + 0.004 * soil_noise, 0.012, 0.048)
    st.precip = precip


def land_or(a, b):
    return a | b


def planning_zones(st):
    """Ecological protection red line, urban development boundary, permanent basic farmland."""
    n, lu, land, reservoir, mine_any = st.n, st.lu, st.land, st.reservoir, st.mine_any
    town20, vil20 = st.town20, st.vil20
    is_forest20 = np.isin(lu, (301, 302, 305))
    high = ndimage.gaussian_filter(st.dem.astype(float), 6) > 260
    redline = (high & is_forest20) | (lu == 303) | reservoir | \
        (ndimage.binary_dilation(reservoir, iterations=8) & is_forest20)
    redline = ndimage.binary_closing(redline, iterations=2)
    redline = ndimage.binary_opening(redline, iterations=1) & land_or(land, lu == 303)
    redline &= ~town20 & ~vil20 & ~mine_any & ~np.isin(lu, (1003, 1004, 101, 102, 103))
    lab, nl = ndimage.label(redline)
    sizes = np.bincount(lab.ravel())
    redline = (sizes >= 40)[lab] & (lab > 0)
    # small enclaves (glades, shrub, rock) inside the red line belong to it
    hole, nh = ndimage.label(~redline & land)
    hs_ = np.bincount(hole.ravel())
    small = (hs_ < 150)[hole] & (hole > 0)
    redline |= small & ~np.isin(lu, (101, 102, 103, 701, 702, 501, 601, 1003, 1004)) & ~mine_any
    crop20 = np.isin(lu, (101, 102, 103))
    udb = ndimage.binary_dilation(town20 | st.ind, iterations=max(2, int(0.012 * n))) & land
    udb = ndimage.binary_closing(udb, iterations=3) & land & ~redline & ~st.river & ~st.sea
    for t in st.towns:
        udb[max(0, t["r"] - 1):t["r"] + 2, max(0, t["c"] - 1):t["c"] + 2] = True
    udb &= land
    redline &= ~udb
    pbf = crop20 & ~udb & (st.slope < 15) & ~redline
    lab, nl = ndimage.label(pbf, np.ones((3, 3)))
    sizes = np.bincount(lab.ravel())
    st.pbf = (sizes >= 15)[lab] & (lab > 0)
    st.redline, st.udb = redline, udb


def reserves(st):
    """Nature reserves: a mountain reserve round the highest peak, a mangrove reserve, a forest park."""
    n, cs, lu, land, dem, scale = st.n, st.cs, st.lu, st.land, st.dem, st.scale
    res = np.zeros((n, n), np.int32)
    res_rows = []
    peak = np.unravel_index(np.argmax(np.where(land, ndimage.gaussian_filter(dem, 10), -1)), (n, n))
    d = np.hypot(st.rows - peak[0], st.cols - peak[1]) * cs
    sm = ndimage.gaussian_filter(dem.astype(float), 4)
    q = np.percentile(sm[land], 80) if land.any() else 0
    r1 = land & (sm > q) & (d < 12000 * scale)
    lab, _ = ndimage.label(r1)
    r1 = (lab == lab[peak]) if lab[peak] > 0 else r1
    r1 = ndimage.binary_closing(r1, iterations=3) & land & ~st.vil20 & ~st.town20
    res[r1] = 1
    res_rows.append({"label": 1, "name": "示例岭省级自然保护区", "name_en": "Shililing Provincial "
                     "Nature Reserve", "type": "自然保护区", "type_en": "nature reserve",
                     "level": "省级", "target": "热带山地雨林及野生动植物"})
    mg = ndimage.binary_dilation(lu == 303, iterations=max(3, n // 100)) & \
        (ndimage.binary_dilation(lu == 303, iterations=1) | (lu == 1105)) & (lu != 0)
    mg = ndimage.binary_closing(mg | (lu == 303), iterations=2) & (lu != 0) & ~st.town20
    res[mg & (res == 0)] = 2
    res_rows.append({"label": 2, "name": "港湾红树林市县级自然保护区", "name_en": "Ganwan Mangrove "
                     "Nature Reserve", "type": "自然保护区", "type_en": "nature reserve",
                     "level": "市县级", "target": "红树林湿地生态系统及水鸟"})
    if st.reservoir.any():
        fp = ndimage.binary_dilation(st.reservoir, iterations=max(4, n // 50)) & land & \
            np.isin(lu, (301, 302, 305, 1103, 307)) & (res == 0)
        fp = ndimage.binary_closing(fp, iterations=2) & land & (res == 0)
        res[fp] = 3
        res_rows.append({"label": 3, "name": "青山湖县级森林公园", "name_en": "Qingshan Lake "
                         "Forest Park", "type": "自然公园", "type_en": "nature park (forest park)",
                         "level": "县级", "target": "水源涵养林及水库景观"})
    for row in res_rows:
        row["area_ha"] = round(float((res == row["label"]).sum()) * cs * cs / 1e4, 1)
    st.reserves, st.res_rows = res, res_rows


def watersheds(st):
    """Sub-basins at the junctions of the main network, small ones merged into their neighbours."""
    n, rec, land = st.n, st.rec, st.land
    st.ws_thr = ws_thr = 4.0 * st.scale ** 2
    ws_streams = (st.acc >= ws_thr) & ~st.sea
    wlinks = hy.stream_links(rec, ws_streams.ravel())
    wsub = hy.label_basins(rec, wlinks).reshape(n, n)
    wsub = hy.merge_small_regions(wsub, min_cells=int(2.0 * st.scale ** 2 / st.cell_km2) + 1, mask=~land)
    _, inv = np.unique(wsub, return_inverse=True)
    ws = np.where(land, inv.reshape(n, n), 0)
    uniq = np.unique(ws[ws > 0])
    remap = np.zeros(ws.max() + 1, np.int64)
    remap[uniq] = np.arange(1, uniq.size + 1)
    st.ws = remap[ws]
