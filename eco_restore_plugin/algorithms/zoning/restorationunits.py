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

from ...core import zonal, zoning
from ...i18n import tr, tr_noop
from ...processing_helpers.memory_budget import WATERSHED_UNITS_BYTES_PER_CELL, check_cells
from ...processing_helpers.value_rules import RULES
from ...processing_helpers.raster_io import BlockReader, check_alignment, iter_row_blocks, read_raster, reference_grid
from ...processing_helpers.params import ControlLinesParams, UnitLayerParams
from ..base import EcoRestoreAlgorithm
from ...processing_helpers.vector_io import (
    add_feature,
    attribute_value,
    feature_geometries,
    make_fields,
    new_feature,
    Burner,
    feature_burner,
    polygonize,
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
            "METHODS.md §3. Polygon and grid units read the rasters by row blocks (memory of a block); watershed "
            "units hold the DEM's flow routing whole, about 110 bytes a cell, checked against the free memory "
            "before they are built.")
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

    def _watershed_units(self, parameters, context, grid, feedback):
        try:
            from ...core import hydrology
        except ImportError:
            raise QgsProcessingException(tr("Watershed units need the hydrology module, which is "
                                            "not available in this version.")) from None
        dem_layer = self.parameterAsRasterLayer(parameters, self.DEM, context)
        if dem_layer is None:
            raise QgsProcessingException(tr("Watershed units need a DEM."))
        # the flow routing holds the DEM whole: its memory is checked here (the other unit types go by blocks)
        check_cells(self.NAME, grid.width * grid.height, feedback, per_cell=WATERSHED_UNITS_BYTES_PER_CELL)
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

    #: rows of a block: the importance and the other rasters are read, and the units burnt, block by block
    BLOCK_ROWS = 512

    def process(self, parameters, context, feedback):
        imp_layer = self.parameterAsRasterLayer(parameters, self.IMPORTANCE, context)
        grid = reference_grid(imp_layer, tr("Importance grade"))
        kind = self.parameterAsEnum(parameters, self.TYPE, context)
        # the importance grades by blocks: their value rule, and for grid units the squares holding a graded cell
        reader = BlockReader(imp_layer, grid, categorical=True, rule=RULES["grade3"])
        squares = _GridSquares(self, parameters, context, grid) if kind == 2 else None
        for row0, nrows in iter_row_blocks(grid, self.BLOCK_ROWS):
            self.check_cancel(feedback)
            block = reader.read(row0, nrows)
            if squares is not None:
                squares.add(row0, np.isfinite(block))
        if not reader.stats.get("valid", 0):
            raise QgsProcessingException(tr("The importance raster has no data."))
        reader.finish(feedback)
        feedback.setProgressText(tr("Building the units"))
        if kind == 0:
            geoms, names, labels = self._polygon_units(parameters, context, grid, feedback)
        elif kind == 1:
            geoms, names, labels = self._watershed_units(parameters, context, grid, feedback)
        else:
            geoms, names, labels = squares.units()
        n = len(geoms)
        self.check_cancel(feedback)
        feedback.setProgress(20)
        feedback.setProgressText(tr("Zonal statistics"))
        stats = self._statistics(parameters, context, feedback, grid, labels, geoms, imp_layer)
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

    def _statistics(self, parameters, context, feedback, grid, labels, geoms, imp_layer):
        """Zonal statistics of the units by row blocks: the units (the watershed labels, or the polygons burnt
        onto each block) and every raster read block by block, the sums added per unit
        (:class:`core.zonal.ZonalAccumulator`: the same integers and means of whole-number grades as one pass)."""
        n = len(geoms)
        units = None if labels is not None else Burner(geoms, range(1, n + 1), grid.crs_wkt)
        coding = self.parameterAsEnum(parameters, self.CODING, context)
        warn_degradation_coding(self.parameterAsRasterLayer(parameters, self.DEGRADATION, context),
                                coding, feedback)
        readers = {"imp": BlockReader(imp_layer, grid, categorical=True)}
        readers["imp"].rule = None        # checked in the first pass
        for key, name, categorical in (("deg", self.DEGRADATION, True), ("res", self.RESILIENCE, True),
                                       ("cor", self.CORRIDORS, False), ("pin", self.PINCH, False),
                                       ("lu", self.LANDUSE, True), ("mode", self.MODE, True),
                                       ("space", self.SPACE, True)):
            layer = self.parameterAsRasterLayer(parameters, name, context)
            if layer is not None:
                check_alignment(layer, grid, categorical, feedback)
                readers[key] = BlockReader(layer, grid, categorical=categorical)
        lines = self.control_line_sources(parameters, context)
        burners = {key: feature_burner(lines[line], grid, context=context)
                   for key, line in (("red_sh", "red_line"), ("farm_sh", "farmland"), ("ubnd_sh", "urban_boundary"))
                   if lines[line] is not None}
        acc = zonal.ZonalAccumulator(n)
        nblocks = max(1, -(-grid.height // self.BLOCK_ROWS))
        for b, (row0, nrows) in enumerate(iter_row_blocks(grid, self.BLOCK_ROWS)):
            self.check_cancel(feedback)
            band = grid.rows(row0, nrows)
            block = {key: reader.read(row0, nrows) for key, reader in readers.items()}
            imp = block["imp"]
            valid = np.isfinite(imp)
            lab = labels[row0:row0 + nrows] if labels is not None else units.burn(band, dtype="int64")
            lab = np.where(valid, lab, 0)
            acc.add_count("cells", lab)
            acc.add_share("imp3_sh", lab, imp == 3, valid)
            acc.add_mean("imp_mean", lab, imp)
            if "deg" in block:
                deg = degradation_codes(block["deg"], coding)
                bad = np.isfinite(deg) & ~np.isin(deg, zoning.DEGRADATION_LEVELS)
                if bad.any():
                    raise QgsProcessingException(tr(
                        "The degradation raster has values outside the chosen coding (e.g. {:g}). "
                        "Choose the other degradation coding.").format(float(deg[bad][0]) + (1 if coding == 1 else 0)))
                acc.add_mean("deg_mean", lab, deg)
                acc.add_share("deg_sev_sh", lab, deg >= 2, valid & np.isfinite(deg))
            if "res" in block:
                acc.add_mean("res_mean", lab, block["res"])
            if "cor" in block:
                acc.add_share("corr_sh", lab, np.nan_to_num(block["cor"]) > 0, valid)
            if "pin" in block:
                acc.add_count("pinch_n", lab, valid=np.nan_to_num(block["pin"]) > 0)
            if "lu" in block:
                acc.add_dominant("lu", lab, block["lu"])
            if "mode" in block:
                acc.add_dominant("mode", lab, np.where(np.isin(block["mode"], (1, 2, 3, 4)), block["mode"], np.nan))
            if "space" in block:
                acc.add_dominant("space", lab, np.where(np.isin(block["space"], (1, 2, 3)), block["space"], np.nan))
            for key, burner in burners.items():
                acc.add_share(key, lab, burner.burn(band) > 0, valid)
            feedback.setProgress(20 + 60 * (b + 1) / nblocks)
        for key, reader in readers.items():
            if key != "imp":
                reader.finish(feedback)
        nan = np.full(n, np.nan)
        s = {"cells": acc.count("cells"), "imp3_sh": acc.share("imp3_sh"), "imp_mean": acc.mean("imp_mean")}
        s["deg_mean"] = acc.mean("deg_mean") if "deg" in readers else nan
        s["deg_sev_sh"] = acc.share("deg_sev_sh") if "deg" in readers else nan
        s["res_mean"] = acc.mean("res_mean") if "res" in readers else nan
        s["corr_sh"] = acc.share("corr_sh") if "cor" in readers else nan
        if "pin" in readers:
            s["pinch_n"] = acc.count("pinch_n").astype(float)
            s["pinch"] = (s["pinch_n"] > 0).astype(float)
        else:
            s["pinch_n"] = s["pinch"] = nan
        s["lu_dom"], s["lu_dom_sh"] = acc.dominant("lu") if "lu" in readers else (nan, nan)
        s["mode_dom"] = acc.dominant("mode")[0] if "mode" in readers else nan
        s["space_dom"] = acc.dominant("space")[0] if "space" in readers else nan
        for key in ("red_sh", "farm_sh", "ubnd_sh"):
            s[key] = acc.share(key) if key in burners else nan
        return s


class _GridSquares(object):
    """Grid units: the squares of ``GRID_SIZE`` that hold a cell with an importance grade (cell centres),
    collected block by block."""

    def __init__(self, alg, parameters, context, grid):
        size = alg.parameterAsDouble(parameters, alg.GRID_SIZE, context)
        if size <= 0:
            raise QgsProcessingException(tr("The grid cell size must be positive."))
        x0, y0, x1, y1 = grid.bounds
        self.ncol = int(np.ceil((x1 - x0) / size - 1e-9))
        self.nrow = int(np.ceil((y1 - y0) / size - 1e-9))
        if self.ncol * self.nrow > 1_000_000:
            raise QgsProcessingException(tr("{} grid units are too many; use a larger grid cell size.")
                                         .format(self.ncol * self.nrow))
        self.grid, self.size, self.used = grid, size, np.zeros(0, dtype=np.int64)

    def add(self, row0, valid):
        rows, cols = np.nonzero(valid)
        x0, y0, x1, y1 = self.grid.bounds
        cx, cy = self.grid.cell_center(rows + row0, cols)
        gi = np.clip(((y1 - cy) // self.size).astype(np.int64), 0, self.nrow - 1)
        gj = np.clip(((cx - x0) // self.size).astype(np.int64), 0, self.ncol - 1)
        self.used = np.union1d(self.used, np.unique(gi * self.ncol + gj))

    def units(self):
        x0, y0, x1, y1 = self.grid.bounds
        geoms, names = [], []
        for k in self.used:
            i, j = divmod(int(k), self.ncol)
            rect = QgsRectangle(x0 + j * self.size, y1 - (i + 1) * self.size, x0 + (j + 1) * self.size,
                                y1 - i * self.size)
            geoms.append(QgsGeometry.fromRect(rect))
            names.append("R{}C{}".format(i + 1, j + 1))
        return geoms, names, None
