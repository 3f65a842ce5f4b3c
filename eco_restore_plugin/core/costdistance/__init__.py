"""Accumulated cost distance (minimum cumulative resistance, MCR) on a raster.

Method: METHODS.md section 2, "Minimum cumulative resistance" (Knaapen, Scheffer & Harms 1992,
Landscape and Urban Planning 23: 1-16; Yu Kongjian 1999), with the step-cost rules of the GRASS GIS
``r.cost`` manual (GRASS Development Team, r.cost, GRASS 8.2):

* orthogonal step:  (c_from + c_to) / 2 * step length
* diagonal step:    (c_from + c_to) / 2 * sqrt(NS**2 + EW**2)
* knight's move:    (c_from + c_to + c_a + c_b) / 4 * sqrt(4 NS**2 + EW**2) (or sqrt(NS**2 + 4 EW**2)),
  where c_a, c_b are the two cells the move passes beside (to NNW: the N and NW cells).

The cells are the nodes of a directed graph whose edges carry these costs; the accumulated cost is the
shortest-path length from the nearest source. Three solvers give the same costs:

* ``method="delta"`` (default): a bucketed label-correcting search (delta-stepping, Meyer & Sanders
  2003) vectorised over its frontier (:mod:`.buckets`): the pending cells of the lowest cost bucket
  push candidates to their neighbours, every flagged neighbour takes its lowest candidate (first move
  on a tie); each cell is relaxed about once (1.10 times at 8 neighbours, 1.29 with knight's moves,
  on the terrain benchmark) and no graph is built. The costs equal Dijkstra's bit for bit (the same
  floating-point step costs summed in path order); back-links are the first move attaining a cell's
  cost and the source labels travel along them, so the allocation needs no extra pass.
* ``method="sweep"``: repeated down/up/right/left raster sweeps, each row relaxed from the row(s)
  before it with vectorised numpy, until a round changes nothing (:mod:`.sweep`); the same costs,
  back-links and allocation as "delta". Terrain needs many rounds (49 at 2000 x 2000 on the benchmark
  surface), barrier mazes about one per reversal of the least-cost paths, so it is 3-4 x slower.
* ``method="dijkstra"`` (or a prebuilt :class:`CostGraph`): ``scipy.sparse.csgraph.dijkstra`` with
  ``min_only=True`` so that all sources are run at once (int32 graph indices: at most 2**31 edges,
  ~134 M cells with knight's moves).

Source cells have cost 0. NaN cost = barrier / nodata: no edge enters or leaves it, and a knight's move is not
allowed past a NaN cell. Diagonal moves between two NaN cells are allowed, as in r.cost.

Units: ``units="map"`` (default) multiplies step lengths by the cell size, so cost x distance is in
map units (EW = xsize, NS = ysize). ``units="cell"`` reproduces r.cost's factors (EW = 1,
NS = ysize / xsize). r.cost rounds results for integer (CELL) input as ``int(cost + 0.5)``; this
module never rounds - use :func:`round_like_grass` for that.

Outputs: cumulative cost, allocation (label of the source that reached the cell) and back-link
direction (index into :data:`NEIGHBOUR_OFFSETS` of the step from a cell to its predecessor, -1 at
sources and unreached cells); :func:`trace_path` follows back-links to the source."""

from .graph import (  # noqa: F401
    NEIGHBOUR_OFFSETS,
    NO_LINK,
    CostDistanceResult,
    _factors,
    step_length,
    _slices,
    CostGraph,
)
from .accumulated import (  # noqa: F401
    cost_distance,
    trace_path,
    path_length,
    round_like_grass,
)
from .store import CostStore  # noqa: F401

__all__ = [
    "NEIGHBOUR_OFFSETS",
    "NO_LINK",
    "CostDistanceResult",
    "step_length",
    "CostGraph",
    "cost_distance",
    "trace_path",
    "path_length",
    "round_like_grass",
    "CostStore",
]
