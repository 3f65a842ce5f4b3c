"""Deterministic generator of Demo County (示例县), a fictitious coastal county of southern China.

Pure numpy/scipy (no qgis, no osgeo): :func:`generate_region` returns a :class:`Region` holding
named numpy rasters and vector layers as plain Python geometry (lists of coordinates) or as label
rasters to be polygonized by the writer (:mod:`.write`).

The region lies in CGCS2000 / 3-degree Gauss-Kruger CM 111E (EPSG:4546), north-east Hainan-like
(about 110.4 E, 19.4 N): mountains in the north-west, a coastal plain and the South China Sea in
the south-east. Construction, in order: fractal terrain with ridges -> valleys carved by flow
accumulation and flattened floodplains (:mod:`eco_restore_plugin.core.hydrology`) -> a reservoir
-> rivers and watersheds -> county = the basins draining to its coast -> towns, villages, roads
(least-cost routes) -> townships (cost allocation of the town seats) -> land use 2020 by parcels
following terrain, then 2010 by undoing a decade of change -> climate, vegetation and soil
rasters -> planning zones (red line, basic farmland, urban boundary, reserves) -> coastline.
Everything derives from one ``numpy.random.Generator(PCG64(seed))``.
"""
from dataclasses import dataclass, field

import numpy as np
from scipy import ndimage
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import dijkstra, minimum_spanning_tree

from ..core import hydrology as hy
from ..core._progress import checkpoint
from . import classes as C

EPSG = 4546
DEFAULT_SEED = 2020
DEFAULT_SIZE = 1000
COUNTY_NAME = ("示例县", "Demo County")
COUNTY_CODE = "469099"

TOWN_NAMES = [("城关镇", "Chengguan"), ("东山镇", "Dongshan"), ("南港镇", "Nangang"),
              ("西岭镇", "Xiling"), ("北溪镇", "Beixi"), ("龙门镇", "Longmen"),
              ("石桥镇", "Shiqiao"), ("青云镇", "Qingyun"), ("白沙镇", "Baisha"),
              ("凤岭镇", "Fengling"), ("长坡镇", "Changpo"), ("大路镇", "Dalu")]
SURNAMES = [("陈", "Chen"), ("李", "Li"), ("黄", "Huang"), ("林", "Lin"), ("王", "Wang"),
            ("吴", "Wu"), ("符", "Fu"), ("云", "Yun"), ("冯", "Feng"), ("邢", "Xing"),
            ("蔡", "Cai"), ("郑", "Zheng"), ("何", "He"), ("梁", "Liang"), ("周", "Zhou")]
VILLAGE_SUFFIX = [("家村", "jia Cun"), ("坡村", "po Cun"), ("园村", "yuan Cun"),
                  ("屋村", "wu Cun"), ("塘村", "tang Cun"), ("岭村", "ling Cun"),
                  ("田村", "tian Cun"), ("头村", "tou Cun"), ("溪村", "xi Cun"),
                  ("湾村", "wan Cun"), ("山村", "shan Cun"), ("排村", "pai Cun")]
RIVER_NAMES = [("万春河", "Wanchun He"), ("龙溪", "Long Xi"), ("南渡江", "Nandu Jiang"),
               ("石溪", "Shi Xi"), ("清水河", "Qingshui He"), ("白石溪", "Baishi Xi")]


@dataclass
class VectorLayer:
    """A vector layer as plain Python data.

    ``geometry``: "Point", "LineString" or "Polygon". ``fields``: list of (name, type) with type
    "int", "real" or "str". ``features``: list of dicts with key "geometry" (Point: (x, y);
    LineString: [(x, y), ...]; Polygon: None when the layer comes from ``labels``) and the field
    values. ``labels``: for polygon layers made from a raster, an int array (0 = none) whose value
    is the feature's ``label`` field; the writer polygonizes it.
    """
    name: str
    title_zh: str
    title_en: str
    geometry: str
    fields: list
    features: list
    labels: np.ndarray = None
    description: str = ""


@dataclass
class Region:
    """The generated county: rasters (name -> 2-D array) with metadata, and vector layers."""
    seed: int
    size: int
    cellsize: float
    x0: float            # west edge (m)
    y0: float            # north edge (m)
    epsg: int
    rasters: dict = field(default_factory=dict)
    raster_info: dict = field(default_factory=dict)
    vectors: dict = field(default_factory=dict)
    extra: dict = field(default_factory=dict)

    @property
    def shape(self):
        return (self.size, self.size)

    @property
    def geotransform(self):
        return (self.x0, self.cellsize, 0.0, self.y0, 0.0, -self.cellsize)

    def xy(self, rows, cols):
        """Cell-centre coordinates of (rows, cols)."""
        return (self.x0 + (np.asarray(cols) + 0.5) * self.cellsize,
                self.y0 - (np.asarray(rows) + 0.5) * self.cellsize)

    def add(self, name, array, zh, en, unit, nodata, classes=None, description=""):
        self.rasters[name] = array
        self.raster_info[name] = {"name": name, "title_zh": zh, "title_en": en, "unit": unit,
                                  "nodata": nodata, "classes": classes,
                                  "description": description}


# ---------------------------------------------------------------------------------------------
# noise and helpers
# ---------------------------------------------------------------------------------------------
def _fbm(rng, n, beta=3.0, lowcut=1.0):
    """Fractal (1/f^beta power spectrum) noise, zero mean, unit std."""
    white = rng.standard_normal((n, n))
    f = np.fft.rfft2(white)
    ky = np.fft.fftfreq(n)[:, None]
    kx = np.fft.rfftfreq(n)[None, :]
    k = np.hypot(kx, ky) * n
    k[0, 0] = 1.0
    amp = 1.0 / np.maximum(k, lowcut) ** (beta / 2.0)
    amp[0, 0] = 0.0
    out = np.fft.irfft2(f * amp, s=(n, n))
    return (out - out.mean()) / out.std()


def _smoothstep(x):
    x = np.clip(x, 0.0, 1.0)
    return x * x * (3 - 2 * x)


def _norm(a):
    lo, hi = np.nanmin(a), np.nanmax(a)
    return (a - lo) / (hi - lo) if hi > lo else np.zeros_like(a)


def _grid_graph(cost, step=1.0):
    """8-neighbour graph with edge weight mean(cost) * length (GRASS r.cost style)."""
    shape = cost.shape
    n = cost.size
    cf = cost.ravel()
    src, dst, w = [], [], []
    for (dr, dc), ln in (((0, 1), 1.0), ((1, 0), 1.0), ((1, 1), 2 ** 0.5), ((1, -1), 2 ** 0.5)):
        s, d = hy._shift_index(shape, dr, dc)
        ok = np.isfinite(cf[s]) & np.isfinite(cf[d])
        s, d = s[ok], d[ok]
        src.append(s)
        dst.append(d)
        w.append((cf[s] + cf[d]) * 0.5 * ln * step)
    s, d, w = np.concatenate(src), np.concatenate(dst), np.concatenate(w)
    return coo_matrix((np.concatenate([w, w]), (np.concatenate([s, d]), np.concatenate([d, s]))),
                      shape=(n, n)).tocsr()


def _path(pred, target):
    out = []
    i = target
    while i >= 0:
        out.append(i)
        i = pred[i]
    return out[::-1]


def _chaikin(pts, it=2):
    pts = np.asarray(pts, float)
    for _ in range(it):
        if len(pts) < 3:
            break
        q = 0.75 * pts[:-1] + 0.25 * pts[1:]
        r = 0.25 * pts[:-1] + 0.75 * pts[1:]
        mid = np.empty((2 * len(q), 2))
        mid[0::2], mid[1::2] = q, r
        pts = np.vstack([pts[:1], mid, pts[-1:]])
    return pts


def _draw_line(mask, r0, c0, r1, c1):
    n = int(max(abs(r1 - r0), abs(c1 - c0))) + 1
    rr = np.rint(np.linspace(r0, r1, n)).astype(int)
    cc = np.rint(np.linspace(c0, c1, n)).astype(int)
    ok = (rr >= 0) & (rr < mask.shape[0]) & (cc >= 0) & (cc < mask.shape[1])
    mask[rr[ok], cc[ok]] = True


def _pick_spaced(rng, score, mask, count, min_dist, jitter=0.3):
    """Greedy choice of up to ``count`` cells of high ``score`` at least ``min_dist`` apart."""
    cand = np.flatnonzero(mask.ravel())
    if not cand.size:
        return []
    s = score.ravel()[cand] * (1 + jitter * rng.random(cand.size))
    order = cand[np.argsort(-s, kind="stable")][:max(count * 400, 2000)]
    cols = score.shape[1]
    chosen = []
    for i in order:
        r, c = divmod(int(i), cols)
        if all((r - a) ** 2 + (c - b) ** 2 >= min_dist ** 2 for a, b in chosen):
            chosen.append((r, c))
            if len(chosen) >= count:
                break
    return chosen


def _parcels(rng, shape, mean_cells):
    """Irregular parcels: nearest of Poisson seeds on a warped grid; int labels 1..n."""
    n = shape[0] * shape[1]
    k = max(1, int(n / mean_cells))
    seeds = np.zeros(shape, bool)
    seeds.ravel()[rng.choice(n, k, replace=False)] = True
    lab = np.zeros(shape, np.int64)
    lab[seeds] = np.arange(1, k + 1)
    _, (ir, ic) = ndimage.distance_transform_edt(~seeds, return_indices=True)
    return lab[ir, ic], k


def _parcel_mean(values, parcels, k):
    s = np.bincount(parcels.ravel(), weights=values.ravel(), minlength=k + 1)
    c = np.bincount(parcels.ravel(), minlength=k + 1)
    return (s / np.maximum(c, 1))[parcels]


# ---------------------------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------------------------
def generate_region(seed=DEFAULT_SEED, size=DEFAULT_SIZE, cellsize=30.0, progress=None,
                    cancelled=None):
    """Generate Demo County. Same ``seed`` and ``size`` -> identical arrays.

    ``size``: rows = columns (default 1000, i.e. 30 km x 30 km at 30 m). ``progress``: optional
    callable(fraction 0-1); ``cancelled``: optional callable() -> True to stop (raises
    :class:`eco_restore_plugin.core._progress.Cancelled`). Returns a :class:`Region`.
    """
    n = int(size)
    if n < 60:
        raise ValueError("size must be at least 60 cells")
    cs = float(cellsize)
    rng = np.random.Generator(np.random.PCG64(int(seed)))

    def tick(frac):
        checkpoint(cancelled, progress, frac)

    scale = n * cs / 30000.0                       # 1.0 for the default 30 km region
    cell_km2 = cs * cs / 1e6
    x0 = 470000.0 - n * cs                          # east edge at 470 km (about 110.7 E)
    y0 = 2120000.0 + n * cs                         # south edge at 2120 km (about 19.2 N)
    region = Region(seed=int(seed), size=n, cellsize=cs, x0=x0, y0=y0, epsg=EPSG)
    rows, cols = np.indices((n, n))
    u = (cols + 0.5) / n                             # 0 west .. 1 east
    v = 1.0 - (rows + 0.5) / n                      # 0 south .. 1 north

    # --- coast and terrain -------------------------------------------------------------------
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
    tick(0.03)

    ridged = 1.0 - np.abs(_fbm(rng, n, beta=2.6))
    hills = _fbm(rng, n, beta=3.2)
    detail = _fbm(rng, n, beta=2.0)
    env = 60 + 1000 * _smoothstep((inland - 0.08) / 0.75) ** 1.25
    env += 90 * np.exp(-(((u - head_u) / 0.05) ** 2 + ((v - head_v) / 0.07) ** 2))  # headland hill
    z = 4 + 25 * np.clip(inland, 0, 1) + env * (0.25 + 0.55 * _norm(ridged) ** 1.6
                                                + 0.20 * _norm(hills)) + 4 * detail
    z = np.where(sea, np.minimum(-0.5, inland * 160.0 + 1.5 * detail), np.maximum(z, 0.6))
    tick(0.06)

    # --- valleys carved by flow accumulation, floodplains ----------------------------------------
    for it in range(2):
        f = hy.fill_depressions(z, mask=sea)
        _, rec = hy.flow_direction(f, mask=sea)
        fronts = hy.topological_order(rec)
        acc = hy.flow_accumulation(rec, fronts=fronts).reshape(n, n) * cell_km2
        relief = np.clip(f - 5.0, 0, None)
        carve = np.minimum(relief * 0.55, 38.0 * np.log1p(acc / 0.05) ** 1.1 * (0.5 + 0.5 * it))
        z = np.where(sea, z, f - ndimage.gaussian_filter(carve, 1.0 + it))
        z = np.where(sea, z, np.maximum(z, 0.6))
    tick(0.14)
    f = hy.fill_depressions(z, mask=sea)
    _, rec = hy.flow_direction(f, mask=sea)
    fronts = hy.topological_order(rec)
    acc = hy.flow_accumulation(rec, fronts=fronts).reshape(n, n) * cell_km2
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
    z = np.where(sea, z, np.maximum(z, 0.5 + 0.02 * np.clip(inland, 0, None) * 100))
    z = ndimage.gaussian_filter(z, 0.7)
    z = np.where(sea, np.minimum(z, -0.3), np.maximum(z, 0.5))
    tick(0.2)

    # --- reservoir: dam a mid-size valley in the hills -------------------------------------------
    f = hy.fill_depressions(z, mask=sea)
    _, rec = hy.flow_direction(f, mask=sea)
    fronts = hy.topological_order(rec)
    acc = hy.flow_accumulation(rec, fronts=fronts).reshape(n, n) * cell_km2
    reservoir = np.zeros((n, n), bool)
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
        reservoir = lake & (lake.sum() < 0.02 * n * n)
        f = np.where(reservoir, level, f)
        # the dam crest
        dam = ndimage.binary_dilation(reservoir, iterations=1) & ~reservoir & (f < level + 1)
        f = np.where(dam, level + 1.0, f)
        f[dr, dc] = f[dr, dc]
    dem = np.where(sea, z, f).astype(np.float32)
    tick(0.25)

    # --- final hydrology from the written DEM ----------------------------------------------------
    filled = hy.fill_depressions(dem, mask=sea)
    fdir, rec = hy.flow_direction(filled, mask=sea)
    fronts = hy.topological_order(rec)
    acc_cells = hy.flow_accumulation(rec, fronts=fronts)
    acc = acc_cells.reshape(n, n) * cell_km2
    stream_km2 = 0.6
    streams = (acc >= stream_km2) & ~sea
    order = hy.strahler_order(rec, streams.ravel(), fronts=fronts).reshape(n, n)
    slope, aspect = hy.slope_aspect(dem, cellsize=cs)
    slope = np.where(sea, 0.0, slope)
    region.extra.update({"sea": sea, "receiver": rec, "acc_km2": acc, "streams": streams,
                         "fdir": fdir, "slope": slope, "stream_threshold_km2": stream_km2})
    tick(0.3)

    # --- county: basins draining to the coast ----------------------------------------------------
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
    county = ~sea & ~np.isin(outl, bad_labels[bad_labels > 0])
    county[:2, :] = county[-2:, :] = False
    county[:, :2] = county[:, -2:] = False
    lab, nl = ndimage.label(county)
    if nl > 1:
        sizes = np.bincount(lab.ravel())
        sizes[0] = 0
        county = lab == np.argmax(sizes)
    county = ndimage.binary_fill_holes(county) & ~sea
    # sea belonging to the county: near its coast (for tidal flats and the coastline)
    dist_county = ndimage.distance_transform_edt(~county) * cs
    county_sea = sea & (dist_county < 3000 * max(scale, 0.3))
    land = county
    tick(0.35)

    dist_sea = ndimage.distance_transform_edt(~sea) * cs
    dist_big = ndimage.distance_transform_edt(~(acc >= 5 * scale ** 2)) * cs
    hand = hy.height_above_drainage(dem.astype(np.float64), rec, streams.ravel())
    hand = np.nan_to_num(hand, nan=0.0)

    # --- settlements -----------------------------------------------------------------------------
    flat = (slope < 5) & land & ~reservoir & ~streams
    town_score = (np.exp(-dem / 60.0) * np.exp(-dist_big / 3000.0)
                  * np.exp(-np.abs(dist_sea - 2500 * scale) / (6000 * scale)))
    town_score = ndimage.uniform_filter(np.where(flat, town_score, 0), 9)
    n_towns = 10 if n >= 400 else (8 if n >= 150 else 5)
    interior = land & (ndimage.distance_transform_edt(land) > 12)
    spacing = np.sqrt(land.sum() / n_towns) * 0.8
    seats = _pick_spaced(rng, town_score, interior & flat, n_towns, min_dist=spacing, jitter=0.2)
    # add hill towns if the plain has too few spots
    if len(seats) < n_towns:
        extra_score = np.where(interior & (slope < 10), 1.0 / (1 + dem / 100.0), 0)
        more = _pick_spaced(rng, extra_score, interior & (slope < 12), 4 * n_towns,
                            0.6 * spacing, 0.5)
        for p in more:
            if len(seats) >= n_towns:
                break
            if all((p[0] - a) ** 2 + (p[1] - b) ** 2 >= (0.6 * spacing) ** 2 for a, b in seats):
                seats.append(p)
    n_towns = len(seats)
    towns = []
    for i, (r, c) in enumerate(seats):
        zh, en = TOWN_NAMES[i]
        pop = int(rng.integers(60000, 90000) if i == 0 else rng.integers(8000, 30000))
        towns.append({"r": r, "c": c, "name": zh, "name_en": en, "pop": pop,
                      "type": "county_seat" if i == 0 else "town"})
    tick(0.4)

    # --- townships: cost allocation of the seats (boundaries follow ridges) ----------------------
    fac = max(1, n // 350)
    m = n // fac
    def coarse(a, fn=np.mean):
        return a[:m * fac, :m * fac].reshape(m, fac, m, fac).mean(axis=(1, 3)) if fn is np.mean \
            else a[:m * fac, :m * fac].reshape(m, fac, m, fac).max(axis=(1, 3))
    c_slope = coarse(slope)
    c_sea = coarse(sea.astype(float)) > 0.5
    c_river = coarse((acc >= 5 * scale ** 2).astype(float), np.max) > 0
    c_res = coarse(reservoir.astype(float)) > 0.3
    cost = 1.0 + (c_slope / 6.0) ** 2 + 6.0 * c_river + 50 * c_res
    cost = np.where(c_sea, np.inf, cost)
    graph = _grid_graph(cost, step=fac * cs)
    seat_c = [(min(r // fac, m - 1)) * m + min(c // fac, m - 1) for r, c in seats]
    dist, pred = dijkstra(graph, directed=False, indices=seat_c, return_predecessors=True)
    alloc_c = np.argmin(np.where(np.isfinite(dist), dist, np.inf), axis=0).reshape(m, m)
    alloc = np.repeat(np.repeat(alloc_c, fac, 0), fac, 1)
    alloc = np.pad(alloc, ((0, n - alloc.shape[0]), (0, n - alloc.shape[1])), mode="edge")
    townships = np.where(land, alloc + 1, 0)
    tick(0.5)

    # --- roads: least-cost routes between towns ---------------------------------------------------
    tdist = dist[:, seat_c]
    mst = minimum_spanning_tree(coo_matrix(np.triu(tdist + 1e-3, 1))).tocoo()
    links = [(int(a), int(b), "county") for a, b in zip(mst.row, mst.col)]
    for i in range(1, n_towns):                    # main roads from the county seat
        links.append((0, i, "main" if tdist[0, i] < np.median(tdist[0, 1:]) else "county"))
    road_mask = np.zeros((n, n), bool)
    road_lines = []
    done = set()
    # route each link on the coarse graph, main roads first; shared segments are reused
    links.sort(key=lambda t: (t[2] != "main", tdist[t[0], t[1]]))
    for a, b, kind in links:
        if (min(a, b), max(a, b)) in done:
            continue
        done.add((min(a, b), max(a, b)))
        path = _path(pred[a], seat_c[b])
        if len(path) < 2:
            continue
        pr, pc = np.divmod(np.array(path), m)
        pts = np.column_stack([pc * fac + fac / 2.0, pr * fac + fac / 2.0])
        pts = _chaikin(pts, 2)
        for (c1, r1), (c2, r2) in zip(pts[:-1], pts[1:]):
            _draw_line(road_mask, r1, c1, r2, c2)
        xs, ys = region.xy(pts[:, 1] - 0.5, pts[:, 0] - 0.5)
        road_lines.append({"geometry": list(zip(xs.round(1), ys.round(1))), "kind": kind,
                           "from": towns[a]["name"], "to": towns[b]["name"], "year": 1990})
    # an expressway built between 2010 and 2020, parallel to the coast (G98-like)
    expressway = np.zeros((n, n), bool)
    e_cost = np.where(c_sea, np.inf, 1.0 + (c_slope / 4.0) ** 2 + 3 * c_river + 50 * c_res)
    band = coarse(np.abs(dist_sea - 7000 * scale), np.mean)
    e_cost = e_cost + band / (1500 * scale)
    eg = _grid_graph(e_cost, step=fac * cs)
    landc = coarse(land.astype(float)) > 0.5
    lr, lc = np.nonzero(landc)
    if lr.size:
        s_i = np.argmax(lr - lc)                      # south-west end of the county
        t_i = np.argmax(lc - lr)                      # north-east end
        _, epred = dijkstra(eg, directed=False, indices=lr[s_i] * m + lc[s_i],
                            return_predecessors=True)
        path = _path(epred, lr[t_i] * m + lc[t_i])
        if len(path) > 2:
            pr, pc = np.divmod(np.array(path), m)
            pts = _chaikin(np.column_stack([pc * fac + fac / 2.0, pr * fac + fac / 2.0]), 3)
            for (c1, r1), (c2, r2) in zip(pts[:-1], pts[1:]):
                _draw_line(expressway, r1, c1, r2, c2)
            xs, ys = region.xy(pts[:, 1] - 0.5, pts[:, 0] - 0.5)
            road_lines.append({"geometry": list(zip(xs.round(1), ys.round(1))),
                               "kind": "expressway", "from": "", "to": "", "year": 2016})
    road_mask &= ~sea
    expressway &= ~sea
    tick(0.58)

    # --- villages ---------------------------------------------------------------------------------
    dist_road = ndimage.distance_transform_edt(~road_mask) * cs
    vil_score = np.where(land & (slope < 8) & ~reservoir & (dist_sea > 300),
                         np.exp(-hand / 15.0) * np.exp(-dist_road / 2500.0) * np.exp(-dem / 250.0),
                         0)
    n_vil = int(170 * scale ** 2)
    vil = _pick_spaced(rng, vil_score, vil_score > 0.02, n_vil, min_dist=max(3, 0.022 * n),
                       jitter=1.5)
    villages = []
    used = set()
    for r, c in vil:
        if any((r - t["r"]) ** 2 + (c - t["c"]) ** 2 < (0.05 * n) ** 2 for t in towns):
            continue
        while True:
            s = SURNAMES[int(rng.integers(len(SURNAMES)))]
            x = VILLAGE_SUFFIX[int(rng.integers(len(VILLAGE_SUFFIX)))]
            if (s, x) not in used or len(used) > 170:
                break
        used.add((s, x))
        villages.append({"r": r, "c": c, "name": s[0] + x[0], "name_en": s[1] + x[1],
                         "pop": int(rng.integers(300, 2500)), "type": "village"})
    tick(0.62)

    # --- land use 2020 -----------------------------------------------------------------------------
    lu = np.zeros((n, n), np.uint16)
    parc, kp = _parcels(rng, (n, n), 10)
    prand = rng.random(kp + 1)[parc]
    big_parc, kb = _parcels(rng, (n, n), 60)
    brand = rng.random(kb + 1)[big_parc]
    sl_p = _parcel_mean(slope, parc, kp)
    hand_p = _parcel_mean(hand, parc, kp)
    z_p = _parcel_mean(dem.astype(float), parc, kp)
    # forest and hill classes
    forest_noise = _norm(_fbm(rng, n, beta=3.0))
    lu[:] = 301
    low_hill = (z_p < 180) & (sl_p < 22)
    lu[low_hill & (brand < 0.30)] = 203                        # rubber on low hills
    lu[(sl_p > 25) & (brand > 0.93)] = 305
    lu[(z_p > 550) & (forest_noise < 0.25) & (brand < 0.5)] = 305
    lu[(z_p > 700) & (slope > 30) & (prand < 0.08)] = 1207
    lu[(sl_p < 25) & (hand_p < 40) & (brand > 0.85) & (z_p < 400)] = 302   # bamboo on valley sides
    lu[(z_p < 250) & (sl_p < 18) & (brand > 0.55) & (brand < 0.70)] = 307
    lu[(z_p > 450) & (brand > 0.70) & (brand < 0.78)] = 404
    # agriculture on flat valley floors and plains
    agri = (sl_p < 6) & (hand_p < 10)
    lu[agri] = 101
    dry = (sl_p < 12) & (hand_p >= 4) & (hand_p < 25) & (z_p < 200) & ~((sl_p < 4) & (hand_p < 6))
    mix = 0.75 * brand + 0.25 * prand                       # farm blocks, not single fields
    lu[dry & (mix < 0.55)] = 103
    lu[dry & (mix >= 0.55) & (mix < 0.78)] = 201
    lu[dry & (mix >= 0.78)] = 204
    lu[agri & (prand > 0.88)] = 102
    lu[agri & (prand < 0.08) & (z_p < 60)] = 204
    # coast
    coastal_low = (dem < 4.5) & (dist_sea < 2500 * scale) & ~sea
    ponds = coastal_low & (prand < 0.55)
    lu[ponds] = 1104
    beach = (dist_sea <= 90) & ~sea
    # shore type from the shape: muddy in the bay, sandy on the open coast, rocky at the headland
    bay_zone = np.exp(-(((u - bay_u) / 0.16) ** 2 + ((v - bay_v) / 0.12) ** 2)) > 0.3
    head_zone = np.exp(-(((u - head_u) / 0.07) ** 2 + ((v - head_v) / 0.10) ** 2)) > 0.3
    estuary = ndimage.binary_dilation(acc >= 25 * scale ** 2, iterations=max(2, n // 80)) & \
        (dist_sea < 1500 * scale)
    muddy = bay_zone | estuary
    lu[beach & ~muddy & ~head_zone] = 1205
    casuarina = (dist_sea > 90) & (dist_sea < 400) & ~muddy & ~head_zone & ~sea & (dem < 15)
    lu[casuarina & (prand < 0.85)] = 301
    lu[head_zone & ~sea & (dist_sea < 120) & (slope > 8)] = 1207
    # intertidal: tidal flats and mangroves (muddy coast), seaward of the coastline
    intertidal = sea & (dem > -2.5) & county_sea
    lu[intertidal] = 1105
    mangrove = (intertidal & muddy & (dem > -1.6)) | (muddy & ~sea & (dist_sea <= 150) & (dem < 2.0))
    lu[mangrove & (prand < 0.9)] = 303
    lu[sea & county_sea & ~intertidal] = 0
    # rivers, reservoir, marsh
    river_w = np.where(acc >= 12 * scale ** 2, np.clip(np.log2(acc / (12 * scale ** 2)) + 1, 1, 4), 0)
    river = ndimage.grey_dilation(np.where(acc >= 12 * scale ** 2, river_w, 0),
                                  size=(3, 3)) >= 2
    river |= (acc >= 12 * scale ** 2) & ~sea
    river &= ~sea
    lu[river] = 1101
    banks = ndimage.binary_dilation(river, iterations=1) & ~river & (hand < 2.5) & (prand < 0.3)
    lu[banks & ~sea] = 1106
    lu[reservoir] = 1103
    # built-up: towns grow from their seats over flat land (2010 radius is 80 %)
    built_dist = np.full((n, n), np.inf)
    town_lab = np.zeros((n, n), np.int32)
    for i, t in enumerate(towns):
        rad = (1.6 if i == 0 else 1.0) * np.sqrt(t["pop"] / 20000.0) * 600.0 / cs * max(scale, 0.35)
        d = np.hypot(rows - t["r"], cols - t["c"]) / rad
        d = d * (1 + 0.35 * _fbm(rng, n, beta=3.0) * 0.5) + slope / 25.0
        closer = d < built_dist
        built_dist[closer] = d[closer]
        town_lab[closer] = i + 1
    town20 = (built_dist < 1.0) & land & ~sea & ~river & ~reservoir & (slope < 15)
    town10 = (built_dist < 0.78) & town20
    lu[town20] = 701
    tp = prand
    lu[town20 & (tp < 0.12)] = 501
    lu[town20 & (tp > 0.93)] = 802
    lu[town20 & (tp > 0.88) & (tp <= 0.93)] = 810
    # industrial park on the county seat's coastal side, new in 2010-2020
    ind = np.zeros((n, n), bool)
    if towns:
        t0 = towns[0]
        ir, ic = t0["r"] + int(0.06 * n), t0["c"] + int(0.05 * n)
        ind = (np.hypot(rows - ir, cols - ic) < 0.035 * n) & land & (slope < 6) & ~river
        lu[ind] = 601
    # villages
    vil20 = np.zeros((n, n), bool)
    vil10 = np.zeros((n, n), bool)
    for vv in villages:
        rad = np.sqrt(vv["pop"] / 900.0) * 80.0 / cs * 1.3
        r0, c0 = vv["r"], vv["c"]
        w = int(rad * 2) + 2
        rs, re_ = max(0, r0 - w), min(n, r0 + w + 1)
        cs_, ce = max(0, c0 - w), min(n, c0 + w + 1)
        d = np.hypot(rows[rs:re_, cs_:ce] - r0, cols[rs:re_, cs_:ce] - c0) / rad
        d = d + 0.5 * prand[rs:re_, cs_:ce]
        vil20[rs:re_, cs_:ce] |= d < 1.0
        vil10[rs:re_, cs_:ce] |= d < 0.85
    vil20 &= land & ~river & ~reservoir & ~town20
    vil10 &= vil20
    lu[vil20] = 702
    # urban roads and roads
    urb_road = town20 & ((rows % 12 == 0) | (cols % 12 == 0)) & (prand < 0.9)
    lu[urb_road] = 1004
    lu[road_mask & land] = 1003
    lu[expressway & land] = 1003
    # port at the county seat's nearest coast
    port = np.zeros((n, n), bool)
    if towns:
        near_coast = (dist_sea < 300) & ~sea & land
        if near_coast.any():
            pr_, pc_ = np.nonzero(near_coast)
            k = np.argmin((pr_ - towns[0]["r"]) ** 2 + (pc_ - towns[0]["c"]) ** 2)
            port = (np.hypot(rows - pr_[k], cols - pc_[k]) < 0.012 * n + 2) & \
                (land | (sea & (dem > -4)))
            lu[port] = 1008
    # abandoned mines (quarries in the hills, sand mining on the coast)
    mines_lab = np.zeros((n, n), np.int32)
    mine_rows = []
    mscore = np.where(land & (slope > 12) & (dem > 60) & (dem < 400) & (dist_road < 3000 * scale),
                      1.0 + rng.random((n, n)), 0)
    n_mines = int(np.clip(round(16 * scale ** 2), 3, 20))
    msites = _pick_spaced(rng, mscore, mscore > 0, n_mines - 2, 0.06 * n, 0.5)
    csites = _pick_spaced(rng, np.where(land & (dist_sea > 200) & (dist_sea < 1500) & ~muddy
                                        & (slope < 5), 1.0, 0), land & (dist_sea > 200)
                          & (dist_sea < 1500) & ~muddy, 2, 0.1 * n, 1.0)
    mine_types = [("采石场", "quarry", "花岗岩"), ("采石场", "quarry", "建筑用石料"),
                  ("露天采矿场", "open pit", "高岭土"), ("露天采矿场", "open pit", "铁矿")]
    for j, (r, c) in enumerate(msites + csites):
        coastal = j >= len(msites)
        rad = (0.006 + 0.008 * rng.random()) * n * (1.6 if coastal else 1.0)
        d = np.hypot((rows - r) / (1 + 0.5 * rng.random()), (cols - c)) / max(rad, 1.5)
        d = d + 0.35 * (coastnoise[(rows * 7 + j * 13) % n, (cols * 7 + j * 29) % n])
        blob = (d < 1.0) & land & ~river
        blob &= ~town20 & ~reservoir
        if blob.sum() < 4:
            continue
        lid = len(mine_rows) + 1
        mines_lab[blob & (mines_lab == 0)] = lid
        if coastal:
            kind = ("砂矿", "sand mining", "钛铁矿砂")
        else:
            kind = mine_types[int(rng.integers(len(mine_types)))]
        restored = bool(rng.random() < 0.3)
        mine_rows.append({"label": lid, "mine_id": "KS{:03d}".format(lid),
                          "name": "{}{}".format(TOWN_NAMES[int(townships[r, c]) - 1][0][:2]
                                                if townships[r, c] > 0 else "", kind[0]),
                          "type": kind[0], "type_en": kind[1], "mineral": kind[2],
                          "status": "部分修复" if restored else "废弃未治理",
                          "closed": int(rng.integers(2003, 2016)), "restored": int(restored),
                          "area_ha": round(float(blob.sum()) * cs * cs / 1e4, 2)})
    mine_any = mines_lab > 0
    lu[mine_any] = 1206
    lu[mine_any & (prand < 0.45)] = 602
    lu[mine_any & (prand > 0.8)] = 1207
    lu[~land & ~county_sea] = 0
    lu[sea & ~(intertidal | port)] = 0
    lu[land & (lu == 0)] = 301
    tick(0.72)

    # --- land use 2010: undo a decade of change ----------------------------------------------------
    lu10 = lu.copy()
    prev_agri = np.where((hand < 6) & (slope < 4), 101, 103).astype(np.uint16)
    prev_agri[(prand > 0.7) & (prev_agri == 103)] = 201
    new_built = (town20 & ~town10) | (vil20 & ~vil10) | ind
    lu10[new_built] = prev_agri[new_built]
    lu10[expressway & land & ~road_mask] = prev_agri[expressway & land & ~road_mask]
    # cropland lost to orchards (areca) 2010-2020
    to_orch = np.isin(lu, (204, 201)) & (big_parc % 10 == 2)
    lu10[to_orch] = 103
    # forest regrowth: in 2010 shrub / grass / cut-over plantation
    regrow = (lu == 301) & (brand > 0.6) & (brand < 0.62) & land
    lu10[regrow] = np.where(prand[regrow] < 0.5, 305, 404)
    young = (lu == 307) & (brand < 0.25)
    lu10[young] = 404
    # mines were active in 2010
    lu10[mine_any] = 602
    # mangrove: restored from ponds (gain) and converted to ponds (loss)
    mg_zone = ndimage.binary_dilation(lu == 303, iterations=4)
    gain = (lu == 303) & (big_parc % 5 == 0)
    lu10[gain] = np.where(sea[gain], 1105, 1104)
    loss = mg_zone & np.isin(lu, (1104, 1105)) & (big_parc % 4 == 1)
    lu10[loss] = 303
    lu10[lu == 0] = 0
    tick(0.76)

    # --- ecosystem (forest types) --------------------------------------------------------------------
    def ecosystem(lu_year):
        eco = lu_year.astype(np.int32)
        forest = lu_year == 301
        t = np.where(dem > 450, 30101, np.where(forest_noise > 0.6, 30102, 30103))
        t = np.where((dem < 200) & (brand > 0.15) & (brand < 0.45) & (dist_road < 2000), 30104, t)
        t = np.where((dem < 300) & (dist_road < 1500) & (forest_noise < 0.3), 30104, t)
        t = np.where(casuarina, 30105, t)
        t = np.where((dem > 250) & (forest_noise > 0.45) & (forest_noise < 0.6), 30101, t)
        eco[forest] = t[forest]
        shrub = lu_year == 305
        eco[shrub] = np.where(prand[shrub] < 0.7, 30501, 30502)
        return eco
    eco20 = ecosystem(lu)
    eco10 = ecosystem(lu10)

    # --- climate, vegetation, soil ---------------------------------------------------------------
    pn = _fbm(rng, n, beta=4.0)
    asp = hy.slope_aspect(ndimage.gaussian_filter(dem.astype(float), 8), cellsize=cs)[1]
    windward = np.cos(np.radians(np.where(asp >= 0, asp, 135.0) - 135.0))   # SE monsoon
    precip = (1750 + 0.9 * np.clip(ndimage.gaussian_filter(dem.astype(float), 15), 0, None)
              + 120 * windward * _smoothstep(ndimage.gaussian_filter(dem.astype(float), 8) / 300)
              + 90 * pn + 150 * (1 - np.clip(dist_sea / 30000, 0, 1)))
    temp = 24.3 - 0.0062 * np.clip(dem, 0, None)
    luf = lu.astype(np.int32)

    def veg(lu_year, year):
        table = {101: 0.62, 102: 0.6, 103: 0.5, 201: 0.68, 202: 0.7, 203: 0.78, 204: 0.7,
                 301: 0.86, 302: 0.82, 303: 0.8, 305: 0.7, 307: 0.6, 404: 0.55,
                 1105: 0.08, 1106: 0.3, 1108: 0.55, 1101: 0.02, 1103: 0.02, 1104: 0.05,
                 501: 0.12, 601: 0.1, 602: 0.15, 701: 0.16, 702: 0.25, 802: 0.22, 810: 0.55,
                 1003: 0.12, 1004: 0.1, 1008: 0.06, 1205: 0.08, 1206: 0.15, 1207: 0.12, 0: 0.0}
        lutab = np.zeros(1300)
        for k, val in table.items():
            lutab[k] = val
        nd = lutab[lu_year]
        nd = nd + 0.05 * _fbm(np.random.Generator(np.random.PCG64(int(seed) * 7 + year)), n, 2.2)
        nd += 0.03 * (precip - 1900) / 400
        return np.clip(nd, -0.05, 0.92)
    ndvi20 = veg(lu, 2020)
    ndvi10 = veg(lu10, 2010) - 0.015
    fvc20 = np.clip((ndvi20 - 0.05) / (0.86 - 0.05), 0, 1)
    fvc10 = np.clip((ndvi10 - 0.05) / (0.86 - 0.05), 0, 1)
    npp20 = np.clip(1500 * fvc20 ** 1.1 * (0.8 + 0.2 * (precip - 1600) / 800)
                    * (0.9 + 0.1 * (temp - 20) / 4), 0, None)
    npp10 = np.clip(1500 * fvc10 ** 1.1 * (0.8 + 0.2 * (precip - 1600) / 800)
                    * (0.9 + 0.1 * (temp - 20) / 4), 0, None)
    pet = 1300 - 0.8 * np.clip(dem, 0, None) * 0.5
    et = pet * (0.45 + 0.45 * fvc20) * (0.9 + 0.1 * (precip - 1700) / 700)
    et = np.where(np.isin(luf, (1101, 1103, 1104, 1105)), pet * 1.05, et)
    r_factor = np.clip(8200 + 5.2 * (precip - 1700) + 600 * pn, 8000, 15000)
    soil_noise = _fbm(rng, n, beta=3.4)
    k_factor = np.where(hand < 5, 0.038, np.where(dem > 400, 0.026, 0.031))
    k_factor = np.where(dist_sea < 1500, 0.018, k_factor)
    k_factor = np.where(np.isin(luf, (101, 102)), 0.035, k_factor)
    k_factor = np.clip(ndimage.gaussian_filter(k_factor, 2) + 0.004 * soil_noise, 0.012, 0.048)
    tick(0.82)

    # --- planning zones -------------------------------------------------------------------------
    is_forest20 = np.isin(lu, (301, 302, 305))
    high = ndimage.gaussian_filter(dem.astype(float), 6) > 260
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
    udb = ndimage.binary_dilation(town20 | ind, iterations=max(2, int(0.012 * n))) & land
    udb = ndimage.binary_closing(udb, iterations=3) & land & ~redline & ~river & ~sea
    for t in towns:
        udb[max(0, t["r"] - 1):t["r"] + 2, max(0, t["c"] - 1):t["c"] + 2] = True
    udb &= land
    redline &= ~udb
    pbf = crop20 & ~udb & (slope < 15) & ~redline
    lab, nl = ndimage.label(pbf, np.ones((3, 3)))
    sizes = np.bincount(lab.ravel())
    pbf = (sizes >= 15)[lab] & (lab > 0)
    # nature reserves
    reserves = np.zeros((n, n), np.int32)
    res_rows = []
    peak = np.unravel_index(np.argmax(np.where(land, ndimage.gaussian_filter(dem, 10), -1)), (n, n))
    d = np.hypot(rows - peak[0], cols - peak[1]) * cs
    sm = ndimage.gaussian_filter(dem.astype(float), 4)
    q = np.percentile(sm[land], 80) if land.any() else 0
    r1 = land & (sm > q) & (d < 12000 * scale)
    lab, _ = ndimage.label(r1)
    r1 = (lab == lab[peak]) if lab[peak] > 0 else r1
    r1 = ndimage.binary_closing(r1, iterations=3) & land & ~vil20 & ~town20
    del d
    reserves[r1] = 1
    res_rows.append({"label": 1, "name": "示例岭省级自然保护区", "name_en": "Shililing Provincial "
                     "Nature Reserve", "type": "自然保护区", "type_en": "nature reserve",
                     "level": "省级", "target": "热带山地雨林及野生动植物"})
    mg = ndimage.binary_dilation(lu == 303, iterations=max(3, n // 100)) & \
        (ndimage.binary_dilation(lu == 303, iterations=1) | (lu == 1105)) & (lu != 0)
    mg = ndimage.binary_closing(mg | (lu == 303), iterations=2) & (lu != 0) & ~town20
    reserves[mg & (reserves == 0)] = 2
    res_rows.append({"label": 2, "name": "港湾红树林市县级自然保护区", "name_en": "Ganwan Mangrove "
                     "Nature Reserve", "type": "自然保护区", "type_en": "nature reserve",
                     "level": "市县级", "target": "红树林湿地生态系统及水鸟"})
    if reservoir.any():
        fp = ndimage.binary_dilation(reservoir, iterations=max(4, n // 50)) & land & \
            np.isin(lu, (301, 302, 305, 1103, 307)) & (reserves == 0)
        fp = ndimage.binary_closing(fp, iterations=2) & land & (reserves == 0)
        reserves[fp] = 3
        res_rows.append({"label": 3, "name": "青山湖县级森林公园", "name_en": "Qingshan Lake "
                         "Forest Park", "type": "自然公园", "type_en": "nature park (forest park)",
                         "level": "县级", "target": "水源涵养林及水库景观"})
    for row in res_rows:
        row["area_ha"] = round(float((reserves == row["label"]).sum()) * cs * cs / 1e4, 1)
    tick(0.88)

    # --- watersheds: sub-basins at junctions of the main network, small coastal ones merged ----
    ws_thr = 4.0 * scale ** 2
    ws_streams = (acc >= ws_thr) & ~sea
    wlinks = hy.stream_links(rec, ws_streams.ravel())
    wsub = hy.label_basins(rec, wlinks).reshape(n, n)
    # merge tiny link basins into the basin downstream: label by basins of order >= 2 links
    sizes = np.bincount(wsub.ravel())
    wsub = hy.merge_small_regions(wsub, min_cells=int(2.0 * scale ** 2 / cell_km2) + 1, mask=~land)
    _, inv = np.unique(wsub, return_inverse=True)
    ws = np.where(land, inv.reshape(n, n), 0)
    uniq = np.unique(ws[ws > 0])
    remap = np.zeros(ws.max() + 1, np.int64)
    remap[uniq] = np.arange(1, uniq.size + 1)
    ws = remap[ws]
    tick(0.9)

    # --- vectors ---------------------------------------------------------------------------------
    xs, ys = region.xy(np.array([t["r"] for t in towns + villages]),
                       np.array([t["c"] for t in towns + villages]))
    settle = []
    for i, t in enumerate(towns + villages):
        tw = int(townships[t["r"], t["c"]])
        settle.append({"geometry": (round(float(xs[i]), 1), round(float(ys[i]), 1)),
                       "name": t["name"], "name_en": t["name_en"], "type": t["type"],
                       "population": t["pop"], "township": towns[tw - 1]["name"] if tw else "",
                       "elev_m": round(float(dem[t["r"], t["c"]]), 1)})
    region.vectors["settlements"] = VectorLayer(
        "settlements", "居民点", "Settlements", "Point",
        [("name", "str"), ("name_en", "str"), ("type", "str"), ("population", "int"),
         ("township", "str"), ("elev_m", "real")], settle)
    kinds = {"expressway": ("高速公路", 1), "main": ("国省道", 2), "county": ("县道", 3)}
    feats = []
    for i, rl in enumerate(road_lines):
        g = [(float(a), float(b)) for a, b in rl["geometry"]]
        ln = float(np.sum(np.hypot(np.diff([p[0] for p in g]), np.diff([p[1] for p in g]))))
        feats.append({"geometry": g, "road_id": i + 1, "class": rl["kind"],
                      "class_zh": kinds[rl["kind"]][0], "rank": kinds[rl["kind"]][1],
                      "from_town": rl["from"], "to_town": rl["to"], "year_built": rl["year"],
                      "length_km": round(ln / 1000.0, 2)})
    region.vectors["roads"] = VectorLayer(
        "roads", "道路", "Roads", "LineString",
        [("road_id", "int"), ("class", "str"), ("class_zh", "str"), ("rank", "int"),
         ("from_town", "str"), ("to_town", "str"), ("year_built", "int"), ("length_km", "real")],
        feats)
    # rivers: one line per stream link (county only), main stems named
    rlinks = hy.stream_links(rec, (streams & land).ravel())
    paths = hy.stream_paths(rec, rlinks, (n, n))
    mains = {}
    # name the largest basins' main stems: their outlets, largest first
    outs = np.flatnonzero((rec < 0) & (streams & land).ravel())
    outs = outs[np.argsort(-acc.ravel()[outs])][:len(RIVER_NAMES)]
    for k, o in enumerate(outs):
        if acc.ravel()[o] < 10 * scale ** 2:
            break
        mains[int(o)] = RIVER_NAMES[k]
    main_link_name = {}
    if mains:
        # walk upstream along the largest tributary
        recf = rec
        up_best = np.full(n * n, -1, np.int64)
        sc = np.flatnonzero(streams.ravel())
        r_ = recf[sc]
        ok = r_ >= 0
        sc, r_ = sc[ok], r_[ok]
        o_ = np.argsort(acc.ravel()[sc], kind="stable")
        up_best[r_[o_]] = sc[o_]            # the last write (largest acc) wins
        for o, nm in mains.items():
            i = o
            while i >= 0 and rlinks[i] > 0:
                main_link_name.setdefault(int(rlinks[i]), nm)
                i = up_best[i]
    feats = []
    acc_f = acc.ravel()
    for lid, (pr, pc) in paths.items():
        if len(pr) < 2:
            continue
        pts = _chaikin(np.column_stack([pc, pr]).astype(float), 1)
        x_, y_ = region.xy(pts[:, 1], pts[:, 0])
        last = pr[-2] * n + pc[-2] if len(pr) > 1 else pr[-1] * n + pc[-1]
        nm = main_link_name.get(lid, ("", ""))
        feats.append({"geometry": list(zip(np.round(x_, 1).tolist(), np.round(y_, 1).tolist())),
                      "link_id": int(lid), "strahler": int(order.ravel()[pr[0] * n + pc[0]]),
                      "upstream_km2": round(float(acc_f[last]), 3), "name": nm[0],
                      "name_en": nm[1],
                      "length_km": round(len(pr) * cs / 1000.0, 3)})
    region.vectors["rivers"] = VectorLayer(
        "rivers", "河流", "Rivers (stream network)", "LineString",
        [("link_id", "int"), ("strahler", "int"), ("upstream_km2", "real"), ("name", "str"),
         ("name_en", "str"), ("length_km", "real")], feats,
        description="D8 stream links, accumulation >= {} km2".format(stream_km2))
    # coastline with shore types
    coast_land = land | (lu == 303) & ~sea | port & ~sea
    region.vectors["coastline"] = _coastline(region, coast_land, sea, lu, muddy, head_zone,
                                             estuary, port | town20 | (lu == 1104))
    # polygon layers from label rasters
    code = lambda i: "{}{:03d}".format(COUNTY_CODE, 100 + i)  # noqa: E731
    tw_rows = []
    for i, t in enumerate(towns):
        area = float((townships == i + 1).sum()) * cs * cs / 1e6
        pop = sum(s["population"] for s in settle if s["township"] == t["name"])
        tw_rows.append({"label": i + 1, "name": t["name"], "name_en": t["name_en"],
                        "code": code(i), "seat": t["name"], "area_km2": round(area, 2),
                        "population": int(pop)})
    region.vectors["townships"] = VectorLayer(
        "townships", "乡镇", "Townships", "Polygon",
        [("label", "int"), ("name", "str"), ("name_en", "str"), ("code", "str"), ("seat", "str"),
         ("area_km2", "real"), ("population", "int")], tw_rows, labels=townships.astype(np.int32))
    region.vectors["county"] = VectorLayer(
        "county", "县域边界", "County boundary", "Polygon",
        [("label", "int"), ("name", "str"), ("name_en", "str"), ("code", "str"),
         ("area_km2", "real"), ("population", "int")],
        [{"label": 1, "name": COUNTY_NAME[0], "name_en": COUNTY_NAME[1], "code": COUNTY_CODE,
          "area_km2": round(float(land.sum()) * cs * cs / 1e6, 2),
          "population": int(sum(s["population"] for s in settle))}],
        labels=land.astype(np.int32))
    ws_rows = []
    wsizes = np.bincount(ws.ravel())
    for i in range(1, ws.max() + 1):
        ws_rows.append({"label": i, "ws_id": "WS{:03d}".format(i),
                        "area_km2": round(float(wsizes[i]) * cell_km2, 3)})
    region.vectors["watersheds"] = VectorLayer(
        "watersheds", "小流域", "Watersheds (sub-basins)", "Polygon",
        [("label", "int"), ("ws_id", "str"), ("area_km2", "real")], ws_rows,
        labels=ws.astype(np.int32),
        description="sub-basins of the D8 network at {} km2, small ones merged".format(ws_thr))
    rl_lab, nrl = ndimage.label(redline, np.ones((3, 3)))
    region.vectors["red_line"] = VectorLayer(
        "red_line", "生态保护红线", "Ecological protection red line", "Polygon",
        [("label", "int"), ("zone_id", "str"), ("category", "str"), ("area_ha", "real")],
        [{"label": i, "zone_id": "HX{:03d}".format(i),
          "category": "海岸带红树林" if (lu[rl_lab == i] == 303).mean() > 0.3 else
          ("水源涵养" if reservoir[rl_lab == i].any() else "生物多样性维护、水源涵养"),
          "area_ha": round(float((rl_lab == i).sum()) * cs * cs / 1e4, 2)}
         for i in range(1, nrl + 1)], labels=rl_lab.astype(np.int32))
    pb_lab, npb = ndimage.label(pbf, np.ones((3, 3)))
    pb_sizes = np.bincount(pb_lab.ravel())
    region.vectors["basic_farmland"] = VectorLayer(
        "basic_farmland", "永久基本农田", "Permanent basic farmland", "Polygon",
        [("label", "int"), ("block_id", "str"), ("township", "str"), ("area_ha", "real")],
        [{"label": i, "block_id": "JBNT{:04d}".format(i),
          "township": towns[int(np.bincount(townships[pb_lab == i]).argmax()) - 1]["name"]
          if townships[pb_lab == i].max() > 0 else "",
          "area_ha": round(float(pb_sizes[i]) * cs * cs / 1e4, 2)} for i in range(1, npb + 1)],
        labels=pb_lab.astype(np.int32))
    udb_lab = np.where(udb, np.maximum(town_lab, 1), 0).astype(np.int32)
    region.vectors["urban_boundary"] = VectorLayer(
        "urban_boundary", "城镇开发边界", "Urban development boundary", "Polygon",
        [("label", "int"), ("town", "str"), ("area_ha", "real")],
        [{"label": i + 1, "town": t["name"], "area_ha": round(float((udb_lab == i + 1).sum())
                                                              * cs * cs / 1e4, 2)}
         for i, t in enumerate(towns) if (udb_lab == i + 1).any()], labels=udb_lab)
    region.vectors["nature_reserves"] = VectorLayer(
        "nature_reserves", "自然保护地", "Nature reserves", "Polygon",
        [("label", "int"), ("name", "str"), ("name_en", "str"), ("type", "str"),
         ("type_en", "str"), ("level", "str"), ("target", "str"), ("area_ha", "real")],
        [r for r in res_rows if (reserves == r["label"]).any()], labels=reserves)
    region.vectors["mines"] = VectorLayer(
        "mines", "历史遗留矿山", "Abandoned mines", "Polygon",
        [("label", "int"), ("mine_id", "str"), ("name", "str"), ("type", "str"),
         ("type_en", "str"), ("mineral", "str"), ("status", "str"), ("closed", "int"),
         ("restored", "int"), ("area_ha", "real")], mine_rows, labels=mines_lab)
    tick(0.95)

    # --- rasters ---------------------------------------------------------------------------------
    nod = -9999.0
    county_area = land
    def f32(a, mask=county_area):
        return np.where(mask, a, nod).astype(np.float32)
    region.add("dem", dem, "高程", "Elevation (DEM); sea depth below 0", "m", None)
    region.add("slope", f32(np.where(sea, 0, slope), ~np.zeros_like(sea)), "坡度",
               "Slope (Horn 1981)", "degree", nod)
    lu_table = C.class_table(sorted(np.unique(np.concatenate([np.unique(lu), np.unique(lu10)]))
                                    [1:].tolist()))
    region.add("landuse_2010", lu10, "2010年土地利用（三调分类）", "Land use 2010 (三调 classes)",
               "class", 0, lu_table)
    region.add("landuse_2020", lu, "2020年土地利用（三调分类）", "Land use 2020 (三调 classes)",
               "class", 0, lu_table)
    eco_vals = sorted(set(np.unique(eco20).tolist()) | set(np.unique(eco10).tolist()) - {0})
    eco_table = C.class_table(eco_vals, include_subclasses=True)
    region.add("ecosystem_2010", eco10.astype(np.uint32), "2010年生态系统类型（含森林类型）",
               "Ecosystem type 2010 (forest types)", "class", 0, eco_table)
    region.add("ecosystem_2020", eco20.astype(np.uint32), "2020年生态系统类型（含森林类型）",
               "Ecosystem type 2020 (forest types)", "class", 0, eco_table)
    region.add("npp", f32(npp20), "净初级生产力（2016-2020年均）", "Net primary productivity 2020",
               "gC/m²/a", nod)
    region.add("npp_2010", f32(npp10), "净初级生产力（2006-2010年均）",
               "Net primary productivity 2010", "gC/m²/a", nod)
    region.add("precipitation", f32(precip), "多年平均降水量", "Annual precipitation", "mm", nod)
    region.add("et", f32(et), "多年平均实际蒸散发", "Annual actual evapotranspiration", "mm", nod)
    region.add("fvc", f32(fvc20), "2020年植被覆盖度", "Fractional vegetation cover 2020", "0-1", nod)
    region.add("fvc_2010", f32(fvc10), "2010年植被覆盖度", "Fractional vegetation cover 2010",
               "0-1", nod)
    region.add("ndvi_2010", f32(ndvi10), "2010年归一化植被指数", "NDVI 2010", "-", nod)
    region.add("ndvi_2020", f32(ndvi20), "2020年归一化植被指数", "NDVI 2020", "-", nod)
    region.add("r_factor", f32(r_factor), "降雨侵蚀力因子R", "Rainfall erosivity R",
               "MJ·mm/(hm²·h·a)", nod)
    region.add("k_factor", f32(k_factor), "土壤可蚀性因子K", "Soil erodibility K",
               "t·hm²·h/(hm²·MJ·mm)", nod)
    region.add("rivers", np.where(streams & land, order, 0).astype(np.uint8), "河网（Strahler分级）",
               "Stream network (Strahler order)", "order", 0,
               description="D8 flow accumulation >= {} km2".format(stream_km2))
    region.add("flow_direction", np.where(sea, 0, fdir).astype(np.uint8), "D8流向", "D8 flow "
               "direction (ESRI codes 1-128)", "code", 0)
    region.add("flow_accumulation", np.where(sea, nod, acc).astype(np.float32), "汇流累积量",
               "Flow accumulation (upstream area)", "km²", nod)
    region.add("watersheds", ws.astype(np.int32), "小流域", "Watersheds", "id", 0)
    region.add("townships", townships.astype(np.int32), "乡镇", "Townships", "id", 0)
    _hazard_layers(region, rows, cols, u, v, land, sea, dem, slope, fvc20, lu, dist_sea, muddy,
                   head_zone, estuary, port | town20 | (lu == 1104), (bay_u, bay_v), nod, k_factor)
    region.extra.update({"county": land, "county_sea": county_sea, "reservoir": reservoir,
                         "town_seats": [(t["r"], t["c"]) for t in towns], "road_mask": road_mask,
                         "expressway": expressway, "redline": redline, "pbf": pbf, "udb": udb,
                         "mines": mines_lab, "hand": hand, "towns": towns, "villages": villages})
    tick(1.0)
    return region


def _hazard_layers(region, rows, cols, u, v, land, sea, dem, slope, fvc, lu, dist_sea, muddy, head,
                   estuary, artificial, bay, nod, k_factor):
    """Soil texture, karst and coastal-hazard layers for the rocky-desertification and coastal-erosion assessments.

    Drawn from their own generator (``PCG64(seed * 31 + 17)``) after everything else, so adding
    them left every older layer byte-identical. Karst: a NE-SW limestone belt across the hills
    (``karst`` 0/1) with carbonate-rock outcrop % (``carbonate_outcrop``; more bare rock on steep,
    poorly vegetated karst; 0 outside karst). Coast: the land strip within 600 m of the sea takes
    the shore type of its nearest coastal cell (``shore_type``, codes of the coastal-erosion
    assessment: 1 sandy, 2 muddy, 3 natural-form (estuary), 4 artificial, 5 bedrock), a storm-surge
    height rising into the bay (funnel effect), a wave height highest on the open coast and the
    headland, and a shoreline erosion rate by shore type (m/a; negative = accretion at mangroves).
    Soil texture (``soil_texture``, codes of the soil-erosion vulnerability texture table) follows
    the K factor: < 0.022 砂 (2), < 0.029 黏土 (5), < 0.034 壤土 (7), < 0.040 砂壤土 (8), else 粉土 (12).
    """
    n = region.size
    rng = np.random.Generator(np.random.PCG64(int(region.seed) * 31 + 17))
    texture = np.select([k_factor < 0.022, k_factor < 0.029, k_factor < 0.034, k_factor < 0.040], [2, 5, 7, 8], 12)
    region.add("soil_texture", np.where(land, texture, 0).astype(np.uint8), "土壤质地",
               "Soil texture class (1 石砾 … 12 粉土)", "code", 0)
    noise = _fbm(rng, n, beta=3.8)
    fine = _fbm(rng, n, beta=2.4)
    # karst belt across the hills
    belt = np.exp(-((0.62 * u - 0.78 * v + 0.12 + 0.06 * noise) / 0.07) ** 2)
    karst = land & (belt > 0.5) & (dem > 15)
    lab, nl = ndimage.label(karst)
    if nl:
        sizes = np.bincount(lab.ravel())
        karst = (sizes >= 20)[lab] & (lab > 0)
    bare = np.clip(0.08 + 0.55 * (1.0 - fvc) + 0.010 * np.clip(slope, 0, 45) + 0.12 * fine, 0.0, 0.95)
    outcrop = np.where(karst, 100.0 * bare, 0.0)
    outcrop = np.where(np.isin(lu, (1207,)) & karst, np.maximum(outcrop, 75.0), outcrop)  # bare rock
    region.add("karst", karst.astype(np.uint8), "喀斯特（碳酸盐岩）分布区", "Karst (carbonate rock) area",
               "0/1", None)
    region.add("carbonate_outcrop", np.where(land, outcrop, nod).astype(np.float32), "碳酸盐岩出露面积比例",
               "Carbonate rock outcrop", "%", nod)
    # coastal strip and shore types (as the coastline layer: muddy bay / estuary, rocky headland,
    # artificial at the port, towns and aquaculture ponds, sandy elsewhere)
    coastcell = land & ndimage.binary_dilation(sea, np.ones((3, 3), bool))
    t = np.ones((n, n), np.uint8)                          # sandy
    t[muddy] = 2
    t[estuary & (region.extra["acc_km2"] >= 20)] = 3
    t[head] = 5
    t[artificial & ~head] = 4
    t = ndimage.median_filter(t, 5)
    strip = land & (dist_sea <= 600.0)
    if coastcell.any():
        _, (ir, ic) = ndimage.distance_transform_edt(~coastcell, return_indices=True)
        shore = np.where(strip, t[ir, ic], 0).astype(np.uint8)
    else:
        shore = np.zeros((n, n), np.uint8)
    bay_u, bay_v = bay
    funnel = np.exp(-(((u - bay_u) / 0.12) ** 2 + ((v - bay_v) / 0.09) ** 2))
    exposure = np.clip(1.0 - 1.4 * funnel, 0.0, 1.0)      # open coast 1, inner bay 0
    surge = 1.45 + 2.2 * funnel + 0.12 * noise + 0.08 * fine
    wave = 0.2 + 0.75 * exposure + 0.35 * (shore == 5) + 0.08 * fine
    rate = np.select([shore == 1, shore == 2, shore == 3, shore == 4],
                     [0.1 + 1.8 * exposure + 0.5 * fine,
                      -2.0 + 9.0 * exposure + 3.0 * fine + 4.0 * funnel * (lu != 303),
                      0.5 + 2.0 * exposure, 0.0], 0.05)
    on = shore > 0
    region.add("shore_type", shore, "岸线类型（海岸带）", "Shore type in the coastal strip (1 sandy, 2 muddy, "
               "3 natural-form, 4 artificial, 5 bedrock)", "code", 0)
    region.add("storm_surge", np.where(on, np.clip(surge, 0.5, None), nod).astype(np.float32), "最大风暴增水",
               "Storm surge height", "m", nod)
    region.add("wave_height", np.where(on, np.clip(wave, 0.1, None), nod).astype(np.float32), "平均有效波高",
               "Significant wave height", "m", nod)
    region.add("erosion_rate", np.where(on, rate, nod).astype(np.float32), "岸线侵蚀速率",
               "Shoreline erosion rate (negative = accretion)", "m/a", nod)


def land_or(a, b):
    return a | b


def _coastline(region, land, sea, lu, muddy, head, estuary, artificial):
    """Coastline: land/sea cell edges chained into lines, smoothed, split by shore type."""
    n = region.size
    # boundary edges between a land cell and a sea cell, as corner-point pairs
    edges = []
    a, b = land[:, :-1], sea[:, 1:]
    r, c = np.nonzero((a & b) | (land[:, 1:] & sea[:, :-1]))
    edges += list(zip(zip(r, c + 1), zip(r + 1, c + 1)))
    r, c = np.nonzero((land[:-1, :] & sea[1:, :]) | (land[1:, :] & sea[:-1, :]))
    edges += list(zip(zip(r + 1, c), zip(r + 1, c + 1)))
    adj = {}
    for p, q in edges:
        p, q = (int(p[0]), int(p[1])), (int(q[0]), int(q[1]))
        adj.setdefault(p, []).append(q)
        adj.setdefault(q, []).append(p)
    seen = set()
    chains = []
    starts = [p for p, qs in adj.items() if len(qs) == 1] + list(adj)
    for s in starts:
        for q0 in adj[s]:
            if (s, q0) in seen:
                continue
            chain = [s]
            cur = q0
            seen.add((s, q0))
            seen.add((q0, s))
            while True:
                chain.append(cur)
                nxt = [q for q in adj[cur] if (cur, q) not in seen]
                if not nxt:
                    break
                q = nxt[0]
                seen.add((cur, q))
                seen.add((q, cur))
                cur = q
            if len(chain) > 1:
                chains.append(chain)
    # shore type of each coastal land cell
    types = [("砂质岸线", "sandy", "natural"), ("淤泥质岸线", "muddy", "natural"),
             ("基岩岸线", "bedrock", "natural"), ("人工岸线", "artificial", "artificial"),
             ("河口岸线", "estuary", "natural")]
    t = np.zeros((n, n), np.int8)
    t[:] = 0
    t[muddy] = 1
    t[head] = 2
    t[artificial & ~head] = 3
    t[estuary & (region.extra["acc_km2"] >= 20)] = 4
    t = ndimage.median_filter(t, 5)
    coastcell = land & ndimage.binary_dilation(sea, np.ones((3, 3), bool))
    _, (ir, ic) = ndimage.distance_transform_edt(~coastcell, return_indices=True)
    feats = []
    fid = 0
    for chain in chains:
        if len(chain) < 6:
            continue
        pts = np.array(chain, float)                       # (row, col) corners
        pts = _chaikin(pts, 3)
        rr = np.clip(pts[:, 0].astype(int), 0, n - 1)
        cc = np.clip(pts[:, 1].astype(int), 0, n - 1)
        ty = t[ir[rr, cc], ic[rr, cc]]
        w = 31
        if len(ty) > w:                                   # mode filter along the line
            counts = np.stack([np.convolve(ty == k, np.ones(w), "same") for k in range(5)])
            ty = counts.argmax(0)
        cut = np.flatnonzero(np.diff(ty)) + 1
        for seg in np.split(np.arange(len(ty)), cut):
            if len(seg) < 2:
                continue
            seg = np.append(seg, min(seg[-1] + 1, len(ty) - 1))
            x = region.x0 + pts[seg, 1] * region.cellsize
            y = region.y0 - pts[seg, 0] * region.cellsize
            k = int(ty[seg[0]])
            fid += 1
            ln = float(np.sum(np.hypot(np.diff(x), np.diff(y))))
            feats.append({"geometry": list(zip(np.round(x, 1).tolist(), np.round(y, 1).tolist())),
                          "seg_id": fid, "shore_type": types[k][1], "shore_zh": types[k][0],
                          "nature": types[k][2], "natural": int(types[k][2] == "natural"),
                          "length_km": round(ln / 1000.0, 3)})
    return VectorLayer("coastline", "海岸线", "Coastline", "LineString",
                       [("seg_id", "int"), ("shore_type", "str"), ("shore_zh", "str"),
                        ("nature", "str"), ("natural", "int"), ("length_km", "real")], feats)
