"""Circuit-theory connectivity (电路理论, Circuitscape method)."""
import time

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ...core import circuit
from ...core.circuit import coarsen
from ...i18n import tr
from ...processing_helpers.value_rules import RULES
from ...processing_helpers import memory_budget
from ...processing_helpers.raster_io import output_folder, output_raster, read_raster, reference_grid, write_raster
from ...processing_helpers.styles import apply_qml_on_load, style_raster_ramp
from ...processing_helpers.vector_io import add_row, table_sink
from ..base import EcoRestoreAlgorithm
from ...processing_helpers.params import SourcesParams

PAIRWISE, ONE_TO_ALL, ALL_TO_ONE, ADVANCED = 0, 1, 2, 3
# Circuitscape ``remove_src_or_gnd`` keywords, in the order of the REMOVE_BOTH enum
REMOVE_KEYS = ("keepall", "rmvsrc", "rmvgnd", "rmvall")
# core solver keywords, in the order of the SOLVER enum
SOLVER_KEYS = ("auto", "amg", "direct")


class Circuitscape(SourcesParams, EcoRestoreAlgorithm):
    NAME = "circuitscape"
    GROUP = "pattern"
    DISPLAY = "Circuit theory connectivity, Circuitscape (电路理论连通性)"
    TAGS = "circuit theory,Circuitscape,current,effective resistance,pinch point,电路理论,电流密度,夹点"
    HELP = ("Circuit-theory connectivity (McRae, Dickson, Keitt & Shah 2008, Ecology 89: 2712-2724; "
            "Circuitscape raster rules; METHODS.md §2): every valid cell is a node joined to its 4 or 8 "
            "neighbours, the landscape a resistor network. Edge conductance: 1 / mean of the two cells' "
            "resistances (average resistance, default) or the mean of their conductances; diagonals "
            "divided by √2; cell size does not enter. Cells with nodata or a value ≤ 0 are not nodes. "
            "Focal nodes: points or polygons rasterised by id (field or 1, 2, … in feature order; several "
            "cells of one id form a focal region), or a raster of ids. Modes: pairwise (1 A between each "
            "pair; effective resistance R_ij in ohms, cumulative current = sum over pairs), one-to-all (1 A "
            "into each node with the others grounded; resistance = its voltage) and all-to-one (each node "
            "grounded in turn, 1 A into every other; no resistance is reported). Pairs in different "
            "components are listed with connected = 0 and an empty resistance, never 0. Advanced mode "
            "(Circuitscape advanced): a source raster (amps injected per cell) and a ground raster "
            "(resistance or conductance to ground per cell; resistance 0 or conductance inf = direct "
            "ground) drive one solve; cells that are both source and ground keep both or lose the source, "
            "the ground or both (Circuitscape 'remove source or ground'); components with sources but no "
            "ground cannot carry current and are reported. Short-circuit regions: a raster of region ids "
            "(each region one node of zero resistance), or the focal regions themselves (faster: pairwise "
            "then needs only N−1 solves; without it every pair with a multi-cell focal region is solved "
            "separately, as Circuitscape does). Outputs: resistance table (empty in advanced mode), "
            "cumulative current (advanced mode: the current map; high values = pinch points and important "
            "corridors), optional maximum current over pairs or nodes, optional voltage map (advanced "
            "mode). Solver: direct LU up to 50,000 nodes; larger systems CHOLMOD sparse Cholesky when scikit-sparse "
            "is installed and the factor fits in half the free memory, else pyamg smoothed-aggregation "
            "preconditioned CG (relative residual 1e-10), scipy without pyamg. Province-wide runs: the optional coarsening "
            "factor (Advanced) solves on blocks of N × N cells, about N² times faster, approximately "
            "(METHODS.md §2). Pairwise mode keeps the focal nodes' potentials (8 bytes a network cell a focal "
            "node) in memory while they take at most a quarter of the free memory, else in a temporary file in the "
            "output's folder (its disk space checked first, removed at the end).")
    PARAM_HELP = {
        "IS_CONDUCTANCE": ("Read the raster as conductance (1 / resistance) instead of resistance. Default off "
                           "(resistance, as the resistance-surface algorithm writes)."),
        "FOCAL_NODES": ("Points or polygons of the focal nodes (usually the ecological sources); rasterised on "
                        "the resistance grid, the cells of one id forming one focal region. Empty: the focal "
                        "raster is used; not needed in advanced mode."),
        "FOCAL_ID": ("Integer field that identifies each focal node; features with the same id form one focal "
                     "region. Empty: 1, 2, … in feature order."),
        "FOCAL_RASTER": ("Focal nodes as a raster of ids (> 0), resampled to the resistance grid by nearest "
                         "neighbour. Used only when no focal node layer is given."),
        "MODE": ("Pairwise (default; 1 A between every pair, effective resistances), one-to-all, all-to-one, or "
                 "advanced (one solve driven by source and ground rasters). Modes as in Circuitscape."),
        "FOUR_NEIGHBOURS": ("Join each cell to its 4 orthogonal neighbours only; unchecked (default, as "
                            "Circuitscape's default) it is joined to all 8, diagonals with conductance divided "
                            "by √2."),
        "AVERAGE": ("How the conductance of an edge between two cells is formed: 1 / mean of their resistances "
                    "(default, Circuitscape's default) or the mean of their conductances."),
        "GROUND_IS_CONDUCTANCE": ("Advanced mode: read the ground raster as conductance to ground (inf = direct "
                                  "ground) instead of resistance. Default off."),
        "USE_DIRECT_GROUNDS": ("Advanced mode: connect every ground cell to ground with zero resistance, "
                               "ignoring the ground raster's values (Circuitscape 'use direct grounds'). Default "
                               "off."),
        "USE_UNIT_CURRENTS": ("Advanced mode: every source cell injects 1 A whatever its value in the source "
                              "raster (Circuitscape 'use unit currents'). Default off."),
        "RESISTANCES": ("Table of effective resistances: one row per pair (or node in one-to-all mode), in ohms; "
                        "pairs in different components have connected = 0 and an empty resistance. Empty in "
                        "advanced mode."),
        "CURRENT": ("Cumulative current (A) summed over all pairs or nodes; in advanced mode the current map of "
                    "the one solve. High values = pinch points and important corridors."),
        "MAX_CURRENT": ("Optional raster: the largest current of any single pair or node at each cell. Not "
                        "written unless a file is chosen."),
        "VOLTAGE": ("Optional raster of node voltages (V) of the advanced-mode solve. Not written unless a file "
                    "is chosen; empty in the other modes."),
        "SOLVER": ("Linear solver. Automatic (default): direct sparse LU up to 50,000 nodes; larger systems "
                   "a CHOLMOD sparse Cholesky factorisation when scikit-sparse is installed and the factor is "
                   "estimated to fit in half the available memory (fastest: one factorisation serves every "
                   "pair), else pyamg smoothed-aggregation preconditioned CG. AMG-CG: always the iterative "
                   "solver (least memory). Direct: always a sparse factorisation (CHOLMOD above 50,000 nodes "
                   "when installed, else SuperLU LU; exact to rounding; memory grows quickly above ~1 million "
                   "cells). "
                   "Whatever the choice, every solve is checked (relative residual ≤ 1e-8, or backward error "
                   "≤ 1e-13); an iterative solve that misses it is continued with a 100× tighter tolerance, "
                   "then replaced by a direct solve with iterative refinement, and the largest residual is "
                   "written to the log. Pairwise mode grounds each connected part at its best-conducting focal "
                   "node, which keeps resistances spanning 1 to 1e8 accurate (issue 19)."),
        "COARSEN_FACTOR": ("Approximate, for province-wide runs: solve on a coarser grid of blocks of N × N "
                           "cells. 1 (default) = off, the exact solve. A block's conductance is the geometric "
                           "mean of its valid cells' conductances (exact for a uniform block); a block is "
                           "nodata when fewer than half its cells are valid, unless it holds a focal cell; a "
                           "block takes the focal id covering most of its cells. The solve needs about N² "
                           "times less memory and time; the current maps are brought back to the input grid "
                           "(a block's current spread over N cells, 0 on cells of dropped blocks) and the "
                           "effective resistances are those of the coarse grid. Demo County (1000 × 1000, 36 "
                           "pairs): N = 2 took 58 s instead of 343 s, resistances 2 % off (median), corridor "
                           "currents 4 %; N = 4, 21 s, 6 % and 11 %; thin barriers such as roads leak, so pairs "
                           "behind them come out lower (METHODS.md §2). Not for advanced mode. Must be "
                           "smaller than the raster's rows and columns."),
    }
    ADVANCED = ("IS_CONDUCTANCE", "FOUR_NEIGHBOURS", "AVERAGE", "SOURCE_RASTER", "GROUND_RASTER",
                "GROUND_IS_CONDUCTANCE", "REMOVE_SRC_OR_GND", "USE_DIRECT_GROUNDS", "USE_UNIT_CURRENTS",
                "SHORT_CIRCUIT_RASTER", "SHORT_CIRCUIT_FOCAL", "SOLVER", "COARSEN_FACTOR")

    HABITAT, IS_CONDUCTANCE, FOCAL, FOCAL_ID, FOCAL_RASTER, MODE, FOUR, AVERAGE = (
        "RESISTANCE", "IS_CONDUCTANCE", "FOCAL_NODES", "FOCAL_ID", "FOCAL_RASTER", "MODE",
        "FOUR_NEIGHBOURS", "AVERAGE")
    TABLE, CURRENT, MAX_CURRENT = "RESISTANCES", "CURRENT", "MAX_CURRENT"
    SOURCES, GROUNDS, GROUND_IS_CONDUCTANCE, REMOVE_BOTH, DIRECT_GROUNDS, UNIT_CURRENTS = (
        "SOURCE_RASTER", "GROUND_RASTER", "GROUND_IS_CONDUCTANCE", "REMOVE_SRC_OR_GND", "USE_DIRECT_GROUNDS",
        "USE_UNIT_CURRENTS")
    SHORT_CIRCUIT, SHORT_FOCAL, VOLTAGE = "SHORT_CIRCUIT_RASTER", "SHORT_CIRCUIT_FOCAL", "VOLTAGE"
    SOLVER, COARSEN = "SOLVER", "COARSEN_FACTOR"

    def initAlgorithm(self, config=None):
        p = QgsProcessingParameterRasterLayer(self.HABITAT, tr("Resistance (or conductance) raster"))
        p.setHelp(tr("Cells with nodata or a value ≤ 0 are not part of the network."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterBoolean(
            self.IS_CONDUCTANCE, tr("The raster holds conductances"), False))
        self.add_sources_parameters(
            tr("Focal nodes (points or polygons)"), types=None,
            id_description=tr("Focal node id field (integer; empty = 1, 2, … in feature order)"),
            raster_description=tr("Focal nodes as a raster of ids (used without a focal node layer)"),
            names=(self.FOCAL, self.FOCAL_ID, self.FOCAL_RASTER))
        self.addParameter(QgsProcessingParameterEnum(
            self.MODE, tr("Mode"), [tr("Pairwise"), tr("One-to-all"), tr("All-to-one"),
                                    tr("Advanced (source and ground rasters)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.FOUR, tr("Connect four neighbours only (else eight)"), False))
        self.addParameter(QgsProcessingParameterEnum(
            self.AVERAGE, tr("Edge conductance"), [tr("Average resistance"), tr("Average conductance")],
            defaultValue=0))
        p = QgsProcessingParameterRasterLayer(
            self.SOURCES, tr("Current sources (advanced mode; amps per cell)"), optional=True)
        p.setHelp(tr("Advanced mode: current injected at each cell in amps (nodata or 0 = no source; negative "
                     "values withdraw current). Must be on the same grid as the resistance raster."))
        self.addParameter(p)
        p = QgsProcessingParameterRasterLayer(
            self.GROUNDS, tr("Grounds (advanced mode)"), optional=True)
        p.setHelp(tr("Advanced mode: resistance to ground of each cell in ohms (0 = direct ground), or "
                     "conductance to ground when the next option is checked; nodata = no ground. Must be on "
                     "the same grid as the resistance raster."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterBoolean(
            self.GROUND_IS_CONDUCTANCE, tr("The ground raster holds conductances"), False))
        p = QgsProcessingParameterEnum(
            self.REMOVE_BOTH, tr("Cells that are both source and ground"),
            [tr("Keep both"), tr("Remove the source"), tr("Remove the ground"), tr("Remove both")],
            defaultValue=0)
        p.setHelp(tr("Circuitscape 'remove source or ground where both': what to do with a node that has "
                     "both a current source and a ground."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterBoolean(
            self.DIRECT_GROUNDS, tr("Connect every ground directly (0 ohm)"), False))
        self.addParameter(QgsProcessingParameterBoolean(
            self.UNIT_CURRENTS, tr("Every source injects 1 A"), False))
        p = QgsProcessingParameterRasterLayer(
            self.SHORT_CIRCUIT, tr("Short-circuit regions (raster of region ids)"), optional=True)
        p.setHelp(tr("Cells with the same id > 0 are joined into one node of zero resistance (Circuitscape "
                     "polygons). Resampled to the resistance grid by nearest neighbour if needed."))
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(
            self.SHORT_FOCAL, tr("Treat focal regions as short-circuit regions"), False)
        p.setHelp(tr("Each focal polygon (multi-cell focal region) becomes one node of zero resistance in "
                     "every solve. Pairwise mode then needs N−1 solves instead of one solve per pair; "
                     "unchecked, only the two regions of the pair being solved are merged (Circuitscape)."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterEnum(
            self.SOLVER, tr("Linear solver"), [tr("Automatic"), tr("AMG-CG (pyamg, iterative)"),
                                               tr("Direct (sparse LU)")], defaultValue=0, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.COARSEN, tr("Coarsening factor (blocks of N × N cells; 1 = off, approximate)"),
            QgsProcessingParameterNumber.Integer, defaultValue=1, optional=True, minValue=1))
        self.addParameter(QgsProcessingParameterFeatureSink(self.TABLE, tr("Effective resistances")))
        self.addParameter(QgsProcessingParameterRasterDestination(self.CURRENT, tr("Cumulative current")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.MAX_CURRENT, tr("Maximum current"), optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.VOLTAGE, tr("Voltage (advanced mode)"), optional=True, createByDefault=False))

    def _graph(self, parameters, context, feedback, habitat, grid, polygons):
        return circuit.build_graph(
            habitat, is_resistance=not self.parameterAsBoolean(parameters, self.IS_CONDUCTANCE, context),
            polygons=polygons, four_neighbors=self.parameterAsBoolean(parameters, self.FOUR, context),
            avg_resistance=self.parameterAsEnum(parameters, self.AVERAGE, context) == 0)

    def _advanced_inputs(self, parameters, context, feedback, grid):
        out = []
        for name, label in ((self.SOURCES, tr("Current sources")), (self.GROUNDS, tr("Grounds"))):
            layer = self.parameterAsRasterLayer(parameters, name, context)
            if layer is None:
                raise QgsProcessingException(tr(
                    "Advanced mode needs a current-source raster and a ground raster.").format())
            arr, _ = read_raster(layer, grid, feedback=feedback, name=label, strict=True, allow_empty=True)
            out.append(arr)
        src, gnd = out
        if not (np.isfinite(src) & (src != 0)).any():
            raise QgsProcessingException(tr("The current-source raster has no cell with a nonzero value."))
        bad = ~np.isnan(gnd) & (gnd < 0)
        if bad.any():
            raise QgsProcessingException(tr(
                "The ground raster has {} negative cells: use resistances or conductances ≥ 0 "
                "(nodata = no ground).").format(int(bad.sum())))
        return src, gnd

    def _coarsen_factor(self, parameters, context, shape, mode):
        """The COARSEN_FACTOR block size, checked against the raster and the mode (1 = off)."""
        f = self.parameterAsInt(parameters, self.COARSEN, context) if parameters.get(self.COARSEN) is not None else 1
        if f == 1:
            return 1
        label = self.parameterDefinition(self.COARSEN).description()
        if f < 1:
            raise QgsProcessingException(tr("'{}' ({}) must be at least 1; got {}.").format(label, self.COARSEN, f))
        if mode == ADVANCED:
            raise QgsProcessingException(tr(
                "'{}' ({}) works in the pairwise, one-to-all and all-to-one modes; set it to 1 in advanced "
                "mode.").format(label, self.COARSEN))
        if f >= shape[0] or f >= shape[1]:
            raise QgsProcessingException(tr(
                "'{}' ({}) = {} is too large for the resistance raster of {} × {} cells: it must be smaller "
                "than its number of rows and of columns.").format(label, self.COARSEN, f, shape[0], shape[1]))
        return f

    def _coarsen_inputs(self, feedback, f, habitat, is_cond, valid, focal, polygons):
        """Resistance, focal ids and short-circuit regions on the grid of f × f blocks (core.circuit.coarsen)."""
        t0 = time.time()
        ch = coarsen.coarsen_habitat(habitat, f, is_resistance=not is_cond, keep=focal > 0)
        cfocal = coarsen.coarsen_ids(focal, f)
        cpoly = coarsen.coarsen_ids(polygons, f) if polygons is not None else None
        cvalid = np.isfinite(ch) & (ch > 0)
        n_fine, n_coarse = int(valid.sum()), int(cvalid.sum())
        feedback.pushInfo(tr(
            "Coarsened by blocks of {0} × {0} cells in {1:.1f} s: {2} × {3} → {4} × {5} cells, {6} → {7} valid "
            "cells ({8:.1f}× fewer nodes; the solves need roughly that much less memory and time).").format(
                f, time.time() - t0, habitat.shape[0], habitat.shape[1], ch.shape[0], ch.shape[1], n_fine,
                n_coarse, n_fine / max(n_coarse, 1)))
        feedback.pushWarning(tr(
            "Coarsened solve: the effective resistances and current maps are approximate (the errors measured "
            "on Demo County are in METHODS.md §2). Set the coarsening factor to 1 for the exact solve."))
        ids = np.unique(cfocal[(cfocal > 0) & cvalid])
        lost = sorted(set(np.unique(focal[(focal > 0) & valid]).tolist()) - set(ids.tolist()))
        if lost:
            feedback.reportError(tr(
                "{} focal ids lost their blocks to larger focal regions at this coarsening factor and are not "
                "solved: {}. Use a smaller factor to keep them.").format(len(lost), ", ".join(map(str, lost[:20]))))
        if len(ids) < 2:
            raise QgsProcessingException(tr(
                "At coarsening factor {}, fewer than two focal nodes remain (found {}): use a smaller factor."
            ).format(f, len(ids)))
        return {"f": f, "habitat": ch, "focal": cfocal, "polygons": cpoly, "ids": ids, "fine_focal": focal,
                "fine_polygons": polygons, "shape": habitat.shape, "t0": t0}

    def _potentials_folder(self, parameters, context, feedback, graph, n_focal):
        """Where the focal nodes' potentials (nodes x focal nodes, float64) go: in memory while they take at
        most a quarter of the free memory, else a temporary file in the current output's folder (its disk
        space checked first), so many focal nodes on a large landscape need disk, not memory (issue 20)."""
        need = 8 * int(graph.n_nodes) * int(n_focal)
        avail = memory_budget.available_memory()
        if avail is None or need <= avail // 4:
            return None
        folder = output_folder(self, parameters, self.CURRENT, context)
        memory_budget.check_disk(folder, need, feedback, what=tr("the potentials of the focal nodes"))
        return folder

    def _refine_maps(self, feedback, coarse, res, valid, cum, max_current, whole):
        """The coarse current maps back on the input grid (a block's current over f cells; the current of
        focal regions and short-circuit regions copied onto their cells)."""
        f, shape, cfocal, cpoly = coarse["f"], coarse["shape"], coarse["focal"], coarse["polygons"]
        cells = coarsen.block_members(coarse["fine_focal"], cfocal, f)
        per = None
        if not whole:  # pairwise with per-pair regions: 1 A on a region's cells per connected pair it is in
            r = np.asarray(res.resistance, dtype=float)
            ok = np.isfinite(r) & (r > 0)
            per = {int(k): float(ok[a].sum()) for a, k in enumerate(res.ids.tolist())}
        if cpoly is not None:
            cells = cells | coarsen.block_members(coarse["fine_polygons"], cpoly, f)
        out = []
        for m, ids_per in ((cum, per), (max_current, None)):
            if m is None:
                out.append(None)
                continue
            e = coarsen.node_values(m, cfocal, per_id=ids_per)
            if cpoly is not None:
                e = np.where(cpoly > 0, m, e)
            out.append(coarsen.refine_current(m, f, shape, valid=valid, node_value=e, node_cells=cells))
        feedback.pushInfo(tr("Coarsened run: {:.1f} s from coarsening to the maps on the input grid.").format(
            time.time() - coarse["t0"]))
        return out

    def process(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.HABITAT, context)
        grid = reference_grid(layer, tr("Resistance raster"), projected=False)
        is_cond = self.parameterAsBoolean(parameters, self.IS_CONDUCTANCE, context)
        habitat, _ = read_raster(layer, rule=RULES["conductance"] if is_cond else RULES["resistance"])
        valid = np.isfinite(habitat) & (habitat > 0)
        if not valid.any():
            raise QgsProcessingException(tr(
                "The resistance raster has no cell with a value > 0: nothing can carry current."))
        mode = self.parameterAsEnum(parameters, self.MODE, context)
        factor = self._coarsen_factor(parameters, context, habitat.shape, mode)
        polygons = None
        sc_layer = self.parameterAsRasterLayer(parameters, self.SHORT_CIRCUIT, context)
        if sc_layer is not None:
            polygons, _ = read_raster(sc_layer, grid, categorical=True, feedback=feedback,
                                      name=tr("Short-circuit regions"))
        focal = None
        if mode != ADVANCED:
            focal = self.source_labels(parameters, context, grid, feedback,
                                       (self.FOCAL, self.FOCAL_ID, self.FOCAL_RASTER),
                                       raster=tr("the resistance raster '{}'").format(layer.name()))
            ids = np.unique(focal[(focal > 0) & valid])
            if len(ids) < 2:
                raise QgsProcessingException(tr(
                    "Circuit analysis needs at least two focal nodes on valid cells (found {}).").format(len(ids)))
            if factor > 1:
                coarse = self._coarsen_inputs(feedback, factor, habitat, is_cond, valid, focal, polygons)
                habitat, focal, polygons, ids = coarse["habitat"], coarse["focal"], coarse["polygons"], coarse["ids"]
            if self.parameterAsBoolean(parameters, self.SHORT_FOCAL, context):
                f = np.where(focal > 0, focal, 0).astype(np.float64)
                if polygons is not None:  # keep the given regions; focal regions get ids above them
                    p = np.where(np.isfinite(polygons) & (polygons > 0), polygons, 0)
                    f = np.where(f > 0, f + p.max(), p)
                polygons = f
        else:
            src, gnd = self._advanced_inputs(parameters, context, feedback, grid)
        want_max = parameters.get(self.MAX_CURRENT) is not None and mode != ADVANCED
        want_volt = parameters.get(self.VOLTAGE) is not None
        graph = self._graph(parameters, context, feedback, habitat, grid, polygons)
        self.check_cancel(feedback)
        progress, cancelled = self.progress_callback(feedback, 5, 90), self.cancel_callback(feedback)
        sink, dest, fields = table_sink(
            self, parameters, self.TABLE, context,
            [("from_id", "long"), ("to_id", "long"), ("resistance", "double"), ("connected", "long")])
        voltage = None
        skey = SOLVER_KEYS[self.parameterAsEnum(parameters, self.SOLVER, context)]
        try:
            if mode == ADVANCED:
                feedback.setProgressText(tr("Solving the circuit with source and ground rasters…"))
                key = REMOVE_KEYS[self.parameterAsEnum(parameters, self.REMOVE_BOTH, context)]
                res = circuit.advanced(
                    graph, src, gnd,
                    grounds_are_resistances=not self.parameterAsBoolean(
                        parameters, self.GROUND_IS_CONDUCTANCE, context),
                    remove_src_or_gnd=key,
                    use_direct_grounds=self.parameterAsBoolean(parameters, self.DIRECT_GROUNDS, context),
                    use_unit_currents=self.parameterAsBoolean(parameters, self.UNIT_CURRENTS, context),
                    solver=skey, progress=progress, cancelled=cancelled)
                if res.floating_components:
                    feedback.reportError(tr(
                        "{} connected parts of the landscape have current sources but no ground: no current "
                        "can flow there (left at 0 V). Add grounds there or remove those sources.").format(
                            res.floating_components))
                if res.n_solves == 0:
                    raise QgsProcessingException(tr(
                        "No current can flow: no part of the landscape holds both a source and a ground "
                        "(check the source and ground rasters and the option for cells that are both)."))
                cum, voltage, max_current = res.current, res.voltage, None
                valid = valid | (polygons is not None and np.isfinite(polygons) & (polygons > 0)
                                 & (graph.node_of_cell.reshape(graph.shape) >= 0))
            else:
                feedback.setProgressText(tr("Solving the circuit for {} focal nodes…").format(len(ids)))
                if mode == PAIRWISE:
                    res = circuit.pairwise(graph, focal, cum_map=True, max_map=want_max, solver=skey,
                                           progress=progress, cancelled=cancelled,
                                           scratch=self._potentials_folder(parameters, context, feedback, graph,
                                                                           len(ids)))
                    max_current = res.max_current
                    rids = res.ids.tolist()
                    for a in range(len(rids)):
                        for b in range(a + 1, len(rids)):
                            r = float(res.resistance[a, b])
                            if np.isnan(r):
                                continue
                            ok = bool(np.isfinite(r))
                            add_row(sink, fields, [rids[a], rids[b], r if ok else None, int(ok)])
                else:
                    fn = circuit.one_to_all if mode == ONE_TO_ALL else circuit.all_to_one
                    most = []          # the largest current so far, each focal node's map taken as it comes

                    def take(i, cur, volt):
                        if most:
                            np.fmax(most[0], cur, out=most[0])
                        else:
                            most.append(np.array(cur, dtype=float))

                    res = fn(graph, focal, maps=False, solver=skey, progress=progress, cancelled=cancelled,
                             map_callback=take if want_max else None)
                    max_current = most[0] if most else None
                    for k, i in enumerate(res.ids.tolist()):
                        r = float(res.resistance[k])
                        ok = bool(np.isfinite(r))
                        value = r if ok and mode == ONE_TO_ALL else None
                        add_row(sink, fields, [i, None, value, int(ok)])
                cum = res.cum_current
                if want_volt:
                    feedback.pushWarning(tr("The voltage map is written in advanced mode only."))
        except (ValueError, RuntimeError) as exc:
            raise QgsProcessingException(tr("Circuit analysis failed: {}").format(exc)) from None
        self.check_cancel(feedback)
        if factor > 1:
            cum, max_current = self._refine_maps(
                feedback, coarse, res, valid, cum, max_current,
                whole=mode != PAIRWISE or self.parameterAsBoolean(parameters, self.SHORT_FOCAL, context))
        feedback.pushInfo(tr("Solver: {}; {} linear systems solved; largest relative residual ‖b − Ax‖/‖b‖ = "
                             "{:.2e}").format("; ".join(res.solver) or "-", res.n_solves,
                                              float(getattr(res, "residual", 0.0))))
        ndisc = len(getattr(res, "disconnected", []) or [])
        if ndisc:
            feedback.reportError(tr("{} focal node pairs are not connected (resistance left empty).").format(ndisc))
        results = {self.TABLE: dest}
        path = output_raster(self, parameters, self.CURRENT, context)
        title = tr("Current") if mode == ADVANCED else tr("Cumulative current")
        write_raster(path, np.where(valid, cum, np.nan), grid, description=title + " (A)")
        apply_qml_on_load(context, path, style_raster_ramp(path, "current", stretch="quantile"), title)
        results[self.CURRENT] = path
        if want_max and max_current is not None:
            mpath = output_raster(self, parameters, self.MAX_CURRENT, context)
            write_raster(mpath, np.where(valid, max_current, np.nan), grid,
                         description=tr("Maximum current (A)"))
            apply_qml_on_load(context, mpath, style_raster_ramp(mpath, "current", stretch="quantile"), tr("Maximum current"))
            results[self.MAX_CURRENT] = mpath
        if want_volt and voltage is not None:
            vpath = output_raster(self, parameters, self.VOLTAGE, context)
            write_raster(vpath, np.where(valid, voltage, np.nan), grid, dtype="float64",
                         description=tr("Voltage (V)"))
            apply_qml_on_load(context, vpath, style_raster_ramp(vpath, "current"), tr("Voltage"))
            results[self.VOLTAGE] = vpath
        return results
