"""Demo steps of the ecological security pattern (生态安全格局): resistance, MSPA, sources, cost distance,
least-cost corridors and circuit-theory current. Part of ``STEPS`` in scripts/demo_steps.py."""
import os


def save_style(chain, layer_name, factory):
    """Save ``factory(layer)`` as the default style of a planning-database layer (GeoPackage
    ``layer_styles``), so QGIS and the atlas open it styled."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer("{}|layername={}".format(chain.gpkg, layer_name), layer_name, "ogr")
    if not layer.isValid():
        return False
    renderer = factory(layer)
    if renderer is None:
        return False
    layer.setRenderer(renderer)
    result = layer.saveStyleToDatabase(layer_name, "Eco-Restore", True, "")
    return not (isinstance(result, str) and result) and not (isinstance(result, tuple) and result[-1])


def pattern(chain, args):
    s = chain.results["createsampleregion"]
    r = chain.raster
    sample_dir = os.path.dirname(s["DEM"])
    chain.run("Resistance surface 生态阻力面", "resistancesurface", {
        "LANDUSE": s["LANDUSE_2020"], "FACTORS": [os.path.join(sample_dir, "slope.tif")],
        "WEIGHTS": "0.3", "OUTPUT": r("resistance")},
        [("OUTPUT", "resistance", "生态阻力面", "Resistance surface")])
    # Edge width 8 cells = 240 m at full size, within the 100-300 m depth of forest edge effects
    # (Laurance et al. 2002, Conservation Biology 16: 605-618): the mountain forest splits into interior
    # cores instead of one core over half the county. Smaller demo regions scale it down.
    edge = max(1, min(8, int(round(args.size / 125.0))))
    # foreground: forest land (乔木林地, 竹林地, 灌木林地, 其他林地) - sources of forest species
    chain.run("MSPA 形态学空间格局分析", "mspa", {"INPUT": s["LANDUSE_2020"], "EDGE_WIDTH": edge,
                                             "FOREGROUND_CODES": "301, 302, 305, 307", "OUTPUT": r("mspa")},
              [("OUTPUT", "mspa", "MSPA 景观类型", "MSPA classes")])
    from eco_restore_plugin.processing_helpers.renderers import sources_renderer

    # MSPA cores of at least 30 hm² (at full size), ranked by dPC (dispersal 2.5 km, p = 0.5); the 10 best
    min_area = max(1.0, 30.0 * (args.size / 1000.0) ** 2)
    res = chain.run("Ecological sources 生态源地", "ecologicalsources", {
        "INPUT_RASTER": r("mspa"), "HABITAT_VALUES": "17", "MIN_AREA": min_area, "DISPERSAL_DISTANCE": 2500.0,
        "PROBABILITY": 0.5, "TOP_N": 10, "OUTPUT": chain.table("ecological_sources"),
        "TABLE": chain.table("landscape_connectivity")},
        [("OUTPUT", "ecological_sources", "生态源地", "Ecological sources (MSPA cores ranked by dPC)"),
         ("TABLE", "landscape_connectivity", "景观连通性指数", "Landscape connectivity (IIC, PC, EC)")])
    sources = res["OUTPUT"]
    save_style(chain, "ecological_sources", lambda layer: sources_renderer())
    chain.run("Cost distance 最小累积阻力", "costdistance", {
        "COST": r("resistance"), "SOURCES": sources, "SOURCE_ID": "source_id", "OUTPUT": r("cost_distance"),
        "ALLOCATION": r("cost_allocation")},
        [("OUTPUT", "cost_distance", "最小累积阻力", "Accumulated cost"),
         ("ALLOCATION", "cost_allocation", "源地分配", "Source allocation")])
    chain.run("Least-cost corridors 生态廊道", "leastcostcorridors", {
        "RESISTANCE": r("resistance"), "SOURCES": sources, "SOURCE_ID": "source_id",
        "PATHS": chain.table("corridor_paths"),
        "NORMALIZED": r("corridor_normalized")},
        [("PATHS", "corridor_paths", "最小成本路径（生态廊道）", "Least-cost paths"),
         ("NORMALIZED", "corridor_normalized", "标准化廊道", "Normalized corridors")])
    # above 2000² the demo solves circuits on blocks of N × N cells (COARSEN_FACTOR, approximate: METHODS §2),
    # as a province-wide run would: each pair with focal regions is its own system (exact at 2000²: 180 s,
    # 4.5 GB and a solver child; at 4000² it would not fit in 8 GB)
    coarsen = 1 if args.size <= 2000 else args.size // 1000
    if coarsen > 1:
        print("  circuit theory on blocks of {0} x {0} cells (COARSEN_FACTOR = {0}, approximate; exact up to "
              "2000 x 2000)".format(coarsen), flush=True)
    chain.run("Circuit theory 电路理论电流密度", "circuitscape", {
        "RESISTANCE": r("resistance"), "FOCAL_NODES": sources, "FOCAL_ID": "source_id",
        "RESISTANCES": chain.table("effective_resistance"), "CURRENT": r("current"),
        "COARSEN_FACTOR": coarsen},
        [("RESISTANCES", "effective_resistance", "有效电阻", "Effective resistance between sources"),
         ("CURRENT", "current", "累积电流密度", "Cumulative current")])
