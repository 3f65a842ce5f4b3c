"""Block helpers against whole reads: haloed blocks, the first-pass range, warped blocks."""
import numpy as np
from qgis.core import QgsProcessingFeedback

from rasterutil import ORIGIN, write_tif


class _Feedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):
        self.warnings.append(text)


def _grid(path):
    from eco_restore_plugin.processing_helpers.grid import Grid, open_raster
    return Grid.from_dataset(open_raster(path, "ref"))


def test_halo_blocks_read_each_row_once(tmp_path, qgis_app):
    from eco_restore_plugin.processing_helpers.block_passes import HaloReader
    from eco_restore_plugin.processing_helpers.raster_io import BlockReader, iter_row_blocks

    z = np.arange(13 * 4, dtype=float).reshape(13, 4)
    z[6, 1] = np.inf                                   # one non-finite cell: counted once, not per halo
    path = write_tif(tmp_path / "z.tif", z)
    grid = _grid(path)
    reader = BlockReader(path, grid)
    halo = HaloReader(reader, grid.height, 2)
    for row0, nrows in iter_row_blocks(grid, 3):
        block, inner = halo.read(row0, nrows)
        top, bottom = max(0, row0 - 2), min(13, row0 + nrows + 2)
        np.testing.assert_array_equal(block, np.where(np.isfinite(z), z, np.nan)[top:bottom])
        np.testing.assert_array_equal(block[inner], np.where(np.isfinite(z), z, np.nan)[row0:row0 + nrows])
    assert reader.nonfinite == 1 and reader.stats["valid"] == 13 * 4 - 1


def test_value_range_of_a_transform_equals_the_whole_raster(tmp_path, qgis_app):
    from eco_restore_plugin.core import services
    from eco_restore_plugin.processing_helpers.block_passes import value_range

    rng = np.random.default_rng(3)
    dem = rng.uniform(0, 400, (17, 9))
    dem[8, 4] = np.nan
    path = write_tif(tmp_path / "dem.tif", dem)
    grid = _grid(path)
    whole = services.slope_degrees(dem, cellsize=30.0)
    lo, hi = value_range(path, grid, rows=4, halo=1,
                         transform=lambda b: services.slope_degrees(b, cellsize=grid.cellsize))
    assert (lo, hi) == (float(np.nanmin(whole)), float(np.nanmax(whole)))
    assert value_range(path, grid, rows=5) == (float(np.nanmin(dem)), float(np.nanmax(dem)))


def test_warped_blocks_hold_the_values_of_a_whole_read(tmp_path, qgis_app):
    """An input on another grid, without nodata, covering part of the reference: blocks are NaN outside
    it (not 0) and hold the cells of a whole read; the resampling warning is given once per run."""
    from eco_restore_plugin.processing_helpers.raster_io import (
        BlockReader, check_alignment, iter_row_blocks, read_raster)

    ref = write_tif(tmp_path / "ref.tif", np.ones((20, 20)))
    part = write_tif(tmp_path / "part.tif", np.arange(100.0).reshape(10, 10) + 1, cellsize=30.0, nodata=None,
                     origin=(ORIGIN[0] + 150.0, ORIGIN[1] - 150.0))
    grid = _grid(ref)
    feedback = _Feedback()
    whole, _ = read_raster(part, grid, feedback=feedback)
    check_alignment(part, grid, feedback=feedback)
    assert len(feedback.warnings) == 1 and "resampled" in feedback.warnings[0]
    for categorical in (False, True):
        reader = BlockReader(part, grid, categorical=categorical)
        reader.rule = None
        blocks = np.concatenate([reader.read(r, n) for r, n in iter_row_blocks(grid, 6)])
        assert np.isnan(blocks[:5]).all() and np.isnan(blocks[:, :5]).all()
        if not categorical:
            np.testing.assert_array_equal(blocks, whole)
