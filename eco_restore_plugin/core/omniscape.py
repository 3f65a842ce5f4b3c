"""Omnidirectional moving-window connectivity (Omniscape; McRae et al. 2016; Landau et al. 2021).

Own numpy/scipy implementation of the Omniscape algorithm as documented for Omniscape.jl
(Landau, Shah, Anantharaman & Hall 2021, JOSS 6(57): 2829): a circular window of ``radius`` cells
is centred on each *target* (the centre of a ``block_size`` x ``block_size`` block whose summed
source strength is > 0); the target is grounded; the sources inside the window inject in total the
target's source strength, split in proportion to their strengths; Circuitscape advanced mode is
solved on the window's conductance (8 neighbours unless ``four_neighbors``, average-conductance
edges) and the node currents are summed over all windows (cumulative current). Flow potential =
the same solves on a uniform (all-1) resistance; normalized current = cumulative / flow potential.
The circuit solves use :mod:`eco_restore_plugin.core.circuit`.
"""
import math

import numpy as np

from . import circuit

__all__ = ["omniscape", "OmniscapeResult", "reclassify", "sources_from_resistance"]


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


def sources_from_resistance(resistance, r_cutoff=np.inf):
    """Source strength = 1 / resistance, 0 where resistance > ``r_cutoff`` or nodata
    (Omniscape.jl ``source_from_resistance``; Landau et al. 2021)."""
    r = np.asarray(resistance, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        s = np.where(np.isfinite(r) & (r > 0), 1.0 / r, 0.0)
    s[~(r <= r_cutoff)] = 0.0
    return s


def _disk(radius):
    k = int(math.floor(radius))
    yy, xx = np.mgrid[-k:k + 1, -k:k + 1]
    return np.sqrt(yy * yy + xx * xx) <= radius


def _solve_window(cond_win, src_win, center, four_neighbors, solver, solvers):
    """Advanced-mode solve on one window: direct ground at ``center``, sources ``src_win``."""
    g = circuit.build_graph(cond_win, is_resistance=False, four_neighbors=four_neighbors,
                            avg_resistance=False)
    gnd = np.full(cond_win.shape, np.nan)
    gnd[center] = np.inf
    out = circuit.advanced(g, src_win, gnd, grounds_are_resistances=False,
                           remove_src_or_gnd="rmvsrc", solver=solver)
    solvers.update(out.solver)
    return out.current


def _targets(src, block_size, valid):
    """Block centres (row, col) and their summed source strength (> 0 only)."""
    rows, cols = src.shape
    half = block_size // 2
    start = (block_size - 1) // 2
    out = []
    for r in range(start, rows, block_size):
        for c in range(start, cols, block_size):
            if not valid[r, c]:
                continue
            amt = src[max(r - half, 0):r + half + 1, max(c - half, 0):c + half + 1].sum()
            if amt > 0:
                out.append((r, c, amt))
    return out


def _correction(radius, buffer, block_size, four_neighbors, solver, solvers):
    """Block-artifact correction (Omniscape.jl ``correct_artifacts``): on a uniform window,
    current with each cell of the block as its own target (summed) divided by the current with the
    whole block as one target."""
    R = int(radius) + int(buffer)
    size = 2 * R + 1
    disk_all = _disk(radius + buffer)
    cond = np.where(disk_all, 1.0, np.nan)
    src_disk = np.zeros((size, size))
    k = int(radius)
    src_disk[R - k:R + k + 1, R - k:R + k + 1] = _disk(radius)
    src_disk[~disk_all] = 0.0
    half = block_size // 2
    block = np.zeros((size, size))
    for dr in range(-half, half + 1):
        for dc in range(-half, half + 1):
            s = src_disk.copy()
            s[R, R] = 0.0
            s *= 1.0 / s.sum()
            cur = _solve_window(cond, s, (R, R), four_neighbors, solver, solvers)
            # shift the single-target map by (dr, dc)
            shifted = np.zeros_like(cur)
            r0, r1 = max(dr, 0), size + min(dr, 0)
            c0, c1 = max(dc, 0), size + min(dc, 0)
            shifted[r0:r1, c0:c1] = cur[r0 - dr:r1 - dr, c0 - dc:c1 - dc]
            block += shifted
    s = src_disk.copy()
    s[R, R] = 0.0
    s *= block_size * block_size / s.sum()
    blocked = _solve_window(cond, s, (R, R), four_neighbors, solver, solvers)
    with np.errstate(divide="ignore", invalid="ignore"):
        corr = np.where(blocked > 0, block / blocked, 0.0)
    return corr


def omniscape(resistance, radius, source_strength=None, block_size=1, buffer=0,
              source_threshold=0.0, r_cutoff=np.inf, source_from_resistance=False,
              resistance_is_conductance=False, correct_artifacts=True, calc_flow_potential=False,
              calc_normalized_current=False, four_neighbors=False, mask_nodata=True,
              solver="direct", progress=None, cancelled=None):
    """Omniscape moving-window cumulative current (Omniscape, McRae et al. 2016; Landau et al. 2021).

    ``resistance``: 2-D (NaN = nodata), or conductance when ``resistance_is_conductance``.
    ``source_strength``: 2-D (NaN = 0), or None with ``source_from_resistance`` (1/resistance,
    0 where resistance > ``r_cutoff``). Sources below ``source_threshold`` are 0. ``radius`` and
    ``buffer`` in cells: sources within ``radius`` of the target, resistance clipped to
    ``radius + buffer``. ``block_size`` (odd; an even value is raised by one): targets are block
    centres carrying the block's summed strength. ``correct_artifacts`` applies the block-artifact
    correction when ``block_size > 1``. Returns :class:`OmniscapeResult`. ``progress(fraction)`` and
    ``cancelled()`` as in :mod:`circuit` (raises ``circuit.CircuitCancelled``).
    """
    res = np.asarray(resistance, dtype=np.float64)
    valid = np.isfinite(res) & (res > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        cond = np.where(valid, res if resistance_is_conductance else 1.0 / res, np.nan)
    r_as_res = np.where(valid, 1.0 / cond, np.nan)
    if source_from_resistance or source_strength is None:
        if not source_from_resistance:
            raise ValueError("no source strength given and source_from_resistance is False")
        src = sources_from_resistance(r_as_res, r_cutoff)
    else:
        src = np.asarray(source_strength, dtype=np.float64)
        src = np.where(np.isfinite(src), src, 0.0)
        if np.any(src < 0):
            raise ValueError("source strengths must be >= 0")
    src = np.where(valid & (src >= source_threshold), src, 0.0)
    block_size = int(block_size)
    if block_size < 1:
        raise ValueError("block_size must be >= 1")
    if block_size % 2 == 0:
        block_size += 1
    if radius <= 0:
        raise ValueError("radius must be > 0")

    rows, cols = res.shape
    R = int(radius) + int(buffer)
    disk_all = _disk(radius + buffer)
    k = int(radius)
    disk_src = np.zeros_like(disk_all)
    disk_src[R - k:R + k + 1, R - k:R + k + 1] = _disk(radius)
    solvers = set()
    corr = None
    if correct_artifacts and block_size > 1:
        corr = _correction(radius, buffer, block_size, four_neighbors, solver, solvers)

    targets = _targets(src, block_size, valid)
    cum = np.zeros((rows, cols))
    fp = np.zeros((rows, cols)) if (calc_flow_potential or calc_normalized_current) else None
    prog = circuit._Progress(len(targets), progress, cancelled)
    for (r, c, amt) in targets:
        prog.check()
        r0, r1 = max(r - R, 0), min(r + R + 1, rows)
        c0, c1 = max(c - R, 0), min(c + R + 1, cols)
        wr0, wc0 = r0 - (r - R), c0 - (c - R)
        wsl = (slice(wr0, wr0 + r1 - r0), slice(wc0, wc0 + c1 - c0))
        dwin = disk_all[wsl]
        cw = np.where(dwin, cond[r0:r1, c0:c1], np.nan)
        sw = np.where(disk_src[wsl], src[r0:r1, c0:c1], 0.0)
        center = (r - r0, c - c0)
        sw[center] = 0.0
        tot = sw.sum()
        if tot <= 0:
            prog.step()
            continue
        sw *= amt / tot
        cur = _solve_window(cw, sw, center, four_neighbors, solver, solvers)
        if corr is not None:
            cur = cur * corr[wsl]
        cum[r0:r1, c0:c1] += cur
        if fp is not None:
            uw = np.where(dwin & np.isfinite(cw), 1.0, np.nan)
            fcur = _solve_window(uw, sw, center, four_neighbors, solver, solvers)
            if corr is not None:
                fcur = fcur * corr[wsl]
            fp[r0:r1, c0:c1] += fcur
        prog.step()

    out = OmniscapeResult()
    out.n_targets = len(targets)
    out.correction = corr
    out.solver = sorted(solvers)
    nod = ~valid
    if mask_nodata:
        cum[nod] = np.nan
        if fp is not None:
            fp[nod] = np.nan
    out.cum_current = cum
    out.flow_potential = fp if calc_flow_potential else None
    out.normalized_current = None
    if calc_normalized_current:
        with np.errstate(divide="ignore", invalid="ignore"):
            out.normalized_current = np.where(fp > 0, cum / fp, np.nan)
    return out
