"""Shared pieces of the restoration-zoning algorithms (修复分区): input codings, unit adjacency, the
classes and colours of the outputs. No algorithm here (the control lines: processing_helpers.params)."""
import numpy as np
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsSpatialIndex,
)

from ...core import zoning
from ...i18n import tr, tr_noop
from ...processing_helpers.styles import ZONE_COLOURS
from ...processing_helpers.tables import matrix_rows
from ...processing_helpers.vector_io import make_field

#: degradation codings accepted (the assessment writes one of them).
DEGRADATION_CODINGS = [
    tr_noop("0 none, 1 light, 2 moderate, 3 severe"),
    tr_noop("1 none, 2 light, 3 moderate, 4 severe (0 = nodata)"),
]

MODE_CLASSES = {
    1: ("#1a9641", "保护保育 Conservation"),
    2: ("#a6d96a", "自然恢复 Natural recovery"),
    3: ("#fdae61", "辅助再生 Assisted regeneration"),
    4: ("#d7191c", "生态重建 Reconstruction"),
}
SPACE_CLASSES = {
    1: ("#4dac26", "生态空间 Ecological space"),
    2: ("#f1d54b", "农业空间 Agricultural space"),
    3: ("#d01c8b", "城镇空间 Urban space"),
}
CONFLICT_COLOURS = {1: "#b8e186", 2: "#7fbc41", 3: "#fee08b", 4: "#f46d43", 5: "#d73027",
                    6: "#762a83", 7: "#9970ab", 8: "#c2a5cf"}
PALETTE = ["#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f", "#e5c494",
           "#b3b3b3", "#1b9e77", "#d95f02", "#7570b3", "#e7298a"]
PROJECT_COLOURS = {1: "#8c510a", 2: "#dfc27d", 3: "#35978f", 4: "#1b7837", 5: "#2166ac",
                   6: "#c51b7d", 7: "#fee08b"}


def degradation_coding_parameter(name):
    p = QgsProcessingParameterEnum(name, tr("Degradation coding"),
                                   [tr(s) for s in DEGRADATION_CODINGS], defaultValue=1)
    p.setHelp(tr("How the degradation raster is coded. The zoning works with 0 none to 3 severe; "
                 "the second coding is shifted down by one."))
    return p


def degradation_codes(block, coding):
    """Degradation block in the 0-3 coding (NaN stays NaN)."""
    if block is None:
        return None
    return block - 1.0 if coding == 1 else block


def vector_adjacency(geoms, feedback=None, start=0.0, end=100.0):
    """Rook adjacency of polygons: (edges (m, 2) int array, shared boundary lengths).

    Two units are adjacent when their boundaries share a line of length > 0 (a shared corner
    alone does not count, so dissolved zones are single polygons).
    """
    from qgis.core import QgsFeature

    index = QgsSpatialIndex()
    boxes = []
    for i, g in enumerate(geoms):
        boxes.append(g.boundingBox())
        f = QgsFeature(i)
        f.setGeometry(g)
        index.addFeature(f)
    edges, shared = [], []
    n = len(geoms)
    bounds = [g.constGet().boundary() if g.constGet() is not None else None for g in geoms]
    engines = []
    for g in geoms:
        eng = QgsGeometry.createGeometryEngine(g.constGet())
        eng.prepareGeometry()
        engines.append(eng)
    for i in range(n):
        if feedback is not None:
            if feedback.isCanceled():
                from ...processing_helpers.feedback import Cancelled
                raise Cancelled()
            if i % 200 == 0:
                feedback.setProgress(start + (end - start) * i / max(1, n))
        bi = bounds[i]
        if bi is None:
            continue
        box = boxes[i]
        for j in index.intersects(box):
            if j <= i or bounds[j] is None:
                continue
            if not engines[i].intersects(geoms[j].constGet()):
                continue
            inter = QgsGeometry(bi.clone()).intersection(QgsGeometry(bounds[j].clone()))
            length = inter.length() if not inter.isEmpty() else 0.0
            if length > 1e-9 * max(1.0, box.width() + box.height()):
                edges.append((i, j))
                shared.append(length)
    return np.array(edges, np.int64).reshape(-1, 2), np.array(shared, float)


def zone_categories(names):
    """{zone type: (colour, label)} for the zone types used (known types keep their colour)."""
    out = {}
    k = 0
    for name in names:
        if name in ZONE_COLOURS:
            out[name] = (ZONE_COLOURS[name], name)
        else:
            out[name] = (PALETTE[k % len(PALETTE)], name)
            k += 1
    return out


def mode_name(code):
    return zoning.MODE_NAMES.get(int(code)) if code is not None and np.isfinite(code) else None


def warn_degradation_coding(layer, coding, feedback):
    """Warn when a degradation raster looks coded 1-4 (nodata 0, as the assessment writes it) but
    the 0-3 coding is chosen: its grades would be read one step too severe."""
    from ...processing_helpers.grid import open_raster
    if layer is None or coding != 0 or feedback is None:
        return
    ds = open_raster(layer)  # keep the dataset alive while its band is read
    nodata = ds.GetRasterBand(1).GetNoDataValue()
    ds = None
    if nodata is not None and nodata == 0:
        feedback.pushWarning(tr(
            "The degradation raster uses 0 as nodata, like the 1-4 coding of the assessment "
            "(1 none ... 4 severe), but the 0-3 coding is chosen. Check the degradation coding."))


class Rules:
    """Parsed zoning rules with compiled QGIS expressions."""

    def __init__(self, value, sea=False):
        rows = matrix_rows(value, 5)
        if not rows:
            raise QgsProcessingException(tr("The sea zoning rules table is empty.") if sea else
                                         tr("The zoning rules table is empty."))
        self.rows = []
        for i, (name, control, cond, problems, measures) in enumerate(rows):
            if not name:
                raise QgsProcessingException(tr("Zoning rule {}: the zone type is empty.").format(i + 1))
            expr = QgsExpression(cond or "TRUE")
            if expr.hasParserError():
                raise QgsProcessingException(tr("Zoning rule {} ({}): the condition '{}' is not a "
                                                "valid expression: {}").format(
                    i + 1, name, cond, expr.parserErrorString()))
            self.rows.append((name, control, expr, problems, measures))

    def prepare(self, fields, feedback=None):
        """Fields referenced by the rules but absent from ``fields`` are taken as empty (NULL),
        with a warning; returns the extended fields the features are evaluated with."""
        self.fields = QgsFields(fields)
        missing = []
        for _, _, expr, _, _ in self.rows:
            for col in sorted(expr.referencedColumns()):
                if col and col != QgsFeatureRequest.ALL_ATTRIBUTES and \
                        self.fields.lookupField(col) < 0 and col not in missing:
                    missing.append(col)
        for col in missing:
            self.fields.append(make_field(col, "double"))
        self.n_extra = len(missing)
        if missing and feedback is not None:
            feedback.pushWarning(tr("The zoning rules use field(s) the units do not have; they are "
                                    "taken as empty: {}").format(", ".join(missing)))
        return self.fields

    def classify(self, feature, fields=None):
        """Index of the first rule whose condition holds (−1: none)."""
        fields = fields if fields is not None else self.fields
        f = QgsFeature(fields)
        attrs = list(feature.attributes())
        f.setAttributes(attrs + [None] * (fields.count() - len(attrs)))
        ctx = QgsExpressionContext()
        ctx.setFields(fields)
        ctx.setFeature(f)
        for i, (name, _, expr, _, _) in enumerate(self.rows):
            value = expr.evaluate(ctx)
            if expr.hasEvalError():
                raise QgsProcessingException(tr("Zoning rule {} ({}): {}").format(
                    i + 1, name, expr.evalErrorString()))
            if value not in (None, False, 0, "") and not (hasattr(value, "isNull") and value.isNull()) \
                    and str(value) != "NULL":
                return i
        return -1
