"""Sheet builders of the attached tables (附表) by area: 现状地类结构表 (land classes x township from the
三调 parcels or the land-use structure table) and 生态保护重要性与脆弱性面积统计表 (grade x township from the
graded rasters, zonal counts through ``core.zonal``).

Builders as in ``_sheets``: ``builder(alg, parameters, context, feedback) -> sheet or None``.
"""
import numpy as np
from qgis.core import QgsProcessingException

from ...core import deliverables as D
from ...core import landuse_codes as L
from ...core import zonal as Z
from ...core.grading import IMPORTANCE_NAMES
from ...core.vulnerability import VULNERABILITY_NAMES, VULNERABILITY_NAMES_5
from ...i18n import tr
from ...processing_helpers.grid import open_raster
from ...processing_helpers.raster_io import read_raster
from ...processing_helpers.vector_io import rasterize_geometries
from ._sheets import NO_TOWN, REGION, number, rows_of, township_polygons, value

#: fields of a township layer that may hold the 9-digit township code (ZLDWDM[:9]).
CODE_FIELDS = ("code", "XZQDM", "XZDM", "xzqdm", "xzdm")
HM2_CENTI = 1e6          # 0.01 m² per hm²
OUTSIDE = "乡镇范围外"


def _town_names(alg, parameters, context):
    """{township code: name} from the township layer (a code field among CODE_FIELDS), or {}."""
    towns = alg.parameterAsSource(parameters, "TOWNSHIPS", context)
    if towns is None:
        return {}
    field = alg.parameterAsString(parameters, "TOWNSHIP_FIELD", context) or "name"
    code_field = next((c for c in CODE_FIELDS if towns.fields().lookupField(c) >= 0), None)
    if code_field is None or towns.fields().lookupField(field) < 0:
        return {}
    return {str(value(f, code_field)): str(value(f, field)) for f in rows_of(towns) if value(f, code_field)}


def check_source(sheet, column, expected):
    """Refuse a sheet whose total in numeric ``column`` is not ``expected`` (the sum of the source) within
    the rounding of its rows."""
    total = [r for r in sheet["rows"] if r[0] == "total"][0]
    n_text = len(sheet["headers"]) - len(sheet["decimals"])
    d = sheet["decimals"][column]
    ndata = sum(1 for r in sheet["rows"] if r[0] == "data")
    got = float(total[1 + n_text + column] or 0.0)
    if abs(got - expected) > 0.5 * 10 ** -d * max(ndata, 1) + 1e-9:
        raise QgsProcessingException("{}: total {} but the source sums to {}".format(sheet["name"], got, expected))


# ------------------------------------------------------------------------------------------------
def _landuse_records(alg, src, context, feedback):
    """[(township code, 三调 class, area in 0.01 m²)] from the structure table or the parcels."""
    fields = src.fields()
    out = []
    if all(fields.lookupField(n) >= 0 for n in ("level", "class_level", "class_code", "area_hm2")):
        levels = {}
        for f in rows_of(src):
            if int(number(f, "class_level") or -1) == 2:
                levels.setdefault(str(value(f, "level")), []).append(
                    (str(value(f, "unit_code") or ""), L.clean_code(value(f, "class_code")),
                     int(round((number(f, "area_hm2") or 0.0) * HM2_CENTI))))
        return levels.get("township") or [("", c, a) for _, c, a in levels.get("total", [])]
    if fields.lookupField("DLBM") < 0:
        raise QgsProcessingException(tr(
            "The land-use input is neither the 三调 parcels (field DLBM) nor the output of 'Land-use structure "
            "table' (fields level, class_level, class_code, area_hm2): give one of them."))
    has_net = fields.lookupField("TBDLMJ") >= 0
    crs = src.sourceCrs()
    unknown = set()
    for f in src.getFeatures():
        alg.check_cancel(feedback)
        code = L.clean_code(value(f, "DLBM"))
        if code not in L.CLASSES and L.base_code(code) not in L.CLASSES:
            unknown.add(code)
            continue
        area = number(f, "TBDLMJ") if has_net else None
        if area is None:
            if not crs.isValid() or crs.isGeographic():
                raise QgsProcessingException(tr(
                    "The parcels have no TBDLMJ and are not in a projected CRS in metres: reproject them."))
            area = f.geometry().area()
        out.append((str(value(f, "ZLDWDM") or "")[:9], L.base_code(code), int(round(area * 100.0))))
    if unknown:
        raise QgsProcessingException(tr(
            "DLBM codes not in the 三调 classification: {}. Map them with 'Land-use structure table' (unknown-code "
            "option) and give its table.").format(", ".join(sorted(unknown))[:200]))
    return out


def landuse_sheet(alg, parameters, context, feedback):
    """现状地类结构表: first-level classes (group rows) and 三调 classes (data rows) x 全域 and each township,
    hm² and share of the unit's area (%)."""
    src = alg.parameterAsSource(parameters, "LANDUSE", context)
    if src is None:
        return None
    recs = _landuse_records(alg, src, context, feedback)
    names = _town_names(alg, parameters, context)
    towns = sorted({t for t, _, _ in recs if t})
    units = towns + ([""] if any(not t for t, _, _ in recs) and towns else [])
    if not towns:
        units = [""]
    col = {u: i for i, u in enumerate(units)}
    sums = {}
    for t, c, a in recs:
        sums.setdefault(c, [0] * len(units))[col[t]] += a
    rank = {c: i for i, c in enumerate(L.CLASSES)}
    data = {}                                       # class -> hm² per unit (rounded)
    for c in sorted(sums, key=lambda c: rank.get(c, 1e9)):
        data[c] = [round(v / HM2_CENTI, 4) for v in sums[c]]
    share = {c: [] for c in data}
    for j in range(len(units)):
        for c, s in zip(data, D.shares([data[c][j] for c in data])):
            share[c].append(s)
    multi = len(units) > 1

    def cells(hm2, pct, region_pct):
        out = [round(sum(hm2), 4), region_pct] if multi else []
        for h, p in zip(hm2, pct):
            out += [h, p]
        return out

    rows = []
    region_hm2 = {c: round(sum(data[c]), 4) for c in data}
    region_share = dict(zip(data, D.shares([region_hm2[c] for c in data])))
    for g, (gname, _en) in L.GROUPS.items():
        members = [c for c in data if L.CLASSES[c]["group"] == g]
        if not members:
            continue
        hm2 = [round(sum(data[c][j] for c in members), 4) for j in range(len(units))]
        pct = [round(sum(share[c][j] for c in members), 2) for j in range(len(units))]
        rows.append(["group", g, gname] + cells(hm2, pct, round(sum(region_share[c] for c in members), 2)))
        rows += [["data", c, L.code_name(c)] + cells(data[c], share[c], region_share[c]) for c in members]
    tot_hm2 = [round(sum(data[c][j] for c in data), 4) for j in range(len(units))]
    rows.append(["total", "合计", ""] + cells(tot_hm2, [100.0 if v else 0.0 for v in tot_hm2],
                                             100.0 if sum(tot_hm2) else 0.0))
    labels = ([REGION] if multi else []) + [names.get(u, u) if u else (NO_TOWN if multi else REGION) for u in units]
    headers = ["地类编码", "地类名称"] + ["面积（hm²）", "占比（%）"] * len(labels)
    groups = [[(lab, 3 + 2 * k, 4 + 2 * k) for k, lab in enumerate(labels)]]
    sheet = {"name": "现状地类结构表", "title": "附表 土地利用现状结构表（{}）".format("、".join(["全域"] + (
        ["乡镇"] if towns else []))), "unit": "面积单位：公顷（hm²）；占比：%",
        "headers": headers, "decimals": [4, 2] * len(labels), "header_groups": groups, "rows": rows,
        "shares": [2 * k + 1 for k in range(len(labels))],
        "notes": ["注：面积为三调图斑地类面积（TBDLMJ，不含田坎）；一级地类行为其二级地类之和；占比按最大余数法取整，"
                  "各列合计 100%。"]}
    if multi:
        sheet["row_sums"] = [(0, [2 + 2 * k for k in range(len(units))])]
    check_source(sheet, 0, sum(a for _, _, a in recs) / HM2_CENTI)
    return sheet


# ------------------------------------------------------------------------------------------------
#: vulnerability models recognised by the band description or layer name: (keywords, Chinese name).
VULNERABILITY_KINDS = [(("soil", "水土"), "水土流失脆弱性"), (("rocky", "石漠"), "石漠化脆弱性"),
                       (("coastal", "海岸"), "海岸侵蚀脆弱性")]


def _grade_names(layer, defaults):
    """({grade code: name} from the raster's category names, else ``defaults``; band description)."""
    ds = open_raster(layer)
    band = ds.GetRasterBand(1)
    description = band.GetDescription() or ""    # first: it loads the .aux.xml (the GTiff reads it lazily)
    cats = band.GetCategoryNames() or []
    names = {i: str(n) for i, n in enumerate(cats) if i > 0 and n}
    ds = None
    return names or dict(defaults), description


def vulnerability_label(layer, several):
    """Block title of a vulnerability raster: the model's Chinese name when its band description or layer
    name tells it, else 生态脆弱性 (with the layer name when there are several)."""
    text = "{} {}".format(_grade_names(layer, {})[1], layer.name()).lower()
    for keys, name in VULNERABILITY_KINDS:
        if any(k in text for k in keys):
            return name
    return "生态脆弱性（{}）".format(layer.name()) if several else "生态脆弱性"


def _grade_block(alg, parameters, context, feedback, layer, label, defaults):
    """(label, [(grade code, name)], {township name: [hm² per grade]}, township order).

    ``defaults``: list of {code: name} by number of levels (the first whose codes hold the raster's)."""
    arr, grid = read_raster(layer, categorical=True, feedback=feedback)
    if not grid.is_projected():
        raise QgsProcessingException(tr(
            "The grade raster '{}' must be in a projected CRS in metres to measure areas; reproject it.").format(
            layer.name()))
    cell_hm2 = grid.cellsize[0] * grid.cellsize[1] / 1e4
    present = {int(v) for v in np.unique(arr[arr == arr]) if v > 0}
    names = _grade_names(layer, next((d for d in defaults if present <= set(d)), defaults[-1]))[0]
    if present - set(names):
        raise QgsProcessingException(tr(
            "The grade raster '{}' holds the code(s) {} outside its grades {}: give a grade raster (importance "
            "3/2/1, vulnerability 3/2/1 or 5-1, 0 = nodata).").format(
            layer.name(), ", ".join(str(v) for v in sorted(present - set(names))[:10]),
            ", ".join("{} {}".format(k, v) for k, v in sorted(names.items()))))
    found = sorted(present | set(names), reverse=True)
    grades = [(g, names.get(g, str(g))) for g in found]
    towns = township_polygons(alg, parameters, context, grid.crs)
    order = []
    for _, name in towns:
        if name not in order:
            order.append(name)
    if towns:
        labels = rasterize_geometries([g for g, _ in towns], [order.index(n) + 1 for _, n in towns], grid)
    else:
        order, labels = [REGION], (arr == arr).astype("int32")
    alg.check_cancel(feedback)
    per = {t: [] for t in order + [OUTSIDE]}
    for g, _ in grades:
        counts = Z.zonal_count(labels, n=len(order) + 1, first=0, valid=(arr == g))   # zone 0: outside
        for k, t in enumerate([OUTSIDE] + order):
            per[t].append(round(float(counts[k]) * cell_hm2, 4))
    if any(per[OUTSIDE]):              # graded cells outside every township: a row of their own
        order = order + [OUTSIDE]
    else:
        del per[OUTSIDE]
    return label, grades, per, order


def grade_sheet(alg, parameters, context, feedback):
    """生态保护重要性与脆弱性面积统计表: per township (rows) and evaluation (column blocks) the area of each
    grade (hm²) and its share of the graded area (%), and the graded area (合计)."""
    imp = alg.parameterAsRasterLayer(parameters, "IMPORTANCE", context)
    vul = alg.parameterAsLayerList(parameters, "VULNERABILITY", context) or []
    if imp is None and not vul:
        return None
    blocks = []
    if imp is not None:
        blocks.append(_grade_block(alg, parameters, context, feedback, imp, "生态保护重要性", [IMPORTANCE_NAMES]))
    for lyr in vul:
        blocks.append(_grade_block(alg, parameters, context, feedback, lyr, vulnerability_label(lyr, len(vul) > 1),
                                   [VULNERABILITY_NAMES, VULNERABILITY_NAMES_5]))
    order = []
    for _, _, _, o in blocks:
        order += [t for t in o if t not in order]
    headers, groups_top, groups_grade, row_shares, row_sums = ["乡镇"], [], [], [], []
    col = 0
    for label, grades, _, _ in blocks:
        start = col
        for _, name in grades:
            headers += ["面积（hm²）", "占比（%）"]
            groups_grade.append((name, 2 + col, 3 + col))
            col += 2
        headers.append("合计（hm²）")
        row_shares.append([start + 2 * k + 1 for k in range(len(grades))])
        row_sums.append((col, [start + 2 * k for k in range(len(grades))]))
        col += 1
        groups_top.append((label, 2 + start, 1 + col))

    def cells(values_by_block):
        out = []
        for hm2 in values_by_block:
            for h, p in zip(hm2, D.shares(hm2)):
                out += [h, p]
            out.append(round(sum(hm2), 4))
        return out

    rows = []
    for t in order:
        rows.append(["data", t] + cells([per.get(t, [0.0] * len(grades)) for _, grades, per, _ in blocks]))
    totals = [[round(sum(per.get(t, [0.0] * len(grades))[k] for t in order), 4) for k in range(len(grades))]
              for _, grades, per, _ in blocks]
    rows.append(["total", "合计"] + cells(totals))
    return {"name": "生态保护重要性与脆弱性面积统计表", "title": "附表 生态保护重要性与生态脆弱性评价面积统计表",
            "unit": "面积单位：公顷（hm²）；占比：%", "headers": headers, "decimals": [
                d for _, grades, _, _ in blocks for d in [4, 2] * len(grades) + [4]],
            "header_groups": [groups_top, groups_grade], "rows": rows, "row_shares": row_shares,
            "row_sums": row_sums,
            "notes": ["注：面积 = 栅格像元数 × 像元面积（按像元中心落入乡镇计）；占比为该等级占评价面积（合计）的比例，"
                      "按最大余数法取整，每行合计 100%；“{}”为落在各乡镇之外的评价像元，合计为整个评价栅格。".format(OUTSIDE)]}
