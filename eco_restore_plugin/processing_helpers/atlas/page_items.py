"""Page items of a map page: titles and notes, main and inset maps, legend, graticule and scale bar."""
import math
import os

from qgis.core import (
    QgsCoordinateTransform,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapGrid,
    QgsLayoutItemScaleBar,
    QgsRasterLayer,
    QgsScaleBarSettings,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt

from ...i18n import tr
from .common import GRATICULE_STEPS


def nice_step(span):
    """A 1-2-5 step giving 2-5 segments over ``span`` (any unit)."""
    if span <= 0:
        return 1.0
    raw = span / 4.0
    p = 10 ** math.floor(math.log10(raw))
    for k in (1, 2, 5, 10):
        if k * p >= raw:
            return k * p
    return 10 * p


def graticule_step(extent_deg_span, lines=3):
    """The largest interval of :data:`GRATICULE_STEPS` giving at least ``lines`` lines."""
    for step in GRATICULE_STEPS:
        if extent_deg_span / step >= lines:
            return step
    return GRATICULE_STEPS[-1]


def set_graticule(map_item, project):
    """Adapt the interval of every geographic grid of ``map_item`` to its extent."""
    grids = map_item.grids().asList()
    if not grids:
        return
    ext = map_item.extent()
    for grid in grids:
        crs = grid.crs() if grid.crs().isValid() else map_item.crs()
        if not crs.isGeographic():
            step = nice_step(min(ext.width(), ext.height()) * 1.33)
        else:
            try:
                tr_ = QgsCoordinateTransform(map_item.crs(), crs, project.transformContext())
                geo = tr_.transformBoundingBox(ext)
            except Exception:  # noqa: BLE001 - transformation impossible: keep the template's interval
                continue
            step = graticule_step(min(geo.width(), geo.height()))
        grid.setUnits(QgsLayoutItemMapGrid.MapUnit)
        grid.setIntervalX(step)
        grid.setIntervalY(step)


def set_scalebar(bar, map_item, width_mm):
    """Segments of a round length so the bar is about ``width_mm`` long at the map's scale."""
    scale = map_item.scale()
    if not scale or scale <= 0:
        return
    km_per_mm = scale / 1e6
    target_km = width_mm * km_per_mm
    step = nice_step(target_km)
    segments = max(1, min(5, int(target_km / step)))
    bar.setUnits(QgsUnitTypes.DistanceKilometers)
    bar.setUnitLabel("km")
    bar.setUnitsPerSegment(step)
    bar.setNumberOfSegments(segments)
    bar.setNumberOfSegmentsLeft(0)
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFixed)
    bar.update()


def drop_band_legend_node(model, node):
    """Hide the 'Band 1 (Gray)' line QGIS puts above the classes of a single-band raster."""
    from qgis.core import QgsMapLayerLegendUtils

    nodes = model.layerLegendNodes(node)
    if len(nodes) > 1 and str(nodes[0].data(Qt.DisplayRole) or "").startswith("Band "):
        QgsMapLayerLegendUtils.setLegendNodeOrder(node, list(range(1, len(nodes))))
        model.refreshLayerLegend(node)


def legend_labels(legend):
    """The text of every entry of a legend (layer names and class labels), top to bottom."""
    from qgis.core import QgsLayerTreeLayer

    model = legend.model()
    out = []

    def walk(group):
        for child in group.children():
            if isinstance(child, QgsLayerTreeLayer):
                out.append(child.name())
                for node in model.layerLegendNodes(child):
                    text = node.data(Qt.DisplayRole)
                    if text:
                        out.append(str(text))
            else:
                out.append(child.name())
                walk(child)
    walk(model.rootGroup())
    return out


def _set_text(items, item_id, text):
    item = items.get(item_id)
    if isinstance(item, QgsLayoutItemLabel):
        item.setText(text)


def _fill_inset(inset, main, ctx):
    """The inset map: county and townships over the whole region, the main map's extent outlined."""
    inset.setCrs(ctx["crs"])
    inset.setLayers([lyr for lyr in (ctx["county"], ctx["inset_base"]) if lyr is not None])
    inset.setKeepLayerSet(True)
    iext = ctx["inset_extent"]
    inset.zoomToExtent(iext.buffered(max(iext.width(), iext.height()) * 0.05))
    inset.overview().setLinkedMap(main)
    inset.overview().setEnabled(True)


def _fill_legend(legend, main, layers, county):
    """The map's layers (top to bottom) and the county outline; two columns when long."""
    legend.setAutoUpdateModel(False)
    legend.setLinkedMap(main)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for lyr in list(reversed(layers)) + ([county] if county is not None else []):
        node = root.addLayer(lyr)
        if isinstance(lyr, QgsRasterLayer):
            drop_band_legend_node(legend.model(), node)
    entries = len(legend_labels(legend))
    if entries > 22:
        legend.setColumnCount(2)
        legend.setSplitLayer(True)
    legend.adjustBoxSize()


def fill_map(items, page, ctx):
    """Fill the template items (by id) of one map page for the whole region."""
    spec, layers = page["spec"], page["layers"]
    county, cov = ctx["county"], ctx["coverage"]
    _set_text(items, "title", ctx["title"])
    _set_text(items, "map_title", spec.title)
    _set_text(items, "map_number", tr("Map {}").format(page["number"]))
    _set_text(items, "organisation", ctx["org"])
    _set_text(items, "date", ctx["today"])
    notes = [tr("Coordinate system: {}").format(ctx["crs"].description() or ctx["crs"].authid())]
    if page["missing_opt"]:
        notes.append(tr("Not shown (layer missing): {}").format(", ".join(page["missing_opt"])))
    _set_text(items, "notes", "\n".join(notes))
    _set_text(items, "sources", tr("Data source: {} ({})").format(os.path.basename(ctx["gpkg"]),
                                                                  ", ".join(page["sources"]) or "-"))
    main = items["main_map"]
    main.setCrs(ctx["crs"])
    map_layers = ([cov] if cov is not None else []) + ([county] if county is not None else []) + \
        list(reversed(layers))
    main.setLayers(map_layers)
    main.setKeepLayerSet(True)
    ext = ctx["extent"]
    main.zoomToExtent(ext.buffered(max(ext.width(), ext.height()) * 0.03))
    inset = items.get("inset_map")
    if isinstance(inset, QgsLayoutItemMap) and inset is not main:
        _fill_inset(inset, main, ctx)
    legend = items.get("legend")
    if isinstance(legend, QgsLayoutItemLegend):
        _fill_legend(legend, main, layers, county)
    refresh_scale(items)


def refresh_scale(items):
    """Graticule interval and scale-bar segments for the main map's current extent."""
    main = items["main_map"]
    set_graticule(main, main.layout().project())
    bar = items.get("scalebar")
    if isinstance(bar, QgsLayoutItemScaleBar):
        bar.setLinkedMap(main)
        if "_bar_width" not in items:
            try:
                width = float(bar.customProperty("ecorestore_width_mm", 50.0))
            except (TypeError, ValueError):
                width = 50.0
            items["_bar_width"] = max(20.0, width * 0.9)
        set_scalebar(bar, main, items["_bar_width"])
