"""The indicator table as CSV, HTML, XLSX and JSON."""

import csv
import datetime
import html
import io
import json
import os
import uuid

from .indicators import DIMENSIONS, DIRECTIONS, Indicator, STAGES, TYPES
from .validation import parse_number

__all__ = [
    "COLUMNS", "table_rows", "to_csv", "to_html", "xlsx_available", "to_xlsx", "dumps", "loads",
]


# ---------------------------------------------------------------------------------------------
# Export (atomic: temporary file, then rename)
# ---------------------------------------------------------------------------------------------
COLUMNS = [  # (field, Chinese, English)
    ("dimension", "维度", "Dimension"), ("name_zh", "指标名称", "Indicator"),
    ("name_en", "英文名称", "Indicator (English)"), ("unit", "单位", "Unit"),
    ("type", "指标属性", "Type"), ("basis", "统计口径", "Statistical basis"),
    ("source", "数据来源", "Data source"), ("department", "责任部门", "Responsible department"),
    ("base", "基期值 (2020)", "Base (2020)"), ("t2025", "2025 年目标", "Target 2025"),
    ("t2030", "2030 年目标", "Target 2030"), ("t2035", "2035 年目标", "Target 2035"),
    ("direction", "方向", "Direction"), ("computed", "基期值来源", "Base value from"),
]


def _value(ind, fld):
    if fld == "base":
        return ind.base
    if fld.startswith("t") and fld[1:] in STAGES:
        return ind.targets.get(fld[1:])
    if fld == "dimension":
        return DIMENSIONS.get(ind.dimension, (ind.dimension,))[0]
    if fld == "type":
        return TYPES.get(ind.type, (ind.type,))[0]
    if fld == "direction":
        return DIRECTIONS.get(ind.direction, (ind.direction,))[0]
    if fld == "computed":
        c = ind.computed
        if not c:
            return ""
        return "{} ({})".format(c.get("layer", ""), c.get("date", ""))
    return getattr(ind, fld)


def _cell_text(v):
    if v is None:
        return ""
    if isinstance(v, float):
        return "{:g}".format(v)
    return str(v)


def table_rows(indicators):
    """Header (bilingual) and rows of text, in dimension order, as exported."""
    header = ["{} {}".format(zh, en) for _, zh, en in COLUMNS]
    order = {k: i for i, k in enumerate(DIMENSIONS)}
    inds = sorted(enumerate(indicators), key=lambda p: (order.get(p[1].dimension, 99), p[0]))
    rows = [[_cell_text(_value(ind, fld)) for fld, _, _ in COLUMNS] for _, ind in inds]
    return header, rows


def _atomic_write(path, data, binary=False):
    folder = os.path.dirname(os.path.abspath(path)) or "."
    tmp = os.path.join(folder, ".{}.{}.part".format(os.path.basename(path), uuid.uuid4().hex[:8]))
    try:
        with open(tmp, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8",
                                                                       "newline": ""})) as fh:
            fh.write(data)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return path


def to_csv(indicators, path):
    """Write the indicator table as UTF-8 CSV with a BOM (Excel opens it with Chinese intact)."""
    header, rows = table_rows(indicators)
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header)
    w.writerows(rows)
    return _atomic_write(path, "\ufeff" + buf.getvalue())


def to_html(indicators, *, title="生态修复规划目标指标表 Indicator targets", path=None):
    """The indicator table as an HTML document (dimension cells merged), for the report."""
    header, rows = table_rows(indicators)
    out = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\"><title>{}</title>".format(
        html.escape(title)), "<style>body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif}"
        "table{border-collapse:collapse}th,td{border:1px solid #444;padding:3px 6px;font-size:10.5pt}"
        "th{background:#dde8d5}td.num{text-align:right}</style></head><body>",
        "<h2>{}</h2>".format(html.escape(title)), "<table>",
        "<tr>" + "".join("<th>{}</th>".format(html.escape(h)) for h in header) + "</tr>"]
    numeric = {i for i, (fld, _, _) in enumerate(COLUMNS) if fld == "base" or fld.startswith("t2")}
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) and rows[j][0] == rows[i][0]:
            j += 1
        for r in range(i, j):
            cells = []
            for c, v in enumerate(rows[r]):
                if c == 0:
                    if r == i:
                        cells.append("<td rowspan=\"{}\">{}</td>".format(j - i, html.escape(v)))
                    continue
                cls = " class=\"num\"" if c in numeric else ""
                cells.append("<td{}>{}</td>".format(cls, html.escape(v)))
            out.append("<tr>" + "".join(cells) + "</tr>")
        i = j
    stamp = datetime.date.today().isoformat()
    out += ["</table>", "<p>基期 2020 年；规划期 2025、2030、2035 年。Generated {}.</p>".format(stamp),
            "</body></html>"]
    text = "\n".join(out) + "\n"
    if path:
        _atomic_write(path, text)
    return text


def xlsx_available():
    """True when openpyxl (optional, for :func:`to_xlsx`) can be imported."""
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        return False
    return True


def to_xlsx(indicators, path, *, title="生态修复规划目标指标表"):
    """Formatted XLSX (needs openpyxl, Debian package python3-openpyxl)."""
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    header, rows = table_rows(indicators)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目标指标"
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(header)
    thin = Side(style="thin")
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE8D5")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for r in rows:
        ws.append([parse_number(v) if COLUMNS[i][0] == "base" or COLUMNS[i][0].startswith("t2")
                   else v for i, v in enumerate(r)])
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for i, width in enumerate([16, 22, 28, 8, 9, 30, 20, 18, 12, 12, 12, 12, 10, 24]):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = width
    buf = io.BytesIO()
    wb.save(buf)
    return _atomic_write(path, buf.getvalue(), binary=True)


def dumps(indicators):
    """JSON text of an indicator list (stored in the QGIS project)."""
    return json.dumps({"version": 1, "indicators": [i.to_dict() for i in indicators]},
                      ensure_ascii=False)


def loads(text):
    """Indicator list from :func:`dumps` text. Raises ValueError for text that is not one."""
    try:
        data = json.loads(text)
        return [Indicator.from_dict(d) for d in data["indicators"]]
    except (TypeError, KeyError, json.JSONDecodeError) as exc:
        raise ValueError("Not an indicator set: {}".format(exc)) from None
