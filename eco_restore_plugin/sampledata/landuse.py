"""Demo County stages: land use 2020 (三调 classes) by parcels, mines, land use 2010, ecosystems.

Land use 2020 follows the terrain parcel by parcel: forest and plantations on the hills, farmland
on valley floors, coast and water, then built-up land and abandoned mines; 2010 undoes a decade of
change. Each stage takes the shared state ``st`` (see :mod:`.generate`) and extends it.
"""
from functools import partial

import numpy as np
from scipy import ndimage

from ._helpers import _fbm, _in_threads, _norm, _parcel_labels, _parcel_mean, _parcel_seeds, _pick_spaced
from .region import TOWN_NAMES


def landuse_terrain(st):
    """Parcels; forest, plantations and farmland by parcel slope, height and height above rivers."""
    n, rng, slope = st.n, st.rng, st.slope
    lu = np.zeros((n, n), np.uint16)
    # the random draws in their order, then the two nearest-seed transforms on two threads
    seeds, kp = _parcel_seeds(rng, (n, n), 10)
    prand_of = rng.random(kp + 1)
    big_seeds, kb = _parcel_seeds(rng, (n, n), 60)
    brand_of = rng.random(kb + 1)
    parc, big_parc = _in_threads(partial(_parcel_labels, seeds, kp), partial(_parcel_labels, big_seeds, kb))
    del seeds, big_seeds
    prand = prand_of[parc]
    brand = brand_of[big_parc]
    sl_p = _parcel_mean(slope, parc, kp)
    hand_p = _parcel_mean(st.hand, parc, kp)
    z_p = _parcel_mean(st.dem.astype(float), parc, kp)
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
    st.lu, st.prand, st.big_parc, st.brand, st.forest_noise = lu, prand, big_parc, brand, forest_noise


def landuse_coast(st):
    """Ponds, beaches, casuarina shelter belts, rocky headland, tidal flats and mangroves."""
    u, v, sea, dem, dist_sea, lu, prand = st.u, st.v, st.sea, st.dem, st.dist_sea, st.lu, st.prand
    coastal_low = (dem < 4.5) & (dist_sea < 2500 * st.scale) & ~sea
    ponds = coastal_low & (prand < 0.55)
    lu[ponds] = 1104
    beach = (dist_sea <= 90) & ~sea
    # shore type from the shape: muddy in the bay, sandy on the open coast, rocky at the headland
    bay_zone = np.exp(-(((u - st.bay_u) / 0.16) ** 2 + ((v - st.bay_v) / 0.12) ** 2)) > 0.3
    head_zone = np.exp(-(((u - st.head_u) / 0.07) ** 2 + ((v - st.head_v) / 0.10) ** 2)) > 0.3
    estuary = ndimage.binary_dilation(st.acc >= 25 * st.scale ** 2, iterations=max(2, st.n // 80)) & \
        (dist_sea < 1500 * st.scale)
    muddy = bay_zone | estuary
    lu[beach & ~muddy & ~head_zone] = 1205
    casuarina = (dist_sea > 90) & (dist_sea < 400) & ~muddy & ~head_zone & ~sea & (dem < 15)
    lu[casuarina & (prand < 0.85)] = 301
    lu[head_zone & ~sea & (dist_sea < 120) & (st.slope > 8)] = 1207
    # intertidal: tidal flats and mangroves (muddy coast), seaward of the coastline
    intertidal = sea & (dem > -2.5) & st.county_sea
    lu[intertidal] = 1105
    mangrove = (intertidal & muddy & (dem > -1.6)) | (muddy & ~sea & (dist_sea <= 150) & (dem < 2.0))
    lu[mangrove & (prand < 0.9)] = 303
    lu[sea & st.county_sea & ~intertidal] = 0
    st.head_zone, st.estuary, st.muddy, st.casuarina, st.intertidal = \
        head_zone, estuary, muddy, casuarina, intertidal


def landuse_water(st):
    """Rivers (wider downstream), marshy banks and the reservoir."""
    acc, scale, sea, lu = st.acc, st.scale, st.sea, st.lu
    river_w = np.where(acc >= 12 * scale ** 2, np.clip(np.log2(acc / (12 * scale ** 2)) + 1, 1, 4), 0)
    river = ndimage.grey_dilation(np.where(acc >= 12 * scale ** 2, river_w, 0),
                                  size=(3, 3)) >= 2
    river |= (acc >= 12 * scale ** 2) & ~sea
    river &= ~sea
    lu[river] = 1101
    banks = ndimage.binary_dilation(river, iterations=1) & ~river & (st.hand < 2.5) & (st.prand < 0.3)
    lu[banks & ~sea] = 1106
    lu[st.reservoir] = 1103
    st.river = river


def _towns_built(st):
    """Towns grow from their seats over flat land (the 2010 extent is the inner 78 %)."""
    n, rows, cols, slope = st.n, st.rows, st.cols, st.slope
    built_dist = np.full((n, n), np.inf)
    town_lab = np.zeros((n, n), np.int32)
    slope25 = slope / 25.0
    closer = np.empty((n, n), bool)
    for i, t in enumerate(st.towns):
        rad = (1.6 if i == 0 else 1.0) * np.sqrt(t["pop"] / 20000.0) * 600.0 / st.cs * max(st.scale, 0.35)
        # d = hypot / rad * (1 + 0.35 * noise * 0.5) + slope / 25, in place (the same operations, in the
        # same order: the same values); the distances from one row and one column (broadcast)
        d = np.hypot(rows[:, :1] - t["r"], cols[:1, :] - t["c"])
        d /= rad
        g = _fbm(st.rng, n, beta=3.0)
        g *= 0.35
        g *= 0.5
        g += 1
        d *= g
        del g
        d += slope25
        np.less(d, built_dist, out=closer)
        np.copyto(built_dist, d, where=closer)
        np.copyto(town_lab, i + 1, where=closer)
        del d
    st.town20 = (built_dist < 1.0) & st.land & ~st.sea & ~st.river & ~st.reservoir & (slope < 15)
    st.town10 = (built_dist < 0.78) & st.town20
    st.town_lab = town_lab


def _villages_built(st):
    """Village blobs by population (the 2010 extent is the inner 85 %)."""
    n, rows, cols, prand = st.n, st.rows, st.cols, st.prand
    vil20 = np.zeros((n, n), bool)
    vil10 = np.zeros((n, n), bool)
    for vv in st.villages:
        rad = np.sqrt(vv["pop"] / 900.0) * 80.0 / st.cs * 1.3
        r0, c0 = vv["r"], vv["c"]
        w = int(rad * 2) + 2
        rs, re_ = max(0, r0 - w), min(n, r0 + w + 1)
        cs_, ce = max(0, c0 - w), min(n, c0 + w + 1)
        d = np.hypot(rows[rs:re_, cs_:ce] - r0, cols[rs:re_, cs_:ce] - c0) / rad
        d = d + 0.5 * prand[rs:re_, cs_:ce]
        vil20[rs:re_, cs_:ce] |= d < 1.0
        vil10[rs:re_, cs_:ce] |= d < 0.85
    vil20 &= st.land & ~st.river & ~st.reservoir & ~st.town20
    vil10 &= vil20
    st.vil20, st.vil10 = vil20, vil10


def landuse_built(st):
    """Towns, an industrial park, villages, roads and a port."""
    n, rows, cols, lu, tp, land, sea = st.n, st.rows, st.cols, st.lu, st.prand, st.land, st.sea
    _towns_built(st)
    town20 = st.town20
    lu[town20] = 701
    lu[town20 & (tp < 0.12)] = 501
    lu[town20 & (tp > 0.93)] = 802
    lu[town20 & (tp > 0.88) & (tp <= 0.93)] = 810
    # industrial park on the county seat's coastal side, new in 2010-2020
    ind = np.zeros((n, n), bool)
    if st.towns:
        t0 = st.towns[0]
        ir, ic = t0["r"] + int(0.06 * n), t0["c"] + int(0.05 * n)
        ind = (np.hypot(rows - ir, cols - ic) < 0.035 * n) & land & (st.slope < 6) & ~st.river
        lu[ind] = 601
    st.ind = ind
    _villages_built(st)
    lu[st.vil20] = 702
    # urban roads and roads
    urb_road = town20 & ((rows % 12 == 0) | (cols % 12 == 0)) & (tp < 0.9)
    lu[urb_road] = 1004
    lu[st.road_mask & land] = 1003
    lu[st.expressway & land] = 1003
    # port at the county seat's nearest coast
    port = np.zeros((n, n), bool)
    if st.towns:
        near_coast = (st.dist_sea < 300) & ~sea & land
        if near_coast.any():
            pr_, pc_ = np.nonzero(near_coast)
            k = np.argmin((pr_ - st.towns[0]["r"]) ** 2 + (pc_ - st.towns[0]["c"]) ** 2)
            port = (np.hypot(rows - pr_[k], cols - pc_[k]) < 0.012 * n + 2) & \
                (land | (sea & (st.dem > -4)))
            lu[port] = 1008
    st.port = port


MINE_TYPES = [("采石场", "quarry", "花岗岩"), ("采石场", "quarry", "建筑用石料"),
              ("露天采矿场", "open pit", "高岭土"), ("露天采矿场", "open pit", "铁矿")]


def _mine_sites(st):
    """Quarries in the hills near roads, then two sand-mining sites on the coast."""
    n, rng, land, slope, dem, dist_sea = st.n, st.rng, st.land, st.slope, st.dem, st.dist_sea
    mscore = np.where(land & (slope > 12) & (dem > 60) & (dem < 400) & (st.dist_road < 3000 * st.scale),
                      1.0 + rng.random((n, n)), 0)
    n_mines = int(np.clip(round(16 * st.scale ** 2), 3, 20))
    msites = _pick_spaced(rng, mscore, mscore > 0, n_mines - 2, 0.06 * n, 0.5)
    csites = _pick_spaced(rng, np.where(land & (dist_sea > 200) & (dist_sea < 1500) & ~st.muddy
                                        & (slope < 5), 1.0, 0), land & (dist_sea > 200)
                          & (dist_sea < 1500) & ~st.muddy, 2, 0.1 * n, 1.0)
    return msites, csites


def mines(st):
    """Abandoned mines (quarries in the hills, sand mining on the coast); land use 2020 completed."""
    n, rng, rows, cols, cs, lu, prand, land, sea = \
        st.n, st.rng, st.rows, st.cols, st.cs, st.lu, st.prand, st.land, st.sea
    mines_lab = np.zeros((n, n), np.int32)
    mine_rows = []
    msites, csites = _mine_sites(st)
    # a mine lies where hypot / rad + 0.35 noise < 1, so within rad (1 + 0.35 max |noise|) of its site
    # (times the row stretch): each blob is computed on that window only, with the same arithmetic
    reach = 1.0 + 0.35 * float(np.abs(st.coastnoise).max())
    for j, (r, c) in enumerate(msites + csites):
        coastal = j >= len(msites)
        rad = (0.006 + 0.008 * rng.random()) * n * (1.6 if coastal else 1.0)
        stretch = 1 + 0.5 * rng.random()
        span = max(rad, 1.5) * reach
        r0, r1 = max(0, int(np.floor(r - span * stretch)) - 1), min(n, int(np.ceil(r + span * stretch)) + 2)
        c0, c1 = max(0, int(np.floor(c - span)) - 1), min(n, int(np.ceil(c + span)) + 2)
        win = (slice(r0, r1), slice(c0, c1))
        wr, wc = rows[win], cols[win]
        d = np.hypot((wr - r) / stretch, (wc - c)) / max(rad, 1.5)
        d = d + 0.35 * (st.coastnoise[(wr * 7 + j * 13) % n, (wc * 7 + j * 29) % n])
        blob = (d < 1.0) & land[win] & ~st.river[win]
        blob &= ~st.town20[win] & ~st.reservoir[win]
        if blob.sum() < 4:
            continue
        lid = len(mine_rows) + 1
        mw = mines_lab[win]
        mw[blob & (mw == 0)] = lid
        if coastal:
            kind = ("砂矿", "sand mining", "钛铁矿砂")
        else:
            kind = MINE_TYPES[int(rng.integers(len(MINE_TYPES)))]
        restored = bool(rng.random() < 0.3)
        tw = st.townships[r, c]
        mine_rows.append({"label": lid, "mine_id": "KS{:03d}".format(lid),
                          "name": "{}{}".format(TOWN_NAMES[int(tw) - 1][0][:2] if tw > 0 else "", kind[0]),
                          "type": kind[0], "type_en": kind[1], "mineral": kind[2],
                          "status": "部分修复" if restored else "废弃未治理",
                          "closed": int(rng.integers(2003, 2016)), "restored": int(restored),
                          "area_ha": round(float(blob.sum()) * cs * cs / 1e4, 2)})
    mine_any = mines_lab > 0
    lu[mine_any] = 1206
    lu[mine_any & (prand < 0.45)] = 602
    lu[mine_any & (prand > 0.8)] = 1207
    lu[~land & ~st.county_sea] = 0
    lu[sea & ~(st.intertidal | st.port)] = 0
    lu[land & (lu == 0)] = 301
    st.mines_lab, st.mine_rows, st.mine_any = mines_lab, mine_rows, mine_any


def landuse_2010(st):
    """Land use 2010: undo a decade of change (new built-up land, orchards, regrowth, mines, mangroves)."""
    lu, hand, slope, prand, brand, big_parc, land = \
        st.lu, st.hand, st.slope, st.prand, st.brand, st.big_parc, st.land
    lu10 = lu.copy()
    prev_agri = np.where((hand < 6) & (slope < 4), 101, 103).astype(np.uint16)
    prev_agri[(prand > 0.7) & (prev_agri == 103)] = 201
    new_built = (st.town20 & ~st.town10) | (st.vil20 & ~st.vil10) | st.ind
    lu10[new_built] = prev_agri[new_built]
    lu10[st.expressway & land & ~st.road_mask] = prev_agri[st.expressway & land & ~st.road_mask]
    # cropland lost to orchards (areca) 2010-2020
    to_orch = np.isin(lu, (204, 201)) & (big_parc % 10 == 2)
    lu10[to_orch] = 103
    # forest regrowth: in 2010 shrub / grass / cut-over plantation
    regrow = (lu == 301) & (brand > 0.6) & (brand < 0.62) & land
    lu10[regrow] = np.where(prand[regrow] < 0.5, 305, 404)
    young = (lu == 307) & (brand < 0.25)
    lu10[young] = 404
    # mines were active in 2010
    lu10[st.mine_any] = 602
    # mangrove: restored from ponds (gain) and converted to ponds (loss)
    mg_zone = ndimage.binary_dilation(lu == 303, iterations=4)
    gain = (lu == 303) & (big_parc % 5 == 0)
    lu10[gain] = np.where(st.sea[gain], 1105, 1104)
    loss = mg_zone & np.isin(lu, (1104, 1105)) & (big_parc % 4 == 1)
    lu10[loss] = 303
    lu10[lu == 0] = 0
    st.lu10 = lu10


def _ecosystem(st, lu_year):
    """Ecosystem type: land use with forest (301) and shrub (305) split into sub-types."""
    dem, fn, brand, dist_road, prand = st.dem, st.forest_noise, st.brand, st.dist_road, st.prand
    eco = lu_year.astype(np.int32)
    forest = lu_year == 301
    t = np.where(dem > 450, 30101, np.where(fn > 0.6, 30102, 30103))
    t = np.where((dem < 200) & (brand > 0.15) & (brand < 0.45) & (dist_road < 2000), 30104, t)
    t = np.where((dem < 300) & (dist_road < 1500) & (fn < 0.3), 30104, t)
    t = np.where(st.casuarina, 30105, t)
    t = np.where((dem > 250) & (fn > 0.45) & (fn < 0.6), 30101, t)
    eco[forest] = t[forest]
    shrub = lu_year == 305
    eco[shrub] = np.where(prand[shrub] < 0.7, 30501, 30502)
    return eco


def ecosystems(st):
    """Ecosystem types (forest types) of 2020 and 2010."""
    st.eco20 = _ecosystem(st, st.lu)
    st.eco10 = _ecosystem(st, st.lu10)
