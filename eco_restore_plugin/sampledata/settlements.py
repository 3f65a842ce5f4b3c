"""Demo County stages: towns, townships, roads, villages.

Each stage takes the shared state ``st`` (see :mod:`.generate`) and extends it.
"""
import numpy as np
from scipy import ndimage
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import dijkstra, minimum_spanning_tree

from ._helpers import _chaikin, _draw_line, _grid_graph, _path, _pick_spaced
from .region import SURNAMES, TOWN_NAMES, VILLAGE_SUFFIX


def towns(st):
    """Town seats on flat land near rivers and the coast (hill towns when the plain has too few)."""
    n, rng, dem, slope, land = st.n, st.rng, st.dem, st.slope, st.land
    flat = (slope < 5) & land & ~st.reservoir & ~st.streams
    town_score = (np.exp(-dem / 60.0) * np.exp(-st.dist_big / 3000.0)
                  * np.exp(-np.abs(st.dist_sea - 2500 * st.scale) / (6000 * st.scale)))
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
    st.towns = []
    for i, (r, c) in enumerate(seats):
        zh, en = TOWN_NAMES[i]
        pop = int(rng.integers(60000, 90000) if i == 0 else rng.integers(8000, 30000))
        st.towns.append({"r": r, "c": c, "name": zh, "name_en": en, "pop": pop,
                         "type": "county_seat" if i == 0 else "town"})
    st.seats = seats


def _coarse(st, a, fn=np.mean):
    fac, m = st.fac, st.m
    return a[:m * fac, :m * fac].reshape(m, fac, m, fac).mean(axis=(1, 3)) if fn is np.mean \
        else a[:m * fac, :m * fac].reshape(m, fac, m, fac).max(axis=(1, 3))


def townships(st):
    """Townships: cost allocation of the town seats on a coarse grid (boundaries follow ridges)."""
    n, cs = st.n, st.cs
    st.fac = fac = max(1, n // 350)
    st.m = m = n // fac
    st.c_slope = _coarse(st, st.slope)
    st.c_sea = _coarse(st, st.sea.astype(float)) > 0.5
    st.c_river = _coarse(st, (st.acc >= 5 * st.scale ** 2).astype(float), np.max) > 0
    st.c_res = _coarse(st, st.reservoir.astype(float)) > 0.3
    cost = 1.0 + (st.c_slope / 6.0) ** 2 + 6.0 * st.c_river + 50 * st.c_res
    cost = np.where(st.c_sea, np.inf, cost)
    graph = _grid_graph(cost, step=fac * cs)
    st.seat_c = [(min(r // fac, m - 1)) * m + min(c // fac, m - 1) for r, c in st.seats]
    st.seat_dist, st.seat_pred = dijkstra(graph, directed=False, indices=st.seat_c,
                                          return_predecessors=True)
    dist = st.seat_dist
    alloc_c = np.argmin(np.where(np.isfinite(dist), dist, np.inf), axis=0).reshape(m, m)
    alloc = np.repeat(np.repeat(alloc_c, fac, 0), fac, 1)
    alloc = np.pad(alloc, ((0, n - alloc.shape[0]), (0, n - alloc.shape[1])), mode="edge")
    st.townships = np.where(st.land, alloc + 1, 0)


def _route_line(st, path, smooth, mask):
    """Draw a coarse-grid path into ``mask``; its smoothed map coordinates."""
    fac, m = st.fac, st.m
    pr, pc = np.divmod(np.array(path), m)
    pts = _chaikin(np.column_stack([pc * fac + fac / 2.0, pr * fac + fac / 2.0]), smooth)
    for (c1, r1), (c2, r2) in zip(pts[:-1], pts[1:]):
        _draw_line(mask, r1, c1, r2, c2)
    xs, ys = st.region.xy(pts[:, 1] - 0.5, pts[:, 0] - 0.5)
    return list(zip(xs.round(1), ys.round(1)))


def roads(st):
    """Roads: least-cost routes between the towns (1990) and a coastal expressway (2016)."""
    n, m, towns_, seat_c, pred = st.n, st.m, st.towns, st.seat_c, st.seat_pred
    tdist = st.seat_dist[:, seat_c]
    mst = minimum_spanning_tree(coo_matrix(np.triu(tdist + 1e-3, 1))).tocoo()
    links = [(int(a), int(b), "county") for a, b in zip(mst.row, mst.col)]
    for i in range(1, len(st.seats)):              # main roads from the county seat
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
        road_lines.append({"geometry": _route_line(st, path, 2, road_mask), "kind": kind,
                           "from": towns_[a]["name"], "to": towns_[b]["name"], "year": 1990})
    # an expressway built between 2010 and 2020, parallel to the coast (G98-like)
    expressway = np.zeros((n, n), bool)
    e_cost = np.where(st.c_sea, np.inf, 1.0 + (st.c_slope / 4.0) ** 2 + 3 * st.c_river + 50 * st.c_res)
    band = _coarse(st, np.abs(st.dist_sea - 7000 * st.scale), np.mean)
    e_cost = e_cost + band / (1500 * st.scale)
    eg = _grid_graph(e_cost, step=st.fac * st.cs)
    landc = _coarse(st, st.land.astype(float)) > 0.5
    lr, lc = np.nonzero(landc)
    if lr.size:
        s_i = np.argmax(lr - lc)                      # south-west end of the county
        t_i = np.argmax(lc - lr)                      # north-east end
        _, epred = dijkstra(eg, directed=False, indices=lr[s_i] * m + lc[s_i],
                            return_predecessors=True)
        path = _path(epred, lr[t_i] * m + lc[t_i])
        if len(path) > 2:
            road_lines.append({"geometry": _route_line(st, path, 3, expressway),
                               "kind": "expressway", "from": "", "to": "", "year": 2016})
    st.road_mask = road_mask & ~st.sea
    st.expressway = expressway & ~st.sea
    st.road_lines = road_lines


def villages(st):
    """Villages on gentle land near rivers and roads, named from common Hainan surnames."""
    n, rng, land = st.n, st.rng, st.land
    st.dist_road = dist_road = ndimage.distance_transform_edt(~st.road_mask) * st.cs
    vil_score = np.where(land & (st.slope < 8) & ~st.reservoir & (st.dist_sea > 300),
                         np.exp(-st.hand / 15.0) * np.exp(-dist_road / 2500.0)
                         * np.exp(-st.dem / 250.0), 0)
    n_vil = int(170 * st.scale ** 2)
    vil = _pick_spaced(rng, vil_score, vil_score > 0.02, n_vil, min_dist=max(3, 0.022 * n),
                       jitter=1.5)
    st.villages = []
    used = set()
    for r, c in vil:
        if any((r - t["r"]) ** 2 + (c - t["c"]) ** 2 < (0.05 * n) ** 2 for t in st.towns):
            continue
        while True:
            s = SURNAMES[int(rng.integers(len(SURNAMES)))]
            x = VILLAGE_SUFFIX[int(rng.integers(len(VILLAGE_SUFFIX)))]
            if (s, x) not in used or len(used) > 170:
                break
        used.add((s, x))
        st.villages.append({"r": r, "c": c, "name": s[0] + x[0], "name_en": s[1] + x[1],
                            "pop": int(rng.integers(300, 2500)), "type": "village"})
