"""Target attainment check (目标达标评估): values against targets per unit, shortfalls flagged."""
from qgis.core import (
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsWkbTypes,
)

from ...core import targets as T
from ...core import zoning as Z
from ...processing_helpers.params import TableOutputParams, UnitLayerParams
from ...i18n import tr, tr_noop
from ...processing_helpers.tables import DIRECTION_CHOICES, keyword, keyword_columns, matrix_rows, to_float
from ..base import EcoRestoreAlgorithm
from ...processing_helpers.vector_io import add_row, add_rows, attribute_float, make_field, make_fields, require_fields

#: status code -> (key, Chinese label) written to the output
STATUS = {1: ("met", "达标"), 0: ("shortfall", "未达标"), -1: ("no data", "无数据")}
DIRECTION_HEADERS = [tr_noop("Indicator"), tr_noop("Direction (higher or lower)"), tr_noop("Tolerance")]


class TargetAttainment(UnitLayerParams, TableOutputParams, EcoRestoreAlgorithm):
    NAME = "targetattainment"
    GROUP = "targets"
    DISPLAY = "Target attainment check (目标达标评估)"
    TAGS = "target,attainment,shortfall,gap,indicator,目标,达标,差距,指标"
    HELP = (
        "Compares current or projected values with the targets of each unit and flags shortfalls "
        "(METHODS.md §5). Targets and values are tables with one row per unit and indicator: by default "
        "the unit-targets table of 'Target decomposition' (fields unit_key, indicator, target) and the "
        "table of 'Indicator base values' (fields unit_key, indicator, value); other tables work when "
        "their fields are chosen. Rows are matched on unit and indicator name. gap = value − target for "
        "indicators where higher is better, target − value where lower is better (list those in the "
        "direction table, with an optional tolerance); gap ≥ −tolerance is met. A unit or indicator "
        "found in only one table is reported as 'no data'. Outputs: the comparison table and, when a "
        "unit layer is given, the units with the number of indicators checked and of shortfalls. With a "
        "project library ('Project library' with its hierarchy fields zb_name, zb_value, xf_ha, period) the "
        "projects' contributions are summed per period (近期 2021-2025, 中期 2026-2030, 远期 2031-2035) and "
        "cumulatively, and compared with the region target of each indicator (the sum of its unit targets, "
        "as the contributions are quantities added over the plan period).")
    PARAM_HELP = {
        "TARGETS": ("Table with one row per unit and indicator holding the target, e.g. the unit-targets table "
                    "of 'Target decomposition'."),
        "TARGET_UNIT_FIELD": "Unit field of the targets table. Default unit_key.",
        "TARGET_INDICATOR_FIELD": "Indicator-name field of the targets table. Default indicator.",
        "TARGET_FIELD": "Target value field. Default target.",
        "VALUES": ("Table with one row per unit and indicator holding the current or projected value, e.g. the "
                   "output of 'Indicator base values'."),
        "VALUE_UNIT_FIELD": "Unit field of the values table. Default unit_key.",
        "VALUE_INDICATOR_FIELD": "Indicator-name field of the values table. Default indicator.",
        "VALUE_FIELD": "Current or projected value field. Default value.",
        "UNITS": "Optional unit polygons to map the shortfalls. Empty: only the table is written.",
        "UNIT_FIELD": ("Field of the unit polygons that matches the unit keys of the tables; needed with a unit "
                       "layer."),
        "OUTPUT": ("Comparison table: value, target, gap and met / shortfall / no data for every unit and "
                   "indicator."),
        "OUTPUT_LAYER": ("Optional units with the number of indicators checked and of shortfalls. Not written "
                         "unless chosen."),
        "PROJECTS": ("Optional project library (output of 'Project library'): its contributions to the indicators "
                     "(zb_name, zb_value and xf_ha for 生态保护修复面积) are summed per period."),
        "PERIOD_OUTPUT": ("Optional table: per indicator and period the contribution added, the cumulative "
                          "contribution, the region target (sum of the unit targets), the share of it reached (%) "
                          "and met / shortfall. Needs the project library."),
    }
    ADVANCED = ("TARGET_UNIT_FIELD", "TARGET_INDICATOR_FIELD", "TARGET_FIELD", "VALUE_UNIT_FIELD",
                "VALUE_INDICATOR_FIELD", "VALUE_FIELD")

    TARGETS, T_UNIT, T_INDICATOR, T_VALUE = "TARGETS", "TARGET_UNIT_FIELD", "TARGET_INDICATOR_FIELD", "TARGET_FIELD"
    VALUES, V_UNIT, V_INDICATOR, V_VALUE = "VALUES", "VALUE_UNIT_FIELD", "VALUE_INDICATOR_FIELD", "VALUE_FIELD"
    DIRECTIONS, UNITS, UNIT_FIELD = "DIRECTIONS", "UNITS", "UNIT_FIELD"
    OUTPUT, OUTPUT_LAYER = "OUTPUT", "OUTPUT_LAYER"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.TARGETS, tr("Targets table (unit, indicator, target)"), [QgsProcessing.TypeVector]))
        for pid, label, default in ((self.T_UNIT, tr("Unit field of the targets"), "unit_key"),
                                    (self.T_INDICATOR, tr("Indicator field of the targets"), "indicator"),
                                    (self.T_VALUE, tr("Target field"), "target")):
            # optional with a default: QGIS 3.22 does not fall back to a field default otherwise
            self.addParameter(QgsProcessingParameterField(pid, label, default, self.TARGETS, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.VALUES, tr("Values table (unit, indicator, current or projected value)"),
            [QgsProcessing.TypeVector]))
        for pid, label, default in ((self.V_UNIT, tr("Unit field of the values"), "unit_key"),
                                    (self.V_INDICATOR, tr("Indicator field of the values"), "indicator"),
                                    (self.V_VALUE, tr("Value field"), "value")):
            self.addParameter(QgsProcessingParameterField(pid, label, default, self.VALUES, optional=True))
        p = QgsProcessingParameterMatrix(self.DIRECTIONS, tr("Directions and tolerances"), numberRows=1,
                                         hasFixedNumberRows=False,
                                         headers=[tr(h) for h in DIRECTION_HEADERS], defaultValue=[],
                                         optional=True)
        p.setHelp(tr("Direction: 越高越好 (higher) or 越低越好 (lower); empty = 越高越好. Indicators not listed: "
                     "higher is better, tolerance 0."))
        self.addParameter(keyword_columns(p, {1: DIRECTION_CHOICES}, optional=[1]))
        self.add_unit_layer_parameters(tr("Units for the map"), tr("Unit key field"), optional=True)
        self.add_table_output(self.OUTPUT, tr("Target attainment"))
        self.add_layer_output(self.OUTPUT_LAYER, tr("Units with shortfalls"))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "PROJECTS", tr("Project library (contributions by period)"), [QgsProcessing.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "PERIOD_OUTPUT", tr("Project contributions by period"), QgsProcessing.TypeVector, optional=True,
            createByDefault=False))

    def _periods(self, parameters, context, targets, feedback):
        """Rows (indicator, period, years, added, cumulative, target, share %, status, status_zh)."""
        src = self.parameterAsSource(parameters, "PROJECTS", context)
        if src is None:
            if parameters.get("PERIOD_OUTPUT") is not None:
                feedback.pushWarning(tr("The contributions by period need the project library: not written."))
            return None
        require_fields(src, ["period", "zb_name", "zb_value", "xf_ha"], tr("The project library (give the output "
                                                                          "of 'Project library')"))
        recs = []
        for f in src.getFeatures():
            period = str(f["period"] or "")
            recs.append((Z.PERIODS.index(period) if period in Z.PERIODS else -1,
                         "" if str(f["zb_name"]) == "NULL" else str(f["zb_name"] or ""),
                         attribute_float(f["zb_value"]), attribute_float(f["xf_ha"])))
        region = {}
        for (_, ind), t in targets.items():
            if t == t:
                region[ind] = region.get(ind, 0.0) + t
        rows = []
        for ind, (added, cum) in Z.period_contributions(recs).items():
            t = round(region.get(ind, float("nan")), 6)      # sums of decomposed targets: 999.9999999999999
            for k, name in enumerate(Z.PERIODS):
                s = (1 if cum[k] >= t - 1e-9 else 0) if t == t else -1
                rows.append([ind, name, Z.PERIOD_YEARS[k], round(added[k], 4), round(cum[k], 4), t,
                             round(100.0 * cum[k] / t, 2) if t == t and t > 0 else None, STATUS[s][0], STATUS[s][1]])
            feedback.pushInfo(tr("{}: {:.4f} by 2025, {:.4f} by 2030, {:.4f} by 2035 (target {})").format(
                ind, cum[0], cum[1], cum[2], t))
        return rows

    @staticmethod
    def _read(source, unit_f, ind_f, val_f, what):
        for f in (unit_f, ind_f, val_f):
            require_fields(source, [f], what)
        out = {}
        iu, ii, iv = (source.fields().indexOf(f) for f in (unit_f, ind_f, val_f))
        for feat in source.getFeatures():
            key = (str(feat.attribute(iu)), str(feat.attribute(ii)))
            if key in out:
                raise QgsProcessingException(tr(
                    "The {} list unit '{}' and indicator '{}' twice.").format(what, key[0], key[1]))
            out[key] = attribute_float(feat.attribute(iv))
        return out

    def _field(self, parameters, name, context):
        return (self.parameterAsString(parameters, name, context)
                or self.parameterDefinition(name).defaultValue())

    def process(self, parameters, context, feedback):
        tsrc = self.parameterAsSource(parameters, self.TARGETS, context)
        vsrc = self.parameterAsSource(parameters, self.VALUES, context)
        if tsrc is None or vsrc is None:
            raise QgsProcessingException(tr("Both the targets and the values tables are needed."))
        targets = self._read(tsrc, *(self._field(parameters, p, context)
                                     for p in (self.T_UNIT, self.T_INDICATOR, self.T_VALUE)), tr("targets"))
        values = self._read(vsrc, *(self._field(parameters, p, context)
                                    for p in (self.V_UNIT, self.V_INDICATOR, self.V_VALUE)), tr("values"))
        directions = {}
        for name, direction, tol in matrix_rows(self.parameterAsMatrix(parameters, self.DIRECTIONS, context), 3):
            if not name:
                continue
            d = keyword(direction, DIRECTION_CHOICES, tr("Directions and tolerances, indicator '{}': direction").format(
                name), default="higher")
            directions[name] = (d, to_float(tol, tr("{}: tolerance").format(name)) if tol else 0.0)

        keys = list(targets) + [k for k in values if k not in targets]
        rows = []
        per_unit = {}
        for unit, ind in keys:
            d, tol = directions.get(ind, ("higher", 0.0))
            t = targets.get((unit, ind), float("nan"))
            v = values.get((unit, ind), float("nan"))
            gap, status = T.attainment([v], [t], direction=d, tolerance=tol)
            s = int(status[0])
            rows.append([unit, ind, t, v, float(gap[0]), d, STATUS[s][0], STATUS[s][1]])
            checked, short = per_unit.get(unit, (0, 0))
            per_unit[unit] = (checked + (s >= 0), short + (s == 0))
        if not rows:
            raise QgsProcessingException(tr("The targets table is empty."))
        n_short = sum(1 for r in rows if r[6] == "shortfall")
        feedback.pushInfo(tr("{} comparisons, {} shortfalls.").format(len(rows), n_short))

        prows = self._periods(parameters, context, targets, feedback)
        units, unit_field = self.unit_layer(parameters, context, tr("The unit layer"), projected=False,
                                            key_required=tr("Choose the key field of the unit layer."))

        fields = make_fields([("unit_key", "string"), ("indicator", "string"), ("target", "double"),
                                 ("value", "double"), ("gap", "double"), ("direction", "string"),
                                 ("status", "string"), ("status_zh", "string")])
        self.check_cancel(feedback)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        add_rows(sink, fields, rows)
        result = {self.OUTPUT: dest}
        if prows is not None and parameters.get("PERIOD_OUTPUT") is not None:
            pfields = make_fields([("indicator", "string"), ("period", "string"), ("years", "string"),
                                   ("added", "double"), ("cumulative", "double"), ("target", "double"),
                                   ("share_pct", "double"), ("status", "string"), ("status_zh", "string")])
            psink, pdest = self.parameterAsSink(parameters, "PERIOD_OUTPUT", context, pfields)
            add_rows(psink, pfields, prows)
            result["PERIOD_OUTPUT"] = pdest

        if units is not None and parameters.get(self.OUTPUT_LAYER) is not None:
            lfields = QgsFields(units.fields())
            for name in ("n_checked", "n_short"):
                lfields.append(make_field(name, "int"))
            lsink, ldest = self.parameterAsSink(parameters, self.OUTPUT_LAYER, context, lfields,
                                                QgsWkbTypes.multiType(units.wkbType()), units.sourceCrs())
            idx = units.fields().indexOf(unit_field)
            for feat in units.getFeatures():
                g = QgsGeometry(feat.geometry())
                g.convertToMultiType()
                checked, short = per_unit.get(str(feat.attribute(idx)), (0, 0))
                add_row(lsink, lfields, list(feat.attributes()) + [int(checked), int(short)], g)
            result[self.OUTPUT_LAYER] = ldest
        return result

