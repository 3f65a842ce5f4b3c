"""Window sizes that fit the user's screen: the plugin's dialogs must be usable on a 1366×768 laptop.

:func:`fit_to_screen` sizes a dialog to its preferred size, shrunk to the screen's available area (less
room for the window frame and title bar). The dialogs keep their minimum size within :data:`SMALL_SCREEN`
(tests/qgis/test_dialog_fit.py checks both).
"""
from qgis.PyQt.QtWidgets import QApplication

#: The smallest screen the dialogs are made for (common laptop resolution), pixels.
SMALL_SCREEN = (1366, 768)

#: Room left for the window frame (width) and the title bar plus a task bar (height), pixels.
FRAME_MARGIN = (16, 72)


def available_geometry(widget=None):
    """The available area (without task bars) of the screen showing ``widget``, else the primary screen."""
    screen = None
    if widget is not None and widget.window().windowHandle() is not None:
        screen = widget.window().windowHandle().screen()
    screen = screen or QApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(widget, width, height):
    """Resize ``widget`` to (width, height) at most, and at most the available screen less the frame."""
    avail = available_geometry(widget)
    w = min(width, avail.width() - FRAME_MARGIN[0])
    h = min(height, avail.height() - FRAME_MARGIN[1])
    widget.resize(max(w, 200), max(h, 150))
    return widget.size()
