"""Circuit-theory connectivity (电路理论, Circuitscape method)."""
import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ..core import circuit
from ..i18n import tr
from .base import (
    Cancelled,
    EcoRestoreAlgorithm,
    add_row,
    apply_qml_on_load,
    output_raster,
    read_raster,
    reference_grid,
    style_raster_ramp,
    table_sink,
    write_raster,
)
from .pattern_cost_distance import source_labels

PAIRWISE, ONE_TO_ALL, ALL_TO_ONE = 0, 1, 2


class Circuitscape(EcoRestoreAlgorithm):
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
            "components are listed with connected = 0 and an empty resistance, never 0. Outputs: "
            "resistance table, cumulative current (high values = pinch points and important corridors), "
            "optional maximum current over pairs or nodes.")

    HABITAT, IS_CONDUCTANCE, FOCAL, FOCAL_ID, FOCAL_RASTER, MODE, FOUR, AVERAGE = (
        "RESISTANCE", "IS_CONDUCTANCE", "FOCAL_NODES", "FOCAL_ID", "FOCAL_RASTER", "MODE",
        "FOUR_NEIGHBOURS", "AVERAGE")
    TABLE, CURRENT, MAX_CURRENT = "RESISTANCES", "CURRENT", "MAX_CURRENT"

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterRasterLayer(self.HABITAT, tr("Resistance (or conductance) raster"))
        p.setHelp(tr("Cells with nodata or a value ≤ 0 are not part of the network."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterBoolean(
            self.IS_CONDUCTANCE, tr("The raster holds conductances"), False))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FOCAL, tr("Focal nodes (points or polygons)"), optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.FOCAL_ID, tr("Focal node id field (integer; empty = 1, 2, … in feature order)"),
            parentLayerParameterName=self.FOCAL, type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.FOCAL_RASTER, tr("Focal nodes as a raster of ids (used without a focal node layer)"),
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.MODE, tr("Mode"), [tr("Pairwise"), tr("One-to-all"), tr("All-to-one")], defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.FOUR, tr("Connect four neighbours only (else eight)"), False))
        self.addParameter(QgsProcessingParameterEnum(
            self.AVERAGE, tr("Edge conductance"), [tr("Average resistance"), tr("Average conductance")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink(self.TABLE, tr("Effective resistances")))
        self.addParameter(QgsProcessingParameterRasterDestination(self.CURRENT, tr("Cumulative current")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.MAX_CURRENT, tr("Maximum current"), optional=True, createByDefault=False))

    def process(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.HABITAT, context)
        grid = reference_grid(layer, tr("Resistance raster"), projected=False)
        habitat, _ = read_raster(layer)
        focal = source_labels(self, parameters, context, grid, feedback, self.FOCAL, self.FOCAL_ID,
                              self.FOCAL_RASTER)
        valid = np.isfinite(habitat) & (habitat > 0)
        ids = np.unique(focal[(focal > 0) & valid])
        if len(ids) < 2:
            raise QgsProcessingException(tr(
                "Circuit analysis needs at least two focal nodes on valid cells (found {}).").format(len(ids)))
        mode = self.parameterAsEnum(parameters, self.MODE, context)
        want_max = parameters.get(self.MAX_CURRENT) is not None
        graph = circuit.build_graph(
            habitat, is_resistance=not self.parameterAsBoolean(parameters, self.IS_CONDUCTANCE, context),
            four_neighbors=self.parameterAsBoolean(parameters, self.FOUR, context),
            avg_resistance=self.parameterAsEnum(parameters, self.AVERAGE, context) == 0)
        self.check_cancel(feedback)
        progress, cancelled = self.progress_callback(feedback, 5, 90), self.cancel_callback(feedback)
        feedback.setProgressText(tr("Solving the circuit for {} focal nodes…").format(len(ids)))
        sink, dest, fields = table_sink(
            self, parameters, self.TABLE, context,
            [("from_id", "int"), ("to_id", "int"), ("resistance", "double"), ("connected", "int")])
        try:
            if mode == PAIRWISE:
                res = circuit.pairwise(graph, focal, cum_map=True, max_map=want_max,
                                       progress=progress, cancelled=cancelled)
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
                res = fn(graph, focal, maps=True, progress=progress, cancelled=cancelled)
                max_current = None
                if want_max and res.current:
                    max_current = np.fmax.reduce([np.asarray(c, float) for c in res.current.values()])
                for k, i in enumerate(res.ids.tolist()):
                    r = float(res.resistance[k])
                    ok = bool(np.isfinite(r))
                    value = r if ok and mode == ONE_TO_ALL else None
                    add_row(sink, fields, [i, None, value, int(ok)])
        except circuit.CircuitCancelled:
            raise Cancelled() from None
        self.check_cancel(feedback)
        ndisc = len(getattr(res, "disconnected", []) or [])
        if ndisc:
            feedback.reportError(tr("{} focal node pairs are not connected (resistance left empty).").format(ndisc))
        results = {self.TABLE: dest}
        path = output_raster(self, parameters, self.CURRENT, context)
        cum = np.where(valid, res.cum_current, np.nan)
        write_raster(path, cum, grid, description=tr("Cumulative current (A)"))
        apply_qml_on_load(context, path, style_raster_ramp(path, "current"), tr("Cumulative current"))
        results[self.CURRENT] = path
        if want_max and max_current is not None:
            mpath = output_raster(self, parameters, self.MAX_CURRENT, context)
            write_raster(mpath, np.where(valid, max_current, np.nan), grid,
                         description=tr("Maximum current (A)"))
            apply_qml_on_load(context, mpath, style_raster_ramp(mpath, "current"), tr("Maximum current"))
            results[self.MAX_CURRENT] = mpath
        return results
