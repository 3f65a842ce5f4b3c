"""Remote Sensing based Ecological Index (遥感生态指数 RSEI), Xu Hanqiu (2013)."""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ...core import rsei as core_rsei
from ...i18n import tr
from ...processing_helpers.raster_io import RasterWriter, output_raster, reference_grid
from ...processing_helpers.styles import apply_qml_on_load, style_raster_classes, style_raster_ramp
from ...processing_helpers.tables import number_list
from ...processing_helpers.value_rules import RULES
from ...processing_helpers.vector_io import add_row, table_sink
from ..base import EcoRestoreAlgorithm
from ._valuation import NullWriter, blocks

GRADE_CLASSES = {
    1: ("#d7191c", "差 Poor"),
    2: ("#fdae61", "较差 Fair"),
    3: ("#ffffbf", "中等 Moderate"),
    4: ("#a6d96a", "良 Good"),
    5: ("#1a9641", "优 Excellent"),
}
#: largest raster (cells) whose indicators are kept in memory between the passes (17 bytes a cell)
CACHE_CELLS = 50_000_000
SENSORS = (("oli", core_rsei.WETNESS_OLI, core_rsei.WAVELENGTH_OLI, "2,3,4,5,6,7"),
           ("tm", core_rsei.WETNESS_TM, core_rsei.WAVELENGTH_TM, "1,2,3,4,5,7"))


class Rsei(EcoRestoreAlgorithm):
    NAME = "rsei"
    GROUP = "assessment"
    DISPLAY = "Remote sensing ecological index RSEI (遥感生态指数)"
    TAGS = "RSEI,remote sensing ecological index,NDVI,wetness,LST,NDBSI,PCA,遥感生态指数,徐涵秋,主成分"
    HELP = ("Remote Sensing based Ecological Index after Xu Hanqiu (2013, 中国环境科学 33(5): 889-897). From "
            "surface reflectance (a multi-band raster; band numbers of blue, green, red, NIR, SWIR1, SWIR2; scale "
            "and offset turn stored values into reflectance 0-1, e.g. 0.0000275 and −0.2 for Landsat Collection 2 "
            "Level-2): greenness NDVI; wetness, the tasseled-cap wetness with the Landsat 8 OLI coefficients of Baig "
            "et al. (2014) or the Landsat 5 TM coefficients of Crist (1985) (editable); heat, a given land surface "
            "temperature raster (°C) or one derived from the brightness temperature (K) of the thermal band with "
            "an NDVI-threshold emissivity (Sobrino et al. 2004); dryness NDBSI = (SI + IBI)/2. Water (MNDWI above "
            "the threshold, Xu 2006) is masked. Each indicator is normalised to 0-1 over the study area, a PCA on "
            "the covariance of the four gives PC1, oriented so that greenness loads positively (greener is "
            "better); RSEI = PC1 score normalised to 0-1, in five grades of 0.2 (差, 较差, 中等, 良, 优). The log "
            "and the table give the loadings (signs: greenness and wetness should be positive, heat and "
            "dryness negative) and the share of PC1; a PC1 share well below 60 % means the index summarises "
            "the four indicators poorly. Processed by row blocks (four passes; the indicators of the first are kept in memory up to 5 × 10⁷ cells).")

    PARAM_HELP = {
        "REFLECTANCE": "Multi-band surface-reflectance raster (e.g. Landsat Level-2); the reference grid.",
        "BANDS": ("Six band numbers: blue, green, red, NIR, SWIR1, SWIR2. Empty: 2,3,4,5,6,7 for OLI, 1,2,3,4,5,7 for "
                  "TM."),
        "SCALE": "Multiplier turning stored values into reflectance (1 for reflectance; 0.0001 for values × 10000).",
        "OFFSET": "Added after the scale (e.g. −0.2 for Landsat Collection 2 Level-2).",
        "SENSOR": "Sets the default band numbers, wetness coefficients and thermal wavelength.",
        "WETNESS_COEFFICIENTS": ("Six tasseled-cap wetness coefficients (blue … SWIR2). Empty: Baig et al. (2014) for "
                                 "OLI, Crist (1985) for TM."),
        "LST": "Land surface temperature raster in °C. Give this or the brightness temperature.",
        "BRIGHTNESS": ("Brightness temperature of the thermal band in K; the LST is derived with an NDVI-based "
                       "emissivity."),
        "WATER_THRESHOLD": "Cells with MNDWI above this value are water and left out (default 0).",
        "OUTPUT": "RSEI, 0-1 (higher = better ecological quality); water and nodata empty; styled.",
        "GRADE": "Five grades of 0.2: 1 差, 2 较差, 3 中等, 4 良, 5 优.",
        "TABLE": "Table: loadings of the four indicators on the four components, eigenvalues, shares and grade areas.",
    }
    ADVANCED = ("WETNESS_COEFFICIENTS", "WATER_THRESHOLD")

    (REFLECTANCE, BANDS, SCALE, OFFSET, SENSOR, WETNESS, LST, BRIGHTNESS, WATER) = (
        "REFLECTANCE", "BANDS", "SCALE", "OFFSET", "SENSOR", "WETNESS_COEFFICIENTS", "LST", "BRIGHTNESS",
        "WATER_THRESHOLD")
    OUTPUT, GRADE, TABLE = "OUTPUT", "GRADE", "TABLE"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.REFLECTANCE, tr("Surface reflectance (multi-band raster)")))
        self.addParameter(QgsProcessingParameterString(
            self.BANDS, tr("Band numbers of blue, green, red, NIR, SWIR1, SWIR2 (empty = the sensor's)"),
            defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.SCALE, tr("Reflectance scale factor"), QgsProcessingParameterNumber.Double, 1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.OFFSET, tr("Reflectance offset"), QgsProcessingParameterNumber.Double, 0.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.SENSOR, tr("Sensor"), [tr("Landsat 8/9 OLI"), tr("Landsat 5 TM")], defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.WETNESS, tr("Wetness coefficients blue … SWIR2 (empty = the sensor's)"), defaultValue="",
            optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.LST, tr("Land surface temperature, °C"), optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.BRIGHTNESS, tr("Brightness temperature of the thermal band, K"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.WATER, tr("MNDWI threshold of water"), QgsProcessingParameterNumber.Double, 0.0))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("RSEI (0-1)")))
        self.addParameter(QgsProcessingParameterRasterDestination(self.GRADE, tr("RSEI grade"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.TABLE, tr("RSEI principal components and grade areas"), QgsProcessing.TypeVector, optional=True))

    def process(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.REFLECTANCE, context)
        grid = reference_grid(layer, tr("Surface reflectance"))
        key, wet_default, wavelength, bands_default = SENSORS[self.parameterAsEnum(parameters, self.SENSOR, context)]
        text = self.parameterAsString(parameters, self.BANDS, context).strip() or bands_default
        band_numbers = [int(b) for b in number_list(text, tr("Band numbers"), 6)]
        nbands = layer.bandCount()
        bad = [b for b in band_numbers if b < 1 or b > nbands]
        if bad:
            raise QgsProcessingException(tr("The reflectance raster has {} bands; band numbers {} do not exist. Give "
                                            "the band numbers of blue, green, red, NIR, SWIR1 and SWIR2.").format(
                                                nbands, ", ".join(str(b) for b in bad)))
        wtext = self.parameterAsString(parameters, self.WETNESS, context).strip()
        coeffs = number_list(wtext, tr("Wetness coefficients"), 6) if wtext else wet_default
        lst_layer = self.parameterAsRasterLayer(parameters, self.LST, context)
        bt_layer = self.parameterAsRasterLayer(parameters, self.BRIGHTNESS, context)
        if lst_layer is None and bt_layer is None:
            raise QgsProcessingException(tr("Give a land surface temperature raster or the brightness temperature "
                                             "of the thermal band."))
        scale = self.parameterAsDouble(parameters, self.SCALE, context)
        offset = self.parameterAsDouble(parameters, self.OFFSET, context)
        thr = self.parameterAsDouble(parameters, self.WATER, context)
        layers = [(layer, False, b) for b in band_numbers] + [(lst_layer, False),
                                                              (bt_layer, False, 1, RULES["kelvin"])]
        negative = [0, True]      # negative reflectances; the first pass (checked once)

        def block_indicators(data):
            bands = {name: d * scale + offset for name, d in zip(core_rsei.BANDS, data[:6])}
            if negative[1]:
                for b, d in zip(band_numbers, bands.values()):
                    RULES["reflectance"].check(d, "{} (band {})".format(layer.name(), b))
                    negative[0] += int((d < 0).sum())
            return core_rsei.indicators(bands, wetness_coefficients=coeffs, lst=data[6], brightness=data[7],
                                        wavelength_um=wavelength, water_threshold=thr)

        # the raw indicators of the first pass are kept (float32, 17 bytes per cell with the mask) when
        # they fit in CACHE_CELLS; the three later passes then read no raster
        cache = [] if grid.width * grid.height <= CACHE_CELLS else None

        def indicator_blocks(start, end):
            if cache and len(cache) == -(-grid.height // 256):
                n = len(cache)
                for i, (row0, stack, valid) in enumerate(cache):
                    self.check_cancel(feedback)
                    yield row0, stack.astype(np.float64), valid
                    feedback.setProgress(start + (end - start) * (i + 1) / n)
                return
            for row0, _, data in blocks(grid, layers, feedback, rows=256, start=start, end=end):
                stack, valid = block_indicators(data)
                stack = stack.astype(np.float32)       # the same values in every pass, cached or not
                if cache is not None:
                    cache.append((row0, stack, valid))
                yield row0, stack.astype(np.float64), valid

        m = core_rsei.Moments()
        feedback.setProgressText(tr("RSEI: indicator ranges…"))
        for _, stack, valid in indicator_blocks(0.0, 40.0):
            m.add_range(stack, valid)
        negative[1] = False
        if negative[0]:
            feedback.pushWarning(tr(
                "Raster '{}': {} band values are negative reflectance after the scale factor and offset (small "
                "negatives are left by atmospheric correction); they are used as they are.").format(
                    layer.name(), negative[0]))
        if not np.isfinite(m.lo).all():
            raise QgsProcessingException(tr("RSEI: no cell outside water has all four indicators; check the bands, "
                                            "the scale and offset and the temperature raster."))
        feedback.setProgressText(tr("RSEI: principal components…"))
        for _, stack, valid in indicator_blocks(40.0, 60.0):
            m.add_normalised(core_rsei.normalise(stack, m.lo, m.hi), valid)
        loadings, eig, shares = core_rsei.pca_from_moments(m.covariance())
        lo0, hi0 = np.inf, -np.inf
        for _, stack, valid in indicator_blocks(60.0, 75.0):
            r0 = core_rsei.rsei0(core_rsei.normalise(stack, m.lo, m.hi), loadings, valid)
            if np.isfinite(r0).any():
                lo0, hi0 = min(lo0, float(np.nanmin(r0))), max(hi0, float(np.nanmax(r0)))
        span = hi0 - lo0 if hi0 > lo0 else 1.0
        path = output_raster(self, parameters, self.OUTPUT, context)
        gpath = output_raster(self, parameters, self.GRADE, context) if parameters.get(self.GRADE) is not None else None
        counts = np.zeros(6, np.int64)
        acc = [0.0, 0]
        names = {c: v[1] for c, v in GRADE_CLASSES.items()}
        with RasterWriter(path, grid, "float32", -9999.0, tr("RSEI (0-1)")) as w:
            gw = RasterWriter(gpath, grid, "uint8", 0, tr("RSEI grade"), category_names=names) if gpath else None
            with (gw if gw is not None else NullWriter()) as gw:
                for row0, stack, valid in indicator_blocks(75.0, 98.0):
                    r = (core_rsei.rsei0(core_rsei.normalise(stack, m.lo, m.hi), loadings, valid) - lo0) / span
                    g = core_rsei.grade(r)
                    counts += np.bincount(g.ravel(), minlength=6)[:6]
                    acc[0] += float(np.nansum(r))
                    acc[1] += int(np.isfinite(r).sum())
                    w.write(r, row0)
                    gw.write(g, row0)
                self.check_cancel(feedback)
        apply_qml_on_load(context, path, style_raster_ramp(path, "service", vmin=0.0, vmax=1.0), tr("RSEI"))
        results = {self.OUTPUT: path}
        if gpath:
            apply_qml_on_load(context, gpath, style_raster_classes(gpath, GRADE_CLASSES), tr("RSEI grade"))
            results[self.GRADE] = gpath
        labels = [core_rsei.INDICATOR_NAMES[k][1] for k in core_rsei.INDICATORS]
        feedback.pushInfo(tr("PC1 loadings: {}").format(", ".join(
            "{} {:+.3f}".format(lab, v) for lab, v in zip(labels, loadings[:, 0]))))
        feedback.pushInfo(tr("Share of PC1: {:.1f} %").format(100 * shares[0]))
        feedback.pushInfo(tr("Mean RSEI: {:.4f}").format(acc[0] / acc[1] if acc[1] else float("nan")))
        signs_ok = loadings[0, 0] > 0 and loadings[1, 0] > 0 and loadings[2, 0] < 0 and loadings[3, 0] < 0
        if not signs_ok:
            feedback.pushWarning(tr("The PC1 loadings do not have the expected signs (greenness and wetness "
                                    "positive, heat and dryness negative): check the inputs."))
        cell_ha = grid.cell_area() / 1e4
        if parameters.get(self.TABLE) is not None:
            sink, dest, fields = table_sink(self, parameters, self.TABLE, context, [
                ("item", "string"), ("name_zh", "string"), ("pc1", "double"), ("pc2", "double"), ("pc3", "double"),
                ("pc4", "double"), ("min_raw", "double"), ("max_raw", "double"), ("area_hm2", "double"),
                ("share", "double")])
            for i, k in enumerate(core_rsei.INDICATORS):
                add_row(sink, fields, [k, core_rsei.INDICATOR_NAMES[k][0]] + list(loadings[i]) +
                        [m.lo[i], m.hi[i], np.nan, np.nan])
            add_row(sink, fields, ["eigenvalue", "特征值"] + list(eig) + [np.nan] * 4)
            add_row(sink, fields, ["share", "贡献率"] + list(shares) + [np.nan] * 4)
            total = counts[1:].sum()
            for code, (_, label) in GRADE_CLASSES.items():
                add_row(sink, fields, ["grade_{}".format(code), label.split()[0]] + [np.nan] * 6 +
                        [counts[code] * cell_ha, counts[code] / total if total else np.nan])
            results[self.TABLE] = dest
        return results

