"""Indicator base values (指标基期值): the rule-based indicators computed from layers."""
import datetime

import numpy as np
from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...core import targets as T
from ...i18n import tr
from ...processing_helpers.raster_io import read_raster, reference_grid
from ..base import EcoRestoreAlgorithm
from ._common import (
    add_rows,
    numeric_fields,
    read_units,
    require_field,
    require_projected_crs,
    transformed_geometries,
)

#: default 三调 codes (core/tables.py numbering): 乔木林地, 竹林地, 红树林地, 森林沼泽, 灌木林地.
FOREST_CODES = "301,302,303,304,305"
#: 红树林地, 森林沼泽, 灌丛沼泽, 沼泽草地, 沿海滩涂, 内陆滩涂, 沼泽地 (三调 湿地 group).
WETLAND_CODES = "303,304,306,402,1105,1106,1108"
NATURAL_TYPES = ("自然岸线,基岩岸线,砂质岸线,淤泥质岸线,生物岸线,河口岸线,"
                 "natural,bedrock,sandy,muddy,biological,estuary")
#: a coastline lying on a unit's edge is counted when within this distance (m) of the unit.
COAST_TOLERANCE = 1.0


class IndicatorBaseValues(EcoRestoreAlgorithm):
    NAME = "indicatorbasevalues"
    GROUP = "targets"
    DISPLAY = "Indicator base values (指标基期值)"
    TAGS = "indicator,target,base value,forest coverage,wetland,shoreline,red line,指标,基期值,森林覆盖率"
    HELP = (
        "Computes the rule-based indicators of the target system (METHODS.md §5) from layers, for the "
        "whole region or per unit (cities, counties or townships: set the unit key field). Each rule "
        "runs when its inputs are given: forest coverage (%) = area of the forest land-use classes / "
        "land area (valid land-use cells, minus the non-land classes); wetland protection rate (%) = "
        "wetland area inside nature reserves / wetland area (wetland land-use classes); natural "
        "shoreline ratio (%) = length of coastline whose shore type is one of the natural types / total "
        "coastline length; ecological protection red line area (km²) = area of the red-line polygons "
        "(overlaps counted once); ecological restoration area (hm²) = area of the restoration "
        "polygons (zoning or project outputs). Cells count by their centre; areas and lengths are "
        "measured in the region layer's projected CRS. Output: a table with one row per unit and "
        "indicator (value, numerator, denominator, layer used, date), and optionally the units with "
        "one field per indicator for mapping.")

    REGION, UNIT_FIELD = "REGION", "UNIT_FIELD"
    LANDUSE, FOREST_CODES, WETLAND_CODES, NONLAND_CODES = "LANDUSE", "FOREST_CODES", "WETLAND_CODES", "NONLAND_CODES"
    RESERVES = "RESERVES"
    COASTLINE, SHORE_FIELD, NATURAL_TYPES = "COASTLINE", "SHORE_FIELD", "NATURAL_TYPES"
    RED_LINE, RESTORATION = "RED_LINE", "RESTORATION"
    OUTPUT, OUTPUT_LAYER = "OUTPUT", "OUTPUT_LAYER"

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterFeatureSource(self.REGION, tr("Region or units (polygons)"),
                                                [QgsProcessing.TypeVectorPolygon])
        p.setHelp(tr("The planning region, or its lower-level units (cities, counties, townships)."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.UNIT_FIELD, tr("Unit key field (empty: the whole region)"),
                                        parentLayerParameterName=self.REGION, optional=True)
        p.setHelp(tr("Field with the unit name or code; features with the same value form one unit."))
        self.addParameter(p)
        p = QgsProcessingParameterRasterLayer(self.LANDUSE, tr("Land use (三调 class codes)"), optional=True)
        p.setHelp(tr("Land-use raster for forest coverage and the wetland protection rate."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterString(
            self.FOREST_CODES, tr("Forest land-use codes (comma separated)"), FOREST_CODES))
        self.addParameter(QgsProcessingParameterString(
            self.WETLAND_CODES, tr("Wetland land-use codes (comma separated)"), WETLAND_CODES))
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
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.RED_LINE, tr("Ecological protection red line (生态保护红线)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        p = QgsProcessingParameterFeatureSource(
            self.RESTORATION, tr("Restoration areas (zoning or project outputs)"),
            [QgsProcessing.TypeVectorPolygon], optional=True)
        p.setHelp(tr("Polygons under restoration; use 'selected features only' to pick zone types."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Indicator base values"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_LAYER, tr("Units with base values"), QgsProcessing.TypeVectorPolygon,
            optional=True, createByDefault=False))

    # ------------------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        region = self.parameterAsSource(parameters, self.REGION, context)
        if region is None:
            raise QgsProcessingException(tr("The region layer is missing."))
        require_projected_crs(region, tr("The region layer"))
        key_field = self.parameterAsString(parameters, self.UNIT_FIELD, context)
        if key_field:
            require_field(region, key_field, tr("the unit name or code"))
        units = read_units(region, key_field, context, feedback)
        crs = region.sourceCrs()
        keys = [k for k, _ in units]
        today = datetime.date.today().isoformat()
        results = []  # (rule, values, numerators, denominators, layer name)

        lu_layer = self.parameterAsRasterLayer(parameters, self.LANDUSE, context)
        reserves = self.parameterAsSource(parameters, self.RESERVES, context)
        coast = self.parameterAsSource(parameters, self.COASTLINE, context)
        red = self.parameterAsSource(parameters, self.RED_LINE, context)
        rest = self.parameterAsSource(parameters, self.RESTORATION, context)
        if not any((lu_layer, coast, red, rest)):
            raise QgsProcessingException(tr(
                "No input for any rule: give a land-use raster, a coastline, the red line or "
                "restoration areas."))

        if lu_layer is not None:
            feedback.setProgressText(tr("Forest coverage and wetland protection rate from land use"))
            codes = {}
            for key in (self.FOREST_CODES, self.WETLAND_CODES, self.NONLAND_CODES):
                try:
                    codes[key] = T.parse_codes(self.parameterAsString(parameters, key, context))
                except ValueError as exc:
                    raise QgsProcessingException(tr("'{}' ({}): {}").format(
                        self.parameterDefinition(key).description(), key, exc)) from None
            forest_codes, wetland_codes, nonland = (
                codes[self.FOREST_CODES], codes[self.WETLAND_CODES], codes[self.NONLAND_CODES])
            if not forest_codes:
                raise QgsProcessingException(tr("Give at least one forest land-use code."))
            grid = reference_grid(lu_layer, tr("Land use"))   # areas: projected CRS, refused without CRS
            lu, _ = read_raster(lu_layer, grid, categorical=True)
            if nonland:
                lu[np.isin(np.where(np.isfinite(lu), lu, -1), nonland)] = np.nan
            unit_ids = self._rasterize(grid, [g for _, g in units], crs, context, burn_index=True)
            self.check_cancel(feedback)
            ca = grid.cell_area()
            forest, land = T.class_area_by_unit(lu, unit_ids, forest_codes, len(units), ca / 1e6)
            results.append(("forest_coverage", T.ratio_percent(forest, land), forest, land,
                            lu_layer.name()))
            if reserves is not None and wetland_codes:
                geoms = [g for _, g in transformed_geometries(reserves, crs, context)]
                inside = self._rasterize(grid, geoms, crs, context, burn_index=False) > 0
                wet_in, _ = T.class_area_by_unit(lu, unit_ids, wetland_codes, len(units), ca / 1e6,
                                                 inside=inside)
                wet, _ = T.class_area_by_unit(lu, unit_ids, wetland_codes, len(units), ca / 1e6)
                results.append(("wetland_protection", T.ratio_percent(wet_in, wet), wet_in, wet,
                                "{}, {}".format(lu_layer.name(), reserves.sourceName())))
            feedback.setProgress(40)

        if coast is not None:
            feedback.setProgressText(tr("Natural shoreline ratio"))
            shore_field = self.parameterAsString(parameters, self.SHORE_FIELD, context)
            if not shore_field:
                raise QgsProcessingException(tr(
                    "The coastline needs its shore type field for the natural shoreline ratio."))
            require_field(coast, shore_field, tr("the shore type"))
            natural = set(T.parse_list(self.parameterAsString(parameters, self.NATURAL_TYPES, context)))
            if not natural:
                raise QgsProcessingException(tr("List the shore types counted as natural."))
            lines = transformed_geometries(coast, crs, context)
            idx = coast.fields().indexOf(shore_field)
            nat = np.zeros(len(units))
            tot = np.zeros(len(units))
            for i, (_, ug) in enumerate(units):
                self.check_cancel(feedback)
                area = ug.buffer(COAST_TOLERANCE, 8)
                for feat, lg in lines:
                    if not lg.boundingBox().intersects(area.boundingBox()):
                        continue
                    length = lg.intersection(area).length()
                    tot[i] += length
                    if str(feat.attribute(idx)).strip() in natural:
                        nat[i] += length
            results.append(("natural_shoreline", T.ratio_percent(nat, tot), nat / 1000.0, tot / 1000.0,
                            coast.sourceName()))
            feedback.setProgress(60)

        for rule, src, factor in (("red_line_area", red, 1e6), ("restoration_area", rest, 1e4)):
            if src is None:
                continue
            self.check_cancel(feedback)
            feedback.setProgressText(tr("Area of '{}'").format(src.sourceName()))
            geoms = [g for _, g in transformed_geometries(src, crs, context)]
            merged = QgsGeometry.unaryUnion(geoms) if geoms else QgsGeometry()
            areas = np.zeros(len(units))
            totals = np.zeros(len(units))
            for i, (_, ug) in enumerate(units):
                totals[i] = ug.area() / factor
                if not merged.isNull() and not merged.isEmpty():
                    areas[i] = merged.intersection(ug).area() / factor
            results.append((rule, areas, areas, totals, src.sourceName()))
        feedback.setProgress(90)

        # -- outputs: everything computed before any sink is created (nothing half written)
        fields = numeric_fields([("unit_key", "string"), ("indicator_key", "string"),
                                 ("indicator", "string"), ("indicator_en", "string"), ("unit", "string"),
                                 ("value", "double"), ("numerator", "double"), ("denominator", "double"),
                                 ("layer", "string"), ("date", "string")])
        rows = []
        for rule, values, num, den, lname in results:
            zh, en, unit = T.RULES[rule]
            for i, key in enumerate(keys):
                rows.append([key, rule, zh, en, unit, float(values[i]), float(num[i]), float(den[i]),
                             lname, today])
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        add_rows(sink, fields, rows)
        out = {self.OUTPUT: dest}

        if parameters.get(self.OUTPUT_LAYER) is not None:
            lfields = numeric_fields([("unit_key", "string")] + [(r[0], "double") for r in results])
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
                feedback.pushInfo("{}: {:.4g} {} ({})".format(T.RULES[rule][0], values[0],
                                                              T.RULES[rule][2], lname))
        feedback.setProgress(100)
        return out

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

