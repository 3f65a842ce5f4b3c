"""The project hierarchy 重点区域 → 重点工程 → 项目 with investment, funding sources, periods and
indicator contributions.

Pure Python / numpy. Method (METHODS.md §3, project library; issue 16 §2): investment (万元) = scale ×
unit cost of the project type (万元 per unit: hm², km or 处), split by funding source with the type's
shares (中央, 省级, 市县, 社会资本, percent summing to 100); projects are grouped into key projects
(重点工程: one per key area and project type) and key projects into key areas (重点区域), and every
sum of a level equals the sum of the level below. Each project contributes its scale × factor to the
indicator of its type and its hm² to 生态保护修复面积; :func:`period_contributions` sums the
contributions per period 近期 / 中期 / 远期 and cumulatively.

The default unit costs, funding shares, departments and indicators below are the plugin's own
placeholders (no standard or price list gives them for a county plan): replace them with the local
估算指标 and the plan's funding arrangement. The marine unit costs repeat the defaults of
``core.marine.MARINE_PROJECTS``; the indicator names are those of ``core.targets.default_indicators``
where one exists.
"""
from collections import OrderedDict

import numpy as np

from .modes import PERIOD_YEARS, PERIODS

__all__ = ["FUNDING_SOURCES", "RESTORATION_AREA", "DEFAULT_TYPES", "DEFAULT_FUNDING", "investment",
           "split_funding", "build_hierarchy", "period_contributions", "period_span"]

FUNDING_SOURCES = ("中央", "省级", "市县", "社会资本")
#: indicator every hm²-project contributes its area to (core.targets indicator restoration_area)
RESTORATION_AREA = "生态保护修复面积"

_NR, _FOR, _WATER, _SEA, _AGRI = ("自然资源主管部门", "林业主管部门", "水行政主管部门", "自然资源（海洋）主管部门",
                                  "农业农村主管部门")
_MINE, _MANGROVE, _SHORE = "历史遗留矿山生态修复面积", "红树林营造修复面积", "整治修复海岸线长度"

#: type code -> (name, unit, unit cost 万元 per unit, responsible department, indicator, factor); the
#: contribution to the indicator is scale × factor (0.01: hm² -> km²). Codes 1-7: the problem layers
#: of the project library (costs = core.zoning.PROJECT_TYPES); 21-29: the project types of the default
#: problem-patch rules (core.problems.DEFAULT_RULES); 41-48: the marine types (core.marine codes + 40).
DEFAULT_TYPES = OrderedDict([
    (1, ("历史遗留矿山生态修复", "hm²", 30.0, _NR, _MINE, 1.0)),
    (2, ("水土流失综合治理", "hm²", 1.5, _WATER, "新增水土流失综合治理面积", 0.01)),
    (3, ("湿地与红树林保护修复", "hm²", 15.0, _FOR, "湿地保护修复面积", 1.0)),
    (4, ("森林质量精准提升", "hm²", 0.8, _FOR, "森林质量精准提升面积", 1.0)),
    (5, ("河流生态缓冲带建设", "hm²", 10.0, _WATER, "河湖生态缓冲带面积", 1.0)),
    (6, ("生态廊道障碍点修复", "hm²", 5.0, _NR, "生态廊道修复面积", 1.0)),
    (7, ("全域土地综合整治", "hm²", 4.0, _NR, "土地综合整治面积", 1.0)),
    (21, ("红线内耕地有序退出与生态修复", "hm²", 2.0, _AGRI, "红线内耕地退出面积", 1.0)),
    (22, ("红线内建设用地清退与生态修复", "hm²", 30.0, _NR, "红线内建设用地清退面积", 1.0)),
    (23, ("红线内矿山关闭与生态修复", "hm²", 30.0, _NR, _MINE, 1.0)),
    (24, ("退塘还林还湿", "hm²", 15.0, _FOR, "湿地保护修复面积", 1.0)),
    (25, ("陡坡耕地退耕还林还草", "hm²", 1.5, _FOR, "退耕还林还草面积", 1.0)),
    (26, ("河湖缓冲带退耕与生态修复", "hm²", 10.0, _WATER, "河湖生态缓冲带面积", 1.0)),
    (27, ("森林质量提升与湿地修复", "hm²", 0.8, _FOR, "森林质量精准提升面积", 1.0)),
    (28, ("岸线整治与生态化修复", "hm²", 20.0, _SEA, "岸线整治修复面积", 1.0)),
    (29, ("生态廊道连通性修复", "hm²", 5.0, _NR, "生态廊道修复面积", 1.0)),
    (41, ("海岸带生态修复", "hm²", 20.0, _SEA, "海岸带生态修复面积", 1.0)),
    (42, ("红树林营造与修复", "hm²", 45.0, _FOR, _MANGROVE, 1.0)),
    (43, ("海草床修复", "hm²", 60.0, _SEA, "海草床修复面积", 1.0)),
    (44, ("珊瑚礁修复", "hm²", 150.0, _SEA, "珊瑚礁修复面积", 1.0)),
    (45, ("沙滩修复", "km", 1500.0, _SEA, _SHORE, 1.0)),
    (46, ("岸线整治", "km", 1200.0, _SEA, _SHORE, 1.0)),
    (47, ("退养还湿", "hm²", 15.0, _SEA, "湿地保护修复面积", 1.0)),
    (48, ("海岛生态修复", "hm²", 30.0, _SEA, "海岛生态修复面积", 1.0)),
])

#: type code -> percent shares (中央, 省级, 市县, 社会资本): the plugin's placeholders. Mines, land
#: consolidation and shoreline works lean on social capital (encouraged by 国办发〔2021〕40号 《关于鼓励和
#: 支持社会资本参与生态保护修复的意见》, which gives no shares); the others lean on public funds.
_PUBLIC, _MIXED, _SOCIAL = (40.0, 30.0, 20.0, 10.0), (30.0, 20.0, 20.0, 30.0), (20.0, 20.0, 20.0, 40.0)
DEFAULT_FUNDING = OrderedDict(
    (code, _SOCIAL if code in (1, 7, 22, 23) else _MIXED if code in (28, 41, 45, 46, 47) else _PUBLIC)
    for code in DEFAULT_TYPES)


def investment(scale, unit_cost):
    """Investment (万元) = scale (hm², km or 处) × unit cost (万元 per unit); ValueError for a negative
    or non-finite value."""
    s = np.asarray(scale, dtype=np.float64)
    c = np.asarray(unit_cost, dtype=np.float64)
    if np.any(~np.isfinite(s)) or np.any(s < 0) or np.any(~np.isfinite(c)) or np.any(c < 0):
        raise ValueError("scales and unit costs must be finite and non-negative.")
    return s * c


def split_funding(amount, shares, *, decimals=4):
    """Investment split by funding source: ``amount`` × share / 100 for each of the sources, rounded to
    ``decimals``; the last source takes the remainder, so the parts add up to the rounded amount exactly.

    ``shares``: percents (one per source) summing to 100 (ValueError otherwise, or for a negative one).
    """
    sh = np.asarray(shares, dtype=np.float64)
    if np.any(~np.isfinite(sh)) or np.any(sh < 0):
        raise ValueError("funding shares must be finite and non-negative.")
    if abs(sh.sum() - 100.0) > 1e-6:
        raise ValueError("funding shares sum to {:g} %, not 100 %.".format(sh.sum()))
    total = round(float(amount), decimals)
    parts = [round(total * s / 100.0, decimals) for s in sh[:-1]]
    return parts + [round(total - sum(parts), decimals)]


def period_span(periods):
    """Period text of a group of projects: ``近期``, or ``近期—远期`` for a span, with the years
    (``('近期—中期', '2021-2030')``); projects without a period (−1) are left out."""
    idx = sorted({int(p) for p in periods if 0 <= int(p) < len(PERIODS)})
    if not idx:
        return "", ""
    if idx[0] == idx[-1]:
        return PERIODS[idx[0]], PERIOD_YEARS[idx[0]]
    return ("{}—{}".format(PERIODS[idx[0]], PERIODS[idx[-1]]),
            "{}-{}".format(PERIOD_YEARS[idx[0]][:4], PERIOD_YEARS[idx[-1]][-4:]))


_SUMS = ("area_ha", "len_km", "n_sites", "cost") + tuple("fund{}".format(i) for i in range(len(FUNDING_SOURCES)))


def build_hierarchy(projects):
    """Key projects and key areas from the projects.

    ``projects``: list of dicts with ``area_key`` (key area name), ``type_code``, ``type_name``,
    ``period`` (0-2, −1 none), ``area_ha``, ``len_km``, ``n_sites``, ``cost`` and ``fund0`` … ``fund3``
    (万元). Key areas are numbered ZDQY01, … in order of first appearance; within a key area one key
    project per type (ZDGC0101, … by type code). Returns ``(kp_of_project, key_projects, key_areas)``:
    the key-project id of each project, and lists of dicts with ``id``, ``name``, ``area_id`` (key
    projects), ``n_projects``, ``n_key_projects`` (key areas), the sums of ``area_ha``, ``len_km``,
    ``n_sites``, ``cost``, ``fund0``-``fund3``, the ``period`` / ``years`` span and ``types`` (key areas).
    Sums are plain sums of the project values, so every level adds up to the level below.
    """
    areas = OrderedDict()
    for i, p in enumerate(projects):
        areas.setdefault(p["area_key"], OrderedDict()).setdefault(int(p["type_code"]), []).append(i)
    kp_of, kps, kas = [None] * len(projects), [], []
    for a, (akey, types) in enumerate(areas.items(), start=1):
        aid = "ZDQY{:02d}".format(a)
        area = {"id": aid, "name": akey, "n_projects": 0, "n_key_projects": 0, "periods": [], "types": []}
        area.update({k: 0.0 for k in _SUMS})
        for t, code in enumerate(sorted(types), start=1):
            members = types[code]
            kid = "ZDGC{:02d}{:02d}".format(a, t)
            first = projects[members[0]]
            kp = {"id": kid, "name": "{}{}工程".format(akey, first["type_name"]), "area_id": aid,
                  "area_name": akey, "type_code": code, "type_name": first["type_name"],
                  "department": first.get("department", ""), "n_projects": len(members)}
            for k in _SUMS:
                kp[k] = float(sum(float(projects[i].get(k) or 0.0) for i in members))
                area[k] += kp[k]
            periods = [projects[i]["period"] for i in members]
            kp["period"], kp["years"] = period_span(periods)
            for i in members:
                kp_of[i] = kid
            kps.append(kp)
            area["n_projects"] += len(members)
            area["n_key_projects"] += 1
            area["periods"] += periods
            area["types"].append(first["type_name"])
        area["period"], area["years"] = period_span(area.pop("periods"))
        kas.append(area)
    return kp_of, kps, kas


def period_contributions(records):
    """Indicator contributions per period, added and cumulative.

    ``records``: ``(period, indicator, value, restoration hm²)`` per project (period 0 近期, 1 中期, 2 远期;
    others ignored). The value counts for the indicator; the restoration hm² for
    :data:`RESTORATION_AREA` unless the indicator is that one (no double count). Returns
    ``{indicator: (added per period, cumulative per period)}`` as lists of three floats; the
    cumulative value of a period is the sum of the added values up to it.
    """
    out = OrderedDict()
    n = len(PERIODS)
    for period, indicator, value, area in records:
        try:
            k = int(period)
        except (TypeError, ValueError):
            continue
        if not 0 <= k < n:
            continue
        items = []
        if indicator:
            items.append((indicator, float(value or 0.0)))
        if area and indicator != RESTORATION_AREA:
            items.append((RESTORATION_AREA, float(area)))
        for name, v in items:
            if np.isfinite(v):
                out.setdefault(name, [0.0] * n)[k] += v
    return OrderedDict((name, (added, list(np.cumsum(added).tolist()))) for name, added in out.items())
