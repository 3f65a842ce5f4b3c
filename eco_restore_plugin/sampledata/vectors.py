"""Demo County stages: the vector layers (settlements, roads, rivers, coastline, polygons).

Point and line layers carry their geometry; polygon layers carry a label raster that the writer
polygonizes (:mod:`.write`). Each stage takes the shared state ``st`` (see :mod:`.generate`) and
adds layers to ``st.region.vectors``.
"""
import numpy as np
from scipy import ndimage

from ..core import hydrology as hy
from ._helpers import _chaikin, _median_filter_codes
from .region import COUNTY_CODE, COUNTY_NAME, RIVER_NAMES, VectorLayer

ROAD_CLASSES = {"expressway": ("高速公路", 1), "main": ("国省道", 2), "county": ("县道", 3)}


def settlements_and_roads(st):
    """Settlements (towns and villages, with township and elevation) and roads."""
    region, towns, dem, townships = st.region, st.towns, st.dem, st.townships
    people = towns + st.villages
    xs, ys = region.xy(np.array([t["r"] for t in people]), np.array([t["c"] for t in people]))
    settle = []
    for i, t in enumerate(people):
        tw = int(townships[t["r"], t["c"]])
        settle.append({"geometry": (round(float(xs[i]), 1), round(float(ys[i]), 1)),
                       "name": t["name"], "name_en": t["name_en"], "type": t["type"],
                       "population": t["pop"], "township": towns[tw - 1]["name"] if tw else "",
                       "elev_m": round(float(dem[t["r"], t["c"]]), 1)})
    region.vectors["settlements"] = VectorLayer(
        "settlements", "居民点", "Settlements", "Point",
        [("name", "str"), ("name_en", "str"), ("type", "str"), ("population", "int"),
         ("township", "str"), ("elev_m", "real")], settle)
    feats = []
    for i, rl in enumerate(st.road_lines):
        g = [(float(a), float(b)) for a, b in rl["geometry"]]
        ln = float(np.sum(np.hypot(np.diff([p[0] for p in g]), np.diff([p[1] for p in g]))))
        feats.append({"geometry": g, "road_id": i + 1, "class": rl["kind"],
                      "class_zh": ROAD_CLASSES[rl["kind"]][0], "rank": ROAD_CLASSES[rl["kind"]][1],
                      "from_town": rl["from"], "to_town": rl["to"], "year_built": rl["year"],
                      "length_km": round(ln / 1000.0, 2)})
    region.vectors["roads"] = VectorLayer(
        "roads", "道路", "Roads", "LineString",
        [("road_id", "int"), ("class", "str"), ("class_zh", "str"), ("rank", "int"),
         ("from_town", "str"), ("to_town", "str"), ("year_built", "int"), ("length_km", "real")],
        feats)
    st.settle = settle


def _main_stem_names(st, rlinks):
    """{stream link id: (name, name_en)} along the main stems of the largest coastal basins."""
    n, rec, acc, streams, land = st.n, st.rec, st.acc, st.streams, st.land
    mains = {}
    # name the largest basins' main stems: their outlets, largest first
    outs = np.flatnonzero((rec < 0) & (streams & land).ravel())
    outs = outs[np.argsort(-acc.ravel()[outs])][:len(RIVER_NAMES)]
    for k, o in enumerate(outs):
        if acc.ravel()[o] < 10 * st.scale ** 2:
            break
        mains[int(o)] = RIVER_NAMES[k]
    main_link_name = {}
    if mains:
        # walk upstream along the largest tributary
        up_best = np.full(n * n, -1, np.int64)
        sc = np.flatnonzero(streams.ravel())
        r_ = rec[sc]
        ok = r_ >= 0
        sc, r_ = sc[ok], r_[ok]
        o_ = np.argsort(acc.ravel()[sc], kind="stable")
        up_best[r_[o_]] = sc[o_]            # the last write (largest acc) wins
        for o, nm in mains.items():
            i = o
            while i >= 0 and rlinks[i] > 0:
                main_link_name.setdefault(int(rlinks[i]), nm)
                i = up_best[i]
    return main_link_name


def rivers(st):
    """Rivers: one line per stream link (county only), main stems named."""
    n, cs, region = st.n, st.cs, st.region
    rlinks = hy.stream_links(st.rec, (st.streams & st.land).ravel())
    paths = hy.stream_paths(st.rec, rlinks, (n, n))
    main_link_name = _main_stem_names(st, rlinks)
    feats = []
    acc_f = st.acc.ravel()
    for lid, (pr, pc) in paths.items():
        if len(pr) < 2:
            continue
        pts = _chaikin(np.column_stack([pc, pr]).astype(float), 1)
        x_, y_ = region.xy(pts[:, 1], pts[:, 0])
        last = pr[-2] * n + pc[-2] if len(pr) > 1 else pr[-1] * n + pc[-1]
        nm = main_link_name.get(lid, ("", ""))
        feats.append({"geometry": list(zip(np.round(x_, 1).tolist(), np.round(y_, 1).tolist())),
                      "link_id": int(lid), "strahler": int(st.order.ravel()[pr[0] * n + pc[0]]),
                      "upstream_km2": round(float(acc_f[last]), 3), "name": nm[0],
                      "name_en": nm[1],
                      "length_km": round(len(pr) * cs / 1000.0, 3)})
    region.vectors["rivers"] = VectorLayer(
        "rivers", "河流", "Rivers (stream network)", "LineString",
        [("link_id", "int"), ("strahler", "int"), ("upstream_km2", "real"), ("name", "str"),
         ("name_en", "str"), ("length_km", "real")], feats,
        description="D8 stream links, accumulation >= {} km2".format(st.stream_km2))


def coastline(st):
    """Coastline with shore types (sandy, muddy, bedrock, artificial, estuary)."""
    sea, lu, port = st.sea, st.lu, st.port
    coast_land = st.land | (lu == 303) & ~sea | port & ~sea
    st.region.vectors["coastline"] = _coastline(st.region, coast_land, sea, lu, st.muddy, st.head_zone,
                                                st.estuary, port | st.town20 | (lu == 1104))


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
    t = _median_filter_codes(t, 5)                  # = ndimage.median_filter(t, 5), faster
    coastcell = land & ndimage.binary_dilation(sea, np.ones((3, 3), bool))
    ir, ic = ndimage.distance_transform_edt(~coastcell, return_distances=False, return_indices=True)
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


def admin_polygons(st):
    """Townships, the county boundary and the watersheds (label rasters)."""
    cs, region, towns, townships, land = st.cs, st.region, st.towns, st.townships, st.land
    code = lambda i: "{}{:03d}".format(COUNTY_CODE, 100 + i)
    tw_rows = []
    for i, t in enumerate(towns):
        area = float((townships == i + 1).sum()) * cs * cs / 1e6
        pop = sum(s["population"] for s in st.settle if s["township"] == t["name"])
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
          "population": int(sum(s["population"] for s in st.settle))}],
        labels=land.astype(np.int32))
    ws = st.ws
    ws_rows = []
    wsizes = np.bincount(ws.ravel())
    for i in range(1, ws.max() + 1):
        ws_rows.append({"label": i, "ws_id": "WS{:03d}".format(i),
                        "area_km2": round(float(wsizes[i]) * st.cell_km2, 3)})
    region.vectors["watersheds"] = VectorLayer(
        "watersheds", "小流域", "Watersheds (sub-basins)", "Polygon",
        [("label", "int"), ("ws_id", "str"), ("area_km2", "real")], ws_rows,
        labels=ws.astype(np.int32),
        description="sub-basins of the D8 network at {} km2, small ones merged".format(st.ws_thr))


def zone_polygons(st):
    """Red line, basic farmland, urban development boundary, nature reserves and mines."""
    cs, region, towns, townships, lu = st.cs, st.region, st.towns, st.townships, st.lu
    # per-zone figures from counts over the labels (one pass each, not one scan of the grid per zone)
    rl_lab, nrl = ndimage.label(st.redline, np.ones((3, 3)))
    rl_size = np.bincount(rl_lab.ravel(), minlength=nrl + 1)
    rl_303 = np.bincount(rl_lab[lu == 303], minlength=nrl + 1)
    rl_res = np.bincount(rl_lab[st.reservoir], minlength=nrl + 1)
    region.vectors["red_line"] = VectorLayer(
        "red_line", "生态保护红线", "Ecological protection red line", "Polygon",
        [("label", "int"), ("zone_id", "str"), ("category", "str"), ("area_ha", "real")],
        [{"label": i, "zone_id": "HX{:03d}".format(i),
          "category": "海岸带红树林" if rl_303[i] / rl_size[i] > 0.3 else
          ("水源涵养" if rl_res[i] > 0 else "生物多样性维护、水源涵养"),
          "area_ha": round(float(rl_size[i]) * cs * cs / 1e4, 2)}
         for i in range(1, nrl + 1)], labels=rl_lab.astype(np.int32))
    pb_lab, npb = ndimage.label(st.pbf, np.ones((3, 3)))
    pb_sizes = np.bincount(pb_lab.ravel())
    nt = int(townships.max()) + 1
    inside = pb_lab > 0
    pb_town = np.bincount(pb_lab[inside].astype(np.int64) * nt + townships[inside],
                          minlength=(npb + 1) * nt).reshape(npb + 1, nt)
    region.vectors["basic_farmland"] = VectorLayer(
        "basic_farmland", "永久基本农田", "Permanent basic farmland", "Polygon",
        [("label", "int"), ("block_id", "str"), ("township", "str"), ("area_ha", "real")],
        [{"label": i, "block_id": "JBNT{:04d}".format(i),
          "township": towns[int(pb_town[i].argmax()) - 1]["name"] if pb_town[i, 1:].any() else "",
          "area_ha": round(float(pb_sizes[i]) * cs * cs / 1e4, 2)} for i in range(1, npb + 1)],
        labels=pb_lab.astype(np.int32))
    udb_lab = np.where(st.udb, np.maximum(st.town_lab, 1), 0).astype(np.int32)
    udb_size = np.bincount(udb_lab.ravel(), minlength=len(towns) + 2)
    region.vectors["urban_boundary"] = VectorLayer(
        "urban_boundary", "城镇开发边界", "Urban development boundary", "Polygon",
        [("label", "int"), ("town", "str"), ("area_ha", "real")],
        [{"label": i + 1, "town": t["name"], "area_ha": round(float(udb_size[i + 1]) * cs * cs / 1e4, 2)}
         for i, t in enumerate(towns) if udb_size[i + 1] > 0], labels=udb_lab)
    reserves = st.reserves
    region.vectors["nature_reserves"] = VectorLayer(
        "nature_reserves", "自然保护地", "Nature reserves", "Polygon",
        [("label", "int"), ("name", "str"), ("name_en", "str"), ("type", "str"),
         ("type_en", "str"), ("level", "str"), ("target", "str"), ("area_ha", "real")],
        [r for r in st.res_rows if (reserves == r["label"]).any()], labels=reserves)
    region.vectors["mines"] = VectorLayer(
        "mines", "历史遗留矿山", "Abandoned mines", "Polygon",
        [("label", "int"), ("mine_id", "str"), ("name", "str"), ("type", "str"),
         ("type_en", "str"), ("mineral", "str"), ("status", "str"), ("closed", "int"),
         ("restored", "int"), ("area_ha", "real")], st.mine_rows, labels=st.mines_lab)
