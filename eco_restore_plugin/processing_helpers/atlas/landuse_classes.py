"""Land-use and ecosystem legends of the atlas: 三调 codes to first-level groups, reclassified rasters."""
import os
import tempfile
import uuid

import numpy as np
from ...core.indicator_basis import WETLAND_SANDIAO
from qgis.core import QgsPalettedRasterRenderer
from qgis.PyQt.QtGui import QColor


#: 三调 first-level classes (GB/T 21010-2017 with the 三调 湿地 class) for the land-use map:
#: (label, colour); labels are map content, Chinese like the map titles. Codes are read as in Demo County:
#: 101 = 0101, 1101 = 1101, 30101 = 0301 + 01.
LANDUSE_GROUPS = [
    ("湿地", "#7fc8c3"),
    ("耕地", "#f5e66e"),
    ("种植园用地", "#e9a6c8"),
    ("林地", "#2e8b3e"),
    ("草地", "#b5d77c"),
    ("城镇村及工矿用地", "#e8604c"),
    ("交通运输用地", "#9a9a9a"),
    ("水域及水利设施用地", "#4a90d9"),
    ("其他土地", "#d8c9a3"),
]

#: Ecosystem types (生态系统类型, first level of the national ecosystem classification).
ECOSYSTEM_TYPES = [
    ("森林生态系统", "#1f7a35"),
    ("灌丛生态系统", "#8cbf5a"),
    ("草地生态系统", "#c6df8a"),
    ("湿地生态系统", "#3d9ad1"),
    ("农田生态系统", "#f4dc6b"),
    ("城镇生态系统", "#e0584a"),
    ("荒漠与裸地", "#d9cbb0"),
]

WETLAND_CODES = set(WETLAND_SANDIAO)  # the plugin's one wetland definition (core.indicator_basis)


def landuse_code_parts(codes):
    """(first-level group, second-level code) of 三调 codes as integers (0101 -> 1, 101; 30101 -> 3, 301)."""
    codes = np.asarray(codes, dtype=np.int64)
    second = np.where(codes >= 10000, codes // 100, codes)
    return second // 100, second


def landuse_to_groups(codes):
    """三调 land-use codes -> index into :data:`LANDUSE_GROUPS` (1-based; 0 = unknown/nodata).

    GB/T 21010-2017 first-level classes; the 三调 湿地 class takes 0303, 0304, 0306, 0402, 0603,
    1105, 1106, 1108 (第三次全国国土调查工作分类).
    """
    group, second = landuse_code_parts(codes)
    out = np.zeros(group.shape, np.uint8)
    table = {1: 2, 2: 3, 3: 4, 4: 5, 5: 6, 6: 6, 7: 6, 8: 6, 9: 6, 10: 7, 11: 8, 12: 9}
    for g, k in table.items():
        out[group == g] = k
    out[np.isin(second, list(WETLAND_CODES))] = 1
    out[np.asarray(codes) <= 0] = 0
    return out


def landuse_to_ecosystems(codes):
    """三调 land-use codes -> index into :data:`ECOSYSTEM_TYPES` (1-based; 0 = unknown/nodata).

    The first level of the national ecosystem classification (全国生态状况遥感调查评估: 森林, 灌丛,
    草地, 湿地, 农田, 城镇, 荒漠/裸地) from the 三调 classes: 林地 without 灌木林地 (0305) -> forest,
    0305 -> shrubland, 草地 -> grassland, 湿地 and 水域 -> wetland, 耕地 and 种植园 -> farmland,
    建设用地 and 交通 -> urban, 其他土地 -> bare land.
    """
    group, second = landuse_code_parts(codes)
    out = np.zeros(group.shape, np.uint8)
    out[group == 3] = 1
    out[second == 305] = 2
    out[group == 4] = 3
    out[group == 11] = 4
    out[(group == 1) | (group == 2)] = 5
    out[(group >= 5) & (group <= 10)] = 6
    out[group == 12] = 7
    out[np.isin(second, list(WETLAND_CODES))] = 4
    out[np.asarray(codes) <= 0] = 0
    return out


def reclassified_layer(src_path, kind, name, folder=None):
    """A styled raster layer of ``src_path`` reclassified to land-use groups or ecosystem types.

    Written to a temporary GeoTIFF in ``folder`` (default: the system temp folder); the source is
    only read. ``kind`` is 'landuse' or 'ecosystem'. Returns (layer, path) or (None, None).
    """
    from osgeo import gdal
    from qgis.core import QgsRasterLayer

    classes = LANDUSE_GROUPS if kind == "landuse" else ECOSYSTEM_TYPES
    func = landuse_to_groups if kind == "landuse" else landuse_to_ecosystems
    ds = gdal.Open(src_path)
    if ds is None:
        return None, None
    band = ds.GetRasterBand(1)
    nodata = band.GetNoDataValue()
    folder = folder or tempfile.gettempdir()
    path = os.path.join(folder, "atlas_{}_{}.tif".format(kind, uuid.uuid4().hex[:8]))
    drv = gdal.GetDriverByName("GTiff")
    out = drv.Create(path, ds.RasterXSize, ds.RasterYSize, 1, gdal.GDT_Byte, ["COMPRESS=DEFLATE"])
    out.SetGeoTransform(ds.GetGeoTransform())
    out.SetProjection(ds.GetProjection())
    ob = out.GetRasterBand(1)
    ob.SetNoDataValue(0)
    present = set()
    step = 512
    for row in range(0, ds.RasterYSize, step):
        n = min(step, ds.RasterYSize - row)
        arr = band.ReadAsArray(0, row, ds.RasterXSize, n)
        if nodata is not None:
            arr = np.where(arr == nodata, 0, arr)
        cls = func(arr)
        present.update(np.unique(cls).tolist())
        ob.WriteArray(cls, 0, row)
    ob = None
    out = None
    ds = None
    lyr = QgsRasterLayer(path, name, "gdal")
    if not lyr.isValid():
        return None, None
    items = [QgsPalettedRasterRenderer.Class(i + 1, QColor(color), label)
             for i, (label, color) in enumerate(classes) if (i + 1) in present]
    lyr.setRenderer(QgsPalettedRasterRenderer(lyr.dataProvider(), 1, items))
    return lyr, path
