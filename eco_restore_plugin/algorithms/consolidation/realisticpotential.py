"""Theoretical -> realistic consolidation potential (现实潜力), METHODS.md §4."""
import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ...core import consolidation as cc
from ...i18n import tr, tr_noop
from ...processing_helpers.vector_io import make_field
from . import _common as common
from ._common import ConsolidationAlgorithm

#: (parameter id of the field, parameter id of the weight, key, English label, default weight)
FACTORS = [
    ("NATURAL_FIELD", "NATURAL_WEIGHT", "natural", tr_noop("Natural suitability"), 0.4),
    ("ECONOMIC_FIELD", "ECONOMIC_WEIGHT", "economic", tr_noop("Economic capacity"), 0.3),
    ("WILLINGNESS_FIELD", "WILLINGNESS_WEIGHT", "willingness", tr_noop("Willingness of villagers"), 0.3),
]


class RealisticPotential(ConsolidationAlgorithm):
    NAME = "realisticpotential"
    GROUP = "consolidation"
    DISPLAY = "Realistic consolidation potential (现实整治潜力)"
    TAGS = "realistic potential,correction coefficient,willingness,economy,现实潜力,修正系数,整治意愿"
    HELP = ("Corrects theoretical potential to realistic potential per unit (METHODS.md §4): realistic = "
            "theoretical × K, K = Σ w_j·f_j / Σ w_j over the correction factors given (natural suitability, "
            "economic capacity, willingness of villagers), each a score 0–1 in a field of the unit layer, or "
            "normalised by its maximum (x / max) when the values are raw quantities. Default weights 0.4 / 0.3 / "
            "0.3 (the plugin's own values, not from a published source). For orientation: realistic potential "
            "was 51 % of theoretical in one prefecture (Ma & Chen 2022). For each chosen potential field a field "
            "'<name>_r' is added, with K in 'corr_k' and the formula in 'real_method'.")
    PARAM_HELP = {
        "POTENTIAL_FIELDS": ("Theoretical potential fields to correct; each gets a field <name>_r with the "
                             "realistic value."),
        "NATURAL_FIELD": ("Natural suitability score of each unit (0-1, or a raw value with normalisation). "
                          "Empty: the factor is left out and the weights of the others are rescaled."),
        "NATURAL_WEIGHT": ("Weight of natural suitability in K. Default 0.4, the plugin's own value (no "
                           "published weights were found); set your own."),
        "ECONOMIC_FIELD": "Economic capacity score of each unit (0-1 or raw). Empty: the factor is left out.",
        "ECONOMIC_WEIGHT": "Weight of economic capacity in K. Default 0.3, the plugin's own value.",
        "WILLINGNESS_FIELD": ("Villagers' willingness score of each unit (0-1 or raw, e.g. from surveys). Empty: "
                              "the factor is left out."),
        "WILLINGNESS_WEIGHT": "Weight of willingness in K. Default 0.3, the plugin's own value.",
        "OUTPUT": ("Units with the realistic potential fields <name>_r, the correction coefficient corr_k and "
                   "the formula in real_method."),
    }

    INPUT, POTENTIAL_FIELDS, NORMALISE, OUTPUT = "INPUT", "POTENTIAL_FIELDS", "NORMALISE", "OUTPUT"

    def initAlgorithm(self, config=None):
        p = QgsProcessingParameterFeatureSource(self.INPUT, tr("Units with theoretical potential"))
        p.setHelp(tr("Unit layer, e.g. the unit output of the farmland, settlement or idle-land potential."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.POTENTIAL_FIELDS, tr("Theoretical potential fields"),
                                        parentLayerParameterName=self.INPUT,
                                        type=QgsProcessingParameterField.Numeric, allowMultiple=True)
        self.addParameter(p)
        for fid, wid, _, label, w in FACTORS:
            p = QgsProcessingParameterField(fid, tr("{} score field").format(tr(label)),
                                            parentLayerParameterName=self.INPUT,
                                            type=QgsProcessingParameterField.Numeric, optional=True)
            self.addParameter(p)
            self.addParameter(QgsProcessingParameterNumber(wid, tr("{} weight").format(tr(label)),
                                                           QgsProcessingParameterNumber.Double, w, minValue=0.0))
        p = QgsProcessingParameterBoolean(self.NORMALISE, tr("Normalise factor values by their maximum"), False)
        p.setHelp(tr("Off: the factor fields must hold scores within 0–1."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Realistic potential")))

    def process(self, parameters, context, feedback):
        label = tr("Units with theoretical potential")
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(tr("{}: the layer is missing or cannot be read.").format(label))
        pfields = self.parameterAsFields(parameters, self.POTENTIAL_FIELDS, context)
        if not pfields:
            raise QgsProcessingException(tr("Choose at least one theoretical potential field."))
        pidx = [common.field_index(source, f, label, numeric=True) for f in pfields]
        normalise = self.parameterAsBool(parameters, self.NORMALISE, context)
        chosen = []
        for fid, wid, key, flabel, _ in FACTORS:
            name = self.parameterAsString(parameters, fid, context)
            if name:
                chosen.append((key, tr(flabel), name, common.field_index(source, name, label, numeric=True),
                               self.parameterAsDouble(parameters, wid, context)))
        if not chosen:
            raise QgsProcessingException(tr("Choose at least one correction factor field."))
        if sum(c[4] for c in chosen) <= 0:
            raise QgsProcessingException(tr("The weights of the chosen correction factors sum to zero."))
        ids, geoms, rows = common.read_features(source, label, cancel=lambda: self.check_cancel(feedback))
        factors, weights = {}, {}
        for key, flabel, name, idx, w in chosen:
            v = common.numeric_column(rows, idx)
            bad = [ids[i] for i in np.flatnonzero(~np.isfinite(v))]
            if bad:
                raise QgsProcessingException(tr("{} (field '{}'): {} units have no value (feature ids {}).").format(
                    flabel, name, len(bad), common.describe_ids(bad)))
            if normalise:
                if np.any(v < 0) or v.max() <= 0:
                    raise QgsProcessingException(tr(
                        "{} (field '{}'): values must be ≥ 0 with a positive maximum to be normalised.").format(flabel, name))
                v = cc.normalise_by_max(v)
            elif np.any(v < 0) or np.any(v > 1):
                raise QgsProcessingException(tr(
                    "{} (field '{}'): scores must be within 0–1 (found {:g} to {:g}). Rescale them, or tick "
                    "'Normalise factor values by their maximum'.").format(flabel, name, float(v.min()), float(v.max())))
            factors[key] = v
            weights[key] = w
        k = cc.correction_coefficient(factors, weights)
        theo = [common.numeric_column(rows, i) for i in pidx]
        method = tr("realistic = theoretical × K, K = Σ w·f / Σ w ({}){} (METHODS §4)").format(
            ", ".join("{} '{}' w={:g}".format(fl, n, w) for _, fl, n, _, w in chosen),
            tr("; factors normalised by their maximum") if normalise else "")
        new_fields = [make_field("corr_k", "double")] + [make_field(f + "_r", "double") for f in pfields] + \
            [make_field("real_method", "string", 254)]
        new_rows = [[k[i]] + [t[i] * k[i] for t in theo] + [method] for i in range(len(ids))]
        dest = self.write_patches(parameters, context, source, geoms, rows, new_fields, new_rows)
        tot_t = sum(float(np.nansum(t)) for t in theo)
        tot_r = sum(float(np.nansum(t * k)) for t in theo)
        if tot_t > 0:
            feedback.pushInfo(tr("Realistic potential is {:.1f} % of the theoretical potential.").format(100 * tot_r / tot_t))
        return {self.OUTPUT: dest}
