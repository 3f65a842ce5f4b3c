"""Restoration units (修复单元): townships, watersheds, grid or user polygons with zonal summaries."""
import numpy as np
from qgis.core import (
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsRectangle,
    QgsWkbTypes,
)

from ...core import zoning
from ...i18n import tr, tr_noop
from ...processing_helpers.value_rules import RULES
from ...processing_helpers.raster_io import read_raster, reference_grid
from ...processing_helpers.params import ControlLinesParams, UnitLayerParams
from ..base import EcoRestoreAlgorithm
from ...processing_helpers.vector_io import (
    add_feature,
    attribute_value,
    feature_geometries,
    make_fields,
    new_feature,
    polygonize,
    rasterize_features,
    rasterize_geometries,
)
from ._common import (
    degradation_codes,
    degradation_coding_parameter,
    warn_degradation_coding,
)

UNIT_TYPES = [tr_noop("Polygon layer (townships or user units)"), tr_noop("Watersheds from the DEM"),
              tr_noop("Regular grid")]

#: output fields (name, kind, description) - the other zoning algorithms read these names.
UNIT_FIELDS = [
    ("unit_id", "int"), ("unit_name", "string"), ("area_km2", "double"), ("cells", "int"),
    ("imp3_sh", "double"), ("imp_mean", "double"), ("deg_mean", "double"), ("deg_sev_sh", "double"),
    ("res_mean", "double"), ("corr_sh", "double"), ("pinch_n", "int"), ("pinch", "int"),
    ("lu_dom", "int"), ("lu_dom_sh", "double"), ("mode_dom", "int"), ("mode_name", "string"),
    ("space_dom", "int"), ("red_sh", "double"), ("farm_sh", "double"), ("ubnd_sh", "double"),
]


class RestorationUnits(ControlLinesParams, UnitLayerParams, EcoRestoreAlgorithm):
    NAME = "restorationunits"
    GROUP = "zoning"
    DISPLAY = "Restoration units (修复单元)"
    TAGS = "restoration unit,zonal statistics,township,watershed,grid,修复单元,分区统计,乡镇,流域,格网"
    HELP = ("Builds the units a zoning works on - township or user polygons, watersheds derived from "
            "the DEM (sub-basins of streams that drain at least the area threshold), or a regular "
            "grid - and summarises the assessment and pattern rasters in each unit (zonal statistics "
            "on the importance grid, cells whose centre falls in the unit): imp3_sh share of 极重要, "
            "imp_mean mean importance grade, deg_mean mean degradation (0-3), deg_sev_sh share of "
            "moderate or severe degradation, res_mean mean resilience (1-3), corr_sh share of "
            "corridor cells, pinch_n / pinch pinch-point cells and presence, lu_dom dominant land-use "
            "class, mode_dom dominant restoration mode, space_dom dominant space, red_sh / farm_sh / "
            "ubnd_sh shares of the red line, permanent basic farmland and urban development "
            "boundary. Shares are of the unit's cells with an importance grade. Units that do not "
            "overlap the rasters keep empty statistics (a warning); none overlapping is an error. "
            "METHODS.md §3.")
    PARAM_HELP = {
        "UNIT_TYPE": ("What the units are: polygons of a layer (townships or 生态保护修复单元; default), watersheds "
                      "derived from the DEM, or a regular grid."),
        "UNITS": "Unit polygons for the polygon unit type (townships, 生态保护修复单元). Ignored for the other types.",
        "NAME_FIELD": "Field of the unit polygons copied to unit_name. Empty: units are named by number.",
        "DEM": "DEM (m) from which the watershed units are derived; needed for that unit type only.",
        "WATERSHED_AREA": ("Streams start where at least this area drains (km²); larger values give fewer, "
                           "larger watersheds. Default 10 km², the plugin's own value."),
        "GRID_SIZE": ("Side (m) of the square cells of the grid unit type. Default 1000 m, the plugin's own "
                      "value."),
        "IMPORTANCE": ("Ecological protection importance grade, 3 极重要, 2 重要, 1 一般重要 (output of 'Ecological "
                       "protection importance'); the reference grid."),
        "DEGRADATION": ("Optional degradation grade raster (coding by the next option), for deg_mean and "
                        "deg_sev_sh. Empty: those fields stay empty."),
        "RESILIENCE": "Optional resilience grade raster (1-3), for res_mean. Empty: res_mean stays empty.",
        "CORRIDORS": "Optional corridor raster (> 0 = corridor), for corr_sh. Empty: corr_sh stays empty.",
        "PINCH_POINTS": ("Optional pinch-point raster (> 0 = pinch point), for pinch_n and pinch. Empty: those "
                         "fields stay empty."),
        "LANDUSE": "Optional land-use raster, for the dominant class lu_dom. Empty: lu_dom stays empty.",
        "MODE": "Optional restoration-mode raster (output of 'Restoration mode'), for mode_dom.",
        "SPACE": "Optional three-spaces raster, for space_dom.",
        "RED_LINE": "Optional red-line polygons (生态保护红线), for red_sh. Empty: red_sh stays empty.",
        "FARMLAND": "Optional permanent basic farmland polygons (永久基本农田), for farm_sh.",
        "URBAN_BOUNDARY": "Optional urban development boundary polygons (城镇开发边界), for ubnd_sh.",
        "OUTPUT": ("Restoration units with their zonal statistics (imp3_sh, deg_mean, res_mean, corr_sh, "
                   "pinch_n, lu_dom, mode_dom, red_sh, farm_sh, ubnd_sh …)."),
    }
    ADVANCED = ("DEGRADATION_CODING", "WATERSHED_AREA", "GRID_SIZE")

    TYPE, UNITS, NAME_FIELD, DEM, WS_AREA, GRID_SIZE = (
        "UNIT_TYPE", "UNITS", "NAME_FIELD", "DEM", "WATERSHED_AREA", "GRID_SIZE")
    IMPORTANCE, DEGRADATION, CODING, RESILIENCE = "IMPORTANCE", "DEGRADATION", "DEGRADATION_CODING", "RESILIENCE"
    CORRIDORS, PINCH, LANDUSE, MODE, SPACE = "CORRIDORS", "PINCH_POINTS", "LANDUSE", "MODE", "SPACE"
    OUTPUT = "OUTPUT"

    def unit_layer_names(self):
        return self.UNITS, self.NAME_FIELD

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterEnum(
            self.TYPE, tr("Unit type"), [tr(s) for s in UNIT_TYPES], defaultValue=0))
        self.add_unit_layer_parameters(
            tr("Unit polygons (townships, 生态保护修复单元; for the polygon unit type)"), tr("Unit name field"),
            optional=True)
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.DEM, tr("DEM (for watershed units)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.WS_AREA, tr("Watershed area threshold (km²)"), QgsProcessingParameterNumber.Double,
            10.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.GRID_SIZE, tr("Grid cell size (m)"), QgsProcessingParameterNumber.Double, 1000.0,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.IMPORTANCE, tr("Importance grade (3 极重要, 2 重要, 1 一般重要; reference grid)")))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.DEGRADATION, tr("Degradation grade"), optional=True))
        self.addParameter(degradation_coding_parameter(self.CODING))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.RESILIENCE, tr("Resilience grade"), optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.CORRIDORS, tr("Corridors (> 0 = corridor)"), optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.PINCH, tr("Pinch points (> 0 = pinch point)"), optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.LANDUSE, tr("Land use (class codes)"), optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.MODE, tr("Restoration mode"), optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.SPACE, tr("Three spaces"), optional=True))
        self.add_control_line_parameters()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Restoration units"), QgsProcessing.TypeVectorPolygon))

    # -- unit geometries -------------------------------------------------------------------------
    def _polygon_units(self, parameters, context, grid, feedback):
        src, name_field = self.unit_layer(parameters, context, tr("The unit polygon layer"), projected=False)
        if src is None:
            raise QgsProcessingException(tr("The polygon unit type needs a unit polygon layer."))
        ni = src.fields().lookupField(name_field) if name_field else -1
        geoms, names = [], []
        for f, g in feature_geometries(src, grid.crs, context):
            geoms.append(g)
            names.append(str(f.attributes()[ni]) if ni >= 0 and f.attributes()[ni] is not None
                         else str(f.id()))
        if not geoms:
            raise QgsProcessingException(tr("The unit polygon layer has no features."))
        return geoms, names, None

    def _grid_units(self, parameters, context, grid, valid):
        size = self.parameterAsDouble(parameters, self.GRID_SIZE, context)
        if size <= 0:
            raise QgsProcessingException(tr("The grid cell size must be positive."))
        x0, y0, x1, y1 = grid.bounds
        ncol = int(np.ceil((x1 - x0) / size - 1e-9))
        nrow = int(np.ceil((y1 - y0) / size - 1e-9))
        if ncol * nrow > 1_000_000:
            raise QgsProcessingException(tr("{} grid units are too many; use a larger grid cell size.")
                                         .format(ncol * nrow))
        # which grid squares hold a valid cell (cell centres)
        rows, cols = np.nonzero(valid)
        cx, cy = grid.cell_center(rows, cols)
        gi = np.clip(((y1 - cy) // size).astype(np.int64), 0, nrow - 1)
        gj = np.clip(((cx - x0) // size).astype(np.int64), 0, ncol - 1)
        used = np.unique(gi * ncol + gj)
        geoms, names = [], []
        for k in used:
            i, j = divmod(int(k), ncol)
            rect = QgsRectangle(x0 + j * size, y1 - (i + 1) * size, x0 + (j + 1) * size, y1 - i * size)
            geoms.append(QgsGeometry.fromRect(rect))
            names.append("R{}C{}".format(i + 1, j + 1))
        return geoms, names, None

    def _watershed_units(self, parameters, context, grid, feedback):
        try:
            from ...core import hydrology
        except ImportError:
            raise QgsProcessingException(tr("Watershed units need the hydrology module, which is "
                                            "not available in this version.")) from None
        dem_layer = self.parameterAsRasterLayer(parameters, self.DEM, context)
        if dem_layer is None:
            raise QgsProcessingException(tr("Watershed units need a DEM."))
        dem, _ = read_raster(dem_layer, grid, feedback=feedback, name=tr("DEM"))
        area = self.parameterAsDouble(parameters, self.WS_AREA, context)
        cells = max(1, int(round(area * 1e6 / grid.cell_area())))
        mask = ~np.isfinite(dem)
        if mask.all():
            raise QgsProcessingException(tr("The DEM has no data on the importance grid."))
        filled = hydrology.fill_depressions(dem, mask=mask, cancelled=self.cancel_callback(feedback))
        self.check_cancel(feedback)
        _, rec = hydrology.flow_direction(filled, mask=mask)
        acc = hydrology.flow_accumulation(rec)
        streams = hydrology.streams_from_accumulation(np.asarray(acc).ravel(), threshold=cells, mask=mask)
        links = hydrology.stream_links(rec, np.asarray(streams).ravel())
        lab = hydrology.label_basins(rec, links).reshape(dem.shape)
        lab = hydrology.merge_small_regions(lab, min_cells=max(1, cells // 2), mask=mask)
        if lab.max() <= 0:
            lab = np.where(mask, 0, 1)
        self.check_cancel(feedback)
        # renumber 1..n and polygonize
        uniq = np.unique(lab[lab > 0])
        remap = np.zeros(int(lab.max()) + 1, np.int64)
        remap[uniq] = np.arange(1, len(uniq) + 1)
        lab = remap[lab]
        parts = {}
        for geom, v in polygonize(lab, grid):
            parts.setdefault(int(v), []).append(geom)
        geoms, names = [], []
        for k in range(1, len(uniq) + 1):
            geoms.append(QgsGeometry.unaryUnion(parts[k]) if len(parts[k]) > 1 else parts[k][0])
            names.append("W{}".format(k))
        return geoms, names, lab

    def process(self, parameters, context, feedback):
        imp_layer = self.parameterAsRasterLayer(parameters, self.IMPORTANCE, context)
        grid = reference_grid(imp_layer, tr("Importance grade"))
        imp, _ = read_raster(imp_layer, grid, categorical=True, rule=RULES["grade3"])
        valid = np.isfinite(imp)
        if not valid.any():
            raise QgsProcessingException(tr("The importance raster has no data."))
        kind = self.parameterAsEnum(parameters, self.TYPE, context)
        feedback.setProgressText(tr("Building the units"))
        if kind == 0:
            geoms, names, labels = self._polygon_units(parameters, context, grid, feedback)
        elif kind == 1:
            geoms, names, labels = self._watershed_units(parameters, context, grid, feedback)
        else:
            geoms, names, labels = self._grid_units(parameters, context, grid, valid)
        n = len(geoms)
        self.check_cancel(feedback)
        feedback.setProgress(20)
        if labels is None:
            labels = self._rasterize(geoms, grid, context)
        feedback.setProgressText(tr("Zonal statistics"))
        stats = self._statistics(parameters, context, feedback, grid, labels, n, imp, valid)
        empty = np.flatnonzero(stats["cells"] == 0)
        if len(empty) == n:
            raise QgsProcessingException(tr(
                "No unit overlaps the importance raster (or every unit is smaller than a cell). "
                "Check that the units and the rasters cover the same area and CRS."))
        if len(empty):
            feedback.pushWarning(tr("{} of {} units do not overlap the importance raster (or are "
                                    "smaller than a cell); their statistics are empty: {}").format(
                len(empty), n, ", ".join(names[i] for i in empty[:10])))
        fields = make_fields(UNIT_FIELDS)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                          QgsWkbTypes.MultiPolygon, grid.crs)
        for i, g in enumerate(geoms):
            self.check_cancel(feedback)
            mg = QgsGeometry(g)
            mg.convertToMultiType()
            attrs = {"unit_id": i + 1, "unit_name": names[i], "area_km2": round(g.area() / 1e6, 6)}
            for key, arr in stats.items():
                attrs[key] = attribute_value(arr[i], 6) if key not in ("cells",) else int(arr[i])
            for key in ("pinch_n", "pinch", "lu_dom", "mode_dom", "space_dom"):
                if attrs.get(key) is not None:
                    attrs[key] = int(attrs[key])
            attrs["mode_name"] = zoning.MODE_NAMES.get(attrs.get("mode_dom")) if attrs.get("mode_dom") else None
            add_feature(sink, new_feature(fields, [attrs.get(name) for name, _ in UNIT_FIELDS], mg))
        feedback.pushInfo(tr("{} restoration units").format(n))
        return {self.OUTPUT: dest}

    @staticmethod
    def _rasterize(geoms, grid, context):
        # later units overwrite earlier ones where polygons overlap
        return rasterize_geometries(geoms, range(1, len(geoms) + 1), grid, dtype="int64")

    def _statistics(self, parameters, context, feedback, grid, labels, n, imp, valid):
        lab = np.where(valid, labels, 0)

        def optional(name, categorical=True):
            layer = self.parameterAsRasterLayer(parameters, name, context)
            if layer is None:
                return None
            self.check_cancel(feedback)
            return read_raster(layer, grid, categorical=categorical, feedback=feedback)[0]

        nan = np.full(n, np.nan)
        s = {"cells": zoning.zonal_count(lab, n)}
        s["imp3_sh"] = zoning.zonal_share(lab, n, imp == 3, valid)
        s["imp_mean"] = zoning.zonal_mean(lab, n, imp)
        coding = self.parameterAsEnum(parameters, self.CODING, context)
        warn_degradation_coding(self.parameterAsRasterLayer(parameters, self.DEGRADATION, context),
                                coding, feedback)
        deg = degradation_codes(optional(self.DEGRADATION), coding)
        if deg is not None:
            bad = np.isfinite(deg) & ~np.isin(deg, zoning.DEGRADATION_LEVELS)
            if bad.any():
                raise QgsProcessingException(tr(
                    "The degradation raster has values outside the chosen coding (e.g. {:g}). "
                    "Choose the other degradation coding.").format(float(deg[bad][0]) + (
                        1 if self.parameterAsEnum(parameters, self.CODING, context) == 1 else 0)))
        s["deg_mean"] = nan if deg is None else zoning.zonal_mean(lab, n, deg)
        s["deg_sev_sh"] = nan if deg is None else zoning.zonal_share(
            lab, n, deg >= 2, valid & np.isfinite(deg))
        res = optional(self.RESILIENCE)
        s["res_mean"] = nan if res is None else zoning.zonal_mean(lab, n, res)
        feedback.setProgress(40)
        cor = optional(self.CORRIDORS, categorical=False)
        s["corr_sh"] = nan if cor is None else zoning.zonal_share(lab, n, np.nan_to_num(cor) > 0, valid)
        pin = optional(self.PINCH, categorical=False)
        if pin is None:
            s["pinch_n"] = nan
            s["pinch"] = nan
        else:
            s["pinch_n"] = zoning.zonal_count(lab, n, valid=np.nan_to_num(pin) > 0).astype(float)
            s["pinch"] = (s["pinch_n"] > 0).astype(float)
        lu = optional(self.LANDUSE)
        if lu is None:
            s["lu_dom"], s["lu_dom_sh"] = nan, nan
        else:
            s["lu_dom"], s["lu_dom_sh"] = zoning.zonal_dominant(lab, n, lu)
        mode = optional(self.MODE)
        s["mode_dom"] = nan if mode is None else zoning.zonal_dominant(
            lab, n, np.where(np.isin(mode, (1, 2, 3, 4)), mode, np.nan))[0]
        space = optional(self.SPACE)
        s["space_dom"] = nan if space is None else zoning.zonal_dominant(
            lab, n, np.where(np.isin(space, (1, 2, 3)), space, np.nan))[0]
        feedback.setProgress(60)
        lines = self.control_line_sources(parameters, context)
        for key, line in (("red_sh", "red_line"), ("farm_sh", "farmland"), ("ubnd_sh", "urban_boundary")):
            src = lines[line]
            if src is None:
                s[key] = nan
                continue
            self.check_cancel(feedback)
            m = rasterize_features(src, grid, context=context) > 0
            s[key] = zoning.zonal_share(lab, n, m, valid)
        feedback.setProgress(80)
        return s
