"""Styles of outputs: classed palettes and graded ramps saved beside rasters as .qml, and styles
applied to outputs when QGIS loads them (post-processors)."""
import os

import numpy as np
from qgis.core import QgsProcessingLayerPostProcessorInterface, QgsRasterLayer


_POST_PROCESSORS = []


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a QML style (and optionally a name) to an output layer when QGIS loads it."""

    def __init__(self, qml, layer_name=None):
        super().__init__()
        self.qml = qml
        self.layer_name = layer_name

    def postProcessLayer(self, layer, context, feedback):
        if self.qml and os.path.exists(self.qml):
            layer.loadNamedStyle(self.qml)
            layer.triggerRepaint()
        if self.layer_name:
            layer.setName(self.layer_name)


class RendererPostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Sets ``factory(layer)`` as the renderer of an output vector layer when QGIS loads it (no renderer
    when the factory returns None) and optionally renames the layer."""

    def __init__(self, factory, layer_name=None):
        super().__init__()
        self.factory = factory
        self.layer_name = layer_name

    def postProcessLayer(self, layer, context, feedback):
        if layer is None or not hasattr(layer, "setRenderer"):
            return
        try:
            renderer = self.factory(layer)
        except Exception:  # a style must never fail a finished run
            renderer = None
        if renderer is not None:
            layer.setRenderer(renderer)
            layer.triggerRepaint()
        if self.layer_name:
            layer.setName(self.layer_name)


def style_on_load(context, dest_id, factory, layer_name=None):
    """Apply ``factory(layer)`` as renderer of output ``dest_id`` when it is loaded on completion."""
    if not dest_id or not context.willLoadLayerOnCompletion(dest_id):
        return
    post = RendererPostProcessor(factory, layer_name)
    _POST_PROCESSORS.append(post)  # QGIS does not own Python post-processors
    context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(post)


def style_categories_on_load(context, dest_id, field, classes, layer_name=None):
    """Categorised style of output ``dest_id`` by ``field`` when it is loaded on completion:
    ``classes`` = ``{value: (colour, label)}`` (a layer without the field keeps its renderer)."""
    from .renderers import categorized_renderer

    style_on_load(context, dest_id, lambda layer: categorized_renderer(layer, field, classes), layer_name)


#: The grade colours of every graded output, lowest concern first: three levels yellow / orange /
#: red (importance, vulnerability, restoration priority), five levels green ... red (sensitivity and
#: vulnerability grades; the "degradation" ramp below). One definition, so that a grade 3 of 3 looks
#: the same on every map.
GRADE_COLOURS_3 = ("#ffe680", "#ff9933", "#d7191c")
GRADE_COLOURS_5 = ("#1a9641", "#a6d96a", "#ffffbf", "#fdae61", "#d7191c")


def grade_classes(labels, colours):
    """``{code: (colour, label)}`` for codes 1, 2, ... with ``labels`` and ``colours`` in code order."""
    if len(labels) != len(colours):
        raise ValueError("{} labels for {} colours".format(len(labels), len(colours)))
    return {code: (colour, label) for code, (colour, label) in enumerate(zip(colours, labels), start=1)}


#: 极重要 / 重要 / 一般重要 in the usual red / orange / yellow (codes 3 / 2 / 1).
IMPORTANCE_CLASSES = grade_classes(
    ("一般重要 Generally important", "重要 Important", "极重要 Extremely important"), GRADE_COLOURS_3)

#: restoration priority grades 1 (一级, highest) to 3: red / orange / yellow.
PRIORITY_GRADE_COLOURS = {1: GRADE_COLOURS_3[2], 2: GRADE_COLOURS_3[1], 3: GRADE_COLOURS_3[0]}
#: land zone types of the default zoning scheme (restorationzoning).
ZONE_COLOURS = {
    "生态保护区": "#1a9641", "生态保育修复区": "#a6d96a", "生态修复区": "#fdae61",
    "农业空间综合整治区": "#ffffbf", "城镇生态提升区": "#d7191c",
}
#: sea zone types of the land-and-sea zoning (陆海统筹) in blues, so that sea zones read apart from the land ones.
SEA_ZONE_COLOURS = {"海洋生态保护修复区": "#08519c", "海岸带整治修复区": "#4eb3d3", "海域生态保育区": "#c6dbef"}


def style_raster_classes(path, classes, layer_name=None):
    """Save a paletted style ``{code: (colour, label)}`` as ``<path>.qml``; returns the QML path."""
    from qgis.core import QgsPalettedRasterRenderer
    from qgis.PyQt.QtGui import QColor

    layer = QgsRasterLayer(path, layer_name or os.path.basename(path), "gdal")
    if not layer.isValid():
        return None
    items = [QgsPalettedRasterRenderer.Class(int(code), QColor(colour), label)
             for code, (colour, label) in sorted(classes.items())]
    layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), 1, items))
    qml = os.path.splitext(path)[0] + ".qml"
    layer.saveNamedStyle(qml)
    return qml


RAMPS = {
    "service": ["#f7fcf5", "#c7e9c0", "#74c476", "#238b45", "#00441b"],
    "cost": ["#fff7ec", "#fdd49e", "#fc8d59", "#d7301f", "#7f0000"],
    "current": ["#000004", "#3b0f70", "#8c2981", "#de4968", "#fe9f6d", "#fcfdbf"],
    # normalized corridor: the least-cost path dark green, the corridor's edge pale
    "corridor": ["#00441b", "#238b45", "#74c476", "#c7e9c0", "#f7fcf5"],
    "degradation": list(GRADE_COLOURS_5),
    "elevation": ["#1a9850", "#91cf60", "#d9ef8b", "#fee08b", "#fc8d59", "#d73027", "#ffffff"],
    "diverging": ["#2166ac", "#67a9cf", "#f7f7f7", "#ef8a62", "#b2182b"],
}


def raster_sample(path, max_values=1_000_000):
    """Finite values of band 1 of ``path`` read on a decimated grid (at most ~``max_values``)."""
    from osgeo import gdal

    ds = gdal.Open(path)
    band = ds.GetRasterBand(1)
    step = max(1, int(np.ceil(np.sqrt(ds.RasterXSize * ds.RasterYSize / float(max_values)))))
    arr = band.ReadAsArray(buf_xsize=max(1, ds.RasterXSize // step),
                           buf_ysize=max(1, ds.RasterYSize // step)).astype(np.float64)
    nodata = band.GetNoDataValue()
    if nodata is not None and not np.isnan(nodata):
        arr[arr == nodata] = np.nan
    return arr[np.isfinite(arr)]


def style_raster_ramp(path, ramp="service", layer_name=None, vmin=None, vmax=None, stretch="minmax",
                      reverse=False, clip=False, unit="", upper_quantile=None):
    """Save a graded pseudocolour style as ``<path>.qml``; returns the QML path.

    ``stretch``: ``"minmax"`` (colours evenly from the data's min to max, or ``vmin``/``vmax``), or
    ``"quantile"``: the colour stops sit at quantiles of the data (0, 50, 75, 90, 97.5, 99.5 %), which
    shows the structure of heavy-tailed results such as cumulative current (most cells near zero,
    corridors a few per cent) instead of two flat tones. ``upper_quantile`` caps ``vmax`` at that
    quantile. ``reverse``: the ramp runs from its last colour to its first (low values dark, e.g. the
    strongest part of a normalized corridor). ``clip``: values above ``vmax`` are not drawn. ``unit``
    is appended to the legend labels.
    """
    from qgis.core import (QgsColorRampShader, QgsRasterBandStats, QgsRasterShader,
                           QgsSingleBandPseudoColorRenderer)
    from qgis.PyQt.QtGui import QColor

    layer = QgsRasterLayer(path, layer_name or os.path.basename(path), "gdal")
    if not layer.isValid():
        return None
    colours = list(RAMPS.get(ramp, RAMPS["service"]))
    if reverse:
        colours.reverse()
    stops = None
    if stretch == "quantile" or upper_quantile is not None:
        values = raster_sample(path)
        if values.size:
            if upper_quantile is not None and vmax is None:
                vmax = float(np.quantile(values, upper_quantile))
            if stretch == "quantile":
                qs = np.array([0.0, 0.5, 0.75, 0.9, 0.975, 0.995])
                qs = np.interp(np.linspace(0, len(qs) - 1, len(colours)), np.arange(len(qs)), qs)
                stops = [float(v) for v in np.quantile(values, qs)]
                if vmin is not None:
                    stops[0] = vmin
                if vmax is not None:
                    stops = [min(v, vmax) for v in stops]
                    stops[-1] = vmax
                if any(b <= a for a, b in zip(stops, stops[1:])):
                    stops = None   # too few distinct values: fall back to an even stretch
    if vmin is None or vmax is None:
        stats = layer.dataProvider().bandStatistics(1, QgsRasterBandStats.Min | QgsRasterBandStats.Max)
        vmin = stats.minimumValue if vmin is None else vmin
        vmax = stats.maximumValue if vmax is None else vmax
    if not np.isfinite(vmin) or not np.isfinite(vmax) or vmax <= vmin:
        vmax = vmin + 1.0 if np.isfinite(vmin) else 1.0
        vmin = vmin if np.isfinite(vmin) else 0.0
    if stops is None:
        stops = [vmin + (vmax - vmin) * i / (len(colours) - 1) for i in range(len(colours))]
    vmin, vmax = stops[0], stops[-1]
    suffix = " " + unit if unit else ""
    items = [QgsColorRampShader.ColorRampItem(v, QColor(c), "{:.4g}{}".format(v, suffix))
             for v, c in zip(stops, colours)]
    fn = QgsColorRampShader(vmin, vmax)
    fn.setColorRampType(QgsColorRampShader.Interpolated)
    fn.setColorRampItemList(items)
    fn.setClip(bool(clip))
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(fn)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
    renderer.setClassificationMin(vmin)
    renderer.setClassificationMax(vmax)
    layer.setRenderer(renderer)
    qml = os.path.splitext(path)[0] + ".qml"
    layer.saveNamedStyle(qml)
    return qml


def apply_qml_on_load(context, output_id, qml, layer_name=None):
    """Apply an existing QML file to output ``output_id`` when QGIS loads it."""
    if not qml or not context.willLoadLayerOnCompletion(output_id):
        return
    post = StylePostProcessor(qml, layer_name)
    _POST_PROCESSORS.append(post)  # keep it alive: QGIS does not own Python post-processors
    context.layerToLoadOnCompletionDetails(output_id).setPostProcessor(post)


#: three-level vulnerability grades, yellow / orange / red like the importance grades.
VULNERABILITY_CLASSES_3 = grade_classes(
    ("一般脆弱 Generally vulnerable", "脆弱 Vulnerable", "极脆弱 Extremely vulnerable"), GRADE_COLOURS_3)
#: five-level grades (2017 guide naming).
VULNERABILITY_CLASSES_5 = grade_classes(
    ("不敏感 Not sensitive", "轻度敏感 Slightly sensitive", "中度敏感 Moderately sensitive",
     "高度敏感 Highly sensitive", "极敏感 Extremely sensitive"), GRADE_COLOURS_5)
#: five-level vulnerability grades (脆弱 naming: rocky desertification, coastal erosion).
VULNERABILITY_CLASSES_5V = grade_classes(
    ("一般 Generally not vulnerable", "轻度脆弱 Slightly vulnerable", "中度脆弱 Moderately vulnerable",
     "高度脆弱 Highly vulnerable", "极脆弱 Extremely vulnerable"), GRADE_COLOURS_5)
#: degradation degree codes 1-4, green -> red.
DEGRADATION_CLASSES = grade_classes(
    ("未退化 Not degraded", "轻度退化 Light", "中度退化 Moderate", "重度退化 Severe"),
    ("#1a9641", "#fee08b", "#fc8d59", "#d7191c"))
#: resilience levels 1-3 (low resilience is the concern: orange, high green).
RESILIENCE_CLASSES = grade_classes(("低恢复力 Low", "中恢复力 Medium", "高恢复力 High"),
                                   ("#fc8d59", "#ffffbf", "#1a9850"))
