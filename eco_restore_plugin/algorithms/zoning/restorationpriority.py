"""Restoration priority (修复优先级): weighted or entropy-weighted score, rank and grade per unit."""
import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterString,
)

from ...core import zoning
from ...i18n import tr, tr_noop
from ...processing_helpers.tables import BENEFIT_CHOICES, keyword, matrix_rows, number_list, to_float
from ..base import EcoRestoreAlgorithm
from ...processing_helpers.vector_io import add_feature, make_field
from ...processing_helpers.styles import PRIORITY_GRADE_COLOURS, style_categories_on_load

WEIGHT_METHODS = [tr_noop("Weights of the table"), tr_noop("Entropy weights"),
                  tr_noop("Mean of table and entropy weights")]
GRADE_METHODS = [tr_noop("By rank shares"), tr_noop("By score breaks")]

#: default criteria: field, weight, direction (+ benefit: higher value, higher priority), role.
DEFAULT_CRITERIA = [
    ("imp3_sh", "0.25", "+", "importance 重要性"),
    ("deg_mean", "0.20", "+", "degradation 退化程度"),
    ("corr_sh", "0.10", "+", "corridor role 廊道作用"),
    ("pinch_n", "0.10", "+", "pinch points 夹点"),
    ("deg_sev_sh", "0.15", "+", "problem severity 问题严重程度"),
    ("res_mean", "0.20", "+", "feasibility 可行性 (resilience)"),
]


class RestorationPriority(EcoRestoreAlgorithm):
    NAME = "restorationpriority"
    GROUP = "zoning"
    DISPLAY = "Restoration priority (修复优先级)"
    TAGS = "priority,weights,entropy weight,rank,修复优先级,熵权法,轻重缓急,一级,二级,三级"
    HELP = ("Priority score of every unit or patch: S = Σ w_j · z_j with z_j the criterion min-max "
            "normalised over the units (reversed for a cost criterion, direction −), from the fields "
            "and weights of the criteria table (defaults: importance imp3_sh, degradation deg_mean, "
            "corridor role corr_sh and pinch points pinch_n, problem severity deg_sev_sh, "
            "feasibility res_mean). Weights from the table, entropy weights (w_j ∝ 1 − e_j, e_j the "
            "Shannon entropy of the normalised criterion), or their mean. Weights that do not sum to "
            "one are normalised with a warning, or refused when asked. Rank 1 = highest score, ties "
            "by feature order; grades 一级/二级/三级 by rank shares (default top 30 %, next 40 %) or "
            "score breaks. Units with an empty criterion get no score (warning). METHODS.md §3.")
    PARAM_HELP = {
        "UNITS": ("Restoration units or patches with the criterion fields (e.g. the output of 'Restoration "
                  "units')."),
        "WEIGHT_METHOD": ("Weights of the table (default), entropy weights computed from the data, or the mean "
                          "of both."),
        "STRICT_WEIGHTS": ("Checked: table weights that do not sum to 1 are refused. Default off: they are "
                           "normalised with a warning."),
        "GRADE_METHOD": "Grades 一级/二级/三级 by rank shares (default) or by score breaks.",
        "SHARES": ("Cumulative rank shares of 一级 and 一级+二级. Default 0.3, 0.7 (top 30 % 一级, next 40 % 二级), the "
                   "plugin's own split."),
        "BREAKS": ("Score breaks of 二级 and 一级, ascending, used with grading by score breaks. Default 0.4, 0.6, "
                   "the plugin's own values."),
        "ID_FIELD": "Field that orders units with equal scores. Empty: feature order.",
        "OUTPUT": "Units with pr_score, pr_rank and pr_grade (一级/二级/三级), styled by grade.",
    }
    ADVANCED = ("STRICT_WEIGHTS", "ID_FIELD")

    UNITS, CRITERIA, METHOD, STRICT = "UNITS", "CRITERIA", "WEIGHT_METHOD", "STRICT_WEIGHTS"
    GRADE_METHOD, SHARES, BREAKS, ID_FIELD = "GRADE_METHOD", "SHARES", "BREAKS", "ID_FIELD"
    OUTPUT, WEIGHTS = "OUTPUT", "WEIGHTS"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.UNITS, tr("Units or patches"), [QgsProcessing.TypeVectorAnyGeometry]))
        flat = []
        for row in DEFAULT_CRITERIA:
            flat += list(row)
        p = QgsProcessingParameterMatrix(
            self.CRITERIA, tr("Criteria (field, weight, direction + or −, role)"), numberRows=0,
            hasFixedNumberRows=False, headers=[tr("Field"), tr("Weight"), tr("Direction (+/−)"), tr("Role")],
            defaultValue=flat, optional=True)
        p.setHelp(tr("Direction + : a higher value raises the priority; − : lowers it."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterEnum(
            self.METHOD, tr("Weights"), [tr(s) for s in WEIGHT_METHODS], defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.STRICT, tr("Refuse weights that do not sum to one (else normalise them)"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterEnum(
            self.GRADE_METHOD, tr("Grading"), [tr(s) for s in GRADE_METHODS], defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.SHARES, tr("Rank shares of 一级 and 一级+二级 (cumulative)"), defaultValue="0.3, 0.7"))
        self.addParameter(QgsProcessingParameterString(
            self.BREAKS, tr("Score breaks of 二级 and 一级 (ascending)"), defaultValue="0.4, 0.6"))
        self.addParameter(QgsProcessingParameterField(
            self.ID_FIELD, tr("Id field for ties (default feature order)"),
            parentLayerParameterName=self.UNITS, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Restoration priority"), QgsProcessing.TypeVectorAnyGeometry))
        self.addOutput(QgsProcessingOutputString(self.WEIGHTS, tr("Weights used")))

    def process(self, parameters, context, feedback):
        src = self.parameterAsSource(parameters, self.UNITS, context)
        if src is None:
            raise QgsProcessingException(tr("The units layer is missing."))
        rows = [r for r in matrix_rows(self.table_value(parameters, self.CRITERIA), 4) if r[0]]
        if not rows:
            raise QgsProcessingException(tr("The criteria table is empty."))
        names = [r[0] for r in rows]
        missing = [n for n in names if src.fields().lookupField(n) < 0]
        if missing:
            raise QgsProcessingException(tr("Criteria fields not found in the layer: {}.").format(
                ", ".join(missing)))
        weights = [to_float(r[1], tr("Criteria table weight")) for r in rows]
        benefit = []
        for r in rows:
            d = keyword(r[2], BENEFIT_CHOICES, tr("Criteria table, direction of {}").format(r[0]), default="+")
            benefit.append(d == "+")
        method = self.parameterAsEnum(parameters, self.METHOD, context)
        if method != 1:
            w, changed = zoning.normalise_weights(weights)
            if changed:
                if self.parameterAsBool(parameters, self.STRICT, context):
                    raise QgsProcessingException(tr(
                        "The weights sum to {:.4g}, not 1. Correct them, or untick the option that "
                        "refuses them to have them normalised.").format(sum(weights)))
                feedback.pushWarning(tr("The weights sum to {:.4g}, not 1; they are normalised to {}.").format(
                    sum(weights), ", ".join("{:.4f}".format(v) for v in w)))
        grade_method = self.parameterAsEnum(parameters, self.GRADE_METHOD, context)
        shares = number_list(self.parameterAsString(parameters, self.SHARES, context), tr("Rank shares"), 2)
        breaks = number_list(self.parameterAsString(parameters, self.BREAKS, context), tr("Score breaks"), 2)
        if not (0 < shares[0] <= shares[1] <= 1):
            raise QgsProcessingException(tr("Rank shares must satisfy 0 < first ≤ second ≤ 1."))
        if breaks[0] > breaks[1]:
            raise QgsProcessingException(tr("Score breaks must be ascending."))
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)

        feats = list(src.getFeatures())
        if not feats:
            raise QgsProcessingException(tr("The units layer has no features."))
        x = np.full((len(feats), len(names)), np.nan)
        for i, f in enumerate(feats):
            for j, n in enumerate(names):
                v = f[n]
                try:
                    x[i, j] = float(v) if v is not None and str(v) != "NULL" else np.nan
                except (TypeError, ValueError):
                    raise QgsProcessingException(tr("Field {} holds a non-numeric value '{}'.").format(
                        n, v)) from None
        ok = np.isfinite(x).all(axis=1)
        if not ok.any():
            raise QgsProcessingException(tr("No unit has a value for every criterion."))
        if not ok.all():
            feedback.pushWarning(tr("{} unit(s) lack a criterion value and get no priority.").format(
                int((~ok).sum())))
        z = zoning.minmax_columns(x[ok], benefit=benefit)
        if method >= 1:
            we = zoning.entropy_weights(z)
            w = we if method == 1 else (w + we) / 2.0
        feedback.pushInfo(tr("Weights: {}").format(", ".join(
            "{} {:.4f}".format(n, v) for n, v in zip(names, w))))
        scores = np.full(len(feats), np.nan)
        scores[ok] = z @ w
        ids = np.arange(len(feats))
        if id_field:
            try:
                ids = np.array([float(f[id_field]) for f in feats])
            except (TypeError, ValueError):
                ids = np.argsort(np.argsort([str(f[id_field]) for f in feats], kind="stable"))
        rank = zoning.rank_desc(scores, ids)
        n_valid = int(ok.sum())
        if grade_method == 0:
            grade = zoning.grade_by_rank(rank, n_valid, shares=shares)
        else:
            grade = zoning.grade_by_score(scores, breaks=breaks)
        fl = QgsFields(src.fields())
        for name, kind in (("pr_score", "double"), ("pr_rank", "int"), ("pr_grade", "int"),
                           ("pr_grade_n", "string")):
            if fl.lookupField(name) < 0:
                fl.append(make_field(name, kind))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fl, src.wkbType(),
                                          src.sourceCrs())
        names_out = [x_.name() for x_ in fl]
        for i, f in enumerate(feats):
            self.check_cancel(feedback)
            g = QgsFeature(fl)
            g.setGeometry(f.geometry())
            attrs = dict(zip([x_.name() for x_ in src.fields()], f.attributes()))
            good = bool(ok[i])
            attrs["pr_score"] = round(float(scores[i]), 6) if good else None
            attrs["pr_rank"] = int(rank[i]) if good else None
            attrs["pr_grade"] = int(grade[i]) if good else None
            attrs["pr_grade_n"] = zoning.GRADE_NAMES.get(int(grade[i])) if good else None
            g.setAttributes([attrs.get(nm) for nm in names_out])
            add_feature(sink, g)
        style_categories_on_load(context, dest, "pr_grade", {
            k: (c, zoning.GRADE_NAMES[k]) for k, c in PRIORITY_GRADE_COLOURS.items()}, tr("Restoration priority"))
        return {self.OUTPUT: dest, self.WEIGHTS: ", ".join(
            "{}={:.6f}".format(n, v) for n, v in zip(names, w))}
