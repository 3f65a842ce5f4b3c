"""Raster ramp styles a reviewer can read: heavy-tailed results stretched by quantiles, corridors dark
where they are strongest, units in the legend."""
import numpy as np

from rasterutil import write_tif


def _items(layer):
    shader = layer.renderer().shader().rasterShaderFunction()
    return shader, [(i.value, i.color.name(), i.label) for i in shader.colorRampItemList()]


def _load(qml, path):
    from qgis.core import QgsRasterLayer

    layer = QgsRasterLayer(path, "x", "gdal")
    msg, ok = layer.loadNamedStyle(qml)
    assert ok, msg
    return layer


def test_quantile_stretch_shows_the_tail(qgis_app, tmp_path):
    from eco_restore_plugin.processing_helpers.styles import RAMPS, style_raster_ramp

    rng = np.random.default_rng(1)
    # like a cumulative current map: 95 % of cells near 0, a few corridors far higher
    values = np.where(rng.random((200, 200)) < 0.95, rng.random((200, 200)) * 0.1,
                      1.0 + rng.random((200, 200)) * 50.0)
    path = write_tif(tmp_path / "cur.tif", values)
    layer = _load(style_raster_ramp(path, "current", stretch="quantile", unit="A"), path)
    shader, items = _items(layer)
    stops = [v for v, _, _ in items]
    assert stops == sorted(stops) and len(stops) == len(RAMPS["current"])
    # half the colours are spent below the 90th percentile, not one colour for 95 % of the map
    assert sum(v < np.quantile(values, 0.9) for v in stops) >= 3
    assert stops[-1] < values.max()
    assert all(label.endswith(" A") for _, _, label in items)
    # a min-max stretch puts every stop but the first above the bulk of the cells
    layer = _load(style_raster_ramp(path, "current"), path)
    _, items = _items(layer)
    assert sum(v < np.quantile(values, 0.9) for v, _, _ in items) == 1


def test_corridor_ramp_dark_on_the_path_and_clipped(qgis_app, tmp_path):
    from eco_restore_plugin.processing_helpers.styles import RAMPS, style_raster_ramp

    values = np.tile(np.arange(100.0), (50, 1))      # 0 on the path, rising away from it
    path = write_tif(tmp_path / "nlcc.tif", values)
    layer = _load(style_raster_ramp(path, "corridor", vmin=0.0, upper_quantile=0.1, clip=True), path)
    shader, items = _items(layer)
    assert items[0][0] == 0.0 and items[0][1] == RAMPS["corridor"][0]      # darkest at 0
    assert abs(items[-1][0] - np.quantile(values, 0.1)) < 1e-9
    assert shader.clip()                                                   # far cells not drawn
