"""Attached tables (附表) of a plan text: grouped sums with subtotals and a total, in fixed decimals.

Pure Python. A sheet is ``{"name", "title", "unit", "headers", "rows", "decimals", "kinds"}`` where
each row is a list of cell values and ``kinds[i]`` is ``"text"`` or ``"number"``; ``rows`` carry a
row kind in :data:`ROW_KIND` (``data``, ``subtotal``, ``total``) as their first element, removed by
the writers. Sums are made on values rounded to the sheet's decimals, so a printed total equals the
sum of the printed rows (the 附表 check a reviewer makes by hand).
"""
from collections import OrderedDict

ROW_KIND = ("data", "subtotal", "total")
SUBTOTAL, TOTAL = "小计", "合计"


def _round(v, d):
    return None if v is None else round(float(v), d)


def grouped_rows(records, group, keys, values, decimals, *, subtotals=True, total=True):
    """Rows summed by ``keys`` (column names), with a subtotal per ``group`` value and a total.

    ``records``: list of dicts; ``values``: value columns (summed; counts pass 1 per record).
    Returns rows ``[kind, key values..., sums...]`` ordered by group then key (first-seen order).
    """
    sums = OrderedDict()
    for r in records:
        k = tuple(r.get(c) for c in ([group] if group else []) + list(keys))
        acc = sums.setdefault(k, [0.0] * len(values))
        for i, c in enumerate(values):
            acc[i] += float(r.get(c) or 0.0)
    ordered = sorted(sums, key=lambda k: tuple("" if v is None else str(v) for v in k))
    rows, width = [], (1 if group else 0) + len(keys)
    grand = [0.0] * len(values)
    for g in OrderedDict((k[0] if group else None, None) for k in ordered):
        sub = [0.0] * len(values)
        for k in ordered:
            if group and k[0] != g:
                continue
            vals = [_round(v, d) for v, d in zip(sums[k], decimals)]
            rows.append(["data"] + list(k) + vals)
            sub = [a + b for a, b in zip(sub, vals)]
        if group and subtotals:
            rows.append(["subtotal", g] + [SUBTOTAL] + [""] * (width - 2) +
                        [_round(v, d) for v, d in zip(sub, decimals)])
        grand = [a + b for a, b in zip(grand, sub)]
    if total:
        rows.append(["total", TOTAL] + [""] * (width - 1) + [_round(v, d) for v, d in zip(grand, decimals)])
    return rows


def check_totals(sheet, *, tol=1e-6):
    """Problems of a sheet: a subtotal or total that is not the sum of its data rows (list of text)."""
    problems, n_text = [], len(sheet["headers"]) - len(sheet["decimals"])
    data_since, data_all = [], []
    for row in sheet["rows"]:
        kind, cells = row[0], row[1:]
        nums = cells[n_text:]
        if kind == "data":
            data_since.append(nums)
            data_all.append(nums)
            continue
        ref = data_since if kind == "subtotal" else data_all
        for i, v in enumerate(nums):
            s = sum(float(r[i] or 0.0) for r in ref)
            if abs(s - float(v or 0.0)) > tol + 1e-9 * abs(s):
                problems.append("{}: {} column {} = {} but its rows sum to {}".format(
                    sheet["name"], cells[0], sheet["headers"][n_text + i], v, s))
        if kind == "subtotal":
            data_since = []
    return problems


def csv_rows(sheet):
    """The sheet as CSV rows: title, unit, header, rows (numbers formatted with the sheet's decimals)."""
    n_text = len(sheet["headers"]) - len(sheet["decimals"])
    out = [[sheet["title"]], [sheet["unit"]], list(sheet["headers"])]
    for row in sheet["rows"]:
        cells = row[1:]
        text = ["" if v is None else str(v) for v in cells[:n_text]]
        nums = ["" if v in (None, "") else "{:.{}f}".format(float(v), d)
                for v, d in zip(cells[n_text:], sheet["decimals"])]
        out.append(text + nums)
    return out
