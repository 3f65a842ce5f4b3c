"""Soil conservation (水土保持) by RUSLE."""
from contextlib import ExitStack

import numpy as np
from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ...core import hydrology, services, tables
from ...i18n import tr
from ...processing_helpers.block_passes import HaloReader
from ...processing_helpers.value_rules import RULES, check_codes
from ...processing_helpers.raster_io import (
    BlockReader, RasterWriter, check_alignment, iter_row_blocks, output_raster, read_raster, reference_grid)
from ...processing_helpers.styles import apply_qml_on_load, style_raster_ramp
from ...processing_helpers.params import ClassTableParams
from ..base import EcoRestoreAlgorithm


class SoilConservation(ClassTableParams, EcoRestoreAlgorithm):
    NAME = "soilconservation"
    GROUP = "assessment"
    DISPLAY = "Soil conservation, RUSLE (水土保持 RUSLE)"
    TAGS = "soil conservation,soil erosion,RUSLE,LS,水土保持,土壤保持,土壤侵蚀"
    HELP = ("Soil conservation by the revised universal soil loss equation (RUSLE): potential soil "
            "loss A_p = R·K·LS, actual A_r = R·K·LS·C·P and conserved soil A_c = R·K·LS·(1 − C·P), "
            "in t/(hm²·a) when R is in MJ·mm/(hm²·h·a) and K in t·hm²·h/(hm²·MJ·mm). LS comes from "
            "the DEM: slope by Horn (1981), S by McCool (1987) / Liu (1994), L = (λ/22.13)^m with the "
            "slope length λ from D8 flow accumulation on the depression-filled DEM. C from the land-use "
            "table or from FVC (蔡崇法 2000); P from the land-use table. All tables are editable. Only the "
            "flow routing holds the whole DEM; the inputs are checked and the factors computed by row blocks.")
    PARAM_HELP = {
        "DEM": ("DEM in metres (projected CRS); the reference grid. LS comes from it (slope by Horn 1981, slope "
                "length from D8 flow accumulation on the filled DEM)."),
        "R_FACTOR": "Rainfall erosivity R in MJ·mm/(hm²·h·a), e.g. from 'Rainfall erosivity R'.",
        "K_FACTOR": "Soil erodibility K in t·hm²·h/(hm²·MJ·mm).",
        "LANDUSE": "Land-use raster with class codes (三调 for the default tables), for the C and P factors.",
        "FVC": "Fractional vegetation cover 0-1; needed only when C comes from FVC.",
        "C_SOURCE": "C from the land-use table (default) or from FVC by 蔡崇法 et al. (2000).",
        "C_TABLE": ("Cover-management factor C (0-1) by land-use class. Defaults: common values of Chinese RUSLE "
                    "studies for 三调 classes, the plugin's own table, not from a standard."),
        "P_TABLE": ("Support-practice factor P (0-1) by land-use class. Defaults: common values of Chinese RUSLE "
                    "studies, the plugin's own table, not from a standard."),
        "CONSERVED": "Conserved soil A_c = R·K·LS·(1 − C·P), t/(hm²·a).",
        "POTENTIAL": ("Potential soil loss A_p = R·K·LS, t/(hm²·a). Optional output: not written unless a file "
                      "is chosen."),
        "ACTUAL": ("Actual soil loss A_r = R·K·LS·C·P, t/(hm²·a). Optional output: not written unless a file is "
                   "chosen."),
        "LS": ("Slope length and steepness factor LS (dimensionless). Optional output: not written unless a file "
               "is chosen."),
    }
    ADVANCED = ("C_TABLE", "P_TABLE")

    DEM, R, K, LANDUSE, FVC, C_SOURCE, C_TABLE, P_TABLE = (
        "DEM", "R_FACTOR", "K_FACTOR", "LANDUSE", "FVC", "C_SOURCE", "C_TABLE", "P_TABLE")
    POTENTIAL, ACTUAL, CONSERVED, LS = "POTENTIAL", "ACTUAL", "CONSERVED", "LS"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(self.DEM, tr("DEM (m, reference grid)")))
        self.addParameter(QgsProcessingParameterRasterLayer(self.R, tr("Rainfall erosivity R")))
        self.addParameter(QgsProcessingParameterRasterLayer(self.K, tr("Soil erodibility K")))
        self.addParameter(QgsProcessingParameterRasterLayer(self.LANDUSE, tr("Land use (class codes)")))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.FVC, tr("Fractional vegetation cover FVC (0-1), for C from FVC"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.C_SOURCE, tr("Cover-management factor C from"),
            [tr("Land-use table"), tr("FVC (蔡崇法 2000)")], defaultValue=0))
        self.add_class_table(
            self.C_TABLE, tr("C factor by land-use class"), [tr("Land-use code"), tr("C factor")],
            tables.C_FACTOR_3DIAO)
        self.add_class_table(
            self.P_TABLE, tr("P factor by land-use class"), [tr("Land-use code"), tr("P factor")],
            tables.P_FACTOR_3DIAO)
        self.addParameter(QgsProcessingParameterRasterDestination(self.CONSERVED, tr("Conserved soil A_c")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.POTENTIAL, tr("Potential soil loss A_p"), optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.ACTUAL, tr("Actual soil loss A_r"), optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.LS, tr("LS factor"), optional=True, createByDefault=False))

    #: rows of a block of the RUSLE pass (the flow routing holds the whole DEM, the rest goes by blocks)
    BLOCK_ROWS = 512

    def process(self, parameters, context, feedback):
        dem_layer = self.parameterAsRasterLayer(parameters, self.DEM, context)
        grid = reference_grid(dem_layer, tr("DEM"))
        layer = lambda key: self.parameterAsRasterLayer(parameters, key, context)
        from_fvc = self.parameterAsEnum(parameters, self.C_SOURCE, context) == 1
        if from_fvc and layer(self.FVC) is None:
            raise ValueError(tr("C from FVC needs the FVC raster."))
        c_table = None if from_fvc else self.class_table(parameters, self.C_TABLE, ["code", "C"],
                                                         tr("C factor table"))
        p_table = self.class_table(parameters, self.P_TABLE, ["code", "P"], tr("P factor table"))
        # R, K, land use (and FVC): (layer, categorical, rule), read by row blocks
        specs = {self.R: (layer(self.R), False, RULES["non_negative"]),
                 self.K: (layer(self.K), False, RULES["non_negative"]),
                 self.LANDUSE: (layer(self.LANDUSE), True, None)}
        if from_fvc:
            specs[self.FVC] = (layer(self.FVC), False, RULES["fraction"])
        # 1. every input checked by blocks before the long flow routing (values, the tables' codes)
        self._check_inputs(specs, grid, c_table, p_table, feedback)
        # 2. the flow routing needs the whole DEM: D8 accumulation on the filled DEM (the only whole-grid part)
        acc = self._accumulation(dem_layer, feedback)
        # 3. LS (slope from DEM rows read again with a one-row halo), C, P and RUSLE by row blocks
        specs[self.DEM] = (dem_layer, False, None)
        return self._rusle_by_blocks(parameters, context, feedback, grid, acc, specs, c_table, p_table)

    def _check_inputs(self, specs, grid, c_table, p_table, feedback):
        """Read R, K, land use (FVC) once by blocks: value rules, nodata warnings, every land-use code and its
        count checked against the C (unless C comes from FVC) and P tables, before anything is computed."""
        feedback.setProgressText(tr("Checking the inputs…"))
        readers = {}
        for key, (lyr, cat, rule) in specs.items():
            check_alignment(lyr, grid, cat, feedback)
            readers[key] = BlockReader(lyr, grid, categorical=cat, rule=rule)
        counts = {}
        for row0, nrows in iter_row_blocks(grid, self.BLOCK_ROWS):
            self.check_cancel(feedback)
            for key, reader in readers.items():
                block = reader.read(row0, nrows)
                if key == self.LANDUSE:
                    codes, n = np.unique(block[np.isfinite(block)], return_counts=True)
                    for code, count in zip(codes.tolist(), n.tolist()):
                        counts[code] = counts.get(code, 0) + count
        for reader in readers.values():
            reader.finish(feedback)
        codes = np.array(sorted(counts), dtype=float)
        n = np.array([counts[c] for c in sorted(counts)], dtype=np.int64)
        label = specs[self.LANDUSE][0].name()
        if c_table is not None:
            check_codes(codes, c_table.keys(), label, tr("the C factor table"), counts=n)
        check_codes(codes, p_table.keys(), label, tr("the P factor table"), counts=n)
        feedback.setProgress(10)

    def _accumulation(self, dem_layer, feedback):
        """D8 flow accumulation (cells, the cell itself included) on the depression-filled DEM, 2-D. The DEM
        is freed once filled (the routing's peak is then the filled DEM and the routing's own arrays)."""
        feedback.setProgressText(tr("Filling depressions and routing flow (D8)…"))
        dem = read_raster(dem_layer)[0]
        shape = dem.shape
        mask = ~np.isfinite(dem)
        filled = hydrology.fill_depressions(dem, mask=mask, cancelled=self.cancel_callback(feedback))
        del dem
        self.check_cancel(feedback)
        feedback.setProgress(35)
        _, receiver = hydrology.flow_direction(filled, mask=mask)
        del filled, mask
        self.check_cancel(feedback)
        acc = hydrology.flow_accumulation(receiver).reshape(shape)
        del receiver
        self.check_cancel(feedback)
        feedback.setProgress(55)
        return acc

    def _rusle_by_blocks(self, parameters, context, feedback, grid, acc, specs, c_table, p_table):
        """A_p = R·K·LS, A_r = A_p·C·P, A_c = A_p − A_r by row blocks; LS from the DEM rows with a one-row
        halo (the 3 × 3 slope), so every cell gets the value of the whole-raster computation."""
        feedback.setProgressText(tr("Computing LS, C, P and RUSLE by blocks…"))
        readers = {key: BlockReader(lyr, grid, categorical=cat) for key, (lyr, cat, _rule) in specs.items()}
        dem_rows = HaloReader(readers.pop(self.DEM), grid.height, 1)
        outputs = [(self.CONSERVED, tr("Conserved soil A_c"), "service"),
                   (self.POTENTIAL, tr("Potential soil loss A_p"), "degradation"),
                   (self.ACTUAL, tr("Actual soil loss A_r"), "degradation"),
                   (self.LS, tr("LS factor"), "degradation")]
        outputs = [(key, output_raster(self, parameters, key, context), label, ramp)
                   for key, label, ramp in outputs if key == self.CONSERVED or parameters.get(key) is not None]
        sums = {"conserved": 0.0, "actual": 0.0, "n": 0}
        nblocks = max(1, -(-grid.height // self.BLOCK_ROWS))
        with ExitStack() as stack:
            writers = {key: stack.enter_context(RasterWriter(path, grid, "float32", -9999.0, label))
                       for key, path, label, _ramp in outputs}
            for b, (row0, nrows) in enumerate(iter_row_blocks(grid, self.BLOCK_ROWS)):
                self.check_cancel(feedback)
                dem, inner = dem_rows.read(row0, nrows)
                top = row0 - inner.start
                ls = services.ls_factor(dem, acc[top:top + dem.shape[0]], grid.cellsize)[0][inner]
                ls[~np.isfinite(dem[inner])] = np.nan
                block = {key: reader.read(row0, nrows) for key, reader in readers.items()}
                if c_table is None:
                    c = services.c_factor_from_fvc(block[self.FVC])
                else:
                    c = services.c_factor_from_landcover(block[self.LANDUSE], table=c_table)
                p = services.p_factor_from_landcover(block[self.LANDUSE], table=p_table)
                potential = block[self.R] * block[self.K] * ls
                actual = potential * c * p
                conserved = potential - actual
                arrays = {self.CONSERVED: conserved, self.POTENTIAL: potential, self.ACTUAL: actual, self.LS: ls}
                for key, writer in writers.items():
                    writer.write(arrays[key], row0)
                valid = np.isfinite(conserved)
                sums["conserved"] += float(conserved[valid].sum())
                sums["actual"] += float(actual[np.isfinite(actual)].sum())
                sums["n"] += int(valid.sum())
                feedback.setProgress(55 + 40 * (b + 1) / nblocks)
            self.check_cancel(feedback)
        results = {}
        for key, path, label, ramp in outputs:
            apply_qml_on_load(context, path, style_raster_ramp(path, ramp), label)
            results[key] = path
        n = sums["n"]
        feedback.pushInfo(tr("Mean conserved soil {:.4g}, mean actual soil loss {:.4g} t/(hm²·a)").format(
            sums["conserved"] / n if n else float("nan"), sums["actual"] / n if n else float("nan")))
        return results
