"""Shared helpers of the land-consolidation algorithms (土地综合整治): vector reading, units,
spatial join by intersection area, checks and output fields. No algorithm class here."""
import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsRectangle,
    QgsSpatialIndex,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core import consolidation as cc
from ...i18n import tr
from ...processing_helpers.styles import style_on_load
from ...processing_helpers.tables import matrix_rows
from ...processing_helpers.vector_io import attribute_float

UNITS, UNIT_FIELD = "UNITS", "UNIT_FIELD"
#: overlap between two units larger than this (m²) is refused
UNIT_OVERLAP_TOLERANCE_M2 = 1.0


def add_unit_parameters(alg, optional=False):
    p = QgsProcessingParameterFeatureSource(
        UNITS, tr("Consolidation units (villages or townships)"),
        [QgsProcessing.TypeVectorPolygon], optional=optional)
    p.setHelp(tr("Polygons of the planning units (行政村 or 乡镇). They must not overlap. Their "
                 "attributes are copied to the unit output, so the outputs of the consolidation "
                 "algorithms can be chained on one unit layer."))
    alg.addParameter(p)
    p = QgsProcessingParameterField(UNIT_FIELD, tr("Unit name or code field"), parentLayerParameterName=UNITS,
                                    optional=optional)
    p.setHelp(tr("A field whose value identifies each unit (unique, not empty)."))
    alg.addParameter(p)


def require_projected_source(source, label):
    """Refuse a vector source in a geographic CRS (areas in degrees are meaningless)."""
    if source is None:
        raise QgsProcessingException(tr("{}: the layer is missing or cannot be read.").format(label))
    crs = source.sourceCrs()
    if crs.isValid() and crs.isGeographic():
        raise QgsProcessingException(tr(
            "{} is in a geographic CRS ({}), but this algorithm measures areas. Reproject it to a "
            "projected CRS in metres (e.g. CGCS2000 / 3-degree Gauss-Kruger) first."
        ).format(label, crs.authid() or crs.description()))


def field_index(source, name, label, numeric=False):
    idx = source.fields().lookupField(name) if name else -1
    if name and idx < 0:
        raise QgsProcessingException(tr("{}: field '{}' not found.").format(label, name))
    if idx >= 0 and numeric and not source.fields().at(idx).isNumeric():
        raise QgsProcessingException(tr("{}: field '{}' is not numeric.").format(label, name))
    return idx


value_or_nan = attribute_float


def indexed_geometries(source, crs, context):
    """Non-null geometries of ``source`` transformed to ``crs``, and a spatial index of their
    positions in that list: ``(geoms, index)``."""
    xform = None
    if source.sourceCrs() != crs:
        xform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
    geoms = []
    index = QgsSpatialIndex()
    for f in source.getFeatures():
        g = QgsGeometry(f.geometry())
        if g.isNull():
            continue
        if xform is not None:
            g.transform(xform)
        index.addFeature(len(geoms), g.boundingBox())
        geoms.append(g)
    return geoms, index


class Units:
    """Unit polygons in the target CRS with a spatial index, overlap-checked."""

    def __init__(self, source, key_field, target_crs, context, feedback, label=None):
        label = label or tr("Consolidation units")
        require_projected_source(source, label)
        kidx = field_index(source, key_field, label)
        if kidx < 0:
            raise QgsProcessingException(tr("Choose the unit name or code field."))
        xform = None
        if target_crs is not None and target_crs.isValid() and source.sourceCrs() != target_crs:
            xform = QgsCoordinateTransform(source.sourceCrs(), target_crs, context.transformContext())
        self.fields = source.fields()
        self.keys, self.geoms, self.attrs = [], [], []
        seen = set()
        for f in source.getFeatures():
            key = f.attribute(kidx)
            if key is None or (hasattr(key, "isNull") and key.isNull()) or str(key).strip() == "":
                raise QgsProcessingException(tr("{}: feature {} has no value in field '{}'.").format(
                    label, f.id(), key_field))
            key = str(key)
            if key in seen:
                raise QgsProcessingException(tr(
                    "{}: the unit '{}' appears more than once. Dissolve the units by '{}' first.").format(
                        label, key, key_field))
            seen.add(key)
            g = QgsGeometry(f.geometry())
            if g.isNull() or g.isEmpty():
                raise QgsProcessingException(tr("{}: unit '{}' has no geometry.").format(label, key))
            if xform is not None:
                g.transform(xform)
            self.keys.append(key)
            self.geoms.append(g)
            self.attrs.append(f.attributes())
        if not self.keys:
            raise QgsProcessingException(tr("{}: the layer has no features.").format(label))
        self.index = QgsSpatialIndex()
        for i, g in enumerate(self.geoms):
            self.index.addFeature(i, g.boundingBox())
        self.engines = []
        for g in self.geoms:
            e = QgsGeometry.createGeometryEngine(g.constGet())
            e.prepareGeometry()
            self.engines.append(e)
        self.areas_m2 = np.array([g.area() for g in self.geoms])
        self._check_overlaps(label)

    def __len__(self):
        return len(self.keys)

    def _check_overlaps(self, label):
        for i, g in enumerate(self.geoms):
            for j in self.index.intersects(g.boundingBox()):
                if j <= i or not self.engines[i].intersects(self.geoms[j].constGet()):
                    continue
                inter = g.intersection(self.geoms[j])
                a = inter.area() if inter and not inter.isNull() else 0.0
                if a > UNIT_OVERLAP_TOLERANCE_M2:
                    raise QgsProcessingException(tr(
                        "{}: units '{}' and '{}' overlap by {:.1f} m². Units must not overlap; fix "
                        "the unit layer (e.g. Vector > Geometry Tools > Check Validity, or dissolve)."
                    ).format(label, self.keys[i], self.keys[j], a))

    def assign(self, geoms, feedback=None, start=0.0, end=100.0, cancel=None):
        """Unit index (−1 outside) of each geometry: the unit holding the point, or the largest
        intersection area for lines and polygons."""
        out = np.full(len(geoms), -1, dtype=np.int64)
        n = max(len(geoms), 1)
        step = max(n // 100, 1)
        for k, g in enumerate(geoms):
            if k % step == 0:
                if cancel is not None:
                    cancel()
                if feedback is not None:
                    feedback.setProgress(start + (end - start) * k / n)
            if g is None or g.isNull() or g.isEmpty():
                continue
            cand = self.index.intersects(g.boundingBox())
            if not cand:
                continue
            cg = g.constGet()
            if g.type() == QgsWkbTypes.PointGeometry:
                for j in cand:
                    if self.engines[j].intersects(cg):
                        out[k] = j
                        break
                continue
            best, best_a = -1, 0.0
            for j in cand:
                e = self.engines[j]
                if e.contains(cg):
                    best = j
                    break
                if not e.intersects(cg):
                    continue
                inter = g.intersection(self.geoms[j])
                a = inter.area() if inter and not inter.isNull() else 0.0
                if a > best_a:
                    best, best_a = j, a
            out[k] = best
        return out


def read_features(source, label, feedback=None, cancel=None, attrs=None):
    """(ids, geometries, attribute lists) of every feature of ``source``."""
    ids, geoms, rows = [], [], []
    req = QgsFeatureRequest()
    total = source.featureCount() or 0
    step = max(total // 50, 1000)
    for k, f in enumerate(source.getFeatures(req)):
        if cancel is not None and k % step == 0:
            cancel()
        ids.append(f.id())
        geoms.append(f.geometry())
        rows.append(f.attributes())
    if not ids:
        raise QgsProcessingException(tr("{}: the layer has no features.").format(label))
    return ids, geoms, rows


def numeric_column(rows, idx):
    if idx < 0:
        return None
    return np.array([value_or_nan(r[idx]) for r in rows], dtype=np.float64)


def parse_table(value, ncols, label):
    """Rows of a matrix parameter; numeric columns parsed with a clear message."""
    rows = matrix_rows(value, ncols)
    if not rows:
        raise QgsProcessingException(tr("{}: the table is empty.").format(label))
    return rows


def class_key(text):
    """Normalise a class key from a table or a field: '3', '3.0' and 3 -> 3; other text stays."""
    if text is None:
        return None
    if hasattr(text, "isNull") and text.isNull():
        return None
    s = str(text).strip()
    if s == "" or s.upper() == "NULL":
        return None
    try:
        f = float(s)
        if np.isfinite(f) and f == int(f):
            return int(f)
        return f
    except ValueError:
        return s


def describe_ids(ids, limit=10):
    ids = list(ids)
    text = ", ".join(str(i) for i in ids[:limit])
    return text + (" …" if len(ids) > limit else "")


# --------------------------------------------------------------------------------------------
# Output fields
# --------------------------------------------------------------------------------------------
def fdouble(name):
    return QgsField(name, QVariant.Double, "double")


def fint(name):
    return QgsField(name, QVariant.Int, "integer")


def fstr(name, length=254):
    return QgsField(name, QVariant.String, "string", length)


def merged_fields(base_fields, new_fields):
    """``base_fields`` without the names in ``new_fields`` (replaced), then ``new_fields``."""
    new_names = {f.name().lower() for f in new_fields}
    out = QgsFields()
    keep = []
    for i, f in enumerate(base_fields):
        if f.name().lower() not in new_names and f.name().lower() != "fid":
            out.append(f)
            keep.append(i)
    for f in new_fields:
        out.append(f)
    return out, keep


def clean(v):
    """Python value for an attribute: numpy scalars to float/int, NaN to None."""
    if isinstance(v, (np.floating, float)):
        return None if not np.isfinite(v) else float(v)
    if isinstance(v, (np.integer,)):
        return int(v)
    if isinstance(v, (np.bool_,)):
        return int(bool(v))
    return v


def write_features(sink, fields, geoms, base_rows, keep, new_rows, feedback=None):
    """Write features: kept base attributes + new values, in batches."""
    batch = []
    for g, base, new in zip(geoms, base_rows, new_rows):
        f = QgsFeature(fields)
        if g is not None:
            f.setGeometry(g)
        f.setAttributes([base[i] for i in keep] + [clean(v) for v in new])
        batch.append(f)
        if len(batch) >= 5000:
            sink.addFeatures(batch, QgsFeatureSink.FastInsert)
            batch = []
    if batch:
        sink.addFeatures(batch, QgsFeatureSink.FastInsert)


def area_columns(prefix, hm2):
    """[hm², 亩, 万亩] values for one area (hectares)."""
    return [hm2, float(cc.hm2_to_mu(hm2)), float(cc.hm2_to_wanmu(hm2))]


def area_fields(prefix):
    """Fields ``<prefix>_hm2``, ``<prefix>_mu``, ``<prefix>_wanmu``."""
    return [fdouble(prefix + "_hm2"), fdouble(prefix + "_mu"), fdouble(prefix + "_wanmu")]


def grid_rect(rect, d):
    return QgsRectangle(rect.xMinimum() - d, rect.yMinimum() - d, rect.xMaximum() + d, rect.yMaximum() + d)


def table_value(alg, parameters, name):
    """A matrix parameter's value, or its default when omitted (the matrix parameters are marked
    optional because QGIS 3.22 does not fall back to a matrix default by itself)."""
    return alg.table_value(parameters, name)   # EcoRestoreAlgorithm.table_value: also refuses an empty table


# --------------------------------------------------------------------------------------------
# Styling of vector outputs when QGIS loads them
# --------------------------------------------------------------------------------------------
#: consolidation type code -> fill colour
TYPE_COLOURS = {1: "#f2c14e", 2: "#d9534f", 3: "#5cb85c", 4: "#8e6cc0"}
#: grade code (1 = highest) -> fill colour
GRADE_COLOURS = {1: "#b2182b", 2: "#ef8a62", 3: "#fddbc7", 4: "#d1e5f0", 5: "#67a9cf",
                 6: "#2166ac", 7: "#053061", 8: "#4d4d4d", 9: "#999999"}
PASS_COLOURS = {1: "#4daf4a", 0: "#e41a1c"}


def categorized_renderer(field, classes):
    """A categorized polygon renderer on ``field``: ``classes`` = [(value, colour, label)]."""
    from qgis.core import QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsRendererCategory

    cats = []
    for value, colour, text in classes:
        sym = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#404040", "outline_width": "0.2"})
        cats.append(QgsRendererCategory(value, sym, text))
    return QgsCategorizedSymbolRenderer(field, cats)


def style_categories_on_load(context, dest_id, field, classes):
    """Style output ``dest_id`` by categories of ``field`` when it is loaded on completion."""
    def factory(layer):
        if layer.fields().lookupField(field) < 0:
            return None
        return categorized_renderer(field, classes)

    style_on_load(context, dest_id, factory)
