"""The planning database (规划数据库) shared by its export and its checker: the schema file, the three
formats and the CRS rule (docs/DATABASE.md)."""
import json
import os
from contextlib import contextmanager

from qgis.core import QgsProcessingException

from ...i18n import tr, tr_noop
from ...paths import resource_path

#: the schema shipped with the plugin
DEFAULT_SCHEMA = resource_path("schema", "planning_db.json")

#: (label, OGR driver, extension) of the formats; index = the FORMAT parameter
FORMATS = [(tr_noop("GeoPackage (.gpkg)"), "GPKG", ".gpkg"),
           (tr_noop("Shapefile set (a folder of .shp)"), "ESRI Shapefile", ""),
           (tr_noop("File geodatabase (.gdb, GDAL OpenFileGDB)"), "OpenFileGDB", ".gdb")]

#: the checker's rules: code -> Chinese name (shown in the report)
RULES = [("R1", "图层存在"), ("R2", "坐标系为CGCS2000 3度分带高斯-克吕格投影"), ("R3", "几何有效"),
         ("R4", "无重叠"), ("R5", "必填字段存在"), ("R6", "必填字段已填写"), ("R7", "代码在代码表内"),
         ("R8", "面积MJ与图形面积一致")]

KEYS = ("version", "crs", "common_fields", "layers")


def load_schema(path=None):
    """The schema dict from ``path`` (the shipped one when empty), checked for the keys the export and
    the checker use; a clear message for a file that is not such a schema."""
    path = path or DEFAULT_SCHEMA
    if not os.path.isfile(path):
        raise QgsProcessingException(tr("Schema file '{}' not found: give a schema JSON file or leave the "
                                        "parameter empty for the shipped one.").format(path))
    try:
        with open(path, encoding="utf-8") as f:
            schema = json.load(f)
    except (OSError, ValueError) as exc:
        raise QgsProcessingException(tr("Cannot read the schema file '{}' as JSON ({}): give a schema like "
                                        "resources/schema/planning_db.json.").format(path, exc))
    missing = [k for k in KEYS if not isinstance(schema, dict) or k not in schema]
    if missing:
        raise QgsProcessingException(tr("The schema file '{}' lacks the key(s) {}: give a schema like "
                                        "resources/schema/planning_db.json.").format(path, ", ".join(missing)))
    for lyr in schema["layers"]:
        if not all(k in lyr for k in ("source", "name", "alias", "ysdm", "geometry", "fields")):
            raise QgsProcessingException(tr("The schema file '{}': layer entry {} lacks one of source, name, "
                                            "alias, ysdm, geometry, fields.").format(path, lyr.get("name")))
    return schema


def common_fields(schema, geometry):
    """The common fields a layer of ``geometry`` carries (MJ for polygons only)."""
    return [c for c in schema["common_fields"] if geometry == "polygon" or not c.get("polygons_only")]


def format_of(path):
    """Index into FORMATS of an existing database at ``path``, or None."""
    low = path.lower().rstrip("/\\")
    if low.endswith(".gpkg") and os.path.isfile(path):
        return 0
    if low.endswith(".gdb") and os.path.isdir(path):
        return 2
    if os.path.isdir(path):
        return 1
    return None


def open_database(path):
    """The database at ``path`` (a .gpkg, a .gdb folder or a folder of shapefiles) opened read-only."""
    from osgeo import gdal

    kind = format_of(path) if path else None
    if kind is None:
        raise QgsProcessingException(tr(
            "'{}' is not a planning database: give a GeoPackage (.gpkg), a File geodatabase (.gdb folder) or "
            "a folder of shapefiles.").format(path))
    try:
        ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=[FORMATS[kind][1]])
    except RuntimeError:
        ds = None
    if ds is None:
        raise QgsProcessingException(tr("Cannot read the database '{}' ({}): it is damaged or not of that "
                                        "format.").format(path, tr(FORMATS[kind][0])))
    return ds, kind


def epsg_of(srs):
    """The EPSG code of an OGR spatial reference (identified by its definition when it carries no
    authority, e.g. a .prj), or None."""
    if srs is None:
        return None
    code = srs.GetAuthorityCode(None)
    if code is None:
        try:
            matches = srs.FindMatches()
        except RuntimeError:
            matches = []
        for m, confidence in matches:
            if confidence >= 90 and m.GetAuthorityCode(None):
                code = m.GetAuthorityCode(None)
                break
    try:
        return int(code) if code is not None else None
    except ValueError:
        return None


def crs_ok(schema, epsg):
    """True when ``epsg`` is in one of the schema's CRS ranges (CGCS2000 3-degree Gauss-Krüger)."""
    return epsg is not None and any(lo <= epsg <= hi for lo, hi in schema["crs"]["epsg_ranges"])


def layer_names(ds):
    return [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]


def find_layer(ds, name):
    """The layer ``name`` of ``ds`` (case-insensitive: File GDB and shapefiles keep their own case)."""
    for i in range(ds.GetLayerCount()):
        lyr = ds.GetLayer(i)
        if lyr.GetName().lower() == name.lower():
            return lyr
    return None


@contextmanager
def shape_encoding(value):
    """GDAL's SHAPE_ENCODING set to ``value`` (None: the .cpg decides) while writing or reading shapefiles:
    QGIS sets it to "" (no recoding) once it has opened a layer, which would write UTF-8 bytes under a GBK
    .cpg and read GBK bytes as UTF-8."""
    from osgeo import gdal

    old = gdal.GetConfigOption("SHAPE_ENCODING")
    gdal.SetConfigOption("SHAPE_ENCODING", value)
    try:
        yield
    finally:
        gdal.SetConfigOption("SHAPE_ENCODING", old)


def field_reader(defn, i):
    """A function ``feature -> value of field i`` (None when unset or null) that calls the getter of the field's
    type directly: ``Feature.GetField`` checks the index, the type and the subtype on every call, which was a
    quarter of the time of exporting and checking the 2000² demo's 500,000 features. Values are those of
    ``GetField``: booleans, lists and dates go through it; a string that is not UTF-8 comes back as bytes."""
    from osgeo import ogr

    fd = defn.GetFieldDefn(i)
    get = {ogr.OFTInteger: "GetFieldAsInteger", ogr.OFTInteger64: "GetFieldAsInteger64",
           ogr.OFTReal: "GetFieldAsDouble", ogr.OFTString: "GetFieldAsString"}.get(fd.GetType(), "GetField")
    if fd.GetSubType() == ogr.OFSTBoolean:
        get = "GetField"

    def read(feat):
        if not feat.IsFieldSetAndNotNull(i):
            return None
        try:
            return getattr(feat, get)(i)
        except UnicodeDecodeError:
            return feat.GetFieldAsBinary(i)
    return read
