"""One-to-all, all-to-one and advanced modes (Circuitscape user guide; McRae et al. 2008)."""

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from .._progress import Steps
from .graph import _Region, focal_regions
from .mapspace import MapSpace, grid_maps as _maps
from .solvers import _grounded_solve

__all__ = ["FocalModeResult", "one_to_all", "all_to_one", "AdvancedResult", "advanced"]


# ----------------------------------------------------------------------------------------------
# one-to-all / all-to-one
# ----------------------------------------------------------------------------------------------
class FocalModeResult(object):
    """Result of :func:`one_to_all` / :func:`all_to_one`: ``ids``; ``resistance`` (per id; inf when
    no other focal node shares its component); ``current`` / ``voltage`` dicts ``{id: 2-D}``;
    ``cum_current``; ``solver``; ``n_solves``; ``residual`` (largest relative residual)."""

    def __init__(self, ids):
        self.ids = np.asarray(ids, dtype=np.int64)
        self.resistance = np.full(len(ids), np.inf)
        self.current = {}
        self.voltage = {}
        self.cum_current = None
        self.solver = set()
        self.n_solves = 0
        self.residual = 0.0


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


def _focal_mode(graph, focal, mode, strengths, maps, solver, tol, *, progress, cancelled, map_cells=None,
                map_callback=None):
    regions_cells = focal_regions(focal, graph.shape)
    ids = sorted(regions_cells)
    regions = {i: _Region(graph, regions_cells[i]) for i in ids}
    space = MapSpace(graph, map_cells)
    out = FocalModeResult(ids)
    Lp, newid, m = _merge_all_regions(graph, regions)
    ncomp, lab = connected_components(Lp, directed=False)
    node = {i: (int(newid[regions[i].nodes[0]]) if regions[i].nodes.size else -1) for i in ids}
    cell_node = space.cell_nodes()
    has = cell_node >= 0
    cell_node[has] = newid[cell_node[has]]
    for i in ids:
        if node[i] >= 0:
            space.paint(cell_node, regions[i].extra_cells, node[i])
    cum = space.zeros()
    prog = Steps(len(ids), progress, cancelled)
    for i in ids:
        prog.check()
        ni = node[i]
        zero = (space.zeros(), space.zeros())
        others = [node[k] for k in ids if k != i and node[k] >= 0 and node[k] != ni
                  and ni >= 0 and lab[node[k]] == lab[ni]]
        if ni < 0 or not others:
            if maps:
                out.current[i], out.voltage[i] = zero
            if map_callback is not None:
                map_callback(i, *zero)
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
        v = _grounded_solve(Lc, ground, b, solver, tol, out.solver, log=out)
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
        cur, volt = space.maps(vnew, cell_node, ext)
        cum += cur
        if maps:
            out.current[i], out.voltage[i] = cur, volt
        if map_callback is not None:
            map_callback(i, cur, volt)
        prog.step()
    out.cum_current = cum
    out.solver = sorted(out.solver)
    return out


def one_to_all(graph, focal, *, strengths=None, maps=True, solver="auto", tol=1e-10, progress=None,
               cancelled=None, map_cells=None, map_callback=None):
    """One-to-all mode (Circuitscape; McRae et al. 2008): for each focal id i, inject 1 A (or
    ``strengths[i]``) at i with every other focal node of its component grounded. Returns a
    :class:`FocalModeResult`; ``resistance[i]`` = V(i) / strength (inf if i has no other focal node
    in its component). Focal regions are merged into one node each. ``map_cells``: make the maps 1-D on
    these cells (see :func:`.pairwise.pairwise`). ``map_callback(id, current, voltage)``: each focal id's
    maps as they are made, in id order (with ``maps=False`` none is kept)."""
    return _focal_mode(graph, focal, "one_to_all", strengths, maps, solver, tol,
                       progress=progress, cancelled=cancelled, map_cells=map_cells, map_callback=map_callback)


def all_to_one(graph, focal, *, strengths=None, maps=True, solver="auto", tol=1e-10, progress=None,
               cancelled=None, map_cells=None, map_callback=None):
    """All-to-one mode (Circuitscape; McRae et al. 2008): for each focal id i, ground i and inject
    1 A (or ``strengths[k]``) at every other focal node k of its component. ``resistance[i]`` is 0
    when solved and inf when i is alone in its component (Circuitscape writes -1). ``map_cells``: make
    the maps 1-D on these cells (see :func:`.pairwise.pairwise`). ``map_callback(id, current, voltage)``:
    each focal id's maps as they are made, in id order (with ``maps=False`` none is kept)."""
    return _focal_mode(graph, focal, "all_to_one", strengths, maps, solver, tol,
                       progress=progress, cancelled=cancelled, map_cells=map_cells, map_callback=map_callback)


# ----------------------------------------------------------------------------------------------
# advanced
# ----------------------------------------------------------------------------------------------
class AdvancedResult(object):
    """Result of :func:`advanced`: ``voltage``, ``current`` (2-D); ``floating_components`` (number
    of components with sources but no ground, left at 0 V); ``solver``; ``n_solves``; ``residual``."""


def advanced(graph, sources, grounds, *, grounds_are_resistances=False, remove_src_or_gnd="keepall",
             use_direct_grounds=False, use_unit_currents=False, solver="auto", tol=1e-10,
             progress=None, cancelled=None):
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
    out.solver, out.n_solves, out.floating_components, out.residual = set(), 0, 0, 0.0
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
        v[cn] = _grounded_solve(Gc, direct[cn], src[cn], solver, tol, out.solver, log=out)
        out.n_solves += 1
        prog.step()
    resid = src - gnd * v - graph.laplacian @ v  # current leaving through direct grounds
    ext = np.abs(src) + np.abs(gnd * v) + np.where(direct, np.abs(resid), 0.0)
    out.current, out.voltage = _maps(graph, v, noc, ext)
    out.solver = sorted(out.solver)
    return out
