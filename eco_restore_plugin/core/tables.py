"""Default lookup tables of the ecosystem assessment, as data, and a small class-table helper.

Every table here is a *default*: the algorithms expose it as an editable table / CSV parameter.
Values marked "not verified" come from common practice in Chinese restoration-planning studies and
should be checked against the official text when a source is at hand (METHODS.md, header).

Land-cover codes are the 三调 (Third National Land Survey, 工作分类, GB/T 21010-2017 based)
secondary classes written as integers: ``0301`` -> ``301``. The three codes with a letter are
mapped as ``05H1`` -> 501, ``08H1`` -> 801, ``08H2`` -> 802; first-level ``09`` (特殊用地) -> 900.
:func:`class_code` does this normalisation for strings read from CSV files.
"""
import csv
import io
import os

import numpy as np

NAN = float("nan")

#: 三调 secondary classes, integer code -> Chinese name.
LANDCOVER_3DIAO = {
    101: "水田", 102: "水浇地", 103: "旱地",
    201: "果园", 202: "茶园", 203: "橡胶园", 204: "其他园地",
    301: "乔木林地", 302: "竹林地", 303: "红树林地", 304: "森林沼泽", 305: "灌木林地",
    306: "灌丛沼泽", 307: "其他林地",
    401: "天然牧草地", 402: "沼泽草地", 403: "人工牧草地", 404: "其他草地",
    501: "商业服务业设施用地", 508: "物流仓储用地",
    601: "工业用地", 602: "采矿用地", 603: "盐田",
    701: "城镇住宅用地", 702: "农村宅基地",
    801: "机关团体新闻出版用地", 802: "科教文卫用地", 809: "公用设施用地", 810: "公园与绿地",
    900: "特殊用地",
    1001: "铁路用地", 1002: "轨道交通用地", 1003: "公路用地", 1004: "城镇村道路用地",
    1005: "交通服务场站用地", 1006: "农村道路", 1007: "机场用地", 1008: "港口码头用地",
    1009: "管道运输用地",
    1101: "河流水面", 1102: "湖泊水面", 1103: "水库水面", 1104: "坑塘水面", 1105: "沿海滩涂",
    1106: "内陆滩涂", 1107: "沟渠", 1108: "沼泽地", 1109: "水工建筑用地", 1110: "冰川及常年积雪",
    1201: "空闲地", 1202: "设施农用地", 1203: "田坎", 1204: "盐碱地", 1205: "沙地", 1206: "裸土地",
    1207: "裸岩石砾地",
}

CROPLAND = (101, 102, 103)
GARDEN = (201, 202, 203, 204)
FOREST = (301, 302, 305, 307)
WETLAND = (303, 304, 306, 402, 1105, 1106, 1108)
GRASS = (401, 403, 404)
URBAN = (501, 508, 601, 603, 701, 801, 802, 809, 810, 900, 1002, 1004, 1005, 1007, 1008, 1009, 1109)
RURAL = (702, 1202)
ROAD = (1001, 1003, 1006)
MINE = (602,)
WATER = (1101, 1102, 1103, 1104, 1107, 1110)
BARE = (1201, 1203, 1204, 1205, 1206, 1207)

# --------------------------------------------------------------------------------------------
# Water conservation: runoff coefficient alpha (红线指南 2017, METHODS.md §1 "Service quantities")
# --------------------------------------------------------------------------------------------
#: alpha by ecosystem type, 《生态保护红线划定指南》(2017) table.
ALPHA_BY_ECOSYSTEM = {
    "常绿阔叶林": 0.0267, "常绿针叶林": 0.0302, "针阔混交林": 0.0229, "落叶阔叶林": 0.0133,
    "落叶针叶林": 0.0088, "稀疏林": 0.1920, "稀疏灌丛": 0.1920, "常绿阔叶灌丛": 0.0426,
    "落叶阔叶灌丛": 0.0417, "针叶灌丛": 0.0417, "草甸": 0.0820, "草原": 0.0478, "草丛": 0.0937,
    "稀疏草地": 0.1827,
}

#: alpha by 三调 class: each natural class takes the alpha of its nearest 指南 ecosystem type in
#: the subtropical south (乔木林地 -> 常绿阔叶林 ...) (not verified against the official text). Wetlands 0 (not verified against the official text). NaN means "not
#: an ecosystem of the water-conservation service": the result is nodata there (cropland, built
#: land, open water). Edit the table to include them.
ALPHA_3DIAO = {code: NAN for code in LANDCOVER_3DIAO}
ALPHA_3DIAO.update({
    301: ALPHA_BY_ECOSYSTEM["常绿阔叶林"], 302: ALPHA_BY_ECOSYSTEM["常绿阔叶林"],
    305: ALPHA_BY_ECOSYSTEM["常绿阔叶灌丛"], 307: ALPHA_BY_ECOSYSTEM["稀疏林"],
    401: ALPHA_BY_ECOSYSTEM["草丛"], 403: ALPHA_BY_ECOSYSTEM["草丛"],
    404: ALPHA_BY_ECOSYSTEM["稀疏草地"],
    303: 0.0, 304: 0.0, 306: 0.0, 402: 0.0, 1105: 0.0, 1106: 0.0, 1108: 0.0,
})

# --------------------------------------------------------------------------------------------
# RUSLE cover-management C and support-practice P by 三调 class (check: values common in
# southern-China RUSLE studies; 蔡崇法 2000 for the FVC route is in services.c_factor_from_fvc).
# --------------------------------------------------------------------------------------------
C_FACTOR_3DIAO = {code: 0.0 for code in LANDCOVER_3DIAO}   # built land and water: no soil loss
C_FACTOR_3DIAO.update({
    101: 0.18, 102: 0.22, 103: 0.31,
    201: 0.15, 202: 0.15, 203: 0.10, 204: 0.15,
    301: 0.006, 302: 0.01, 303: 0.001, 304: 0.001, 305: 0.02, 306: 0.001, 307: 0.04,
    401: 0.04, 402: 0.001, 403: 0.06, 404: 0.10,
    1201: 0.5, 1202: 0.2, 1203: 0.25, 1204: 0.6, 1205: 1.0, 1206: 1.0, 1207: 1.0,
})
P_FACTOR_3DIAO = {code: 0.0 for code in LANDCOVER_3DIAO}   # built land and water
P_FACTOR_3DIAO.update({
    101: 0.15, 102: 0.35, 103: 0.40,
    201: 0.69, 202: 0.69, 203: 0.69, 204: 0.69,
    301: 1.0, 302: 1.0, 303: 1.0, 304: 1.0, 305: 1.0, 306: 1.0, 307: 1.0,
    401: 1.0, 402: 1.0, 403: 1.0, 404: 1.0,
    1201: 1.0, 1202: 0.5, 1203: 1.0, 1204: 1.0, 1205: 1.0, 1206: 1.0, 1207: 1.0,
})

# --------------------------------------------------------------------------------------------
# Habitat quality (InVEST, METHODS.md §1.3): threats and sensitivity defaults (not verified against the official text)
# --------------------------------------------------------------------------------------------
#: threat name -> dict(max_distance in metres, weight 0-1, decay "linear"/"exponential").
THREATS_DEFAULT = {
    "cropland": {"max_distance": 4000.0, "weight": 0.6, "decay": "linear"},
    "urban": {"max_distance": 8000.0, "weight": 1.0, "decay": "exponential"},
    "rural": {"max_distance": 5000.0, "weight": 0.7, "decay": "exponential"},
    "road": {"max_distance": 3000.0, "weight": 0.6, "decay": "linear"},
    "mine": {"max_distance": 5000.0, "weight": 0.8, "decay": "exponential"},
}
#: threat name -> 三调 classes that are its sources (used by habitat.threat_rasters_from_landcover).
THREAT_SOURCES_3DIAO = {
    "cropland": CROPLAND, "urban": URBAN, "rural": RURAL, "road": ROAD, "mine": MINE,
}


def _hs(h, cropland, urban, rural, road, mine):
    return {"H": h, "cropland": cropland, "urban": urban, "rural": rural, "road": road,
            "mine": mine}


#: 三调 class -> {"H": habitat suitability, threat name: sensitivity S_jr} (not verified against the official text).
HABITAT_SENSITIVITY_3DIAO = {code: _hs(0.0, 0, 0, 0, 0, 0) for code in LANDCOVER_3DIAO}
for _c in (101, 102, 103):
    HABITAT_SENSITIVITY_3DIAO[_c] = _hs(0.4, 0.3, 0.5, 0.4, 0.3, 0.4)
for _c in GARDEN:
    HABITAT_SENSITIVITY_3DIAO[_c] = _hs(0.5, 0.4, 0.6, 0.5, 0.4, 0.5)
HABITAT_SENSITIVITY_3DIAO.update({
    301: _hs(1.0, 0.6, 0.9, 0.8, 0.7, 0.8), 302: _hs(0.9, 0.6, 0.8, 0.7, 0.6, 0.7),
    303: _hs(1.0, 0.7, 0.9, 0.8, 0.7, 0.8), 304: _hs(1.0, 0.7, 0.9, 0.8, 0.7, 0.8),
    305: _hs(0.9, 0.5, 0.8, 0.7, 0.6, 0.7), 306: _hs(0.9, 0.6, 0.8, 0.7, 0.6, 0.7),
    307: _hs(0.8, 0.5, 0.7, 0.6, 0.5, 0.6),
    401: _hs(0.8, 0.5, 0.7, 0.6, 0.5, 0.6), 402: _hs(0.9, 0.6, 0.8, 0.7, 0.6, 0.7),
    403: _hs(0.6, 0.4, 0.6, 0.5, 0.4, 0.5), 404: _hs(0.6, 0.4, 0.6, 0.5, 0.4, 0.5),
    1101: _hs(0.9, 0.6, 0.8, 0.7, 0.5, 0.7), 1102: _hs(0.9, 0.6, 0.8, 0.7, 0.5, 0.7),
    1103: _hs(0.8, 0.5, 0.7, 0.6, 0.5, 0.6), 1104: _hs(0.6, 0.4, 0.6, 0.5, 0.4, 0.5),
    1105: _hs(0.9, 0.6, 0.8, 0.7, 0.5, 0.7), 1106: _hs(0.8, 0.6, 0.8, 0.7, 0.5, 0.7),
    1107: _hs(0.4, 0.3, 0.5, 0.4, 0.3, 0.4), 1108: _hs(1.0, 0.7, 0.9, 0.8, 0.6, 0.8),
    1204: _hs(0.2, 0.2, 0.3, 0.2, 0.2, 0.2), 1205: _hs(0.2, 0.2, 0.3, 0.2, 0.2, 0.2),
})

# --------------------------------------------------------------------------------------------
# Break tables (METHODS.md §1 Vulnerability). "breaks" are lower-inclusive class bounds:
# v < b1 -> first code; b1 <= v < b2 -> second; ...
# --------------------------------------------------------------------------------------------
#: three-level factor scores 一般 / 脆弱 / 极脆弱. Scored 1/3/5 because the final breaks 2.33 / 3.66
#: are the thirds of [1, 5] (a geometric mean of 1/2/3 scores could never reach 3.66).
VULN3_CODES = (1, 3, 5)
VULN5_CODES = (1, 3, 5, 7, 9)        # 不敏感 / 轻度 / 中度 / 高度 / 极敏感 (2017 指南)
SOIL_EROSION_BREAKS_3 = {
    "r": (100.0, 600.0), "relief": (50.0, 300.0), "fvc": (0.2, 0.6), "final": (2.33, 3.66),
}
SOIL_EROSION_BREAKS_5 = {   # (not verified against the official text) 2017 指南 five-level variant
    "r": (25.0, 100.0, 400.0, 600.0), "relief": (20.0, 50.0, 100.0, 300.0),
    "fvc": (0.2, 0.4, 0.6, 0.8), "final": (2.0, 4.0, 6.0, 8.0),
}
ROCKY_DESERTIFICATION_BREAKS_3 = {
    "outcrop": (30.0, 70.0), "slope": (8.0, 25.0), "fvc": (0.2, 0.6), "final": (2.33, 3.66),
}
#: soil texture class -> K score, three levels on the 1/3/5 scale (check; 双评价 practice).
K_TEXTURE_GRADE_3 = {
    "石砾": 1, "砂": 1, "粗砂土": 3, "细砂土": 3, "黏土": 3, "面砂土": 3, "壤土": 3,
    "砂壤土": 5, "粉黏土": 5, "壤黏土": 5, "砂粉土": 5, "粉土": 5,
}
#: soil texture class -> K grade, five levels 1/3/5/7/9 (check; 2017 指南).
K_TEXTURE_GRADE_5 = {
    "石砾": 1, "砂": 1, "粗砂土": 3, "细砂土": 3, "黏土": 3, "面砂土": 5, "壤土": 5,
    "砂壤土": 7, "粉黏土": 7, "壤黏土": 7, "砂粉土": 9, "粉土": 9,
}
#: coastal shore-type codes of the coastal-erosion model.
SHORE_SANDY, SHORE_MUDDY, SHORE_NATURAL, SHORE_ARTIFICIAL, SHORE_BEDROCK = 1, 2, 3, 4, 5
SHORE_TYPE_SCORES = {SHORE_SANDY: 5, SHORE_MUDDY: 5, SHORE_NATURAL: 3, SHORE_ARTIFICIAL: 1,
                     SHORE_BEDROCK: 1}
COASTAL_EROSION_BREAKS = {
    "surge": (1.5, 3.0), "wave": (0.4, 1.0), "final": (2.0, 3.5),
    "erosion_rate": {SHORE_MUDDY: (1.0, 10.0), SHORE_SANDY: (0.5, 2.0)},
}

# --------------------------------------------------------------------------------------------
# Coastal protection (METHODS.md §1, not verified against the official text): protecting ecosystems, score 0-1.
# --------------------------------------------------------------------------------------------
COASTAL_PROTECTION_SCORES = {303: 1.0, 1108: 0.6, 1105: 0.4}   # mangrove, marsh, tidal flat
#: codes for coastal ecosystems outside the 三调 land classes (from a marine habitat layer).
SEAGRASS, CORAL_REEF, SALT_MARSH = 9001, 9002, 9003
COASTAL_PROTECTION_SCORES.update({SEAGRASS: 0.5, CORAL_REEF: 0.9, SALT_MARSH: 0.7})
NATURAL_SHORELINE_SCORE = 0.5

# --------------------------------------------------------------------------------------------
# Degradation and resilience (METHODS.md §1.4, check: common practice)
# --------------------------------------------------------------------------------------------
DEGRADATION_THRESHOLDS = (0.05, 0.15, 0.30)      # none / light / moderate / severe
#: ecosystem elasticity score 0-1 by 三调 class (check; 生态弹性度 practice).
ELASTICITY_3DIAO = {code: 0.1 for code in LANDCOVER_3DIAO}   # built land
for _codes, _v in ((CROPLAND, 0.5), (GARDEN, 0.6), (FOREST, 0.9), (WETLAND, 0.8), (GRASS, 0.7),
                   (WATER, 0.6), (BARE, 0.2), (RURAL, 0.2), (ROAD, 0.1), (MINE, 0.05)):
    for _c in _codes:
        ELASTICITY_3DIAO[_c] = _v
SLOPE_FACTOR_BREAKS = (8.0, 15.0, 25.0)                 # degrees
SLOPE_FACTOR_VALUES = (1.0, 0.8, 0.6, 0.4)


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------
def class_code(value):
    """Normalise a land-cover class key to the integer raster code (module docstring).

    ``"0301"`` -> 301, ``"05H1"`` -> 501, ``"08H2"`` -> 802, ``"09"`` -> 900, ``301`` -> 301,
    ``"301.0"`` -> 301. Other strings (e.g. soil texture names) are returned stripped.
    Method: 三调 工作分类 codes (GB/T 21010-2017 based).
    """
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        if value != int(value):
            raise ValueError("class code {!r} is not an integer".format(value))
        return int(value)
    text = str(value).strip()
    up = text.upper()
    if len(up) == 4 and up[2] == "H" and up[:2].isdigit() and up[3].isdigit():
        return int(up[:2]) * 100 + int(up[3])
    if up == "09":
        return 900
    try:
        f = float(text)
    except ValueError:
        return text
    if f != int(f):
        raise ValueError("class code {!r} is not an integer".format(value))
    return int(f)


def parse_class_table(source, key_column, value_columns, *, required=None, numeric=True):
    """Parse a class table from CSV text, a file path, or rows of dicts.

    Returns ``{class_code: value}`` for one value column (a str) or ``{class_code: {column: value}}``
    for several (a list). Empty cells or "nan" give NaN. ``required``: classes that must be
    present; a missing one raises ``ValueError`` naming it. Keys go through :func:`class_code`.
    Method: table parameter convention of the plugin (METHODS.md §1, "the table must be editable").
    """
    if isinstance(source, str):
        if "\n" not in source and os.path.isfile(source):
            with open(source, encoding="utf-8-sig") as handle:
                text = handle.read()
        else:
            text = source
        rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    else:
        rows = [dict(r) for r in source]
    single = isinstance(value_columns, str)
    cols = [value_columns] if single else list(value_columns)
    table = {}
    for number, row in enumerate(rows, start=2):
        row = {str(k).strip(): v for k, v in row.items() if k is not None}
        for col in [key_column] + cols:
            if col not in row:
                raise ValueError("class table: column {!r} missing (row {})".format(col, number))
        key = class_code(row[key_column])
        values = {}
        for col in cols:
            raw = row[col]
            if numeric:
                raw = "" if raw is None else str(raw).strip()
                try:
                    values[col] = float(raw) if raw not in ("", "nan", "NaN", "NA") else NAN
                except ValueError:
                    raise ValueError("class table: {!r} of class {} is not a number: {!r}".format(
                        col, key, raw))
            else:
                values[col] = raw
        table[key] = values[cols[0]] if single else values
    if required is not None:
        check_classes(required, table)
    return table


def check_classes(classes, table, *, what="class table"):
    """Raise ValueError naming every class of ``classes`` that ``table`` lacks."""
    missing = sorted({class_code(c) for c in classes} - {class_code(k) for k in table},
                     key=str)
    if missing:
        names = ", ".join("{}{}".format(c, " ({})".format(LANDCOVER_3DIAO[c])
                                        if c in LANDCOVER_3DIAO else "") for c in missing)
        raise ValueError("{}: no entry for class {}".format(what, names))


def lookup(classes, table, *, mask=None, what="class table", dtype=np.float64):
    """Map a class raster through ``{class: value}``; NaN where the class raster is nodata.

    ``classes``: integer array, or float with NaN as nodata. ``mask``: optional boolean array,
    True = valid. A valid cell whose class is absent from ``table`` raises ``ValueError``
    naming the class (a NaN *value* in the table is allowed and gives NaN: "not assessed").
    Uses a dense look-up array when the codes span less than 10^6, else sorted search.
    Method: reclassification by table (METHODS.md §1).
    """
    classes = np.asarray(classes)
    keys = np.array([class_code(k) for k in table], dtype=np.int64)
    vals = np.array([float(table[k]) for k in table], dtype=np.float64)
    if classes.dtype.kind in "iu" and mask is None:
        # fast path, no masks or copies of the class raster beyond one index array
        if classes.size == 0:
            return np.full(classes.shape, np.nan, dtype=dtype)
        lo, hi = int(classes.min()), int(classes.max())
        kmin = min(lo, int(keys.min()) if keys.size else lo, 0)
        kmax = max(hi, int(keys.max()) if keys.size else hi)
        if kmax - kmin < 1_000_000:
            lut = np.full(kmax - kmin + 1, np.nan, dtype=dtype)
            known = np.zeros(kmax - kmin + 1, bool)
            lut[keys - kmin] = vals
            known[keys - kmin] = True
            present = np.zeros(kmax - kmin + 1, bool)
            # which codes occur: bincount on a shifted view, chunked to bound memory
            flat = classes.ravel()
            for start in range(0, flat.size, 1 << 22):
                chunk = flat[start:start + (1 << 22)].astype(np.int64) - kmin
                present |= np.bincount(chunk, minlength=present.size).astype(bool)
            bad = present & ~known
            if bad.any():
                check_classes((np.nonzero(bad)[0] + kmin).tolist(), table, what=what)
            return lut[classes - kmin] if kmin else lut[classes]
    valid = np.ones(classes.shape, bool) if mask is None else np.asarray(mask, bool).copy()
    if classes.dtype.kind == "f":
        valid &= np.isfinite(classes)
    out = np.full(classes.shape, np.nan, dtype=dtype)
    if not valid.any():
        return out
    if classes.dtype.kind == "f":
        cv = classes[valid]
        if np.any(cv != np.round(cv)):
            raise ValueError("{}: class raster has non-integer values".format(what))
        cv = cv.astype(np.int64)
    else:
        cv = classes[valid].astype(np.int64)
    lo, hi = int(cv.min()), int(cv.max())
    kmin = min(lo, int(keys.min()) if keys.size else lo)
    kmax = max(hi, int(keys.max()) if keys.size else hi)
    if kmax - kmin < 1_000_000:
        lut = np.full(kmax - kmin + 1, np.nan)
        known = np.zeros(kmax - kmin + 1, bool)
        lut[keys - kmin] = vals
        known[keys - kmin] = True
        idx = cv - kmin
        ok = known[idx]
        if not ok.all():
            check_classes(np.unique(cv[~ok]).tolist(), table, what=what)
        out[valid] = lut[idx]
    else:
        order = np.argsort(keys)
        skeys, svals = keys[order], vals[order]
        pos = np.clip(np.searchsorted(skeys, cv), 0, len(skeys) - 1)
        ok = skeys[pos] == cv
        if not ok.all():
            check_classes(np.unique(cv[~ok]).tolist(), table, what=what)
        out[valid] = svals[pos]
    return out


def column(table, name):
    """``{class: row-dict}`` -> ``{class: row[name]}`` (e.g. H or one threat's sensitivity).

    Method: column of the InVEST sensitivity table (METHODS.md §1.3); a row without the column
    raises ValueError naming the class.
    """
    out = {}
    for k, v in table.items():
        if name not in v:
            raise ValueError("class table: class {} has no {!r} column".format(k, name))
        out[k] = v[name]
    return out
