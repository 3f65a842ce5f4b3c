"""Deterministic generator of Demo County (示例县), a fictitious coastal county of southern China.

Pure numpy/scipy (no qgis, no osgeo): :func:`generate_region` returns a :class:`Region` holding
named numpy rasters and vector layers as plain Python geometry (lists of coordinates) or as label
rasters to be polygonized by the writer (:mod:`.write`).

The region lies in CGCS2000 / 3-degree Gauss-Kruger CM 111E (EPSG:4546), north-east Hainan-like
(about 110.4 E, 19.4 N): mountains in the north-west, a coastal plain and the South China Sea in
the south-east. Everything derives from one ``numpy.random.Generator(PCG64(seed))``.

Stages
------
:func:`generate_region` runs the ordered list :data:`STAGES`. A stage is a function
``stage(st)`` that reads what earlier stages put on the shared state ``st`` (a :class:`State`:
``st.n``, ``st.cs``, ``st.rng``, ``st.region`` ..., then e.g. ``st.dem``, ``st.lu``) and extends it
with new attributes, rasters (``st.region.add(...)``) or vector layers
(``st.region.vectors[name] = VectorLayer(...)``). Between stages the runner reports progress and
stops with :class:`eco_restore_plugin.core._progress.Cancelled` (an ``InterruptedError``) when
``cancelled()`` is true. The stages, by topic:

* :mod:`.terrain`: coast -> fractal terrain -> valleys carved by flow accumulation -> floodplains
  -> a reservoir (the final DEM) -> hydrology -> county = the basins draining to its coast;
* :mod:`.settlements`: towns -> townships (cost allocation of the town seats) -> roads
  (least-cost routes, an expressway) -> villages;
* :mod:`.landuse`: land use 2020 by parcels following terrain, coast, water, built-up land and
  mines -> 2010 by undoing a decade of change -> ecosystem (forest) types;
* :mod:`.environment`: climate, vegetation and soil -> planning zones (red line, basic farmland,
  urban boundary) -> nature reserves -> watersheds;
* :mod:`.vectors`: settlements and roads, rivers, coastline, administrative and zone polygons;
* :mod:`.rasters`: the raster layers, soil texture, karst and coastal hazards, masks in ``extra``;
* :mod:`.marine`: the sea (island, shorelines 2010/2020, marine habitats, sea-use zones, stations).

Adding a stage (e.g. 三调 DLTB parcels, the sea) takes one function and one entry in
:data:`STAGES`: write ``def my_stage(st): ...`` in the module of its topic (or a new one), and
append ``(my_stage, weight)`` to :data:`STAGES` after the stages it reads from (``weight``: its
share of the run time, for the progress bar). To keep every existing layer byte-identical (the
checksums in ``tests/core/test_sampledata_stages.py``), a new stage must not draw from ``st.rng``:
draw from a generator of its own, e.g. ``np.random.Generator(np.random.PCG64(st.seed * 37 + 5))``,
as :func:`.rasters.soil_karst_coast` does, and must not modify what earlier stages made.
"""
import numpy as np

from ..core._progress import checkpoint
from . import environment, landuse, marine, neighbours, rasters, settlements, terrain, vectors
from ._helpers import clear_caches
from .region import (COUNTY_CODE, COUNTY_NAME, DEFAULT_SEED, DEFAULT_SIZE, EPSG,  # noqa: F401
                     RIVER_NAMES, SURNAMES, TOWN_NAMES, VILLAGE_SUFFIX, Region, VectorLayer)

#: (stage function, weight = share of the run time in %), in the order they run
STAGES = [
    (terrain.coast, 3),
    (terrain.terrain, 3),
    (terrain.valleys, 8),
    (terrain.floodplain, 6),
    (terrain.reservoir, 5),
    (terrain.hydrology, 5),
    (terrain.county, 5),
    (settlements.towns, 5),
    (settlements.townships, 10),
    (settlements.roads, 8),
    (settlements.villages, 4),
    (landuse.landuse_terrain, 3),
    (landuse.landuse_coast, 1),
    (landuse.landuse_water, 1),
    (landuse.landuse_built, 3),
    (landuse.mines, 2),
    (landuse.landuse_2010, 4),
    (landuse.ecosystems, 1),
    (environment.climate, 5),
    (environment.planning_zones, 4),
    (environment.reserves, 2),
    (environment.watersheds, 2),
    (vectors.settlements_and_roads, 1),
    (vectors.rivers, 1),
    (vectors.coastline, 1),
    (vectors.admin_polygons, 1),
    (vectors.zone_polygons, 1),
    (rasters.rasters, 3),
    (rasters.soil_karst_coast, 2),
    (rasters.keep_masks, 0),
    (marine.sea, 0),        # weight 0 keeps the fractions the older stages report (tests); ~5 % of the run
    (neighbours.neighbours, 0),   # draws no random numbers: the layers above stay as they were
]

#: state rasters no later stage of :data:`STAGES` reads: after the named stage, :func:`generate_region`
#: drops them from the state (with the default stage list only), which cuts the peak memory by about
#: 250 B/cell (issue 20: a 4000² county within 8 GB). The outputs are unchanged (they are computed
#: before); ``tests/core/test_sampledata_stages.py`` traces which stage reads what and checks this table.
RELEASE = {
    "floodplain": ("inland",),
    "reservoir": ("z",),
    "towns": ("dist_big",),
    "roads": ("c_slope", "c_sea", "c_river", "c_res", "seat_dist", "seat_pred"),
    "mines": ("coastnoise",),
    "landuse_2010": ("big_parc", "town10", "vil10"),
    "ecosystems": ("dist_road", "prand", "brand", "forest_noise", "casuarina"),
    "rivers": ("rec",),
    "rasters": ("acc", "streams", "order", "eco20", "eco10", "ndvi20", "ndvi10", "fvc10", "npp20",
                "npp10", "et", "r_factor", "precip", "ws", "fdir"),
    "soil_karst_coast": ("slope", "head_zone", "town20", "fvc20", "k_factor"),
}


class State:
    """The shared state of the stages: plain attributes, set by one stage and read by later ones."""

    def __init__(self, **values):
        self.__dict__.update(values)


def initial_state(seed, size, cellsize):
    """The state before the first stage: grid, random generator, empty :class:`Region`."""
    n = int(size)
    if n < 60:
        raise ValueError("size must be at least 60 cells")
    cs = float(cellsize)
    x0 = 470000.0 - n * cs                          # east edge at 470 km (about 110.7 E)
    y0 = 2120000.0 + n * cs                         # south edge at 2120 km (about 19.2 N)
    # read-only broadcast views of one row / one column (no n x n memory; the same values as np.indices)
    rows = np.broadcast_to(np.arange(n)[:, None], (n, n))
    cols = np.broadcast_to(np.arange(n)[None, :], (n, n))
    return State(seed=int(seed), n=n, cs=cs,
                 rng=np.random.Generator(np.random.PCG64(int(seed))),
                 scale=n * cs / 30000.0,            # 1.0 for the default 30 km region
                 cell_km2=cs * cs / 1e6,
                 region=Region(seed=int(seed), size=n, cellsize=cs, x0=x0, y0=y0, epsg=EPSG),
                 rows=rows, cols=cols,
                 u=np.broadcast_to((cols[0] + 0.5) / n, (n, n)),                 # 0 west .. 1 east
                 v=np.broadcast_to((1.0 - (rows[:, 0] + 0.5) / n)[:, None], (n, n)))  # 0 south .. 1 north


def generate_region(seed=DEFAULT_SEED, size=DEFAULT_SIZE, cellsize=30.0, progress=None,
                    cancelled=None, stages=None):
    """Generate Demo County. Same ``seed`` and ``size`` -> identical arrays.

    ``size``: rows = columns (default 1000, i.e. 30 km x 30 km at 30 m). ``progress``: optional
    callable(fraction 0-1); ``cancelled``: optional callable() -> True to stop: the runner checks it
    before every stage and raises ``core._progress.Cancelled`` (an ``InterruptedError``). ``stages``: the stage list (default
    :data:`STAGES`; with the default, state rasters no later stage reads are dropped as :data:`RELEASE`
    says, to bound the memory; a custom list keeps the whole state). Returns a :class:`Region`.
    """
    st = initial_state(seed, size, cellsize)
    release = RELEASE if stages is None else {}
    stages = STAGES if stages is None else stages
    total = float(sum(w for _, w in stages)) or 1.0
    done = 0.0
    try:
        for stage, weight in stages:
            checkpoint(cancelled)   # core._progress.Cancelled (an InterruptedError) before the stage
            stage(st)
            for name in release.get(stage.__name__, ()):
                st.__dict__.pop(name, None)
            done += weight
            if progress is not None:
                progress(done / total)
    finally:
        clear_caches()
    return st.region
