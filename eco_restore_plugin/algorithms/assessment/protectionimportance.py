"""Ecological protection importance (生态保护重要性)."""
import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)

from ...core import grading
from ...i18n import tr
from ...processing_helpers.value_rules import RULES
from ...processing_helpers.raster_io import output_raster, read_raster, reference_grid, write_raster
from ...processing_helpers.styles import IMPORTANCE_CLASSES, apply_qml_on_load, style_raster_classes
from ...processing_helpers.vector_io import make_fields, polygonize, rasterize_features
from ..base import EcoRestoreAlgorithm


class ProtectionImportance(EcoRestoreAlgorithm):
    NAME = "protectionimportance"
    GROUP = "assessment"
    DISPLAY = "Ecological protection importance (生态保护重要性)"
    TAGS = "protection importance,red line,双评价,生态保护重要性,生态保护红线"
    HELP = ("Ecological protection importance after the 双评价 guide (MNR 2020): the higher of the "
            "service-importance grade and the vulnerability grade (codes 3/2/1, 0 nodata); cells "
            "inside nature reserves and key habitats are raised to 极重要; patches smaller than the "
            "minimum area are merged into their surroundings (majority of the neighbouring grades), "
            "protected cells stay 极重要. Outputs the grade raster and the 极重要 areas as polygons.")
    PARAM_HELP = {
        "SERVICE_GRADE": ("Service importance grade raster (3 极重要, 2 重要, 1 一般重要, 0 nodata), e.g. the combined "
                          "service grades; the reference grid."),
        "VULNERABILITY_GRADE": ("Optional vulnerability grade raster on the same 3/2/1 scale; each cell takes "
                                "the higher of the two grades (双评价 guide 2020). Empty: the service grade alone."),
        "PROTECTED_AREAS": ("Optional polygons of nature reserves (自然保护地) and key habitats; their cells are "
                            "raised to 极重要. Empty: no area is raised."),
        "MIN_AREA_HA": ("Patches of one grade smaller than this (hm²) are merged into the surrounding grade; "
                        "protected cells stay 极重要. Default 1 hm², the plugin's own value; 0 = keep every patch."),
        "OUTPUT": "Ecological protection importance grade (3 极重要, 2 重要, 1 一般重要, 0 nodata), styled.",
        "POLYGONS": ("The 极重要 areas as polygons (with area), e.g. as candidates for the ecological protection "
                     "red line check. Optional."),
    }

    SERVICE, VULNERABILITY, PROTECTED, MIN_AREA, OUTPUT, POLYGONS = (
        "SERVICE_GRADE", "VULNERABILITY_GRADE", "PROTECTED_AREAS", "MIN_AREA_HA", "OUTPUT", "POLYGONS")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.SERVICE, tr("Service importance grade (reference grid)")))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.VULNERABILITY, tr("Vulnerability grade"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PROTECTED, tr("Nature reserves and key habitats"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_AREA, tr("Minimum patch area (hm²)"), QgsProcessingParameterNumber.Double, 1.0,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Protection importance grade")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.POLYGONS, tr("极重要 areas (polygons)"), QgsProcessing.TypeVectorPolygon, optional=True))

    def process(self, parameters, context, feedback):
        svc_layer = self.parameterAsRasterLayer(parameters, self.SERVICE, context)
        grid = reference_grid(svc_layer, tr("Service importance grade"))
        svc = np.nan_to_num(read_raster(svc_layer, categorical=True, rule=RULES["grade3"])[0],
                            nan=0).astype(np.uint8)
        vul_layer = self.parameterAsRasterLayer(parameters, self.VULNERABILITY, context)
        vul = (np.nan_to_num(read_raster(vul_layer, grid, categorical=True, feedback=feedback)[0], nan=0)
               .astype(np.uint8) if vul_layer else np.zeros_like(svc))
        # vulnerability codes 1-3 or five-level 1-9 are folded onto 1-3 when five-level
        if vul.max() > 3:
            vul = np.select([vul >= 7, vul >= 5, vul >= 1], [3, 2, 1], 0).astype(np.uint8)
        source = self.parameterAsSource(parameters, self.PROTECTED, context)
        protected = rasterize_features(source, grid, context=context).astype(bool) if source else None
        min_ha = self.parameterAsDouble(parameters, self.MIN_AREA, context)
        min_cells = int(np.ceil(min_ha * 1e4 / grid.cell_area())) if min_ha > 0 else None
        feedback.setProgress(20)
        g = grading.protection_importance(svc, vul, protected=protected, min_cells=min_cells)
        self.check_cancel(feedback)
        path = output_raster(self, parameters, self.OUTPUT, context)
        write_raster(path, g, grid, "uint8", 0, tr("Ecological protection importance"),
                     category_names={0: "", 1: "一般重要", 2: "重要", 3: "极重要"})
        apply_qml_on_load(context, path, style_raster_classes(path, IMPORTANCE_CLASSES),
                          tr("Protection importance"))
        results = {self.OUTPUT: path}
        if parameters.get(self.POLYGONS) is not None:
            fields = make_fields([("grade", "int"), ("grade_name", "string"), ("area_ha", "double")])
            sink, dest = self.parameterAsSink(parameters, self.POLYGONS, context, fields,
                                              QgsWkbTypes.MultiPolygon, grid.crs)
            for geom, value in polygonize(g == 3, grid):
                f = QgsFeature(fields)
                f.setGeometry(geom)
                f.setAttributes([3, "极重要", geom.area() / 1e4])
                sink.addFeature(f, QgsFeatureSink.FastInsert)
            results[self.POLYGONS] = dest
        area = float((g == 3).sum()) * grid.cell_area() / 1e4
        feedback.pushInfo(tr("极重要 area: {:.1f} hm²").format(area))
        return results
