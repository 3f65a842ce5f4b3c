"""The one progress and cancel convention of the core.

A core function that reports progress or honours cancel takes two keyword-only callables,
``progress(fraction)`` (fraction in [0, 1]) and ``cancelled()`` (True once the user cancelled), both
optional, and calls :func:`checkpoint` between its steps. On cancel it raises :class:`Cancelled`
(never returns None, never another exception type); the Processing adapters turn it into the one
message the user sees ("Cancelled by the user; no output was written.").
"""

__all__ = ["Cancelled", "checkpoint", "sub_progress", "Steps"]


class Cancelled(InterruptedError):
    """Raised by a core function when its ``cancelled()`` callback returns True."""

    def __init__(self, message="cancelled"):
        super().__init__(message)


def checkpoint(cancelled=None, progress=None, fraction=None):
    """Raise :class:`Cancelled` when ``cancelled()`` is true, else report ``fraction`` (clamped to
    [0, 1]) through ``progress`` when both are given."""
    if cancelled is not None and cancelled():
        raise Cancelled()
    if progress is not None and fraction is not None:
        progress(float(min(max(fraction, 0.0), 1.0)))


def sub_progress(progress, start, end):
    """A ``progress(fraction)`` callable mapping [0, 1] onto [start, end] of ``progress`` (None when
    ``progress`` is None)."""
    if progress is None:
        return None
    return lambda fraction: progress(start + (end - start) * fraction)


class Steps(object):
    """A counter of ``total`` work steps reporting ``done / total`` through :func:`checkpoint`."""

    def __init__(self, total, progress=None, cancelled=None):
        self.total = max(int(total), 1)
        self.done = 0
        self.progress = progress
        self.cancelled = cancelled

    def check(self):
        checkpoint(self.cancelled)

    def step(self, k=1):
        self.done += k
        if self.progress is not None:
            self.progress(min(1.0, self.done / float(self.total)))
        self.check()
