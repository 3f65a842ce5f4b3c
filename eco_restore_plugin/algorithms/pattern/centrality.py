"""Current-flow centrality of sources and corridors (电流中心度, Centrality Mapper method)."""
import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)
from qgis.PyQt.QtCore import QVariant

from ...core import network
from ...i18n import tr
from ...processing_helpers.styles import style_on_load
from ...processing_helpers.vector_io import attribute_float
from ...processing_helpers.params import SourcesParams
from ..base import EcoRestoreAlgorithm
from ...processing_helpers.renderers import graduated_renderer


def with_field(fields, name, kind=QVariant.Double):
    """A copy of ``fields`` with ``name`` appended (replaced when it exists)."""
    out = QgsFields()
    for f in fields:
        if f.name().lower() != name.lower():
            out.append(f)
    out.append(QgsField(name, kind))
    return out


def copy_with_value(sink, fields, feature, value):
    """Write ``feature`` with its attributes and the new last field = ``value`` (None for NaN)."""
    f = QgsFeature(fields)
    f.setGeometry(feature.geometry())
    own = feature.fields()
    for idx in range(fields.count() - 1):
        name = fields.at(idx).name()
        if own.lookupField(name) >= 0:
            f.setAttribute(idx, feature[name])
    v = None if value is None or not np.isfinite(value) else float(value)
    f.setAttribute(fields.count() - 1, v)
    sink.addFeature(f, QgsFeatureSink.FastInsert)


def integer_id(value, what):
    v = attribute_float(value)
    if not np.isfinite(v) or v != int(v):
        raise QgsProcessingException(tr("{}: '{}' is not a whole number.").format(what, value))
    return int(v)


class Centrality(SourcesParams, EcoRestoreAlgorithm):
    NAME = "centrality"
    GROUP = "pattern"
    DISPLAY = "Current-flow centrality of the corridor network (网络电流中心度)"
    TAGS = ("centrality,current flow,betweenness,Centrality Mapper,Linkage Mapper,network,"
            "电流中心度,中介中心性,生态网络,源地重要性,廊道重要性")
    HELP = ("Current-flow centrality of ecological sources and corridors after Linkage Mapper's Centrality "
            "Mapper (Carroll, McRae & Brookes 2012; McRae 2012; METHODS.md §2): the network's nodes are the "
            "sources, its links the corridors with resistance = the weight field (by default lcd, the "
            "cost-weighted distance of leastcostcorridors), conductance 1 / weight; parallel corridors add "
            "their conductances. For every pair of sources 1 A is injected at one and withdrawn at the other "
            "(Circuitscape network mode, all pairs); a corridor's cf_centrality is the current through it "
            "summed over all pairs (A), a source's is its current throughput summed over pairs "
            "(½ Σ|I| of its corridors, 1 A when it is an end of the pair; Newman 2005 random-walk "
            "betweenness, not normalised). Potentials from the inverse Laplacian of each connected part "
            "of the network; pairs in different parts carry no current (reported in the log). Sources "
            "are identified by the id field (empty = 1, 2, … in feature order, as in leastcostcorridors). "
            "Corridors whose ends are not sources are skipped with a warning; a weight ≤ 0 is replaced "
            "by a millionth of the smallest positive weight (touching sources) with a warning.")
    PARAM_HELP = {
        "SOURCES_OUTPUT": ("Copy of the sources with cf_centrality: the current through each source summed over "
                           "all source pairs (A, not normalised). High values = sources that hold the network "
                           "together."),
        "CORRIDORS_OUTPUT": ("Copy of the corridors with cf_centrality: the current through each corridor summed "
                             "over all source pairs (A). High values = corridors that many connections depend "
                             "on."),
    }

    SOURCES, SOURCE_ID, CORRIDORS, FROM, TO, WEIGHT = (
        "SOURCES", "SOURCE_ID", "CORRIDORS", "FROM_FIELD", "TO_FIELD", "WEIGHT_FIELD")
    SOURCES_OUT, CORRIDORS_OUT = "SOURCES_OUTPUT", "CORRIDORS_OUTPUT"

    def initAlgorithm(self, config=None):
        self.add_sources_parameters(optional=False, raster=False, help_texts=(
            tr("The network's nodes."), tr("The ids that the corridors' from / to fields refer to."), None))
        p = QgsProcessingParameterFeatureSource(
            self.CORRIDORS, tr("Corridors (least-cost paths)"), [QgsProcessing.TypeVectorLine])
        p.setHelp(tr("Lines with the ids of the two sources they join and a weight (resistance)."))
        self.addParameter(p)
        for name, label, default, numeric in ((self.FROM, tr("From-source field"), "from_id", True),
                                              (self.TO, tr("To-source field"), "to_id", True),
                                              (self.WEIGHT, tr("Weight (resistance) field"), "lcd", True)):
            # optional so that a run without it takes the default (3.22 does not apply field defaults)
            p = QgsProcessingParameterField(name, label, default, parentLayerParameterName=self.CORRIDORS,
                                            type=QgsProcessingParameterField.Numeric, optional=True)
            p.setHelp(tr("Field of the corridor layer (default {}).").format(default))
            self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SOURCES_OUT, tr("Source centrality"), QgsProcessing.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.CORRIDORS_OUT, tr("Corridor centrality"), QgsProcessing.TypeVectorLine))

    def process(self, parameters, context, feedback):
        src = self.parameterAsSource(parameters, self.SOURCES, context)
        cor = self.parameterAsSource(parameters, self.CORRIDORS, context)
        if src is None or src.featureCount() == 0:
            raise QgsProcessingException(tr("The source layer has no features: the network needs sources."))
        if cor is None:
            raise QgsProcessingException(tr("Give the corridor layer."))
        id_field = self.parameterAsString(parameters, self.SOURCE_ID, context)
        names = [self.parameterAsString(parameters, k, context) or default
                 for k, default in ((self.FROM, "from_id"), (self.TO, "to_id"), (self.WEIGHT, "lcd"))]
        for name in names:
            if cor.fields().lookupField(name) < 0:
                raise QgsProcessingException(tr(
                    "The corridor layer has no field '{}'. Choose the from / to / weight fields.").format(name))
        src_feats = list(src.getFeatures())
        ids = [integer_id(f[id_field], tr("Source id")) if id_field else i
               for i, f in enumerate(src_feats, start=1)]
        if len(set(ids)) != len(ids):
            raise QgsProcessingException(tr("Source ids are not unique; choose another id field."))
        index = {v: i for i, v in enumerate(ids)}
        if len(ids) < 2:
            feedback.pushWarning(tr("Only one source: no pair, every centrality is 0."))
        cor_feats = list(cor.getFeatures())
        edges, weights, used = [], [], []
        skipped = 0
        for k, f in enumerate(cor_feats):
            a = integer_id(f[names[0]], names[0])
            b = integer_id(f[names[1]], names[1])
            w = attribute_float(f[names[2]])
            if a not in index or b not in index:
                skipped += 1
                continue
            if not np.isfinite(w):
                raise QgsProcessingException(tr(
                    "Corridor {}-{} has no valid weight in '{}'.").format(a, b, names[2]))
            edges.append((index[a], index[b]))
            weights.append(w)
            used.append(k)
        if skipped:
            feedback.pushWarning(tr("{} corridors join ids that are not in the source layer: skipped.").format(skipped))
        w = np.array(weights, dtype=np.float64)
        if len(w) and np.any(w <= 0):
            positive = w[w > 0]
            if np.any(w < 0):
                raise QgsProcessingException(tr("Corridor weights must not be negative (field '{}').").format(names[2]))
            eps = (positive.min() if len(positive) else 1.0) * 1e-6
            feedback.pushWarning(tr(
                "{} corridors have weight 0 (touching sources): taken as {:.3g}, nearly a short circuit.").format(
                    int((w <= 0).sum()), eps))
            w = np.where(w <= 0, eps, w)
        self.check_cancel(feedback)
        res = network.current_flow_centrality(len(ids), edges, w, progress=self.progress_callback(feedback, 5, 80),
                                              cancelled=self.cancel_callback(feedback))
        self.check_cancel(feedback)
        if res["n_components"] > 1:
            feedback.pushWarning(tr(
                "The network has {} separate parts: {} of {} source pairs are not connected and carry no "
                "current.").format(res["n_components"], res["pairs_disconnected"],
                                   len(ids) * (len(ids) - 1) // 2))
        feedback.pushInfo(tr("{} sources, {} corridors, {} connected pairs").format(len(ids), len(edges),
                                                                                   res["pairs"]))
        fields = with_field(src.fields(), "cf_centrality")
        sink, sdest = self.parameterAsSink(parameters, self.SOURCES_OUT, context, fields, src.wkbType(),
                                           src.sourceCrs())
        if sink is None:
            raise QgsProcessingException(tr("Cannot create the output table {}.").format(self.SOURCES_OUT))
        for i, f in enumerate(src_feats):
            copy_with_value(sink, fields, f, res["node"][i])
        cfields = with_field(cor.fields(), "cf_centrality")
        csink, cdest = self.parameterAsSink(parameters, self.CORRIDORS_OUT, context, cfields, cor.wkbType(),
                                            cor.sourceCrs())
        if csink is None:
            raise QgsProcessingException(tr("Cannot create the output table {}.").format(self.CORRIDORS_OUT))
        value = {k: res["edge"][j] for j, k in enumerate(used)}
        for k, f in enumerate(cor_feats):
            copy_with_value(csink, cfields, f, value.get(k))
        style_on_load(context, sdest, lambda lyr: graduated_renderer(lyr, "cf_centrality", ("#c7e9c0", "#00441b")),
                      tr("Source centrality"))
        style_on_load(context, cdest, lambda lyr: graduated_renderer(lyr, "cf_centrality", ("#fdd49e", "#b30000"),
                                                                     (0.3, 2.0)), tr("Corridor centrality"))
        feedback.setProgress(100)
        return {self.SOURCES_OUT: sdest, self.CORRIDORS_OUT: cdest}
