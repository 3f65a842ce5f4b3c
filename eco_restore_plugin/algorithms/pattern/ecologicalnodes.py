"""Ecological nodes (生态节点) and network structure indices α, β, γ (网络结构指数)."""
import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...core import connectivity
from ...processing_helpers.params import TableOutputParams
from ...i18n import tr
from ...processing_helpers.raster_io import read_raster, reference_grid
from ...processing_helpers.value_rules import check_codes
from ...processing_helpers.styles import style_on_load
from ...processing_helpers.vector_io import add_row, attribute_float, table_sink
from ..base import EcoRestoreAlgorithm
from ...processing_helpers.renderers import nodes_renderer

#: node_type -> Chinese name written in the type_zh field
NODE_TYPES_ZH = {"pinch_point": "夹点", "barrier": "障碍点", "ridge_crossing": "战略点"}


def line_parts(geom):
    """Vertex lists (x, y) of the parts of a (multi)line geometry."""
    if geom.isMultipart():
        return [[(p.x(), p.y()) for p in part] for part in geom.asMultiPolyline()]
    return [[(p.x(), p.y()) for p in geom.asPolyline()]]


def ridge_crossings(parts, zones, grid, step):
    """Points where a line passes from one allocation zone to another (cost ridge lines).

    parts: vertex lists in the grid's CRS; zones: allocation array (NaN = nodata). Lines are sampled
    every ``step`` map units; a crossing is placed midway between the two samples on either side of
    the zone boundary. Returns [(x, y, zone_a, zone_b)]."""
    out = []
    h, w = zones.shape
    gt = grid.geotransform
    for verts in parts:
        if len(verts) < 2:
            continue
        xy = [np.asarray(verts[0], dtype=np.float64)]
        for a, b in zip(verts[:-1], verts[1:]):
            a, b = np.asarray(a, float), np.asarray(b, float)
            n = max(1, int(np.ceil(np.hypot(*(b - a)) / step)))
            t = np.arange(1, n + 1)[:, None] / n
            xy.extend(a + t * (b - a))
        xy = np.array(xy)
        col = np.floor((xy[:, 0] - gt[0]) / gt[1]).astype(np.int64)
        row = np.floor((xy[:, 1] - gt[3]) / gt[5]).astype(np.int64)
        inside = (row >= 0) & (row < h) & (col >= 0) & (col < w)
        z = np.full(len(xy), np.nan)
        z[inside] = zones[row[inside], col[inside]]
        idx = np.flatnonzero(np.isfinite(z))      # samples on data; nodata gaps are skipped
        zf = z[idx]
        for k in np.flatnonzero(zf[1:] != zf[:-1]):
            mid = (xy[idx[k]] + xy[idx[k + 1]]) / 2.0
            out.append((float(mid[0]), float(mid[1]), int(zf[k]), int(zf[k + 1])))
    return out


class EcologicalNodes(TableOutputParams, EcoRestoreAlgorithm):
    NAME = "ecologicalnodes"
    GROUP = "pattern"
    DISPLAY = "Ecological nodes and network structure (生态节点与网络结构)"
    TAGS = ("ecological node,strategic point,pinch point,barrier,ridge,network structure,alpha,beta,gamma,"
            "生态节点,战略点,夹点,障碍点,阻力脊线,网络闭合度,线点率,网络连通度")
    HELP = ("Ecological nodes (生态节点 / 战略点; METHODS.md §2) as typed points: pinch points (夹点, from "
            "the pinchpoints algorithm: points, value = the 'current' field), barriers (障碍点, from the barriers "
            "algorithm: polygons (a point inside each) or points, value = the 'improvement' field) and "
            "ridge crossings (战略点): where a corridor crosses a cost ridge line. Ridge lines are taken as "
            "the boundaries of the cost-allocation zones (the costdistance ALLOCATION output): there the "
            "accumulated costs from two sources are equal, i.e. the watershed lines of the minimum "
            "cumulative resistance surface, and a least-cost path between the two sources passes its "
            "highest accumulated cost. Corridors are sampled every half cell; value = the corridor's "
            "weight field (lcd) when present. Fields: node_type (pinch_point / barrier / ridge_crossing), "
            "type_zh, value, source (the input it comes from). Styled by type. The table gives the network "
            "structure (Forman 1995): V = number of sources (the source layer, else the ids the corridors "
            "join), L = number of corridors (distinct source pairs, from_id / to_id), "
            "α = (L − V + 1)/(2V − 5) circuitry, β = L/V links per node, γ = L/(3(V − 2)) connectivity "
            "(planar network; α and γ need V ≥ 3). Every input is optional, but at least one is needed.")
    PARAM_HELP = {
        "PINCH_FIELD": ("Field of the pinch-point layer copied to the node's value. Default 'current' (the field "
                        "written by the pinch-point algorithm); empty or missing = no value."),
        "BARRIER_FIELD": ("Field of the barrier layer copied to the node's value. Default 'improvement' (the "
                          "field written by the barrier algorithm); empty or missing = no value."),
        "OUTPUT": ("Ecological nodes as points with node_type (pinch_point, barrier, ridge_crossing), type_zh, "
                   "value and source; styled by type."),
        "TABLE": ("Network structure table: V sources, L corridors and the α (circuitry), β (links per node) and "
                  "γ (connectivity) indices (Forman 1995); α and γ need V ≥ 3."),
    }
    ADVANCED = ("PINCH_FIELD", "BARRIER_FIELD", "FROM_FIELD", "TO_FIELD", "WEIGHT_FIELD")

    SOURCES, PINCH, PINCH_FIELD, BARRIERS, BARRIER_FIELD = (
        "SOURCES", "PINCH_POINTS", "PINCH_FIELD", "BARRIERS", "BARRIER_FIELD")
    CORRIDORS, FROM, TO, WEIGHT, ALLOCATION = "CORRIDORS", "FROM_FIELD", "TO_FIELD", "WEIGHT_FIELD", "ALLOCATION"
    OUTPUT, TABLE = "OUTPUT", "TABLE"

    def initAlgorithm(self, config=None):
        p = QgsProcessingParameterFeatureSource(
            self.SOURCES, tr("Ecological sources"), [QgsProcessing.TypeVectorAnyGeometry], optional=True)
        p.setHelp(tr("Counted as the network's nodes V. Without it V = the ids joined by the corridors."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.PINCH, tr("Pinch points"), [QgsProcessing.TypeVectorPoint], optional=True)
        p.setHelp(tr("Points from the pinch-point analysis."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterString(
            self.PINCH_FIELD, tr("Pinch-point value field"), "current", optional=True))
        p = QgsProcessingParameterFeatureSource(
            self.BARRIERS, tr("Barriers"), [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint],
            optional=True)
        p.setHelp(tr("Polygons or points from the barrier analysis; a polygon gives a point inside it."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterString(
            self.BARRIER_FIELD, tr("Barrier value field"), "improvement", optional=True))
        p = QgsProcessingParameterFeatureSource(
            self.CORRIDORS, tr("Corridors (least-cost paths)"), [QgsProcessing.TypeVectorLine], optional=True)
        p.setHelp(tr("Counted as the network's links L; crossed with the ridge lines of the allocation raster."))
        self.addParameter(p)
        for name, label, default in ((self.FROM, tr("From-source field"), "from_id"),
                                     (self.TO, tr("To-source field"), "to_id"),
                                     (self.WEIGHT, tr("Weight (resistance) field"), "lcd")):
            p = QgsProcessingParameterString(name, label, default, optional=True)
            p.setHelp(tr("Field of the corridor layer (default {}).").format(default))
            self.addParameter(p)
        p = QgsProcessingParameterRasterLayer(
            self.ALLOCATION, tr("Cost allocation raster (ridge lines = zone boundaries)"), optional=True)
        p.setHelp(tr("The ALLOCATION output of costdistance: label of the nearest source by accumulated cost."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Ecological nodes"), QgsProcessing.TypeVectorPoint))
        self.add_table_output(self.TABLE, tr("Network structure (α, β, γ)"))

    def _transform(self, layer_crs, out_crs, context):
        if layer_crs.isValid() and out_crs.isValid() and layer_crs != out_crs:
            return QgsCoordinateTransform(layer_crs, out_crs, context.transformContext())
        return None

    @staticmethod
    def _field_value(feature, index):
        return attribute_float(feature.attributes()[index]) if index >= 0 else float("nan")

    def _field_index(self, source, name, what, feedback):
        if not name:
            return -1
        idx = source.fields().lookupField(name)
        if idx < 0:
            feedback.pushWarning(tr("{}: no field '{}', values left empty.").format(what, name))
        return idx

    def process(self, parameters, context, feedback):
        src = self.parameterAsSource(parameters, self.SOURCES, context)
        pinch = self.parameterAsSource(parameters, self.PINCH, context)
        bars = self.parameterAsSource(parameters, self.BARRIERS, context)
        cor = self.parameterAsSource(parameters, self.CORRIDORS, context)
        alloc = self.parameterAsRasterLayer(parameters, self.ALLOCATION, context)
        if all(x is None for x in (src, pinch, bars, cor, alloc)):
            raise QgsProcessingException(tr(
                "Give at least one input: pinch points, barriers, corridors (with the allocation raster for "
                "ridge crossings) or sources."))
        if alloc is not None and cor is None:
            raise QgsProcessingException(tr(
                "Ridge crossings need the corridors as well as the allocation raster."))
        out_crs = next(s.sourceCrs() for s in (cor, pinch, bars, src) if s is not None) \
            if any(s is not None for s in (cor, pinch, bars, src)) else alloc.crs()
        rows = []      # (x, y, type, value, source text)
        if pinch is not None:
            idx = self._field_index(pinch, self.parameterAsString(parameters, self.PINCH_FIELD, context),
                                    tr("Pinch points"), feedback)
            tf = self._transform(pinch.sourceCrs(), out_crs, context)
            for f in pinch.getFeatures():
                g = f.geometry()
                if g is None or g.isEmpty():
                    continue
                if tf is not None:
                    g.transform(tf)
                for pt in ([g.asPoint()] if not g.isMultipart() else g.asMultiPoint()):
                    rows.append((pt.x(), pt.y(), "pinch_point", self._field_value(f, idx), "pinch points"))
        self.check_cancel(feedback)
        if bars is not None:
            idx = self._field_index(bars, self.parameterAsString(parameters, self.BARRIER_FIELD, context),
                                    tr("Barriers"), feedback)
            tf = self._transform(bars.sourceCrs(), out_crs, context)
            for f in bars.getFeatures():
                g = f.geometry()
                if g is None or g.isEmpty():
                    continue
                if tf is not None:
                    g.transform(tf)
                if g.type() == QgsWkbTypes.PolygonGeometry:
                    pts = [g.pointOnSurface().asPoint()]
                else:
                    pts = [g.asPoint()] if not g.isMultipart() else g.asMultiPoint()
                for pt in pts:
                    rows.append((pt.x(), pt.y(), "barrier", self._field_value(f, idx), "barriers"))
        self.check_cancel(feedback)
        n_links, node_ids = None, set()
        if cor is not None:
            names = [self.parameterAsString(parameters, k, context) for k in (self.FROM, self.TO, self.WEIGHT)]
            fi = [cor.fields().lookupField(n) if n else -1 for n in names]
            feats = list(cor.getFeatures())
            if fi[0] >= 0 and fi[1] >= 0:
                pairs = set()
                for f in feats:
                    a, b = attribute_float(f.attributes()[fi[0]]), attribute_float(f.attributes()[fi[1]])
                    if np.isfinite(a) and np.isfinite(b) and a != b:
                        pairs.add((min(a, b), max(a, b)))
                        node_ids.update((a, b))
                n_links = len(pairs)
            else:
                feedback.pushWarning(tr("The corridors have no from / to fields: every line counts as one link."))
                n_links = len(feats)
            if alloc is not None:
                grid = reference_grid(alloc, tr("Cost allocation raster"))
                zones, _ = read_raster(alloc, grid, categorical=True)
                if node_ids:    # the zones are the sources' labels: the corridors' end ids (and 1..V)
                    known = set(node_ids) | {0.0}
                    if src is not None:
                        known |= set(float(v) for v in range(1, src.featureCount() + 1))
                    check_codes(zones, known, alloc.name(), tr("the source ids of the corridors (from / to "
                                                               "fields)"),
                                tr("Use the costdistance ALLOCATION output of the sources these corridors "
                                   "join."))
                to_grid = self._transform(cor.sourceCrs(), grid.crs, context)
                back = self._transform(grid.crs, out_crs, context)
                step = 0.5 * min(grid.cellsize)
                found = 0
                for f in feats:
                    self.check_cancel(feedback)
                    g = f.geometry()
                    if g is None or g.isEmpty():
                        continue
                    if to_grid is not None:
                        g.transform(to_grid)
                    ends = ""
                    if fi[0] >= 0 and fi[1] >= 0:
                        ends = "corridor {}-{}".format(*(int(attribute_float(f.attributes()[i])) if np.isfinite(
                            attribute_float(f.attributes()[i])) else "?" for i in fi[:2]))
                    value = attribute_float(f.attributes()[fi[2]]) if fi[2] >= 0 else float("nan")
                    for x, y, za, zb in ridge_crossings(line_parts(g), zones, grid, step):
                        pt = QgsGeometry.fromPointXY(QgsPointXY(x, y))
                        if back is not None:
                            pt.transform(back)
                        p = pt.asPoint()
                        rows.append((p.x(), p.y(), "ridge_crossing", value,
                                     "{} ridge {}|{}".format(ends, za, zb).strip()))
                        found += 1
                feedback.pushInfo(tr("{} corridor crossings of cost ridge lines").format(found))
        if src is not None:
            n_nodes = src.featureCount()
        elif node_ids:
            n_nodes = len(node_ids)
        else:
            n_nodes = None
        sink, dest, fields = table_sink(
            self, parameters, self.OUTPUT, context,
            [("node_id", "long"), ("node_type", "string"), ("type_zh", "string"), ("value", "double"),
             ("source", "string")], geometry_type=QgsWkbTypes.Point, crs=out_crs)
        for i, (x, y, kind, value, origin) in enumerate(rows, start=1):
            add_row(sink, fields, [i, kind, NODE_TYPES_ZH[kind], value, origin],
                    QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        counts = {k: sum(1 for r in rows if r[2] == k) for k in NODE_TYPES_ZH}
        feedback.pushInfo(tr("{} nodes: {} pinch points, {} barriers, {} ridge crossings").format(
            len(rows), counts["pinch_point"], counts["barrier"], counts["ridge_crossing"]))
        style_on_load(context, dest, lambda lyr: nodes_renderer(), tr("Ecological nodes"))
        tsink, tdest, tfields = table_sink(
            self, parameters, self.TABLE, context,
            [("V", "long"), ("L", "long"), ("alpha", "double"), ("beta", "double"), ("gamma", "double"),
             ("n_pinch", "long"), ("n_barrier", "long"), ("n_ridge", "long")])
        if n_nodes is None or n_links is None:
            feedback.pushWarning(tr(
                "α, β and γ need the sources (or the corridors' from / to ids) and the corridors; left empty."))
            idx = {"alpha": float("nan"), "beta": float("nan"), "gamma": float("nan")}
        else:
            idx = connectivity.network_indices(n_links, n_nodes)
            if n_nodes < 3:
                feedback.pushWarning(tr("α and γ need at least 3 sources (V = {}).").format(n_nodes))
            feedback.pushInfo(tr("V = {}, L = {}: α = {:.4g}, β = {:.4g}, γ = {:.4g}").format(
                n_nodes, n_links, idx["alpha"], idx["beta"], idx["gamma"]))
        add_row(tsink, tfields, [n_nodes, n_links, idx["alpha"], idx["beta"], idx["gamma"],
                                 counts["pinch_point"], counts["barrier"], counts["ridge_crossing"]])
        feedback.setProgress(100)
        return {self.OUTPUT: dest, self.TABLE: tdest}
