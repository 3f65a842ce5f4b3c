"""The GeoPackage spatial index (R-tree, GeoPackage 1.2 extension gpkg_rtree_index) of the planning database
export, bulk-loaded. GDAL 3.6 fills each index row by row through SQLite's R*-tree insertion when it closes
the database (a fifth of the 4000² export); here the tables are written without an index, and once GDAL has
closed the file each index is created with GDAL's own SQL (virtual table, triggers, gpkg_extensions row, read
from an empty table indexed by GDAL in a scratch GeoPackage) and its nodes are packed by Sort-Tile-Recursive
(Leutenegger, Lopez & Edgington 1997, "STR: a simple and efficient algorithm for R-tree packing") straight into
the rtree module's tables (sqlite.org/rtree.html: node blobs of big-endian cells, a 64-bit id then min/max per
axis as 32-bit floats rounded outwards as rtree.c's rtreeValueDown/rtreeValueUp). The index holds the same
rows and boxes as GDAL's; only their grouping into nodes differs, and queries return the same features."""
import sqlite3
import uuid

import numpy as np

#: rtree.c's rounding factors for 32-bit coordinates (RNDTOWARDS, RNDAWAY)
_TOWARDS = 1.0 - 1.0 / 8388608.0
_AWAY = 1.0 + 1.0 / 8388608.0


def definition(table, fid, column):
    """GDAL's own SQL for the spatial index of ``table`` (fid and geometry columns ``fid``, ``column``): the
    rtree virtual table, its triggers, the gpkg_extensions row and that table's definition, taken from an
    empty table of that name given its index by GDAL in a scratch GeoPackage in memory."""
    from osgeo import gdal, ogr

    path = "/vsimem/eco_restore_rtree_{}.gpkg".format(uuid.uuid4().hex)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    try:
        ds.CreateLayer(table, None, ogr.wkbUnknown,
                       options=["SPATIAL_INDEX=NO", "FID=" + fid, "GEOMETRY_NAME=" + column])
        _rows(ds, "SELECT CreateSpatialIndex('{}', '{}')".format(_q(table), _q(column)))
        rtree = "rtree_{}_{}".format(table, column)
        sql = _rows(ds, "SELECT sql FROM sqlite_master WHERE name = '{0}' OR (type = 'trigger' AND "
                        "substr(name, 1, {1}) = '{0}') ORDER BY rowid".format(_q(rtree), len(rtree)))
        ext = _rows(ds, "SELECT table_name, column_name, extension_name, definition, scope FROM gpkg_extensions "
                        "WHERE extension_name = 'gpkg_rtree_index'")
        ext_table = _rows(ds, "SELECT sql FROM sqlite_master WHERE name = 'gpkg_extensions'")
    finally:
        ds = None
        gdal.Unlink(path)
    return {"name": rtree, "sql": [r[0] for r in sql], "extension": ext[0], "extensions_table": ext_table[0][0]}


def _rows(ds, sql):
    res = ds.ExecuteSQL(sql)
    try:
        return [tuple(f.GetField(i) for i in range(f.GetFieldCount())) for f in res]
    finally:
        ds.ReleaseResultSet(res)


def _q(text):
    return text.replace("'", "''")


def _down(d):
    f = d.astype(np.float32)
    bad = f.astype(np.float64) > d
    f[bad] = (d[bad] * np.where(d[bad] < 0, _AWAY, _TOWARDS)).astype(np.float32)
    return f


def _up(d):
    f = d.astype(np.float32)
    bad = f.astype(np.float64) < d
    f[bad] = (d[bad] * np.where(d[bad] < 0, _TOWARDS, _AWAY)).astype(np.float32)
    return f


def _str_groups(minx, maxx, miny, maxy, fanout):
    """Sort-Tile-Recursive order of boxes: an index array whose consecutive runs of ``fanout`` are the
    nodes (vertical slices by centre x, sorted by centre y within a slice)."""
    n = len(minx)
    leaves = -(-n // fanout)
    slices = int(np.ceil(np.sqrt(leaves)))
    per_slice = slices * fanout
    cx = minx.astype(np.float64) + maxx
    cy = miny.astype(np.float64) + maxy
    by_x = np.argsort(cx, kind="stable")
    order = np.empty(n, dtype=np.int64)
    for start in range(0, n, per_slice):
        part = by_x[start:start + per_slice]
        order[start:start + len(part)] = part[np.argsort(cy[part], kind="stable")]
    return order


def fill(path, pending):
    """Create and fill the spatial index of every ``(definition, fids, envelopes)`` in ``pending``
    (:func:`definition`; envelopes as rows minx, maxx, miny, maxy of the rows ``fids``) in the GeoPackage at
    ``path``, written by GDAL without them and closed; in the order GDAL creates them when it closes a
    database, after the tables (GDAL looks each table up in sqlite_master in that order when opening)."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA synchronous = OFF")
        con.execute("BEGIN")
        for ddl, fids, env in pending:
            if not con.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_extensions'").fetchone():
                con.execute(ddl["extensions_table"])
            for sql in ddl["sql"]:
                con.execute(sql)
            con.execute("INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) "
                        "VALUES (?, ?, ?, ?, ?)", ddl["extension"])
            if len(fids):
                _fill_one(con, ddl["name"], np.asarray(fids, dtype=np.int64),
                          np.asarray(env, dtype=np.float64).reshape(-1, 4))
        con.execute("COMMIT")
    finally:
        con.close()


def _fill_one(con, name, fids, env):
    q = '"{}'.format(name.replace('"', '""'))
    size = con.execute('SELECT length(data) FROM {}_node" WHERE nodeno = 1'.format(q)).fetchone()[0]
    fanout = (size - 4) // 24
    # minx, maxx, miny, maxy as the rtree stores them (32-bit, rounded outwards)
    boxes = np.stack([_down(env[:, 0]), _up(env[:, 1]), _down(env[:, 2]), _up(env[:, 3])], axis=1)
    ids = fids
    nodes, parents, rowids = [], [], None
    next_no = 2
    depth = 0
    level_nos = None
    while True:
        n = len(ids)
        if n <= fanout:                                       # the root: node 1
            nodes.append((1, _node(ids, boxes, size, depth)))
            if level_nos is not None:
                parents.extend((int(c), 1) for c in level_nos)
            if rowids is None:
                rowids = np.ones(n, dtype=np.int64)
            break
        order = _str_groups(boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3], fanout)
        ids, boxes = ids[order], boxes[order]
        count = -(-n // fanout)
        nos = np.arange(next_no, next_no + count, dtype=np.int64)
        next_no += count
        member = np.repeat(nos, fanout)[:n]                  # the node each cell of this level goes to
        if rowids is None:
            rowids = member                                   # leaf level: id -> leaf node
            leaf_ids = ids
        else:
            parents.extend(zip(ids.tolist(), member.tolist()))   # child node -> its parent node
        starts = np.arange(0, n, fanout)
        for k, s in enumerate(starts):
            nodes.append((int(nos[k]), _node(ids[s:s + fanout], boxes[s:s + fanout], size, 0)))
        up = np.empty((count, 4), dtype=np.float32)
        up[:, 0] = np.minimum.reduceat(boxes[:, 0], starts)
        up[:, 1] = np.maximum.reduceat(boxes[:, 1], starts)
        up[:, 2] = np.minimum.reduceat(boxes[:, 2], starts)
        up[:, 3] = np.maximum.reduceat(boxes[:, 3], starts)
        ids, boxes, level_nos = nos, up, nos
        depth += 1
    if depth == 0:
        leaf_ids = ids
    con.execute('DELETE FROM {}_node"'.format(q))
    con.execute('DELETE FROM {}_rowid"'.format(q))
    con.execute('DELETE FROM {}_parent"'.format(q))
    con.executemany('INSERT INTO {}_node" (nodeno, data) VALUES (?, ?)'.format(q), nodes)
    con.executemany('INSERT INTO {}_rowid" (rowid, nodeno) VALUES (?, ?)'.format(q),
                    zip(leaf_ids.tolist(), rowids.tolist()))
    if parents:
        con.executemany('INSERT INTO {}_parent" (nodeno, parentnode) VALUES (?, ?)'.format(q), parents)


def _node(ids, boxes, size, depth):
    """One node blob: depth (root only) and cell count as 16-bit big-endian, the cells, zeros to ``size``."""
    head = np.array([depth, len(ids)], dtype=">u2").tobytes()
    cells = np.zeros(len(ids), dtype=[("id", ">i8"), ("b", ">f4", (4,))])
    cells["id"] = ids
    cells["b"] = boxes
    body = head + cells.tobytes()
    return body + bytes(size - len(body))
