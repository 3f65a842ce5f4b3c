"""Ecological problem patches (生态问题图斑识别): an editable rule table over the land parcels."""
import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)

from ...core import landuse_codes as L
from ...core import problems as P
from ...i18n import tr, tr_noop
from ...processing_helpers.value_rules import RULES
from ...processing_helpers.tables import matrix_rows
from ...processing_helpers.vector_io import (
    PreparedGeometries, add_row, spatial_index, split_geometries, table_sink,
)
from ...processing_helpers.params import ControlLinesParams
from ...processing_helpers.memory_budget import PARCEL_BYTES, check_features
from ..base import EcoRestoreAlgorithm
from ._parcel_rasters import ParcelRaster, parcel_values
from ...processing_helpers.styles import style_categories_on_load
from ...processing_helpers.vector_io import add_feature
from ...processing_helpers.vector_io import make_field as field

#: zone parameter -> variable
ZONES = [("RED_LINE", "redline", tr_noop("Ecological protection red line (生态保护红线)")),
         ("FARMLAND", "farmland", tr_noop("Permanent basic farmland (永久基本农田)")),
         ("URBAN_BOUNDARY", "urban", tr_noop("Urban development boundary (城镇开发边界)")),
         ("RIVER_ZONES", "river", tr_noop("River and lake management zones (河湖管理范围)")),
         ("MINES", "mine", tr_noop("Historic (abandoned) mines (历史遗留矿山)")),
         ("CORRIDORS", "corridor", tr_noop("Ecological corridors, polygons (生态廊道)"))]
#: raster parameter -> its value rule (processing_helpers.value_rules)
RASTER_RULES = {"SLOPE": "slope_degrees", "SOIL_LOSS": "non_negative", "DEGRADATION": "grade4",
                "HABITAT": "fraction"}
#: raster parameter -> (variable, aggregation)
RASTERS = [("SLOPE", "slope", "mean", tr_noop("Slope (degrees)")),
           ("SOIL_LOSS", "soil_loss", "mean", tr_noop("Soil loss modulus")),
           ("DEGRADATION", "degradation", "majority", tr_noop("Degradation grade (1-4)")),
           ("HABITAT", "habitat", "mean", tr_noop("Habitat quality (0-1)")),
           ("IMPORTANCE", "importance", "majority", tr_noop("Protection importance grade"))]
SOIL_UNITS = [tr_noop("t/(hm²·a) (the soil conservation algorithm's actual soil loss)"), tr_noop("t/(km²·a)")]
NATURAL_VALUES = {"1", "natural", "自然", "自然岸线", "true", "yes", "是"}

PATCH_FIELDS = [("BSM", "string"), ("WTDM", "string"), ("WTLX", "string"), ("GZBH", "string"), ("GZTJ", "string"),
                ("DLBM", "string"), ("DLMC", "string"), ("TBBSM", "string"), ("XZDM", "string"), ("XZMC", "string"),
                ("CJDM", "string"), ("CJMC", "string"), ("MJ", "double"), ("XFMS", "string"), ("XMLX", "string"),
                ("WTSL", "int"), ("WTZH", "string")]
COLOURS = ["#e31a1c", "#fb9a99", "#6a3d9a", "#1f78b4", "#ff7f00", "#a6cee3", "#8c510a", "#dfc27d",
           "#33a02c", "#b15928", "#cab2d6", "#ffff99"]


class ProblemPatches(ControlLinesParams, EcoRestoreAlgorithm):
    NAME = "problempatches"
    GROUP = "zoning"
    DISPLAY = "Ecological problem patches (生态问题图斑识别)"
    TAGS = ("problem patches,rules,DLTB,red line,steep farmland,mines,soil erosion,shoreline,corridor,"
            "生态问题图斑,问题识别,生态保护红线,陡坡耕地,历史遗留矿山,水土流失,岸线,廊道")
    HELP = (
        "Runs an editable rule table over the land parcels (地类图斑 DLTB) and writes one problem patch per "
        "parcel and rule that fires: problem code and type, the rule and its condition, land class, "
        "township and village (from ZLDWDM: 9 and 12 digits, GB/T 2260 and the 12-digit village code), area "
        "MJ in hm², suggested restoration mode and project type. Overlapping problems on one parcel are all "
        "listed (WTSL = number of problems of the parcel, WTZH = their codes). A rule = land classes "
        "(三调 codes or prefixes, '-' excludes, '*' all) and a condition over the variables redline, "
        "farmland, urban, river, mine, corridor (share 0-1 of the parcel inside the zone layer), road (1 "
        "where a road crosses the parcel), shore (1 within the shoreline distance of natural shoreline), "
        "slope (mean °), gdpdjb (耕地坡度级别), soil_loss (mean t/(km²·a)), degradation (majority grade 1-4), "
        "habitat (mean 0-1), importance (majority grade), joined by 'and' / 'or'. A zone variable used "
        "with > clips the patch to the zone (farmland inside the red line = the part inside). A variable "
        "whose input is not given makes its rule silent (reported). Default rules (the plugin's own reading "
        "of the problem lists of the Guangdong and Qionghai work plans; edit or switch off any row): "
        "farmland, construction, mining land, aquaculture ponds inside the red line; steep farmland "
        "(GDPDJB = 5 or slope > 25°: 25° is the steep-slope limit of the Water and Soil Conservation Law "
        "of the PRC, art. 20); farmland in river and lake management zones; historic mines still mining or "
        "bare land; soil loss ≥ 500 t/(km²·a) (the tolerable soil loss of the southern red-soil hilly region "
        "in SL 190-2007, the lower bound of 轻度 erosion there: set it for your region); degraded forest or "
        "wetland (degradation grade ≥ 3 中度, the 'Degradation degree' coding); construction, ponds or salt "
        "pans on natural shoreline; natural habitat in corridors crossed by roads. Memory follows the parcels, not "
        "the rasters (read by blocks of rows): about 4 KB a parcel (measured on parcels of 12 vertices; more with "
        "more vertices), so a county of 200,000 parcels needs about 0.8 GB; the run is refused, with the figures, "
        "when the parcels cannot fit. Run a province county by county.")
    PARAM_HELP = {
        "INPUT": "Land parcels (三调 DLTB or land-use polygons) in a projected CRS in metres.",
        "CLASS_FIELD": "Land-class code field (三调 DLBM). Default DLBM.",
        "GDPDJB_FIELD": "Farmland slope grade field (耕地坡度级别, 1-5). Default GDPDJB; empty or missing: not used.",
        "UNIT_CODE_FIELD": ("Village code field (座落单位代码 ZLDWDM, 12 or 19 digits): the first 12 digits are the "
                            "village, the first 9 the township. Default ZLDWDM."),
        "UNIT_NAME_FIELD": "Village name field (座落单位名称). Default ZLDWMC.",
        "ID_FIELD": "Parcel id field (标识码). Default BSM; missing: the feature id.",
        "RED_LINE": "Optional polygons of the ecological protection red line; variable redline.",
        "FARMLAND": "Optional polygons of permanent basic farmland; variable farmland.",
        "URBAN_BOUNDARY": "Optional polygons of the urban development boundary; variable urban.",
        "RIVER_ZONES": ("Optional river and lake management zones (polygons; buffer river lines first if only "
                        "lines exist); variable river."),
        "MINES": "Optional historic (abandoned) mine polygons; variable mine.",
        "CORRIDORS": "Optional ecological corridor polygons (e.g. buffered least-cost paths); variable corridor.",
        "ROADS": "Optional road lines; variable road = 1 where a road crosses the parcel.",
        "SHORELINE": "Optional shoreline lines; only natural segments count (see the natural-shoreline field).",
        "SHORE_FIELD": ("Field of the shoreline telling natural segments (1, natural, 自然 or 自然岸线). Default "
                        "natural; missing: every segment counts as natural."),
        "SHORE_DISTANCE": ("Distance (m) from natural shoreline within which a parcel occupies it (variable "
                           "shore). Default 100 m, the plugin's own value: set the plan's shoreline zone."),
        "SLOPE": "Optional slope raster in degrees; variable slope = the parcel's mean.",
        "SOIL_LOSS": "Optional soil loss raster (e.g. 'Soil conservation' actual soil loss A_r); variable soil_loss.",
        "SOIL_LOSS_UNIT": "Unit of the soil loss raster. Default t/(hm²·a), as 'Soil conservation' writes it.",
        "DEGRADATION": ("Optional degradation grade raster (1 未退化 … 4 重度, 'Degradation degree'); variable "
                        "degradation."),
        "HABITAT": "Optional habitat quality raster (0-1); variable habitat.",
        "IMPORTANCE": "Optional protection importance grade raster; variable importance.",
        "TOWNSHIPS": ("Optional township polygons: their name fills XZMC by the township containing the patch "
                      "(a patch outside every polygon, e.g. on the shore: the nearest township)."),
        "TOWNSHIP_NAME_FIELD": "Township name field. Default name.",
        "RULES": ("The rule table: on (1/0), rule id, problem code, problem type, land classes, condition, "
                  "restoration mode, project type. Rows can be edited, added or switched off."),
        "OUTPUT": "Problem patches (one per parcel and rule fired), styled by problem code.",
        "SUMMARY": "Patches and area (hm²) per problem code, and rules that stayed silent for a missing input.",
    }
    ADVANCED = ("CLASS_FIELD", "GDPDJB_FIELD", "UNIT_CODE_FIELD", "UNIT_NAME_FIELD", "ID_FIELD",
                "SHORE_FIELD", "SHORE_DISTANCE", "SOIL_LOSS_UNIT", "TOWNSHIP_NAME_FIELD")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", tr("Land parcels DLTB (地类图斑)"), [QgsProcessing.TypeVectorPolygon]))
        for name, default, label in (("CLASS_FIELD", "DLBM", tr("Land-class code field")),
                                     ("GDPDJB_FIELD", "GDPDJB", tr("Farmland slope grade field")),
                                     ("UNIT_CODE_FIELD", "ZLDWDM", tr("Village code field")),
                                     ("UNIT_NAME_FIELD", "ZLDWMC", tr("Village name field")),
                                     ("ID_FIELD", "BSM", tr("Parcel id field"))):
            self.addParameter(QgsProcessingParameterField(name, label, defaultValue=default,
                                                          parentLayerParameterName="INPUT", optional=True))
        # the three control lines through the shared group (same names as the other algorithms), then the
        # other zone layers
        self.add_control_line_parameters(descriptions={
            key: tr(label) for key, (_, _, label) in zip(self.CONTROL_LINE_KEYS, ZONES[:3])})
        for name, _, label in ZONES[3:]:
            self.addParameter(QgsProcessingParameterFeatureSource(
                name, tr(label), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "ROADS", tr("Roads (lines)"), [QgsProcessing.TypeVectorLine], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "SHORELINE", tr("Shoreline (lines)"), [QgsProcessing.TypeVectorLine], optional=True))
        self.addParameter(QgsProcessingParameterField(
            "SHORE_FIELD", tr("Natural-shoreline field"), defaultValue="natural",
            parentLayerParameterName="SHORELINE", optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "SHORE_DISTANCE", tr("Shoreline distance (m)"), QgsProcessingParameterNumber.Double, 100.0,
            minValue=0.0))
        for name, _, _, label in RASTERS:
            self.addParameter(QgsProcessingParameterRasterLayer(name, tr(label), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "SOIL_LOSS_UNIT", tr("Soil loss unit"), [tr(u) for u in SOIL_UNITS], defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "TOWNSHIPS", tr("Townships (乡镇)"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            "TOWNSHIP_NAME_FIELD", tr("Township name field"), defaultValue="name",
            parentLayerParameterName="TOWNSHIPS", optional=True))
        flat = []
        for row in P.DEFAULT_RULES:
            flat += [str(v) for v in row]
        self.addParameter(QgsProcessingParameterMatrix(
            "RULES", tr("Problem rules"), numberRows=0, hasFixedNumberRows=False,
            headers=[tr("On (1/0)"), tr("Rule id"), tr("Problem code"), tr("Problem type"), tr("Land classes"),
                     tr("Condition"), tr("Restoration mode"), tr("Project type")], defaultValue=flat,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", tr("Problem patches"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "SUMMARY", tr("Problem summary"), QgsProcessing.TypeVector))
        self.addOutput(QgsProcessingOutputNumber("PATCHES", tr("Number of problem patches")))
        self.addOutput(QgsProcessingOutputNumber("AREA_HM2", tr("Area of the problem patches (hm²)")))

    # --------------------------------------------------------------------------------------------
    def _field(self, parameters, name, context, source, default):
        value = self.parameterAsString(parameters, name, context) or default
        i = source.fields().lookupField(value)
        return source.fields().at(i).name() if i >= 0 else None

    def _geoms(self, source, crs, context, request=None, record=None):
        """``[(feature, geometry in crs)]`` of the features with a geometry; ``record(feature)`` keeps
        something smaller than the feature (its geometry is not kept twice)."""
        xform = None
        if source.sourceCrs().isValid() and crs.isValid() and source.sourceCrs() != crs:
            xform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        out = []
        for f in source.getFeatures(request or QgsFeatureRequest()):
            g = f.geometry()
            if g is None or g.isEmpty():
                continue
            g = QgsGeometry(g)
            if xform is not None:
                g.transform(xform)
            if not g.isGeosValid():
                g = g.makeValid()
            out.append((record(f) if record is not None else f, g))
        return out

    def _zone(self, parcels, zone_geoms, feedback, keep, need):
        """Share of each parcel inside the zone, and the inside part (when ``keep``), for the parcels
        where ``need`` (a rule of their land class uses the zone); 0 elsewhere."""
        # the zones cut into pieces of ≤ 256 vertices, prepared: the tests and the overlay of a parcel touch
        # the few pieces around it, not every vertex of a county-wide dissolved buffer (issue 20)
        zone_geoms, _ = split_geometries(zone_geoms)
        index = spatial_index(zone_geoms)
        share, parts = np.zeros(len(parcels)), [None] * len(parcels)
        engine = PreparedGeometries(zone_geoms)

        for k_, i in enumerate(np.flatnonzero(need)):
            if k_ % 500 == 0:
                self.check_cancel(feedback)
            g = parcels[i]
            cg = g.constGet()
            cand = [k for k in index.intersects(g.boundingBox()) if engine[k].intersects(cg)]
            if not cand:
                continue
            if len(cand) == 1 and engine[cand[0]].contains(cg):
                share[i] = 1.0 if g.area() > 0 else 0.0      # wholly inside: no overlay
                if keep and g.area() > 0:
                    parts[i] = QgsGeometry(g)
                continue
            zone = QgsGeometry.unaryUnion([zone_geoms[k] for k in cand]) if len(cand) > 1 else zone_geoms[cand[0]]
            inside = g.intersection(zone)
            a = inside.area() if inside is not None and not inside.isEmpty() else 0.0
            if a > 0:
                share[i] = a / g.area() if g.area() > 0 else 0.0
                if keep:
                    parts[i] = inside
        return share, parts

    def process(self, parameters, context, feedback):
        self._context = context
        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            raise QgsProcessingException(tr("The land parcel layer is missing or cannot be read."))
        crs = source.sourceCrs()
        if not crs.isValid() or crs.isGeographic():
            raise QgsProcessingException(tr(
                "The land parcels must be in a projected CRS in metres (e.g. CGCS2000 3-degree Gauss-Krüger); "
                "reproject them first."))
        class_f = self._field(parameters, "CLASS_FIELD", context, source, "DLBM")
        if class_f is None:
            raise QgsProcessingException(tr(
                "The parcels have no land-class code field '{}'. Choose the code field (三调 DLBM).").format(
                self.parameterAsString(parameters, "CLASS_FIELD", context) or "DLBM"))
        fnames = {k: self._field(parameters, k, context, source, d) for k, d in (
            ("GDPDJB_FIELD", "GDPDJB"), ("UNIT_CODE_FIELD", "ZLDWDM"), ("UNIT_NAME_FIELD", "ZLDWMC"),
            ("ID_FIELD", "BSM"))}
        try:
            rules = P.parse_rules(matrix_rows(self.table_value(parameters, "RULES"), len(P.RULE_COLUMNS)))
        except ValueError as exc:
            raise QgsProcessingException(tr("Problem rules: {}").format(exc)) from None
        active = [r for r in rules if r["on"]]
        if not active:
            raise QgsProcessingException(tr("Every rule of the rule table is switched off: nothing to find."))
        used = set(v for r in active for v in P.variables_used(r["groups"]))
        clipping = set(v for r in active for v in P.clip_zones(r["groups"]))

        check_features(source.featureCount(), PARCEL_BYTES, feedback)
        feedback.setProgressText(tr("Reading the parcels"))
        wanted = [class_f] + [v for v in fnames.values() if v]   # only the fields the patches use
        read = self._geoms(source, crs, context,
                           QgsFeatureRequest().setSubsetOfAttributes(wanted, source.fields()),
                           record=lambda f: _Parcel(f, wanted))
        if not read:
            raise QgsProcessingException(tr("The land parcel layer has no polygons."))
        feats = [f for f, _ in read]
        geoms = [g for _, g in read]
        n = len(geoms)

        def attr(f, name):
            if not name:
                return None
            v = f[name]
            return None if v is None or str(v) == "NULL" else v

        codes = [L.clean_code(attr(f, class_f)) for f in feats]
        variables, parts = {}, {}
        need = P.needed(active, codes)   # where a rule of the parcel's class uses the variable
        if fnames["GDPDJB_FIELD"]:
            variables["gdpdjb"] = np.array([_num(attr(f, fnames["GDPDJB_FIELD"])) for f in feats])
        feedback.setProgress(10)
        for k, (pname, var, _) in enumerate(ZONES):
            src = self.parameterAsSource(parameters, pname, context)
            if src is None or var not in used:
                continue
            feedback.setProgressText(tr("Overlay with {}").format(src.sourceName()))
            zg = [g for _, g in self._geoms(src, crs, context)]
            variables[var], parts[var] = self._zone(geoms, zg, feedback, var in clipping, need[var])
            feedback.setProgress(10 + 40 * (k + 1) / len(ZONES))
        roads = self.parameterAsSource(parameters, "ROADS", context)
        if roads is not None and "road" in used:
            rg = [g for _, g in self._geoms(roads, crs, context)]
            index, roads_prepared = spatial_index(rg), PreparedGeometries(rg)   # O(log V) per parcel (issue 20)
            road = np.zeros(n)
            for i in np.flatnonzero(need["road"]):
                g = geoms[i]
                road[i] = 1.0 if any(roads_prepared[k].intersects(g.constGet())
                                     for k in index.intersects(g.boundingBox())) else 0.0
            variables["road"] = road
        shore = self.parameterAsSource(parameters, "SHORELINE", context)
        if shore is not None and "shore" in used:
            sf = self._field(parameters, "SHORE_FIELD", context, shore, "natural")
            dist = self.parameterAsDouble(parameters, "SHORE_DISTANCE", context)
            sg = [g for f, g in self._geoms(shore, crs, context)
                  if sf is None or str(attr(f, sf)).strip().lower() in NATURAL_VALUES]
            sg, _ = split_geometries(sg)        # the distance to a long coastline from its nearby pieces
            index = spatial_index(sg)
            hit = np.zeros(n)
            for i in np.flatnonzero(need["shore"]):
                g = geoms[i]
                box = g.boundingBox().buffered(dist)
                hit[i] = 1.0 if any(g.distance(sg[k]) <= dist for k in index.intersects(box)) else 0.0
            variables["shore"] = hit
        raster_need = np.zeros(n, bool)      # one parcel set for every raster, so one rasterisation per grid
        for _, var, _, _ in RASTERS:
            if var in need:
                raster_need |= need[var]
        raster_subset = np.flatnonzero(raster_need)
        items = []
        for pname, var, how, label in RASTERS:
            layer = self.parameterAsRasterLayer(parameters, pname, context)
            if layer is None or var not in used:
                continue
            rule = RULES[RASTER_RULES[pname]] if pname in RASTER_RULES else None
            items.append(ParcelRaster(var, how, "{} ({}: {})".format(tr(label), pname, layer.name()), layer, rule))
        if items:
            feedback.setProgressText(tr("Parcel values of {}").format(", ".join(it.layer.name() for it in items)))
            values = parcel_values(items, geoms, raster_subset, crs, context.transformContext(), feedback,
                                   lambda: self.check_cancel(feedback))
            for var, v in values.items():
                if var == "soil_loss" and self.parameterAsEnum(parameters, "SOIL_LOSS_UNIT", context) == 0:
                    v = v * 100.0           # t/(hm²·a) -> t/(km²·a)
                variables[var] = v
        self.check_cancel(feedback)
        feedback.setProgress(70)
        silent = []
        for r in active:
            missing = [v for v in P.variables_used(r["groups"]) if v not in variables]
            if missing:
                silent.append((r, missing))
                feedback.pushWarning(tr("Rule {} ({}) cannot fire: no input for {}.").format(
                    r["rule_id"], r["type"], ", ".join(missing)))
        hits = P.evaluate(rules, codes, variables)

        towns = []
        tsrc = self.parameterAsSource(parameters, "TOWNSHIPS", context)
        if tsrc is not None:
            tf = self._field(parameters, "TOWNSHIP_NAME_FIELD", context, tsrc, "name")
            towns = [(g, str(attr(f, tf)) if tf else str(f.id())) for f, g in self._geoms(tsrc, crs, context)]
            # township candidates by box, tested on prepared polygons (issue 20: not every township per patch)
            town_index = spatial_index([tg for tg, _ in towns])
            town_prepared = PreparedGeometries([tg for tg, _ in towns])

        fl = QgsFields()
        for name, kind in PATCH_FIELDS:
            fl.append(field(name, kind))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fl, QgsWkbTypes.MultiPolygon, crs)
        per_parcel = {}
        for i, r in hits:
            per_parcel.setdefault(i, []).append(rules[r]["code"])
        written, fired_codes, areas = 0, [], []
        for i, r in hits:
            self.check_cancel(feedback)
            rule = rules[r]
            g = None
            for var in P.clip_zones(rule["groups"]):
                part = parts[var][i] if var in parts else None   # (not a default list of n per hit: O(n²))
                if part is not None:       # the first part lies in the parcel already: no overlay with it
                    g = QgsGeometry(part) if g is None else g.intersection(part)
            g = QgsGeometry(geoms[i]) if g is None else g
            g = _polygons(g)
            if g is None or g.area() <= 0:
                continue
            written += 1
            ucode = str(attr(feats[i], fnames["UNIT_CODE_FIELD"]) or "")
            xzmc = None
            if towns:
                c = g.pointOnSurface()
                xzmc = next((towns[k][1] for k in sorted(town_index.intersects(c.boundingBox()))
                             if town_prepared[k].contains(c.constGet())), None)
                if xzmc is None:   # a shore or boundary patch outside every polygon: the nearest township
                    xzmc = min(towns, key=lambda t: t[0].distance(c))[1]
            mj = round(g.area() / 1e4, 4)
            g.convertToMultiType()
            f = QgsFeature(fl)
            f.setGeometry(g)
            f.setAttributes([
                "WT{:06d}".format(written), rule["code"], rule["type"], rule["rule_id"], rule["condition"],
                codes[i], L.code_name(codes[i]) if codes[i] else None,
                str(attr(feats[i], fnames["ID_FIELD"]) or feats[i].id()),
                ucode[:9] or None, xzmc, ucode[:12] or None,
                attr(feats[i], fnames["UNIT_NAME_FIELD"]), mj, rule["mode"], rule["project"],
                len(per_parcel[i]), ",".join(per_parcel[i])])
            add_feature(sink, f)
            fired_codes.append(rule["code"])
            areas.append(mj)
        feedback.setProgress(90)

        columns = [("code", "string"), ("type", "string"), ("rule_id", "string"), ("patches", "int"),
                   ("area_hm2", "double"), ("status", "string")]
        tsink, tdest, tfl = table_sink(self, parameters, "SUMMARY", context, columns)
        counts = {}
        for c, a in zip(fired_codes, areas):
            counts[c] = (counts.get(c, (0, 0.0))[0] + 1, counts.get(c, (0, 0.0))[1] + a)
        silent_ids = {r["rule_id"]: m for r, m in silent}
        for r in rules:
            if not r["on"]:
                status = tr("switched off")
            elif r["rule_id"] in silent_ids:
                status = tr("no input for {}").format(", ".join(silent_ids[r["rule_id"]]))
            else:
                status = tr("run")
            k, a = counts.get(r["code"], (0, 0.0))
            add_row(tsink, tfl, [r["code"], r["type"], r["rule_id"], k, round(a, 4), status])
        total = round(float(sum(areas)), 4)
        feedback.pushInfo(tr("{} problem patches, {:.4f} hm², on {} parcels.").format(
            written, total, len(per_parcel)))
        cats, seen = {}, []
        for r in rules:
            if r["code"] not in seen:
                seen.append(r["code"])
                cats[r["code"]] = (COLOURS[(len(seen) - 1) % len(COLOURS)], "{} {}".format(r["code"], r["type"]))
        style_categories_on_load(context, dest, "WTDM", cats, tr("Problem patches"))
        feedback.setProgress(100)
        return {"OUTPUT": dest, "SUMMARY": tdest, "PATCHES": written, "AREA_HM2": total}


class _Parcel(object):
    """A parcel's id and the attributes the patches use, without the feature (memory follows the parcels)."""
    __slots__ = ("_id", "_values")

    def __init__(self, feature, names):
        self._id = feature.id()
        self._values = {name: feature[name] for name in names}

    def __getitem__(self, name):
        return self._values[name]

    def id(self):
        return self._id


def _num(v):
    try:
        return float(str(v).strip()) if v is not None and str(v).strip() != "" else np.nan
    except ValueError:
        return np.nan


def _polygons(g):
    """The polygon part of ``g`` (an intersection may add lines or points), or None."""
    if g is None or g.isEmpty():
        return None
    if g.type() == QgsWkbTypes.PolygonGeometry:
        return g
    if g.isMultipart() or QgsWkbTypes.flatType(g.wkbType()) == QgsWkbTypes.GeometryCollection:
        polys = [QgsGeometry(p) for p in g.asGeometryCollection() if p.type() == QgsWkbTypes.PolygonGeometry]
        return QgsGeometry.unaryUnion(polys) if polys else None
    return None
