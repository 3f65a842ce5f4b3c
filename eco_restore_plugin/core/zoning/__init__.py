"""Restoration zoning, graded control, priority and the project library (修复分区 与 项目库).

Method: METHODS.md §3. Restoration modes after 《山水林田湖草生态保护修复工程指南（试行）》(MNR 2020):
保护保育 (conservation), 自然恢复 (natural recovery), 辅助再生 (assisted regeneration),
生态重建 (reconstruction), assigned from importance × degradation × resilience with land use and
human pressure. Zones aggregate restoration units into contiguous regions by dominant function;
three-level zoning after Cai et al. (2020): ecological-function base zones → restoration-pattern
zones → restoration-mode zones. Contiguity-constrained regionalisation: SKATER (Assunção et al.
2006, "Efficient regionalization techniques for socio-economic geographical units using minimum
spanning trees", IJGIS 20(7)). Entropy weights: Shannon entropy weight method (e.g. Zou et al.
2006). Project library with 近期 2021-2025 / 中期 2026-2030 / 远期 2031-2035 periods and the hierarchy
重点区域 → 重点工程 → 项目 with investment by funding source (hierarchy.py).

Codes (uint8, 0 = nodata): importance 3 极重要 / 2 重要 / 1 一般重要; degradation 0 none /
1 light / 2 moderate / 3 severe; resilience 1 low / 2 medium / 3 high; mode 1-4 (:data:`MODE_NAMES`);
space 1 ecological / 2 agricultural / 3 urban (:data:`SPACE_NAMES`).

Pure numpy/scipy: arrays in, arrays out; nodata as NaN or a boolean mask. Every ordering here is
deterministic, ties broken by id."""

from .modes import (  # noqa: F401
    CONSERVATION,
    NATURAL_RECOVERY,
    ASSISTED_REGENERATION,
    RECONSTRUCTION,
    MODE_NAMES,
    MODE_NAMES_EN,
    MODE_MEASURES,
    ECOLOGICAL,
    AGRICULTURAL,
    URBAN,
    SPACE_NAMES,
    IMPORTANCE_LEVELS,
    DEGRADATION_LEVELS,
    RESILIENCE_LEVELS,
    PERIODS,
    PERIOD_YEARS,
    GRADE_NAMES,
    _mode_code,
    default_decision_rows,
    decision_lut,
    assign_mode,
    default_landuse_spaces,
    three_spaces,
)
from .units import (  # noqa: F401
    zonal_count,
    zonal_mean,
    zonal_share,
    zonal_dominant,
    label_adjacency,
)
from .regions import (  # noqa: F401
    contiguous_groups,
    is_contiguous,
    standardise,
    skater,
    merge_small_zones,
    zone_dominant,
    zone_means,
)
from .priority import (  # noqa: F401
    normalise_weights,
    minmax_columns,
    entropy_weights,
    priority_scores,
    rank_desc,
    grade_by_rank,
    grade_by_score,
)
from .conflicts import (  # noqa: F401
    CONFLICT_TYPES,
    conflict_buffers,
)
from .projects import (  # noqa: F401
    PROJECT_TYPES,
    project_costs,
    project_order,
    assign_periods,
)
from .hierarchy import (  # noqa: F401
    FUNDING_SOURCES,
    RESTORATION_AREA,
    DEFAULT_TYPES,
    DEFAULT_FUNDING,
    investment,
    split_funding,
    build_hierarchy,
    period_contributions,
    period_span,
)

__all__ = [
    "CONSERVATION",
    "NATURAL_RECOVERY",
    "ASSISTED_REGENERATION",
    "RECONSTRUCTION",
    "MODE_NAMES",
    "MODE_NAMES_EN",
    "MODE_MEASURES",
    "ECOLOGICAL",
    "AGRICULTURAL",
    "URBAN",
    "SPACE_NAMES",
    "IMPORTANCE_LEVELS",
    "DEGRADATION_LEVELS",
    "RESILIENCE_LEVELS",
    "PERIODS",
    "PERIOD_YEARS",
    "GRADE_NAMES",
    "default_decision_rows",
    "decision_lut",
    "assign_mode",
    "default_landuse_spaces",
    "three_spaces",
    "zonal_count",
    "zonal_mean",
    "zonal_share",
    "zonal_dominant",
    "label_adjacency",
    "contiguous_groups",
    "is_contiguous",
    "standardise",
    "skater",
    "merge_small_zones",
    "zone_dominant",
    "zone_means",
    "normalise_weights",
    "minmax_columns",
    "entropy_weights",
    "priority_scores",
    "rank_desc",
    "grade_by_rank",
    "grade_by_score",
    "CONFLICT_TYPES",
    "conflict_buffers",
    "PROJECT_TYPES",
    "project_costs",
    "project_order",
    "assign_periods",
    "FUNDING_SOURCES",
    "RESTORATION_AREA",
    "DEFAULT_TYPES",
    "DEFAULT_FUNDING",
    "investment",
    "split_funding",
    "build_hierarchy",
    "period_contributions",
    "period_span",
]
