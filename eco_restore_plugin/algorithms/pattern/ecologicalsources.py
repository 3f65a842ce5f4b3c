"""Ecological sources (生态源地): habitat patches filtered by area, ranked by dIIC / dPC (Conefor method)."""
import numpy as np
from qgis.core import (
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...core import connectivity, sources
from ...i18n import tr
from ...processing_helpers.grid import require_projected_crs
from ...processing_helpers.raster_io import read_raster, reference_grid
from ...processing_helpers.styles import style_on_load
from ...processing_helpers.tables import code_list
from ...processing_helpers.vector_io import add_row, polygonize, table_sink
from ..base import EcoRestoreAlgorithm
from ...processing_helpers.renderers import sources_renderer

# ---------------------------------------------------------------------------------------------
class EcologicalSources(EcoRestoreAlgorithm):
    NAME = "ecologicalsources"
    GROUP = "pattern"
    DISPLAY = "Ecological sources, ranked by dPC and dIIC (生态源地识别)"
    TAGS = ("ecological source,core,MSPA,connectivity,dPC,dIIC,PC,IIC,Conefor,"
            "生态源地,核心区,景观连通性,斑块重要性")
    HELP = ("Ecological sources (生态源地; METHODS.md §2): habitat patches from a raster (an MSPA output: "
            "the core class 17 by default; or any raster with a list of habitat values) or a polygon layer "
            "(protected areas, 极重要 polygons, habitat-quality hot spots; each feature is one patch), "
            "filtered by a minimum area (hm²), then ranked by their importance for landscape connectivity "
            "(Saura & Pascual-Hortal 2007; Pascual-Hortal & Saura 2006; Conefor): "
            "PC = ΣΣ a_i a_j p*_ij / A_L², p_ij = exp(−k d_ij) with k such that p equals the given "
            "probability at the dispersal distance, p*_ij the maximum product probability over all paths; "
            "IIC = ΣΣ a_i a_j / (1 + nl_ij) / A_L² with links between patches closer than the IIC distance "
            "threshold (default the dispersal distance); dI = 100 (I − I_without the patch) / I, exact "
            "for every patch. dPC is split into intra, flux and connector fractions (Saura & Rubio 2010). "
            "Distances d_ij are edge to edge (m): between the nearest raster cells' edges, or between the "
            "polygons' boundaries sampled every 'boundary step' metres. a_i = area in hm². A_L: the "
            "landscape area (hm²; 0 = the valid cells of the raster, or the bounding box of the polygons); "
            "it changes PC and IIC, not dPC or dIIC. Rank 1 = largest dPC (ties: larger area). Optional "
            "selection: the top N and / or those with dPC ≥ a minimum. Output: polygons with source_id, "
            "area_ha, dIIC, dPC, dPC_intra, dPC_flux, dPC_conn, rank (styled green), and a table of the "
            "landscape's IIC, PC and equivalent connected area EC(PC) = √PC · A_L. Patches are "
            "filtered by area before ranking; exact ranking of 800 patches takes about half a minute "
            "and grows with the square of their number. For thousands of patches set a dPC tolerance: paths "
            "too improbable to move any dPC by more than that many percentage points are left out, and each "
            "patch's shortest-path tree is searched only that far (0.0001: 9,000 patches in 8–13 min on two cores).")
    PARAM_HELP = {
        "OUTPUT": ("Ecological sources as polygons with source_id, area_ha, dIIC, dPC and its intra / flux / "
                   "connector fractions and rank (1 = most important for connectivity); styled green."),
        "TABLE": ("Optional one-row table of the whole landscape's IIC, PC and equivalent connected area EC(PC). "
                  "Not written unless chosen."),
    }
    ADVANCED = ("CONNECTIVITY", "BOUNDARY_STEP", "IIC_DISTANCE", "LANDSCAPE_AREA", "DPC_TOLERANCE")

    RASTER, VALUES, CONNECTIVITY, POLYGONS, STEP = (
        "INPUT_RASTER", "HABITAT_VALUES", "CONNECTIVITY", "INPUT_POLYGONS", "BOUNDARY_STEP")
    MIN_AREA, DISTANCE, PROBABILITY, IIC_DISTANCE, LANDSCAPE = (
        "MIN_AREA", "DISPERSAL_DISTANCE", "PROBABILITY", "IIC_DISTANCE", "LANDSCAPE_AREA")
    TOP_N, MIN_DPC, OUTPUT, TABLE = "TOP_N", "MIN_DPC", "OUTPUT", "TABLE"
    TOLERANCE = "DPC_TOLERANCE"

    def initAlgorithm(self, config=None):
        p = QgsProcessingParameterRasterLayer(
            self.RASTER, tr("Habitat raster (MSPA output or any class raster)"), optional=True)
        p.setHelp(tr("Cells whose value is in the habitat values form the patches (projected CRS). "
                     "Give either this raster or a polygon layer."))
        self.addParameter(p)
        p = QgsProcessingParameterString(
            self.VALUES, tr("Habitat values of the raster (comma separated; 17 = MSPA core; empty = nonzero)"),
            "17", optional=True)
        p.setHelp(tr("Raster values that count as habitat, e.g. 17 for the core class of an MSPA output, "
                     "or land-use codes. Empty: every nonzero cell."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.CONNECTIVITY, tr("Patch connectivity"), [tr("8 neighbours"), tr("4 neighbours")], defaultValue=0)
        p.setHelp(tr("Cells that touch by a side (4) or also by a corner (8) belong to the same patch."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.POLYGONS, tr("Habitat polygons (protected areas, 极重要 areas, hot spots)"),
            [QgsProcessing.TypeVectorPolygon], optional=True)
        p.setHelp(tr("Each feature is one candidate source. Used when no raster is given; projected CRS."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.STEP, tr("Boundary step for polygon distances (m)"), QgsProcessingParameterNumber.Double,
            30.0, minValue=0.1)
        p.setHelp(tr("Polygon boundaries are sampled every this many metres to measure edge-to-edge "
                     "distances (error at most about half a step)."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.MIN_AREA, tr("Minimum patch area (hm²)"), QgsProcessingParameterNumber.Double, 100.0, minValue=0.0)
        p.setHelp(tr("Smaller patches are dropped before ranking."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.DISTANCE, tr("Dispersal distance (m)"), QgsProcessingParameterNumber.Double, 2500.0, minValue=0.001)
        p.setHelp(tr("Distance d0 at which the dispersal probability equals the probability below (PC)."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.PROBABILITY, tr("Probability at the dispersal distance"), QgsProcessingParameterNumber.Double,
            0.5, minValue=0.0001, maxValue=0.9999)
        p.setHelp(tr("p0 of p_ij = exp(−k d_ij), k = −ln(p0) / d0 (Conefor's usual 0.5)."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.IIC_DISTANCE, tr("IIC link distance (m; 0 = the dispersal distance)"),
            QgsProcessingParameterNumber.Double, 0.0, minValue=0.0)
        p.setHelp(tr("Two patches are linked for IIC when their edge-to-edge distance is at most this."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.LANDSCAPE, tr("Landscape area A_L (hm²; 0 = automatic)"), QgsProcessingParameterNumber.Double,
            0.0, minValue=0.0)
        p.setHelp(tr("Automatic: the valid cells of the raster, or the bounding box of the polygons."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.TOLERANCE, tr("dPC tolerance (percentage points; 0 = exact)"), QgsProcessingParameterNumber.Double,
            0.0, minValue=0.0, optional=True)
        p.setHelp(tr("Largest error allowed on dPC, its fractions and PC (e.g. 0.0001): paths whose maximum "
                     "product probability is too small to matter are left out, which makes thousands of "
                     "patches tractable. 0 = exact (every path)."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.TOP_N, tr("Keep the N best ranked sources (0 = all)"), QgsProcessingParameterNumber.Integer,
            0, minValue=0)
        p.setHelp(tr("Selection after ranking by dPC."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.MIN_DPC, tr("Keep sources with dPC ≥ (%; 0 = no threshold)"), QgsProcessingParameterNumber.Double,
            0.0, minValue=0.0)
        p.setHelp(tr("Selection after ranking; with N both conditions apply."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Ecological sources"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.TABLE, tr("Landscape connectivity (IIC, PC)"), QgsProcessing.TypeVector, optional=True,
            createByDefault=False))

    # -- inputs ---------------------------------------------------------------------------------
    def _from_raster(self, layer, parameters, context, feedback, min_area):
        grid = reference_grid(layer, tr("Habitat raster"))
        arr, _ = read_raster(layer, categorical=True)
        valid = np.isfinite(arr)
        if not valid.any():
            raise QgsProcessingException(tr("The habitat raster holds only nodata cells."))
        text = self.parameterAsString(parameters, self.VALUES, context) or ""
        values = code_list(text, tr("Habitat values"))
        clean = np.where(valid, arr, 0.0)
        habitat = np.isin(clean, values) & valid if values else (clean != 0)
        if not habitat.any():
            raise QgsProcessingException(tr(
                "No habitat cell: none of the raster's valid cells has the habitat values {}. Check the values "
                "(17 = MSPA core) against the raster.").format(text or tr("(nonzero)")))
        conn = 4 if self.parameterAsEnum(parameters, self.CONNECTIVITY, context) == 1 else 8
        cell_ha = grid.cell_area() / 1e4
        labels, areas, n_all = sources.habitat_patches(habitat, cell_area=cell_ha, min_area=min_area,
                                                       connectivity=conn)
        feedback.pushInfo(tr("{} habitat patches, {} of at least {} hm²").format(n_all, len(areas), min_area))
        if len(areas) == 0:
            raise QgsProcessingException(tr(
                "No habitat patch of at least {} hm² (largest: {:.4g} hm²). Lower the minimum area.").format(
                    min_area, self._largest(habitat, cell_ha, conn)))
        self.check_cancel(feedback)
        feedback.setProgressText(tr("Edge-to-edge distances between {} patches…").format(len(areas)))
        cy, cx = grid.cellsize[1], grid.cellsize[0]
        _, dist = connectivity.patch_distances(labels, cellsize=(cy, cx),
                                               progress=self.progress_callback(feedback, 5, 30),
                                               cancelled=self.cancel_callback(feedback))
        geoms = {}
        feedback.setProgressText(tr("Polygons of the patches…"))
        for geom, value in polygonize(labels, grid):
            geoms.setdefault(int(value), []).append(geom)
        geometries = [QgsGeometry.collectGeometry(geoms.get(i, [])) for i in range(1, len(areas) + 1)]
        landscape = valid.sum() * cell_ha
        return areas, dist, geometries, landscape, grid.crs, list(range(1, len(areas) + 1))

    @staticmethod
    def _largest(habitat, cell_ha, conn):
        lab, _, n = sources.habitat_patches(habitat, cell_area=cell_ha, min_area=0.0, connectivity=conn)
        return float(np.bincount(lab.ravel())[1:].max() * cell_ha) if n else 0.0

    def _from_polygons(self, source, parameters, context, feedback, min_area):
        crs = source.sourceCrs()
        require_projected_crs(crs, tr("The habitat polygons"))
        step = self.parameterAsDouble(parameters, self.STEP, context)
        geometries, areas, ids, points = [], [], [], []
        n_all = 0
        for pos, f in enumerate(source.getFeatures(), start=1):
            g = f.geometry()
            if g is None or g.isEmpty():
                continue
            n_all += 1
            g = g.makeValid() if not g.isGeosValid() else g
            area = g.area() / 1e4
            if area < min_area or area <= 0:
                continue
            dense = g.densifyByDistance(step)
            pts = np.array([(v.x(), v.y()) for v in dense.vertices()], dtype=np.float64)
            geometries.append(g)
            areas.append(area)
            ids.append(pos)
            points.append(pts)
        feedback.pushInfo(tr("{} habitat patches, {} of at least {} hm²").format(n_all, len(areas), min_area))
        if not areas:
            raise QgsProcessingException(tr(
                "No habitat polygon of at least {} hm² (the layer has {} polygons). Lower the minimum area.").format(
                    min_area, n_all))
        feedback.setProgressText(tr("Edge-to-edge distances between {} patches…").format(len(areas)))
        dist = connectivity.point_set_distances(points, progress=self.progress_callback(feedback, 5, 30),
                                                cancelled=self.cancel_callback(feedback))
        self.check_cancel(feedback)
        # overlapping or nested polygons: distance 0 (boundaries alone would miss containment)
        engine_pairs = np.argwhere(np.triu(dist <= step, 1))
        for i, j in engine_pairs:
            if geometries[i].intersects(geometries[j]):
                dist[i, j] = dist[j, i] = 0.0
        ext = source.sourceExtent()
        landscape = ext.width() * ext.height() / 1e4
        return np.array(areas), dist, geometries, max(landscape, float(np.sum(areas))), crs, ids

    # -- run ------------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.RASTER, context)
        source = self.parameterAsSource(parameters, self.POLYGONS, context)
        if layer is None and source is None:
            raise QgsProcessingException(tr(
                "Give the habitat either as a raster (e.g. the MSPA output) or as a polygon layer."))
        if layer is not None and source is not None:
            raise QgsProcessingException(tr(
                "Give either a habitat raster or habitat polygons, not both."))
        min_area = self.parameterAsDouble(parameters, self.MIN_AREA, context)
        if layer is not None:
            areas, dist, geometries, landscape, crs, ids = self._from_raster(
                layer, parameters, context, feedback, min_area)
        else:
            if source.featureCount() == 0:
                raise QgsProcessingException(tr("The habitat polygon layer has no features."))
            areas, dist, geometries, landscape, crs, ids = self._from_polygons(
                source, parameters, context, feedback, min_area)
        n = len(areas)
        touching = int(np.triu(dist == 0, 1).sum())
        if touching:
            feedback.pushWarning(tr(
                "{} pairs of sources touch or overlap (distance 0): they count as fully connected "
                "(p = 1); dissolve them into one source if they are one habitat area.").format(touching))
        if n == 1:
            feedback.pushWarning(tr("Only one source: dPC and dIIC are 100 % by definition; no ranking."))
        tolerance = self.parameterAsDouble(parameters, self.TOLERANCE, context) or 0.0
        if n > 2000 and tolerance <= 0:
            feedback.pushWarning(tr(
                "{} patches: exact ranking will take long (about n² times the path length); raise the "
                "minimum area or set a dPC tolerance.").format(n))
        user_al = self.parameterAsDouble(parameters, self.LANDSCAPE, context)
        al = user_al if user_al > 0 else landscape
        if al < float(np.sum(areas)):
            raise QgsProcessingException(tr(
                "The landscape area A_L ({:.6g} hm²) is smaller than the patches' total area ({:.6g} hm²).").format(
                    al, float(np.sum(areas))))
        d0 = self.parameterAsDouble(parameters, self.DISTANCE, context)
        p0 = self.parameterAsDouble(parameters, self.PROBABILITY, context)
        thr = self.parameterAsDouble(parameters, self.IIC_DISTANCE, context) or None
        feedback.setProgressText(tr("dPC and dIIC of {} patches…").format(n))
        res = sources.rank_sources(areas, dist, dispersal_distance=d0, probability=p0, iic_threshold=thr,
                                   landscape_area=al, tolerance=tolerance,
                                   progress=self.progress_callback(feedback, 30, 95),
                                   cancelled=self.cancel_callback(feedback))
        self.check_cancel(feedback)
        top_n = self.parameterAsInt(parameters, self.TOP_N, context)
        min_dpc = self.parameterAsDouble(parameters, self.MIN_DPC, context)
        keep = sources.select_sources(res["rank"], res["dPC"], top_n=top_n or None,
                                      min_dpc=min_dpc if min_dpc > 0 else None)
        if not keep.any():
            raise QgsProcessingException(tr(
                "No source has dPC ≥ {} % (largest dPC: {:.4g} %). Lower the threshold.").format(
                    min_dpc, float(res["dPC"].max())))
        feedback.pushInfo(tr("PC = {:.6g}, IIC = {:.6g}, EC(PC) = {:.6g} hm²; {} of {} patches kept").format(
            res["PC"], res["IIC"], res["EC_PC"], int(keep.sum()), n))
        sink, dest, fields = table_sink(
            self, parameters, self.OUTPUT, context,
            [("source_id", "long"), ("area_ha", "double"), ("dIIC", "double"), ("dPC", "double"),
             ("dPC_intra", "double"), ("dPC_flux", "double"), ("dPC_conn", "double"), ("rank", "long")],
            geometry_type=QgsWkbTypes.MultiPolygon, crs=crs)
        for k in sorted(np.nonzero(keep)[0], key=lambda i: res["rank"][i]):
            geom = QgsGeometry(geometries[k])
            geom.convertToMultiType()
            add_row(sink, fields, [ids[k], areas[k], res["dIIC"][k], res["dPC"][k], res["dPC_intra"][k],
                                   res["dPC_flux"][k], res["dPC_connector"][k], res["rank"][k]], geom)
        results = {self.OUTPUT: dest}
        style_on_load(context, dest, lambda lyr: sources_renderer(), tr("Ecological sources"))
        if parameters.get(self.TABLE) is not None:
            tsink, tdest, tfields = table_sink(
                self, parameters, self.TABLE, context,
                [("n_patches", "long"), ("n_sources", "long"), ("landscape_ha", "double"), ("patch_ha", "double"),
                 ("IIC", "double"), ("PC", "double"), ("EC_PC_ha", "double"), ("dispersal_m", "double"),
                 ("probability", "double"), ("iic_link_m", "double")])
            add_row(tsink, tfields, [n, int(keep.sum()), res["A_L"], float(np.sum(areas)), res["IIC"], res["PC"],
                                     res["EC_PC"], d0, p0, thr if thr else d0])
            results[self.TABLE] = tdest
        feedback.setProgress(100)
        return results

