"""Eco-Restore 生态修复规划工具箱 - QGIS plugin entry point."""


def classFactory(iface):  # (QGIS API name)
    """Load the plugin. ``iface`` is None under qgis_process: nothing here touches it."""
    from .plugin import EcoRestorePlugin

    return EcoRestorePlugin(iface)
