"""Target decomposition (目标分解传导): upper-level targets split to lower-level units."""
import numpy as np
from qgis.core import (
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
    NULL,
)

from ...core import targets as T
from ...processing_helpers.params import TableOutputParams, UnitLayerParams
from ...i18n import tr, tr_noop
from ...processing_helpers.tables import (AGGREGATION_CHOICES, keyword, keyword_cell, keyword_columns, matrix_rows,
                                          to_float)
from ..base import EcoRestoreAlgorithm
from ...processing_helpers.vector_io import add_row, add_rows, attribute_float, make_field, make_fields, require_fields

#: allocation keys (enum order is public: models store the index)
KEYS = [("area", tr_noop("Unit area")), ("potential", tr_noop("Restoration potential (field)")),
        ("current", tr_noop("Current value (field)")), ("mix", tr_noop("Weighted mix of the three"))]
TABLE_HEADERS = [tr_noop("Indicator"), tr_noop("Aggregation (sum or rate)"), tr_noop("Upper-level target"),
                 tr_noop("Current-value field"), tr_noop("Floor (field or number)"),
                 tr_noop("Cap (field or number)")]


class TargetDecomposition(UnitLayerParams, TableOutputParams, EcoRestoreAlgorithm):
    NAME = "targetdecomposition"
    GROUP = "targets"
    DISPLAY = "Target decomposition (目标分解传导)"
    TAGS = "target,decomposition,allocation,floor,cap,county,township,目标,分解,传导,指标"
    HELP = (
        "Splits upper-level targets to lower-level units (cities, counties or townships) by an "
        "allocation key: unit area, restoration potential (a field), the current value of the indicator "
        "(a field) or a weighted mix of the three (each key taken as shares, mixed by the weights). "
        "Each unit's target is its share clamped to its floor and cap, with the rest re-allocated to the "
        "other units until the totals are kept exactly (proportional allocation with clamping, METHODS.md "
        "§5). Aggregation 总量 (sum: areas, lengths): the unit targets add up to the upper-level target. "
        "Aggregation 比率 (rate: percentages such as forest coverage): the upper-level rate is the "
        "denominator-weighted mean of the unit rates (denominator: unit area in km² or a field), floors "
        "and caps are rates (cap at most 100). Floors and caps are a field of the unit layer or one "
        "number for all units. When the target cannot be met under the caps (or the floors exceed it), "
        "the algorithm stops with a message and writes nothing. Outputs: a unit × indicator table (one "
        "row per unit and indicator) and the units with one field per indicator for mapping.")
    PARAM_HELP = {
        "UNITS": "Polygons of the lower-level units (cities, counties or townships) that receive the targets.",
        "KEY": ("How targets are shared: by unit area (default), by a restoration-potential field, by the "
                "current value of the indicator, or a weighted mix of the three."),
        "POTENTIAL_FIELD": ("Numeric field of restoration potential per unit, for the potential key and the "
                            "weighted mix. Empty: the potential key cannot be used, and the mix needs the "
                            "potential weight set to 0."),
        "DENOMINATOR_FIELD": ("Denominator of rate indicators (e.g. land area for forest coverage): the "
                              "upper-level rate is the denominator-weighted mean of the unit rates. Empty: unit "
                              "area in km²."),
        "W_AREA": "Weight of the area shares in the weighted mix. Default 1 (equal weights).",
        "W_POTENTIAL": "Weight of the potential shares in the weighted mix. Default 1.",
        "W_CURRENT": "Weight of the current-value shares in the weighted mix. Default 1.",
        "OUTPUT_TABLE": ("Unit × indicator table of the allocated targets (one row per unit and indicator), the "
                         "input of 'Target attainment check'."),
        "OUTPUT": "Units with one target field per indicator, for mapping.",
        "TARGETS": ("One row per indicator: name, aggregation 总量 (sum) or 比率 (rate), the upper-level target, and "
                    "optionally the field with the current value and the floor and cap of each unit (a field of the "
                    "unit layer or one number). Rows here are added to those of the indicator table and replace a row "
                    "of the same indicator."),
        "INDICATORS": ("Optional: the indicator table saved by the 目标指标体系 (indicator targets) dialog, "
                       "eco_indicators in planning.gpkg. Every indicator with a target for the chosen year "
                       "becomes a row of the target table (a % unit = 比率, others = 总量)."),
        "INDICATOR_YEAR": "The planning year whose targets are taken from the indicator table. Default 2035.",
    }
    ADVANCED = ("W_AREA", "W_POTENTIAL", "W_CURRENT", "DENOMINATOR_FIELD")

    UNITS, UNIT_FIELD, TARGETS, KEY = "UNITS", "UNIT_FIELD", "TARGETS", "KEY"
    POTENTIAL_FIELD, DENOMINATOR_FIELD = "POTENTIAL_FIELD", "DENOMINATOR_FIELD"
    W_AREA, W_POTENTIAL, W_CURRENT = "W_AREA", "W_POTENTIAL", "W_CURRENT"
    OUTPUT_TABLE, OUTPUT = "OUTPUT_TABLE", "OUTPUT"
    INDICATORS, INDICATOR_YEAR = "INDICATORS", "INDICATOR_YEAR"

    def initAlgorithm(self, config=None):
        self.add_unit_layer_parameters(tr("Lower-level units (polygons)"), tr("Unit key field"), help_texts=(
            None, tr("Field with the unit name or code (one feature per unit).")))
        p = QgsProcessingParameterMatrix(self.TARGETS, tr("Upper-level targets"), numberRows=1,
                                         hasFixedNumberRows=False,
                                         headers=[tr(h) for h in TABLE_HEADERS], defaultValue=[],
                                         optional=True)
        self.addParameter(keyword_columns(p, {1: AGGREGATION_CHOICES}, optional=[1]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INDICATORS, tr("Indicator table of the targets dialog (eco_indicators)"),
            [QgsProcessing.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.INDICATOR_YEAR, tr("Target year of the indicator table"), list(T.STAGES), defaultValue=2))
        self.addParameter(QgsProcessingParameterEnum(
            self.KEY, tr("Allocation key"), [tr(label) for _, label in KEYS], defaultValue=0))
        self.addParameter(QgsProcessingParameterField(
            self.POTENTIAL_FIELD, tr("Restoration potential field"), parentLayerParameterName=self.UNITS,
            type=QgsProcessingParameterField.Numeric, optional=True))
        p = QgsProcessingParameterField(
            self.DENOMINATOR_FIELD, tr("Denominator field of rate indicators (empty: unit area)"),
            parentLayerParameterName=self.UNITS, type=QgsProcessingParameterField.Numeric, optional=True)
        self.addParameter(p)
        for pid, label in ((self.W_AREA, tr("Mix weight of the area")),
                           (self.W_POTENTIAL, tr("Mix weight of the potential")),
                           (self.W_CURRENT, tr("Mix weight of the current value"))):
            self.addParameter(QgsProcessingParameterNumber(
                pid, label, QgsProcessingParameterNumber.Double, 1.0, minValue=0.0))
        self.add_table_output(self.OUTPUT_TABLE, tr("Unit targets (unit × indicator table)"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Units with targets"), QgsProcessing.TypeVectorPolygon))

    # ------------------------------------------------------------------------------------------
    def _table_rows(self, parameters, context, feedback):
        """Rows of the target table from the indicator table of the targets dialog (empty when not given)."""
        source = self.parameterAsSource(parameters, self.INDICATORS, context)
        if source is None:
            return []
        names = source.fields().names()
        if "name_zh" not in names and "key" not in names:
            raise QgsProcessingException(tr(
                "The indicator table has neither a 'key' nor a 'name_zh' field: choose the table eco_indicators "
                "saved by the indicator-targets dialog."))
        raw = [{n: (None if v is None or v == NULL else v) for n, v in zip(names, f.attributes())}
               for f in source.getFeatures()]
        year = T.STAGES[self.parameterAsEnum(parameters, self.INDICATOR_YEAR, context)]
        rows, skipped = [], []
        for ind in T.indicators_from_table(raw):
            name = ind.name_zh or ind.key
            value = ind.targets.get(year)
            if value is None:
                value = ind.upper.get(year)
            if value is None or str(value).strip() == "":
                skipped.append(name)
                continue
            agg = keyword_cell("rate" if ind.is_percent else "sum", AGGREGATION_CHOICES)
            rows.append([name, agg, str(value), "", "", ""])
        feedback.pushInfo(tr("Indicator table: {} indicators with a {} target{}.").format(
            len(rows), year, tr(" (without one: {})").format("、".join(skipped)) if skipped else ""))
        return rows

    def _column(self, feats, fields, name, what, indicator):
        """Per-unit numbers from a field name or one number for all units; None when empty."""
        if not name:
            return None
        try:
            v = float(T.parse_number(name))
            return np.full(len(feats), v)
        except (ValueError, TypeError):
            pass
        idx = fields.indexOf(name)
        if idx < 0:
            raise QgsProcessingException(tr(
                "{}: the {} '{}' is neither a number nor a field of the unit layer.").format(
                    indicator, what, name))
        return np.array([attribute_float(f.attribute(idx)) for f in feats])

    def process(self, parameters, context, feedback):
        units, key_field = self.unit_layer(parameters, context, tr("The unit layer"),
                                           key_required=tr("Choose the unit key field."))
        if units is None:
            raise QgsProcessingException(tr("The unit layer is missing."))
        typed = matrix_rows(self.parameterAsMatrix(parameters, self.TARGETS, context), len(TABLE_HEADERS))
        typed = [r for r in typed if any(r)]
        typed_names = {r[0] for r in typed}
        rows = [r for r in self._table_rows(parameters, context, feedback) if r[0] not in typed_names] + typed
        if not rows:
            raise QgsProcessingException(tr(
                "Give at least one upper-level target: a row of the target table or the indicator table saved by "
                "the targets dialog (with targets for the chosen year)."))
        key = KEYS[self.parameterAsEnum(parameters, self.KEY, context)][0]

        feats = [f for f in units.getFeatures() if f.hasGeometry()]
        if not feats:
            raise QgsProcessingException(tr("The unit layer has no features with a geometry."))
        fields = units.fields()
        kidx = fields.indexOf(key_field)
        keys = [str(f.attribute(kidx)) for f in feats]
        if len(set(keys)) != len(keys):
            dup = sorted({k for k in keys if keys.count(k) > 1})
            raise QgsProcessingException(tr(
                "Unit keys must be unique, but {} occur more than once. Dissolve the units first."
            ).format(", ".join(dup[:5])))
        # km²; an invalid (e.g. self-intersecting) unit is measured repaired (the base class warned about it)
        area = np.array([(f.geometry() if f.geometry().isGeosValid() else f.geometry().makeValid()).area() / 1e6
                         for f in feats])
        if not (area > 0).all():
            raise QgsProcessingException(tr(
                "{} units have no area (empty or invalid geometry), e.g. '{}'. Repair the unit layer (Vector > "
                "Geometry Tools > Fix Geometries) and run again.").format(
                    int((area <= 0).sum()), keys[int(np.flatnonzero(area <= 0)[0])]))
        pot_field = self.parameterAsString(parameters, self.POTENTIAL_FIELD, context)
        potential = None
        if pot_field:
            require_fields(units, [pot_field], tr("the restoration potential"))
            potential = self._column(feats, fields, pot_field, tr("potential field"), "")
        if key in ("potential",) and potential is None:
            raise QgsProcessingException(tr("The allocation key 'restoration potential' needs the potential field."))
        den_field = self.parameterAsString(parameters, self.DENOMINATOR_FIELD, context)
        denominators = area
        if den_field:
            require_fields(units, [den_field], tr("the denominator"))
            denominators = self._column(feats, fields, den_field, tr("denominator field"), "")
        alphas = [self.parameterAsDouble(parameters, p, context)
                  for p in (self.W_AREA, self.W_POTENTIAL, self.W_CURRENT)]

        names, aggs, results, floors_all, caps_all, weights_all = [], [], [], [], [], []
        for name, agg, total_text, cur_field, floor_text, cap_text in rows:
            self.check_cancel(feedback)
            if not name:
                raise QgsProcessingException(tr("A target row has no indicator name."))
            if name in names:
                raise QgsProcessingException(tr("The indicator '{}' is listed twice.").format(name))
            agg = keyword(agg, AGGREGATION_CHOICES, tr("{}: aggregation").format(name), default="sum")
            total = to_float(total_text, tr("{}: upper-level target").format(name))
            current = self._column(feats, fields, cur_field, tr("current-value field"), name)
            floors = self._column(feats, fields, floor_text, tr("floor"), name)
            caps = self._column(feats, fields, cap_text, tr("cap"), name)
            if current is None and (key == "current" or (key == "mix" and alphas[2] > 0)):
                raise QgsProcessingException(tr(
                    "{}: the allocation key 'current value' needs the current-value field.").format(name))
            if current is not None and np.any(~np.isfinite(current)):
                raise QgsProcessingException(tr(
                    "{}: the current-value field '{}' is empty for some units.").format(name, cur_field))
            cur_q = None if current is None else (current * denominators / 100.0 if agg == "rate" else current)
            size = denominators if agg == "rate" else area
            if key == "area":
                weights = size
            elif key == "potential":
                weights = potential
            elif key == "current":
                weights = cur_q
            else:
                if potential is None and alphas[1] > 0:
                    raise QgsProcessingException(tr(
                        "The weighted mix uses the potential: give the potential field or set its weight to 0."))
                zeros = np.zeros(len(feats))
                keys3 = [size, potential if potential is not None else zeros,
                         cur_q if cur_q is not None else zeros]
                weights = T.mix_weights(keys3, alphas)
            if weights is None or np.any(~np.isfinite(weights)):
                raise QgsProcessingException(tr(
                    "{}: the allocation key has empty values for some units.").format(name))
            try:
                values = T.decompose(total, weights, floors=floors, caps=caps, aggregation=agg,
                                     denominators=denominators, what="'{}'".format(name))
            except ValueError as exc:
                raise QgsProcessingException(tr("Target decomposition failed: {}").format(exc)) from None
            names.append(name)
            aggs.append(agg)
            results.append(values)
            floors_all.append(floors)
            caps_all.append(caps)
            weights_all.append(np.asarray(weights, float) / max(float(np.sum(weights)), 1e-300))
            feedback.pushInfo(tr("{}: upper-level {} -> units {}").format(
                name, total_text, ", ".join("{}={:.4g}".format(k, v) for k, v in zip(keys, values))))

        # -- outputs, created only now that every indicator was allocated
        tfields = make_fields([("unit_key", "string"), ("indicator", "string"), ("aggregation", "string"),
                                  ("share", "double"), ("floor", "double"), ("cap", "double"),
                                  ("target", "double"), ("bound", "string")])
        trows = []
        for j, name in enumerate(names):
            for i, k in enumerate(keys):
                fl = floors_all[j][i] if floors_all[j] is not None else float("nan")
                cp = caps_all[j][i] if caps_all[j] is not None else float("nan")
                v = float(results[j][i])
                bound = ""
                if np.isfinite(fl) and abs(v - fl) <= 1e-9 * max(1.0, abs(fl)):
                    bound = "floor"
                elif np.isfinite(cp) and abs(v - cp) <= 1e-9 * max(1.0, abs(cp)):
                    bound = "cap"
                trows.append([k, name, aggs[j], float(weights_all[j][i]), float(fl), float(cp), v, bound])
        tsink, tdest = self.parameterAsSink(parameters, self.OUTPUT_TABLE, context, tfields)
        if tsink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_TABLE))
        add_rows(tsink, tfields, trows)

        lfields = QgsFields(fields)
        taken = set(n.lower() for n in lfields.names())
        out_names = []
        for name in names:
            fname = name[:60]
            n = 2
            while fname.lower() in taken:
                fname = "{}_{}".format(name[:56], n)
                n += 1
            taken.add(fname.lower())
            out_names.append(fname)
            lfields.append(make_field(fname, "double"))
        lsink, ldest = self.parameterAsSink(parameters, self.OUTPUT, context, lfields,
                                            QgsWkbTypes.multiType(units.wkbType()), units.sourceCrs())
        if lsink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for i, f in enumerate(feats):
            g = QgsGeometry(f.geometry())
            g.convertToMultiType()
            add_row(lsink, lfields, list(f.attributes()) + [float(r[i]) for r in results], g)
        return {self.OUTPUT_TABLE: tdest, self.OUTPUT: ldest}
