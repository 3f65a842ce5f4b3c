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
