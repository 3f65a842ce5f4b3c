"""Sheet builders of the attached tables (附表) from vector layers and tables: 问题图斑统计表, 项目表,
修复分区统计表, 规划指标表 and 土地综合整治潜力表.

A builder is ``builder(alg, parameters, context, feedback) -> sheet or None`` (None: its input is not
given); the sheet is the dict of ``core.deliverables``. The raster and land-use builders are in
``_sheets_area``.
"""
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsSpatialIndex,
)

from ...core import deliverables as D
from ...core import targets as T
from ...i18n import tr

REGION = "全域"
NO_TOWN = "（无乡镇）"


def value(f, name):
    """Attribute ``name`` of feature ``f`` or None (missing field, NULL)."""
    if not name or f.fields().lookupField(name) < 0:
        return None
    v = f[name]
    return None if v is None or str(v) == "NULL" else v


def number(f, name):
    v = value(f, name)
    try:
        return float(v) if v is not None else None
    except (TypeError, ValueError):
        return None


def require(src, names, message):
    """Refuse a layer without the fields ``names``: ``message`` (translated) gets the missing ones."""
    missing = [n for n in names if src.fields().lookupField(n) < 0]
    if missing:
        raise QgsProcessingException(message.format(", ".join(missing)))


def rows_of(src):
    return src.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry))


def township_polygons(alg, parameters, context, crs):
    """[(QgsGeometry in ``crs``, name)] of the township polygons, or [] without them."""
    towns = alg.parameterAsSource(parameters, "TOWNSHIPS", context)
    if towns is None:
        return []
    field = alg.parameterAsString(parameters, "TOWNSHIP_FIELD", context) or "name"
    if towns.fields().lookupField(field) < 0:
        raise QgsProcessingException(tr("Field '{}' not found in the townships.").format(field))
    xf = None if towns.sourceCrs() == crs else QgsCoordinateTransform(towns.sourceCrs(), crs,
                                                                       context.transformContext())
    out = []
    for f in towns.getFeatures():
        g = QgsGeometry(f.geometry())
        if g.isEmpty():
            continue
        if xf is not None:
            g.transform(xf)
        out.append((g if g.isGeosValid() else g.makeValid(), str(value(f, field))))
    return out


# ------------------------------------------------------------------------------------------------
def problem_sheet(alg, parameters, context, feedback):
    src = alg.parameterAsSource(parameters, "PROBLEMS", context)
    if src is None:
        return None
    require(src, ("WTLX", "MJ"), tr(
        "The problem patches lack the field(s) {}: give the output of 'Ecological problem patches'."))
    recs = []
    for f in rows_of(src):
        town = value(f, "XZMC") or value(f, "XZDM") or NO_TOWN
        recs.append({"town": str(town), "code": str(value(f, "WTDM") or ""), "type": str(value(f, "WTLX") or ""),
                     "n": 1, "mj": float(value(f, "MJ") or 0.0)})
    return {"name": "问题图斑统计表", "title": "附表 问题图斑统计表",
            "unit": "面积单位：公顷（hm²）", "headers": ["乡镇", "问题代码", "问题类型", "图斑数（个）", "面积（hm²）"],
            "decimals": [0, 4], "rows": D.grouped_rows(recs, "town", ["code", "type"], ["n", "mj"], [0, 4])}


def project_sheet(alg, parameters, context, feedback):
    src = alg.parameterAsSource(parameters, "PROJECTS", context)
    if src is None:
        return None
    require(src, ("period", "type_name", "area_ha", "cost_wan"), tr(
        "The project library lacks the field(s) {}: give the output of 'Project library'."))
    recs = []
    for f in rows_of(src):
        period = value(f, "period")
        if not period:
            continue                      # dropped (keep = 0)
        years = value(f, "years")
        recs.append({"period": "{} {}".format(period, years or "").strip(), "code": str(value(f, "proj_code") or ""),
                     "type": str(value(f, "type_name") or ""), "loc": str(value(f, "location") or ""),
                     "area": float(value(f, "area_ha") or 0.0), "cost": float(value(f, "cost_wan") or 0.0)})
    return {"name": "项目表", "title": "附表 生态保护修复项目表",
            "unit": "面积单位：公顷（hm²）；投资单位：万元",
            "headers": ["实施时序", "项目编号", "项目类型", "所在单元", "规模（hm²）", "估算投资（万元）"],
            "decimals": [4, 2], "rows": D.grouped_rows(recs, "period", ["code", "type", "loc"], ["area", "cost"],
                                                      [4, 2])}


def zone_sheet(alg, parameters, context, feedback):
    zones = alg.parameterAsSource(parameters, "ZONES", context)
    if zones is None:
        return None
    zone_field = alg.parameterAsString(parameters, "ZONE_FIELD", context) or "zone_type"
    if zones.fields().lookupField(zone_field) < 0:
        raise QgsProcessingException(tr("Field '{}' not found in the restoration zones.").format(zone_field))
    crs = zones.sourceCrs()
    if not crs.isValid() or crs.isGeographic():
        raise QgsProcessingException(tr(
            "The restoration zones must be in a projected CRS in metres to measure areas; reproject them."))
    tgeoms = township_polygons(alg, parameters, context, crs)
    index = QgsSpatialIndex()
    for k, (g, _) in enumerate(tgeoms):
        index.addFeature(k, g.boundingBox())
    recs = []
    for f in zones.getFeatures():
        alg.check_cancel(feedback)
        g = QgsGeometry(f.geometry())
        if g.isEmpty():
            continue
        if not g.isGeosValid():
            g = g.makeValid()
        zt = str(value(f, zone_field) or "")
        if not tgeoms:
            recs.append({"town": REGION, "zone": zt, "a": g.area() / 1e4})
            continue
        for k in index.intersects(g.boundingBox()):
            a = g.intersection(tgeoms[k][0]).area()
            if a > 0:
                recs.append({"town": tgeoms[k][1], "zone": zt, "a": a / 1e4})
    return {"name": "修复分区统计表", "title": "附表 生态修复分区统计表", "unit": "面积单位：公顷（hm²）",
            "headers": ["乡镇", "修复分区", "面积（hm²）"], "decimals": [4],
            "rows": D.grouped_rows(recs, "town", ["zone"], ["a"], [4])}


# ------------------------------------------------------------------------------------------------
#: potential fields written by the consolidation algorithms (hm²), in table order: (field, type).
POTENTIAL_TYPES = [("fc_new_hm2", "耕地整治潜力（新增耕地）"), ("st_pot_hm2", "农村居民点整治潜力"),
                   ("id_pot_hm2", "闲置低效建设用地与废弃矿山整治潜力")]
MU_PER_HM2 = 15.0


def potential_sheet(alg, parameters, context, feedback):
    """土地综合整治潜力表: township x potential type from the consolidation units (the output of the
    potential algorithms chained, or of 'Realistic consolidation potential': then the realistic
    columns ``<field>_r`` too)."""
    src = alg.parameterAsSource(parameters, "POTENTIAL", context)
    if src is None:
        return None
    fields = src.fields()
    types = [(f, n) for f, n in POTENTIAL_TYPES if fields.lookupField(f) >= 0]
    if not types:
        raise QgsProcessingException(tr(
            "The consolidation units lack the potential fields ({}): give the units written by 'Farmland "
            "consolidation potential', 'Rural settlement consolidation potential', 'Idle land and abandoned mine "
            "potential' or 'Realistic consolidation potential'.").format(", ".join(f for f, _ in POTENTIAL_TYPES)))
    realistic = all(fields.lookupField(f + "_r") >= 0 for f, _ in types)
    name_field = next((n for n in ("unit", alg.parameterAsString(parameters, "TOWNSHIP_FIELD", context), "name")
                       if n and fields.lookupField(n) >= 0), None)
    recs = []
    for k, f in enumerate(rows_of(src)):
        alg.check_cancel(feedback)
        town = str(value(f, name_field) or NO_TOWN) if name_field else "{} {}".format(tr("Unit"), k + 1)
        for fld, label in types:
            r = {"town": town, "type": label, "hm2": round(number(f, fld) or 0.0, 4)}
            r["mu"] = round(r["hm2"] * MU_PER_HM2, 2)
            if realistic:
                r["r_hm2"] = round(number(f, fld + "_r") or 0.0, 4)
                r["r_mu"] = round(r["r_hm2"] * MU_PER_HM2, 2)
            recs.append(r)
    values, decimals = ["hm2", "mu"], [4, 2]
    headers = ["乡镇", "潜力类型", "面积（hm²）", "面积（亩）"]
    groups = [[("潜力规模", 3, 4)]]
    if realistic:
        values, decimals = values + ["r_hm2", "r_mu"], decimals + [4, 2]
        headers += ["面积（hm²）", "面积（亩）"]
        groups = [[("理论潜力", 3, 4), ("现实潜力", 5, 6)]]
    rows = D.grouped_rows(recs, "town", ["type"], values, decimals, sort=False)    # the units' order
    return {"name": "土地综合整治潜力表", "title": "附表 全域土地综合整治潜力表",
            "unit": "面积单位：公顷（hm²）、亩（1 hm² = 15 亩）", "headers": headers, "decimals": decimals,
            "header_groups": groups, "rows": rows,
            "notes": ["注：潜力来自全域土地综合整治潜力测算（耕地、农村居民点、闲置低效建设用地与废弃矿山）；"
                      "亩 = 公顷 × 15，各行先取整后求和。"]}


# ------------------------------------------------------------------------------------------------
STAGE_COLS = ["t" + s for s in T.STAGES]


def _indicator_catalogue():
    """Default indicators by key and by the base-value rule that computes them (the base values name their rows by
    rule: island_natural_shoreline is the catalogue's island_shoreline); a key wins over a rule."""
    inds = T.default_indicators()
    out = {i.rule: i for i in inds if i.rule}
    out.update({i.key: i for i in inds})
    return out


def indicator_sheet(alg, parameters, context, feedback):
    """规划指标表 from the targets table of the indicator-targets dialog (``eco_indicators``: region values,
    base year and staged targets) or from the base values per unit ('Indicator base values': each
    township's base value, then the region as Σ of the units for totals or, for rates, the mean of the
    units' rates weighted by their denominators - Σ numerator / Σ denominator for a rate numerator /
    denominator, and right too for a complement such as 水土保持率 = 1 - eroded / land)."""
    src = alg.parameterAsSource(parameters, "INDICATORS", context)
    if src is None:
        return None
    fields = src.fields()
    headers = ["维度", "指标名称", "单位", "指标属性", "统计口径", "统计范围", "基期值（{}年）".format(T.BASE_YEAR)] + \
        ["{}年".format(s) for s in T.STAGES]
    n_text = 6
    groups = [[("规划目标值", n_text + 2, n_text + 1 + len(T.STAGES))]]
    rows = []
    if fields.lookupField("name_zh") >= 0:
        order = {k: i for i, k in enumerate(T.DIMENSIONS)}
        feats = sorted(rows_of(src), key=lambda f: (order.get(value(f, "dimension"), 99),
                                                    number(f, "position") or 0))
        for f in feats:
            dim = value(f, "dimension")
            typ = value(f, "type")
            rows.append(["data", T.DIMENSIONS.get(dim, (dim or "",))[0], str(value(f, "name_zh") or ""),
                         str(value(f, "unit") or ""), T.TYPES.get(typ, (typ or "",))[0],
                         str(value(f, "basis") or ""), REGION] +
                        [_round(number(f, c), 2) for c in ["base"] + STAGE_COLS])
        note = "注：指标值为{}（全域）值，来自规划目标指标表（目标指标体系）。".format(REGION)
    elif fields.lookupField("unit_key") >= 0 and fields.lookupField("indicator_key") >= 0:
        require(src, ("value", "numerator", "denominator", "unit"), tr(
            "The indicator table lacks the field(s) {}: give the output of 'Indicator base values'."))
        catalogue = _indicator_catalogue()
        by_ind = {}
        for f in rows_of(src):
            by_ind.setdefault(str(value(f, "indicator_key")), []).append(f)
        for key, feats in by_ind.items():
            ind = catalogue.get(key)
            first = feats[0]
            unit = str(value(first, "unit") or "")
            dim = T.DIMENSIONS.get(ind.dimension, ("",))[0] if ind else ""
            typ = T.TYPES.get(ind.type, ("",))[0] if ind else ""
            name = str(value(first, "indicator") or key)
            basis = str(value(first, "basis") or (ind.basis if ind else ""))
            vals = []
            for f in feats:
                v = _round(number(f, "value"), 2)
                vals.append((f, v))
                unit_key = str(value(f, "unit_key") or "")
                rows.append(["data", dim, name, unit, typ, basis, REGION if unit_key == "region" else unit_key] +
                            [v] + [None] * len(T.STAGES))
            if len(feats) == 1 and str(value(first, "unit_key")) in ("region", REGION):
                continue
            if unit in T.PERCENT_UNITS:          # a rate: its mean weighted by the units' denominators
                pairs = [(number(f, "value"), number(f, "denominator") or 0.0) for f in feats]
                den = sum(d for v, d in pairs if v is not None)
                region = _round(sum(v * d for v, d in pairs if v is not None) / den, 2) if den > 0 else None
                kind = "summary"
            else:                                # a total: the sum of the printed unit values
                region, kind = _round(sum(v or 0.0 for _, v in vals), 2), "subtotal"
            rows.append([kind, dim, name, unit, typ, basis, REGION] + [region] + [None] * len(T.STAGES))
        note = ("注：基期值由“指标基期值”按乡镇计算；{}值：总量指标为各乡镇之和，比率指标为各乡镇比率按其分母（如国土面积、"
                "岸线长度）加权的平均值。"
                "目标值请在目标指标体系中填写。").format(REGION)
    else:
        raise QgsProcessingException(tr(
            "The indicator table is neither the targets table of the indicator-targets dialog (fields name_zh, "
            "unit, type, basis, base, t2025, t2030, t2035; table eco_indicators of the planning GeoPackage) nor "
            "the output of 'Indicator base values' (fields unit_key, indicator_key, value): give one of them."))
    return {"name": "规划指标表", "title": "附表 规划指标表", "unit": "单位见各指标", "headers": headers,
            "decimals": [2] * (1 + len(T.STAGES)), "header_groups": groups, "rows": rows, "notes": [note]}


def _round(v, d):
    return None if v is None else round(float(v), d)
