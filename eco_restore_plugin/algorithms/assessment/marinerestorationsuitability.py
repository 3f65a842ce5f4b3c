"""Mangrove and seagrass restoration suitability (红树林、海草床修复适宜性): rule table, limiting factor,
candidate polygons with area for the project library."""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from scipy import ndimage

from ...core import marine as H
from ...i18n import tr
from ...processing_helpers.raster_io import output_raster, read_raster, reference_grid, write_raster
from ...processing_helpers.value_rules import RULES
from ...processing_helpers.styles import style_raster_classes
from ...processing_helpers.tables import code_list, matrix_rows, to_float
from ...processing_helpers.vector_io import add_row, polygonize, table_sink
from ..base import EcoRestoreAlgorithm
from . import _marine as M

SPECIES = ("mangrove", "seagrass")
SPECIES_ZH = {"mangrove": "红树林", "seagrass": "海草床"}
PROJECT = {"mangrove": "红树林营造与修复", "seagrass": "海草床修复"}
DEFAULT_CANDIDATES = {"mangrove": "5, 7", "seagrass": "5, 9"}
DEFAULT_EXISTING = {"mangrove": "1", "seagrass": "3"}
CLASS_COLOURS = {0: ("#d9d9d9", "不适宜 Unsuitable"), 1: ("#a6d96a", "较适宜 Marginally suitable"),
                 2: ("#1a9641", "适宜 Suitable")}
NODATA = 255


def _b(v):
    return "" if not np.isfinite(v) else "{:g}".format(v)


class MarineRestorationSuitability(EcoRestoreAlgorithm):
    NAME = "marinerestorationsuitability"
    GROUP = "assessment"
    DISPLAY = "Mangrove and seagrass restoration suitability (红树林海草床修复适宜性)"
    TAGS = ("mangrove,seagrass,restoration,suitability,tidal flat,pond,红树林,海草床,修复适宜性,退塘还林,潮滩,陆海统筹")
    HELP = (
        "Scores the candidate cells (default: 滩涂 tidal flats and 养殖坑塘 aquaculture ponds for mangroves, tidal "
        "flats and shallow sea for seagrass, by the codes of a habitat raster) on elevation relative to mean sea "
        "level, wave height, salinity, substrate and distance to the existing stands (cells of the habitat raster "
        "with the existing-stand codes). Each factor is 2 suitable, 1 marginal or 0 unsuitable by the rule table "
        "(closed intervals: suitable from-to, marginal from-to; outside both unsuitable); a factor not given is "
        "left out; the class is the lowest factor (limiting factor) and the limiting factor is recorded. Defaults: "
        "mangrove elevation 0 to 1.5 m above mean sea level (planting between mean sea level and mean high water, "
        "after HY/T 214-2017 红树林植被恢复技术指南 as commonly cited - not verified here; set the upper limit to your "
        "local mean high water); all other values (mangrove wave ≤ 0.5 m, salinity 5-25 ‰, within 1 km of a stand, "
        "mud or sandy mud; seagrass 0.5-4 m below mean sea level, wave ≤ 0.6 m, salinity 25-35 ‰, within 2 km, "
        "sandy mud or sand) are the plugin's defaults from general restoration practice, NOT verified against a "
        "standard: review them with the local survey. Suitable and marginal patches become candidate polygons "
        "(area, main habitat beneath, project type 红树林营造与修复 / 海草床修复) for the project library.")
    PARAM_HELP = {
        "SPECIES": "Mangrove (红树林) or seagrass (海草床): selects the rows of the rule tables.",
        "HABITAT": ("Habitat raster (classes 1 红树林 … 11 建设用地, as 'Coastal wetland and marine habitat inventory'); "
                    "the reference grid. Gives the candidates and the existing stands."),
        "CANDIDATE_CODES": ("Habitat codes of the candidate cells. Empty: 5, 7 (tidal flat, pond) for mangroves, "
                            "5, 9 (tidal flat, shallow sea) for seagrass."),
        "EXISTING_CODES": "Habitat codes of the existing stands. Empty: 1 for mangroves, 3 for seagrass.",
        "ELEVATION": "Elevation relative to mean sea level (m; below sea level negative).",
        "WAVE": "Significant wave height (m), optional.",
        "SALINITY": "Salinity (‰), optional.",
        "SUBSTRATE": "Substrate codes 1 mud 淤泥, 2 sandy mud 泥沙, 3 sand 砂, 4 gravel / rock 砾石岩礁, optional.",
        "RULES": ("Rule table: species (1 mangrove, 2 seagrass), factor (ELEVATION, WAVE, SALINITY, DISTANCE), "
                  "suitable from / to, marginal from / to (empty = no limit). Defaults as in the help."),
        "SUBSTRATE_SCORES": ("Substrate score table: species (1, 2), substrate code, score (2 suitable, 1 marginal, "
                             "0 no)."),
        "MIN_AREA": "Candidate polygons smaller than this (ha) are left out. Default 0.1 ha.",
        "SUITABILITY": "Suitability class of the candidate cells: 0 不适宜, 1 较适宜, 2 适宜; 255 = not a candidate.",
        "CANDIDATES": "Suitable and marginal patches with area, class, limiting factor and project type.",
    }
    ADVANCED = ("RULES", "SUBSTRATE_SCORES", "MIN_AREA", "EXISTING_CODES")

    SPEC, HAB, CAND, EXIST, ELEV, WAVE, SAL, SUB = ("SPECIES", "HABITAT", "CANDIDATE_CODES", "EXISTING_CODES",
                                                    "ELEVATION", "WAVE", "SALINITY", "SUBSTRATE")
    RULES, SUBS, MIN_AREA, OUT, POLYS = "RULES", "SUBSTRATE_SCORES", "MIN_AREA", "SUITABILITY", "CANDIDATES"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterEnum(self.SPEC, tr("Species"), [tr("Mangrove (红树林)"),
                                                                                tr("Seagrass (海草床)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterRasterLayer(self.HAB, tr("Habitat raster")))
        self.addParameter(QgsProcessingParameterString(self.CAND, tr("Candidate habitat codes"), "", optional=True))
        self.addParameter(QgsProcessingParameterString(self.EXIST, tr("Existing stand habitat codes"), "",
                                                       optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(self.ELEV, tr("Elevation above mean sea level (m)")))
        self.addParameter(QgsProcessingParameterRasterLayer(self.WAVE, tr("Wave height (m)"), optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(self.SAL, tr("Salinity (‰)"), optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(self.SUB, tr("Substrate (codes 1-4)"), optional=True))
        flat = []
        for i, sp in enumerate(SPECIES):
            for f, (s, m) in H.SUITABILITY_RULES[sp].items():
                flat += [str(i + 1), f, _b(s[0]), _b(s[1]), _b(m[0]), _b(m[1])]
        self.addParameter(QgsProcessingParameterMatrix(
            self.RULES, tr("Suitability rules"), numberRows=0, hasFixedNumberRows=False,
            headers=[tr("Species (1-2)"), tr("Factor"), tr("Suitable from"), tr("Suitable to"), tr("Marginal from"),
                     tr("Marginal to")], defaultValue=flat, optional=True))
        flat = []
        for i, sp in enumerate(SPECIES):
            for code, sc in H.SUBSTRATE_SCORES[sp].items():
                flat += [str(i + 1), str(code), str(sc)]
        self.addParameter(QgsProcessingParameterMatrix(
            self.SUBS, tr("Substrate scores"), numberRows=0, hasFixedNumberRows=False,
            headers=[tr("Species (1-2)"), tr("Substrate code"), tr("Score (0-2)")], defaultValue=flat, optional=True))
        self.addParameter(QgsProcessingParameterNumber(self.MIN_AREA, tr("Minimum candidate area (ha)"),
                                                       QgsProcessingParameterNumber.Double, 0.1, minValue=0.0))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUT, tr("Restoration suitability")))
        self.addParameter(QgsProcessingParameterFeatureSink(self.POLYS, tr("Restoration candidates"),
                                                            QgsProcessing.TypeVectorPolygon))

    def _rules(self, parameters, sp_no):
        what = tr("Suitability rules")
        rules = {}
        for row in matrix_rows(self.table_value(parameters, self.RULES), 6):
            if not row[0] or int(to_float(row[0], what)) != sp_no:
                continue
            f = row[1].upper()
            if f not in ("ELEVATION", "WAVE", "SALINITY", "DISTANCE"):
                raise QgsProcessingException(tr("{}: unknown factor '{}' (ELEVATION, WAVE, SALINITY or DISTANCE).")
                                             .format(what, row[1]))
            v = [(-np.inf if i % 2 == 0 else np.inf) if x == "" else to_float(x, "{} ({})".format(what, f))
                 for i, x in enumerate(row[2:])]
            if v[0] > v[1] or v[2] > v[3]:
                raise QgsProcessingException(tr("{}: for {} a 'from' exceeds its 'to'.").format(what, f))
            rules[f] = ((v[0], v[1]), (v[2], v[3]))
        subs = {}
        for row in matrix_rows(self.table_value(parameters, self.SUBS), 3):
            if row[0] and int(to_float(row[0], tr("Substrate scores"))) == sp_no:
                sc = to_float(row[2], tr("Substrate scores"))
                if sc not in (0.0, 1.0, 2.0):
                    raise QgsProcessingException(tr("Substrate scores: a score must be 0, 1 or 2, got '{}'.").format(
                        row[2]))
                subs[int(to_float(row[1], tr("Substrate scores")))] = sc
        return rules, subs

    def process(self, parameters, context, feedback):
        sp_no = self.parameterAsEnum(parameters, self.SPEC, context) + 1
        sp = SPECIES[sp_no - 1]
        rules, subs = self._rules(parameters, sp_no)
        layer = self.parameterAsRasterLayer(parameters, self.HAB, context)
        grid = reference_grid(layer, tr("Habitat raster"))
        hab, _ = read_raster(layer, grid, categorical=True, feedback=feedback, name=tr("Habitat raster"))
        cand_codes = code_list(self.parameterAsString(parameters, self.CAND, context) or DEFAULT_CANDIDATES[sp],
                               tr("Candidate habitat codes"))
        ex_codes = code_list(self.parameterAsString(parameters, self.EXIST, context) or DEFAULT_EXISTING[sp],
                             tr("Existing stand habitat codes"))
        candidate = np.isin(hab, cand_codes)
        if not candidate.any():
            raise QgsProcessingException(tr("Habitat raster: no cell has a candidate code ({}). Check the codes.")
                                         .format(", ".join("{:g}".format(c) for c in cand_codes)))
        # the factors folded into the class one at a time (lowest score, the first factor attaining it): one
        # factor's scores are held at a time, not all of them (issue 20)
        cls, lim = H.suitability_start(hab.shape)
        names = []

        def fold(name, scores):
            H.fold_factor(cls, lim, len(names), scores)
            names.append(name)

        for key, name in ((self.ELEV, "ELEVATION"), (self.WAVE, "WAVE"), (self.SAL, "SALINITY")):
            lyr = self.parameterAsRasterLayer(parameters, key, context)
            if lyr is None:
                continue
            if name not in rules:
                raise QgsProcessingException(tr("Suitability rules: no {} rule for this species.").format(name))
            arr, _ = read_raster(lyr, grid, feedback=feedback, name=name,   # a height, a salinity: ≥ 0
                                 rule=RULES["non_negative"] if name in ("WAVE", "SALINITY") else None)
            fold(name, H.factor_score(arr, rules[name]))
            arr = None
        sub_layer = self.parameterAsRasterLayer(parameters, self.SUB, context)
        if sub_layer is not None:
            arr, _ = read_raster(sub_layer, grid, categorical=True, feedback=feedback, name=tr("Substrate"))
            fold("SUBSTRATE", H.substrate_score(arr, subs))
            arr = None
        existing = np.isin(hab, ex_codes)
        if "DISTANCE" in rules:
            if existing.any():
                cs = grid.cellsize
                fold("DISTANCE", H.distance_score(existing, rules["DISTANCE"], sampling=(cs[1], cs[0])))
            else:
                feedback.pushWarning(tr("No existing stand in the habitat raster: distance is not scored."))
        feedback.setProgress(50)
        existing = None
        cls, lim = H.suitability_end(cls, lim, candidate)
        out = output_raster(self, parameters, self.OUT, context)
        write_raster(out, np.where(cls < 0, NODATA, cls), grid, dtype="uint8", nodata=NODATA,
                     description=tr("Restoration suitability"),
                     category_names={k: v[1] for k, v in CLASS_COLOURS.items()})
        style_raster_classes(out, CLASS_COLOURS)
        cell_ha = grid.cell_area() / 1e4
        for k in (2, 1, 0):
            feedback.pushInfo("{}: {:.2f} ha".format(H.SUITABILITY_ZH[k], float((cls == k).sum()) * cell_ha))
        # candidate polygons
        psink, pdest, pfields = table_sink(self, parameters, self.POLYS, context, [
            ("cand_id", "int"), ("species", "string"), ("suit_class", "int"), ("suit_zh", "string"),
            ("area_ha", "double"), ("habitat", "string"), ("limiting", "string"), ("project_type", "string")],
            QgsWkbTypes.MultiPolygon, grid.crs)
        min_ha = self.parameterAsDouble(parameters, self.MIN_AREA, context)
        lab, nlab = ndimage.label(cls >= 1, np.ones((3, 3)))
        n = 0
        if nlab:
            boxes = ndimage.find_objects(lab)   # each patch's bounding box: no whole-raster pass per polygon
            key = lab * np.int32(10)            # patch label and class in one int32 code
            key += np.maximum(cls, 0)
            for g, v in polygonize(key, grid, mask=cls >= 1, connectedness=4):
                area = g.area() / 1e4
                if area < min_ha:
                    continue
                k, lb = int(v) % 10, int(v) // 10
                box = boxes[lb - 1]
                cells = (lab[box] == lb) & (cls[box] == k)
                hb = hab[box][cells]
                main = int(np.bincount(np.where(np.isfinite(hb), hb, 0).astype(np.int64)).argmax()) if cells.any() \
                    else 0
                lims = lim[box][cells]
                lims = lims[lims >= 0]
                limiting = names[int(np.bincount(lims).argmax())] if len(lims) else ""
                n += 1
                g = g if g.isGeosValid() else g.makeValid()
                g.convertToMultiType()
                add_row(psink, pfields, [n, SPECIES_ZH[sp], k, H.SUITABILITY_ZH[k], round(area, 4),
                                         H.HABITATS.get(main, ("",))[0], limiting,
                                         ("退塘还林（" + PROJECT[sp] + "）") if main == 7 else PROJECT[sp]], g)
        feedback.pushInfo(tr("{} candidate polygons.").format(n))
        M.style_categories(context, pdest, "suit_class", {k: CLASS_COLOURS[k] for k in (1, 2)},
                           tr("Restoration candidates"))
        return {self.OUT: out, self.POLYS: pdest}
