"""Indicator base values (指标基期值): the rule-based indicators computed from layers."""
import datetime

import numpy as np
from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...core import indicator_basis as B
from ...core import targets as T
from ...i18n import tr, tr_noop
from ...processing_helpers.params import ControlLinesParams, TableOutputParams, UnitLayerParams
from ...processing_helpers.grid import require_projected
from ...processing_helpers.raster_io import read_raster, reference_grid
from ...processing_helpers.value_rules import RULES
from ..base import EcoRestoreAlgorithm
from ...processing_helpers.vector_io import add_rows, make_fields, require_fields, spatial_index
from ._common import area_inside_units, read_units, transformed_geometries

#: codes for the forest basis "custom" (core/tables.py numbering): 乔木林地, 竹林地, 红树林地, 森林沼泽, 灌木林地.
FOREST_CODES = "301,302,303,304,305"
#: codes for the wetland basis "custom": the 三调 湿地 group (core.indicator_basis.WETLAND_SANDIAO).
WETLAND_CODES = ",".join(str(v) for v in B.WETLAND_SANDIAO)
FOREST_BASES = [tr_noop("Forestry basis (林业口径: trees, bamboo, mangrove, forest swamp, special shrubland, listed orchards)"),
                tr_noop("三调 basis (all shrubland counted)"), tr_noop("The forest codes below")]
FOREST_BASIS_KEYS = ["forestry", "sandiao", "custom"]
WETLAND_BASES = [tr_noop("三调 wetland group (8 classes incl. 0603 盐田)"),
                 tr_noop("三调 wetland and open waters (河流、湖泊、水库、坑塘水面)"),
                 tr_noop("The wetland codes below")]
NATURAL_TYPES = ("自然岸线,基岩岸线,砂质岸线,淤泥质岸线,生物岸线,河口岸线,"
                 "natural,bedrock,sandy,muddy,biological,estuary")
#: a coastline lying on a unit's edge is counted when within this distance (m) of the unit.
COAST_TOLERANCE = 1.0
#: 三调 0303 红树林地 (integer convention of core.landuse_codes).
MANGROVE_CODES = (303,)
#: shore types counted as restored shoreline (整治修复海岸线长度): the classified shoreline's class and its
#: Chinese names
RESTORED_TYPES = "生态恢复岸线,生态恢复,整治修复岸线,restored"

#: values of the island field that flag an island shoreline (others, empty included: mainland).
ISLAND_TRUE = ("1", "true", "yes", "y", "t", "是", "海岛", "island")


class IndicatorBaseValues(UnitLayerParams, ControlLinesParams, TableOutputParams, EcoRestoreAlgorithm):
    NAME = "indicatorbasevalues"
    GROUP = "targets"
    DISPLAY = "Indicator base values (指标基期值)"
    TAGS = "indicator,target,base value,forest coverage,wetland,shoreline,red line,指标,基期值,森林覆盖率"
    HELP = (
        "Computes the rule-based indicators of the target system (METHODS.md §5) from layers, for the "
        "whole region or per unit (cities, counties or townships: set the unit key field). Each rule "
        "runs when its inputs are given, and each output row carries its statistical basis (口径) and "
        "source. Forest coverage (%) = forest area / land area (valid land-use cells, minus the non-land "
        "classes). Forest basis: 'forestry' (the default; definition after GB/T 26424-2010) counts "
        "乔木林地 0301, 竹林地 0302, 红树林地 0303, 森林沼泽 0304, 灌木林地 0305 only inside the layer of "
        "国家特别规定灌木林地 (none without it), and the 园地 codes the province counts as economic forest "
        "(e.g. 203 橡胶园 in Hainan); '三调' counts all 灌木林地 and no 园地; 'custom' the forest codes "
        "given. The provincial rules on shrubland and orchards could not be verified against the "
        "official text here: check them. Forest coverage is an expected (预期性) indicator unless the "
        "upper-level plan makes it binding. Forest land area (林地保有量, hm²) = 三调 林地 0301-0307. "
        "Wetland: one definition for the plugin, the 三调 湿地 group (0303, 0304, 0306, 0402, 0603 盐田, "
        "1105, 1106, 1108); the alternative basis adds 河流、湖泊、水库、坑塘水面 (the class list of the "
        "forestry wetland statistics could not be verified here). Wetland area (hm²); wetland "
        "protection rate (%) = wetland area inside the union of the nature reserves and the extra "
        "protected-wetland layers (wetland parks, wetland protection plots, important wetlands; "
        "overlaps counted once) / wetland area. Soil and water conservation rate (%) = 1 − area with "
        "soil loss at or above the tolerance of SL 190-2007 (south red-soil hilly region 500 t/(km²·a)) "
        "/ land area, from the actual soil loss raster of the soil conservation algorithm (t/(hm²·a)). Natural "
        "shoreline ratio (%) = length of coastline whose shore type is one of the natural types / total "
        "coastline length; ecological protection red line area (km²) = area of the red-line polygons "
        "(overlaps counted once); with an island field the natural shoreline ratio counts the mainland shore "
        "only (大陆自然岸线保有率) and the island shore gives 海岛自然岸线保有率 (island lines outside every unit go "
        "to the nearest unit within the coastal reach); natural shore = 砂质, 淤泥质, 基岩, 生物 shore and the restored shore with natural "
        "form and function (海岸线保护与利用管理办法 2017, 第二条, for the mainland; used for islands too). Mangrove "
        "area (红树林面积, hm²) = 三调 0303 红树林地 cells of the land use. Land-use cells outside every unit within the "
        "coastal reach count for the nearest unit in every land-use rule (forest, forest land, wetland, mangrove). "
        "Ecological restoration area (hm²) = area of the restoration "
        "polygons (zoning or project outputs). Cells count by their centre; areas and lengths are "
        "measured in the region layer's projected CRS. Output: a table with one row per unit and "
        "indicator (value, numerator, denominator, layer used, date), and optionally the units with "
        "one field per indicator for mapping.")
    PARAM_HELP = {
        "SPECIAL_SHRUB": ("Optional polygons of 国家特别规定灌木林地 (special shrubland counted as forest under the forestry "
                          "basis); without them no shrubland is counted under the forestry basis."),
        "WETLAND_BASIS": ("Which classes count as wetland: the 三调 wetland group (8 classes incl. 0603 盐田, the "
                          "plugin's one wetland definition, default), that group plus open waters, or the wetland "
                          "codes given."),
        "TOLERANCE": ("Tolerable soil loss for the 水土保持率 in t/(km²·a); default 500, the value of SL 190-2007 for the "
                      "southern red-soil hilly region. Cells with soil loss at or above it count as eroded."),
        "FOREST_CODES": ("Land-use codes counted as forest for the forest coverage. Default 301-305 (三调 乔木林地, "
                         "竹林地, 红树林地, 森林沼泽, 灌木林地); check the statistical basis (统计口径) your plan uses."),
        "WETLAND_CODES": ("Land-use codes counted as wetland for the wetland protection rate. Default the 三调 "
                          "wetland classes (303, 304, 306, 402, 1105, 1106, 1108)."),
        "RESERVES": ("Polygons of nature reserves (自然保护地), for the wetland protection rate. Empty: that "
                     "indicator is not computed."),
        "COASTLINE": ("Coastline lines with a shore-type field, for the natural shoreline ratio (大陆自然岸线保有率). "
                      "Empty: that indicator is not computed."),
        "SHORE_FIELD": "Field of the coastline layer that holds the shore type; needed with a coastline layer.",
        "COASTAL_REACH": ("Distance (m) within which land-use cells and island shore outside every unit still count "
                          "for the nearest unit (mangroves, tidal flats and islands seaward of township polygons): the "
                          "same cells then count for 红树林面积, 湿地面积, 湿地保护率, 林地保有量 and 森林覆盖率, so that "
                          "红树林面积 never exceeds 湿地面积 or 林地保有量. Default 0: only what lies inside a unit."),
        "RESTORED_TYPES": ("Shore types counted as restored shoreline, comma separated: their length (km, mainland and "
                           "islands) is the base value of 整治修复海岸线长度. Default the classified shoreline's "
                           "'restored' and its Chinese names; empty: no such base value."),
        "ISLAND_FIELD": ("Optional field of the coastline flagging island shore (1 / 是 / island; e.g. 'island' of the "
                         "classified shoreline): the natural shoreline ratio then counts the mainland only and "
                         "海岛自然岸线保有率 is computed. Empty (default): every line counts as mainland, as before."),
        "NATURAL_TYPES": ("Shore-type values counted as natural shoreline, comma separated. Default the natural "
                          "types in Chinese and English (自然岸线, 基岩岸线, 砂质岸线, 淤泥质岸线, 生物岸线, 河口岸线 …)."),
        "RED_LINE": ("Polygons of the ecological protection red line (生态保护红线), for its area (km²; overlaps "
                     "counted once). Empty: that indicator is not computed."),
        "OUTPUT": ("Table with one row per unit and indicator: value, numerator, denominator, layer used and "
                   "date."),
        "OUTPUT_LAYER": ("Optional copy of the units with one field per indicator, for mapping. Not written "
                         "unless chosen."),
    }
    ADVANCED = ("NONLAND_CODES",)

    REGION, UNIT_FIELD = "REGION", "UNIT_FIELD"
    LANDUSE, FOREST_CODES, WETLAND_CODES, NONLAND_CODES = "LANDUSE", "FOREST_CODES", "WETLAND_CODES", "NONLAND_CODES"
    RESERVES = "RESERVES"
    COASTLINE, SHORE_FIELD, NATURAL_TYPES, ISLAND_FIELD = "COASTLINE", "SHORE_FIELD", "NATURAL_TYPES", "ISLAND_FIELD"
    COASTAL_REACH = "COASTAL_REACH"
    RESTORATION = "RESTORATION"
    FOREST_BASIS, SPECIAL_SHRUB, FOREST_GARDEN_CODES = "FOREST_BASIS", "SPECIAL_SHRUB", "FOREST_GARDEN_CODES"
    WETLAND_BASIS, PROTECTED_WETLANDS = "WETLAND_BASIS", "PROTECTED_WETLANDS"
    SOIL_LOSS, TOLERANCE = "SOIL_LOSS", "TOLERANCE"
    OUTPUT, OUTPUT_LAYER = "OUTPUT", "OUTPUT_LAYER"

    def unit_layer_names(self):
        return self.REGION, self.UNIT_FIELD

    def initAlgorithm(self, config=None):
        self.add_unit_layer_parameters(
            tr("Region or units (polygons)"), tr("Unit key field (empty: the whole region)"), field_optional=True,
            help_texts=(tr("The planning region, or its lower-level units (cities, counties, townships)."),
                        tr("Field with the unit name or code; features with the same value form one unit.")))
        p = QgsProcessingParameterRasterLayer(self.LANDUSE, tr("Land use (三调 class codes)"), optional=True)
        p.setHelp(tr("Land-use raster for forest coverage and the wetland protection rate."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterString(
            self.FOREST_CODES, tr("Forest land-use codes (comma separated)"), FOREST_CODES))
        self.addParameter(QgsProcessingParameterString(
            self.WETLAND_CODES, tr("Wetland land-use codes (comma separated)"), WETLAND_CODES))
        p = QgsProcessingParameterEnum(self.FOREST_BASIS, tr("Forest coverage basis (口径)"),
                                       [tr(b) for b in FOREST_BASES], defaultValue=0, optional=True)
        p.setHelp(tr("Without this parameter but with forest codes given, the codes are used (as before)."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SPECIAL_SHRUB, tr("国家特别规定灌木林地 extent (forestry basis)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        p = QgsProcessingParameterString(self.FOREST_GARDEN_CODES,
                                         tr("园地 codes counted as economic forest (forestry basis)"), "", optional=True)
        p.setHelp(tr("Only where the province counts them, e.g. 203 (橡胶园) in Hainan."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterEnum(
            self.WETLAND_BASIS, tr("Wetland basis (口径)"), [tr(b) for b in WETLAND_BASES], defaultValue=0,
            optional=True))
        p = QgsProcessingParameterMultipleLayers(
            self.PROTECTED_WETLANDS, tr("Wetland parks, wetland protection plots, important wetlands"),
            QgsProcessing.TypeVectorPolygon, optional=True)
        p.setHelp(tr("Protected wetland = union of these and the nature reserves."))
        self.addParameter(p)
        p = QgsProcessingParameterRasterLayer(self.SOIL_LOSS, tr("Actual soil loss A, t/(hm²·a)"), optional=True)
        p.setHelp(tr("The soil loss output of ecorestore:soilconservation, for the soil and water conservation rate."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterNumber(
            self.TOLERANCE, tr("Tolerable soil loss, t/(km²·a) (SL 190-2007)"),
            QgsProcessingParameterNumber.Double, 500.0, minValue=0.0, optional=True))
        p = QgsProcessingParameterString(self.NONLAND_CODES, tr("Codes not counted as land area"),
                                         "", optional=True)
        p.setHelp(tr("Land-use codes left out of the land area (e.g. sea). Nodata cells are never counted."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.RESERVES, tr("Nature reserves (自然保护地)"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.COASTLINE, tr("Coastline with shore types"), [QgsProcessing.TypeVectorLine],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.SHORE_FIELD, tr("Shore type field"), parentLayerParameterName=self.COASTLINE,
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.NATURAL_TYPES, tr("Shore types counted as natural (comma separated)"), NATURAL_TYPES))
        self.addParameter(QgsProcessingParameterString(
            "RESTORED_TYPES", tr("Shore types counted as restored (comma separated)"), RESTORED_TYPES, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ISLAND_FIELD, tr("Island flag field (island shoreline)"), parentLayerParameterName=self.COASTLINE,
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.COASTAL_REACH, tr("Coastal reach outside the units (m)"), QgsProcessingParameterNumber.Double, 0.0,
            minValue=0.0, optional=True))
        self.add_control_line_parameters(("red_line",), {"red_line": tr("Ecological protection red line (生态保护红线)")})
        p = QgsProcessingParameterFeatureSource(
            self.RESTORATION, tr("Restoration areas (zoning or project outputs)"),
            [QgsProcessing.TypeVectorPolygon], optional=True)
        p.setHelp(tr("Polygons under restoration; use 'selected features only' to pick zone types."))
        self.addParameter(p)
        self.add_table_output(self.OUTPUT, tr("Indicator base values"))
        self.add_layer_output(self.OUTPUT_LAYER, tr("Units with base values"))

    # ------------------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        region, key_field = self.unit_layer(parameters, context, tr("The region layer"))
        if region is None:
            raise QgsProcessingException(tr("The region layer is missing."))
        units = read_units(region, key_field, context, feedback)
        crs = region.sourceCrs()
        keys = [k for k, _ in units]
        today = datetime.date.today().isoformat()
        results = []  # (rule, values, numerators, denominators, layer name)

        lu_layer = self.parameterAsRasterLayer(parameters, self.LANDUSE, context)
        reserves = self.parameterAsSource(parameters, self.RESERVES, context)
        protected = self.parameterAsLayerList(parameters, self.PROTECTED_WETLANDS, context) or []
        coast = self.parameterAsSource(parameters, self.COASTLINE, context)
        red = self.control_line_sources(parameters, context, ("red_line",))["red_line"]
        rest = self.parameterAsSource(parameters, self.RESTORATION, context)
        soil = self.parameterAsRasterLayer(parameters, self.SOIL_LOSS, context)
        shrub_src = self.parameterAsSource(parameters, self.SPECIAL_SHRUB, context)
        if not any((lu_layer, coast, red, rest, soil)):
            raise QgsProcessingException(tr(
                "No input for any rule: give a land-use raster, a soil loss raster, a coastline, the red "
                "line or restoration areas."))
        basis = {}   # rule -> (口径 text, source)

        if lu_layer is not None:
            feedback.setProgressText(tr("Forest coverage, forest land, wetland from land use"))
            fkey, wkey = self._bases(parameters)
            try:
                forest_codes = T.parse_codes(self.parameterAsString(parameters, self.FOREST_CODES, context))
                wetland_codes = T.parse_codes(self.parameterAsString(parameters, self.WETLAND_CODES, context))
                nonland = T.parse_codes(self.parameterAsString(parameters, self.NONLAND_CODES, context))
                gardens = T.parse_codes(self.parameterAsString(parameters, self.FOREST_GARDEN_CODES, context))
            except ValueError as exc:
                raise QgsProcessingException(tr("Land-use codes: {}").format(exc)) from None
            if fkey == "custom" and not forest_codes:
                raise QgsProcessingException(tr("Give at least one forest land-use code."))
            if wkey == "sandiao":
                wetland_codes, wbasis = list(B.WETLAND_SANDIAO), B.BASIS["wetland_sandiao"]
            elif wkey == "waters":
                wetland_codes, wbasis = list(B.WETLAND_WITH_WATERS), B.BASIS["wetland_waters"]
            else:
                wbasis = (tr("Wetland codes {}").format(",".join(map(str, wetland_codes))), "")
            grid = reference_grid(lu_layer, tr("Land use"))   # areas: projected CRS, refused without CRS
            lu, _ = read_raster(lu_layer, grid, categorical=True)
            if nonland:
                lu[np.isin(np.where(np.isfinite(lu), lu, -1), nonland)] = np.nan
            unit_ids = self._rasterize(grid, [g for _, g in units], crs, context, burn_index=True)
            # cells seaward of the units within the coastal reach count for the nearest unit, for every class rule
            reach = self.parameterAsDouble(parameters, self.COASTAL_REACH, context)
            unit_ids = B.nearest_unit_within(unit_ids, reach, cell_size=(abs(grid.geotransform[5]),
                                                                         abs(grid.geotransform[1])))
            self.check_cancel(feedback)
            ca = grid.cell_area()
            shrub = None
            if shrub_src is not None:
                geoms = [g for _, g in transformed_geometries(shrub_src, crs, context)]
                shrub = self._rasterize(grid, geoms, crs, context, burn_index=False) > 0
            try:
                fmask = B.forest_mask(lu, fkey, special_shrub=shrub, gardens=gardens, codes=forest_codes)
            except ValueError as exc:
                raise QgsProcessingException(str(exc)) from None
            valid = np.isfinite(lu)
            forest, land = T.class_area_by_unit(np.where(valid, fmask.astype(float), np.nan), unit_ids, [1],
                                                len(units), ca / 1e6)
            results.append(("forest_coverage", T.ratio_percent(forest, land), forest, land,
                            lu_layer.name()))
            if fkey == "custom":
                basis["forest_coverage"] = (tr("Forest codes {} / land area").format(
                    ",".join(map(str, forest_codes))), "")
            else:
                pre = B.FOREST_PRESETS[fkey]
                text = pre["basis"]
                if fkey == "forestry":
                    text += "；{}".format("已按给定范围计入国家特别规定灌木林地" if shrub is not None
                                         else "未给出国家特别规定灌木林地范围，灌木林地未计入")
                    if gardens:
                        text += "；计入森林的园地：{}".format(",".join(map(str, gardens)))
                    if shrub is None:
                        feedback.pushWarning(tr("Forestry basis without the 国家特别规定灌木林地 layer: "
                                                "灌木林地 0305 is not counted as forest."))
                basis["forest_coverage"] = ("{}（{}）".format(text, pre["name"]), pre["source"])
            fl, _ = T.class_area_by_unit(lu, unit_ids, B.FOREST_LAND, len(units), ca / 1e4)
            results.append(("forest_land", fl, fl, np.full(len(units), np.nan), lu_layer.name()))
            basis["forest_land"] = B.BASIS["forest_land"]
            wa, _ = T.class_area_by_unit(lu, unit_ids, wetland_codes, len(units), ca / 1e4)
            results.append(("wetland_area", wa, wa, np.full(len(units), np.nan), lu_layer.name()))
            basis["wetland_area"] = wbasis
            ma, _ = T.class_area_by_unit(lu, unit_ids, MANGROVE_CODES, len(units), ca / 1e4)
            results.append(("mangrove_area", ma, ma, np.full(len(units), np.nan), lu_layer.name()))
            basis["mangrove_area"] = B.BASIS["mangrove_area"]
            if (reserves is not None or protected) and wetland_codes:
                geoms = []
                names = []
                if reserves is not None:
                    geoms += [g for _, g in transformed_geometries(reserves, crs, context)]
                    names.append(reserves.sourceName())
                for lyr in protected:
                    geoms += [g for _, g in transformed_geometries(lyr, crs, context)]
                    names.append(lyr.name())
                inside = self._rasterize(grid, geoms, crs, context, burn_index=False) > 0
                wet_in, _ = T.class_area_by_unit(lu, unit_ids, wetland_codes, len(units), ca / 1e6,
                                                 inside=inside)
                wet, _ = T.class_area_by_unit(lu, unit_ids, wetland_codes, len(units), ca / 1e6)
                results.append(("wetland_protection", T.ratio_percent(wet_in, wet), wet_in, wet,
                                ", ".join([lu_layer.name()] + names)))
                basis["wetland_protection"] = ("{}；湿地：{}".format(B.BASIS["wetland_protection"][0], wbasis[0]),
                                               B.BASIS["wetland_protection"][1])
            feedback.setProgress(40)

        if soil is not None:
            feedback.setProgressText(tr("Soil and water conservation rate"))
            tol = self.parameterAsDouble(parameters, self.TOLERANCE, context)
            if parameters.get(self.TOLERANCE) in (None, ""):
                tol = 500.0
            loss, sgrid = read_raster(soil, rule=RULES["non_negative"])
            require_projected(sgrid, tr("Soil loss"))
            sunits = self._rasterize(sgrid, [g for _, g in units], crs, context, burn_index=True)
            rate, ero, land = B.soil_conservation_rate(loss, sunits, len(units), tolerance_t_km2=tol)
            cell_km2 = sgrid.cell_area() / 1e6
            results.append(("soil_conservation", rate, ero * cell_km2, land * cell_km2, soil.name()))
            text, src = B.BASIS["soil_conservation"]
            if tol != 500.0:
                text += "；本次容许土壤流失量取 {:g} t/(km²·a)".format(tol)
            basis["soil_conservation"] = (text, src)
            feedback.setProgress(50)

        if coast is not None:
            feedback.setProgressText(tr("Natural shoreline ratio"))
            shore_field = self.parameterAsString(parameters, self.SHORE_FIELD, context)
            if not shore_field:
                raise QgsProcessingException(tr(
                    "The coastline needs its shore type field for the natural shoreline ratio."))
            require_fields(coast, [shore_field], tr("the shore type"))
            natural = set(T.parse_list(self.parameterAsString(parameters, self.NATURAL_TYPES, context)))
            if not natural:
                raise QgsProcessingException(tr("List the shore types counted as natural."))
            lines = transformed_geometries(coast, crs, context)
            idx = coast.fields().indexOf(shore_field)
            island_field = self.parameterAsString(parameters, self.ISLAND_FIELD, context)
            if island_field:
                require_fields(coast, [island_field], tr("the island flag"))
            ii = coast.fields().indexOf(island_field) if island_field else -1
            nat, tot = np.zeros((2, len(units))), np.zeros((2, len(units)))   # row 0 mainland, row 1 island
            restored_types = set(T.parse_list(self.parameterAsString(parameters, "RESTORED_TYPES", context) or ""))
            rest_len = np.zeros(len(units))     # restored shore (mainland and island), m
            counted = np.zeros(len(lines))      # length of each line counted inside some unit
            line_index = spatial_index([lg for _, lg in lines])   # candidates by box (issue 20)
            for i, (_, ug) in enumerate(units):
                self.check_cancel(feedback)
                area = ug.buffer(COAST_TOLERANCE, 8)
                for k in sorted(line_index.intersects(area.boundingBox())):
                    feat, lg = lines[k]
                    length = lg.intersection(area).length()
                    isl = int(ii >= 0 and str(feat.attribute(ii)).strip().lower() in ISLAND_TRUE)
                    counted[k] += length
                    tot[isl, i] += length
                    nat[isl, i] += length if str(feat.attribute(idx)).strip() in natural else 0.0
                    rest_len[i] += length if str(feat.attribute(idx)).strip() in restored_types else 0.0
            reach = self.parameterAsDouble(parameters, self.COASTAL_REACH, context)
            for k, (feat, lg) in enumerate(lines):     # island shore outside every unit: the nearest unit
                left = lg.length() - counted[k]
                if ii >= 0 and left > 1e-6 and str(feat.attribute(ii)).strip().lower() in ISLAND_TRUE:
                    d = [ug.distance(lg) for _, ug in units]
                    i = int(np.argmin(d))
                    if reach > 0 and d[i] <= reach:
                        tot[1, i] += left
                        nat[1, i] += left if str(feat.attribute(idx)).strip() in natural else 0.0
                        rest_len[i] += left if str(feat.attribute(idx)).strip() in restored_types else 0.0
            results.append(("natural_shoreline", T.ratio_percent(nat[0], tot[0]), nat[0] / 1000.0, tot[0] / 1000.0,
                            coast.sourceName()))
            basis["natural_shoreline"] = B.BASIS["natural_shoreline"]
            if ii >= 0:
                results.append(("island_natural_shoreline", T.ratio_percent(nat[1], tot[1]), nat[1] / 1000.0,
                                tot[1] / 1000.0, coast.sourceName()))
                basis["island_natural_shoreline"] = B.BASIS["island_natural_shoreline"]
            if restored_types:
                results.append(("coast_restored_length", rest_len / 1000.0, rest_len / 1000.0,
                                np.full(len(units), np.nan), coast.sourceName()))
                basis["coast_restored_length"] = B.BASIS["coast_restored_length"]
            feedback.setProgress(60)

        for rule, src, factor in (("red_line_area", red, 1e6), ("restoration_area", rest, 1e4)):
            if src is None:
                continue
            self.check_cancel(feedback)
            feedback.setProgressText(tr("Area of '{}'").format(src.sourceName()))
            geoms = [g for _, g in transformed_geometries(src, crs, context)]
            merged = QgsGeometry.unaryUnion(geoms) if geoms else QgsGeometry()
            areas = area_inside_units(merged, units) / factor
            totals = np.array([ug.area() / factor for _, ug in units])
            results.append((rule, areas, areas, totals, src.sourceName()))
        feedback.setProgress(90)

        # -- outputs: everything computed before any sink is created (nothing half written)
        fields = make_fields([("unit_key", "string"), ("indicator_key", "string"),
                                 ("indicator", "string"), ("indicator_en", "string"), ("unit", "string"),
                                 ("value", "double"), ("numerator", "double"), ("denominator", "double"),
                                 ("layer", "string"), ("date", "string"), ("basis", "string"),
                                 ("source", "string")])
        rows = []
        rules = T.RULES
        for rule, values, num, den, lname in results:
            zh, en, unit = rules[rule]
            text, src = basis.get(rule, ("", ""))
            for i, key in enumerate(keys):
                rows.append([key, rule, zh, en, unit, float(values[i]), float(num[i]), float(den[i]),
                             lname, today, text, src])
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        add_rows(sink, fields, rows)
        out = {self.OUTPUT: dest}

        if parameters.get(self.OUTPUT_LAYER) is not None:
            lfields = make_fields([("unit_key", "string")] + [(r[0], "double") for r in results])
            lsink, ldest = self.parameterAsSink(parameters, self.OUTPUT_LAYER, context, lfields,
                                                QgsWkbTypes.multiType(region.wkbType()), crs)
            if lsink is not None:
                from qgis.core import QgsFeature
                for i, (key, geom) in enumerate(units):
                    f = QgsFeature(lfields)
                    g = QgsGeometry(geom)
                    g.convertToMultiType()
                    f.setGeometry(g)
                    f.setAttributes([key] + [None if not np.isfinite(r[1][i]) else float(r[1][i])
                                             for r in results])
                    lsink.addFeature(f, QgsFeatureSink.FastInsert)
                out[self.OUTPUT_LAYER] = ldest
        for rule, values, _, _, lname in results:
            if len(keys) == 1:
                feedback.pushInfo("{}: {:.4g} {} ({})".format(rules[rule][0], values[0],
                                                              rules[rule][2], lname))
        feedback.setProgress(100)
        return out

    def _bases(self, parameters):
        """(forest preset key, wetland preset key); explicit codes without a basis keep their old meaning."""
        fb = parameters.get(self.FOREST_BASIS)
        if fb is None or fb == "":
            given = parameters.get(self.FOREST_CODES)
            fkey = "custom" if given not in (None, "", FOREST_CODES) else "forestry"
        else:
            fkey = FOREST_BASIS_KEYS[int(fb)]
        wb = parameters.get(self.WETLAND_BASIS)
        if wb is None or wb == "":
            given = parameters.get(self.WETLAND_CODES)
            wkey = "custom" if given not in (None, "", WETLAND_CODES) else "sandiao"
        else:
            wkey = ["sandiao", "waters", "custom"][int(wb)]
        return fkey, wkey

    @staticmethod
    def _rasterize(grid, geoms, crs, context, burn_index):
        """Burn geometries (in ``crs``) onto ``grid``: feature index 1..n, or 1 for all."""
        from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform

        drv = gdal.GetDriverByName("MEM")
        ds = drv.Create("", grid.width, grid.height, 1, gdal.GDT_Int32)
        ds.SetGeoTransform(grid.geotransform)
        ds.SetProjection(grid.crs_wkt)
        ds.GetRasterBand(1).Fill(0)
        gcrs = QgsCoordinateReferenceSystem.fromWkt(grid.crs_wkt)
        xform = QgsCoordinateTransform(crs, gcrs, context.transformContext()) if gcrs != crs else None
        mem = ogr.GetDriverByName("Memory").CreateDataSource("")
        srs = osr.SpatialReference()
        srs.ImportFromWkt(grid.crs_wkt)
        lyr = mem.CreateLayer("g", srs, ogr.wkbUnknown)
        lyr.CreateField(ogr.FieldDefn("burn", ogr.OFTInteger))
        for i, g in enumerate(geoms):
            g = QgsGeometry(g)
            if xform is not None:
                g.transform(xform)
            feat = ogr.Feature(lyr.GetLayerDefn())
            feat.SetGeometry(ogr.CreateGeometryFromWkb(bytes(g.asWkb())))
            feat.SetField("burn", i + 1 if burn_index else 1)
            lyr.CreateFeature(feat)
        gdal.RasterizeLayer(ds, [1], lyr, options=["ATTRIBUTE=burn"])
        return ds.GetRasterBand(1).ReadAsArray()

