"""Policy checks of whole-territory land consolidation (全域土地综合整治政策校核), METHODS.md §4."""
import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...core import consolidation as cc
from ...i18n import tr
from ...processing_helpers.vector_io import PreparedGeometries, make_field, spatial_index, split_geometries
from ...processing_helpers.grid import require_projected_crs, require_projected_source
from . import _common as common
from ._common import ConsolidationAlgorithm
from ...processing_helpers.styles import style_categories_on_load
from ...processing_helpers.params import ControlLinesParams


class ConsolidationPolicyCheck(ControlLinesParams, ConsolidationAlgorithm):
    NAME = "consolidationpolicycheck"
    GROUP = "consolidation"
    DISPLAY = "Consolidation policy check (全域土地综合整治政策校核)"
    TAGS = "policy,check,red line,new farmland,construction land,政策校核,生态保护红线,新增耕地,建设用地不增加"
    HELP = (
        "Checks each unit against the rules of the whole-territory land consolidation pilots "
        "(自然资发〔2019〕194号; METHODS.md §4) and reports pass/fail with the numbers: "
        "(1) new farmland ≥ the minimum share (default 5 %) of the existing farmland; (2) construction "
        "land does not grow: increase − decrease ≤ 0; (3) no consolidation patch crosses the ecological "
        "protection red line (overlap above the tolerance, or a point inside it). Units are the input "
        "layer (they must not overlap); the fields default to the unit outputs of the farmland, "
        "settlement and idle-land potential algorithms. 'all_pass' = 1 when the three rules pass.")
    PARAM_HELP = {
        "UNIT_FIELD": "Field with the name or code of each unit, copied to the report.",
        "EXISTING_FIELD": ("Existing farmland of the unit in hm². Default farm_hm2 (written by 'Farmland "
                           "consolidation potential')."),
        "NEW_FIELDS": ("Fields whose sum is the unit's new farmland (hm²). Default the new-farmland fields of "
                       "the farmland, settlement and idle-land potential algorithms."),
        "DECREASE_FIELDS": ("Fields whose sum is the unit's construction-land decrease (hm²). Default the fields "
                            "of the settlement and idle-land potential algorithms."),
        "MIN_SHARE": ("Rule 1: new farmland must reach this share (%) of the existing farmland. Default 5 %, the "
                      "pilot rule of 自然资发〔2019〕194号 as summarised in METHODS.md §4."),
        "RED_LINE": ("Polygons of the ecological protection red line (生态保护红线), for rule 3. Empty: rule 3 is not "
                     "checked (reported as not checked)."),
        "TOLERANCE": ("Overlap (m²) of a patch with the red line that still passes, to absorb digitising "
                      "slivers. Default 1 m², the plugin's own value."),
        "OUTPUT": "Units with each rule's numbers, pass/fail flags and all_pass (1 = all three rules pass).",
    }
    ADVANCED = ("TOLERANCE",)

    INPUT, UNIT_FIELD, EXISTING_FIELD, NEW_FIELDS = "INPUT", "UNIT_FIELD", "EXISTING_FIELD", "NEW_FIELDS"
    DECREASE_FIELDS, INCREASE_FIELDS, MIN_SHARE = "DECREASE_FIELDS", "INCREASE_FIELDS", "MIN_SHARE"
    PATCHES, TOLERANCE, OUTPUT = "PATCHES", "TOLERANCE", "OUTPUT"

    def initAlgorithm(self, config=None):
        p = QgsProcessingParameterFeatureSource(self.INPUT, tr("Units with potential"),
                                                [QgsProcessing.TypeVectorPolygon])
        p.setHelp(tr("Unit polygons with the existing farmland, new farmland and construction-land fields (hm²)."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterField(self.UNIT_FIELD, tr("Unit name or code field"),
                                                      parentLayerParameterName=self.INPUT))
        num = QgsProcessingParameterField.Numeric
        self.addParameter(QgsProcessingParameterField(self.EXISTING_FIELD, tr("Existing farmland field (hm²)"),
                                                      defaultValue="farm_hm2", parentLayerParameterName=self.INPUT,
                                                      type=num, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.NEW_FIELDS, tr("New farmland fields (hm²)"), defaultValue="fc_new_hm2;st_farm_hm2;id_farm_hm2",
            parentLayerParameterName=self.INPUT, type=num, allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.DECREASE_FIELDS, tr("Construction-land decrease fields (hm²)"),
            defaultValue="st_pot_hm2;id_cdec_hm2", parentLayerParameterName=self.INPUT, type=num,
            allowMultiple=True, optional=True))
        p = QgsProcessingParameterField(
            self.INCREASE_FIELDS, tr("Construction-land increase fields (hm²)"), parentLayerParameterName=self.INPUT,
            type=num, allowMultiple=True, optional=True)
        p.setHelp(tr("New construction land planned in the unit (e.g. relocation sites, mines restored to construction)."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.MIN_SHARE, tr("Minimum new farmland (% of existing farmland)"),
                                         QgsProcessingParameterNumber.Double,
                                         100 * cc.DEFAULT_MIN_NEW_FARMLAND_SHARE, minValue=0.0)
        self.addParameter(p)
        self.add_control_line_parameters(("red_line",), {"red_line": tr("Ecological protection red line")})
        p = QgsProcessingParameterMultipleLayers(self.PATCHES, tr("Consolidation patches"),
                                                 QgsProcessing.TypeVectorAnyGeometry, optional=True)
        p.setHelp(tr("The patches to be consolidated (farmland patches, settlements, mines…), checked against the red line."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterNumber(self.TOLERANCE, tr("Red-line overlap tolerance (m²)"),
                                                       QgsProcessingParameterNumber.Double, 1.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Policy check"),
                                                            QgsProcessing.TypeVectorPolygon))

    def _fields_sum(self, parameters, name, context, source, rows):
        names = self.parameterAsFields(parameters, name, context)
        total = np.zeros(len(rows))
        for f in names:
            v = common.numeric_column(rows, common.field_index(source, f, tr("Units with potential"), numeric=True))
            total += np.where(np.isfinite(v), v, 0.0)
        return total, names

    def process(self, parameters, context, feedback):
        label = tr("Units with potential")
        source = self.parameterAsSource(parameters, self.INPUT, context)
        unit_field = self.parameterAsString(parameters, self.UNIT_FIELD, context)
        units = common.Units(source, unit_field, source.sourceCrs(), context, feedback, label)
        ids, geoms, rows = common.read_features(source, label, cancel=lambda: self.check_cancel(feedback))
        kidx = source.fields().lookupField(unit_field)
        order = [units.keys.index(str(r[kidx])) for r in rows]   # feature order = Units order
        ex_name = self.parameterAsString(parameters, self.EXISTING_FIELD, context)
        if not ex_name:
            raise QgsProcessingException(tr("Choose the existing farmland field."))
        existing = common.numeric_column(rows, common.field_index(source, ex_name, label, numeric=True))
        bad = [units.keys[order[i]] for i in np.flatnonzero(~np.isfinite(existing))]
        if bad:
            raise QgsProcessingException(tr("Existing farmland field '{}' is empty for the units {}.").format(
                ex_name, common.describe_ids(bad)))
        new, new_names = self._fields_sum(parameters, self.NEW_FIELDS, context, source, rows)
        dec, dec_names = self._fields_sum(parameters, self.DECREASE_FIELDS, context, source, rows)
        inc, inc_names = self._fields_sum(parameters, self.INCREASE_FIELDS, context, source, rows)
        share = self.parameterAsDouble(parameters, self.MIN_SHARE, context) / 100.0
        tol = self.parameterAsDouble(parameters, self.TOLERANCE, context)

        red_src = self.control_line_sources(parameters, context, ("red_line",))["red_line"]
        layers = self.parameterAsLayerList(parameters, self.PATCHES, context)
        nu = len(units)
        red_n = np.zeros(nu)
        red_a = np.zeros(nu)
        if red_src is not None and layers:
            require_projected_source(red_src, tr("Ecological protection red line"))
            red_n, red_a = self._redline(red_src, layers, units, source.sourceCrs(), tol, context, feedback)
        elif red_src is None and layers:
            feedback.pushWarning(tr("No red line layer: the red-line rule is not checked."))
        elif red_src is not None:
            feedback.pushWarning(tr("No consolidation patches: the red-line rule is not checked."))
        red_checked = red_src is not None and bool(layers)
        # per feature (feature order)
        rn = red_n[order]
        ra = red_a[order]
        res = cc.policy_checks(existing, new, inc, dec, rn, min_share=share)
        method = tr("new farmland ({}) ≥ {:g} % × existing ({}); construction increase ({}) − decrease ({}) ≤ 0; "
                    "red line: no patch overlaps by more than {:g} m²{} (自然资发〔2019〕194号, METHODS §4)").format(
                        "+".join(new_names) or "-", share * 100, ex_name, "+".join(inc_names) or "-",
                        "+".join(dec_names) or "-", tol, "" if red_checked else tr(" (not checked)"))
        new_fields = [make_field("unit", "string", 254), make_field("farm_now_hm2", "double"),
                      make_field("new_farm_hm2", "double"), make_field("new_pct", "double"),
                      make_field("min_pct", "double"), make_field("farm_pass", "int"),
                      make_field("c_inc_hm2", "double"), make_field("c_dec_hm2", "double"),
                      make_field("c_net_hm2", "double"), make_field("constr_pass", "int"),
                      make_field("red_n", "int"), make_field("red_m2", "double"), make_field("red_pass", "int"),
                      make_field("all_pass", "int"), make_field("check_method", "string", 254)]
        new_rows = []
        for i in range(len(ids)):
            ratio = res["ratio"][i]
            new_rows.append([units.keys[order[i]], existing[i], new[i], 100 * ratio if np.isfinite(ratio) else None,
                             share * 100, int(res["farm_pass"][i]), inc[i], dec[i], res["net_change"][i],
                             int(res["construction_pass"][i]), int(rn[i]), ra[i],
                             int(res["redline_pass"][i]) if red_checked else None,
                             int(res["all_pass"][i]), method])
        dest = self.write_patches(parameters, context, source, geoms, rows, new_fields, new_rows)
        style_categories_on_load(context, dest, "all_pass", {
            1: (common.PASS_COLOURS[1], tr("Pass")), 0: (common.PASS_COLOURS[0], tr("Fail"))})
        feedback.pushInfo(tr("{} of {} units pass all checks.").format(int(res["all_pass"].sum()), len(ids)))
        return {self.OUTPUT: dest}

    def _redline(self, red_src, layers, units, crs, tol, context, feedback):
        red, _ = common.indexed_geometries(red_src, crs, context)
        # the red line cut into pieces of ≤ 256 vertices (they add up to it), prepared: each test is
        # O(log V) in a piece's vertices, and a patch inside a piece needs no overlay (issue 20: every
        # farmland patch is tested against a county-wide red line; prepared `contains` on the whole red
        # line took 150 µs a patch)
        red, _ = split_geometries(red)
        index = spatial_index(red)
        red_engine = PreparedGeometries(red)

        nu = len(units)
        count = np.zeros(nu)
        area = np.zeros(nu)
        for layer in layers:
            if layer.type() != layer.VectorLayer:
                continue
            lcrs = layer.crs()
            require_projected_crs(lcrs, layer.name())
            lxf = QgsCoordinateTransform(lcrs, crs, context.transformContext()) if lcrs != crs else None
            geoms = []
            for f in layer.getFeatures():
                g = QgsGeometry(f.geometry())
                if lxf is not None and not g.isNull():
                    g.transform(lxf)
                geoms.append(g)
            self.check_cancel(feedback)
            uidx = units.assign(geoms)
            for g, u in zip(geoms, uidx):
                if u < 0 or g.isNull():
                    continue
                is_point = g.type() == QgsWkbTypes.PointGeometry
                a_tot, hit = 0.0, False
                cg = g.constGet()
                for j in index.intersects(g.boundingBox()):
                    if not red_engine[j].intersects(cg):
                        continue
                    if is_point:
                        hit = True
                        continue
                    if red_engine[j].contains(cg):      # inside: the overlap is the patch (no O(V) overlay)
                        a_tot += g.area()
                        continue
                    inter = g.intersection(red[j])
                    a_tot += inter.area() if inter and not inter.isNull() else 0.0
                if hit or (not is_point and a_tot > tol):
                    count[u] += 1
                    area[u] += a_tot
        return count, area
