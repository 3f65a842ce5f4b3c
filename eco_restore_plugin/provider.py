"""The ``ecorestore`` Processing provider."""
import glob
import importlib
import inspect
import os
import pkgutil

from qgis.core import Qgis, QgsMessageLog, QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .i18n import tr, tr_noop
from .paths import icon_path, resource_path

PROVIDER_ID = "ecorestore"


def algorithm_classes():
    """All concrete algorithm classes of ``eco_restore_plugin.algorithms``, sorted by name.

    Each family folder (``algorithms/<group id>/``) holds one module per algorithm, named as its
    ``NAME``; modules starting with ``_`` are the family's shared helpers. A module
    that cannot be imported (for example an optional dependency is missing) is logged and skipped,
    so it never stops the provider from loading.
    """
    from . import algorithms
    from .algorithms.base import GROUPS, EcoRestoreAlgorithm

    found = {}
    for family in sorted(GROUPS):
        package = "{}.{}".format(algorithms.__name__, family)
        folder = os.path.join(os.path.dirname(algorithms.__file__), family)
        for info in pkgutil.iter_modules([folder]):
            if info.name.startswith("_"):
                continue
            modname = "{}.{}".format(package, info.name)
            try:
                module = importlib.import_module(modname)
            except Exception as exc:  # a broken module must not break the provider
                QgsMessageLog.logMessage(
                    "Eco-Restore: algorithm module {} not loaded: {}".format(modname, exc),
                    "Eco-Restore", Qgis.Warning)
                continue
            for _, obj in inspect.getmembers(module, inspect.isclass):
                if (issubclass(obj, EcoRestoreAlgorithm) and obj is not EcoRestoreAlgorithm
                        and obj.__module__ == module.__name__ and getattr(obj, "NAME", None)):
                    if obj.NAME in found:
                        raise RuntimeError("duplicate algorithm name {}".format(obj.NAME))
                    if obj.NAME != info.name or obj.GROUP != family:
                        raise RuntimeError("algorithm {} must live in algorithms/{}/{}.py".format(
                            obj.NAME, obj.GROUP, obj.NAME))
                    found[obj.NAME] = obj
    return [found[k] for k in sorted(found)]


def model_files():
    """The ``.model3`` files shipped in ``resources/models``."""
    return sorted(glob.glob(resource_path("models", "*.model3")))


#: model name (file name without .model3, also its public id) -> English display name (translated).
MODEL_NAMES = {
    "fullchain": tr_noop("Full chain on Demo County (示例县全流程模型)"),
}


class EcoRestoreModel(QgsProcessingModelAlgorithm):
    """A shipped model with a stable id (``ecorestore:<file name>``) and a readable, translated name."""

    def __init__(self, path):
        super().__init__()
        self.path = path
        self.ok = self.fromFile(path)
        self._id = os.path.splitext(os.path.basename(path))[0]

    def name(self):
        return self._id

    def displayName(self):
        return tr(MODEL_NAMES.get(self._id, self._id))

    def group(self):
        return tr("7 Models (模型)")

    def groupId(self):
        return "models"

    def createInstance(self):
        return EcoRestoreModel(self.path)


class EcoRestoreProvider(QgsProcessingProvider):
    """生态修复 Eco-Restore: ecological restoration planning algorithms."""

    def id(self):
        return PROVIDER_ID

    def name(self):
        return "生态修复 Eco-Restore"

    def longName(self):
        return tr("Eco-Restore: territorial-spatial ecological restoration planning")

    def icon(self):
        return QIcon(icon_path())

    def svgIconPath(self):
        return icon_path()

    def loadAlgorithms(self):
        # An exception escaping this C++ virtual would abort QGIS: every failure is logged instead.
        try:
            classes = algorithm_classes()
        except Exception as exc:
            QgsMessageLog.logMessage("Eco-Restore: algorithms not loaded: {}".format(exc),
                                     "Eco-Restore", Qgis.Critical)
            classes = []
        for cls in classes:
            try:
                alg = cls()
                alg.initAlgorithm()  # a broken parameter definition shows here, not in QGIS
                self.addAlgorithm(cls())
            except Exception as exc:
                QgsMessageLog.logMessage("Eco-Restore: algorithm {} not loaded: {}".format(
                    getattr(cls, "NAME", cls), exc), "Eco-Restore", Qgis.Warning)
        for path in model_files():
            try:
                model = EcoRestoreModel(path)
                ok = model.ok
            except Exception:
                ok = False
            if ok:
                self.addAlgorithm(model)
            else:
                QgsMessageLog.logMessage("Eco-Restore: model {} could not be read".format(
                    os.path.basename(path)), "Eco-Restore", Qgis.Warning)
