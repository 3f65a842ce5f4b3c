"""Progress and cancel between QGIS feedback and the core.

Core functions take keyword-only ``progress(fraction)`` and ``cancelled()`` callables and stop by
raising :class:`eco_restore_plugin.core._progress.Cancelled`; adapters build both from the QGIS
feedback with :func:`progress_callback` and :func:`cancel_callback`. :class:`Cancelled` here is the
message the user sees.
"""
from qgis.core import QgsProcessingException

from ..i18n import tr


def cancel_message():
    """The one message the user sees when an algorithm is cancelled (translated)."""
    return tr("Cancelled by the user; no output was written.")


class Cancelled(QgsProcessingException):
    """Raised when the user cancels; outputs in progress are removed.

    :meth:`EcoRestoreAlgorithm.processAlgorithm` re-raises it as a plain ``QgsProcessingException``
    with the same message: QGIS shows a Python subclass of it with its traceback."""

    def __init__(self):
        super().__init__(cancel_message())


def progress_callback(feedback, start=0.0, end=100.0):
    """A ``progress(fraction)`` callable for core functions, mapped to [start, end] %."""
    def progress(fraction):
        if feedback is not None:
            feedback.setProgress(start + (end - start) * min(max(float(fraction), 0.0), 1.0))
    return progress


def cancel_callback(feedback):
    """A ``cancelled()`` callable for core functions."""
    return (lambda: feedback.isCanceled()) if feedback is not None else (lambda: False)


def check_cancel(feedback):
    """Raise :class:`Cancelled` when the user has cancelled."""
    if feedback is not None and feedback.isCanceled():
        raise Cancelled()
