"""Rural settlement consolidation potential (农村居民点整治潜力), METHODS.md §4."""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...core import consolidation as cc
from ...i18n import tr, tr_noop
from ...processing_helpers.vector_io import make_field
from ...processing_helpers.grid import require_projected_source
from . import _common as common
from ._common import ConsolidationAlgorithm

AREA_UNITS = [(tr_noop("m²"), 1.0), (tr_noop("hm²"), cc.M2_PER_HM2), (tr_noop("亩 (mu)"), cc.M2_PER_HM2 / cc.MU_PER_HM2)]
METHODS = [tr_noop("Per-capita standard: ΔS = S_now − P_plan · A_person"),
           tr_noop("Per-household standard: ΔS = S_now − H_plan · A_household")]


class SettlementPotential(ConsolidationAlgorithm):
    NAME = "settlementpotential"
    GROUP = "consolidation"
    DISPLAY = "Rural settlement consolidation potential (农村居民点整治潜力)"
    TAGS = "rural settlement,homestead,construction land,consolidation,农村居民点,宅基地,建设用地整理,人均用地标准"
    HELP = (
        "Construction land that rural settlements can release, and the farmland it can give "
        "(METHODS.md §4). Per-capita standard: ΔS = S_now − P_plan · A_person, with A_person up to "
        "150 m²/person (GB 50188-2007; or the provincial standard); per-household variant: ΔS = S_now − "
        "H_plan · A_household. Planned population P_plan = P_now · (1 + r)^(plan year − base year) "
        "with the annual growth rate r (households alike; without a household field H = P / household "
        "size). A negative ΔS (the settlement is below the standard) is reported as zero potential, with "
        "the flag 'negative' = 1 and the raw value kept. New farmland = ΔS × reclamation coefficient. "
        "Settlements are points or polygons; the area comes from the area field (m², hm² or 亩) or the "
        "polygon's planar area. Every settlement must lie in a unit and have a population. Outputs: "
        "settlements, and units with totals in hm², 亩 and 万亩; the field 'method' records the "
        "formula and standards.")
    PARAM_HELP = {
        "AREA_UNIT": "Unit of the area field: m² (default), hm² or 亩.",
        "METHOD": "Per-capita standard (default) or per-household standard for the land a settlement needs.",
        "BASE_YEAR": "Year of the population data. Default 2020, the base year of the 2021-2035 plans.",
        "PLAN_YEAR": "Target year of the plan; population is projected to it. Default 2035, the plan horizon.",
        "HOUSEHOLD_SIZE": ("Persons per household, to derive households from population when no household field "
                           "is given. Default 3.0, the plugin's own value; use the local census figure."),
        "OUTPUT": ("Settlements with planned population, standard area, potential ΔS (negative flagged and kept "
                   "as raw value) and new farmland."),
        "OUTPUT_UNITS": ("Consolidation units with the totals of their features in hm², 亩 and 万亩 (1 hm² = 15 亩); "
                         "the field 'method' records the formula and coefficients."),
    }
    ADVANCED = ("HOUSEHOLD_SIZE", "AREA_UNIT")

    INPUT, AREA_FIELD, AREA_UNIT, POP_FIELD, HOUSEHOLD_FIELD = "INPUT", "AREA_FIELD", "AREA_UNIT", "POP_FIELD", "HOUSEHOLD_FIELD"
    METHOD, GROWTH_RATE, BASE_YEAR, PLAN_YEAR = "METHOD", "GROWTH_RATE", "BASE_YEAR", "PLAN_YEAR"
    AREA_PER_PERSON, AREA_PER_HOUSEHOLD, HOUSEHOLD_SIZE, RECLAIM = (
        "AREA_PER_PERSON", "AREA_PER_HOUSEHOLD", "HOUSEHOLD_SIZE", "RECLAIM")
    OUTPUT, OUTPUT_UNITS = "OUTPUT", "OUTPUT_UNITS"

    def initAlgorithm(self, config=None):
        p = QgsProcessingParameterFeatureSource(self.INPUT, tr("Rural settlements"),
                                                [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon])
        p.setHelp(tr("Rural settlement polygons (农村居民点图斑), or points with an area field."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.AREA_FIELD, tr("Settlement area field"), parentLayerParameterName=self.INPUT,
                                        type=QgsProcessingParameterField.Numeric, optional=True)
        p.setHelp(tr("Current settlement land area S_now; empty: the polygon's planar area (required for points)."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterEnum(self.AREA_UNIT, tr("Unit of the area field"),
                                                     [tr(u) for u, _ in AREA_UNITS], defaultValue=0))
        p = QgsProcessingParameterField(self.POP_FIELD, tr("Population field"), parentLayerParameterName=self.INPUT,
                                        type=QgsProcessingParameterField.Numeric)
        p.setHelp(tr("Current resident population P_now (persons); must be present and above zero."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.HOUSEHOLD_FIELD, tr("Household field"), parentLayerParameterName=self.INPUT,
                                        type=QgsProcessingParameterField.Numeric, optional=True)
        p.setHelp(tr("Current households (per-household method); empty: population / household size."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterEnum(self.METHOD, tr("Standard"), [tr(m) for m in METHODS],
                                                     defaultValue=0))
        p = QgsProcessingParameterNumber(self.GROWTH_RATE, tr("Annual population growth rate (%)"),
                                         QgsProcessingParameterNumber.Double, 0.5, minValue=-50.0, maxValue=50.0)
        p.setHelp(tr("r in P_plan = P_now · (1 + r)^n; negative where the rural population shrinks. "
                     "Default 0.5 %, the plugin's own value: take it from the local plan."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterNumber(self.BASE_YEAR, tr("Base year"),
                                                       QgsProcessingParameterNumber.Integer, 2020))
        self.addParameter(QgsProcessingParameterNumber(self.PLAN_YEAR, tr("Planning year"),
                                                       QgsProcessingParameterNumber.Integer, 2035))
        p = QgsProcessingParameterNumber(self.AREA_PER_PERSON, tr("Standard per person A_person (m²)"),
                                         QgsProcessingParameterNumber.Double, cc.DEFAULT_AREA_PER_PERSON, minValue=0.0)
        p.setHelp(tr("GB 50188-2007 upper grade 150 m²/person, or the provincial standard."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.AREA_PER_HOUSEHOLD, tr("Standard per household A_household (m²)"),
                                         QgsProcessingParameterNumber.Double, cc.DEFAULT_AREA_PER_HOUSEHOLD, minValue=0.0)
        p.setHelp(tr("Provincial homestead standard plus shared land per household. Default 200 m², the "
                     "plugin's own value, not verified against a provincial standard."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterNumber(self.HOUSEHOLD_SIZE, tr("Persons per household"),
                                                       QgsProcessingParameterNumber.Double, 3.0, minValue=0.1))
        p = QgsProcessingParameterNumber(self.RECLAIM, tr("Reclamation coefficient to farmland"),
                                         QgsProcessingParameterNumber.Double, cc.DEFAULT_SETTLEMENT_RECLAIM,
                                         minValue=0.0, maxValue=1.0)
        p.setHelp(tr("Share of the released land that becomes farmland. Default 0.7, the plugin's own value: "
                     "take it from the local reclamation plans."))
        self.addParameter(p)
        self.add_unit_parameters()
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Settlement potential per settlement")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_UNITS, tr("Settlement potential per unit"), QgsProcessing.TypeVectorPolygon))

    def process(self, parameters, context, feedback):
        label = tr("Rural settlements")
        source = self.parameterAsSource(parameters, self.INPUT, context)
        require_projected_source(source, label)
        area_idx = common.field_index(source, self.parameterAsString(parameters, self.AREA_FIELD, context),
                                      label, numeric=True)
        pop_name = self.parameterAsString(parameters, self.POP_FIELD, context)
        pop_idx = common.field_index(source, pop_name, label, numeric=True)
        if pop_idx < 0:
            raise QgsProcessingException(tr("Choose the population field."))
        hh_idx = common.field_index(source, self.parameterAsString(parameters, self.HOUSEHOLD_FIELD, context),
                                    label, numeric=True)
        is_points = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.PointGeometry
        if is_points and area_idx < 0:
            raise QgsProcessingException(tr("The settlements are points: choose the settlement area field."))
        unit_name, factor = AREA_UNITS[self.parameterAsEnum(parameters, self.AREA_UNIT, context)]
        per_household = self.parameterAsEnum(parameters, self.METHOD, context) == 1
        rate = self.parameterAsDouble(parameters, self.GROWTH_RATE, context) / 100.0
        years = (self.parameterAsInt(parameters, self.PLAN_YEAR, context)
                 - self.parameterAsInt(parameters, self.BASE_YEAR, context))
        a_person = self.parameterAsDouble(parameters, self.AREA_PER_PERSON, context)
        a_house = self.parameterAsDouble(parameters, self.AREA_PER_HOUSEHOLD, context)
        hh_size = self.parameterAsDouble(parameters, self.HOUSEHOLD_SIZE, context)
        reclaim = self.parameterAsDouble(parameters, self.RECLAIM, context)
        cancel = lambda: self.check_cancel(feedback)

        units = self.read_units(parameters, context, source.sourceCrs(), feedback)
        ids, geoms, rows = common.read_features(source, label, cancel=cancel)
        pop = common.numeric_column(rows, pop_idx)
        bad = [ids[i] for i in np.flatnonzero(~np.isfinite(pop) | (pop <= 0))]
        if bad:
            raise QgsProcessingException(tr(
                "{} settlements have a missing or zero population in field '{}' (feature ids {}). "
                "Fill in the population, or remove uninhabited settlements and treat them as idle land."
            ).format(len(bad), pop_name, common.describe_ids(bad)))
        if area_idx >= 0:
            s_now_m2 = common.numeric_column(rows, area_idx) * factor
        else:
            s_now_m2 = np.array([g.area() for g in geoms])
        bad = [ids[i] for i in np.flatnonzero(~np.isfinite(s_now_m2) | (s_now_m2 < 0))]
        if bad:
            raise QgsProcessingException(tr("{} settlements have a missing or negative area (feature ids {}).").format(
                len(bad), common.describe_ids(bad)))
        feedback.setProgress(20)
        uidx = units.assign(geoms, feedback, 20, 60, cancel)
        outside = [ids[i] for i in np.flatnonzero(uidx < 0)]
        if outside:
            raise QgsProcessingException(tr(
                "{} settlements lie outside every unit (feature ids {}). Every settlement must belong to a "
                "unit: extend the units or clip the settlements to them.").format(len(outside), common.describe_ids(outside)))

        p_plan = cc.planned_population(pop, rate, years)
        if per_household:
            if hh_idx >= 0:
                hh = common.numeric_column(rows, hh_idx)
                bad = [ids[i] for i in np.flatnonzero(~np.isfinite(hh) | (hh <= 0))]
                if bad:
                    raise QgsProcessingException(tr(
                        "{} settlements have a missing or zero household count (feature ids {}).").format(
                            len(bad), common.describe_ids(bad)))
            else:
                hh = pop / hh_size
            planned = cc.planned_population(hh, rate, years)
            std = a_house
            method = tr("ΔS = S_now − H_plan·A_household, H_plan = H_now·(1 + {:g} %)^{}, A_household = {:g} m²; "
                        "new farmland = ΔS × {:g}; ΔS < 0 reported as 0 (METHODS §4)").format(
                            rate * 100, years, a_house, reclaim)
        else:
            planned = p_plan
            std = a_person
            method = tr("ΔS = S_now − P_plan·A_person, P_plan = P_now·(1 + {:g} %)^{}, A_person = {:g} m²; "
                        "new farmland = ΔS × {:g}; ΔS < 0 reported as 0 (METHODS §4, GB 50188)").format(
                            rate * 100, years, a_person, reclaim)
        pot_m2, raw_m2, negative = cc.settlement_potential(s_now_m2, planned, std)
        pot = cc.m2_to_hm2(pot_m2)
        farm = pot * reclaim
        s_now = cc.m2_to_hm2(s_now_m2)
        if negative.any():
            feedback.pushInfo(tr("{} settlements are below the standard; their potential is reported as zero "
                                 "(flag 'negative' = 1).").format(int(negative.sum())))
        self.check_cancel(feedback)
        feedback.setProgress(70)

        new_fields = [make_field("unit", "string", 254), make_field("s_now_hm2", "double"),
                      make_field("p_now", "double"), make_field("p_plan", "double"),
                      make_field("planned", "double"), make_field("s_std_hm2", "double"),
                      make_field("raw_hm2", "double"), make_field("pot_hm2", "double"),
                      make_field("pot_mu", "double"), make_field("negative", "int"),
                      make_field("farm_hm2", "double"), make_field("farm_mu", "double"),
                      make_field("method", "string", 254)]
        new_rows = [[units.keys[uidx[i]], s_now[i], pop[i], p_plan[i], planned[i], cc.m2_to_hm2(planned[i] * std),
                     cc.m2_to_hm2(raw_m2[i]), pot[i], cc.hm2_to_mu(pot[i]), int(negative[i]), farm[i],
                     cc.hm2_to_mu(farm[i]), method] for i in range(len(ids))]
        dest = self.write_patches(parameters, context, source, geoms, rows, new_fields, new_rows)

        nu = len(units)
        tot_s = cc.unit_sums(uidx, s_now, nu)
        tot_p = cc.unit_sums(uidx, pot, nu)
        tot_f = cc.unit_sums(uidx, farm, nu)
        tot_pop = cc.unit_sums(uidx, pop, nu)
        tot_plan = cc.unit_sums(uidx, p_plan, nu)
        n_neg = cc.unit_sums(uidx, negative.astype(float), nu)
        n_set = cc.unit_counts(uidx, nu)
        unit_new = [make_field("unit", "string", 254), make_field("st_n", "int"),
                    make_field("st_pop", "double"), make_field("st_pplan", "double")] + \
            common.area_fields("st_now") + common.area_fields("st_pot") + common.area_fields("st_farm") + \
            [make_field("st_neg_n", "int"), make_field("st_method", "string", 254)]
        urows = [[units.keys[u], n_set[u], tot_pop[u], tot_plan[u]] + common.area_columns("", tot_s[u]) +
                 common.area_columns("", tot_p[u]) + common.area_columns("", tot_f[u]) + [int(n_neg[u]), method]
                 for u in range(nu)]
        udest = self.write_units(parameters, context, units, source.sourceCrs(), unit_new, urows)
        feedback.pushInfo(tr("Settlement potential: {:.2f} hm² ({:.4f} 万亩) of construction land, {:.2f} hm² "
                             "of new farmland.").format(float(pot.sum()), float(cc.hm2_to_wanmu(pot.sum())),
                                                         float(farm.sum())))
        feedback.setProgress(100)
        return {self.OUTPUT: dest, self.OUTPUT_UNITS: udest}
