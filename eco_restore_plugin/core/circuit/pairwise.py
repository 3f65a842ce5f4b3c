"""Pairwise mode: effective resistance and current maps for every pair of focal nodes (McRae et al.
2008; Circuitscape pairwise).
"""

import mmap
import os
import time

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from .._progress import Steps
from . import settings
from .graph import _Region, focal_regions
from .potentials import Potentials
from .mapspace import MapSpace, grid_maps as _maps  # noqa: F401  (_maps: benchmarks/bench_circuit.py)
from .solvers import _Solver, _dissipated_power, _grounded_solve, _principal_submatrix, _with_forked_child

__all__ = ["PairwiseResult", "pairwise"]


# ----------------------------------------------------------------------------------------------
# pairwise
# ----------------------------------------------------------------------------------------------
class PairwiseResult(object):
    """Result of :func:`pairwise`.

    ``ids`` (sorted focal ids); ``resistance`` (n x n: 0 on the diagonal, R_ij ohms, ``inf`` when
    disconnected, NaN when the pair was not requested); ``disconnected`` (list of id pairs);
    ``cum_current``, ``max_current`` (2-D or None); ``pair_current`` / ``pair_voltage`` (dicts
    ``{(i, j): 2-D}`` when ``pair_maps=True``); ``solver`` (names of the solvers used);
    ``n_solves`` (linear systems solved); ``residual`` (largest relative residual ||b - A x|| / ||b||
    of the solves).
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
        self.residual = 0.0
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


def pairwise(graph, focal, *, pairs=None, exclude_pairs=None, focal_ids=None, cum_map=True, max_map=False,
             pair_maps=False, pair_callback=None, solver="auto", tol=1e-10, strategy="auto",
             progress=None, cancelled=None, map_cells=None, scratch=None):
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
    ``cancelled()`` callbacks; :class:`~._progress.Cancelled` is raised on cancel. ``map_cells``: sorted
    flat indices of the cells the maps are made on (every cell of the network and of the focal regions):
    every map is then 1-D over those cells, equal to the whole-grid map there bit for bit
    (:class:`.mapspace.MapSpace`); None = 2-D maps of the whole grid. ``scratch``: a folder for the focal
    nodes' potentials of the fast path (nodes x focal nodes, float64, a temporary file removed at the end:
    :class:`.potentials.Potentials`); None keeps them in memory.
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
    space = MapSpace(graph, map_cells)
    for i in ids:
        space.positions(regions[i].extra_cells)     # every painted cell is a map cell
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
    cum = space.zeros() if cum_map else None
    mx = space.zeros() if max_map else None
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
                    emit(i, j, space.zeros(), space.zeros())
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
    # only the cumulative map wanted: sum |voltage differences| per edge over the pairs, currents once
    acc = _CumAccumulator(graph) if (cum is not None and mx is None and not pair_maps
                                     and pair_callback is None and fast) else None
    for c, nodeset in sorted(by_comp.items()):
        cnodes = np.nonzero(comp == c)[0]
        local = np.full(graph.n_nodes, -1, dtype=np.int64)
        local[cnodes] = np.arange(cnodes.size)
        fnodes = _ground_first(L, sorted(nodeset))
        ground = fnodes[0]
        free = np.ones(cnodes.size, dtype=bool)
        free[local[ground]] = False
        A = _principal_submatrix(L, cnodes[free])  # the component's grounded system, one copy of L
        s = _Solver(A, solver, tol)
        A = None
        pot = Potentials(cnodes.size, len(fnodes), scratch)
        X = pot.X
        try:
            nfree = int(free.sum())
            fidx = np.cumsum(free) - 1  # local node -> row of the grounded system

            def rhs(k):
                b = np.zeros(nfree)
                b[fidx[local[fnodes[k + 1]]]] = 1.0
                return b

            def store(k, x):
                X[free, k + 1] = x

            s.solve_many(len(fnodes) - 1, rhs, store, step=prog.step, check=prog.check, shared_store=pot.on_disk)
            s.release()  # the factor / hierarchy is not needed for the maps: free it before they are made
            res.n_solves += len(fnodes) - 1
            res.solver.add(s.name)
            res.residual = max(res.residual, s.max_residual)
            col = {fn: k for k, fn in enumerate(fnodes)}
            lf = np.array([local[fn] for fn in fnodes])
            D = X[lf, :]  # D[a, b] = potential at focal node a for 1 A injected at b (ground fnodes[0])
            comp_pairs = [(i, j) for i, j in fast if comp[regions[i].node] == c]
            every = acc is not None and _every_pair(comp_pairs, regions)
            if every:  # all pairs of the component's focal nodes: summed per edge by sorting (no loop over pairs)
                # every focal node of the component is in a pair: X's columns are those of cids in another
                # order, and the per-edge sum over pairs (of sorted differences) does not depend on it
                cids = sorted({i for pair in comp_pairs for i in pair})
                cols = [col[regions[i].node] for i in cids]
                acc.add_every_pair(cnodes, X if sorted(cols) == list(range(X.shape[1])) else X[:, cols],
                                   [regions[i].node for i in cids], step=prog.step)
            for i, j in comp_pairs:
                a, b = col[regions[i].node], col[regions[j].node]
                set_r(i, j, D[a, a] + D[b, b] - D[a, b] - D[b, a])
                if every:
                    continue
                if acc is not None and not (regions[i].extra_cells.size or regions[j].extra_cells.size):
                    acc.add(cnodes, X[:, b] - X[:, a], regions[i].node, regions[j].node)
                    prog.step()
                elif need_maps:
                    v = X[:, b] - X[:, a]
                    v -= v[lf[a]]
                    vfull = np.zeros(graph.n_nodes)
                    vfull[cnodes] = v
                    cell_node = space.cell_nodes()
                    for rid in (i, j):
                        space.paint(cell_node, regions[rid].extra_cells, regions[rid].node)
                    ext = np.zeros(graph.n_nodes)
                    ext[regions[i].node] = ext[regions[j].node] = 1.0
                    emit(i, j, *space.maps(vfull, cell_node, ext))
                    prog.step()
        finally:
            X = D = None
            pot.close()
    if acc is not None:
        cum += space.from_grid(acc.current_map())
        acc = None

    def solve_slow(pairs, step_by=1):
        for i, j in pairs:
            prog.check()
            r, maps = _solve_pair_merged(graph, regions[i], regions[j], solver, tol, res.solver, need_maps,
                                         log=res, space=space)
            res.n_solves += 1 if np.isfinite(r) and r > 0 else 0
            set_r(i, j, r)
            if maps is not None:
                emit(i, j, *maps)
            prog.step(step_by)

    # pairs with focal regions: each pair is its own graph. When only the cumulative / max maps are
    # wanted, half of the pairs go to a forked child (POSIX), which adds its maps into shared memory.
    if (len(slow) >= 2 and not pair_maps and pair_callback is None and hasattr(os, "fork")
            and settings._default_workers() >= 2 and graph.n_nodes >= settings.PARALLEL_MIN_NODES):
        mine, theirs = slow[0::2], slow[1::2]
        nt = len(theirs)
        slots = [m for m in (cum, mx) if m is not None]
        buf = mmap.mmap(-1, 8 * (2 * nt + len(slots) * int(np.prod(space.shape))))
        sh = np.frombuffer(buf, dtype=np.float64)
        buf2 = mmap.mmap(-1, 8 * max(nt, 1))
        resid = np.frombuffer(buf2, dtype=np.float64, count=nt)
        rvals, nsol = sh[:nt], sh[nt:2 * nt]
        shmaps = sh[2 * nt:].reshape((len(slots),) + tuple(space.shape))

        def child():  # its pairs, maps summed / maxed into shared memory
            for t, (i, j) in enumerate(theirs):
                log = PairwiseResult([])
                r, maps = _solve_pair_merged(graph, regions[i], regions[j], solver, tol, set(), need_maps,
                                             log=log, space=space)
                resid[t] = log.residual
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
            if nt:
                res.residual = max(res.residual, float(resid.max()))
            k = 0
            if cum is not None:
                cum += shmaps[k]
                k += 1
            if mx is not None:
                np.maximum(mx, shmaps[k], out=mx)
        del sh, rvals, nsol, shmaps, resid
        buf.close()
        buf2.close()
    else:
        solve_slow(slow)

    res.disconnected.sort()
    res.cum_current = cum
    res.max_current = mx
    res.solver = sorted(res.solver)
    res.seconds = time.time() - t0
    return res


class _CumAccumulator(object):
    """The cumulative current map of many pairs without one current map per pair.

    A pair's node current is (sum over the node's edges of g |dV| + |external current|) / 2
    (Circuitscape node current, :meth:`RasterGraph.node_currents`), linear in the per-edge |dV|
    once the pair's voltages are known. So the sum over pairs is formed per edge first
    (sum of |dV|, 3 array operations per edge direction and pair), and the conductances, node sums
    and painting are applied once: the same values as summing the pairs' maps, up to the order of
    the floating-point sums. The endpoints' external current (1 A each) is counted per node. The sums are
    held per real edge (:attr:`RasterGraph.edge_list`), not per raster cell."""

    def __init__(self, graph):
        self.graph = graph
        self.acc = [np.zeros(ia.size) for _dr, _dc, ia, _w in graph.edge_list]
        self.ext = np.zeros(graph.n_nodes)
        self.volt = np.zeros(int(np.prod(graph.shape)))
        self.has = graph.node_of_cell >= 0
        self.cells = np.flatnonzero(self.has)
        self.cell_nodes = graph.node_of_cell[self.cells]
        self.vnode = np.zeros(graph.n_nodes)

    def add(self, cnodes, v, node_i, node_j):
        """One pair: node voltages ``v`` on the component's nodes ``cnodes`` (any offset)."""
        g = self.graph
        cols = g.shape[1]
        self.vnode[cnodes] = v
        self.volt[self.cells] = self.vnode[self.cell_nodes]
        self.vnode[cnodes] = 0.0
        for k, (dr, dc, ia, _w) in enumerate(g.edge_list):
            d = np.subtract(self.volt[ia + (dr * cols + dc)], self.volt[ia])
            np.abs(d, out=d)
            self.acc[k] += d
        self.ext[node_i] += 1.0
        self.ext[node_j] += 1.0

    def add_every_pair(self, cnodes, X, nodes, step=None, block_cells=4000000):
        """Every pair of the columns of ``X`` (node voltages on ``cnodes`` for 1 A into each of m distinct
        focal ``nodes``, any common ground): per edge the sum over the m(m-1)/2 pairs of |dV_a - dV_b|,
        which for the edge's sorted differences s_1 <= ... <= s_m is sum_k (2k - m - 1) s_k (O(m log m)
        per edge instead of O(m^2)). Same values as :meth:`add` for each pair, up to the order of the
        floating-point sums. ``step(k)`` is called with the number of pairs done, by blocks of edges."""
        g = self.graph
        cols = g.shape[1]
        m = X.shape[1]
        total = m * (m - 1) // 2
        if m < 2:
            return
        wk = (2.0 * np.arange(1, m + 1) - m - 1.0)
        cell_of = np.full(g.n_nodes, -1, dtype=np.int64)
        cell_of[cnodes] = np.arange(cnodes.size)
        loc = np.full(self.volt.size, -1, dtype=np.int64)
        loc[self.cells] = cell_of[self.cell_nodes]
        cell_of = None
        step_edges = max(1, block_cells // max(1, m))
        n_edges = sum(ia.size for _dr, _dc, ia, _w in g.edge_list)
        seen = done = 0

        def rows_of(li):                       # X's rows of the cells, zeros off the component
            vb = np.zeros((li.size, m))
            inside = li >= 0
            vb[inside] = X[li[inside]]
            return vb

        for k, (dr, dc, ia, _w) in enumerate(g.edge_list):
            for e0 in range(0, ia.size, step_edges):
                part = ia[e0:e0 + step_edges]
                d = rows_of(loc[part + (dr * cols + dc)])
                d -= rows_of(loc[part])
                d.sort(axis=-1)
                self.acc[k][e0:e0 + part.size] += d @ wk
                seen += part.size
                pairs_here = (total * seen) // max(n_edges, 1) - done
                done += pairs_here
                if step is not None and pairs_here:
                    step(pairs_here)
        if step is not None and total - done:
            step(total - done)
        for nd in nodes:
            self.ext[nd] += m - 1

    def current_map(self):
        g = self.graph
        cols = g.shape[1]
        sums = np.zeros(self.volt.size)
        for k, (dr, dc, ia, w) in enumerate(g.edge_list):
            f = self.acc[k] * w
            sums[ia] += f
            sums[ia + (dr * cols + dc)] += f
        node_sum = np.bincount(self.cell_nodes, weights=sums[self.cells], minlength=g.n_nodes)
        cur = 0.5 * (node_sum + self.ext)
        out = np.zeros(self.volt.size)
        out[self.cells] = cur[self.cell_nodes]
        return out.reshape(g.shape)


def _every_pair(comp_pairs, regions):
    """True when ``comp_pairs`` are all the pairs of their focal ids, each id a distinct single node
    without extra cells (the cumulative map can then be summed per edge by sorting)."""
    ids = {i for pair in comp_pairs for i in pair}
    m = len(ids)
    if m < 3 or len(set(comp_pairs)) != m * (m - 1) // 2:
        return False
    if any(regions[i].extra_cells.size for i in ids):
        return False
    return len({regions[i].node for i in ids}) == m


def _ground_first(L, fnodes):
    """The focal nodes with the ground first. The ground is the focal node with the largest
    degree-weighted conductance (diagonal of the Laplacian), not the lowest index: grounding inside a
    block of very high resistance makes every potential huge and the superposition
    R_ij = D_ii + D_jj - D_ij - D_ji cancel (issue 19: 4e-4 relative error on a 1e0-1e8 surface)."""
    d = L.diagonal()[np.asarray(fnodes, dtype=np.int64)]
    g = int(np.argmax(d))  # first of the ties = lowest node
    return [fnodes[g]] + fnodes[:g] + fnodes[g + 1:]


def _solve_pair_merged(graph, ri, rj, solver, tol, solvers_used, need_maps, log=None, space=None):
    """One pair with focal regions merged for this pair only (Circuitscape focal regions).
    Returns (R, (current, voltage) or None); the maps on ``space`` (:class:`MapSpace`, None = whole grid)."""
    n = graph.n_nodes
    space = space if space is not None else MapSpace(graph)
    si, sj = set(ri.nodes.tolist()), set(rj.nodes.tolist())
    if si & sj:
        return 0.0, ((space.zeros(), space.zeros()) if need_maps else None)
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
    # Both regions held at fixed potentials (i at 0 V, j at 1 V) and removed from the system, instead of
    # region j's contracted node as an unknown: a contracted region is one node with an edge to every cell
    # around it, and pyamg's set-up on such a hub filled its coarse levels (a 2000² demo pair: 60 s of set-up
    # for a 3 s solve). The same perfect conductors, so the same solution: R = 1 / (current leaving j at 1 V),
    # and the 1 A potentials are these times R (Circuitscape map orientation: i at 0 V, 1 A injected at j).
    # That current is taken as the power dissipated at 1 V, sum over edges of g (dV)^2 (Dirichlet principle):
    # a sum of positive terms whose error is second order in the solver's, where summing the currents at
    # j's edges would cancel digits next to a well-conducting region (1 - v ~ 1e-6 on a 1-1e8 surface).
    a, bj = local[A_id], local[B_id]
    fixed = np.zeros(cn.size, dtype=bool)
    fixed[[a, bj]] = True
    rhs = -Lc[:, [bj]].toarray().ravel()
    rhs[fixed] = 0.0
    v = _grounded_solve(Lc, fixed, rhs, solver, tol, solvers_used, log=log) if (~fixed).any() else np.zeros(cn.size)
    v[bj] = 1.0
    current = _dissipated_power(Lc, v)
    R = 1.0 / current if current > 0 else np.inf
    v *= R
    if not need_maps:
        return R, None
    vnew = np.zeros(m)
    vnew[cn] = v
    cell_node = space.cell_nodes()
    has = cell_node >= 0
    cell_node[has] = newid[cell_node[has]]
    space.paint(cell_node, ri.extra_cells, A_id)
    space.paint(cell_node, rj.extra_cells, B_id)
    ext = np.zeros(m)
    ext[A_id] = ext[B_id] = 1.0
    return R, space.maps(vnew, cell_node, ext)
