"""Patch, class and landscape metrics (FRAGSTATS 4.2 formulas, McGarigal et al. 2012), metrics per
zone, and the metrics table.
"""

import math

import numpy as np
from scipy import ndimage

from .._progress import checkpoint
from .catalogue import (
    CLASS_METRICS, LANDSCAPE_METRICS, _NAN, _encode, _max_like_adjacency, _min_perimeter, _stats,
    _valid_mask,
)
from .patches import _Landscape
from .shape_core import nlsi, pafrac

__all__ = [
    "compute_metrics", "class_metrics", "landscape_metrics", "patch_metrics", "zonal_metrics",
    "metrics_table",
]


# ----------------------------------------------------------------------------------------------
# metric formulas
# ----------------------------------------------------------------------------------------------
def _patch_values(L):
    """Patch-level AREA, PERIM, SHAPE, FRAC, PARA, CONTIG, ENN arrays (FRAGSTATS v4 help, patch
    metrics; PARA in m/ha, FRAC with p in m and a in m2, single cells FRAC = 1)."""
    cs = L.cs
    a_cells = L.patch_cells.astype(float)
    p_cells = L.patch_perim.astype(float)
    area_m2 = a_cells * cs * cs
    perim_m = p_cells * cs
    with np.errstate(divide="ignore", invalid="ignore"):
        frac = 2.0 * np.log(0.25 * perim_m) / np.log(area_m2)
    frac = np.where(L.patch_cells == 1, 1.0, frac)
    geo = L.geometry or {}
    extra = {}
    if geo:
        extra = {"GYRATE": geo["GYRATE"] * cs, "CIRCLE": geo["CIRCLE"], "CORE": geo["CORE"] * cs * cs / 1e4,
                 "NCORE": geo["NCORE"].astype(float), "CAI": 100.0 * geo["CORE"] / a_cells}
    return {
        **extra,
        "AREA": area_m2 / 1e4,
        "PERIM": perim_m,
        "SHAPE": p_cells / _min_perimeter(L.patch_cells),
        "FRAC": frac,
        "PARA": perim_m / (area_m2 / 1e4),
        "CONTIG": L.patch_contig,
        "ENN": L.patch_enn,
    }


def _entropy_terms(p):
    p = p[p > 0]
    return float(-(p * np.log(p)).sum()), float((p * p).sum()), len(p)


def _compute(L, count_boundary):
    cs, m, N = L.cs, L.m, L.N
    cell_ha = cs * cs / 1e4
    A_ha = N * cell_ha
    adj = L.adj
    like2 = np.diag(adj)[:m].astype(float)               # double-count like adjacencies g_ii
    inner = adj[:m, :m].astype(float)
    boundary = adj[:m, m].astype(float)                  # sides facing the boundary / excluded
    te_cls = inner.sum(axis=1) - like2                   # internal edge count per class
    if count_boundary:
        te_cls = te_cls + boundary
    te_land = (inner.sum() - like2.sum()) / 2.0 + (boundary.sum() if count_boundary else 0.0)
    pv = _patch_values(L)
    area = pv["AREA"]
    geo = L.geometry or {}
    geo_bases = ("GYRATE", "CIRCLE", "CORE", "CAI") if geo else ()
    if geo:  # disjunct core areas (ha) and their patches
        dcore = geo["DCORE_CELLS"] * cell_ha
        dpatch = geo["DCORE_PATCH"]
    a_cells = L.patch_cells.astype(float)
    p_cells = L.patch_perim.astype(float)
    P = L.counts / N if N else np.zeros(m)
    classes = {}
    n_cls = m
    for c, value in enumerate(L.classes):
        lo, hi = L.offsets[c], L.offsets[c + 1]
        n = float(L.counts[c])
        r = {}
        r["CA"] = n * cell_ha
        r["PLAND"] = 100.0 * n / N
        r["NP"] = int(hi - lo)
        r["PD"] = (hi - lo) / A_ha * 100.0
        ac = a_cells[lo:hi]
        r["LPI"] = 100.0 * ac.max() / N
        r["TE"] = te_cls[c] * cs
        r["ED"] = r["TE"] / A_ha
        e_all = inner[c].sum() - like2[c] + boundary[c]
        r["LSI"] = e_all / float(_min_perimeter(int(n)))
        for base in ("AREA", "SHAPE", "FRAC", "PARA", "CONTIG", "ENN") + geo_bases:
            for suf, val in _stats(pv[base][lo:hi], area[lo:hi]).items():
                r[base + "_" + suf] = val
        r["NLSI"] = nlsi(e_all, n, N, _min_perimeter(int(n)), boundary.sum())
        r["PAFRAC"] = pafrac(a_cells[lo:hi] * cs * cs, p_cells[lo:hi] * cs)
        if geo:
            r["TCA"] = float(pv["CORE"][lo:hi].sum())
            r["CPLAND"] = 100.0 * r["TCA"] / A_ha
            r["NDCA"] = float(pv["NCORE"][lo:hi].sum())
            r["DCAD"] = r["NDCA"] / A_ha * 100.0
            sel = (dpatch >= lo) & (dpatch < hi)
            for suf, val in _stats(dcore[sel], dcore[sel]).items():
                r["DCORE_" + suf] = val
        g_all = 4.0 * n
        mine = float(_min_perimeter(int(n)))
        G = like2[c] / (g_all - mine) if g_all > mine else _NAN
        Pi = P[c]
        if not np.isfinite(G) or Pi >= 1.0:
            r["CLUMPY"] = _NAN
        elif G < Pi and Pi < 0.5:
            r["CLUMPY"] = (G - Pi) / Pi
        else:
            r["CLUMPY"] = (G - Pi) / (1.0 - Pi)
        r["PLADJ"] = 100.0 * like2[c] / g_all
        e_ik = np.delete(inner[c], c)
        if n_cls >= 3 and e_ik.sum() > 0:
            q = e_ik[e_ik > 0] / e_ik.sum()
            r["IJI"] = float(-(q * np.log(q)).sum() / math.log(n_cls - 1) * 100.0)
        else:
            r["IJI"] = _NAN
        r["COHESION"] = _cohesion(p_cells[lo:hi], ac, N)
        s2 = float((ac * ac).sum())
        r["DIVISION"] = 1.0 - s2 / (float(N) ** 2)
        r["MESH"] = s2 / N * cell_ha
        r["SPLIT"] = float(N) ** 2 / s2
        gmax = float(_max_like_adjacency(int(n)))
        r["AI"] = 100.0 * (like2[c] / 2.0) / gmax if gmax > 0 else _NAN
        classes[value] = r
    land = {}
    land["TA"] = A_ha
    land["NP"] = int(L.P)
    land["PD"] = L.P / A_ha * 100.0 if N else _NAN
    land["LPI"] = 100.0 * a_cells.max() / N if L.P else _NAN
    land["TE"] = te_land * cs
    land["ED"] = land["TE"] / A_ha if N else _NAN
    e_star = (inner.sum() - like2.sum()) / 2.0 + boundary.sum()
    # FRAGSTATS raster form: E* / min E* (min perimeter of N cells); 0.25 E* / sqrt(A) is the vector
    # form and equals it only when N is a perfect square
    land["LSI"] = e_star / float(_min_perimeter(int(N))) if N else _NAN
    for base in ("AREA", "SHAPE", "FRAC", "PARA", "CONTIG", "ENN") + geo_bases:
        for suf, val in _stats(pv[base], area).items():
            land[base + "_" + suf] = val
    land["PAFRAC"] = pafrac(a_cells * cs * cs, p_cells * cs)
    if geo:
        land["TCA"] = float(pv["CORE"].sum())
        land["NDCA"] = float(pv["NCORE"].sum())
        land["DCAD"] = land["NDCA"] / A_ha * 100.0
        for suf, val in _stats(dcore, dcore).items():
            land["DCORE_" + suf] = val
    land["PLADJ"] = 100.0 * like2.sum() / (4.0 * N) if N else _NAN
    if n_cls >= 3:
        iu = np.triu_indices(m, 1)
        e = inner[iu]
        q = e[e > 0] / e.sum() if e.sum() > 0 else np.array([])
        land["IJI"] = float(-(q * np.log(q)).sum() / math.log(0.5 * m * (m - 1)) * 100.0) \
            if q.size else _NAN
    else:
        land["IJI"] = _NAN
    land["COHESION"] = _cohesion(p_cells, a_cells, N)
    s2 = float((a_cells * a_cells).sum())
    land["DIVISION"] = 1.0 - s2 / (float(N) ** 2) if N else _NAN
    land["MESH"] = s2 / N * cell_ha if N else _NAN
    land["SPLIT"] = float(N) ** 2 / s2 if s2 else _NAN
    gmax = _max_like_adjacency(L.counts).astype(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(gmax > 0, like2 / 2.0 / gmax, 0.0)
    land["AI"] = float(100.0 * (ratio * P).sum()) if N else _NAN
    land["CONTAG"] = _contag(inner, P)
    land.update(_diversity(P, A_ha))
    return classes, land


def _cohesion(perim, area, Z):
    """COHESION (FRAGSTATS v4 help): perimeter and area in cell units, Z cells in the landscape."""
    den = float((perim * np.sqrt(area)).sum())
    if Z <= 1 or den == 0:
        return _NAN
    return (1.0 - perim.sum() / den) / (1.0 - 1.0 / math.sqrt(Z)) * 100.0


def _contag(g, P):
    """CONTAG (FRAGSTATS v4 help): g = double-count adjacency matrix among classes (no boundary)."""
    m = len(P)
    if m < 2:
        return _NAN
    gi = g.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        q = P[:, None] * g / gi[:, None]
        t = np.where(q > 0, q * np.log(q), 0.0)
    return float((1.0 + t.sum() / (2.0 * math.log(m))) * 100.0)


def _diversity(P, A_ha):
    """PR, PRD, SHDI, SIDI, MSIDI, SHEI, SIEI, MSIEI (FRAGSTATS v4 help, diversity metrics)."""
    shdi, ssq, m = _entropy_terms(np.asarray(P, dtype=float))
    out = {"PR": m, "PRD": m / A_ha * 100.0 if A_ha else _NAN, "SHDI": shdi,
           "SIDI": 1.0 - ssq if m else _NAN, "MSIDI": -math.log(ssq) if m else _NAN}
    if m > 1:
        out["SHEI"] = shdi / math.log(m)
        out["SIEI"] = (1.0 - ssq) / (1.0 - 1.0 / m)
        out["MSIEI"] = -math.log(ssq) / math.log(m)
    else:
        out["SHEI"] = out["SIEI"] = out["MSIEI"] = 0.0 if m == 1 else _NAN
    return out


# ----------------------------------------------------------------------------------------------
# public API
# ----------------------------------------------------------------------------------------------
def compute_metrics(arr, *, cell_size=1.0, nodata=None, mask=None, background=None,
                    count_boundary=False, enn=True, patches=False, edge_depth=None, core=True, circle=True,
                    progress=None, cancelled=None):
    """Class- and landscape-level FRAGSTATS metrics of a categorical raster.

    Method: McGarigal et al. (2012) FRAGSTATS v4 help (class and landscape metrics; formulas in
    the module docstring and ``METRICS``), 8-neighbour patch rule. METHODS.md 1.5.

    Parameters: ``arr`` 2-D class raster (integer or float); ``cell_size`` in map units (metres);
    ``nodata`` value(s), ``mask`` (True = excluded) and ``background`` value(s) are excluded from
    the landscape; ``count_boundary`` counts the landscape boundary as edge in TE/ED;
    ``enn=False`` skips the nearest-neighbour search (ENN_* become NaN); ``patches=True`` adds the
    patch table; ``edge_depth`` (map units, default one cell) of the core-area metrics (TCA, CPLAND,
    NDCA, DCAD, CORE_*, DCORE_*, CAI_*); ``core=False`` skips GYRATE, CIRCLE and the core metrics,
    ``circle=False`` only CIRCLE (farthest pair of cell corners per patch, from the hull of its outline);
    ``progress(fraction)`` / ``cancelled()`` callbacks (:class:`~._progress.Cancelled` on cancel).

    Returns ``{"class": {class_value: {metric: value}}, "landscape": {metric: value}}`` (plus
    ``"patches"``: dict of arrays CLASS, AREA, PERIM, SHAPE, FRAC, PARA, CONTIG, ENN and, with
    ``core``, GYRATE, CIRCLE, CORE, NCORE, CAI). N/A values are NaN.
    """
    depth = 1.0 if edge_depth is None else float(edge_depth) / float(cell_size)
    if not depth > 0:
        raise ValueError("edge_depth must be positive")
    L = _Landscape(arr, cell_size, nodata, mask, background, enn, progress=progress, cancelled=cancelled,
                   depth_cells=depth, geometry=core, circle=circle)
    out = {"class": {}, "landscape": {}}
    if L.N == 0:
        out["landscape"] = {name: _NAN for name in LANDSCAPE_METRICS}
        out["landscape"].update(TA=0.0, NP=0, PR=0)
        return out
    classes, land = _compute(L, count_boundary)
    out["class"] = {c: {name: r.get(name, _NAN) for name in CLASS_METRICS} for c, r in
                    classes.items()}
    out["landscape"] = {name: land.get(name, _NAN) for name in LANDSCAPE_METRICS}
    if patches:
        pv = _patch_values(L)
        pv["CLASS"] = np.asarray(L.classes)[L.patch_class] if L.P else np.zeros(0)
        out["patches"] = pv
    return out


def class_metrics(arr, *, cell_size=1.0, **kwargs):
    """Class-level metrics only: ``{class_value: {metric: value}}``.

    Method: FRAGSTATS v4 help, class metrics (see ``compute_metrics``).
    """
    return compute_metrics(arr, cell_size=cell_size, **kwargs)["class"]


def landscape_metrics(arr, *, cell_size=1.0, **kwargs):
    """Landscape-level metrics only: ``{metric: value}``.

    Method: FRAGSTATS v4 help, landscape metrics (see ``compute_metrics``).
    """
    return compute_metrics(arr, cell_size=cell_size, **kwargs)["landscape"]


def patch_metrics(arr, *, cell_size=1.0, **kwargs):
    """Patch table: dict of arrays CLASS, AREA (ha), PERIM (m), SHAPE, FRAC, PARA (m/ha), CONTIG,
    ENN (m, NaN without a neighbour), one entry per 8-connected patch (ordered by class).

    Method: FRAGSTATS v4 help, patch metrics (see ``compute_metrics``).
    """
    kwargs["patches"] = True
    return compute_metrics(arr, cell_size=cell_size, **kwargs)["patches"]


def zonal_metrics(arr, zones, *, cell_size=1.0, zone_nodata=0, nodata=None, mask=None,
                  background=None, progress=None, cancelled=None, **kwargs):
    """Metrics for each zone of a zone-label raster (e.g. a rasterised polygon layer).

    Method: FRAGSTATS v4 help (see ``compute_metrics``): each zone is analysed as a landscape of
    its own; cells outside the zone are excluded (the zone edge is landscape boundary).
    ``zones`` has the raster's shape; ``zone_nodata`` (and NaN) marks cells in no zone.
    Returns ``{zone_id: compute_metrics(...) result}``, zones in increasing order.
    """
    arr = np.asarray(arr)
    zones = np.asarray(zones)
    if zones.shape != arr.shape:
        raise ValueError("zones shape {} != raster shape {}".format(zones.shape, arr.shape))
    zvalid = _valid_mask(zones, zone_nodata)
    zvalues, zidx, _ = _encode(zones, zvalid)
    base_valid = _valid_mask(arr, nodata, mask, background)
    objects = ndimage.find_objects(np.where(zvalid, zidx.astype(np.int64) + 1, 0))
    out = {}
    for i, (z, sl) in enumerate(zip(zvalues, objects)):
        checkpoint(cancelled, progress, i / max(len(zvalues), 1))
        if sl is None:
            continue
        sub_mask = ~(base_valid[sl] & (zidx[sl] == i))
        out[z] = compute_metrics(arr[sl], cell_size=cell_size, mask=sub_mask, **kwargs)
    checkpoint(cancelled, progress, 1.0)
    return out


def metrics_table(result, *, zone=None):
    """Flatten a ``compute_metrics`` result into rows (dicts): one landscape row
    (``level='landscape'``, ``class=None``) and one row per class; ``zone`` is added when given.
    Units and names are in ``METRICS``. Helper for adapters building attribute tables.
    """
    rows = []
    base = {} if zone is None else {"zone": zone}
    row = dict(base, level="landscape", **{"class": None})
    row.update(result["landscape"])
    rows.append(row)
    for c, vals in result["class"].items():
        row = dict(base, level="class", **{"class": c})
        row.update(vals)
        rows.append(row)
    return rows
