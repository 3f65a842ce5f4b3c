"""Table parameters (class tables ``code | value ...``, number and code lists) and their parsing."""
import numpy as np
from qgis.core import QgsProcessingException

from ..i18n import tr


def matrix_rows(value, ncols):
    """Rows of a QgsProcessingParameterMatrix value (a flat list) as lists of ``ncols`` strings."""
    flat = list(value or [])
    if len(flat) % ncols:
        raise QgsProcessingException(
            tr("The table has {} values, which is not a whole number of rows of {} columns.").format(
                len(flat), ncols))
    return [[str(v).strip() for v in flat[i:i + ncols]] for i in range(0, len(flat), ncols)]


def to_float(text, what):
    """Parse a number from a table cell, with a clear message when it is not one."""
    try:
        return float(str(text).strip())
    except (TypeError, ValueError):
        raise QgsProcessingException(
            tr("{}: '{}' is not a number.").format(what, text)) from None


def class_table_parameter(name, description, headers, default, help_text=None, optional=False):
    """A QgsProcessingParameterMatrix ``code | value ...`` filled with ``default``.

    ``default``: ``{code: value}`` or ``{code: {column: value}}`` (columns = ``headers[1:]``).
    NaN values are shown as empty cells ("not assessed").
    """
    from qgis.core import QgsProcessingParameterMatrix

    flat = []
    for code in sorted(default, key=lambda c: (str(type(c)), c)):
        value = default[code]
        row = [value[h] for h in headers[1:]] if isinstance(value, dict) else [value]
        flat.append(str(code))
        for v in row:
            flat.append("" if isinstance(v, float) and np.isnan(v) else str(v))
    # Marked optional so a run that omits it (scripts, models) takes the default: QGIS 3.22's matrix
    # parameter does not fall back to its default by itself. Read it with ``alg.table_value``.
    p = QgsProcessingParameterMatrix(name, description, numberRows=0, hasFixedNumberRows=False,
                                     headers=list(headers), defaultValue=flat, optional=True)
    if help_text:
        p.setHelp(help_text)
    return p


def parse_class_table(value, headers, what):
    """Parse a class-table matrix into ``{code: float}`` (one value column) or ``{code: {col: float}}``.

    Empty cells give NaN. Raises QgsProcessingException naming the bad cell.
    """
    ncols = len(headers)
    out = {}
    for row in matrix_rows(value, ncols):
        if not row[0]:
            continue
        try:
            code = int(float(row[0]))
        except ValueError:
            raise QgsProcessingException(tr("{}: class code '{}' is not a whole number.").format(
                what, row[0])) from None
        vals = [np.nan if v == "" else to_float(v, "{} ({} {})".format(what, headers[0], row[0]))
                for v in row[1:]]
        out[code] = vals[0] if ncols == 2 else dict(zip(headers[1:], vals))
    if not out:
        raise QgsProcessingException(tr("{}: the table is empty.").format(what))
    return out


def number_list(text, what, count=None):
    """Parse ``"0.5, 0.8"`` into floats; clear message when malformed."""
    parts = [p for p in str(text or "").replace(";", ",").split(",") if p.strip()]
    values = [to_float(p, what) for p in parts]
    if count is not None and len(values) != count:
        raise QgsProcessingException(tr("{}: expected {} numbers, got '{}'.").format(what, count, text))
    return values


def code_list(text, what):
    """Class codes or values typed as ``"301, 302"`` (commas, semicolons or spaces) as floats; empty -> []."""
    parts = [p for p in str(text or "").replace(";", ",").replace(" ", ",").split(",") if p.strip()]
    try:
        return [float(p) for p in parts]
    except ValueError:
        raise QgsProcessingException(tr("{}: '{}' is not a list of numbers.").format(what, text)) from None


def breaks_value(alg, parameters, name, context, what, count, default):
    """Breaks from a comma-separated string parameter (empty = ``default``): ``count`` ascending numbers."""
    text = alg.parameterAsString(parameters, name, context)
    if not str(text or "").strip():
        return tuple(default)
    values = number_list(text, what, count)
    if any(b <= a for a, b in zip(values, values[1:])):
        raise QgsProcessingException(tr("{}: the breaks must increase, got '{}'.").format(what, text))
    return tuple(values)
