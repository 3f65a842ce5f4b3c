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
    "wrong_field_type": r"text|numeric|number",
    "unknown_code": r"code|DLBM|class",
    "no_cpg": r"\.cpg|encoding",
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
    "unknown_code": r"code|class",
    "no_cpg": r"\.cpg|encoding",
}

#: (algorithm, parameter or "*", kind) -> why a successful run is the right answer
ALLOWED = {
    ("soilconservation", "C_TABLE", "bad_cell"): "the demo baseline takes C from FVC (C_SOURCE 1): the C table is not read",
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
    ("attachedtables", "IMPORTANCE", "misaligned"): "each grade raster is counted on its own grid (cells x its own "
                                                    "cell area, townships burnt onto it); none is resampled",
    ("attachedtables", "VULNERABILITY", "misaligned"): "each grade raster is counted on its own grid (cells x its "
                                                       "own cell area, townships burnt onto it); none is resampled",
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
    ("problempatches", "RULES", "bad_cell"): "the last column (project type) is a free-text label",
    ("dltbimport", "REFERENCE", "all_nodata"): "only the reference raster's grid (CRS, origin, cell size, extent) "
                                               "is used; its values are not read",
    ("dltbimport", "REFERENCE", "nan_inf"): "only the reference raster's grid is used; its values are not read",
    ("dltbimport", "REFERENCE", "negative"): "only the reference raster's grid is used; its values are not read",
    ("dltbimport", "REFERENCE", "bad_code"): "only the reference raster's grid is used; its values are not read",
    ("indicatorbasevalues", "SOIL_LOSS", "bad_code"): "77 t/(hm²·a) is a valid (severe) soil loss",
    ("indicatorbasevalues", "SOIL_LOSS", "misaligned"): "the soil loss is read on its own grid and summed per "
                                                        "unit: it need not be aligned with the land use",
    ("problempatches", "SOIL_LOSS", "bad_code"): "77 t/(hm²·a) is a valid (severe) soil loss",
    ("problempatches", "SOIL_LOSS", "misaligned"): "each raster is read on its own grid and summarised per "
                                                   "parcel: the rasters need not share a grid",
    ("marinerestorationsuitability", "WAVE", "bad_code"): "a continuous wave height scored by the rule table's "
                                                          "ranges (77 m lies outside every range: unsuitable)",
    ("marinerestorationsuitability", "ELEVATION", "negative"): "elevation relative to mean sea level is negative "
                                                               "below it, where seagrass grows",
    ("resilience", "CONDITION", "bad_code"): "without a condition range the condition may be NPP (77 is a valid "
                                             "NPP), normalised over the data; with CONDITION_RANGE a value outside "
                                             "the range is refused",
    ("rainfallerosivity", "INPUT", "no_crs"): "R is computed per cell from that cell's daily rainfall; no "
                                              "distance or area is used",
    ("rainfallerosivity", "INPUT", "geographic"): "R is computed per cell from that cell's daily rainfall; no "
                                                  "distance or area is used",
}

#: cells still open (see the issue-15 report). Each entry must still fail: a fixed cell is removed.
KNOWN_GAPS = {
}

#: algorithms without a step in the demo chain, so without a valid starting point (reason given)
NO_BASELINE = {
}
