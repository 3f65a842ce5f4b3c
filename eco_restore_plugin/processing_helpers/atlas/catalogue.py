"""The map catalogue of the planning atlas and the layers of each map.

:data:`MAPS` lists the standard maps (METHODS.md section 6); their index is the public value of the
``MAPS`` parameter of ``ecorestore:atlasexport``. Layers come from the ``layer_catalog`` table of the
planning GeoPackage and the styled rasters beside it.
"""
import collections
import fnmatch
import os
import sqlite3

from qgis.core import (
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsProcessingException,
    QgsRasterLayer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ...i18n import tr, tr_noop
from ..feedback import check_cancel
from .landuse_classes import reclassified_layer
from .styles import categorize, label_layer, style_vector


#: One map of the catalogue. ``layers``: entries bottom to top; an entry is a name or a tuple of
#: alternatives (the first present is used; '*' patterns match catalogue/raster names); a name
#: starting with '?' is optional (drawn when present, noted on the page when not). A map is skipped
#: (and listed as such) when a required entry is missing or no layer at all is present.
#: ``landuse`` (index 4) keeps the old meaning: fall back to the base layers. ``order``: position in
#: the atlas (METHODS.md section 6 order); the MAPS index is the public enum value and never changes.
MapSpec = collections.namedtuple("MapSpec", "key label title layers landuse order special")

LANDUSE_NAMES = ("landuse", "land_use", "landuse_2020", "sample_landuse")

MAPS = [
    MapSpec("landuse", tr_noop("Current land use (用地现状图)"), "用地现状图", [LANDUSE_NAMES], True, 20,
            "landuse"),
    MapSpec("protection", tr_noop("Ecological protection importance (生态保护重要性评价图)"),
            "生态保护重要性评价图", ["protection_importance"], False, 40, None),
    MapSpec("water", tr_noop("Water conservation importance (水源涵养重要性)"), "水源涵养重要性评价图",
            ["water_conservation_importance"], False, 41, None),
    MapSpec("soil", tr_noop("Soil and water conservation importance (水土保持重要性)"), "水土保持重要性评价图",
            ["soil_conservation_importance"], False, 42, None),
    MapSpec("habitat", tr_noop("Habitat quality (生境质量)"), "生境质量评价图", ["habitat_quality"], False, 44, None),
    MapSpec("zones", tr_noop("Restoration zoning (生态修复分区图)"), "生态修复分区图",
            [("land_sea_zones", "restoration_zones")],
            False, 90, None),
    MapSpec("projects", tr_noop("Key projects (重点工程布局图)"), "重点工程布局图", ["project_library"], False, 100,
            None),
    MapSpec("consolidation", tr_noop("Land consolidation potential (土地综合整治潜力分布图)"),
            "土地综合整治潜力分布图", ["consolidation_zoning"], False, 110, None),
    # appended (enum values 8...): never reorder
    MapSpec("location", tr_noop("Location map (区位图)"), "区位图",
            [("base_townships", "base_county"), "?base_rivers", "?base_roads", "?base_settlements"], False, 10,
            "location"),
    MapSpec("ecosystem", tr_noop("Ecosystem types (生态系统类型分布图)"), "生态系统类型分布图",
            [("ecosystem_types", "ecosystem", "ecosystem_2020") + LANDUSE_NAMES], False, 30, "ecosystem"),
    MapSpec("biodiversity", tr_noop("Biodiversity maintenance importance (生物多样性维护重要性)"),
            "生物多样性维护重要性评价图", ["habitat_quality_importance"], False, 43, None),
    MapSpec("coastal", tr_noop("Coastal protection (海岸防护功能评价图)"), "海岸防护功能评价图",
            ["coastal_protection"], False, 45, None),
    MapSpec("vulnerability", tr_noop("Ecological vulnerability (生态脆弱性评价图)"), "生态脆弱性评价图",
            [("soil_erosion_vulnerability", "*vulnerability*")], False, 50, None),
    MapSpec("problems", tr_noop("Ecological problems (生态问题识别图)"), "生态问题识别图",
            ["?degradation", "?damaged_space"], False, 60, None),
    MapSpec("pattern", tr_noop("Ecological security pattern (生态安全格局图)"), "生态安全格局图",
            ["?corridor_normalized", "?barriers", "?pinch_points", "ecological_sources", "?corridor_paths",
             "?ecological_nodes"], False, 70, None),
    MapSpec("nearterm", tr_noop("Near-term projects (近期项目安排图)"), "近期项目安排图", ["project_library"],
            False, 120, "nearterm"),
    MapSpec("shoreline", tr_noop("Shoreline distribution and types (海岸线分布与类型图)"), "海岸线分布与类型图",
            ["?base_sea_use_zones", "?base_island", ("shoreline_classified", "base_shoreline_2020")], False, 46, None),
    MapSpec("marine", tr_noop("Marine ecological protection and restoration (海洋生态保护修复布局图)"),
            "海洋生态保护修复布局图", ["?base_sea_use_zones", "?coastal_habitat_losses", "?seagrass_candidates",
                                 "mangrove_candidates", "?shoreline_classified", "?marine_health"], False, 96, None),
    MapSpec("servicevalue", tr_noop("Ecosystem service value (生态系统服务价值分布图)"), "生态系统服务价值分布图",
            ["service_value_2020"], False, 47, None),
    MapSpec("carbon", tr_noop("Carbon storage (碳储量分布图)"), "碳储量分布图", ["carbon_2020"], False, 48, None),
    MapSpec("rsei", tr_noop("Remote sensing ecological index (遥感生态指数分布图)"), "遥感生态指数分布图",
            [("rsei_grade_2020", "rsei_2020")], False, 49, None),
    MapSpec("ecorisk", tr_noop("Landscape ecological risk (景观生态风险评价图)"), "景观生态风险评价图",
            [("landscape_risk_grade", "landscape_risk")], False, 55, None),
]

#: Period value of near-term projects in project_library's ``period`` field (zoning_projects.py).
NEAR_TERM = "近期"

#: Base layers drawn on the land-use map when no land-use raster is catalogued (bottom to top).
LANDUSE_BASE = ["base_townships", "base_basic_farmland", "base_urban_boundary", "base_red_line",
                "base_rivers", "base_roads", "base_settlements"]


def read_catalog(gpkg):
    """Rows of ``layer_catalog`` as dicts, and the set of tables in the GeoPackage."""
    try:
        con = sqlite3.connect("file:{}?mode=ro".format(gpkg), uri=True)
    except sqlite3.Error as exc:
        raise QgsProcessingException(tr("Cannot open the GeoPackage '{}': {}").format(gpkg, exc)) from exc
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type IN ('table','view')")}
        if "layer_catalog" not in tables:
            raise QgsProcessingException(tr(
                "'{}' has no layer_catalog table: it is not a planning GeoPackage. Run the planning "
                "steps (or scripts/demo.py) first.").format(gpkg))
        rows = con.execute("SELECT layer, kind, title_zh, title_en, algorithm, location FROM layer_catalog")
        catalog = {r[0]: dict(zip(("layer", "kind", "title_zh", "title_en", "algorithm", "location"), r))
                   for r in rows}
    except sqlite3.Error as exc:
        raise QgsProcessingException(tr("Cannot read the GeoPackage '{}': {}").format(gpkg, exc)) from exc
    finally:
        con.close()
    return catalog, tables


def load_layer(name, catalog, tables, gpkg, raster_dir, vector_source=None):
    """A valid layer for catalogue name ``name`` or None (a raster with its .qml style, or a styled vector).

    ``vector_source``: a private copy of ``gpkg`` to read vector layers from: QGIS opens a GeoPackage for
    update and switches it to WAL, which would change the user's planning.gpkg (inputs stay byte-identical)."""
    entry = catalog.get(name)
    kind = entry["kind"] if entry else None
    if kind in (None, "raster"):
        candidates = [os.path.join(raster_dir, name + ".tif")]
        if entry and entry.get("location"):
            candidates.append(os.path.join(os.path.dirname(gpkg), entry["location"]))
        for tif in candidates:
            if os.path.isfile(tif):
                lyr = QgsRasterLayer(tif, name, "gdal")
                if not lyr.isValid():
                    continue
                qml = os.path.splitext(tif)[0] + ".qml"
                if os.path.exists(qml):
                    lyr.loadNamedStyle(qml)
                    lyr.setCustomProperty("ecorestore/styled", True)
                return lyr
    if kind in (None, "vector") and name in tables:
        lyr = QgsVectorLayer("{}|layername={}".format(vector_source or gpkg, name), name, "ogr")
        if not lyr.isValid() or lyr.featureCount() <= 0:
            return None
        style_vector(lyr, name)
        return lyr
    return None


def load_ctx_layer(name, ctx):
    """:func:`load_layer` with the catalogue, tables, GeoPackage and raster folder of the run context."""
    return load_layer(name, ctx["catalog"], ctx["tables"], ctx["gpkg"], ctx["raster_dir"],
                      vector_source=ctx.get("vector_gpkg"))


def layer_names(alt, catalog, raster_dir):
    """Concrete names for an alternative ('*' patterns match catalogue and raster-folder names)."""
    if "*" not in alt:
        return [alt]
    names = set(catalog)
    if os.path.isdir(raster_dir):
        names |= {os.path.splitext(f)[0] for f in os.listdir(raster_dir) if f.endswith(".tif")}
    return sorted(n for n in names if fnmatch.fnmatch(n, alt))


def _reclassify_first(spec, layers, ctx):
    """Land-use / ecosystem maps: an unstyled code raster becomes first-level groups with a legend."""
    src = layers[0]
    keep_style = src.customProperty("ecorestore/styled", False) and (
        spec.special == "landuse" or src.name() == "ecosystem_types")
    if not keep_style:
        title = "土地利用现状（三调一级类）" if spec.special == "landuse" else "生态系统类型"
        lyr, path = reclassified_layer(src.source(), spec.special, title, ctx["tmp"])
        if lyr is not None:
            lyr.setCustomProperty("ecorestore/title", title)
            lyr.setCustomProperty("ecorestore/source", src.name())
            layers[0] = lyr


def resolve_layers(spec, ctx):
    """(layers bottom to top, missing required names, missing optional names) of one map."""
    layers, missing, missing_opt = [], [], []
    for entry in spec.layers:
        alts = entry if isinstance(entry, tuple) else (entry,)
        optional = alts[0].startswith("?")
        alts = tuple(a.lstrip("?") for a in alts)
        candidates = (load_ctx_layer(name, ctx)
                      for alt in alts for name in layer_names(alt, ctx["catalog"], ctx["raster_dir"]))
        lyr = next((c for c in candidates if c is not None), None)
        if lyr is None:
            (missing_opt if optional else missing).append(alts[0])
        else:
            layers.append(lyr)
    if spec.special in ("landuse", "ecosystem") and layers and isinstance(layers[0], QgsRasterLayer):
        _reclassify_first(spec, layers, ctx)
    if spec.landuse and not layers:
        for name in LANDUSE_BASE:
            lyr = load_ctx_layer(name, ctx)
            if lyr is not None:
                layers.append(lyr)
        missing = [] if layers else list(LANDUSE_NAMES[:1]) + LANDUSE_BASE
    if spec.special == "nearterm" and layers:
        lyr = layers[0]
        if lyr.fields().lookupField("period") < 0:
            missing.append("project_library.period")
        else:
            lyr.setSubsetString("\"period\" = '{}'".format(NEAR_TERM))
            # featureCount() is -1 (not counted) after a subset on a read-only GeoPackage: look for a feature
            if next(lyr.getFeatures(QgsFeatureRequest().setNoAttributes().setFlags(
                    QgsFeatureRequest.NoGeometry)), None) is None:
                missing.append("project_library ({} = {})".format("period", NEAR_TERM))
            categorize(lyr, "type_name")
    if spec.special == "location" and layers:
        base = layers[0]
        categorize(base, "name")
        if base.fields().lookupField("name") >= 0:
            label_layer(base, "name", ctx["font"])
    if not layers and not missing:
        missing = missing_opt
        missing_opt = []
    return layers, missing, missing_opt


def base_layers(ctx, feedback):
    """The county outline and the inset's townships (either may be None), styled for every map."""
    county = load_ctx_layer("base_county", ctx)
    if county is not None:
        county.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
            {"style": "no", "outline_color": "0,0,0", "outline_width": "0.6"})))
        county.setName(ctx["catalog"].get("base_county", {}).get("title_zh") or "县域边界")
    else:
        feedback.pushWarning(tr("No base_county layer: maps are drawn without the county outline."))
    inset_base = load_ctx_layer("base_townships", ctx)
    if inset_base is not None:
        inset_base.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
            {"color": "#eeeeee", "outline_color": "#9a9a9a", "outline_width": "0.15"})))
    # the regional inset also draws the coastline (the county's surroundings: land and sea)
    coast = load_ctx_layer("base_coastline", ctx)
    if coast is not None and coast.geometryType() == QgsWkbTypes.LineGeometry:
        coast.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple(
            {"line_color": "#2b7bba", "line_width": "0.35"})))
    else:
        coast = None
    ctx["inset_context"] = coast
    ctx["inset_neighbours"] = neighbour_layer(ctx)
    return county, inset_base


def neighbour_layer(ctx):
    """The neighbouring regions of the inset (``base_neighbours``: polygons with a ``name``), in grey with
    their names; None when the database has none."""
    layer = load_ctx_layer("base_neighbours", ctx)
    if layer is None or layer.geometryType() != QgsWkbTypes.PolygonGeometry:
        return None
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "#e3e3e3", "outline_color": "#8c8c8c", "outline_width": "0.2"})))
    layer.setName(ctx["catalog"].get("base_neighbours", {}).get("title_zh") or "相邻县")
    if layer.fields().lookupField("name") >= 0:
        label_layer(layer, "name", ctx["font"], size=7, colour="#4d4d4d")
    return layer


def resolve_pages(selected, ctx, feedback):
    """(pages, skipped) of the selected maps in the atlas order; layers named by their catalogue title.

    A page is a dict: spec, layers (bottom to top), missing_opt, sources (algorithms). ``skipped``:
    (title, missing names) of maps whose required layers are missing.
    """
    catalog = ctx["catalog"]
    order = sorted(set(selected), key=lambda i: (MAPS[i].order, i))
    pages, skipped = [], []
    for idx in order:
        check_cancel(feedback)
        spec = MAPS[idx]
        layers, missing, missing_opt = resolve_layers(spec, ctx)
        if missing:
            skipped.append((spec.title, missing))
            feedback.pushWarning(tr("Map '{}' skipped: layer(s) {} missing.").format(
                spec.title, ", ".join(missing)))
            continue
        if missing_opt:
            feedback.pushInfo(tr("Map '{}': layer(s) {} missing, drawn without them.").format(
                spec.title, ", ".join(missing_opt)))
        names = [lyr.customProperty("ecorestore/source", "") or lyr.name() for lyr in layers]
        sources = [catalog.get(n, {}).get("algorithm") or n for n in names]
        for lyr, name in zip(layers, names):
            entry = catalog.get(name)
            custom = lyr.customProperty("ecorestore/title", "")
            if custom:
                lyr.setName(custom)
            elif entry and entry.get("title_zh"):
                lyr.setName(entry["title_zh"])
        pages.append({"spec": spec, "layers": layers, "missing_opt": missing_opt,
                      "sources": sorted(set(sources), key=sources.index), "sources_by_layer": sources})
    return pages, skipped
