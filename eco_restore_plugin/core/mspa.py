"""Morphological Spatial Pattern Analysis (MSPA) of a binary habitat raster.

Method: METHODS.md section 2 "Sources" - Soille & Vogt 2009, "Morphological segmentation of binary
patterns", Pattern Recognition Letters 30: 456-459; GuidosToolbox MSPA (Vogt & Riitters 2017).
Foreground connectivity 8 (or 4), edge width ``s`` in cells. Steps (scipy.ndimage morphology):

1. Core C = foreground eroded ``s`` times by the elementary structuring element (3x3 square for
   8-connectivity, cross for 4) - foreground cells farther than ``s`` from background.
   (not verified against GuidosToolbox itself) GuidosToolbox's exact distance for 8-connectivity is taken here as the chessboard one.
2. Islet = foreground components (with the foreground connectivity) that contain no core.
3. Boundary zone = (C dilated ``s`` times, intersected with the foreground) minus C. Its cells near
   the outer background are Edge; those only near holes of the dilated core (background
   enclosed, flood-filled with the complementary connectivity) are Perforation.
4. The rest of the foreground (connectors) is split into components: one touching the boundary
   zones of two or more cores = Bridge; touching one core at two or more separate places = Loop;
   otherwise Branch. (Simplification: a side branch off a bridge or loop takes the bridge's / loop's
   class; GuidosToolbox splits it off as Branch.)

Class codes are GuidosToolbox's (without the "internal" +100 variants): see the constants.
"""
import numpy as np
from scipy import ndimage

#: GuidosToolbox MSPA codes.
BACKGROUND = 0
BRANCH = 1
EDGE = 3
PERFORATION = 5
ISLET = 9
CORE = 17
BRIDGE = 33
LOOP = 65
MISSING = 129

CLASS_NAMES = {BACKGROUND: "background", BRANCH: "branch", EDGE: "edge", PERFORATION: "perforation",
               ISLET: "islet", CORE: "core", BRIDGE: "bridge", LOOP: "loop", MISSING: "missing"}

_SQUARE = np.ones((3, 3), bool)
_CROSS = ndimage.generate_binary_structure(2, 1)


def mspa(foreground, *, edge_width=1, connectivity=8, missing=None):
    """MSPA classes of a binary foreground raster (GuidosToolbox codes).

    Method: Soille & Vogt 2009 morphological segmentation (module docstring); METHODS.md section 2.

    foreground: 2-D bool (or 0/1) array; cells outside the raster count as background.
    edge_width: width of edge / perforation in cells (>= 1).
    connectivity: 8 (default) or 4 for the foreground.
    missing: optional bool mask of nodata cells; they get MISSING and count as background.
    Returns uint8 array of codes.
    """
    fg = np.asarray(foreground).astype(bool)
    if fg.ndim != 2:
        raise ValueError("foreground must be 2-D")
    s = int(edge_width)
    if s < 1:
        raise ValueError("edge_width must be >= 1")
    if connectivity == 8:
        se, bg_se = _SQUARE, _CROSS
    elif connectivity == 4:
        se, bg_se = _CROSS, _SQUARE
    else:
        raise ValueError("connectivity must be 8 or 4")
    miss = None
    if missing is not None:
        miss = np.asarray(missing, bool)
        fg = fg & ~miss
    out = np.zeros(fg.shape, np.uint8)
    core = ndimage.binary_erosion(fg, se, iterations=s, border_value=0)
    # islets: foreground components without core
    comp, ncomp = ndimage.label(fg, se)
    has_core = np.zeros(ncomp + 1, bool)
    has_core[comp[core]] = True
    has_core[0] = False
    islet = fg & ~has_core[comp]
    opened = ndimage.binary_dilation(core, se, iterations=s) & fg
    zone = opened & ~core
    filled = ndimage.binary_fill_holes(opened, structure=bg_se)
    outer = ~filled
    near_outer = ndimage.binary_dilation(outer, se, iterations=s, border_value=1)
    edge = zone & near_outer
    perforation = zone & ~near_outer
    connectors = fg & ~opened & ~islet
    out[core] = CORE
    out[edge] = EDGE
    out[perforation] = PERFORATION
    out[islet] = ISLET
    if connectors.any():
        out[connectors] = _classify_connectors(connectors, core, opened, se, s)
    if miss is not None:
        out[miss] = MISSING
    return out


def _classify_connectors(connectors, core, opened, se, s):
    """BRIDGE / LOOP / BRANCH code for every connector cell (in connectors' nonzero order)."""
    core_lab, _ = ndimage.label(core, se)
    zl = _carry_labels(core_lab, opened, se, s)
    rlab, nr = ndimage.label(connectors, se)
    nrow, ncol = connectors.shape
    # the (connector, core) label pairs of neighbouring cells, looked up from the connector cells only
    rr, cc = np.nonzero(connectors)
    own = rlab[rr, cc]
    pairs = []
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if (dr, dc) == (0, 0) or not se[dr + 1, dc + 1]:
                continue
            r2, c2 = rr + dr, cc + dc
            inside = (r2 >= 0) & (r2 < nrow) & (c2 >= 0) & (c2 < ncol)
            b = zl[r2[inside], c2[inside]]
            m = b > 0
            pairs.append(np.stack([own[inside][m], b[m]], axis=1))
    pairs = np.unique(np.concatenate(pairs), axis=0)
    n_cores = np.bincount(pairs[:, 0], minlength=nr + 1)
    # separate contact sites: connector cells adjacent to the dilated-core zone, labelled
    contact = connectors & ndimage.binary_dilation(opened, se)
    clab, _ = ndimage.label(contact, se)
    sites = np.unique(np.stack([rlab[contact], clab[contact]], axis=1), axis=0)
    n_sites = np.bincount(sites[:, 0], minlength=nr + 1)
    code = np.full(nr + 1, BRANCH, np.uint8)
    code[(n_cores == 1) & (n_sites >= 2)] = LOOP
    code[n_cores >= 2] = BRIDGE
    return code[rlab[connectors]]


def _carry_labels(core_lab, opened, se, s, rows=256):
    """Core labels carried over the boundary zone: ``s`` steps of label dilation (the largest label of the
    ``se`` neighbourhood) inside ``opened``. By row bands read with ``s`` rows above and below: a step
    moves a label one row, so the band's own rows are those of the whole-raster steps, and the working
    set stays in cache (whole-raster dilations of int32 labels cost 2.2 × as much per cell at 4000² as
    at 2000²)."""
    zl = core_lab.copy()
    height = zl.shape[0]
    for r0 in range(0, height, rows):
        r1 = min(height, r0 + rows)
        a0, a1 = max(0, r0 - s), min(height, r1 + s)
        band, inside = core_lab[a0:a1].copy(), opened[a0:a1]
        for _ in range(s):
            grown = ndimage.grey_dilation(band, footprint=se)
            fill = inside & (band == 0)
            band[fill] = grown[fill]
        zl[r0:r1] = band[r0 - a0:r1 - a0]
    return zl


def class_areas(codes, *, cell_area=1.0):
    """Area of each MSPA class present, as {name: area} (Soille & Vogt 2009 class statistics)."""
    codes = np.asarray(codes)
    if codes.dtype == np.uint8:       # what mspa() returns: a count per code, no sort
        counts = np.bincount(codes.ravel(), minlength=256)
        vals = np.nonzero(counts)[0]
        counts = counts[vals]
    else:
        vals, counts = np.unique(codes, return_counts=True)
    return {CLASS_NAMES.get(int(v), str(int(v))): float(c) * cell_area for v, c in zip(vals, counts)}
