"""The project library: project costs, order and periods under budgets."""

import numpy as np

from .modes import PERIODS
from .priority import rank_desc

__all__ = ["PROJECT_TYPES", "project_costs", "project_order", "assign_periods"]


# ------------------------------------------------------------------------------------------------
# Project library
# ------------------------------------------------------------------------------------------------
#: project type code -> (Chinese name, default unit cost 万元/hm², check: common ranges in
#: provincial restoration project estimates; edit the cost table for local prices).
PROJECT_TYPES = {
    1: ("历史遗留矿山生态修复", 30.0),
    2: ("水土流失综合治理", 1.5),
    3: ("湿地与红树林保护修复", 15.0),
    4: ("森林质量精准提升", 0.8),
    5: ("河流生态缓冲带建设", 10.0),
    6: ("生态廊道障碍点修复", 5.0),
    7: ("全域土地综合整治", 4.0),
}


def project_costs(areas_ha, types, unit_costs):
    """Cost (万元) = area (hm²) × unit cost of the type (万元/hm²); ValueError for a type without
    a cost."""
    a = np.asarray(areas_ha, dtype=np.float64)
    t = np.asarray(types).astype(np.int64)
    missing = sorted(set(t.tolist()) - set(unit_costs))
    if missing:
        raise ValueError("cost table: no unit cost for project type(s) {}.".format(
            ", ".join(str(m) for m in missing)))
    return a * np.array([float(unit_costs[int(x)]) for x in t])


def project_order(scores, ids):
    """Processing order of projects: score high to low, ties -> smaller id (as :func:`rank_desc`)."""
    return np.argsort(rank_desc(scores, ids), kind="stable")


def assign_periods(costs, ranks, budgets, *, earliest=None, fixed=None):
    """Period per project (0 近期, 1 中期, 2 远期; −1 not scheduled) within the budgets.

    Method: budget-constrained first fit (METHODS.md §3, periods 近期/中期/远期, 轻重缓急):
    projects with a user-fixed period (``fixed`` ≥ 0) are placed first (ValueError when they
    exceed a period's budget); then the others in rank order (1 first) each take the earliest
    period, not before ``earliest`` (e.g. from the grade), whose remaining budget covers the
    whole cost. A project that fits nowhere is not scheduled (−1). The sum of the costs in a
    period never exceeds its budget. Returns (period array, remaining budget per period).
    """
    c = np.asarray(costs, dtype=np.float64)
    if np.any(~np.isfinite(c)) or np.any(c < 0):
        raise ValueError("project costs must be finite and non-negative.")
    b = np.asarray(budgets, dtype=np.float64).copy()
    if np.any(~np.isfinite(b)) or np.any(b < 0):
        raise ValueError("budgets must be finite and non-negative.")
    if b.sum() <= 0:
        raise ValueError("the budget of every period is 0: no project can be scheduled. "
                         "Give a budget for at least one period.")
    n = len(c)
    period = np.full(n, -1, np.int64)
    first = np.zeros(n, np.int64) if earliest is None else np.asarray(earliest, np.int64)
    fx = np.full(n, -1, np.int64) if fixed is None else np.asarray(fixed, np.int64)
    eps = 1e-9 * max(1.0, b.max())
    for i in np.flatnonzero(fx >= 0):
        p = int(fx[i])
        if p >= len(b):
            raise ValueError("fixed period {} does not exist.".format(p))
        b[p] -= c[i]
        period[i] = p
    for p in range(len(b)):
        if b[p] < -eps:
            raise ValueError(
                "the projects fixed to period {} cost {:.2f} more than its budget.".format(
                    PERIODS[p] if p < len(PERIODS) else p, -b[p]))
    for i in np.argsort(np.asarray(ranks), kind="stable"):
        if fx[i] >= 0:
            continue
        for p in range(int(first[i]), len(b)):
            if c[i] <= b[p] + eps:
                b[p] -= c[i]
                period[i] = p
                break
    return period, np.maximum(b, 0.0)
