"""Demo steps of the ecological security pattern (生态安全格局), part 'pattern_barriers': barriers
(Barrier Mapper) and omnidirectional connectivity (Omniscape).
Part of ``STEPS`` in scripts/demo_steps.py (runs after ``pattern`` and ``pattern_circuit``)."""


def _cellsize(path):
    from osgeo import gdal
    ds = gdal.Open(path)
    return abs(ds.GetGeoTransform()[1]), ds.RasterXSize


def pattern_barriers(chain, args):
    resistance = chain.results["resistancesurface"]["OUTPUT"]
    sources = "{}|layername=ecological_sources".format(chain.gpkg)
    r = chain.raster
    cs, width = _cellsize(resistance)
    chain.run("Barriers 生态障碍点 (Barrier Mapper)", "barriers", {
        "RESISTANCE": resistance, "SOURCES": sources, "SOURCE_ID": "source_id",
        "RADIUS_MIN": cs, "RADIUS_MAX": 3 * cs, "RADIUS_STEP": cs,
        "OUTPUT": r("barrier_improvement"), "BEST_RADIUS": r("barrier_radius"),
        "POLYGONS": chain.table("barriers")},
        [("OUTPUT", "barrier_improvement", "障碍点修复改善值", "Barrier improvement score (per m restored)"),
         ("BEST_RADIUS", "barrier_radius", "障碍点最佳修复半径", "Barrier best window radius (m)"),
         ("POLYGONS", "barriers", "生态障碍点（最强障碍）", "Strongest barriers")])
    from demo_steps_pattern import save_style

    from eco_restore_plugin.processing_helpers.renderers import barrier_renderer

    save_style(chain, "barriers", barrier_renderer)
    # Omniscape on a grid of at most ~200 x 200 cells (coarsened), so the step stays short
    factor = max(1, -(-width // 200))
    chain.run("Omniscape 全向连通性", "omniscape", {
        "RESISTANCE": resistance, "RADIUS": 10 * cs * factor, "RADIUS_UNITS": 1, "BLOCK_SIZE": 5,
        "COARSEN": factor, "OUTPUT": r("omniscape_current"), "NORMALIZED": r("omniscape_normalized")},
        [("OUTPUT", "omniscape_current", "全向累积电流", "Omniscape cumulative current"),
         ("NORMALIZED", "omniscape_normalized", "全向标准化电流", "Omniscape normalized current")])
