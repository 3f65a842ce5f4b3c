"""Conflicts between the three spaces and their buffer areas."""

import numpy as np

from .._distance import nearest_distance_within
from .modes import AGRICULTURAL, ECOLOGICAL, URBAN

__all__ = ["CONFLICT_TYPES", "conflict_buffers"]


# ------------------------------------------------------------------------------------------------
# Conflict and buffer areas between the three spaces
# ------------------------------------------------------------------------------------------------
#: code -> (type, spaces, measures). Conflicts (≥ 4) override buffers (1-3).
CONFLICT_TYPES = {
    1: ("生态-农业缓冲带", "生态空间/农业空间", "农田防护林带、生态田埂、植被缓冲带，减少面源污染"),
    2: ("生态-城镇缓冲带", "生态空间/城镇空间", "城市绿带、郊野公园、控制建设侵占生态空间"),
    3: ("农业-城镇缓冲带", "农业空间/城镇空间", "隔离绿带、控制城镇蔓延、保护耕地"),
    4: ("廊道穿越农业空间", "生态廊道/农业空间", "农田林网、生态沟渠、保留廊道宽度"),
    5: ("廊道穿越城镇空间", "生态廊道/城镇空间", "城市绿道与绿廊、生态桥、限制建设"),
    6: ("生态保护红线与永久基本农田重叠", "生态保护红线/永久基本农田", "核实调整、有序退出或生态化利用"),
    7: ("生态保护红线与城镇开发边界重叠", "生态保护红线/城镇开发边界", "调整城镇开发边界、退出建设"),
    8: ("永久基本农田与城镇开发边界重叠", "永久基本农田/城镇开发边界", "核实调整城镇开发边界"),
}


def conflict_buffers(space, *, cellsize, widths=(100.0, 200.0, 100.0), corridor=None, red_line=None,
                     farmland=None, urban_boundary=None):
    """Conflict and buffer areas (codes of :data:`CONFLICT_TYPES`, uint8, 0 elsewhere).

    Method: METHODS.md §3 ("ecological buffers and corridors where the three spaces meet or
    conflict", Qionghai work plan 五): buffer band of a pair of spaces (eco-agri, eco-urban,
    agri-urban) = cells of either space within ``widths[pair]`` metres (Euclidean distance to the
    nearest cell centre of the other space, scipy EDT by row bands: core._distance) of the other;
    where two bands overlap the stronger conflict wins (eco-urban > eco-agri > agri-urban). Conflicts override buffers:
    corridor cells in agricultural (4) or urban (5) space; overlaps of control lines: red line
    with farmland (6) or urban boundary (7), farmland with urban boundary (8); the higher code wins.
    """
    sp = np.asarray(space).astype(np.int64)
    cx, cy = (cellsize, cellsize) if np.isscalar(cellsize) else cellsize
    out = np.zeros(sp.shape, np.uint8)
    dist = {}
    # distances matter up to the widest band only: by row bands (exact up to it, beyond it elsewhere)
    reach = max([float(w) for w in widths if w is not None and w > 0] or [0.0])
    for s in (ECOLOGICAL, AGRICULTURAL, URBAN):
        m = sp == s
        dist[s] = nearest_distance_within(m, reach=reach, sampling=(cy, cx))     # inf without the space
    pairs = ((AGRICULTURAL, URBAN, 3, widths[2]), (ECOLOGICAL, AGRICULTURAL, 1, widths[0]),
             (ECOLOGICAL, URBAN, 2, widths[1]))
    for a, b, code, width in pairs:  # later (stronger) pairs overwrite
        if width is None or width <= 0:
            continue
        band = ((sp == a) & (dist[b] <= width)) | ((sp == b) & (dist[a] <= width))
        out[band] = code
    if corridor is not None:
        cor = np.asarray(corridor, bool)
        out[cor & (sp == AGRICULTURAL)] = 4
        out[cor & (sp == URBAN)] = 5
    rl = None if red_line is None else np.asarray(red_line, bool)
    fl = None if farmland is None else np.asarray(farmland, bool)
    ub = None if urban_boundary is None else np.asarray(urban_boundary, bool)
    if rl is not None and fl is not None:
        out[rl & fl] = 6
    if rl is not None and ub is not None:
        out[rl & ub] = 7
    if fl is not None and ub is not None:
        out[fl & ub] = 8
    return out
