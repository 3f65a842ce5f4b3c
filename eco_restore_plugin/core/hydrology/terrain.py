"""Slope, aspect and hillshade of a DEM (Horn 1981 finite differences)."""

import numpy as np
from scipy import ndimage

from .flow import _as_mask

__all__ = ["slope_aspect", "hillshade"]


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
    p = np.pad(z, 1, mode="edge")
    a, b, c = p[:-2, :-2], p[:-2, 1:-1], p[:-2, 2:]
    d, f = p[1:-1, :-2], p[1:-1, 2:]
    g, h, i = p[2:, :-2], p[2:, 1:-1], p[2:, 2:]
    gx = ((c + 2 * f + i) - (a + 2 * d + g)) / (8.0 * dx)      # dz/dx, east positive
    gy = ((a + 2 * b + c) - (g + 2 * h + i)) / (8.0 * dy)      # dz/dy, north positive
    grad = np.hypot(gx, gy)
    slope = grad * 100.0 if units == "percent" else np.degrees(np.arctan(grad))
    aspect = np.degrees(np.arctan2(-gx, -gy)) % 360.0
    aspect = np.where(grad > 0, aspect, -1.0)
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
