"""Idle / inefficient construction land and abandoned mines (闲置低效建设用地与废弃矿山), METHODS.md §4."""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...core import consolidation as cc
from ...i18n import tr
from ...processing_helpers.vector_io import is_null, make_field
from ...processing_helpers.grid import require_projected_source
from . import _common as common
from ._common import ConsolidationAlgorithm
from ...processing_helpers.tables import to_float


def default_type_matrix():
    flat = []
    for t, c in cc.DEFAULT_IDLE_COEFFICIENTS.items():
        flat += [t, c]
    return flat


def direction_label(code):
    en, zh = cc.DIRECTIONS[int(code)]
    return "{} {}".format(zh, en)


class IdleLandPotential(ConsolidationAlgorithm):
    NAME = "idlelandpotential"
    GROUP = "consolidation"
    DISPLAY = "Idle land and abandoned mine potential (闲置低效建设用地与废弃矿山潜力)"
    TAGS = "idle land,inefficient land,mine,reclamation,闲置土地,低效用地,废弃矿山,复垦方向"
    HELP = ("Reclaimable area of idle and inefficient construction land and abandoned mines (METHODS.md §4): ΔS "
            "= S × c_type, with the coefficient c by type from the editable table (defaults are typical values, "
            "not verified: use the local reclamation plans). The type comes from the type field, or the default "
            "type for every feature. Restoration direction (复垦方向, TD/T 1036-2013 style rules, not verified "
            "against the standard): construction where the site is within the given distance of the "
            "construction-suitable layer (e.g. the urban development boundary) and its slope ≤ the construction "
            "slope limit; else farmland where slope ≤ the farmland slope limit and soil thickness ≥ the soil "
            "limit; else forest and grass. Without a slope field the direction is 'not assessed'. Land reclaimed "
            "to farmland, forest or grass leaves construction land (its potential counts as construction-land "
            "decrease); land directed to construction stays. Outputs: features, and units with totals in hm², 亩 "
            "and 万亩; 'method' records the rule.")
    PARAM_HELP = {
        "DEFAULT_TYPE": ("Type given to features whose type field is empty, or to every feature when no type "
                         "field is chosen; must be a type of the coefficient table. Default 历史遗留矿山."),
        "SLOPE_FIELD": ("Slope of each site in degrees, for the restoration direction (复垦方向). Empty: the "
                        "direction is 'not assessed'."),
        "SOIL_FIELD": ("Soil thickness of each site in cm, for the farmland direction. Empty: the soil condition "
                       "is not checked."),
        "NEAR_DISTANCE": ("A site within this distance (m) of the construction-suitable areas may be reused for "
                          "construction. Default 500 m, the plugin's own value."),
        "FARM_MAX_SLOPE": ("Largest slope (degrees) for reclamation to farmland. Default 15°, after the rules of "
                           "TD/T 1036-2013 (土地复垦质量控制标准) as summarised in METHODS.md §4; the value was not "
                           "verified against the standard's tables."),
        "FARM_MIN_SOIL": ("Least soil thickness (cm) for reclamation to farmland. Default 40 cm, after TD/T "
                          "1036-2013 style rules; not verified against the standard's tables."),
        "CONSTR_MAX_SLOPE": ("Largest slope (degrees) for reuse as construction land. Default 15°, the plugin's "
                             "own value."),
        "OUTPUT": "Idle land and mine sites with reclaimable area, coefficient, restoration direction and unit.",
        "OUTPUT_UNITS": ("Consolidation units with the totals of their features in hm², 亩 and 万亩 (1 hm² = 15 亩); "
                         "the field 'method' records the formula and coefficients."),
    }
    ADVANCED = ("NEAR_DISTANCE", "FARM_MAX_SLOPE", "FARM_MIN_SOIL", "CONSTR_MAX_SLOPE")

    INPUT, TYPE_FIELD, DEFAULT_TYPE, COEFFICIENTS, AREA_FIELD = (
        "INPUT", "TYPE_FIELD", "DEFAULT_TYPE", "COEFFICIENTS", "AREA_FIELD")
    SLOPE_FIELD, SOIL_FIELD, CONSTRUCTION, NEAR_DISTANCE = "SLOPE_FIELD", "SOIL_FIELD", "CONSTRUCTION", "NEAR_DISTANCE"
    FARM_MAX_SLOPE, FARM_MIN_SOIL, CONSTR_MAX_SLOPE = "FARM_MAX_SLOPE", "FARM_MIN_SOIL", "CONSTR_MAX_SLOPE"
    OUTPUT, OUTPUT_UNITS = "OUTPUT", "OUTPUT_UNITS"

    def initAlgorithm(self, config=None):
        p = QgsProcessingParameterFeatureSource(self.INPUT, tr("Idle land and mine patches"),
                                                [QgsProcessing.TypeVectorPolygon])
        p.setHelp(tr("Polygons of idle or inefficient construction land and abandoned mines."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.TYPE_FIELD, tr("Type field"), parentLayerParameterName=self.INPUT,
                                        optional=True)
        p.setHelp(tr("Type of each patch, matching the first column of the coefficient table."))
        self.addParameter(p)
        p = QgsProcessingParameterString(self.DEFAULT_TYPE, tr("Type when the type field is empty"),
                                         defaultValue="历史遗留矿山")
        self.addParameter(p)
        p = QgsProcessingParameterMatrix(
            self.COEFFICIENTS, tr("Reclamation coefficients by type"), numberRows=0, hasFixedNumberRows=False,
            headers=[tr("Type"), tr("Coefficient (0–1)")], defaultValue=default_type_matrix(), optional=True)
        p.setHelp(tr("Share of each type's area that can be reclaimed. The defaults are typical values, not "
                     "verified: take them from the local reclamation plans."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.AREA_FIELD, tr("Area field (m²)"), parentLayerParameterName=self.INPUT,
                                        type=QgsProcessingParameterField.Numeric, optional=True)
        p.setHelp(tr("Area in m²; empty: the planar area of the geometry."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.SLOPE_FIELD, tr("Slope field (degrees)"),
                                        parentLayerParameterName=self.INPUT,
                                        type=QgsProcessingParameterField.Numeric, optional=True)
        self.addParameter(p)
        p = QgsProcessingParameterField(self.SOIL_FIELD, tr("Soil thickness field (cm)"),
                                        parentLayerParameterName=self.INPUT,
                                        type=QgsProcessingParameterField.Numeric, optional=True)
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(self.CONSTRUCTION, tr("Construction-suitable areas"),
                                                [QgsProcessing.TypeVectorPolygon], optional=True)
        p.setHelp(tr("E.g. the urban development boundary or existing construction land; sites near it "
                     "may be restored to construction."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterNumber(self.NEAR_DISTANCE, tr("Near distance for construction (m)"),
                                                       QgsProcessingParameterNumber.Double, 500.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(self.FARM_MAX_SLOPE, tr("Farmland: maximum slope (degrees)"),
                                                       QgsProcessingParameterNumber.Double, 15.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(self.FARM_MIN_SOIL, tr("Farmland: minimum soil thickness (cm)"),
                                                       QgsProcessingParameterNumber.Double, 40.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(self.CONSTR_MAX_SLOPE,
                                                       tr("Construction: maximum slope (degrees)"),
                                                       QgsProcessingParameterNumber.Double, 15.0, minValue=0.0))
        self.add_unit_parameters()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Idle land and mine potential per patch"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_UNITS, tr("Idle land and mine potential per unit"), QgsProcessing.TypeVectorPolygon))

    def process(self, parameters, context, feedback):
        label = tr("Idle land and mine patches")
        source = self.parameterAsSource(parameters, self.INPUT, context)
        require_projected_source(source, label)
        type_idx = common.field_index(source, self.parameterAsString(parameters, self.TYPE_FIELD, context), label)
        default_type = self.parameterAsString(parameters, self.DEFAULT_TYPE, context).strip()
        area_idx = common.field_index(source, self.parameterAsString(parameters, self.AREA_FIELD, context),
                                      label, numeric=True)
        slope_idx = common.field_index(source, self.parameterAsString(parameters, self.SLOPE_FIELD, context),
                                       label, numeric=True)
        soil_idx = common.field_index(source, self.parameterAsString(parameters, self.SOIL_FIELD, context),
                                      label, numeric=True)
        near_d = self.parameterAsDouble(parameters, self.NEAR_DISTANCE, context)
        farm_slope = self.parameterAsDouble(parameters, self.FARM_MAX_SLOPE, context)
        farm_soil = self.parameterAsDouble(parameters, self.FARM_MIN_SOIL, context)
        constr_slope = self.parameterAsDouble(parameters, self.CONSTR_MAX_SLOPE, context)
        table = {}
        for row in common.parse_table(self.table_value(parameters, self.COEFFICIENTS), 2,
                                      tr("Reclamation coefficients by type")):
            c = to_float(row[1], tr("Reclamation coefficients by type"))
            if not 0.0 <= c <= 1.0:
                raise QgsProcessingException(tr(
                    "Reclamation coefficients by type: the coefficient of '{}' is {}, not within 0–1.").format(row[0], c))
            table[row[0]] = c
        cancel = lambda: self.check_cancel(feedback)

        units = self.read_units(parameters, context, source.sourceCrs(), feedback)
        constr_src = self.parameterAsSource(parameters, self.CONSTRUCTION, context)
        ids, geoms, rows = common.read_features(source, label, cancel=cancel)
        n = len(ids)
        types = []
        for r in rows:
            v = r[type_idx] if type_idx >= 0 else None
            v = None if is_null(v) else str(v).strip()
            types.append(v or default_type)
        missing = sorted(set(types) - set(table))
        if missing:
            raise QgsProcessingException(tr(
                "Types {} occur in the patches but are absent from the coefficient table (types in the "
                "table: {}). Add them to the table or correct the type field.").format(
                    ", ".join("'{}'".format(m) for m in missing), ", ".join(table)))
        area_m2 = common.numeric_column(rows, area_idx) if area_idx >= 0 else np.array([g.area() for g in geoms])
        bad = [ids[i] for i in np.flatnonzero(~np.isfinite(area_m2) | (area_m2 < 0))]
        if bad:
            raise QgsProcessingException(tr("{} patches have a missing or negative area (feature ids {}).").format(
                len(bad), common.describe_ids(bad)))
        area = cc.m2_to_hm2(area_m2)
        coef, pot = cc.reclaimable(area, np.array(types, dtype=object), table)
        feedback.setProgress(15)

        near = None
        if constr_src is not None:
            require_projected_source(constr_src, tr("Construction-suitable areas"))
            near = self._near(constr_src, geoms, near_d, source.sourceCrs(), context, cancel)
        if slope_idx >= 0:
            direction = cc.mine_direction(common.numeric_column(rows, slope_idx),
                                          soil_cm=(common.numeric_column(rows, soil_idx)
                                                   if soil_idx >= 0 else None),
                                          near_construction=near, farm_max_slope=farm_slope,
                                          farm_min_soil=farm_soil, construction_max_slope=constr_slope)
            rule = tr("direction: construction if within {:g} m of construction-suitable areas and slope ≤ {:g}°; "
                      "farmland if slope ≤ {:g}°{}; else forest and grass (TD/T 1036)").format(
                          near_d, constr_slope, farm_slope,
                          tr(" and soil ≥ {:g} cm").format(farm_soil) if soil_idx >= 0 else "")
            if near is None:
                rule += tr("; no construction-suitable layer")
        else:
            direction = np.zeros(n, dtype=np.int64)
            rule = tr("direction not assessed (no slope field)")
        method = tr("ΔS = S × c_type ({}); {} (METHODS §4)").format(
            ", ".join("{} {:g}".format(t, c) for t, c in table.items()), rule)
        farm = np.where(direction == cc.DIRECTION_FARMLAND, pot, 0.0)
        forest = np.where(direction == cc.DIRECTION_FOREST, pot, 0.0)
        constr = np.where(direction == cc.DIRECTION_CONSTRUCTION, pot, 0.0)
        cdec = pot - constr
        feedback.setProgress(30)
        uidx = units.assign(geoms, feedback, 30, 70, cancel)
        outside = [ids[i] for i in np.flatnonzero(uidx < 0)]
        if outside:
            raise QgsProcessingException(tr(
                "{} patches lie outside every unit (feature ids {}). Extend the units or clip the patches to them."
            ).format(len(outside), common.describe_ids(outside)))
        self.check_cancel(feedback)

        new_fields = [make_field("unit", "string", 254), make_field("type", "string", 254),
                      make_field("area_hm2", "double"), make_field("coef", "double"),
                      make_field("pot_hm2", "double"), make_field("pot_mu", "double"),
                      make_field("direction", "int"), make_field("dir_name", "string", 64),
                      make_field("farm_hm2", "double"), make_field("cdec_hm2", "double"),
                      make_field("method", "string", 254)]
        new_rows = [[units.keys[uidx[i]], types[i], area[i], coef[i], pot[i], cc.hm2_to_mu(pot[i]), int(direction[i]),
                     direction_label(direction[i]), farm[i], cdec[i], method] for i in range(n)]
        dest = self.write_patches(parameters, context, source, geoms, rows, new_fields, new_rows)
        nu = len(units)
        unit_new = [make_field("unit", "string", 254), make_field("id_n", "int"),
                    make_field("id_area_hm2", "double")] + \
            common.area_fields("id_pot") + common.area_fields("id_farm") + \
            [make_field("id_forest_hm2", "double"), make_field("id_constr_hm2", "double"),
             make_field("id_cdec_hm2", "double"), make_field("id_method", "string", 254)]
        s = {k: cc.unit_sums(uidx, v, nu) for k, v in
             (("area", area), ("pot", pot), ("farm", farm), ("forest", forest), ("constr", constr), ("cdec", cdec))}
        cnt = cc.unit_counts(uidx, nu)
        urows = [[units.keys[u], cnt[u], s["area"][u]] + common.area_columns("", s["pot"][u]) +
                 common.area_columns("", s["farm"][u]) + [s["forest"][u], s["constr"][u], s["cdec"][u], method]
                 for u in range(nu)]
        udest = self.write_units(parameters, context, units, source.sourceCrs(), unit_new, urows)
        feedback.pushInfo(tr("Idle land and mines: {:.2f} hm² reclaimable, {:.2f} hm² to farmland.").format(
            float(pot.sum()), float(farm.sum())))
        feedback.setProgress(100)
        return {self.OUTPUT: dest, self.OUTPUT_UNITS: udest}

    @staticmethod
    def _near(constr_src, geoms, dist, crs, context, cancel):
        cgeoms, index = common.indexed_geometries(constr_src, crs, context)
        out = np.zeros(len(geoms), dtype=bool)
        for i, g in enumerate(geoms):
            if i % 1000 == 0:
                cancel()
            for j in index.intersects(common.grid_rect(g.boundingBox(), dist)):
                if g.distance(cgeoms[j]) <= dist:
                    out[i] = True
                    break
        return out
