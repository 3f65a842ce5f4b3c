"""Demo steps of the ecological security pattern (生态安全格局), part 'pattern_network': current-flow
centrality of sources and corridors, ecological nodes and the network structure indices.
Part of ``STEPS`` in scripts/demo_steps.py (runs after ``pattern``, ``pattern_circuit`` and
``pattern_barriers``; their pinch points and barriers are used when those steps produced them)."""


def _output(chain, alg, keys):
    """The first output of ``chain.results[alg]`` among ``keys`` (None when absent)."""
    res = chain.results.get(alg) or {}
    for key in keys:
        value = res.get(key)
        if value and not str(value).lower().endswith((".tif", ".tiff")):   # vector outputs only
            return value
    return None


def pattern_network(chain, args):
    from demo_steps_pattern import save_style

    from eco_restore_plugin.processing_helpers.renderers import graduated_renderer, nodes_renderer

    sources = _output(chain, "ecologicalsources", ("OUTPUT",))
    corridors = _output(chain, "leastcostcorridors", ("PATHS",))
    if not sources or not corridors:
        print("    (no sources or corridors: network step skipped)")
        return
    chain.run("Current-flow centrality 网络电流中心度", "centrality", {
        "SOURCES": sources, "SOURCE_ID": "source_id", "CORRIDORS": corridors, "WEIGHT_FIELD": "lcd",
        "SOURCES_OUTPUT": chain.table("source_centrality"), "CORRIDORS_OUTPUT": chain.table("corridor_centrality")},
        [("SOURCES_OUTPUT", "source_centrality", "源地电流中心度", "Current-flow centrality of sources"),
         ("CORRIDORS_OUTPUT", "corridor_centrality", "廊道电流中心度", "Current-flow centrality of corridors")])
    save_style(chain, "source_centrality",
               lambda layer: graduated_renderer(layer, "cf_centrality", ("#c7e9c0", "#00441b")))
    save_style(chain, "corridor_centrality",
               lambda layer: graduated_renderer(layer, "cf_centrality", ("#fdd49e", "#b30000"), (0.3, 2.0)))
    params = {"SOURCES": sources, "CORRIDORS": corridors, "ALLOCATION": chain.raster("cost_allocation"),
              "OUTPUT": chain.table("ecological_nodes"), "TABLE": chain.table("network_structure")}
    pinch = _output(chain, "pinchpoints", ("POINTS", "PINCH_POINTS"))
    if pinch:
        params["PINCH_POINTS"] = pinch
    barriers = _output(chain, "barriers", ("POLYGONS", "BARRIERS"))
    if barriers:
        params["BARRIERS"] = barriers
    chain.run("Ecological nodes and network structure 生态节点与网络结构", "ecologicalnodes", params,
              [("OUTPUT", "ecological_nodes", "生态节点（夹点、障碍点、战略点）",
                "Ecological nodes (pinch points, barriers, ridge crossings)"),
               ("TABLE", "network_structure", "网络结构指数 α β γ",
                "Network structure indices alpha, beta, gamma")])
    save_style(chain, "ecological_nodes", lambda layer: nodes_renderer())
