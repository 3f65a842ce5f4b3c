"""Vector outputs styled when QGIS loads them: one post-processor mechanism (base.style_on_load) behind the
pattern, zoning and consolidation styles."""
import pytest
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant


_KEEP = []


@pytest.fixture(autouse=True)
def _release_contexts():
    yield
    _KEEP.clear()   # release the layers before QGIS exits


def _layer(field, values, kind=QVariant.Int):
    layer = QgsVectorLayer("Polygon?crs=EPSG:4546", "out", "memory")
    layer.dataProvider().addAttributes([QgsField(field, kind)])
    layer.updateFields()
    feats = []
    for i, v in enumerate(values):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt("POLYGON(({0} 0, {1} 0, {1} 1, {0} 1, {0} 0))".format(i, i + 1)))
        f.setAttribute(0, v)
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def _load(layer, style):
    """Register ``layer`` as an output to load, let ``style(context, id)`` attach its post-processor, run it."""
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.temporaryLayerStore().addMapLayer(layer)
    context.addLayerToLoadOnCompletion(layer.id(), QgsProcessingContext.LayerDetails("out", QgsProject.instance()))
    style(context, layer.id())
    post = context.layerToLoadOnCompletionDetails(layer.id()).postProcessor()
    assert post is not None
    post.postProcessLayer(layer, context, QgsProcessingFeedback())
    _KEEP.append(context)   # the context's layer store owns the layer (and so its renderer)
    return layer.renderer()


def test_pattern_graduated_style_and_name(qgis_app):
    from eco_restore_plugin.processing_helpers.styles import style_on_load
    from eco_restore_plugin.processing_helpers.renderers import barrier_renderer

    layer = _layer("improvement", [1.0, 2.0, 3.0, 4.0, 5.0, 6.0], QVariant.Double)
    renderer = _load(layer, lambda ctx, dest: style_on_load(ctx, dest, barrier_renderer, "Strongest barriers"))
    assert renderer.type() == "graduatedSymbol" and renderer.classAttribute() == "improvement"
    assert len(renderer.ranges()) == 5 and layer.name() == "Strongest barriers"


def test_zoning_and_consolidation_categories(qgis_app):
    from eco_restore_plugin.processing_helpers.styles import style_categories_on_load

    layer = _layer("code", [1, 2])
    renderer = _load(layer, lambda ctx, dest: style_categories_on_load(
        ctx, dest, "code", {1: ("#ff0000", "one"), 2: ("#00ff00", "two")}, "Zones"))
    assert renderer.type() == "categorizedSymbol"
    assert [c.label() for c in renderer.categories()] == ["one", "two"] and layer.name() == "Zones"
    layer = _layer("ctype", [1, 3])
    renderer = _load(layer, lambda ctx, dest: style_categories_on_load(
        ctx, dest, "ctype", {1: ("#f2c14e", "a"), 3: ("#5cb85c", "c")}))
    assert renderer.type() == "categorizedSymbol" and [c.value() for c in renderer.categories()] == [1, 3]
    # a layer without the field keeps its own renderer
    layer = _layer("other", [1])
    before = layer.renderer().type()
    assert _load(layer, lambda ctx, dest: style_categories_on_load(
        ctx, dest, "ctype", {1: ("#f2c14e", "a")})).type() == before
