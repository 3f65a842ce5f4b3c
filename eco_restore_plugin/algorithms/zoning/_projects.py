"""The project hierarchy of the project library (重点区域 → 重点工程 → 项目): its parameters, the project
candidates from problem patches and sea units, investment by funding source, contributions to the
indicators, and the key-area and key-project outputs. Logic in ``core.zoning.hierarchy``."""
import re
from collections import OrderedDict

from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterString,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ...core import zoning
from ...i18n import tr, tr_noop
from ._common import PALETTE
from ...processing_helpers.tables import matrix_rows, to_float
from ...processing_helpers.styles import style_categories_on_load
from ...processing_helpers.vector_io import (
    PreparedGeometries, add_feature, feature_geometries, make_fields, new_feature, repaired_polygons, spatial_index,
    split_geometries,
)

#: fields the hierarchy adds to the project library (after the original fields)
HIERARCHY_FIELDS = [
    ("XZQDM", "string"), ("XZQMC", "string"), ("XZDM", "string"), ("XZMC", "string"), ("CJDM", "string"),
    ("CJMC", "string"), ("jsnr", "string"), ("scale", "double"), ("scale_unit", "string"), ("len_km", "double"),
    ("n_sites", "int"), ("tz_zy", "double"), ("tz_sj", "double"), ("tz_sx", "double"), ("tz_shzb", "double"),
    ("zrbm", "string"), ("zb_name", "string"), ("zb_value", "double"), ("xf_ha", "double"), ("kp_id", "string"),
    ("ka_id", "string"), ("ka_name", "string")]
FUND_FIELDS = ("tz_zy", "tz_sj", "tz_sx", "tz_shzb")
KEY_PROJECT_FIELDS = [
    ("kp_id", "string"), ("kp_name", "string"), ("ka_id", "string"), ("ka_name", "string"), ("type_code", "int"),
    ("type_name", "string"), ("n_proj", "int"), ("area_ha", "double"), ("len_km", "double"), ("n_sites", "int"),
    ("cost_wan", "double"), ("tz_zy", "double"), ("tz_sj", "double"), ("tz_sx", "double"), ("tz_shzb", "double"),
    ("period", "string"), ("years", "string"), ("zrbm", "string")]
KEY_AREA_FIELDS = [
    ("ka_id", "string"), ("ka_name", "string"), ("n_kp", "int"), ("n_proj", "int"), ("area_ha", "double"),
    ("len_km", "double"), ("cost_wan", "double"), ("tz_zy", "double"), ("tz_sj", "double"), ("tz_sx", "double"),
    ("tz_shzb", "double"), ("period", "string"), ("years", "string"), ("types", "string")]
SEA_AREA = "海域生态保护修复区"
TYPE_HEADERS = (tr_noop("Type code"), tr_noop("Type name"), tr_noop("Unit (hm², km or 处)"),
                tr_noop("Unit cost (万元 per unit)"), tr_noop("Responsible department"), tr_noop("Indicator"),
                tr_noop("Indicator per unit"))
FUND_HEADERS = (tr_noop("Type code"), "中央 %", "省级 %", "市县 %", "社会资本 %")



def add_parameters(alg):
    """The hierarchy's optional inputs (after the original parameters)."""
    for name, label, kind in (("PROBLEMS", tr("Problem patches (生态问题图斑)"), QgsProcessing.TypeVectorPolygon),
                              ("SEA_UNITS", tr("Land and sea units (陆海规划单元)"), QgsProcessing.TypeVectorPolygon),
                              ("SEA_PROJECTS", tr("Marine projects by unit (海洋生态修复项目)"), QgsProcessing.TypeVector)):
        alg.addParameter(QgsProcessingParameterFeatureSource(name, label, [kind], optional=True))
    flat = []
    for code, (name, unit, cost, dept, ind, factor) in zoning.DEFAULT_TYPES.items():
        flat += [str(code), name, unit, "{:g}".format(cost), dept, ind, "{:g}".format(factor)]
    alg.addParameter(QgsProcessingParameterMatrix(
        "TYPE_TABLE", tr("Project types: unit costs, departments, indicators"), numberRows=0,
        hasFixedNumberRows=False, headers=[tr(h) for h in TYPE_HEADERS], defaultValue=flat, optional=True))
    flat = []
    for code, shares in zoning.DEFAULT_FUNDING.items():
        flat += [str(code)] + ["{:g}".format(s) for s in shares]
    alg.addParameter(QgsProcessingParameterMatrix(
        "FUNDING", tr("Funding split by project type (%)"), numberRows=0, hasFixedNumberRows=False,
        headers=[tr(h) for h in FUND_HEADERS], defaultValue=flat, optional=True))
    alg.addParameter(QgsProcessingParameterString("REGION_CODE", tr("Region code XZQDM (GB/T 2260, 6 digits)"),
                                                  defaultValue="", optional=True))
    alg.addParameter(QgsProcessingParameterString("REGION_NAME", tr("Region name XZQMC"), defaultValue="",
                                                  optional=True))
    alg.addParameter(QgsProcessingParameterFeatureSource("KEY_AREAS", tr("Key areas (重点区域), e.g. restoration zones"),
                                                         [QgsProcessing.TypeVectorPolygon], optional=True))
    alg.addParameter(QgsProcessingParameterField("KEY_AREA_FIELD", tr("Key area name field"), defaultValue="zone_name",
                                                 parentLayerParameterName="KEY_AREAS", optional=True))
    alg.addParameter(QgsProcessingParameterFeatureSink("KEY_AREAS_OUTPUT", tr("Key areas (重点区域)"),
                                                       QgsProcessing.TypeVectorPolygon, optional=True,
                                                       createByDefault=False))
    alg.addParameter(QgsProcessingParameterFeatureSink("KEY_PROJECTS", tr("Key projects table (重点工程表)"),
                                                       QgsProcessing.TypeVector, optional=True, createByDefault=False))


def read_types(alg, parameters, costs):
    """{code: dict(name, unit, cost, dept, ind, factor)} and {name: code}; the cost table wins for its codes."""
    what = tr("Project types: unit costs, departments, indicators")
    types = OrderedDict()
    for row in matrix_rows(alg.table_value(parameters, "TYPE_TABLE"), len(TYPE_HEADERS)):
        if not row[0]:
            continue
        code = int(to_float(row[0], what))
        cost, factor = to_float(row[3], what), to_float(row[6] or "1", what)
        if cost < 0 or factor < 0:
            raise QgsProcessingException(tr("{}: the unit cost or indicator factor of type {} is negative.").format(
                what, code))
        if row[2] not in ("hm²", "km", "处"):
            raise QgsProcessingException(tr("{}: the unit '{}' of type {} is not hm², km or 处.").format(
                what, row[2], code))
        types[code] = {"name": row[1], "unit": row[2], "cost": cost, "dept": row[4], "ind": row[5], "factor": factor}
    by_name = {t["name"]: c for c, t in types.items()}
    for code, (name, cost) in costs.items():
        t = types.setdefault(code, {"unit": "hm²", "dept": "", "ind": "", "factor": 1.0})
        t["name"], t["cost"] = name, cost
        by_name[name] = code
    return types, by_name


def read_funding(alg, parameters, types):
    what = tr("Funding split by project type (%)")
    out = {}
    for row in matrix_rows(alg.table_value(parameters, "FUNDING"), len(FUND_HEADERS)):
        if not row[0]:
            continue
        code = int(to_float(row[0], what))
        shares = [to_float(v or "0", what) for v in row[1:]]
        if min(shares) < 0 or abs(sum(shares) - 100.0) > 1e-6:
            raise QgsProcessingException(tr("{}: the shares of type {} sum to {:g} %, not 100 % (or one is "
                                            "negative).").format(what, code, sum(shares)))
        out[code] = shares
    return out


def region(alg, parameters, context):
    code = (alg.parameterAsString(parameters, "REGION_CODE", context) or "").strip()
    if code and not re.fullmatch(r"\d{6}", code):
        raise QgsProcessingException(tr("Region code '{}' is not a 6-digit GB/T 2260 code (e.g. 469002).").format(
            code))
    return code, (alg.parameterAsString(parameters, "REGION_NAME", context) or "").strip()


def _text(v):
    return "" if v is None or str(v) == "NULL" else str(v)


def _val(f, name):
    i = f.fields().lookupField(name)
    return _text(f.attributes()[i] if i >= 0 else None)


def patch_candidates(alg, parameters, context, crs, by_name, feedback):
    """Projects from problem patches: one per (village, project type), the union of its patches."""
    src = alg.parameterAsSource(parameters, "PROBLEMS", context)
    if src is None:
        return []
    missing = [n for n in ("XMLX", "WTLX") if src.fields().lookupField(n) < 0]
    if missing:
        raise QgsProcessingException(tr("The problem patches lack the field(s) {}: give the output of 'Ecological "
                                        "problem patches'.").format(", ".join(missing)))
    groups = OrderedDict()
    # the field positions once, the attributes once per patch (not a name lookup per value: issue 20)
    pos = {n: src.fields().lookupField(n) for n in ("XMLX", "WTLX", "CJDM", "XZDM", "XZMC", "CJMC")}

    def val(attrs, name):
        return _text(attrs[pos[name]] if pos[name] >= 0 else None)

    # only the fields used, and sorted by feature id here rather than by QGIS's ordered read ($id): the same
    # order, the read of 2·10⁵ patches at 4000² in 3 s instead of 10 s (issue 20)
    request = QgsFeatureRequest().setSubsetOfAttributes(sorted(i for i in pos.values() if i >= 0))
    for f, g in sorted(feature_geometries(src, crs, context, request), key=lambda fg: fg[0].id()):
        alg.check_cancel(feedback)
        attrs = f.attributes()
        kind = val(attrs, "XMLX")
        if not kind or g.isEmpty():
            continue
        if kind not in by_name:
            raise QgsProcessingException(tr(
                "Problem patches: the project type '{}' is not in the project-type table; add a row with this name "
                "(and its unit cost) to the table.").format(kind))
        key = (val(attrs, "CJDM") or val(attrs, "XZDM"), kind)
        grp = groups.setdefault(key, {"geoms": [], "problems": OrderedDict(), "f": f})
        grp["geoms"].append(g if g.isGeosValid() else g.makeValid())
        wtlx = val(attrs, "WTLX")
        grp["problems"][wtlx] = grp["problems"].get(wtlx, 0) + 1
    out = []
    for (_, kind), grp in groups.items():
        g = QgsGeometry.unaryUnion(grp["geoms"])
        if g.isEmpty() or g.area() <= 0:
            continue
        f = grp["f"]
        n = sum(grp["problems"].values())
        out.append({"geom": g, "type_code": by_name[kind], "n_sites": n, "source": "{}:{}".format(
            src.sourceName(), _val(f, "CJDM") or _val(f, "XZDM")),
            "XZDM": _val(f, "XZDM"), "XZMC": _val(f, "XZMC"), "CJDM": _val(f, "CJDM"), "CJMC": _val(f, "CJMC"),
            "origin": tr("{} problem patch(es): {}").format(n, "、".join(grp["problems"]))})
    return out


def unit_overlaps(units):
    """function(geometry) -> {unit id: area of the geometry's overlap with the unit} for the units ``{id:
    polygon}`` it overlaps (issue 20: 27k overlays of a project with a whole unit of thousands of vertices
    took 34 s at 4000²). A unit whose outline misses the geometry's bounding box (prepared-geometry tests)
    holds the box, and so the geometry, or misses it: no overlay, the geometry's own area stands in. Other
    units are overlaid piecewise, with their pieces of <= 256 vertices (``split_geometries``) around the
    geometry. A geometry inside one unit takes that unit's score whatever the rounding of the area; one
    across units takes the whole-unit overlays as before, so that a near-tie (a river buffer on a unit
    boundary) picks the same unit and the score is the same to the last digit."""
    ids = sorted(units)
    whole = [units[u] for u in ids]
    boxes, inside = spatial_index(whole), PreparedGeometries(whole)
    outlines = [g.constGet().boundary() for g in whole]
    crossing = PreparedGeometries([QgsGeometry(o) if o is not None else None for o in outlines])
    pieces, owner = split_geometries(whole)
    index = spatial_index(pieces)

    def overlaps(geom):
        box = geom.boundingBox()
        rect, centre = QgsGeometry.fromRect(box), QgsGeometry.fromPointXY(box.center())
        out, cut = {}, set()
        for k in boxes.intersects(box):
            if outlines[k] is None or crossing[k].intersects(rect.constGet()):
                cut.add(k)
            elif inside[k].contains(centre.constGet()):
                out[k] = geom.area()
        if cut:
            engine = QgsGeometry.createGeometryEngine(geom.constGet())   # made GEOS once, not per piece
            for j in sorted(index.intersects(box)):
                if owner[j] in cut:
                    part = engine.intersection(pieces[j].constGet())
                    out[owner[j]] = out.get(owner[j], 0.0) + (part.area() if part is not None else 0.0)
        out = {k: a for k, a in out.items() if a > 0}
        if len(out) > 1:
            return {ids[k]: geom.intersection(whole[k]).area() for k in out}
        return {ids[k]: a for k, a in out.items()}
    return overlaps


def sea_candidates(alg, parameters, context, crs, by_name):
    """Marine projects: one per row of the marine projects table, on its sea unit."""
    units_src = alg.parameterAsSource(parameters, "SEA_UNITS", context)
    proj_src = alg.parameterAsSource(parameters, "SEA_PROJECTS", context)
    if proj_src is None and units_src is None:
        return []
    if proj_src is None or units_src is None:
        raise QgsProcessingException(tr("Give both the land and sea units and the marine projects by unit (the two "
                                        "outputs of 'Sea planning units and marine projects'), or neither."))
    for src, need, what in ((units_src, ("unit_id",), tr("The land and sea units")),
                            (proj_src, ("unit_id", "type_name", "quantity", "unit"), tr("The marine projects"))):
        missing = [n for n in need if src.fields().lookupField(n) < 0]
        if missing:
            raise QgsProcessingException(tr("{} lack the field(s) {}: give the outputs of 'Sea planning units and "
                                            "marine projects'.").format(what, ", ".join(missing)))
    geoms = {}
    for g, f in repaired_polygons(units_src, crs, context):
        geoms[_val(f, "unit_id")] = g
    out = []
    for f in proj_src.getFeatures(QgsFeatureRequest().addOrderBy("$id")):
        uid, kind, unit = _val(f, "unit_id"), _val(f, "type_name"), _val(f, "unit")
        try:
            qty = float(_val(f, "quantity"))
        except ValueError:
            continue
        if qty <= 0:
            continue
        if kind not in by_name:
            raise QgsProcessingException(tr("Marine projects: the type '{}' is not in the project-type table; add a "
                                            "row with this name.").format(kind))
        if uid not in geoms:
            raise QgsProcessingException(tr("Marine projects: the sea unit '{}' is not in the land and sea units.")
                                         .format(uid))
        out.append({"geom": QgsGeometry(geoms[uid]), "type_code": by_name[kind], "sea": True, "location": uid,
                    "quantity": qty, "qty_unit": unit, "n_sites": 1, "source": "{}:{}".format(proj_src.sourceName(), uid),
                    "origin": tr("sea unit {}").format(uid)})
    return out


def key_area_lookup(alg, parameters, context, crs):
    """function(geometry) -> key-area name or None, and {name: polygon}."""
    src = alg.parameterAsSource(parameters, "KEY_AREAS", context)
    if src is None:
        return (lambda g: None), {}
    fname = alg.parameterAsString(parameters, "KEY_AREA_FIELD", context) or "zone_name"
    fi = src.fields().lookupField(fname)
    areas = []
    for g, f in repaired_polygons(src, crs, context):
        name = str(f.attributes()[fi]) if fi >= 0 and f.attributes()[fi] is not None else str(f.id())
        areas.append((name, g))
    polys = OrderedDict()
    for name, g in areas:
        polys[name] = QgsGeometry.unaryUnion([polys[name], g]) if name in polys else g
    # the key areas in pieces of ≤ 256 vertices: a project's overlap is summed over the few pieces around it
    # instead of cut from a whole county-wide zone (issue 20)
    pieces, owner = split_geometries([g for _, g in areas])
    index = QgsSpatialIndex()
    for k, g in enumerate(pieces):
        index.addFeature(k, g.boundingBox())

    def lookup(geom):
        overlap = {}
        for k in index.intersects(geom.boundingBox()):
            a = geom.intersection(pieces[k]).area()
            if a > 0:
                overlap[owner[k]] = overlap.get(owner[k], 0.0) + a
        best = None
        for i in sorted(overlap):                   # in the order of the key areas, as before
            if best is None or overlap[i] > best[0]:
                best = (overlap[i], areas[i][0])
        return best[1] if best else None
    return lookup, polys


def enrich(projects, types, funding, cost, period, keep, region_code, region_name, key_area):
    """Adds the hierarchy fields to the projects (in place) and returns (key projects, key areas); the
    hierarchy covers the kept projects with a period."""
    members = []
    for i, p in enumerate(projects):
        t = types.get(p["type_code"], {"unit": "hm²", "dept": "", "ind": "", "factor": 1.0})
        p["XZQDM"], p["XZQMC"] = region_code, region_name
        for k in ("XZDM", "XZMC", "CJDM", "CJMC"):
            p.setdefault(k, "")
        p["scale_unit"] = p.get("scale_unit") or t["unit"]
        p["len_km"] = p["scale"] if p["scale_unit"] == "km" else 0.0
        p["n_sites"] = int(p.get("n_sites") or 1)
        p["zrbm"], p["zb_name"] = p.get("zrbm") or t["dept"], p.get("zb_name") or t["ind"]
        p["zb_value"] = round(p["scale"] * t["factor"], 4) if p["zb_name"] else None
        p["xf_ha"] = round(p["area_ha"], 4) if p["scale_unit"] == "hm²" else 0.0
        p["jsnr"] = p.get("jsnr") or "{}{:.2f}{}{}".format(p["type_name"], p["scale"], p["scale_unit"], (
            "（{}）".format(p["origin"]) if p.get("origin") else ""))
        if p["type_code"] not in funding:
            raise QgsProcessingException(tr("Funding split: no row for project type {} ({}).").format(
                p["type_code"], p["type_name"]))
        for k, v in zip(FUND_FIELDS, zoning.split_funding(cost[i], funding[p["type_code"]])):
            p[k] = v
        if keep[i] and period[i] >= 0:
            p["ka_name"] = key_area(p)
            members.append(i)
        else:
            p["kp_id"] = p["ka_id"] = p["ka_name"] = ""
    recs = [{"area_key": projects[i]["ka_name"], "type_code": projects[i]["type_code"],
             "type_name": projects[i]["type_name"], "department": projects[i]["zrbm"], "period": int(period[i]),
             "area_ha": projects[i]["xf_ha"], "len_km": projects[i]["len_km"], "n_sites": projects[i]["n_sites"],
             "cost": round(float(cost[i]), 4), **{"fund{}".format(k): projects[i][f] for k, f in enumerate(FUND_FIELDS)}}
            for i in members]
    kp_of, kps, kas = zoning.build_hierarchy(recs)
    area_ids = {a["name"]: a["id"] for a in kas}
    for i, kid in zip(members, kp_of):
        projects[i]["kp_id"], projects[i]["ka_id"] = kid, area_ids[projects[i]["ka_name"]]
    return kps, kas


def write_outputs(alg, parameters, context, crs, projects, kps, kas, area_polys):
    """The optional key-projects table and key-areas layer; returns their destinations."""
    result = {}
    if parameters.get("KEY_PROJECTS") is not None:
        fl = make_fields(KEY_PROJECT_FIELDS)
        sink, dest = alg.parameterAsSink(parameters, "KEY_PROJECTS", context, fl, QgsWkbTypes.NoGeometry, crs)
        if sink is not None:
            for k in kps:
                add_feature(sink, new_feature(fl, [
                    k["id"], k["name"], k["area_id"], k["area_name"], k["type_code"], k["type_name"], k["n_projects"],
                    round(k["area_ha"], 4), round(k["len_km"], 4), int(k["n_sites"]), round(k["cost"], 4)] +
                    [round(k["fund{}".format(j)], 4) for j in range(4)] + [k["period"], k["years"], k["department"]]))
            result["KEY_PROJECTS"] = dest
    if parameters.get("KEY_AREAS_OUTPUT") is not None:
        fl = make_fields(KEY_AREA_FIELDS)
        sink, dest = alg.parameterAsSink(parameters, "KEY_AREAS_OUTPUT", context, fl, QgsWkbTypes.MultiPolygon, crs)
        if sink is not None:
            members = OrderedDict()      # key-area id -> its projects' polygons, in project order (one pass)
            for p in projects:
                if not p["geom"].isEmpty():
                    members.setdefault(p.get("ka_id"), []).append(p["geom"])
            for a in kas:
                g = area_polys.get(a["name"])
                if g is None:
                    g = QgsGeometry.unaryUnion(members.get(a["id"], []))
                g = QgsGeometry(g)
                if not g.isEmpty():
                    g.convertToMultiType()
                add_feature(sink, new_feature(fl, [
                    a["id"], a["name"], a["n_key_projects"], a["n_projects"], round(a["area_ha"], 4),
                    round(a["len_km"], 4), round(a["cost"], 4)] + [round(a["fund{}".format(j)], 4) for j in range(4)] +
                    [a["period"], a["years"], "、".join(a["types"])], None if g.isEmpty() else g))
            result["KEY_AREAS_OUTPUT"] = dest
            style_categories_on_load(context, dest, "ka_id", {a["id"]: (PALETTE[k % len(PALETTE)], a["name"])
                                                             for k, a in enumerate(kas)}, tr("Key areas (重点区域)"))
    return result
