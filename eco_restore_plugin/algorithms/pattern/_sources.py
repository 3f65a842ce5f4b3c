"""What the pattern adapters share: the cost (resistance) raster and, in :class:`CostSourcesAlgorithm`,
the parent of the algorithms that route over a cost raster between ecological sources (cost distance,
least-cost corridors, barriers, pinch points)."""
import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)

from ...i18n import tr
from ...processing_helpers.params import SourcesParams
from ...processing_helpers.memory_budget import check_disk
from ...processing_helpers.raster_io import output_folder, read_raster, reference_grid
from ..base import EcoRestoreAlgorithm
from ...processing_helpers.value_rules import RULES


def cost_raster(alg, parameters, name, context, what):
    """(cost array with NaN = barrier, grid) of a projected cost raster; negative cost refused."""
    layer = alg.parameterAsRasterLayer(parameters, name, context)
    grid = reference_grid(layer, what)
    # cost 0 is a free cell and stays allowed; a negative cost is impossible
    cost, _ = read_raster(layer, rule=RULES["cost"])
    return cost, grid


class CostSourcesAlgorithm(SourcesParams, EcoRestoreAlgorithm):
    """Parent of the algorithms on a cost raster (the reference grid, projected) and sources.

    The child declares the cost raster with :meth:`add_cost_parameter` and the sources with
    :meth:`~eco_restore_plugin.processing_helpers.params.SourcesParams.add_sources_parameters` where
    they stand in its dialog, and reads both with :meth:`cost_and_sources`.
    """

    GROUP = "pattern"
    COST = "RESISTANCE"
    PAIRS, MAX_LCD, KNIGHT = "PAIRS", "MAX_LCD", "KNIGHT"

    def add_cost_parameter(self, description, help_text):
        p = QgsProcessingParameterRasterLayer(self.COST, description)
        p.setHelp(help_text)
        self.addParameter(p)

    def add_pair_parameters(self, all_label, help_texts=(None, None)):
        """Which source pairs (``PAIRS``: adjacent allocation zones, or all) and the cap on their
        least-cost distance (``MAX_LCD``, 0 = none)."""
        p = QgsProcessingParameterEnum(
            self.PAIRS, tr("Source pairs"), [tr("Adjacent (allocation zones touch)"), all_label], defaultValue=0)
        if help_texts[0]:
            p.setHelp(help_texts[0])
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.MAX_LCD, tr("Maximum least-cost distance (0 = no cap)"),
                                         QgsProcessingParameterNumber.Double, 0.0, minValue=0.0)
        if help_texts[1]:
            p.setHelp(help_texts[1])
        self.addParameter(p)

    def pair_options(self, parameters, context):
        """``(pairs, max_lcd)``: ``"all"`` or ``"adjacent"``, and the cap or None."""
        pairs = "all" if self.parameterAsEnum(parameters, self.PAIRS, context) == 1 else "adjacent"
        return pairs, self.parameterAsDouble(parameters, self.MAX_LCD, context) or None

    def add_knight_parameter(self):
        self.addParameter(QgsProcessingParameterBoolean(self.KNIGHT, tr("Knight's move (16 neighbours)"), False))

    def knight(self, parameters, context):
        return self.parameterAsBoolean(parameters, self.KNIGHT, context)

    def cost_and_sources(self, parameters, context, feedback, what, raster=True):
        """``(cost, grid, labels)``: the cost raster (NaN = barrier) and the source labels on its grid."""
        cost, grid = cost_raster(self, parameters, self.COST, context, what)
        names = self.sources_names() if raster else (self.SOURCES, self.SOURCE_ID, None)
        layer = self.parameterAsRasterLayer(parameters, self.COST, context)
        label = "{} '{}'".format(what, layer.name()) if layer is not None else what
        return cost, grid, self.source_labels(parameters, context, grid, feedback, names, raster=label)

    def scratch_folder(self, parameters, context, output, cells, sources, feedback, per_cell_extra=0, what=None):
        """The folder for the per-source cost distances (that of raster output ``output``), refused with a
        clear message when ``sources`` rasters of ``cells`` float64 cells (plus ``per_cell_extra`` bytes a cell,
        e.g. the barriers' per-pair scores) cannot fit on its disk; ``what`` names other per-source files."""
        folder = output_folder(self, parameters, output, context)
        check_disk(folder, int(cells) * (8 * int(sources) + int(per_cell_extra)), feedback, what=what)
        return folder

    @staticmethod
    def sources_on_cost(cost, labels, message):
        """Source labels outside the cost raster's nodata and their ids; at least two are needed
        (``message`` with ``{}`` = the number found, raised otherwise)."""
        labels = np.where(np.isfinite(cost), labels, 0)
        ids = np.unique(labels[labels != 0])
        if len(ids) < 2:
            raise QgsProcessingException(message.format(len(ids)))
        return labels, ids
