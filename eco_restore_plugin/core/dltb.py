"""三调 land parcels (地类图斑, DLTB): dominant class per cell, fractions and the current-state table.

Pure numpy. The Processing adapters (``algorithms/data/dltbimport.py``, ``landusestructure.py``)
read the parcels, rasterize them on a sub-grid with GDAL and call these functions.

**Dominant-class rule.** Each output cell is split into ``f x f`` sub-cells; the parcels are burnt
on the sub-grid by their centre (GDAL's default rule at the finer grid), and the cell takes the
class holding the most sub-cells, i.e. the largest area to within ``1/f²`` of the cell. Land
outside every parcel competes as "nodata": a cell mostly outside the parcels (a county edge) is
nodata. Ties go to the lower class value (nodata 0 first). ``f = 1`` is the centre-point rule.
"""
import numpy as np

from . import landuse_codes as L

#: square metres per unit.
AREA_UNITS = {"m2": 1.0, "hm2": 1e4, "mu": 10000.0 / 15.0, "km2": 1e6}


def dominant_class(sub, factor, *, nclasses=None):
    """Mode of each ``factor x factor`` block of ``sub`` (non-negative ints); ties -> lower value.

    ``sub`` has shape ``(rows * factor, cols * factor)``; returns ``(rows, cols)`` of its dtype.
    ``nclasses`` (values are below it; default ``sub.max() + 1``): the blocks are counted per value
    with one ``bincount`` over ``block index * nclasses + value`` and the first maximum taken (the
    lowest value among tied ones); when the counts would outgrow 4 x the sub-grid (many values, few
    sub-cells) the blocks are sorted instead (same result). Blocks of one value (inside one class: most
    cells of a parcel map) take it directly, found by comparing each sub-cell with the block's first;
    only the mixed blocks are counted (all blocks when most are mixed).
    """
    sub = np.asarray(sub)
    if sub.ndim != 2 or sub.shape[0] % factor or sub.shape[1] % factor:
        raise ValueError("the sub-grid shape must be a multiple of the factor")
    rows, cols = sub.shape[0] // factor, sub.shape[1] // factor
    if factor == 1:
        return sub.copy()
    if not sub.size:
        return np.zeros((rows, cols), dtype=sub.dtype)
    blocks = sub.reshape(rows, factor, cols, factor)
    first = blocks[:, 0, :, 0]
    mixed = np.zeros((rows, cols), dtype=bool)
    for i in range(factor):
        for j in range(factor):
            if i or j:
                mixed |= blocks[:, i, :, j] != first
    where = np.nonzero(mixed)
    if where[0].size * 2 > rows * cols:           # mostly mixed: count every block
        return _block_mode(sub, factor, nclasses)
    out = first.copy()
    if where[0].size:
        picked = blocks[where[0], :, where[1], :]                 # (mixed blocks, factor, factor)
        out[where] = _block_mode(picked.reshape(-1, factor), factor, nclasses).ravel()
    return out


def _block_mode(sub, factor, nclasses):
    """Mode of each ``factor x factor`` block of ``sub`` by counting (or sorting): the rule of
    :func:`dominant_class`, without its shortcut for blocks of one value."""
    rows, cols = sub.shape[0] // factor, sub.shape[1] // factor
    if nclasses is None:
        nclasses = int(sub.max()) + 1
    if rows * cols * nclasses <= 4 * sub.size:
        blocks = sub.reshape(rows, factor, cols, factor)
        base = (np.arange(rows * cols, dtype=np.int64) * nclasses).reshape(rows, 1, cols, 1)
        counts = np.bincount((blocks + base).ravel(), minlength=rows * cols * nclasses)
        return counts.reshape(rows, cols, nclasses).argmax(axis=2).astype(sub.dtype)
    blocks = sub.reshape(rows, factor, cols, factor).transpose(0, 2, 1, 3).reshape(rows * cols, -1)
    n = blocks.shape[1]
    s = np.sort(blocks, axis=1)
    # run length ending at each position: position - start of its run + 1
    pos = np.arange(n)
    start = np.where(np.concatenate([np.ones((s.shape[0], 1), bool), s[:, 1:] != s[:, :-1]], axis=1),
                     pos, 0)
    np.maximum.accumulate(start, axis=1, out=start)
    run = pos - start + 1
    best = np.argmax(run, axis=1)        # first maximum = the lowest value among tied classes
    out = s[np.arange(s.shape[0]), best]
    return out.reshape(rows, cols)


def block_counts(sub, factor, nclasses):
    """Sub-cells of each value in each ``factor x factor`` block: ``(rows, cols, nclasses)`` uint16."""
    sub = np.asarray(sub)
    rows, cols = sub.shape[0] // factor, sub.shape[1] // factor
    blocks = sub.reshape(rows, factor, cols, factor)
    base = (np.arange(rows * cols, dtype=np.int64) * nclasses).reshape(rows, 1, cols, 1)
    counts = np.bincount((blocks + base).ravel(), minlength=rows * cols * nclasses)
    return counts.reshape(rows, cols, nclasses).astype(np.uint16)


def balance_classes(counts, *, fixed=(0,)):
    """Area-preserving class per cell: the dominant class, then cells moved between classes until
    every class holds its share of the land by a largest-remainder apportionment.

    ``counts``: ``(rows, cols, K)`` sub-cells of each class index in each cell (:func:`block_counts`).
    Cells whose dominant class is in ``fixed`` (0 = outside every parcel) stay as they are; the
    others ("land", n cells) are shared among the classes in proportion to their sub-cells in land
    cells, rounded by the largest-remainder (Hamilton) method so that the targets sum to n. Then,
    in order of the class's share of the cell (largest first; ties: the smaller loss for the class
    giving the cell up, then the cell's order), a cell goes to a class below its target from a class
    above its target; each cell moves at most once. A class short of its target whose cells border
    only classes at their target takes a cell from one of them, which then takes one from a class
    above its target (up to 20 such rounds). A class ends at its target unless no cell holding part of
    it is left to take. Returns ``(rows, cols)`` class indices (int64).
    """
    counts = np.asarray(counts)
    rows, cols, k = counts.shape
    c = counts.reshape(-1, k)
    dom = c.argmax(axis=1)
    land = ~np.isin(dom, list(fixed))
    n_land = int(land.sum())
    area = c[land].sum(axis=0).astype(np.float64)
    area[list(fixed)] = 0.0
    if n_land == 0 or area.sum() == 0:
        return dom.reshape(rows, cols)
    quota = area * n_land / area.sum()
    target = np.floor(quota).astype(np.int64)
    extra = n_land - int(target.sum())
    order = np.argsort(-(quota - target), kind="stable")
    target[order[:extra]] += 1
    have = np.bincount(dom[land], minlength=k)
    out, moved = dom.copy(), np.zeros(dom.size, dtype=bool)
    for _ in range(20):
        if not _move_cells(c, out, land, target, have, moved, relaxed=False) and \
                not _move_cells(c, out, land, target, have, moved, relaxed=True):
            break
        if not (target > have).any():
            break
    return out.reshape(rows, cols)


def _move_cells(c, out, land, target, have, moved, *, relaxed):
    """One greedy pass of :func:`balance_classes`; ``relaxed``: the giving class may be at its target
    (not only above). Returns whether a cell moved."""
    cells, to = [], []
    for j in np.flatnonzero(target > have):
        cand = np.flatnonzero(land & ~moved & (out != j) & (c[:, j] > 0))
        cells.append(cand)
        to.append(np.full(cand.size, j))
    if not cells:
        return False
    cells, to = np.concatenate(cells), np.concatenate(to)
    share, loss = c[cells, to].astype(np.int64), c[cells, out[cells]].astype(np.int64)
    any_moved = False
    for i in np.lexsort((cells, loss, -share)):
        cell, j = cells[i], to[i]
        src = out[cell]
        if moved[cell] or have[j] >= target[j] or have[src] < target[src] or \
                (have[src] == target[src] and not relaxed):
            continue
        out[cell] = j
        have[j] += 1
        have[src] -= 1
        moved[cell] = True
        any_moved = True
        if relaxed:
            break                       # one borrowed cell, then the surplus classes pay it back
    return any_moved




def block_fractions(sub, factor, members):
    """Share (0-1) of each ``factor x factor`` block whose sub-cells are in ``members`` (membership of
    8- and 16-bit values through a lookup table)."""
    sub = np.asarray(sub)
    rows, cols = sub.shape[0] // factor, sub.shape[1] // factor
    if sub.dtype in (np.uint8, np.uint16):
        lut = np.zeros(np.iinfo(sub.dtype).max + 1, dtype=bool)
        for m in members:
            if 0 <= m < lut.size:
                lut[int(m)] = True
        hit = lut[sub]
    else:
        hit = np.isin(sub, np.asarray(list(members)))
    return hit.reshape(rows, factor, cols, factor).sum(axis=(1, 3)) / float(factor * factor)


def to_centi(values):
    """Areas in m² -> int64 hundredths of m² (the precision of TBMJ / TBDLMJ), NaN -> 0."""
    v = np.asarray(values, dtype="float64")
    return np.rint(np.where(np.isfinite(v), v, 0.0) * 100.0).astype("int64")


def parcel_areas(*, tbdlmj=None, kcmj=None, kcxs=None, tbmj=None, geom_area=None):
    """Net (地类) area and 田坎 area of each parcel in m², from the fields present.

    Net area = TBDLMJ when given; else TBMJ (or the geometry area) minus the 田坎 area. 田坎 area =
    KCMJ when given; else gross area x KCXS; else 0. Missing values (NaN) in a present field fall
    back the same way, parcel by parcel. Returns ``(net, kc, source)`` with ``source`` naming the
    rule used (for the report).
    """
    def arr(a):
        return None if a is None else np.asarray(a, dtype="float64")

    tbdlmj, kcmj, kcxs, tbmj, geom_area = map(arr, (tbdlmj, kcmj, kcxs, tbmj, geom_area))
    n = next(len(a) for a in (tbdlmj, kcmj, kcxs, tbmj, geom_area) if a is not None)
    gross = np.full(n, np.nan)
    if tbmj is not None:
        gross = tbmj.copy()
    if geom_area is not None:
        gross = np.where(np.isfinite(gross), gross, geom_area)
    kc = np.full(n, np.nan)
    if kcmj is not None:
        kc = kcmj.copy()
    if kcxs is not None:
        kx = np.where(kcxs > 1.0, kcxs / 100.0, kcxs)     # 0.08 or 8 (%)
        kc = np.where(np.isfinite(kc), kc, gross * kx)
    kc = np.where(np.isfinite(kc), kc, 0.0)
    net = np.full(n, np.nan)
    if tbdlmj is not None:
        net = tbdlmj.copy()
    net = np.where(np.isfinite(net), net, gross - kc)
    if tbdlmj is not None and np.all(np.isfinite(tbdlmj)):
        source = "TBDLMJ"
    elif tbmj is not None:
        source = "TBMJ - KCMJ"
    else:
        source = "geometry"
    return net, kc, source


def unknown_codes(raw_codes):
    """``{clean code: count}`` of the DLBM values that are not in the classification."""
    out = {}
    for raw in raw_codes:
        code = L.clean_code(raw)
        if L.dlbm_value(code) is None:
            out[code] = out.get(code, 0) + 1
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))


def _text(v):
    if isinstance(v, bytes):
        return v.decode("utf-8", "replace")
    return "" if v is None else str(v)


def _unique(a):
    """``np.unique(a, return_inverse=True)`` of a 1-D array. Fixed-width strings (many parcels, few
    distinct codes) go through a 64-bit hash of their bytes (xor-multiply over 8-byte words, FNV
    prime): the hashes are sorted instead of the strings, every value is checked against the first
    one of its hash (a collision falls back to ``np.unique``) and the distinct values are sorted:
    the same result."""
    if a.dtype.kind not in "SU" or a.size < 1000 or a.dtype.itemsize == 0:
        return np.unique(a, return_inverse=True)
    width = a.dtype.itemsize
    raw = np.ascontiguousarray(a).view(np.uint8).reshape(a.size, width)
    if width % 8:
        raw = np.concatenate([raw, np.zeros((a.size, 8 - width % 8), dtype=np.uint8)], axis=1)
    words = raw.view(np.uint64)
    h = np.zeros(a.size, dtype=np.uint64)
    for j in range(words.shape[1]):
        h ^= words[:, j]
        h *= np.uint64(0x100000001B3)
    _, first, h_inv = np.unique(h, return_index=True, return_inverse=True)
    reps = a[first]
    if not np.array_equal(reps[h_inv], a):                      # a hash collision
        return np.unique(a, return_inverse=True)
    order = np.argsort(reps, kind="stable")
    rank = np.empty(order.size, dtype=np.int64)
    rank[order] = np.arange(order.size)
    return reps[order], rank[h_inv]


def _factorize(values):
    """``(distinct values, index of each value)``: numpy string or number arrays are factorized in C
    (:func:`_unique`; bytes decoded as UTF-8), lists value by value."""
    if isinstance(values, np.ndarray) and values.dtype.kind in "SUif" and not np.ma.is_masked(values):
        u, inv = _unique(np.ma.getdata(values).ravel())
        vals = [_text(x) if u.dtype.kind == "S" else x.item() for x in u]
        return vals, inv.astype(np.int64)
    index, inv = {}, np.empty(len(values), dtype=np.int64)
    for i, v in enumerate(values):
        v = _text(v) if isinstance(v, bytes) else v
        inv[i] = index.setdefault(v, len(index))
    return list(index), inv


def structure_table(codes, net_centi, kc_centi, *, village_codes=None, village_names=None,
                    township_digits=9, village_digits=12):
    """The current-state structure table (现状结构表).

    ``codes``: clean 三调 codes per parcel (unknown codes already mapped or removed);
    ``net_centi`` / ``kc_centi``: int64 net (TBDLMJ) and 田坎 (KCMJ) areas in 0.01 m²;
    ``village_codes``: ZLDWDM per parcel (first 12 digits = village, first 9 = township).
    Sums are exact (integers). Returns rows ``dict(level, unit_code, unit_name, class_level,
    class_code, class_name, parcels, area_centi, kc_centi)``: level "total" / "township" /
    "village"; class_level 0 = all classes (合计), 1 = first level, 2 = 三调 class, 3 = a K / A
    sub-code or merged GB/T code (其中).
    """
    c_vals, c_inv = _factorize(codes)
    n = len(c_inv)
    c_vals = [str(c) for c in c_vals]
    net_centi = np.asarray(net_centi, dtype="int64")
    kc_centi = np.asarray(kc_centi, dtype="int64")
    if int(np.abs(net_centi).sum()) >= 2 ** 53 or int(np.abs(kc_centi).sum()) >= 2 ** 53:
        raise ValueError("areas too large for an exact sum")
    if village_codes is None:
        v_vals, v_inv = [""], np.zeros(n, dtype=np.int64)
    else:
        v_vals, v_inv = _factorize(village_codes)
    vill_of = [str(v if v is not None else "").strip()[:village_digits] for v in v_vals]
    names = {}
    if village_names is not None:
        if isinstance(village_names, np.ndarray) and village_names.dtype.kind in "SU":
            has = (np.ma.getdata(village_names) != village_names.dtype.type()) & \
                ~np.ma.getmaskarray(village_names)
        else:
            village_names = list(village_names)
            has = np.array([bool(x) for x in village_names], dtype=bool)
        idx = np.nonzero(has)[0]
        first = np.full(len(v_vals), n, dtype=np.int64)    # first named parcel of each ZLDWDM value
        np.minimum.at(first, v_inv[idx], idx)
        for j in np.argsort(first, kind="stable"):
            if first[j] >= n:
                break
            if vill_of[j] not in names:
                names[vill_of[j]] = _text(village_names[first[j]]).strip()

    base_of = [L.base_code(c) for c in c_vals]
    group_of = [L.CLASSES[b]["group"] for b in base_of]
    sub_of = np.array([c != b for c, b in zip(c_vals, base_of)], dtype=bool)
    unit_levels = [("total", [""], np.zeros(n, dtype=np.int64))]
    town_of = [v[:township_digits] for v in vill_of]
    if any(town_of):
        for level, keys_of in (("township", town_of), ("village", vill_of)):
            keys, k_inv = np.unique(np.asarray(keys_of, dtype=str), return_inverse=True)
            unit_levels.append((level, [str(k) for k in keys], k_inv[v_inv]))
    sub = sub_of[c_inv]
    rows = []
    for level, u_keys, u_idx in unit_levels:
        for class_level, per_code in ((0, [""] * len(c_vals)), (1, group_of), (2, base_of), (3, c_vals)):
            sel = sub if class_level == 3 else None
            if sel is not None and not sel.any():
                continue
            c_keys, k_of_code = np.unique(np.asarray(per_code, dtype=str), return_inverse=True)
            c_idx = k_of_code[c_inv]
            combo = u_idx * len(c_keys) + c_idx
            if sel is not None:
                combo, net_s, kc_s = combo[sel], net_centi[sel], kc_centi[sel]
            else:
                net_s, kc_s = net_centi, kc_centi
            size = len(u_keys) * len(c_keys)
            # float64 sums of integers below 2**53 are exact (a county is ~1e11 hundredths of m²)
            cnt = np.bincount(combo, minlength=size)
            area = np.rint(np.bincount(combo, weights=net_s.astype(np.float64), minlength=size)).astype(np.int64)
            kc = np.rint(np.bincount(combo, weights=kc_s.astype(np.float64), minlength=size)).astype(np.int64)
            for key in np.nonzero(cnt)[0]:
                unit, cls = u_keys[key // len(c_keys)], str(c_keys[key % len(c_keys)])
                if class_level == 0:
                    cname = "合计"
                elif class_level == 1:
                    cname = L.GROUPS[cls][0]
                else:
                    cname = L.code_name(cls)
                rows.append({"level": level, "unit_code": unit,
                             "unit_name": names.get(unit, "") if level == "village" else "",
                             "class_level": class_level, "class_code": cls, "class_name": cname,
                             "parcels": int(cnt[key]), "area_centi": int(area[key]), "kc_centi": int(kc[key])})
    order_level = {"total": 0, "township": 1, "village": 2}
    group_rank = {g: i for i, g in enumerate(L.GROUPS)}
    class_rank = {c: i for i, c in enumerate(L.all_codes())}

    def sort_key(r):
        cls = r["class_code"]
        grp = cls if r["class_level"] == 1 else (L.CLASSES[L.base_code(cls)]["group"] if cls else "")
        return (order_level[r["level"]], r["unit_code"], group_rank.get(grp, -1),
                r["class_level"] if r["class_level"] < 2 else 2,
                class_rank.get(L.base_code(cls), -1) if cls else -1, r["class_level"],
                class_rank.get(cls, -1))
    rows.sort(key=sort_key)
    return rows


def area_columns(centi):
    """0.01 m² (int) -> ``(hm², 亩, km²)`` floats."""
    m2 = centi / 100.0
    return m2 / AREA_UNITS["hm2"], m2 / AREA_UNITS["mu"], m2 / AREA_UNITS["km2"]


#: columns of the exported structure table: (key, Chinese header).
TABLE_COLUMNS = [
    ("level", "层级"), ("unit_code", "单位代码"), ("unit_name", "单位名称"), ("class_level", "地类级别"),
    ("class_code", "地类编码"), ("class_name", "地类名称"), ("parcels", "图斑数"),
    ("area_hm2", "面积（公顷）"), ("area_mu", "面积（亩）"), ("area_km2", "面积（平方千米）"),
    ("kc_hm2", "其中田坎（公顷）"),
]
LEVEL_ZH = {"total": "全域", "township": "乡镇", "village": "村"}


def table_values(row):
    """One structure-table row (from :func:`structure_table`) as export values."""
    hm2, mu, km2 = area_columns(row["area_centi"])
    return [LEVEL_ZH[row["level"]], row["unit_code"], row["unit_name"], row["class_level"],
            row["class_code"], row["class_name"], row["parcels"], round(hm2, 4), round(mu, 2),
            round(km2, 6), round(row["kc_centi"] / 1e6, 4)]


def write_table(rows, path, *, title="土地利用现状结构表"):
    """Write the structure table as XLSX (needs openpyxl) or CSV (by extension). Atomic; returns path.

    Raises ImportError naming the package when an .xlsx is asked for without openpyxl."""
    import os
    import tempfile

    header = [zh for _, zh in TABLE_COLUMNS]
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".", suffix=os.path.splitext(path)[1])
    os.close(fd)
    try:
        if path.lower().endswith(".xlsx"):
            import openpyxl
            from openpyxl.styles import Font

            wb = openpyxl.Workbook()
            ws = wb.active
            ws.title = "现状结构表"
            ws.append([title])
            ws["A1"].font = Font(bold=True, size=14)
            ws.append(header)
            for cell in ws[2]:
                cell.font = Font(bold=True)
            for r in rows:
                ws.append(table_values(r))
            for i, width in enumerate([8, 14, 16, 8, 10, 22, 8, 14, 14, 14, 14]):
                ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = width
            wb.save(tmp)
        else:
            import csv

            with open(tmp, "w", newline="", encoding="utf-8-sig") as fh:
                w = csv.writer(fh)
                w.writerow(header)
                for r in rows:
                    w.writerow(table_values(r))
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return path
