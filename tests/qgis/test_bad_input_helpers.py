"""The shared bad-input mechanisms (issue 15): guarded reads, value rules, the writer on an empty result."""
import os

import numpy as np
import pytest
from osgeo import gdal, osr


def _tif(path, arr, nodata=-9999.0):
    ds = gdal.GetDriverByName("GTiff").Create(str(path), arr.shape[1], arr.shape[0], 1, gdal.GDT_Float32,
                                               ["TILED=YES", "COMPRESS=DEFLATE", "BLOCKXSIZE=16",
                                                "BLOCKYSIZE=16"])
    ds.SetGeoTransform((500000.0, 30.0, 0.0, 2200000.0, 0.0, -30.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4546)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).SetNoDataValue(nodata)
    ds.GetRasterBand(1).WriteArray(arr)
    ds = None
    return str(path)


def test_truncated_geotiff_named_not_traceback(tmp_path, qgis_app):
    from qgis.core import QgsProcessingException

    from eco_restore_plugin.processing_helpers.raster_io import read_raster

    rng = np.random.default_rng(1)
    path = _tif(tmp_path / "landuse.tif", rng.random((40, 40)).astype(np.float32))
    data = open(path, "rb").read()
    open(path, "wb").write(data[:len(data) // 2])
    with pytest.raises(QgsProcessingException, match="Cannot read raster 'Land use'.*damaged or truncated"):
        read_raster(path, name="Land use")


def test_rule_counts_offending_cells_and_nonfinite_is_warned(tmp_path, qgis_app):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    from eco_restore_plugin.processing_helpers.raster_io import read_raster
    from eco_restore_plugin.processing_helpers.value_rules import RULES

    arr = np.full((40, 40), 5.0, np.float32)
    arr[0, :3] = [0.0, -1.0, -2.0]            # 3 impossible resistances
    path = _tif(tmp_path / "res.tif", arr)
    with pytest.raises(QgsProcessingException, match=r"3 cells .*resistance > 0"):
        read_raster(path, rule=RULES["resistance"])
    arr = np.full((40, 40), 5.0, np.float32)
    arr[1, 1], arr[2, 2], arr[3, 3] = np.nan, np.inf, -np.inf
    path = _tif(tmp_path / "npp.tif", arr)

    class F(QgsProcessingFeedback):
        warnings = []

        def pushWarning(self, text):
            self.warnings.append(text)

    fb = F()
    out, _ = read_raster(path, feedback=fb, rule=RULES["npp"])
    assert int(np.isnan(out).sum()) == 3 and np.nanmax(out) == 5.0
    assert any("3 cells hold NaN or ±infinity" in w for w in fb.warnings)


def test_writer_refuses_all_nodata_and_leaves_nothing(tmp_path, qgis_app):
    from qgis.core import QgsProcessingException

    from eco_restore_plugin.processing_helpers.grid import Grid
    from eco_restore_plugin.processing_helpers.raster_io import write_raster

    grid = Grid("", (500000.0, 30.0, 0.0, 2200000.0, 0.0, -30.0), 4, 3)
    with pytest.raises(QgsProcessingException, match="no valid cell"):
        write_raster(str(tmp_path / "out.tif"), np.full((3, 4), np.nan), grid)
    assert os.listdir(str(tmp_path)) == []
    # an empty answer that is legitimate is written, with no statistics sidecar left over
    write_raster(str(tmp_path / "out.tif"), np.full((3, 4), np.nan), grid, allow_empty=True)
    assert sorted(os.listdir(str(tmp_path))) == ["out.tif"]
    assert np.all(gdal.Open(str(tmp_path / "out.tif")).ReadAsArray() == -9999.0)
    # a constant raster is a valid raster
    write_raster(str(tmp_path / "c.tif"), np.full((3, 4), 2.0), grid)
    assert gdal.Open(str(tmp_path / "c.tif")).ReadAsArray().max() == 2.0


def test_memory_estimate_refuses_with_figures(monkeypatch, qgis_app):
    from qgis.core import QgsProcessingException

    from eco_restore_plugin.processing_helpers import raster_io
    from eco_restore_plugin.processing_helpers.grid import Grid
    from eco_restore_plugin.processing_helpers.vector_io import rasterize_geometries

    avail = raster_io.available_memory()
    assert avail is None or avail > 0          # read from /proc/meminfo MemAvailable
    monkeypatch.setattr(raster_io, "available_memory", lambda: 2 * 10 ** 9)
    huge = Grid("", (0.0, 1.0, 0.0, 100000.0, 0.0, -1.0), 100000, 100000)   # 10^10 cells
    with pytest.raises(QgsProcessingException, match=r"about 120\.0 GB needed, 2\.0 GB available"):
        rasterize_geometries([], [], huge)
