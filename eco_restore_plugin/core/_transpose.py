"""Cache-friendly transposed copies of 2-D arrays.

``np.copyto(out, a.T)`` / ``np.ascontiguousarray(a.T)`` read ``a`` with a stride of a whole row for every
element written: on grids of millions of cells nearly every read misses the cache (complex128 grids of
4000 x 2001: ~0.4 s). Copying strips of a few dozen rows at a time keeps the rows being read in the
cache (blocked transposition; Chatterjee & Sen 2000, "Cache-efficient matrix transposition", HPCA-6):
the same values, several times faster.
"""

import numpy as np

__all__ = ["transpose_copy"]

#: rows of the source copied at a time (64 rows of 4000 complex128 = 4 MB)
_STRIP = 64


def transpose_copy(a, out=None):
    """``a.T`` as a C-contiguous array (written into ``out`` if given; ``out`` must not overlap ``a``),
    by strips of rows (blocked transposition, see the module docstring). The values are those of
    ``np.ascontiguousarray(a.T)``."""
    a = np.asarray(a)
    rows = a.shape[0]
    if out is None:
        out = np.empty((a.shape[1], rows), a.dtype)
    for j in range(0, rows, _STRIP):
        out[:, j:j + _STRIP] = a[j:j + _STRIP].T
    return out
