"""ecorestore:createsampleregion: cancelling ends with the plain cancel message and writes nothing."""
import os

import pytest


def test_cancel_during_generation_gives_the_cancel_message(run_alg, tmp_path):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    from eco_restore_plugin.processing_helpers.feedback import Cancelled

    fb = QgsProcessingFeedback()
    seen = []

    def on_progress(value):
        seen.append(value)
        if value >= 20:
            fb.cancel()
    fb.progressChanged.connect(on_progress)
    folder = tmp_path / "demo"
    with pytest.raises(QgsProcessingException) as err:
        run_alg("createsampleregion", {"SIZE": 100, "SEED": 3, "OUTPUT_FOLDER": str(folder)}, feedback=fb)
    # processing.run prefixes where the message was raised (the base class); the generator's own
    # error (before: RuntimeError("cancelled") from sampledata.generate) must not come through
    text = str(err.value)
    assert text.strip().endswith(str(Cancelled())), text
    assert "sampledata" not in text and "RuntimeError" not in text and "InterruptedError" not in text
    assert 20 <= max(seen) < 60                      # stopped inside generation, before writing
    assert not folder.exists() or os.listdir(folder) == []
