"""The base raster writer: temporary file then rename, sidecars moved with it, input untouched on failure."""
import numpy as np
import pytest
from osgeo import gdal


def _grid():
    from eco_restore_plugin.processing_helpers.grid import Grid

    return Grid("", (500000.0, 30.0, 0.0, 2200000.0, 0.0, -30.0), 4, 3)


def test_category_names_and_statistics_survive_the_rename(tmp_path, qgis_app):
    from eco_restore_plugin.processing_helpers.raster_io import write_raster

    path = str(tmp_path / "grade.tif")
    arr = np.array([[1, 2, 3, 1], [2, 2, 3, 1], [3, 3, 1, 0]], dtype=float)
    write_raster(path, arr, _grid(), dtype="uint8", nodata=0,
                 category_names={1: "一般重要", 2: "重要", 3: "极重要"})
    ds = gdal.Open(path)
    ds.GetMetadata()            # GDAL 3.6 GTiff loads the .aux.xml lazily: touch metadata first
    names = ds.GetRasterBand(1).GetCategoryNames()
    assert names[1:4] == ["一般重要", "重要", "极重要"]
    stats = ds.GetRasterBand(1).GetStatistics(False, False)
    assert stats[0] == 1 and stats[1] == 3
    assert not [f for f in tmp_path.iterdir() if ".part" in f.name]


def test_stale_sidecar_replaced_and_failure_leaves_old_file(tmp_path, qgis_app):
    from eco_restore_plugin.processing_helpers.raster_io import RasterWriter, write_raster

    path = str(tmp_path / "x.tif")
    write_raster(path, np.ones((3, 4)), _grid(), category_names={1: "one"}, dtype="uint8", nodata=0)
    write_raster(path, np.full((3, 4), 2.0), _grid(), dtype="uint8", nodata=0)
    ds = gdal.Open(path)
    ds.GetMetadata()
    band = ds.GetRasterBand(1)
    assert not (band.GetCategoryNames() or [])          # the old file's names are gone
    assert band.ReadAsArray().max() == 2
    with pytest.raises(RuntimeError):
        with RasterWriter(path, _grid(), dtype="uint8", nodata=0) as w:
            w.write(np.full((3, 4), 7.0))
            raise RuntimeError("cancelled")
    band = ds = None
    ds = gdal.Open(path)
    assert ds.GetRasterBand(1).ReadAsArray().max() == 2
    assert not [f for f in tmp_path.iterdir() if ".part" in f.name]


def test_polygonize_repairs_rings_touching_at_a_corner():
    """8-connected cells meeting at a corner give GDAL rings that touch themselves (GEOS-invalid);
    polygonize returns valid polygons of the same area (cells x 900 m²)."""
    import numpy as np
    from eco_restore_plugin.processing_helpers.vector_io import polygonize

    arr = np.array([[1, 1, 0, 0],
                    [1, 0, 1, 0],
                    [0, 1, 1, 0]])   # a ring of 6 cells around a hole, joined at two corners
    polys = polygonize(arr, _grid())
    assert polys and all(g.isGeosValid() for g, _v in polys)
    assert sum(g.area() for g, _v in polys) == 6 * 900.0


def test_polygonize_random_classes_one_valid_multipolygon_per_8_component():
    """A random 3-class raster full of corner contacts: one valid MultiPolygon per 8-connected component
    of equal values (scipy's count), each with the component's value and cell area, whatever the repair."""
    import numpy as np
    from scipy import ndimage
    from eco_restore_plugin.processing_helpers.vector_io import polygonize

    rng = np.random.default_rng(7)
    arr = rng.integers(0, 4, (40, 50)).astype(np.int32)
    from eco_restore_plugin.processing_helpers.grid import Grid
    grid = Grid("", (0.0, 30.0, 0.0, 40 * 30.0, 0.0, -30.0), 50, 40)
    polys = polygonize(arr, grid)
    expected = {}
    for v in (1, 2, 3):
        lab, n = ndimage.label(arr == v, structure=np.ones((3, 3), bool))
        expected[v] = sorted(np.bincount(lab.ravel())[1:].tolist())
    got = {v: sorted(round(g.area() / 900.0) for g, k in polys if k == v) for v in (1, 2, 3)}
    assert got == expected
    assert all(g.isGeosValid() and g.isMultipart() for g, _ in polys)
    assert any(g.constGet().partCount() > 1 for g, _ in polys)     # corner contacts were rebuilt from parts
