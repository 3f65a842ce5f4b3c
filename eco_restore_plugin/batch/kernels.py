"""Distributed versions of the algorithms the batch runner spreads over Dask workers.

Each kernel reads the step's parameters with the algorithm's own instance (so defaults and parsing are
the Processing algorithm's), checks that it can run tiled (inputs are GeoTIFF files on one grid, no
option it does not support) and runs the per-cell / focal / grading work with :mod:`.tiled`. It
returns the result dict, or None to let the runner run the step through Processing in this process.

Kernels: ``waterconservation`` (per cell), ``importancegrading`` (cumulative-share grading by
distributed histograms), ``landscapemetricswindow`` (focal: a halo as wide as the window).
"""
import os

import numpy as np

from ..i18n import tr
from . import tiled


def _raster_path(alg, parameters, name, context):
    """The file path of raster parameter ``name`` when GDAL reads it as a plain file, else None."""
    layer = alg.parameterAsRasterLayer(parameters, name, context)
    if layer is None or layer.providerType() != "gdal":
        return None
    path = layer.source().split("|")[0]
    return path if os.path.isfile(path) else None


def _aligned(paths):
    grid = tiled.GridInfo.of(paths[0])
    return all(tiled.GridInfo.of(p).aligned_with(grid) for p in paths[1:])


def _projected(path):
    from osgeo import osr
    srs = osr.SpatialReference()
    wkt = tiled.GridInfo.of(path).projection
    return bool(wkt) and srs.ImportFromWkt(wkt) == 0 and bool(srs.IsProjected())


def water_conservation(alg, parameters, context, client, feedback, chunk=tiled.CHUNK, progress=True):
    """``waterconservation`` per cell over chunks (same parsing and formula as the adapter)."""
    paths = [_raster_path(alg, parameters, n, context) for n in (alg.LANDUSE, alg.PRECIP, alg.ET)]
    if None in paths or not _aligned(paths) or not _projected(paths[0]):
        feedback.pushInfo(tr("Inputs are not GeoTIFF files on one projected grid: this step runs in one process."))
        return None
    alpha = alg.class_table(parameters, alg.ALPHA, ["code", "alpha"], tr("Runoff coefficient table"))
    volume = alg.parameterAsEnum(parameters, alg.UNITS, context) == 1
    clip = alg.parameterAsBool(parameters, alg.CLIP, context)
    zero_outside = (parameters.get(alg.NOT_ASSESSED) is None
                    or alg.parameterAsEnum(parameters, alg.NOT_ASSESSED, context) == 0)
    not_assessed = np.array(sorted(c for c, a in alpha.items() if not np.isfinite(a)), dtype=float)
    grid = tiled.GridInfo.of(paths[0])
    cell_km2 = grid.cellsize[0] * grid.cellsize[1] / 1e6 if volume else None
    out = alg.parameterAsOutputLayer(parameters, alg.OUTPUT, context)
    unit = tr("m³") if volume else tr("mm")
    tiled.run_blocks(tiled.water_balance_block, paths, out, "float32", -9999.0, client=client, chunk=chunk,
                     description=tr("Water conservation ({})").format(unit), progress=progress,
                     kwargs={"alpha_table": alpha, "cell_area_km2": cell_km2, "clip_negative": clip,
                             "not_assessed": not_assessed if zero_outside else None})
    _style_ramp(out, "service")
    return {alg.OUTPUT: out}


def importance_grading(alg, parameters, context, client, feedback, chunk=tiled.CHUNK, progress=True):
    """``importancegrading``: exact cumulative-share thresholds by distributed histograms, then per chunk."""
    from ..processing_helpers.tables import number_list
    path = _raster_path(alg, parameters, alg.INPUT, context)
    if path is None:
        return None
    shares = number_list(alg.parameterAsString(parameters, alg.SHARES, context), tr("Shares"), 2)
    if not 0 < shares[0] < shares[1] <= 1:
        raise ValueError(tr("Shares must increase within (0, 1], e.g. 0.5, 0.8."))
    out = alg.parameterAsOutputLayer(parameters, alg.OUTPUT, context)
    _, thresholds, counts = tiled.cumulative_grade_tiled(
        path, out, shares, client, chunk, progress, tr("Importance grade (3 极重要, 2 重要, 1 一般重要)"),
        {0: "", 1: "一般重要", 2: "重要", 3: "极重要"})
    feedback.pushInfo(tr("Value thresholds: 重要 ≥ {:.6g}, 极重要 ≥ {:.6g}").format(*thresholds))
    total = counts[1:].sum()
    if total:
        feedback.pushInfo(tr("Area shares: 极重要 {:.1%}, 重要 {:.1%}, 一般重要 {:.1%}").format(
            counts[3] / total, counts[2] / total, counts[1] / total))
    from ..processing_helpers.styles import IMPORTANCE_CLASSES, style_raster_classes
    style_raster_classes(out, IMPORTANCE_CLASSES)
    return {alg.OUTPUT: out}


def landscape_window(alg, parameters, context, client, feedback, chunk=tiled.CHUNK, progress=True):
    """``landscapemetricswindow``: the moving window on chunks read with a halo of the window radius."""
    from ..core import landscape
    path = _raster_path(alg, parameters, alg.INPUT, context)
    if path is None or not _projected(path):
        return None
    metrics = list(landscape.WINDOW_METRICS)
    metric = metrics[alg.parameterAsEnum(parameters, alg.METRIC, context)]
    grid = tiled.GridInfo.of(path)
    radius = int(round(alg.parameterAsDouble(parameters, alg.RADIUS, context) / grid.cellsize[0]))
    if radius < 1:
        raise ValueError(tr("The window radius must be at least one cell ({} map units).").format(grid.cellsize[0]))
    cls = parameters.get(alg.CLASS)
    class_value = alg.parameterAsInt(parameters, alg.CLASS, context) if cls not in (None, "") else None
    if metric in ("PLAND", "CA") and class_value is None:
        raise ValueError(tr("{} is a class metric: give the class code.").format(metric))
    size = max(chunk, -(-radius // tiled.TILE) * tiled.TILE)
    out = alg.parameterAsOutputLayer(parameters, alg.OUTPUT, context)
    tiled.run_blocks(tiled.moving_window_block, [path], out, "float32", -9999.0, halo=radius, client=client,
                     chunk=size, description="{} (r = {} cells)".format(metric, radius), progress=progress,
                     kwargs={"metric": metric, "radius": radius, "cell_size": grid.cellsize[0],
                             "shape": "square" if alg.parameterAsEnum(parameters, alg.SHAPE, context) == 0
                             else "circle",
                             "class_value": class_value,
                             "min_valid_fraction": alg.parameterAsDouble(parameters, alg.MINVALID, context)})
    _style_ramp(out, "service")
    return {alg.OUTPUT: out}


def _style_ramp(path, ramp):
    from ..processing_helpers.styles import style_raster_ramp
    style_raster_ramp(path, ramp)


KERNELS = {
    "ecorestore:waterconservation": water_conservation,
    "ecorestore:importancegrading": importance_grading,
    "ecorestore:landscapemetricswindow": landscape_window,
}
