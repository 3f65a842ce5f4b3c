"""The plugin loaded into a stand-in QGIS plugin menu, for tests of its menu entries."""
from contextlib import contextmanager


@contextmanager
def plugin_menu(qgis_iface):
    """Yield (plugin, its submenu) with the plugin loaded through classFactory + initGui into a fresh
    "Plugins" menu of the pytest-qgis iface; the plugin is unloaded afterwards. A provider registered by a
    fixture is removed first so the plugin registers its own."""
    from qgis.core import QgsApplication
    from qgis.PyQt.QtWidgets import QMenu

    import eco_restore_plugin

    registry = QgsApplication.processingRegistry()
    if registry.providerById("ecorestore") is not None:
        registry.removeProvider(registry.providerById("ecorestore"))
    menu = QMenu("Plugins")
    qgis_iface.pluginMenu = lambda: menu
    plugin = eco_restore_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        yield plugin, [a.menu() for a in menu.actions() if a.menu()][0]
    finally:
        plugin.unload()


def menu_actions(submenu, *texts):
    """The actions of ``submenu`` whose text contains one of ``texts`` (English or Chinese)."""
    return [a for a in submenu.actions() if any(t in a.text() for t in texts)]
