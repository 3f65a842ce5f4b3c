"""Ecological sources (生态源地): habitat patches filtered by area and ranked by connectivity importance.

Method: METHODS.md section 2 - sources are core areas (MSPA core, Soille & Vogt 2009), protected areas or
habitat hot spots above a minimum area, ranked by their importance for landscape connectivity dPC and
dIIC (Saura & Pascual-Hortal 2007; Pascual-Hortal & Saura 2006; Conefor, Saura & Torne 2009) with the
fractions dPCintra / dPCflux / dPCconnector of Saura & Rubio 2010 (Ecography 33: 523-537), and the
equivalent connected area EC(PC) = sqrt(PC) A_L (Saura et al. 2011, Ecological Indicators 11: 407-416).
"""
import math

import numpy as np
from scipy import ndimage

from . import connectivity as cn
from . import removal
from ._progress import sub_progress


def habitat_patches(habitat, *, cell_area, min_area=0.0, connectivity=8):
    """Label the patches of a boolean habitat raster and keep those of at least ``min_area``.

    cell_area and min_area in the same unit (e.g. hm²). connectivity 8 or 4 (patch rule).
    Returns (labels 1..n in scan order of the kept patches, 0 elsewhere; areas[n]; number of
    patches before the area filter).
    Method: connected-component labelling (scipy.ndimage.label), METHODS.md §2 (ecological sources).
    """
    hab = np.asarray(habitat, dtype=bool)
    if connectivity not in (4, 8):
        raise ValueError("connectivity must be 4 or 8")
    structure = np.ones((3, 3), bool) if connectivity == 8 else ndimage.generate_binary_structure(2, 1)
    lab, n = ndimage.label(hab, structure=structure)
    if n == 0:
        return np.zeros(hab.shape, np.int32), np.zeros(0), 0
    counts = np.bincount(lab.ravel(), minlength=n + 1)[1:]
    areas = counts * float(cell_area)
    keep = areas >= float(min_area)
    new = np.zeros(n + 1, np.int32)
    new[1:][keep] = np.arange(1, int(keep.sum()) + 1, dtype=np.int32)
    return new[lab], areas[keep], n


def rank_sources(areas, distances, *, dispersal_distance, probability=0.5, iic_threshold=None,
                 landscape_area=None, tolerance=0.0, progress=None, cancelled=None):
    """Connectivity importance of every patch (Saura & Pascual-Hortal 2007; Saura & Rubio 2010).

    areas: a_i (any unit, e.g. hm²); distances: edge-to-edge distance matrix (m);
    dispersal_distance d0 (m) with probability p0 (default 0.5): p_ij = exp(-k d_ij), k = -ln p0 / d0;
    iic_threshold: link distance of IIC (default d0); landscape_area A_L (unit of areas; default
    the sum of the areas; dI values do not depend on it); tolerance: largest error allowed on dPC and its
    fractions (percentage points; 0 = exact), by leaving out improbable paths (``removal.pc_importance``).
    Returns a dict: dIIC, dPC, dPC_intra, dPC_flux, dPC_connector (arrays, %), rank (1 = highest dPC,
    ties by larger area), IIC, PC, EC_PC (equivalent connected area, unit of areas), A_L.
    Raises :class:`~._progress.Cancelled` on cancel."""
    a = np.asarray(areas, dtype=np.float64)
    d = np.asarray(distances, dtype=np.float64)
    n = len(a)
    if n == 0:
        raise ValueError("no habitat patch: nothing to rank")
    if d.shape != (n, n):
        raise ValueError("the distance matrix must be n x n")
    if np.any(a <= 0):
        raise ValueError("patch areas must be positive")
    al = float(landscape_area) if landscape_area else float(a.sum())
    if al < a.sum() * (1 - 1e-9):
        raise ValueError("the landscape area A_L ({:.6g}) is smaller than the patches' total area "
                         "({:.6g})".format(al, a.sum()))
    thr = float(dispersal_distance) if iic_threshold is None else float(iic_threshold)
    k = cn.decay_constant(dispersal_distance, probability=probability)
    p = cn.direct_probability(d, k=k)
    if tolerance and tolerance > 0:
        res = removal.pc_importance(a, p, tolerance=tolerance, progress=sub_progress(progress, 0.0, 0.5),
                                    cancelled=cancelled)
        dpc, intra, flux, pc_value = res["dPC"], res["intra"], res["flux"], res["S"] / al ** 2
    else:
        dpc = cn.delta_pc(a, p, landscape_area=al, progress=sub_progress(progress, 0.0, 0.5),
                          cancelled=cancelled)
        intra, flux = cn.delta_pc_fractions(a, p)
        pc_value = cn.pc(a, p, landscape_area=al)
    diic = cn.delta_iic(a, d, threshold=thr, landscape_area=al, progress=sub_progress(progress, 0.5, 1.0),
                        cancelled=cancelled)
    iic_value = cn.iic(a, cn.topological_links(d, threshold=thr), landscape_area=al)
    order = np.lexsort((-a, -np.round(dpc, 9)))
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(1, n + 1)
    return {"dIIC": diic, "dPC": dpc, "dPC_intra": intra, "dPC_flux": flux,
            "dPC_connector": dpc - intra - flux, "rank": rank, "IIC": iic_value, "PC": pc_value,
            "EC_PC": math.sqrt(pc_value) * al, "A_L": al}


def select_sources(rank, dpc, *, top_n=None, min_dpc=None):
    """Boolean selection of sources: the ``top_n`` best ranked and/or those with dPC >= ``min_dpc``
    (both criteria must hold when both are given; none = all).
    Method: METHODS.md §2 (sources ranked by dPC, Saura & Pascual-Hortal 2007).
    """
    rank = np.asarray(rank)
    keep = np.ones(len(rank), dtype=bool)
    if top_n:
        keep &= rank <= int(top_n)
    if min_dpc is not None:
        keep &= np.asarray(dpc) >= float(min_dpc)
    return keep
