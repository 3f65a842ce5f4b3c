"""The planning indicator catalogue (目标指标): stages, dimensions, types, rules, and the default
indicators with their sources.
"""

from dataclasses import asdict, dataclass, field

__all__ = [
    "BASE_YEAR", "STAGES", "DIMENSIONS", "TYPES", "DIRECTIONS", "RULES", "PERCENT_UNITS",
    "Indicator", "default_indicators",
]


BASE_YEAR = "2020"


STAGES = ("2025", "2030", "2035")


#: dimension key -> (Chinese, English). Order is the plan's order.
DIMENSIONS = {
    "security": ("国土空间安全优质", "Safe, high-quality territorial space"),
    "health": ("生态系统健康有序", "Healthy, orderly ecosystems"),
    "harmony": ("人与自然和谐共生", "Harmony between people and nature"),
    "landscape": ("景观风貌美丽宜人", "Beautiful, pleasant landscapes"),
}


#: indicator type key -> (Chinese, English).
TYPES = {"binding": ("约束性", "Binding"), "expected": ("预期性", "Expected")}


#: direction key -> (Chinese, English).
DIRECTIONS = {"higher": ("越高越好", "Higher is better"), "lower": ("越低越好", "Lower is better")}


#: base-value rules computed from layers (algorithm ``indicatorbasevalues``): rule -> (zh, en, unit).
RULES = {
    "forest_coverage": ("森林覆盖率", "Forest coverage", "%"),
    "wetland_protection": ("湿地保护率", "Wetland protection rate", "%"),
    "natural_shoreline": ("大陆自然岸线保有率", "Natural shoreline ratio", "%"),
    "red_line_area": ("生态保护红线面积", "Ecological protection red line area", "km²"),
    "restoration_area": ("生态保护修复面积", "Ecological restoration area", "hm²"),
    "forest_land": ("林地保有量", "Forest land area", "hm²"),
    "wetland_area": ("湿地面积", "Wetland area", "hm²"),
    "soil_conservation": ("水土保持率", "Soil and water conservation rate", "%"),
    "island_natural_shoreline": ("海岛自然岸线保有率", "Natural island shoreline ratio", "%"),
    "mangrove_area": ("红树林面积", "Mangrove area", "hm²"),
    "coast_restored_length": ("整治修复海岸线长度", "Coastline restored", "km"),
}


PERCENT_UNITS = ("%", "％")


@dataclass
class Indicator:
    """One indicator row of the target system.

    ``base`` is the 2020 value, ``targets`` / ``upper`` map a stage ("2025", "2030", "2035") to a
    value (None = not given); ``upper`` holds upper-level targets (上级下达). ``rule`` names a
    :data:`RULES` entry when the base value can be computed from layers; ``computed`` records how it
    was (``{"layer": ..., "date": ..., "rule": ...}``) or is None when the value was typed in.
    """

    key: str
    name_zh: str
    name_en: str = ""
    unit: str = ""
    dimension: str = "health"
    type: str = "expected"
    basis: str = ""
    source: str = ""
    department: str = ""
    base: object = None
    targets: dict = field(default_factory=dict)
    direction: str = "higher"
    upper: dict = field(default_factory=dict)
    rule: str = ""
    computed: object = None
    note: str = ""

    @property
    def is_percent(self):
        return self.unit.strip() in PERCENT_UNITS

    def to_dict(self):
        d = asdict(self)
        d["targets"] = {s: self.targets.get(s) for s in STAGES}
        d["upper"] = {s: self.upper.get(s) for s in STAGES}
        return d

    @classmethod
    def from_dict(cls, d):
        known = {f for f in cls.__dataclass_fields__}
        kw = {k: v for k, v in dict(d).items() if k in known}
        kw["targets"] = {str(k): v for k, v in (kw.get("targets") or {}).items()}
        kw["upper"] = {str(k): v for k, v in (kw.get("upper") or {}).items()}
        return cls(**kw)


def _ind(key, zh, en, unit, dim, typ, basis, source, dept, rule="", direction="higher"):
    return Indicator(key=key, name_zh=zh, name_en=en, unit=unit, dimension=dim, type=typ,
                     basis=basis, source=source, department=dept, rule=rule, direction=direction)


def default_indicators():
    """The default indicator set (METHODS.md §5, "typical indicators (not verified against the official text)"), without values.

    Values are region-specific: the user types them in or computes the rule-based ones. The
    dimension each indicator sits in follows common provincial plans and is editable.
    """
    return [
        _ind("red_line_area", "生态保护红线面积", "Ecological protection red line area", "km²",
             "security", "binding", "划定并经批准的生态保护红线范围面积", "生态保护红线划定成果",
             "自然资源主管部门", rule="red_line_area"),
        _ind("natural_shoreline", "大陆自然岸线保有率", "Natural mainland shoreline ratio", "%",
             "security", "binding", "自然岸线长度 / 大陆岸线总长度", "海岸线修测成果",
             "自然资源（海洋）主管部门", rule="natural_shoreline"),
        _ind("island_shoreline", "海岛自然岸线保有率", "Natural island shoreline ratio", "%",
             "security", "expected", "（海岛自然岸线＋整治修复后具有自然形态和生态功能的岸线）长度 / 海岛岸线总长度",
             "海岸线修测成果、海岛监视监测", "自然资源（海洋）主管部门", rule="island_natural_shoreline"),
        _ind("farmland", "耕地保有量", "Cultivated land to be kept", "万亩", "security", "binding",
             "国土变更调查耕地面积", "国土变更调查", "自然资源主管部门"),
        _ind("basic_farmland", "永久基本农田保护面积", "Permanent basic farmland protected", "万亩",
             "security", "binding", "划定的永久基本农田面积", "永久基本农田划定成果", "自然资源主管部门"),
        _ind("forest_coverage", "森林覆盖率", "Forest coverage", "%", "health", "expected",
             "（乔木林地＋竹林地＋红树林地＋森林沼泽＋国家特别规定灌木林地＋省级认定计入的经济林园地）面积／"
             "国土面积×100%（林业口径；上级规划下达为约束性时改为约束性）", "国土三调、林草生态综合监测",
             "林业主管部门", rule="forest_coverage"),
        _ind("forest_land", "林地保有量", "Forest land area", "hm²", "security", "binding",
             "三调林地（0301-0307）面积", "国土三调及年度变更调查", "林业主管部门", rule="forest_land"),
        _ind("wetland_area", "湿地面积", "Wetland area", "hm²", "health", "expected",
             "三调湿地（0303、0304、0306、0402、0603、1105、1106、1108）面积", "国土三调及年度变更调查",
             "林业主管部门", rule="wetland_area"),
        _ind("forest_stock", "森林蓄积量", "Forest growing stock", "亿 m³", "health", "expected",
             "森林资源连续清查", "林草年度监测", "林业主管部门"),
        _ind("wetland_protection", "湿地保护率", "Wetland protection rate", "%", "health", "expected",
             "受保护湿地面积（自然保护地、湿地公园、湿地保护小区、重要湿地的并集内）/ 湿地面积",
             "国土三调、自然保护地名录、重要湿地名录", "林业主管部门",
             rule="wetland_protection"),
        _ind("soil_conservation", "水土保持率", "Soil and water conservation rate", "%", "health",
             "expected", "（国土面积－轻度及以上水土流失面积）/ 国土面积（SL 190-2007 容许土壤流失量）",
             "水土流失动态监测；RUSLE 土壤侵蚀模数", "水行政主管部门", rule="soil_conservation"),
        _ind("protected_area_share", "自然保护地面积占比", "Share of protected areas", "%", "health",
             "expected", "自然保护地面积 / 国土面积", "自然保护地整合优化成果", "林业主管部门"),
        _ind("erosion_control", "新增水土流失综合治理面积", "New soil-erosion control area", "km²",
             "harmony", "expected", "规划期累计", "水土保持规划", "水行政主管部门"),
        _ind("mine_restoration", "历史遗留矿山生态修复面积", "Abandoned mines restored", "hm²",
             "harmony", "expected", "规划期累计", "历史遗留矿山核查成果", "自然资源主管部门"),
        _ind("new_farmland", "新增耕地面积", "New cultivated land", "万亩", "harmony", "expected",
             "规划期累计", "土地综合整治项目", "自然资源主管部门"),
        _ind("high_standard_farmland", "高标准农田建设面积", "High-standard farmland built", "万亩",
             "harmony", "expected", "规划期累计", "高标准农田建设规划", "农业农村主管部门"),
        _ind("restoration_area", "生态保护修复面积", "Ecological restoration area", "hm²", "harmony",
             "expected", "修复分区与项目库中的修复面积", "生态修复分区成果", "自然资源主管部门",
             rule="restoration_area"),
        _ind("mangrove_area", "红树林面积", "Mangrove area", "hm²", "health", "expected",
             "三调 0303 红树林地面积", "国土三调及年度变更调查、红树林资源监测", "林业主管部门", rule="mangrove_area"),
        _ind("mangrove", "红树林营造修复面积", "Mangrove planted and restored", "hm²", "landscape",
             "expected", "规划期累计", "红树林保护修复专项规划", "林业主管部门"),
        _ind("coast_restored", "整治修复海岸线长度", "Coastline restored", "km", "landscape",
             "expected", "规划期累计", "海岸带保护修复工程", "自然资源（海洋）主管部门",
             rule="coast_restored_length"),
    ]


#: fields of the indicator table (``eco_indicators`` in planning.gpkg, written by the targets dialog):
#: (name, kind) with kind "int", "str" or "real"; ``t<stage>`` / ``upper<stage>`` hold the staged targets.
TABLE_FIELDS = (("position", "int"), ("key", "str"), ("name_zh", "str"), ("name_en", "str"),
                ("unit", "str"), ("dimension", "str"), ("type", "str"), ("basis", "str"),
                ("source", "str"), ("department", "str"), ("direction", "str"), ("base", "real"),
                ("t2025", "real"), ("t2030", "real"), ("t2035", "real"), ("upper2025", "real"),
                ("upper2030", "real"), ("upper2035", "real"), ("rule", "str"), ("computed", "str"),
                ("note", "str"))


def indicators_from_table(rows):
    """Indicators from rows of the indicator table (dicts ``{field: value or None}``, fields of
    :data:`TABLE_FIELDS`; missing fields count as empty), in the order of their ``position``."""
    import json

    out = []
    for row in rows:
        d = {name: row.get(name) for name, _ in TABLE_FIELDS}
        d["targets"] = {s: d.pop("t" + s) for s in STAGES}
        d["upper"] = {s: d.pop("upper" + s) for s in STAGES}
        d["computed"] = json.loads(d["computed"]) if d["computed"] else None
        for k in ("name_en", "unit", "basis", "source", "department", "rule", "note"):
            d[k] = d[k] or ""
        for k in ("dimension", "type", "direction"):
            if not d[k]:
                d.pop(k)
        out.append((d.pop("position") or 0, len(out), d))
    return [Indicator.from_dict(d) for _, _, d in sorted(out, key=lambda t: (t[0], t[1]))]
