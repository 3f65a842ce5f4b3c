"""Demo County as an ordered list of stages: the same output as before the split, cancel, extension.

The checksums below were written by the single-function generator before it was split into stages
(``generate_region(seed=2020, size=100)``, numpy 1.24.2, scipy 1.10.1): a regression guard that
every raster, vector attribute and label raster is unchanged. A stage added later must keep them.
Changed on purpose since: the climate and vegetation rasters (npp, precipitation, et, fvc, ndvi, R, K)
now also cover the intertidal land-use cells (mangroves 303, tidal flats 1105), which were nodata.
"""
import hashlib

import numpy as np
import pytest

from eco_restore_plugin.sampledata import generate as G
from eco_restore_plugin.sampledata.generate import STAGES, generate_region

RASTERS = {
    "dem": "feade21b5a8e68b6", "slope": "1f34fc64fe430511",
    "landuse_2010": "9ee7cc6316fe7c2d", "landuse_2020": "d382ad2a8a4a76ac",
    "ecosystem_2010": "319cc2afd6c807e2", "ecosystem_2020": "bc685c53c9adebfe",
    "npp": "fae5c93789c0abf2", "npp_2010": "97515930590947ac",
    "precipitation": "db4e183af6c2e028", "et": "eda67bb8de3a8a7f",
    "fvc": "1dae65c4741d2b60", "fvc_2010": "bd8ef5b05f29d561",
    "ndvi_2010": "922c453bbd09e44d", "ndvi_2020": "8bd68ed2a3c903f0",
    "r_factor": "bd1c435b11f76fb6", "k_factor": "e8ffd40402bb2e94",
    "rivers": "ac963be4c63dbb47", "flow_direction": "ef69cc1fa6a4a0c3",
    "flow_accumulation": "9a1486c236f1bbdd", "watersheds": "a2d27c4f8127180e",
    "townships": "0325d6c9beae8828", "soil_texture": "8aa1b1d25171695d",
    "karst": "e14c2505f8414886", "carbonate_outcrop": "51894f9547b825e1",
    "shore_type": "df9b05ca349bb88e", "storm_surge": "813c438ac5b6515d",
    "wave_height": "16bbc71aecc1a7f8", "erosion_rate": "038a486201b5a6bc",
}
#: vector layer -> (checksum of its features with geometry and attributes, of its label raster)
VECTORS = {
    "settlements": ("07958b4a31f2a3d6", "dc937b59892604f5"),
    "roads": ("79690607f4b9f0c7", "dc937b59892604f5"),
    "rivers": ("5d2f4b9ed5198eda", "dc937b59892604f5"),
    "coastline": ("fbb648dbb950e331", "dc937b59892604f5"),
    "townships": ("678fda2b260bc470", "0325d6c9beae8828"),
    "county": ("f00365c8a1446f35", "98e17741cb40c3e1"),
    "watersheds": ("4889b489ce920a2b", "a2d27c4f8127180e"),
    "red_line": ("b5ac4eadcfbcede8", "d9faaf31514dc847"),
    "basic_farmland": ("7ce05ffa148637f1", "0a1031718c4e6d3f"),
    "urban_boundary": ("f0f23f9b54b3ee0d", "338a89d6e237155a"),
    "nature_reserves": ("75ffd71fcef89215", "4652050330f0087e"),
    "mines": ("dfa5234784257b2f", "1a8d81a0f2fd8a8c"),
}


def checksum(obj):
    """First 16 hex digits of the SHA-256 of an array (dtype, shape, bytes) or of repr(obj)."""
    h = hashlib.sha256()
    if isinstance(obj, np.ndarray):
        a = np.ascontiguousarray(obj)
        h.update(str(a.dtype).encode())
        h.update(str(a.shape).encode())
        h.update(a.tobytes())
    else:
        h.update(repr(obj).encode())
    return h.hexdigest()[:16]


@pytest.fixture(scope="module")
def region():
    return generate_region(seed=2020, size=100)


#: layers of the later sea stage (marine.sea), appended after the layers above
MARINE_RASTERS = ["bathymetry", "marine_habitat_2010", "marine_habitat_2020", "coastal_elevation", "salinity", "substrate",
                  "sea_wave_height"]
MARINE_VECTORS = ["shoreline_2010", "shoreline_2020", "island", "sea_use_zones", "marine_stations"]
#: the neighbouring counties (stage neighbours.neighbours, last; draws no random numbers)
LATER_VECTORS = ["neighbours"]


def test_rasters_as_before_the_split(region):
    assert list(region.rasters) == list(RASTERS) + MARINE_RASTERS     # same layers, same order
    assert {k: checksum(region.rasters[k]) for k in RASTERS} == RASTERS


def test_vectors_as_before_the_split(region):
    assert list(region.vectors) == list(VECTORS) + MARINE_VECTORS + LATER_VECTORS
    got = {k: (checksum(region.vectors[k].features), checksum(region.vectors[k].labels)) for k in VECTORS}
    assert got == VECTORS


def test_progress_rises_to_one_stage_by_stage():
    seen = []
    generate_region(seed=3, size=60, progress=seen.append)
    assert len(seen) == len(STAGES)
    assert all(b >= a for a, b in zip(seen, seen[1:])) and seen[-1] == pytest.approx(1.0)
    assert seen[0] == pytest.approx(STAGES[0][1] / sum(w for _, w in STAGES))
    # the fractions the single-function generator reported are still reported (and a few more)
    before = (0.03, 0.06, 0.14, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.58, 0.62, 0.72, 0.76, 0.82, 0.88, 0.9,
              0.95, 1.0)
    assert set(before) <= {round(f, 2) for f in seen}


def test_cancel_stops_between_stages():
    ran = []
    stages = [(lambda st, i=i: ran.append(i), 1) for i in range(5)]
    with pytest.raises(InterruptedError):
        generate_region(size=60, stages=stages, cancelled=lambda: len(ran) >= 2)
    assert ran == [0, 1]                     # the third stage never started
    with pytest.raises(InterruptedError):    # cancelled before anything ran
        generate_region(size=60, cancelled=lambda: True)


def test_a_new_stage_is_one_function_and_one_entry(region):
    """A stage with its own generator appended to the list adds its layer and changes nothing else."""
    def sea_depth_class(st):
        rng = np.random.Generator(np.random.PCG64(st.seed * 37 + 5))
        depth = np.where(st.sea, -st.dem, 0) + 0 * rng.random(st.region.shape)
        st.region.add("depth_class", np.digitize(depth, [0.5, 2, 5]).astype(np.uint8),
                      "水深分级", "Depth class", "class", 0)

    again = generate_region(seed=2020, size=100, stages=STAGES + [(sea_depth_class, 1)])
    assert list(again.rasters) == list(RASTERS) + MARINE_RASTERS + ["depth_class"]
    assert {k: checksum(again.rasters[k]) for k in RASTERS} == RASTERS
    depth = again.rasters["depth_class"]
    sea, deep = region.extra["sea"], region.rasters["dem"] < -5
    assert (sea & deep).sum() > 100
    assert (depth[~sea] == 0).all() and (depth[sea & deep] == 3).all()


def test_initial_state_and_bad_size():
    st = G.initial_state(2020, 100, 30.0)
    assert st.scale == pytest.approx(0.1) and st.cell_km2 == pytest.approx(0.0009)
    assert st.region.x0 == 467000.0 and st.region.y0 == 2123000.0
    with pytest.raises(ValueError):
        generate_region(size=59)


def test_release_table_drops_only_what_no_later_stage_reads():
    """generate_region drops state rasters after the stage RELEASE names (memory, issue 20). Traced on a
    run of every stage: each dropped attribute exists when dropped and no later stage reads it."""
    order = [stage.__name__ for stage, _ in STAGES]
    current = [None]
    last_read = {}

    class Traced(G.State):
        def __getattribute__(self, key):
            if not key.startswith("__"):
                last_read[key] = current[0]
            return object.__getattribute__(self, key)

    st = Traced(**G.initial_state(2020, 100, 30.0).__dict__)
    for stage, _ in STAGES:
        current[0] = stage.__name__
        stage(st)
    made = object.__getattribute__(st, "__dict__")
    assert set(G.RELEASE) <= set(order)
    for after, names in G.RELEASE.items():
        for name in names:
            assert name in made, name
            assert order.index(last_read[name]) <= order.index(after), (name, last_read[name], after)


@pytest.mark.parametrize("shape, sigma", [((31, 17), 2.0), ((200, 301), 5.5), ((1, 9), 1.0), ((64, 2), 30.0)])
def test_gaussian_in_threads_equals_the_one_thread_filter(shape, sigma):
    # split by columns for the pass along axis 0 and by rows for the pass along axis 1: bit for bit
    from scipy import ndimage

    from eco_restore_plugin.sampledata._helpers import _gaussian_in_threads

    a = np.random.default_rng(5).standard_normal(shape)
    assert np.array_equal(_gaussian_in_threads(a, sigma), ndimage.gaussian_filter(a, sigma))
