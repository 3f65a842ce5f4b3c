"""Restoration zoning (生态修复分区): contiguous zones of restoration units, up to three levels."""
import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...core import zoning
from ...processing_helpers.params import TableOutputParams
from ...i18n import tr, tr_noop
from ...processing_helpers.grid import require_projected_crs
from ...processing_helpers.vector_io import add_feature, attribute_float, attribute_value, make_field, make_fields, new_feature
from ..base import EcoRestoreAlgorithm
from ...processing_helpers.styles import style_categories_on_load
from ._common import MODE_CLASSES, Rules, zone_categories
from . import _sea

METHODS = [tr_noop("Rule-based (dominant function, contiguous units of one type)"),
           tr_noop("Spatially constrained clustering (SKATER regionalisation)")]

#: default zoning scheme: zone type, control level, condition (QGIS expression on unit fields),
#: main problems, main measures. First matching rule wins; keep a TRUE rule last.
DEFAULT_RULES = [
    ("生态保护区", "一级管控",
     "coalesce(\"red_sh\", 0) >= 0.5 OR (coalesce(\"imp3_sh\", 0) >= 0.5 AND coalesce(\"deg_mean\", 0) < 1)",
     "重要生态空间受人为干扰", "严格保护、封育保育、自然恢复为主"),
    ("城镇生态提升区", "三级管控", "coalesce(\"ubnd_sh\", 0) >= 0.5",
     "城镇生态空间不足、生态廊道受阻", "城市绿地与绿道建设、水系连通、城市生态廊道"),
    ("农业空间综合整治区", "三级管控", "coalesce(\"farm_sh\", 0) >= 0.4",
     "耕地碎片化、农田生态功能退化", "全域土地综合整治、高标准农田建设、农田林网"),
    ("生态保育修复区", "二级管控", "coalesce(\"imp3_sh\", 0) >= 0.3",
     "重要生态功能区局部退化", "封山育林、补植补造、生态廊道修复"),
    ("生态修复区", "二级管控", "TRUE",
     "生态退化、水土流失、矿山损毁", "辅助再生与生态重建、水土流失治理、矿山生态修复"),
]

def roman(k):
    out = ""
    for v, s in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                 (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while k >= v:
            out += s
            k -= v
    return out


class RestorationZoning(TableOutputParams, EcoRestoreAlgorithm):
    NAME = "restorationzoning"
    GROUP = "zoning"
    DISPLAY = "Restoration zoning (生态修复分区)"
    TAGS = "zoning,regionalisation,SKATER,graded control,生态修复分区,分级管控,生态保护区,生态修复区"
    HELP = ("Aggregates restoration units (output of Restoration units, or any polygon layer with "
            "numeric attributes) into contiguous zones by dominant function, up to three levels "
            "(Cai et al. 2020; METHODS.md §3): ecological-function base zones (optional: a field such "
            "as a watershed name, or SKATER clustering into the given number of zones) → "
            "restoration-pattern zones (main output) → restoration-mode zones (optional, units of "
            "one dominant mode inside each zone). Rule-based mode: each unit is typed by the first "
            "rule whose condition (a QGIS expression on the unit fields) holds, and zones are "
            "connected sets of adjacent units of one type. Clustering mode: SKATER "
            "(Assunção et al. 2006) cuts the minimum spanning tree of the unit adjacency graph into "
            "the given number of zones, minimising the within-zone variance of the chosen fields; "
            "each zone is then typed by the rules applied to its area-weighted mean attributes. "
            "Units are adjacent when their boundaries share a line. Zones smaller than the minimum "
            "area join the neighbour with the longest shared boundary. Either way every zone is "
            "contiguous. Zones carry type, graded control level, area, main problems and measures "
            "(the rule's text plus problems detected from the attributes) and are dissolved. Land and sea "
            "(陆海统筹): with sea planning units (the units output of 'Sea planning units and marine projects'; "
            "its 陆域 rows are left out) each sea unit is typed by the sea zoning rules (default 海洋生态保护修复区, "
            "海岸带整治修复区, 海域生态保育区 on the sea-use zone type, the marine projects' cost and the health index "
            "CEH of the marine stations inside, or of the nearest one), and the sea zones (codes H-1, H-2 ...) "
            "are written after the land zones in the same layer, with a field domain (陆域 / 海域). Sea units "
            "never join land zones; without sea units the output is as before.")
    PARAM_HELP = {
        "UNITS": ("Restoration units (output of 'Restoration units', or any polygons with numeric attributes); "
                  "adjacent units share a boundary line."),
        "METHOD": ("Rule-based (default: each unit typed by the first rule that holds, zones = adjacent units of "
                   "one type) or SKATER clustering into the given number of zones."),
        "FIELDS": ("Numeric fields whose within-zone variance SKATER minimises. Default imp3_sh, deg_mean, "
                   "res_mean, farm_sh, ubnd_sh (fields of 'Restoration units'); used by clustering only."),
        "N_ZONES": ("Number of zones SKATER cuts the units into. Default 6, the plugin's own value; used by "
                    "clustering only."),
        "N_BASE": ("Number of ecological-function base zones (level 1) made by SKATER. 0 (default) = no base "
                   "level unless a base field is given."),
        "BASE_FIELD": ("Field that defines the base zones (e.g. watershed name); wins over the number of base "
                       "zones. Empty: no field."),
        "MIN_AREA": ("Zones smaller than this (km²) join the neighbour with the longest shared boundary. 0 "
                     "(default) = keep every zone."),
        "MODE_FIELD": ("Unit field of the dominant restoration mode, for the level-3 mode zones. Default "
                       "mode_dom."),
        "OUTPUT": ("Restoration zones (level 2), dissolved, with type, control level, area, main problems and "
                   "measures."),
        "BASE_OUTPUT": "Optional base zones (level 1). Not written unless chosen.",
        "MODE_OUTPUT": ("Optional restoration-mode zones (level 3): units of one dominant mode inside each zone. "
                        "Not written unless chosen."),
        "UNITS_OUTPUT": "Optional copy of the units with the zone each belongs to. Not written unless chosen.",
        "SEA_UNITS": ("Optional sea planning units (海域), e.g. the units output of 'Sea planning units and marine "
                      "projects' (fields zone, marine_cost_wan); 陆域 rows are left out. Must not overlap the land "
                      "units. Empty (default): land only, output as before."),
        "SEA_RULES": ("Sea zone types and rules, as the land scheme but on the sea unit fields (zone, "
                      "marine_cost_wan, area_ha, ceh). Defaults (plugin's own): 海洋生态保护修复区 for 海洋保护区 / 保留区 "
                      "or CEH < 75 (HY/T 087-2005 亚健康), 海岸带整治修复区 where marine projects cost > 0, else "
                      "海域生态保育区."),
        "SEA_HEALTH": ("Optional marine health stations (points with ceh, the stations output of 'Marine ecosystem "
                       "health'): each sea unit gets the mean CEH of its stations, or the nearest station's."),
    }
    ADVANCED = ("FIELDS", "N_ZONES")

    UNITS, METHOD, RULES, FIELDS, N_ZONES = "UNITS", "METHOD", "RULES", "FIELDS", "N_ZONES"
    N_BASE, BASE_FIELD, MIN_AREA, MODE_FIELD = "N_BASE", "BASE_FIELD", "MIN_AREA", "MODE_FIELD"
    OUTPUT, BASE_OUTPUT, MODE_OUTPUT, UNITS_OUTPUT = "OUTPUT", "BASE_OUTPUT", "MODE_OUTPUT", "UNITS_OUTPUT"
    SEA_UNITS, SEA_RULES, SEA_HEALTH = "SEA_UNITS", "SEA_RULES", "SEA_HEALTH"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.UNITS, tr("Restoration units"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterEnum(
            self.METHOD, tr("Zoning method"), [tr(s) for s in METHODS], defaultValue=0))
        flat = []
        for row in DEFAULT_RULES:
            flat += list(row)
        p = QgsProcessingParameterMatrix(
            self.RULES, tr("Zoning scheme (zone types and rules)"), numberRows=0,
            hasFixedNumberRows=False,
            headers=[tr("Zone type"), tr("Control level"), tr("Condition (expression)"),
                     tr("Main problems"), tr("Main measures")], defaultValue=flat, optional=True)
        p.setHelp(tr("First rule whose condition holds gives the type; keep a rule with TRUE last. "
                     "Conditions use the unit fields (imp3_sh, deg_mean, red_sh, farm_sh, ubnd_sh ...)."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterField(
            self.FIELDS, tr("Fields for clustering (numeric)"), parentLayerParameterName=self.UNITS,
            type=QgsProcessingParameterField.Numeric, allowMultiple=True, optional=True,
            defaultValue=["imp3_sh", "deg_mean", "res_mean", "farm_sh", "ubnd_sh"]))
        self.addParameter(QgsProcessingParameterNumber(
            self.N_ZONES, tr("Number of zones (clustering)"), QgsProcessingParameterNumber.Integer,
            6, minValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            self.N_BASE, tr("Number of base zones (0 = no base level)"),
            QgsProcessingParameterNumber.Integer, 0, minValue=0))
        self.addParameter(QgsProcessingParameterField(
            self.BASE_FIELD, tr("Base zones from a field (e.g. watershed name)"),
            parentLayerParameterName=self.UNITS, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_AREA, tr("Minimum zone area (km²)"), QgsProcessingParameterNumber.Double, 0.0,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterField(
            self.MODE_FIELD, tr("Restoration mode field (for mode zones)"),
            parentLayerParameterName=self.UNITS, optional=True, defaultValue="mode_dom"))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SEA_UNITS, tr("Sea planning units (海域)"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterMatrix(
            self.SEA_RULES, tr("Sea zoning scheme (sea zone types and rules)"), numberRows=0, hasFixedNumberRows=False,
            headers=[tr("Zone type"), tr("Control level"), tr("Condition (expression)"), tr("Main problems"),
                     tr("Main measures")], defaultValue=[c for row in _sea.DEFAULT_SEA_RULES for c in row],
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SEA_HEALTH, tr("Marine health stations (ceh)"), [QgsProcessing.TypeVectorPoint],
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Restoration zones"), QgsProcessing.TypeVectorPolygon))
        self.add_layer_output(self.BASE_OUTPUT, tr("Base zones (level 1)"))
        self.add_layer_output(self.MODE_OUTPUT, tr("Restoration-mode zones (level 3)"))
        self.add_layer_output(self.UNITS_OUTPUT, tr("Units with their zones"))

    # --------------------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        self._feedback = feedback
        src = self.parameterAsSource(parameters, self.UNITS, context)
        if src is None:
            raise QgsProcessingException(tr("The restoration units layer is missing."))
        require_projected_crs(src.sourceCrs(), tr("The restoration units"))
        rules = Rules(self.table_value(parameters, self.RULES))
        srules = Rules(self.table_value(parameters, self.SEA_RULES), sea=True)   # checked even without sea units
        method = self.parameterAsEnum(parameters, self.METHOD, context)
        fields = src.fields()
        feats, geoms = [], []
        for f in src.getFeatures():
            if f.geometry() is None or f.geometry().isEmpty():
                continue
            feats.append(f)
            geoms.append(QgsGeometry(f.geometry()))
        n = len(feats)
        if n == 0:
            raise QgsProcessingException(tr("The restoration units layer has no polygons."))
        area = np.array([g.area() for g in geoms]) / 1e6
        numeric = [fl.name() for fl in fields if fl.isNumeric()]
        cluster_fields = self.parameterAsFields(parameters, self.FIELDS, context)
        missing = [c for c in cluster_fields if fields.lookupField(c) < 0]
        if missing and (method == 1 or self.parameterAsInt(parameters, self.N_BASE, context) > 1):
            raise QgsProcessingException(tr("Clustering fields not found in the units: {}.").format(
                ", ".join(missing)))
        cluster_fields = [c for c in cluster_fields if c not in missing]
        x = self._matrix(feats, numeric)
        feedback.setProgressText(tr("Unit adjacency"))
        from ._common import vector_adjacency
        edges, shared = vector_adjacency(geoms, feedback, 0, 40)
        self.check_cancel(feedback)

        # level 1: base zones
        base_field = self.parameterAsString(parameters, self.BASE_FIELD, context)
        n_base = self.parameterAsInt(parameters, self.N_BASE, context)
        cf = [numeric.index(c) for c in cluster_fields if c in numeric]
        if method == 1 and not cf:
            raise QgsProcessingException(tr("Clustering needs at least one numeric field."))
        has_base = bool(base_field) or n_base > 1
        if base_field:
            vals = [str(f[base_field]) for f in feats]
            _, codes = np.unique(vals, return_inverse=True)
            base = zoning.contiguous_groups(n, edges, codes)
        elif n_base > 1:
            if not cf:
                raise QgsProcessingException(tr("Base zones by clustering need numeric fields."))
            base = zoning.skater(n, edges, x[:, cf], n_zones=n_base, weights=area,
                                 cancelled=self.cancel_callback(feedback))
        else:
            base = np.ones(n, np.int64)
        feedback.setProgress(50)
        min_area = self.parameterAsDouble(parameters, self.MIN_AREA, context)

        # level 2: restoration-pattern zones
        if method == 0:
            rules.prepare(fields, feedback)
            types = np.array([rules.classify(f) for f in feats])
            if (types < 0).any():
                raise QgsProcessingException(tr(
                    "{} unit(s) match no zoning rule; add a last rule with the condition TRUE.").format(
                    int((types < 0).sum())))
            zones = zoning.contiguous_groups(n, edges, types, group=base)
            if min_area > 0:
                zones = zoning.merge_small_zones(n, edges, zones, area, min_area=min_area, shared=shared,
                                                 group=base, types=types)
            ztype = zoning.zone_dominant(zones, types, weights=area)
        else:
            n_zones = self.parameterAsInt(parameters, self.N_ZONES, context)
            nb = int(base.max())
            if n_zones < nb:
                raise QgsProcessingException(tr(
                    "The number of zones ({}) is smaller than the number of base zones ({}).").format(
                    n_zones, nb))
            zones = zoning.skater(n, edges, x[:, cf], n_zones=n_zones, weights=area, group=base,
                                  progress=self.progress_callback(feedback, 50, 70),
                                  cancelled=self.cancel_callback(feedback))
            if min_area > 0:
                zones = zoning.merge_small_zones(n, edges, zones, area, min_area=min_area, shared=shared,
                                                 group=base)
            ztype = self._type_zones(rules, zones, x, numeric, area, fields)
        self.check_cancel(feedback)
        if not zoning.is_contiguous(n, edges, zones):  # guaranteed by construction
            raise RuntimeError("internal error: a zone is not contiguous")
        feedback.setProgress(70)

        mode_field = self.parameterAsString(parameters, self.MODE_FIELD, context)
        modes = None
        if mode_field and fields.lookupField(mode_field) >= 0:
            modes = np.array([attribute_float(f[mode_field]) for f in feats])
        zone_base = zoning.zone_dominant(zones, base)
        result = {}
        self._sea = None
        sea_src = self.parameterAsSource(parameters, self.SEA_UNITS, context)
        if sea_src is not None:
            feedback.setProgressText(tr("Sea zones"))
            sea = _sea.SeaUnits(sea_src, src.sourceCrs(), context, feedback,
                                health=self.parameterAsSource(parameters, self.SEA_HEALTH, context), land_geoms=geoms)
            self._sea = (sea, srules) + tuple(_sea.zone_sea(sea, srules, min_area, feedback))
        self._write_zones(parameters, context, feedback, src, geoms, feats, zones, zone_base, ztype,
                          rules, x, numeric, area, modes, has_base, result)
        if has_base:
            self._write_base(parameters, context, src, geoms, base, zones, ztype, rules, area, result)
        elif parameters.get(self.BASE_OUTPUT):
            feedback.pushWarning(tr("No base level was asked for (number of base zones 0 and no base "
                                    "field): the base-zone output is not written."))
        mode_zones = None
        if modes is not None:
            mode_zones = zoning.contiguous_groups(n, edges, np.nan_to_num(modes, nan=0).astype(int),
                                                  group=zones)
            self._write_modes(parameters, context, src, geoms, mode_zones, zones, modes, area,
                              zone_base, has_base, result)
        elif parameters.get(self.MODE_OUTPUT):
            feedback.pushWarning(tr("The units have no restoration mode field: the mode-zone output "
                                    "is not written."))
        self._write_units(parameters, context, src, feats, base, zones, mode_zones, result)
        feedback.pushInfo(tr("{} units → {} zones").format(n, int(zones.max())))
        return result

    # --------------------------------------------------------------------------------------------
    def _matrix(self, feats, numeric):
        return np.array([[attribute_float(f[c]) for c in numeric] for f in feats], float).reshape(
            len(feats), len(numeric))

    def _type_zones(self, rules, zones, x, numeric, area, fields):
        means = zoning.zone_means(zones, x, weights=area)
        zf = QgsFields()
        for c in numeric:
            zf.append(make_field(c, "double"))
        ext = rules.prepare(zf, self._feedback)
        out = []
        for k in range(means.shape[0]):
            f = QgsFeature(zf)
            f.setAttributes([attribute_value(v) for v in means[k]])
            t = rules.classify(f, ext)
            if t < 0:
                raise QgsProcessingException(tr(
                    "Zone {} matches no zoning rule; add a last rule with the condition TRUE.").format(k + 1))
            out.append(t)
        return np.array(out)

    @staticmethod
    def _problems(means, numeric, rule_text):
        m = dict(zip(numeric, means))
        found = []

        def val(name):
            v = m.get(name)
            return v if v is not None and np.isfinite(v) else None

        d = val("deg_mean")
        if d is not None and d >= 1.5:
            found.append("生态退化较重")
        elif d is not None and d >= 0.5:
            found.append("局部生态退化")
        r = val("res_mean")
        if r is not None and r < 5.0 / 3.0:
            found.append("生态恢复力低")
        if (val("pinch_n") or 0) > 0:
            found.append("廊道夹点")
        if (val("corr_sh") or 0) > 0.05:
            found.append("生态廊道穿越")
        parts = [p for p in [rule_text] + found if p]
        return "；".join(parts)

    @staticmethod
    def _dissolve(geoms, idx):
        g = QgsGeometry.unaryUnion([geoms[i] for i in idx]) if len(idx) > 1 else QgsGeometry(geoms[idx[0]])
        g.convertToMultiType()
        return g

    def _write_zones(self, parameters, context, feedback, src, geoms, feats, zones, zone_base, ztype,
                     rules, x, numeric, area, modes, has_base, result):
        fl = make_fields((("zone_id", "int"), ("zone_code", "string"), ("zone_name", "string"),
                          ("zone_type", "string"), ("type_code", "int"), ("control", "string"),
                          ("level", "int"), ("base_id", "int"), ("area_km2", "double"),
                          ("n_units", "int"), ("imp3_sh", "double"), ("deg_mean", "double"),
                          ("res_mean", "double"), ("mode_dom", "string"), ("problems", "string"),
                          ("measures", "string")) + ((("domain", "string"),) if self._sea else ()))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fl,
                                          QgsWkbTypes.MultiPolygon, src.sourceCrs())
        means = zoning.zone_means(zones, x, weights=area)
        k = int(zones.max())
        seq = {}
        self._zone_codes = {}
        for z in range(1, k + 1):
            self.check_cancel(feedback)
            idx = np.flatnonzero(zones == z)
            b = int(zone_base[z - 1])
            seq[b] = seq.get(b, 0) + 1
            code = "{}-{}".format(roman(b), seq[b]) if has_base else str(seq[b])
            self._zone_codes[z] = code
            name, control, _, problems, measures = rules.rows[int(ztype[z - 1])]
            mode_txt = None
            if modes is not None:
                ok = np.isfinite(modes[idx])
                if ok.any():
                    md = int(zoning.zone_dominant(np.ones(ok.sum(), int), modes[idx][ok],
                                                  weights=area[idx][ok])[0])
                    mode_txt = zoning.MODE_NAMES.get(md)
                    if mode_txt:
                        measures = "{}；以{}为主：{}".format(measures, mode_txt, zoning.MODE_MEASURES[md]) \
                            if measures else zoning.MODE_MEASURES[md]
            mz = dict(zip(numeric, means[z - 1]))
            add_feature(sink, new_feature(fl, [z, code, "{} {}".format(code, name), name, int(ztype[z - 1]) + 1, control, 2,
                                               b if has_base else None, round(float(area[idx].sum()), 6), len(idx),
                                               attribute_value(mz.get("imp3_sh"), 6), attribute_value(mz.get("deg_mean"), 6),
                                               attribute_value(mz.get("res_mean"), 6), mode_txt,
                                               self._problems(means[z - 1], numeric, problems), measures]
                                          + ([_sea.LAND] if self._sea else []), self._dissolve(geoms, idx)))
        classes = zone_categories([r[0] for r in rules.rows])
        if self._sea:
            sea, srules, szones, stypes = self._sea
            for values, g in _sea.sea_zone_rows(sea, szones, stypes, srules, k + 1, len(rules.rows), self._dissolve):
                add_feature(sink, new_feature(fl, values, g))
            classes.update(_sea.sea_categories([r[0] for r in srules.rows]))
            feedback.pushInfo(tr("{} sea units → {} sea zones").format(len(sea.geoms), int(szones.max())))
        result[self.OUTPUT] = dest
        style_categories_on_load(context, dest, "zone_type", classes, tr("Restoration zones"))

    def _write_base(self, parameters, context, src, geoms, base, zones, ztype, rules, area, result):
        fl = make_fields((("base_id", "int"), ("base_code", "string"), ("main_type", "string"),
                          ("area_km2", "double"), ("n_units", "int"), ("n_zones", "int")))
        sink, dest = self.parameterAsSink(parameters, self.BASE_OUTPUT, context, fl,
                                          QgsWkbTypes.MultiPolygon, src.sourceCrs())
        if sink is None:
            return
        unit_type = ztype[zones - 1]
        for b in range(1, int(base.max()) + 1):
            idx = np.flatnonzero(base == b)
            main = int(zoning.zone_dominant(np.ones(len(idx), int), unit_type[idx], weights=area[idx])[0])
            add_feature(sink, new_feature(fl, [b, roman(b), rules.rows[main][0], round(float(area[idx].sum()), 6),
                                               len(idx), len(np.unique(zones[idx]))], self._dissolve(geoms, idx)))
        result[self.BASE_OUTPUT] = dest

    def _write_modes(self, parameters, context, src, geoms, mode_zones, zones, modes, area, zone_base,
                     has_base, result):
        fl = make_fields((("mzone_id", "int"), ("mzone_code", "string"), ("zone_id", "int"),
                          ("mode", "int"), ("mode_name", "string"), ("area_km2", "double"),
                          ("n_units", "int"), ("measures", "string")))
        sink, dest = self.parameterAsSink(parameters, self.MODE_OUTPUT, context, fl,
                                          QgsWkbTypes.MultiPolygon, src.sourceCrs())
        if sink is None:
            return
        seq = {}
        for m in range(1, int(mode_zones.max()) + 1):
            idx = np.flatnonzero(mode_zones == m)
            z = int(zones[idx[0]])
            seq[z] = seq.get(z, 0) + 1
            zcode = self._zone_codes[z]
            md = modes[idx[0]]
            mdi = int(md) if np.isfinite(md) else None
            add_feature(sink, new_feature(fl, [m, "{}-{}".format(zcode, seq[z]), z, mdi, zoning.MODE_NAMES.get(mdi),
                                               round(float(area[idx].sum()), 6), len(idx),
                                               zoning.MODE_MEASURES.get(mdi)], self._dissolve(geoms, idx)))
        result[self.MODE_OUTPUT] = dest
        style_categories_on_load(context, dest, "mode", dict(MODE_CLASSES),
                                 tr("Restoration-mode zones"))

    def _write_units(self, parameters, context, src, feats, base, zones, mode_zones, result):
        fl = QgsFields(src.fields())
        for name in ("base_id", "zone_id", "mzone_id"):
            if fl.lookupField(name) < 0:
                fl.append(make_field(name, "int"))
        sink, dest = self.parameterAsSink(parameters, self.UNITS_OUTPUT, context, fl,
                                          src.wkbType(), src.sourceCrs())
        if sink is None:
            return
        for i, f in enumerate(feats):
            g = QgsFeature(fl)
            g.setGeometry(f.geometry())
            attrs = dict(zip([x.name() for x in src.fields()], f.attributes()))
            attrs["base_id"] = int(base[i])
            attrs["zone_id"] = int(zones[i])
            attrs["mzone_id"] = int(mode_zones[i]) if mode_zones is not None else None
            g.setAttributes([attrs.get(x.name()) for x in fl])
            add_feature(sink, g)
        result[self.UNITS_OUTPUT] = dest

