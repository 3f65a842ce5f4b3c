"""Problem patches read their rasters by row blocks (issue 20): the per-parcel statistics by blocks equal the
whole-raster ones, the patches are the same whatever the block height (parcels split over blocks, a parcel
smaller than a cell), and a parcel layer that cannot fit in memory is refused before anything is read."""
import os

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsProcessingException

from eco_restore_plugin.algorithms.zoning import _parcel_rasters
from eco_restore_plugin.core import problems as P
from eco_restore_plugin.processing_helpers import memory_budget

X0, Y0, EPSG = 500000.0, 2500000.0, 4546


def _blocks(labels, values, n, how, rows):
    acc = P.LabelStats(n, how)
    for r0 in range(0, labels.shape[0], rows):
        acc.add(labels[r0:r0 + rows], values[r0:r0 + rows])
    return acc.result()


def test_label_stats_by_blocks_equal_the_whole_raster():
    rng = np.random.default_rng(7)
    labels = rng.integers(0, 40, (57, 33))              # label 0 = none; labels 38, 39 above n
    grades = rng.integers(1, 5, labels.shape).astype(float)
    grades[rng.random(labels.shape) < 0.1] = np.nan
    values = rng.random(labels.shape) * 1e3
    values[rng.random(labels.shape) < 0.1] = np.nan
    n = 37
    whole_grades = P.label_majority(labels, grades, n)
    # majority by hand on one label: the most frequent grade, ties to the higher
    sel = (labels == 5) & np.isfinite(grades)
    cnt = np.bincount(grades[sel].astype(int), minlength=5)
    assert whole_grades[4] == max(range(5), key=lambda g: (cnt[g], g))
    for rows in (1, 4, 13, 57):
        assert np.array_equal(_blocks(labels, grades, n, "majority", rows), whole_grades, equal_nan=True)
        assert np.array_equal(_blocks(labels, grades, n, "mean", rows), P.label_mean(labels, grades, n),
                              equal_nan=True)              # whole numbers: exact
        np.testing.assert_allclose(_blocks(labels, values, n, "mean", rows), P.label_mean(labels, values, n),
                                   rtol=1e-14)
    assert np.isnan(P.label_mean(np.zeros((3, 3), int), np.ones((3, 3)), 2)).all()
    with pytest.raises(ValueError):
        P.LabelStats(3, "median")


def _write_parcels(path, rows):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer("l", srs, ogr.wkbPolygon)
    for name in ("DLBM", "BSM"):
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for (x0, y0, x1, y1), code, bsm in rows:
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON(({a} {b},{c} {b},{c} {d},{a} {d},{a} {b}))".format(
            a=X0 + x0, b=Y0 + y0, c=X0 + x1, d=Y0 + y1)))
        f.SetField("DLBM", code)
        f.SetField("BSM", bsm)
        lyr.CreateFeature(f)
    ds = None
    return str(path)


def _write_raster(path, arr, epsg=EPSG, shift=0.0):
    ds = gdal.GetDriverByName("GTiff").Create(str(path), arr.shape[1], arr.shape[0], 1, gdal.GDT_Float32)
    ds.SetGeoTransform((X0 + shift, 10.0, 0, Y0 + 10.0 * arr.shape[0], 0, -10.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(arr.astype(np.float32))
    ds = None
    return str(path)


@pytest.fixture()
def tall(tmp_path):
    """Parcels 100 m tall (10 rows) over a 40-row slope raster whose slope grows row by row: a parcel's mean
    is that of the rows it covers; a 4 m parcel (no cell centre inside) takes its cell's value."""
    arr = np.repeat(np.arange(40, dtype=float)[::-1, None], 30, axis=1)      # row r (from the top): 39 - r
    arr[:, 20:] += 0.5
    rows = [((0, 0, 100, 100), "0103", "A"),        # rows 30-39: mean of 0..9 = 4.5
            ((0, 210, 100, 310), "0103", "B"),      # rows 9-18: mean of 21..30 = 25.5 -> steep farmland
            ((100, 150, 200, 400), "0103", "C"),    # rows 0-24: 15..39 -> 27.0
            ((203, 303, 207, 307), "0103", "D")]    # 4 m square in row 9, column 20: 30.5
    return {"INPUT": _write_parcels(tmp_path / "p.gpkg", rows), "SLOPE": _write_raster(tmp_path / "s.tif", arr),
            "RULES": ["1", "S1", "WT02", "steep", "0103", "slope > 25", "", ""]}


def _slopes(run_alg, params, tmp_path, name):
    res = run_alg("problempatches", dict(params, OUTPUT=str(tmp_path / (name + ".gpkg")),
                                         SUMMARY=str(tmp_path / (name + "_s.gpkg"))))
    ds = ogr.Open(res["OUTPUT"].split("|")[0])
    return sorted(f.GetField("TBBSM") for f in ds.GetLayer(0))


def test_patches_equal_whatever_the_block_height(run_alg, tall, tmp_path, monkeypatch):
    got = {}
    for rows in (512, 7, 1):
        monkeypatch.setattr(_parcel_rasters, "BLOCK_ROWS", rows)
        got[rows] = _slopes(run_alg, tall, tmp_path, "b{}".format(rows))
    assert got[512] == got[7] == got[1] == ["B", "C", "D"]


def test_parcel_means_by_hand(tall, monkeypatch):
    from qgis.core import QgsRasterLayer, QgsVectorLayer, QgsProject

    layer = QgsVectorLayer(tall["INPUT"], "p", "ogr")
    geoms = [f.geometry() for f in layer.getFeatures()]
    slope = QgsRasterLayer(tall["SLOPE"], "slope")
    for rows in (512, 3):
        monkeypatch.setattr(_parcel_rasters, "BLOCK_ROWS", rows)
        item = _parcel_rasters.ParcelRaster("slope", "mean", "slope", slope, None)
        out = _parcel_rasters.parcel_values([item], geoms, np.array([0, 1, 2, 3]), layer.crs(),
                                            QgsProject.instance().transformContext(), None, lambda: None)
        # C: rows 0-24 of columns 10-19 (values 39..15): 27.0
        np.testing.assert_allclose(out["slope"], [4.5, 25.5, 27.0, 30.5], rtol=1e-12)
        out = _parcel_rasters.parcel_values([item], geoms, np.array([1, 3]), layer.crs(),
                                            QgsProject.instance().transformContext(), None, lambda: None)
        assert np.isnan(out["slope"][[0, 2]]).all() and out["slope"][3] == 30.5


def test_raster_in_another_crs(run_alg, tall, tmp_path, monkeypatch):
    """A slope raster in CGCS2000 3-degree GK zone 37 (EPSG:4525: the parcels' CM 111E projection with the
    zone number in the false easting): the parcels are moved into its CRS, the same patches by blocks."""
    from osgeo import gdal as _gdal
    arr = _gdal.Open(tall["SLOPE"]).ReadAsArray()
    moved = dict(tall, SLOPE=_write_raster(tmp_path / "s4525.tif", arr, epsg=4525, shift=37_000_000.0))
    for rows in (512, 3):
        monkeypatch.setattr(_parcel_rasters, "BLOCK_ROWS", rows)
        assert _slopes(run_alg, moved, tmp_path, "crs{}".format(rows)) == ["B", "C", "D"]


def test_parcels_that_cannot_fit_are_refused_first(run_alg, tall, tmp_path, monkeypatch):
    monkeypatch.setattr(memory_budget, "available_memory", lambda: 4 * memory_budget.PARCEL_BYTES - 1)
    out = tmp_path / "refused.gpkg"
    with pytest.raises(QgsProcessingException, match="4 features"):
        run_alg("problempatches", dict(tall, OUTPUT=str(out), SUMMARY=str(tmp_path / "rs.gpkg")))
    assert not os.path.exists(out)
    monkeypatch.setattr(memory_budget, "available_memory", lambda: 4 * memory_budget.PARCEL_BYTES)
    assert _slopes(run_alg, tall, tmp_path, "fits") == ["B", "C", "D"]
