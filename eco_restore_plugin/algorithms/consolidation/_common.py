"""Shared helpers of the land-consolidation algorithms (土地综合整治): vector reading, units,
spatial join by intersection area, checks and output fields. No algorithm class here."""
import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsRectangle,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ...core import consolidation as cc
from ...i18n import tr
from ...processing_helpers.tables import matrix_rows
from ...processing_helpers.grid import require_projected_source
from ...processing_helpers.params import UnitLayerParams
from ...processing_helpers.vector_io import attribute_float, attribute_value, feature_geometries, is_null, make_field
from ..base import EcoRestoreAlgorithm

#: overlap between two units larger than this (m²) is refused
UNIT_OVERLAP_TOLERANCE_M2 = 1.0


def field_index(source, name, label, numeric=False):
    idx = source.fields().lookupField(name) if name else -1
    if name and idx < 0:
        raise QgsProcessingException(tr("{}: field '{}' not found.").format(label, name))
    if idx >= 0 and numeric and not source.fields().at(idx).isNumeric():
        raise QgsProcessingException(tr("{}: field '{}' is not numeric.").format(label, name))
    return idx



def indexed_geometries(source, crs, context):
    """Non-null geometries of ``source`` transformed to ``crs``, and a spatial index of their
    positions in that list: ``(geoms, index)``."""
    geoms = []
    index = QgsSpatialIndex()
    for _, g in feature_geometries(source, crs, context):
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
        self.wkb_type = source.wkbType()
        self.keys, self.geoms, self.attrs = [], [], []
        seen = set()
        for f in source.getFeatures():
            key = f.attribute(kidx)
            if is_null(key) or str(key).strip() == "":
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
    return np.array([attribute_float(r[idx]) for r in rows], dtype=np.float64)


def parse_table(value, ncols, label):
    """Rows of a matrix parameter; numeric columns parsed with a clear message."""
    rows = matrix_rows(value, ncols)
    if not rows:
        raise QgsProcessingException(tr("{}: the table is empty.").format(label))
    return rows


def class_key(text):
    """Normalise a class key from a table or a field: '3', '3.0' and 3 -> 3; other text stays."""
    if is_null(text):
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


def write_features(sink, fields, geoms, base_rows, keep, new_rows, feedback=None):
    """Write features: kept base attributes + new values, in batches."""
    batch = []
    for g, base, new in zip(geoms, base_rows, new_rows):
        f = QgsFeature(fields)
        if g is not None:
            f.setGeometry(g)
        f.setAttributes([base[i] for i in keep] + [attribute_value(v) for v in new])
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
    return [make_field(prefix + "_hm2", "double"), make_field(prefix + "_mu", "double"),
            make_field(prefix + "_wanmu", "double")]


def grid_rect(rect, d):
    return QgsRectangle(rect.xMinimum() - d, rect.yMinimum() - d, rect.xMaximum() + d, rect.yMaximum() + d)


# --------------------------------------------------------------------------------------------
# Styling of vector outputs when QGIS loads them
# --------------------------------------------------------------------------------------------
#: consolidation type code -> fill colour
TYPE_COLOURS = {1: "#f2c14e", 2: "#d9534f", 3: "#5cb85c", 4: "#8e6cc0"}
PASS_COLOURS = {1: "#4daf4a", 0: "#e41a1c"}


# --------------------------------------------------------------------------------------------
# The parent of the consolidation algorithms
# --------------------------------------------------------------------------------------------
class ConsolidationAlgorithm(UnitLayerParams, EcoRestoreAlgorithm):
    """Parent of the land-consolidation algorithms: patches (``INPUT``) summed into planning units.

    It declares the unit layer (:meth:`add_unit_parameters`), reads it as :class:`Units`
    (:meth:`read_units`), and writes the patch output - the patch attributes plus the new fields -
    and the unit output - the unit polygons (multi-part) with their attributes plus the unit sums
    (:meth:`write_patches`, :meth:`write_units`). The child supplies its parameters and the formula.
    """

    GROUP = "consolidation"
    OUTPUT, OUTPUT_UNITS = "OUTPUT", "OUTPUT_UNITS"

    def add_unit_parameters(self, optional=False):
        self.add_unit_layer_parameters(
            tr("Consolidation units (villages or townships)"), tr("Unit name or code field"), optional=optional,
            help_texts=(tr("Polygons of the planning units (行政村 or 乡镇). They must not overlap. Their "
                           "attributes are copied to the unit output, so the outputs of the consolidation "
                           "algorithms can be chained on one unit layer."),
                        tr("A field whose value identifies each unit (unique, not empty).")))

    def read_units(self, parameters, context, crs, feedback):
        """The unit layer as :class:`Units` in ``crs`` (checked: projected, keys unique, no overlaps)."""
        source = self.parameterAsSource(parameters, self.UNITS, context)
        return Units(source, self.parameterAsString(parameters, self.UNIT_FIELD, context), crs, context, feedback)

    def write_patches(self, parameters, context, source, geoms, rows, new_fields, new_rows, name=None):
        """Write output ``name`` (default ``OUTPUT``): ``source``'s features with their attributes (fields
        of the same name as a new field replaced) and ``new_fields`` = ``new_rows``. Returns its id."""
        fields, keep = merged_fields(source.fields(), new_fields)
        sink, dest = self.parameterAsSink(parameters, name or self.OUTPUT, context, fields, source.wkbType(),
                                          source.sourceCrs())
        write_features(sink, fields, geoms, rows, keep, new_rows)
        return dest

    def write_units(self, parameters, context, units, crs, new_fields, new_rows):
        """Write ``OUTPUT_UNITS``: the unit polygons as multi-parts with their attributes and
        ``new_fields`` = ``new_rows`` (one row per unit). Returns its id."""
        fields, keep = merged_fields(units.fields, new_fields)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_UNITS, context, fields,
                                          QgsWkbTypes.multiType(units.wkb_type), crs)
        geoms = [QgsGeometry(g) for g in units.geoms]
        for g in geoms:
            g.convertToMultiType()
        write_features(sink, fields, geoms, units.attrs, keep, new_rows)
        return dest
