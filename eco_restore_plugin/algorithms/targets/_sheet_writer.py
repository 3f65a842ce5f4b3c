"""Writers of the attached tables (附表): one CSV per sheet and the XLSX workbook (openpyxl).

A sheet is the dict of ``core.deliverables`` (title, unit, headers, optional header groups, rows with
their kind, decimals, notes).
"""
import csv
import os

from ...core import deliverables as D

#: Debian package and pip name of the XLSX writer, named in the messages.
OPENPYXL_HINT = "Debian: apt install python3-openpyxl; else pip install openpyxl"


def openpyxl_available():
    """True when openpyxl imports (the XLSX workbook can be written)."""
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        return False
    return True


def write_csvs(sheets, stem):
    """One CSV per sheet, ``<stem>_<sheet name>.csv``, UTF-8 with BOM (Excel reads the Chinese). Returns
    the paths."""
    paths = []
    for s in sheets:
        path = "{}_{}.csv".format(stem, s["name"])
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            csv.writer(fh).writerows(D.csv_rows(s))
        paths.append(path)
    return paths


def write_workbook(sheets, path):
    """The sheets as an XLSX workbook: merged title and unit rows, merged header rows (groups across,
    single headers down), bold shaded headers, borders, fixed decimals, frozen header, notes below."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for s in sheets:
        ws = wb.create_sheet(s["name"][:31])
        ncol = len(s["headers"])
        n_text = ncol - len(s["decimals"])
        groups = s.get("header_groups", [])
        first_header, leaf = 3, 3 + len(groups)
        ws.cell(row=1, column=1, value=s["title"]).font = Font(bold=True, size=14)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
        ws.cell(row=1, column=1).alignment = Alignment(horizontal="center")
        ws.cell(row=2, column=1, value=s["unit"]).alignment = Alignment(horizontal="right")
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
        for r in range(first_header, leaf + 1):
            for j in range(1, ncol + 1):
                c = ws.cell(row=r, column=j)
                c.font, c.alignment, c.fill, c.border = Font(bold=True), centre, fill, border
        lowest = {}                               # column -> the lowest header-group row covering it
        for k, row_groups in enumerate(groups):
            r = first_header + k
            for label, first, last in row_groups:
                ws.cell(row=r, column=first, value=label)
                if last > first:
                    ws.merge_cells(start_row=r, start_column=first, end_row=r, end_column=last)
                for j in range(first, last + 1):
                    lowest[j] = k
        for j, h in enumerate(s["headers"], start=1):
            top = first_header + lowest.get(j, -1) + 1   # a header under no group is merged down to the leaf row
            ws.cell(row=top, column=j, value=h)
            if top < leaf:
                ws.merge_cells(start_row=top, start_column=j, end_row=leaf, end_column=j)
        for i, row in enumerate(s["rows"], start=leaf + 1):
            kind, cells = row[0], row[1:]
            for j, v in enumerate(cells, start=1):
                c = ws.cell(row=i, column=j, value=None if v == "" else v)
                c.border = border
                if j > n_text and v not in (None, ""):
                    d = s["decimals"][j - n_text - 1]
                    c.number_format = "0" if d == 0 else "0." + "0" * d
                if kind != "data":
                    c.font = Font(bold=True)
            if kind == "total" and n_text > 1:
                ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=n_text)
                ws.cell(row=i, column=1).alignment = Alignment(horizontal="center")
        last = leaf + len(s["rows"])
        for k, note in enumerate(s.get("notes", ()), start=1):
            ws.cell(row=last + k, column=1, value=note)
            ws.merge_cells(start_row=last + k, start_column=1, end_row=last + k, end_column=ncol)
        for j in range(1, ncol + 1):
            ws.column_dimensions[get_column_letter(j)].width = 16 if j <= n_text else 13
        ws.freeze_panes = "{}{}".format(get_column_letter(n_text + 1) if groups else "A", leaf + 1)
    tmp = path + ".part"
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
