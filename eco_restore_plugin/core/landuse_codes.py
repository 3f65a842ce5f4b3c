"""三调 land-use codes: the full classification, the plugin's integer convention and crosswalks.

**Integer convention** (the one of :mod:`core.tables` and ``sampledata/classes.py``): a 三调 DLBM
code is written as an integer by dropping its leading zero, ``"0101"`` -> ``101``,
``"1105"`` -> ``1105``. The codes with a letter:

* the H codes of the 三调 工作分类 merge GB/T 21010-2017 classes and take their digit:
  ``05H1`` 商业服务业设施用地 -> ``501``, ``08H1`` 机关团体新闻出版用地 -> ``801``,
  ``08H2`` 科教文卫用地 -> ``802``;
* the GB/T 21010-2017 classes merged into an H code take its value: ``0501``-``0507`` -> 501,
  ``0801``/``0802`` -> 801, ``0803``-``0808`` -> 802; 09 特殊用地 (first level only in 三调) and
  its GB/T classes ``0901``-``0906`` -> ``900``;
* K codes (可调整地类, e.g. ``0201K`` 可调整果园, ``1104K`` 可调整养殖坑塘) and A codes
  (``1104A`` 养殖坑塘, ``1107A`` 干渠) take the value of their base class (``0201K`` -> 201); the
  structure table keeps them as their own rows.

A DLBM read as a number (a field typed integer or real drops the leading zero) is accepted:
``101`` and ``101.0`` are ``"0101"``. Trailing spaces and lower-case letters are cleaned.

Sources: GB/T 21010-2017《土地利用现状分类》; 《第三次全国国土调查技术规程》(TD/T 1055-2019)
附录 A 工作分类 (湿地 group 00, H codes, K codes). The K / A code lists were compiled from the
三调 工作分类 as published in provincial 三调 data-base specifications and could not be checked
against the printed TD/T 1055-2019 here: verify before relying on them.
"""
import csv
import io
import re
from collections import OrderedDict

#: first-level groups of the 三调 工作分类 (code -> Chinese, English), in the order of the
#: official current-state table (湿地 first, as in the 三调 公报).
GROUPS = OrderedDict([
    ("00", ("湿地", "Wetland")),
    ("01", ("耕地", "Cropland")),
    ("02", ("种植园用地", "Plantation")),
    ("03", ("林地", "Forest land")),
    ("04", ("草地", "Grassland")),
    ("20", ("城镇村及工矿用地", "Built-up (town, village, mining)")),
    ("10", ("交通运输用地", "Transport")),
    ("11", ("水域及水利设施用地", "Water and water facilities")),
    ("12", ("其他土地", "Other land")),
])

# (DLBM, 名称, first-level group of the 三调 工作分类, GB/T 21010-2017 first level)
_CLASSES = [
    ("0303", "红树林地", "00", "03"), ("0304", "森林沼泽", "00", "03"), ("0306", "灌丛沼泽", "00", "03"),
    ("0402", "沼泽草地", "00", "04"), ("0603", "盐田", "00", "06"), ("1105", "沿海滩涂", "00", "11"),
    ("1106", "内陆滩涂", "00", "11"), ("1108", "沼泽地", "00", "11"),
    ("0101", "水田", "01", "01"), ("0102", "水浇地", "01", "01"), ("0103", "旱地", "01", "01"),
    ("0201", "果园", "02", "02"), ("0202", "茶园", "02", "02"), ("0203", "橡胶园", "02", "02"),
    ("0204", "其他园地", "02", "02"),
    ("0301", "乔木林地", "03", "03"), ("0302", "竹林地", "03", "03"), ("0305", "灌木林地", "03", "03"),
    ("0307", "其他林地", "03", "03"),
    ("0401", "天然牧草地", "04", "04"), ("0403", "人工牧草地", "04", "04"), ("0404", "其他草地", "04", "04"),
    ("05H1", "商业服务业设施用地", "20", "05"), ("0508", "物流仓储用地", "20", "05"),
    ("0601", "工业用地", "20", "06"), ("0602", "采矿用地", "20", "06"),
    ("0701", "城镇住宅用地", "20", "07"), ("0702", "农村宅基地", "20", "07"),
    ("08H1", "机关团体新闻出版用地", "20", "08"), ("08H2", "科教文卫用地", "20", "08"),
    ("0809", "公用设施用地", "20", "08"), ("0810", "公园与绿地", "20", "08"),
    ("09", "特殊用地", "20", "09"),
    ("1001", "铁路用地", "10", "10"), ("1002", "轨道交通用地", "10", "10"), ("1003", "公路用地", "10", "10"),
    ("1004", "城镇村道路用地", "20", "10"), ("1005", "交通服务场站用地", "20", "10"),
    ("1006", "农村道路", "10", "10"), ("1007", "机场用地", "10", "10"), ("1008", "港口码头用地", "10", "10"),
    ("1009", "管道运输用地", "10", "10"),
    ("1101", "河流水面", "11", "11"), ("1102", "湖泊水面", "11", "11"), ("1103", "水库水面", "11", "11"),
    ("1104", "坑塘水面", "11", "11"), ("1107", "沟渠", "11", "11"), ("1109", "水工建筑用地", "11", "11"),
    ("1110", "冰川及常年积雪", "11", "11"),
    ("1201", "空闲地", "20", "12"), ("1202", "设施农用地", "12", "12"), ("1203", "田坎", "12", "12"),
    ("1204", "盐碱地", "12", "12"), ("1205", "沙地", "12", "12"), ("1206", "裸土地", "12", "12"),
    ("1207", "裸岩石砾地", "12", "12"),
]
#: 三调 工作分类 sub-codes (K: 可调整地类; A: subdivisions) -> (名称, base code).
SUBCODES = OrderedDict([
    ("0201K", ("可调整果园", "0201")), ("0202K", ("可调整茶园", "0202")),
    ("0203K", ("可调整橡胶园", "0203")), ("0204K", ("可调整其他园地", "0204")),
    ("0301K", ("可调整乔木林地", "0301")), ("0302K", ("可调整竹林地", "0302")),
    ("0307K", ("可调整其他林地", "0307")), ("0403K", ("可调整人工牧草地", "0403")),
    ("1104A", ("养殖坑塘", "1104")), ("1104K", ("可调整养殖坑塘", "1104")),
    ("1107A", ("干渠", "1107")),
])
#: GB/T 21010-2017 second-level codes merged by the 三调 工作分类 -> the 三调 code.
GBT_MERGED = OrderedDict(
    [("05%02d" % i, "05H1") for i in range(1, 8)]
    + [("0801", "08H1"), ("0802", "08H1")]
    + [("08%02d" % i, "08H2") for i in range(3, 9)]
    + [("09%02d" % i, "09") for i in range(1, 7)])
#: GB/T 21010-2017 names of the merged codes (for the crosswalk table).
GBT_NAMES = {
    "0501": "零售商业用地", "0502": "批发市场用地", "0503": "餐饮用地", "0504": "旅馆用地",
    "0505": "商务金融用地", "0506": "娱乐用地", "0507": "其他商服用地", "0801": "机关团体用地",
    "0802": "新闻出版用地", "0803": "教育用地", "0804": "科研用地", "0805": "医疗卫生用地",
    "0806": "社会福利用地", "0807": "文化设施用地", "0808": "体育用地", "0901": "军事设施用地",
    "0902": "使领馆用地", "0903": "监教场所用地", "0904": "宗教用地", "0905": "殡葬用地",
    "0906": "风景名胜设施用地",
}


def code_value(code):
    """Integer value of a clean 三调 code: ``"0101"`` -> 101, ``"05H1"`` -> 501, ``"09"`` -> 900."""
    code = code.upper()
    if code in SUBCODES:
        code = SUBCODES[code][1]
    if code in GBT_MERGED:
        code = GBT_MERGED[code]
    if code == "09":
        return 900
    return int(code.replace("H", "0"))


#: 三调 second-level classes: DLBM -> dict(code, value, name, group, group_name, gbt_group).
CLASSES = OrderedDict()
for _code, _name, _grp, _gbt in _CLASSES:
    CLASSES[_code] = {"code": _code, "value": code_value(_code), "name": _name, "group": _grp,
                      "group_name": GROUPS[_grp][0], "gbt_group": _gbt}
#: integer value -> 三调 code (the raster convention; one code per value).
VALUE_CODE = OrderedDict((c["value"], k) for k, c in CLASSES.items())


def all_codes():
    """Every code a DLBM may hold: the 三调 classes, its K / A sub-codes and the GB/T codes it merges."""
    return list(CLASSES) + list(SUBCODES) + list(GBT_MERGED)


def code_name(code):
    """Chinese name of a clean code (三调 class, sub-code or merged GB/T code)."""
    if code in CLASSES:
        return CLASSES[code]["name"]
    if code in SUBCODES:
        return SUBCODES[code][0]
    return GBT_NAMES.get(code, "")


def base_code(code):
    """The 三调 class a clean code counts in (``0201K`` -> ``0201``, ``0803`` -> ``08H2``)."""
    if code in SUBCODES:
        return SUBCODES[code][1]
    return GBT_MERGED.get(code, code)


_NUM = re.compile(r"^\d+(\.0*)?$")


def clean_code(raw):
    """A DLBM value as read (string, int, float, with spaces) -> the clean code string, or ``""``.

    Numbers lost their leading zero: 101 -> ``"0101"``, 1105 -> ``"1105"``, 9 -> ``"09"``.
    """
    if raw is None:
        return ""
    if isinstance(raw, float):
        if raw != raw:
            return ""
        raw = int(raw) if raw == int(raw) else raw
    text = str(raw).strip().upper()
    if text in ("", "NULL", "NONE"):
        return ""
    if _NUM.match(text):
        digits = text.split(".")[0]
        if len(digits) in (1, 3):
            digits = "0" + digits
        return digits
    return text


def dlbm_value(raw, *, unknown=None):
    """Integer class value of a raw DLBM, or ``unknown`` when the code is not in the classification."""
    code = clean_code(raw)
    if code in CLASSES or code in SUBCODES or code in GBT_MERGED:
        return code_value(code)
    return unknown


def group_of_value(value):
    """First-level group code (三调 工作分类) of an integer class value, or None."""
    code = VALUE_CODE.get(int(value))
    return CLASSES[code]["group"] if code else None


# ------------------------------------------------------------------------------------------------
# Colours (approximating the 三调 map colour table; the printed RGB table was not at hand)
# ------------------------------------------------------------------------------------------------
_GROUP_RGB = {
    "00": (120, 200, 190), "01": (250, 230, 120), "02": (230, 160, 200), "03": (60, 160, 70),
    "04": (190, 225, 120), "20": (225, 90, 80), "10": (150, 150, 150), "11": (90, 150, 230),
    "12": (215, 200, 170),
}
_RGB = {
    "0101": (255, 255, 100), "0102": (255, 235, 120), "0103": (250, 220, 150),
    "0201": (240, 150, 180), "0202": (200, 210, 110), "0203": (205, 140, 200), "0204": (230, 180, 230),
    "0301": (30, 130, 50), "0302": (120, 190, 60), "0303": (0, 150, 130), "0304": (60, 140, 120),
    "0305": (130, 190, 110), "0306": (110, 170, 140), "0307": (160, 210, 140),
    "0401": (180, 220, 110), "0402": (140, 200, 160), "0403": (200, 230, 100), "0404": (200, 230, 130),
    "05H1": (230, 60, 60), "0508": (200, 120, 160), "0601": (170, 110, 110), "0602": (150, 100, 60),
    "0603": (190, 210, 230), "0701": (240, 110, 90), "0702": (215, 140, 110), "08H1": (230, 100, 150),
    "08H2": (255, 130, 170), "0809": (200, 150, 120), "0810": (140, 210, 100), "09": (120, 80, 80),
    "1001": (90, 90, 90), "1002": (100, 100, 120), "1003": (110, 110, 110), "1004": (150, 150, 150),
    "1005": (130, 130, 130), "1006": (170, 160, 140), "1007": (120, 120, 140), "1008": (120, 120, 160),
    "1009": (140, 140, 140),
    "1101": (70, 140, 220), "1102": (60, 120, 220), "1103": (50, 110, 210), "1104": (120, 175, 235),
    "1105": (180, 215, 225), "1106": (200, 225, 215), "1107": (100, 160, 230), "1108": (110, 180, 170),
    "1109": (80, 110, 160), "1110": (235, 245, 255),
    "1201": (220, 200, 200), "1202": (230, 210, 170), "1203": (220, 210, 150), "1204": (235, 235, 225),
    "1205": (245, 235, 190), "1206": (210, 190, 160), "1207": (190, 190, 180),
}


def rgb(code):
    """Display colour of a 三调 class code."""
    return _RGB.get(code) or _GROUP_RGB[CLASSES[code]["group"]]


def palette():
    """``{value: ("#rrggbb", "0101 水田")}`` for a paletted raster style (one entry per class)."""
    return OrderedDict((c["value"], ("#%02x%02x%02x" % rgb(k), "{} {}".format(k, c["name"])))
                       for k, c in CLASSES.items())


# ------------------------------------------------------------------------------------------------
# Crosswalk 三调 -> 生态系统类型 (ecosystem type)
# ------------------------------------------------------------------------------------------------
#: ecosystem types: integer code -> (名称, English, 一级类). Names of the second-level types follow
#: the 《生态保护红线划定指南》(2017) runoff table (the keys of ``core.tables.ALPHA_BY_ECOSYSTEM``)
#: and the 全国生态状况遥感调查 classes for the types that table has no row for; the integer codes are
#: the plugin's own.
ECOSYSTEMS = OrderedDict([
    (11, ("常绿阔叶林", "Evergreen broadleaf forest", "森林")),
    (12, ("常绿针叶林", "Evergreen coniferous forest", "森林")),
    (13, ("针阔混交林", "Mixed forest", "森林")),
    (14, ("落叶阔叶林", "Deciduous broadleaf forest", "森林")),
    (15, ("稀疏林", "Sparse forest", "森林")),
    (21, ("常绿阔叶灌丛", "Evergreen broadleaf shrub", "灌丛")),
    (22, ("稀疏灌丛", "Sparse shrub", "灌丛")),
    (31, ("草丛", "Tussock grass", "草地")),
    (32, ("草甸", "Meadow", "草地")),
    (33, ("稀疏草地", "Sparse grassland", "草地")),
    (41, ("红树林", "Mangrove", "湿地")),
    (42, ("沼泽", "Marsh", "湿地")),
    (43, ("滩涂", "Tidal and inland flats", "湿地")),
    (44, ("河流", "River", "湿地")),
    (45, ("湖泊", "Lake", "湿地")),
    (46, ("水库坑塘", "Reservoir and pond", "湿地")),
    (47, ("运河水渠", "Canal and ditch", "湿地")),
    (51, ("水田", "Paddy", "农田")),
    (52, ("旱地", "Dry cropland", "农田")),
    (53, ("园地", "Plantation", "农田")),
    (61, ("城镇", "Town", "城镇")),
    (62, ("农村居民点", "Village", "城镇")),
    (63, ("工矿交通", "Industry, mining and transport", "城镇")),
    (71, ("裸地", "Bare land", "其他")),
    (72, ("冰川积雪", "Glacier and snow", "其他")),
])
ECOSYSTEM_CODE = {v[0]: k for k, v in ECOSYSTEMS.items()}

#: default crosswalk 三调 code -> ecosystem type name. 乔木林地 is taken as 常绿阔叶林, the zonal
#: forest of the subtropical south; use the forest-inventory (小班) data or edit the table elsewhere.
SANDIAO_TO_ECOSYSTEM = OrderedDict([
    ("0303", "红树林"), ("0304", "沼泽"), ("0306", "沼泽"), ("0402", "沼泽"), ("0603", "滩涂"),
    ("1105", "滩涂"), ("1106", "滩涂"), ("1108", "沼泽"),
    ("0101", "水田"), ("0102", "旱地"), ("0103", "旱地"),
    ("0201", "园地"), ("0202", "园地"), ("0203", "园地"), ("0204", "园地"),
    ("0301", "常绿阔叶林"), ("0302", "常绿阔叶林"), ("0305", "常绿阔叶灌丛"), ("0307", "稀疏林"),
    ("0401", "草丛"), ("0403", "草丛"), ("0404", "稀疏草地"),
    ("05H1", "城镇"), ("0508", "工矿交通"), ("0601", "工矿交通"), ("0602", "工矿交通"),
    ("0701", "城镇"), ("0702", "农村居民点"), ("08H1", "城镇"), ("08H2", "城镇"), ("0809", "城镇"),
    ("0810", "城镇"), ("09", "城镇"),
    ("1001", "工矿交通"), ("1002", "工矿交通"), ("1003", "工矿交通"), ("1004", "城镇"),
    ("1005", "工矿交通"), ("1006", "工矿交通"), ("1007", "工矿交通"), ("1008", "工矿交通"),
    ("1009", "工矿交通"),
    ("1101", "河流"), ("1102", "湖泊"), ("1103", "水库坑塘"), ("1104", "水库坑塘"), ("1107", "运河水渠"),
    ("1109", "工矿交通"), ("1110", "冰川积雪"),
    ("1201", "城镇"), ("1202", "旱地"), ("1203", "旱地"), ("1204", "裸地"), ("1205", "裸地"),
    ("1206", "裸地"), ("1207", "裸地"),
])


def parse_crosswalk_csv(text):
    """Rows ``code,ecosystem`` (header optional) -> ``{三调 code: ecosystem name}``; raises ValueError."""
    out = OrderedDict()
    for i, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        row = [c.strip() for c in row]
        if not row or not row[0] or row[0].startswith("#"):
            continue
        if i == 1 and clean_code(row[0]) not in CLASSES and row[0].lower() in ("code", "dlbm", "三调"):
            continue
        if len(row) < 2 or not row[1]:
            raise ValueError("crosswalk line {}: give '三调 code, ecosystem type'".format(i))
        code = base_code(clean_code(row[0]))
        if code not in CLASSES:
            raise ValueError("crosswalk line {}: '{}' is not a 三调 code".format(i, row[0]))
        if row[1] not in ECOSYSTEM_CODE:
            raise ValueError("crosswalk line {}: unknown ecosystem type '{}' (known: {})".format(
                i, row[1], "、".join(ECOSYSTEM_CODE)))
        out[code] = row[1]
    return out


def ecosystem_lut(*, crosswalk=None):
    """``{class value: ecosystem code}`` from a crosswalk (default :data:`SANDIAO_TO_ECOSYSTEM`)."""
    table = OrderedDict(SANDIAO_TO_ECOSYSTEM)
    table.update(crosswalk or {})
    return {CLASSES[c]["value"]: ECOSYSTEM_CODE[e] for c, e in table.items()}


# ------------------------------------------------------------------------------------------------
# Crosswalk 三调 -> 国土空间调查、规划、用途管制用地用海分类 (2023)
# ------------------------------------------------------------------------------------------------
#: 三调 / GB/T code -> (用地用海 code, 名称, note). After 《国土空间调查、规划、用途管制用地用海分类
#: 指南》(自然资办发〔2023〕234号) and its 附录 (correspondence with the 三调 工作分类). Where one 三调
#: class splits into several 用地用海 classes the row names the usual one and says so in the note.
#: Compiled from memory of the published guide: not verified against the official 附录 here.
SANDIAO_TO_YDYH = OrderedDict([
    ("0101", ("0101", "水田", "")), ("0102", ("0102", "水浇地", "")), ("0103", ("0103", "旱地", "")),
    ("0201", ("0201", "果园", "")), ("0202", ("0202", "茶园", "")), ("0203", ("0203", "橡胶园地", "")),
    ("0204", ("0205", "其他园地", "油料作物园地归 0204 油料园地")),
    ("0301", ("0301", "乔木林地", "")), ("0302", ("0302", "竹林地", "")),
    ("0303", ("0507", "红树林地", "")), ("0304", ("0501", "森林沼泽", "")),
    ("0305", ("0303", "灌木林地", "")), ("0306", ("0502", "灌丛沼泽", "")),
    ("0307", ("0304", "其他林地", "")),
    ("0401", ("0401", "天然牧草地", "")), ("0402", ("0503", "沼泽草地", "")),
    ("0403", ("0402", "人工牧草地", "")), ("0404", ("0403", "其他草地", "")),
    ("05H1", ("09", "商业服务业用地", "按用途细分至 0901-0904")),
    ("0508", ("1101", "物流仓储用地", "")),
    ("0601", ("1001", "工业用地", "")), ("0602", ("1002", "采矿用地", "")), ("0603", ("1003", "盐田", "")),
    ("0701", ("0701", "城镇住宅用地", "")), ("0702", ("0703", "农村宅基地", "")),
    ("08H1", ("0801", "机关团体用地", "新闻出版用地归 0803 文化用地")),
    ("08H2", ("08", "公共管理与公共服务用地", "按用途细分至 0802-0807")),
    ("0809", ("13", "公用设施用地", "按用途细分至 1301-1313")),
    ("0810", ("1401", "公园绿地", "防护绿地、广场归 1402、1403")),
    ("09", ("15", "特殊用地", "")),
    ("1001", ("1201", "铁路用地", "")), ("1002", ("1206", "城市轨道交通用地", "")),
    ("1003", ("1202", "公路用地", "")),
    ("1004", ("1207", "城镇道路用地", "村庄内道路归 060101 村道用地")),
    ("1005", ("1208", "交通场站用地", "")), ("1006", ("0601", "乡村道路用地", "")),
    ("1007", ("1203", "机场用地", "")), ("1008", ("1204", "港口码头用地", "")),
    ("1009", ("1205", "管道运输用地", "")),
    ("1101", ("1701", "河流水面", "")), ("1102", ("1702", "湖泊水面", "")),
    ("1103", ("1703", "水库水面", "")), ("1104", ("1704", "坑塘水面", "")),
    ("1105", ("0505", "沿海滩涂", "")), ("1106", ("0506", "内陆滩涂", "")),
    ("1107", ("1705", "沟渠", "")), ("1108", ("0504", "其他沼泽地", "")),
    ("1109", ("1312", "水工设施用地", "")), ("1110", ("1706", "冰川及常年积雪", "")),
    ("1201", ("2301", "空闲地", "")),
    ("1202", ("06", "农业设施建设用地", "按用途细分至 0602-0604")),
    ("1203", ("2303", "田坎", "")), ("1204", ("2304", "盐碱地", "")), ("1205", ("2305", "沙地", "")),
    ("1206", ("2306", "裸土地", "")), ("1207", ("2307", "裸岩石砾地", "")),
])


def ydyh_rows():
    """The crosswalk as table rows ``[三调 code, 三调 name, 用地用海 code, 用地用海 name, note]``,
    one per 三调 class, K / A sub-code and merged GB/T code (sub-codes follow their base class)."""
    rows = []
    for code in all_codes():
        target, name, note = SANDIAO_TO_YDYH[base_code(code)]
        if code == "1104A":
            note = "养殖坑塘：按设施情况可归 0604 水产养殖设施建设用地"
        rows.append([code, code_name(code), target, name, note])
    return rows
