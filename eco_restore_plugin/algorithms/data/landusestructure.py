"""Current-state land-use structure table (土地利用现状结构表) from the 三调 parcels."""
import os

import numpy as np
from qgis.core import (
    QgsDistanceArea,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
)

from ...core import dltb as D
from ...i18n import tr, tr_noop
from ...processing_helpers.vector_io import add_row, table_sink
from ..base import EcoRestoreAlgorithm
from . import _dltb as H
from . import _dltb_ogr as O

AREA_METHODS = [tr_noop("Parcel fields TBDLMJ / KCMJ (geometry area where missing)"),
                tr_noop("Planar area of the geometry"), tr_noop("Ellipsoidal area of the geometry")]


class LanduseStructure(EcoRestoreAlgorithm):
    NAME = "landusestructure"
    GROUP = "data"
    OWN_GEOMETRY_CHECK = ("INPUT",)
    OWN_CODE_CHECK = ("INPUT",)
    DISPLAY = "Land-use structure table (土地利用现状结构表)"
    TAGS = "DLTB,三调,现状结构表,land use,structure,area,township,village,乡镇,村,亩,公顷"
    HELP = (
        "Area of each land class (三调 first level and second level, with the K / A sub-codes as "
        "'其中' rows) for the whole layer, each township and each village, in hm², 亩 and km², from "
        "the 三调 parcels (地类图斑 DLTB). Units come from ZLDWDM (座落单位代码): its first 12 digits "
        "are the village, the first 9 the township; ZLDWMC names the village. Area: TBDLMJ, the parcel's "
        "net land-class area (图斑地类面积 = TBMJ − KCMJ); 田坎 is reported in its own column from KCMJ "
        "(or TBMJ x KCXS), as the 三调 statistics count it under 1203 田坎. Totals are sums in 0.01 m² "
        "integers and equal ΣTBDLMJ exactly. Without the area fields (or with the area option set to "
        "geometry) the planar area of the polygon in the layer's CRS is used, or the ellipsoidal area "
        "(CGCS2000 ellipsoid of the layer's CRS) as the 三调 computes TBMJ. 1 hm² = 15 亩. Output: a "
        "table, and an XLSX (needs openpyxl: Debian package python3-openpyxl, or pip install openpyxl) "
        "or CSV file.")
    PARAM_HELP = {
        "UNKNOWN_CLASS": ("三调 code given to parcels whose DLBM is not in the classification when the unknown-code "
                          "choice is 'Map to the class below'. Default 1201 (空闲地)."),
        "AREA_METHOD": ("Where areas come from: the 三调 fields TBDLMJ / KCMJ when present (default), the planar area "
                        "of the polygon in the layer's CRS, or the ellipsoidal area (CGCS2000)."),
        "OUTPUT": ("Structure table: one row per unit (whole layer, township, village) and class (first and second "
                   "level), areas in hm², 亩 and km², 田坎 in its own column; totals equal ΣTBDLMJ."),
        "OUTPUT_FILE": ("Optional XLSX (needs openpyxl) or CSV file of the same table for pasting into a plan; not "
                        "written by default."),
    }

    AREA_METHOD, OUTPUT, OUTPUT_FILE, TOTAL = "AREA_METHOD", "OUTPUT", "OUTPUT_FILE", "TOTAL_HM2"

    def initAlgorithm(self, config=None):
        H.add_input_parameters(self)
        self.addParameter(QgsProcessingParameterEnum(
            self.AREA_METHOD, tr("Area"), [tr(m) for m in AREA_METHODS], defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Land-use structure table"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_FILE, tr("Structure table file (XLSX or CSV)"),
            tr("Excel (*.xlsx);;CSV (*.csv)"), optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.TOTAL, tr("Total area (hm²)")))

    def process(self, parameters, context, feedback):
        source = H.source_with_encoding(self, parameters, context)
        H.require_projected_source(source, tr("The DLTB layer"))
        fields = H.field_names(self, parameters, context, source)
        method = self.parameterAsEnum(parameters, self.AREA_METHOD, context)
        need_geom = method > 0 or fields["TBDLMJ"] is None or fields["TBMJ"] is None
        direct = None if need_geom else O.open_layer(self, parameters, context, source)
        if direct is None:
            if not need_geom:               # areas from the fields: invalid geometries only reported
                self._report_invalid(None, source, feedback)
            return self._table(parameters, context, feedback, source, fields, method, need_geom, None)
        # the fields read with OGR as columns while other connections check the geometries (reported after)
        wait = O.in_background(lambda other=O.reopen(*direct): O.sql_geometry_check(*other, extent=False))
        try:
            return self._table(parameters, context, feedback, source, fields, method, need_geom, direct)
        finally:
            self._report_invalid(wait(), source, feedback)

    def _table(self, parameters, context, feedback, source, fields, method, need_geom, direct):
        """The structure table and its outputs (``direct``: the layer opened with OGR, or None)."""
        if direct is not None:
            cols = O.read_columns(direct[1], [n for n in fields.values() if n])
            data, codes, keep = self._read_direct(cols, direct[1], fields, parameters, context, feedback)
        else:
            parcels = H.read_parcels(self, source, fields, context, feedback, want_geometry=need_geom)
            data = parcels["data"]
            codes, _ = H.resolve_codes(self, parameters, context, feedback, data["DLBM"])
            keep = np.array([c is not None for c in codes])
            codes = np.array([c or "" for c in codes], dtype=str)
        geom_area = None
        if need_geom:
            if method == 2:
                da = QgsDistanceArea()
                da.setSourceCrs(source.sourceCrs(), context.transformContext())
                da.setEllipsoid(source.sourceCrs().ellipsoidAcronym() or "EPSG:7019")
                geom_area = np.array([da.measureArea(g) for g in parcels["geoms"]])
            else:
                geom_area = np.array([g.area() for g in parcels["geoms"]])
        self.check_cancel(feedback)

        def col(name):
            if not fields.get(name) or method != 0:
                return None
            return data[name] if isinstance(data[name], np.ndarray) else H._floats(data[name])

        net, kc, rule = D.parcel_areas(tbdlmj=col("TBDLMJ"), kcmj=col("KCMJ"), kcxs=col("KCXS"),
                                       tbmj=col("TBMJ"), geom_area=geom_area)
        if method == 0 and rule != "TBDLMJ":
            feedback.pushWarning(tr("TBDLMJ missing on some or all parcels: net area = {} there.").format(
                "TBMJ − KCMJ" if fields.get("TBMJ") else tr("geometry area − 田坎")))
        net_c, kc_c = D.to_centi(net), D.to_centi(kc)
        idx = np.nonzero(keep)[0]

        def pick(name):
            v = data.get(name)
            if v is None:
                return None
            return v[idx] if isinstance(v, np.ndarray) else [v[i] for i in idx]

        rows = D.structure_table(codes[idx], net_c[idx], kc_c[idx], village_codes=pick("ZLDWDM"),
                                 village_names=pick("ZLDWMC"))
        feedback.setProgress(80)
        self.check_cancel(feedback)

        out_file = self.parameterAsFileOutput(parameters, self.OUTPUT_FILE, context) \
            if parameters.get(self.OUTPUT_FILE) is not None else ""
        if out_file and out_file.lower().endswith(".xlsx"):
            try:
                import openpyxl  # noqa: F401
            except ImportError:
                feedback.pushWarning(tr("openpyxl is not installed (Debian: apt install python3-openpyxl; "
                                        "else pip install openpyxl): writing CSV instead."))
                out_file = os.path.splitext(out_file)[0] + ".csv"
        columns = [("level", "string"), ("unit_code", "string"), ("unit_name", "string"),
                   ("class_level", "int"), ("class_code", "string"), ("class_name", "string"),
                   ("parcels", "int"), ("area_hm2", "double"), ("area_mu", "double"),
                   ("area_km2", "double"), ("kc_hm2", "double")]
        sink, dest, flds = table_sink(self, parameters, self.OUTPUT, context, columns)
        for r in rows:
            hm2, mu, km2 = D.area_columns(r["area_centi"])
            add_row(sink, flds, [r["level"], r["unit_code"], r["unit_name"], r["class_level"],
                                 r["class_code"], r["class_name"], r["parcels"], hm2, mu, km2,
                                 r["kc_centi"] / 1e6])
        result = {self.OUTPUT: dest}
        if out_file:
            D.write_table(rows, out_file)
            result[self.OUTPUT_FILE] = out_file
        total = int(net_c[idx].sum()) / 1e6
        result[self.TOTAL] = total
        feedback.pushInfo(tr("Total {:.4f} hm² ({:.2f} 亩) in {} parcels; 田坎 {:.4f} hm²; area from {}.").format(
            total, total * 15.0, len(idx), int(kc_c[idx].sum()) / 1e6, rule))
        return result

    def _report_invalid(self, checked, source, feedback):
        """Warn (with feature ids) about NULL, empty or invalid geometries: the table does not use them
        when the areas come from the fields, other tools may. ``checked``: the result of
        ``_dltb_ogr.sql_geometry_check``, or None to check through QGIS."""
        if checked is not None:
            bad = checked[0]
        else:
            from qgis.core import QgsFeatureRequest

            request = QgsFeatureRequest().setNoAttributes().setInvalidGeometryCheck(
                QgsFeatureRequest.GeometryNoCheck)
            bad = [f.id() for f in source.getFeatures(request)
                   if f.geometry().isNull() or f.geometry().isEmpty() or not f.geometry().isGeosValid()]
        if bad:
            feedback.pushWarning(tr(
                "{} parcels have an empty or invalid geometry (feature ids: {}); the areas come from the "
                "fields and do not depend on it. Repair them (Vector > Geometry tools > Fix geometries) "
                "before other uses.").format(len(bad), ", ".join(map(str, bad[:20]))))

    def _read_direct(self, cols, lyr, fields, parameters, context, feedback):
        """The fields of the parcels read with OGR as numpy columns ``cols`` (no geometry)."""
        if not len(cols["fid"]):
            raise QgsProcessingException(tr("The DLTB layer '{}' has no features.").format(lyr.GetName()))
        raw, inv, counts = O.distinct(cols[fields["DLBM"]])
        clean, _ = H.resolve_unique(self, parameters, context, feedback, raw, counts)
        codes = np.array([c or "" for c in clean], dtype=str)[inv]
        keep = np.array([c is not None for c in clean], dtype=bool)[inv]
        data = {}
        for std in ("TBDLMJ", "KCMJ", "KCXS", "TBMJ"):
            if fields.get(std):
                data[std] = O.floats(cols[fields[std]])
        for std in ("ZLDWDM", "ZLDWMC"):
            if fields.get(std):
                v = cols[fields[std]]
                data[std] = np.ma.filled(v, b"" if v.dtype.kind == "S" else 0) if np.ma.isMaskedArray(v) else v
        return data, codes, keep
