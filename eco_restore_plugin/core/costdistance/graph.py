"""The cost graph of a raster: neighbour offsets, step lengths and costs as GRASS r.cost (Knaapen et
al. 1992 MCR), Dijkstra on the graph, source cells.
"""

import math
from collections import namedtuple

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra

__all__ = ["NEIGHBOUR_OFFSETS", "NO_LINK", "CostDistanceResult", "step_length", "CostGraph"]


#: (drow, dcol) from a cell to its neighbour; indices 0-7 are the 8-neighbourhood, 8-15 knight's moves.
NEIGHBOUR_OFFSETS = (
    (-1, 0), (1, 0), (0, -1), (0, 1),            # N, S, W, E
    (-1, -1), (-1, 1), (1, -1), (1, 1),          # NW, NE, SW, SE
    (-2, -1), (-2, 1), (2, -1), (2, 1),          # NNW, NNE, SSW, SSE
    (-1, -2), (-1, 2), (1, -2), (1, 2),          # WNW, ENE, WSW, ESE
)


#: No back-link (source cell, barrier or unreached).
NO_LINK = -1


CostDistanceResult = namedtuple("CostDistanceResult", "cost allocation backlink")


CostDistanceResult.__doc__ = """Result of :func:`cost_distance`.

cost: float64 accumulated cost, NaN where not reached (barrier, nodata, beyond max_cost).
allocation: int64 label of the source that reached each cell (0 where not reached).
backlink: int8 index into NEIGHBOUR_OFFSETS of the step towards the predecessor, NO_LINK at sources
and unreached cells.
"""


def _factors(cellsize, units):
    if np.ndim(cellsize) == 0:
        ysize = xsize = float(cellsize)
    else:
        ysize, xsize = (float(v) for v in cellsize)
    if ysize <= 0 or xsize <= 0:
        raise ValueError("cell size must be positive")
    if units == "map":
        return ysize, xsize
    if units == "cell":
        return ysize / xsize, 1.0
    raise ValueError("units must be 'map' or 'cell', not {!r}".format(units))


def step_length(offset, *, cellsize=1.0, units="map"):
    """Length of one move ``offset=(drow, dcol)`` (GRASS r.cost step factors, see module docstring)."""
    ns, ew = _factors(cellsize, units)
    return math.hypot(offset[0] * ns, offset[1] * ew)


def _slices(d, n):
    """Slices (from, to) along one axis for a shift by d."""
    return slice(max(0, -d), n - max(0, d)), slice(max(0, d), n + min(0, d))


class CostGraph(object):
    """The cell graph of a cost raster, built once and reusable for many runs.

    Method: Knaapen et al. 1992 MCR with the GRASS r.cost step costs (module docstring). The graph
    is a CSR matrix with exactly ``k`` entries per cell (int32 indices, float64 weights; missing
    neighbours become zero-weight self loops, which Dijkstra ignores), so memory is about
    ``12 * k * cells`` bytes (1.5 GB for 4000 x 4000 with 8 neighbours).

    cost: 2-D array, NaN = barrier/nodata (negative costs raise ValueError).
    knight: add knight's moves (16 neighbours).
    cellsize: scalar or (ysize, xsize); units: "map" or "cell" (r.cost factors).
    """

    def __init__(self, cost, *, knight=False, cellsize=1.0, units="map"):
        cost = np.asarray(cost, dtype=np.float64)
        if cost.ndim != 2:
            raise ValueError("cost must be a 2-D array")
        valid = np.isfinite(cost)
        if np.any(cost[valid] < 0):
            raise ValueError("cost must not be negative")
        self.shape = cost.shape
        self.knight = bool(knight)
        self.cellsize = cellsize
        self.units = units
        self.valid = valid
        nr, nc = cost.shape
        n = nr * nc
        k = 16 if knight else 8
        if n * k >= 2 ** 31:
            raise MemoryError("raster too large for int32 graph indices")
        idx = np.arange(n, dtype=np.int32).reshape(nr, nc)
        weights = np.zeros((nr, nc, k), dtype=np.float64)
        cols = np.empty((nr, nc, k), dtype=np.int32)
        cz = np.where(valid, cost, 0.0)
        for j, (dr, dc) in enumerate(NEIGHBOUR_OFFSETS[:k]):
            cols[:, :, j] = idx
            rs, rt = _slices(dr, nr)
            cs, ct = _slices(dc, nc)
            ok = valid[rs, cs] & valid[rt, ct]
            length = step_length((dr, dc), cellsize=cellsize, units=units)
            if j < 8:
                w = (cz[rs, cs] + cz[rt, ct]) * (0.5 * length)
            else:
                # the two cells the knight's move passes beside
                if abs(dr) == 2:
                    a, b = (dr // 2, 0), (dr // 2, dc)
                else:
                    a, b = (0, dc // 2), (dr, dc // 2)
                ra, ca = slice(rs.start + a[0], rs.stop + a[0]), slice(cs.start + a[1], cs.stop + a[1])
                rb, cb = slice(rs.start + b[0], rs.stop + b[0]), slice(cs.start + b[1], cs.stop + b[1])
                ok &= valid[ra, ca] & valid[rb, cb]
                w = (cz[rs, cs] + cz[rt, ct] + cz[ra, ca] + cz[rb, cb]) * (0.25 * length)
            wk = weights[rs, cs, j]
            wk[...] = np.where(ok, w, 0.0)
            ck = cols[rs, cs, j]
            ck[...] = np.where(ok, idx[rt, ct], idx[rs, cs])
        indptr = np.arange(0, n * k + 1, k, dtype=np.int32)
        self.k = k
        self.matrix = csr_matrix((weights.reshape(-1), cols.reshape(-1), indptr), shape=(n, n))

    def run(self, source_index, max_cost=None):
        """Dijkstra from flat cell indices; returns (dist, predecessors, sources) flat arrays.

        Method: Dijkstra shortest paths (scipy.sparse.csgraph.dijkstra, min_only=True), MCR
        (Knaapen et al. 1992) with r.cost step costs.
        """
        source_index = np.asarray(source_index, dtype=np.int32).ravel()
        if source_index.size == 0:
            raise ValueError("no source cell on valid (finite) cost")
        limit = np.inf if max_cost is None else float(max_cost)
        return dijkstra(self.matrix, directed=True, indices=source_index, min_only=True,
                        return_predecessors=True, limit=limit)

    def offsets_to_backlink(self, predecessors):
        """Back-link direction codes (index into NEIGHBOUR_OFFSETS) from flat predecessor indices."""
        nr, nc = self.shape
        pred = predecessors.reshape(nr, nc)
        back = np.full((nr, nc), NO_LINK, dtype=np.int8)
        has = pred >= 0
        r, c = np.nonzero(has)
        p = pred[has]
        dr = p // nc - r
        dc = p % nc - c
        lut = np.full((5, 5), NO_LINK, dtype=np.int8)
        for j, (a, b) in enumerate(NEIGHBOUR_OFFSETS[:self.k]):
            lut[a + 2, b + 2] = j
        back[has] = lut[dr + 2, dc + 2]
        return back


def _source_cells(sources, shape):
    """Flat indices and labels of the source cells (labels: int64, nonzero)."""
    if isinstance(sources, np.ndarray) and sources.shape == shape:
        arr = sources
        if arr.dtype.kind == "f":
            arr = np.where(np.isfinite(arr), arr, 0)
        flat = np.flatnonzero(arr)
        labels = np.asarray(arr).ravel()[flat].astype(np.int64)
        return flat, labels
    pts = np.asarray(sources, dtype=np.int64).reshape(-1, 2)
    if np.any((pts < 0) | (pts >= np.array(shape))):
        raise ValueError("source cell outside the raster")
    flat = pts[:, 0] * shape[1] + pts[:, 1]
    return flat, np.arange(1, len(flat) + 1, dtype=np.int64)
