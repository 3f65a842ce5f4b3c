"""Historic (abandoned) mine ecological restoration assessment (历史遗留矿山生态修复评价)."""
import numpy as np
from qgis.core import (
    QgsDistanceArea,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsUnitTypes,
    QgsWkbTypes,
)

from ...core import hydrology, mines
from ...i18n import tr
from ...processing_helpers.raster_io import read_raster, reference_grid
from ...processing_helpers.styles import style_on_load
from ...processing_helpers.tables import keyword_columns, to_float
from ...processing_helpers.vector_io import add_row, attribute_float, rasterize_features, table_sink
from ..base import EcoRestoreAlgorithm
from ._valuation import text_rows

RULE_HEADERS = ("direction", "mode") + mines.CONDITIONS
_DIRECTION = {k: k for k in mines.DIRECTIONS}
_DIRECTION.update({v: k for k, v in mines.DIRECTIONS.items()})
_MODE = {k: k for k in mines.MODES}
_MODE.update({v: k for k, v in mines.MODES.items()})
_GROUP_ZH = {"cropland": "耕地", "forest": "林地", "grassland": "草地", "built": "建设用地", "water": "水域",
             "other": "其他"}
_GROUP = {k: k for k in _GROUP_ZH}
_GROUP.update({v: k for k, v in _GROUP_ZH.items()})
_STABILITY = {"稳定": 1, "基本稳定": 2, "不稳定": 3, "stable": 1, "basically stable": 2, "unstable": 3}
_STABILITY_ZH = {1: "稳定", 2: "基本稳定", 3: "不稳定"}
DIRECTION_COLOURS = {"耕地": "#ffe680", "林地": "#1a9641", "草地": "#a6d96a", "建设用地": "#e34a33", "水域": "#3182bd"}


def _default_rules():
    flat = []
    for direction, mode, cond in mines.DEFAULT_RULES:
        row = [mines.DIRECTIONS[direction], mines.MODES[mode]]
        for key in mines.CONDITIONS:
            v = cond.get(key)
            row.append("" if v is None else (_GROUP_ZH[v] if key == "surround" else "{:g}".format(v)))
        flat += row
    return flat


def _parse_rules(value):
    rules = []
    for k, row in enumerate(text_rows(value, len(RULE_HEADERS), tr("Rule table")), start=1):
        direction = _DIRECTION.get(row[0])
        mode = _MODE.get(row[1])
        if direction is None:
            raise QgsProcessingException(tr("Rule {}: direction '{}' is not one of 耕地, 林地, 草地, 建设用地, 水域.")
                                         .format(k, row[0]))
        if mode is None:
            raise QgsProcessingException(tr("Rule {}: mode '{}' is not one of 自然恢复, 辅助再生, 生态重建, 转型利用.")
                                         .format(k, row[1]))
        cond = {}
        for key, text in zip(mines.CONDITIONS, row[2:]):
            if not text:
                continue
            if key == "surround":
                group = _GROUP.get(text)
                if group is None:
                    raise QgsProcessingException(tr("Rule {}: surrounding land use '{}' is not one of 耕地, 林地, 草地, "
                                                    "建设用地, 水域, 其他.").format(k, text))
                cond[key] = group
            else:
                cond[key] = to_float(text, tr("Rule {} ({})").format(k, key))
        rules.append((direction, mode, cond))
    if not rules:
        raise QgsProcessingException(tr("The rule table is empty."))
    return rules


def _words(text):
    return {w.strip().lower() for w in str(text or "").replace("，", ",").replace(";", ",").split(",") if w.strip()}


class MineRestoration(EcoRestoreAlgorithm):
    NAME = "minerestoration"
    GROUP = "assessment"
    DISPLAY = "Historic mine restoration assessment (历史遗留矿山生态修复评价)"
    TAGS = ("abandoned mine,historic mine,mine restoration,restoration direction,restoration mode,历史遗留矿山,"
            "矿山生态修复,修复方向,修复模式,TD/T 1070")
    HELP = ("Assessment of historic (abandoned) mine patches for ecological restoration, as far as the published "
            "outlines of TD/T 1070.1-2022 (矿山生态修复技术规范 第1部分：通则) and GB/T 43933-2024 allow. From the "
            "standards' outlines: the factors - geological stability, terrain, soil, water and the surrounding land "
            "use - the principle 宜耕则耕、宜林则林、宜草则草、宜水则水、宜建则建, the restoration directions (耕地, 林地, "
            "草地, 建设用地, 水域) and the modes (自然恢复, 辅助再生, 生态重建, 转型利用). Plugin defaults, not from the "
            "standards (whose full text could not be checked for numbers): how each factor is measured and every "
            "threshold of the rule table. Per patch: mean and max slope from the DEM (Horn); stability from a "
            "surveyed field (1 or 稳定, 2 or 基本稳定, 3 or 不稳定) or else from the slope (max ≥ 35° unstable, mean ≥ "
            "25° basically stable); share of bare rock (三调 1207, no soil); share of standing water (1101-1104, "
            "e.g. pit ponds); mean vegetation cover (optional); the dominant land-use group in a ring around the "
            "patch. The rules are tried in order, the first whose conditions all hold gives direction and mode "
            "(empty cell = any; the last rule should have no condition). The status field (values listed as "
            "restored or in progress; all others not restored) gives the area of restored historic mines "
            "(历史遗留矿山生态修复面积, hm²) in the summary table.")

    PARAM_HELP = {
        "MINES": "Polygons of the historic mine patches (e.g. the 历史遗留矿山 survey layer).",
        "ID_FIELD": "Field with the mine id written to the output (default: the feature id).",
        "STATUS_FIELD": "Field with the restoration status; without it every patch counts as not restored.",
        "RESTORED_VALUES": "Status values (comma-separated) that mean restored; they make up the restored area.",
        "IN_PROGRESS_VALUES": "Status values (comma-separated) that mean in progress. Other values: not restored.",
        "STABILITY_FIELD": ("Optional surveyed geological stability: 1 or 稳定, 2 or 基本稳定, 3 or 不稳定. Without "
                            "it the stability comes from the slope."),
        "LANDUSE": "Land-use raster with 三调 codes (bare rock, water and the surroundings); the reference grid.",
        "DEM": "Elevation raster; the slope (Horn) of each patch is computed from it.",
        "FVC": "Optional fractional vegetation cover (0-1) for rules on spontaneous recovery.",
        "RING": "Width of the ring around each patch whose dominant land use is the surroundings, m.",
        "OUTPUT": "Mine patches with their factors, restoration direction, mode and the rule that decided them.",
        "SUMMARY": "Table: restored, in-progress and not-restored area, and the area of each direction and mode.",
    }
    ADVANCED = ("RING", "RULES")

    (MINES, ID_FIELD, STATUS_FIELD, RESTORED, IN_PROGRESS, STABILITY_FIELD, LANDUSE, DEM, FVC, RING, RULES) = (
        "MINES", "ID_FIELD", "STATUS_FIELD", "RESTORED_VALUES", "IN_PROGRESS_VALUES", "STABILITY_FIELD", "LANDUSE",
        "DEM", "FVC", "RING", "RULES")
    OUTPUT, SUMMARY = "OUTPUT", "SUMMARY"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.MINES, tr("Historic mine patches (polygons)"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.ID_FIELD, tr("Mine id field"), parentLayerParameterName=self.MINES, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.STATUS_FIELD, tr("Restoration status field"), parentLayerParameterName=self.MINES, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.RESTORED, tr("Status values meaning restored"), defaultValue="已修复, 已治理, restored", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.IN_PROGRESS, tr("Status values meaning in progress"),
            defaultValue="修复中, 治理中, 部分修复, in progress", optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.STABILITY_FIELD, tr("Surveyed geological stability field"),
            parentLayerParameterName=self.MINES, optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(self.LANDUSE, tr("Land use (三调 class codes)")))
        self.addParameter(QgsProcessingParameterRasterLayer(self.DEM, tr("Elevation (DEM)")))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.FVC, tr("Fractional vegetation cover 0-1"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.RING, tr("Width of the surroundings (m)"), QgsProcessingParameterNumber.Double, 300.0, minValue=0.0))
        p = QgsProcessingParameterMatrix(
            self.RULES, tr("Rules: direction and mode by condition (first match wins)"), numberRows=0,
            hasFixedNumberRows=False, headers=[tr("Direction"), tr("Mode"), tr("Stability ≥"), tr("Stability ≤"),
                                               tr("Mean slope ≥ (°)"), tr("Mean slope ≤ (°)"), tr("Bare rock ≥"),
                                               tr("Bare rock ≤"), tr("Water ≥"), tr("Vegetation cover ≥"),
                                               tr("Surrounding land use")],
            defaultValue=_default_rules(), optional=True)
        p.setHelp(tr("Stability 1 stable, 2 basically stable, 3 unstable; shares 0-1; empty cell = any."))
        self.addParameter(keyword_columns(p, {0: {k: (v,) for k, v in mines.DIRECTIONS.items()},
                                              1: {k: (v,) for k, v in mines.MODES.items()},
                                              10: {k: (v,) for k, v in _GROUP_ZH.items()}}, optional=[10]))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Mine patches with restoration direction and mode"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SUMMARY, tr("Mine restoration summary"), QgsProcessing.TypeVector, optional=True))

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.MINES, context)
        if source is None:
            raise QgsProcessingException(tr("The mine layer is missing."))
        lu_layer = self.parameterAsRasterLayer(parameters, self.LANDUSE, context)
        grid = reference_grid(lu_layer, tr("Land use"))
        rules = _parse_rules(self.table_value(parameters, self.RULES))
        mines.check_rules(rules)
        lu, _ = read_raster(lu_layer, categorical=True)
        dem, _ = read_raster(self.parameterAsRasterLayer(parameters, self.DEM, context), grid, feedback=feedback)
        fvc_layer = self.parameterAsRasterLayer(parameters, self.FVC, context)
        fvc = read_raster(fvc_layer, grid, feedback=feedback)[0] if fvc_layer is not None else None
        self.check_cancel(feedback)
        slope, _ = hydrology.slope_aspect(dem, cellsize=grid.cellsize, mask=~np.isfinite(dem))
        labels = rasterize_features(source, grid, feature_order=True, context=context)
        fields = source.fields()
        id_idx = fields.lookupField(self.parameterAsString(parameters, self.ID_FIELD, context) or "")
        st_idx = fields.lookupField(self.parameterAsString(parameters, self.STATUS_FIELD, context) or "")
        stab_idx = fields.lookupField(self.parameterAsString(parameters, self.STABILITY_FIELD, context) or "")
        restored = _words(self.parameterAsString(parameters, self.RESTORED, context))
        progress = _words(self.parameterAsString(parameters, self.IN_PROGRESS, context))
        feats = [f for f in source.getFeatures(QgsFeatureRequest()) if f.hasGeometry() and not f.geometry().isEmpty()]
        surveyed = {}
        for lab, f in enumerate(feats, start=1):
            if stab_idx >= 0:
                v = f.attributes()[stab_idx]
                s = _STABILITY.get(str(v).strip().lower())
                if s is None:
                    num = attribute_float(v)
                    s = int(num) if num in (1.0, 2.0, 3.0) else None
                surveyed[lab] = s
        factors = mines.patch_factors(labels, slope=slope, landuse=lu, cell_size=grid.cellsize[0], fvc=fvc,
                                      stability=surveyed, ring=self.parameterAsDouble(parameters, self.RING, context),
                                      progress=self.progress_callback(feedback, 20, 80),
                                      cancelled=self.cancel_callback(feedback))
        assigned = mines.assign(factors, rules=rules)
        columns = [("mine_id", "string"), ("area_hm2", "double"), ("status", "string"), ("slope_mean", "double"),
                   ("slope_max", "double"), ("stability", "int"), ("stability_name", "string"),
                   ("stability_source", "string"), ("rock_share", "double"), ("water_share", "double"),
                   ("fvc_mean", "double"), ("surround", "string"), ("direction", "string"), ("mode", "string"),
                   ("rule", "int")]
        sink, dest, out_fields = table_sink(self, parameters, self.OUTPUT, context, columns, QgsWkbTypes.MultiPolygon,
                                            source.sourceCrs())
        areas, statuses, summary = [], [], {}
        da = QgsDistanceArea()
        da.setSourceCrs(source.sourceCrs(), context.transformContext())
        # planar areas in a projected CRS (as the 三调 statistics), ellipsoidal ones in a geographic CRS
        da.setEllipsoid(source.sourceCrs().ellipsoidAcronym() if source.sourceCrs().isGeographic() else "NONE")
        unassessed = 0
        for lab, f in enumerate(feats, start=1):
            attrs = f.attributes()
            mine_id = str(attrs[id_idx]) if id_idx >= 0 else str(f.id())
            status_text = str(attrs[st_idx]).strip().lower() if st_idx >= 0 else ""
            status = "restored" if status_text in restored else ("in_progress" if status_text in progress else "not_restored")
            area = da.convertAreaMeasurement(da.measureArea(f.geometry()), QgsUnitTypes.AreaSquareMeters) / 1e4
            fac = factors.get(lab)
            if fac is None:
                unassessed += 1
                values = [mine_id, area, mines.STATUS[status]] + [None] * 12
            else:
                direction, mode, rule = assigned[lab]
                values = [mine_id, area, mines.STATUS[status], fac["slope_mean"], fac["slope_max"], fac["stability"],
                          _STABILITY_ZH[fac["stability"]], tr("survey") if fac["stability_source"] == "survey" else tr("slope"),
                          fac["rock_share"], fac["water_share"], fac["fvc_mean"], _GROUP_ZH[fac["surround"]],
                          mines.DIRECTIONS.get(direction), mines.MODES.get(mode), rule]
                key = (mines.DIRECTIONS.get(direction), mines.MODES.get(mode))
                summary[key] = summary.get(key, 0.0) + area
            g = f.geometry()
            g.convertToMultiType()
            add_row(sink, out_fields, values, g)
            areas.append(area)
            statuses.append(status)
        totals = mines.restored_area(areas, statuses)
        feedback.pushInfo(tr("Historic mines: {} patches, {:.2f} hm²; restored {:.2f} hm², in progress {:.2f} hm², not "
                             "restored {:.2f} hm²").format(len(feats), sum(areas), totals["restored"],
                                                           totals["in_progress"], totals["not_restored"]))
        if unassessed:
            feedback.pushWarning(tr("{} mine patches are smaller than a raster cell and were not assessed.").format(unassessed))
        style_on_load(context, dest, _direction_renderer, tr("Mine restoration direction"))
        results = {self.OUTPUT: dest}
        if parameters.get(self.SUMMARY) is not None:
            sink, sdest, sfields = table_sink(self, parameters, self.SUMMARY, context, [
                ("item", "string"), ("direction", "string"), ("mode", "string"), ("area_hm2", "double")])
            add_row(sink, sfields, ["历史遗留矿山生态修复面积 restored", None, None, totals["restored"]])
            add_row(sink, sfields, ["修复中 in progress", None, None, totals["in_progress"]])
            add_row(sink, sfields, ["未修复 not restored", None, None, totals["not_restored"]])
            for (direction, mode), area in sorted(summary.items(), key=lambda kv: str(kv[0])):
                add_row(sink, sfields, ["修复方向与模式 direction and mode", direction, mode, area])
            results[self.SUMMARY] = sdest
        return results


def _direction_renderer(layer):
    from qgis.core import QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsRendererCategory
    cats = [QgsRendererCategory(name, QgsFillSymbol.createSimple(
        {"color": colour, "outline_color": "#000000", "outline_width": "0.3"}), name)
        for name, colour in DIRECTION_COLOURS.items()]
    return QgsCategorizedSymbolRenderer("direction", cats)
