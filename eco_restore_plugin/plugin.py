"""The plugin object QGIS creates through ``classFactory``."""

from qgis.core import QgsApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu, QToolButton

from .i18n import install_translator, remove_translator, tr
from .paths import icon_path

MENU_TITLE = "生态修复 Eco-Restore"


class EcoRestorePlugin:
    """Registers the Processing provider and, in QGIS Desktop, the menu and toolbar entry.

    Under ``qgis_process`` ``iface`` is None: only :meth:`initProcessing` is called and nothing
    touches ``iface``.
    """

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.menu = None
        self.toolbar = None
        self.toolbutton = None
        self.actions = []
        self.dialogs = {}

    # -- Processing -------------------------------------------------------------------------
    def initProcessing(self):  # (QGIS API name)
        """Register the ``ecorestore`` provider (called by QGIS Desktop and by qgis_process)."""
        if self.provider is not None:
            return
        install_translator()
        from .provider import EcoRestoreProvider

        self.provider = EcoRestoreProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    # -- GUI --------------------------------------------------------------------------------
    def initGui(self):  # (QGIS API name)
        self.initProcessing()
        if self.iface is None:
            return
        icon = QIcon(icon_path())
        self.menu = QMenu(MENU_TITLE)
        self.menu.setIcon(icon)
        self.menu.setObjectName("EcoRestoreMenu")
        for text, slot in self._menu_entries():
            action = QAction(icon, text, self.iface.mainWindow())
            action.triggered.connect(slot)
            self.menu.addAction(action)
            self.actions.append(action)
        self.iface.pluginMenu().addMenu(self.menu)

        self.toolbar = self.iface.addToolBar(MENU_TITLE)
        self.toolbar.setObjectName("EcoRestoreToolbar")
        self.toolbutton = QToolButton()
        self.toolbutton.setIcon(icon)
        self.toolbutton.setText(MENU_TITLE)
        self.toolbutton.setToolTip(MENU_TITLE)
        self.toolbutton.setMenu(self.menu)
        self.toolbutton.setPopupMode(QToolButton.InstantPopup)
        self.toolbar.addWidget(self.toolbutton)
        from .ui import model_actions

        self.context_actions = model_actions.register()

    def _menu_entries(self):
        """(label, slot) pairs; dialogs add their entry here as they arrive."""
        return [
            (tr("Eco-Restore algorithms in the Processing Toolbox"), self.show_toolbox),
            (tr("Create the Demo County sample region…"), self.run_sample_region),
            (tr("Indicator targets (目标指标体系)…"), self.show_targets),
            (tr("Planning atlas (规划图集)…"), self.show_atlas),
            (tr("Help"), self.show_help),
        ]

    def show_toolbox(self):
        """Show the Processing Toolbox dock (where the ``ecorestore`` algorithms live)."""
        if self.iface is None:
            return
        from qgis.PyQt.QtWidgets import QDockWidget

        dock = self.iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox")
        if dock is not None:
            dock.setVisible(True)
            dock.raise_()

    def run_sample_region(self):
        from processing import execAlgorithmDialog

        execAlgorithmDialog("ecorestore:createsampleregion", {})

    def show_targets(self):
        """Open the indicator targets dialog (one instance, kept until unload)."""
        from .ui.targets_dialog import TargetsDialog

        dlg = self.dialogs.get("targets")
        if dlg is None:
            dlg = TargetsDialog(self.iface.mainWindow() if self.iface is not None else None)
            self.dialogs["targets"] = dlg
        dlg.show()
        dlg.raise_()
        dlg.activateWindow()

    def show_atlas(self):
        """Open the planning atlas dialog (one instance, kept until unload)."""
        from .ui.atlas_dialog import AtlasDialog

        dlg = self.dialogs.get("atlas")
        if dlg is None:
            dlg = AtlasDialog(self.iface.mainWindow() if self.iface is not None else None)
            self.dialogs["atlas"] = dlg
        dlg.show()
        dlg.raise_()
        dlg.activateWindow()

    def show_help(self):
        from qgis.PyQt.QtCore import QUrl
        from qgis.PyQt.QtGui import QDesktopServices

        from .paths import help_path

        QDesktopServices.openUrl(QUrl.fromLocalFile(help_path("index")))

    def unload(self):
        from .ui import model_actions

        model_actions.unregister(getattr(self, "context_actions", []))
        self.context_actions = []
        for dlg in self.dialogs.values():
            dlg.close()
        self.dialogs.clear()
        if self.iface is not None and self.menu is not None:
            self.iface.pluginMenu().removeAction(self.menu.menuAction())
        if self.toolbar is not None:
            self.toolbar.deleteLater()
        self.toolbar = None
        self.toolbutton = None
        self.menu = None
        self.actions = []
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator()
