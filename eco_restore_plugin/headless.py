"""Eco-Restore without QGIS Desktop: start QGIS, Processing and the ``ecorestore`` provider in a script.

Batch jobs, scripts and benchmarks::

    from eco_restore_plugin import headless
    session = headless.start()          # QgsApplication (offscreen), Processing, provider "ecorestore"
    import processing
    processing.run("ecorestore:createsampleregion", {"SIZE": 300, "OUTPUT_FOLDER": "/tmp/demo"})
    session.stop()

An application that already exists (QGIS Desktop, pytest-qgis) is reused and left running; a provider
``ecorestore`` that is already registered is used as it is.
"""
import os
import sys


class Session:
    """What :func:`start` set up: ``app`` (QgsApplication) and ``plugin`` (the Eco-Restore plugin object)."""

    def __init__(self, app, plugin, owns_app):
        self.app = app
        self.plugin = plugin
        self._owns_app = owns_app

    def stop(self):
        """Unregister the provider (and close QGIS if :func:`start` opened it)."""
        if self.plugin is not None:
            self.plugin.unload()
            self.plugin = None
        if self._owns_app and self.app is not None:
            self.app.exitQgis()
        self.app = None


def start(prefix=None):
    """Start QGIS headless (``QT_QPA_PLATFORM=offscreen`` unless set), initialise Processing and register
    the ``ecorestore`` provider. ``prefix``: the QGIS install prefix (default ``$QGIS_PREFIX_PATH`` or
    ``/usr``). Returns a :class:`Session`."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication.instance()
    owns_app = app is None
    if owns_app:
        QgsApplication.setPrefixPath(prefix or os.environ.get("QGIS_PREFIX_PATH", "/usr"), True)
        app = QgsApplication([], False)
        app.initQgis()
    plugins = os.path.join(QgsApplication.prefixPath(), "share", "qgis", "python", "plugins")
    if os.path.isdir(plugins) and plugins not in sys.path:
        sys.path.append(plugins)
    from processing.core.Processing import Processing

    Processing.initialize()
    if QgsApplication.processingRegistry().providerById("ecorestore") is not None:
        return Session(app, None, owns_app)      # already registered (Desktop, tests): leave it alone
    from . import classFactory

    plugin = classFactory(None)
    plugin.initProcessing()
    return Session(app, plugin, owns_app)
