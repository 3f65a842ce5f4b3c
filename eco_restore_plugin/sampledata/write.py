"""Writer of Demo County: GeoTIFFs, the GeoPackage ``demo_county.gpkg``, a catalog and an overview.

Uses ``osgeo`` (gdal, ogr, osr) only, no qgis. :func:`write_region` writes every raster of a
:class:`~.generate.Region` as a tiled, DEFLATE-compressed GeoTIFF with nodata and band description,
every vector layer into one GeoPackage (polygon layers polygonized from their label rasters with
``gdal.Polygonize``), ``catalog.json`` describing every layer (names, unit, class table) and
``overview.png`` (land use 2020 with the class colours over a hillshade).
"""
import json
import os
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from osgeo import gdal, ogr, osr

from ..core import hydrology as hy
from . import classes as C

gdal.UseExceptions()
ogr.UseExceptions()

GPKG_NAME = "demo_county.gpkg"
_GDT = {np.dtype(np.uint8): gdal.GDT_Byte, np.dtype(np.uint16): gdal.GDT_UInt16,
        np.dtype(np.int16): gdal.GDT_Int16, np.dtype(np.uint32): gdal.GDT_UInt32,
        np.dtype(np.int32): gdal.GDT_Int32, np.dtype(np.float32): gdal.GDT_Float32,
        np.dtype(np.float64): gdal.GDT_Float64}
_OGR_TYPE = {"int": ogr.OFTInteger, "real": ogr.OFTReal, "str": ogr.OFTString}
_GEOM = {"Point": ogr.wkbPoint, "LineString": ogr.wkbLineString, "Polygon": ogr.wkbMultiPolygon}


def srs_of(region):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(region.epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _write_tif(path, array, region, info):
    array = np.asarray(array)
    if array.dtype not in _GDT:
        array = array.astype(np.float32)
    rows, cols = array.shape
    drv = gdal.GetDriverByName("GTiff")
    ds = drv.Create(path, cols, rows, 1, _GDT[array.dtype],
                    ["TILED=YES", "COMPRESS=DEFLATE", "BLOCKXSIZE=256", "BLOCKYSIZE=256",
                     "PREDICTOR={}".format(3 if array.dtype.kind == "f" else 2)])
    ds.SetGeoTransform(region.geotransform)
    ds.SetProjection(srs_of(region).ExportToWkt())
    band = ds.GetRasterBand(1)
    if info.get("nodata") is not None:
        band.SetNoDataValue(float(info["nodata"]))
    band.SetDescription("{} {} ({})".format(info["title_zh"], info["title_en"], info["unit"]))
    band.SetUnitType(info["unit"])
    ds.SetMetadata({"TITLE_ZH": info["title_zh"], "TITLE_EN": info["title_en"],
                    "UNIT": info["unit"], "SOURCE": "Eco-Restore Demo County (fictitious), seed "
                    "{}".format(region.seed)})
    band.WriteArray(array)
    classes = info.get("classes")
    if classes:
        rat = gdal.RasterAttributeTable()
        for name, typ, use in (("value", gdal.GFT_Integer, gdal.GFU_MinMax),
                               ("code", gdal.GFT_String, gdal.GFU_Generic),
                               ("name_zh", gdal.GFT_String, gdal.GFU_Name),
                               ("name_en", gdal.GFT_String, gdal.GFU_Generic),
                               ("group_zh", gdal.GFT_String, gdal.GFU_Generic)):
            rat.CreateColumn(name, typ, use)
        for i, row in enumerate(classes):
            rat.SetValueAsInt(i, 0, int(row["value"]))
            rat.SetValueAsString(i, 1, row["code"])
            rat.SetValueAsString(i, 2, row["name_zh"])
            rat.SetValueAsString(i, 3, row["name_en"])
            rat.SetValueAsString(i, 4, row["group_zh"])
        band.SetDefaultRAT(rat)
        if array.dtype in (np.dtype(np.uint8), np.dtype(np.uint16)):
            ct = gdal.ColorTable()
            for row in classes:
                ct.SetColorEntry(int(row["value"]), tuple(row["rgb"]) + (255,))
            band.SetRasterColorTable(ct)
            band.SetRasterColorInterpretation(gdal.GCI_PaletteIndex)
    band.FlushCache()
    ds = None


def _layer(ds, vl, srs):
    lyr = ds.CreateLayer(vl.name, srs, _GEOM[vl.geometry],
                         ["IDENTIFIER={} {}".format(vl.title_zh, vl.title_en),
                          "DESCRIPTION={} / {}{}".format(vl.title_zh, vl.title_en,
                                                         ("; " + vl.description)
                                                         if vl.description else "")])
    for name, typ in vl.fields:
        lyr.CreateField(ogr.FieldDefn(name, _OGR_TYPE[typ]))
    return lyr


def _set_attrs(feat, vl, row):
    for name, _ in vl.fields:
        val = row.get(name)
        if val is not None:
            feat.SetField(feat.GetFieldIndex(name), val)   # by name osgeo searches the fields in Python


def _write_points_lines(ds, vl, srs):
    lyr = _layer(ds, vl, srs)
    lyr.StartTransaction()
    for row in vl.features:
        g = row["geometry"]
        if vl.geometry == "Point":
            geom = ogr.Geometry(ogr.wkbPoint)
            geom.AddPoint_2D(float(g[0]), float(g[1]))
        else:
            geom = ogr.Geometry(ogr.wkbLineString)
            for x, y in g:
                geom.AddPoint_2D(float(x), float(y))
        feat = ogr.Feature(lyr.GetLayerDefn())
        feat.SetGeometry(geom)
        _set_attrs(feat, vl, row)
        lyr.CreateFeature(feat)
    lyr.CommitTransaction()


def _write_polygons(ds, vl, region, srs):
    """Polygonize ``vl.labels`` (8-connected), dissolve parts by label, attach the rows."""
    labels = np.asarray(vl.labels, np.int32)
    rows, cols = labels.shape
    mem = gdal.GetDriverByName("MEM").Create("", cols, rows, 1, gdal.GDT_Int32)
    mem.SetGeoTransform(region.geotransform)
    mem.SetProjection(srs.ExportToWkt())
    mem.GetRasterBand(1).WriteArray(labels)
    mask = gdal.GetDriverByName("MEM").Create("", cols, rows, 1, gdal.GDT_Byte)
    mask.GetRasterBand(1).WriteArray((labels > 0).astype(np.uint8))
    tmp_ds = ogr.GetDriverByName("Memory").CreateDataSource("tmp")
    tmp = tmp_ds.CreateLayer("tmp", srs, ogr.wkbPolygon)
    tmp.CreateField(ogr.FieldDefn("label", ogr.OFTInteger))
    gdal.Polygonize(mem.GetRasterBand(1), mask.GetRasterBand(1), tmp, 0, [])
    parts = {}
    for f in tmp:
        parts.setdefault(f.GetField(0), []).append(f.GetGeometryRef().Clone())
    lyr = _layer(ds, vl, srs)
    lyr.StartTransaction()
    by_label = {int(r["label"]): r for r in vl.features}
    grid = _grid_polygon(region)
    for lab in sorted(parts):
        mp = ogr.Geometry(ogr.wkbMultiPolygon)
        for p in parts[lab]:
            mp.AddGeometry(p)
        row = by_label.get(int(lab), {})
        if row.get("outer_wkt"):   # a polygon that continues beyond the grid (neighbouring counties)
            outer = ogr.CreateGeometryFromWkt(row["outer_wkt"])
            if row.get("outer_clip_wkt"):
                outer = outer.Intersection(ogr.CreateGeometryFromWkt(row["outer_clip_wkt"]))
            mp = _as_multi(mp.UnionCascaded().Union(outer.Difference(grid)))
        feat = ogr.Feature(lyr.GetLayerDefn())
        feat.SetGeometry(mp)
        _set_attrs(feat, vl, by_label.get(int(lab), {"label": int(lab)}))
        lyr.CreateFeature(feat)
    lyr.CommitTransaction()


def _grid_polygon(region):
    """The grid's extent as a polygon."""
    gt = region.geotransform
    x0, y1 = gt[0], gt[3]
    x1, y0 = x0 + gt[1] * region.size, y1 + gt[5] * region.size
    return ogr.CreateGeometryFromWkt("POLYGON(({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(x0, y0, x1, y1))


def _as_multi(geom):
    return ogr.ForceToMultiPolygon(geom)


def overview_png(region, path, year=2020):
    """Land use ``year`` in the class colours over a hillshade, sea shaded by depth; rivers."""
    lu = region.rasters["landuse_{}".format(year)]
    dem = region.rasters["dem"].astype(np.float64)
    n0, n1 = lu.shape
    sea = dem <= 0
    hs = hy.hillshade(dem, cellsize=region.cellsize, z_factor=1.5)
    # the class colours by lookup table (0 where a value has no class): what a mask per class gave;
    # one band at a time (the same values, a third of the memory)
    cmap = C.colour_map()
    lut = np.zeros((3, max(max(cmap), int(lu.max())) + 1), np.float64)
    for v, rgb in cmap.items():
        lut[:, v] = rgb
    none = lu == 0
    none_sea, none_land = none & sea, none & ~sea
    shade_sea = 1 - 0.4 * np.clip(-dem[none_sea] / 40.0, 0, 1)
    shade_none = 0.5 + 0.5 * hs[none_land]
    classed = ~sea & ~none
    shade = 0.6 + 0.4 * hs
    del none, hs, dem
    rv = region.rasters["rivers"] >= 2 if "rivers" in region.rasters else None
    mem = gdal.GetDriverByName("MEM").Create("", n1, n0, 3, gdal.GDT_Byte)
    for k, (cs, cn, cr) in enumerate(zip((150, 195, 230), (225, 225, 215), (40, 90, 200))):
        img = lut[k][lu]
        img[none_sea] = cs * shade_sea
        img[none_land] = cn * shade_none
        np.multiply(img, shade, out=img, where=classed)
        if rv is not None:
            img[rv] = cr
        mem.GetRasterBand(k + 1).WriteArray(np.clip(img, 0, 255).astype(np.uint8))
        del img
    # zlib level 1 (GDAL's default is 6): the same pixels, ~8 % larger, a quarter of the compression time
    gdal.GetDriverByName("PNG").CreateCopy(path, mem, options=["ZLEVEL=1"])
    aux = path + ".aux.xml"
    if os.path.exists(aux):
        os.remove(aux)
    return path


def write_region(region, out_dir, progress=None, overview=True):
    """Write ``region`` into ``out_dir``. Returns a dict: raster name -> path, ``gpkg`` -> path,
    ``vector_layers`` -> list of layer names, ``catalog`` -> path, ``overview`` -> path."""
    os.makedirs(out_dir, exist_ok=True)
    srs = srs_of(region)
    paths = {}
    total = len(region.rasters) + len(region.vectors) + 2
    done = 0

    def tick():
        if progress is not None:
            progress(done / float(total))

    catalog = {"region": {"name_zh": "示例县", "name_en": "Demo County", "fictitious": True,
                          "epsg": region.epsg, "crs": srs.GetName(), "seed": region.seed,
                          "size": region.size, "cellsize_m": region.cellsize,
                          "geotransform": list(region.geotransform)},
               "rasters": [], "vectors": []}
    # the GeoTIFFs are written by two threads (GDAL compresses without holding the GIL) while this
    # thread writes the GeoPackage and the overview; every file is the same as written one by one
    pool = ThreadPoolExecutor(2)
    pending = []
    for name, arr in region.rasters.items():
        info = region.raster_info[name]
        path = os.path.join(out_dir, name + ".tif")
        if os.path.exists(path):
            gdal.GetDriverByName("GTiff").Delete(path)
        pending.append(pool.submit(_write_tif, path, arr, region, info))
        paths[name] = path
        entry = {k: info[k] for k in ("name", "title_zh", "title_en", "unit", "nodata",
                                      "description")}
        entry.update({"file": name + ".tif", "dtype": str(np.asarray(arr).dtype)})
        if info.get("classes"):
            entry["classes"] = [{k: (list(v) if k == "rgb" else v) for k, v in row.items()}
                                for row in info["classes"]]
        catalog["rasters"].append(entry)
    try:
        paths.update(_write_vectors(region, out_dir, srs, catalog, tick_vector=tick))
        if overview:
            paths["overview"] = overview_png(region, os.path.join(out_dir, "overview.png"))
        for job in pending:
            job.result()
            done += 1
            tick()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    catalog["landuse_classes"] = [{k: (list(v) if k == "rgb" else v) for k, v in r.items()}
                                  for r in C.class_table(include_subclasses=True)]
    cat = os.path.join(out_dir, "catalog.json")
    with open(cat, "w", encoding="utf-8") as handle:
        json.dump(catalog, handle, ensure_ascii=False, indent=1, default=_json_default)
    paths["catalog"] = cat
    done = total
    tick()
    return paths


def _write_vectors(region, out_dir, srs, catalog, tick_vector):
    """Every vector layer of ``region`` into a new ``demo_county.gpkg``; their catalog entries."""
    gpkg = os.path.join(out_dir, GPKG_NAME)
    if os.path.exists(gpkg):
        os.remove(gpkg)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(gpkg)
    names = []
    for name, vl in region.vectors.items():
        if vl.geometry == "Polygon":
            _write_polygons(ds, vl, region, srs)
        else:
            _write_points_lines(ds, vl, srs)
        names.append(name)
        catalog["vectors"].append({"name": name, "title_zh": vl.title_zh, "title_en": vl.title_en,
                                   "geometry": vl.geometry, "file": GPKG_NAME,
                                   "fields": [{"name": f, "type": t} for f, t in vl.fields],
                                   "features": len(vl.features), "description": vl.description})
        tick_vector()
    ds = None
    return {"gpkg": gpkg, "vector_layers": names}


def _json_default(o):
    if isinstance(o, np.generic):
        return o.item()
    raise TypeError(repr(o))
