"""Demo steps of the ecological security pattern (生态安全格局): resistance, MSPA, sources, cost distance,
least-cost corridors and circuit-theory current. Part of ``STEPS`` in scripts/demo_steps.py."""
import os


def _largest_patches(chain, layer_name, count, out_name):
    """The ``count`` largest polygons of a planning-database layer, saved as ``out_name``."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer

    layer = QgsVectorLayer("{}|layername={}".format(chain.gpkg, layer_name), layer_name, "ogr")
    feats = sorted(layer.getFeatures(), key=lambda f: f.geometry().area(), reverse=True)[:count]
    ids = ",".join(str(f.id()) for f in feats) or "-1"
    res = processing.run("native:extractbyexpression", {
        "INPUT": layer, "EXPRESSION": "$id IN ({})".format(ids), "OUTPUT": chain.table(out_name)},
        context=QgsProcessingContext(), feedback=QgsProcessingFeedback())
    chain.catalog.append((out_name, "vector", "生态源地", "Ecological sources (largest extremely important patches)",
                          "native:extractbyexpression", "planning.gpkg"))
    return res["OUTPUT"]


def pattern(chain, args):
    s = chain.results["createsampleregion"]
    r = chain.raster
    sample_dir = os.path.dirname(s["DEM"])
    chain.run("Resistance surface 生态阻力面", "resistancesurface", {
        "LANDUSE": s["LANDUSE_2020"], "FACTORS": [os.path.join(sample_dir, "slope.tif")],
        "WEIGHTS": "0.3", "OUTPUT": r("resistance")},
        [("OUTPUT", "resistance", "生态阻力面", "Resistance surface")])
    chain.run("MSPA 形态学空间格局分析", "mspa", {"INPUT": s["LANDUSE_2020"], "OUTPUT": r("mspa")},
              [("OUTPUT", "mspa", "MSPA 景观类型", "MSPA classes")])
    sources = _largest_patches(chain, "protection_extremely_important", 8, "ecological_sources")
    chain.run("Cost distance 最小累积阻力", "costdistance", {
        "COST": r("resistance"), "SOURCES": sources, "OUTPUT": r("cost_distance"),
        "ALLOCATION": r("cost_allocation")},
        [("OUTPUT", "cost_distance", "最小累积阻力", "Accumulated cost"),
         ("ALLOCATION", "cost_allocation", "源地分配", "Source allocation")])
    chain.run("Least-cost corridors 生态廊道", "leastcostcorridors", {
        "RESISTANCE": r("resistance"), "SOURCES": sources, "PATHS": chain.table("corridor_paths"),
        "NORMALIZED": r("corridor_normalized")},
        [("PATHS", "corridor_paths", "最小成本路径（生态廊道）", "Least-cost paths"),
         ("NORMALIZED", "corridor_normalized", "标准化廊道", "Normalized corridors")])
    chain.run("Circuit theory 电路理论电流密度", "circuitscape", {
        "RESISTANCE": r("resistance"), "FOCAL_NODES": sources,
        "RESISTANCES": chain.table("effective_resistance"), "CURRENT": r("current")},
        [("RESISTANCES", "effective_resistance", "有效电阻", "Effective resistance between sources"),
         ("CURRENT", "current", "累积电流密度", "Cumulative current")])
