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
    """
    sub = np.asarray(sub)
    if sub.ndim != 2 or sub.shape[0] % factor or sub.shape[1] % factor:
        raise ValueError("the sub-grid shape must be a multiple of the factor")
    rows, cols = sub.shape[0] // factor, sub.shape[1] // factor
    if factor == 1:
        return sub.copy()
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


def block_fractions(sub, factor, members):
    """Share (0-1) of each ``factor x factor`` block whose sub-cells are in ``members``."""
    sub = np.asarray(sub)
    rows, cols = sub.shape[0] // factor, sub.shape[1] // factor
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
    codes = [str(c) for c in codes]
    n = len(codes)
    net_centi = np.asarray(net_centi, dtype="int64")
    kc_centi = np.asarray(kc_centi, dtype="int64")
    if int(np.abs(net_centi).sum()) >= 2 ** 53 or int(np.abs(kc_centi).sum()) >= 2 ** 53:
        raise ValueError("areas too large for an exact sum")
    if village_codes is None:
        village_codes = [""] * n
    vill = [str(v or "").strip()[:village_digits] for v in village_codes]
    town = [v[:township_digits] for v in vill]
    names = {}
    if village_names is not None:
        for v, nm in zip(vill, village_names):
            if nm and v not in names:
                names[v] = str(nm).strip()

    cache = {c: L.base_code(c) for c in set(codes)}
    base = [cache[c] for c in codes]
    group = [L.CLASSES[b]["group"] for b in base]
    keys_by_level = [("total", [""] * n)]
    if any(town):
        keys_by_level += [("township", town), ("village", vill)]
    sub = np.array([c != b for c, b in zip(codes, base)], dtype=bool)
    rows = []
    for level, units in keys_by_level:
        u_keys, u_idx = np.unique(np.asarray(units, dtype=str), return_inverse=True)
        for class_level, classes in ((0, [""] * n), (1, group), (2, base), (3, codes)):
            sel = sub if class_level == 3 else np.ones(n, bool)
            if not sel.any():
                continue
            c_keys, c_idx = np.unique(np.asarray(classes, dtype=str)[sel], return_inverse=True)
            combo = u_idx[sel].astype(np.int64) * len(c_keys) + c_idx
            keys, inv = np.unique(combo, return_inverse=True)
            # float64 sums of integers below 2**53 are exact (a county is ~1e11 hundredths of m²)
            cnt = np.bincount(inv)
            area = np.rint(np.bincount(inv, weights=net_centi[sel].astype(np.float64))).astype(np.int64)
            kc = np.rint(np.bincount(inv, weights=kc_centi[sel].astype(np.float64))).astype(np.int64)
            for j, key in enumerate(keys):
                unit, cls = str(u_keys[key // len(c_keys)]), str(c_keys[key % len(c_keys)])
                if class_level == 0:
                    cname = "合计"
                elif class_level == 1:
                    cname = L.GROUPS[cls][0]
                else:
                    cname = L.code_name(cls)
                rows.append({"level": level, "unit_code": unit,
                             "unit_name": names.get(unit, "") if level == "village" else "",
                             "class_level": class_level, "class_code": cls, "class_name": cname,
                             "parcels": int(cnt[j]), "area_centi": int(area[j]), "kc_centi": int(kc[j])})
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
