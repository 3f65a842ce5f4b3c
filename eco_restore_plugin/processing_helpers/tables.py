"""Table parameters (class tables ``code | value ...``, number and code lists) and their parsing."""
import numpy as np
from qgis.core import QgsProcessingException

from ..i18n import tr


def matrix_rows(value, ncols):
    """Rows of a QgsProcessingParameterMatrix value (a flat list) as lists of ``ncols`` strings.

    A string (``qgis_process``, the Python console) is the cells separated by commas, as QGIS reads it."""
    flat = str(value).split(",") if isinstance(value, str) else list(value or [])
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


def landuse_names():
    """三调 class code -> Chinese name (the names shown beside the codes of land-use tables)."""
    from ..core.tables import LANDCOVER_3DIAO

    return LANDCOVER_3DIAO


def code_cell(code, names=None):
    """The code cell of a class table: ``"101 水田"`` when ``names`` knows the code, else ``"101"``.

    The name is a label only: :func:`table_code` reads the leading code and ignores the rest, so a table
    typed or saved with bare codes reads the same."""
    name = (names or {}).get(code)
    return "{} {}".format(code, name) if name else str(code)


def table_code(cell, what):
    """The integer class code of a table cell: ``"101"``, ``"101.0"`` or ``"101 水田"`` (a name after the
    code is a label and is ignored). Raises QgsProcessingException naming the cell."""
    text = str(cell).strip()
    token = text.split()[0] if text else ""
    try:
        value = float(token)
        if value != int(value):
            raise ValueError(token)
        return int(value)
    except (ValueError, OverflowError):
        raise QgsProcessingException(tr("{}: class code '{}' is not a whole number.").format(
            what, text)) from None


def header_labels():
    """Display labels of the column keys of class tables (the keys stay the algorithms' own). Short: the
    matrix editor gives every column the same narrow width; the parameter's help explains them."""
    return {
        "code": tr("Class code"), "resistance": tr("Resistance"), "rank": tr("Vulnerability rank"),
        "H": tr("Suitability H"), "c_above": tr("C above"),
        "c_below": tr("C below"), "c_soil": tr("C soil"),
        "c_dead": tr("C dead"), "cropland": tr("S cropland"),
        "urban": tr("S urban"), "rural": tr("S rural"),
        "road": tr("S road"), "mine": tr("S mine"),
    }


def class_table_parameter(name, description, headers, default, help_text=None, optional=False, names=None):
    """A QgsProcessingParameterMatrix ``code | value ...`` filled with ``default``.

    ``default``: ``{code: value}`` or ``{code: {column: value}}`` (columns = ``headers[1:]``).
    NaN values are shown as empty cells ("not assessed"). ``headers`` are the column keys; the dialog
    shows their labels (:func:`header_labels`). ``names``: ``{code: name}`` shown in the code cell after
    the code (``"101 水田"``); by default the 三调 names when every code of ``default`` is a 三调 class.
    The number and meaning of the columns do not change, so old saved tables read the same.
    """
    from qgis.core import QgsProcessingParameterMatrix

    if names is None:
        lu = landuse_names()
        names = lu if default and all(c in lu for c in default) else {}
    labels = header_labels()
    shown = [labels.get(h, h) for h in headers]
    if names:
        shown[0] = tr("Code and name")
    flat = []
    for code in sorted(default, key=lambda c: (str(type(c)), c)):
        value = default[code]
        row = [value[h] for h in headers[1:]] if isinstance(value, dict) else [value]
        flat.append(code_cell(code, names))
        for v in row:
            flat.append("" if isinstance(v, float) and np.isnan(v) else str(v))
    # Marked optional so a run that omits it (scripts, models) takes the default: QGIS 3.22's matrix
    # parameter does not fall back to its default by itself. Read it with ``alg.table_value``.
    p = QgsProcessingParameterMatrix(name, description, numberRows=0, hasFixedNumberRows=False,
                                     headers=shown, defaultValue=flat, optional=True)
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
        code = table_code(row[0], what)
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


def keyword(cell, choices, what, default=None):
    """A keyword typed in a table cell as one of ``choices`` (``{keyword: (label, synonym, ...)}``).

    Case, spaces and a Chinese or English synonym are accepted (``"线性"``, ``"Linear"``, ``"linear 线性"``
    all give ``"linear"``); an empty cell gives ``default`` (None: an error). Raises
    QgsProcessingException listing the allowed values."""
    text = str(cell if cell is not None else "").strip()
    if not text:
        if default is not None:
            return default
    folded = text.lower()
    for key, synonyms in choices.items():
        accepted = {str(key).lower()} | {str(s).lower() for s in synonyms}
        if folded in accepted or any(part in accepted for part in folded.split()):
            return key
    allowed = "; ".join("{} ({})".format(synonyms[0], key) if synonyms else str(key)
                        for key, synonyms in choices.items())
    raise QgsProcessingException(tr("{}: '{}' is not one of the allowed values: {}.").format(what, text, allowed))


def keyword_cell(key, choices):
    """The cell a default table shows for ``key``: its Chinese label (the first synonym), read back by
    :func:`keyword`."""
    synonyms = choices.get(key) or ()
    return str(synonyms[0]) if synonyms else str(key)


#: keyword vocabularies of table columns: ``{keyword: (Chinese label, synonyms...)}``; the Chinese label is
#: what default tables show, English and the other synonyms are read as well.
DECAY_CHOICES = {"linear": ("线性", "线性衰减"), "exponential": ("指数", "指数衰减", "exp")}
THREAT_CHOICES = {"cropland": ("耕地",), "urban": ("城镇用地", "城镇", "建设用地"),
                  "rural": ("农村居民点", "农村", "村庄"), "road": ("道路", "交通用地"),
                  "mine": ("采矿用地", "矿山", "采矿")}
DIRECTION_CHOICES = {"higher": ("越高越好", "高", "正向", "higher is better", "+"),
                     "lower": ("越低越好", "低", "负向", "lower is better", "-", "−")}
AGGREGATION_CHOICES = {"sum": ("总量", "求和", "合计", "total"), "rate": ("比率", "比例", "百分比", "率", "%")}
BENEFIT_CHOICES = {"+": ("正向", "效益", "benefit", "higher", "越高越优先"),
                   "-": ("负向", "成本", "cost", "lower", "越低越优先", "−")}


#: the widget wrapper of matrix parameters with keyword columns (a class path, as Processing's metadata takes it)
KEYWORD_TABLE_WRAPPER = __package__ + ".keyword_table.KeywordMatrixWidgetWrapper"


def keyword_columns(param, columns, optional=()):
    """Declare the keyword columns of a matrix parameter: ``columns`` = ``{column index: vocabulary}`` (the
    ``*_CHOICES`` dicts above); ``optional``: the columns where an empty cell is accepted (the algorithm
    takes a default). The toolbox dialog then shows these cells as drop-down lists of the Chinese labels
    (:mod:`.keyword_table`); batch, modeler, scripts and ``qgis_process`` still take typed text. Returns
    ``param``."""
    spec = [[int(col), [[str(key)] + [str(s) for s in synonyms] for key, synonyms in choices.items()],
             int(col) in set(optional)] for col, choices in sorted(columns.items())]
    metadata = param.metadata()
    metadata["widget_wrapper"] = {"class": KEYWORD_TABLE_WRAPPER, "keyword_columns": spec}
    param.setMetadata(metadata)
    return param
