"""The GeoPackage spatial index (R-tree, GeoPackage 1.2 extension gpkg_rtree_index) of the planning database
export, bulk-loaded: GDAL 3.6 fills it row by row through SQLite's R*-tree insertion when the database is
closed (a fifth of the 4000² export); here the table is written without its triggers, and the R-tree's nodes
are packed afterwards by Sort-Tile-Recursive (Leutenegger, Lopez & Edgington 1997, "STR: a simple and
efficient algorithm for R-tree packing") straight into the tables of SQLite's rtree module (node blobs of
big-endian cells: 64-bit id, then min/max per axis as 32-bit floats rounded outwards as rtree.c's
rtreeValueDown/rtreeValueUp; sqlite.org/rtree.html). The index, its triggers and its gpkg_extensions row are
created by GDAL itself on the empty table, so they are GDAL's; only the node contents differ from an index
filled one row at a time (same boxes, another grouping), and queries return the same rows."""
import sqlite3

import numpy as np

#: rtree.c's rounding factors for 32-bit coordinates (RNDTOWARDS, RNDAWAY)
_TOWARDS = 1.0 - 1.0 / 8388608.0
_AWAY = 1.0 + 1.0 / 8388608.0


def prepare(dst, table, column):
    """Create the (empty) spatial index of ``table`` through GDAL and drop its triggers while the features
    are written; returns the triggers' SQL for :func:`restore`."""
    dst.ExecuteSQL("SELECT CreateSpatialIndex('{}', '{}')".format(_q(table), _q(column)))
    res = dst.ExecuteSQL("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = '{}' AND "
                         "name LIKE 'rtree%'".format(_q(table)))
    triggers = [(f.GetField(0), f.GetField(1)) for f in res]
    dst.ReleaseResultSet(res)
    for name, _ in triggers:
        dst.ExecuteSQL('DROP TRIGGER "{}"'.format(name.replace('"', '""')))
    return triggers


def restore(dst, triggers):
    """Re-create the triggers :func:`prepare` dropped (later edits keep the index up to date)."""
    for _, sql in triggers:
        dst.ExecuteSQL(sql)


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
    """Write the R-tree nodes of every ``(table, column, fids, envelopes)`` in ``pending`` (envelopes as rows
    minx, maxx, miny, maxy, fids the rows' ids) into the GeoPackage at ``path`` (closed by GDAL)."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA synchronous = OFF")
        con.execute("BEGIN")
        for table, column, fids, env in pending:
            if not len(fids):
                continue
            _fill_one(con, "rtree_{}_{}".format(table, column), np.asarray(fids, dtype=np.int64),
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
