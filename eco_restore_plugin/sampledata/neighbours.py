"""The neighbouring counties of Demo County, for the regional inset of the atlas (区位示意).

Fictitious and deterministic (no random numbers are drawn, so every other layer stays as it was): the land
around the county is split into sectors of 60° seen from the county's centre; a sector whose land outside
the county is mostly land (not sea) inside the grid is one neighbouring county. Inside the grid a neighbour
is that land (a label raster, polygonized like the other layers); beyond the grid it continues as the
sector's wedge out to :data:`REACH` grid widths (the row's ``outer_wkt`` clipped to ``outer_clip_wkt``,
added by the writer).
"""
import numpy as np

from .region import VectorLayer

#: (Chinese name, English name, code) of the neighbours, by sector (0 = east, counter-clockwise).
NEIGHBOURS = (("东岭县", "Dongling County", "469091"), ("青山县", "Qingshan County", "469092"),
              ("临江县", "Linjiang County", "469093"), ("西河县", "Xihe County", "469094"),
              ("白沙县", "Baisha County", "469095"), ("南塘县", "Nantang County", "469096"))
SECTOR_DEG = 60.0
#: how far beyond the grid the neighbours reach, in grid widths on each side (the inset shows ~1).
REACH = 3.0


def neighbours(st):
    """Add the ``neighbours`` polygon layer (label raster inside the grid + ``outer_wkt`` beyond it)."""
    region, land, sea, cs = st.region, st.land, st.sea, st.cs
    n0, n1 = land.shape
    rr, cc = np.nonzero(land)
    r0, c0 = float(rr.mean()), float(cc.mean())
    rows, cols = np.indices(land.shape)
    angle = np.degrees(np.arctan2(r0 - rows, cols - c0)) % 360.0       # 0 = east, counter-clockwise
    sector = ((angle + SECTOR_DEG / 2.0) // SECTOR_DEG).astype(np.int32) % len(NEIGHBOURS)
    outside = ~land
    labels = np.zeros(land.shape, np.int32)
    feats = []
    cx, cy = region.x0 + (c0 + 0.5) * cs, region.y0 - (r0 + 0.5) * cs
    width = max(n0, n1) * cs
    radius = width * (REACH + 1.0) * 1.5
    gx0, gy1 = region.x0, region.y0
    gx1, gy0 = gx0 + n1 * cs, gy1 - n0 * cs
    m = REACH * width
    box = "POLYGON(({0:.1f} {1:.1f}, {2:.1f} {1:.1f}, {2:.1f} {3:.1f}, {0:.1f} {3:.1f}, {0:.1f} {1:.1f}))".format(
        gx0 - m, gy0 - m, gx1 + m, gy1 + m)
    for k, (zh, en, code) in enumerate(NEIGHBOURS):
        cells = outside & (sector == k)
        if not cells.any() or (cells & ~sea).sum() < 0.5 * cells.sum():
            continue                                   # a sea sector: no neighbour there
        labels[cells & ~sea] = k + 1
        a0 = np.radians(k * SECTOR_DEG - SECTOR_DEG / 2.0)
        arc = np.linspace(a0, a0 + np.radians(SECTOR_DEG), 13)
        ring = [(cx, cy)] + [(cx + radius * np.cos(a), cy + radius * np.sin(a)) for a in arc] + [(cx, cy)]
        wkt = "POLYGON(({}))".format(", ".join("{:.1f} {:.1f}".format(x, y) for x, y in ring))
        feats.append({"label": k + 1, "name": zh, "name_en": en, "code": code, "outer_wkt": wkt, "outer_clip_wkt": box})
    region.vectors["neighbours"] = VectorLayer(
        "neighbours", "相邻县", "Neighbouring counties", "Polygon",
        [("label", "int"), ("name", "str"), ("name_en", "str"), ("code", "str")], feats, labels=labels,
        description="fictitious neighbours for the regional inset: land outside the county by 60° sector, "
                    "continued beyond the grid")
