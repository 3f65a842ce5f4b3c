"""Restoration modes and the three spaces: the decision table (importance x degradation x resilience ->
mode) and the space of each cell (《山水林田湖草生态保护修复工程指南（试行）》, MNR 2020; METHODS.md §3).
"""

import itertools

import numpy as np

from .. import tables

__all__ = [
    "CONSERVATION", "NATURAL_RECOVERY", "ASSISTED_REGENERATION", "RECONSTRUCTION", "MODE_NAMES",
    "MODE_NAMES_EN", "MODE_MEASURES", "ECOLOGICAL", "AGRICULTURAL", "URBAN", "SPACE_NAMES",
    "IMPORTANCE_LEVELS", "DEGRADATION_LEVELS", "RESILIENCE_LEVELS", "PERIODS", "PERIOD_YEARS",
    "GRADE_NAMES", "default_decision_rows", "decision_lut", "assign_mode", "default_landuse_spaces",
    "three_spaces",
]


# ------------------------------------------------------------------------------------------------
# Codes
# ------------------------------------------------------------------------------------------------
CONSERVATION, NATURAL_RECOVERY, ASSISTED_REGENERATION, RECONSTRUCTION = 1, 2, 3, 4


MODE_NAMES = {1: "保护保育", 2: "自然恢复", 3: "辅助再生", 4: "生态重建"}


MODE_NAMES_EN = {1: "Conservation", 2: "Natural recovery", 3: "Assisted regeneration",
                 4: "Reconstruction"}


#: Typical measures per mode (指南 2020, common practice, not verified against the official text).
MODE_MEASURES = {
    1: "封育保护、减少人为干扰",
    2: "封山育林、自然恢复为主",
    3: "补植补造、抚育改造、辅助再生",
    4: "地形重塑、土壤重构、植被重建",
}


ECOLOGICAL, AGRICULTURAL, URBAN = 1, 2, 3


SPACE_NAMES = {1: "生态空间", 2: "农业空间", 3: "城镇空间"}


IMPORTANCE_LEVELS = (1, 2, 3)


DEGRADATION_LEVELS = (0, 1, 2, 3)


RESILIENCE_LEVELS = (1, 2, 3)


PERIODS = ("近期", "中期", "远期")


PERIOD_YEARS = ("2021-2025", "2026-2030", "2031-2035")


GRADE_NAMES = {1: "一级", 2: "二级", 3: "三级"}


def _mode_code(value):
    """A mode from a code (1-4) or its Chinese / English name."""
    text = str(value).strip()
    for code, name in MODE_NAMES.items():
        if text in (str(code), name, MODE_NAMES_EN[code], MODE_NAMES_EN[code].lower()):
            return code
    try:
        f = float(text)
    except ValueError:
        f = None
    if f is not None and f in MODE_NAMES:
        return int(f)
    raise ValueError("decision matrix: '{}' is not a restoration mode (1-4 or {}).".format(
        value, " / ".join(MODE_NAMES.values())))


# ------------------------------------------------------------------------------------------------
# Decision matrix and restoration mode
# ------------------------------------------------------------------------------------------------
def default_decision_rows():
    """The default decision matrix, one explicit row per combination: (importance, degradation,
    resilience, mode).

    Method: METHODS.md §3 (指南 2020 principles, common practice, not verified against the official text): not degraded ->
    保护保育; light degradation -> 自然恢复 where resilience is medium or high (保护保育 for
    极重要 with high resilience), 辅助再生 where it is low; moderate -> 自然恢复 (high
    resilience), 辅助再生 (medium), 生态重建 (low); severe -> 辅助再生 (high resilience),
    生态重建 otherwise.
    """
    rows = []
    for imp in IMPORTANCE_LEVELS:
        for deg in DEGRADATION_LEVELS:
            for res in RESILIENCE_LEVELS:
                if deg == 0:
                    mode = CONSERVATION
                elif deg == 1:
                    if res == 1:
                        mode = ASSISTED_REGENERATION
                    elif imp == 3 and res == 3:
                        mode = CONSERVATION
                    else:
                        mode = NATURAL_RECOVERY
                elif deg == 2:
                    mode = {3: NATURAL_RECOVERY, 2: ASSISTED_REGENERATION, 1: RECONSTRUCTION}[res]
                else:
                    mode = ASSISTED_REGENERATION if res == 3 else RECONSTRUCTION
                rows.append((imp, deg, res, mode))
    return rows


def _level(value, allowed, what):
    text = str(value).strip()
    if text in ("*", "", "any"):
        return None
    try:
        f = float(text)
    except ValueError:
        raise ValueError("decision matrix: {} '{}' is not a number or *.".format(what, value)) from None
    if f not in allowed:
        raise ValueError("decision matrix: {} {} is not one of {}.".format(
            what, text, ", ".join(str(a) for a in allowed)))
    return int(f)


def decision_lut(rows):
    """Lookup table ``lut[importance, degradation, resilience] -> mode`` from decision rows.

    Method: METHODS.md §3 importance × degradation × resilience. Each row is (importance,
    degradation, resilience, mode); a level may be ``*`` (any). A more specific row (fewer ``*``)
    wins over a more general one; two rows of the same specificity that cover one combination
    with different modes are a conflict (ValueError). Every one of the 3 × 4 × 3 combinations must
    be covered, or ValueError lists the missing ones. Returns a (4, 4, 4) uint8 array (unused
    index positions 0).
    """
    lut = np.zeros((4, 4, 4), np.uint8)
    spec = np.full((4, 4, 4), -1, np.int64)
    for i, row in enumerate(rows):
        if len(row) != 4:
            raise ValueError("decision matrix row {} has {} values; expected importance, "
                             "degradation, resilience, mode.".format(i + 1, len(row)))
        imp = _level(row[0], IMPORTANCE_LEVELS, "importance")
        deg = _level(row[1], DEGRADATION_LEVELS, "degradation")
        res = _level(row[2], RESILIENCE_LEVELS, "resilience")
        mode = _mode_code(row[3])
        s = sum(v is not None for v in (imp, deg, res))
        for a in IMPORTANCE_LEVELS if imp is None else (imp,):
            for b in DEGRADATION_LEVELS if deg is None else (deg,):
                for c in RESILIENCE_LEVELS if res is None else (res,):
                    if spec[a, b, c] == s and lut[a, b, c] != mode:
                        raise ValueError(
                            "decision matrix: conflicting modes for importance {}, degradation {}, "
                            "resilience {} (row {}).".format(a, b, c, i + 1))
                    if s > spec[a, b, c]:
                        spec[a, b, c] = s
                        lut[a, b, c] = mode
    missing = [(a, b, c) for a, b, c in itertools.product(IMPORTANCE_LEVELS, DEGRADATION_LEVELS,
                                                          RESILIENCE_LEVELS) if spec[a, b, c] < 0]
    if missing:
        raise ValueError(
            "decision matrix: {} combination(s) of importance, degradation, resilience have no mode, "
            "e.g. {}. Add rows for them (or a row with * as a catch-all).".format(
                len(missing), "; ".join("({}, {}, {})".format(*m) for m in missing[:5])))
    return lut


def _codes(arr, allowed, what):
    """Integer codes of a float grade raster (NaN -> -1); ValueError on codes outside ``allowed``."""
    a = np.asarray(arr, dtype=np.float64)
    valid = np.isfinite(a)
    bad = valid & ~np.isin(a, allowed)
    if bad.any():
        vals = np.unique(a[bad])[:5]
        raise ValueError("{} raster has values {} that are not {} codes ({}).".format(
            what, ", ".join("{:g}".format(v) for v in vals), what,
            ", ".join(str(x) for x in allowed)))
    out = np.full(a.shape, -1, np.int64)
    out[valid] = a[valid].astype(np.int64)
    return out


def assign_mode(importance, degradation, resilience, lut, *, pressure=None, pressure_threshold=None,
                landuse=None, landuse_modes=None):
    """Restoration mode per cell (uint8 1-4, 0 nodata).

    Method: METHODS.md §3: ``mode = lut[importance, degradation, resilience]`` (see
    :func:`decision_lut`); then the human-pressure override: where ``pressure ≥
    pressure_threshold`` a 自然恢复 (natural recovery) cell becomes 辅助再生 (natural recovery
    is not expected under high human pressure, 指南 2020 "减少人为干扰"); then the land-use
    override: cells of a class in ``landuse_modes`` ({class: mode}) take that mode (e.g. 采矿用地
    -> 生态重建). A cell with any grade missing (NaN) is 0 unless a land-use override sets it.
    """
    imp = _codes(importance, IMPORTANCE_LEVELS, "importance")
    deg = _codes(degradation, DEGRADATION_LEVELS, "degradation")
    res = _codes(resilience, RESILIENCE_LEVELS, "resilience")
    if not (imp.shape == deg.shape == res.shape):
        raise ValueError("importance, degradation and resilience must have the same shape.")
    valid = (imp >= 0) & (deg >= 0) & (res >= 0)
    out = np.zeros(imp.shape, np.uint8)
    out[valid] = lut[imp[valid], deg[valid], res[valid]]
    if pressure is not None and pressure_threshold is not None:
        p = np.asarray(pressure, dtype=np.float64)
        out[(out == NATURAL_RECOVERY) & np.isfinite(p) & (p >= pressure_threshold)] = \
            ASSISTED_REGENERATION
    if landuse is not None and landuse_modes:
        lu = np.asarray(landuse, dtype=np.float64)
        for cls, mode in sorted(landuse_modes.items()):
            out[lu == cls] = _mode_code(mode)
    return out


def default_landuse_spaces():
    """{三调 class: space} for classes that are not ecological space (others are ecological).

    Method: METHODS.md §3 three spaces (生态/农业/城镇空间), by land use (common practice, not verified against the official text):
    cropland, gardens, rural settlements and facility farmland, rural roads, ditches, field
    ridges -> agricultural; built-up, industrial, transport and special land -> urban.
    """
    out = {}
    for code in tables.CROPLAND + tables.GARDEN + tables.RURAL + (1006, 1107, 1203):
        out[code] = AGRICULTURAL
    for code in tables.URBAN + (1001, 1003):
        out[code] = URBAN
    return out


def three_spaces(shape, *, red_line=None, farmland=None, urban_boundary=None, landuse=None,
                 landuse_spaces=None):
    """Space per cell: 1 ecological, 2 agricultural, 3 urban (uint8, 0 where nothing is known).

    Method: METHODS.md §3 (三类空间 from the control lines, else land use): land use first
    (``landuse_spaces`` {class: space}, default :func:`default_landuse_spaces`; other valid
    classes ecological), then the control lines override in increasing strength: permanent basic
    farmland -> agricultural, urban development boundary -> urban, ecological protection red
    line -> ecological (the red line is the strictest control line).
    """
    out = np.zeros(shape, np.uint8)
    if landuse is not None:
        lu = np.asarray(landuse, dtype=np.float64)
        spaces = default_landuse_spaces() if landuse_spaces is None else landuse_spaces
        out[np.isfinite(lu)] = ECOLOGICAL
        for cls, space in spaces.items():
            out[lu == cls] = int(space)
    for mask, space in ((farmland, AGRICULTURAL), (urban_boundary, URBAN), (red_line, ECOLOGICAL)):
        if mask is not None:
            out[np.asarray(mask, bool)] = space
    return out
