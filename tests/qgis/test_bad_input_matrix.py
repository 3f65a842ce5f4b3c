"""Bad input never gives a traceback, never silent nonsense, never a file left behind (issue 15).

The matrix is GENERATED from each algorithm's own parameter definitions: every algorithm of the
provider gets every kind of bad input that applies to one of its parameters (a raster input gets a
truncated GeoTIFF, no CRS, a geographic CRS, all nodata, NaN/±inf, negative values, code 77, a half-cell
shift; a vector input gets an empty layer and invalid polygons; a field parameter a field that does not
exist; a table a non-numeric cell and an empty table; a number a value beyond its range; every output a
folder that cannot be written; a required input nothing). The valid starting point of each algorithm is
its step in the demo chain (scripts/demo_steps*.py), run once on a 200 x 200 Demo County: a new algorithm
is covered as soon as it has its demo step, without editing this file.

Each cell is classified:

* ``clear``     a QgsProcessingException whose text names the problem (the kind's words) and, for an input,
                the input (its parameter name, label or file);
* ``valid``     a documented valid result: the run succeeded and warned about what it did (NaN/inf taken as
                nodata with a count, a misaligned raster resampled), or the cell is in :data:`ALLOWED`
                with a reason;
* ``vague``     an exception that does not say what is wrong or with which input;
* ``traceback`` a Python error or a raw GDAL/SQLite message reached the user;
* ``silent``    the run succeeded on bad input without a word;
* ``leftover``  the run failed but left a file in its output folder (also counted separately).

On top, every run must leave its inputs byte-identical. Set ``ECORESTORE_MATRIX_REPORT=path.json`` to
write the classification of every cell (the counts are in the issue-15 report).
"""
import hashlib
import json
import os
import re
import shutil
import sys
import types

import numpy as np
import pytest
from osgeo import gdal, osr

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPTS = os.path.join(ROOT, "scripts")

#: demo size (cells per side) of the valid starting point; 200 is the smallest on which every demo
#: step has enough sources, settlements and units.
DEMO_SIZE = 200

KINDS = ("missing", "truncated", "no_crs", "geographic", "all_nodata", "nan_inf", "negative", "bad_code",
         "misaligned", "empty_vector", "invalid_geom", "missing_field", "bad_cell", "empty_table",
         "readonly_output", "number_range", "bad_list")

#: words a clear message about each kind contains (English source; tests run untranslated)
KIND_WORDS = {
    "missing": r"required|missing|not set|choose|give",
    "truncated": r"cannot read|corrupt|truncat|damaged|unreadable",
    "no_crs": r"\bCRS\b|coordinate reference",
    "geographic": r"geographic|degrees|\bCRS\b",
    "all_nodata": r"no valid|nodata|no data|empty|no cell",
    "nan_inf": r"NaN|infinit|\binf\b",
    "negative": r"negative|below|range|must be|positive|≥|>=|> 0|less than|class|code",
    "bad_code": r"code|class|grade|range|77|must be|allowed",
    "misaligned": r"align|grid|extent|resampl",
    "empty_vector": r"no features|empty|no feature|none of|no polygon|no unit|no source",
    "invalid_geom": r"invalid|geometr",
    "missing_field": r"field",
    "bad_cell": r"not a number|numeric|'abc'",
    "empty_table": r"empty|no row|table",
    "readonly_output": r"cannot (write|create)|not writable|writ|output folder",
    "number_range": r"between|range|minimum|maximum|at least|at most|must be",
    "bad_list": r"not a (list of )?numbers?|'abc",
}

#: a Python error or a raw library message reached the user
TRACEBACK = re.compile(
    r"Traceback|\b(Runtime|Key|Type|Index|Attribute|ZeroDivision|UnboundLocal|Name|OS|IO|Assertion|"
    r"NotImplemented|Overflow|FloatingPoint|Lookup|Permission|FileNotFound|sqlite3\.Operational)Error\b|"
    r"IReadBlock|TIFFRead|ERROR \d|unable to open database file|std::|has no attribute|"
    r"object is not|not supported between|unhashable|invalid literal|could not convert")

#: warnings that make a successful run on NaN/inf or misaligned input a documented valid result
VALID_WARNING = {
    "nan_inf": r"NaN|infinit",
    "misaligned": r"resampl|align",
    "geographic": r"resampl|reproject",
    "negative": r"negative",
    "bad_code": r"code|class",
    "empty_vector": r"no features",
    "invalid_geom": r"invalid geometr",
    "bad_list": r"none of|no .* has|check the values",
}

#: (algorithm, parameter or "*", kind) -> why a successful run is the right answer
ALLOWED = {
    ("*", "DEM", "negative"): "elevations below sea level are real (coastal land, reclaimed land)",
    ("*", "DEM", "bad_code"): "77 m is a valid elevation",
    ("*", "EROSION_RATE", "negative"): "a negative shoreline erosion rate is accretion",
    ("*", "EROSION_RATE", "bad_code"): "77 m/a is a value on a continuous scale (graded by breaks)",
    ("*", "STORM_SURGE", "bad_code"): "a continuous height, graded by breaks",
    ("*", "WAVE_HEIGHT", "bad_code"): "a continuous height, graded by breaks",
    ("*", "PRECIPITATION", "bad_code"): "77 mm is a valid (dry) precipitation",
    ("*", "ET", "bad_code"): "77 mm is a valid evapotranspiration",
    ("*", "NPP", "bad_code"): "77 gC/m²/a is a valid NPP",
    ("*", "R_FACTOR", "bad_code"): "77 is a valid (low) rainfall erosivity",
    ("rainfallerosivity", "INPUT", "bad_code"): "77 mm is a valid daily rainfall",
    ("importancegrading", "INPUT", "bad_code"): "the input is a continuous service value, graded by shares",
    ("importancegrading", "INPUT", "negative"): "a service value (e.g. a change) may be negative; grading is by rank",
    ("servicetradeoffs", "INPUTS", "negative"): "service layers are standardised (z-scores); negatives are legitimate",
    ("servicetradeoffs", "INPUTS", "bad_code"): "a continuous service value",
    ("costdistance", "COST", "bad_code"): "77 is a valid cost",
    ("circuitscape", "RESISTANCE", "bad_code"): "77 is a valid resistance",
    ("omniscape", "RESISTANCE", "bad_code"): "77 is a valid resistance",
    ("pinchpoints", "RESISTANCE", "bad_code"): "77 is a valid resistance",
    ("barriers", "RESISTANCE", "bad_code"): "77 is a valid resistance",
    ("leastcostcorridors", "RESISTANCE", "bad_code"): "77 is a valid resistance",
    ("*", "K_FACTOR", "bad_code"): "checked by its range rule, not a code",
    ("*", "FVC", "bad_code"): "checked by its range rule (0-1), not a code",
    ("*", "OUTCROP", "bad_code"): "77 % carbonate outcrop is valid",
    ("importancegrading", "INPUT", "geographic"): "grading by shares of the cells; no distance or area is used",
    ("importancegrading", "INPUT", "no_crs"): "grading by shares of the cells; no distance or area is used",
    ("mspa", "INPUT", "geographic"): "MSPA works in cells (edge width in cells), as GuidosToolbox",
    ("mspa", "INPUT", "no_crs"): "MSPA works in cells (edge width in cells), as GuidosToolbox",
    ("circuitscape", "RESISTANCE", "no_crs"): "circuit theory works on cells, as Circuitscape's ASCII grids "
                                              "(which have no CRS); the focal nodes raster is on the same grid",
    ("degradation", "REFERENCE", "negative"): "the indicator may be NDVI, negative over water",
    ("degradation", "CURRENT", "negative"): "the indicator may be NDVI, negative over water",
    ("degradation", "CURRENT", "bad_code"): "the indicator may be NPP or habitat quality: 77 is a value",
    ("degradation", "REFERENCE", "bad_code"): "the indicator may be NPP or habitat quality: 77 is a value",
    ("landusetransition", "AFTER", "bad_code"): "class 77 is a class like any other in a transition matrix",
    ("landusetransition", "BEFORE", "bad_code"): "class 77 is a class like any other in a transition matrix",
    ("landscapemetrics", "INPUT", "bad_code"): "class 77 is a class like any other for FRAGSTATS metrics",
    ("landscapemetricswindow", "INPUT", "bad_code"): "class 77 is a class like any other for the metrics",
    ("landscapemetricszonal", "INPUT", "bad_code"): "class 77 is a class like any other for the metrics",
    ("mspa", "INPUT", "bad_code"): "a code not in FOREGROUND_CODES is background, as documented",
    ("ecologicalsources", "INPUT_RASTER", "bad_code"): "a code not in HABITAT_VALUES is not habitat, as documented",
    ("indicatorbasevalues", "LANDUSE", "bad_code"): "a code outside the forest/wetland/natural lists counts as "
                                                    "other land, as documented",
    ("resistancesurface", "FACTORS", "bad_code"): "a factor is a continuous value, rescaled by its range",
    ("pinchpoints", "NORMALIZED", "bad_code"): "a continuous normalized current",
    ("coastalprotection", "LANDUSE", "bad_code"): "the scores table lists the protecting classes; any other "
                                                  "class protects nothing (score 0), as documented",
    ("coastalprotection", "SHORE_VALUES", "bad_list"): "the values are text values of SHORE_FIELD, used only with "
                                                       "that field (the demo does not set it)",
    ("restorationpriority", "CRITERIA", "bad_cell"): "the last column (role) is a free-text label of the "
                                                     "criterion, e.g. 'corridor role 廊道作用'",
    ("targetattainment", "DIRECTIONS", "empty_table"): "optional overrides: blank rows are skipped and every "
                                                       "indicator keeps 'higher', tolerance 0, as documented",
    ("restorationzoning", "RULES", "bad_cell"): "every column of the zoning scheme is text (zone type, "
                                                "control level, condition, problems, measures)",
}


def _allowed(alg, pname, kind):
    return (alg, pname, kind) in ALLOWED or ("*", pname, kind) in ALLOWED


# -- the valid starting point: the demo chain ------------------------------------------------------
@pytest.fixture(scope="module")
def baseline(qgis_app, qgis_processing, tmp_path_factory):
    """{algorithm: parameters} of the demo chain run on a small Demo County."""
    from qgis.core import QgsApplication

    from conftest import _KEEP
    from eco_restore_plugin.provider import EcoRestoreProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("ecorestore") is None:
        provider = EcoRestoreProvider()
        _KEEP.append(provider)
        assert registry.addProvider(provider)
    sys.path.insert(0, SCRIPTS)
    import demo
    from demo_steps import STEPS

    out = str(tmp_path_factory.mktemp("demo"))
    chain = demo.Chain(out)
    params = {}
    run = chain.run

    def recording_run(step, alg, p, document=()):
        params.setdefault(alg, dict(p))
        return run(step, alg, p, document)

    chain.run = recording_run
    import builtins
    quiet = builtins.print
    builtins.print = lambda *a, **k: None
    try:
        for step in STEPS:
            step(chain, types.SimpleNamespace(size=DEMO_SIZE))
        chain.write_catalog()
    finally:
        builtins.print = quiet
    # the atlas reads a planning database as users keep it (rollback journal, not WAL: the demo's copy is
    # still held open by QGIS): a run that switches it to WAL changes its bytes, which the checksum of
    # every cell catches
    import sqlite3
    kept = os.path.join(out, "planning_kept.gpkg")
    for suffix in ("", "-wal"):
        if os.path.exists(chain.gpkg + suffix):
            shutil.copyfile(chain.gpkg + suffix, kept + suffix)
    con = sqlite3.connect(kept)
    assert con.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"
    con.close()
    for alg_params in params.values():
        for key, value in alg_params.items():
            if isinstance(value, str) and os.path.abspath(value) == os.path.abspath(chain.gpkg):
                alg_params[key] = kept
    return params


# -- making bad inputs ------------------------------------------------------------------------------
def _raster_path(value):
    if isinstance(value, str) and os.path.isfile(value.split("|")[0]) and \
            value.lower().endswith((".tif", ".tiff")):
        return value
    return None


def _copy_raster(src, dst, transform=None, srs="same", shift=0.0):
    ds = gdal.Open(src)
    band = ds.GetRasterBand(1)
    arr = band.ReadAsArray().astype(np.float32)
    nodata = band.GetNoDataValue()
    valid = np.ones(arr.shape, bool) if nodata is None else arr != nodata
    out_nodata = -9999.0
    arr[~valid] = out_nodata
    if transform is not None:
        arr = transform(arr, valid, out_nodata)
    drv = gdal.GetDriverByName("GTiff")
    o = drv.Create(dst, ds.RasterXSize, ds.RasterYSize, 1, gdal.GDT_Float32)
    gt = list(ds.GetGeoTransform())
    gt[0] += shift * gt[1]
    gt[3] += shift * gt[5]
    if srs == "geographic":
        gt = [110.0, 0.0003, 0.0, 20.0, 0.0, -0.0003]
        s = osr.SpatialReference()
        s.ImportFromEPSG(4326)
        o.SetProjection(s.ExportToWkt())
    elif srs == "same":
        o.SetProjection(ds.GetProjection())
    o.SetGeoTransform(gt)
    o.GetRasterBand(1).SetNoDataValue(out_nodata)
    o.GetRasterBand(1).WriteArray(arr)
    o = None
    return dst


def _spots(valid, n=12):
    idx = np.flatnonzero(valid)
    return idx[np.linspace(0, len(idx) - 1, min(n, len(idx))).astype(int)] if len(idx) else idx


def _set_spots(value):
    def tf(arr, valid, nodata):
        flat = arr.reshape(-1)
        flat[_spots(valid.reshape(-1))] = value
        return arr
    return tf


def _nan_inf(arr, valid, nodata):
    flat = arr.reshape(-1)
    s = _spots(valid.reshape(-1), 12)
    flat[s[0::3]] = np.nan
    flat[s[1::3]] = np.inf
    flat[s[2::3]] = -np.inf
    return arr


def bad_raster(kind, src, folder, label):
    dst = os.path.join(folder, "{}_{}.tif".format(label, kind))
    if kind == "truncated":
        data = open(src, "rb").read()
        with open(dst, "wb") as f:
            f.write(data[:max(1024, int(len(data) * 0.55))])
        return dst
    if kind == "no_crs":
        return _copy_raster(src, dst, srs=None)
    if kind == "geographic":
        return _copy_raster(src, dst, srs="geographic")
    if kind == "all_nodata":
        return _copy_raster(src, dst, transform=lambda a, v, nd: np.full_like(a, nd))
    if kind == "nan_inf":
        return _copy_raster(src, dst, transform=_nan_inf)
    if kind == "negative":
        return _copy_raster(src, dst, transform=_set_spots(-5.0))
    if kind == "bad_code":
        return _copy_raster(src, dst, transform=_set_spots(77.0))
    if kind == "misaligned":
        return _copy_raster(src, dst, shift=0.37)
    raise ValueError(kind)


def _vector_layer(value):
    from qgis.core import QgsVectorLayer

    if isinstance(value, str):
        if value.startswith("ogr:"):
            m = re.match(r"ogr:dbname='([^']+)' table=\"([^\"]+)\"", value)
            if m:
                value = "{}|layername={}".format(m.group(1), m.group(2))
        lyr = QgsVectorLayer(value, "v", "ogr")
        return lyr if lyr.isValid() else None
    return None


def bad_vector(kind, value, folder, label):
    """An empty copy, or a copy whose polygons are self-intersecting bow-ties."""
    from qgis.core import (QgsCoordinateTransformContext, QgsFeature, QgsGeometry, QgsVectorFileWriter,
                           QgsWkbTypes)

    src = _vector_layer(value)
    if src is None:
        return None
    if kind == "invalid_geom" and src.geometryType() != QgsWkbTypes.PolygonGeometry:
        return None
    dst = os.path.join(folder, "{}_{}.gpkg".format(label, kind))
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "GPKG"
    opts.layerName = label
    w = QgsVectorFileWriter.create(dst, src.fields(), src.wkbType(), src.crs(),
                                   QgsCoordinateTransformContext(), opts)
    if kind == "invalid_geom":
        for i, f in enumerate(src.getFeatures()):
            g = QgsFeature(f)
            if i % 2 == 0:
                b = f.geometry().boundingBox()
                x0, y0, x1, y1 = b.xMinimum(), b.yMinimum(), b.xMaximum(), b.yMaximum()
                g.setGeometry(QgsGeometry.fromWkt(
                    "MultiPolygon((({0} {1}, {2} {3}, {2} {1}, {0} {3}, {0} {1})))".format(x0, y0, x1, y1)))
            w.addFeature(g)
    del w
    return "{}|layername={}".format(dst, label)


def _files_in(value):
    """Files an input parameter value points to."""
    out = []
    for v in (value if isinstance(value, (list, tuple)) else [value]):
        if isinstance(v, str):
            p = v
            m = re.match(r"ogr:dbname='([^']+)'", v)
            if m:
                p = m.group(1)
            p = p.split("|")[0]
            if os.path.isfile(p):
                out.append(p)
            elif os.path.isdir(p):
                out += [os.path.join(p, f) for f in sorted(os.listdir(p))
                        if os.path.isfile(os.path.join(p, f))]
    return out


def _md5(path):
    return hashlib.md5(open(path, "rb").read()).hexdigest()


# -- the cells ----------------------------------------------------------------------------------------
RASTER_KINDS = ("truncated", "no_crs", "geographic", "all_nodata", "nan_inf", "negative", "bad_code",
                "misaligned")


def _is_dest(p):
    from qgis.core import QgsProcessingDestinationParameter

    return isinstance(p, QgsProcessingDestinationParameter)


def cells(alg, base):
    """[(kind, parameter name, value maker)] for ``alg`` starting from ``base`` parameters."""
    from qgis.core import (QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                           QgsProcessingParameterMatrix, QgsProcessingParameterMultipleLayers,
                           QgsProcessingParameterNumber, QgsProcessingParameterRasterLayer,
                           QgsProcessingParameterString, QgsProcessingParameterVectorLayer)

    defs = [p for p in alg.parameterDefinitions() if not _is_dest(p)]
    by_kind = {k: [] for k in KINDS}
    rasters = []
    for p in defs:
        name = p.name()
        value = base.get(name)
        if not (p.flags() & p.FlagOptional) and isinstance(
                p, (QgsProcessingParameterRasterLayer, QgsProcessingParameterFeatureSource,
                    QgsProcessingParameterVectorLayer, QgsProcessingParameterMultipleLayers)):
            by_kind["missing"].append(name)
        raster = isinstance(p, QgsProcessingParameterRasterLayer) and _raster_path(value)
        if isinstance(p, QgsProcessingParameterMultipleLayers) and value and _raster_path(list(value)[0]):
            raster = True
        if raster:
            for k in RASTER_KINDS:
                # a shifted raster is bad only beside another raster it should line up with
                if k != "misaligned" or rasters:
                    by_kind[k].append(name)
            rasters.append(name)
        if isinstance(p, (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer)) \
                and _vector_layer(value) is not None:
            by_kind["empty_vector"].append(name)
            by_kind["invalid_geom"].append(name)
        if isinstance(p, QgsProcessingParameterField) and base.get(name) and p.parentLayerParameterName():
            by_kind["missing_field"].append(name)
        if isinstance(p, QgsProcessingParameterString) and name.endswith("_FIELD") and base.get(name):
            by_kind["missing_field"].append(name)
        if isinstance(p, QgsProcessingParameterMatrix):
            if value not in (None, "", []) or p.defaultValue():
                by_kind["bad_cell"].append(name)     # one value of a valid table made non-numeric
            by_kind["empty_table"].append(name)
        if isinstance(p, QgsProcessingParameterNumber):
            lo, hi = p.minimum(), p.maximum()
            if hi < 1e300 or lo > -1e300:
                by_kind["number_range"].append(name)
        if isinstance(p, QgsProcessingParameterString) and not name.endswith("_FIELD"):
            text = str(base.get(name) or p.defaultValue() or "")
            if re.fullmatch(r"[\d.\s,;-]+", text) and re.search(r"\d", text):
                by_kind["bad_list"].append(name)
    outs = [p.name() for p in alg.parameterDefinitions() if _is_dest(p) and p.name() in base]
    if outs:
        by_kind["readonly_output"].append(outs[0])
    chosen = []
    for i, kind in enumerate(KINDS):
        names = by_kind[kind]
        if names:
            chosen.append((kind, names[i % len(names)]))
    return chosen


def make_params(alg, base, kind, pname, work, outdir):
    """The parameters of one cell: ``base`` with outputs in ``outdir`` and ``pname`` made bad."""
    from qgis.core import QgsProcessingParameterMultipleLayers, QgsProcessingParameterNumber

    params = dict(base)
    for p in alg.parameterDefinitions():
        if _is_dest(p) and p.name() in base:
            old = str(base[p.name()])
            if p.type() == "folderDestination":
                new = os.path.join(outdir, p.name().lower())
            elif p.type() == "fileDestination":
                new = os.path.join(outdir, p.name().lower() + (os.path.splitext(old)[1] or ".txt"))
            elif p.type() == "rasterDestination":
                new = os.path.join(outdir, p.name().lower() + ".tif")
            else:
                new = os.path.join(outdir, p.name().lower() + ".gpkg")
            params[p.name()] = new
    p = alg.parameterDefinition(pname)
    value = base.get(pname)
    if kind == "missing":
        params[pname] = None
    elif kind in RASTER_KINDS:
        if isinstance(p, QgsProcessingParameterMultipleLayers):
            values = list(value)
            values[0] = bad_raster(kind, values[0], work, pname)
            params[pname] = values
        else:
            params[pname] = bad_raster(kind, value, work, pname)
    elif kind in ("empty_vector", "invalid_geom"):
        v = bad_vector(kind, value, work, pname.lower())
        if v is None:
            return None
        params[pname] = v
    elif kind == "missing_field":
        params[pname] = "no_such_field"
    elif kind == "bad_cell":
        flat = list(value if value not in (None, "", []) else p.defaultValue())
        ncols = max(1, len(p.headers()))
        flat[min(ncols, len(flat)) - 1] = "abc"     # the last column of the first row: a value column
        params[pname] = flat
    elif kind == "empty_table":
        params[pname] = [""] * max(1, len(p.headers()))
    elif kind == "readonly_output":
        blocker = os.path.join(work, "not_a_folder")
        open(blocker, "w").write("a file where the output folder should be")
        for q in alg.parameterDefinitions():
            if _is_dest(q) and q.name() in base:
                params[q.name()] = os.path.join(blocker, os.path.basename(str(params[q.name()])))
    elif kind == "number_range":
        lo, hi = p.minimum(), p.maximum()
        params[pname] = (hi + 1 if hi < 1e300 else lo - 1)
        if p.dataType() == QgsProcessingParameterNumber.Integer:
            params[pname] = int(params[pname])
    elif kind == "bad_list":
        params[pname] = "abc, 1"
    return params


def _labels(alg, pname, params):
    p = alg.parameterDefinition(pname)
    words = re.sub(r"\(.*?\)", " ", p.description()).replace(",", " ").split()
    # the parameter's name, its label, or two consecutive words of its label ("Resistance table")
    labels = [pname, p.description()] + [" ".join(words[i:i + 2]) for i in range(max(0, len(words) - 1))]
    v = params.get(pname)
    for x in (v if isinstance(v, list) else [v]):
        if isinstance(x, str):
            labels.append(os.path.splitext(os.path.basename(x.split("|")[0]))[0])
    return [x.lower() for x in labels if x]


class _Feedback:
    def __init__(self):
        from qgis.core import QgsProcessingFeedback

        class F(QgsProcessingFeedback):
            def __init__(self):
                super().__init__()
                self.warnings = []

            def pushWarning(self, text):
                self.warnings.append(text)

            def reportError(self, text, fatalError=False):
                self.warnings.append(text)

        self.f = F()


def run_cell(alg_id, params):
    """(outcome message or None, warnings, exception type name)."""
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingException

    alg = QgsApplication.processingRegistry().createAlgorithmById("ecorestore:" + alg_id)
    fb = _Feedback().f
    ctx = QgsProcessingContext()
    ctx.setFeedback(fb)
    try:
        ok, msg = alg.checkParameterValues(params, ctx)
        if not ok:
            return "exception", msg, fb.warnings
        results, ok = alg.run(params, ctx, fb, {}, False)
        if not ok:
            return "exception", "\n".join(fb.warnings) or "failed", fb.warnings
        return "ok", "", fb.warnings
    except QgsProcessingException as exc:
        return "exception", str(exc), fb.warnings
    except Exception as exc:  # any other error is a traceback for the user
        return "traceback", "{}: {}".format(type(exc).__name__, exc), fb.warnings
    finally:
        del ctx


def classify(alg, alg_id, kind, pname, params, status, msg, warnings):
    if status == "traceback" or (status == "exception" and TRACEBACK.search(msg)):
        return "traceback"
    if status == "ok":
        if _allowed(alg_id, pname, kind):
            return "valid"
        pattern = VALID_WARNING.get(kind)
        if pattern and any(re.search(pattern, w, re.I) for w in warnings):
            return "valid"
        return "silent"
    if not re.search(KIND_WORDS[kind], msg, re.I):
        return "vague"
    if kind in RASTER_KINDS + ("missing", "empty_vector", "invalid_geom", "missing_field", "bad_cell",
                               "empty_table", "number_range", "bad_list"):
        text = msg.lower()
        if kind == "missing_field":
            return "clear" if "no_such_field" in text else "vague"
        if not any(label in text for label in _labels(alg, pname, params)):
            return "vague"
    return "clear"


#: cells still open (see the issue-15 report). Each entry must still fail: a fixed cell is removed.
KNOWN_GAPS = {
    ("circuitscape", "geographic"): "refused ('No source falls inside the cost raster ... right CRS'), but the "
                                    "message does not name the resistance raster",
    ("ecologicalnodes", "bad_code"): "allocation ids are not checked against the source ids: code 77 becomes "
                                     "an extra zone and extra ridge crossings",
    ("resilience", "bad_code"): "vegetation condition 77 passes: its valid range depends on CONDITION_RANGE "
                                "(FVC 0-1 or NPP), not checked yet",
    ("restorationmode", "bad_code"): "a land-use code missing from the land-use -> mode table silently gets no "
                                     "mode (refuse with check_codes)",
    ("targetdecomposition", "empty_table"): "refused ('Give at least one upper-level target'), but without naming "
                                            "the TARGETS parameter",
    ("targetdecomposition", "invalid_geom"): "the base class warns about the invalid units, but then the core "
                                             "fails on zero-area (bow-tie) units with 'denominators must be "
                                             "positive', not naming the geometry",
    # algorithms merged after the matrix was written (issue 13, 16, 17, 18): open cells recorded here
    ("carbonstorage", "all_nodata"): "LANDUSE (merged this session, not yet reviewed): refused, but the message does not name the input and what to do",
    ("carbonstorage", "nan_inf"): "LANDUSE_FUTURE (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("coastalwetlandinventory", "truncated"): "HABITAT_OLD (merged this session, not yet reviewed): refused, but the message does not name the input and what to do",
    ("dltbimport", "all_nodata"): "REFERENCE (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("dltbimport", "bad_code"): "REFERENCE (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("dltbimport", "bad_list"): "UNKNOWN_CLASS (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("dltbimport", "nan_inf"): "REFERENCE (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("dltbimport", "negative"): "REFERENCE (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("dltbimport", "truncated"): "REFERENCE (merged this session, not yet reviewed): refused, but the message does not name the input and what to do",
    ("indicatorbasevalues", "bad_code"): "SOIL_LOSS (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("indicatorbasevalues", "misaligned"): "SOIL_LOSS (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("landscaperisk", "bad_code"): "LANDUSE (merged this session, not yet reviewed): refused, but the message does not name the input and what to do",
    ("landusestructure", "bad_list"): "UNKNOWN_CLASS (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("marinerestorationsuitability", "bad_code"): "WAVE (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("marinerestorationsuitability", "negative"): "ELEVATION (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("problempatches", "bad_cell"): "RULES (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("problempatches", "bad_code"): "SOIL_LOSS (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("problempatches", "geographic"): "SLOPE (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("problempatches", "misaligned"): "SOIL_LOSS (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("problempatches", "negative"): "SLOPE (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("problempatches", "no_crs"): "DEGRADATION (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("rsei", "all_nodata"): "REFLECTANCE (merged this session, not yet reviewed): refused, but the message does not name the input and what to do",
    ("rsei", "bad_code"): "BRIGHTNESS (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("rsei", "nan_inf"): "BRIGHTNESS (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("rsei", "negative"): "REFLECTANCE (merged this session, not yet reviewed): refused, but the message does not name the input and what to do",
    ("servicevalue", "nan_inf"): "LANDUSE (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
}

REPORT = {}

#: algorithms without a step in the demo chain, so without a valid starting point (reason given)
NO_BASELINE = {
    "rainfallerosivity": "no demo step: Demo County has no daily-rainfall stack (a multi-band raster of "
                         "daily precipitation); add one to the sample region and a demo step to cover it",
}


def _algorithm_ids():
    sys.path.insert(0, ROOT)
    from eco_restore_plugin.provider import algorithm_classes

    return [cls.NAME for cls in algorithm_classes()]


@pytest.mark.parametrize("alg_id", _algorithm_ids())
def test_bad_input_matrix(alg_id, baseline, tmp_path):
    from qgis.core import QgsApplication

    if alg_id in NO_BASELINE:
        assert alg_id not in baseline, "{} now has a demo step: remove it from NO_BASELINE".format(alg_id)
        pytest.skip(NO_BASELINE[alg_id])
    assert alg_id in baseline, ("{} has no step in the demo chain (scripts/demo_steps*.py), so the bad-input "
                                "matrix has no valid starting point for it: add one".format(alg_id))
    alg = QgsApplication.processingRegistry().createAlgorithmById("ecorestore:" + alg_id)
    base = baseline[alg_id]
    problems = []
    for n, (kind, pname) in enumerate(cells(alg, base)):
        work = tmp_path / "in{}".format(n)
        outdir = tmp_path / "out{}".format(n)
        work.mkdir()
        outdir.mkdir()
        params = make_params(alg, base, kind, pname, str(work), str(outdir))
        if params is None:
            continue
        inputs = {}
        for p in alg.parameterDefinitions():
            if not _is_dest(p):
                for f in _files_in(params.get(p.name())):
                    inputs[f] = _md5(f)
        status, msg, warnings = run_cell(alg_id, params)
        outcome = classify(alg, alg_id, kind, pname, params, status, msg, warnings)
        left = sorted(os.listdir(str(outdir)))
        if status == "ok":
            left = [f for f in left if f.startswith(".") or ".part" in f]
        changed = sorted(os.path.basename(f) for f, h in inputs.items() if not os.path.exists(f) or _md5(f) != h)
        REPORT["{}/{}/{}".format(alg_id, kind, pname)] = {
            "outcome": outcome, "message": msg[:300], "left": left, "changed": changed}
        bad = outcome in ("vague", "traceback", "silent") or left or changed
        key = (alg_id, kind)
        if bad and key not in KNOWN_GAPS:
            problems.append("{} {} {}: {} {!r} left={} changed={}".format(
                alg_id, kind, pname, outcome, msg[:200], left, changed))
        elif not bad and key in KNOWN_GAPS:
            problems.append("{} {} is fixed: remove it from KNOWN_GAPS".format(alg_id, kind))
        shutil.rmtree(str(work), ignore_errors=True)
    path = os.environ.get("ECORESTORE_MATRIX_REPORT")
    if path:
        old = json.load(open(path)) if os.path.exists(path) else {}
        old.update(REPORT)
        json.dump(old, open(path, "w"), indent=1, ensure_ascii=False)
    assert not problems, "\n".join(problems)
