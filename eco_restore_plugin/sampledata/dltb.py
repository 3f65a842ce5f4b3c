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
from functools import partial

import numpy as np
from scipy import ndimage
from scipy.spatial import cKDTree

from ..core import landuse_codes as L
from ._helpers import _in_threads

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
        _, idx = tree.query(np.column_stack([rr[m], cc[m]]), workers=2)
        base = len(rows)
        out[m] = base + 1 + idx
        rows.extend((base + 1 + i, t, i + 1) for i in range(n))
    return out, rows


def jittered_blocks(shape, block, seed):
    """Block ids of a grid of ``block`` cells whose edges wander by smooth noise."""
    rng = np.random.default_rng(seed + 7)
    amp = block * 0.35
    nr, nc = shape
    noise_r = rng.standard_normal(shape)
    noise_c = rng.standard_normal(shape)
    jr, jc = _in_threads(partial(ndimage.gaussian_filter, noise_r, block / 2.0),
                         partial(ndimage.gaussian_filter, noise_c, block / 2.0))
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


def village_name(i):
    """坐落单位名称 of the ``i``-th village of a township (names repeat with a number after 20)."""
    return "{}村委会".format(VILLAGE_NAMES[(i - 1) % len(VILLAGE_NAMES)] + ("" if i <= len(VILLAGE_NAMES) else str(i)))


def parcel_columns(labels, landuse, village, slope, village_rows, town_codes, cellsize, year):
    """The attribute columns of :data:`FIELDS` per parcel label 1..n, as lists in label order (None =
    NULL); areas from the cell counts, rounded to 0.01 m² as Python's ``round`` does."""
    n = int(labels.max())
    flat = labels.ravel()
    count = np.bincount(flat, minlength=n + 1)[1:]
    order = np.argsort(flat, kind="stable")
    starts = np.searchsorted(flat[order], np.arange(1, n + 1))
    first = order[starts]                                   # a cell of each parcel
    mean_slope = (np.bincount(flat, weights=slope.ravel(), minlength=n + 1)[1:] / np.maximum(count, 1))
    lu_of = landuse.ravel()[first].tolist()
    vil_of = village.ravel()[first].tolist()
    grade = slope_grade(mean_slope).tolist()
    vinfo = {v: ("{}{:03d}0000000".format(town_codes[t], i), village_name(i)) for v, t, i in village_rows}
    crop = [v in (101, 102, 103) for v in lu_of]
    tbmj = [round(c * cellsize * cellsize, 2) for c in count.astype(np.float64).tolist()]
    kcxs = [KCXS_BY_GRADE[g] if c else 0.0 for g, c in zip(grade, crop)]
    kcmj = [round(t * k, 2) for t, k in zip(tbmj, kcxs)]
    codes = [L.VALUE_CODE[v] for v in lu_of]
    return {"label": list(range(1, n + 1)),
            "BSM": ["{}{:08d}".format(year, k) for k in range(1, n + 1)],
            "DLBM": codes, "DLMC": [L.CLASSES[c]["name"] for c in codes], "TBMJ": tbmj,
            "KCDLBM": ["1203" if k > 0 else None for k in kcxs], "KCXS": kcxs, "KCMJ": kcmj,
            "TBDLMJ": [round(t - k, 2) for t, k in zip(tbmj, kcmj)],
            "ZLDWDM": [vinfo[v][0] for v in vil_of], "ZLDWMC": [vinfo[v][1] for v in vil_of],
            "GDPDJB": [str(g) if c else None for g, c in zip(grade, crop)],
            "CZCSXM": [CZCSXM.get(v) for v in lu_of]}


def _write_parcels(gpkg, name, labels, columns, gt, wkt, srs, meta):
    """Layer ``name`` of ``gpkg``: one MultiPolygon per parcel label in label order (fid = label), the
    attribute ``columns``. GDAL's polygonizer (4-connected, so one polygon per parcel) writes the
    polygons and sqlite3 the attributes into a scratch GeoPackage beside ``gpkg``; one SQL join in
    GDAL copies them into the layer: no Python loop over features. The scratch file is removed."""
    import shutil
    import sqlite3
    import tempfile

    from osgeo import gdal, ogr

    shape = labels.shape
    scratch_dir = tempfile.mkdtemp(prefix="dltb_", dir=os.path.dirname(os.path.abspath(gpkg)))
    try:
        scratch = os.path.join(scratch_dir, "parcels.gpkg")
        lab = gdal.GetDriverByName("MEM").Create("", shape[1], shape[0], 1, gdal.GDT_Int32)
        lab.SetGeoTransform(gt)
        lab.SetProjection(wkt)
        lab.GetRasterBand(1).WriteArray(labels)
        msk = gdal.GetDriverByName("MEM").Create("", shape[1], shape[0], 1, gdal.GDT_Byte)
        msk.GetRasterBand(1).WriteArray((labels > 0).astype(np.uint8))
        src = ogr.GetDriverByName("GPKG").CreateDataSource(scratch)
        tmp = src.CreateLayer("polygons", srs, ogr.wkbPolygon, ["SPATIAL_INDEX=NO"])
        tmp.CreateField(ogr.FieldDefn("label", ogr.OFTInteger))
        tmp.StartTransaction()
        gdal.Polygonize(lab.GetRasterBand(1), msk.GetRasterBand(1), tmp, 0, [])
        tmp.CommitTransaction()
        tmp = lab = msk = None
        src = None                      # closed after its layer: the GeoPackage is complete on disk
        types = {"str": "TEXT", "real": "REAL"}
        keys = ["label"] + [f for f, _ in FIELDS]
        con = sqlite3.connect(scratch)
        try:
            con.execute("CREATE TABLE attributes (label INTEGER PRIMARY KEY, {})".format(
                ", ".join("{} {}".format(f, types[t]) for f, t in FIELDS)))
            con.executemany("INSERT INTO attributes VALUES ({})".format(", ".join("?" * len(keys))),
                            zip(*(columns[k] for k in keys)))
            con.commit()
        finally:
            con.close()
        sql = ("SELECT {}, p.geom FROM polygons p JOIN attributes a ON a.label = p.label "
               "ORDER BY a.label").format(", ".join("a." + f for f, _ in FIELDS))
        dst = gdal.OpenEx(gpkg, gdal.OF_VECTOR | gdal.OF_UPDATE)
        if dst.GetLayerByName(name) is not None:
            dst.DeleteLayer(name)
        gdal.VectorTranslate(dst, scratch, SQLStatement=sql, layerName=name, geometryType="MULTIPOLYGON",
                             layerCreationOptions=meta)
        count = dst.GetLayerByName(name).GetFeatureCount()
        dst = None
    finally:
        shutil.rmtree(scratch_dir, ignore_errors=True)
    if count != len(columns["label"]):
        raise RuntimeError("{}: {} polygons for {} parcels".format(name, count, len(columns["label"])))


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
    srs = tl.GetSpatialRef().Clone()
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
    for year in years:
        lu = gdal.Open(os.path.join(region_dir, "landuse_{}.tif".format(year))).ReadAsArray()
        labels = parcel_labels(lu, village, blocks)
        columns = parcel_columns(labels, lu, village, slope, vrows, town_codes, cs, year)
        name = "dltb_{}".format(year)
        _write_parcels(gpkg, name, labels, columns, gt, wkt, srs,
                       ["IDENTIFIER=地类图斑 {} DLTB".format(year),
                        "DESCRIPTION=Demo County land parcels {} (fictitious, 三调 field schema)".format(year)])
        out[year] = (gpkg, name, len(columns["label"]))
    return out
