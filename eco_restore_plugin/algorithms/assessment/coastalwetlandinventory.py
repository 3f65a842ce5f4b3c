"""Coastal wetland and marine habitat inventory (滨海湿地与海洋生境清查): areas, change, losses to aquaculture
and construction (退塘还林还湿 candidates)."""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)

from ...core import marine as H
from ...i18n import tr
from ...processing_helpers.raster_io import read_raster, reference_grid
from ...processing_helpers.vector_io import add_row, polygonize, table_sink
from ..base import EcoRestoreAlgorithm
from . import _marine as M

LOSS_COLOURS = {1: ("#1f78b4", "天然生境转为养殖 Natural habitat to aquaculture (退塘还林还湿 / 退养还滩)"),
                2: ("#e31a1c", "天然生境转为建设用地 Natural habitat to construction (围填海)")}


class CoastalWetlandInventory(EcoRestoreAlgorithm):
    NAME = "coastalwetlandinventory"
    GROUP = "assessment"
    DISPLAY = "Coastal wetland and marine habitat inventory (滨海湿地与海洋生境清查)"
    TAGS = ("coastal wetland,mangrove,seagrass,coral reef,tidal flat,aquaculture,reclamation,滨海湿地,红树林,海草床,"
            "珊瑚礁,滩涂,养殖,围填海,退塘还林,退养还湿,陆海统筹")
    HELP = (
        "Areas of the coastal wetlands and marine habitats in one or two years - 1 红树林 mangrove, 2 盐沼 salt marsh, "
        "3 海草床 seagrass bed, 4 珊瑚礁 coral reef, 5 滩涂 tidal flat, 6 河口水域 estuary water, 7 养殖坑塘 aquaculture "
        "pond, 8 开放式养殖 sea farming, 9 浅海水域 shallow sea, 10 海岛陆域 island land, 11 建设用地 construction "
        "(reclamation) - their change, the transitions between the years, and the losses of natural habitat "
        "(classes 1-6) to aquaculture (7, 8: candidates for 退塘还林还湿 / 退养还滩) and to construction (11) as "
        "polygons with their area. Input coding: the habitat classes above (Demo County's marine_habitat_<year>), or "
        "三调 land-use codes (0303 红树林 -> 1, 1105 沿海滩涂 -> 5, 1104 坑塘 -> 7, 1108 沼泽地 -> 2, built-up codes -> 11; "
        "other codes are left out, so a land-use raster gives no seagrass, reef or sea classes).")
    PARAM_HELP = {
        "HABITAT": "Habitat (or 三调 land-use) raster of the newer year; the reference grid (projected CRS).",
        "HABITAT_OLD": "The same for the older year (optional): change, transitions and losses need it.",
        "CODING": "The codes of the rasters: habitat classes 1-11, or 三调 land-use codes mapped to them.",
        "YEAR": "Year of the newer raster (labels the outputs).",
        "YEAR_OLD": "Year of the older raster.",
        "MIN_AREA": "Loss polygons smaller than this (ha) are left out. Default 0 (keep all).",
        "AREAS": "Area (ha) of each class in both years, change (ha and %).",
        "TRANSITIONS": "Area (ha) of every class change older -> newer.",
        "LOSSES": ("Polygons of natural habitat lost to aquaculture (type 1, 退塘还林还湿 / 退养还滩 candidates) or to "
                   "construction (type 2), with the classes before and after and the area (ha)."),
    }
    ADVANCED = ("MIN_AREA",)

    HAB, OLD, CODING, YEAR, YEAR_OLD, MIN_AREA = "HABITAT", "HABITAT_OLD", "CODING", "YEAR", "YEAR_OLD", "MIN_AREA"
    AREAS, TRANS, LOSSES = "AREAS", "TRANSITIONS", "LOSSES"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(self.HAB, tr("Habitat raster (newer)")))
        self.addParameter(QgsProcessingParameterRasterLayer(self.OLD, tr("Habitat raster (older)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.CODING, tr("Raster codes"), [tr("Habitat classes 1-11"), tr("三调 land-use codes")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(self.YEAR, tr("Year (newer)"),
                                                       QgsProcessingParameterNumber.Integer, 2020))
        self.addParameter(QgsProcessingParameterNumber(self.YEAR_OLD, tr("Year (older)"),
                                                       QgsProcessingParameterNumber.Integer, 2010))
        self.addParameter(QgsProcessingParameterNumber(self.MIN_AREA, tr("Minimum loss polygon area (ha)"),
                                                       QgsProcessingParameterNumber.Double, 0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(self.AREAS, tr("Habitat areas"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(self.TRANS, tr("Habitat transitions"),
                                                            QgsProcessing.TypeVector, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.LOSSES, tr("Habitat losses"),
                                                            QgsProcessing.TypeVectorPolygon, optional=True))

    def _read(self, layer, grid, coding, feedback, what):
        arr, _ = read_raster(layer, grid, categorical=True, feedback=feedback, name=what)
        a = np.where(np.isfinite(arr), arr, 0).astype(np.int64)
        if coding == 1:
            lut = np.zeros(max(int(a.max()) + 1, max(H.LANDUSE_TO_HABITAT) + 1), np.int64)
            for k, v in H.LANDUSE_TO_HABITAT.items():
                lut[k] = v
            a = np.where(a >= 0, lut[np.clip(a, 0, len(lut) - 1)], 0)
        else:
            bad = sorted(set(np.unique(a).tolist()) - set(H.HABITATS) - {0})
            if bad:
                raise ValueError(tr("{}: values {} are not habitat classes 1-11. Choose '三调 land-use codes' if the "
                                    "raster holds land use, or reclassify it.").format(what, bad[:10]))
        return a

    def process(self, parameters, context, feedback):
        coding = self.parameterAsEnum(parameters, self.CODING, context)
        layer = self.parameterAsRasterLayer(parameters, self.HAB, context)
        grid = reference_grid(layer, tr("Habitat raster (newer)"))
        new = self._read(layer, grid, coding, feedback, tr("Habitat raster (newer)"))
        old_layer = self.parameterAsRasterLayer(parameters, self.OLD, context)
        old = self._read(old_layer, grid, coding, feedback, tr("Habitat raster (older)")) if old_layer else None
        year, year_old = (self.parameterAsInt(parameters, k, context) for k in (self.YEAR, self.YEAR_OLD))
        if not (new > 0).any():
            raise ValueError(tr("Habitat raster (newer): no cell holds a habitat class."))
        cell_ha = grid.cell_area() / 1e4
        feedback.setProgress(30)
        asink, adest, afields = table_sink(self, parameters, self.AREAS, context, [
            ("code", "int"), ("name_zh", "string"), ("name_en", "string"), ("year_old", "int"),
            ("area_old_ha", "double"), ("year", "int"), ("area_ha", "double"), ("change_ha", "double"),
            ("change_pct", "double")])
        for code, (a_old, a_new) in H.habitat_areas(new, old, cell_ha).items():
            ch = a_new - a_old
            pct = 100.0 * ch / a_old if a_old > 0 else np.nan
            add_row(asink, afields, [code, H.HABITATS[code][0], H.HABITATS[code][1], year_old if old is not None
                                     else None, round(a_old, 4), year, round(a_new, 4), round(ch, 4),
                                     round(pct, 2)])
            feedback.pushInfo("{} {}: {:.2f} ha{}".format(code, H.HABITATS[code][0], a_new, "" if old is None else
                                                          " ({:+.2f} ha)".format(ch)))
        results = {self.AREAS: adest}
        if old is not None and parameters.get(self.TRANS):
            tsink, tdest, tfields = table_sink(self, parameters, self.TRANS, context, [
                ("from_code", "int"), ("from_zh", "string"), ("to_code", "int"), ("to_zh", "string"),
                ("area_ha", "double")])
            for (a, b), ha in sorted(H.habitat_transitions(old, new, cell_ha).items()):
                if a != b:
                    add_row(tsink, tfields, [a, H.HABITATS.get(a, ("",))[0], b, H.HABITATS.get(b, ("",))[0],
                                             round(ha, 4)])
            results[self.TRANS] = tdest
        feedback.setProgress(60)
        if old is not None and parameters.get(self.LOSSES):
            loss = H.habitat_losses(old, new)
            code = np.where(loss > 0, old * 100 + new, 0)
            min_ha = self.parameterAsDouble(parameters, self.MIN_AREA, context)
            lsink, ldest, lfields = table_sink(self, parameters, self.LOSSES, context, [
                ("loss_id", "int"), ("loss_type", "int"), ("loss_zh", "string"), ("from_code", "int"),
                ("from_zh", "string"), ("to_code", "int"), ("to_zh", "string"), ("area_ha", "double"),
                ("candidate", "string")], QgsWkbTypes.MultiPolygon, grid.crs)
            n = 0
            for g, v in polygonize(code, grid, connectedness=4):
                a, b = int(v) // 100, int(v) % 100
                area = g.area() / 1e4
                if area < min_ha:
                    continue
                t = 1 if b in H.AQUACULTURE else 2
                n += 1
                cand = ("退塘还林还湿" if (b == 7 and a in (1, 2)) else "退塘还湿" if b == 7 else "退养还滩还湿") \
                    if t == 1 else "围填海生态修复"
                g = g if g.isGeosValid() else g.makeValid()
                g.convertToMultiType()
                add_row(lsink, lfields, [n, t, "转为养殖" if t == 1 else "转为建设用地", a, H.HABITATS[a][0], b,
                                         H.HABITATS[b][0], round(area, 4), cand], g)
            feedback.pushInfo(tr("{} loss polygons.").format(n))
            M.style_categories(context, ldest, "loss_type", LOSS_COLOURS, tr("Habitat losses"))
            results[self.LOSSES] = ldest
        feedback.setProgress(100)
        return results
