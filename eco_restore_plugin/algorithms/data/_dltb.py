"""Shared helpers of the DLTB algorithms (dltbimport, landusestructure): parameters, reading parcels."""
import os

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
    QgsVectorLayer,
)

from ...core import landuse_codes as L
from ...i18n import tr, tr_noop

#: the standard DLTB fields read (三调 数据库标准).
STANDARD_FIELDS = ("DLBM", "DLMC", "TBMJ", "TBDLMJ", "KCDLBM", "KCXS", "KCMJ", "ZLDWDM", "ZLDWMC",
                   "GDPDJB", "CZCSXM", "BSM")
UNKNOWN_CHOICES = [tr_noop("Refuse the layer (list the codes)"), tr_noop("Map to the class below"),
                   tr_noop("Leave out (nodata, not counted)")]

INPUT, ENCODING, FIELD_MAP = "INPUT", "ENCODING", "FIELD_MAP"
UNKNOWN, UNKNOWN_CLASS = "UNKNOWN", "UNKNOWN_CLASS"


def add_input_parameters(alg):
    p = QgsProcessingParameterFeatureSource(INPUT, tr("Land parcels DLTB (地类图斑)"),
                                            [QgsProcessing.TypeVectorPolygon])
    p.setHelp(tr("三调 or annual change-survey parcels: Shapefile, File GDB or GeoPackage, in a projected CRS."))
    alg.addParameter(p)
    p = QgsProcessingParameterString(ENCODING, tr("Shapefile encoding when there is no .cpg (e.g. GBK)"),
                                     "", optional=True)
    p.setHelp(tr("Only for a Shapefile without a .cpg file: the encoding of its .dbf (三调 data is usually GBK)."))
    alg.addParameter(p)
    p = QgsProcessingParameterString(FIELD_MAP, tr("Field mapping (standard=field, comma separated)"),
                                     "", optional=True)
    p.setHelp(tr("When the layer uses other field names, e.g. 'DLBM=地类编码, TBDLMJ=地类面积'. Standard "
                 "names: DLBM, DLMC, TBMJ, TBDLMJ, KCDLBM, KCXS, KCMJ, ZLDWDM, ZLDWMC, GDPDJB, CZCSXM, BSM."))
    alg.addParameter(p)
    p = QgsProcessingParameterEnum(UNKNOWN, tr("Parcels with a code outside the 三调 classification"),
                                   [tr(c) for c in UNKNOWN_CHOICES], defaultValue=0)
    p.setHelp(tr("Unknown DLBM codes are always listed with their parcel counts."))
    alg.addParameter(p)
    alg.addParameter(QgsProcessingParameterString(
        UNKNOWN_CLASS, tr("Class for unknown codes (三调 code)"), "1201", optional=True))


def unknown_class(alg, parameters, context):
    """The class for unknown codes, refused when it is not a 三调 code (whether or not it is used: a
    malformed value is a mistake the user should hear about before the parcels are read)."""
    text = alg.parameterAsString(parameters, UNKNOWN_CLASS, context)
    target = L.clean_code(text) if str(text or "").strip() else "1201"
    if L.dlbm_value(target) is None:
        raise QgsProcessingException(tr("'{}' ({}): '{}' is not a 三调 code (e.g. 1201 空闲地).").format(
            alg.parameterDefinition(UNKNOWN_CLASS).description(), UNKNOWN_CLASS, text))
    return target


def source_with_encoding(alg, parameters, context):
    """The input as a feature source; a Shapefile is re-opened with the given encoding. (The class for
    unknown codes is checked first, see :func:`unknown_class`.)"""
    unknown_class(alg, parameters, context)
    encoding = (alg.parameterAsString(parameters, ENCODING, context) or "").strip()
    layer = alg.parameterAsVectorLayer(parameters, INPUT, context)
    if encoding and layer is not None and layer.providerType() == "ogr":
        path = layer.source().split("|")[0]
        if path.lower().endswith(".shp"):
            clone = QgsVectorLayer(layer.source(), layer.name(), "ogr")
            clone.setProviderEncoding(encoding)
            if clone.isValid():
                alg._encoded_layer = clone          # keep it alive while the algorithm runs
                return clone
    source = alg.parameterAsSource(parameters, INPUT, context)
    if source is None:
        raise QgsProcessingException(tr("The DLTB parcel layer is missing or cannot be read."))
    return source


def field_names(alg, parameters, context, source):
    """{standard name: field name in the layer or None}; DLBM must be found."""
    text = alg.parameterAsString(parameters, FIELD_MAP, context) or ""
    mapping = {}
    for part in text.replace(";", ",").replace("，", ",").split(","):
        if not part.strip():
            continue
        if "=" not in part:
            raise QgsProcessingException(tr(
                "Field mapping '{}': write standard=field, e.g. DLBM=地类编码.").format(part.strip()))
        std, fld = [s.strip() for s in part.split("=", 1)]
        if std.upper() not in STANDARD_FIELDS:
            raise QgsProcessingException(tr("Field mapping: '{}' is not a standard DLTB field ({}).").format(
                std, ", ".join(STANDARD_FIELDS)))
        mapping[std.upper()] = fld
    names = [f.name() for f in source.fields()]
    upper = {n.upper(): n for n in names}
    out = {}
    for std in STANDARD_FIELDS:
        want = mapping.get(std, std)
        if want in names:
            out[std] = want
        elif want.upper() in upper:
            out[std] = upper[want.upper()]
        elif std in mapping:
            raise QgsProcessingException(tr("Field mapping: the layer has no field '{}'. Fields found: {}.").format(
                want, ", ".join(names)))
        else:
            out[std] = None
    if out["DLBM"] is None:
        raise QgsProcessingException(tr(
            "The layer has no land-class code field DLBM. Fields found: {}. Map the code field with "
            "the field mapping parameter, e.g. DLBM=地类编码.").format(", ".join(names) or tr("(none)")))
    return out


def _value(v):
    if v is None or (hasattr(v, "isNull") and v.isNull()):
        return None
    return v


def _floats(values):
    out = np.full(len(values), np.nan)
    for i, v in enumerate(values):
        try:
            out[i] = float(v) if v is not None and str(v).strip() != "" else np.nan
        except (TypeError, ValueError):
            out[i] = np.nan
    return out


def read_parcels(alg, source, fields, context, feedback, want_geometry=True, crs=None, repair=True):
    """Read the parcels: dict of lists/arrays (codes, raw, fields, geometries, ids) and the report.

    Invalid geometries are repaired (makeValid) and their ids reported; a geometry that stays
    invalid or empty is an error naming the ids.
    """
    from qgis.core import QgsCoordinateTransform, QgsFeatureRequest

    names = [f.name() for f in source.fields()]
    wanted = [n for n in fields.values() if n]
    request = QgsFeatureRequest().setSubsetOfAttributes([names.index(n) for n in wanted])
    if not want_geometry:
        request.setFlags(QgsFeatureRequest.NoGeometry)
    request.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
    xform = None
    if want_geometry and crs is not None and source.sourceCrs() != crs:
        xform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
    total = source.featureCount() or 0
    data = {k: [] for k in fields if fields[k]}
    geoms, ids, repaired, broken = [], [], [], []
    id_field = fields.get("BSM")
    columns = [(data[k], names.index(n)) for k, n in fields.items() if n]
    id_index = names.index(id_field) if id_field else -1
    for i, feat in enumerate(source.getFeatures(request)):
        if i % 5000 == 0:
            alg.check_cancel(feedback)
            if total:
                feedback.setProgress(30.0 * i / total)
        attrs = feat.attributes()
        for column, j in columns:
            column.append(_value(attrs[j]))
        fid = attrs[id_index] if id_index >= 0 else feat.id()
        ids.append(fid)
        if want_geometry:
            g = feat.geometry()
            if g is None or g.isNull() or g.isEmpty():
                broken.append(fid)
                geoms.append(None)
                continue
            if not g.isGeosValid():
                if not repair:
                    broken.append(fid)
                    geoms.append(None)
                    continue
                g = g.makeValid()
                if g.isNull() or g.isEmpty():
                    broken.append(fid)
                    geoms.append(None)
                    continue
                repaired.append(fid)
            if xform is not None:
                g.transform(xform)
            geoms.append(g)
    if not ids:
        raise QgsProcessingException(tr("The DLTB layer '{}' has no features.").format(source.sourceName()))
    report_geometries(feedback, broken, repaired)
    return {"data": data, "geoms": geoms, "ids": ids, "repaired": repaired}


def report_geometries(feedback, broken, repaired):
    """Refuse the layer naming the parcels whose geometry cannot be used; list the repaired ones."""
    if broken:
        raise QgsProcessingException(tr(
            "{} parcels have an empty or unrepairable geometry (ids: {}). Fix them (Vector > Geometry "
            "tools > Fix geometries) and run again.").format(len(broken), ", ".join(map(str, broken[:20]))))
    if repaired:
        feedback.pushWarning(tr("{} invalid geometries repaired (ids: {}).").format(
            len(repaired), ", ".join(map(str, repaired[:20]))))


def resolve_codes(alg, parameters, context, feedback, raw):
    """Clean codes per parcel; unknown codes refused, mapped or left out (None) by parameter."""
    index, inv = {}, []
    for r in raw:                       # few distinct values: clean each once
        inv.append(index.setdefault((type(r), r), len(index)))
    counts = np.bincount(np.asarray(inv, dtype=np.int64), minlength=len(index)) if inv else []
    clean, unknown = resolve_unique(alg, parameters, context, feedback, [r for _, r in index], counts)
    return [clean[i] for i in inv], unknown


def resolve_unique(alg, parameters, context, feedback, values, counts):
    """Clean code (or None: left out) of each distinct raw DLBM value and ``{unknown code: parcels}``;
    unknown codes refused, mapped or left out by parameter."""
    clean = [L.clean_code(v) for v in values]
    distinct = {}
    for c, n in zip(clean, counts):
        distinct[c] = distinct.get(c, 0) + int(n)
    unknown = {c: n for c, n in sorted(distinct.items(), key=lambda kv: (-kv[1], kv[0]))
               if L.dlbm_value(c) is None}
    if not unknown:
        return clean, unknown
    listing = ", ".join("'{}' ×{}".format(c or tr("(empty)"), n) for c, n in list(unknown.items())[:30])
    mode = alg.parameterAsEnum(parameters, UNKNOWN, context)
    if mode == 0:
        raise QgsProcessingException(tr(
            "'{}' ({}): DLBM codes outside the 三调 classification (code × parcels): {}. Correct them, map "
            "them to a class or leave them out with the parameter 'Parcels with a code outside the 三调 "
            "classification'.").format(alg.parameterDefinition(INPUT).description(), INPUT, listing))
    if mode == 1:
        target = unknown_class(alg, parameters, context)
        feedback.pushWarning(tr("Unknown codes mapped to {}: {}").format(target, listing))
        return [target if c in unknown else c for c in clean], unknown
    feedback.pushWarning(tr("Unknown codes left out: {}").format(listing))
    return [None if c in unknown else c for c in clean], unknown


def require_projected_source(source, what):
    crs = source.sourceCrs()
    if not crs.isValid():
        raise QgsProcessingException(tr("{} has no coordinate reference system. Set its CRS "
                                        "(CGCS2000 3-degree Gauss-Kruger) first.").format(what))
    if crs.isGeographic():
        raise QgsProcessingException(tr(
            "{} is in a geographic CRS ({}); areas and cells need metres. Reproject it to a projected "
            "CRS, e.g. CGCS2000 / 3-degree Gauss-Kruger (EPSG:4513-4554), and run again.").format(
                what, crs.authid() or crs.description()))


def output_base(path):
    return os.path.splitext(path)[0]
