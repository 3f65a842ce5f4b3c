"""Translations: every user-facing string has a Chinese translation, the compiled .qm is current, and a
Chinese locale shows Chinese algorithm names, parameter labels and help."""
import filecmp
import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import translations  # noqa: E402


def has_cjk(text):
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_every_string_translated():
    strings = translations.extract_strings()
    assert len(strings) > 30
    known = translations.all_translations()
    missing = sorted(s for s in strings if not known.get(s))
    assert not missing, "strings without a zh_CN translation: {}".format(missing[:20])


def test_translations_keep_placeholders():
    """A translation must keep the {} placeholders of its source, or .format() breaks."""
    import re
    known = translations.all_translations()
    for src in translations.extract_strings():
        if src in known:
            assert sorted(re.findall(r"\{[^}]*\}", src)) == sorted(re.findall(r"\{[^}]*\}", known[src])), src


@pytest.mark.skipif(translations.lrelease_binary() is None, reason="lrelease not installed")
def test_ts_and_qm_are_current(tmp_path):
    ts = tmp_path / "t.ts"
    qm = tmp_path / "t.qm"
    translations.write_ts(translations.extract_strings(), translations.all_translations(), str(ts))
    assert ts.read_text(encoding="utf-8") == open(translations.TS, encoding="utf-8").read(), \
        "resources/i18n/eco_restore_zh_CN.ts is stale: run `make translations`"
    translations.compile_qm(str(ts), str(qm))
    assert filecmp.cmp(str(qm), translations.QM, shallow=False), "stale .qm: run `make translations`"


def test_chinese_locale_shows_chinese(ecorestore):
    from eco_restore_plugin.i18n import install_translator, remove_translator, tr
    from eco_restore_plugin.provider import algorithm_classes

    assert install_translator("zh_CN")
    try:
        assert tr("1 Ecosystem assessment (生态系统评价)").startswith("1 生态系统评价")
        for cls in algorithm_classes():
            alg = cls()
            alg.initAlgorithm()
            assert has_cjk(alg.displayName()) and alg.displayName() == tr(cls.DISPLAY)
            assert alg.displayName() != cls.DISPLAY, cls.NAME
            if cls.HELP:
                assert alg.shortHelpString() != cls.HELP and has_cjk(alg.shortHelpString())
            for p in alg.parameterDefinitions():
                assert has_cjk(p.description()), (cls.NAME, p.name(), p.description())
    finally:
        remove_translator()
    assert tr("Output folder") == "Output folder"
