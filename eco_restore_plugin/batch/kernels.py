"""Distributed versions of the algorithms the batch runner spreads over Dask workers.

Each kernel reads the step's parameters with the algorithm's own instance (so defaults and parsing are
the Processing algorithm's), checks that it can run tiled (inputs are GeoTIFF files on one grid, no
option it does not support) and runs the per-cell / focal / grading work with :mod:`.tiled`. It
returns the result dict, or None to let the runner run the step through Processing in this process.

Kernels: ``waterconservation`` (per cell), ``importancegrading`` (cumulative-share grading by
distributed histograms), ``landscapemetricswindow`` (focal: a halo as wide as the window), ``omniscape``
(independent tasks per tile, each with the margin its windows need), ``habitatquality`` (D per tile with a
margin of the largest threat distance, k by reduction, Q per chunk).
"""
import operator
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


def _tile_inputs(alg, parameters, context, feedback, required, optional):
    """``[path of required, path of optional or None]`` when both (the optional one if given) are GeoTIFF
    files on one projected grid; else None, with a log line (the step then runs in one process)."""
    main = _raster_path(alg, parameters, required, context)
    given = alg.parameterAsRasterLayer(parameters, optional, context) is not None
    other = _raster_path(alg, parameters, optional, context) if given else None
    paths = [p for p in (main, other) if p is not None]
    if main is None or (given and other is None) or not _aligned(paths) or not _projected(main):
        feedback.pushInfo(tr("Inputs are not GeoTIFF files on one projected grid: this step runs in one process."))
        return None
    return [main, other]


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


def omniscape_tiles(alg, parameters, context, client, feedback, chunk=tiled.CHUNK, progress=True):
    """``omniscape``: one independent task per tile, each solving the targets within radius + buffer of
    its tile on the tile plus ``core.omniscape.tile_margin`` cells (equal to the whole-grid run). Not
    with a coarsening factor (the coarse grid is small: one process)."""
    from ..core import omniscape
    from . import tiled_tasks
    if alg.parameterAsInt(parameters, alg.FACTOR, context) > 1:
        feedback.pushInfo(tr("A coarsened grid is small: this step runs in one process."))
        return None
    inputs = _tile_inputs(alg, parameters, context, feedback, alg.RES, alg.SOURCE)
    if inputs is None:
        return None
    res_path, src_path = inputs
    is_cond = alg.parameterAsBoolean(parameters, alg.IS_COND, context)
    low, n, bad = tiled_tasks.value_check_tiled(res_path, positive=True, client=client, chunk=chunk)
    if n == 0:
        raise tiled.TiledError(tr("The resistance raster has no valid cell."))
    if bad and not is_cond:
        raise tiled.TiledError(tr(
            "The resistance raster has values ≤ 0 ({} cells): Omniscape needs resistance > 0; set them to "
            "nodata or a small positive value.").format(bad))
    if is_cond and low < 0:
        raise tiled.TiledError(tr("Resistance raster: conductance must be 0 or more (smallest value {:g}).")
                               .format(low))
    if src_path is not None and tiled_tasks.value_check_tiled(src_path, client=client, chunk=chunk)[2]:
        raise tiled.TiledError(tr("The source strength raster has negative values."))
    grid = tiled.GridInfo.of(res_path)
    options = alg.window_options(parameters, context, grid.cellsize[0], src_path is not None)
    keys = [(alg.OUTPUT, "cum_current")]
    keys += [(k, name) for k, name in ((alg.FLOW, "flow_potential"), (alg.NORMALIZED, "normalized_current"))
             if parameters.get(k)]
    titles = alg.output_titles()
    outputs = [{"path": alg.parameterAsOutputLayer(parameters, k, context), "dtype": "float32",
                "nodata": -9999.0, "description": titles[k]} for k, _ in keys]
    margin = omniscape.tile_margin(options["radius"], buffer=options["buffer"], block_size=options["block_size"])
    feedback.pushInfo(tr("Omniscape by tiles of {0} cells with a margin of {1} cells, radius {2} cells.").format(
        chunk, margin, options["radius"]))
    # the targets whose centre is in each tile (each tile read with the block radius around it)
    n_targets = tiled_tasks.reduce_tiles(tiled_tasks.omniscape_target_count, [res_path, src_path], operator.add,
                                         margin=int(options["block_size"]) // 2, client=client, chunk=chunk,
                                         kwargs=options)
    feedback.pushInfo(tr("{} targets").format(n_targets))
    tiled_tasks.run_tile_tasks(tiled_tasks.omniscape_tile_block, [res_path, src_path], outputs, margin=margin,
                               client=client, chunk=chunk, progress=progress,
                               kwargs=dict(options, outputs=tuple(name for _, name in keys)))
    if n_targets == 0:
        feedback.reportError(tr("No target has a source strength > 0: check the source raster and threshold."))
    return {k: alg.style_output(k, o["path"], context) for (k, _), o in zip(keys, outputs)}


def habitat_quality(alg, parameters, context, client, feedback, chunk=tiled.CHUNK, progress=True):
    """``habitatquality``: D tile by tile (each tile read with a margin of the largest threat distance), the
    largest D of habitat cells by reduction (k = half of it unless given), then Q per chunk. D passes
    through a temporary float64 raster, so Q is computed from the same values as in one process."""
    from ..processing_helpers.value_rules import RULES, check_codes
    from . import tiled_tasks
    inputs = _tile_inputs(alg, parameters, context, feedback, alg.LANDUSE, alg.ACCESS)
    if inputs is None:
        return None
    lu_path, access_path = inputs
    threats = alg.threat_rows(parameters)
    sens, k, z, method = alg.options(parameters, context)
    label = alg.parameterAsRasterLayer(parameters, alg.LANDUSE, context).name()
    codes, counts = tiled_tasks.value_counts_tiled(lu_path, client=client, chunk=chunk)
    if not counts.sum():
        raise tiled.TiledError(tr(
            "Raster '{}' has no valid cell: every cell is nodata (or outside the reference grid). Check "
            "the file and its extent.").format(label))
    RULES["class_code"].check(codes, label, counts=counts)
    check_codes(codes, sens.keys(), label, tr("the sensitivity table"), counts=counts)
    q_path = alg.parameterAsOutputLayer(parameters, alg.QUALITY, context)
    d_path = (alg.parameterAsOutputLayer(parameters, alg.DEGRADATION, context)
              if parameters.get(alg.DEGRADATION) is not None else None)
    grid = tiled.GridInfo.of(lu_path)
    margin = tiled_tasks.habitat_margin(threats, grid.cellsize)
    feedback.pushInfo(tr("Habitat degradation by tiles of {0} cells with a margin of {1} cells (the largest "
                         "threat distance).").format(tiled_tasks.habitat_tile_size(margin, chunk), margin))
    k = tiled_tasks.habitat_quality_tiled(lu_path, access_path, q_path, d_path, threats=threats, sensitivity=sens,
                                          k=k, z=z, method=method, client=client, chunk=chunk, progress=progress)
    feedback.pushInfo(tr("Half-saturation constant k = {:.4g}").format(k))
    results = {alg.QUALITY: alg.style_output(alg.QUALITY, q_path, context)}
    if d_path is not None:
        results[alg.DEGRADATION] = alg.style_output(alg.DEGRADATION, d_path, context)
    return results


def _style_ramp(path, ramp):
    from ..processing_helpers.styles import style_raster_ramp
    style_raster_ramp(path, ramp)


KERNELS = {
    "ecorestore:waterconservation": water_conservation,
    "ecorestore:importancegrading": importance_grading,
    "ecorestore:landscapemetricswindow": landscape_window,
    "ecorestore:omniscape": omniscape_tiles,
    "ecorestore:habitatquality": habitat_quality,
}
