"""Demo steps of the ecological security pattern (生态安全格局), part 'pattern_circuit': pinch points
(夹点, Pinchpoint Mapper method) inside the least-cost corridors.
Part of ``STEPS`` in scripts/demo_steps.py (runs after ``pattern``)."""


def _corridor_cutoff(normalized_path, share=10.0):
    """Cut-off width (cost units) that keeps about ``share`` % of the mapped cells as corridor: the
    ``share``-th percentile of the normalized least-cost corridor values (0 on the least-cost paths)."""
    import numpy as np
    from osgeo import gdal

    ds = gdal.Open(normalized_path)
    band = ds.GetRasterBand(1)
    arr = band.ReadAsArray().astype(np.float64)
    nd = band.GetNoDataValue()
    if nd is not None:
        arr[arr == nd] = np.nan
    vals = arr[np.isfinite(arr)]
    return float(np.percentile(vals, share)) if vals.size else 0.0


def pattern_circuit(chain, args):
    from demo_steps_pattern import save_style

    from eco_restore_plugin.processing_helpers.renderers import pinch_renderer

    resistance = chain.results["resistancesurface"]["OUTPUT"]
    normalized = chain.results["leastcostcorridors"]["NORMALIZED"]
    sources = "{}|layername=ecological_sources".format(chain.gpkg)
    cutoff = _corridor_cutoff(normalized)
    chain.run("Pinch points 夹点", "pinchpoints", {
        "RESISTANCE": resistance, "SOURCES": sources, "SOURCE_ID": "source_id", "NORMALIZED": normalized,
        "CUTOFF": cutoff, "MODE": 0, "PERCENTILE": 95.0,
        "OUTPUT": chain.raster("pinch_current"), "POINTS": chain.table("pinch_points"),
        "POLYGONS": chain.table("pinch_patches")},
        [("OUTPUT", "pinch_current", "廊道内电流密度（夹点分析）", "Current inside the corridors (pinch points)"),
         ("POINTS", "pinch_points", "夹点", "Pinch points (top 5 % corridor current)"),
         ("POLYGONS", "pinch_patches", "夹点斑块", "Pinch-point patches")])
    save_style(chain, "pinch_points", pinch_renderer)
    save_style(chain, "pinch_patches", pinch_renderer)
