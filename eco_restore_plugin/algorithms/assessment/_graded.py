"""The parent of the assessment algorithms that write an index raster and its grade raster.

Like QGIS' fuzzify-raster family, the parent declares the outputs and runs the block loop - reading
the inputs block by block (with a halo of rows where the formula needs neighbours), writing the
index and the grade through temporary files, counting the grades, reporting their shares and
styling both rasters - and each child supplies its parameters (:meth:`GradedIndexAlgorithm.add_inputs`)
and a :class:`GradedPlan` (:meth:`GradedIndexAlgorithm.prepare`): the reference grid, the input
layers and the per-block formula. Children: the three vulnerability models (through
``_vulnerability.VulnerabilityAlgorithm``), degradation degree and resilience.
"""
import numpy as np
from qgis.core import QgsProcessingParameterRasterDestination

from ...i18n import tr, tr_noop
from ...processing_helpers.block_passes import HaloReader
from ...processing_helpers.raster_io import (
    BlockReader,
    RasterWriter,
    check_alignment,
    iter_row_blocks,
    output_raster,
)
from ...processing_helpers.styles import apply_qml_on_load, style_raster_classes, style_raster_ramp
from ..base import EcoRestoreAlgorithm


class Window:
    """The rows of one block: ``row0``, ``nrows``, and ``inner``, the slice of a haloed block (rows
    ``top`` .. ``bottom``) that holds the block's own rows."""

    def __init__(self, row0, nrows, top, bottom):
        self.row0, self.nrows, self.top, self.bottom = row0, nrows, top, bottom
        self.inner = slice(row0 - top, row0 - top + nrows)


class GradedPlan:
    """What a child computes, for the parent's block loop.

    * ``grid``: the reference grid of the outputs.
    * ``classes``: ``{grade code: (colour, label)}`` of the grade raster (its palette and category names).
    * ``formula``: with ``layers``, ``formula(window, *blocks) -> (index, grade)`` per row block (a layer
      None gives a block None); without ``layers`` (``rows=None``), ``formula(None) -> (index, grade)``
      over the whole grid, for formulas that need the whole raster (e.g. a min-max over the area).
    * ``layers``: ``[(layer, categorical)]``, ``[(layer, categorical, haloed)]`` or
      ``[(layer, categorical, haloed, rule)]`` read block by block on ``grid``; ``haloed`` marks a layer read
      with ``halo`` extra rows above and below (neighbourhood formulas such as a slope; ``window.inner``
      crops their result to the block); ``rule`` is a value rule of ``processing_helpers.value_rules``.
    * ``rows``: rows per block (None = the whole grid in one block); ``start``/``end``: progress range.
    """

    def __init__(self, grid, classes, formula, layers=(), rows=None, halo=0, start=5.0, end=95.0):
        self.grid, self.classes, self.formula = grid, classes, formula
        self.layers = [tuple(spec) + (False, None)[len(spec) - 2:] if len(spec) < 4 else tuple(spec)
                       for spec in layers]
        self.rows, self.halo, self.start, self.end = rows, halo, start, end


class GradedIndexAlgorithm(EcoRestoreAlgorithm):
    """Parent of the index + grade assessment algorithms (see the module docstring)."""

    GROUP = "assessment"
    #: output names (public API; a child may rename the index output, e.g. degradation's LOSS)
    INDEX, GRADE = "INDEX", "GRADE"
    #: output descriptions (English source, translated)
    INDEX_LABEL = GRADE_LABEL = None
    #: colour ramp of the index raster (a key of processing_helpers.styles.RAMPS)
    INDEX_RAMP = "degradation"
    #: message with the shares of the grades
    SHARES = tr_noop("Grade shares: {}")

    # -- declared by the child ------------------------------------------------------------------
    def add_inputs(self):
        """Add the child's input parameters (everything before the two outputs)."""
        raise NotImplementedError

    def prepare(self, parameters, context, feedback):
        """Read and check the parameters; return a :class:`GradedPlan`."""
        raise NotImplementedError

    def output_names(self):
        """(index, grade) names: the band descriptions and the layer names on load."""
        return tr(self.INDEX_LABEL), tr(self.GRADE_LABEL)

    # -- the parent's part ----------------------------------------------------------------------
    def initAlgorithm(self, config=None):
        self.add_inputs()
        self.addParameter(QgsProcessingParameterRasterDestination(self.INDEX, tr(self.INDEX_LABEL)))
        self.addParameter(QgsProcessingParameterRasterDestination(self.GRADE, tr(self.GRADE_LABEL)))

    def process(self, parameters, context, feedback):
        plan = self.prepare(parameters, context, feedback)
        grid, classes = plan.grid, plan.classes
        index_name, grade_name = self.output_names()
        ipath = output_raster(self, parameters, self.INDEX, context)
        gpath = output_raster(self, parameters, self.GRADE, context)
        size = max(classes) + 1
        counts = np.zeros(size, np.int64)
        with RasterWriter(ipath, grid, "float32", -9999.0, index_name) as wi, \
                RasterWriter(gpath, grid, "uint8", 0, grade_name,
                             category_names={c: label.split(" ")[0] for c, (_, label) in classes.items()}) as wg:
            for row0, index, grade in self._blocks(plan, feedback):
                grade = np.asarray(grade)
                counts += np.bincount(grade.ravel().astype(np.int64), minlength=size)[:size]
                wi.write(index, row0)
                wg.write(grade, row0)
            self.check_cancel(feedback)   # a cancel at the last progress report leaves nothing behind
        self.report_shares(feedback, counts, classes)
        apply_qml_on_load(context, ipath, style_raster_ramp(ipath, self.INDEX_RAMP), index_name)
        apply_qml_on_load(context, gpath, style_raster_classes(gpath, classes), grade_name)
        return {self.INDEX: ipath, self.GRADE: gpath}

    def _blocks(self, plan, feedback):
        """``(row0, index block, grade block)`` of the plan, honouring cancel, reporting progress."""
        grid = plan.grid
        if not plan.layers:
            self.check_cancel(feedback)
            index, grade = plan.formula(None)
            self.check_cancel(feedback)
            yield 0, index, grade
            return
        for layer, categorical, _, _ in plan.layers:
            if layer is not None:
                check_alignment(layer, grid, categorical, feedback)
        readers = [None if layer is None else BlockReader(layer, grid, categorical=categorical, rule=rule)
                   for layer, categorical, _, rule in plan.layers]
        # haloed layers: the rows shared with the previous block are kept, so each row is read (checked,
        # its NaN cells counted) once
        haloed_readers = [HaloReader(reader, grid.height, plan.halo) if reader is not None and haloed else None
                          for reader, (_, _, haloed, _) in zip(readers, plan.layers)]
        rows = plan.rows or grid.height
        nblocks = max(1, -(-grid.height // rows))
        for i, (row0, nrows) in enumerate(iter_row_blocks(grid, rows)):
            self.check_cancel(feedback)
            window = Window(row0, nrows, max(0, row0 - plan.halo), min(grid.height, row0 + nrows + plan.halo))
            blocks = [None if reader is None else
                      halo.read(row0, nrows)[0] if halo is not None else reader.read(row0, nrows)
                      for reader, halo in zip(readers, haloed_readers)]
            index, grade = plan.formula(window, *blocks)
            yield row0, index, grade
            feedback.setProgress(plan.start + (plan.end - plan.start) * (i + 1) / nblocks)
        for reader in readers:   # NaN/inf warned with their count; an input without a valid cell refused
            if reader is not None and hasattr(reader, "finish"):
                reader.finish(feedback)

    def report_shares(self, feedback, counts, classes):
        """The share of each grade among the graded cells (from a bincount of the grades)."""
        total = int(sum(counts[c] for c in classes if c < len(counts)))
        if total:
            feedback.pushInfo(tr(self.SHARES).format(", ".join(
                "{} {:.1%}".format(classes[c][1].split(" ")[0], counts[c] / total) for c in sorted(classes))))
