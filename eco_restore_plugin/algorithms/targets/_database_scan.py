"""One read of a layer for the planning database check: required fields (R6), codes (R7), geometry validity
(R3), MJ against the area (R8) and the valid polygons for the overlap test (R4) (docs/DATABASE.md).

The fields are read column-wise through GDAL's Arrow stream (GDAL 3.6+) and judged once per distinct value;
a layer with a field type the stream does not carry as the feature reader would (dates, booleans, lists...)
is read feature by feature, with the same results."""
import numpy as np
from qgis.core import QgsGeometry

from . import _database as DB


def filled(v):
    """A value counts as filled (R6): not null, not blank text."""
    return v is not None and not (isinstance(v, str) and not v.strip())


def code_text(v):
    """A value as the text compared with a code list (R7): 3.0 -> "3", text stripped."""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v).strip()


def scan_layer(lyr, geometry, required, codes, bsm_idx, mj_idx, tol, cancel):
    """``{"invalid", "empty", "bad_codes", "bad_mj", "polygons"}`` of the layer ``lyr``: ``required`` lists
    ``(name, field index)``, ``codes`` ``(name, field index, allowed codes)``; ids are BSM values (or FID<n>),
    ``polygons`` the ``(id, WKB)`` of the valid polygons."""
    used = [i for _, i in required] + [i for _, i, _ in codes] + [i for i in (bsm_idx, mj_idx) if i is not None]
    defn = lyr.GetLayerDefn()
    # the other fields not read (a third of the read time of a File GDB's parcels)
    lyr.SetIgnoredFields([defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount()) if i not in used])
    try:
        return _scan_arrow(lyr, geometry, required, codes, bsm_idx, mj_idx, tol, cancel, used)
    finally:
        lyr.SetIgnoredFields([])


def _scan_arrow(lyr, geometry, required, codes, bsm_idx, mj_idx, tol, cancel, used):
    stream = _arrow_stream(lyr, used)
    if stream is None:
        return _scan_features(lyr, geometry, required, codes, bsm_idx, mj_idx, tol, cancel)
    defn = lyr.GetLayerDefn()
    names = {i: defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())}
    fid_name = lyr.GetFIDColumn() or "OGC_FID"
    geom_name = lyr.GetGeometryColumn() or "wkb_geometry"
    out = {"invalid": [], "empty": [], "bad_codes": {}, "bad_mj": {}, "polygons": []}
    first_bad = {}                           # code field -> (first offending feature, field position)
    base = 0
    while True:
        batch = stream.GetNextRecordBatch()
        if batch is None:
            break
        if fid_name not in batch or (geometry != "none" and geom_name not in batch):
            # not the columns expected (only met before the first batch is used): read feature by feature
            stream = None
            return _scan_features(lyr, geometry, required, codes, bsm_idx, mj_idx, tol, cancel)
        n = len(batch[fid_name])
        fids = np.ma.getdata(batch[fid_name])
        if bsm_idx is not None:
            bsm, bsm_null = np.ma.getdata(batch[names[bsm_idx]]), np.ma.getmaskarray(batch[names[bsm_idx]])
            # numbers as Python ints / floats in one call; text decoded as the feature reader does
            bsm = bsm.tolist() if bsm.dtype.kind in "iuf" else [_python(v) for v in bsm]
        else:
            bsm, bsm_null = None, np.ones(n, dtype=bool)

        def ident(k, bsm=bsm, bsm_null=bsm_null, fids=fids):
            return "FID{}".format(int(fids[k])) if bsm_null[k] else bsm[k]

        empty = np.zeros(n, dtype=bool)
        for _, i in required:
            column = batch[names[i]]
            empty |= np.ma.getmaskarray(column)
            if np.ma.getdata(column).dtype.kind in "SOU":          # blank text is not filled either
                vals, inv, _ = _column(column)
                empty |= ~np.array([filled(v) for v in vals], dtype=bool)[inv]
        out["empty"] += [ident(k) for k in np.flatnonzero(empty)]
        for pos, (name, i, allowed) in enumerate(codes):
            vals, inv, null = _column(batch[names[i]])
            bad = ~null & np.array([filled(v) and code_text(v) not in allowed for v in vals], dtype=bool)[inv]
            hits = np.flatnonzero(bad)
            if len(hits):
                first_bad.setdefault(name, (base + int(hits[0]), pos))
                out["bad_codes"].setdefault(name, []).extend(ident(k) for k in hits)
        if geometry != "none":
            _geometries(out, batch[geom_name], geometry, ident,
                        None if mj_idx is None else batch[names[mj_idx]], tol, cancel)
        base += n
    # the order in which the feature reader meets the code fields (the report lists their ids in it)
    out["bad_codes"] = {k: out["bad_codes"][k] for k in sorted(out["bad_codes"], key=lambda k: first_bad[k])}
    return out


def _geometries(out, column, geometry, ident, mj_column, tol, cancel):
    null = np.ma.getmaskarray(column)
    wkbs = np.ma.getdata(column)
    mj_null = np.ma.getmaskarray(mj_column) if mj_column is not None else None
    mj = np.ma.getdata(mj_column).tolist() if mj_column is not None else None
    for k in range(len(wkbs)):
        if k % 500 == 0:
            cancel()
        qg = QgsGeometry()
        w = None if null[k] else wkbs[k]
        if w is not None:
            w = w if isinstance(w, bytes) else w.tobytes()    # a fixed-width (void) column
            qg.fromWkb(w)
        if qg.isNull() or qg.isEmpty() or not qg.isGeosValid():
            out["invalid"].append(ident(k))
            continue
        if geometry == "polygon":
            fid = ident(k)
            out["polygons"].append((fid, w))
            if mj is not None and not mj_null[k]:
                area = qg.area() / 1e4
                value = mj[k]
                if abs(value - area) > tol * max(area, 1e-9):
                    out["bad_mj"][fid] = (value, area)


def _column(arr):
    """(distinct values as the feature reader returns them, index of each feature's value, null mask)."""
    null = np.ma.getmaskarray(arr)
    uniq, inv = np.unique(np.ma.getdata(arr), return_inverse=True)
    return [_python(u) for u in uniq], inv, null


def _python(u):
    if isinstance(u, bytes):
        try:
            return u.decode("utf-8")
        except UnicodeDecodeError:
            return bytes(u)
    return u.item() if isinstance(u, np.generic) else u


def _arrow_stream(lyr, indices):
    """The layer's Arrow stream (as NumPy) when every field in ``indices`` is an integer, a real or a string
    without subtype, else None."""
    from osgeo import ogr

    if not hasattr(lyr, "GetArrowStreamAsNumPy"):
        return None
    defn = lyr.GetLayerDefn()
    for i in indices:
        fd = defn.GetFieldDefn(i)
        if fd.GetType() not in (ogr.OFTInteger, ogr.OFTInteger64, ogr.OFTReal, ogr.OFTString) or \
                fd.GetSubType() != ogr.OFSTNone:
            return None
    lyr.ResetReading()
    try:
        return lyr.GetArrowStreamAsNumPy()
    except (RuntimeError, AttributeError):
        return None


def _scan_features(lyr, geometry, required, codes, bsm_idx, mj_idx, tol, cancel):
    """:func:`scan_layer` feature by feature (each field read by the getter of its type, DB.field_reader)."""
    defn = lyr.GetLayerDefn()
    required = [(name, DB.field_reader(defn, i)) for name, i in required]
    codes = [(name, DB.field_reader(defn, i), allowed) for name, i, allowed in codes]
    out = {"invalid": [], "empty": [], "bad_codes": {}, "bad_mj": {}, "polygons": []}
    lyr.ResetReading()
    for n, feat in enumerate(lyr):
        if n % 500 == 0:
            cancel()
        fid = feat.GetField(bsm_idx) if bsm_idx is not None and feat.IsFieldSetAndNotNull(bsm_idx) \
            else "FID{}".format(feat.GetFID())
        for name, read in required:
            if not filled(read(feat)):
                out["empty"].append(fid)
                break
        for name, read, allowed in codes:
            v = read(feat)
            if filled(v) and code_text(v) not in allowed:
                out["bad_codes"].setdefault(name, []).append(fid)
        if geometry == "none":
            continue
        g = feat.GetGeometryRef()
        qg = QgsGeometry()
        w = g.ExportToIsoWkb() if g is not None else None
        if w is not None:
            qg.fromWkb(w)
        if qg.isNull() or qg.isEmpty() or not qg.isGeosValid():
            out["invalid"].append(fid)
            continue
        if geometry == "polygon":
            out["polygons"].append((fid, bytes(w)))
            if mj_idx is not None and feat.IsFieldSetAndNotNull(mj_idx):
                area = qg.area() / 1e4
                mj = feat.GetField(mj_idx)
                if abs(mj - area) > tol * max(area, 1e-9):
                    out["bad_mj"][fid] = (mj, area)
    return out
