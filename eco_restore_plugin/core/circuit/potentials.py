"""The focal nodes' potentials of a component (nodes x focal nodes, float64), in memory or in a temporary file
(issue 20: with hundreds of sources this dense matrix, not the raster, is what outgrows the memory).

The file is reserved on the disk before it is written (``posix_fallocate`` where there is one: a full disk is
then a clear error, not a crash while writing a memory map), mapped column by column (Fortran order: each
focal node's potentials are contiguous) and shared with a forked solver process. It is removed by
:meth:`Potentials.close`, or when the object is collected.
"""
import os
import shutil
import tempfile
import weakref

import numpy as np

__all__ = ["Potentials"]


class Potentials(object):
    """``X``: a zeroed ``rows x cols`` float64 matrix, in memory (``scratch`` None) or mapped from a file in a
    new folder inside ``scratch``; ``on_disk``; ``close()``."""

    def __init__(self, rows, cols, scratch=None):
        self.folder = None
        nbytes = 8 * int(rows) * int(cols)
        if scratch is None or not nbytes:
            self.X = np.zeros((rows, cols))
            return
        self.folder = tempfile.mkdtemp(prefix="potentials_", dir=scratch)
        self._finalizer = weakref.finalize(self, shutil.rmtree, self.folder, True)
        path = os.path.join(self.folder, "potentials.f64")
        try:
            with open(path, "w+b") as f:
                if hasattr(os, "posix_fallocate"):
                    os.posix_fallocate(f.fileno(), 0, nbytes)
                else:
                    f.truncate(nbytes)
        except OSError as exc:
            self.close()
            raise ValueError("cannot reserve {:.1f} GB for the temporary potentials of the focal nodes in '{}' "
                             "({}): free disk space there or save the outputs on another disk".format(
                                 nbytes / 1e9, scratch, exc)) from None
        self.X = np.memmap(path, dtype=np.float64, mode="r+", shape=(int(rows), int(cols)), order="F")

    @property
    def on_disk(self):
        return self.folder is not None

    def close(self):
        self.X = None
        if self.folder is not None:
            self._finalizer()
