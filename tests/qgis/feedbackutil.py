"""A Processing feedback for tests that keeps the lines an algorithm logs."""
from qgis.core import QgsProcessingFeedback


class InfoLog(QgsProcessingFeedback):
    """``lines``: every pushInfo text, in order (also passed on as usual)."""

    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, text):  # noqa: N802 (Qt signature)
        self.lines.append(text)
        super().pushInfo(text)
