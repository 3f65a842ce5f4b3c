"""Create the Demo County (示例县) sample region: the default data of the demo and the tutorials."""
import os

from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingOutputFolder,
    QgsProcessingOutputRasterLayer,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
)

from ...i18n import tr, tr_noop
from ...processing_helpers.memory_budget import check_cells
from ..base import EcoRestoreAlgorithm

#: output id -> (key in the writer's result, English description). Stable: models use these ids.
RASTER_OUTPUTS = {
    "DEM": ("dem", tr_noop("Elevation (DEM), m")),
    "LANDUSE_2010": ("landuse_2010", tr_noop("Land use 2010 (三调 classes)")),
    "LANDUSE_2020": ("landuse_2020", tr_noop("Land use 2020 (三调 classes)")),
    "NPP": ("npp", tr_noop("Net primary productivity, gC/m²/a")),
    "PRECIPITATION": ("precipitation", tr_noop("Annual precipitation, mm")),
    "ET": ("et", tr_noop("Annual evapotranspiration, mm")),
    "FVC": ("fvc", tr_noop("Fractional vegetation cover, 0-1")),
    "R_FACTOR": ("r_factor", tr_noop("Rainfall erosivity R")),
    "K_FACTOR": ("k_factor", tr_noop("Soil erodibility K")),
    "SOIL_TEXTURE": ("soil_texture", tr_noop("Soil texture class, codes 1-12")),
    "KARST": ("karst", tr_noop("Karst (carbonate rock) area, 0/1")),
    "CARBONATE_OUTCROP": ("carbonate_outcrop", tr_noop("Carbonate rock outcrop, %")),
    "SHORE_TYPE": ("shore_type", tr_noop("Shore type in the coastal strip, codes 1-5")),
    "STORM_SURGE": ("storm_surge", tr_noop("Storm surge height, m")),
    "WAVE_HEIGHT": ("wave_height", tr_noop("Significant wave height, m")),
    "EROSION_RATE": ("erosion_rate", tr_noop("Shoreline erosion rate, m/a")),
}
VECTOR_OUTPUTS = {
    "COUNTY": ("county", tr_noop("County boundary")),
    "TOWNSHIPS": ("townships", tr_noop("Townships (乡镇)")),
    "SETTLEMENTS": ("settlements", tr_noop("Settlements with population")),
    "ROADS": ("roads", tr_noop("Roads")),
    "RIVERS": ("rivers", tr_noop("Rivers")),
    "WATERSHEDS": ("watersheds", tr_noop("Watersheds")),
    "RED_LINE": ("red_line", tr_noop("Ecological protection red line (生态保护红线)")),
    "BASIC_FARMLAND": ("basic_farmland", tr_noop("Permanent basic farmland (永久基本农田)")),
    "URBAN_BOUNDARY": ("urban_boundary", tr_noop("Urban development boundary (城镇开发边界)")),
    "NATURE_RESERVES": ("nature_reserves", tr_noop("Nature reserves (自然保护地)")),
    "COASTLINE": ("coastline", tr_noop("Coastline with shore types")),
    "MINES": ("mines", tr_noop("Abandoned mines (历史遗留矿山)")),
}


class CreateSampleRegion(EcoRestoreAlgorithm):
    NAME = "createsampleregion"
    GROUP = "data"
    DISPLAY = "Create Demo County sample region (创建示例县样例数据)"
    TAGS = "sample,demo,test data,示例,样例数据"
    HELP = ("Builds Demo County (示例县), a fictitious but coherent coastal county in CGCS2000 / 3-degree Gauss-"
            "Kruger CM 111E (EPSG:4546), deterministic for a given seed: DEM with ridges and valleys, rivers and "
            "watersheds derived from it, land use 2010 and 2020 in 三调 classes, NPP, precipitation, "
            "evapotranspiration, FVC, rainfall erosivity R, soil erodibility K and texture, a karst belt with "
            "carbonate-rock outcrop, a coastal strip with shore type, storm surge, wave height and shoreline "
            "erosion rate, roads, settlements with population, townships, ecological protection red line, "
            "permanent basic farmland, urban development boundary, nature reserves, coastline with shore types "
            "and abandoned mines. Rasters are GeoTIFFs in the output folder; vectors are layers of "
            "demo_county.gpkg there.")
    PARAM_HELP = {
        "SIZE": ("Number of rows and columns of the square Demo County grid (30 m cells): 1000 (default) gives "
                 "30 km × 30 km. Smaller sizes run faster (tests use 100-200)."),
        "SEED": ("Random seed: the same seed and size always give the same region. Default 2020 (the plugin's "
                 "own choice)."),
        "OUTPUT_FOLDER": ("Folder that receives the GeoTIFF rasters and demo_county.gpkg; created if missing, "
                          "existing files of the same name are overwritten."),
    }
    ADVANCED = ("SEED",)

    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    SIZE = "SIZE"
    SEED = "SEED"
    GPKG = "GPKG"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterNumber(
            self.SIZE, tr("Size in cells (rows = columns, 30 m cells)"),
            QgsProcessingParameterNumber.Integer, 1000, minValue=100, maxValue=5000))
        self.addParameter(QgsProcessingParameterNumber(
            self.SEED, tr("Random seed (same seed, same region)"),
            QgsProcessingParameterNumber.Integer, 2020, minValue=0))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT_FOLDER, tr("Output folder")))
        self.addOutput(QgsProcessingOutputFolder(self.OUTPUT_FOLDER, tr("Output folder")))
        self.addOutput(QgsProcessingOutputFile(self.GPKG, tr("GeoPackage with the vector layers")))
        for key, (_, label) in RASTER_OUTPUTS.items():
            self.addOutput(QgsProcessingOutputRasterLayer(key, tr(label)))
        for key, (_, label) in VECTOR_OUTPUTS.items():
            self.addOutput(QgsProcessingOutputVectorLayer(key, tr(label)))

    def process(self, parameters, context, feedback):
        from ...sampledata.generate import generate_region
        from ...sampledata.write import write_region

        size = self.parameterAsInt(parameters, self.SIZE, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        os.makedirs(folder, exist_ok=True)
        feedback.pushInfo(tr("Generating Demo County: {0} x {0} cells, seed {1}").format(size, seed))
        check_cells(self.NAME, size * size, feedback)     # refused here when the machine cannot hold it
        # (freed whole-grid temporaries are reused while it runs: EcoRestoreAlgorithm.processAlgorithm)
        region = generate_region(seed=seed, size=size, progress=self.progress_callback(feedback, 0, 60),
                                 cancelled=self.cancel_callback(feedback))
        self.check_cancel(feedback)
        feedback.pushInfo(tr("Writing layers to {}").format(folder))
        paths = write_region(region, folder, progress=self.progress_callback(feedback, 60, 100))
        del region
        result = {self.OUTPUT_FOLDER: folder, self.GPKG: paths.get("gpkg")}
        for key, (name, _) in RASTER_OUTPUTS.items():
            result[key] = paths.get(name)
        for key, (name, _) in VECTOR_OUTPUTS.items():
            if paths.get("gpkg") and name in paths.get("vector_layers", ()):
                result[key] = "{}|layername={}".format(paths["gpkg"], name)
        return result
