"""Shared test set-up. QGIS runs headless (offscreen); pytest-qgis starts the QgsApplication."""
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("ECO_RESTORE_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))
PEERDATA = os.path.join(SHARED, "peerdata")


def peer_path(*parts):
    """Path under ../shared/peerdata; skips the test when the reference data is absent."""
    path = os.path.join(PEERDATA, *parts)
    if not os.path.exists(path):
        pytest.skip("reference data not found: {}".format(path))
    return path


def peer_params(cases, path, nargs=1):
    """Parameter list for a test parametrized over reference data found under ``path``: ``cases`` as
    they are, or, when there are none (the data is absent), one skipped case that says where it was
    looked for. pytest.ini sets ``empty_parameter_set_mark = fail_at_collect``, so an empty list
    (which pytest would skip saying only "got empty parameter set") fails instead."""
    cases = list(cases)
    if cases:
        return cases
    reason = "reference data not found: {}".format(path)
    return [pytest.param(*([None] * nargs), marks=pytest.mark.skip(reason=reason), id="no-reference-data")]
