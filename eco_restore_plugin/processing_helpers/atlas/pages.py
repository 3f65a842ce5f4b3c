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

from ...core import targets as T
from ...i18n import tr
from .common import MM, add_label, new_page_layout, text_format


DEFAULT_TITLE = "示例县国土空间生态修复规划"

INDICATOR_TITLE = "规划目标指标表"


def _num(v):
    if v is None or v == "":
        return ""
    try:
        return "{:g}".format(round(float(v), 2))
    except (TypeError, ValueError):
        return str(v)


def indicator_rows(gpkg, tables, catalog):
    """(source table, header, rows) of the indicator table page, or None when no targets exist.

    ``eco_indicators`` (written by the indicator-targets dialog) first; else the target
    decomposition table ``unit_targets`` of the targets algorithms.
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
                header = ["维度", "指标名称", "单位", "指标属性", "基期值 (2020)", "2025 年", "2030 年", "2035 年"]
                return "eco_indicators", header, rows
        if "unit_targets" in tables and "unit_targets" in catalog:
            cols = {r[1] for r in con.execute('PRAGMA table_info("unit_targets")')}
            if {"unit_key", "indicator", "target"} <= cols:
                rows = [[str(r[0] or ""), str(r[1] or ""), _num(r[2])] for r in con.execute(
                    'SELECT unit_key, indicator, target FROM "unit_targets" ORDER BY indicator, fid')]
                if rows:
                    return "unit_targets", ["单元", "指标", "目标值"], rows
    except sqlite3.Error:
        return None
    finally:
        con.close()
    return None


def contents_layout(project, size, ctx, entries, skipped):
    """The contents page: plan name, the maps with their page numbers, the skipped maps."""
    w, h = size
    layout = new_page_layout(project, w, h, tr("Contents"))
    font, m = ctx["font"], 15.0
    add_label(layout, ctx["title"], (m, m, w - 2 * m, 18), font, 22, True, Qt.AlignHCenter)
    add_label(layout, tr("Planning atlas — contents"), (m, m + 20, w - 2 * m, 10), font, 14,
              align=Qt.AlignHCenter)
    lines = [tr("{:>2}. {}  (page {})").format(i + 1, t, p) for i, (t, p) in enumerate(entries)]
    if skipped:
        lines.append("")
        lines.append(tr("Skipped (layers missing):"))
        lines += ["    {}: {}".format(t, ", ".join(miss)) for t, miss in skipped]
    size_pt = 12 if len(lines) <= 28 else 9
    add_label(layout, "\n".join(lines), (m + 10, m + 36, w - 2 * m - 20, h - 2 * m - 56), font, size_pt,
              valign=Qt.AlignTop)
    add_label(layout, "{}    {}".format(ctx["org"], ctx["today"]).strip(), (m, h - m - 10, w - 2 * m, 8),
              font, 10, align=Qt.AlignHCenter)
    return layout


def indicator_layout(project, size, ctx, table):
    """The indicator-table page(s): a manual table repeated over as many pages as needed."""
    source, header, rows = table
    w, h = size
    layout = new_page_layout(project, w, h, INDICATOR_TITLE)
    font, m = ctx["font"], 15.0
    add_label(layout, ctx["title"], (m, m, w - 2 * m, 10), font, 13, True, Qt.AlignHCenter)
    add_label(layout, INDICATOR_TITLE, (m, m + 10, w - 2 * m, 12), font, 20, True, Qt.AlignHCenter)
    add_label(layout, tr("Data source: {} ({})").format(os.path.basename(ctx["gpkg"]), source),
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
    tab.setTableContents([[QgsTableCell(v) for v in r] for r in rows])
    tab.setResizeMode(QgsLayoutMultiFrame.RepeatUntilFinished)
    frame = QgsLayoutFrame(layout, tab)
    frame.attemptMove(QgsLayoutPoint(m, m + 28, MM))
    frame.attemptResize(QgsLayoutSize(w - 2 * m, h - 2 * m - 40, MM))
    tab.addFrame(frame)
    tab.recalculateFrameSizes()
    return layout
