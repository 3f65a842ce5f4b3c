"""Memory of the whole-raster steps: measured bytes per cell, stated in the help and the log, checked
before a run.

Most steps of a plan hold their rasters whole (cost distance, MSPA, RUSLE's flow routing, patch
statistics): their memory grows with the cells of the reference grid. :data:`BYTES_PER_CELL` holds, per
algorithm, the largest memory above the process's start measured per cell of its grid in the demo chain
(``benchmarks/bench_chain.py``, Demo County at 2000² and 4000², sessions 12 and 13), rounded up to 10
bytes. The per-cell figure does not grow with the size (fitted exponents of memory ≤ 1.0 between 1 M and
16 M cells), so it projects to a province.

When a run starts, the base class names the running algorithm (:func:`set_current_step`); the first
reference grid it reads (:func:`raster_io.reference_grid`) or an explicit :func:`check_cells` compares
the estimate with the memory the system has free and refuses the run before anything is computed when
it cannot fit, instead of letting the operating system kill QGIS half-way. The estimate is logged. Habitat
quality and the moving window ask :func:`fits` first and run tile by tile instead
(``dask_client.run_by_tiles_if_too_big``).

Left out: block-wise steps (their memory depends on the block, not the grid; landscape risk and soil
conservation's RUSLE part read by bands since session 15, problem patches' rasters since session 16: their
memory follows the parcels, :data:`PARCEL_BYTES`, checked by :func:`check_features`; RSEI keeps its indicators
in memory only up to 5 × 10⁷ cells and reads blocks again above), vector steps (their memory
follows the features), circuit theory (its memory follows the solver it picks by the memory free,
CHOLMOD only where it fits, and the coarsening factor) and Omniscape (moving windows).
"""
import shutil
import threading

from qgis.core import QgsProcessingException

from ..core._memory import available_memory
from ..i18n import tr
from .feedback import current_feedback

__all__ = ["BYTES_PER_CELL", "PARCEL_BYTES", "check_cells", "check_disk", "check_features", "check_grid", "estimate", "fits", "restore_step",
           "set_current_step"]

#: algorithm name -> bytes per cell of its reference grid (measured, see the module docstring)
BYTES_PER_CELL = {
    "createsampleregion": 400,
    # session 15: the per-source cost distances on disk, the window minima pair by pair: the parent process's
    # peak no longer grows with the sources (2000², fresh process, demo's sources / 36 sources: 84 / 111 B/cell;
    # the forked second process adds its half of the rows); was 160 in the chain with the demo's sources.
    # Session 16: scores made in place, int32 labels, window-minimum bands read from disk overwritten: one process
    # 120 -> 104 B/cell (2000², fresh); with the forked second process the machine's total is no larger
    "barriers": 110,
    "habitatquality": 110,
    # session 15: the resistor network holds its real edges only, the resistance copy freed once the graph is
    # built (2000², fresh process: 195 -> 168 -> 152 B/cell); session 16: the current maps on the network's
    # cells only, node numbers int32 (152 -> 100 B/cell with the corridors given, 155 -> 102 computed here)
    "pinchpoints": 110,
    "servicetradeoffs": 110,
    "indicatorbasevalues": 100,
    "conflictbuffers": 90,
    "minerestoration": 90,
    # session 15: only the flow routing holds whole rasters (RUSLE by blocks); 80 B/cell at 2000² and 66 at
    # 4000² above the start of a fresh process (the whole-raster version: 136 and 135 the same way, 180 in the chain)
    "soilconservation": 80,
    "landscapemetrics": 80,
    "costdistance": 80,
    # session 15: the per-source cost distances on disk, no back-links kept (2000², fresh process, demo's sources /
    # 36 sources: 64 / 61 B/cell; was 150 in the chain, 114 fresh, 388 with 36 sources)
    "leastcostcorridors": 70,
    "landscapemetricswindow": 70,
    "coastalprotection": 70,
    "landscapemetricszonal": 70,
    # session 16: the factors folded into the class one at a time (2000², fresh process: 100 -> 48 / 54 B/cell for
    # mangroves / seagrass; 120 in the chain before)
    "marinerestorationsuitability": 60,
    "coastalwetlandinventory": 60,
    "ecologicalsources": 60,
    "mspa": 60,
    "protectionimportance": 60,
}

_current = threading.local()


def set_current_step(name):
    """Name the algorithm running in this thread (None when it ends); returns the previous state."""
    old = (getattr(_current, "name", None), getattr(_current, "checked", False))
    _current.name, _current.checked = name, False
    return old


def restore_step(state):
    _current.name, _current.checked = state


def estimate(name, cells):
    """Bytes the algorithm ``name`` needs for a grid of ``cells`` cells, or None when not tabled."""
    per = BYTES_PER_CELL.get(name)
    return None if per is None else per * int(cells)


def fits(name, cells):
    """True / False: whether ``name`` on ``cells`` cells fits in the free memory; None when unknown (not
    tabled, or the free memory cannot be read)."""
    needed, avail = estimate(name, cells), available_memory()
    return None if needed is None or avail is None else needed <= avail


#: restoration units from watersheds: the DEM's flow routing and the basin labels held whole (2000², fresh
#: process: 419 MiB above the start, 105 B/cell; polygon and grid units read by row blocks are not tabled)
WATERSHED_UNITS_BYTES_PER_CELL = 110


def check_cells(name, cells, feedback=None, per_cell=None):
    """Refuse (QgsProcessingException) a run of ``name`` on ``cells`` cells that needs more memory than is
    free; otherwise log the estimate. Nothing for algorithms not in :data:`BYTES_PER_CELL` unless ``per_cell``
    (bytes a cell of one of its modes, e.g. :data:`WATERSHED_UNITS_BYTES_PER_CELL`) is given."""
    per = BYTES_PER_CELL.get(name) if per_cell is None else int(per_cell)
    if per is None:
        return
    needed = per * int(cells)
    avail = available_memory()
    if avail is not None and needed > avail:
        raise QgsProcessingException(tr(
            "Not enough memory: this step holds its rasters whole and needs about {0:.1f} GB for {1:.1f} M cells "
            "(about {2} bytes per cell), but only {3:.1f} GB is free. Use a coarser cell size (e.g. 100 m for a "
            "province), split the area (e.g. by city) or use a machine with more memory; close other "
            "programs first.").format(needed / 1e9, cells / 1e6, per, avail / 1e9))
    fb = current_feedback(feedback)
    if fb is not None:
        free = tr("; {:.1f} GB free").format(avail / 1e9) if avail is not None else ""
        fb.pushInfo(tr("Memory: about {0:.1f} GB for {1:.1f} M cells (about {2} bytes per cell){3}.").format(
            needed / 1e9, cells / 1e6, per, free))


#: problem patches: the land parcels held as geometries with the attributes used (2000² demo, 163,109 parcels
#: of 12 vertices on average, fresh process: 544 MiB above the start, 3.5 KB a parcel); the rasters are read
#: by row blocks (session 16)
PARCEL_BYTES = 4000


def check_features(count, per_feature, feedback=None):
    """Refuse (QgsProcessingException) a run that holds ``count`` features of about ``per_feature`` bytes each
    (e.g. :data:`PARCEL_BYTES`) when they do not fit in the free memory; otherwise log the estimate. Nothing
    when the count is unknown (negative)."""
    if count is None or count < 0:
        return
    needed = int(per_feature) * int(count)
    avail = available_memory()
    if avail is not None and needed > avail:
        raise QgsProcessingException(tr(
            "Not enough memory: this step holds its {0:,} features in memory and needs about {1:.1f} GB (about "
            "{2} bytes per feature), but only {3:.1f} GB is free. Split the area (e.g. run county by county) or "
            "use a machine with more memory; close other programs first.").format(
                int(count), needed / 1e9, int(per_feature), avail / 1e9))
    fb = current_feedback(feedback)
    if fb is not None:
        free = tr("; {:.1f} GB free").format(avail / 1e9) if avail is not None else ""
        fb.pushInfo(tr("Memory: about {0:.1f} GB for {1:,} features (about {2} bytes each){3}.").format(
            needed / 1e9, int(count), int(per_feature), free))


def check_grid(grid, feedback=None):
    """:func:`check_cells` for the running algorithm on ``grid``, once per run (the first reference grid
    read is the algorithm's grid)."""
    name = getattr(_current, "name", None)
    if name is None or getattr(_current, "checked", False):
        return
    _current.checked = True
    check_cells(name, grid.width * grid.height, feedback)


def check_disk(folder, needed, feedback=None, what=None):
    """Refuse (QgsProcessingException) a run whose temporary files (``needed`` bytes, e.g. the per-source cost
    distances of corridors and barriers, 8 bytes a cell a source) do not fit on the disk of ``folder``;
    otherwise log the figure. ``what`` names other files than cost distances (e.g. the sources' potentials of
    pinch points). Nothing is checked where the free space cannot be read."""
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return
    if needed > free:
        if what is None:
            raise QgsProcessingException(tr(
                "Not enough disk space: the cost distances from the sources are kept as temporary files in the "
                "output's folder '{0}' and need about {1:.1f} GB (8 bytes per cell per source), but only {2:.1f} GB "
                "is free there. Save the outputs on a disk with more free space, use fewer sources or a coarser "
                "cell size, or split the area.").format(folder, needed / 1e9, free / 1e9))
        raise QgsProcessingException(tr(
            "Not enough disk space: {3} are kept as temporary files in the output's folder '{0}' and need about "
            "{1:.1f} GB (8 bytes per cell per source), but only {2:.1f} GB is free there. Save the outputs on a disk "
            "with more free space, use fewer sources or a coarser cell size, or split the area.").format(
                folder, needed / 1e9, free / 1e9, what))
    fb = current_feedback(feedback)
    if fb is not None:
        if what is None:
            fb.pushInfo(tr("Temporary cost distances: about {0:.2f} GB in '{1}' ({2:.1f} GB free); removed at the "
                           "end.").format(needed / 1e9, folder, free / 1e9))
        else:
            fb.pushInfo(tr("Temporary files ({3}): about {0:.2f} GB in '{1}' ({2:.1f} GB free); removed at the "
                           "end.").format(needed / 1e9, folder, free / 1e9, what))
