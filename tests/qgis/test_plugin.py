"""Plugin load/unload through classFactory, as QGIS Desktop and qgis_process do it."""
import configparser
import os

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QMenu, QToolButton

import eco_restore_plugin
from eco_restore_plugin.provider import algorithm_classes

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.fixture()
def iface(qgis_iface):
    """pytest-qgis' mock iface plus the real QGIS ``pluginMenu()`` (a QMenu) it lacks."""
    menu = QMenu("Plugins")
    qgis_iface.pluginMenu = lambda: menu
    return qgis_iface


def test_metadata_complete():
    cfg = configparser.ConfigParser(interpolation=None)
    cfg.read(os.path.join(ROOT, "metadata.txt"), encoding="utf-8")
    meta = cfg["general"]
    for key in ("name", "description", "about", "version", "author", "email", "icon", "tags",
                "homepage", "tracker", "repository"):
        assert meta.get(key), key
    assert meta["qgisMinimumVersion"] == "3.22"
    assert meta["hasProcessingProvider"] == "yes"
    # bilingual name, description and about
    for key in ("name", "description", "about"):
        assert any("\u4e00" <= ch <= "\u9fff" for ch in meta[key]), key
        assert any("a" <= ch <= "z" for ch in meta[key].lower()), key
    assert os.path.exists(os.path.join(ROOT, "eco_restore_plugin", meta["icon"]))
    # the package sees the same metadata as the repository root
    inside = os.path.join(ROOT, "eco_restore_plugin", "metadata.txt")
    assert open(inside, encoding="utf-8").read() == open(os.path.join(ROOT, "metadata.txt"),
                                                         encoding="utf-8").read()


def test_load_and_unload_with_iface(qgis_app, qgis_processing, iface):
    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("ecorestore")
    if existing is not None:  # registered by another test's fixture: start clean
        registry.removeProvider(existing)
    plugin = eco_restore_plugin.classFactory(iface)
    plugin.initGui()
    try:
        provider = registry.providerById("ecorestore")
        assert provider is not None
        assert provider.name() == "生态修复 Eco-Restore"
        assert len(provider.algorithms()) >= len(algorithm_classes())
        menus = [a.menu() for a in iface.pluginMenu().actions() if a.menu()]
        assert any(m.title() == "生态修复 Eco-Restore" for m in menus)
        ours = [m for m in menus if m.title() == "生态修复 Eco-Restore"][0]
        assert len(ours.actions()) >= 3
        buttons = [b for b in plugin.toolbar.findChildren(QToolButton) if b.menu() is ours]
        assert len(buttons) == 1 and buttons[0].text() == "生态修复 Eco-Restore"
    finally:
        plugin.unload()
    assert registry.providerById("ecorestore") is None
    assert not [a for a in iface.pluginMenu().actions() if a.menu()]


def test_headless_without_iface(qgis_app, qgis_processing):
    """qgis_process passes iface=None and calls only initProcessing."""
    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("ecorestore")
    if existing is not None:
        registry.removeProvider(existing)
    plugin = eco_restore_plugin.classFactory(None)
    plugin.initProcessing()
    plugin.initGui()  # must not touch iface
    assert registry.providerById("ecorestore") is not None
    plugin.unload()
    assert registry.providerById("ecorestore") is None
