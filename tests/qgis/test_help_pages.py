"""Help ships with the plugin: one page per algorithm in Chinese and English, every parameter and output
described, the methods reference it cites, and every Help button pointing at them."""
import filecmp
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import build_help  # noqa: E402


def test_pages_are_current(ecorestore, tmp_path):
    """The committed pages are what scripts/build_help.py writes (run it after changing an algorithm)."""
    written = build_help.build(str(tmp_path))
    stale = []
    for path in written:
        rel = os.path.relpath(path, str(tmp_path))
        shipped = os.path.join(build_help.HELP_DIR, rel)
        if not os.path.exists(shipped) or not filecmp.cmp(path, shipped, shallow=False):
            stale.append(rel)
    assert not stale, "stale help pages (run scripts/build_help.py): {}".format(stale[:10])


def test_every_algorithm_has_a_page_with_every_parameter(ecorestore):
    from eco_restore_plugin.provider import algorithm_classes

    for cls in algorithm_classes():
        alg = cls()
        alg.initAlgorithm()
        for lang in build_help.LANGS:
            path = os.path.join(build_help.HELP_DIR, lang, cls.NAME + ".html")
            text = open(path, encoding="utf-8").read()
            for p in alg.parameterDefinitions():
                assert "<code>{}</code>".format(p.name()) in text, (lang, cls.NAME, p.name())
            if lang == "zh_CN":
                assert "用途与方法" in text and re.search("[\u4e00-\u9fff]{4,}", text)
            assert "example.org" not in text


def test_help_buttons_open_the_shipped_pages(ecorestore):
    from qgis.PyQt.QtCore import QUrl

    from eco_restore_plugin.paths import help_path

    for alg in ecorestore.algorithms():
        if alg.name() == "fullchain":
            continue
        url = QUrl(alg.helpUrl())
        assert url.isLocalFile() and os.path.exists(url.toLocalFile()), alg.name()
    assert help_path("index", "zh_CN").endswith(os.path.join("zh_CN", "index.html"))
    assert help_path("index", "en_US").endswith(os.path.join("en", "index.html"))


def test_methods_reference_ships_and_has_the_cited_sections():
    methods = os.path.join(build_help.HELP_DIR, "METHODS.md")
    text = open(methods, encoding="utf-8").read()
    assert "(check)" not in text
    html = open(os.path.join(build_help.HELP_DIR, "methods.html"), encoding="utf-8").read()
    headings = set(re.findall(r'id="s([0-9.]+)"', html))
    from eco_restore_plugin.provider import algorithm_classes

    for cls in algorithm_classes():
        for section in build_help._cites(cls.HELP):
            assert section.split(".")[0] in {h.split(".")[0] for h in headings}, (cls.NAME, section)
