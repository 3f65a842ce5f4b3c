"""Project library (项目库): candidate projects from problem layers and priority, cost, period, rank."""
import numpy as np
from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ...core import zoning
from ...processing_helpers.params import TableOutputParams
from ...i18n import tr, tr_noop
from ...processing_helpers.grid import require_projected_crs
from ...processing_helpers.tables import matrix_rows, to_float
from ...processing_helpers.vector_io import add_feature, attribute_float, feature_geometries, make_fields, new_feature
from ..base import EcoRestoreAlgorithm
from ...processing_helpers.styles import style_categories_on_load
from ._common import PALETTE, PROJECT_COLOURS
from . import _projects as _P

#: problem inputs: parameter name, project type code, label
PROBLEM_INPUTS = [
    ("MINES", 1, tr_noop("Abandoned mines (mine restoration)")),
    ("EROSION", 2, tr_noop("Soil erosion areas (soil-erosion control)")),
    ("WETLANDS", 3, tr_noop("Degraded wetlands / mangroves (wetland restoration)")),
    ("FOREST", 4, tr_noop("Low-quality forest (forest quality improvement)")),
    ("RIVERS", 5, tr_noop("Rivers (river ecological buffer)")),
    ("BARRIERS", 6, tr_noop("Corridor barriers (corridor restoration)")),
    ("CONSOLIDATION", 7, tr_noop("Land consolidation areas")),
]

PROJECT_FIELDS = [
    ("proj_id", "int"), ("proj_code", "string"), ("type_code", "int"), ("type_name", "string"),
    ("location", "string"), ("x", "double"), ("y", "double"), ("area_ha", "double"),
    ("unit_cost", "double"), ("cost_wan", "double"), ("score", "double"), ("grade", "int"),
    ("grade_n", "string"), ("rank", "int"), ("period", "string"), ("years", "string"),
    ("period_fix", "string"), ("keep", "int"), ("source", "string"),
]
UNSCHEDULED = "未安排"


class ProjectLibrary(TableOutputParams, EcoRestoreAlgorithm):
    NAME = "projectlibrary"
    GROUP = "zoning"
    DISPLAY = "Project library (生态修复项目库)"
    TAGS = "project library,cost,budget,period,rank,项目库,重点工程,近期,中期,远期,轻重缓急"
    HELP = ("Builds the candidate project library (项目库; METHODS.md §3) from the problem layers - "
            "abandoned mines (历史遗留矿山生态修复), soil erosion (水土流失综合治理), degraded "
            "wetlands and mangroves (湿地与红树林保护修复), low-quality forest (森林质量精准提升), "
            "rivers (河流生态缓冲带, lines buffered by the buffer width), corridor barriers "
            "(生态廊道障碍点修复, points buffered by the point radius) and land consolidation "
            "(全域土地综合整治) - one project per feature. Each project takes the area-weighted "
            "priority score of the priority units it covers, the grade and name of the unit it "
            "overlaps most; cost = area (hm²) × unit cost of the editable cost table (万元/hm²). "
            "Projects are ranked by score (ties by id) and placed in rank order into the earliest "
            "period (近期 2021-2025, 中期 2026-2030, 远期 2031-2035) whose remaining budget covers "
            "them (optionally not before the period of their grade); a project that fits nowhere "
            "is 未安排. Budgets are never exceeded. Output: a layer and a table. To re-rank, edit the "
            "table or layer (score, area_ha, unit_cost, keep = 0 to drop, period_fix to fix a "
            "period) and give it as the edited library: it is ranked and scheduled again. A re-run "
            "on the same input gives the same library. The hierarchy 重点区域 → 重点工程 → 项目 (issue 16 §2): "
            "problem patches (one project per village and project type) and the marine projects of the sea "
            "units join the library; every project gets the region code and name (XZQDM/XZQMC, GB/T 2260), "
            "township and village (XZDM/CJDM from the patches), construction content, scale (hm², km or 处), "
            "investment = scale × unit cost of the project-type table split by funding source (中央, 省级, 市县, "
            "社会资本), responsible department and its contribution to an indicator (zb_name, zb_value) and to "
            "生态保护修复面积 (xf_ha). The scheduled projects are grouped into key projects (重点工程: one per key "
            "area and type, kp_id) and key areas (重点区域: the key-area polygons, else the project's unit; ka_id); "
            "the optional key-projects table and key-areas layer carry the sums, which equal the sums of their "
            "projects. Default unit costs and funding shares are the plugin's placeholders.")
    PARAM_HELP = {
        "PRIORITY": ("Units with a priority score and grade (output of 'Restoration priority'); each project "
                     "takes the area-weighted score of the units it covers."),
        "SCORE_FIELD": ("Priority score field of the units. Default pr_score (written by 'Restoration "
                        "priority')."),
        "GRADE_FIELD": "Priority grade field of the units. Default pr_grade.",
        "NAME_FIELD": ("Unit name field, written as the project location. Default unit_name; empty or missing = "
                       "the unit's feature id."),
        "MINES": ("Optional polygons of abandoned mines; each feature becomes a 历史遗留矿山生态修复 project. Empty: no "
                  "such projects."),
        "EROSION": "Optional soil-erosion areas; each feature becomes a 水土流失综合治理 project.",
        "WETLANDS": "Optional degraded wetlands and mangroves; each feature becomes a 湿地与红树林保护修复 project.",
        "FOREST": "Optional low-quality forest; each feature becomes a 森林质量精准提升 project.",
        "RIVERS": ("Optional rivers (lines or polygons); lines are buffered by the line buffer width into "
                   "河流生态缓冲带 projects."),
        "BARRIERS": ("Optional corridor barriers (points or polygons, e.g. from 'Barriers'); points are buffered "
                     "by the point radius into 生态廊道障碍点修复 projects."),
        "CONSOLIDATION": "Optional land-consolidation areas; each feature becomes a 全域土地综合整治 project.",
        "LINE_BUFFER": ("Half-width (m) of the project area around a line problem (each side). Default 30 m, the "
                        "plugin's own value; set it to the river buffer width of your plan."),
        "POINT_RADIUS": ("Radius (m) of the project area around a point problem. Default 100 m, the plugin's own "
                         "value."),
        "BUDGET_NEAR": ("Budget of the near-term period 近期 2021-2025 in 万元; projects are placed while it lasts. "
                        "Default 50 000 万元, a placeholder: enter the plan's budget."),
        "BUDGET_MID": "Budget of the mid-term period 中期 2026-2030 in 万元. Default 50 000 万元, a placeholder.",
        "BUDGET_FAR": "Budget of the long-term period 远期 2031-2035 in 万元. Default 50 000 万元, a placeholder.",
        "GRADE_SETS_PERIOD": ("Checked: a project is not placed before the period of its grade (一级 近期, 二级 中期, 三级 "
                              "远期). Default off: budget and rank alone decide."),
        "EDITED": ("A project library edited by hand (score, area_ha, unit_cost, keep = 0 to drop, period_fix) "
                   "to rank and schedule again. Empty: the library is built from the problem layers."),
        "OUTPUT": ("Project library polygons with type, location, area, cost, score, rank and period; styled by "
                   "period."),
        "TABLE": "The same library as a table without geometry, to edit and feed back as the edited library.",
        "PROBLEMS": ("Optional problem patches (output of 'Ecological problem patches'): the patches of one village "
                     "(CJDM, else township XZDM) and one project type (XMLX) make one project; the type is found by "
                     "name in the project-type table. Township and village codes and names are copied."),
        "SEA_UNITS": ("Optional land and sea units (output 'Land and sea units' of 'Sea planning units and marine "
                      "projects'): the geometry of the marine projects; needs the marine projects table."),
        "SEA_PROJECTS": ("Optional marine projects by unit (the other output of 'Sea planning units and marine "
                         "projects'): each row (sea unit × marine type, quantity in hm² or km) becomes one project on "
                         "its sea unit, costed with the project-type table. A sea unit outside every priority unit "
                         "takes the score and grade of the nearest one."),
        "TYPE_TABLE": ("Project types: code, name, unit (hm², km or 处), unit cost (万元 per unit), responsible "
                       "department, indicator it contributes to and the indicator amount per unit (0.01 turns hm² into "
                       "km²). Investment = scale × unit cost. For the types of the cost table (1-7) the cost table's unit "
                       "cost is used. The defaults are the plugin's own placeholders (marine costs as in 'Sea planning "
                       "units'), not from a standard or a price list: replace them with the local 估算指标."),
        "FUNDING": ("Funding split per project type: code and the shares (%) of 中央, 省级, 市县 and 社会资本, summing to "
                    "100. The defaults are the plugin's placeholders (see docs/DELIVERABLES.md), to be replaced by the "
                    "plan's funding arrangement."),
        "REGION_CODE": ("6-digit administrative code of the planning region (GB/T 2260, e.g. 469002), written to XZQDM. "
                        "Empty: XZQDM is left empty."),
        "REGION_NAME": "Name of the planning region (e.g. 琼海市), written to XZQMC.",
        "KEY_AREAS": ("Optional key-area polygons (e.g. the restoration zones or units): each project joins the key "
                      "area it overlaps most. Empty or not overlapped: the project's unit (location) is its key area, "
                      "marine projects go to the key area 海域生态保护修复区."),
        "KEY_AREA_FIELD": "Name field of the key-area polygons. Default zone_name; missing: the feature id.",
        "KEY_AREAS_OUTPUT": ("Optional key areas (重点区域) with their key projects, projects, scale, investment by funding "
                             "source and period span; the polygons are the key areas' own or the union of their projects."),
        "KEY_PROJECTS": ("Optional key-projects table (重点工程表): one row per key area and project type with the "
                         "number of projects, scale, investment by funding source and period span; kp_id links the "
                         "projects (field kp_id) and ka_id the key areas."),
    }
    ADVANCED = ("LINE_BUFFER", "POINT_RADIUS", "EDITED", "TYPE_TABLE", "FUNDING", "KEY_AREA_FIELD")

    PRIORITY, SCORE_FIELD, GRADE_FIELD, NAME_FIELD = "PRIORITY", "SCORE_FIELD", "GRADE_FIELD", "NAME_FIELD"
    LINE_WIDTH, POINT_RADIUS, COSTS = "LINE_BUFFER", "POINT_RADIUS", "COST_TABLE"
    B_NEAR, B_MID, B_FAR, GRADE_PERIOD, EDITED = (
        "BUDGET_NEAR", "BUDGET_MID", "BUDGET_FAR", "GRADE_SETS_PERIOD", "EDITED")
    OUTPUT, TABLE, TOTAL = "OUTPUT", "TABLE", "TOTAL_COST"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PRIORITY, tr("Priority units (output of Restoration priority)"),
            [QgsProcessing.TypeVectorPolygon]))
        # optional with defaults: QGIS 3.22 refuses a required field parameter left to its default
        self.addParameter(QgsProcessingParameterField(
            self.SCORE_FIELD, tr("Priority score field"), defaultValue="pr_score",
            parentLayerParameterName=self.PRIORITY, type=QgsProcessingParameterField.Numeric,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.GRADE_FIELD, tr("Priority grade field"), defaultValue="pr_grade",
            parentLayerParameterName=self.PRIORITY, type=QgsProcessingParameterField.Numeric,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.NAME_FIELD, tr("Unit name field (project location)"), defaultValue="unit_name",
            parentLayerParameterName=self.PRIORITY, optional=True))
        for name, _, label in PROBLEM_INPUTS:
            self.addParameter(QgsProcessingParameterFeatureSource(
                name, tr(label), [QgsProcessing.TypeVectorAnyGeometry], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.LINE_WIDTH, tr("Buffer width of line problems, each side (m)"),
            QgsProcessingParameterNumber.Double, 30.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.POINT_RADIUS, tr("Radius of point problems (m)"), QgsProcessingParameterNumber.Double,
            100.0, minValue=0.0))
        flat = []
        for code, (name, cost) in sorted(zoning.PROJECT_TYPES.items()):
            flat += [str(code), name, str(cost)]
        p = QgsProcessingParameterMatrix(
            self.COSTS, tr("Project types and unit costs"), numberRows=0, hasFixedNumberRows=False,
            headers=[tr("Type code"), tr("Type name"), tr("Unit cost (万元/hm²)")], defaultValue=flat,
            optional=True)
        p.setHelp(tr("Unit costs in 万元/hm² by project type. The defaults are indicative, the plugin's own "
                     "values, not verified: replace them with local estimates."))
        self.addParameter(p)
        for name, label, default in ((self.B_NEAR, tr("Budget 近期 2021-2025 (万元)"), 50000.0),
                                     (self.B_MID, tr("Budget 中期 2026-2030 (万元)"), 50000.0),
                                     (self.B_FAR, tr("Budget 远期 2031-2035 (万元)"), 50000.0)):
            self.addParameter(QgsProcessingParameterNumber(
                name, label, QgsProcessingParameterNumber.Double, default, minValue=0.0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.GRADE_PERIOD, tr("Grade sets the earliest period (一级 近期, 二级 中期, 三级 远期)"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.EDITED, tr("Edited project library to re-rank"),
            [QgsProcessing.TypeVectorAnyGeometry], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Project library"), QgsProcessing.TypeVectorPolygon))
        self.add_table_output(self.TABLE, tr("Project library table"))
        self.addOutput(QgsProcessingOutputNumber(self.TOTAL, tr("Total cost of scheduled projects (万元)")))
        _P.add_parameters(self)

    # --------------------------------------------------------------------------------------------
    def _cost_table(self, parameters):
        out = {}
        for row in matrix_rows(self.table_value(parameters, self.COSTS), 3):
            if not row[0]:
                continue
            try:
                code = int(float(row[0]))
            except ValueError:
                raise QgsProcessingException(tr("Cost table: type code '{}' is not a whole number.").format(
                    row[0])) from None
            cost = to_float(row[2], tr("Cost table"))
            if cost < 0:
                raise QgsProcessingException(tr("Cost table: the unit cost of type {} is negative.").format(code))
            out[code] = (row[1] or zoning.PROJECT_TYPES.get(code, (str(code),))[0], cost)
        if not out:
            raise QgsProcessingException(tr("The cost table is empty."))
        return out

    def _generate(self, parameters, context, feedback, prio, costs, types, by_name):
        crs = prio.sourceCrs()
        score_f = self.parameterAsString(parameters, self.SCORE_FIELD, context) or "pr_score"
        grade_f = self.parameterAsString(parameters, self.GRADE_FIELD, context) or "pr_grade"
        name_f = self.parameterAsString(parameters, self.NAME_FIELD, context)
        for f_ in (score_f, grade_f):
            if prio.fields().lookupField(f_) < 0:
                raise QgsProcessingException(tr("Field '{}' not found in the priority units.").format(f_))
        if name_f and prio.fields().lookupField(name_f) < 0:
            name_f = ""
        units, index = {}, QgsSpatialIndex()
        for f in prio.getFeatures():
            if f.geometry() is None or f.geometry().isEmpty():
                continue
            units[f.id()] = (QgsGeometry(f.geometry()), attribute_float(f[score_f]), attribute_float(f[grade_f]),
                             str(f[name_f]) if name_f and f[name_f] is not None else str(f.id()))
            index.addFeature(f)
        if not units:
            raise QgsProcessingException(tr("The priority units layer has no polygons."))
        width = self.parameterAsDouble(parameters, self.LINE_WIDTH, context)
        radius = self.parameterAsDouble(parameters, self.POINT_RADIUS, context)
        given, candidates, projects, outside = 0, [], [], 0
        for pname, code, label in PROBLEM_INPUTS:
            src = self.parameterAsSource(parameters, pname, context)
            if src is None:
                continue
            given += 1
            if code not in costs:
                raise QgsProcessingException(tr("Cost table: no unit cost for project type {} ({}).").format(
                    code, tr(label)))
            n_before = len(candidates)
            for f, g in feature_geometries(src, crs, context, QgsFeatureRequest().addOrderBy("$id")):
                self.check_cancel(feedback)
                gt = g.type()
                if gt == QgsWkbTypes.PointGeometry:
                    g = g.buffer(radius, 16)
                elif gt == QgsWkbTypes.LineGeometry:
                    g = g.buffer(width, 8)
                if g.isEmpty() or g.area() <= 0:
                    continue
                candidates.append({"geom": g, "type_code": code, "source": "{}:{}".format(src.sourceName(), f.id())})
            if len(candidates) == n_before and src.featureCount() == 0:
                feedback.pushWarning(tr("The problem layer '{}' is empty: no {} projects.").format(
                    src.sourceName(), costs[code][0]))
        extra = (_P.patch_candidates(self, parameters, context, crs, by_name, feedback) +
                 _P.sea_candidates(self, parameters, context, crs, by_name))
        given += sum(parameters.get(k) not in (None, "") for k in ("PROBLEMS", "SEA_PROJECTS"))
        if given == 0:
            raise QgsProcessingException(tr("Give at least one problem layer (mines, erosion, wetlands, "
                                            "forest, rivers, barriers or consolidation areas, problem patches "
                                            "or marine projects)."))
        overlaps = _P.unit_overlaps({uid: u[0] for uid, u in units.items()})
        for c in candidates + extra:
            self.check_cancel(feedback)
            g = c.pop("geom")
            wsum, ssum, best = 0.0, 0.0, None
            overlap = overlaps(g)
            for uid in sorted(overlap):                  # in unit order, as before
                _, us, ugr, uname = units[uid]
                a = overlap[uid]
                if a <= 0:
                    continue
                if np.isfinite(us):
                    wsum += a
                    ssum += a * us
                if best is None or a > best[0]:
                    best = (a, ugr, uname)
            if (best is None or wsum <= 0) and c.get("sea"):
                near = [u for u in index.nearestNeighbor(g.centroid().asPoint(), 1) if np.isfinite(units[u][1])]
                if near:
                    wsum, ssum, best = 1.0, units[near[0]][1], (0.0, units[near[0]][2], units[near[0]][3])
            if best is None or wsum <= 0:
                outside += 1
                continue
            t = types[c["type_code"]]
            pt = g.centroid().asPoint()
            if c.get("sea"):
                scale = c["quantity"]
                area = scale if c["qty_unit"] == "hm²" else 0.0
                unit = c["qty_unit"] if c["qty_unit"] in ("hm²", "km", "处") else t["unit"]
            else:
                area = scale = g.area() / 1e4
                unit = "hm²"
            p = dict(c, geom=g, type_name=t["name"], location=c.get("location") or best[2], x=round(pt.x(), 2),
                     y=round(pt.y(), 2), area_ha=round(area, 4), scale=round(scale, 4), scale_unit=unit,
                     unit_cost=t["cost"], score=round(ssum / wsum, 6),
                     grade=int(best[1]) if np.isfinite(best[1]) else 3, period_fix="", keep=1)
            projects.append(p)
        if outside:
            feedback.pushWarning(tr("{} problem feature(s) lie outside the scored priority units and "
                                    "are left out.").format(outside))
        for i, p in enumerate(projects):
            p["proj_id"] = i + 1
        return projects

    def _read_edited(self, src, costs, types):
        def costs_unit(code):
            return types.get(code, {}).get("unit", "hm²")

        need = ("proj_id", "type_code", "area_ha", "unit_cost", "score")
        missing = [n for n in need if src.fields().lookupField(n) < 0]
        if missing:
            raise QgsProcessingException(tr("The edited project library lacks the field(s) {}.").format(
                ", ".join(missing)))
        projects = []
        for f in src.getFeatures(QgsFeatureRequest().addOrderBy("$id")):
            def get(name, default=None):
                i = src.fields().lookupField(name)
                v = f.attributes()[i] if i >= 0 else None
                return default if v is None or str(v) == "NULL" else v
            p = {k: get(k) for k, _ in PROJECT_FIELDS + _P.HIERARCHY_FIELDS}
            p["geom"] = QgsGeometry(f.geometry()) if f.hasGeometry() else QgsGeometry()
            for k in ("area_ha", "unit_cost", "score"):
                v = attribute_float(p[k])
                if not np.isfinite(v):
                    raise QgsProcessingException(tr("Edited project {}: {} is empty or not a number.").format(
                        p["proj_id"], k))
                p[k] = v
            p["proj_id"] = int(attribute_float(p["proj_id"]))
            p["type_code"] = int(attribute_float(p["type_code"]))
            p["type_name"] = p.get("type_name") or costs.get(p["type_code"], (str(p["type_code"]),))[0]
            g = attribute_float(p.get("grade"))
            p["grade"] = int(g) if np.isfinite(g) else 3
            p["keep"] = int(attribute_float(get("keep", 1))) if np.isfinite(attribute_float(get("keep", 1))) else 1
            p["period_fix"] = str(get("period_fix", "") or "").strip()
            unit = p.get("scale_unit") or costs_unit(p["type_code"])
            scale = attribute_float(p.get("scale"))
            p["scale_unit"] = unit
            p["scale"] = p["area_ha"] if unit == "hm²" or not np.isfinite(scale) else scale
            if p["period_fix"] and p["period_fix"] not in zoning.PERIODS:
                raise QgsProcessingException(tr("Edited project {}: period_fix '{}' is not 近期, 中期 or 远期.")
                                             .format(p["proj_id"], p["period_fix"]))
            projects.append(p)
        if not projects:
            raise QgsProcessingException(tr("The edited project library is empty."))
        ids = [p["proj_id"] for p in projects]
        if len(set(ids)) != len(ids):
            raise QgsProcessingException(tr("The edited project library has duplicate proj_id values."))
        return projects

    def process(self, parameters, context, feedback):
        prio = self.parameterAsSource(parameters, self.PRIORITY, context)
        if prio is None:
            raise QgsProcessingException(tr("The priority units layer is missing."))
        crs = prio.sourceCrs()
        require_projected_crs(crs, tr("The priority units"))
        costs = self._cost_table(parameters)
        types, by_name = _P.read_types(self, parameters, costs)
        funding = _P.read_funding(self, parameters, types)
        region_code, region_name = _P.region(self, parameters, context)
        budgets = [self.parameterAsDouble(parameters, k, context) for k in (self.B_NEAR, self.B_MID, self.B_FAR)]
        if sum(budgets) <= 0:
            raise QgsProcessingException(tr(
                "The budget of every period is 0: no project can be scheduled. Give a budget for at "
                "least one period."))
        for b, period in zip(budgets, zoning.PERIODS):
            if b <= 0:
                feedback.pushWarning(tr("The budget of {} is 0: no project is scheduled in it.").format(period))
        edited = self.parameterAsSource(parameters, self.EDITED, context)
        if edited is not None:
            feedback.pushInfo(tr("Re-ranking the edited project library"))
            projects = self._read_edited(edited, costs, types)
        else:
            projects = self._generate(parameters, context, feedback, prio, costs, types, by_name)
        if not projects:
            raise QgsProcessingException(tr(
                "No candidate project: the problem layers are empty or lie outside the priority units."))
        self.check_cancel(feedback)
        keep = np.array([p["keep"] != 0 for p in projects])
        ids = np.array([p["proj_id"] for p in projects])
        try:
            cost = zoning.investment([p["scale"] for p in projects], [p["unit_cost"] for p in projects])
        except ValueError as e:
            raise QgsProcessingException(tr("Project library: {}").format(e)) from None
        score = np.array([p["score"] for p in projects], float)
        kept = np.flatnonzero(keep)
        rank = np.full(len(projects), 0, np.int64)
        rank[kept] = zoning.rank_desc(score[kept], ids[kept])
        period = np.full(len(projects), -1, np.int64)
        grade_period = self.parameterAsBool(parameters, self.GRADE_PERIOD, context)
        if len(kept):
            earliest = np.array([min(max(projects[i]["grade"], 1), 3) - 1 for i in kept]) if grade_period else None
            fixed = np.array([zoning.PERIODS.index(projects[i]["period_fix"]) if projects[i]["period_fix"] else -1
                              for i in kept])
            period[kept], left = zoning.assign_periods(cost[kept], rank[kept], budgets, earliest=earliest,
                                                       fixed=fixed)
        unscheduled = int(((period < 0) & keep).sum())
        if unscheduled:
            feedback.pushWarning(tr("{} project(s) do not fit in the budgets and are 未安排 (unscheduled).")
                                 .format(unscheduled))
        lookup, area_polys = _P.key_area_lookup(self, parameters, context, crs)

        def key_area(p):
            found = lookup(p["geom"]) if not p["geom"].isEmpty() else None
            return found or p.get("ka_name") or (_P.SEA_AREA if p.get("sea") else p.get("location") or "")
        kps, kas = _P.enrich(projects, types, funding, cost, period, keep, region_code, region_name, key_area)
        fl = make_fields(PROJECT_FIELDS + _P.HIERARCHY_FIELDS)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fl,
                                          QgsWkbTypes.MultiPolygon, crs)
        tsink, tdest = self.parameterAsSink(parameters, self.TABLE, context, fl, QgsWkbTypes.NoGeometry, crs)
        order = sorted(range(len(projects)), key=lambda i: (rank[i] if keep[i] else 10 ** 9, ids[i]))
        for i in order:
            self.check_cancel(feedback)
            p = dict(projects[i])
            p["cost_wan"] = round(float(cost[i]), 4)
            p["grade_n"] = zoning.GRADE_NAMES.get(p["grade"])
            p["rank"] = int(rank[i]) if keep[i] else None
            if keep[i]:
                p["period"] = zoning.PERIODS[period[i]] if period[i] >= 0 else UNSCHEDULED
                p["years"] = zoning.PERIOD_YEARS[period[i]] if period[i] >= 0 else ""
            else:
                p["period"], p["years"] = "", ""
            p["proj_code"] = "XM{:04d}".format(p["proj_id"])
            attrs = [p.get(name) for name, _ in PROJECT_FIELDS + _P.HIERARCHY_FIELDS]
            g = QgsGeometry(p["geom"])
            if not g.isEmpty():
                g.convertToMultiType()
            add_feature(sink, new_feature(fl, attrs, None if g.isEmpty() else g))
            add_feature(tsink, new_feature(fl, attrs))
        total = float(cost[period >= 0].sum())
        for k, name in enumerate(zoning.PERIODS):
            feedback.pushInfo(tr("{}: {} projects, {:.2f} of {:.2f} 万元").format(
                name, int((period == k).sum()), float(cost[period == k].sum()), budgets[k]))
        style_categories_on_load(context, dest, "type_code", {
            c: (PROJECT_COLOURS.get(c) or PALETTE[k % len(PALETTE)], types.get(c, {}).get("name", str(c)))
            for k, c in enumerate(sorted(set(costs) | {p["type_code"] for p in projects}))}, tr("Project library"))
        result = {self.OUTPUT: dest, self.TABLE: tdest, self.TOTAL: total}
        result.update(_P.write_outputs(self, parameters, context, crs, projects, kps, kas, area_polys))
        if kas:
            feedback.pushInfo(tr("Hierarchy: {} key areas, {} key projects, {} projects, {:.2f} 万元").format(
                len(kas), len(kps), sum(a["n_projects"] for a in kas), sum(a["cost"] for a in kas)))
        return result
