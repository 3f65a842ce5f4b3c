"""Pages without a map: the contents page and the indicator-table page (targets)."""
import os
import sqlite3

from qgis.core import (
    QgsLayoutFrame,
    QgsLayoutItemManualTable,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsTableCell,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ...core import targets as T
from .common import MM, PAGE_TEXT, add_label, new_page_layout, text_format


DEFAULT_TITLE = "示例县国土空间生态修复规划"

INDICATOR_TITLE = "规划目标指标表"


def _num(v):
    if v is None or v == "":
        return ""
    try:
        return "{:g}".format(round(float(v), 2))
    except (TypeError, ValueError):
        return str(v)


def _units_by_name():
    """{Chinese indicator name: unit} of the default indicator set (units of the decomposed targets)."""
    return {ind.name_zh: ind.unit for ind in T.default_indicators()}


#: Aggregation keywords of the target decomposition, in Chinese.
AGGREGATION_ZH = {"sum": "总量分解", "rate": "比率指标"}

#: How the county total of a decomposed target is formed, by aggregation keyword.
TOTAL_NOTE = ("县域合计：总量指标为各单元目标值之和；比率指标为按各单元份额加权的平均值。")


def indicator_rows(gpkg, tables, catalog):
    """(source table, header, rows, note) of the indicator table page, or None when no targets exist.

    ``eco_indicators`` (written by the indicator-targets dialog) first: one row per indicator with its
    unit, the base-year value and the staged targets (county values). Else the target decomposition
    table ``unit_targets``: per indicator its units' targets then the county total (sum for totals,
    share-weighted mean for rates), with the unit of the indicator.
    """
    con = sqlite3.connect("file:{}?mode=ro".format(gpkg), uri=True)
    try:
        if "eco_indicators" in tables:
            cols = {r[1] for r in con.execute('PRAGMA table_info("eco_indicators")')}
            want = ["dimension", "name_zh", "unit", "type", "base", "t2025", "t2030", "t2035"]
            sel = ", ".join('"{}"'.format(c) if c in cols else "NULL" for c in want)
            order = ' ORDER BY "position"' if "position" in cols else ""
            rows = []
            for r in con.execute('SELECT {} FROM "eco_indicators"{}'.format(sel, order)):
                dim = T.DIMENSIONS.get(r[0], (r[0] or "",))[0]
                typ = T.TYPES.get(r[3], (r[3] or "",))[0]
                rows.append([str(dim), str(r[1] or ""), str(r[2] or ""), str(typ)] + [_num(v) for v in r[4:]])
            if rows:
                header = ["维度", "指标名称", "单位", "指标属性", "基期值 ({})".format(T.BASE_YEAR)] + \
                    ["{} 年".format(s) for s in T.STAGES]
                note = "基期年 {} 年；目标年 {} 年；指标值均为县域（全域）值。".format(
                    T.BASE_YEAR, "、".join(T.STAGES))
                return "eco_indicators", header, rows, note
        if "unit_targets" in tables and "unit_targets" in catalog:
            cols = {r[1] for r in con.execute('PRAGMA table_info("unit_targets")')}
            if {"unit_key", "indicator", "target"} <= cols:
                agg = "aggregation" if "aggregation" in cols else "NULL"
                share = "share" if "share" in cols else "NULL"
                data = con.execute('SELECT unit_key, indicator, target, {}, {} FROM "unit_targets" '
                                   'ORDER BY indicator, fid'.format(agg, share)).fetchall()
                units = _units_by_name()
                rows, order = [], []
                by_ind = {}
                for unit_key, ind, target, how, sh in data:
                    if ind not in by_ind:
                        by_ind[ind] = []
                        order.append(ind)
                    by_ind[ind].append((unit_key, target, how, sh))
                for ind in order:
                    entries = by_ind[ind]
                    how = entries[0][2] or ""
                    unit = units.get(ind, "")
                    for unit_key, target, _how, _sh in entries:
                        rows.append([str(ind or ""), unit, AGGREGATION_ZH.get(how, how), str(unit_key or ""),
                                     _num(target)])
                    rows.append([str(ind or ""), unit, AGGREGATION_ZH.get(how, how), "县域合计",
                                 _num(county_total(entries, how))])
                if rows:
                    note = "基期年 {} 年；目标年 {} 年。{}".format(T.BASE_YEAR, T.STAGES[-1], TOTAL_NOTE)
                    return "unit_targets", ["指标", "单位", "分解方式", "单元", "目标值"], rows, note
    except sqlite3.Error:
        return None
    finally:
        con.close()
    return None


def county_total(entries, how):
    """County total of one decomposed indicator: the sum of the units' targets ('sum'), or their mean
    weighted by the units' shares ('rate'; a plain mean when shares are missing). None without values."""
    vals = [(float(t), s) for _u, t, _h, s in entries if t is not None]
    if not vals:
        return None
    if how == "rate":
        weights = [float(s) if s is not None else None for _t, s in vals]
        if all(w is not None for w in weights) and sum(weights) > 0:
            return sum(t * w for (t, _s), w in zip(vals, weights)) / sum(weights)
        return sum(t for t, _s in vals) / len(vals)
    return sum(t for t, _s in vals)


def contents_layout(project, size, ctx, entries, skipped):
    """The contents page (目录): plan name, the maps with their numbers and page numbers, the skipped maps."""
    w, h = size
    layout = new_page_layout(project, w, h, PAGE_TEXT["contents"])
    font, m = ctx["font"], 15.0
    add_label(layout, ctx["title"], (m, m, w - 2 * m, 18), font, 22, True, Qt.AlignHCenter)
    add_label(layout, "{} · {}".format(PAGE_TEXT["atlas"], PAGE_TEXT["contents"]), (m, m + 20, w - 2 * m, 10),
              font, 14, align=Qt.AlignHCenter)
    lines = []
    for i, (t, p) in enumerate(entries):
        page = PAGE_TEXT["page_range"].format(*p) if isinstance(p, tuple) else PAGE_TEXT["page"].format(p)
        number = PAGE_TEXT["map_number"].format(i + 1) if i < ctx.get("n_maps", len(entries)) else ""
        lines.append("{:<6}{}  ……  {}".format(number, t, page))
    if skipped:
        lines.append("")
        lines.append(PAGE_TEXT["skipped"])
        lines += ["    {}：{}".format(t, "、".join(miss)) for t, miss in skipped]
    size_pt = 12 if len(lines) <= 28 else 9
    add_label(layout, "\n".join(lines), (m + 10, m + 36, w - 2 * m - 20, h - 2 * m - 56), font, size_pt,
              valign=Qt.AlignTop)
    add_label(layout, "{}    {}".format(ctx["org"], ctx["today"]).strip(), (m, h - m - 10, w - 2 * m, 8),
              font, 10, align=Qt.AlignHCenter)
    return layout


def indicator_layout(project, size, ctx, table):
    """The indicator-table page(s): a manual table repeated over as many pages as needed, with the base
    year and how the county totals are formed above it and the data source below."""
    source, header, rows, note = table
    w, h = size
    layout = new_page_layout(project, w, h, INDICATOR_TITLE)
    font, m = ctx["font"], 15.0
    add_label(layout, ctx["title"], (m, m, w - 2 * m, 10), font, 13, True, Qt.AlignHCenter)
    add_label(layout, INDICATOR_TITLE, (m, m + 10, w - 2 * m, 12), font, 20, True, Qt.AlignHCenter)
    add_label(layout, note, (m, m + 23, w - 2 * m, 8), font, 9)
    table_names = {"eco_indicators": "规划目标指标表 eco_indicators（目标指标体系）",
                   "unit_targets": "目标分解表 unit_targets（目标分解）"}
    add_label(layout, PAGE_TEXT["source"].format("{}（{}）".format(os.path.basename(ctx["gpkg"]),
                                                                 table_names.get(source, source))),
              (m, h - m - 8, w - 2 * m, 7), font, 8)
    tab = QgsLayoutItemManualTable.create(layout)
    layout.addMultiFrame(tab)
    tab.setContentTextFormat(text_format(font, 9))
    tab.setHeaderTextFormat(text_format(font, 9, True))
    tab.setIncludeTableHeader(True)
    columns = []
    col_w = (w - 2 * m) / len(header) - 2 * tab.cellMargin()
    for text in header:
        col = QgsLayoutTableColumn(text)
        col.setWidth(col_w)
        columns.append(col)
    tab.setHeaders(columns)
    tab.setColumnWidths([col_w] * len(header))
    cells = []
    for r in rows:
        row = [QgsTableCell(v) for v in r]
        if "县域合计" in r:
            for cell in row:
                cell.setTextFormat(text_format(font, 9, True))
                cell.setBackgroundColor(QColor("#eef3f8"))
        cells.append(row)
    tab.setTableContents(cells)
    tab.setResizeMode(QgsLayoutMultiFrame.RepeatUntilFinished)
    frame = QgsLayoutFrame(layout, tab)
    frame.attemptMove(QgsLayoutPoint(m, m + 33, MM))
    frame.attemptResize(QgsLayoutSize(w - 2 * m, h - 2 * m - 45, MM))
    tab.addFrame(frame)
    tab.recalculateFrameSizes()
    return layout
