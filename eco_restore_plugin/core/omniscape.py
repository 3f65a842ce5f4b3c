"""Omnidirectional moving-window connectivity (Omniscape; McRae et al. 2016; Landau et al. 2021).

Own numpy/scipy implementation of the Omniscape algorithm with the window rules of Omniscape.jl
(Landau, Shah, Anantharaman & Hall 2021, JOSS 6(57): 2829), checked against its test outputs: targets are
the centres of block_size x block_size blocks that fit in the grid, strength = the block's summed source
strength (> 0; sources on nodata resistance count); the window is the (radius + buffer) square cut at the
grid edges, resistance outside the radius + buffer circle is nodata; sources come from the radius circle,
the target block (at the un-clipped window centre) is zeroed and the positive sources are rescaled to the
target strength, then optionally filtered by conditions; the target is directly grounded; Circuitscape
advanced mode (8 neighbours unless ``four_neighbors``, average-conductance edges, a source on the ground
removed, components without source or ground not solved); node current = max(branch inflow, branch
outflow) summed over windows. Flow potential = the same solves on a square all-1 window; normalized
current = cumulative / flow potential (0/0 -> 0). The block-artifact correction multiplies each window.
The circuit solves use :mod:`eco_restore_plugin.core.circuit`. A tile of a large grid can be computed alone
from the tile plus :func:`tile_margin` cells (``omniscape(..., tile=, origin=, grid_shape=)``), equal to the
whole-grid run there: the tiles are independent tasks (``batch/tiled_tasks.py``).
"""
import math

import numpy as np

from . import circuit
from ._progress import Steps

__all__ = ["coarsen", "omniscape", "OmniscapeResult", "reclassify", "sources_from_resistance", "tile_margin"]


class OmniscapeResult(object):
    """``cum_current``, ``flow_potential`` and ``normalized_current`` (2-D; None when not asked;
    NaN on nodata when ``mask_nodata``), ``n_targets``, ``solver`` (names), ``correction`` (the
    block-artifact correction array or None)."""


def reclassify(values, table):
    """Reclassify a raster with a table ``{old: new}`` (Omniscape.jl reclass_table); a new value of
    None or NaN sets the cell to nodata. Values not in the table are kept (Omniscape reclassify)."""
    a = np.asarray(values, dtype=np.float64)
    out = a.copy()
    for old, new in table.items():
        out[a == old] = np.nan if new is None or (isinstance(new, float) and math.isnan(new)) else new
    return out


def coarsen(values, factor, *, how="mean"):
    """Aggregate a raster by ``factor`` x ``factor`` cells (NaN ignored; all-NaN blocks stay NaN);
    partial blocks at the right/bottom edge are aggregated from the cells they hold. ``how``: "mean" or
    "sum". Block-mean resampling, used to run the moving window on a coarser grid (McRae et al. 2016
    suggest coarse grids for wall-to-wall runs)."""
    a = np.asarray(values, dtype=np.float64)
    if factor <= 1:
        return a
    rows, cols = a.shape
    nr, nc = -(-rows // factor), -(-cols // factor)
    pad = np.full((nr * factor, nc * factor), np.nan)
    pad[:rows, :cols] = a
    blk = pad.reshape(nr, factor, nc, factor)
    ok = np.isfinite(blk)
    n = ok.sum(axis=(1, 3))
    s = np.where(ok, blk, 0.0).sum(axis=(1, 3))
    with np.errstate(invalid="ignore", divide="ignore"):
        out = s / n if how == "mean" else s
    out[n == 0] = np.nan
    return out


def sources_from_resistance(resistance, *, r_cutoff=np.inf):
    """Source strength = 1 / resistance, 0 where resistance > ``r_cutoff`` or nodata
    (Omniscape.jl ``source_from_resistance``; Landau et al. 2021)."""
    r = np.asarray(resistance, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        s = np.where(np.isfinite(r) & (r > 0), 1.0 / r, 0.0)
    s[~(r <= r_cutoff)] = 0.0
    return s


class _Part:
    """A sub-array seen in the coordinates of the whole grid: ``part[r0:r1, c0:c1]`` with grid rows and
    columns reads the sub-array (which must hold them); ``shape`` is the grid's. Lets the window rules,
    written for the whole grid (cut at its edges), run unchanged on one tile with its margin."""

    def __init__(self, arr, origin, shape):
        self.arr, self.origin, self.shape = arr, (int(origin[0]), int(origin[1])), tuple(shape)

    def __getitem__(self, key):
        (r0, r1), (c0, c1) = [(k.start or 0, n if k.stop is None else k.stop) for k, n in zip(key, self.shape)]
        r0, r1, c0, c1 = r0 - self.origin[0], r1 - self.origin[0], c0 - self.origin[1], c1 - self.origin[1]
        if r0 < 0 or c0 < 0 or r1 > self.arr.shape[0] or c1 > self.arr.shape[1]:
            raise IndexError("a window reaches beyond the tile's margin")
        return self.arr[r0:r1, c0:c1]


def tile_margin(radius, *, buffer=0, block_size=1):
    """Rows and columns of data :func:`omniscape` needs around a tile (``tile=``) to give the tile the
    whole-grid result: targets up to radius + buffer outside the tile send current into it, their windows
    reach another radius + buffer, and a target's block sum reads the block radius around it."""
    block_size = int(block_size) + (1 - int(block_size) % 2)
    return 2 * (int(round(radius)) + int(round(buffer))) + (block_size - 1) // 2


def _clip(a, r, c, dist, fill):
    """Rows/cols ``[r - dist, r + dist]`` x ``[c - dist, c + dist]`` of ``a`` cut at the grid edges,
    with the cells farther than ``dist`` (Euclidean, cell centres) from (r, c) set to ``fill``.
    Returns the clipped array and the offset (row0, col0) of its first cell in the grid."""
    rows, cols = a.shape    # a :class:`_Part`: the grid's shape, sliced in grid coordinates
    r0, r1 = max(r - dist, 0), min(r + dist, rows - 1)
    c0, c1 = max(c - dist, 0), min(c + dist, cols - 1)
    sub = np.array(a[r0:r1 + 1, c0:c1 + 1], dtype=np.float64)
    yy, xx = np.mgrid[r0 - r:r1 + 1 - r, c0 - c:c1 + 1 - c]
    sub[np.sqrt(yy * yy + xx * xx) > dist] = fill
    return sub, (r0, c0)


def _window_sources(src, r, c, radius, buffer, block_radius, strength):
    """Source array of the window of target (r, c) (Omniscape.jl rules, Landau et al. 2021): the
    sources within ``radius`` of the target, on the (radius + buffer) window cut at the grid edges;
    the cells of the target block zeroed, where the block sits at the *un-clipped* window centre
    (radius + buffer, radius + buffer) -- for a target closer than radius + buffer to the top/left
    edge this is not the target's block (Omniscape.jl behaviour, reproduced); the positive sources
    rescaled to sum to ``strength``."""
    rows, cols = src.shape
    R = radius + buffer
    sub, (r0, c0) = _clip(src, r, c, radius, 0.0)
    top = max(0, min(buffer, r - radius))
    bottom = max(0, min(buffer, rows - 1 - (r + radius)))
    left = max(0, min(buffer, c - radius))
    right = max(0, min(buffer, cols - 1 - (c + radius)))
    sub = np.pad(sub, ((top, bottom), (left, right)))
    sub[~np.isfinite(sub)] = 0.0
    sub[max(R - block_radius, 0):R + block_radius + 1, max(R - block_radius, 0):R + block_radius + 1] = 0.0
    pos = sub > 0
    tot = sub[pos].sum()
    if tot > 0:
        sub[pos] = sub[pos] * strength / tot
    return sub


def _block_mode(values):
    """Mode as StatsBase.mode: scanning in order, the first value whose count exceeds every earlier
    count (ties go to the value that reached the top count first)."""
    counts = {}
    best, top = values[0], 0
    for v in values:
        counts[v] = counts.get(v, 0) + 1
        if counts[v] > top:
            best, top = v, counts[v]
    return best


def _apply_conditions(sub, r, c, radius, buffer, block_radius, conditions):
    """Conditional connectivity (Omniscape.jl; Landau et al. 2021): zero the window sources whose present
    condition value does not match the target's. Target value = median (``within``) or mode (``equals``)
    of the future condition over the target block; ``within``: keep lower <= present - target <= upper;
    ``equals``: keep present == target. Nodata condition cells keep their source. Applied after the
    sources were rescaled to the target strength (as Omniscape.jl)."""
    R = radius + buffer
    for cond in conditions:
        present = cond["present"]
        future = cond.get("future")
        future = present if future is None else future
        rows, cols = present.shape
        win = present[max(r - R, 0):min(r + R, rows - 1) + 1, max(c - R, 0):min(c + R, cols - 1) + 1]
        blk = future[r - block_radius:min(r + block_radius, rows - 1) + 1,
                     c - block_radius:min(c + block_radius, cols - 1) + 1]
        blk = blk.T.ravel()  # column-major (Omniscape.jl / Julia order)
        blk = blk[np.isfinite(blk)]
        if blk.size == 0:
            continue
        comp = cond.get("comparison", "within")
        if comp == "within":
            d = win - np.median(blk)
            with np.errstate(invalid="ignore"):
                drop = (d > cond.get("upper", 0.0)) | (d < cond.get("lower", 0.0))
        elif comp in ("equals", "equal"):
            drop = np.isfinite(win) & (win != _block_mode(blk))
        else:
            raise ValueError("condition comparison must be 'within' or 'equals'")
        sub[drop] = 0.0
    return sub


def _node_currents(graph, volt):
    """Circuitscape node current from the node voltages of one solve: per node the larger of the total
    branch inflow and the total branch outflow (source injections and direct-ground outflow are not
    branches). As Circuitscape (``get_node_currents``), a branch current whose magnitude is below 1e-8 x the
    largest branch current of its orientation (node order column-major, lower -> higher node and
    higher -> lower) is ignored."""
    shape = volt.shape
    flows = []
    mx_lh = -np.inf  # max over branches of current from the lower to the higher node number
    mx_hl = -np.inf
    for dr, dc, w in graph.edges:
        a, b = circuit._shift_pair(shape, dr, dc)
        f = w * (volt[a] - volt[b])  # current a -> b
        on = w > 0
        if on.any():
            # column-major node order: b is the higher node except for the (1, -1) direction
            lh = f[on] if (dc >= 0) else -f[on]
            mx_lh = max(mx_lh, lh.max())
            mx_hl = max(mx_hl, (-lh).max())
        flows.append((a, b, f, on))
    inflow = np.zeros(shape)
    outflow = np.zeros(shape)
    with np.errstate(divide="ignore", invalid="ignore"):
        for a, b, f, on in flows:
            mag = np.abs(f)
            keep_in = on & ~(mag / abs(mx_lh) < 1e-8)   # counts as inflow of the receiving node
            keep_out = on & ~(mag / abs(mx_hl) < 1e-8)  # counts as outflow of the sending node
            ab = f > 0  # a -> b
            ba = f < 0
            inflow[b] += np.where(keep_in & ab, mag, 0.0)
            outflow[a] += np.where(keep_out & ab, mag, 0.0)
            inflow[a] += np.where(keep_in & ba, mag, 0.0)
            outflow[b] += np.where(keep_out & ba, mag, 0.0)
    return np.maximum(inflow, outflow)


def _solve_window(cond_win, src_win, center, four_neighbors, solver, solvers):
    """Circuitscape advanced-mode solve of one window (conductance ``cond_win``, NaN = nodata; current
    sources ``src_win``; direct ground at ``center``, a source there removed): node-current map
    (0 off the graph and in components without a source or without the ground)."""
    g = circuit.build_graph(cond_win, is_resistance=False, four_neighbors=four_neighbors,
                            avg_resistance=False)
    gnd = np.full(cond_win.shape, np.nan)
    gnd[center] = np.inf
    out = circuit.advanced(g, src_win, gnd, grounds_are_resistances=False,
                           remove_src_or_gnd="rmvsrc", solver=solver)
    solvers.update(out.solver)
    return _node_currents(g, out.voltage)


def _correction(radius, buffer, block_size, four_neighbors, solver, solvers):
    """Block-artifact correction array (Omniscape.jl ``correct_artifacts``, Landau et al. 2021), on
    a uniform window of radius + buffer: the current of one target of strength 1 with unit-split sources
    on the radius disk (target cell excluded), summed over the block_size^2 shifts of the target inside
    its block, divided by the current of the block target (strength block_size^2, the block's sources
    removed). Cells where either current is 0 get 1."""
    R = radius + buffer
    size = 2 * R + 1
    ones = np.ones((size, size))
    br = (block_size - 1) // 2
    cond, _ = _clip(ones, R, R, R, np.nan)
    disk, _ = _clip(ones, R, R, radius, np.nan)
    disk = np.pad(disk, buffer, constant_values=np.nan)
    n_src = np.isfinite(disk).sum()
    s_null = np.where(np.isfinite(disk), 1.0 / (n_src - 1), 0.0)
    s_null[R, R] = 0.0
    s_block = _window_sources(ones, R, R, radius, buffer, br, float(block_size * block_size))
    blocked = _solve_window(cond, s_block, (R, R), four_neighbors, solver, solvers)
    null = _solve_window(cond, s_null, (R, R), four_neighbors, solver, solvers)
    total = np.zeros((size + 2 * br, size + 2 * br))
    for i in range(block_size):
        for j in range(block_size):
            total[i:i + size, j:j + size] += null
    total = total[br:br + size, br:br + size]
    total[blocked == 0] = 0.0
    total[total == 0] = 1.0
    blocked[blocked == 0] = 1.0
    return total / blocked


def _grid_steps(lo, hi, br, block_size, n):
    """The block centres br, br + block_size, … (whole block inside 0..n) that lie in [lo, hi)."""
    first = br + max(0, -(-(lo - br) // block_size)) * block_size
    return range(first, min(hi, n - br), block_size)


def _targets(src, block_size, box=None):
    """Targets (row, col, strength) of Omniscape.jl: block centres on a block_size grid starting at
    (block_radius, block_radius) whose whole block fits in the grid, strength = summed source strength
    of the block (> 0 only); in the grid's column-major order. ``box`` (row0, row1, col0, col1): only the
    centres inside it."""
    rows, cols = src.shape
    br = (block_size - 1) // 2
    box = box or (0, rows, 0, cols)
    out = []
    for c in _grid_steps(box[2], box[3], br, block_size, cols):
        for r in _grid_steps(box[0], box[1], br, block_size, rows):
            amt = src[r - br:r + br + 1, c - br:c + br + 1].sum()
            if amt > 0:
                out.append((r, c, amt))
    return out


def _prepare(resistance, source_strength, source_threshold, r_cutoff, source_from_resistance,
             resistance_is_conductance):
    """(resistance, valid mask, conductance with NaN off the graph, source strength) as :func:`omniscape`
    uses them (Omniscape.jl's source rules)."""
    res = np.asarray(resistance, dtype=np.float64)
    valid = np.isfinite(res) & (res > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        cond = np.where(valid, res if resistance_is_conductance else 1.0 / res, np.nan)
    if source_from_resistance or source_strength is None:
        if not source_from_resistance:
            raise ValueError("no source strength given and source_from_resistance is False")
        # Omniscape.jl: source = conductance, 0 below 1 / r_cutoff (resistance above r_cutoff) and on
        # nodata; source_threshold is not applied to sources derived from resistance.
        with np.errstate(divide="ignore"):
            src = np.where(valid & (cond >= 1.0 / r_cutoff), cond, 0.0)
    else:
        src = np.asarray(source_strength, dtype=np.float64)
        if src.shape != res.shape:
            raise ValueError("source strength and resistance rasters differ in size")
        src = np.where(np.isfinite(src), src, 0.0)
        if np.any(src < 0):
            raise ValueError("source strengths must be >= 0")
        # Omniscape.jl keeps sources on nodata resistance cells: they count in the target strength and
        # in the split, but their current is lost in the solve (the cell is not a node)
        src = np.where(src >= source_threshold, src, 0.0)
    return res, valid, cond, src


def _odd_block(block_size):
    block_size = int(block_size)
    if block_size < 1:
        raise ValueError("block_size must be >= 1")
    return block_size + 1 if block_size % 2 == 0 else block_size


def count_targets(resistance, *, source_strength=None, block_size=1, source_threshold=0.0, r_cutoff=np.inf,
                  source_from_resistance=False, resistance_is_conductance=False, tile=None, origin=(0, 0),
                  grid_shape=None):
    """The number of Omniscape targets (block centres whose block's summed source strength is > 0, as
    :func:`omniscape` selects them) whose centre lies in ``tile`` (row0, row1, col0, col1; default the whole
    grid). ``resistance`` and ``source_strength`` hold the tile plus the block radius around it (cut at the
    grid edges), their first cell at ``origin`` of a grid of ``grid_shape``. Summed over the tiles of a grid
    it gives the whole run's ``n_targets``. Options as in :func:`omniscape`."""
    _, _, _, src = _prepare(resistance, source_strength, source_threshold, r_cutoff, source_from_resistance,
                            resistance_is_conductance)
    shape = tuple(int(v) for v in (grid_shape or src.shape))
    tile = tuple(int(v) for v in (tile or (0, shape[0], 0, shape[1])))
    return len(_targets(_Part(src, origin, shape), _odd_block(block_size), tile))


def omniscape(resistance, *, radius, source_strength=None, block_size=1, buffer=0,
              source_threshold=0.0, r_cutoff=np.inf, source_from_resistance=False,
              resistance_is_conductance=False, correct_artifacts=True, calc_flow_potential=False,
              calc_normalized_current=False, four_neighbors=False, mask_nodata=True,
              solver="direct", progress=None, cancelled=None, conditions=None, tile=None, origin=(0, 0),
              grid_shape=None):
    """Omniscape moving-window cumulative current (Omniscape, McRae et al. 2016; Landau et al. 2021).

    ``resistance``: 2-D (NaN = nodata), or conductance when ``resistance_is_conductance``.
    ``source_strength``: 2-D (NaN = 0), or None with ``source_from_resistance`` (1/resistance,
    0 where resistance > ``r_cutoff``; ``source_threshold`` is then not applied, as Omniscape.jl).
    Given sources below ``source_threshold`` are 0. ``radius`` and
    ``buffer`` in cells: sources within ``radius`` of the target, resistance clipped to
    ``radius + buffer``. ``block_size`` (odd; an even value is raised by one): targets are block
    centres carrying the block's summed strength. ``correct_artifacts`` applies the block-artifact
    correction when ``block_size > 1``. Returns :class:`OmniscapeResult`. ``progress(fraction)`` and
    ``cancelled()`` as in :mod:`circuit` (raises :class:`~._progress.Cancelled`). ``conditions``
    (conditional connectivity, optional): list of up to two dicts ``present`` (2-D), ``future`` (2-D or
    None = present), ``comparison`` ("within" with ``lower``/``upper``, or "equals"/"equal").

    One tile of a larger grid (independent tasks, e.g. on Dask workers): ``grid_shape`` (rows, cols) of the
    whole grid, ``origin`` (row, col) of the given arrays' first cell in it, ``tile`` (row0, row1, col0,
    col1) in grid coordinates. The arrays must hold the tile plus :func:`tile_margin` cells on every
    side (cut at the grid edges). The outputs then cover the tile only and equal the whole-grid run's
    cells there bit for bit (same targets, windows, solves and summation order); ``n_targets`` counts the
    targets solved for it (those within radius + buffer of the tile).
    """
    res, valid, cond, src = _prepare(resistance, source_strength, source_threshold, r_cutoff,
                                     source_from_resistance, resistance_is_conductance)
    block_size = _odd_block(block_size)
    radius = int(round(radius))
    buffer = int(round(buffer))
    if radius <= 0:
        raise ValueError("radius must be > 0")
    if buffer < 0:
        raise ValueError("buffer must be >= 0")
    br = (block_size - 1) // 2

    R = radius + buffer
    conditions = [dict(cd, present=np.asarray(cd["present"], dtype=np.float64),
                       future=None if cd.get("future") is None else np.asarray(cd["future"], dtype=np.float64))
                  for cd in (conditions or [])]
    if grid_shape is None:
        rows, cols = res.shape
        tile, origin = (0, rows, 0, cols), (0, 0)
        box = None
    else:
        rows, cols = (int(v) for v in grid_shape)
        origin = (int(origin[0]), int(origin[1]))
        tile = tuple(int(v) for v in (tile or (0, rows, 0, cols)))
        m = tile_margin(radius, buffer=buffer, block_size=block_size)
        need = (max(tile[0] - m, 0), min(tile[1] + m, rows), max(tile[2] - m, 0), min(tile[3] + m, cols))
        if (origin[0] > need[0] or origin[1] > need[2] or origin[0] + res.shape[0] < need[1]
                or origin[1] + res.shape[1] < need[3]):
            raise ValueError("the arrays must hold the tile plus tile_margin() = {} cells around it".format(m))
        src, cond = _Part(src, origin, (rows, cols)), _Part(cond, origin, (rows, cols))
        for cd in conditions:
            for key in ("present", "future"):
                if cd[key] is not None:
                    cd[key] = _Part(cd[key], origin, (rows, cols))
        box = (tile[0] - R, tile[1] + R, tile[2] - R, tile[3] + R)
    solvers = set()
    corr = None
    if correct_artifacts and block_size > 1:
        corr = _correction(radius, buffer, block_size, four_neighbors, solver, solvers)

    targets = _targets(src, block_size, box)
    want_fp = calc_flow_potential or calc_normalized_current
    cum = np.zeros(res.shape)
    fp = np.zeros(res.shape) if want_fp else None
    prog = Steps(len(targets), progress, cancelled)
    for (r, c, amt) in targets:
        prog.check()
        sw = _window_sources(src, r, c, radius, buffer, br, amt)
        if conditions:
            _apply_conditions(sw, r, c, radius, buffer, br, conditions)
        cw, (r0, c0) = _clip(cond, r, c, R, np.nan)
        if not (sw > 0).any():
            prog.step()
            continue
        center = (r - r0, c - c0)
        r0, c0 = r0 - origin[0], c0 - origin[1]        # into the arrays' own rows and columns
        win = (slice(r0, r0 + cw.shape[0]), slice(c0, c0 + cw.shape[1]))
        if corr is not None:
            # the correction array is aligned on the window centre; at the grid edges the cut window
            # keeps the matching rows/columns
            size = corr.shape[0]
            rlo = size - cw.shape[0] if (r < R and r + R < rows) else 0
            clo = size - cw.shape[1] if (c < R and c + R < cols) else 0
            cwin = corr[rlo:rlo + cw.shape[0], clo:clo + cw.shape[1]]
        cur = _solve_window(cw, sw, center, four_neighbors, solver, solvers)
        if corr is not None:
            cur = cur * cwin
        cum[win] += cur
        if fp is not None:
            # flow potential: uniform conductance on the whole (square) window, no nodata
            fcur = _solve_window(np.ones(cw.shape), sw, center, four_neighbors, solver, solvers)
            if corr is not None:
                fcur = fcur * cwin
            fp[win] += fcur
        prog.step()

    out = OmniscapeResult()
    out.n_targets = len(targets)
    out.correction = corr
    out.solver = sorted(solvers)
    if grid_shape is not None:      # the tile's own cells
        own = (slice(tile[0] - origin[0], tile[1] - origin[0]), slice(tile[2] - origin[1], tile[3] - origin[1]))
        cum, valid = cum[own], valid[own]
        fp = None if fp is None else fp[own]
    nod = ~valid
    out.normalized_current = None
    if calc_normalized_current:
        with np.errstate(divide="ignore", invalid="ignore"):
            norm = cum / fp
        norm[np.isnan(norm)] = 0.0
        if mask_nodata:
            norm[nod] = np.nan
        out.normalized_current = norm
    if mask_nodata:
        cum[nod] = np.nan
        if fp is not None:
            fp[nod] = np.nan
    out.cum_current = cum
    out.flow_potential = fp if calc_flow_potential else None
    return out
