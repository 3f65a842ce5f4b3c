"""Demo County's data containers (:class:`Region`, :class:`VectorLayer`) and fixed names.

Pure numpy. The stages of :mod:`.generate` fill one :class:`Region`; :mod:`.write` writes it.
"""
from dataclasses import dataclass, field

import numpy as np

EPSG = 4546
DEFAULT_SEED = 2020
DEFAULT_SIZE = 1000
COUNTY_NAME = ("示例县", "Demo County")
COUNTY_CODE = "469099"

TOWN_NAMES = [("城关镇", "Chengguan"), ("东山镇", "Dongshan"), ("南港镇", "Nangang"),
              ("西岭镇", "Xiling"), ("北溪镇", "Beixi"), ("龙门镇", "Longmen"),
              ("石桥镇", "Shiqiao"), ("青云镇", "Qingyun"), ("白沙镇", "Baisha"),
              ("凤岭镇", "Fengling"), ("长坡镇", "Changpo"), ("大路镇", "Dalu")]
SURNAMES = [("陈", "Chen"), ("李", "Li"), ("黄", "Huang"), ("林", "Lin"), ("王", "Wang"),
            ("吴", "Wu"), ("符", "Fu"), ("云", "Yun"), ("冯", "Feng"), ("邢", "Xing"),
            ("蔡", "Cai"), ("郑", "Zheng"), ("何", "He"), ("梁", "Liang"), ("周", "Zhou")]
VILLAGE_SUFFIX = [("家村", "jia Cun"), ("坡村", "po Cun"), ("园村", "yuan Cun"),
                  ("屋村", "wu Cun"), ("塘村", "tang Cun"), ("岭村", "ling Cun"),
                  ("田村", "tian Cun"), ("头村", "tou Cun"), ("溪村", "xi Cun"),
                  ("湾村", "wan Cun"), ("山村", "shan Cun"), ("排村", "pai Cun")]
RIVER_NAMES = [("万春河", "Wanchun He"), ("龙溪", "Long Xi"), ("南渡江", "Nandu Jiang"),
               ("石溪", "Shi Xi"), ("清水河", "Qingshui He"), ("白石溪", "Baishi Xi")]


@dataclass
class VectorLayer:
    """A vector layer as plain Python data.

    ``geometry``: "Point", "LineString" or "Polygon". ``fields``: list of (name, type) with type
    "int", "real" or "str". ``features``: list of dicts with key "geometry" (Point: (x, y);
    LineString: [(x, y), ...]; Polygon: None when the layer comes from ``labels``) and the field
    values. ``labels``: for polygon layers made from a raster, an int array (0 = none) whose value
    is the feature's ``label`` field; the writer polygonizes it.
    """
    name: str
    title_zh: str
    title_en: str
    geometry: str
    fields: list
    features: list
    labels: np.ndarray = None
    description: str = ""


@dataclass
class Region:
    """The generated county: rasters (name -> 2-D array) with metadata, and vector layers."""
    seed: int
    size: int
    cellsize: float
    x0: float            # west edge (m)
    y0: float            # north edge (m)
    epsg: int
    rasters: dict = field(default_factory=dict)
    raster_info: dict = field(default_factory=dict)
    vectors: dict = field(default_factory=dict)
    extra: dict = field(default_factory=dict)

    @property
    def shape(self):
        return (self.size, self.size)

    @property
    def geotransform(self):
        return (self.x0, self.cellsize, 0.0, self.y0, 0.0, -self.cellsize)

    def xy(self, rows, cols):
        """Cell-centre coordinates of (rows, cols)."""
        return (self.x0 + (np.asarray(cols) + 0.5) * self.cellsize,
                self.y0 - (np.asarray(rows) + 0.5) * self.cellsize)

    def add(self, name, array, zh, en, unit, nodata, classes=None, description=""):
        self.rasters[name] = array
        self.raster_info[name] = {"name": name, "title_zh": zh, "title_en": en, "unit": unit,
                                  "nodata": nodata, "classes": classes,
                                  "description": description}
