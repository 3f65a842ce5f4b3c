"""Farmland consolidation potential (耕地整治潜力), METHODS.md §4."""
import numpy as np
from qgis.core import (
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsSpatialIndex,
)

from ...core import consolidation as cc
from ...i18n import tr
from ...processing_helpers.vector_io import make_field
from ...processing_helpers.grid import require_projected_source
from . import _common as common
from ._common import ConsolidationAlgorithm
from ...processing_helpers.tables import to_float


def default_ridge_matrix():
    flat = []
    for cls, (now, after) in sorted(cc.DEFAULT_RIDGE_COEFFICIENTS.items()):
        flat += [cls, now, after]
    return flat


def ridge_table(value):
    table = {}
    for row in common.parse_table(value, 3, tr("Ridge, ditch and road coefficients")):
        key = common.class_key(row[0])
        if key is None:
            raise QgsProcessingException(tr("Ridge, ditch and road coefficients: a row has no slope class."))
        now = to_float(row[1], tr("Ridge, ditch and road coefficients"))
        after = to_float(row[2], tr("Ridge, ditch and road coefficients"))
        if not (0.0 <= after <= now < 1.0):
            raise QgsProcessingException(tr(
                "Ridge, ditch and road coefficients, slope class {}: the coefficients must satisfy "
                "0 ≤ after ≤ now < 1 (now {}, after {}).").format(key, now, after))
        table[key] = (now, after)
    return table


def table_text(table):
    return ", ".join("{}: {:g}→{:g}".format(k, a, b) for k, (a, b) in sorted(table.items(), key=lambda kv: str(kv[0])))


class FarmlandPotential(ConsolidationAlgorithm):
    NAME = "farmlandpotential"
    GROUP = "consolidation"
    DISPLAY = "Farmland consolidation potential (耕地整治潜力)"
    TAGS = "farmland,consolidation,ridge coefficient,fragmentation,耕地整治,田坎系数,新增耕地,土地综合整治"
    HELP = ("New farmland from consolidating farmland patches (METHODS.md §4; TD/T 1012-2016). Ridges, ditches "
            "and field roads take a share ξ of the gross farmland; consolidation lowers it from ξ_now to "
            "ξ_after, so each patch of net farmland area S gains ΔS = S·(ξ_now − ξ_after)/(1 − ξ_now). ξ is "
            "tabulated by slope class (TD/T 1055 grades: 1 ≤2°, 2 2–6°, 3 6–15°, 4 15–25°, 5 >25°); the default "
            "table holds typical values (not verified: use the province's 田坎系数 table). The slope field holds the "
            "class, or the slope in degrees (then graded). Area: the area field in m² (e.g. 三调 TBMJ) or the "
            "planar area of the geometry. Fragmentation: patch count and mean patch size per unit before, and "
            "after merging patches closer than the merge distance (they are separated only by ridges, ditches or "
            "field roads). Quality: with a grade field (耕地质量等别/等级, 1 = best), the grade after is max(grade − "
            "uplift, 1) and the area-weighted mean grade per unit is reported. Each patch goes to the unit "
            "holding most of its area. Outputs: patches, and units with totals in hm², 亩 and 万亩 (1 hm² = 15 亩, 1 "
            "万亩 = 10 000 亩); the field 'method' records the formula and coefficients. 三调 parcels (DLTB): with "
            "'use the 三调 fields' on, the net area TBDLMJ is used when no area field is chosen, and the "
            "parcel's own 田坎系数 KCXS (or the chosen KCXS field) replaces ξ_now where present (as a share "
            "0–1, or in % when above 1); ξ_after is then the smaller of the table value and KCXS.")
    PARAM_HELP = {
        "OUTPUT": ("Farmland patches with their new farmland ΔS (m², hm²), coefficients, grade before and after, "
                   "and the unit they belong to."),
        "OUTPUT_UNITS": ("Consolidation units with the totals of their features in hm², 亩 and 万亩 (1 hm² = 15 亩); "
                         "the field 'method' records the formula and coefficients."),
    }
    ADVANCED = ("MERGE_DISTANCE",)

    INPUT, SLOPE_FIELD, SLOPE_IS_DEGREES = "INPUT", "SLOPE_FIELD", "SLOPE_IS_DEGREES"
    COEFFICIENTS, AREA_FIELD, GRADE_FIELD, GRADE_UPLIFT = "COEFFICIENTS", "AREA_FIELD", "GRADE_FIELD", "GRADE_UPLIFT"
    MERGE_DISTANCE = "MERGE_DISTANCE"
    KCXS_FIELD, USE_DLTB_FIELDS = "KCXS_FIELD", "USE_DLTB_FIELDS"
    OUTPUT, OUTPUT_UNITS = "OUTPUT", "OUTPUT_UNITS"

    def initAlgorithm(self, config=None):
        p = QgsProcessingParameterFeatureSource(self.INPUT, tr("Farmland patches"),
                                                [QgsProcessing.TypeVectorPolygon])
        p.setHelp(tr("Farmland patches (耕地图斑) in a projected CRS in metres."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.SLOPE_FIELD, tr("Slope class or slope field"),
                                        parentLayerParameterName=self.INPUT)
        p.setHelp(tr("Slope class of each patch (keys of the coefficient table), or the slope in degrees."))
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(self.SLOPE_IS_DEGREES, tr("The slope field holds degrees"), False)
        p.setHelp(tr("Grade the slope into classes 1–5 at 2°, 6°, 15° and 25° (TD/T 1055)."))
        self.addParameter(p)
        p = QgsProcessingParameterMatrix(
            self.COEFFICIENTS, tr("Ridge, ditch and road coefficients"), numberRows=0,
            hasFixedNumberRows=False,
            headers=[tr("Slope class"), tr("Coefficient now (ξ_now)"), tr("Coefficient after (ξ_after)")],
            defaultValue=default_ridge_matrix(), optional=True)
        p.setHelp(tr("田坎系数 by slope class, now and after consolidation, as shares (0–1)."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.AREA_FIELD, tr("Area field (m²)"), parentLayerParameterName=self.INPUT,
                                        type=QgsProcessingParameterField.Numeric, optional=True)
        p.setHelp(tr("Net farmland area in m²; empty: the planar area of the geometry."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.GRADE_FIELD, tr("Quality grade field"), parentLayerParameterName=self.INPUT,
                                        type=QgsProcessingParameterField.Numeric, optional=True)
        p.setHelp(tr("Farmland quality grade (1 = best); optional."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.GRADE_UPLIFT, tr("Quality grade uplift (grades)"),
                                         QgsProcessingParameterNumber.Double, 1.0, minValue=0.0)
        p.setHelp(tr("Grades gained on consolidated land. Default 1, the plugin's own value: take it from the "
                     "local consolidation design."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.MERGE_DISTANCE, tr("Merge distance for fragmentation after (m)"),
                                         QgsProcessingParameterNumber.Double, 10.0, minValue=0.0)
        p.setHelp(tr("Patches of one unit closer than this are one field after consolidation."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.KCXS_FIELD, tr("Parcel ridge coefficient field (三调 KCXS)"),
                                        parentLayerParameterName=self.INPUT,
                                        type=QgsProcessingParameterField.Numeric, optional=True)
        p.setHelp(tr("The parcel's own 田坎系数; replaces ξ_now of the table where present."))
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(self.USE_DLTB_FIELDS, tr("Use the 三调 fields TBDLMJ and KCXS when present"),
                                          True, optional=True)
        p.setHelp(tr("Without an area field, take the net area TBDLMJ; without a KCXS field, take KCXS."))
        self.addParameter(p)
        self.add_unit_parameters()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Farmland potential per patch"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_UNITS, tr("Farmland potential per unit"), QgsProcessing.TypeVectorPolygon))

    def process(self, parameters, context, feedback):
        label = tr("Farmland patches")
        source = self.parameterAsSource(parameters, self.INPUT, context)
        require_projected_source(source, label)
        slope_name = self.parameterAsString(parameters, self.SLOPE_FIELD, context)
        slope_idx = common.field_index(source, slope_name, label)
        if slope_idx < 0:
            raise QgsProcessingException(tr("Choose the slope class or slope field."))
        degrees = self.parameterAsBool(parameters, self.SLOPE_IS_DEGREES, context)
        if degrees and not source.fields().at(slope_idx).isNumeric():
            raise QgsProcessingException(tr("{}: field '{}' is not numeric.").format(label, slope_name))
        area_idx = common.field_index(source, self.parameterAsString(parameters, self.AREA_FIELD, context),
                                      label, numeric=True)
        kcxs_idx = common.field_index(source, self.parameterAsString(parameters, self.KCXS_FIELD, context),
                                      label, numeric=True)
        use_dltb = parameters.get(self.USE_DLTB_FIELDS) is None or \
            self.parameterAsBool(parameters, self.USE_DLTB_FIELDS, context)
        if use_dltb:
            names_upper = {f.name().upper(): i for i, f in enumerate(source.fields())}
            if area_idx < 0 and "TBDLMJ" in names_upper and source.fields().at(names_upper["TBDLMJ"]).isNumeric():
                area_idx = names_upper["TBDLMJ"]
                feedback.pushInfo(tr("Area: the 三调 net area field TBDLMJ."))
            if kcxs_idx < 0 and "KCXS" in names_upper and source.fields().at(names_upper["KCXS"]).isNumeric():
                kcxs_idx = names_upper["KCXS"]
                feedback.pushInfo(tr("ξ_now: the parcels' own 田坎系数 KCXS where present."))
        grade_idx = common.field_index(source, self.parameterAsString(parameters, self.GRADE_FIELD, context),
                                       label, numeric=True)
        uplift = self.parameterAsDouble(parameters, self.GRADE_UPLIFT, context)
        dist = self.parameterAsDouble(parameters, self.MERGE_DISTANCE, context)
        table = ridge_table(self.table_value(parameters, self.COEFFICIENTS))
        cancel = lambda: self.check_cancel(feedback)

        units = self.read_units(parameters, context, source.sourceCrs(), feedback)
        feedback.setProgressText(tr("Reading farmland patches"))
        ids, geoms, rows = common.read_features(source, label, cancel=cancel)
        n = len(ids)
        feedback.setProgress(10)

        # slope classes
        if degrees:
            s = common.numeric_column(rows, slope_idx)
            bad = [ids[i] for i in np.flatnonzero(~np.isfinite(s))]
            classes = cc.slope_grade(s).astype(object)
        else:
            classes = np.empty(n, dtype=object)
            bad = []
            for i, r in enumerate(rows):
                classes[i] = common.class_key(r[slope_idx])
                if classes[i] is None:
                    bad.append(ids[i])
        if bad:
            raise QgsProcessingException(tr(
                "{} farmland patches have no slope value (feature ids {}). Fill the slope field first."
            ).format(len(bad), common.describe_ids(bad)))
        missing = sorted(set(classes.tolist()) - set(table), key=str)
        if missing:
            raise QgsProcessingException(tr(
                "Slope classes {} occur in the farmland patches but are absent from the coefficient "
                "table (classes in the table: {}). Add them to the table or correct the slope field."
            ).format(", ".join(map(str, missing)), ", ".join(map(str, sorted(table, key=str)))))

        if area_idx >= 0:
            area_m2 = common.numeric_column(rows, area_idx)
            bad = [ids[i] for i in np.flatnonzero(~np.isfinite(area_m2) | (area_m2 < 0))]
            if bad:
                raise QgsProcessingException(tr("{} patches have a missing or negative area (feature ids {}).").format(
                    len(bad), common.describe_ids(bad)))
        else:
            area_m2 = np.array([g.area() for g in geoms])
        area = cc.m2_to_hm2(area_m2)
        res = cc.farmland_potential(area, classes, table)
        if kcxs_idx >= 0:
            kx = common.numeric_column(rows, kcxs_idx)
            kx = np.where(kx > 1.0, kx / 100.0, kx)
            own = np.isfinite(kx) & (kx >= 0) & (kx < 1)
            now = np.where(own, kx, res["xi_now"])
            after = np.where(own, np.minimum(res["xi_after"], now), res["xi_after"])
            k = cc.new_farmland_coefficient(now, after)
            res = {"xi_now": now, "xi_after": after, "k": k, "new_hm2": area * k}
            table_note = tr("; ξ_now = parcel KCXS on {} patches").format(int(own.sum()))
        else:
            table_note = ""

        feedback.setProgressText(tr("Joining patches to units"))
        uidx = units.assign(geoms, feedback, 10, 45, cancel)
        outside = np.flatnonzero(uidx < 0)
        if outside.size:
            feedback.pushWarning(tr(
                "{} farmland patches ({:.2f} hm²) lie outside every unit; they are in the patch output "
                "without a unit and left out of the unit totals.").format(outside.size, float(area[outside].sum())))

        feedback.setProgressText(tr("Fragmentation after consolidation"))
        groups = self._groups(geoms, uidx, dist, feedback, cancel)
        nu = len(units)
        frag = cc.fragmentation(area, uidx, nu, groups=groups, new_hm2=res["new_hm2"])
        grade = common.numeric_column(rows, grade_idx) if grade_idx >= 0 else None
        grade_after = cc.grade_uplift(grade, uplift=uplift) if grade is not None else None
        farm_tot = cc.unit_sums(uidx, area, nu)
        new_tot = cc.unit_sums(uidx, res["new_hm2"], nu)
        self.check_cancel(feedback)

        method = tr("ΔS = S·(ξ_now − ξ_after)/(1 − ξ_now) by slope class ({}); merge distance {:g} m; "
                    "grade uplift {:g} (METHODS §4, TD/T 1012)").format(
                        table_text(table), dist, uplift if grade is not None else 0.0) + table_note

        # ---- write (everything is computed: an error can no longer leave half an output)
        feedback.setProgressText(tr("Writing outputs"))
        new_fields = [make_field("unit", "string", 254), make_field("slope_cls", "string", 32),
                      make_field("farm_hm2", "double"), make_field("xi_now", "double"),
                      make_field("xi_after", "double"), make_field("k_new", "double"),
                      make_field("new_hm2", "double"), make_field("new_mu", "double"),
                      make_field("grade", "double"), make_field("grade_aft", "double"),
                      make_field("field_grp", "int"), make_field("method", "string", 254)]
        new_rows = []
        for i in range(n):
            u = uidx[i]
            new_rows.append([units.keys[u] if u >= 0 else None, str(classes[i]), area[i], res["xi_now"][i],
                             res["xi_after"][i], res["k"][i], res["new_hm2"][i], cc.hm2_to_mu(res["new_hm2"][i]),
                             grade[i] if grade is not None else None,
                             grade_after[i] if grade is not None else None, int(groups[i]), method])
        dest = self.write_patches(parameters, context, source, geoms, rows, new_fields, new_rows)
        feedback.setProgress(90)

        unit_new = [make_field("unit", "string", 254), make_field("fc_n_bef", "int"),
                    make_field("fc_mean_bef", "double"), make_field("fc_n_aft", "int"),
                    make_field("fc_mean_aft", "double")] + \
            common.area_fields("farm") + common.area_fields("fc_new") + \
            [make_field("fc_share", "double"), make_field("grade_bef", "double"),
             make_field("grade_aft", "double"), make_field("fc_method", "string", 254)]
        gb = cc.weighted_mean_per_unit(grade, area, uidx, nu) if grade is not None else [None] * nu
        ga = cc.weighted_mean_per_unit(grade_after, area, uidx, nu) if grade is not None else [None] * nu
        urows = []
        for u in range(nu):
            share = new_tot[u] / farm_tot[u] if farm_tot[u] > 0 else None
            urows.append([units.keys[u], frag["n_before"][u], frag["mean_before"][u], frag["n_after"][u],
                          frag["mean_after"][u]] + common.area_columns("farm", farm_tot[u]) +
                         common.area_columns("fc_new", new_tot[u]) + [share, gb[u], ga[u], method])
        udest = self.write_units(parameters, context, units, source.sourceCrs(), unit_new, urows)
        feedback.pushInfo(tr("New farmland from farmland consolidation: {:.2f} hm² ({:.2f} 万亩) on {:.2f} hm² "
                             "of farmland.").format(float(new_tot.sum()), float(cc.hm2_to_wanmu(new_tot.sum())),
                                                    float(farm_tot.sum())))
        feedback.setProgress(100)
        return {self.OUTPUT: dest, self.OUTPUT_UNITS: udest}

    def _groups(self, geoms, uidx, dist, feedback, cancel):
        """Connected groups of patches of one unit within ``dist`` of each other."""
        n = len(geoms)
        index = QgsSpatialIndex()
        for i, g in enumerate(geoms):
            if uidx[i] >= 0:
                index.addFeature(i, g.boundingBox())
        pairs = []
        step = max(n // 100, 1)
        for i, g in enumerate(geoms):
            if i % step == 0:
                cancel()
                feedback.setProgress(45 + 30 * i / n)
            if uidx[i] < 0:
                continue
            cand = [j for j in index.intersects(common.grid_rect(g.boundingBox(), dist))
                    if j > i and uidx[j] == uidx[i]]
            if not cand:
                continue
            e = QgsGeometry.createGeometryEngine(g.constGet())
            e.prepareGeometry()
            for j in cand:
                other = geoms[j].constGet()
                if (e.intersects(other) if dist <= 0 else e.distanceWithin(other, dist)):
                    pairs.append((i, j))
        return cc.merge_groups(n, pairs)
