"""The ``ecorestore`` Processing provider."""
import glob
import importlib
import inspect
import os
import pkgutil

from qgis.core import Qgis, QgsMessageLog, QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .i18n import tr
from .paths import icon_path, resource_path

PROVIDER_ID = "ecorestore"


def algorithm_classes():
    """All concrete algorithm classes of ``eco_restore_plugin.algorithms``, sorted by name.

    Each module there defines subclasses of :class:`EcoRestoreAlgorithm` with a ``NAME``. A module
    that cannot be imported (for example an optional dependency is missing) is logged and skipped,
    so it never stops the provider from loading.
    """
    from . import algorithms
    from .algorithms.base import EcoRestoreAlgorithm

    found = {}
    for info in pkgutil.iter_modules(algorithms.__path__):
        if info.name.startswith("_") or info.name == "base":
            continue
        modname = "{}.{}".format(algorithms.__name__, info.name)
        try:
            module = importlib.import_module(modname)
        except Exception as exc:  # noqa: BLE001 - a broken module must not break the provider
            QgsMessageLog.logMessage(
                "Eco-Restore: algorithm module {} not loaded: {}".format(modname, exc),
                "Eco-Restore", Qgis.Warning)
            continue
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if (issubclass(obj, EcoRestoreAlgorithm) and obj is not EcoRestoreAlgorithm
                    and obj.__module__ == module.__name__ and getattr(obj, "NAME", None)):
                if obj.NAME in found:
                    raise RuntimeError("duplicate algorithm name {}".format(obj.NAME))
                found[obj.NAME] = obj
    return [found[k] for k in sorted(found)]


def model_files():
    """The ``.model3`` files shipped in ``resources/models``."""
    return sorted(glob.glob(resource_path("models", "*.model3")))


class EcoRestoreProvider(QgsProcessingProvider):
    """生态修复 Eco-Restore: ecological restoration planning algorithms."""

    def id(self):
        return PROVIDER_ID

    def name(self):
        return "生态修复 Eco-Restore"

    def longName(self):  # noqa: N802
        return tr("Eco-Restore: territorial-spatial ecological restoration planning")

    def icon(self):
        return QIcon(icon_path())

    def svgIconPath(self):  # noqa: N802
        return icon_path()

    def loadAlgorithms(self):  # noqa: N802
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
        for path in model_files():
            model = QgsProcessingModelAlgorithm()
            if model.fromFile(path):
                self.addAlgorithm(model)
            else:
                QgsMessageLog.logMessage("Eco-Restore: model {} could not be read".format(
                    os.path.basename(path)), "Eco-Restore", Qgis.Warning)
