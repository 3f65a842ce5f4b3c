"""Demo County stage: the sea (陆海统筹) - island, shorelines 2010/2020, marine habitats, sea-use zones, stations.

Runs after every other stage with a generator of its own (``PCG64(seed * 41 + 23)``) and changes no
earlier layer. It adds:

* ``bathymetry`` (m; sea depth below 0 as in the DEM, plus a small island 青屿 raised above the sea;
  land is nodata). The island exists only in the marine layers: the DEM and the land-use rasters
  keep it as sea;
* ``marine_habitat_2010`` / ``marine_habitat_2020``: coastal wetland and marine habitat classes
  (:data:`HABITATS`): mangroves, tidal flats and aquaculture ponds follow the land-use rasters
  (mangroves lost to ponds and restored from ponds between 2010 and 2020); seagrass beds in the
  sheltered bay, a fringing reef round the island and the headland, open sea farming rafts in the
  bay (half of them new since 2010, over former seagrass), the estuary water, construction land;
* ``shoreline_2010`` / ``shoreline_2020`` (lines, land on the left): the mainland coastline
  reclassified into the seven classes of :mod:`..core.shoreline` and the island's shoreline; 2010
  differs by natural shore lost to aquaculture ponds, a sea wall built seaward (reclamation) by the
  port, an artificial stretch restored (生态恢复) and shore erosion (the 2010 line lies seaward by
  ten years of the erosion rate);
* ``salinity`` (‰), ``substrate`` (1 mud, 2 sandy mud, 3 sand, 4 gravel / rock) and ``sea_wave_height``
  (m) over the sea and the coastal wetlands, for the restoration suitability;
* ``island`` (polygon), ``sea_use_zones`` (海洋功能区 polygons), ``marine_stations`` (monitoring
  points with HY/T 087-2005 indicator values, fictitious).
"""
from functools import partial

import numpy as np
from scipy import ndimage

from ..core import shoreline as SL
from ._helpers import _fbm, _in_threads
from .region import VectorLayer

#: marine habitat classes (value, code, 中文, English, rgb)
HABITATS = [
    (1, "mangrove", "红树林", "Mangrove", (0, 140, 110)),
    (2, "salt_marsh", "盐沼", "Salt marsh", (150, 190, 110)),
    (3, "seagrass", "海草床", "Seagrass bed", (90, 170, 80)),
    (4, "coral_reef", "珊瑚礁", "Coral reef", (240, 120, 110)),
    (5, "tidal_flat", "滩涂", "Tidal flat", (205, 190, 150)),
    (6, "estuary", "河口水域", "Estuary water", (110, 160, 210)),
    (7, "aquaculture_pond", "养殖坑塘", "Aquaculture pond", (120, 175, 235)),
    (8, "sea_farming", "开放式养殖", "Sea farming (rafts, cages)", (250, 210, 90)),
    (9, "shallow_sea", "浅海水域", "Shallow sea", (190, 220, 240)),
    (10, "island", "海岛陆域", "Island land", (170, 140, 100)),
    (11, "construction", "建设用地（围填海）", "Construction land (reclamation)", (200, 80, 80)),
]
ZONES = [(1, "HY-1", "农渔业区", "Agriculture and fishery"), (2, "HY-2", "港口航运区", "Port and shipping"),
         (3, "HY-3", "旅游休闲娱乐区", "Tourism and recreation"), (4, "HY-4", "海洋保护区", "Marine protected area"),
         (5, "HY-5", "保留区", "Reserved area")]
ISLAND_NAME = ("青屿", "Qing Yu")
NODATA = -9999.0


def habitat_table():
    return [{"value": v, "code": c, "name_zh": zh, "name_en": en, "group": "marine", "group_zh": "海洋与海岸带",
             "group_en": "Marine and coast", "rgb": rgb, "ecosystem": zh} for v, c, zh, en, rgb in HABITATS]


def _island(st, rng):
    """Centre (row, col), radius (cells), mask and elevation of a small island offshore."""
    n = st.n
    radius = max(2.5, 0.022 * n)
    margin = int(3 * radius) + 2
    inner = np.zeros((n, n), bool)
    inner[margin:n - margin, margin:n - margin] = True
    cand = st.county_sea & inner
    if not cand.any():
        cand = st.sea & inner
    # about 900 m offshore (30 % of that on small regions), away from the bay (kept for the farms)
    rr, cc = np.nonzero(cand)
    off = 900.0 * max(st.scale, 0.3)
    score = -np.abs(st.dist_sea[rr, cc] - off) / off + np.hypot(st.u[rr, cc] - st.bay_u, st.v[rr, cc] - st.bay_v)
    k = int(np.argmax(score + 0.02 * rng.random(len(rr))))
    r0, c0 = int(rr[k]), int(cc[k])
    theta = np.arctan2(st.rows - r0, st.cols - c0)
    phases = rng.random() * 6, rng.random() * 6
    wobble = 1 + 0.18 * np.sin(3 * theta + phases[0]) + 0.1 * np.cos(5 * theta + phases[1])
    d = np.hypot(st.rows - r0, st.cols - c0) / (radius * wobble)
    mask = (d < 1.0) & st.sea
    elev = np.where(mask, 1.0 + 28.0 * (1 - d ** 2), 0.0)
    return r0, c0, radius, phases, mask, elev


def _ring(r0, c0, radius, phases, npts=72):
    """The island's shoreline as a closed ring of (row, col), counter-clockwise on the map (land on the left)."""
    ph1, ph2 = phases
    out = []
    for t in np.linspace(0, 2 * np.pi, npts + 1):
        # theta as in _island (arctan2(row, col)), r slightly outside the mask edge
        w = 1 + 0.18 * np.sin(3 * t + ph1) + 0.1 * np.cos(5 * t + ph2)
        out.append((r0 + 0.5 + radius * w * np.sin(t), c0 + 0.5 + radius * w * np.cos(t)))
    return out


def _xy(region, pts):
    pts = np.asarray(pts, float)
    return region.x0 + pts[:, 1] * region.cellsize, region.y0 - pts[:, 0] * region.cellsize


def _land_left(x, y, is_land):
    """Reverse a line so that land is on its left (by the majority of vertices)."""
    dx, dy = np.gradient(x), np.gradient(y)
    ln = np.hypot(dx, dy) + 1e-9
    lx, ly = x - dy / ln * 45.0, y + dx / ln * 45.0            # 45 m to the left
    left = is_land(lx, ly).mean()
    return (x[::-1], y[::-1]) if left < 0.5 else (x, y)


def _offset(x, y, dist):
    """Move the vertices by ``dist`` (m, per vertex) to the right of the line (= seaward)."""
    dx, dy = np.gradient(x), np.gradient(y)
    ln = np.hypot(dx, dy) + 1e-9
    return x + dy / ln * dist, y - dx / ln * dist


def _split(x, y, cls):
    """Split a polyline where the per-vertex class changes; consecutive pieces share a vertex."""
    cut = np.flatnonzero(np.diff(cls)) + 1
    out = []
    for seg in np.split(np.arange(len(cls)), cut):
        seg = np.append(seg, min(seg[-1] + 1, len(cls) - 1))
        if len(np.unique(seg)) >= 2 and np.sum(np.hypot(np.diff(x[seg]), np.diff(y[seg]))) >= 1.0:
            out.append((x[seg], y[seg], int(cls[seg[0]]), seg))
    return out


def sea(st):
    """The sea of Demo County (see the module docstring)."""
    rng = np.random.Generator(np.random.PCG64(int(st.seed) * 41 + 23))
    region, n, cs, dem, lu, lu10, sea_ = st.region, st.n, st.cs, st.dem, st.lu, st.lu10, st.sea
    noise = _fbm(rng, n, beta=3.2)
    r0, c0, radius, phases, island, elev = _island(st, rng)
    # -- bathymetry
    bathy = np.where(island, elev, np.where(sea_, dem, NODATA)).astype(np.float32)
    region.add("bathymetry", bathy, "水深地形（含海岛）", "Bathymetry (sea depth below 0, island above)", "m", NODATA,
               description="sea cells of the DEM; the island 青屿 raised above the sea; land nodata")
    # -- habitats 2020 and 2010
    # the distances to the island and to the estuary mouth (read below) on two threads
    edt = ndimage.distance_transform_edt
    has_mouth = bool((st.estuary & sea_).any())
    jobs = [partial(edt, ~island) if island.any() else partial(np.full, (n, n), np.inf)]
    if has_mouth:
        jobs.append(partial(edt, ~(st.estuary & sea_)))
    dist_island, mouth_d = (_in_threads(*jobs) + [None])[:2]
    funnel = np.exp(-(((st.u - st.bay_u) / 0.12) ** 2 + ((st.v - st.bay_v) / 0.09) ** 2))
    head = np.exp(-(((st.u - st.head_u) / 0.07) ** 2 + ((st.v - st.head_v) / 0.10) ** 2)) > 0.3
    csea = (st.county_sea | island | ndimage.binary_dilation(island, iterations=6)) & sea_
    built = np.isin(lu // 100, (5, 6, 7, 8, 9, 10)) & (st.dist_sea < 2500 * st.scale)
    built10 = np.isin(lu10 // 100, (5, 6, 7, 8, 9, 10)) & (st.dist_sea < 2500 * st.scale)
    subtidal = csea & ~island & (dem <= -2.5)
    seagrass = subtidal & (dem > -7) & ((funnel > 0.15) | (dist_island < 3 + 0.01 * n)) & (noise > -0.2)
    reef = csea & ~island & (((dist_island >= 0.5) & (dist_island < 1.5 + 0.006 * n))
                             | (head & (st.dist_sea <= 2.5 * cs) & (dem > -12)))
    estuary = csea & ndimage.binary_dilation(st.estuary, iterations=2) & ~island
    # sea farming: blocks of rafts in the bay at 3-12 m, half of them new since 2010
    blk = max(3, n // 40)
    bid = (st.rows // blk) * (n // blk + 1) + st.cols // blk
    brand = np.random.Generator(np.random.PCG64(int(st.seed) * 43 + 1)).random(int(bid.max()) + 1)
    in_bay = subtidal & (dem < -3) & (dem > -12) & (funnel > 0.05) & ~reef
    farm_ok = in_bay & ((st.rows % blk) < blk - 1) & ((st.cols % blk) < blk - 1)
    farms20 = farm_ok & (brand[bid] < 0.45)
    farms10 = farm_ok & (brand[bid] < 0.22)

    # aquaculture ponds: those of the land-use raster plus pond blocks on the low muddy coast, most of
    # them dug 2010-2020 (into mangroves and tidal marsh); the land-use rasters keep their classes
    strip = ~sea_ & (st.dist_sea <= 450.0) & ~built & ~st.port & (lu != 1103) & (lu != 1101)
    low = strip & (dem <= (np.percentile(dem[strip], 50) if strip.any() else 0))
    near_mg = ndimage.binary_dilation((lu == 303) | (lu10 == 303), iterations=max(3, n // 60))
    pblk = (low & (st.muddy | near_mg)) & ((st.rows % blk) < blk - 1) & ((st.cols % blk) < blk - 1)
    ponds20 = (lu == 1104) | pblk & (brand[bid] > 0.35)
    ponds10 = (lu10 == 1104) | pblk & (brand[bid] > 0.8)

    def habitat(lu_y, farms, built_y, grass, reef_y, ponds):
        h = np.zeros((n, n), np.uint8)
        h[csea] = 9
        h[estuary] = 6
        h[grass] = 3
        h[reef_y] = 4
        h[farms] = 8
        h[lu_y == 1105] = 5
        h[(lu_y == 1105) & estuary & (noise > 0.6)] = 2
        h[lu_y == 303] = 1
        h[ponds] = 7
        h[built_y & ~ponds] = 11
        h[island] = 10
        return h

    hab20 = habitat(lu, farms20, built, seagrass & ~farms20, reef & (noise > -0.9), ponds20)
    grass10 = seagrass | (subtidal & farms20 & ~farms10 & (dem > -8))
    lu10m = np.where(ponds20 & ~ponds10 & near_mg & (noise > -0.3), 303, lu10)  # mangroves dug into ponds
    hab10 = habitat(lu10m, farms10, built10, grass10 & ~farms10, reef, ponds10)
    table = habitat_table()
    region.add("marine_habitat_2010", hab10, "2010年滨海湿地与海洋生境", "Coastal wetland and marine habitats 2010",
               "class", 0, table)
    region.add("marine_habitat_2020", hab20, "2020年滨海湿地与海洋生境", "Coastal wetland and marine habitats 2020",
               "class", 0, table)
    # -- environment of the restoration suitability: salinity, substrate, wave height (sea and habitats)
    dom = csea | ((hab20 > 0) & (hab20 != 11)) | ((hab10 > 0) & (hab10 != 11))
    mouth = mouth_d * cs if has_mouth else np.full((n, n), 1e9)
    del mouth_d
    sal = 33.0 - 18.0 * np.exp(-mouth / (1500.0 * max(st.scale, 0.3))) - 3.0 * (~sea_) + 0.8 * noise
    substrate = np.full((n, n), 3, np.uint8)                               # sand on the open coast
    substrate[(funnel > 0.08) | st.muddy] = 2                               # sandy mud
    substrate[(funnel > 0.3) | st.estuary | (hab20 == 1) | (hab10 == 1) | (hab20 == 7)] = 1   # mud
    substrate[reef | head & (st.dist_sea <= 2 * cs) | island] = 4           # gravel, rock, reef
    exposure = np.clip(1.0 - 1.4 * funnel, 0.0, 1.0)
    wave = np.clip(0.15 + 0.9 * exposure * np.clip(st.dist_sea / 600.0 + 0.3, 0, 1) + 0.08 * noise, 0.05, None)
    wave = np.where(sea_, wave, 0.1)
    # pond bottoms, dikes and marsh on coastal land lie about 0.2-1.5 m above mean sea level (the demo DEM
    # is coarse on the coastal plain): the elevation the restoration suitability reads
    coastal_z = np.where(sea_, dem, np.clip(0.85 + 0.45 * noise, 0.1, 1.8))
    region.add("coastal_elevation", np.where(dom, coastal_z, NODATA).astype(np.float32), "潮滩与坑塘高程",
               "Elevation of tidal flats, ponds and the sea relative to mean sea level", "m", NODATA)
    region.add("salinity", np.where(dom, np.clip(sal, 1.0, 35.0), NODATA).astype(np.float32), "盐度",
               "Salinity (sea and coastal wetlands)", "‰", NODATA)
    region.add("substrate", np.where(dom, substrate, 0).astype(np.uint8), "底质类型",
               "Substrate (1 mud 淤泥, 2 sandy mud 泥沙, 3 sand 砂, 4 gravel / rock 砾石岩礁)", "code", 0)
    region.add("sea_wave_height", np.where(dom, wave, NODATA).astype(np.float32), "近岸有效波高",
               "Significant wave height (sea and coastal wetlands)", "m", NODATA)
    del elev, bid, mouth, sal, exposure, wave, coastal_z, substrate   # not read below (memory, issue 20)
    # -- shorelines
    land_mask = ~sea_

    def is_land(x, y):
        c = np.clip(((x - region.x0) / cs).astype(int), 0, n - 1)
        r = np.clip(((region.y0 - y) / cs).astype(int), 0, n - 1)
        return land_mask[r, c] | island[r, c]

    coastcell = ~sea_ & ndimage.binary_dilation(sea_, np.ones((3, 3), bool))
    tw = st.townships
    has_tw = tw > 0
    nearest = partial(ndimage.distance_transform_edt, return_distances=False, return_indices=True)
    if has_tw.any():                        # the two nearest-cell transforms on two threads
        (ir, ic), (tr_, tc_) = _in_threads(partial(nearest, ~coastcell), partial(nearest, ~has_tw))
    else:
        ir, ic = nearest(~coastcell)
        tr_, tc_ = np.zeros((n, n), int), np.zeros((n, n), int)
    mg20 = ndimage.binary_dilation(lu == 303, iterations=2)
    mg10 = ndimage.binary_dilation(lu10m == 303, iterations=2)
    pond20 = ndimage.binary_dilation(ponds20, iterations=3)
    pond10 = ndimage.binary_dilation(ponds10, iterations=3)
    rate = rng.normal(0, 0.15, (n, n))
    if "erosion_rate" in region.rasters:
        er = region.rasters["erosion_rate"]
        rate = np.where(er > NODATA / 2, er, 0.0)
    base = {"sandy": SL.SANDY, "muddy": SL.MUDDY, "bedrock": SL.BEDROCK, "artificial": SL.ARTIFICIAL,
            "estuary": SL.ESTUARY}
    # port position: the sea wall (reclamation) goes next to it
    if st.port.any():
        pr, pc = [float(a.mean()) for a in np.nonzero(st.port)]
    else:
        pr, pc = (1.0 - st.bay_v) * n, st.bay_u * n
    lines20, lines10 = [], []
    items = []
    for f in region.vectors["coastline"].features:
        g = np.asarray(f["geometry"], float)
        if len(g) < 2:
            continue
        x, y = _land_left(g[:, 0], g[:, 1], is_land)
        c = np.clip(((x - region.x0) / cs).astype(int), 0, n - 1)
        r = np.clip(((region.y0 - y) / cs).astype(int), 0, n - 1)
        cr, cc_ = ir[r, c], ic[r, c]
        k20 = np.full(len(x), base[f["shore_type"]], np.int16)
        k10 = k20.copy()
        natural_soft = np.isin(k20, (SL.MUDDY, SL.SANDY))
        k20[natural_soft & mg20[r, c]] = SL.BIOLOGICAL
        k10[natural_soft & mg10[r, c]] = SL.BIOLOGICAL
        # ponds: artificial where ponds touch the shore; 2010 natural where there were no ponds then
        k20[pond20[r, c] & (k20 != SL.BEDROCK)] = SL.ARTIFICIAL
        k10[pond10[r, c] & (k10 != SL.BEDROCK)] = SL.ARTIFICIAL
        newly = (k20 == SL.ARTIFICIAL) & ~pond10[r, c] & (f["shore_type"] != "artificial")
        k10[newly] = np.where(mg10[r, c][newly], SL.BIOLOGICAL, SL.MUDDY)
        seg = np.append(np.hypot(np.diff(x), np.diff(y)), 0.0)
        items.append(dict(x=x, y=y, cr=cr, cc=cc_, k20=k20, k10=k10, seg=seg, dport=np.hypot(r - pr, c - pc) * cs,
                          orig=f["shore_type"]))
    total = sum(float(it["seg"].sum()) for it in items) or 1.0

    def nearest_share(key, eligible, share):
        """Per item, the eligible vertices with the smallest ``key`` adding up to ``share`` of the length."""
        keys = np.concatenate([key(it)[eligible(it)] for it in items] + [np.zeros(0)])
        lens = np.concatenate([it["seg"][eligible(it)] for it in items] + [np.zeros(0)])
        if not len(keys):
            return [np.zeros(len(it["x"]), bool) for it in items]
        o = np.argsort(keys, kind="stable")
        cut = keys[o][min(len(o) - 1, int(np.searchsorted(np.cumsum(lens[o]), share * total)))]
        return [eligible(it) & (key(it) <= cut) for it in items]

    # sea wall (2010-2020, 80 m seaward: reclamation) on the natural soft shore nearest the port, ~5 %
    walls = nearest_share(lambda it: it["dport"], lambda it: np.isin(it["k20"], (SL.SANDY, SL.MUDDY, SL.BIOLOGICAL)),
                          0.05)
    # restored (生态恢复): the 2010 pond shore farthest from the port returned to wetland, ~4 %
    rests = nearest_share(lambda it: -it["dport"], lambda it: (it["k10"] == SL.ARTIFICIAL) & (it["orig"] != "artificial")
                          & (it["k20"] == SL.ARTIFICIAL), 0.04)
    for it, wall, rest in zip(items, walls, rests):
        x, y, cr, cc_, k20, k10 = it["x"], it["y"], it["cr"], it["cc"], it["k20"], it["k10"]
        k20[wall] = SL.ARTIFICIAL
        k20[rest] = SL.RESTORED
        shift = np.where(wall, 80.0, 0.0)
        ero = np.clip(rate[cr, cc_], -2, 3) * 10.0 * (k20 != SL.ARTIFICIAL) * (k20 != SL.RESTORED) - shift
        if len(ero) > 9:                                    # smooth along the line: no loops
            ero = np.convolve(np.pad(ero, 4, mode="edge"), np.ones(9) / 9.0, "valid")
        x10, y10 = _offset(x, y, ero)          # 2010 seaward by erosion, landward of the wall
        if len(x10) > 7:                       # offsetting a winding line folds it: smooth the folds out
            k = np.ones(7) / 7.0
            x10 = np.concatenate([x10[:3], np.convolve(x10, k, "valid"), x10[-3:]])
            y10 = np.concatenate([y10[:3], np.convolve(y10, k, "valid"), y10[-3:]])
        twn = tw[tr_[cr, cc_], tc_[cr, cc_]]
        for (xs, ys, k, idx) in _split(x, y, k20):
            lines20.append((xs, ys, k, 0, int(np.bincount(twn[idx]).argmax())))
        for (xs, ys, k, idx) in _split(x10, y10, k10):
            lines10.append((xs, ys, k, 0, int(np.bincount(twn[idx]).argmax())))
    # the island: bedrock on the exposed south-east, sandy on the lee, a pier (new since 2010)
    if island.any():
        ring = _ring(r0, c0, radius, phases)
        x, y = _xy(region, ring)
        x, y = _land_left(x, y, is_land)
        ang = np.arctan2(y - y.mean(), x - x.mean())
        k20 = np.where(np.cos(ang + np.pi / 4) > 0.1, SL.BEDROCK, SL.SANDY).astype(np.int16)
        k10 = k20.copy()
        pier = (np.abs(ang - np.pi * 0.6) < 0.35)
        k20[pier] = SL.ARTIFICIAL
        twn = int(tw[tr_[r0, c0], tc_[r0, c0]])
        for xs, ys, k, _ in _split(x, y, k20):
            lines20.append((xs, ys, k, 1, twn))
        for xs, ys, k, _ in _split(x, y, k10):
            lines10.append((xs, ys, k, 1, twn))
    fields = [("seg_id", "int"), ("shore_class", "str"), ("shore_zh", "str"), ("natural", "int"),
              ("island", "int"), ("island_name", "str"), ("township", "str"), ("length_m", "real")]
    towns = st.towns
    for year, lines in ((2010, lines10), (2020, lines20)):
        feats = []
        for i, (xs, ys, k, isl, twn) in enumerate(lines):
            xs, ys = np.round(xs, 1), np.round(ys, 1)
            feats.append({"geometry": list(zip(np.round(xs, 1).tolist(), np.round(ys, 1).tolist())),
                          "seg_id": i + 1, "shore_class": SL.CODES[k], "shore_zh": SL.NAMES_ZH[k],
                          "natural": int(k in SL.NATURAL), "island": isl,
                          "island_name": ISLAND_NAME[0] if isl else "",
                          "township": towns[twn - 1]["name"] if twn > 0 else "",
                          "length_m": round(float(np.sum(np.hypot(np.diff(xs), np.diff(ys)))), 1)})
        region.vectors["shoreline_{}".format(year)] = VectorLayer(
            "shoreline_{}".format(year), "{}年海岸线".format(year), "Shoreline {}".format(year), "LineString",
            fields, feats, description="classes 基岩/砂质/淤泥质/生物/河口/人工/生态恢复; land on the left")
    # -- island polygon, sea-use zones, monitoring stations
    cell_ha = cs * cs / 1e4
    region.vectors["island"] = VectorLayer(
        "island", "海岛", "Island", "Polygon", [("label", "int"), ("name", "str"), ("name_en", "str"),
                                               ("area_ha", "real")],
        [{"label": 1, "name": ISLAND_NAME[0], "name_en": ISLAND_NAME[1],
          "area_ha": round(float(island.sum()) * cell_ha, 2)}], labels=island.astype(np.int32))
    zsea = csea | island
    zone = np.where(zsea, 5, 0).astype(np.int32)
    zone[zsea & (st.dist_sea <= 1200 * max(st.scale, 0.3)) & ~st.muddy] = 3
    zone[zsea & (funnel > 0.05) & (dem < -2.5)] = 1
    zone[zsea & ((dist_island < 4 + 0.02 * n) | ndimage.binary_dilation(lu == 303, iterations=3) | reef)] = 4
    if st.port.any():
        zone[zsea & (np.hypot(st.rows - pr, st.cols - pc) < 0.06 * n + 3)] = 2
    zrows = [{"label": v, "zone_code": code, "zone_type": zh, "zone_en": en,
              "area_ha": round(float((zone == v).sum()) * cell_ha, 2)} for v, code, zh, en in ZONES
             if (zone == v).any()]
    region.vectors["sea_use_zones"] = VectorLayer(
        "sea_use_zones", "海洋功能区", "Sea-use function zones", "Polygon",
        [("label", "int"), ("zone_code", "str"), ("zone_type", "str"), ("zone_en", "str"), ("area_ha", "real")],
        zrows, labels=zone)
    stations = []
    srng = np.random.Generator(np.random.PCG64(int(st.seed) * 47 + 3))
    for eco, mask in (("mangrove", hab20 == 1), ("seagrass", hab20 == 3), ("coral_reef", hab20 == 4),
                      ("estuary", hab20 == 6), ("bay", (hab20 == 8) | (hab20 == 9) & (funnel > 0.1))):
        if not mask.any():
            continue
        rr, cc = np.nonzero(mask)
        k = int(srng.integers(len(rr)))
        xs, ys = region.xy(rr[k], cc[k])
        row = {"geometry": (round(float(xs), 1), round(float(ys), 1)), "station": "HS{:02d}".format(len(stations) + 1),
               "ecosystem": eco, "ecosystem_zh": SL_ECOSYSTEMS_ZH[eco]}
        stressed = eco in ("estuary", "bay")
        for code, lo, hi in INDICATOR_RANGES:
            v = srng.uniform(lo, hi)
            if stressed and code in ("DIN", "DIP", "OIL"):
                v *= 1.8
            row[code] = round(float(v), 4)
        stations.append(row)
    region.vectors["marine_stations"] = VectorLayer(
        "marine_stations", "海洋生态监测站位", "Marine monitoring stations", "Point",
        [("station", "str"), ("ecosystem", "str"), ("ecosystem_zh", "str")]
        + [(code, "real") for code, _, _ in INDICATOR_RANGES], stations,
        description="fictitious monitoring values for the HY/T 087-2005 indicators")


SL_ECOSYSTEMS_ZH = {"mangrove": "红树林", "seagrass": "海草床", "coral_reef": "珊瑚礁", "estuary": "河口",
                    "bay": "海湾"}
#: (indicator code of core.marine, low, high) of the fictitious monitoring values
INDICATOR_RANGES = [
    ("DO", 4.8, 7.2), ("PH", 7.7, 8.4), ("DIN", 0.12, 0.34), ("DIP", 0.008, 0.034), ("OIL", 0.01, 0.08),
    ("TOC", 0.6, 2.6), ("SULFIDE", 80, 420),
    ("HG", 0.01, 0.08), ("CD", 0.05, 0.6), ("PB", 0.05, 0.5), ("AS", 0.4, 2.0), ("OILB", 4, 30),
    ("HABITAT_LOSS", 0, 14), ("SED_CHANGE", 0, 12),
    ("PHYTO", 0.5, 1.6), ("ZOO_DENSITY", 0.5, 1.6), ("ZOO_BIOMASS", 0.5, 1.6), ("FISH_EGGS", 0.3, 1.5),
    ("BENTHOS_DENSITY", 0.5, 1.6), ("BENTHOS_BIOMASS", 0.5, 1.6), ("COVER", 0.4, 1.2),
]
