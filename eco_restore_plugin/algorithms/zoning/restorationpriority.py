"""Restoration priority (修复优先级): weighted or entropy-weighted score, rank and grade per unit."""
import numpy as np
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
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
    QgsWkbTypes,
)

from ...core import zoning
from ...i18n import tr, tr_noop
from ...processing_helpers.tables import BENEFIT_CHOICES, keyword, keyword_columns, matrix_rows, number_list, to_float
from ..base import EcoRestoreAlgorithm
from ...processing_helpers.vector_io import add_feature, make_field
from ...processing_helpers.styles import PRIORITY_GRADE_COLOURS, style_categories_on_load
from . import _sea

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
            "score breaks. Units with an empty criterion get no score (warning). METHODS.md §3. Land and sea (陆海统筹): "
            "with sea planning units (the units output of 'Sea planning units and marine projects'; its 陆域 rows "
            "are left out) the sea units are scored with their own criteria table (default: the marine projects' "
            "cost marine_cost_wan +, the marine health index ceh −, from the stations inside or the nearest one), "
            "normalised among the sea units only, and weighted the same way. Both scores lie on the common scale "
            "0-1 (1 = the unit most in need of its domain on every criterion), so land and sea units are ranked "
            "and graded together; the output gains the sea units (after the land units), their fields and a field "
            "domain (陆域 / 海域). Without sea units the output is as before.")
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
        "SEA_UNITS": ("Optional sea planning units (海域), e.g. the units output of 'Sea planning units and marine "
                      "projects'; ranked with the land units on the common 0-1 scale. Empty (default): land only."),
        "SEA_CRITERIA": ("Criteria of the sea units (field, weight, direction, role), normalised among the sea units. "
                         "Default marine_cost_wan 0.5 + and ceh 0.5 − (the plugin's own weights)."),
        "SEA_HEALTH": ("Optional marine health stations (points with ceh, the stations output of 'Marine ecosystem "
                       "health'): each sea unit gets the mean CEH of its stations, or the nearest station's."),
    }
    ADVANCED = ("STRICT_WEIGHTS", "ID_FIELD")

    UNITS, CRITERIA, METHOD, STRICT = "UNITS", "CRITERIA", "WEIGHT_METHOD", "STRICT_WEIGHTS"
    GRADE_METHOD, SHARES, BREAKS, ID_FIELD = "GRADE_METHOD", "SHARES", "BREAKS", "ID_FIELD"
    OUTPUT, WEIGHTS = "OUTPUT", "WEIGHTS"
    SEA_UNITS, SEA_CRITERIA, SEA_HEALTH = "SEA_UNITS", "SEA_CRITERIA", "SEA_HEALTH"

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
        self.addParameter(keyword_columns(p, {2: BENEFIT_CHOICES}, optional=[2]))
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
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SEA_UNITS, tr("Sea planning units (海域)"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(keyword_columns(QgsProcessingParameterMatrix(
            self.SEA_CRITERIA, tr("Sea criteria (field, weight, direction + or −, role)"), numberRows=0,
            hasFixedNumberRows=False, headers=[tr("Field"), tr("Weight"), tr("Direction (+/−)"), tr("Role")],
            defaultValue=[c for row in _sea.DEFAULT_SEA_CRITERIA for c in row], optional=True),
            {2: BENEFIT_CHOICES}, optional=[2]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SEA_HEALTH, tr("Marine health stations (ceh)"), [QgsProcessing.TypeVectorPoint],
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Restoration priority"), QgsProcessing.TypeVectorAnyGeometry))
        self.addOutput(QgsProcessingOutputString(self.WEIGHTS, tr("Weights used")))

    def _criteria(self, parameters, key, fields, label):
        rows = [r for r in matrix_rows(self.table_value(parameters, key), 4) if r[0]]
        if not rows:
            raise QgsProcessingException(tr("The criteria table is empty."))
        names = [r[0] for r in rows]
        missing = [n for n in names if fields.lookupField(n) < 0]
        if missing:
            raise QgsProcessingException(tr("Criteria fields not found in the layer: {}.").format(
                ", ".join(missing)) + label)
        weights = [to_float(r[1], tr("Criteria table weight")) for r in rows]
        benefit = []
        for r in rows:
            d = keyword(r[2], BENEFIT_CHOICES, tr("Criteria table, direction of {}").format(r[0]), default="+")
            benefit.append(d == "+")
        return names, weights, benefit

    def _weights(self, parameters, context, feedback, weights, method):
        w = None
        if method != 1:
            w, changed = zoning.normalise_weights(weights)
            if changed:
                if self.parameterAsBool(parameters, self.STRICT, context):
                    raise QgsProcessingException(tr(
                        "The weights sum to {:.4g}, not 1. Correct them, or untick the option that "
                        "refuses them to have them normalised.").format(sum(weights)))
                feedback.pushWarning(tr("The weights sum to {:.4g}, not 1; they are normalised to {}.").format(
                    sum(weights), ", ".join("{:.4f}".format(v) for v in w)))
        return w

    @staticmethod
    def _values(feats, names, fields=None):
        x = np.full((len(feats), len(names)), np.nan)
        for i, f in enumerate(feats):
            for j, n in enumerate(names):
                v = f.attributes()[fields.lookupField(n)] if fields is not None else f[n]
                try:
                    x[i, j] = float(v) if v is not None and str(v) != "NULL" else np.nan
                except (TypeError, ValueError):
                    raise QgsProcessingException(tr("Field {} holds a non-numeric value '{}'.").format(
                        n, v)) from None
        return x

    @staticmethod
    def _score(x, ok, benefit, w, method):
        z = zoning.minmax_columns(x[ok], benefit=benefit)
        if method >= 1:
            we = zoning.entropy_weights(z)
            w = we if method == 1 else (w + we) / 2.0
        scores = np.full(len(x), np.nan)
        scores[ok] = z @ w
        return scores, w

    def process(self, parameters, context, feedback):
        src = self.parameterAsSource(parameters, self.UNITS, context)
        if src is None:
            raise QgsProcessingException(tr("The units layer is missing."))
        names, weights, benefit = self._criteria(parameters, self.CRITERIA, src.fields(), "")
        if not [r for r in matrix_rows(self.table_value(parameters, self.SEA_CRITERIA), 4) if r[0]]:
            raise QgsProcessingException(tr("The sea criteria table is empty."))     # checked even without sea units
        method = self.parameterAsEnum(parameters, self.METHOD, context)
        w = self._weights(parameters, context, feedback, weights, method)
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
        x = self._values(feats, names)
        ok = np.isfinite(x).all(axis=1)
        if not ok.any():
            raise QgsProcessingException(tr("No unit has a value for every criterion."))
        if not ok.all():
            feedback.pushWarning(tr("{} unit(s) lack a criterion value and get no priority.").format(
                int((~ok).sum())))
        scores, w = self._score(x, ok, benefit, w, method)
        feedback.pushInfo(tr("Weights: {}").format(", ".join(
            "{} {:.4f}".format(n, v) for n, v in zip(names, w))))
        ids = np.arange(len(feats))
        if id_field:
            try:
                ids = np.array([float(f[id_field]) for f in feats])
            except (TypeError, ValueError):
                ids = np.argsort(np.argsort([str(f[id_field]) for f in feats], kind="stable"))
        weights_text = ", ".join("{}={:.6f}".format(n, v) for n, v in zip(names, w))
        sea, n_land = None, len(feats)
        sea_src = self.parameterAsSource(parameters, self.SEA_UNITS, context)
        if sea_src is not None:
            if QgsWkbTypes.geometryType(src.wkbType()) != QgsWkbTypes.PolygonGeometry:
                raise QgsProcessingException(tr("Sea planning units can only be ranked with polygon land units; the "
                                                "units layer holds points or lines."))
            land_polys = [f.geometry() for f in feats if f.geometry() is not None
                          and f.geometry().type() == QgsWkbTypes.PolygonGeometry]
            sea = _sea.SeaUnits(sea_src, src.sourceCrs(), context, feedback,
                                health=self.parameterAsSource(parameters, self.SEA_HEALTH, context),
                                land_geoms=land_polys or None)
            snames, sweights, sbenefit = self._criteria(parameters, self.SEA_CRITERIA, sea.fields,
                                                        tr(" (sea planning units)"))
            sx = self._values(sea.features, snames, sea.fields)
            sok = np.isfinite(sx).all(axis=1)
            if not sok.any():
                raise QgsProcessingException(tr("No sea unit has a value for every sea criterion."))
            if not sok.all():
                feedback.pushWarning(tr("{} sea unit(s) lack a criterion value and get no priority.").format(
                    int((~sok).sum())))
            sscores, sw = self._score(sx, sok, sbenefit, self._weights(parameters, context, feedback, sweights,
                                                                        method), method)
            weights_text += "; " + tr("sea") + ": " + ", ".join(
                "{}={:.6f}".format(n, v) for n, v in zip(snames, sw))
            feedback.pushInfo(tr("Sea weights: {}").format(", ".join(
                "{} {:.4f}".format(n, v) for n, v in zip(snames, sw))))
            scores, ok = np.concatenate([scores, sscores]), np.concatenate([ok, sok])
            ids = np.concatenate([np.arange(n_land) if not id_field else np.argsort(np.argsort(ids, kind="stable")),
                                  n_land + np.arange(len(sea.features))])
            feats = feats + sea.features
        rank = zoning.rank_desc(scores, ids)
        n_valid = int(ok.sum())
        if grade_method == 0:
            grade = zoning.grade_by_rank(rank, n_valid, shares=shares)
        else:
            grade = zoning.grade_by_score(scores, breaks=breaks)
        fl = QgsFields(src.fields())
        sea_names = {}     # sea field -> output field (sea_<name> when the land field of that name has another kind)
        if sea is not None:
            for fd in list(sea.fields) + [make_field("domain", "string")]:
                if fd.name().lower() == "fid":     # a GeoPackage's feature id: the sea ids would clash with the land's
                    continue
                k = fl.lookupField(fd.name())
                if k >= 0 and (fl.at(k).isNumeric() != fd.isNumeric()):
                    fd = QgsField(fd)
                    fd.setName("sea_" + fd.name())
                    sea_names[fd.name()[4:]] = fd.name()
                    k = fl.lookupField(fd.name())
                if k < 0:
                    fl.append(fd)
        for name, kind in (("pr_score", "double"), ("pr_rank", "int"), ("pr_grade", "int"),
                           ("pr_grade_n", "string")):
            if fl.lookupField(name) < 0:
                fl.append(make_field(name, kind))
        wkb = QgsWkbTypes.multiType(src.wkbType()) if sea is not None else src.wkbType()
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fl, wkb, src.sourceCrs())
        names_out = [x_.name() for x_ in fl]
        for i, f in enumerate(feats):
            self.check_cancel(feedback)
            g = QgsFeature(fl)
            geom = f.geometry() if i < n_land else sea.geoms[i - n_land]
            if sea is not None:
                geom = QgsGeometry(geom)
                geom.convertToMultiType()
            g.setGeometry(geom)
            attrs = dict(zip([x_.name() if i < n_land else sea_names.get(x_.name(), x_.name())
                              for x_ in (src.fields() if i < n_land else sea.fields)], f.attributes()))
            if sea is not None:
                attrs["domain"] = _sea.LAND if i < n_land else _sea.SEA
                if i >= n_land:
                    attrs = {k: v for k, v in attrs.items() if k.lower() != "fid"}
            good = bool(ok[i])
            attrs["pr_score"] = round(float(scores[i]), 6) if good else None
            attrs["pr_rank"] = int(rank[i]) if good else None
            attrs["pr_grade"] = int(grade[i]) if good else None
            attrs["pr_grade_n"] = zoning.GRADE_NAMES.get(int(grade[i])) if good else None
            g.setAttributes([attrs.get(nm) for nm in names_out])
            add_feature(sink, g)
        style_categories_on_load(context, dest, "pr_grade", {
            k: (c, zoning.GRADE_NAMES[k]) for k, c in PRIORITY_GRADE_COLOURS.items()}, tr("Restoration priority"))
        return {self.OUTPUT: dest, self.WEIGHTS: weights_text}
