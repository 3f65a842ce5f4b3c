"""Plan files of the batch runner: read a TOML plan and validate all of it before anything runs.

Format (docs/BATCH.md)::

    [plan]
    name = "Demo County"
    output_folder = "batch_output"         # relative to the plan file; created if missing

    [inputs]                               # named input paths, relative to the plan file
    landuse = "data/landuse_2020.tif"

    [[steps]]
    id = "water"                           # a name for later references
    algorithm = "ecorestore:waterconservation"   # or just "waterconservation"
    [steps.parameters]                     # the algorithm's parameter names, as in Processing
    LANDUSE = "@inputs.landuse"            # "@inputs.NAME", or "@STEP.OUTPUT" of an earlier step
    [steps.outputs]                        # destination parameters -> paths in the output folder
    OUTPUT = "water_conservation.tif"

A reference may continue with a path (``"@county.OUTPUT_FOLDER/dem.tif"``).
"""
import os
import re
import tomllib

from ..i18n import tr

PROVIDER = "ecorestore"
REF = re.compile(r"^@([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)(/.*)?$")
STEP_ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
TOP_KEYS = {"plan", "inputs", "steps", "dask"}
STEP_KEYS = {"id", "algorithm", "parameters", "outputs", "engine"}
ENGINES = ("auto", "processing")
INPUT_TYPES = ("raster", "vector", "source", "file", "layer", "multilayer", "mesh", "pointcloud")


class PlanError(Exception):
    """A plan that cannot run: every problem found, one per line."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class Step:
    def __init__(self, index, sid, algorithm_id, parameters, outputs, engine):
        self.index = index
        self.id = sid
        self.algorithm_id = algorithm_id
        self.parameters = parameters
        self.outputs = outputs          # {destination name: absolute path}
        self.engine = engine
        self.alg = None                 # the QgsProcessingAlgorithm, once validated


class Plan:
    def __init__(self, path, name, output_folder, inputs, steps, dask):
        self.path = path
        self.name = name
        self.output_folder = output_folder
        self.inputs = inputs            # {name: absolute path}
        self.steps = steps
        self.dask = dask                # [dask] table: scheduler, workers, chunk

    def input_paths(self):
        """Every existing file the plan reads before its first step (plan inputs and literal paths)."""
        paths = set(self.inputs.values())
        for step in self.steps:
            for value in step.parameters.values():
                for v in (value if isinstance(value, list) else [value]):
                    if isinstance(v, LiteralPath):
                        paths.add(v.path)
        return sorted(paths)


class Ref:
    """A reference to a plan input or an earlier step's output, resolved when the step runs."""

    def __init__(self, text, scope, name, suffix):
        self.text, self.scope, self.name, self.suffix = text, scope, name, suffix or ""

    def resolve(self, inputs, results):
        base = inputs[self.name] if self.scope == "inputs" else results[self.scope][self.name]
        return os.path.join(str(base), self.suffix.lstrip("/")) if self.suffix else base


class LiteralPath(str):
    """A parameter value that is an input file path (absolute), checked before the run."""

    def __new__(cls, path, layer_suffix=""):
        obj = str.__new__(cls, path + layer_suffix)
        obj.path = path
        return obj


def _abs(base, path):
    path = os.path.expanduser(str(path))
    return os.path.normpath(path if os.path.isabs(path) else os.path.join(base, path))


def _writable_folder(folder):
    """None when ``folder`` exists and is writable, or can be created; else the reason."""
    probe = folder
    while not os.path.exists(probe):
        parent = os.path.dirname(probe)
        if parent == probe:
            break
        probe = parent
    if not os.path.isdir(probe):
        return tr("'{}' is not a folder").format(probe)
    if not os.access(probe, os.W_OK | os.X_OK):
        return tr("no write permission in '{}'").format(probe)
    return None


def load(path):
    """Read and validate the plan at ``path`` against the Processing registry (QGIS must be started,
    e.g. by :func:`eco_restore_plugin.headless.start`). Returns a :class:`Plan`; raises
    :class:`PlanError` listing every problem."""
    path = os.path.abspath(path)
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except FileNotFoundError:
        raise PlanError([tr("Plan file not found: {}").format(path)]) from None
    except tomllib.TOMLDecodeError as exc:
        raise PlanError([tr("The plan file {} is not valid TOML: {}").format(path, exc)]) from None
    return validate(data, os.path.dirname(path), path)


def validate(data, base, path="<plan>"):
    """Validate a parsed plan (``base``: the folder relative paths start from)."""
    from qgis.core import QgsApplication, QgsProcessingContext

    problems = []
    for key in sorted(set(data) - TOP_KEYS):
        problems.append(tr("Unknown section [{}] (known: plan, inputs, steps, dask).").format(key))
    head = data.get("plan", {})
    if not isinstance(head, dict):
        head = {}
        problems.append(tr("[plan] must be a table."))
    name = str(head.get("name", os.path.splitext(os.path.basename(path))[0]))
    out_folder = _abs(base, head.get("output_folder", "batch_output"))
    reason = _writable_folder(out_folder)
    if reason:
        problems.append(tr("The output folder {} cannot be written: {}.").format(out_folder, reason))

    inputs = {}
    raw_inputs = data.get("inputs", {})
    if not isinstance(raw_inputs, dict):
        problems.append(tr("[inputs] must be a table of name = \"path\"."))
        raw_inputs = {}
    for key, value in raw_inputs.items():
        if not isinstance(value, str):
            problems.append(tr("Input '{}' must be a path (a string).").format(key))
            continue
        p = _abs(base, value)
        if not os.path.exists(p):
            problems.append(tr("Input '{}': the path {} does not exist.").format(key, p))
        elif not os.access(p, os.R_OK):
            problems.append(tr("Input '{}': the path {} cannot be read (permissions).").format(key, p))
        inputs[key] = p

    raw_steps = data.get("steps", [])
    if not isinstance(raw_steps, list) or not raw_steps:
        problems.append(tr("The plan has no steps: add [[steps]] tables."))
        raw_steps = []
    registry = QgsApplication.processingRegistry()
    context = QgsProcessingContext()
    steps, outputs_of, written = [], {}, {}
    for i, raw in enumerate(raw_steps, 1):
        if not isinstance(raw, dict):
            problems.append(tr("Step {} must be a table.").format(i))
            continue
        sid = raw.get("id", "step{}".format(i))
        where = tr("Step {} ('{}')").format(i, sid)
        for key in sorted(set(raw) - STEP_KEYS):
            problems.append(tr("{}: unknown key '{}' (known: id, algorithm, parameters, outputs, engine).")
                            .format(where, key))
        if not isinstance(sid, str) or not STEP_ID.match(sid) or sid == "inputs":
            problems.append(tr("{}: the id must be a name of letters, digits and _ (not 'inputs').").format(where))
        elif sid in outputs_of:
            problems.append(tr("{}: the id is used by an earlier step.").format(where))
        alg_id = str(raw.get("algorithm", ""))
        if alg_id and ":" not in alg_id:
            alg_id = "{}:{}".format(PROVIDER, alg_id)
        alg = registry.algorithmById(alg_id) if alg_id else None
        engine = raw.get("engine", "auto")
        if engine not in ENGINES:
            problems.append(tr("{}: engine must be 'auto' or 'processing'.").format(where))
        if alg is None:
            problems.append(tr("{}: unknown algorithm '{}' (see `python -m eco_restore_plugin.batch list`).")
                            .format(where, raw.get("algorithm", "")))
            outputs_of[sid] = None
            continue
        defs = {d.name(): d for d in alg.parameterDefinitions()}
        dest_names = {d.name() for d in alg.destinationParameterDefinitions()}
        out_names = {o.name() for o in alg.outputDefinitions()}
        params = {}
        raw_params = raw.get("parameters", {})
        raw_outputs = raw.get("outputs", {})
        if not isinstance(raw_params, dict) or not isinstance(raw_outputs, dict):
            problems.append(tr("{}: parameters and outputs must be tables.").format(where))
            raw_params, raw_outputs = {}, {}
        for key, value in raw_params.items():
            if key not in defs:
                problems.append(tr("{}: unknown parameter '{}' of {} (parameters: {}).").format(
                    where, key, alg_id, ", ".join(sorted(set(defs) - dest_names))))
                continue
            if key in dest_names:
                problems.append(tr("{}: '{}' is an output: give it under [steps.outputs].").format(where, key))
                continue
            params[key] = _value(value, defs[key], inputs, outputs_of, base, where, problems)
        for d in alg.parameterDefinitions():
            if d.name() in dest_names or d.name() in params:
                continue
            if not d.flags() & d.FlagOptional and d.defaultValue() is None:
                problems.append(tr("{}: the required parameter '{}' ({}) is missing.").format(
                    where, d.name(), d.description()))
        outs = {}
        for key, value in raw_outputs.items():
            if key not in dest_names:
                problems.append(tr("{}: unknown output '{}' of {} (outputs: {}).").format(
                    where, key, alg_id, ", ".join(sorted(dest_names))))
                continue
            if not isinstance(value, str):
                problems.append(tr("{}: output '{}' must be a path.").format(where, key))
                continue
            outs[key] = _abs(out_folder, value)
        for d in alg.destinationParameterDefinitions():
            if d.name() not in outs and not d.flags() & d.FlagOptional:
                ext = d.defaultFileExtension() if hasattr(d, "defaultFileExtension") else ""
                outs[d.name()] = os.path.join(out_folder, "{}_{}{}".format(
                    sid, d.name().lower(), "." + ext if ext else ""))
        for key, p in outs.items():
            if p in written:
                problems.append(tr("{}: output {} is also written by step '{}'.").format(where, p, written[p]))
            written[p] = sid
            reason = _writable_folder(os.path.dirname(p))
            if reason:
                problems.append(tr("{}: output {} cannot be written: {}.").format(where, p, reason))
        if not any(_step_refs(v) for v in params.values()) and not problems:
            literal = {k: _resolve_inputs(v, inputs) for k, v in params.items()}
            literal.update({k: "TEMPORARY_OUTPUT" for k in outs})
            ok, msg = alg.checkParameterValues(literal, context)
            if not ok:
                problems.append("{}: {}".format(where, msg))
        step = Step(i, sid, alg_id, params, outs, engine)
        step.alg = alg
        steps.append(step)
        outputs_of[sid] = out_names | dest_names
    if problems:
        raise PlanError(problems)
    return Plan(path, name, out_folder, inputs, steps, data.get("dask", {}))


def _step_refs(value):
    """True when ``value`` (or an item of it) refers to an earlier step's output."""
    if isinstance(value, list):
        return any(_step_refs(v) for v in value)
    return isinstance(value, Ref) and value.scope != "inputs"


def _resolve_inputs(value, inputs):
    if isinstance(value, list):
        return [_resolve_inputs(v, inputs) for v in value]
    return value.resolve(inputs, {}) if isinstance(value, Ref) else value


def _value(value, definition, inputs, outputs_of, base, where, problems):
    """A parameter value: references become :class:`Ref`, input file paths absolute :class:`LiteralPath`."""
    if isinstance(value, list):
        return [_value(v, definition, inputs, outputs_of, base, where, problems) for v in value]
    if isinstance(value, dict):
        return value
    if isinstance(value, str) and value.startswith("@"):
        m = REF.match(value)
        if not m:
            problems.append(tr("{}: '{}' is not a reference (use @inputs.NAME or @STEP.OUTPUT).").format(
                where, value))
            return value
        scope, name, suffix = m.groups()
        if scope == "inputs":
            if name not in inputs:
                problems.append(tr("{}: '{}' names no input (inputs: {}).").format(
                    where, value, ", ".join(sorted(inputs)) or "-"))
        elif scope not in outputs_of:
            problems.append(tr("{}: '{}' refers to step '{}', which is not an earlier step.").format(
                where, value, scope))
        elif outputs_of[scope] is not None and name not in outputs_of[scope]:
            problems.append(tr("{}: step '{}' has no output '{}' (outputs: {}).").format(
                where, scope, name, ", ".join(sorted(outputs_of[scope]))))
        return Ref(value, scope, name, suffix)
    if isinstance(value, str) and definition.type() in INPUT_TYPES and value:
        path, sep, rest = value.partition("|")
        p = _abs(base, path)
        if not os.path.exists(p):
            problems.append(tr("{}: parameter '{}': the path {} does not exist.").format(
                where, definition.name(), p))
        return LiteralPath(p, sep + rest)
    return value
