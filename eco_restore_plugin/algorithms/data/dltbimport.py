"""DLTB import (三调地类图斑导入): land parcels -> land-use raster, ecosystem raster, fractions."""
import os
import time

import numpy as np
from osgeo import ogr
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ...core import dltb as D
from ...core import landuse_codes as L
from ...i18n import tr
from ...processing_helpers.grid import Grid, require_projected
from ...processing_helpers.raster_io import RasterWriter, output_raster
from ...processing_helpers.styles import apply_qml_on_load, style_raster_classes
from ...processing_helpers.vector_io import add_row, table_sink
from ..base import EcoRestoreAlgorithm
from . import _dltb as H
from . import _dltb_ogr as O


class DltbImport(EcoRestoreAlgorithm):
    NAME = "dltbimport"
    GROUP = "data"
    OWN_GEOMETRY_CHECK = ("INPUT",)
    OWN_CODE_CHECK = ("INPUT",)
    DISPLAY = "Import land parcels DLTB (三调地类图斑导入)"
    TAGS = "DLTB,三调,地类图斑,land parcels,import,rasterize,land use,DLBM,生态系统类型,用地用海"
    HELP = (
        "Turns the 三调 land parcels (地类图斑 DLTB, or an annual change survey) into the land-use raster "
        "every other algorithm starts from. Input: a polygon layer (Shapefile with .cpg or a given "
        "encoding such as GBK, File GDB, GeoPackage) in a projected CRS with the standard field DLBM "
        "(other names through the field mapping). Codes: DLBM as text ('0101', '05H1', '08H2', '1203', "
        "K codes such as '0201K') or as a number (101) are written as integers by dropping the leading "
        "zero (0101 -> 101, 1105 -> 1105); the H codes keep their digit (05H1 -> 501, 08H1 -> 801, 08H2 -> "
        "802); 09 特殊用地 -> 900; K / A sub-codes take their base class (0201K -> 201, 1104A -> 1104); "
        "GB/T 21010-2017 codes merged by the 三调 工作分类 take the merged class (0803 -> 802). Dominant-"
        "class rule: each cell is divided into N x N sub-cells (parameter), the parcels are burnt on "
        "the sub-grid by sub-cell centre, and the cell takes the class with the most sub-cells, i.e. the "
        "largest area (to 1/N² of a cell); area outside every parcel competes as nodata (0); ties go to "
        "the lower code. N = 1 is the cell-centre rule. The grid is the reference raster's, or the "
        "layer's extent snapped to the cell size. Optional outputs: the ecosystem-type raster through an "
        "editable crosswalk (CSV 'code,ecosystem type'; default: 乔木林地 and 竹林地 -> 常绿阔叶林, "
        "灌木林地 -> 常绿阔叶灌丛, 其他林地 -> 稀疏林, as in the 红线指南 2017 runoff table; wetlands, "
        "water, cropland and built land by type), the share of each first-level class per cell, and the "
        "三调 -> 国土空间调查、规划、用途管制用地用海分类 (自然资办发〔2023〕234号) crosswalk table. "
        "The 用地用海 crosswalk and the K / A sub-code list were compiled from the published guide and "
        "工作分类 and could not be verified against the official tables here: check them before use. "
        "Two vintages (e.g. 2010 and 2020) imported on the same grid (give the first import as the "
        "reference raster of the second) go straight into the land-use transition algorithm.")
    PARAM_HELP = {
        "UNKNOWN_CLASS": ("三调 code given to parcels whose DLBM is not in the classification when the unknown-code "
                          "choice is 'Map to the class below'. Default 1201 (空闲地)."),
        "CELL_SIZE": ("Cell size in metres of the output grid when no reference raster is given (default 30 m); the "
                      "grid covers the parcels' extent. Ignored with a reference raster."),
        "REPAIR": ("Repair invalid parcel geometries (makeValid) and list their ids in the log (default on); off: "
                   "refuse the layer and name the invalid parcels."),
        "AREA_PRESERVING": ("Off (default): every cell takes its dominant class, so a class that is nowhere the largest in "
                            "a cell (narrow roads, scattered patches on a shifted grid) loses area. On: after the "
                            "dominant class, cells are moved to the classes below their area from the classes above "
                            "it, each to the class holding the largest share of it, until every class holds its "
                            "share of the land (largest-remainder rounding; see docs/DLTB.md). Keeps class totals, "
                            "changes the class of some mixed cells; needs classes x cells x 2 bytes of memory."),
        "OUTPUT": ("Land-use raster in the plugin's integer 三调 codes (0101 -> 101, 0305 -> 305, H and K codes as "
                   "documented in docs/DLTB.md), the dominant class by area in each cell, styled with the 三调 colours "
                   "and Chinese names; 0 = nodata."),
        "OUTPUT_ECOSYSTEM": ("Optional ecosystem-type raster (生态系统类型) through the 三调 -> ecosystem crosswalk; not "
                             "written by default."),
        "OUTPUT_FRACTIONS": ("Optional folder for one raster per first-level class holding its area fraction (0-1) "
                             "in each cell; not written by default."),
        "OUTPUT_YDYH": ("Optional table of the 三调 -> 国土空间调查、规划、用途管制用地用海分类 (2023) crosswalk of the codes present; the "
                        "crosswalk is the plugin's reading of the 2023 classification (see docs/DLTB.md)."),
    }
    ADVANCED = ('CELL_SIZE', 'SUBCELLS', 'REPAIR', 'ENCODING', 'FIELD_MAP', 'UNKNOWN_CLASS', 'ECOSYSTEM_CROSSWALK',
                'AREA_PRESERVING')

    REFERENCE, CELL_SIZE, SUBCELLS, REPAIR = "REFERENCE", "CELL_SIZE", "SUBCELLS", "REPAIR"
    AREA_PRESERVING = "AREA_PRESERVING"
    CROSSWALK = "ECOSYSTEM_CROSSWALK"
    OUTPUT, OUTPUT_ECOSYSTEM, OUTPUT_FRACTIONS = "OUTPUT", "OUTPUT_ECOSYSTEM", "OUTPUT_FRACTIONS"
    OUTPUT_YDYH, UNKNOWN_REPORT = "OUTPUT_YDYH", "UNKNOWN_CODES"

    def initAlgorithm(self, config=None):
        H.add_input_parameters(self)
        p = QgsProcessingParameterRasterLayer(self.REFERENCE, tr("Reference raster (grid to match)"),
                                              optional=True)
        p.setHelp(tr("Output on this raster's grid (CRS, origin, cell size, extent). Empty: the parcels' "
                     "extent at the cell size below."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterNumber(
            self.CELL_SIZE, tr("Cell size (m), without a reference raster"),
            QgsProcessingParameterNumber.Double, 30.0, minValue=0.01))
        p = QgsProcessingParameterNumber(self.SUBCELLS, tr("Sub-cells per cell side for the dominant class"),
                                         QgsProcessingParameterNumber.Integer, 5, minValue=1, maxValue=20)
        p.setHelp(tr("N: each cell is burnt as N x N sub-cells and takes the class with the largest area; "
                     "1 = the class at the cell centre."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterBoolean(
            self.REPAIR, tr("Repair invalid geometries (else refuse them)"), True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.AREA_PRESERVING, tr("Keep each class's area (move cells between classes)"), False,
            optional=True))
        p = QgsProcessingParameterFile(self.CROSSWALK, tr("Crosswalk 三调 -> ecosystem type (CSV)"),
                                       extension="csv", optional=True)
        p.setHelp(tr("Rows 'code,ecosystem type' replacing the default rows for those codes."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Land use (三调 class codes)")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_ECOSYSTEM, tr("Ecosystem type (生态系统类型)"), optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT_FRACTIONS, tr("Folder for first-level class fractions"), optional=True,
            createByDefault=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_YDYH, tr("Crosswalk 三调 -> 用地用海分类 (2023)"), QgsProcessing.TypeVector,
            optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputString(self.UNKNOWN_REPORT, tr("Unknown DLBM codes (code: parcels)")))

    # ------------------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        t0 = time.time()
        source = H.source_with_encoding(self, parameters, context)
        H.require_projected_source(source, tr("The DLTB layer"))
        fields = H.field_names(self, parameters, context, source)
        factor = self.parameterAsInt(parameters, self.SUBCELLS, context)
        crosswalk = None
        cw_path = self.parameterAsFile(parameters, self.CROSSWALK, context)
        if cw_path:
            try:
                with open(cw_path, encoding="utf-8-sig") as fh:
                    crosswalk = L.parse_crosswalk_csv(fh.read())
            except (OSError, UnicodeDecodeError) as exc:
                raise QgsProcessingException(tr("Cannot read the crosswalk '{}': {}").format(cw_path, exc)) from None

        ref = self.parameterAsRasterLayer(parameters, self.REFERENCE, context)
        if ref is not None:
            grid = Grid.from_layer(ref)
            require_projected(grid, tr("The reference raster"))
            crs = grid.crs
            if source.sourceCrs() != crs:
                raise QgsProcessingException(tr(
                    "The DLTB layer ({}) and the reference raster ({}) are in different CRS. Two vintages "
                    "must share one CRS: reproject the layer to the raster's CRS first.").format(
                        source.sourceCrs().authid() or source.sourceCrs().description(),
                        crs.authid() or crs.description()))
        else:
            crs = source.sourceCrs()
            grid = None
        feedback.setProgressText(tr("Reading parcels"))
        repair = self.parameterAsBool(parameters, self.REPAIR, context)
        direct = O.open_layer(self, parameters, context, source)
        if direct is not None:
            burn, extent, values, unknown = self._read_direct(direct, fields, repair, grid is None, parameters,
                                                              context, feedback)
        else:
            burn, extent, values, unknown = self._read_qgis(source, fields, repair, crs, parameters,
                                                            context, feedback)
        if grid is None:
            cs = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
            grid = self._grid_from_extent(extent, cs, crs)
        present = sorted(set(values) - {0})
        if not present:
            raise QgsProcessingException(tr("No parcel has a usable land-class code."))
        index_of = {v: i + 1 for i, v in enumerate(present)}           # 0 = no parcel
        lut = np.zeros(len(present) + 1, dtype="uint16")
        lut[1:] = present
        cells = grid.width * grid.height * factor * factor
        feedback.pushInfo(tr("Grid: {} x {} cells of {:g} m, {} x {} sub-cells each ({:.0f} million sub-cells)").format(
            grid.width, grid.height, grid.cellsize[0], factor, factor, cells / 1e6))
        layers, release = burn(grid, index_of)
        self.check_cancel(feedback)
        feedback.setProgress(40)

        # -- outputs prepared (nothing written before the inputs were accepted)
        out_path = output_raster(self, parameters, self.OUTPUT, context)
        eco_path = None
        if parameters.get(self.OUTPUT_ECOSYSTEM) is not None:
            eco_path = self.parameterAsOutputLayer(parameters, self.OUTPUT_ECOSYSTEM, context) or None
        frac_dir = None
        if parameters.get(self.OUTPUT_FRACTIONS) is not None:
            frac_dir = self.parameterAsString(parameters, self.OUTPUT_FRACTIONS, context) or None
        eco_lut = np.zeros(int(max(present)) + 1, dtype="uint8")
        for v, e in L.ecosystem_lut(crosswalk=crosswalk).items():
            if v < eco_lut.size:
                eco_lut[v] = e
        groups = list(L.GROUPS)
        group_members = {g: [index_of[v] for v in present if L.group_of_value(v) == g] for g in groups}
        groups = [g for g in groups if group_members[g]]

        names = {v: "{} {}".format(L.VALUE_CODE[v], L.CLASSES[L.VALUE_CODE[v]]["name"]) for v in present}
        writers = [RasterWriter(out_path, grid, dtype="uint16", nodata=0,
                                description=tr("Land use (三调 class codes)"), category_names=names)]
        if eco_path:
            writers.append(RasterWriter(eco_path, grid, dtype="uint8", nodata=0,
                                        description=tr("Ecosystem type (生态系统类型)"),
                                        category_names={k: v[0] for k, v in L.ECOSYSTEMS.items()}))
        frac_paths = {}
        if frac_dir:
            os.makedirs(frac_dir, exist_ok=True)
            for g in groups:
                frac_paths[g] = os.path.join(frac_dir, "fraction_{}.tif".format(g))
                writers.append(RasterWriter(frac_paths[g], grid, dtype="float32", nodata=-1.0,
                                            description="{} {}".format(g, L.GROUPS[g][0])))
        counts = np.zeros(len(present) + 1, dtype="int64")
        balance = self.parameterAsBool(parameters, self.AREA_PRESERVING, context)
        if balance and grid.width * grid.height * (len(present) + 1) * 2 > 2_000_000_000:
            raise QgsProcessingException(tr(
                "Keeping the class areas needs {:.1f} GB of memory for this grid: use a larger cell size or "
                "switch the option off.").format(grid.width * grid.height * (len(present) + 1) * 2 / 1e9))
        per_cell = np.zeros((grid.height, grid.width, len(present) + 1), dtype=np.uint16) if balance else None
        # burnt 64 million sub-cells at a time (64 MB as bytes: few passes over the parcels), counted
        # 8 million at a time (the counting's int64 temporaries)
        strip = max(1, int(8_000_000 // max(1, grid.width * factor * factor)))
        burn_rows = strip * max(1, 64_000_000 // max(1, strip * grid.width * factor * factor))
        feedback.setProgressText(tr("Rasterizing at {0} x {0} sub-cells and taking the dominant class").format(factor))
        entered = []
        strips = O.burn_strips(layers, grid, factor, burn_rows, "uint8" if len(present) < 255 else "uint16")
        try:
            for w in writers:
                entered.append(w.__enter__())
            for burn0, nburn, burnt in strips:                   # one pass over the parcels per burn strip
                self.check_cancel(feedback)
                for r0 in range(0, nburn, strip):                 # the counts in smaller strips
                    self.check_cancel(feedback)
                    row0, nrows = burn0 + r0, min(strip, nburn - r0)
                    sub = burnt[r0 * factor:(r0 + nrows) * factor]
                    k = 1 + bool(eco_path)
                    if balance:
                        per_cell[row0:row0 + nrows] = D.block_counts(sub, factor, len(present) + 1)
                    else:
                        dom = D.dominant_class(sub, factor, nclasses=len(present) + 1)
                        counts += self._write_classes(entered, dom, row0, lut, eco_lut if eco_path else None)
                    for g in frac_paths:
                        frac = D.block_fractions(sub, factor, group_members[g]).astype("float32")
                        entered[k].write(frac, row0)
                        k += 1
                    feedback.setProgress(40 + 55 * (row0 + nrows) / grid.height)
                burnt = sub = None
            if balance:
                feedback.setProgressText(tr("Moving cells between classes to keep their areas"))
                dom = D.balance_classes(per_cell, fixed=())
                per_cell = None
                counts += self._write_classes(entered, dom, 0, lut, eco_lut if eco_path else None)
            if not counts[1:].any():
                raise QgsProcessingException(tr(
                    "No cell is covered by parcels for the largest part of its area: the grid does not "
                    "overlap the parcels, or the cells are much larger than the parcels."))
        except BaseException as exc:
            strips.close()                  # the burning threads end before their layers are released
            release()
            for w in reversed(entered):
                w.__exit__(type(exc), exc, None)
            raise
        release()
        for w in reversed(entered):
            w.__exit__(None, None, None)

        palette = {v: c for v, c in L.palette().items() if v in present}
        apply_qml_on_load(context, out_path, style_raster_classes(out_path, palette), tr("Land use (三调)"))
        out = {self.OUTPUT: out_path, self.UNKNOWN_REPORT: "; ".join(
            "{}: {}".format(c, n) for c, n in unknown.items())}
        if eco_path:
            used = sorted(set(eco_lut[present].tolist()) - {0})
            colours = ["#1b7837", "#5aae61", "#a6dba0", "#d9f0d3", "#b8e186", "#4393c3", "#92c5de",
                       "#fee08b", "#fdae61", "#d73027", "#bababa"]
            eco_pal = {e: (colours[i % len(colours)], L.ECOSYSTEMS[e][0]) for i, e in enumerate(used)}
            apply_qml_on_load(context, eco_path, style_raster_classes(eco_path, eco_pal), tr("Ecosystem type"))
            out[self.OUTPUT_ECOSYSTEM] = eco_path
        if frac_dir:
            out[self.OUTPUT_FRACTIONS] = frac_dir
        if parameters.get(self.OUTPUT_YDYH) is not None:
            sink, dest, flds = table_sink(self, parameters, self.OUTPUT_YDYH, context, [
                ("sd_code", "string"), ("sd_name", "string"), ("ydyh_code", "string"),
                ("ydyh_name", "string"), ("note", "string")])
            for row in L.ydyh_rows():
                add_row(sink, flds, row)
            out[self.OUTPUT_YDYH] = dest
        ca = grid.cell_area() / 1e4
        for v, n in zip(present, counts[1:]):
            if n:
                feedback.pushInfo("{} {}: {:.2f} hm²".format(L.VALUE_CODE[v], L.CLASSES[L.VALUE_CODE[v]]["name"],
                                                             n * ca))
        feedback.pushInfo(tr("{} parcels imported in {:.1f} s").format(self._parcels, time.time() - t0))
        feedback.setProgress(100)
        return out

    @staticmethod
    def _write_classes(entered, dom, row0, lut, eco_lut):
        """Write class indices ``dom`` from ``row0`` as 三调 values (and ecosystem types); their counts."""
        lu = lut[dom]
        entered[0].write(lu, row0)
        if eco_lut is not None:
            entered[1].write(eco_lut[lu], row0)
        return np.bincount(dom.ravel(), minlength=lut.size)

    def _read_direct(self, direct, fields, repair, want_extent, parameters, context, feedback):
        """The parcels read with OGR; the layer itself is burnt through an SQL view of the class index."""
        ds, olyr = direct
        names = [fields["DLBM"]] + ([fields["BSM"]] if fields["BSM"] else [])
        cols = O.read_columns(olyr, names)
        if not len(cols["fid"]):
            raise QgsProcessingException(tr("The DLTB layer '{}' has no features.").format(olyr.GetName()))
        self._parcels = len(cols["fid"])
        ids = cols[fields["BSM"]] if fields["BSM"] else cols["fid"]
        ids = [v.decode("utf-8", "replace") if isinstance(v, bytes) else v for v in ids.tolist()]
        raw, inv, counts = O.distinct(cols[fields["DLBM"]])
        codes, unknown = H.resolve_unique(self, parameters, context, feedback, raw, counts)
        values = [L.dlbm_value(c, unknown=0) if c else 0 for c in codes]
        checked = O.sql_geometry_check(ds, olyr, want_extent)   # in GDAL (SpatiaLite), else row by row
        if checked is None:
            wkb = O.read_columns(olyr, [], geometry=True)["wkb"]
            repaired, extent = O.check_geometries(self, feedback, O.wkb_geometries(wkb), ids, repair)
        else:
            bad, extent = checked
            fid_rows = np.nonzero(np.isin(cols["fid"], bad))[0]
            repaired, ext2 = O.check_geometries(self, feedback, O.fid_geometries(olyr, cols["fid"][fid_rows], fid_rows),
                                                ids, repair)
            if extent is not None:
                extent = (min(extent[0], ext2[0]), min(extent[1], ext2[1]), max(extent[2], ext2[2]),
                          max(extent[3], ext2[3]))
        feedback.setProgress(30)
        rows = sorted(repaired)
        fids = cols["fid"][rows] if rows else []

        def burn(grid, index_of):
            k = [index_of.get(v, 0) for v in values]
            view = O.class_view(ds, olyr, fields["DLBM"], raw, k, fids)
            layers, keep = ([view] if view is not None else []), [ds, view]
            if rows:
                mem, lyr = O.memory_layer(grid.crs_wkt, [repaired[r] for r in rows], [k[inv[r]] for r in rows])
                layers.append(lyr)
                keep += [mem, lyr]

            def release():
                if view is not None:
                    ds.ReleaseResultSet(view)
                keep.clear()
            return layers, release
        return burn, extent, [v for v, n in zip(values, counts) if n], unknown

    def _read_qgis(self, source, fields, repair, crs, parameters, context, feedback):
        """The parcels read through QGIS (memory layers, selections, databases), burnt from memory."""
        parcels = H.read_parcels(self, source, {"DLBM": fields["DLBM"], "BSM": fields["BSM"]}, context,
                                 feedback, crs=crs, repair=repair)
        self._parcels = len(parcels["ids"])
        codes, unknown = H.resolve_codes(self, parameters, context, feedback, parcels["data"]["DLBM"])
        lookup = {c: (L.dlbm_value(c, unknown=0) if c else 0) for c in set(codes)}
        values = [lookup[c] for c in codes]
        extent = None
        for g in parcels["geoms"]:
            b = g.boundingBox()
            e = (b.xMinimum(), b.yMinimum(), b.xMaximum(), b.yMaximum())
            extent = e if extent is None else (min(extent[0], e[0]), min(extent[1], e[1]),
                                               max(extent[2], e[2]), max(extent[3], e[3]))

        def burn(grid, index_of):
            keep = [(g, index_of[v]) for g, v in zip(parcels["geoms"], values) if v]
            mem, lyr = O.memory_layer(grid.crs_wkt, [ogr.CreateGeometryFromWkb(bytes(g.asWkb())) for g, _ in keep],
                                      [k for _, k in keep])
            return [lyr], lambda: (mem, lyr) and None
        return burn, extent, values, unknown

    @staticmethod
    def _grid_from_extent(extent, cs, crs):
        xmin, ymin, xmax, ymax = extent
        x0 = np.floor(xmin / cs) * cs
        y1 = np.ceil(ymax / cs) * cs
        width = int(np.ceil((xmax - x0) / cs - 1e-9))
        height = int(np.ceil((y1 - ymin) / cs - 1e-9))
        if width * height > 400_000_000:
            raise QgsProcessingException(tr(
                "The grid would have {} x {} cells: use a larger cell size.").format(width, height))
        return Grid(crs.toWkt(), (x0, cs, 0.0, y1, 0.0, -cs), max(width, 1), max(height, 1))
