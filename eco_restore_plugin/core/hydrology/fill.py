"""Depression filling by directional sweeps (minimax elevation to an outlet).

The filled elevation of a cell is the lowest possible maximum elevation on an 8-neighbour path from
the cell to an outlet (the priority-flood result, Barnes, Lehman & Mulla 2014, Computers &
Geosciences 62: 117-127). It satisfies F = max(z, min over the 8 neighbours of F) with F = z at the
outlets, and is the largest... no: the smallest such fixed point reached from above. Planchon &
Darboux (2001, Catena 46: 159-176) reach it by lowering a water surface in repeated raster scans;
here each scan is a pushbroom pass (Eastman 1989): every row is lowered from the row before it
(vertical and both diagonal neighbours, vectorised), down, up, then along the columns on the
transpose, until a round changes nothing. Only comparisons of the input elevations are made, so the
filled surface is exactly flat over each depression (no epsilon) and equals the priority flood's.
Memory: the elevation, the water surface and their transposes (32 bytes a cell); a few rounds of
four passes on real terrain (8 rounds at 2000 x 2000 on Demo County).
"""

import numpy as np

from .._pushbroom import lower_row, run_rounds
from .._transpose import transpose_copy

__all__ = ["fill_sweep"]


def _pass(F, Z, down, ticks, tick, cross):
    """One pass over the rows of F (in place); rows whose previous row has not changed since their
    last lowering in this direction are skipped. Returns (changed, next tick)."""
    n, m = F.shape
    cand = np.empty(m)
    k = np.empty(m, dtype=bool)
    chg = ticks.chg
    rel = ticks.rel_down if down else ticks.rel_up
    rows = range(1, n) if down else range(n - 2, -1, -1)
    step = -1 if down else 1
    changed = False
    for r in rows:
        p = r + step
        if chg[p] < rel[r]:
            continue
        rel[r] = tick
        Fp = F[p]
        np.copyto(cand, Fp)
        if m > 1:
            np.minimum(cand[1:], Fp[:-1], out=cand[1:])
            np.minimum(cand[:-1], Fp[1:], out=cand[:-1])
        np.maximum(cand, Z[r], out=cand)
        if lower_row(F[r], cand, k, cross):
            chg[r] = tick
            changed = True
        tick += 1
    return changed, tick


def fill_sweep(z, masked, outlets, *, cancelled=None):
    """Filled elevations: ``z`` (2-D float64), ``masked`` (True = not a cell of the surface: left
    +inf in the result), ``outlets`` (cells that drain out as they are). Cells that reach no outlet
    stay +inf. Method: see the module docstring (Planchon & Darboux 2001 sweeps, exact minimax)."""
    Z = np.where(masked, np.inf, z)
    F = np.where(outlets & ~masked, Z, np.inf)
    nr, nc = F.shape
    ZT = transpose_copy(Z)
    run_rounds(F, lambda A, down, ticks, tick, cross: _pass(A, Z, down, ticks, tick, cross),
               lambda A, down, ticks, tick, cross: _pass(A, ZT, down, ticks, tick, cross),
               np.arange(nr), np.arange(nc), cancelled=cancelled)
    return F
