"""Per-source cost-distance rasters kept in memory or on disk (corridors, pinch points, barriers).

Linkage Mapper keeps one cost-weighted distance raster per source on disk (McRae & Kavanagh 2011); a
province has hundreds of sources, so their float64 rasters (8 bytes a cell each) cannot all stay in
memory. :class:`CostStore` keeps them as ``.npy`` files in a temporary folder inside a given folder
(removed on :meth:`CostStore.close`, also when the run fails) or, without a folder, in memory. Files hold
the exact float64 values: results do not depend on where the rasters were kept.
"""
import os
import shutil
import tempfile
import weakref

import numpy as np

__all__ = ["CostStore"]


class CostStore(object):
    """Rasters by source label: ``put(label, array)``, ``get(label)`` (the whole raster),
    ``rows(label, start, stop)`` (a band of rows, read from the file alone) and ``close()``. With
    ``scratch`` None they stay in memory; otherwise one file each in a new folder inside ``scratch``."""

    def __init__(self, scratch=None):
        self.arrays = {}
        self.folder = None if scratch is None else tempfile.mkdtemp(prefix="cwd_", dir=scratch)
        if self.folder is not None:   # removed with the store even if close() is never reached
            self._finalizer = weakref.finalize(self, shutil.rmtree, self.folder, True)

    @property
    def on_disk(self):
        return self.folder is not None

    def path(self, label):
        return os.path.join(self.folder, "{}.npy".format(label))

    def put(self, label, array):
        if self.folder is None:
            self.arrays[label] = array
        else:
            try:
                np.save(self.path(label), array)
            except OSError as exc:
                raise ValueError("cannot write the temporary cost distance of source {} in '{}' ({}): free disk "
                                 "space there or save the outputs on another disk".format(label, self.folder, exc)
                                 ) from None

    def get(self, label):
        if self.folder is None:
            return self.arrays[label]
        return np.load(self.path(label))

    def rows(self, label, start, stop):
        """Rows ``start:stop`` of the raster of ``label`` (a copy read from its file, or a view)."""
        if self.folder is None:
            return self.arrays[label][start:stop]
        return np.array(np.load(self.path(label), mmap_mode="r")[start:stop])

    def close(self):
        self.arrays = {}
        if self.folder is not None:
            self._finalizer()
