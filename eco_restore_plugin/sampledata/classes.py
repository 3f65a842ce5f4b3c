"""Land-use class table of Demo County: 三调 (Third National Land Survey, 工作分类) classes.

Raster values are the 三调 secondary codes written as integers (``0301`` -> 301), the convention of
``eco_restore_plugin.core.tables`` (so its lookup tables apply directly). Land-use rasters use 0
as nodata (outside the county, and the sea, which is not a 三调 land class).

Forest types and other ecosystem sub-classes are in :data:`SUBCLASSES`: they are the values of the
``ecosystem_YYYY.tif`` rasters (生态系统类型), a five-digit code ``parent * 100 + n`` under 乔木林地
301 and 灌木林地 305; every other cell of those rasters carries its 三调 code. The ``ecosystem``
field names the 《生态保护红线划定指南》(2017) ecosystem type, the key of the runoff-coefficient
table ``core.tables.ALPHA_BY_ECOSYSTEM``.
"""
from collections import OrderedDict

#: first-level groups: code -> (Chinese, English). 湿地 (00) is the 三调 wetland group.
GROUPS = OrderedDict([
    ("01", ("耕地", "Cropland")),
    ("02", ("种植园用地", "Plantation (orchard)")),
    ("03", ("林地", "Forest")),
    ("04", ("草地", "Grassland")),
    ("00", ("湿地", "Wetland")),
    ("11", ("水域及水利设施用地", "Water")),
    ("20", ("城镇村及工矿用地", "Built-up (town, village, mining)")),
    ("10", ("交通运输用地", "Transport")),
    ("12", ("其他土地", "Other land (bare)")),
])


def _c(value, code, zh, en, group, rgb, ecosystem=None):
    return {"value": value, "code": code, "name_zh": zh, "name_en": en, "group": group,
            "group_zh": GROUPS[group][0], "group_en": GROUPS[group][1], "rgb": rgb,
            "ecosystem": ecosystem}


#: land-use classes (raster value -> row). Colours after the 三调 map colour table (approx.).
LANDUSE = OrderedDict((c["value"], c) for c in [
    _c(101, "0101", "水田", "Paddy field", "01", (255, 255, 100)),
    _c(102, "0102", "水浇地", "Irrigated cropland", "01", (255, 235, 120)),
    _c(103, "0103", "旱地", "Dry cropland", "01", (250, 220, 150)),
    _c(201, "0201", "果园", "Orchard", "02", (240, 150, 180)),
    _c(202, "0202", "茶园", "Tea garden", "02", (200, 210, 110)),
    _c(203, "0203", "橡胶园", "Rubber plantation", "02", (205, 140, 200)),
    _c(204, "0204", "其他园地", "Other plantation (areca, coconut)", "02", (230, 180, 230)),
    _c(301, "0301", "乔木林地", "Forest (trees)", "03", (30, 130, 50), "常绿阔叶林"),
    _c(302, "0302", "竹林地", "Bamboo forest", "03", (120, 190, 60), "常绿阔叶林"),
    _c(303, "0303", "红树林地", "Mangrove", "00", (0, 150, 130), None),
    _c(305, "0305", "灌木林地", "Shrubland", "03", (130, 190, 110), "常绿阔叶灌丛"),
    _c(307, "0307", "其他林地", "Other woodland (sparse, young)", "03", (160, 210, 140), "稀疏林"),
    _c(404, "0404", "其他草地", "Grassland", "04", (200, 230, 130), "草丛"),
    _c(1105, "1105", "沿海滩涂", "Tidal flat", "00", (180, 215, 225)),
    _c(1106, "1106", "内陆滩涂", "Inland flat (river bank)", "00", (200, 225, 215)),
    _c(1108, "1108", "沼泽地", "Marsh", "00", (110, 180, 170)),
    _c(1101, "1101", "河流水面", "River", "11", (70, 140, 220)),
    _c(1103, "1103", "水库水面", "Reservoir", "11", (50, 110, 210)),
    _c(1104, "1104", "坑塘水面", "Pond (aquaculture)", "11", (120, 175, 235)),
    _c(501, "05H1", "商业服务业设施用地", "Commercial", "20", (230, 60, 60)),
    _c(601, "0601", "工业用地", "Industrial", "20", (170, 110, 110)),
    _c(602, "0602", "采矿用地", "Mining", "20", (150, 100, 60)),
    _c(701, "0701", "城镇住宅用地", "Urban residential", "20", (240, 110, 90)),
    _c(702, "0702", "农村宅基地", "Rural residential (village)", "20", (215, 140, 110)),
    _c(802, "08H2", "科教文卫用地", "Public services", "20", (255, 130, 170)),
    _c(810, "0810", "公园与绿地", "Park and green space", "20", (140, 210, 100)),
    _c(1003, "1003", "公路用地", "Road", "10", (110, 110, 110)),
    _c(1004, "1004", "城镇村道路用地", "Urban road", "10", (150, 150, 150)),
    _c(1008, "1008", "港口码头用地", "Port", "10", (120, 120, 160)),
    _c(1205, "1205", "沙地", "Sand (beach)", "12", (245, 235, 190)),
    _c(1206, "1206", "裸土地", "Bare soil", "12", (210, 190, 160)),
    _c(1207, "1207", "裸岩石砾地", "Bare rock", "12", (190, 190, 180)),
])

#: ecosystem sub-classes (value -> row); parent = 三调 class. Values of ecosystem_YYYY.tif.
SUBCLASSES = OrderedDict((c["value"], c) for c in [
    dict(_c(30101, "0301", "常绿阔叶林", "Evergreen broadleaf forest", "03", (20, 110, 40),
            "常绿阔叶林"), parent=301),
    dict(_c(30102, "0301", "常绿针叶林", "Evergreen coniferous forest (pine)", "03",
            (60, 140, 110), "常绿针叶林"), parent=301),
    dict(_c(30103, "0301", "针阔混交林", "Mixed coniferous-broadleaf forest", "03",
            (50, 130, 70), "针阔混交林"), parent=301),
    dict(_c(30104, "0301", "桉树人工林", "Eucalyptus plantation", "03", (140, 170, 60),
            "常绿阔叶林"), parent=301),
    dict(_c(30105, "0301", "木麻黄海防林", "Casuarina coastal shelter forest", "03",
            (90, 160, 120), "常绿针叶林"), parent=301),
    dict(_c(30501, "0305", "常绿阔叶灌丛", "Evergreen broadleaf shrub", "03", (130, 190, 110),
            "常绿阔叶灌丛"), parent=305),
    dict(_c(30502, "0305", "稀疏灌丛", "Sparse shrub", "03", (170, 200, 130), "稀疏灌丛"),
         parent=305),
])

CROPLAND = (101, 102, 103)
FOREST = (301, 302, 305, 307)
BUILT = (501, 601, 602, 701, 702, 802, 810)
TOWN = (501, 601, 701, 802, 810, 1004)
WATER = (1101, 1103, 1104)
WETLAND = (303, 1105, 1106, 1108)
TRANSPORT = (1003, 1004, 1008)


def all_classes():
    """Land-use classes and sub-classes, one dict per value."""
    out = OrderedDict(LANDUSE)
    out.update(SUBCLASSES)
    return out


def class_table(values=None, include_subclasses=False):
    """Rows ``{value, code, name_zh, name_en, group, group_zh, group_en, rgb, ecosystem}``."""
    table = all_classes() if include_subclasses else LANDUSE
    if values is None:
        return [dict(r) for r in table.values()]
    return [dict(table[v]) for v in values if v in table]


def colour_map(include_subclasses=True):
    """``{value: (r, g, b)}``."""
    table = all_classes() if include_subclasses else LANDUSE
    return {v: r["rgb"] for v, r in table.items()}


def group_of(value):
    """First-level group code of a class value (e.g. 303 -> "00" 湿地)."""
    row = all_classes().get(int(value))
    return row["group"] if row else None
