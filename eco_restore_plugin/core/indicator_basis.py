"""Indicators on the official statistical basis (统计口径): class sets, presets and formulas.

One place for the class sets the indicators count, so that every algorithm uses the same
definitions (``indicatorbasevalues``, the atlas' land-cover groups ...). Class values follow the
integer convention of :mod:`core.landuse_codes` (0301 -> 301).

Each preset row carries its 口径 text and its source; where a rule could not be verified against
the official text here, the preset's ``note`` says so (shown in the help and the output table).
"""
from collections import OrderedDict

import numpy as np

from . import landuse_codes as L

#: 三调 湿地 (first-level group 00 of the 三调 工作分类, 8 classes incl. 0603 盐田): the plugin's one
#: wetland definition (indicator base values, atlas land-cover groups, wetland area).
WETLAND_SANDIAO = tuple(c["value"] for c in L.CLASSES.values() if c["group"] == "00")
#: 三调 湿地 plus the open waters 河流、湖泊、水库、坑塘水面 counted by the forestry wetland statistics
#: (《湿地保护法》(2021) 第二条 includes waters; the exact class list of the 林草 statistics could not
#: be verified here).
WETLAND_WITH_WATERS = WETLAND_SANDIAO + (1101, 1102, 1103, 1104)
#: 林地 of the 三调 (GB/T 21010-2017 03 林地): 乔木林地, 竹林地, 红树林地, 森林沼泽, 灌木林地, 灌丛沼泽,
#: 其他林地 (红树林地, 森林沼泽, 灌丛沼泽 sit in the 三调 湿地 group and stay 林地 in GB/T 21010).
FOREST_LAND = (301, 302, 303, 304, 305, 306, 307)
#: 乔木林地, 竹林地, 红树林地, 森林沼泽: tree-covered classes always counted as forest.
FOREST_TREES = (301, 302, 303, 304)
SHRUBLAND = (305,)

#: forest-coverage presets: key -> dict(name, codes, shrub ("mask" = only inside the 国家特别规定
#: 灌木林地 layer, "all", "none"), gardens (园地 counted as 经济林 by default), type, basis, source, note).
FOREST_PRESETS = OrderedDict([
    ("forestry", {
        "name": "林业口径", "codes": FOREST_TREES, "shrub": "mask", "gardens": (),
        "type": "expected",
        "basis": "（乔木林地＋竹林地＋红树林地＋森林沼泽＋国家特别规定灌木林地＋省级认定计入的经济林园地）"
                 "面积／国土面积×100%",
        "source": "国土三调及年度变更调查、林草生态综合监测；国家特别规定灌木林地范围",
        "note": "森林覆盖率按林业统计口径（定义参照 GB/T 26424-2010《森林资源规划设计调查技术规程》）；"
                "国家特别规定灌木林地仅在给出其范围图层时计入；园地中计入森林的经济林（如海南 0203 "
                "橡胶园）按省级规定列出。省级口径细则未能在此核对原文，使用前请核对。"}),
    ("sandiao", {
        "name": "三调地类口径", "codes": FOREST_TREES + SHRUBLAND, "shrub": "all", "gardens": (),
        "type": "expected",
        "basis": "（乔木林地＋竹林地＋红树林地＋森林沼泽＋灌木林地）面积／国土面积×100%（灌木林地全部计入）",
        "source": "国土三调及年度变更调查",
        "note": "三调地类直接汇总，灌木林地全部计入，通常高于林业口径。"}),
])

#: 口径 text and source of every rule the base-value algorithm computes.
BASIS = {
    "forest_land": ("三调林地（0301 乔木林地、0302 竹林地、0303 红树林地、0304 森林沼泽、0305 灌木林地、"
                    "0306 灌丛沼泽、0307 其他林地）面积", "国土三调及年度变更调查"),
    "wetland_sandiao": ("三调湿地（0303 红树林地、0304 森林沼泽、0306 灌丛沼泽、0402 沼泽草地、0603 盐田、"
                        "1105 沿海滩涂、1106 内陆滩涂、1108 沼泽地）面积", "国土三调及年度变更调查"),
    "wetland_waters": ("三调湿地＋河流水面、湖泊水面、水库水面、坑塘水面面积（林草湿地统计口径，"
                       "类别清单未能核对原文）", "国土三调及年度变更调查"),
    "wetland_protection": ("受保护湿地面积／湿地面积×100%；受保护范围为自然保护地、湿地公园、湿地保护小区、"
                           "重要湿地的并集（重叠只计一次）", "国土三调；自然保护地、湿地公园、重要湿地名录"),
    "soil_conservation": ("（国土面积－轻度及以上水土流失面积）／国土面积×100%；水土流失面积为土壤侵蚀模数"
                          "不低于容许土壤流失量（SL 190-2007《土壤侵蚀分类分级标准》，南方红壤丘陵区 500 t/(km²·a)）的面积",
                          "RUSLE 土壤侵蚀模数（ecorestore:soilconservation 实际土壤流失量）"),
    "natural_shoreline": ("自然岸线（砂质、淤泥质、基岩、生物岸线等原生岸线，及整治修复后具有自然海岸形态特征和生态功能的"
                          "岸线）长度／大陆海岸线总长度×100%（给出海岛字段时只计大陆岸线）",
                          "《海岸线保护与利用管理办法》（国家海洋局，2017）第二条；海岸线修测成果"),
    "island_natural_shoreline": ("海岛自然岸线（定义同大陆：原生岸线及整治修复后具有自然形态和生态功能的岸线）长度／"
                                 "海岛岸线总长度×100%；不与任何单元相交的海岛岸线计入最近的单元",
                                 "海岸线修测成果、海岛监视监测；《海岸线保护与利用管理办法》第二条只适用于大陆海岸线，"
                                 "海岛沿用其自然岸线定义；海岛指标的上级来源（全国海岛保护规划等）未能在此核对原文"),
    "coast_restored_length": ("经整治修复、具有自然海岸形态特征和生态功能的岸线长度（岸线分类中的生态恢复岸线，大陆与海岛"
                              "合计），规划期内新增部分累计计入目标",
                              "海岸线修测成果；《海岸线保护与利用管理办法》（2017）第二条（整治修复后的岸线计入自然岸线）"),
    "mangrove_area": ("三调 0303 红树林地面积（GB/T 21010-2017 林地 03 之下，三调工作分类归入湿地）",
                      "国土三调及年度变更调查"),
}

#: SL 190-2007《土壤侵蚀分类分级标准》容许土壤流失量, t/(km²·a), by region.
TOLERANCE_T_KM2 = OrderedDict([
    ("南方红壤丘陵区", 500.0), ("西南土石山区", 500.0), ("北方土石山区", 200.0),
    ("东北黑土区", 200.0), ("西北黄土高原区", 1000.0),
])
#: SL 190-2007 water-erosion intensity grades (by average erosion modulus, t/(km²·a)):
#: lower bounds of 轻度, 中度, 强烈, 极强烈, 剧烈 (微度 is below the tolerance).
EROSION_GRADES_T_KM2 = (None, 2500.0, 5000.0, 8000.0, 15000.0)


def forest_mask(classes, preset, *, special_shrub=None, gardens=None, codes=None):
    """Cells counted as forest under a preset (or the given ``codes`` for preset ``"custom"``).

    ``classes``: land-use values (NaN = nodata); ``special_shrub``: bool array, the 国家特别规定
    灌木林地 extent (shrub cells are counted only inside it for the forestry preset); ``gardens``:
    园地 values counted as 经济林 (forestry preset; e.g. 203 橡胶园 in Hainan)."""
    c = np.where(np.isfinite(classes), classes, -1).astype(np.int64)
    if preset == "custom":
        return np.isin(c, list(codes or ()))
    p = FOREST_PRESETS[preset]
    out = np.isin(c, list(p["codes"]))
    if p["shrub"] == "mask" and special_shrub is not None:
        out |= np.isin(c, list(SHRUBLAND)) & np.asarray(special_shrub, bool)
    if preset == "forestry" and gardens:
        bad = [g for g in gardens if g not in (201, 202, 203, 204)]
        if bad:
            raise ValueError("garden codes counted as economic forest must be 园地 (201-204): {}".format(bad))
        out |= np.isin(c, list(gardens))
    return out


def soil_conservation_rate(soil_loss_t_hm2, units, n_units, *, tolerance_t_km2=500.0):
    """水土保持率 per unit: (land − eroded) / land · 100, eroded = loss ≥ tolerance.

    ``soil_loss_t_hm2``: actual soil loss A in t/(hm²·a) (NaN = nodata, not counted as land);
    ``units``: unit index 1..n per cell. Returns (rate %, eroded cells, land cells)."""
    a = np.asarray(soil_loss_t_hm2, dtype=np.float64).ravel()
    u = np.asarray(units).ravel().astype(np.int64)
    valid = np.isfinite(a) & (u > 0) & (u <= n_units)
    eroded = valid & (a * 100.0 >= float(tolerance_t_km2))          # t/(hm²·a) -> t/(km²·a)
    land = np.bincount(u[valid], minlength=n_units + 1)[1:n_units + 1].astype(np.float64)
    ero = np.bincount(u[eroded], minlength=n_units + 1)[1:n_units + 1].astype(np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        rate = np.where(land > 0, 100.0 * (land - ero) / np.where(land > 0, land, 1), np.nan)
    return rate, ero, land


def nearest_unit_within(unit_ids, reach_m, *, cell_size=(1.0, 1.0)):
    """Unit ids with the cells outside every unit (id 0) within ``reach_m`` of a unit given the nearest unit's id.

    For coastal features the 陆域 units stop short of (mangroves on the tidal flat seaward of the township polygons).
    ``cell_size`` = (row height, column width) in metres; distances are Euclidean between cell centres
    (``scipy.ndimage.distance_transform_edt``). ``reach_m`` ≤ 0 returns the ids unchanged."""
    from scipy import ndimage

    u = np.asarray(unit_ids)
    if reach_m <= 0 or not (u == 0).any() or not (u > 0).any():
        return u
    dist, (ri, ci) = ndimage.distance_transform_edt(u == 0, sampling=cell_size, return_indices=True)
    out = u[ri, ci]
    return np.where((u == 0) & (dist <= reach_m), out, u)
