"""Sea planning units and marine projects (海域规划单元与海洋修复项目): sea units by sea-use zones or a grid
beside the land units, and marine restoration projects with unit costs per unit."""
import math

import numpy as np
from qgis.core import (
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsRectangle,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ...processing_helpers.grid import require_projected_source
from ...processing_helpers.vector_io import repaired_polygons
from ...core import marine as H
from ...i18n import tr
from ...processing_helpers.tables import matrix_rows, to_float
from ...processing_helpers.vector_io import add_row, table_sink
from ..base import EcoRestoreAlgorithm
from ...processing_helpers.styles import style_categories_on_load

DOMAIN_COLOURS = {"陆域": ("#e5d8bd", "陆域 Land"), "海域": ("#9ecae1", "海域 Sea")}
#: project type fed by each candidate input
INPUT_TYPES = (("MANGROVE", 2), ("SEAGRASS", 3), ("REEF", 4), ("LOSSES", 7), ("ISLANDS", 8))


class MarinePlanningUnits(EcoRestoreAlgorithm):
    NAME = "marineplanningunits"
    GROUP = "zoning"
    DISPLAY = "Sea planning units and marine projects (海域规划单元与海洋修复项目)"
    TAGS = ("sea,marine,planning unit,project,unit cost,sea-use zone,grid,海域,规划单元,海洋功能区,项目库,单价,陆海统筹,"
            "红树林,海草床,珊瑚礁,沙滩修复,岸线整治,退养还湿,海岛")
    HELP = (
        "Makes the sea planning units - one per sea-use function zone (海洋功能区) or the cells of a square grid "
        "clipped to the sea polygons - and writes them beside the land units (field domain 陆域 / 海域), so that "
        "restoration zoning, priority and the project library can take land and sea units in one layer. Sea units "
        "that overlap land units by more than the tolerance are refused (fix the sea or land polygons). For every "
        "sea unit it collects the marine restoration projects from the candidate layers - mangrove (红树林营造与修复), "
        "seagrass (海草床修复), coral reef (珊瑚礁修复), habitat losses to aquaculture (退养还湿), islands (海岛生态修复) by "
        "area (hm²), and the shoreline by length (km): artificial shore -> 岸线整治, sandy shore -> 沙滩修复 - and "
        "costs them with the unit-cost table of the eight marine project types (海岸带生态修复, 红树林营造与修复, 海草床修复, "
        "珊瑚礁修复, 沙滩修复, 岸线整治, 退养还湿, 海岛生态修复). A candidate or shoreline outside every sea unit goes to "
        "the nearest one. The default unit costs are the plugin's illustrative values, NOT from a standard or a "
        "price list: replace them by the local 估算指标.")
    PARAM_HELP = {
        "SEA": "Sea polygons: sea-use function zones (海洋功能区) or the sea area (projected CRS in metres).",
        "ZONE_FIELD": "Field with the zone type or name of the sea polygons, copied to the units (optional).",
        "MODE": "One unit per sea polygon, or a square grid clipped to the sea polygons.",
        "GRID_SIZE": "Side of the grid cells (m) in grid mode. Default 1000 m.",
        "LAND_UNITS": "Land planning units (e.g. the restoration units), written beside the sea units (optional).",
        "LAND_ID_FIELD": "Id or name field of the land units (optional; empty: the feature id).",
        "TOLERANCE": ("Overlap (m²) of a sea unit with a land unit that is still accepted (digitising slivers). "
                      "Default 100 m², the plugin's own value."),
        "MANGROVE": "Mangrove restoration candidates (polygons, e.g. from the suitability algorithm).",
        "SEAGRASS": "Seagrass restoration candidates (polygons).",
        "REEF": "Coral reef restoration areas (polygons).",
        "LOSSES": "Habitat lost to aquaculture (polygons, e.g. from the coastal wetland inventory): 退养还湿.",
        "ISLANDS": "Islands (polygons): 海岛生态修复 over their area.",
        "SHORELINE": "Classified shoreline (lines): artificial shore -> 岸线整治, sandy shore -> 沙滩修复.",
        "SHORE_FIELD": "Shoreline class field (artificial / 人工岸线, sandy / 砂质岸线 …). Default shore_class.",
        "COSTS": ("Marine project types: code, name, unit (hm² or km) and unit cost (万元 per unit). The default "
                  "unit costs are illustrative, see the help."),
        "UNITS": "Land and sea units with unit_id, domain (陆域 / 海域), zone and area (hm²).",
        "PROJECTS": "One row per sea unit and project type: quantity, unit, unit cost, cost (万元).",
    }
    ADVANCED = ("TOLERANCE", "COSTS")

    SEA, ZONE, MODE, GRID, LAND, LAND_ID, TOL = ("SEA", "ZONE_FIELD", "MODE", "GRID_SIZE", "LAND_UNITS",
                                                 "LAND_ID_FIELD", "TOLERANCE")
    SHORE, SHORE_FIELD, COSTS, UNITS, PROJECTS = "SHORELINE", "SHORE_FIELD", "COSTS", "UNITS", "PROJECTS"

    def initAlgorithm(self, config=None):
        poly = [QgsProcessing.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource(self.SEA, tr("Sea polygons (sea-use zones)"), poly))
        self.addParameter(QgsProcessingParameterField(self.ZONE, tr("Zone field"), defaultValue="zone_type",
                                                      parentLayerParameterName=self.SEA, optional=True))
        self.addParameter(QgsProcessingParameterEnum(self.MODE, tr("Sea units"), [tr("One per sea polygon"),
                                                                                 tr("Square grid")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(self.GRID, tr("Grid cell size (m)"),
                                                       QgsProcessingParameterNumber.Double, 1000.0, minValue=10.0))
        self.addParameter(QgsProcessingParameterFeatureSource(self.LAND, tr("Land units"), poly, optional=True))
        self.addParameter(QgsProcessingParameterField(self.LAND_ID, tr("Land unit id field"),
                                                      parentLayerParameterName=self.LAND, optional=True))
        self.addParameter(QgsProcessingParameterNumber(self.TOL, tr("Sea-land overlap tolerance (m²)"),
                                                       QgsProcessingParameterNumber.Double, 100.0, minValue=0.0))
        for key, label in (("MANGROVE", tr("Mangrove candidates")), ("SEAGRASS", tr("Seagrass candidates")),
                           ("REEF", tr("Coral reef restoration areas")), ("LOSSES", tr("Habitat lost to aquaculture")),
                           ("ISLANDS", tr("Islands"))):
            self.addParameter(QgsProcessingParameterFeatureSource(key, label, poly, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.SHORE, tr("Classified shoreline"),
                                                              [QgsProcessing.TypeVectorLine], optional=True))
        self.addParameter(QgsProcessingParameterField(self.SHORE_FIELD, tr("Shoreline class field"),
                                                      defaultValue="shore_class", parentLayerParameterName=self.SHORE,
                                                      optional=True))
        flat = []
        for code, (name, unit, cost) in H.MARINE_PROJECTS.items():
            flat += [str(code), name, unit, "{:g}".format(cost)]
        self.addParameter(QgsProcessingParameterMatrix(
            self.COSTS, tr("Marine project types and unit costs"), numberRows=0, hasFixedNumberRows=False,
            headers=[tr("Code"), tr("Project type"), tr("Unit"), tr("Unit cost (万元)")], defaultValue=flat,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.UNITS, tr("Land and sea units"),
                                                            QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(self.PROJECTS, tr("Marine projects by unit"),
                                                            QgsProcessing.TypeVector))

    @staticmethod
    def _projected(source, label):
        require_projected_source(source, label)

    @staticmethod
    def _geoms(source, crs, context):
        return repaired_polygons(source, crs, context)

    def _costs(self, parameters):
        out = {}
        for row in matrix_rows(self.table_value(parameters, self.COSTS), 4):
            if not row[0]:
                continue
            code = int(to_float(row[0], tr("Marine project types and unit costs")))
            cost = to_float(row[3], tr("Marine project types and unit costs"))
            if cost < 0:
                raise QgsProcessingException(tr("Marine project types and unit costs: the unit cost of {} is "
                                                "negative.").format(row[1]))
            out[code] = (row[1], row[2], cost)
        missing = sorted(set(H.MARINE_PROJECTS) - set(out))
        if missing:
            raise QgsProcessingException(tr("Marine project types and unit costs: the types {} are missing; keep "
                                            "the eight codes 1-8.").format(", ".join(str(m) for m in missing)))
        return out

    def process(self, parameters, context, feedback):
        sea_src = self.parameterAsSource(parameters, self.SEA, context)
        if sea_src is None:
            raise QgsProcessingException(tr("Sea polygons: the layer is missing or cannot be read."))
        self._projected(sea_src, tr("Sea polygons (sea-use zones)"))
        crs = sea_src.sourceCrs()
        costs = self._costs(parameters)
        zone_name = self.parameterAsString(parameters, self.ZONE, context)
        zi = sea_src.fields().lookupField(zone_name) if zone_name else -1
        sea = self._geoms(sea_src, crs, context)
        if not sea:
            raise QgsProcessingException(tr("Sea polygons: the layer has no polygons."))
        # sea units
        units = []      # (unit_id, geometry, zone)
        if self.parameterAsEnum(parameters, self.MODE, context) == 0:
            for i, (g, f) in enumerate(sea):
                units.append(("HY{:03d}".format(i + 1), g, str(f.attributes()[zi]) if zi >= 0 else ""))
        else:
            size = self.parameterAsDouble(parameters, self.GRID, context)
            ext = QgsRectangle()
            for g, _ in sea:
                ext.combineExtentWith(g.boundingBox())
            nx, ny = math.ceil(ext.width() / size), math.ceil(ext.height() / size)
            if nx * ny > 200000:
                raise QgsProcessingException(tr("The grid would have {} cells; choose a larger grid cell size.").format(
                    nx * ny))
            index = QgsSpatialIndex()
            for i, (g, _) in enumerate(sea):
                index.addFeature(i, g.boundingBox())
            for r in range(ny):
                for c in range(nx):
                    cell = QgsGeometry.fromRect(QgsRectangle(ext.xMinimum() + c * size, ext.yMaximum() - (r + 1) * size,
                                                             ext.xMinimum() + (c + 1) * size, ext.yMaximum() - r * size))
                    parts = [(sea[i][0].intersection(cell), sea[i][1]) for i in index.intersects(cell.boundingBox())]
                    parts = [(p, f) for p, f in parts if not p.isEmpty() and p.area() > 0]
                    if not parts:
                        continue
                    geom = QgsGeometry.unaryUnion([p for p, _ in parts])
                    big = max(parts, key=lambda pf: pf[0].area())[1]
                    units.append(("HY{:03d}-{:03d}".format(r + 1, c + 1), geom,
                                  str(big.attributes()[zi]) if zi >= 0 else ""))
        feedback.setProgress(20)
        # land units and the overlap check
        land_src = self.parameterAsSource(parameters, self.LAND, context)
        land = []
        if land_src is not None:
            id_name = self.parameterAsString(parameters, self.LAND_ID, context)
            li = land_src.fields().lookupField(id_name) if id_name else -1
            if id_name and li < 0:
                raise QgsProcessingException(tr("Land units: field '{}' not found.").format(id_name))
            for g, f in self._geoms(land_src, crs, context):
                land.append((str(f.attributes()[li]) if li >= 0 else str(f.id()), g))
            tol = self.parameterAsDouble(parameters, self.TOL, context)
            lindex = QgsSpatialIndex()
            for i, (_, g) in enumerate(land):
                lindex.addFeature(i, g.boundingBox())
            bad = []
            for uid, g, _ in units:
                for i in lindex.intersects(g.boundingBox()):
                    a = g.intersection(land[i][1]).area()
                    if a > tol:
                        bad.append("{} × {} ({:.0f} m²)".format(uid, land[i][0], a))
            if bad:
                raise QgsProcessingException(tr(
                    "Sea units overlap land units by more than {:g} m²: {}. Sea and land units must not overlap: clip "
                    "the sea polygons with the land (or fix the coastline) and run again.").format(
                        tol, "; ".join(bad[:10]) + (tr(" and {} more").format(len(bad) - 10) if len(bad) > 10 else "")))
        feedback.setProgress(40)
        # quantities per sea unit
        uindex = QgsSpatialIndex()
        for i, (_, g, _) in enumerate(units):
            uindex.addFeature(i, g.boundingBox())
        qty = np.zeros((len(units), len(H.MARINE_PROJECTS) + 1))

        def share(geom, by_length=False):
            """[(unit index, amount)] of ``geom`` over the units; all of it to the nearest unit if none."""
            out = []
            for i in uindex.intersects(geom.boundingBox()):
                part = geom.intersection(units[i][1])
                amount = part.length() if by_length else part.area()
                if amount > 0:
                    out.append((i, amount))
            if not out:
                c = geom.centroid().asPoint()
                near = uindex.nearestNeighbor(c, 1)
                if near:
                    out = [(near[0], geom.length() if by_length else geom.area())]
            return out

        for key, ptype in INPUT_TYPES:
            src = self.parameterAsSource(parameters, key, context)
            if src is None:
                continue
            self._projected(src, key)
            for g, _ in self._geoms(src, crs, context):
                for i, a in share(g):
                    qty[i, ptype] += a / 1e4
        shore = self.parameterAsSource(parameters, self.SHORE, context)
        if shore is not None:
            self._projected(shore, tr("Classified shoreline"))
            sname = self.parameterAsString(parameters, self.SHORE_FIELD, context)
            si = shore.fields().lookupField(sname) if sname else -1
            if si < 0:
                raise QgsProcessingException(tr("Classified shoreline: field '{}' not found.").format(sname))
            for g, f in self._geoms(shore, crs, context):
                v = str(f.attributes()[si]).strip().lower()
                ptype = 6 if v in ("artificial", "人工", "人工岸线", "6") else (
                    5 if v in ("sandy", "砂质", "砂质岸线", "沙质岸线", "2") else 0)
                if ptype:
                    for i, a in share(g, by_length=True):
                        qty[i, ptype] += a / 1000.0
        feedback.setProgress(70)
        # outputs
        usink, udest, ufields = table_sink(self, parameters, self.UNITS, context, [
            ("unit_id", "string"), ("domain", "string"), ("zone", "string"), ("area_ha", "double"),
            ("marine_cost_wan", "double")], QgsWkbTypes.MultiPolygon, crs)
        psink, pdest, pfields = table_sink(self, parameters, self.PROJECTS, context, [
            ("unit_id", "string"), ("zone", "string"), ("type_code", "int"), ("type_name", "string"),
            ("quantity", "double"), ("unit", "string"), ("unit_cost", "double"), ("cost_wan", "double")])
        total = 0.0
        for i, (uid, g, zone) in enumerate(units):
            cost_u = 0.0
            for code in sorted(H.MARINE_PROJECTS):
                q = qty[i, code]
                if q <= 0:
                    continue
                name, unit, uc = costs[code]
                cost = H.project_cost(q, uc)
                cost_u += cost
                add_row(psink, pfields, [uid, zone, code, name, round(q, 4), unit, uc, round(cost, 2)])
            total += cost_u
            gg = QgsGeometry(g)
            gg.convertToMultiType()
            add_row(usink, ufields, [uid, "海域", zone, round(g.area() / 1e4, 4), round(cost_u, 2)], gg)
        for uid, g in land:
            gg = QgsGeometry(g)
            gg.convertToMultiType()
            add_row(usink, ufields, [uid, "陆域", "", round(g.area() / 1e4, 4), None], gg)
        feedback.pushInfo(tr("{} sea units, {} land units; marine projects {:.1f} 万元.").format(
            len(units), len(land), total))
        style_categories_on_load(context, udest, "domain", DOMAIN_COLOURS, tr("Land and sea units"))
        return {self.UNITS: udest, self.PROJECTS: pdest}
