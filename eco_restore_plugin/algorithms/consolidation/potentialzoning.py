"""Potential grading and consolidation zoning (潜力分级与整治分区), METHODS.md §4."""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ...core import consolidation as cc
from ...processing_helpers.params import TableOutputParams
from ...i18n import tr, tr_noop
from ...processing_helpers.vector_io import add_row, make_field, table_sink
from ...processing_helpers.grid import require_projected_source
from . import _common as common
from ._common import ConsolidationAlgorithm
from ...processing_helpers.styles import style_categories_on_load

GRADE_METHODS = [tr_noop("Natural breaks (Jenks)"), tr_noop("Quantiles")]
SPLITS = [tr_noop("Mean"), tr_noop("Median")]
ROMAN = ["", "Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ", "Ⅶ", "Ⅷ", "Ⅸ"]


def type_label(code):
    en, zh = cc.CONSOLIDATION_TYPES[int(code)]
    return "{} {}".format(zh, en)


class PotentialZoning(TableOutputParams, ConsolidationAlgorithm):
    NAME = "potentialzoning"
    GROUP = "consolidation"
    DISPLAY = "Consolidation potential grading and zoning (整治潜力分级与分区)"
    TAGS = "grading,zoning,quadrant,natural breaks,潜力分级,整治分区,象限法,土地综合整治"
    HELP = (
        "Grades the consolidation potential of each unit (village or township) and assigns a "
        "consolidation type by the four-quadrant method (METHODS.md §4). Per unit: farmland "
        "consolidation potential x (sum of the farmland fields), construction-land consolidation "
        "potential y (sum of the construction fields), new farmland from all sources and, optionally, "
        "ecological restoration area, in hm², 亩 and 万亩. Grades 1 = highest (Ⅰ级) by natural breaks "
        "(Jenks, exact) or quantiles, for x, y and the new farmland total. Types: x and y above their "
        "split (mean or median over the units) → comprehensive (综合整治型); x only → farmland-led "
        "(农用地整理主导型); y only → construction-led (建设用地整理主导型); neither → ecological-led "
        "(生态保护修复主导型). Optionally on density (hm² per 100 hm² of unit area). A summary table gives "
        "the totals by type and grade. Defaults match the unit outputs of the farmland, settlement and "
        "idle-land potential algorithms chained on one unit layer.")
    PARAM_HELP = {
        "GRADE_METHOD": "Grades by natural breaks (Jenks, exact; default) or by quantiles.",
        "N_GRADES": "Number of potential grades, 1 = highest (Ⅰ级). Default 3, the plugin's own choice.",
        "SPLIT": ("Value over the units that splits high from low potential in the four quadrants: mean "
                  "(default) or median."),
        "DENSITY": ("Grade and zone on potential density (hm² per 100 hm² of unit area) instead of the totals, "
                    "so large units do not dominate. Default off."),
        "OUTPUT": ("Units with potential totals, grades (Ⅰ级 = highest) and consolidation type (综合整治型, 农用地整理主导型, "
                   "建设用地整理主导型, 生态保护修复主导型), styled by type."),
        "SUMMARY": "Summary table of the totals by consolidation type and grade.",
    }
    ADVANCED = ("GRADE_METHOD", "SPLIT")

    INPUT, FARMLAND_FIELDS, CONSTRUCTION_FIELDS, NEW_FARMLAND_FIELDS, ECOLOGICAL_FIELDS = (
        "INPUT", "FARMLAND_FIELDS", "CONSTRUCTION_FIELDS", "NEW_FARMLAND_FIELDS", "ECOLOGICAL_FIELDS")
    GRADE_METHOD, N_GRADES, SPLIT, DENSITY = "GRADE_METHOD", "N_GRADES", "SPLIT", "DENSITY"
    OUTPUT, SUMMARY = "OUTPUT", "SUMMARY"

    def initAlgorithm(self, config=None):
        p = QgsProcessingParameterFeatureSource(self.INPUT, tr("Units with potential"),
                                                [QgsProcessing.TypeVectorPolygon])
        p.setHelp(tr("Unit polygons carrying the potential fields (hm²)."))
        self.addParameter(p)
        for pid, text, default, optional in (
                (self.FARMLAND_FIELDS, tr("Farmland consolidation potential fields (hm²)"), "fc_new_hm2", False),
                (self.CONSTRUCTION_FIELDS, tr("Construction-land consolidation potential fields (hm²)"),
                 "st_pot_hm2;id_cdec_hm2", False),
                (self.NEW_FARMLAND_FIELDS, tr("New farmland fields (hm²)"), "fc_new_hm2;st_farm_hm2;id_farm_hm2", False),
                (self.ECOLOGICAL_FIELDS, tr("Ecological restoration fields (hm²)"), None, True)):
            p = QgsProcessingParameterField(pid, text, defaultValue=default, parentLayerParameterName=self.INPUT,
                                            type=QgsProcessingParameterField.Numeric, allowMultiple=True,
                                            optional=True)  # optional so an omitted value takes the default
            p.setHelp(tr("The fields are summed per unit."))
            self.addParameter(p)
        self.addParameter(QgsProcessingParameterEnum(self.GRADE_METHOD, tr("Grading method"),
                                                     [tr(m) for m in GRADE_METHODS], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(self.N_GRADES, tr("Number of grades"),
                                                       QgsProcessingParameterNumber.Integer, 3, minValue=2, maxValue=9))
        self.addParameter(QgsProcessingParameterEnum(self.SPLIT, tr("Quadrant split"), [tr(m) for m in SPLITS],
                                                     defaultValue=0))
        p = QgsProcessingParameterBoolean(self.DENSITY, tr("Grade and zone on density (hm² per 100 hm² of unit)"), False)
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Consolidation zoning"),
                                                            QgsProcessing.TypeVectorPolygon))
        self.add_table_output(self.SUMMARY, tr("Consolidation potential summary"))

    def _sum(self, parameters, name, context, source, rows, label, required=True):
        fields = self.parameterAsFields(parameters, name, context)
        if not fields:
            if required:
                raise QgsProcessingException(tr("{}: choose at least one field.").format(label))
            return None, []
        total = np.zeros(len(rows))
        for f in fields:
            idx = common.field_index(source, f, tr("Units with potential"), numeric=True)
            v = common.numeric_column(rows, idx)
            total += np.where(np.isfinite(v), v, 0.0)
        return total, fields

    def process(self, parameters, context, feedback):
        label = tr("Units with potential")
        source = self.parameterAsSource(parameters, self.INPUT, context)
        require_projected_source(source, label)
        ids, geoms, rows = common.read_features(source, label, cancel=lambda: self.check_cancel(feedback))
        x, xf = self._sum(parameters, self.FARMLAND_FIELDS, context, source, rows,
                          tr("Farmland consolidation potential fields (hm²)"))
        y, yf = self._sum(parameters, self.CONSTRUCTION_FIELDS, context, source, rows,
                          tr("Construction-land consolidation potential fields (hm²)"))
        nf, nff = self._sum(parameters, self.NEW_FARMLAND_FIELDS, context, source, rows,
                            tr("New farmland fields (hm²)"))
        eco, ef = self._sum(parameters, self.ECOLOGICAL_FIELDS, context, source, rows,
                            tr("Ecological restoration fields (hm²)"), required=False)
        jenks = self.parameterAsEnum(parameters, self.GRADE_METHOD, context) == 0
        k = self.parameterAsInt(parameters, self.N_GRADES, context)
        median = self.parameterAsEnum(parameters, self.SPLIT, context) == 1
        density = self.parameterAsBool(parameters, self.DENSITY, context)
        if density:
            ua = cc.m2_to_hm2(np.array([g.area() for g in geoms]))
            if np.any(ua <= 0):
                raise QgsProcessingException(tr("{}: a unit has no area, so densities cannot be computed.").format(label))
            basis = lambda v: 100.0 * v / ua
        else:
            basis = lambda v: v
        bx, by, bn = basis(x), basis(y), basis(nf)
        breaks = cc.jenks_breaks if jenks else cc.quantile_breaks
        gx, gy, gn = (cc.grade(v, breaks(v, n_classes=k)) for v in (bx, by, bn))
        sx, sy = cc.quadrant_thresholds(bx, by, method="median" if median else "mean")
        ctype = cc.quadrant_type(bx, by, sx, sy)
        method = tr("x = {} ; y = {} ; new farmland = {} ; grades 1 = highest by {} ({} grades{}); quadrant split "
                    "({}) x > {:.4g}, y > {:.4g} (METHODS §4)").format(
                        "+".join(xf), "+".join(yf), "+".join(nff), tr(GRADE_METHODS[0 if jenks else 1]), k,
                        tr(", density per 100 hm²") if density else "", tr(SPLITS[1 if median else 0]), sx, sy)
        self.check_cancel(feedback)

        new_fields = common.area_fields("z_farm") + common.area_fields("z_constr") + \
            common.area_fields("z_newfarm") + common.area_fields("z_eco") + \
            [make_field("g_farm", "int"), make_field("g_constr", "int"), make_field("g_newfarm", "int"),
             make_field("ctype", "int"), make_field("ctype_name", "string", 64),
             make_field("z_method", "string", 254)]
        eco_v = eco if eco is not None else np.full(len(ids), np.nan)
        new_rows = [common.area_columns("", x[i]) + common.area_columns("", y[i]) + common.area_columns("", nf[i]) +
                    (common.area_columns("", eco_v[i]) if eco is not None else [None, None, None]) +
                    [gx[i], gy[i], gn[i], ctype[i], type_label(ctype[i]), method] for i in range(len(ids))]
        dest = self.write_patches(parameters, context, source, geoms, rows, new_fields, new_rows)
        style_categories_on_load(context, dest, "ctype", {
            c: (common.TYPE_COLOURS[c], type_label(c)) for c in sorted(cc.CONSOLIDATION_TYPES)})

        ssink, sdest, sfields = table_sink(
            self, parameters, self.SUMMARY, context,
            [("item", "string", 254), ("item_zh", "string", 254), ("hm2", "double"), ("mu", "double"),
             ("wanmu", "double"), ("n_units", "int"), ("method", "string", 254)], crs=source.sourceCrs())
        items = [("Farmland consolidation potential", "耕地整治潜力", x, None),
                 ("Construction-land consolidation potential", "建设用地整治潜力", y, None),
                 ("New farmland, all sources", "新增耕地合计", nf, None)]
        if eco is not None:
            items.append(("Ecological restoration", "生态修复", eco, None))
        for c in sorted(cc.CONSOLIDATION_TYPES):
            en, zh = cc.CONSOLIDATION_TYPES[c]
            items.append(("New farmland in {} units".format(en), "{}单元新增耕地".format(zh), nf, ctype == c))
        for g in range(1, k + 1):
            items.append(("New farmland in grade {} units".format(ROMAN[g]), "{}级潜力单元新增耕地".format(ROMAN[g]),
                          nf, gn == g))
        for en, zh, v, sel in items:
            sel = np.ones(len(ids), dtype=bool) if sel is None else sel
            tot = float(v[sel].sum())
            add_row(ssink, sfields, [en, zh] + common.area_columns("", tot) + [int(sel.sum()), method])
        feedback.pushInfo(tr("New farmland, all sources: {:.2f} hm² = {:.2f} 亩 = {:.4f} 万亩.").format(
            float(nf.sum()), float(cc.hm2_to_mu(nf.sum())), float(cc.hm2_to_wanmu(nf.sum()))))
        return {self.OUTPUT: dest, self.SUMMARY: sdest}
