"""Demo County stages: the rasters of the region, soil texture, karst and coastal hazards.

Each stage takes the shared state ``st`` (see :mod:`.generate`) and adds rasters with
``st.region.add``.
"""
import numpy as np
from scipy import ndimage

from . import classes as C
from ._helpers import _fbm, _median_filter_codes

NODATA = -9999.0


def rasters(st):
    """DEM, slope, land use and ecosystems 2010/2020, NPP, climate, vegetation, soil, hydrology, townships."""
    region, land, sea, nod, lu, lu10 = st.region, st.land, st.sea, NODATA, st.lu, st.lu10

    # climate and vegetation cover every cell with a land-use class, the intertidal mangroves and tidal
    # flats (303, 1105) included, so services have no holes along the coast
    def f32(a, mask=land | (lu > 0)):
        return np.where(mask, a, nod).astype(np.float32)
    region.add("dem", st.dem, "高程", "Elevation (DEM); sea depth below 0", "m", None)
    region.add("slope", f32(np.where(sea, 0, st.slope), ~np.zeros_like(sea)), "坡度",
               "Slope (Horn 1981)", "degree", nod)
    lu_table = C.class_table(sorted(np.unique(np.concatenate([np.unique(lu), np.unique(lu10)]))
                                    [1:].tolist()))
    region.add("landuse_2010", lu10, "2010年土地利用（三调分类）", "Land use 2010 (三调 classes)",
               "class", 0, lu_table)
    region.add("landuse_2020", lu, "2020年土地利用（三调分类）", "Land use 2020 (三调 classes)",
               "class", 0, lu_table)
    eco_vals = sorted(set(np.unique(st.eco20).tolist()) | set(np.unique(st.eco10).tolist()) - {0})
    eco_table = C.class_table(eco_vals, include_subclasses=True)
    region.add("ecosystem_2010", st.eco10.astype(np.uint32), "2010年生态系统类型（含森林类型）",
               "Ecosystem type 2010 (forest types)", "class", 0, eco_table)
    region.add("ecosystem_2020", st.eco20.astype(np.uint32), "2020年生态系统类型（含森林类型）",
               "Ecosystem type 2020 (forest types)", "class", 0, eco_table)
    region.add("npp", f32(st.npp20), "净初级生产力（2016-2020年均）", "Net primary productivity 2020",
               "gC/m²/a", nod)
    region.add("npp_2010", f32(st.npp10), "净初级生产力（2006-2010年均）",
               "Net primary productivity 2010", "gC/m²/a", nod)
    region.add("precipitation", f32(st.precip), "多年平均降水量", "Annual precipitation", "mm", nod)
    region.add("et", f32(st.et), "多年平均实际蒸散发", "Annual actual evapotranspiration", "mm", nod)
    region.add("fvc", f32(st.fvc20), "2020年植被覆盖度", "Fractional vegetation cover 2020", "0-1", nod)
    region.add("fvc_2010", f32(st.fvc10), "2010年植被覆盖度", "Fractional vegetation cover 2010",
               "0-1", nod)
    region.add("ndvi_2010", f32(st.ndvi10), "2010年归一化植被指数", "NDVI 2010", "-", nod)
    region.add("ndvi_2020", f32(st.ndvi20), "2020年归一化植被指数", "NDVI 2020", "-", nod)
    region.add("r_factor", f32(st.r_factor), "降雨侵蚀力因子R", "Rainfall erosivity R",
               "MJ·mm/(hm²·h·a)", nod)
    region.add("k_factor", f32(st.k_factor), "土壤可蚀性因子K", "Soil erodibility K",
               "t·hm²·h/(hm²·MJ·mm)", nod)
    region.add("rivers", np.where(st.streams & land, st.order, 0).astype(np.uint8), "河网（Strahler分级）",
               "Stream network (Strahler order)", "order", 0,
               description="D8 flow accumulation >= {} km2".format(st.stream_km2))
    region.add("flow_direction", np.where(sea, 0, st.fdir).astype(np.uint8), "D8流向", "D8 flow "
               "direction (ESRI codes 1-128)", "code", 0)
    region.add("flow_accumulation", np.where(sea, nod, st.acc).astype(np.float32), "汇流累积量",
               "Flow accumulation (upstream area)", "km²", nod)
    region.add("watersheds", st.ws.astype(np.int32), "小流域", "Watersheds", "id", 0)
    region.add("townships", st.townships.astype(np.int32), "乡镇", "Townships", "id", 0)


def soil_karst_coast(st):
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
    region, n, u, v, land, sea, dem, lu = st.region, st.n, st.u, st.v, st.land, st.sea, st.dem, st.lu
    muddy, head, estuary, k_factor, nod = st.muddy, st.head_zone, st.estuary, st.k_factor, NODATA
    artificial = st.port | st.town20 | (lu == 1104)
    rng = np.random.Generator(np.random.PCG64(int(region.seed) * 31 + 17))
    texture = np.select([k_factor < 0.022, k_factor < 0.029, k_factor < 0.034, k_factor < 0.040], [2, 5, 7, 8], 12)
    region.add("soil_texture", np.where(land, texture, 0).astype(np.uint8), "土壤质地",
               "Soil texture class (1 石砾 … 12 粉土)", "code", 0)
    del texture                                            # memory (issue 20): not read below
    noise = _fbm(rng, n, beta=3.8)
    fine = _fbm(rng, n, beta=2.4)
    # karst belt across the hills
    belt = np.exp(-((0.62 * u - 0.78 * v + 0.12 + 0.06 * noise) / 0.07) ** 2)
    karst = land & (belt > 0.5) & (dem > 15)
    del belt
    lab, nl = ndimage.label(karst)
    if nl:
        sizes = np.bincount(lab.ravel())
        karst = (sizes >= 20)[lab] & (lab > 0)
    del lab
    bare = np.clip(0.08 + 0.55 * (1.0 - st.fvc20) + 0.010 * np.clip(st.slope, 0, 45) + 0.12 * fine, 0.0, 0.95)
    outcrop = np.where(karst, 100.0 * bare, 0.0)
    outcrop = np.where(np.isin(lu, (1207,)) & karst, np.maximum(outcrop, 75.0), outcrop)  # bare rock
    region.add("karst", karst.astype(np.uint8), "喀斯特（碳酸盐岩）分布区", "Karst (carbonate rock) area",
               "0/1", None)
    region.add("carbonate_outcrop", np.where(land, outcrop, nod).astype(np.float32), "碳酸盐岩出露面积比例",
               "Carbonate rock outcrop", "%", nod)
    del bare, outcrop
    # coastal strip and shore types (as the coastline layer: muddy bay / estuary, rocky headland,
    # artificial at the port, towns and aquaculture ponds, sandy elsewhere)
    coastcell = land & ndimage.binary_dilation(sea, np.ones((3, 3), bool))
    t = np.ones((n, n), np.uint8)                          # sandy
    t[muddy] = 2
    t[estuary & (region.extra["acc_km2"] >= 20)] = 3
    t[head] = 5
    t[artificial & ~head] = 4
    t = _median_filter_codes(t, 5)                          # = ndimage.median_filter(t, 5), faster
    strip = land & (st.dist_sea <= 600.0)
    if coastcell.any():
        ir, ic = ndimage.distance_transform_edt(~coastcell, return_distances=False, return_indices=True)
        shore = np.where(strip, t[ir, ic], 0).astype(np.uint8)
        del ir, ic
    else:
        shore = np.zeros((n, n), np.uint8)
    bay_u, bay_v = st.bay_u, st.bay_v
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


def keep_masks(st):
    """Masks and lists the tests and the tutorials read from ``region.extra``."""
    st.region.extra.update({"county": st.land, "county_sea": st.county_sea, "reservoir": st.reservoir,
                            "town_seats": [(t["r"], t["c"]) for t in st.towns],
                            "road_mask": st.road_mask, "expressway": st.expressway,
                            "redline": st.redline, "pbf": st.pbf, "udb": st.udb,
                            "mines": st.mines_lab, "hand": st.hand, "towns": st.towns,
                            "villages": st.villages})
