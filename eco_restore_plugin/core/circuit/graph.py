"""The resistor network of a raster and the focal nodes (McRae et al. 2008; Circuitscape raster graph
rules).
"""

import math

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

__all__ = ["RasterGraph", "build_graph", "focal_regions", "read_focal_text", "read_included_pairs"]


SQRT2 = math.sqrt(2.0)
# the four "forward" neighbour offsets; the other four are their mirrors
_DIRS4 = ((0, 1), (1, 0))
_DIRS8 = ((0, 1), (1, 0), (1, 1), (1, -1))


# ----------------------------------------------------------------------------------------------
# graph
# ----------------------------------------------------------------------------------------------
def _shift_pair(shape, dr, dc):
    """Slices (a, b) such that cell a + (dr, dc) = cell b, both inside the grid."""
    rows, cols = shape
    ra = slice(0, rows - dr)
    rb = slice(dr, rows)
    if dc >= 0:
        ca, cb = slice(0, cols - dc), slice(dc, cols)
    else:
        ca, cb = slice(-dc, cols), slice(0, cols + dc)
    return (ra, ca), (rb, cb)


class RasterGraph(object):
    """Resistor network of a raster (McRae et al. 2008; Circuitscape raster graph rules).

    Attributes: ``shape``; ``edge_list`` list of ``(dr, dc, ia, w)``, one per forward direction, with ``ia``
    the flat indices of the cells that have an edge to their (dr, dc) neighbour (``ia + dr·cols + dc``) and
    ``w`` its conductance (only real edges are held: memory follows the nodes, not the raster);
    ``edges`` the same as dense rasters ``(dr, dc, w)`` (made when asked, for small windows);
    ``node_of_cell`` (flat int array, -1 = not a node); ``n_nodes``; ``laplacian`` (CSR, n x n);
    ``component`` (component id per node); ``polygons`` (flat int array or None).
    """

    def __init__(self, shape, edge_list, node_of_cell, n_nodes, laplacian, polygons):
        self.shape = shape
        self.edge_list = edge_list
        self.node_of_cell = node_of_cell
        self.n_nodes = n_nodes
        self.laplacian = laplacian
        self.polygons = polygons
        if n_nodes:
            self.n_components, self.component = connected_components(laplacian, directed=False)
        else:
            self.n_components, self.component = 0, np.zeros(0, dtype=np.int32)

    @property
    def edges(self):
        """``[(dr, dc, w)]``: each direction's edge conductances as a raster of the shape of the cells that
        have a (dr, dc) neighbour in the grid (0 where no edge)."""
        out = []
        cols = self.shape[1]
        for dr, dc, ia, w in self.edge_list:
            a, _b = _shift_pair(self.shape, dr, dc)
            dense = np.zeros((a[0].stop - a[0].start, a[1].stop - a[1].start))
            dense[ia // cols - a[0].start, ia % cols - a[1].start] = w
            out.append((dr, dc, dense))
        return out

    # node current from a cell voltage map ------------------------------------------------------
    def edge_ends(self):
        """``(ia, ib, w)`` per forward direction: the flat cells at both ends of each real edge and its
        conductance (``ib`` made when asked)."""
        cols = self.shape[1]
        for dr, dc, ia, w in self.edge_list:
            yield ia, ia + (dr * cols + dc), w

    def edge_current_sums(self, volt2d):
        """Per cell: sum over its edges of |edge conductance x voltage difference| (Ohm's law), the
        directions in order and each edge added to both its cells (cells without an edge get 0)."""
        v = np.asarray(volt2d).ravel()
        return edge_current_sums(v, self.edge_ends()).reshape(self.shape)

    def node_currents(self, volt2d, cell_node, node_external, n):
        """Node current = (sum |edge currents| + |external current|) / 2 = max(inflow, outflow)
        (Circuitscape node current), painted on the cells of each node. ``cell_node``: flat node id
        per cell for this solve (-1 none); ``node_external``: |external current| per node."""
        sums = self.edge_current_sums(volt2d).ravel()
        return node_current_map(sums, cell_node, node_external, n).reshape(self.shape)


def edge_current_sums(volt, ends):
    """Per position of the flat map ``volt``: the sum over its edges of |w x voltage difference|, the edges
    ``(pa, pb, w)`` given per direction (positions of both ends) in order, each added to both its ends."""
    out = np.zeros(volt.size)
    for pa, pb, w in ends:
        f = np.abs(volt[pb] - volt[pa])
        f *= w
        out[pa] += f          # one edge per cell and direction: no repeated index
        out[pb] += f
    return out


def node_current_map(sums, cell_node, node_external, n):
    """Node current = (sum of its cells' edge sums + |external current|) / 2, painted on the cells of each
    node (flat, 0 where ``cell_node`` is -1)."""
    has = cell_node >= 0
    node_sum = np.bincount(cell_node[has], weights=sums[has], minlength=n)
    cur = 0.5 * (node_sum + np.abs(node_external))
    out = np.zeros(cell_node.size)
    out[has] = cur[cell_node[has]]
    return out


def build_graph(habitat, *, is_resistance=True, polygons=None, mask=None, four_neighbors=False,
                avg_resistance=True):
    """Build the raster resistor network (McRae et al. 2008; Circuitscape raster graph rules).

    ``habitat``: resistance (``is_resistance=True``, conductance = 1/value) or conductance raster.
    Nodata (non-finite), 0 and negative values are not nodes. ``mask`` (optional): cells where the
    mask is nodata or <= 0 are removed (Circuitscape mask file). ``four_neighbors``: N/S/E/W only,
    otherwise 8 neighbours. Edge conductance: ``avg_resistance=True`` -> 1/mean(resistances) =
    2/(1/c1 + 1/c2); ``False`` -> mean conductance (c1 + c2)/2; diagonals divided by sqrt(2).
    ``polygons``: short-circuit region ids (> 0), each region one node. Cell size never enters.
    Memory: the conductance raster and one direction's edge raster while building; afterwards only the
    real edges (index and conductance), the node number of each cell and the Laplacian.
    """
    h = np.asarray(habitat, dtype=np.float64)
    shape = h.shape
    rows_, cols = shape
    with np.errstate(divide="ignore", invalid="ignore"):
        c = np.where(np.isfinite(h) & (h > 0), (1.0 / h) if is_resistance else h, 0.0)
    c[~np.isfinite(c)] = 0.0
    if mask is not None:
        m = np.asarray(mask, dtype=np.float64)
        c[~(np.isfinite(m) & (m > 0))] = 0.0
    valid = c > 0
    ncell = h.size
    index_type = np.int32 if ncell < 2 ** 31 - cols - 2 else np.int64
    edge_list = []
    for dr, dc in (_DIRS4 if four_neighbors else _DIRS8):
        a, b = _shift_pair(shape, dr, dc)
        c1, c2 = c[a], c[b]
        both = (c1 > 0) & (c2 > 0)
        with np.errstate(divide="ignore", invalid="ignore"):
            if avg_resistance:
                w = np.where(both, 2.0 * c1 * c2 / (c1 + c2), 0.0)
            else:
                w = np.where(both, 0.5 * (c1 + c2), 0.0)
        if dr and dc:
            w /= SQRT2
        sel = np.flatnonzero(w > 0)
        sub_cols = a[1].stop - a[1].start
        ia = ((sel // sub_cols + a[0].start) * cols + (sel % sub_cols + a[1].start)).astype(index_type)
        edge_list.append((dr, dc, ia, w.ravel()[sel]))
        c1 = c2 = both = w = sel = None
    c = None

    # node numbering: valid cells, polygons merged
    key = np.full(ncell, -1, dtype=np.int64)
    vflat = valid.ravel()
    key[vflat] = np.nonzero(vflat)[0]
    valid = None
    poly = None
    if polygons is not None:
        p = np.asarray(polygons).ravel()
        if p.dtype.kind in "iu":       # labels as they are (no float copy of the grid)
            poly = np.where(p > 0, p, 0).astype(np.int64, copy=False)
        else:
            p = p.astype(np.float64, copy=False)
            poly = np.where(np.isfinite(p) & (p > 0), p, 0).astype(np.int64)
        p = None
        if poly.size and poly.max() < 2 ** 31:
            poly = poly.astype(np.int32)
        inpoly = poly > 0
        if inpoly.any():
            good = np.unique(poly[inpoly & vflat])  # polygons with at least one valid cell
            member = inpoly & np.isin(poly, good)
            pid = np.searchsorted(good, poly[member])
            key[member] = ncell + pid
    has = key >= 0
    node_of_cell = np.full(ncell, -1, dtype=index_type)
    uniq, inv = np.unique(key[has], return_inverse=True)
    key = None
    node_of_cell[has] = inv
    n = uniq.size

    rows, cols_, vals = [], [], []
    for dr, dc, ia, w in edge_list:
        na = node_of_cell[ia]
        nb = node_of_cell[ia + (dr * cols + dc)]
        keep = na != nb
        rows.append(na[keep])
        cols_.append(nb[keep])
        vals.append(w[keep])
    if rows:
        r = np.concatenate(rows)
        cc = np.concatenate(cols_)
        v = np.concatenate(vals)
    else:
        r = cc = np.zeros(0, dtype=np.int64)
        v = np.zeros(0)
    rows = cols_ = vals = None
    off = sp.coo_matrix((np.concatenate([-v, -v]), (np.concatenate([r, cc]), np.concatenate([cc, r]))),
                        shape=(n, n)).tocsr()
    off.sum_duplicates()
    deg = -np.asarray(off.sum(axis=1)).ravel()
    lap = (off + sp.diags(deg)).tocsr()
    return RasterGraph(shape, edge_list, node_of_cell, n, lap, poly)


# ----------------------------------------------------------------------------------------------
# focal nodes
# ----------------------------------------------------------------------------------------------
def focal_regions(focal, shape):
    """Normalise focal nodes to ``{id: flat cell indices}`` (Circuitscape focal points/regions).

    ``focal``: a raster of ids (ids > 0 kept; 0, negative, nodata ignored), a dict
    ``{id: [(row, col), ...]}`` or a list of ``(id, row, col)``. Cells outside the grid are dropped.
    """
    rows, cols = shape
    out = {}
    if isinstance(focal, np.ndarray) and focal.ndim == 2:
        f = np.asarray(focal, dtype=np.float64).ravel()
        ok = np.isfinite(f) & (f > 0)
        ids = f[ok].astype(np.int64)
        cells = np.nonzero(ok)[0]
        # grouped by one stable sort (each id's cells stay in row order), not one pass over the cells per id
        order = np.argsort(ids, kind="stable")
        ids, cells = ids[order], cells[order]
        starts = np.flatnonzero(np.r_[True, ids[1:] != ids[:-1]]) if ids.size else np.zeros(0, np.int64)
        for a, b in zip(starts, np.r_[starts[1:], ids.size]):
            out[int(ids[a])] = cells[a:b]
        return out
    items = focal.items() if isinstance(focal, dict) else None
    if items is None:
        tmp = {}
        for fid, r, c in focal:
            tmp.setdefault(int(fid), []).append((int(r), int(c)))
        items = tmp.items()
    for fid, cells in items:
        if int(fid) <= 0:
            continue
        arr = np.asarray(list(cells), dtype=np.int64).reshape(-1, 2)
        inside = (arr[:, 0] >= 0) & (arr[:, 0] < rows) & (arr[:, 1] >= 0) & (arr[:, 1] < cols)
        out[int(fid)] = np.unique(arr[inside, 0] * cols + arr[inside, 1])
    return out


def read_focal_text(path, *, header):
    """Read a Circuitscape text focal-node file (``id x y`` per line, map coordinates) and return
    ``[(id, row, col), ...]`` using ``header`` (an :class:`ascgrid.AscHeader`) (Circuitscape)."""
    out = []
    with open(path) as fh:
        for line in fh:
            parts = line.split()
            if len(parts) < 3:
                continue
            fid, x, y = float(parts[0]), float(parts[1]), float(parts[2])
            r, c = header.row_col(x, y)
            out.append((int(fid), int(r), int(c)))
    return out


def read_included_pairs(path):
    """Read a Circuitscape included-pairs file; return ``(mode, pairs, ids)`` (Circuitscape).

    Two layouts: ``mode include|exclude`` followed by ``id_i id_j`` lines, or a matrix with optional
    ``min``/``max`` lines, then a header row of ids (first cell 0) and rows ``id v1 v2 ...``; a pair
    is listed when min <= value <= max (value 0 means not listed). ``mode`` is "include" or "exclude".
    ``ids``: the focal ids the matrix layout names (Circuitscape keeps only those), else None.
    """
    lines = [ln.split() for ln in open(path) if ln.strip()]
    if lines and lines[0][0].lower() == "mode":
        mode = lines[0][1].lower()
        pairs = {tuple(sorted((int(float(a)), int(float(b))))) for a, b, *_ in lines[1:]}
        return mode, pairs, None
    lo, hi = -np.inf, np.inf
    rest = []
    for ln in lines:
        if ln[0].lower() == "min":
            lo = float(ln[1])
        elif ln[0].lower() == "max":
            hi = float(ln[1])
        else:
            rest.append(ln)
    ids = [int(float(x)) for x in rest[0][1:]]
    pairs = set()
    for ln in rest[1:]:
        i = int(float(ln[0]))
        for j, val in zip(ids, ln[1:]):
            v = float(val)
            if i != j and v != 0 and lo <= v <= hi:
                pairs.add(tuple(sorted((i, j))))
    return "include", pairs, sorted(ids)


class _Region(object):
    """A focal id resolved on the graph: base nodes it touches and cells it paints."""

    def __init__(self, graph, cells):
        noc = graph.node_of_cell
        ext = np.asarray(cells, dtype=np.int64)
        if graph.polygons is not None and ext.size:
            pids = np.unique(graph.polygons[ext])
            pids = pids[pids > 0]
            if pids.size:
                ext = np.union1d(ext, np.nonzero(np.isin(graph.polygons, pids))[0])
        nodes = np.unique(noc[ext])
        self.nodes = nodes[nodes >= 0]
        self.extra_cells = ext[noc[ext] < 0]  # nodata cells painted with the region's values

    @property
    def simple(self):
        return self.nodes.size <= 1

    @property
    def node(self):
        return int(self.nodes[0]) if self.nodes.size == 1 else -1
