"""Circuit-theory connectivity on rasters (METHODS.md section 2; McRae et al. 2008; Circuitscape).

Own implementation (numpy/scipy, optional pyamg) of the raster graph rules used by Circuitscape
(McRae, Dickson, Keitt & Shah 2008, Ecology 89: 2712-2724; Circuitscape 4 / Circuitscape.jl user
guide): every valid cell is a node joined to its 4 or 8 neighbours; the landscape is a resistor
network; effective resistance, node voltages and node currents follow from Kirchhoff's laws.

Conventions (arrays in, arrays out):

* Rasters are 2-D numpy arrays, row 0 = north. NaN (or a non-finite value) is nodata.
* Habitat value <= 0 or nodata => not a node (no current, 0 in current/voltage maps).
* Short-circuit regions (``polygons``): cells with the same id > 0 are one node. A polygon with no
  valid habitat cell is not a node; the nodata cells of a polygon that has valid cells belong to
  its node (they show its voltage and current in the maps, as Circuitscape does).
* Focal nodes: a raster of ids (id > 0; 0, negative and nodata ignored), or a dict
  ``{id: [(row, col), ...]}``, or a list of ``(id, row, col)``. Several cells with the same id form a
  focal *region*: for the pair (i, j) being solved only the regions i and j are merged (the
  other regions stay ordinary cells). A region cell inside a polygon brings the whole polygon into
  the region, even when that cell is nodata (Circuitscape sgVerify11 behaviour).
* Pair voltage maps use Circuitscape's orientation: node i (the smaller id) is at 0 V and node j
  at R_ij volts (1 A between them). Node current = max(total inflow, total outflow) =
  (sum |edge currents| + |external current|) / 2, so the source and ground cells hold 1 A.
* Disconnected pairs are reported explicitly: ``resistance = inf`` and listed in
  ``result.disconnected``; pairs not requested are NaN. ``result.circuitscape_matrix()`` gives the
  Circuitscape layout (-1 for both).

Speed: pairwise mode on single-node focal points solves only N-1 systems per connected component
(one ground, one factorisation or AMG hierarchy reused for every right-hand side); all R_ij and
every pair's voltages come from superposition. Focal *regions* that change the graph per pair fall
back to one solve per pair (the graph is different for each pair); pass the focal raster also as
``polygons`` (short-circuit regions) to get the N-1 solve path for them. The AMG hierarchy uses a
strength threshold (``AMG_STRENGTH``), keeps hub rows (contracted regions, ``AMG_HUB_DEGREE``) out of the
level-0 aggregation, and CSR coarse levels; on POSIX the right-hand sides (or the
per-pair solves of focal regions) are shared with one forked child process (``PARALLEL_MIN_NODES``,
environment variable ``ECO_RESTORE_CIRCUIT_WORKERS``). Tolerance: CG relative residual 1e-10
(Circuitscape uses 1e-6); the results equal the direct solver to ~1e-11 relative on the benchmark.

Province-wide runs (issue 20): :mod:`.coarsen` aggregates the raster by blocks of f x f cells (geometric
mean conductance), maps the focal ids onto the blocks and brings the current maps back to the fine grid;
approximate, errors in docs/NUMERICS.md."""

import sys
import types

from . import settings
from .settings import (  # noqa: F401
    AMG_CSR_LEVELS,
    AMG_HUB_DEGREE,
    AMG_STRENGTH,
    DIRECT_SOLVER_MAX_NODES,
    HAVE_PYAMG,
    PARALLEL_MIN_NODES,
    _default_workers,
)
from .graph import (  # noqa: F401
    SQRT2,
    _shift_pair,  # used by core.omniscape
    RasterGraph,
    build_graph,
    focal_regions,
    read_focal_text,
    read_included_pairs,
)
from .solvers import (  # noqa: F401
    make_solver,
)
from .mapspace import MapSpace  # noqa: F401  (maps on the network's cells, issue 20)
from .pairwise import (  # noqa: F401
    PairwiseResult,
    pairwise,
)
from .modes import (  # noqa: F401
    FocalModeResult,
    one_to_all,
    all_to_one,
    AdvancedResult,
    advanced,
)
from . import coarsen  # noqa: F401  (block aggregation for province-wide runs, issue 20)

__all__ = [
    "HAVE_PYAMG",
    "RasterGraph",
    "build_graph",
    "focal_regions",
    "read_focal_text",
    "read_included_pairs",
    "make_solver",
    "MapSpace",
    "pairwise",
    "one_to_all",
    "all_to_one",
    "advanced",
    "PairwiseResult",
    "FocalModeResult",
    "AdvancedResult",
    "coarsen",
]


class _Package(types.ModuleType):
    """Setting a tunable on the package (``circuit.PARALLEL_MIN_NODES = 0``) sets it where the solvers
    read it (:mod:`.settings`)."""

    def __setattr__(self, name, value):
        if name in settings.TUNABLES:
            setattr(settings, name, value)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
