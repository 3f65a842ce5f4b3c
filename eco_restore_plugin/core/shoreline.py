"""Shoreline classification and change (岸线分类与变化), pure numpy.

Classes (岸线类型): 1 基岩 bedrock, 2 砂质 sandy, 3 淤泥质 muddy, 4 生物 biological (mangrove, reef ...),
5 河口 estuary, 6 人工 artificial, 7 生态恢复 ecologically restored. Natural = 1-5.
自然岸线保有率 (natural shoreline retention rate) = (natural + ecologically restored) / total length, for
the mainland and the islands separately (the indicator of the 国土空间规划 指标体系; the restored shore is
counted as in 海岸线保护与利用管理办法, 国家海洋局 2017, 第十二条: 整治修复后具有自然海岸形态特征和生态功能的海岸线
纳入自然岸线管控目标管理 - our reading, not verified against the official text here).

Change between two dates: transects cast at a fixed spacing along the newer shoreline, perpendicular
to it, intersected with the older one, as shoreline-change tools (DSAS) do: net shoreline movement
NSM (m, positive = the shore advanced seaward) and end-point rate EPR = NSM / years (m/a). The seaward
side is given by a land test (callable) or, without one, lines are taken to have land on their left.

Lines are arrays of shape (k, 2) in a projected CRS (metres).
"""
import numpy as np

BEDROCK, SANDY, MUDDY, BIOLOGICAL, ESTUARY, ARTIFICIAL, RESTORED = 1, 2, 3, 4, 5, 6, 7
CLASSES = (BEDROCK, SANDY, MUDDY, BIOLOGICAL, ESTUARY, ARTIFICIAL, RESTORED)
NATURAL = (BEDROCK, SANDY, MUDDY, BIOLOGICAL, ESTUARY)
CODES = {BEDROCK: "bedrock", SANDY: "sandy", MUDDY: "muddy", BIOLOGICAL: "biological", ESTUARY: "estuary",
         ARTIFICIAL: "artificial", RESTORED: "restored"}
NAMES_ZH = {BEDROCK: "基岩岸线", SANDY: "砂质岸线", MUDDY: "淤泥质岸线", BIOLOGICAL: "生物岸线", ESTUARY: "河口岸线",
            ARTIFICIAL: "人工岸线", RESTORED: "生态恢复岸线"}
NAMES_EN = {BEDROCK: "Bedrock", SANDY: "Sandy", MUDDY: "Muddy", BIOLOGICAL: "Biological (mangrove etc.)",
            ESTUARY: "Estuary", ARTIFICIAL: "Artificial", RESTORED: "Ecologically restored"}
#: extra spellings accepted in a class field (lower case)
ALIASES = {
    BEDROCK: ("基岩", "基岩岸线", "bedrock", "rocky", "rock"),
    SANDY: ("砂质", "砂质岸线", "沙质", "沙质岸线", "sandy", "sand"),
    MUDDY: ("淤泥质", "淤泥质岸线", "粉砂淤泥质", "muddy", "mud"),
    BIOLOGICAL: ("生物", "生物岸线", "红树林", "红树林岸线", "珊瑚礁岸线", "biological", "mangrove"),
    ESTUARY: ("河口", "河口岸线", "estuary", "estuarine"),
    ARTIFICIAL: ("人工", "人工岸线", "artificial", "seawall", "sea wall"),
    RESTORED: ("生态恢复", "生态恢复岸线", "整治修复", "restored", "ecologically restored"),
}
#: protection class of each shoreline class (editable table in the algorithm):
#: 1 严格保护 strict protection, 2 限制开发 restricted development, 3 优化利用 optimised use
PROTECTION_ZH = {1: "严格保护", 2: "限制开发", 3: "优化利用"}
PROTECTION_EN = {1: "Strict protection", 2: "Restricted development", 3: "Optimised use"}
DEFAULT_PROTECTION = {BEDROCK: 1, SANDY: 2, MUDDY: 2, BIOLOGICAL: 1, ESTUARY: 1, ARTIFICIAL: 3, RESTORED: 2}


def class_of(value):
    """Class code of a field value (code 1-7, English code or Chinese name); None when unknown."""
    if value is None:
        return None
    text = str(value).strip().lower()
    try:
        k = int(float(text))
        return k if k in CLASSES else None
    except ValueError:
        pass
    for k, names in ALIASES.items():
        if text in names:
            return k
    return None


def line_length(coords):
    """Planar length of a polyline ``[(x, y), ...]`` (sum of its segment lengths; 0 for fewer than 2 points)."""
    c = np.asarray(coords, float)
    if len(c) < 2:
        return 0.0
    return float(np.sum(np.hypot(np.diff(c[:, 0]), np.diff(c[:, 1]))))


def retention(lengths):
    """自然岸线保有率 (%) from ``{class: length}``: (natural + restored) / total * 100 (NaN when empty)."""
    total = float(sum(lengths.values()))
    if total <= 0:
        return float("nan")
    kept = sum(v for k, v in lengths.items() if k in NATURAL or k == RESTORED)
    return 100.0 * kept / total


def summary(segments):
    """Lengths by scope (mainland / island), township and class; retention by scope.

    ``segments``: iterable of ``(class, island 0/1, township, length)``. Returns ``(rows, scopes)``:
    rows ``(scope, township, class, length)`` and ``{scope: {class: length}}`` for scope in
    "mainland", "island", "total".
    """
    by = {}
    scopes = {"mainland": {}, "island": {}, "total": {}}
    for k, isl, town, ln in segments:
        scope = "island" if isl else "mainland"
        by[(scope, town, k)] = by.get((scope, town, k), 0.0) + ln
        for s in (scope, "total"):
            scopes[s][k] = scopes[s].get(k, 0.0) + ln
    rows = [(s, t, k, v) for (s, t, k), v in sorted(by.items(), key=lambda kv: (kv[0][0], str(kv[0][1]), kv[0][2]))]
    return rows, scopes


def _normals(line):
    """Unit normals to the right of the line direction at each vertex (k, 2)."""
    c = np.asarray(line, float)
    d = np.gradient(c, axis=0)
    ln = np.hypot(d[:, 0], d[:, 1])
    ln[ln == 0] = 1.0
    return np.column_stack([d[:, 1] / ln, -d[:, 0] / ln])


def stations(line, spacing):
    """Points every ``spacing`` m along a polyline with the unit normal to the right: (points, normals, s)."""
    c = np.asarray(line, float)
    seg = np.hypot(np.diff(c[:, 0]), np.diff(c[:, 1]))
    cum = np.concatenate([[0.0], np.cumsum(seg)])
    if cum[-1] <= 0:
        return np.zeros((0, 2)), np.zeros((0, 2)), np.zeros(0)
    s = np.arange(spacing / 2.0, cum[-1], spacing)
    i = np.clip(np.searchsorted(cum, s, side="right") - 1, 0, len(seg) - 1)
    f = (s - cum[i]) / np.where(seg[i] > 0, seg[i], 1.0)
    pts = c[i] + (c[i + 1] - c[i]) * f[:, None]
    d = c[i + 1] - c[i]
    dl = np.hypot(d[:, 0], d[:, 1])
    dl[dl == 0] = 1.0
    nrm = np.column_stack([d[:, 1] / dl, -d[:, 0] / dl])
    return pts, nrm, s


def _ray_hits(p, n, segs_a, segs_b, reach):
    """Signed distances t (|t| <= reach) where p + t n crosses the segments a->b; sorted by |t|."""
    e = segs_b - segs_a
    den = n[0] * e[:, 1] - n[1] * e[:, 0]
    ok = np.abs(den) > 1e-12
    w = segs_a - p
    with np.errstate(divide="ignore", invalid="ignore"):
        t = (w[:, 0] * e[:, 1] - w[:, 1] * e[:, 0]) / den
        u = (w[:, 0] * n[1] - w[:, 1] * n[0]) / den
    hit = ok & (u >= -1e-9) & (u <= 1 + 1e-9) & (np.abs(t) <= reach)
    idx = np.flatnonzero(hit)
    order = np.argsort(np.abs(t[idx]))
    return t[idx][order], idx[order]


def transects(new_lines, old_lines, spacing, reach, years, *, is_land=None, probe=5.0):
    """Transects along the newer shoreline and their change against the older one.

    ``new_lines`` / ``old_lines``: lists of (k, 2) arrays; their classes can be given as lists of
    per-line class codes via :func:`transects_with_classes`. ``is_land(x, y)`` -> bool array: the
    land test for the seaward side (``None``: land on the left of each new line). Returns a list
    of dicts ``{line, x, y, nx, ny (seaward unit normal), nsm, epr, old_index}``; ``nsm`` NaN
    where the older shoreline is not within ``reach``.
    """
    if years <= 0:
        raise ValueError("the newer shoreline must be later than the older one")
    segs = [(np.asarray(o, float)[:-1], np.asarray(o, float)[1:], j) for j, o in enumerate(old_lines) if len(o) >= 2]
    if segs:
        A = np.concatenate([a for a, _, _ in segs])
        B = np.concatenate([b for _, b, _ in segs])
        owner = np.concatenate([np.full(len(a), j) for a, _, j in segs])
    else:
        A = B = np.zeros((0, 2))
        owner = np.zeros(0, int)
    out = []
    for li, line in enumerate(new_lines):
        pts, nrm, _ = stations(line, spacing)
        if not len(pts):
            continue
        if is_land is not None:
            right = pts + nrm * probe
            left = pts - nrm * probe
            land_r = np.asarray(is_land(right[:, 0], right[:, 1]), bool)
            land_l = np.asarray(is_land(left[:, 0], left[:, 1]), bool)
            flip = land_r & ~land_l
            nrm = np.where(flip[:, None], -nrm, nrm)
        for p, n in zip(pts, nrm):
            t, idx = _ray_hits(p, n, A, B, reach)
            if len(t):
                nsm = -float(t[0])          # the old shore at p + t n: movement old -> new is -t
                oi = int(owner[idx[0]])
            else:
                nsm, oi = float("nan"), -1
            out.append({"line": li, "x": float(p[0]), "y": float(p[1]), "nx": float(n[0]), "ny": float(n[1]),
                        "nsm": nsm, "epr": nsm / years if np.isfinite(nsm) else float("nan"), "old_index": oi})
    return out


def change_lengths(tr, new_classes, old_classes, spacing):
    """Length (m) of class changes old -> new from the transects: ``{(old class, new class): length}``.

    Each transect stands for ``spacing`` m of the newer shoreline; transects that found no older
    shoreline count as ``(0, new class)`` (new shoreline).
    """
    out = {}
    for t in tr:
        new = new_classes[t["line"]]
        old = old_classes[t["old_index"]] if t["old_index"] >= 0 else 0
        out[(old, new)] = out.get((old, new), 0.0) + spacing
    return out


def natural_to_artificial(changes):
    """Length that went from a natural class to the artificial class."""
    return sum(v for (o, n), v in changes.items() if o in NATURAL and n == ARTIFICIAL)
