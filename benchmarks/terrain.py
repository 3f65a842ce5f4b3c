"""Terrain-like resistance surfaces for the benchmarks (issue 19): land cover x slope with sea as nodata.

Uniform or smooth random noise flatters the solvers (no nodata, no sharp class boundaries, no long
barriers). This generator builds, at any size and in a few seconds:

* elevation: fractal (1/f) noise, sum of Gaussian-filtered white noise over octaves with amplitude
  proportional to the filter width, plus a regional tilt so that one side is lowland and coast;
* sea: the lowest ``sea`` fraction of cells connected to the map's low edge -> nodata (NaN);
* slope (degrees) from the elevation gradient (30 m cells, relief ~600 m);
* land cover from elevation bands and slope, with a small-scale noise term so that class patches are
  irregular: water (rivers/lakes in the lowest inland hollows), built-up (lowland, gentle slopes),
  farmland (lowland to hills, slope < 15 deg), grassland, forest (steep or high);
* resistance = class resistance x (1 + slope / 10), the class resistances being the common defaults of
  Chinese ecological-security-pattern studies (forest 1, grassland 10, farmland 30, water 50,
  built-up 500; cf. the resistance-surface algorithm's defaults).

``landcover_x_slope(n, seed)`` returns (resistance float64 with NaN sea, land cover uint8 with 0 = sea).
"""
import numpy as np
from scipy import ndimage

CLASS_RESISTANCE = {1: 1.0, 2: 10.0, 3: 30.0, 4: 50.0, 5: 500.0}  # forest, grass, farm, water, built-up


def landcover_x_slope(n, seed=1, sea=0.12, cell=30.0):
    rng = np.random.default_rng(seed)
    z = np.zeros((n, n), dtype=np.float64)
    sigma = max(n / 8.0, 2.0)
    while sigma >= 1.0:
        z += sigma * ndimage.gaussian_filter(rng.standard_normal((n, n)), sigma, mode="reflect")
        sigma /= 2.0
    z = (z - z.mean()) / z.std()
    yy, xx = np.mgrid[0:n, 0:n] / float(n)
    z += 2.5 * (0.6 * yy + 0.4 * xx)  # regional tilt: low corner at the top left
    z = (z - z.min()) / (z.max() - z.min()) * 600.0
    # sea: lowest cells connected to the top or left edge
    low = z < np.quantile(z, sea)
    lab, _ = ndimage.label(low)
    edge_ids = np.unique(np.concatenate([lab[0, :], lab[:, 0]]))
    sea_mask = np.isin(lab, edge_ids[edge_ids > 0])
    gy, gx = np.gradient(z, cell)
    slope = np.degrees(np.arctan(np.hypot(gx, gy)))
    jitter = ndimage.gaussian_filter(rng.standard_normal((n, n)), 2.0) * 30.0
    e = z + jitter
    lc = np.full((n, n), 1, dtype=np.uint8)                       # forest
    q = np.quantile(e[~sea_mask], [0.25, 0.55, 0.75])
    lc[(e < q[2])] = 2                                             # grassland
    lc[(e < q[1]) & (slope < 15)] = 3                              # farmland
    lc[(e < q[0]) & (slope < 8) & (jitter > 3)] = 5                # built-up
    lc[(e < q[2]) & (slope > 25)] = 1                              # steep: forest
    hollow = ndimage.minimum_filter(z, size=9) == z
    lc[ndimage.binary_dilation(hollow & ~sea_mask, iterations=2)] = 4  # lakes / reservoirs
    lc[sea_mask] = 0
    base = np.zeros(6)
    for k, v in CLASS_RESISTANCE.items():
        base[k] = v
    res = base[lc] * (1.0 + slope / 10.0)
    res[sea_mask] = np.nan
    return res, lc
