"""FRAGSTATS class- and landscape-level metrics, per zone and in moving windows (METHODS.md 1.5).

Method: McGarigal, K., Cushman, S.A. & Ene, E. (2012) FRAGSTATS v4: Spatial Pattern Analysis
Program for Categorical and Continuous Maps, help documentation ("FRAGSTATS v4 help" below),
University of Massachusetts, Amherst. Every metric is implemented here from the definitions in that
documentation (numpy / scipy only; no code from FRAGSTATS, landscapemetrics or pylandstats).

Conventions (all as FRAGSTATS; checked against the FRAGSTATS tables in shared/peerdata):

* Patches: 8-neighbour rule, all classes in one pass over the horizontal runs of the raster (``runs``;
  numbered by class, then raster order of the first cell, as ``scipy.ndimage.label`` per class).
* Cells outside the landscape (``nodata`` value, ``mask``, NaN, ``background`` values) are excluded:
  they count neither in the landscape area ``A`` nor as a class. This is FRAGSTATS' *exterior*
  background; an interior background class that counts in ``A`` is not modelled.
* Areas in hectares (cell_size**2 / 10000 per cell), edges and distances in metres (map units).
* Total edge (TE, ED) counts only edges between two different classes inside the landscape; the
  landscape boundary (and edges facing excluded cells) is counted only with ``count_boundary=True``
  (FRAGSTATS "count all boundary as edge"). LSI always counts every edge including the boundary
  (FRAGSTATS definition); patch perimeters (SHAPE, FRAC, PARA, COHESION) always include it.
* LSI (class) = e_i / min e_i and LSI (landscape) = E* / min E* in cell surfaces (FRAGSTATS raster
  form; min e = perimeter of the most compact shape of that many cells). The vector form
  0.25 E* / sqrt(A) equals it only when the cell count is a perfect square.
* GYRATE, CIRCLE, PAFRAC, NLSI and the core-area family (edge depth, default one cell): see
  ``shape_core`` for their conventions (the FRAGSTATS tables are reproduced).
* PARA is reported in m/ha (as FRAGSTATS writes it; the help text says m/m2).
* FRAC = 2 ln(0.25 p) / ln(a) with p in m and a in m2; single-cell patches get FRAC = 1.
* SHAPE = p / min p in cell surfaces (raster correction).
* CONTIG uses the 3x3 template (centre 1, orthogonal 2, diagonal 1), v = 13; single cells = 0.
* ENN: shortest edge-to-edge distance to a patch of the same class, cell centre to cell centre;
  patches without a neighbour (class with one patch) are N/A (NaN) and left out of ENN_MN etc.
* _SD and _CV are population statistics (ddof = 0), _CV in percent; _AM is area weighted.
* Adjacency (PLADJ, CLUMPY, AI): like adjacencies g_ii by the double-count method (single count for
  AI); the denominator of PLADJ and CLUMPY counts every cell side (4 n_i), the landscape boundary
  included, as FRAGSTATS does without a landscape border.
* IJI needs at least 3 classes (N/A otherwise). CONTAG needs at least 2 (N/A otherwise); its
  adjacencies exclude the landscape boundary. SHEI, SIEI, MSIEI are 0 when only one class is present.
* COHESION uses patch perimeter and area in cell units and Z = number of cells in the landscape.
* Moving windows: each window is treated as a landscape of its own (cells outside the window are
  excluded, the window edge is not edge); m = classes present in the window."""

from .catalogue import (  # noqa: F401
    MetricInfo,
    METRICS,
    _INFO,
    CLASS_METRICS,
    LANDSCAPE_METRICS,
    WINDOW_METRICS,
)
from .metrics import (  # noqa: F401
    compute_metrics,
    class_metrics,
    landscape_metrics,
    patch_metrics,
    zonal_metrics,
    metrics_table,
)
from .window import (  # noqa: F401
    window_footprint,
    moving_window,
    _moving_window_slow,
)

__all__ = [
    "MetricInfo",
    "METRICS",
    "CLASS_METRICS",
    "LANDSCAPE_METRICS",
    "WINDOW_METRICS",
    "compute_metrics",
    "class_metrics",
    "landscape_metrics",
    "patch_metrics",
    "zonal_metrics",
    "moving_window",
    "metrics_table",
    "window_footprint",
]
