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


def test_truncated_geotiff_refused_on_open_not_reported_as_no_crs(tmp_path, qgis_app):
    """A copy cut at 55 %: GDAL still opens it, but without its CRS (its GeoKeys sit in the lost part); the
    open itself must say the file is damaged, not that it has no CRS."""
    from qgis.core import QgsProcessingException

    from eco_restore_plugin.processing_helpers.grid import open_raster

    rng = np.random.default_rng(2)
    path = _tif(tmp_path / "habitat.tif", rng.random((300, 300)).astype(np.float32))
    assert open_raster(path, "Habitat").RasterXSize == 300     # the whole file opens
    data = open(path, "rb").read()
    cut = str(tmp_path / "cut.tif")
    open(cut, "wb").write(data[:int(len(data) * 0.55)])
    assert gdal.Open(cut) is not None                             # GDAL alone does not notice
    with pytest.raises(QgsProcessingException, match=r"Cannot read raster 'Habitat \(older\)'.*damaged"):
        open_raster(cut, "Habitat (older)")


def test_block_loop_checks_each_input_as_a_whole(tmp_path, qgis_app):
    """The valuation family's block loop: NaN/inf counted once over all blocks, an all-nodata input refused
    by name after the last block, a rule applied per input."""
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    from eco_restore_plugin.algorithms.assessment._valuation import blocks
    from eco_restore_plugin.processing_helpers.grid import Grid
    from eco_restore_plugin.processing_helpers.value_rules import RULES

    arr = np.full((40, 40), 300.0, np.float32)
    arr[5, 5], arr[30, 7], arr[39, 39] = np.nan, np.inf, -np.inf     # in two different blocks of 16 rows
    path = _tif(tmp_path / "bt.tif", arr)
    grid = Grid.from_layer(path)

    class F(QgsProcessingFeedback):
        warnings = []

        def pushWarning(self, text):
            self.warnings.append(text)

    fb = F()
    n = sum(1 for _ in blocks(grid, [(path, False, 1, RULES["kelvin"])], fb, rows=16))
    assert n == 3
    assert [w for w in fb.warnings if "NaN" in w] == ["Raster 'bt': 3 cells hold NaN or ±infinity; they are "
                                                      "taken as nodata."]
    cold = _tif(tmp_path / "celsius.tif", np.full((40, 40), 25.0, np.float32))
    # refused at the first block, with that block's count and rows
    with pytest.raises(QgsProcessingException, match=r"'celsius, rows 1-16': 640 cells .*150 K"):
        list(blocks(grid, [(cold, False, 1, RULES["kelvin"])], fb, rows=16))
    empty = _tif(tmp_path / "empty.tif", np.full((40, 40), -9999.0, np.float32))
    with pytest.raises(QgsProcessingException, match=r"Raster 'empty' has no valid cell"):
        list(blocks(grid, [(path, False), (empty, True)], fb, rows=16))


def test_code_helpers_count_and_name_the_codes(qgis_app):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    from eco_restore_plugin.processing_helpers.value_rules import RULES, check_codes, unknown_codes, warn_codes

    lu = np.array([[101, 101, 77], [np.nan, 1201, 78]])
    n, values = unknown_codes(lu, {101, 1201})
    assert n == 2 and list(values) == [77.0, 78.0]
    with pytest.raises(QgsProcessingException,
                       match=r"Raster 'lu': 2 cells hold codes that are not in the table \(77, 78\)\. Use another"):
        check_codes(lu, {101, 1201}, "lu", "the table", "Use another raster.")

    class F(QgsProcessingFeedback):
        warnings = []

        def pushWarning(self, text):
            self.warnings.append(text)

    fb = F()
    warn_codes(fb, "lu", n, values, "the tables", "they count as ecological space")
    assert fb.warnings == ["Raster 'lu': 2 cells hold codes that are not in the tables (77, 78): they count "
                           "as ecological space."]
    # the physical rules: slope 0-90°, brightness temperature ≥ 150 K, reflectance -0.2 to 1.6
    assert RULES["slope_degrees"].offending(np.array([-1.0, 0.0, 90.0, 91.0])).tolist() == [True, False, False, True]
    assert RULES["kelvin"].offending(np.array([25.0, 149.9, 150.0, 300.0])).tolist() == [True, True, False, False]
    assert RULES["reflectance"].offending(np.array([-0.3, -0.01, 1.0, 1.7])).tolist() == [True, False, False, True]


def test_code_checks_on_a_histogram_count_cells(qgis_app):
    """A tiled reduction gives distinct values and their cell counts: the messages count cells, not values."""
    from qgis.core import QgsProcessingException

    from eco_restore_plugin.processing_helpers.value_rules import RULES, check_codes
    codes, counts = np.array([77.0, 101.0, 101.5, 1201.0]), np.array([3, 1000, 7, 20])
    with pytest.raises(QgsProcessingException, match=r"Raster 'lu': 7 cells hold values outside .*101\.5"):
        RULES["class_code"].check(codes, "lu", counts=counts)
    with pytest.raises(QgsProcessingException, match=r"Raster 'lu': 10 cells hold codes that are not in the table "
                                                     r"\(77, 101\.5\)"):
        check_codes(codes, {101, 1201}, "lu", "the table", counts=counts)
    check_codes(codes[1::2], {101, 1201}, "lu", "the table", counts=counts[1::2])   # all known: no error
