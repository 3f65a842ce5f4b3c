"""Indicator targets (目标指标体系) and their decomposition to lower-level units (目标传导).

Method: METHODS.md §5. A plan's target system has four dimensions (国土空间安全优质, 生态系统健康有序,
人与自然和谐共生, 景观风貌美丽宜人), a 2020 base and staged targets for 2025, 2030 and 2035; each indicator
is binding (约束性) or expected (预期性), has a direction (higher or lower is better) and records its
statistical basis (统计口径), data source and responsible department.

This module is pure Python/numpy (no qgis, no osgeo): the indicator model, the default indicator set,
validation (per cell problems), base-value formulas, allocation of an upper-level target to units with
floors and caps (totals kept), attainment check and CSV / HTML / XLSX export."""

from .indicators import (  # noqa: F401
    BASE_YEAR,
    STAGES,
    DIMENSIONS,
    TYPES,
    DIRECTIONS,
    RULES,
    PERCENT_UNITS,
    Indicator,
    default_indicators,
    TABLE_FIELDS,
    indicators_from_table,
)
from .validation import (  # noqa: F401
    parse_number,
    MESSAGES,
    ERRORS,
    Problem,
    validate_row,
    validate,
    has_errors,
    clean,
    new_key,
)
from .allocation import (  # noqa: F401
    ratio_percent,
    class_area_by_unit,
    parse_codes,
    parse_list,
    allocate,
    mix_weights,
    decompose,
    attainment,
)
from .export import (  # noqa: F401
    COLUMNS,
    _cell_text,
    table_rows,
    to_csv,
    to_html,
    xlsx_available,
    to_xlsx,
    dumps,
    loads,
)

__all__ = [
    "BASE_YEAR",
    "STAGES",
    "DIMENSIONS",
    "TYPES",
    "DIRECTIONS",
    "RULES",
    "PERCENT_UNITS",
    "Indicator",
    "default_indicators",
    "TABLE_FIELDS",
    "indicators_from_table",
    "parse_number",
    "MESSAGES",
    "ERRORS",
    "Problem",
    "validate_row",
    "validate",
    "has_errors",
    "clean",
    "new_key",
    "ratio_percent",
    "class_area_by_unit",
    "parse_codes",
    "parse_list",
    "allocate",
    "mix_weights",
    "decompose",
    "attainment",
    "COLUMNS",
    "table_rows",
    "to_csv",
    "to_html",
    "xlsx_available",
    "to_xlsx",
    "dumps",
    "loads",
]
