"""Attached tables (附表) of a plan text: grouped sums with subtotals and a total, in fixed decimals.

Pure Python. A sheet is ``{"name", "title", "unit", "headers", "rows", "decimals"}``: ``headers`` are the
leaf column headers (text columns first, then one numeric column per entry of ``decimals``); ``rows``
carry a row kind in :data:`ROW_KIND` as their first element, removed by the writers:

* ``data``: a row of the table;
* ``group``: a heading row (e.g. a first-level land class) that sums the data rows *after* it, up to
  the next non-data row;
* ``subtotal``: sums the data rows since the previous subtotal (小计);
* ``total``: sums all data rows (合计);
* ``summary``: a bold row whose values are not sums of rows (e.g. a region rate = Σ numerator /
  Σ denominator); the caller checks it.

Optional keys: ``header_groups`` (header rows above the leaf headers: lists of ``(label, first column,
last column)``, 1-based; a column no group covers is merged down through all header rows), ``shares``
(numeric column indices of percent shares down a column: the total row holds 100), ``row_shares``
(lists of numeric column indices whose values add up to 100 in every row: shares across a row, not
summed down), ``row_sums`` (``(target, [columns])``: the target column equals the sum of the columns in
every row), ``notes`` (lines written under the table).

Sums are made on values rounded to the sheet's decimals, so a printed total equals the sum of the
printed rows (the 附表 check a reviewer makes by hand); percent shares are rounded by the largest
remainder method so that they add up to exactly 100.
"""
import math
from collections import OrderedDict

ROW_KIND = ("data", "group", "subtotal", "total", "summary")
SUBTOTAL, TOTAL = "小计", "合计"


def _round(v, d):
    return None if v is None else round(float(v), d)


def grouped_rows(records, group, keys, values, decimals, *, subtotals=True, total=True, sort=True):
    """Rows summed by ``keys`` (column names), with a subtotal per ``group`` value and a total.

    ``records``: list of dicts; ``values``: value columns (summed; counts pass 1 per record).
    Returns rows ``[kind, key values..., sums...]`` ordered by group then key (sorted as text, or with
    ``sort=False`` in the order first seen).
    """
    sums = OrderedDict()
    for r in records:
        k = tuple(r.get(c) for c in ([group] if group else []) + list(keys))
        acc = sums.setdefault(k, [0.0] * len(values))
        for i, c in enumerate(values):
            acc[i] += float(r.get(c) or 0.0)
    ordered = sorted(sums, key=lambda k: tuple("" if v is None else str(v) for v in k)) if sort else list(sums)
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


def shares(values, *, decimals=2, total=100.0):
    """Percent shares of ``values`` rounded to ``decimals`` so that they add up to exactly ``total``.

    Method: the largest remainder (Hamilton) method - every share is rounded down, then the units still
    missing go to the shares with the largest remainders (ties: the earlier value). Negative and missing
    values count as 0; all zero gives zeros.
    """
    vals = [max(float(v or 0.0), 0.0) for v in values]
    s = sum(vals)
    if s <= 0:
        return [0.0] * len(vals)
    unit = 10 ** int(decimals)
    exact = [v / s * float(total) * unit for v in vals]
    floors = [int(math.floor(e + 1e-9)) for e in exact]
    missing = int(round(float(total) * unit)) - sum(floors)
    order = sorted(range(len(vals)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[:max(missing, 0)]:
        floors[i] += 1
    return [round(f / unit, int(decimals)) for f in floors]


def _num(v):
    return float(v) if v not in (None, "") else 0.0


def check_totals(sheet, *, tol=1e-6):
    """Problems of a sheet (list of text): a group, subtotal or total that is not the sum of its data
    rows, a share column whose total is not 100, a row whose shares do not add up to 100, a row whose
    sum column is not the sum of its parts (see the module docstring)."""
    problems, n_text = [], len(sheet["headers"]) - len(sheet["decimals"])
    down_shares = set(sheet.get("shares", ()))
    across = [list(g) for g in sheet.get("row_shares", ())]
    not_summed = {i for g in across for i in g}
    data_since, data_all = [], []
    group = None                                  # (cells, data rows after it)

    def compare(label, i, v, s):
        if abs(s - _num(v)) > tol + 1e-9 * abs(s):
            problems.append("{}: {} column {} = {} but its rows sum to {}".format(
                sheet["name"], label, sheet["headers"][n_text + i], v, round(s, 10)))

    def close_group():
        if group is not None:
            for i, v in enumerate(group[0][n_text:]):
                if i not in not_summed:
                    compare(group[0][0] or group[0][1], i, v, sum(_num(r[i]) for r in group[1]))

    for row in sheet["rows"]:
        kind, cells = row[0], row[1:]
        nums = cells[n_text:]
        for g in across:
            vals = [_num(nums[i]) for i in g]
            if any(vals) and abs(sum(vals) - 100.0) > tol + 1e-9:
                problems.append("{}: {} shares {} add up to {} not 100".format(
                    sheet["name"], cells[0], [sheet["headers"][n_text + i] for i in g], round(sum(vals), 10)))
        for target, parts in sheet.get("row_sums", ()):
            compare(cells[0], target, nums[target], sum(_num(nums[i]) for i in parts))
        if kind == "data":
            data_since.append(nums)
            data_all.append(nums)
            if group is not None:
                group[1].append(nums)
            continue
        close_group()
        group = [cells, []] if kind == "group" else None
        if kind == "summary":                  # closes a block like a subtotal, checked by its caller
            data_since = []
        if kind in ("group", "summary"):
            continue
        ref = data_since if kind == "subtotal" else data_all
        for i, v in enumerate(nums):
            if i in not_summed:
                continue
            if kind == "total" and i in down_shares:
                if any(_num(r[i]) for r in ref) and abs(_num(v) - 100.0) > tol:
                    problems.append("{}: {} column {} = {} not 100".format(
                        sheet["name"], cells[0], sheet["headers"][n_text + i], v))
                continue
            compare(cells[0], i, v, sum(_num(r[i]) for r in ref))
        if kind == "subtotal":
            data_since = []
    close_group()
    return problems


def csv_rows(sheet):
    """The sheet as CSV rows: title, unit, header, rows (numbers formatted with the sheet's decimals)."""
    n_text = len(sheet["headers"]) - len(sheet["decimals"])
    out = [[sheet["title"]], [sheet["unit"]]]
    for groups in sheet.get("header_groups", ()):
        line = [""] * len(sheet["headers"])
        for label, first, _last in groups:
            line[first - 1] = label
        out.append(line)
    out.append(list(sheet["headers"]))
    for row in sheet["rows"]:
        cells = row[1:]
        text = ["" if v is None else str(v) for v in cells[:n_text]]
        nums = ["" if v in (None, "") else "{:.{}f}".format(float(v), d)
                for v, d in zip(cells[n_text:], sheet["decimals"])]
        out.append(text + nums)
    out += [[n] for n in sheet.get("notes", ())]
    return out
