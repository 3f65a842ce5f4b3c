"""Demo County land parcels (地类图斑 DLTB) for 2010 and 2020 with the 三调 field schema.

Made from the generated region's land-use rasters, so the parcels agree with them cell for cell:
each parcel is a connected patch of one class inside one village and one block of a jittered
grid (blocks of about ``block`` cells, their edges displaced by smooth noise so that parcels do
not look like a chessboard). Villages are Voronoi cells of random seeds inside each township
(12-digit village codes under the 9-digit township codes of the townships layer). 2010 and 2020
share the villages and the block grid. Fields (三调 数据库标准): BSM, DLBM, DLMC, TBMJ, KCDLBM,
KCXS, KCMJ, TBDLMJ, ZLDWDM, ZLDWMC, GDPDJB, CZCSXM. 田坎 (KCXS) on sloping cropland by the slope
grade (2°-6° 0.05, 6°-15° 0.10, 15°-25° 0.15, > 25° 0.20: illustrative coefficients, each county
measures its own); GDPDJB 耕地坡度级别 1-5 (≤ 2°, 2-6°, 6-15°, 15-25°, > 25°) from the mean slope.

Uses numpy/scipy for the parcels and osgeo (gdal/ogr) to read the region and write the layers.
Call :func:`write_dltb` on a written region folder (the demo step does; ``write.py`` need not).
"""
import os

import numpy as np
from scipy import ndimage
from scipy.spatial import cKDTree

from ..core import landuse_codes as L

SLOPE_BREAKS = (2.0, 6.0, 15.0, 25.0)
KCXS_BY_GRADE = {1: 0.0, 2: 0.05, 3: 0.10, 4: 0.15, 5: 0.20}
CZCSXM = {501: "202", 601: "202", 701: "202", 802: "202", 810: "202", 1004: "202",
          702: "203", 602: "204"}
FIELDS = [("BSM", "str"), ("DLBM", "str"), ("DLMC", "str"), ("TBMJ", "real"), ("KCDLBM", "str"),
          ("KCXS", "real"), ("KCMJ", "real"), ("TBDLMJ", "real"), ("ZLDWDM", "str"), ("ZLDWMC", "str"),
          ("GDPDJB", "str"), ("CZCSXM", "str")]
VILLAGE_NAMES = ["陈家", "李坡", "黄园", "林屋", "王塘", "吴岭", "符田", "云头", "冯溪", "邢湾",
                 "蔡山", "郑排", "何家", "梁坡", "周园", "上村", "下村", "新村", "东岭", "西岭"]


def villages(townships, seed, per_km2=0.08, cellsize=30.0):
    """Village labels (1..n, 0 outside) and rows ``(label, township label, index in township)``."""
    rng = np.random.default_rng(seed + 13)
    out = np.zeros(townships.shape, np.int32)
    rows = []
    rr, cc = np.indices(townships.shape)
    for t in sorted(set(np.unique(townships).tolist()) - {0}):
        m = townships == t
        cells = np.flatnonzero(m)
        n = max(2, int(round(cells.size * cellsize * cellsize / 1e6 * per_km2)))
        n = min(n, 60, cells.size)
        pick = rng.choice(cells, size=n, replace=False)
        tree = cKDTree(np.column_stack([rr.ravel()[pick], cc.ravel()[pick]]))
        _, idx = tree.query(np.column_stack([rr[m], cc[m]]))
        base = len(rows)
        out[m] = base + 1 + idx
        rows.extend((base + 1 + i, t, i + 1) for i in range(n))
    return out, rows


def jittered_blocks(shape, block, seed):
    """Block ids of a grid of ``block`` cells whose edges wander by smooth noise."""
    rng = np.random.default_rng(seed + 7)
    amp = block * 0.35
    nr, nc = shape
    jr = ndimage.gaussian_filter(rng.standard_normal(shape), block / 2.0)
    jc = ndimage.gaussian_filter(rng.standard_normal(shape), block / 2.0)
    jr *= amp / max(jr.std(), 1e-9)
    jc *= amp / max(jc.std(), 1e-9)
    rr, cc = np.indices(shape)
    br = np.floor((rr + jr) / block).astype(np.int64) + 2
    bc = np.floor((cc + jc) / block).astype(np.int64) + 2
    return br * (nc // block + 8) + bc


def parcel_labels(landuse, village, blocks):
    """Parcels: connected (4-neighbour) patches of equal (class, village, block); 0 = none."""
    valid = (landuse > 0) & (village > 0)
    key = (landuse.astype(np.int64) * 100000 + village) * 10_000_000 + blocks
    key = np.where(valid, key, -1)
    labels = np.zeros(landuse.shape, np.int32)
    # patches of a key: a cell joins its right / lower neighbour when keys are equal
    uniq, inv = np.unique(key, return_inverse=True)
    inv = inv.reshape(key.shape)
    same_r = np.zeros_like(valid)
    same_r[:, :-1] = (inv[:, :-1] == inv[:, 1:]) & valid[:, :-1]
    same_d = np.zeros_like(valid)
    same_d[:-1, :] = (inv[:-1, :] == inv[1:, :]) & valid[:-1, :]
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    n = key.size
    idx = np.arange(n).reshape(key.shape)
    a = np.concatenate([idx[same_r], idx[same_d]])
    b = np.concatenate([idx[:, 1:][same_r[:, :-1]], idx[1:, :][same_d[:-1, :]]])
    graph = coo_matrix((np.ones(a.size, np.int8), (a, b)), shape=(n, n))
    _, comp = connected_components(graph, directed=False)
    comp = comp.reshape(key.shape)
    ids = np.unique(comp[valid])
    remap = np.zeros(comp.max() + 1, np.int32)
    remap[ids] = np.arange(1, ids.size + 1)
    labels[valid] = remap[comp[valid]]
    return labels


def slope_grade(slope):
    return 1 + np.searchsorted(np.asarray(SLOPE_BREAKS), slope, side="right")


def parcel_rows(labels, landuse, village, slope, village_rows, town_codes, cellsize, year):
    """Attribute rows per parcel label (geometry areas from the cell counts)."""
    n = int(labels.max())
    flat = labels.ravel()
    count = np.bincount(flat, minlength=n + 1)
    first = np.full(n + 1, -1, np.int64)
    order = np.argsort(flat, kind="stable")
    starts = np.searchsorted(flat[order], np.arange(n + 1))
    first[1:] = order[starts[1:]]
    mean_slope = np.bincount(flat, weights=slope.ravel(), minlength=n + 1) / np.maximum(count, 1)
    lu_of = landuse.ravel()[first[1:]]
    vil_of = village.ravel()[first[1:]]
    vinfo = {v: (t, i) for v, t, i in village_rows}
    rows = []
    for k in range(1, n + 1):
        v = int(lu_of[k - 1])
        code = L.VALUE_CODE[v]
        tbmj = round(float(count[k]) * cellsize * cellsize, 2)
        t, i = vinfo[int(vil_of[k - 1])]
        grade = int(slope_grade(mean_slope[k]))
        crop = v in (101, 102, 103)
        kcxs = KCXS_BY_GRADE[grade] if crop else 0.0
        kcmj = round(tbmj * kcxs, 2)
        rows.append({"label": k, "BSM": "{}{:08d}".format(year, k), "DLBM": code,
                     "DLMC": L.CLASSES[code]["name"], "TBMJ": tbmj,
                     "KCDLBM": "1203" if kcxs > 0 else None, "KCXS": kcxs, "KCMJ": kcmj,
                     "TBDLMJ": round(tbmj - kcmj, 2),
                     "ZLDWDM": "{}{:03d}0000000".format(town_codes[t], i),
                     "ZLDWMC": "{}村委会".format(VILLAGE_NAMES[(i - 1) % len(VILLAGE_NAMES)]
                                              + ("" if i <= len(VILLAGE_NAMES) else str(i))),
                     "GDPDJB": str(grade) if crop else None, "CZCSXM": CZCSXM.get(v)})
    return rows


def write_dltb(region_dir, years=(2010, 2020), block=12, seed=2020, gpkg=None):
    """Write layers ``dltb_<year>`` into ``gpkg`` (default ``region_dir/demo_county.gpkg``).

    Reads ``landuse_<year>.tif``, ``dem.tif`` and the ``townships`` layer of the region folder.
    Returns ``{year: (gpkg path, layer name, parcel count)}``.
    """
    from osgeo import gdal, ogr

    from ..core import hydrology as hy

    gdal.UseExceptions()
    gpkg = gpkg or os.path.join(region_dir, "demo_county.gpkg")
    ref = gdal.Open(os.path.join(region_dir, "landuse_{}.tif".format(years[-1])))
    gt, wkt = ref.GetGeoTransform(), ref.GetProjection()
    cs = abs(gt[1])
    shape = (ref.RasterYSize, ref.RasterXSize)
    dem = gdal.Open(os.path.join(region_dir, "dem.tif")).ReadAsArray().astype(np.float64)
    slope = np.nan_to_num(hy.slope_aspect(dem, cellsize=cs)[0])
    # townships raster from the layer, codes by label
    ds = ogr.Open(gpkg)
    tl = ds.GetLayerByName("townships")
    mem = gdal.GetDriverByName("MEM").Create("", shape[1], shape[0], 1, gdal.GDT_Int32)
    mem.SetGeoTransform(gt)
    mem.SetProjection(wkt)
    gdal.RasterizeLayer(mem, [1], tl, options=["ATTRIBUTE=label"])
    townships = mem.GetRasterBand(1).ReadAsArray()
    town_codes = {f.GetField("label"): f.GetField("code") for f in tl}
    ds = None
    # land outside every township (mangroves, tidal flats seaward of the township polygons) joins
    # the nearest township, as the 三调 assigns every parcel a 座落单位
    lu_last = ref.ReadAsArray()
    _, (ir, ic) = ndimage.distance_transform_edt(townships == 0, return_indices=True)
    townships = np.where((townships == 0) & (lu_last > 0), townships[ir, ic], townships)
    village, vrows = villages(townships, seed, cellsize=cs)
    blocks = jittered_blocks(shape, block, seed)
    out = {}
    ds = ogr.Open(gpkg, 1)
    srs = ds.GetLayerByName("townships").GetSpatialRef()
    for year in years:
        lu = gdal.Open(os.path.join(region_dir, "landuse_{}.tif".format(year))).ReadAsArray()
        labels = parcel_labels(lu, village, blocks)
        rows = parcel_rows(labels, lu, village, slope, vrows, town_codes, cs, year)
        name = "dltb_{}".format(year)
        if ds.GetLayerByName(name) is not None:
            ds.DeleteLayer(name)
        lyr = ds.CreateLayer(name, srs, ogr.wkbMultiPolygon,
                             ["IDENTIFIER=地类图斑 {} DLTB".format(year),
                              "DESCRIPTION=Demo County land parcels {} (fictitious, 三调 field schema)".format(year)])
        types = {"str": ogr.OFTString, "real": ogr.OFTReal}
        for fname, typ in FIELDS:
            lyr.CreateField(ogr.FieldDefn(fname, types[typ]))
        lab = gdal.GetDriverByName("MEM").Create("", shape[1], shape[0], 1, gdal.GDT_Int32)
        lab.SetGeoTransform(gt)
        lab.SetProjection(wkt)
        lab.GetRasterBand(1).WriteArray(labels)
        msk = gdal.GetDriverByName("MEM").Create("", shape[1], shape[0], 1, gdal.GDT_Byte)
        msk.GetRasterBand(1).WriteArray((labels > 0).astype(np.uint8))
        tmp_ds = ogr.GetDriverByName("Memory").CreateDataSource("t")
        tmp = tmp_ds.CreateLayer("t", srs, ogr.wkbPolygon)
        tmp.CreateField(ogr.FieldDefn("label", ogr.OFTInteger))
        gdal.Polygonize(lab.GetRasterBand(1), msk.GetRasterBand(1), tmp, 0, [])
        parts = {}
        for f in tmp:
            parts.setdefault(f.GetField(0), []).append(f.GetGeometryRef().Clone())
        lyr.StartTransaction()
        defn = lyr.GetLayerDefn()
        # field indexes looked up once: by name, SetField searches the fields in Python on every call
        index = [(fname, defn.GetFieldIndex(fname)) for fname, _ in FIELDS]
        for row in rows:
            mp = ogr.Geometry(ogr.wkbMultiPolygon)
            for p in parts.get(row["label"], []):
                mp.AddGeometry(p)
            feat = ogr.Feature(defn)
            feat.SetGeometry(mp)
            for fname, i in index:
                if row[fname] is not None:
                    feat.SetField(i, row[fname])
            lyr.CreateFeature(feat)
        lyr.CommitTransaction()
        out[year] = (gpkg, name, len(rows))
    ds = None
    return out
