"""Provider registration, algorithm identity and the README's algorithm list."""
import os
import re

from eco_restore_plugin.algorithms.base import GROUPS
from eco_restore_plugin.provider import algorithm_classes

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_provider_registered(ecorestore):
    from qgis.core import QgsApplication

    reg = QgsApplication.processingRegistry()
    assert reg.providerById("ecorestore") is ecorestore
    ids = {a.id() for a in ecorestore.algorithms()}
    for cls in algorithm_classes():
        assert "ecorestore:" + cls.NAME in ids
        assert reg.algorithmById("ecorestore:" + cls.NAME) is not None


def test_algorithm_identity():
    names = set()
    for cls in algorithm_classes():
        assert re.fullmatch(r"[a-z][a-z0-9]+", cls.NAME), cls.NAME  # stable, script-friendly ids
        assert cls.NAME not in names
        names.add(cls.NAME)
        assert cls.GROUP in GROUPS, cls.NAME
        assert cls.DISPLAY and cls.HELP, cls.NAME
        assert any("\u4e00" <= ch <= "\u9fff" for ch in cls.DISPLAY), "needs the Chinese term: " + cls.NAME
        alg = cls()
        alg.initAlgorithm()
        inst = alg.createInstance()
        assert type(inst) is cls and inst.name() == cls.NAME
        assert alg.groupId() == cls.GROUP
        for p in alg.parameterDefinitions():
            assert re.fullmatch(r"[A-Z][A-Z0-9_]*", p.name()), (cls.NAME, p.name())


def test_readme_lists_every_algorithm():
    readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    for cls in algorithm_classes():
        assert "`{}`".format(cls.NAME) in readme, "README lacks " + cls.NAME


def test_groups_in_workflow_order_and_family_icons(ecorestore):
    """The toolbox sorts groups by name: their names keep the planning workflow order
    (评价 → 格局 → 分区 → 整治 → 目标与成果 → 数据 → 模型), in English and in Chinese; each family has its icon."""
    from qgis.PyQt.QtCore import QLocale

    from eco_restore_plugin.i18n import install_translator, remove_translator, tr

    order = ["assessment", "pattern", "zoning", "consolidation", "targets", "data"]
    try:
        for locale in ("en_US", "zh_CN"):
            if locale == "zh_CN":
                assert install_translator("zh_CN")
            names = [tr(GROUPS[g]) for g in order] + [ecorestore.algorithm("fullchain").group()]
            assert sorted(names, key=lambda n: QLocale().toLower(n)) == names, names
    finally:
        remove_translator()
    seen = {}
    for cls in algorithm_classes():
        alg = cls()
        path = alg.svgIconPath()
        assert os.path.exists(path) and cls.GROUP in os.path.basename(path)
        seen.setdefault(cls.GROUP, path)
    assert len(set(seen.values())) == len(GROUPS)
