"""Reading the DLTB parcels straight with OGR (shared by dltbimport and landusestructure).

A file layer (GeoPackage, Shapefile, File GDB …) without a selection, filter or subset is read with
OGR's columnar (Arrow) interface: only the fields needed, geometries only when needed, as numpy
arrays; the import then rasterizes the file's own layer through an SQL view holding the class index.
Anything else (a memory layer, a selection, a database) goes through QGIS (``_dltb.read_parcels``).

Threads (GDAL releases the GIL): the geometry check of a large GeoPackage / SQLite layer is split by
FID into :data:`THREADS` parts, each checked through its own connection; the import burns the next
strip of the sub-grid while the current one is reduced to the dominant class.
"""
import os
import threading

import numpy as np
from osgeo import gdal, gdal_array, ogr

from ...i18n import tr
from . import _dltb as H


def open_layer(alg, parameters, context, source):
    """``(dataset, layer)`` of the input opened with OGR, or None when QGIS must read it."""
    from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProviderRegistry

    value = parameters.get(H.INPUT)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        if value.selectedFeaturesOnly or value.featureLimit not in (-1, None) or \
                getattr(value, "filterExpression", ""):
            return None
    layer = getattr(alg, "_encoded_layer", None) or alg.parameterAsVectorLayer(parameters, H.INPUT, context)
    if layer is None or layer.providerType() != "ogr" or layer.subsetString():
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path") or ""
    if parts.get("subset") or not os.path.exists(path):
        return None
    encoding = (alg.parameterAsString(parameters, H.ENCODING, context) or "").strip()
    options = ["ENCODING={}".format(encoding)] if encoding and path.lower().endswith(".shp") else []
    try:
        ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY, open_options=options)
        if ds is None:
            return None
        name, lid = parts.get("layerName"), parts.get("layerId")
        lyr = ds.GetLayerByName(name) if name else ds.GetLayer(int(lid) if lid not in (None, "") else 0)
        if lyr is None or not hasattr(lyr, "GetArrowStreamAsNumPy") or \
                lyr.GetFeatureCount() != source.featureCount():
            return None
    except (RuntimeError, ValueError):
        return None
    return ds, lyr


def read_columns(lyr, names, geometry=False):
    """``{field: array}`` (masked where NULL) of the fields ``names``, ``"fid"`` and, if asked,
    ``"wkb"`` (the geometries as WKB, None where NULL)."""
    defn = lyr.GetLayerDefn()
    fields = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    lyr.SetIgnoredFields([f for f in fields if f not in names] + ([] if geometry else ["OGR_GEOMETRY"]))
    lyr.SetSpatialFilter(None)
    lyr.SetAttributeFilter(None)
    lyr.ResetReading()
    fid_key = lyr.GetFIDColumn() or "OGC_FID"
    parts = {}
    try:
        for batch in lyr.GetArrowStreamAsNumPy():
            for key, arr in batch.items():
                if key == fid_key:
                    key = "fid"
                elif key not in names:
                    key = "wkb"
                parts.setdefault(key, []).append(arr)
    finally:
        lyr.SetIgnoredFields([])
    out = {}
    for key, arrs in parts.items():
        if any(np.ma.isMaskedArray(a) for a in arrs):
            out[key] = np.ma.concatenate(arrs)
        elif len(arrs) == 1:
            out[key] = arrs[0]
        elif key == "wkb":
            out[key] = np.concatenate([np.asarray(a, dtype=object) for a in arrs])
        else:
            out[key] = np.concatenate(arrs)
    for key in list(names) + ["fid"]:
        out.setdefault(key, np.zeros(0))
    return out


def floats(arr):
    """A numeric or text column as float64, NULL and non-numbers -> NaN."""
    if arr.dtype.kind in "iufb":
        return np.ma.filled(np.ma.asarray(arr).astype("float64"), np.nan)
    return H._floats([None if v is np.ma.masked else (v.decode("utf-8", "replace") if isinstance(v, bytes) else v)
                      for v in arr])


def distinct(arr):
    """``(values, inverse, counts)`` of a column; bytes decoded, NULL as None."""
    mask = np.ma.getmaskarray(arr)
    data = np.ma.getdata(arr)
    if data.dtype.kind in "SUiuf":
        u, inv = np.unique(data, return_inverse=True)
        values = [x.decode("utf-8", "replace") if isinstance(x, bytes) else x.item() for x in u]
    else:
        index, inv = {}, np.empty(len(data), dtype=np.int64)
        for i, v in enumerate(data):
            inv[i] = index.setdefault(v.decode("utf-8", "replace") if isinstance(v, bytes) else v, len(index))
        values = list(index)
    inv = inv.astype(np.int64)
    if mask.any():
        values.append(None)
        inv = np.where(mask, len(values) - 1, inv)
    return values, inv, np.bincount(inv, minlength=len(values))


def _ident(name):
    return '"{}"'.format(name.replace('"', '""'))


def _fid_expr(ds, lyr):
    """The FID in an SQLite-dialect query: the FID column in a GeoPackage / SQLite file, else the
    ROWID of OGR's virtual table (= the OGR FID)."""
    native = ds.GetDriver().ShortName in ("GPKG", "SQLite")
    return _ident(lyr.GetFIDColumn()) if native and lyr.GetFIDColumn() else "ROWID"


def _sql_rows(ds, sql):
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        view = ds.ExecuteSQL(sql, dialect="SQLite")
    except RuntimeError:
        view = None
    finally:
        gdal.PopErrorHandler()
    if view is None:
        return None
    try:
        return [[f.GetField(i) for i in range(f.GetFieldCount())] for f in view]
    finally:
        ds.ReleaseResultSet(view)


#: threads: parts of the geometry check of a large GeoPackage / SQLite layer; > 1: the next strip is
#: burnt while the current one is used.
THREADS = max(1, min(2, os.cpu_count() or 1))
#: parcels from which such a layer is split between the threads.
PARALLEL_MIN_PARCELS = 50000


def fid_parts(ds, lyr):
    """SQL conditions splitting the layer into :data:`THREADS` FID ranges of equal width, in FID order
    (``[""]``: one part). Only for GeoPackage / SQLite files (their FID is the table's key: a range
    reads only its rows) of at least :data:`PARALLEL_MIN_PARCELS` parcels."""
    native = ds.GetDriver().ShortName in ("GPKG", "SQLite") and lyr.GetFIDColumn()
    if THREADS < 2 or not native or lyr.GetFeatureCount() < max(2, PARALLEL_MIN_PARCELS):
        return [""]
    f, t = _fid_expr(ds, lyr), _ident(lyr.GetName())
    span = _sql_rows(ds, "SELECT MIN({f}), MAX({f}) FROM {t}".format(f=f, t=t))
    if not span or span[0][0] is None:
        return [""]
    lo, hi = int(span[0][0]), int(span[0][1])
    cuts = sorted({lo + (hi - lo + 1) * i // THREADS for i in range(1, THREADS)} - {lo})
    if not cuts:
        return [""]
    bounds = [None] + cuts + [None]
    return ["{} >= {}".format(f, a) if b is None else
            ("{} < {}".format(f, b) if a is None else "{f} >= {} AND {f} < {}".format(a, b, f=f))
            for a, b in zip(bounds[:-1], bounds[1:])]


def reopen(ds, lyr):
    """``(dataset, layer)``: the same file layer through a connection of its own (one per thread)."""
    other = gdal.OpenEx(ds.GetDescription(), gdal.OF_VECTOR | gdal.OF_READONLY)
    return other, other.GetLayerByName(lyr.GetName())


def in_background(job):
    """Start the callable ``job`` in a thread; returns a function that waits for it and gives its
    result (or raises its exception)."""
    box = {}

    def run():
        try:
            box["value"] = job()
        except BaseException as exc:        # raised by the waiting thread
            box["error"] = exc
    thread = threading.Thread(target=run, daemon=True)
    thread.start()

    def wait():
        thread.join()
        if "error" in box:
            raise box["error"]
        return box.get("value")
    return wait


def in_threads(jobs):
    """Results of the callables ``jobs``, each run in a thread of its own (the first in this one);
    the first exception is raised after all have ended."""
    waits = [in_background(job) for job in jobs[1:]]
    try:
        first = jobs[0]()
    finally:
        rest = []
        for wait in waits:
            try:
                rest.append(wait())
            except BaseException as exc:    # every thread joined before raising
                rest.append(exc)
    for r in rest:
        if isinstance(r, BaseException):
            raise r
    return [first] + rest


def sql_geometry_check(ds, lyr, extent=True):
    """``(FIDs of the NULL, empty or invalid geometries, extent of the others or None)`` computed by
    SQL in GDAL (SpatiaLite's ST_IsValid, GEOS), or None when SpatiaLite is not available. A large
    GeoPackage is checked in the parts of :func:`fid_parts`, each in its own thread through its own
    connection, its extent read meanwhile (and again without the invalid geometries if there are)."""
    g, t, f = _ident(lyr.GetGeometryColumn() or "GEOMETRY"), _ident(lyr.GetName()), _fid_expr(ds, lyr)
    parts = fid_parts(ds, lyr)
    meanwhile = extent and len(parts) > 1   # the extent of all read meanwhile: right unless some are invalid
    handles = [(ds, lyr)] + [reopen(ds, lyr) for _ in range(len(parts) - 1 + meanwhile)]
    sql_bad = "SELECT {f} + 0 AS r FROM {t} WHERE ({g} IS NULL OR ST_IsEmpty({g}) <> 0 OR ST_IsValid({g}) <> 1)".format(
        f=f, t=t, g=g)
    sql_ext = "SELECT MIN(ST_MinX({g})), MIN(ST_MinY({g})), MAX(ST_MaxX({g})), MAX(ST_MaxY({g})) FROM {t}".format(
        g=g, t=t)
    jobs = [lambda h=h, p=p: _sql_rows(h[0], sql_bad + (" AND " + p if p else ""))
            for h, p in zip(handles, parts)]
    if meanwhile:
        jobs.append(lambda h=handles[-1]: _sql_rows(h[0], sql_ext))
    rows = in_threads(jobs)
    handles = None
    if any(r is None for r in rows[:len(parts)]):
        return None
    bad = [int(r[0]) for part in rows[:len(parts)] for r in part]
    if not extent:
        return bad, None
    if meanwhile and not bad:
        ext = rows[-1]
    else:
        where = " WHERE {} NOT IN ({})".format(f, ", ".join(map(str, bad))) if bad else ""
        ext = _sql_rows(ds, sql_ext + where)
    if ext is None or len(ext) != 1:
        return None
    ext = tuple(np.inf if v is None else float(v) for v in ext[0][:2]) + \
        tuple(-np.inf if v is None else float(v) for v in ext[0][2:])
    return bad, ext


def check_geometries(alg, feedback, items, ids, repair):
    """``items``: ``(row, ogr.Geometry or None)``. Empty, NULL and invalid geometries: returns
    ``({row: repaired geometry}, extent of the usable ones (xmin, ymin, xmax, ymax))``; refuses the
    layer naming the ids of the unusable ones (the rules of ``_dltb.read_parcels``)."""
    repaired, broken, env = {}, [], []
    for n, (i, g) in enumerate(items):
        if n % 20000 == 0:
            alg.check_cancel(feedback)
        if g is None or g.IsEmpty():
            broken.append(ids[i])
            continue
        if not g.IsValid():
            g = g.MakeValid() if repair else None
            if g is None or g.IsEmpty():
                broken.append(ids[i])
                continue
            repaired[i] = g
        env.append(g.GetEnvelope())
    H.report_geometries(feedback, broken, [ids[i] for i in repaired])
    if not env:
        return repaired, (np.inf, np.inf, -np.inf, -np.inf)
    e = np.array(env)
    return repaired, (e[:, 0].min(), e[:, 2].min(), e[:, 1].max(), e[:, 3].max())


def wkb_geometries(wkb):
    """``(row, ogr.Geometry or None)`` of a WKB column."""
    for i, w in enumerate(wkb):
        yield i, (None if w is None or w is np.ma.masked else ogr.CreateGeometryFromWkb(bytes(w)))


def fid_geometries(lyr, fids, rows):
    """``(row, ogr.Geometry or None)`` of the features ``fids`` read one by one."""
    for fid, row in zip(fids, rows):
        f = lyr.GetFeature(int(fid))
        g = f.GetGeometryRef() if f is not None else None
        yield row, (g.Clone() if g is not None else None)


def class_view(ds, lyr, field, raw_values, index_of_value, excluded_fids):
    """An SQL result layer of the parcels with ``k`` = the class index of their raw DLBM value
    (parcels with index 0 and ``excluded_fids`` left out), in the layer's order."""
    def lit(v):
        if isinstance(v, str):
            return "'{}'".format(v.replace("'", "''"))
        return repr(float(v)) if isinstance(v, float) else str(int(v))

    pairs = [(v, k) for v, k in zip(raw_values, index_of_value) if v is not None and k]
    if not pairs:
        return None
    geom = lyr.GetGeometryColumn() or "GEOMETRY"
    case = "CASE {} {} END".format(_ident(field), " ".join("WHEN {} THEN {}".format(lit(v), k) for v, k in pairs))
    where = "{} IN ({})".format(_ident(field), ", ".join(lit(v) for v, _ in pairs))
    if len(excluded_fids):
        where += " AND {} NOT IN ({})".format(_fid_expr(ds, lyr), ", ".join(str(int(f)) for f in excluded_fids))
    sql = "SELECT {}, {} AS k FROM {} WHERE {}".format(_ident(geom), case, _ident(lyr.GetName()), where)
    try:
        view = ds.ExecuteSQL(sql, dialect="SQLite")
    except RuntimeError:
        view = None
    if view is None:
        from qgis.core import QgsProcessingException

        raise QgsProcessingException(tr(
            "OGR could not read the layer '{}' through SQL ({}). Save it as a GeoPackage and run again.").format(
                lyr.GetName(), gdal.GetLastErrorMsg()))
    return view


def memory_layer(srs_wkt, geoms, values):
    """An OGR memory layer of ``geoms`` (ogr.Geometry) with the integer field ``k``."""
    from osgeo import osr

    mem = ogr.GetDriverByName("Memory").CreateDataSource("")
    srs = osr.SpatialReference()
    srs.ImportFromWkt(srs_wkt)
    lyr = mem.CreateLayer("p", srs, ogr.wkbUnknown)
    lyr.CreateField(ogr.FieldDefn("k", ogr.OFTInteger))
    for g, v in zip(geoms, values):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(g)
        f.SetField(0, int(v))
        lyr.CreateFeature(f)
    return mem, lyr


def burn_strip(layers, grid, factor, row0, nrows, dtype):
    """The class index (attribute ``k``; 0 = no parcel) burnt from ``layers`` in order on the sub-grid
    (``factor`` x ``factor`` sub-cells per cell) of the cell rows ``row0 .. row0 + nrows``."""
    gt = grid.geotransform
    top = gt[3] + row0 * gt[5]
    arr = np.zeros((nrows * factor, grid.width * factor), dtype=dtype)
    if layers:
        mem = gdal_array.OpenArray(arr)             # GDAL burns into the array itself
        mem.SetGeoTransform((gt[0], gt[1] / factor, gt[2], top, gt[4], gt[5] / factor))
        mem.SetProjection(grid.crs_wkt)
        for lyr in layers:
            lyr.SetSpatialFilterRect(gt[0], top + nrows * gt[5], gt[0] + grid.width * gt[1], top)
            gdal.RasterizeLayer(mem, [1], lyr, options=["ATTRIBUTE=k"])
        mem = None
    return arr


def burn_strips(layers, grid, factor, burn_rows, dtype):
    """``(row0, nrows, sub-grid)`` of each strip of ``burn_rows`` cell rows, top to bottom (see
    :func:`burn_strip`). With several strips and :data:`THREADS` > 1 a thread burns the next strip
    while the caller uses the current one (two strips in memory). Close the generator before
    releasing the layers (it stops the thread)."""
    strips = [(r, min(burn_rows, grid.height - r)) for r in range(0, grid.height, burn_rows)]
    if THREADS < 2 or len(strips) < 2:
        for r, n in strips:
            yield r, n, burn_strip(layers, grid, factor, r, n, dtype)
        return
    done = [None] * len(strips)
    cond = threading.Condition()
    state = {"using": 0, "stop": False, "error": None}

    def work():
        try:
            for i, (r, n) in enumerate(strips):
                with cond:
                    cond.wait_for(lambda: state["stop"] or i <= state["using"] + 1)
                    if state["stop"]:
                        return
                arr = burn_strip(layers, grid, factor, r, n, dtype)
                with cond:
                    done[i] = arr
                    cond.notify_all()
        except BaseException as exc:        # raised in the consuming thread
            with cond:
                state["error"], state["stop"] = exc, True
                cond.notify_all()
    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    try:
        for i, (r, n) in enumerate(strips):
            with cond:
                cond.wait_for(lambda: state["error"] is not None or done[i] is not None)
                if state["error"] is not None:
                    raise state["error"]
                out, done[i] = done[i], None
            yield r, n, out
            out = None
            with cond:
                state["using"] = i + 1
                cond.notify_all()
    finally:
        with cond:
            state["stop"] = True
            cond.notify_all()
        thread.join()
