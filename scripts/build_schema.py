#!/usr/bin/env python3
"""Write the planning-database schema ``resources/schema/planning_db.json`` (issue 16 §4).

    python scripts/build_schema.py DEMO_OUTPUT/planning.gpkg

The layer table below (plugin layer -> standard name, feature code 要素代码, no-overlap rule) and the
code lists are written by hand; the Chinese alias of each layer comes from the demo's ``layer_catalog``
and each layer's own fields (type, standard name of at most 10 characters for Shapefile) from the
demo database itself. Run it again after a demo step adds or changes a layer; tests/qgis/
test_alg_database.py fails while a layer the demo writes is missing from the schema. Where each rule
comes from: docs/DATABASE.md.
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
OUT = os.path.join(ROOT, "resources", "schema", "planning_db.json")
VERSION = "1.0"

#: plugin layer -> (standard layer name, 要素代码, overlaps forbidden). Names: pinyin initials of the
#: Chinese name, the convention of the land-use and planning database standards (e.g. DLTB, XZQ); the
#: names of the control lines, DLTB and HAX follow the planning databases; the others and every feature
#: code are the plugin's own (docs/DATABASE.md).
LAYERS = [
    # 基础数据 10-13
    ("base_county", "XJXZQ", "1001000000", True),
    ("base_townships", "XZJXZQ", "1002000000", True),
    ("base_settlements", "JMD", "1003000000", False),
    ("base_roads", "DL", "1004000000", False),
    ("base_rivers", "HL", "1005000000", False),
    ("base_watersheds", "LY", "1006000000", True),
    ("base_red_line", "STBHHX", "1101000000", True),
    ("base_basic_farmland", "YJJBNT", "1102000000", True),
    ("base_urban_boundary", "CZKFBJ", "1103000000", True),
    ("base_nature_reserves", "ZRBHD", "1104000000", False),
    ("base_coastline", "HAX", "1105000000", False),
    ("base_mines", "LSYLKS", "1106000000", False),
    ("river_zones", "HHGLFW", "1107000000", False),
    ("corridor_zones", "STLDFW", "1108000000", False),
    ("base_dltb_2020", "DLTB", "1201000000", True),
    ("base_dltb_2010", "DLTB2010", "1202000000", True),
    ("base_shoreline_2010", "HAX2010", "1301000000", False),
    ("base_shoreline_2020", "HAX2020", "1302000000", False),
    ("base_island", "HD", "1303000000", False),
    ("base_sea_use_zones", "HYGNQ", "1304000000", True),
    ("base_marine_stations", "HYJCZ", "1305000000", False),
    ("base_neighbours", "LJXZQ", "1007000000", False),
    # 生态系统评价 20
    ("protection_extremely_important", "STBHJZYQ", "2001000000", False),
    ("township_landscape", "XZJGZS", "2002000000", True),
    ("landscape_risk_cells", "JGSTFX", "2003000000", True),
    ("mine_restoration", "KSXFFX", "2004000000", False),
    # 生态安全格局 30
    ("ecological_sources", "STYD", "3001000000", False),
    ("corridor_paths", "STLD", "3002000000", False),
    ("pinch_points", "PJD", "3003000000", False),
    ("pinch_patches", "PJQ", "3004000000", False),
    ("barriers", "ZAD", "3005000000", False),
    ("source_centrality", "YDZXD", "3006000000", False),
    ("corridor_centrality", "LDZXD", "3007000000", False),
    ("ecological_nodes", "STJD", "3008000000", False),
    # 修复分区与项目 40
    ("restoration_units", "XFDY", "4001000000", True),
    ("restoration_zones", "STXFFQ", "4002000000", True),
    ("restoration_mode_zones", "XFMSFQ", "4003000000", True),
    ("conflict_buffers", "CTHCQ", "4004000000", False),
    ("restoration_priority", "XFYXJ", "4005000000", True),
    ("project_library", "XFXM", "4006000000", False),
    ("land_sea_zones", "LHXFFQ", "4007000000", True),
    ("land_sea_priority", "LHXFYXJ", "4008000000", True),
    ("key_areas", "ZDQY", "4009000000", False),
    # 土地综合整治 50
    ("consolidation_farmland_patches", "ZZGDTB", "5001000000", True),
    ("consolidation_farmland_units", "ZZGDDY", "5002000000", True),
    ("consolidation_settlements", "ZZJMD", "5003000000", False),
    ("consolidation_settlement_units", "ZZJMDDY", "5004000000", True),
    ("consolidation_mines", "ZZKS", "5005000000", False),
    ("consolidation_units", "ZZDY", "5006000000", True),
    ("consolidation_realistic", "ZZKXQL", "5007000000", True),
    ("consolidation_zoning", "ZZFQ", "5008000000", True),
    ("consolidation_policy_check", "ZZZCJC", "5009000000", True),
    # 陆海统筹 60
    ("shoreline_classified", "AXFL", "6001000000", False),
    ("shoreline_transects", "AXDM", "6002000000", False),
    ("marine_health", "HYJK", "6003000000", False),
    ("coastal_habitat_losses", "BHSJSS", "6004000000", False),
    ("mangrove_candidates", "HSLKXQ", "6005000000", False),
    ("seagrass_candidates", "HCCKXQ", "6006000000", False),
    ("land_sea_units", "LHTCDY", "6007000000", True),
    ("wetland_storage", "SDXS", "6008000000", True),
    # 目标指标 70
    ("townships_base_values", "XZZBJQZ", "7001000000", True),
    ("townships_targets", "XZZBMB", "7002000000", True),
    # 生态问题 80
    ("problem_patches", "STWTTB", "8001000000", False),
    # attribute tables 90
    ("crosswalk_sandiao_ydyh", "SDYDYHDZ", "9001000000", False),
    ("landuse_structure_2020", "TDLYXZJG", "9002000000", False),
    ("dltb_transition_matrix", "DLZYJZ", "9003000000", False),
    ("landscape_metrics", "JGZS", "9004000000", False),
    ("landscape_metrics_township", "XZJGZSB", "9005000000", False),
    ("landuse_transition", "TDLYZY", "9006000000", False),
    ("landuse_dynamics", "TDLYDT", "9007000000", False),
    ("damaged_space_areas", "SSKJMJ", "9008000000", False),
    ("service_value_by_service", "FWJZFW", "9009000000", False),
    ("service_value_by_township", "FWJZXZ", "9010000000", False),
    ("service_value_sensitivity_2010", "FWJZMG2010", "9011000000", False),
    ("service_value_sensitivity_2020", "FWJZMG2020", "9012000000", False),
    ("carbon_by_class", "TCLB", "9013000000", False),
    ("rsei_pca_2010", "RSEIPCA10", "9014000000", False),
    ("rsei_pca_2020", "RSEIPCA20", "9015000000", False),
    ("landscape_risk_classes", "JGFXLB", "9016000000", False),
    ("mine_restoration_summary", "KSXFHZ", "9017000000", False),
    ("service_tradeoffs", "FWQH", "9018000000", False),
    ("landscape_connectivity", "JGLTX", "9019000000", False),
    ("effective_resistance", "YXDZ", "9020000000", False),
    ("network_structure", "WLJG", "9021000000", False),
    ("project_library_table", "XFXMB", "9022000000", False),
    ("consolidation_summary", "ZZHZ", "9023000000", False),
    ("shoreline_lengths", "AXCD", "9024000000", False),
    ("shoreline_retention", "AXBYL", "9025000000", False),
    ("marine_health_scores", "HYJKDF", "9026000000", False),
    ("marine_health_summary", "HYJKHZ", "9027000000", False),
    ("coastal_habitat_areas", "BHSJMJ", "9028000000", False),
    ("coastal_habitat_transitions", "BHSJZY", "9029000000", False),
    ("marine_projects", "HYXM", "9030000000", False),
    ("wetland_storage_watersheds", "SDXSLY", "9031000000", False),
    ("indicator_base_values", "ZBJQZ", "9032000000", False),
    ("unit_targets", "DYMB", "9033000000", False),
    ("target_attainment", "MBDC", "9034000000", False),
    ("problem_summary", "STWTTJ", "9035000000", False),
    ("key_projects", "ZDGC", "9036000000", False),
    ("target_periods", "FQZBGX", "9037000000", False),
]

#: tables of a planning GeoPackage that are not planning data: QGIS's styles, and the demo's catalog
#: (the export writes its own metadata table instead)
SYSTEM_TABLES = ["layer_styles", "layer_catalog"]

#: the common fields (BSM, YSDM, XZQDM, XZQMC: types and lengths of the land-use database convention;
#: MJ in hm² for polygons: the plugin's own choice of unit and width)
COMMON = [
    {"name": "BSM", "alias": "标识码", "type": "int", "length": 10, "required": True},
    {"name": "YSDM", "alias": "要素代码", "type": "string", "length": 10, "required": True},
    {"name": "XZQDM", "alias": "行政区代码", "type": "string", "length": 12, "required": True},
    {"name": "XZQMC", "alias": "行政区名称", "type": "string", "length": 100, "required": True},
]
MJ = {"name": "MJ", "alias": "面积（公顷）", "type": "double", "length": 15, "precision": 4, "required": True,
      "polygons_only": True}

#: names File GDB refuses (SQL words; GDAL's OpenFileGDB driver renames them with a trailing _)
RESERVED = {"ADD", "ALTER", "AND", "AS", "ASC", "BETWEEN", "BY", "COLUMN", "CREATE", "DATE", "DELETE", "DESC",
            "DROP", "EXISTS", "FOR", "FROM", "IN", "INSERT", "INTO", "IS", "LIKE", "NOT", "NULL", "OR", "ORDER",
            "SELECT", "SET", "TABLE", "UPDATE", "VALUES", "WHERE", "OBJECTID", "SHAPE", "FID", "OID"}

#: aliases of the 三调 DLTB fields and of the problem-patch fields (docs/DELIVERABLES.md)
ALIASES = {"BSM": "原标识码", "DLBM": "地类编码", "DLMC": "地类名称", "TBMJ": "图斑面积(平方米)", "KCDLBM": "扣除地类编码",
           "KCXS": "扣除地类系数", "KCMJ": "扣除地类面积(平方米)", "TBDLMJ": "图斑地类面积(平方米)", "ZLDWDM": "坐落单位代码",
           "ZLDWMC": "坐落单位名称", "GDPDJB": "耕地坡度级别", "CZCSXM": "城镇村属性码", "WTDM": "问题代码", "WTLX": "问题类型",
           "GZBH": "规则编号", "GZTJ": "规则条件", "TBBSM": "地类图斑标识码", "XZDM": "乡镇代码", "XZMC": "乡镇名称",
           "CJDM": "村级代码", "CJMC": "村级名称", "MJ": "原面积(公顷)", "XFMS": "修复模式", "XMLX": "项目类型",
           "WTSL": "问题数量", "WTZH": "问题组合"}

#: Chinese field names -> standard names (pinyin initials)
CHINESE_FIELDS = {"生态保护修复面积": "STBHXFMJ", "森林覆盖率": "SLFGL"}


def code_lists():
    from eco_restore_plugin.core import landuse_codes, problems, shoreline
    from eco_restore_plugin.core.zoning import modes, projects
    from eco_restore_plugin.core.zoning.hierarchy import DEFAULT_TYPES

    dlbm = sorted(set(landuse_codes.all_codes()))
    rules = problems.DEFAULT_RULES
    shore = sorted(shoreline.CODES.values())
    return {
        ("problem_patches", "WTDM"): [r[2] for r in rules],
        ("problem_patches", "GZBH"): [r[1] for r in rules],
        ("problem_patches", "DLBM"): dlbm,
        ("problem_patches", "XFMS"): sorted(set(r[6] for r in rules) | set(modes.MODE_NAMES.values())),
        ("base_dltb_2020", "DLBM"): dlbm,
        ("base_dltb_2010", "DLBM"): dlbm,
        ("wetland_storage", "DLBM"): dlbm,
        ("restoration_mode_zones", "mode"): [str(k) for k in sorted(modes.MODE_NAMES)],
        # the library's types: its problem layers (1-7), the problem-patch rules (21-29), the marine types (41-)
        ("project_library", "type_code"): [str(k) for k in sorted(set(projects.PROJECT_TYPES) | set(DEFAULT_TYPES))],
        ("shoreline_classified", "shore_class"): shore,
        ("base_shoreline_2010", "shore_class"): shore,
        ("base_shoreline_2020", "shore_class"): shore,
    }


def _type(defn):
    from osgeo import ogr

    t = defn.GetType()
    if t == ogr.OFTInteger:
        return {"type": "int", "length": 10}
    if t == ogr.OFTInteger64:
        return {"type": "long", "length": 19}
    if t == ogr.OFTReal:
        return {"type": "double", "length": 20, "precision": 6}
    if t in (ogr.OFTDate, ogr.OFTDateTime):
        return {"type": "date", "length": 8}
    width = defn.GetWidth()
    return {"type": "string", "length": width if 0 < width <= 254 else 254}


def standard_field(name, taken):
    """A standard name for field ``name``: upper case, at most 10 characters, unique in ``taken``."""
    std = CHINESE_FIELDS.get(name) or re.sub(r"[^A-Z0-9_]", "", name.upper())
    if not std or not std[0].isalpha():
        std = "ZD" + std
    if std in {c["name"] for c in COMMON} | {"MJ"}:
        std = "Y" + std                                   # the layer's own BSM / MJ: 原标识码, 原面积
    if std in RESERVED:
        std += "_"
    std = std[:10]
    k = 1
    base = std
    while std in taken:
        std = "{}{:02d}".format(base[:8], k)
        k += 1
    taken.add(std)
    return std


def build(gpkg):
    from osgeo import ogr

    from eco_restore_plugin.processing_helpers.database_styles import FIELD_ALIASES

    ds = ogr.Open(gpkg)
    titles = {}
    cat = ds.GetLayerByName("layer_catalog")
    if cat is not None:
        titles = {f.GetField("layer"): f.GetField("title_zh") for f in cat}
    codes = code_lists()
    layers = []
    for source, std, ysdm, no_overlap in LAYERS:
        lyr = ds.GetLayerByName(source)
        if lyr is None:
            raise SystemExit("{}: no layer {} (run the demo first)".format(gpkg, source))
        gtype = ogr.GT_Flatten(lyr.GetGeomType())
        geometry = {ogr.wkbPoint: "point", ogr.wkbMultiPoint: "point", ogr.wkbLineString: "line",
                    ogr.wkbMultiLineString: "line", ogr.wkbPolygon: "polygon",
                    ogr.wkbMultiPolygon: "polygon"}.get(gtype, "none")
        taken = {c["name"] for c in COMMON} | {"MJ"}
        fields = []
        d = lyr.GetLayerDefn()
        for i in range(d.GetFieldCount()):
            fd = d.GetFieldDefn(i)
            name = fd.GetName()
            field = {"name": standard_field(name, taken), "source": name,
                     "alias": ALIASES.get(name) or FIELD_ALIASES.get(name, name), "required": False}
            field.update(_type(fd))
            if (source, name) in codes:
                field["codes"] = codes[(source, name)]
                field["required"] = True                 # a coded field is filled
            fields.append(field)
        layers.append({"source": source, "name": std, "alias": titles.get(source) or std, "ysdm": ysdm,
                       "geometry": geometry, "no_overlap": bool(no_overlap and geometry == "polygon"),
                       "fields": fields})
    names = [x["name"] for x in layers]
    dup = sorted({n for n in names if names.count(n) > 1})
    if dup:
        raise SystemExit("standard layer names used twice: {}".format(dup))
    return {
        "schema": "eco-restore planning database (生态修复规划数据库)",
        "version": VERSION,
        "crs": {"epsg_ranges": [[4513, 4533], [4534, 4554]],
                "name": "CGCS2000 3-degree Gauss-Kruger (2000国家大地坐标系 高斯-克吕格 3度分带)"},
        "area_unit": "hm2", "area_tolerance": 0.001, "overlap_tolerance_m2": 1.0,
        "metadata_table": "YSJ",
        "common_fields": COMMON + [MJ],
        "system_tables": SYSTEM_TABLES,
        "layers": layers,
    }


def dumps(schema):
    """JSON with one line per field (a reviewable diff)."""
    one = lambda x: json.dumps(x, ensure_ascii=False)  # noqa: E731
    head = {k: v for k, v in schema.items() if k not in ("common_fields", "layers")}
    lines = ["{"] + [" {}: {},".format(one(k), one(v)) for k, v in head.items()]
    lines.append(' "common_fields": [\n' + ",\n".join("  " + one(c) for c in schema["common_fields"]) + "\n ],")
    layers = []
    for lyr in schema["layers"]:
        top = {k: v for k, v in lyr.items() if k != "fields"}
        text = "  " + one(top)[:-1] + ', "fields": [\n' + ",\n".join("   " + one(f) for f in lyr["fields"])
        layers.append(text + "\n  ]}")
    lines.append(' "layers": [\n' + ",\n".join(layers) + "\n ]")
    return "\n".join(lines) + "\n}\n"


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        raise SystemExit(__doc__)
    schema = build(argv[0])
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(dumps(schema))
    print("{}: {} layers".format(OUT, len(schema["layers"])))


if __name__ == "__main__":
    main()
