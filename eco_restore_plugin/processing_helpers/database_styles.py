"""Default styles of the planning database (规划数据库) and a QGIS project that opens it for a planner.

Every vector layer of a planning GeoPackage gets a default style stored in the GeoPackage itself
(table ``layer_styles``; QGIS applies it whenever the layer is loaded): planning colours (生态保护红线
red, 永久基本农田 yellow, 城镇开发边界 purple outline, boundaries as outlines only), categories labelled
in Chinese from the layer's own name fields, units in graduated legends and Chinese field aliases.
Rules are keyed by layer name; a layer without a rule gets a neutral style chosen by geometry type, so
no layer ever opens in a random colour. :func:`write_project` adds the layers to a ``.qgz`` project
with their Chinese titles, grouped by planning topic, rasters with the ``.qml`` beside them.
"""
import os

from qgis.core import QgsWkbTypes

from .styles import PRIORITY_GRADE_COLOURS, SEA_ZONE_COLOURS, ZONE_COLOURS

#: Chinese aliases of common fields (shown in attribute tables, forms and labels).
FIELD_ALIASES = {
    "name": "名称", "label": "标注", "code": "代码", "area_ha": "面积(公顷)", "area_km2": "面积(平方千米)",
    "area_hm2": "面积(公顷)", "population": "人口(人)", "township": "乡镇", "type": "类型", "level": "级别",
    "length_km": "长度(千米)", "length_m": "长度(米)", "grade": "等级", "grade_name": "等级名称", "rank": "排序",
    "source_id": "源地编号", "zone_id": "分区编号", "zone_name": "分区名称", "zone_type": "分区类型",
    "mode": "修复模式", "mode_name": "修复模式名称", "measures": "主要措施", "unit_id": "单元编号",
    "unit_name": "单元名称", "proj_id": "项目编号", "proj_code": "项目代码", "type_name": "项目类型",
    "cost_wan": "投资估算(万元)", "unit_cost": "单价(万元/规模单位)", "score": "得分", "status": "状态",
    "category": "类别", "mineral": "矿种", "shore_type": "岸线类型", "shore_zh": "岸线类型", "strahler": "河流等级",
    "class_zh": "道路等级", "node_type": "节点类型", "type_zh": "节点类型", "current": "电流密度",
    "lcd": "累积成本", "farm_hm2": "耕地面积(公顷)", "farm_mu": "耕地面积(亩)", "farm_wanmu": "耕地面积(万亩)",
    "new_hm2": "新增耕地(公顷)", "new_mu": "新增耕地(亩)", "spaces": "三区空间", "control": "管控要求",
    # the project hierarchy 重点区域 → 重点工程 → 项目 (projectlibrary, key_areas, key_projects)
    "XZQDM": "行政区代码", "XZQMC": "行政区名称", "XZDM": "乡镇代码", "XZMC": "乡镇名称", "CJDM": "村级代码",
    "CJMC": "村级名称", "jsnr": "建设内容", "scale": "建设规模", "scale_unit": "规模单位", "len_km": "长度(千米)",
    "n_sites": "图斑或点位数(个)", "tz_zy": "中央资金(万元)", "tz_sj": "省级资金(万元)", "tz_sx": "市县资金(万元)",
    "tz_shzb": "社会资本(万元)", "zrbm": "责任部门", "zb_name": "贡献指标", "zb_value": "指标贡献值",
    "xf_ha": "生态保护修复面积(公顷)", "kp_id": "重点工程编号", "kp_name": "重点工程名称", "ka_id": "重点区域编号",
    "ka_name": "重点区域名称", "n_kp": "重点工程数(个)", "n_proj": "项目数(个)", "period": "实施时序",
    "years": "实施年份", "types": "项目类型", "location": "所在单元", "type_code": "类型代码",
    "added": "本期新增", "cumulative": "累计", "target": "目标值", "share_pct": "目标完成比例(%)",
}

PLANNING_COLOURS = {
    "red_line": "#e31a1c", "farmland": "#f7e463", "urban": "#8e44ad", "reserve": "#1b7837",
    "boundary": "#404040", "water": "#3182bd", "road": "#8c8c8c", "mine": "#8c510a",
}


def _fill(colour, outline="#404040", width="0.26", style="solid", alpha=None):
    from qgis.core import QgsFillSymbol

    sym = QgsFillSymbol.createSimple({"color": colour, "outline_color": outline, "outline_width": width,
                                      "style": style})
    if alpha is not None:
        sym.setOpacity(alpha)
    return sym


def _single(symbol):
    from qgis.core import QgsSingleSymbolRenderer

    return QgsSingleSymbolRenderer(symbol)


def outline(colour, width="0.6", dash="solid"):
    """Boundary: outline only, never an opaque fill over the map."""
    from qgis.core import QgsFillSymbol

    return lambda layer: _single(QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": colour, "outline_width": width, "outline_style": dash}))


def grey_fill():
    """Surroundings (neighbouring regions): a light grey fill with a grey outline."""
    from qgis.core import QgsFillSymbol

    return lambda layer: _single(QgsFillSymbol.createSimple(
        {"color": "#e3e3e3", "outline_color": "#8c8c8c", "outline_width": "0.3"}))


def _translucent(colour, alpha):
    from qgis.core import QgsFillSymbol, QgsSimpleFillSymbolLayer
    from qgis.PyQt.QtGui import QColor

    fill = QColor(colour)
    fill.setAlphaF(alpha)
    sym = QgsFillSymbol.createSimple({"outline_color": colour, "outline_width": "0.5"})
    sl = sym.symbolLayer(0)
    if isinstance(sl, QgsSimpleFillSymbolLayer):
        sl.setFillColor(fill)
    return sym


def line(colour, width="0.5"):
    from qgis.core import QgsLineSymbol

    return lambda layer: _single(QgsLineSymbol.createSimple({"line_color": colour, "line_width": width}))


def point(colour, size="2", shape="circle"):
    from qgis.core import QgsMarkerSymbol

    return lambda layer: _single(QgsMarkerSymbol.createSimple(
        {"name": shape, "color": colour, "outline_color": "#222222", "size": size}))


#: categories of polygons (zones, units) in soft colours so control lines drawn above stay readable
PASTEL = ["#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5",
          "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f"]
PALETTE = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#1f78b4",
           "#b2df8a", "#fb9a99", "#cab2d6", "#fdbf6f", "#8dd3c7", "#bebada", "#80b1d3", "#fccde5"]


def categorized(field, label_field=None, colours=None):
    """Categories of ``field`` present in the layer, labelled from ``label_field`` (e.g. the Chinese
    name) and counted, in a fixed palette (or ``colours``: {value: colour})."""
    def factory(layer):
        from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory, QgsSymbol
        from qgis.PyQt.QtGui import QColor

        idx = layer.fields().lookupField(field)
        if idx < 0:
            return None
        lidx = layer.fields().lookupField(label_field) if label_field else -1
        labels, counts = {}, {}
        for f in layer.getFeatures():
            v = f.attributes()[idx]
            counts[v] = counts.get(v, 0) + 1
            if lidx >= 0 and f.attributes()[lidx] not in (None, ""):
                labels.setdefault(v, str(f.attributes()[lidx]))
        cats = []
        for i, v in enumerate(sorted(counts, key=lambda x: (str(type(x)), x))):
            sym = QgsSymbol.defaultSymbol(layer.geometryType())
            polygon = layer.geometryType() == QgsWkbTypes.PolygonGeometry
            palette = PASTEL if polygon else PALETTE
            colour = (colours or {}).get(v, palette[i % len(palette)])
            sym.setColor(QColor(colour))
            if polygon:
                sym.symbolLayer(0).setStrokeColor(QColor("#636363"))
                sym.setOpacity(0.75)
            text = labels.get(v, str(v))
            cats.append(QgsRendererCategory(v, sym, "{} ({})".format(text, counts[v])))
        return QgsCategorizedSymbolRenderer(field, cats)
    return factory


def graduated(field, colours, unit, classes=5):
    """Quantile classes of ``field`` from ``colours[0]`` to ``colours[1]``; the legend carries ``unit``."""
    def factory(layer):
        from qgis.core import QgsClassificationQuantile, QgsGradientColorRamp, QgsGraduatedSymbolRenderer, QgsSymbol
        from qgis.PyQt.QtGui import QColor

        if layer.fields().lookupField(field) < 0:
            return None
        renderer = QgsGraduatedSymbolRenderer(field)
        renderer.setSourceSymbol(QgsSymbol.defaultSymbol(layer.geometryType()))
        renderer.setSourceColorRamp(QgsGradientColorRamp(QColor(colours[0]), QColor(colours[1])))
        renderer.setClassificationMethod(QgsClassificationQuantile())
        renderer.classificationMethod().setLabelFormat(("%1 - %2 " + unit).strip())
        renderer.classificationMethod().setLabelPrecision(2)
        renderer.classificationMethod().setLabelTrimTrailingZeroes(True)
        renderer.updateClasses(layer, classes)
        return renderer
    return factory


def _pattern(name):
    from . import renderers

    return {"sources": lambda layer: renderers.sources_renderer(),
            "nodes": lambda layer: renderers.nodes_renderer(),
            "pinch": renderers.pinch_renderer, "barrier": renderers.barrier_renderer}[name]


def wide_lines(factory, width=1.2):
    """``factory`` with its line symbols ``width`` mm wide (shorelines drawn under the county boundary)."""
    def wide(layer):
        renderer = factory(layer)
        if renderer is None or layer.geometryType() != QgsWkbTypes.LineGeometry:
            return renderer
        for i, cat in enumerate(renderer.categories()):
            sym = cat.symbol().clone()
            sym.setWidth(width)
            renderer.updateCategorySymbol(i, sym)
        return renderer
    return wide


#: colours of the shoreline classes (core/shoreline.py codes)
MARINE_COLOURS = {"bedrock": "#6b4c3b", "sandy": "#e8c15a", "muddy": "#9c8a5a", "biological": "#1a9850",
                  "estuary": "#2c7fb8", "artificial": "#d7191c", "restored": "#66c2a4"}

#: layer name -> renderer factory. Layers not listed get :func:`fallback`.
LAYER_RULES = {
    "base_county": outline(PLANNING_COLOURS["boundary"], "0.9"),
    "base_townships": outline("#737373", "0.4", "dash"),
    "base_neighbours": grey_fill(),
    "base_watersheds": outline("#6baed6", "0.3", "dot"),
    "base_red_line": lambda layer: _single(_translucent(PLANNING_COLOURS["red_line"], 0.3)),
    "base_basic_farmland": lambda layer: _single(_translucent(PLANNING_COLOURS["farmland"], 0.7)),
    "base_urban_boundary": outline(PLANNING_COLOURS["urban"], "0.8", "dash"),
    "base_nature_reserves": lambda layer: _single(_translucent(PLANNING_COLOURS["reserve"], 0.3)),
    "base_roads": line(PLANNING_COLOURS["road"], "0.6"),
    "base_rivers": line(PLANNING_COLOURS["water"], "0.4"),
    "base_coastline": categorized("shore_zh"),
    "base_settlements": point("#636363", "1.6"),
    "base_mines": categorized("status"),
    "protection_extremely_important": lambda layer: _single(_translucent("#b2182b", 0.6)),
    "ecological_sources": _pattern("sources"),
    "pinch_points": _pattern("pinch"),
    "pinch_patches": _pattern("pinch"),
    "barriers": _pattern("barrier"),
    "ecological_nodes": _pattern("nodes"),
    "corridor_paths": line("#2171b5", "0.8"),
    "restoration_zones": categorized("zone_type", "zone_name"),
    "restoration_mode_zones": categorized("mode", "mode_name"),
    "conflict_buffers": categorized("type"),
    "restoration_priority": categorized("grade"),
    "restoration_units": outline("#525252", "0.4"),
    "project_library": categorized("type_code", "type_name"),
    "key_areas": categorized("ka_id", "ka_name"),
    "consolidation_farmland_patches": categorized("grade"),
    "consolidation_settlements": categorized("planned"),
    "consolidation_mines": categorized("type"),
    "consolidation_zoning": categorized("zone", "zone_name"),
    "consolidation_policy_check": categorized("all_pass"),
    "consolidation_farmland_units": graduated("farm_hm2", ("#fff7bc", "#cc4c02"), "公顷"),
    "consolidation_units": graduated("farm_hm2", ("#fff7bc", "#cc4c02"), "公顷"),
    "consolidation_realistic": graduated("farm_hm2", ("#fff7bc", "#cc4c02"), "公顷"),
    "consolidation_settlement_units": graduated("farm_hm2", ("#fff7bc", "#cc4c02"), "公顷"),
    "township_landscape": graduated("SHDI", ("#f7fcf5", "#00441b"), ""),
    "townships_base_values": graduated("forest_coverage", ("#f7fcf5", "#00441b"), "%"),
    "townships_targets": graduated("森林覆盖率", ("#f7fcf5", "#00441b"), "%"),
    "source_centrality": graduated("cf_centrality", ("#c7e9c0", "#00441b"), ""),
    "corridor_centrality": graduated("cf_centrality", ("#c6dbef", "#08306b"), ""),
    # land and sea together (陆海统筹)
    "shoreline_classified": wide_lines(categorized("shore_class", "shore_zh", MARINE_COLOURS)),
    "base_shoreline_2010": wide_lines(categorized("shore_class", "shore_zh", MARINE_COLOURS)),
    "base_shoreline_2020": wide_lines(categorized("shore_class", "shore_zh", MARINE_COLOURS)),
    "shoreline_transects": categorized("change"),
    "base_sea_use_zones": categorized("zone_type"),
    "base_island": lambda layer: _single(_fill("#c8a878")),
    "marine_health": categorized("grade", "grade_zh", {1: "#1a9641", 2: "#fdae61", 3: "#d7191c"}),
    "coastal_habitat_losses": categorized("candidate"),
    "mangrove_candidates": categorized("suit_class", "suit_zh", {1: "#a6d96a", 2: "#1a9641"}),
    "seagrass_candidates": categorized("suit_class", "suit_zh", {1: "#9ecae1", 2: "#2171b5"}),
    "land_sea_units": categorized("domain"),
    "land_sea_zones": categorized("zone_type", None, dict(ZONE_COLOURS, **SEA_ZONE_COLOURS)),
    "land_sea_priority": categorized("pr_grade", "pr_grade_n", PRIORITY_GRADE_COLOURS),
    "wetland_storage": graduated("storage_wan_m3", ("#deebf7", "#08519c"), "万m³"),
}


def fallback(layer):
    """A neutral style by geometry: thin grey outline for polygons, grey lines and points."""
    gtype = layer.geometryType()
    if gtype == QgsWkbTypes.PolygonGeometry:
        return _single(_translucent("#969696", 0.35))
    if gtype == QgsWkbTypes.LineGeometry:
        return line("#525252")(layer)
    if gtype == QgsWkbTypes.PointGeometry:
        return point("#525252")(layer)
    return None


def renderer_for(layer, name):
    factory = LAYER_RULES.get(name)
    renderer = None
    if factory is not None:
        try:
            renderer = factory(layer)
        except Exception:  # a rule that does not fit this layer falls back
            renderer = None
    return renderer if renderer is not None else fallback(layer)


def set_aliases(layer, aliases=None):
    """Chinese aliases of the fields: ``aliases`` ({field: alias}) first, then :data:`FIELD_ALIASES`."""
    for i, field in enumerate(layer.fields()):
        alias = (aliases or {}).get(field.name()) or FIELD_ALIASES.get(field.name())
        if alias and alias != field.name() and not field.alias():
            layer.setFieldAlias(i, alias)


def vector_layer_names(gpkg):
    from osgeo import ogr

    ds = ogr.Open(gpkg)
    names = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]
    return [n for n in names if n not in ("layer_styles", "layer_catalog")]


def style_database(gpkg, titles=None, sources=None, aliases=None):
    """Save a default style (renderer + Chinese aliases) for every layer of ``gpkg`` into its
    ``layer_styles`` table. ``titles``: {layer: Chinese title} stored as the style's description;
    ``sources``: {layer: the plugin layer whose rule styles it} (a database renamed to a schema);
    ``aliases``: {layer: {field: alias}}. Returns {layer name: True when saved}."""
    from qgis.core import QgsCoordinateTransformContext, QgsVectorLayer

    names = vector_layer_names(gpkg)
    # QGIS asks in a message box before overwriting a style of the same name (a hang headless):
    # drop the old default styles of these layers first
    import sqlite3

    con = sqlite3.connect(gpkg)
    try:
        if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'layer_styles'").fetchone():
            con.executemany("DELETE FROM layer_styles WHERE f_table_name = ? AND styleName = ?",
                            [(n, n) for n in names])
            con.commit()
    finally:
        con.close()
    saved = {}
    # no default style to look for (the old ones are gone), the extent not computed: a third of the time
    options = QgsVectorLayer.LayerOptions(QgsCoordinateTransformContext())
    options.loadDefaultStyle = False
    options.readExtentFromXml = True
    # the first layer is kept open to the end: QGIS shares its GDAL dataset with the next layers of the file
    # instead of opening (and closing) the GeoPackage two or three times per layer
    anchor = []
    try:
        for name in names:
            layer = QgsVectorLayer("{}|layername={}".format(gpkg, name), name, "ogr", options)
            if not layer.isValid():
                saved[name] = False
                continue
            if not anchor:
                anchor.append(layer)
            if layer.isSpatial():
                renderer = renderer_for(layer, (sources or {}).get(name, name))
                if renderer is not None:
                    layer.setRenderer(renderer)
            set_aliases(layer, (aliases or {}).get(name))
            result = layer.saveStyleToDatabase(name, (titles or {}).get(name, name), True, "")
            error = result if isinstance(result, str) else (result[-1] if isinstance(result, tuple) else "")
            saved[name] = not error
    finally:
        layer = None
        anchor.clear()                   # the dataset closed (written) before the caller reads the file
    return saved


#: topic groups of the project, in planning order: (group title, layer-name prefixes).
PROJECT_GROUPS = [
    ("基础数据", ("base_",)),
    ("生态系统评价", ("protection_", "township_landscape", "landscape_", "service_", "damaged_")),
    ("生态安全格局", ("ecological_", "corridor_", "pinch_", "barriers", "source_", "effective_", "network_")),
    ("修复分区与项目", ("restoration_", "conflict_", "project_")),
    ("土地综合整治", ("consolidation_",)),
    ("目标指标", ("townships_", "indicator_", "unit_targets", "target_")),
]


#: layers shown when the project opens (the others are in the tree, unchecked): the base map and the plan's zoning;
#: every layer drawn at once hides them all under each other
VISIBLE_ON_OPEN = ("base_county", "base_townships", "base_neighbours", "base_rivers", "base_roads",
                   "base_settlements", "restoration_zones")


def write_project(gpkg, path, catalog=(), rasters=()):
    """A QGIS project at ``path`` with every layer of ``gpkg`` (styled by its default style) and the
    given rasters (``[(path, name)]``, styled by their .qml), named by their Chinese titles from
    ``catalog`` (rows ``(layer, kind, title_zh, ...)``) and grouped by planning topic; boundaries on
    top; only :data:`VISIBLE_ON_OPEN` checked; opening on the county. Returns the number of layers."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRasterLayer, QgsVectorLayer

    titles = {row[0]: row[2] for row in catalog}
    project = QgsProject()
    root = project.layerTreeRoot()
    groups = {title: root.addGroup(title) for title, _ in PROJECT_GROUPS}
    raster_group = root.addGroup("栅格成果")
    other = None
    count = 0
    crs = None
    home = None     # the layer the project opens on (the county, not the neighbours around it)
    for name in vector_layer_names(gpkg):
        layer = QgsVectorLayer("{}|layername={}".format(gpkg, name), titles.get(name, name), "ogr")
        if not layer.isValid():
            continue
        crs = crs or (layer.crs() if layer.isSpatial() else None)
        project.addMapLayer(layer, False)
        target = next((groups[t] for t, prefixes in PROJECT_GROUPS if name.startswith(prefixes)), None)
        if target is None:
            other = other or root.addGroup("其他")
            target = other
        if name == "base_county" or (home is None and name == "base_townships"):
            home = layer
        node = target.insertLayer(0, layer) if name in ("base_county", "base_townships") else target.addLayer(layer)
        node.setExpanded(False)
        node.setItemVisibilityChecked(name in VISIBLE_ON_OPEN)
        count += 1
    for rpath, name in rasters:
        layer = QgsRasterLayer(rpath, titles.get(name, name), "gdal")
        if not layer.isValid():
            continue
        qml = os.path.splitext(rpath)[0] + ".qml"
        if os.path.exists(qml):
            layer.loadNamedStyle(qml)
        project.addMapLayer(layer, False)
        raster_group.addLayer(layer).setItemVisibilityChecked(False)
        count += 1
    if crs is not None and crs.isValid():
        project.setCrs(crs)
    else:
        project.setCrs(QgsCoordinateReferenceSystem("EPSG:4546"))
    _view_on_county(project, home)
    project.setTitle("生态修复规划数据库")
    if not project.write(path):
        raise RuntimeError("cannot write the project {}".format(path))
    return count


def _view_on_county(project, layer, margin=0.05):
    """Open the project on ``layer``'s extent plus ``margin`` (QGIS uses the default view extent when the project
    has no saved canvas), and make it the project's full extent, so that the neighbouring counties around the
    county do not shrink it to a dot on opening or on "zoom full"."""
    from qgis.core import QgsReferencedRectangle

    if layer is None or layer.extent().isEmpty():
        return
    ext = layer.extent()
    ext.grow(margin * max(ext.width(), ext.height()))
    rect = QgsReferencedRectangle(ext, layer.crs())
    project.viewSettings().setDefaultViewExtent(rect)
    if hasattr(project.viewSettings(), "setPresetFullExtent"):      # QGIS ≥ 3.18
        project.viewSettings().setPresetFullExtent(rect)
