"""Circuit-theory connectivity on rasters (METHODS.md section 2; McRae et al. 2008; Circuitscape).

Own implementation (numpy/scipy, optional pyamg) of the raster graph rules used by Circuitscape
(McRae, Dickson, Keitt & Shah 2008, Ecology 89: 2712-2724; Circuitscape 4 / Circuitscape.jl user
guide): every valid cell is a node joined to its 4 or 8 neighbours; the landscape is a resistor
network; effective resistance, node voltages and node currents follow from Kirchhoff's laws.

Conventions (arrays in, arrays out):

* Rasters are 2-D numpy arrays, row 0 = north. NaN (or a non-finite value) is nodata.
* Habitat value <= 0 or nodata => not a node (no current, 0 in current/voltage maps).
* Short-circuit regions (``polygons``): cells with the same id > 0 are one node. A polygon with no
  valid habitat cell is not a node; the nodata cells of a polygon that has valid cells belong to
  its node (they show its voltage and current in the maps, as Circuitscape does).
* Focal nodes: a raster of ids (id > 0; 0, negative and nodata ignored), or a dict
  ``{id: [(row, col), ...]}``, or a list of ``(id, row, col)``. Several cells with the same id form a
  focal *region*: for the pair (i, j) being solved only the regions i and j are merged (the
  other regions stay ordinary cells). A region cell inside a polygon brings the whole polygon into
  the region, even when that cell is nodata (Circuitscape sgVerify11 behaviour).
* Pair voltage maps use Circuitscape's orientation: node i (the smaller id) is at 0 V and node j
  at R_ij volts (1 A between them). Node current = max(total inflow, total outflow) =
  (sum |edge currents| + |external current|) / 2, so the source and ground cells hold 1 A.
* Disconnected pairs are reported explicitly: ``resistance = inf`` and listed in
  ``result.disconnected``; pairs not requested are NaN. ``result.circuitscape_matrix()`` gives the
  Circuitscape layout (-1 for both).

Speed: pairwise mode on single-node focal points solves only N-1 systems per connected component
(one ground, one factorisation or AMG hierarchy reused for every right-hand side); all R_ij and
every pair's voltages come from superposition. Focal *regions* that change the graph per pair fall
back to one solve per pair (the graph is different for each pair); pass the focal raster also as
``polygons`` (short-circuit regions) to get the N-1 solve path for them. The AMG hierarchy uses a
strength threshold (``AMG_STRENGTH``) and CSR coarse levels; on POSIX the right-hand sides (or the
per-pair solves of focal regions) are shared with one forked child process (``PARALLEL_MIN_NODES``,
environment variable ``ECO_RESTORE_CIRCUIT_WORKERS``). Tolerance: CG relative residual 1e-10
(Circuitscape uses 1e-6); the results equal the direct solver to ~1e-11 relative on the benchmark.
"""
import math
import mmap
import os
import signal
import time

import numpy as np
import scipy.sparse as sp
import scipy.sparse.linalg as spla
from scipy.sparse.csgraph import connected_components

from ._progress import Steps

try:  # optional dependency
    import pyamg
    HAVE_PYAMG = True
except Exception:  # pragma: no cover - depends on the environment
    pyamg = None
    HAVE_PYAMG = False

__all__ = [
    "HAVE_PYAMG", "RasterGraph", "build_graph", "focal_regions",
    "read_focal_text", "read_included_pairs", "make_solver", "pairwise", "one_to_all",
    "all_to_one", "advanced", "PairwiseResult", "FocalModeResult", "AdvancedResult",
]

SQRT2 = math.sqrt(2.0)
# the four "forward" neighbour offsets; the other four are their mirrors
_DIRS4 = ((0, 1), (1, 0))
_DIRS8 = ((0, 1), (1, 0), (1, 1), (1, -1))
DIRECT_SOLVER_MAX_NODES = 50000
# Smoothed aggregation strength of connection (pyamg 'symmetric', Vanek et al. 1996): with theta = 0 every
# edge is strong and aggregates straddle resistance jumps; theta = 0.05 drops edges weaker than 5 % of
# the geometric mean of the two diagonals. Measured on the 1000 x 1000 benchmark surface (resistance
# 1..100): CG iterations to 1e-10 fell from 24 to 13 per right-hand side.
AMG_STRENGTH = ("symmetric", {"theta": 0.05})
AMG_CSR_LEVELS = True  # see _Solver: CSR instead of BSR coarse levels (False = pyamg as it comes)
# Right-hand sides of one hierarchy solved by this many processes (os.fork, POSIX only; the child
# shares the hierarchy copy-on-write and writes into shared memory). 1 = sequential. Systems smaller
# than PARALLEL_MIN_NODES are always solved sequentially (fork costs more than it saves).
# Environment variable ECO_RESTORE_CIRCUIT_WORKERS overrides the default (min(2, cpu count)).
PARALLEL_MIN_NODES = 200000


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

    Attributes: ``shape``; ``conductance`` (2-D, 0 where not a node); ``edges`` list of
    ``(dr, dc, w)`` with ``w`` the 2-D edge conductance from each cell to its (dr, dc) neighbour;
    ``node_of_cell`` (flat int array, -1 = not a node); ``n_nodes``; ``laplacian`` (CSR, n x n);
    ``component`` (component id per node); ``polygons`` (flat int array or None).
    """

    def __init__(self, shape, conductance, edges, node_of_cell, n_nodes, laplacian, polygons):
        self.shape = shape
        self.conductance = conductance
        self.edges = edges
        self.node_of_cell = node_of_cell
        self.n_nodes = n_nodes
        self.laplacian = laplacian
        self.polygons = polygons
        if n_nodes:
            self.n_components, self.component = connected_components(laplacian, directed=False)
        else:
            self.n_components, self.component = 0, np.zeros(0, dtype=np.int32)

    # node current from a cell voltage map ------------------------------------------------------
    def edge_current_sums(self, volt2d):
        """Per cell: sum over its edges of |edge conductance x voltage difference| (Ohm's law)."""
        out = np.zeros(self.shape)
        for dr, dc, w in self.edges:
            a, b = _shift_pair(self.shape, dr, dc)
            f = np.abs(volt2d[b] - volt2d[a])
            f *= w
            out[a] += f
            out[b] += f
        return out

    def node_currents(self, volt2d, cell_node, node_external, n):
        """Node current = (sum |edge currents| + |external current|) / 2 = max(inflow, outflow)
        (Circuitscape node current), painted on the cells of each node. ``cell_node``: flat node id
        per cell for this solve (-1 none); ``node_external``: |external current| per node."""
        sums = self.edge_current_sums(volt2d).ravel()
        has = cell_node >= 0
        node_sum = np.bincount(cell_node[has], weights=sums[has], minlength=n)
        cur = 0.5 * (node_sum + np.abs(node_external))
        out = np.zeros(cell_node.size)
        out[has] = cur[cell_node[has]]
        return out.reshape(self.shape)


def build_graph(habitat, is_resistance=True, polygons=None, mask=None, four_neighbors=False,
                avg_resistance=True):
    """Build the raster resistor network (McRae et al. 2008; Circuitscape raster graph rules).

    ``habitat``: resistance (``is_resistance=True``, conductance = 1/value) or conductance raster.
    Nodata (non-finite), 0 and negative values are not nodes. ``mask`` (optional): cells where the
    mask is nodata or <= 0 are removed (Circuitscape mask file). ``four_neighbors``: N/S/E/W only,
    otherwise 8 neighbours. Edge conductance: ``avg_resistance=True`` -> 1/mean(resistances) =
    2/(1/c1 + 1/c2); ``False`` -> mean conductance (c1 + c2)/2; diagonals divided by sqrt(2).
    ``polygons``: short-circuit region ids (> 0), each region one node. Cell size never enters.
    """
    h = np.asarray(habitat, dtype=np.float64)
    shape = h.shape
    with np.errstate(divide="ignore", invalid="ignore"):
        c = np.where(np.isfinite(h) & (h > 0), (1.0 / h) if is_resistance else h, 0.0)
    c[~np.isfinite(c)] = 0.0
    if mask is not None:
        m = np.asarray(mask, dtype=np.float64)
        c[~(np.isfinite(m) & (m > 0))] = 0.0
    valid = c > 0
    edges = []
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
        edges.append((dr, dc, w))

    # node numbering: valid cells, polygons merged
    ncell = h.size
    key = np.full(ncell, -1, dtype=np.int64)
    vflat = valid.ravel()
    key[vflat] = np.nonzero(vflat)[0]
    poly = None
    if polygons is not None:
        p = np.asarray(polygons, dtype=np.float64).ravel()
        poly = np.where(np.isfinite(p) & (p > 0), p, 0).astype(np.int64)
        inpoly = poly > 0
        if inpoly.any():
            good = np.unique(poly[inpoly & vflat])  # polygons with at least one valid cell
            member = inpoly & np.isin(poly, good)
            pid = np.searchsorted(good, poly[member])
            key[member] = ncell + pid
    has = key >= 0
    node_of_cell = np.full(ncell, -1, dtype=np.int64)
    uniq, inv = np.unique(key[has], return_inverse=True)
    node_of_cell[has] = inv
    n = uniq.size

    rows, cols, vals = [], [], []
    idx = np.arange(ncell).reshape(shape)
    for dr, dc, w in edges:
        a, b = _shift_pair(shape, dr, dc)
        sel = w > 0
        na = node_of_cell[idx[a][sel]]
        nb = node_of_cell[idx[b][sel]]
        ww = w[sel]
        keep = na != nb
        rows.append(na[keep])
        cols.append(nb[keep])
        vals.append(ww[keep])
    if rows:
        r = np.concatenate(rows)
        cc = np.concatenate(cols)
        v = np.concatenate(vals)
    else:
        r = cc = np.zeros(0, dtype=np.int64)
        v = np.zeros(0)
    off = sp.coo_matrix((np.concatenate([-v, -v]), (np.concatenate([r, cc]), np.concatenate([cc, r]))),
                        shape=(n, n)).tocsr()
    off.sum_duplicates()
    deg = -np.asarray(off.sum(axis=1)).ravel()
    lap = (off + sp.diags(deg)).tocsr()
    return RasterGraph(shape, c, edges, node_of_cell, n, lap, poly)


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
        for i in np.unique(ids):
            out[int(i)] = cells[ids == i]
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


def read_focal_text(path, header):
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


# ----------------------------------------------------------------------------------------------
# solvers
# ----------------------------------------------------------------------------------------------
class _Solver(object):
    """SPD solve A x = b for many right-hand sides, set up once."""

    def __init__(self, A, method="auto", tol=1e-10):
        A = sp.csr_matrix(A)
        n = A.shape[0]
        if method == "auto":
            if n <= DIRECT_SOLVER_MAX_NODES:
                method = "direct"
            elif HAVE_PYAMG:
                method = "amg"
            elif n <= 300000:
                method = "direct"
            else:
                method = "cg"
        if method == "amg" and not HAVE_PYAMG:
            method = "direct" if n <= 300000 else "cg"
        self.method = method
        self.tol = tol
        self.A = A
        self.iterations = 0
        if n == 0:
            self._solve = lambda b: np.zeros_like(b)
        elif method == "direct":
            lu = spla.splu(A.tocsc(), permc_spec="MMD_AT_PLUS_A")
            self._solve = lu.solve
            self.name = "scipy splu (direct)"
        elif method == "amg":
            ml = pyamg.smoothed_aggregation_solver(A, symmetry="symmetric", strength=AMG_STRENGTH)
            # pyamg keeps the coarse levels as BSR with 1 x 1 blocks; its BSR Gauss-Seidel is several
            # times slower than the CSR one on the same matrix: convert (same values, same cycle)
            for lv in (ml.levels if AMG_CSR_LEVELS else ()):
                lv.A = sp.csr_matrix(lv.A)
                if hasattr(lv, "P"):
                    lv.P = sp.csr_matrix(lv.P)
                    lv.R = sp.csr_matrix(lv.R)
            self._ml = ml
            self.name = "pyamg smoothed_aggregation + CG (tol {:g})".format(tol)

            def solve(b):
                res = []
                x = ml.solve(b, tol=tol, accel="cg", maxiter=2000, residuals=res)
                self.iterations += len(res)
                return x
            self._solve = solve
        elif method == "cg":
            try:
                ilu = spla.spilu(A.tocsc(), drop_tol=1e-5, fill_factor=20)
                M = spla.LinearOperator(A.shape, ilu.solve)
                pname = "ILU"
            except Exception:
                d = A.diagonal()
                M = sp.diags(1.0 / d)
                pname = "Jacobi"
            self.name = "scipy CG + {} preconditioner (tol {:g})".format(pname, tol)

            def solve(b):
                bn = np.linalg.norm(b)
                x, info = spla.cg(A, b, tol=tol, atol=0.0, M=M, maxiter=100000)
                if info != 0 and np.linalg.norm(A @ x - b) > 1e-6 * max(bn, 1e-300):
                    raise RuntimeError("CG did not converge (info={})".format(info))
                return x
            self._solve = solve
        else:
            raise ValueError("unknown solver {!r}".format(method))

    def solve(self, b):
        x = self._solve(np.ascontiguousarray(b, dtype=np.float64))
        if self.method == "amg":
            r = np.linalg.norm(self.A @ x - b)
            if r > 1e-6 * max(np.linalg.norm(b), 1e-300):
                raise RuntimeError("AMG-CG did not converge (residual {:g})".format(r))
        return x

    def solve_many(self, k, rhs, store, step=None, check=None, workers=None):
        """Solve A x = rhs(c) for c = 0 .. k-1 and call ``store(c, x)`` with each solution.

        With ``workers`` = 2 (default on POSIX with >= 2 CPUs and a large iterative system) the odd
        columns are solved by a forked child process that shares the set-up solver copy-on-write and
        writes into anonymous shared memory; the results are the same numbers as a sequential solve.
        ``step()`` is called after each column the calling process solves (x2 when parallel),
        ``check()`` between columns (may raise; the child is then killed)."""
        n = self.A.shape[0]
        if workers is None:
            workers = _default_workers()
        if workers < 2 or k < 2 or n < PARALLEL_MIN_NODES or self.method == "direct" or not hasattr(os, "fork"):
            for c in range(k):
                if check is not None:
                    check()
                store(c, self.solve(rhs(c)))
                if step is not None:
                    step()
            return
        mine = list(range(0, k, 2))
        theirs = list(range(1, k, 2))
        buf = mmap.mmap(-1, max(8 * n * len(theirs), 8))
        shared = np.frombuffer(buf, dtype=np.float64, count=n * len(theirs)).reshape(len(theirs), n)

        def child():
            for t, c in enumerate(theirs):
                shared[t] = self.solve(rhs(c))

        def parent():
            for c in mine:
                if check is not None:
                    check()
                store(c, self.solve(rhs(c)))
                if step is not None:
                    step(2 if c + 1 < k else 1)

        def redo():  # the child failed: solve its columns here (raises the real error if any)
            for c in theirs:
                store(c, self.solve(rhs(c)))

        if _with_forked_child(child, parent, redo):
            for t, c in enumerate(theirs):
                store(c, shared[t])
        shared = None  # release the view before closing the buffer
        buf.close()


def _with_forked_child(child, parent, redo):
    """Run ``child()`` in a forked process (it returns its results through anonymous shared memory) while
    this process runs ``parent()``. An error in ``parent`` kills the child and propagates; when the child
    fails, ``redo()`` does its work here. Returns True when the child's results are to be used."""
    pid = os.fork()
    if pid == 0:  # child: work, then leave without running any parent cleanup
        code = 0
        try:
            child()
        except BaseException:
            code = 1
        os._exit(code)
    try:
        parent()
    except BaseException:
        try:
            os.kill(pid, signal.SIGKILL)
        finally:
            os.waitpid(pid, 0)
        raise
    _, status = os.waitpid(pid, 0)
    if status != 0:
        redo()
        return False
    return True


def _default_workers():
    env = os.environ.get("ECO_RESTORE_CIRCUIT_WORKERS")
    if env:
        try:
            return max(1, int(env))
        except ValueError:
            return 1
    return min(2, os.cpu_count() or 1)


def make_solver(A, method="auto", tol=1e-10):
    """Set up a solver for the SPD grounded Laplacian ``A`` (Circuitscape 'cg+amg' / 'cholmod').

    ``method``: "auto" (direct LU up to 50,000 nodes, else pyamg smoothed-aggregation preconditioned
    CG if pyamg is importable, else direct LU up to 300,000 nodes, else scipy CG with ILU),
    "amg", "direct" or "cg". The returned object has ``solve(b)`` and ``name``.
    """
    return _Solver(A, method, tol)


def _grounded_solve(L, ground_mask, rhs, method, tol, solvers_used):
    """Solve L v = rhs with v = 0 on ground_mask (Dirichlet); rhs may be (n,) or (n, k)."""
    free = ~ground_mask
    A = L[free][:, free]
    solver = _Solver(A, method, tol)
    solvers_used.add(solver.name)
    rhs = np.asarray(rhs, dtype=np.float64)
    out = np.zeros(rhs.shape)
    if rhs.ndim == 1:
        out[free] = solver.solve(rhs[free])
    else:
        for k in range(rhs.shape[1]):
            out[free, k] = solver.solve(rhs[free, k])
    return out


# ----------------------------------------------------------------------------------------------
# pairwise
# ----------------------------------------------------------------------------------------------
class PairwiseResult(object):
    """Result of :func:`pairwise`.

    ``ids`` (sorted focal ids); ``resistance`` (n x n: 0 on the diagonal, R_ij ohms, ``inf`` when
    disconnected, NaN when the pair was not requested); ``disconnected`` (list of id pairs);
    ``cum_current``, ``max_current`` (2-D or None); ``pair_current`` / ``pair_voltage`` (dicts
    ``{(i, j): 2-D}`` when ``pair_maps=True``); ``solver`` (names of the solvers used);
    ``n_solves`` (linear systems solved); ``strategy`` per pair kind.
    """

    def __init__(self, ids):
        n = len(ids)
        self.ids = np.asarray(ids, dtype=np.int64)
        self.resistance = np.full((n, n), np.nan)
        np.fill_diagonal(self.resistance, 0.0)
        self.disconnected = []
        self.cum_current = None
        self.max_current = None
        self.pair_current = {}
        self.pair_voltage = {}
        self.solver = set()
        self.n_solves = 0
        self.seconds = 0.0

    def r(self, i, j):
        """Effective resistance between focal ids i and j."""
        ix = {v: k for k, v in enumerate(self.ids.tolist())}
        return self.resistance[ix[i], ix[j]]

    def circuitscape_matrix(self):
        """Matrix in Circuitscape's ``_resistances.out`` layout: ids in row/column 0, -1 for
        disconnected or not-requested pairs."""
        n = len(self.ids)
        out = np.zeros((n + 1, n + 1))
        out[0, 1:] = self.ids
        out[1:, 0] = self.ids
        r = self.resistance.copy()
        r[~np.isfinite(r)] = -1
        out[1:, 1:] = r
        return out


def pairwise(graph, focal, pairs=None, exclude_pairs=None, focal_ids=None, cum_map=True, max_map=False,
             pair_maps=False, pair_callback=None, solver="auto", tol=1e-10, strategy="auto",
             *, progress=None, cancelled=None):
    """Pairwise effective resistance and current maps (McRae et al. 2008; Circuitscape pairwise).

    For every pair (i, j) of focal ids, 1 A flows between i and j; returns a
    :class:`PairwiseResult` with the effective-resistance matrix, the cumulative (sum over pairs)
    and max current maps, and optionally every pair's current and voltage map (``pair_maps`` keeps
    them in memory; ``pair_callback(i, j, current, voltage)`` streams them instead).

    ``graph``: from :func:`build_graph`; ``focal``: see :func:`focal_regions`; ``pairs``: iterable of
    ``(i, j)`` to solve (default all); ``exclude_pairs``: pairs to skip; ``focal_ids``: keep only
    these focal ids (e.g. the ids of an include matrix). ``strategy``: "auto" (fast
    path: per connected component one ground, N-1 solves with a single factorisation / AMG
    hierarchy, superposition for every pair; per-pair solves only for focal regions that change the
    graph) or "per_pair" (one solve per pair, the baseline). ``progress(fraction)`` and
    ``cancelled()`` callbacks; :class:`~._progress.Cancelled` is raised on cancel.
    """
    t0 = time.time()
    regions_cells = focal_regions(focal, graph.shape)
    if focal_ids is not None:
        keep_ids = {int(k) for k in focal_ids}
        regions_cells = {k: v for k, v in regions_cells.items() if k in keep_ids}
    ids = sorted(regions_cells)
    res = PairwiseResult(ids)
    idx = {v: k for k, v in enumerate(ids)}
    regions = {i: _Region(graph, regions_cells[i]) for i in ids}
    want = set()
    for a in range(len(ids)):
        for b in range(a + 1, len(ids)):
            want.add((ids[a], ids[b]))
    if pairs is not None:
        want &= {tuple(sorted((int(a), int(b)))) for a, b in pairs}
    if exclude_pairs is not None:
        want -= {tuple(sorted((int(a), int(b)))) for a, b in exclude_pairs}
    want = sorted(want)
    need_maps = cum_map or max_map or pair_maps or pair_callback is not None
    cum = np.zeros(graph.shape) if cum_map else None
    mx = np.zeros(graph.shape) if max_map else None
    comp = graph.component

    def emit(i, j, cur, volt):
        if cum is not None:
            cum[...] += cur
        if mx is not None:
            np.maximum(mx, cur, out=mx)
        if pair_maps:
            res.pair_current[(i, j)] = cur
            res.pair_voltage[(i, j)] = volt
        if pair_callback is not None:
            pair_callback(i, j, cur, volt)

    def set_r(i, j, val):
        res.resistance[idx[i], idx[j]] = res.resistance[idx[j], idx[i]] = val
        if not np.isfinite(val):
            res.disconnected.append((i, j))

    fast, slow = [], []
    for i, j in want:
        ri, rj = regions[i], regions[j]
        if ri.nodes.size == 0 or rj.nodes.size == 0:
            set_r(i, j, np.inf)
        elif strategy == "auto" and ri.simple and rj.simple:
            if comp[ri.node] != comp[rj.node]:
                set_r(i, j, np.inf)
            elif ri.node == rj.node:
                set_r(i, j, 0.0)
                if need_maps:
                    emit(i, j, np.zeros(graph.shape), np.zeros(graph.shape))
            else:
                fast.append((i, j))
        else:
            slow.append((i, j))

    # work estimate for progress: fast solves + pair map evaluations + slow solves
    by_comp = {}
    for i, j in fast:
        c = comp[regions[i].node]
        by_comp.setdefault(c, set()).update((regions[i].node, regions[j].node))
    n_fast_solves = sum(len(v) - 1 for v in by_comp.values())
    prog = Steps(n_fast_solves + (len(fast) if need_maps else 0) + len(slow), progress, cancelled)
    prog.check()

    L = graph.laplacian
    noc = graph.node_of_cell
    for c, nodeset in sorted(by_comp.items()):
        cnodes = np.nonzero(comp == c)[0]
        local = np.full(graph.n_nodes, -1, dtype=np.int64)
        local[cnodes] = np.arange(cnodes.size)
        fnodes = sorted(nodeset)
        ground = fnodes[0]
        Lc = L[cnodes][:, cnodes].tocsr()
        free = np.ones(cnodes.size, dtype=bool)
        free[local[ground]] = False
        A = Lc[free][:, free]
        s = _Solver(A, solver, tol)
        res.solver.add(s.name)
        X = np.zeros((cnodes.size, len(fnodes)))
        nfree = int(free.sum())
        fidx = np.cumsum(free) - 1  # local node -> row of the grounded system

        def rhs(k):
            b = np.zeros(nfree)
            b[fidx[local[fnodes[k + 1]]]] = 1.0
            return b

        def store(k, x):
            X[free, k + 1] = x

        s.solve_many(len(fnodes) - 1, rhs, store, step=prog.step, check=prog.check)
        res.n_solves += len(fnodes) - 1
        col = {fn: k for k, fn in enumerate(fnodes)}
        lf = np.array([local[fn] for fn in fnodes])
        D = X[lf, :]  # D[a, b] = potential at focal node a for 1 A injected at b (ground fnodes[0])
        comp_pairs = [(i, j) for i, j in fast if comp[regions[i].node] == c]
        for i, j in comp_pairs:
            a, b = col[regions[i].node], col[regions[j].node]
            set_r(i, j, D[a, a] + D[b, b] - D[a, b] - D[b, a])
            if need_maps:
                v = X[:, b] - X[:, a]
                v -= v[lf[a]]
                vfull = np.zeros(graph.n_nodes)
                vfull[cnodes] = v
                cell_node = noc.copy()
                for rid in (i, j):
                    cell_node[regions[rid].extra_cells] = regions[rid].node
                ext = np.zeros(graph.n_nodes)
                ext[regions[i].node] = ext[regions[j].node] = 1.0
                emit(i, j, *_maps(graph, vfull, cell_node, ext))
                prog.step()
        X = D = None

    def solve_slow(pairs, step_by=1):
        for i, j in pairs:
            prog.check()
            r, maps = _solve_pair_merged(graph, regions[i], regions[j], solver, tol, res.solver, need_maps)
            res.n_solves += 1 if np.isfinite(r) and r > 0 else 0
            set_r(i, j, r)
            if maps is not None:
                emit(i, j, *maps)
            prog.step(step_by)

    # pairs with focal regions: each pair is its own graph. When only the cumulative / max maps are
    # wanted, half of the pairs go to a forked child (POSIX), which adds its maps into shared memory.
    if (len(slow) >= 2 and not pair_maps and pair_callback is None and hasattr(os, "fork")
            and _default_workers() >= 2 and graph.n_nodes >= PARALLEL_MIN_NODES):
        mine, theirs = slow[0::2], slow[1::2]
        nt = len(theirs)
        slots = [m for m in (cum, mx) if m is not None]
        buf = mmap.mmap(-1, 8 * (2 * nt + len(slots) * int(np.prod(graph.shape))))
        sh = np.frombuffer(buf, dtype=np.float64)
        rvals, nsol = sh[:nt], sh[nt:2 * nt]
        shmaps = sh[2 * nt:].reshape((len(slots),) + tuple(graph.shape))

        def child():  # its pairs, maps summed / maxed into shared memory
            for t, (i, j) in enumerate(theirs):
                r, maps = _solve_pair_merged(graph, regions[i], regions[j], solver, tol, set(), need_maps)
                rvals[t] = r
                nsol[t] = 1 if np.isfinite(r) and r > 0 else 0
                if maps is not None:
                    k = 0
                    if cum is not None:
                        shmaps[k] += maps[0]
                        k += 1
                    if mx is not None:
                        np.maximum(shmaps[k], maps[0], out=shmaps[k])

        # the child failed: do its pairs here (raises the real error if any)
        if _with_forked_child(child, lambda: solve_slow(mine, 2), lambda: solve_slow(theirs)):
            for t, (i, j) in enumerate(theirs):
                set_r(i, j, float(rvals[t]))
                res.n_solves += int(nsol[t])
            k = 0
            if cum is not None:
                cum += shmaps[k]
                k += 1
            if mx is not None:
                np.maximum(mx, shmaps[k], out=mx)
        del sh, rvals, nsol, shmaps
        buf.close()
    else:
        solve_slow(slow)

    res.disconnected.sort()
    res.cum_current = cum
    res.max_current = mx
    res.solver = sorted(res.solver)
    res.seconds = time.time() - t0
    return res


def _maps(graph, vnode, cell_node, ext):
    """Cell voltage and node-current maps from node voltages (node current = max(in, out))."""
    has = cell_node >= 0
    volt = np.zeros(cell_node.size)
    volt[has] = vnode[cell_node[has]]
    volt = volt.reshape(graph.shape)
    cur = graph.node_currents(volt, cell_node, ext, vnode.size)
    return cur, volt


def _solve_pair_merged(graph, ri, rj, solver, tol, solvers_used, need_maps):
    """One pair with focal regions merged for this pair only (Circuitscape focal regions).
    Returns (R, (current, voltage) or None)."""
    n = graph.n_nodes
    si, sj = set(ri.nodes.tolist()), set(rj.nodes.tolist())
    if si & sj:
        return 0.0, ((np.zeros(graph.shape), np.zeros(graph.shape)) if need_maps else None)
    # contract: nodes of region i -> new node A, region j -> new node B
    keep = np.ones(n, dtype=bool)
    keep[list(si)] = False
    keep[list(sj)] = False
    newid = np.full(n, -1, dtype=np.int64)
    newid[keep] = np.arange(keep.sum())
    A_id, B_id = keep.sum(), keep.sum() + 1
    newid[list(si)] = A_id
    newid[list(sj)] = B_id
    m = int(B_id) + 1
    P = sp.csr_matrix((np.ones(n), (np.arange(n), newid)), shape=(n, m))
    Lp = (P.T @ graph.laplacian @ P).tocsr()
    ncomp, lab = connected_components(Lp, directed=False)
    if lab[A_id] != lab[B_id]:
        return np.inf, None
    cn = np.nonzero(lab == lab[A_id])[0]
    local = np.full(m, -1, dtype=np.int64)
    local[cn] = np.arange(cn.size)
    Lc = Lp[cn][:, cn].tocsr()
    ground = np.zeros(cn.size, dtype=bool)
    ground[local[A_id]] = True  # node i at 0 V, 1 A injected at j (Circuitscape map orientation)
    b = np.zeros(cn.size)
    b[local[B_id]] = 1.0
    v = _grounded_solve(Lc, ground, b, solver, tol, solvers_used)
    R = float(v[local[B_id]])
    if not need_maps:
        return R, None
    vnew = np.zeros(m)
    vnew[cn] = v
    cell_node = graph.node_of_cell.copy()
    has = cell_node >= 0
    cell_node[has] = newid[cell_node[has]]
    cell_node[ri.extra_cells] = A_id
    cell_node[rj.extra_cells] = B_id
    ext = np.zeros(m)
    ext[A_id] = ext[B_id] = 1.0
    return R, _maps(graph, vnew, cell_node, ext)


# ----------------------------------------------------------------------------------------------
# one-to-all / all-to-one
# ----------------------------------------------------------------------------------------------
class FocalModeResult(object):
    """Result of :func:`one_to_all` / :func:`all_to_one`: ``ids``; ``resistance`` (per id; inf when
    no other focal node shares its component); ``current`` / ``voltage`` dicts ``{id: 2-D}``;
    ``cum_current``; ``solver``; ``n_solves``."""

    def __init__(self, ids):
        self.ids = np.asarray(ids, dtype=np.int64)
        self.resistance = np.full(len(ids), np.inf)
        self.current = {}
        self.voltage = {}
        self.cum_current = None
        self.solver = set()
        self.n_solves = 0


def _merge_all_regions(graph, regions):
    """Laplacian with every focal region contracted to one node (used in one-to-all/all-to-one)."""
    n = graph.n_nodes
    parent = np.arange(n)
    for reg in regions.values():
        if reg.nodes.size > 1:
            parent[reg.nodes] = reg.nodes[0]
    # union chains (regions sharing nodes)
    for _ in range(len(regions) + 1):
        nxt = parent[parent]
        if np.array_equal(nxt, parent):
            break
        parent = nxt
    uniq, newid = np.unique(parent, return_inverse=True)
    m = uniq.size
    P = sp.csr_matrix((np.ones(n), (np.arange(n), newid)), shape=(n, m))
    Lp = (P.T @ graph.laplacian @ P).tocsr()
    return Lp, newid, m


def _focal_mode(graph, focal, mode, strengths, maps, solver, tol, *, progress, cancelled):
    regions_cells = focal_regions(focal, graph.shape)
    ids = sorted(regions_cells)
    regions = {i: _Region(graph, regions_cells[i]) for i in ids}
    out = FocalModeResult(ids)
    Lp, newid, m = _merge_all_regions(graph, regions)
    ncomp, lab = connected_components(Lp, directed=False)
    node = {i: (int(newid[regions[i].nodes[0]]) if regions[i].nodes.size else -1) for i in ids}
    cell_node = graph.node_of_cell.copy()
    has = cell_node >= 0
    cell_node[has] = newid[cell_node[has]]
    for i in ids:
        if node[i] >= 0:
            cell_node[regions[i].extra_cells] = node[i]
    cum = np.zeros(graph.shape)
    prog = Steps(len(ids), progress, cancelled)
    for i in ids:
        prog.check()
        ni = node[i]
        zero = (np.zeros(graph.shape), np.zeros(graph.shape))
        others = [node[k] for k in ids if k != i and node[k] >= 0 and node[k] != ni
                  and ni >= 0 and lab[node[k]] == lab[ni]]
        if ni < 0 or not others:
            if maps:
                out.current[i], out.voltage[i] = zero
            prog.step()
            continue
        cn = np.nonzero(lab == lab[ni])[0]
        local = np.full(m, -1, dtype=np.int64)
        local[cn] = np.arange(cn.size)
        Lc = Lp[cn][:, cn].tocsr()
        ground = np.zeros(cn.size, dtype=bool)
        b = np.zeros(cn.size)
        s_i = float(strengths.get(i, 1.0)) if strengths else 1.0
        if mode == "one_to_all":
            ground[local[others]] = True
            b[local[ni]] = s_i
        else:
            ground[local[ni]] = True
            for k in ids:
                if k != i and node[k] in others:
                    b[local[node[k]]] += float(strengths.get(k, 1.0)) if strengths else 1.0
        v = _grounded_solve(Lc, ground, b, solver, tol, out.solver)
        out.n_solves += 1
        if mode == "one_to_all":
            out.resistance[list(ids).index(i)] = v[local[ni]] / s_i
        else:
            out.resistance[list(ids).index(i)] = 0.0
        vnew = np.zeros(m)
        vnew[cn] = v
        # external current per node: injections, and the current drained at grounded nodes
        ext = np.zeros(m)
        inj = b.copy()
        drain = Lc @ v - b
        inj[ground] = drain[ground]
        ext[cn] = np.abs(inj)
        cur, volt = _maps(graph, vnew, cell_node, ext)
        cum += cur
        if maps:
            out.current[i], out.voltage[i] = cur, volt
        prog.step()
    out.cum_current = cum
    out.solver = sorted(out.solver)
    return out


def one_to_all(graph, focal, strengths=None, maps=True, solver="auto", tol=1e-10, *, progress=None,
               cancelled=None):
    """One-to-all mode (Circuitscape; McRae et al. 2008): for each focal id i, inject 1 A (or
    ``strengths[i]``) at i with every other focal node of its component grounded. Returns a
    :class:`FocalModeResult`; ``resistance[i]`` = V(i) / strength (inf if i has no other focal node
    in its component). Focal regions are merged into one node each."""
    return _focal_mode(graph, focal, "one_to_all", strengths, maps, solver, tol, progress=progress, cancelled=cancelled)


def all_to_one(graph, focal, strengths=None, maps=True, solver="auto", tol=1e-10, *, progress=None,
               cancelled=None):
    """All-to-one mode (Circuitscape; McRae et al. 2008): for each focal id i, ground i and inject
    1 A (or ``strengths[k]``) at every other focal node k of its component. ``resistance[i]`` is 0
    when solved and inf when i is alone in its component (Circuitscape writes -1)."""
    return _focal_mode(graph, focal, "all_to_one", strengths, maps, solver, tol, progress=progress, cancelled=cancelled)


# ----------------------------------------------------------------------------------------------
# advanced
# ----------------------------------------------------------------------------------------------
class AdvancedResult(object):
    """Result of :func:`advanced`: ``voltage``, ``current`` (2-D); ``floating_components`` (number
    of components with sources but no ground, left at 0 V); ``solver``; ``n_solves``."""


def advanced(graph, sources, grounds, grounds_are_resistances=False, remove_src_or_gnd="keepall",
             use_direct_grounds=False, use_unit_currents=False, solver="auto", tol=1e-10,
             *, progress=None, cancelled=None):
    """Advanced mode (Circuitscape; McRae et al. 2008): current sources and grounds as rasters.

    ``sources``: amps injected per cell (nodata/NaN = none; negative values withdraw current).
    ``grounds``: resistance to ground (``grounds_are_resistances``; 0 = direct ground) or
    conductance to ground (inf = direct ground); NaN = none, conductance 0 = none. Values of cells
    merged into one node (polygons) add up. ``remove_src_or_gnd`` for nodes that are both source
    and ground: "keepall", "rmvsrc", "rmvgnd", "rmvall". ``use_direct_grounds``: every ground is a
    direct (0 ohm) ground. ``use_unit_currents``: every source injects 1 A. Components with sources
    but no ground cannot be solved: they stay at 0 V and are counted in ``floating_components``.
    """
    n = graph.n_nodes
    noc = graph.node_of_cell
    has = noc >= 0
    s_cell = np.asarray(sources, dtype=np.float64).ravel()
    g_cell = np.asarray(grounds, dtype=np.float64).ravel()
    s_ok = has & np.isfinite(s_cell) & (s_cell != 0)
    s_vals = np.where(use_unit_currents, np.sign(s_cell), s_cell)
    src = np.bincount(noc[s_ok], weights=s_vals[s_ok], minlength=n)
    g_ok = has & ~np.isnan(g_cell)
    if grounds_are_resistances:
        g_ok &= g_cell >= 0
        direct_cell = g_ok & (g_cell == 0)
        with np.errstate(divide="ignore"):
            gc = np.where(g_ok & ~direct_cell, 1.0 / np.where(g_cell > 0, g_cell, 1.0), 0.0)
    else:
        g_ok &= g_cell > 0
        direct_cell = g_ok & np.isinf(g_cell)
        gc = np.where(g_ok & ~direct_cell, g_cell, 0.0)
    if use_direct_grounds:
        direct_cell = g_ok.copy()
    direct = np.zeros(n, dtype=bool)
    direct[noc[direct_cell]] = True
    gnd = np.bincount(noc[g_ok & ~direct_cell], weights=gc[g_ok & ~direct_cell], minlength=n)
    gnd[direct] = 0.0
    is_gnd = direct | (gnd > 0)
    both = is_gnd & (src != 0)
    if remove_src_or_gnd in ("rmvsrc", "rmvall"):
        src[both] = 0.0
    if remove_src_or_gnd in ("rmvgnd", "rmvall"):
        direct[both] = False
        gnd[both] = 0.0
    elif remove_src_or_gnd != "keepall" and remove_src_or_gnd != "rmvsrc":
        raise ValueError("remove_src_or_gnd must be keepall, rmvsrc, rmvgnd or rmvall")

    out = AdvancedResult()
    out.solver, out.n_solves, out.floating_components = set(), 0, 0
    v = np.zeros(n)
    comp = graph.component
    active = np.unique(comp[src != 0]) if n else np.zeros(0, dtype=int)
    prog = Steps(len(active), progress, cancelled)
    G = graph.laplacian + sp.diags(gnd)
    for c in active:
        prog.check()
        cn = np.nonzero(comp == c)[0]
        if not (direct[cn].any() or (gnd[cn] > 0).any()):
            out.floating_components += 1
            prog.step()
            continue
        Gc = G[cn][:, cn].tocsr()
        v[cn] = _grounded_solve(Gc, direct[cn], src[cn], solver, tol, out.solver)
        out.n_solves += 1
        prog.step()
    resid = src - gnd * v - graph.laplacian @ v  # current leaving through direct grounds
    ext = np.abs(src) + np.abs(gnd * v) + np.where(direct, np.abs(resid), 0.0)
    out.current, out.voltage = _maps(graph, v, noc, ext)
    out.solver = sorted(out.solver)
    return out
