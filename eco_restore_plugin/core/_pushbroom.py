"""Pushbroom sweeps: the round driver shared by the sweep solvers (cost distance, depression filling).

Method: iterative raster sweeping of a fixed-point (Bellman) equation, cf. the "pushbroom" distance
algorithms (Eastman 1989, Proc. AutoCarto 9: 288-297) and Planchon & Darboux (2001, Catena 46:
159-176). A round is four passes: down and up over the rows of the array, then down and up over the
rows of its transpose (right and left); each pass lowers every row from the row(s) before it, and
rows none of whose source rows changed since their last lowering in that direction are skipped
(tick bookkeeping). Rounds repeat until one changes nothing.
"""

import numpy as np

from ._progress import checkpoint
from ._transpose import transpose_copy

__all__ = ["Ticks", "lower_row", "run_rounds"]


class Ticks(object):
    """Bookkeeping that lets a pass skip rows whose lowering cannot change anything.

    chg[r]: tick of the last change in row r; rel_down[r] / rel_up[r]: tick at which row r was
    last lowered in that direction. Lowering r is a no-op if none of its source rows changed since.
    """

    def __init__(self, n, changed_rows):
        self.chg = np.full(n, -1, dtype=np.int64)
        self.chg[changed_rows] = 1
        self.rel_down = np.zeros(n, dtype=np.int64)
        self.rel_up = np.zeros(n, dtype=np.int64)


def lower_row(row, cand, k, cross):
    """Write ``cand`` into ``row`` where it is strictly lower (``k``: a bool buffer), or-ing those
    columns into ``cross``; True if anything changed. A NaN candidate never wins."""
    np.less(cand, row, out=k)
    if not k.any():
        return False
    np.copyto(row, cand, where=k)
    np.logical_or(cross, k, out=cross)
    return True


def _sync(Dt, Ds, changed):
    """Copy the changed columns of Ds into the rows of its transpose Dt."""
    idx = np.flatnonzero(changed)
    if idx.size == 0:
        return
    if idx.size > changed.size // 4:
        transpose_copy(Ds, out=Dt)
    else:
        Dt[idx] = Ds[:, idx].T


def run_rounds(F, row_pass, col_pass, rows0, cols0, *, progress=None, cancelled=None, max_rounds=None,
               span=(0.1, 0.7)):
    """Sweep rounds until nothing changes; F (2-D) is lowered in place. Returns the number of rounds.

    ``row_pass(A, down, ticks, tick, cross)`` lowers the rows of A (F, or its contiguous transpose for
    ``col_pass``) in one direction and returns (changed, next tick), or-ing into ``cross`` the columns
    that changed. ``rows0`` / ``cols0``: the rows / columns changed before the first round.
    ``progress`` goes from span[0] towards span[0] + span[1]; ``cancelled`` is checked after every round
    (raises :class:`~._progress.Cancelled`).
    """
    nr, nc = F.shape
    FT = transpose_copy(F)
    tr = Ticks(nr, rows0)
    tc = Ticks(nc, cols0)
    tick = 2
    rnd = 0
    while True:
        rnd += 1
        colchg = np.zeros(nc, dtype=bool)
        a, tick = row_pass(F, True, tr, tick, colchg)
        b, tick = row_pass(F, False, tr, tick, colchg)
        tc.chg[colchg] = tick
        tick += 1
        _sync(FT, F, colchg)
        rowchg = np.zeros(nr, dtype=bool)
        c, tick = col_pass(FT, True, tc, tick, rowchg)
        d, tick = col_pass(FT, False, tc, tick, rowchg)
        tr.chg[rowchg] = tick
        tick += 1
        _sync(F, FT, rowchg)
        checkpoint(None, progress, span[0] + span[1] * (1.0 - 0.5 ** rnd))
        if not (a or b or c or d):
            return rnd
        checkpoint(cancelled)
        if max_rounds is not None and rnd >= max_rounds:
            return rnd
