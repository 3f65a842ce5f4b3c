"""Slope, aspect and hillshade of a DEM (Horn 1981 finite differences)."""

import numpy as np
from scipy import ndimage

from .flow import _as_mask

__all__ = ["slope_aspect", "hillshade"]

_BAND_ROWS = 256


def slope_aspect(dem, *, cellsize, mask=None, units="degrees"):
    """Slope and aspect by Horn's (1981) third-order finite difference (3x3 window).

    ``cellsize``: a number or (dx, dy) in the DEM's horizontal unit. Slope in degrees (or
    ``units="percent"``); aspect in degrees clockwise from north, the direction the slope faces
    (downslope), -1 on flat cells. Edges and masked cells use the nearest valid value for the
    window; output is NaN on masked cells. Returns (slope, aspect) float64 arrays.
    """
    dem, m = _as_mask(dem, mask)
    dx, dy = (cellsize, cellsize) if np.isscalar(cellsize) else cellsize
    z = dem
    if m.any():
        _, (ir, ic) = ndimage.distance_transform_edt(m, return_indices=True)
        z = dem[ir, ic]
    height = z.shape[0]
    slope, aspect = np.empty(z.shape), np.empty(z.shape)
    for r0 in range(0, height, _BAND_ROWS):       # by row bands (the same values; temporaries stay in cache)
        r1 = min(height, r0 + _BAND_ROWS)
        rows = np.r_[max(r0 - 1, 0), r0:r1, min(r1, height - 1)]     # a row above and below, edge repeated
        p = np.pad(z[rows], ((0, 0), (1, 1)), mode="edge")
        a, b, c = p[:-2, :-2], p[:-2, 1:-1], p[:-2, 2:]
        d, f = p[1:-1, :-2], p[1:-1, 2:]
        g, h, i = p[2:, :-2], p[2:, 1:-1], p[2:, 2:]
        gx = ((c + 2 * f + i) - (a + 2 * d + g)) / (8.0 * dx)      # dz/dx, east positive
        gy = ((a + 2 * b + c) - (g + 2 * h + i)) / (8.0 * dy)      # dz/dy, north positive
        grad = np.hypot(gx, gy)
        slope[r0:r1] = grad * 100.0 if units == "percent" else np.degrees(np.arctan(grad))
        asp = np.degrees(np.arctan2(-gx, -gy)) % 360.0
        aspect[r0:r1] = np.where(grad > 0, asp, -1.0)
    slope[m] = np.nan
    aspect[m] = np.nan
    return slope, aspect


def hillshade(dem, *, cellsize, azimuth=315.0, altitude=45.0, z_factor=1.0):
    """Hillshade 0-1 (Horn 1981 gradients; illumination model of Burrough & McDonnell 1998)."""
    slope, aspect = slope_aspect(np.asarray(dem, np.float64) * z_factor, cellsize=cellsize)
    zen = np.radians(90.0 - altitude)
    s = np.radians(slope)
    asp = np.radians(np.where(aspect < 0, 0, aspect))
    hs = np.cos(zen) * np.cos(s) + np.sin(zen) * np.sin(s) * np.cos(np.radians(azimuth) - asp)
    return np.clip(np.nan_to_num(hs), 0, 1)
