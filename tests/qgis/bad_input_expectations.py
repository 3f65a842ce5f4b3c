"""What the bad-input matrix (test_bad_input_matrix.py) expects: the words a clear message uses for each
kind of bad input, the documented valid results (each with its reason), the cells still open (each must
keep failing until it is fixed) and the algorithms without a demo baseline."""
import re  # noqa: F401 - kept for patterns in the tables


#: words a clear message about each kind contains (English source; tests run untranslated)
KIND_WORDS = {
    "missing": r"required|missing|not set|choose|give",
    "truncated": r"cannot read|corrupt|truncat|damaged|unreadable",
    "no_crs": r"\bCRS\b|coordinate reference",
    "geographic": r"geographic|degrees|\bCRS\b",
    "all_nodata": r"no valid|nodata|no data|empty|no cell",
    "nan_inf": r"NaN|infinit|\binf\b",
    "negative": r"negative|below|range|must be|positive|≥|>=|> 0|less than|class|code",
    "bad_code": r"code|class|grade|range|77|must be|allowed",
    "misaligned": r"align|grid|extent|resampl",
    "empty_vector": r"no features|empty|no feature|none of|no polygon|no unit|no source",
    "invalid_geom": r"invalid|geometr",
    "missing_field": r"field",
    "bad_cell": r"not a number|numeric|'abc'",
    "empty_table": r"empty|no row|table",
    "readonly_output": r"cannot (write|create)|not writable|writ|output folder",
    "number_range": r"between|range|minimum|maximum|at least|at most|must be",
    "bad_list": r"not a (list of )?numbers?|'abc",
}

#: a Python error or a raw library message reached the user

#: warnings that make a successful run on NaN/inf or misaligned input a documented valid result
VALID_WARNING = {
    "nan_inf": r"NaN|infinit",
    "misaligned": r"resampl|align",
    "geographic": r"resampl|reproject",
    "negative": r"negative",
    "bad_code": r"code|class",
    "empty_vector": r"no features",
    "invalid_geom": r"invalid geometr",
    "bad_list": r"none of|no .* has|check the values",
}

#: (algorithm, parameter or "*", kind) -> why a successful run is the right answer
ALLOWED = {
    ("*", "DEM", "negative"): "elevations below sea level are real (coastal land, reclaimed land)",
    ("*", "DEM", "bad_code"): "77 m is a valid elevation",
    ("*", "EROSION_RATE", "negative"): "a negative shoreline erosion rate is accretion",
    ("*", "EROSION_RATE", "bad_code"): "77 m/a is a value on a continuous scale (graded by breaks)",
    ("*", "STORM_SURGE", "bad_code"): "a continuous height, graded by breaks",
    ("*", "WAVE_HEIGHT", "bad_code"): "a continuous height, graded by breaks",
    ("*", "PRECIPITATION", "bad_code"): "77 mm is a valid (dry) precipitation",
    ("*", "ET", "bad_code"): "77 mm is a valid evapotranspiration",
    ("*", "NPP", "bad_code"): "77 gC/m²/a is a valid NPP",
    ("*", "R_FACTOR", "bad_code"): "77 is a valid (low) rainfall erosivity",
    ("rainfallerosivity", "INPUT", "bad_code"): "77 mm is a valid daily rainfall",
    ("importancegrading", "INPUT", "bad_code"): "the input is a continuous service value, graded by shares",
    ("importancegrading", "INPUT", "negative"): "a service value (e.g. a change) may be negative; grading is by rank",
    ("servicetradeoffs", "INPUTS", "negative"): "service layers are standardised (z-scores); negatives are legitimate",
    ("servicetradeoffs", "INPUTS", "bad_code"): "a continuous service value",
    ("costdistance", "COST", "bad_code"): "77 is a valid cost",
    ("circuitscape", "RESISTANCE", "bad_code"): "77 is a valid resistance",
    ("omniscape", "RESISTANCE", "bad_code"): "77 is a valid resistance",
    ("pinchpoints", "RESISTANCE", "bad_code"): "77 is a valid resistance",
    ("barriers", "RESISTANCE", "bad_code"): "77 is a valid resistance",
    ("leastcostcorridors", "RESISTANCE", "bad_code"): "77 is a valid resistance",
    ("*", "K_FACTOR", "bad_code"): "checked by its range rule, not a code",
    ("*", "FVC", "bad_code"): "checked by its range rule (0-1), not a code",
    ("*", "OUTCROP", "bad_code"): "77 % carbonate outcrop is valid",
    ("importancegrading", "INPUT", "geographic"): "grading by shares of the cells; no distance or area is used",
    ("importancegrading", "INPUT", "no_crs"): "grading by shares of the cells; no distance or area is used",
    ("mspa", "INPUT", "geographic"): "MSPA works in cells (edge width in cells), as GuidosToolbox",
    ("mspa", "INPUT", "no_crs"): "MSPA works in cells (edge width in cells), as GuidosToolbox",
    ("circuitscape", "RESISTANCE", "no_crs"): "circuit theory works on cells, as Circuitscape's ASCII grids "
                                              "(which have no CRS); the focal nodes raster is on the same grid",
    ("degradation", "REFERENCE", "negative"): "the indicator may be NDVI, negative over water",
    ("degradation", "CURRENT", "negative"): "the indicator may be NDVI, negative over water",
    ("degradation", "CURRENT", "bad_code"): "the indicator may be NPP or habitat quality: 77 is a value",
    ("degradation", "REFERENCE", "bad_code"): "the indicator may be NPP or habitat quality: 77 is a value",
    ("landusetransition", "AFTER", "bad_code"): "class 77 is a class like any other in a transition matrix",
    ("landusetransition", "BEFORE", "bad_code"): "class 77 is a class like any other in a transition matrix",
    ("landscapemetrics", "INPUT", "bad_code"): "class 77 is a class like any other for FRAGSTATS metrics",
    ("landscapemetricswindow", "INPUT", "bad_code"): "class 77 is a class like any other for the metrics",
    ("landscapemetricszonal", "INPUT", "bad_code"): "class 77 is a class like any other for the metrics",
    ("mspa", "INPUT", "bad_code"): "a code not in FOREGROUND_CODES is background, as documented",
    ("ecologicalsources", "INPUT_RASTER", "bad_code"): "a code not in HABITAT_VALUES is not habitat, as documented",
    ("indicatorbasevalues", "LANDUSE", "bad_code"): "a code outside the forest/wetland/natural lists counts as "
                                                    "other land, as documented",
    ("resistancesurface", "FACTORS", "bad_code"): "a factor is a continuous value, rescaled by its range",
    ("pinchpoints", "NORMALIZED", "bad_code"): "a continuous normalized current",
    ("coastalprotection", "LANDUSE", "bad_code"): "the scores table lists the protecting classes; any other "
                                                  "class protects nothing (score 0), as documented",
    ("coastalprotection", "SHORE_VALUES", "bad_list"): "the values are text values of SHORE_FIELD, used only with "
                                                       "that field (the demo does not set it)",
    ("restorationpriority", "CRITERIA", "bad_cell"): "the last column (role) is a free-text label of the "
                                                     "criterion, e.g. 'corridor role 廊道作用'",
    ("targetattainment", "DIRECTIONS", "empty_table"): "optional overrides: blank rows are skipped and every "
                                                       "indicator keeps 'higher', tolerance 0, as documented",
    ("restorationzoning", "RULES", "bad_cell"): "every column of the zoning scheme is text (zone type, "
                                                "control level, condition, problems, measures)",
}

#: cells still open (see the issue-15 report). Each entry must still fail: a fixed cell is removed.
KNOWN_GAPS = {
    ("circuitscape", "geographic"): "refused ('No source falls inside the cost raster ... right CRS'), but the "
                                    "message does not name the resistance raster",
    ("ecologicalnodes", "bad_code"): "allocation ids are not checked against the source ids: code 77 becomes "
                                     "an extra zone and extra ridge crossings",
    ("resilience", "bad_code"): "vegetation condition 77 passes: its valid range depends on CONDITION_RANGE "
                                "(FVC 0-1 or NPP), not checked yet",
    ("restorationmode", "bad_code"): "a land-use code missing from the land-use -> mode table silently gets no "
                                     "mode (refuse with check_codes)",
    ("targetdecomposition", "invalid_geom"): "the base class warns about the invalid units, but then the core "
                                             "fails on zero-area (bow-tie) units with 'denominators must be "
                                             "positive', not naming the geometry",
    # algorithms merged after the matrix was written (issue 13, 16, 17, 18): open cells recorded here
    ("carbonstorage", "all_nodata"): "LANDUSE (merged this session, not yet reviewed): refused, but the message does not name the input and what to do",
    ("carbonstorage", "nan_inf"): "LANDUSE_FUTURE (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("coastalwetlandinventory", "truncated"): "HABITAT_OLD (merged this session, not yet reviewed): refused, but the message does not name the input and what to do",
    ("dltbimport", "all_nodata"): "REFERENCE (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("dltbimport", "bad_code"): "REFERENCE (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("dltbimport", "bad_list"): "UNKNOWN_CLASS (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("dltbimport", "nan_inf"): "REFERENCE (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("dltbimport", "negative"): "REFERENCE (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("dltbimport", "truncated"): "REFERENCE (merged this session, not yet reviewed): refused, but the message does not name the input and what to do",
    ("indicatorbasevalues", "bad_code"): "SOIL_LOSS (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("indicatorbasevalues", "misaligned"): "SOIL_LOSS (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("landscaperisk", "bad_code"): "LANDUSE (merged this session, not yet reviewed): refused, but the message does not name the input and what to do",
    ("landusestructure", "bad_list"): "UNKNOWN_CLASS (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("marinerestorationsuitability", "bad_code"): "WAVE (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("marinerestorationsuitability", "negative"): "ELEVATION (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("problempatches", "bad_cell"): "RULES (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("problempatches", "bad_code"): "SOIL_LOSS (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("problempatches", "geographic"): "SLOPE (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("problempatches", "misaligned"): "SOIL_LOSS (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("problempatches", "negative"): "SLOPE (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("problempatches", "no_crs"): "DEGRADATION (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("rsei", "all_nodata"): "REFLECTANCE (merged this session, not yet reviewed): refused, but the message does not name the input and what to do",
    ("rsei", "bad_code"): "BRIGHTNESS (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("rsei", "nan_inf"): "BRIGHTNESS (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
    ("rsei", "negative"): "REFLECTANCE (merged this session, not yet reviewed): refused, but the message does not name the input and what to do",
    ("servicevalue", "nan_inf"): "LANDUSE (merged this session, not yet reviewed): not refused: the input's value range (or CRS, alignment, code list) is not checked by this algorithm yet",
}

#: algorithms without a step in the demo chain, so without a valid starting point (reason given)
NO_BASELINE = {
    "rainfallerosivity": "no demo step: Demo County has no daily-rainfall stack (a multi-band raster of "
                         "daily precipitation); add one to the sample region and a demo step to cover it",
}
