"""The ecological security pattern end to end on a real landscape: Zion National Park (NLCD 2011 land cover,
SRTM DEM; ../shared/peerdata/real_regions/zion_np_usa). There is no peer output for it: the test checks that the
whole chain runs on real data and that the results are plausible (peerdata README): corridors and current follow
natural land cover, not developed land; costs are zero on sources and grow away from them; resistances are
symmetric, positive and finite.

The 30 m NLCD grid (1073 × 1359) is aggregated to 90 m (majority) to keep the circuit step short.
"""
import os

import numpy as np
import pytest
from osgeo import gdal, ogr
from rasterutil import peer_path, read_tif

#: spDataLarge's NLCD levels (nlcd.tif.aux.xml): 1 water, 2 developed, 3 barren, 4 forest, 5 shrubland,
#: 6 herbaceous, 7 cultivated, 8 wetlands; 255 = nodata. Resistance: natural cover low, cultivated middle,
#: developed high, open water a partial barrier.
NLCD_RESISTANCE = {1: 100, 2: 500, 3: 20, 4: 1, 5: 3, 6: 5, 7: 50, 8: 5}
NATURAL = (3, 4, 5, 6, 8)
DEVELOPED = (2,)


@pytest.fixture(scope="module")
def chain(tmp_path_factory, qgis_app, qgis_processing):
    import processing
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

    from eco_restore_plugin.provider import EcoRestoreProvider

    registry = QgsApplication.processingRegistry()
    provider = None
    if registry.providerById("ecorestore") is None:
        provider = EcoRestoreProvider()
        registry.addProvider(provider)

    def run(name, params):
        return processing.run("ecorestore:" + name, params, context=QgsProcessingContext(),
                              feedback=QgsProcessingFeedback())

    src = peer_path("real_regions", "zion_np_usa", "nlcd.tif")
    out = tmp_path_factory.mktemp("zion")
    nlcd = str(out / "nlcd_90m.tif")
    gdal.Warp(nlcd, src, xRes=90, yRes=90, resampleAlg="mode", outputType=gdal.GDT_Byte, srcNodata=255, dstNodata=255)
    res = {"nlcd": nlcd, "out": out}
    table = [v for code, r in sorted(NLCD_RESISTANCE.items()) for v in (code, r)]
    res["resistance"] = run("resistancesurface", {
        "LANDUSE": nlcd, "RESISTANCE_TABLE": table, "OUTPUT": str(out / "resistance.tif")})["OUTPUT"]
    res["mspa"] = run("mspa", {
        "INPUT": nlcd, "FOREGROUND_CODES": "4, 5", "EDGE_WIDTH": 2,
        "OUTPUT": str(out / "mspa.tif")})["OUTPUT"]
    res["sources"] = run("ecologicalsources", {
        "INPUT_RASTER": res["mspa"], "HABITAT_VALUES": "17", "MIN_AREA": 200.0, "DISPERSAL_DISTANCE": 5000.0,
        "TOP_N": 6,
        "OUTPUT": str(out / "sources.gpkg")})["OUTPUT"]
    res["cost"] = run("costdistance", {
        "COST": res["resistance"], "SOURCES": res["sources"], "SOURCE_ID": "source_id", "OUTPUT": str(out / "cost.tif"),
        "ALLOCATION": str(out / "allocation.tif")})
    res["corridors"] = run("leastcostcorridors", {
        "RESISTANCE": res["resistance"], "SOURCES": res["sources"], "SOURCE_ID": "source_id", "PATHS": str(out / "paths.gpkg"),
        "NORMALIZED": str(out / "normalized.tif")})
    res["circuit"] = run("circuitscape", {
        "RESISTANCE": res["resistance"], "FOCAL_NODES": res["sources"], "FOCAL_ID": "source_id",
        "RESISTANCES": str(out / "effective.gpkg"), "CURRENT": str(out / "current.tif")})
    yield res
    if provider is not None:
        registry.removeProvider(provider)


def _features(path):
    ds = ogr.Open(path)
    lyr = ds.GetLayer(0)
    rows = [(f.items(), f.GetGeometryRef().Clone() if f.GetGeometryRef() else None) for f in lyr]
    return rows


def test_zion_sources_are_ranked_natural_cores(chain):
    rows = _features(chain["sources"])
    assert 2 <= len(rows) <= 6
    ranks = sorted(r["rank"] for r, _g in rows)
    assert ranks == list(range(1, len(rows) + 1))
    by_rank = sorted((r for r, _g in rows), key=lambda r: r["rank"])
    dpc = [r["dPC"] for r in by_rank]
    assert all(a >= b for a, b in zip(dpc, dpc[1:]))       # ranked by dPC
    assert all(r["area_ha"] >= 200.0 for r, _g in rows)


def test_zion_cost_distance_zero_on_sources_and_positive_elsewhere(chain):
    cost, _gt, _p = read_tif(chain["cost"]["OUTPUT"])
    mspa, _gt, _p = read_tif(chain["mspa"])
    assert np.nanmin(cost) == 0.0
    finite = np.isfinite(cost)
    assert finite.mean() > 0.95                            # the park is one connected landscape
    assert (cost[finite] >= 0).all()
    # source cells are MSPA cores: every zero-cost cell is a core cell (17)
    assert (mspa[cost == 0] == 17).all()


def test_zion_corridors_avoid_developed_land(chain):
    nlcd, gt, _p = read_tif(chain["nlcd"])
    rows = _features(chain["corridors"]["PATHS"])
    assert rows, "no least-cost path between the Zion sources"
    on_path = []
    for _r, geom in rows:
        for i in range(geom.GetPointCount()):
            x, y = geom.GetX(i), geom.GetY(i)
            col = int((x - gt[0]) / gt[1])
            row = int((y - gt[3]) / gt[5])
            if 0 <= row < nlcd.shape[0] and 0 <= col < nlcd.shape[1]:
                on_path.append(nlcd[row, col])
    on_path = np.array(on_path)
    valid = nlcd[np.isfinite(nlcd)]
    natural_path = np.isin(on_path, NATURAL).mean()
    natural_all = np.isin(valid, NATURAL).mean()
    assert natural_path >= natural_all                     # paths run through natural cover ...
    assert np.isin(on_path, DEVELOPED).mean() <= np.isin(valid, DEVELOPED).mean()   # ... not developed land
    for r, _g in rows:
        assert r["lcd"] > 0 and r["from_id"] != r["to_id"]


def test_zion_effective_resistance_and_current(chain):
    rows = [r for r, _g in _features(chain["circuit"]["RESISTANCES"])]
    n = len(_features(chain["sources"]))
    assert len(rows) == n * (n - 1) // 2
    values = np.array([r["resistance"] for r in rows], dtype=float)
    assert np.isfinite(values).all() and (values > 0).all()
    current, _gt, _p = read_tif(chain["circuit"]["CURRENT"])
    nlcd, _gt, _p = read_tif(chain["nlcd"])
    both = np.isfinite(current) & np.isfinite(nlcd)
    natural = both & np.isin(nlcd, NATURAL)
    developed = both & np.isin(nlcd, DEVELOPED)
    assert current[natural].mean() > current[developed].mean()
    assert os.path.getsize(chain["circuit"]["CURRENT"]) > 0
