"""Grid hydrology: depression filling, D8 flow, accumulation, streams, basins, slope and aspect.

Pure numpy/scipy, vectorised (no per-cell Python loop over the grid). Conventions:

* Arrays are 2-D, row 0 is north. ``mask`` is a boolean array, True = *no data* (outside the
  study area, or the sea): masked cells and the grid edge are where water leaves the grid.
* Flow is stored as a flat *receiver* index array (``-1`` = water leaves the grid at this cell,
  or the cell is masked). :func:`flow_direction` also returns D8 codes in the ESRI convention
  (1 E, 2 SE, 4 S, 8 SW, 16 W, 32 NW, 64 N, 128 NE; 0 = masked).
* A cell on the grid edge or next to a masked cell is an *outlet*: it drains out of the grid
  (into the sea), its D8 code points to that off-grid / masked neighbour.

Typical use::

    filled = fill_depressions(dem, mask=sea)
    codes, rec = flow_direction(filled, mask=sea)
    acc = flow_accumulation(rec)                      # cells, including the cell itself
    streams = acc * cell_area >= 1e6                  # 1 km2 threshold
    order = strahler_order(rec, streams)
    links = stream_links(rec, streams)
    sub = label_basins(rec, links)                    # sub-basin of every stream link"""

from .flow import (  # noqa: F401
    D8_CODES,
    D8_OFFSETS,
    D8_DIST,
    _shift_index,
    outlet_cells,
    fill_depressions,
    flow_direction,
    receivers_from_codes,
    topological_order,
    flow_accumulation,
)
from .streams import (  # noqa: F401
    streams_from_accumulation,
    strahler_order,
    stream_links,
    label_basins,
    outlet_basins,
    merge_small_regions,
    downstream_stream_cell,
    height_above_drainage,
    stream_paths,
)
from .terrain import (  # noqa: F401
    slope_aspect,
    hillshade,
)

__all__ = [
    "D8_CODES",
    "D8_OFFSETS",
    "D8_DIST",
    "outlet_cells",
    "fill_depressions",
    "flow_direction",
    "receivers_from_codes",
    "topological_order",
    "flow_accumulation",
    "streams_from_accumulation",
    "strahler_order",
    "stream_links",
    "label_basins",
    "outlet_basins",
    "merge_small_regions",
    "downstream_stream_cell",
    "height_above_drainage",
    "stream_paths",
    "slope_aspect",
    "hillshade",
]
