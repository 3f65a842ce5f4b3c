"""Bad input never gives a traceback, never silent nonsense, never a file left behind (issue 15).

The matrix is GENERATED from each algorithm's own parameter definitions: every algorithm of the
provider gets every kind of bad input that applies to one of its parameters (a raster input gets a
truncated GeoTIFF, no CRS, a geographic CRS, all nodata, NaN/±inf, negative values, code 77, a half-cell
shift; a vector input gets an empty layer and invalid polygons, one with the 三调 DLBM field codes outside the
三调 classification, one with Chinese text a GBK Shapefile copy without .cpg; a field parameter a field that
does not exist, a numeric one a text field; a table a non-numeric cell and an empty table; a number a value beyond its range; every output a
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

import pytest

from bad_input_builders import (_raster_path, bad_raster, _vector_layer, bad_vector, class_field,  # noqa: E402
                                has_chinese_text)
from bad_input_expectations import ALLOWED, KIND_WORDS, KNOWN_GAPS, NO_BASELINE, VALID_WARNING  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPTS = os.path.join(ROOT, "scripts")

#: demo size (cells per side) of the valid starting point; 200 is the smallest on which every demo
#: step has enough sources, settlements and units.
DEMO_SIZE = 200

KINDS = ("missing", "truncated", "no_crs", "geographic", "all_nodata", "nan_inf", "negative", "bad_code",
         "misaligned", "empty_vector", "invalid_geom", "missing_field", "bad_cell", "empty_table",
         "readonly_output", "number_range", "bad_list", "wrong_field_type", "unknown_code", "no_cpg")

TRACEBACK = re.compile(
    r"Traceback|\b(Runtime|Key|Type|Index|Attribute|ZeroDivision|UnboundLocal|Name|OS|IO|Assertion|"
    r"NotImplemented|Overflow|FloatingPoint|Lookup|Permission|FileNotFound|sqlite3\.Operational)Error\b|"
    r"IReadBlock|TIFFRead|ERROR \d|unable to open database file|std::|has no attribute|"
    r"object is not|not supported between|unhashable|invalid literal|could not convert")

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
            if class_field(_vector_layer(value)):
                by_kind["unknown_code"].append(name)
            if has_chinese_text(_vector_layer(value)):
                by_kind["no_cpg"].append(name)
        if isinstance(p, QgsProcessingParameterField) and base.get(name) and p.parentLayerParameterName():
            by_kind["missing_field"].append(name)
            if p.dataType() == QgsProcessingParameterField.Numeric and _text_field(p, base):
                by_kind["wrong_field_type"].append(name)
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


def _text_field(p, base):
    """A text field of the parent layer of field parameter ``p``, or None."""
    from qgis.PyQt.QtCore import QVariant

    layer = _vector_layer(base.get(p.parentLayerParameterName()))
    if layer is None:
        return None
    return next((f.name() for f in layer.fields() if f.type() == QVariant.String), None)


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
    elif kind == "wrong_field_type":
        params[pname] = _text_field(p, base)
    elif kind in ("empty_vector", "invalid_geom", "unknown_code", "no_cpg"):
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
                               "empty_table", "number_range", "bad_list", "wrong_field_type", "unknown_code",
                               "no_cpg"):
        text = msg.lower()
        if kind == "missing_field":
            return "clear" if "no_such_field" in text else "vague"
        if not any(label in text for label in _labels(alg, pname, params)):
            return "vague"
    return "clear"


REPORT = {}

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
