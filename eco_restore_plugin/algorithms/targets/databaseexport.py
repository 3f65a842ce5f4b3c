"""Planning database export (规划数据库导出): the planning GeoPackage renamed to a declared schema, as
GeoPackage, Shapefile set or File geodatabase, with a metadata table (docs/DATABASE.md)."""
import datetime
import os
import re
import shutil
import uuid
from array import array

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...i18n import tr
from ..base import EcoRestoreAlgorithm
from . import _database as DB
from . import _database_rtree as RT

#: metadata table (元数据) fields: name, type, width
META_FIELDS = [("TCMC", "string", 30), ("TCBM", "string", 100), ("YTCMC", "string", 60), ("YSDM", "string", 10),
               ("YSSL", "int", 10), ("ZBXT", "string", 100), ("SCRQ", "string", 20), ("LYSF", "string", 60),
               ("MSBB", "string", 20), ("XZQDM", "string", 12), ("XZQMC", "string", 100), ("XFJH", "int", 10)]


def _ogr_type(kind):
    from osgeo import ogr

    return {"int": ogr.OFTInteger, "long": ogr.OFTInteger64, "double": ogr.OFTReal, "date": ogr.OFTDate
            }.get(kind, ogr.OFTString)


def _field_defn(field, shapefile):
    from osgeo import ogr

    fd = ogr.FieldDefn(field["name"], _ogr_type(field["type"]))
    if field["type"] in ("string", "double"):
        fd.SetWidth(int(field.get("length") or 0))
    if field["type"] == "double":
        fd.SetPrecision(int(field.get("precision") or 0))
    if not shapefile and field.get("alias"):
        fd.SetAlternativeName(field["alias"])
    return fd


#: the envelope OGR gives an empty geometry
_NOWHERE = (0.0, 0.0, 0.0, 0.0)


def _polygons_only(geom):
    """``geom`` as a multipolygon (the polygon parts of a collection left by a repair)."""
    from osgeo import ogr

    flat = ogr.GT_Flatten(geom.GetGeometryType())
    if flat == ogr.wkbMultiPolygon:
        return geom                           # polygons only already (no copy part by part)
    out = ogr.Geometry(ogr.wkbMultiPolygon)
    if flat == ogr.wkbPolygon:
        out.AddGeometry(geom)
    elif flat in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
        for i in range(geom.GetGeometryCount()):
            part = geom.GetGeometryRef(i)
            if ogr.GT_Flatten(part.GetGeometryType()) in (ogr.wkbPolygon, ogr.wkbMultiPolygon):
                sub = _polygons_only(part)
                for k in range(sub.GetGeometryCount()):
                    out.AddGeometry(sub.GetGeometryRef(k))
    return out


def _extra_name(name, taken):
    std = re.sub(r"[^A-Z0-9_]", "", name.upper()) or "ZD"
    std = ("ZD" + std if not std[0].isalpha() else std)[:10]
    base, k = std, 1
    while std in taken:
        std, k = "{}{:02d}".format(base[:8], k), k + 1
    taken.add(std)
    return std


class DatabaseExport(EcoRestoreAlgorithm):
    NAME = "databaseexport"
    GROUP = "targets"
    DISPLAY = "Planning database export (规划数据库导出)"
    TAGS = "database,schema,export,GeoPackage,Shapefile,File GDB,FileGDB,数据库,成果数据库,规划数据库,元数据,BSM,YSDM"
    HELP = (
        "Writes the planning database in the layer and field conventions of a declared schema (the shipped "
        "resources/schema/planning_db.json, or your own): each layer of the planning GeoPackage gets its "
        "standard name (e.g. STBHHX for the ecological red line, STWTTB for the problem patches), its Chinese "
        "alias and its feature code 要素代码; each feature gets 标识码 BSM (unique in the database), 要素代码 "
        "YSDM, 行政区代码 XZQDM and 名称 XZQMC (the parameters) and, for polygons, 面积 MJ in hm² (planar area "
        "of the geometry in the layer's projected CRS); the layer's own fields are kept under their schema "
        "names (at most 10 characters, so the Shapefile set carries them unchanged). A metadata table "
        "(元数据, YSJ) lists each layer: alias, feature count, CRS, date, source algorithm, schema version. "
        "Formats: GeoPackage, a folder of shapefiles (GBK or UTF-8, with a .cpg) or a File geodatabase (GDAL's "
        "OpenFileGDB driver, GDAL 3.6 or later). The input GeoPackage is only read. Nothing is reprojected "
        "unless a target EPSG code is given; the CRS rule (CGCS2000 3-degree Gauss-Krüger, EPSG 4513-4554) is "
        "checked by 'Planning database check'. Invalid polygons are repaired (GEOS make-valid, polygon parts "
        "kept) when asked, and counted in the log and the metadata. A GeoPackage gets a default style per layer "
        "(the planning colours, Chinese field aliases). Layers of the GeoPackage the schema does "
        "not list are named in the log and left out; where each rule comes from: docs/DATABASE.md.")
    PARAM_HELP = {
        "INPUT": "The planning GeoPackage (e.g. demo_output/planning.gpkg); it is only read.",
        "SCHEMA": ("Optional schema JSON; empty = the shipped resources/schema/planning_db.json (the plugin's "
                   "layers; docs/DATABASE.md)."),
        "LAYERS": ("Optional layers to export, separated by commas: plugin names (problem_patches) or standard "
                   "names (STWTTB). Empty = every layer of the schema that the GeoPackage holds."),
        "XZQDM": ("行政区代码 written to every feature: 6 digits (county, GB/T 2260), 9 (township) or 12 (village, "
                  "the statistical division code)."),
        "XZQMC": "行政区名称 written to every feature, e.g. 示例县.",
        "FORMAT": "GeoPackage (default), Shapefile set (a folder) or File geodatabase (.gdb).",
        "TARGET_EPSG": ("Optional EPSG code to reproject every layer to (e.g. 4546, CGCS2000 3-degree GK CM "
                        "111E). 0 (default) = keep each layer's CRS; the log says which layers are not in a "
                        "CGCS2000 3-degree Gauss-Krüger CRS."),
        "FIX_GEOMETRIES": ("Repair invalid polygons (GEOS make-valid, polygon parts kept) and count them. "
                           "Default yes; no = copy them as they are (the checker reports them)."),
        "STYLES": ("GeoPackage only: save a default style for every layer in the GeoPackage (table layer_styles; "
                   "QGIS applies it on load): the planning colours of the plugin layer it came from and the Chinese "
                   "field aliases. Default yes (7.6 s for the 94 layers of the demo); no = faster."),
        "SHP_ENCODING": "Encoding of the shapefiles' attribute tables (written in the .cpg): GBK (default) or UTF-8.",
        "OUTPUT": ("The database: a .gpkg file, a .gdb folder or, for shapefiles, a folder (the extension is set "
                   "by the format). An existing database at that path is replaced."),
    }
    ADVANCED = ("SCHEMA", "TARGET_EPSG", "FIX_GEOMETRIES", "STYLES", "SHP_ENCODING")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            "INPUT", tr("Planning GeoPackage"), extension="gpkg"))
        self.addParameter(QgsProcessingParameterString(
            "LAYERS", tr("Layers to export (comma-separated; empty = all)"), optional=True))
        self.addParameter(QgsProcessingParameterString("XZQDM", tr("Administrative code (行政区代码)"),
                                                       defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterString("XZQMC", tr("Administrative name (行政区名称)"),
                                                       defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "FORMAT", tr("Format"), [tr(f[0]) for f in DB.FORMATS], defaultValue=0))
        self.addParameter(QgsProcessingParameterFile(
            "SCHEMA", tr("Schema (JSON)"), extension="json", optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "TARGET_EPSG", tr("Reproject to EPSG (0 = keep)"), QgsProcessingParameterNumber.Integer,
            defaultValue=0, minValue=0, maxValue=999999))
        self.addParameter(QgsProcessingParameterBoolean(
            "FIX_GEOMETRIES", tr("Repair invalid polygons"), defaultValue=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "STYLES", tr("Default styles in the GeoPackage"), defaultValue=True))
        self.addParameter(QgsProcessingParameterEnum(
            "SHP_ENCODING", tr("Shapefile encoding"), ["GBK", "UTF-8"], defaultValue=0))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr("Planning database"),
            tr("GeoPackage (*.gpkg);;File geodatabase (*.gdb);;Shapefile folder (*)")))
        self.addOutput(QgsProcessingOutputNumber("LAYER_COUNT", tr("Layers written")))
        self.addOutput(QgsProcessingOutputNumber("FEATURE_COUNT", tr("Features written")))
        self.addOutput(QgsProcessingOutputNumber("FIXED", tr("Invalid polygons repaired")))

    # --------------------------------------------------------------------------------------------
    def _inputs(self, parameters, context):
        gpkg = self.parameterAsFile(parameters, "INPUT", context)
        if not gpkg or not os.path.isfile(gpkg):
            raise QgsProcessingException(tr("Give the planning GeoPackage (.gpkg) to export; '{}' is not a "
                                            "file.").format(gpkg or ""))
        code = (self.parameterAsString(parameters, "XZQDM", context) or "").strip()
        name = (self.parameterAsString(parameters, "XZQMC", context) or "").strip()
        if not code:
            raise QgsProcessingException(tr("Give the administrative code (XZQDM), e.g. the 6-digit county "
                                            "code of GB/T 2260."))
        if not re.fullmatch(r"\d{6}(\d{3})?(\d{3})?", code):
            raise QgsProcessingException(tr(
                "Administrative code (XZQDM) '{}' is not a number of 6, 9 or 12 digits (GB/T 2260 county code, "
                "township or village code).").format(code))
        if not name:
            raise QgsProcessingException(tr("Give the administrative name (XZQMC), e.g. 示例县."))
        return gpkg, code, name

    def _selection(self, schema, src, wanted):
        present = {n.lower() for n in DB.layer_names(src)}
        layers = [lyr for lyr in schema["layers"] if lyr["source"].lower() in present]
        if wanted:
            keys = {}
            for lyr in schema["layers"]:
                keys[lyr["source"].lower()] = lyr
                keys[lyr["name"].lower()] = lyr
            unknown = [w for w in wanted if w.lower() not in keys]
            if unknown:
                raise QgsProcessingException(tr("Layer(s) {} are not in the schema: give plugin layer names "
                                                "(e.g. problem_patches) or standard names (e.g. STWTTB).").format(
                    ", ".join(unknown)))
            absent = [w for w in wanted if keys[w.lower()]["source"].lower() not in present]
            if absent:
                raise QgsProcessingException(tr("Layer(s) {} are not in the GeoPackage.").format(", ".join(absent)))
            chosen = {keys[w.lower()]["source"] for w in wanted}
            layers = [lyr for lyr in layers if lyr["source"] in chosen]
        if not layers:
            raise QgsProcessingException(tr("None of the GeoPackage's layers is in the schema: give the planning "
                                            "GeoPackage the plugin wrote, or a schema for its layers."))
        return layers

    def process(self, parameters, context, feedback):
        from osgeo import gdal, osr

        gdal.UseExceptions()
        gpkg, code, name = self._inputs(parameters, context)
        schema = DB.load_schema(self.parameterAsFile(parameters, "SCHEMA", context))
        kind = self.parameterAsEnum(parameters, "FORMAT", context)
        label, driver_name, ext = DB.FORMATS[kind]
        out = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        stem = re.sub(r"\.(gpkg|gdb|shp)$", "", out.rstrip("/\\"), flags=re.I)
        out = stem + ext
        if os.path.abspath(out) == os.path.abspath(gpkg):
            raise QgsProcessingException(tr("The output is the input GeoPackage: choose another file."))
        target = self.parameterAsInt(parameters, "TARGET_EPSG", context)
        target_srs = None
        if target:
            target_srs = osr.SpatialReference()
            if target_srs.ImportFromEPSG(int(target)) != 0 or not target_srs.IsProjected():
                raise QgsProcessingException(tr("Target EPSG {} is not a projected CRS: give one in metres, "
                                                "e.g. 4546 (CGCS2000 3-degree GK CM 111E).").format(target))
            target_srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        fix = self.parameterAsBool(parameters, "FIX_GEOMETRIES", context)
        shp = driver_name == "ESRI Shapefile"
        encoding = ("GBK", "UTF-8")[self.parameterAsEnum(parameters, "SHP_ENCODING", context)]
        options = ["ENCODING=" + encoding] if shp else []
        wanted = [w.strip() for w in (self.parameterAsString(parameters, "LAYERS", context) or "").split(",")
                  if w.strip()]
        try:
            src = gdal.OpenEx(gpkg, gdal.OF_VECTOR | gdal.OF_READONLY)
        except RuntimeError:
            src = None
        if src is None:
            raise QgsProcessingException(tr("Cannot read '{}' as a GeoPackage: it is damaged or not a "
                                            "GeoPackage.").format(gpkg))
        layers = self._selection(schema, src, wanted)
        known = {lyr["source"].lower() for lyr in schema["layers"]} | {
            t.lower() for t in schema.get("system_tables", [])}
        skipped = [n for n in DB.layer_names(src) if n.lower() not in known]
        if skipped and not wanted:
            feedback.pushWarning(tr("Not in the schema, left out: {}.").format(", ".join(skipped)))
        algs = {}
        cat = src.GetLayerByName("layer_catalog")
        if cat is not None and cat.GetLayerDefn().GetFieldIndex("algorithm") >= 0:
            algs = {f.GetField("layer"): f.GetField("algorithm") for f in cat}

        tmp = "{}.tmp-{}{}".format(stem, uuid.uuid4().hex[:8], ext)
        os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
        # the temporary file is removed on failure: no fsync at each layer's commit (a busy disk made them most
        # of the GeoPackage export's wall time), one when it is complete
        gdal.SetThreadLocalConfigOption("OGR_SQLITE_SYNCHRONOUS", "OFF")
        try:
            with DB.shape_encoding(encoding if shp else gdal.GetConfigOption("SHAPE_ENCODING")):
                bsm, total, fixed_total, not_gk = self._write(src, tmp, out, layers, schema, code, name, target_srs,
                                                              fix, shp, options, algs, label, driver_name, feedback)
        finally:
            gdal.SetThreadLocalConfigOption("OGR_SQLITE_SYNCHRONOUS", None)
        if os.path.isfile(tmp):
            with open(tmp, "rb") as f:
                os.fsync(f.fileno())
        _remove(out)
        os.replace(tmp, out) if os.path.isfile(tmp) else shutil.move(tmp, out)
        if driver_name == "GPKG" and self.parameterAsBool(parameters, "STYLES", context):
            feedback.setProgressText(tr("Saving the default styles…"))
            self._style(out, schema, layers)
        if not_gk:
            feedback.pushWarning(tr("Not in a CGCS2000 3-degree Gauss-Krüger CRS (EPSG 4513-4554), kept as they "
                                    "are: {}. Give a target EPSG to reproject.").format("; ".join(not_gk)))
        if fixed_total:
            feedback.pushWarning(tr("{} invalid polygons repaired (make-valid); the metadata table counts them "
                                    "per layer.").format(fixed_total))
        feedback.pushInfo(tr("Database export: {} layers, {} features, format {}, written to {}").format(
            len(layers), total, tr(label), out))
        return {"OUTPUT": out, "LAYER_COUNT": len(layers), "FEATURE_COUNT": total, "FIXED": fixed_total}

    def _write(self, src, tmp, out, layers, schema, code, name, target_srs, fix, shp, options, algs, label,
               driver_name, feedback):
        from osgeo import gdal, ogr

        try:
            dst = ogr.GetDriverByName(driver_name).CreateDataSource(tmp)
        except RuntimeError as exc:
            raise QgsProcessingException(tr("Cannot create the database '{}' ({}): GDAL {} cannot write {}.").format(
                out, exc, gdal.__version__, tr(label)))
        if dst is None:
            raise QgsProcessingException(tr("Cannot create the database '{}'.").format(out))
        bsm, total, fixed_total, meta = 0, 0, 0, []
        not_gk, pending = [], []                # pending: the GeoPackage R-trees packed once GDAL has closed
        try:
            for k, lyr in enumerate(layers):
                self.check_cancel(feedback)
                feedback.setProgress(100.0 * k / len(layers))
                n, fixed, srs_text, ok, bsm, index = self._layer(src, dst, lyr, schema, code, name, target_srs,
                                                                 fix, shp, options, bsm, feedback)
                if index is not None:
                    pending.append(index)
                if not ok:
                    not_gk.append("{} ({})".format(lyr["name"], srs_text))
                total += n
                fixed_total += fixed
                meta.append([lyr["name"], lyr["alias"], lyr["source"], lyr["ysdm"], n, srs_text,
                             datetime.date.today().isoformat(), algs.get(lyr["source"]) or "",
                             str(schema["version"]), code, name, fixed])
            self._metadata(dst, schema, meta, options, shp)
            dst = None
            if pending:
                feedback.setProgressText(tr("Building the spatial indexes…"))
                RT.fill(tmp, pending)
        except BaseException:
            # closed now, not when the traceback (whose frames hold it) is freed: that would write into the
            # removed file ("attempt to write a readonly database")
            if dst is not None:
                dst.Destroy()
            dst = None
            _remove(tmp)
            raise
        return bsm, total, fixed_total, not_gk

    # --------------------------------------------------------------------------------------------
    def _layer(self, src, dst, lyr, schema, code, name, target_srs, fix, shp, options, bsm, feedback):
        from osgeo import gdal, ogr, osr

        s = DB.find_layer(src, lyr["source"])
        srs = s.GetSpatialRef()
        geometry = lyr["geometry"]
        xf = None
        out_srs = srs
        if target_srs is not None and geometry != "none" and srs is not None:
            srs = srs.Clone()
            srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
            if not srs.IsSame(target_srs):
                xf = osr.CoordinateTransformation(srs, target_srs)
            out_srs = target_srs
        if geometry == "polygon" and (out_srs is None or not out_srs.IsProjected()):
            raise QgsProcessingException(tr(
                "Layer {} has no projected CRS: MJ (hm²) needs areas in metres. Give a target EPSG to reproject "
                "(e.g. 4546).").format(lyr["source"]))
        epsg = DB.epsg_of(out_srs) if geometry != "none" else None
        srs_text = "" if geometry == "none" else ("EPSG:{}".format(epsg) if epsg else (
            out_srs.GetName() if out_srs is not None else "无坐标系"))
        ok = geometry == "none" or DB.crs_ok(schema, epsg)
        gtype = {"polygon": ogr.wkbMultiPolygon, "line": ogr.wkbMultiLineString, "point": ogr.wkbPoint,
                 "none": ogr.wkbNone}[geometry]
        if geometry == "point" and ogr.GT_Flatten(s.GetGeomType()) == ogr.wkbMultiPoint:
            gtype = ogr.wkbMultiPoint
        opts = list(options)
        if driver_is(dst, "GPKG"):
            opts += ["IDENTIFIER=" + lyr["alias"], "DESCRIPTION=" + lyr["alias"]]
            if geometry != "none":             # the R-tree is packed once GDAL has closed (_database_rtree)
                opts += ["SPATIAL_INDEX=NO"]
        elif driver_is(dst, "OpenFileGDB"):
            opts += ["LAYER_ALIAS=" + lyr["alias"]]
        out = dst.CreateLayer(lyr["name"], out_srs if geometry != "none" else None, gtype, options=opts)
        common = DB.common_fields(schema, geometry)
        for c in common:
            out.CreateField(_field_defn(c, shp))
        sdefn = s.GetLayerDefn()
        mapping = []                               # (source index, output name)
        taken = {c["name"] for c in common} | {f["name"] for f in lyr["fields"]}
        by_source = {f["source"]: f for f in lyr["fields"]}
        extra = []
        for i in range(sdefn.GetFieldCount()):
            sname = sdefn.GetFieldDefn(i).GetName()
            f = by_source.get(sname)
            if f is None:
                fd = sdefn.GetFieldDefn(i)
                f = {"name": _extra_name(sname, taken), "type": {ogr.OFTInteger: "int", ogr.OFTInteger64: "long",
                                                                 ogr.OFTReal: "double"}.get(fd.GetType(), "string"),
                     "length": 254 if fd.GetType() == ogr.OFTString else 20, "precision": 6}
                extra.append("{} -> {}".format(sname, f["name"]))
            out.CreateField(_field_defn(f, shp))
            mapping.append((i, f["name"]))
        if extra:
            feedback.pushWarning(tr("{}: fields not in the schema kept as {}.").format(lyr["name"], ", ".join(extra)))
        odefn = out.GetLayerDefn()
        # the source fields copied in C by an index map (OGRFeature::SetFrom, the conversions of SetField):
        # set one by one from Python they were half of the export's time
        fmap = [-1] * sdefn.GetFieldCount()
        for i, oname in mapping:
            fmap[i] = odefn.GetFieldIndex(oname)
        i_bsm, i_mj = odefn.GetFieldIndex("BSM"), odefn.GetFieldIndex("MJ")
        template = ogr.Feature(odefn)              # the values every feature of the layer shares
        for k, v in (("YSDM", lyr["ysdm"]), ("XZQDM", code), ("XZQMC", name)):
            template.SetField(odefn.GetFieldIndex(k), v)
        n = fixed = 0
        bulk = driver_is(dst, "GPKG") and geometry != "none"
        fids, boxes = array("q"), array("d")       # the R-tree's rows (GeoPackage): ids, envelopes
        transaction = out.TestCapability(ogr.OLCTransactions)
        if transaction:
            out.StartTransaction()
        quiet = fix and geometry == "polygon"
        if quiet:
            gdal.PushErrorHandler("CPLQuietErrorHandler")   # GEOS's notes on each invalid ring
        try:
            for feat in s:
                if n % 500 == 0:
                    self.check_cancel(feedback)
                o = template.Clone()
                o.SetFromWithMap(feat, 1, fmap)    # fields, and a copy of the geometry
                bsm += 1
                o.SetFieldInteger64(i_bsm, bsm)
                g = ref = o.GetGeometryRef() if geometry != "none" else None
                if g is not None:
                    if xf is not None:
                        g.Transform(xf)
                    if geometry == "polygon":
                        if fix and not g.IsValid():
                            g = g.MakeValid()
                            fixed += 1
                        g = g if g.GetGeometryType() == ogr.wkbMultiPolygon else _polygons_only(g)
                        o.SetField(i_mj, g.GetArea() / 1e4)
                        if g is not ref:           # repaired, or a polygon made a multipolygon
                            o.SetGeometry(g)       # (a copy: ref is gone, g is the geometry written)
                    elif geometry == "line":
                        g = ogr.ForceToMultiLineString(g)
                        o.SetGeometry(g)
                elif geometry == "polygon":
                    o.SetField(i_mj, 0.0)
                out.CreateFeature(o)
                n += 1
                if bulk and g is not None:
                    e = g.GetEnvelope()
                    if e != _NOWHERE or not g.IsEmpty():    # GDAL's index leaves out empty geometries
                        fids.append(o.GetFID())
                        boxes.extend(e)
        finally:
            if quiet:
                gdal.PopErrorHandler()
        if transaction:
            out.CommitTransaction()
        index = None
        if bulk:
            index = (RT.definition(out.GetName(), out.GetFIDColumn() or "fid", out.GetGeometryColumn()), fids, boxes)
        return n, fixed, srs_text, ok, bsm, index

    @staticmethod
    def _style(path, schema, layers):
        """Default styles in the GeoPackage (planning colours by the plugin layer's rule, Chinese aliases)."""
        from ...processing_helpers.database_styles import style_database

        common = {c["name"]: c["alias"] for c in schema["common_fields"]}
        aliases = {lyr["name"]: dict(common, **{f["name"]: f.get("alias") for f in lyr["fields"]}) for lyr in layers}
        style_database(path, titles={lyr["name"]: lyr["alias"] for lyr in layers},
                       sources={lyr["name"]: lyr["source"] for lyr in layers}, aliases=aliases)

    def _metadata(self, dst, schema, rows, options, shp):
        from osgeo import ogr

        opts = list(options)
        if driver_is(dst, "GPKG"):
            opts += ["IDENTIFIER=元数据"]
        t = dst.CreateLayer(schema.get("metadata_table", "YSJ"), None, ogr.wkbNone, options=opts)
        aliases = ["图层名称", "图层别名", "源图层", "要素代码", "要素数量", "坐标系", "生产日期", "来源算法",
                   "数据库规范版本", "行政区代码", "行政区名称", "修复几何数"]
        for (fname, kind, width), alias in zip(META_FIELDS, aliases):
            t.CreateField(_field_defn({"name": fname, "type": kind, "length": width, "alias": alias}, shp))
        for row in rows:
            f = ogr.Feature(t.GetLayerDefn())
            for (fname, _, _), value in zip(META_FIELDS, row):
                f.SetField(fname, value)
            t.CreateFeature(f)


def driver_is(ds, name):
    return ds.GetDriver().GetName() == name


def _remove(path):
    if os.path.isdir(path):
        shutil.rmtree(path, ignore_errors=True)
    elif os.path.exists(path):
        os.remove(path)
