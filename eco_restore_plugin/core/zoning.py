"""Restoration zoning, graded control, priority and the project library (修复分区 与 项目库).

Method: METHODS.md §3. Restoration modes after 《山水林田湖草生态保护修复工程指南（试行）》(MNR 2020):
保护保育 (conservation), 自然恢复 (natural recovery), 辅助再生 (assisted regeneration),
生态重建 (reconstruction), assigned from importance × degradation × resilience with land use and
human pressure. Zones aggregate restoration units into contiguous regions by dominant function;
three-level zoning after Cai et al. (2020): ecological-function base zones → restoration-pattern
zones → restoration-mode zones. Contiguity-constrained regionalisation: SKATER (Assunção et al.
2006, "Efficient regionalization techniques for socio-economic geographical units using minimum
spanning trees", IJGIS 20(7)). Entropy weights: Shannon entropy weight method (e.g. Zou et al.
2006). Project library with 近期 2021-2025 / 中期 2026-2030 / 远期 2031-2035 periods.

Codes (uint8, 0 = nodata): importance 3 极重要 / 2 重要 / 1 一般重要; degradation 0 none /
1 light / 2 moderate / 3 severe; resilience 1 low / 2 medium / 3 high; mode 1-4 (:data:`MODE_NAMES`);
space 1 ecological / 2 agricultural / 3 urban (:data:`SPACE_NAMES`).

Pure numpy/scipy: arrays in, arrays out; nodata as NaN or a boolean mask. Every ordering here is
deterministic, ties broken by id.
"""
import itertools

import numpy as np
from scipy import ndimage, sparse
from scipy.sparse import csgraph

from . import tables, zonal
from ._progress import checkpoint

# ------------------------------------------------------------------------------------------------
# Codes
# ------------------------------------------------------------------------------------------------
CONSERVATION, NATURAL_RECOVERY, ASSISTED_REGENERATION, RECONSTRUCTION = 1, 2, 3, 4
MODE_NAMES = {1: "保护保育", 2: "自然恢复", 3: "辅助再生", 4: "生态重建"}
MODE_NAMES_EN = {1: "Conservation", 2: "Natural recovery", 3: "Assisted regeneration",
                 4: "Reconstruction"}
#: Typical measures per mode (指南 2020, common practice, check).
MODE_MEASURES = {
    1: "封育保护、减少人为干扰",
    2: "封山育林、自然恢复为主",
    3: "补植补造、抚育改造、辅助再生",
    4: "地形重塑、土壤重构、植被重建",
}
ECOLOGICAL, AGRICULTURAL, URBAN = 1, 2, 3
SPACE_NAMES = {1: "生态空间", 2: "农业空间", 3: "城镇空间"}

IMPORTANCE_LEVELS = (1, 2, 3)
DEGRADATION_LEVELS = (0, 1, 2, 3)
RESILIENCE_LEVELS = (1, 2, 3)

PERIODS = ("近期", "中期", "远期")
PERIOD_YEARS = ("2021-2025", "2026-2030", "2031-2035")
GRADE_NAMES = {1: "一级", 2: "二级", 3: "三级"}


def _mode_code(value):
    """A mode from a code (1-4) or its Chinese / English name."""
    text = str(value).strip()
    for code, name in MODE_NAMES.items():
        if text in (str(code), name, MODE_NAMES_EN[code], MODE_NAMES_EN[code].lower()):
            return code
    try:
        f = float(text)
    except ValueError:
        f = None
    if f is not None and f in MODE_NAMES:
        return int(f)
    raise ValueError("decision matrix: '{}' is not a restoration mode (1-4 or {}).".format(
        value, " / ".join(MODE_NAMES.values())))


# ------------------------------------------------------------------------------------------------
# Decision matrix and restoration mode
# ------------------------------------------------------------------------------------------------
def default_decision_rows():
    """The default decision matrix, one explicit row per combination: (importance, degradation,
    resilience, mode).

    Method: METHODS.md §3 (指南 2020 principles, common practice, check): not degraded ->
    保护保育; light degradation -> 自然恢复 where resilience is medium or high (保护保育 for
    极重要 with high resilience), 辅助再生 where it is low; moderate -> 自然恢复 (high
    resilience), 辅助再生 (medium), 生态重建 (low); severe -> 辅助再生 (high resilience),
    生态重建 otherwise.
    """
    rows = []
    for imp in IMPORTANCE_LEVELS:
        for deg in DEGRADATION_LEVELS:
            for res in RESILIENCE_LEVELS:
                if deg == 0:
                    mode = CONSERVATION
                elif deg == 1:
                    if res == 1:
                        mode = ASSISTED_REGENERATION
                    elif imp == 3 and res == 3:
                        mode = CONSERVATION
                    else:
                        mode = NATURAL_RECOVERY
                elif deg == 2:
                    mode = {3: NATURAL_RECOVERY, 2: ASSISTED_REGENERATION, 1: RECONSTRUCTION}[res]
                else:
                    mode = ASSISTED_REGENERATION if res == 3 else RECONSTRUCTION
                rows.append((imp, deg, res, mode))
    return rows


def _level(value, allowed, what):
    text = str(value).strip()
    if text in ("*", "", "any"):
        return None
    try:
        f = float(text)
    except ValueError:
        raise ValueError("decision matrix: {} '{}' is not a number or *.".format(what, value)) from None
    if f not in allowed:
        raise ValueError("decision matrix: {} {} is not one of {}.".format(
            what, text, ", ".join(str(a) for a in allowed)))
    return int(f)


def decision_lut(rows):
    """Lookup table ``lut[importance, degradation, resilience] -> mode`` from decision rows.

    Method: METHODS.md §3 importance × degradation × resilience. Each row is (importance,
    degradation, resilience, mode); a level may be ``*`` (any). A more specific row (fewer ``*``)
    wins over a more general one; two rows of the same specificity that cover one combination
    with different modes are a conflict (ValueError). Every one of the 3 × 4 × 3 combinations must
    be covered, or ValueError lists the missing ones. Returns a (4, 4, 4) uint8 array (unused
    index positions 0).
    """
    lut = np.zeros((4, 4, 4), np.uint8)
    spec = np.full((4, 4, 4), -1, np.int64)
    for i, row in enumerate(rows):
        if len(row) != 4:
            raise ValueError("decision matrix row {} has {} values; expected importance, "
                             "degradation, resilience, mode.".format(i + 1, len(row)))
        imp = _level(row[0], IMPORTANCE_LEVELS, "importance")
        deg = _level(row[1], DEGRADATION_LEVELS, "degradation")
        res = _level(row[2], RESILIENCE_LEVELS, "resilience")
        mode = _mode_code(row[3])
        s = sum(v is not None for v in (imp, deg, res))
        for a in IMPORTANCE_LEVELS if imp is None else (imp,):
            for b in DEGRADATION_LEVELS if deg is None else (deg,):
                for c in RESILIENCE_LEVELS if res is None else (res,):
                    if spec[a, b, c] == s and lut[a, b, c] != mode:
                        raise ValueError(
                            "decision matrix: conflicting modes for importance {}, degradation {}, "
                            "resilience {} (row {}).".format(a, b, c, i + 1))
                    if s > spec[a, b, c]:
                        spec[a, b, c] = s
                        lut[a, b, c] = mode
    missing = [(a, b, c) for a, b, c in itertools.product(IMPORTANCE_LEVELS, DEGRADATION_LEVELS,
                                                          RESILIENCE_LEVELS) if spec[a, b, c] < 0]
    if missing:
        raise ValueError(
            "decision matrix: {} combination(s) of importance, degradation, resilience have no mode, "
            "e.g. {}. Add rows for them (or a row with * as a catch-all).".format(
                len(missing), "; ".join("({}, {}, {})".format(*m) for m in missing[:5])))
    return lut


def _codes(arr, allowed, what):
    """Integer codes of a float grade raster (NaN -> -1); ValueError on codes outside ``allowed``."""
    a = np.asarray(arr, dtype=np.float64)
    valid = np.isfinite(a)
    bad = valid & ~np.isin(a, allowed)
    if bad.any():
        vals = np.unique(a[bad])[:5]
        raise ValueError("{} raster has values {} that are not {} codes ({}).".format(
            what, ", ".join("{:g}".format(v) for v in vals), what,
            ", ".join(str(x) for x in allowed)))
    out = np.full(a.shape, -1, np.int64)
    out[valid] = a[valid].astype(np.int64)
    return out


def assign_mode(importance, degradation, resilience, lut, pressure=None, pressure_threshold=None,
                landuse=None, landuse_modes=None):
    """Restoration mode per cell (uint8 1-4, 0 nodata).

    Method: METHODS.md §3: ``mode = lut[importance, degradation, resilience]`` (see
    :func:`decision_lut`); then the human-pressure override: where ``pressure ≥
    pressure_threshold`` a 自然恢复 (natural recovery) cell becomes 辅助再生 (natural recovery
    is not expected under high human pressure, 指南 2020 "减少人为干扰"); then the land-use
    override: cells of a class in ``landuse_modes`` ({class: mode}) take that mode (e.g. 采矿用地
    -> 生态重建). A cell with any grade missing (NaN) is 0 unless a land-use override sets it.
    """
    imp = _codes(importance, IMPORTANCE_LEVELS, "importance")
    deg = _codes(degradation, DEGRADATION_LEVELS, "degradation")
    res = _codes(resilience, RESILIENCE_LEVELS, "resilience")
    if not (imp.shape == deg.shape == res.shape):
        raise ValueError("importance, degradation and resilience must have the same shape.")
    valid = (imp >= 0) & (deg >= 0) & (res >= 0)
    out = np.zeros(imp.shape, np.uint8)
    out[valid] = lut[imp[valid], deg[valid], res[valid]]
    if pressure is not None and pressure_threshold is not None:
        p = np.asarray(pressure, dtype=np.float64)
        out[(out == NATURAL_RECOVERY) & np.isfinite(p) & (p >= pressure_threshold)] = \
            ASSISTED_REGENERATION
    if landuse is not None and landuse_modes:
        lu = np.asarray(landuse, dtype=np.float64)
        for cls, mode in sorted(landuse_modes.items()):
            out[lu == cls] = _mode_code(mode)
    return out


def default_landuse_spaces():
    """{三调 class: space} for classes that are not ecological space (others are ecological).

    Method: METHODS.md §3 three spaces (生态/农业/城镇空间), by land use (common practice, check):
    cropland, gardens, rural settlements and facility farmland, rural roads, ditches, field
    ridges -> agricultural; built-up, industrial, transport and special land -> urban.
    """
    out = {}
    for code in tables.CROPLAND + tables.GARDEN + tables.RURAL + (1006, 1107, 1203):
        out[code] = AGRICULTURAL
    for code in tables.URBAN + (1001, 1003):
        out[code] = URBAN
    return out


def three_spaces(shape, red_line=None, farmland=None, urban_boundary=None, landuse=None,
                 landuse_spaces=None):
    """Space per cell: 1 ecological, 2 agricultural, 3 urban (uint8, 0 where nothing is known).

    Method: METHODS.md §3 (三类空间 from the control lines, else land use): land use first
    (``landuse_spaces`` {class: space}, default :func:`default_landuse_spaces`; other valid
    classes ecological), then the control lines override in increasing strength: permanent basic
    farmland -> agricultural, urban development boundary -> urban, ecological protection red
    line -> ecological (the red line is the strictest control line).
    """
    out = np.zeros(shape, np.uint8)
    if landuse is not None:
        lu = np.asarray(landuse, dtype=np.float64)
        spaces = default_landuse_spaces() if landuse_spaces is None else landuse_spaces
        out[np.isfinite(lu)] = ECOLOGICAL
        for cls, space in spaces.items():
            out[lu == cls] = int(space)
    for mask, space in ((farmland, AGRICULTURAL), (urban_boundary, URBAN), (red_line, ECOLOGICAL)):
        if mask is not None:
            out[np.asarray(mask, bool)] = space
    return out


# ------------------------------------------------------------------------------------------------
# Zonal summaries from a label raster (labels 1..n, 0 = outside)
# ------------------------------------------------------------------------------------------------
def _labels(labels, n):
    lab = np.asarray(labels).ravel().astype(np.int64)
    if lab.size and (lab.min() < 0 or lab.max() > n):
        raise ValueError("unit labels must be in 0..{}.".format(n))
    return lab


def zonal_count(labels, n, valid=None):
    """Cells per unit 1..n (index 0 of the result = unit 1); ``valid`` restricts the cells
    (:func:`core.zonal.zonal_count`)."""
    return zonal.zonal_count(_labels(labels, n), n=n, valid=valid)


def zonal_mean(labels, n, values):
    """Mean of the finite ``values`` per unit (NaN where a unit has none); :func:`core.zonal.zonal_mean`
    (np.bincount)."""
    return zonal.zonal_mean(_labels(labels, n), values, n=n)


def zonal_share(labels, n, condition, valid):
    """Share of ``valid`` cells of each unit where ``condition`` holds (NaN: no valid cell);
    :func:`core.zonal.zonal_share`."""
    return zonal.zonal_share(_labels(labels, n), condition, valid, n=n)


def zonal_dominant(labels, n, classes):
    """Dominant (most frequent) finite class per unit and its share; ties -> the smaller class
    (:func:`core.zonal.zonal_dominant`).

    Returns (class float array with NaN where a unit has no valid cell, share array).
    """
    return zonal.zonal_dominant(_labels(labels, n), classes, n=n)


def label_adjacency(labels):
    """Rook adjacency of a label raster: sorted unique pairs (i, j), i < j, of labels ≥ 1 that
    share a cell edge. Returns an (m, 2) int64 array."""
    lab = np.asarray(labels).astype(np.int64)
    pairs = []
    for a, b in ((lab[:, :-1], lab[:, 1:]), (lab[:-1, :], lab[1:, :])):
        m = (a != b) & (a > 0) & (b > 0)
        pairs.append(np.stack([np.minimum(a[m], b[m]), np.maximum(a[m], b[m])], axis=1))
    p = np.concatenate(pairs) if pairs else np.zeros((0, 2), np.int64)
    return np.unique(p, axis=0) if len(p) else p.reshape(0, 2)


# ------------------------------------------------------------------------------------------------
# Contiguity-constrained regionalisation on a unit adjacency graph (units 0..n-1)
# ------------------------------------------------------------------------------------------------
def _edges(n, edges):
    e = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
    if len(e) and (e.min() < 0 or e.max() >= n):
        raise ValueError("adjacency edges refer to units outside 0..{}.".format(n - 1))
    e = e[e[:, 0] != e[:, 1]]
    e = np.sort(e, axis=1)
    return np.unique(e, axis=0) if len(e) else e


def _graph(n, e):
    if len(e) == 0:
        return sparse.csr_matrix((n, n))
    data = np.ones(len(e))
    g = sparse.coo_matrix((data, (e[:, 0], e[:, 1])), shape=(n, n))
    return (g + g.T).tocsr()


def _relabel(labels):
    """Relabel to 1..k in order of the smallest unit id of each label (deterministic)."""
    labels = np.asarray(labels)
    _, first, inv = np.unique(labels, return_index=True, return_inverse=True)
    order = np.argsort(first, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    return rank[inv] + 1


def contiguous_groups(n, edges, types, group=None):
    """Zones = connected sets of adjacent units with the same type (and the same ``group``).

    Method: rule-based zoning by dominant function (METHODS.md §3): each zone is a connected
    component of the adjacency graph restricted to edges joining units of equal type, so every
    zone is contiguous by construction. Returns labels 1..k (numbered by smallest unit id).
    """
    e = _edges(n, edges)
    t = np.asarray(types)
    keep = t[e[:, 0]] == t[e[:, 1]] if len(e) else np.zeros(0, bool)
    if group is not None and len(e):
        g = np.asarray(group)
        keep &= g[e[:, 0]] == g[e[:, 1]]
    _, comp = csgraph.connected_components(_graph(n, e[keep]), directed=False)
    return _relabel(comp)


def is_contiguous(n, edges, labels):
    """True when every label's units form one connected set in the adjacency graph."""
    e = _edges(n, edges)
    lab = np.asarray(labels)
    keep = lab[e[:, 0]] == lab[e[:, 1]] if len(e) else np.zeros(0, bool)
    _, comp = csgraph.connected_components(_graph(n, e[keep]), directed=False)
    pairs = np.unique(np.stack([lab, comp], axis=1), axis=0)
    return len(np.unique(pairs[:, 0])) == len(pairs)


def standardise(features):
    """Z-scores per column (NaN -> column mean, i.e. 0; constant column -> 0)."""
    x = np.asarray(features, dtype=np.float64)
    if x.ndim == 1:
        x = x[:, None]
    mean = np.nanmean(np.where(np.isfinite(x), x, np.nan), axis=0) if x.size else np.zeros(x.shape[1])
    mean = np.where(np.isfinite(mean), mean, 0.0)
    x = np.where(np.isfinite(x), x, mean)
    sd = x.std(axis=0)
    return (x - mean) / np.where(sd > 0, sd, 1.0)


def _ssd(cnt, s1, s2):
    """Sum of squared deviations from counts/weights, sums and sums of squares."""
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(cnt > 0, (s2 - s1 * s1 / np.maximum(cnt, 1e-300)[..., None]).sum(-1), 0.0)


def skater(n, edges, features, n_zones, weights=None, min_units=1, group=None,
           *, progress=None, cancelled=None):
    """Contiguity-constrained regionalisation (SKATER) into ``n_zones`` zones.

    Method: Assunção et al. (2006): minimum spanning tree of the unit adjacency graph with edge
    cost = squared Euclidean distance of the standardised features; then repeatedly remove the tree
    edge that most reduces the total within-zone sum of squared deviations (weighted by
    ``weights``, e.g. unit area), subject to each side keeping ≥ ``min_units`` units. Every zone is
    a subtree, hence contiguous. Edges joining different ``group`` values are dropped first
    (nested zoning). A graph already in more pieces than ``n_zones`` keeps its pieces. Ties ->
    the edge with the smaller unit ids. Returns labels 1..k numbered by smallest unit id.
    ``progress(fraction)``, ``cancelled()``: optional callbacks; raises :class:`~._progress.Cancelled` on cancel.
    """
    x = standardise(features)
    w = np.ones(n) if weights is None else np.asarray(weights, dtype=np.float64)
    if np.any(~np.isfinite(w)) or np.any(w < 0):
        raise ValueError("unit weights must be finite and non-negative.")
    e = _edges(n, edges)
    if group is not None and len(e):
        g = np.asarray(group)
        e = e[g[e[:, 0]] == g[e[:, 1]]]
    # MST on dissimilarity (+ tiny tie-breaker by edge order so the tree is deterministic)
    if len(e):
        d = ((x[e[:, 0]] - x[e[:, 1]]) ** 2).sum(1)
        order = np.lexsort((e[:, 1], e[:, 0]))
        tie = np.empty(len(e))
        tie[order] = np.arange(len(e))
        cost = d + 1e-9 + tie * 1e-12 * (1.0 + d.max())
        mst = csgraph.minimum_spanning_tree(sparse.coo_matrix(
            (cost, (e[:, 0], e[:, 1])), shape=(n, n)).tocsr()).tocoo()
        tree = np.sort(np.stack([mst.row, mst.col], axis=1).astype(np.int64), axis=1)
        tree = tree[np.lexsort((tree[:, 1], tree[:, 0]))]
    else:
        tree = np.zeros((0, 2), np.int64)
    alive = np.ones(len(tree), bool)
    wx = w[:, None] * x
    wxx = w[:, None] * x * x

    def components():
        _, comp = csgraph.connected_components(_graph(n, tree[alive]), directed=False)
        return comp

    def best_cut(nodes):
        """(gain, edge index) of the best cut inside the subtree of ``nodes``."""
        sub = np.zeros(n, bool)
        sub[nodes] = True
        idx = np.flatnonzero(alive & sub[tree[:, 0]])
        if len(idx) == 0:
            return -np.inf, -1
        g = _graph(n, tree[idx])
        root = int(nodes.min())
        order, pred = csgraph.breadth_first_order(g, root, directed=False, return_predecessors=True)
        cnt = np.zeros(n)
        units = np.zeros(n)
        s1 = np.zeros_like(x)
        s2 = np.zeros_like(x)
        cnt[order] = w[order]
        units[order] = 1
        s1[order] = wx[order]
        s2[order] = wxx[order]
        for v in order[::-1][:-1]:  # children before parents
            p = pred[v]
            cnt[p] += cnt[v]
            units[p] += units[v]
            s1[p] += s1[v]
            s2[p] += s2[v]
        total = _ssd(np.array([cnt[root]]), s1[root][None], s2[root][None])[0]
        child = order[1:]
        sc, s1c, s2c = cnt[child], s1[child], s2[child]
        rest = _ssd(cnt[root] - sc, s1[root] - s1c, s2[root] - s2c)
        gain = total - _ssd(sc, s1c, s2c) - rest
        ok = (units[child] >= min_units) & (units[root] - units[child] >= min_units)
        if not ok.any():
            return -np.inf, -1
        gain = np.where(ok, gain, -np.inf)
        a = np.minimum(child, pred[child])
        b = np.maximum(child, pred[child])
        # the best gain; ties -> smallest (a, b)
        top = gain.max()
        cand = np.flatnonzero(gain >= top - 1e-12 * max(1.0, abs(top)))
        pick = cand[np.lexsort((b[cand], a[cand]))[0]]
        lookup = {(int(tree[i, 0]), int(tree[i, 1])): int(i) for i in idx}
        return float(gain[pick]), lookup[(int(a[pick]), int(b[pick]))]

    comp = components()
    n_comp = comp.max() + 1 if n else 0
    cache = {}
    for c in range(n_comp):
        nodes = np.flatnonzero(comp == c)
        cache[int(nodes.min())] = best_cut(nodes)
    k = n_comp
    while k < n_zones:
        checkpoint(cancelled)
        key = max(cache, key=lambda r: (cache[r][0], -r))
        gain, edge = cache[key]
        if edge < 0 or not np.isfinite(gain):
            break
        alive[edge] = False
        k += 1
        comp = components()
        for end in tree[edge]:
            nodes = np.flatnonzero(comp == comp[end])
            cache.pop(int(nodes.min()), None)
        cache.pop(key, None)
        for end in tree[edge]:
            nodes = np.flatnonzero(comp == comp[end])
            cache[int(nodes.min())] = best_cut(nodes)
        checkpoint(None, progress, (k - n_comp + 1) / max(1, n_zones - n_comp))
    return _relabel(components())


def merge_small_zones(n, edges, labels, areas, min_area, shared=None, group=None, types=None):
    """Merge zones smaller than ``min_area`` into an adjacent zone (contiguity kept).

    Method: the smallest zone below ``min_area`` joins the neighbouring zone with the longest shared
    boundary (``shared`` per edge; default: the number of adjacent unit pairs), ties -> the larger
    zone, then the smaller label; only neighbours in the same ``group``; and, when ``types`` (per
    unit) are given, a neighbour of the same dominant type is preferred. Merging two adjacent
    contiguous zones keeps them contiguous. Repeats until no small zone has a neighbour.
    Returns labels 1..k.
    """
    e = _edges(n, edges)
    lab = np.asarray(labels).astype(np.int64).copy()
    a = np.asarray(areas, dtype=np.float64)
    if shared is None:
        sh = np.ones(len(e))
    else:
        raw = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
        key = {}
        for (i, j), s in zip(np.sort(raw, axis=1), np.asarray(shared, float)):
            key[(int(i), int(j))] = key.get((int(i), int(j)), 0.0) + float(s)
        sh = np.array([key.get((int(i), int(j)), 0.0) for i, j in e])
    grp = np.zeros(n, np.int64) if group is None else np.asarray(group)
    zone_area = {}
    for z, ar in zip(lab, a):
        zone_area[int(z)] = zone_area.get(int(z), 0.0) + float(ar)
    zone_group = {int(z): grp[i] for i, z in enumerate(lab)}
    zone_type = {}
    if types is not None:
        t = np.asarray(types)
        acc = {}
        for z, tt, ar in zip(lab, t, a):
            acc.setdefault(int(z), {}).setdefault(tt, 0.0)
            acc[int(z)][tt] += ar
        zone_type = {z: sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for z, d in acc.items()}
    nbr = {}
    for (i, j), s in zip(e, sh):
        zi, zj = int(lab[i]), int(lab[j])
        if zi != zj and zone_group[zi] == zone_group[zj]:
            nbr.setdefault(zi, {}).setdefault(zj, 0.0)
            nbr.setdefault(zj, {}).setdefault(zi, 0.0)
            nbr[zi][zj] += s
            nbr[zj][zi] += s
    parent = {z: z for z in zone_area}
    done = set()
    while True:
        small = [z for z in zone_area if zone_area[z] < min_area and z not in done and nbr.get(z)]
        if not small:
            break
        z = min(small, key=lambda q: (zone_area[q], q))
        cands = nbr[z]
        same = [q for q in cands if zone_type and zone_type.get(q) == zone_type.get(z)]
        pool = same or list(cands)
        target = sorted(pool, key=lambda q: (-cands[q], -zone_area[q], q))[0]
        # merge z into target
        zone_area[target] += zone_area.pop(z)
        parent[z] = target
        for q, s in nbr.pop(z).items():
            nbr[q].pop(z, None)
            if q != target:
                nbr[q][target] = nbr[q].get(target, 0.0) + s
                nbr[target][q] = nbr[target].get(q, 0.0) + s
        if not nbr.get(target) and zone_area[target] < min_area:
            done.add(target)
    def root(z):
        while parent[z] != z:
            z = parent[z]
        return z
    return _relabel(np.array([root(int(z)) for z in lab]))


def zone_dominant(labels, values, weights=None):
    """Per zone (labels 1..k): the value with the largest total weight; ties -> smaller value."""
    lab = np.asarray(labels).astype(np.int64)
    v = np.asarray(values)
    w = np.ones(len(lab)) if weights is None else np.asarray(weights, float)
    k = int(lab.max()) if len(lab) else 0
    out = []
    for z in range(1, k + 1):
        m = lab == z
        uniq, inv = np.unique(v[m], return_inverse=True)
        tot = np.bincount(inv, weights=w[m], minlength=len(uniq))
        out.append(uniq[int(np.argmax(tot))])
    return np.array(out)


def zone_means(labels, features, weights=None):
    """Weighted mean of each feature column per zone (labels 1..k), NaN ignored
    (:func:`core.zonal.zonal_mean` per column)."""
    lab = np.asarray(labels).astype(np.int64)
    x = np.asarray(features, dtype=np.float64)
    if x.ndim == 1:
        x = x[:, None]
    w = np.ones(len(lab)) if weights is None else np.asarray(weights, float)
    k = int(lab.max()) if len(lab) else 0
    out = np.full((k, x.shape[1]), np.nan)
    for j in range(x.shape[1]):
        out[:, j] = zonal.zonal_mean(lab, x[:, j], n=k, weights=w)
    return out


# ------------------------------------------------------------------------------------------------
# Priority
# ------------------------------------------------------------------------------------------------
def normalise_weights(weights):
    """(weights / sum, changed). ValueError for a negative weight or a sum ≤ 0."""
    w = np.asarray(weights, dtype=np.float64)
    if w.size == 0:
        raise ValueError("no criteria: give at least one criterion with a weight.")
    if np.any(~np.isfinite(w)) or np.any(w < 0):
        raise ValueError("weights must be non-negative numbers.")
    s = w.sum()
    if s <= 0:
        raise ValueError("the weights sum to 0; give at least one positive weight.")
    return w / s, bool(abs(s - 1.0) > 1e-6)


def minmax_columns(x, benefit=None):
    """Min-max normalise each column to 0-1; a cost column (benefit False) is reversed.
    A constant column gives 0 (it does not separate the units)."""
    x = np.asarray(x, dtype=np.float64)
    lo = np.nanmin(x, axis=0)
    hi = np.nanmax(x, axis=0)
    span = hi - lo
    with np.errstate(invalid="ignore", divide="ignore"):
        z = np.where(span > 0, (x - lo) / np.where(span > 0, span, 1), 0.0)
    if benefit is not None:
        b = np.asarray(benefit, bool)
        z[:, ~b] = np.where(span[~b] > 0, 1.0 - z[:, ~b], 0.0)
    return z


def entropy_weights(z):
    """Entropy weights of normalised criteria ``z`` (n × m, values ≥ 0).

    Method: entropy weight method: ``p_ij = z_ij / Σ_i z_ij``, ``e_j = −(1/ln n) Σ_i p_ij ln p_ij``
    (0 ln 0 = 0), ``d_j = 1 − e_j``, ``w_j = d_j / Σ d``. A column of zeros has e = 1 (no
    information). All d = 0 -> equal weights.
    """
    z = np.asarray(z, dtype=np.float64)
    n, m = z.shape
    if n < 2:
        return np.full(m, 1.0 / m)
    col = z.sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        p = np.where(col > 0, z / np.where(col > 0, col, 1), 0.0)
        plogp = np.where(p > 0, p * np.log(np.where(p > 0, p, 1)), 0.0)
    e = np.where(col > 0, -plogp.sum(axis=0) / np.log(n), 1.0)
    d = np.clip(1.0 - e, 0.0, None)
    if d.sum() <= 0:
        return np.full(m, 1.0 / m)
    return d / d.sum()


def priority_scores(x, weights, benefit=None):
    """Priority score per unit: ``Σ_j w_j · z_ij`` with z the min-max normalised criteria.

    Method: weighted linear combination of importance, degradation, corridor role, problem severity
    and feasibility (METHODS.md §3 "priority from urgency and benefit", 轻重缓急). Weights must be
    normalised (:func:`normalise_weights`). Rows with a NaN criterion get NaN.
    """
    x = np.asarray(x, dtype=np.float64)
    z = minmax_columns(x, benefit)
    s = z @ np.asarray(weights, float)
    s[~np.isfinite(x).all(axis=1)] = np.nan
    return s


def rank_desc(scores, ids):
    """Rank 1..n by score, highest first; ties -> smaller id first; NaN scores ranked last."""
    s = np.asarray(scores, dtype=np.float64)
    key = np.where(np.isfinite(s), -s, np.inf)
    order = np.lexsort((np.asarray(ids), key))
    rank = np.empty(len(s), np.int64)
    rank[order] = np.arange(1, len(s) + 1)
    return rank


def grade_by_rank(ranks, n_valid, shares=(1.0 / 3.0, 2.0 / 3.0)):
    """Grade 1 一级 / 2 二级 / 3 三级 by rank: the top ``shares[0]`` of ranked units are 一级,
    up to ``shares[1]`` 二级, the rest 三级 (rounded up: ``rank ≤ ceil(share · n)``)."""
    r = np.asarray(ranks)
    c1 = int(np.ceil(shares[0] * n_valid - 1e-9))
    c2 = int(np.ceil(shares[1] * n_valid - 1e-9))
    g = np.full(len(r), 3, np.int64)
    g[r <= c2] = 2
    g[r <= c1] = 1
    g[r > n_valid] = 0
    return g


def grade_by_score(scores, breaks=(0.4, 0.6)):
    """Grade by score breaks (ascending, lower-inclusive): ``≥ breaks[1]`` 一级, ``≥ breaks[0]``
    二级, else 三级; NaN 0."""
    s = np.asarray(scores, dtype=np.float64)
    g = np.full(len(s), 3, np.int64)
    g[s >= breaks[0]] = 2
    g[s >= breaks[1]] = 1
    g[~np.isfinite(s)] = 0
    return g


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


def conflict_buffers(space, cellsize, widths=(100.0, 200.0, 100.0), corridor=None, red_line=None,
                     farmland=None, urban_boundary=None):
    """Conflict and buffer areas (codes of :data:`CONFLICT_TYPES`, uint8, 0 elsewhere).

    Method: METHODS.md §3 ("ecological buffers and corridors where the three spaces meet or
    conflict", Qionghai work plan 五): buffer band of a pair of spaces (eco-agri, eco-urban,
    agri-urban) = cells of either space within ``widths[pair]`` metres (Euclidean distance to the
    nearest cell centre of the other space, scipy EDT) of the other; where two bands overlap the
    stronger conflict wins (eco-urban > eco-agri > agri-urban). Conflicts override buffers:
    corridor cells in agricultural (4) or urban (5) space; overlaps of control lines: red line
    with farmland (6) or urban boundary (7), farmland with urban boundary (8); the higher code wins.
    """
    sp = np.asarray(space).astype(np.int64)
    cx, cy = (cellsize, cellsize) if np.isscalar(cellsize) else cellsize
    out = np.zeros(sp.shape, np.uint8)
    dist = {}
    for s in (ECOLOGICAL, AGRICULTURAL, URBAN):
        m = sp == s
        dist[s] = (ndimage.distance_transform_edt(~m, sampling=(cy, cx)) if m.any()
                   else np.full(sp.shape, np.inf))
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


# ------------------------------------------------------------------------------------------------
# Project library
# ------------------------------------------------------------------------------------------------
#: project type code -> (Chinese name, default unit cost 万元/hm², check: common ranges in
#: provincial restoration project estimates; edit the cost table for local prices).
PROJECT_TYPES = {
    1: ("历史遗留矿山生态修复", 30.0),
    2: ("水土流失综合治理", 1.5),
    3: ("湿地与红树林保护修复", 15.0),
    4: ("森林质量精准提升", 0.8),
    5: ("河流生态缓冲带建设", 10.0),
    6: ("生态廊道障碍点修复", 5.0),
    7: ("全域土地综合整治", 4.0),
}


def project_costs(areas_ha, types, unit_costs):
    """Cost (万元) = area (hm²) × unit cost of the type (万元/hm²); ValueError for a type without
    a cost."""
    a = np.asarray(areas_ha, dtype=np.float64)
    t = np.asarray(types).astype(np.int64)
    missing = sorted(set(t.tolist()) - set(unit_costs))
    if missing:
        raise ValueError("cost table: no unit cost for project type(s) {}.".format(
            ", ".join(str(m) for m in missing)))
    return a * np.array([float(unit_costs[int(x)]) for x in t])


def project_order(scores, ids):
    """Processing order of projects: score high to low, ties -> smaller id (as :func:`rank_desc`)."""
    return np.argsort(rank_desc(scores, ids), kind="stable")


def assign_periods(costs, ranks, budgets, earliest=None, fixed=None):
    """Period per project (0 近期, 1 中期, 2 远期; −1 not scheduled) within the budgets.

    Method: budget-constrained first fit (METHODS.md §3, periods 近期/中期/远期, 轻重缓急):
    projects with a user-fixed period (``fixed`` ≥ 0) are placed first (ValueError when they
    exceed a period's budget); then the others in rank order (1 first) each take the earliest
    period, not before ``earliest`` (e.g. from the grade), whose remaining budget covers the
    whole cost. A project that fits nowhere is not scheduled (−1). The sum of the costs in a
    period never exceeds its budget. Returns (period array, remaining budget per period).
    """
    c = np.asarray(costs, dtype=np.float64)
    if np.any(~np.isfinite(c)) or np.any(c < 0):
        raise ValueError("project costs must be finite and non-negative.")
    b = np.asarray(budgets, dtype=np.float64).copy()
    if np.any(~np.isfinite(b)) or np.any(b < 0):
        raise ValueError("budgets must be finite and non-negative.")
    if b.sum() <= 0:
        raise ValueError("the budget of every period is 0: no project can be scheduled. "
                         "Give a budget for at least one period.")
    n = len(c)
    period = np.full(n, -1, np.int64)
    first = np.zeros(n, np.int64) if earliest is None else np.asarray(earliest, np.int64)
    fx = np.full(n, -1, np.int64) if fixed is None else np.asarray(fixed, np.int64)
    eps = 1e-9 * max(1.0, b.max())
    for i in np.flatnonzero(fx >= 0):
        p = int(fx[i])
        if p >= len(b):
            raise ValueError("fixed period {} does not exist.".format(p))
        b[p] -= c[i]
        period[i] = p
    for p in range(len(b)):
        if b[p] < -eps:
            raise ValueError(
                "the projects fixed to period {} cost {:.2f} more than its budget.".format(
                    PERIODS[p] if p < len(PERIODS) else p, -b[p]))
    for i in np.argsort(np.asarray(ranks), kind="stable"):
        if fx[i] >= 0:
            continue
        for p in range(int(first[i]), len(b)):
            if c[i] <= b[p] + eps:
                b[p] -= c[i]
                period[i] = p
                break
    return period, np.maximum(b, 0.0)
