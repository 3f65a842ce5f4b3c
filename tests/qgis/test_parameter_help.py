"""Every parameter of every algorithm has help (English and Chinese), tuning options are folded under
"Advanced parameters", no label or help carries a verification note ("(check)", "待核", "TODO"), and the
algorithm names follow one style: ``English name (中文名)`` in the source, ``中文名 (English name)`` in Chinese.

The algorithms are taken from the registered provider, so a new algorithm or parameter is covered as soon as
it is added."""
import os
import re
import sys

import pytest
from qgis.core import (
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import translations  # noqa: E402

#: notes that belong in docs or review, never in a label or help the user reads
FORBIDDEN = re.compile(r"\(check\b|[,;(]\s*check\s*[):]|\bcheck:|待核|TODO", re.IGNORECASE)
PLACEHOLDER = re.compile(r"\{[^}]*\}")
#: source DISPLAY: "English name (中文名)"; the English part has no CJK and no parentheses
DISPLAY_SOURCE = re.compile(r"^(?P<en>[^()（）\u4e00-\u9fff]+) \((?P<zh>[^()（）]*[\u4e00-\u9fff][^()（）]*)\)$")


def has_cjk(text):
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def fresh_algorithms(provider):
    """New, initialised instances of the provider's algorithms (labels translated by the current translator);
    the shipped models (.model3) are not algorithms of this plugin's code and are left out."""
    from eco_restore_plugin.algorithms.base import EcoRestoreAlgorithm

    algs = [a.create({}) for a in provider.algorithms() if isinstance(a, EcoRestoreAlgorithm)]
    assert len(algs) >= 40
    return algs


def labels_and_help(alg):
    """(parameter name, text) of every label, enum option and help text of ``alg``."""
    for p in alg.parameterDefinitions():
        yield p.name(), p.description()
        yield p.name(), p.help()
        if isinstance(p, QgsProcessingParameterEnum):
            for option in p.options():
                yield p.name(), option


@pytest.fixture()
def chinese():
    from eco_restore_plugin.i18n import install_translator, remove_translator
    assert install_translator("zh_CN")
    yield
    remove_translator()


def test_every_parameter_has_help(ecorestore):
    missing = ["{}:{}".format(alg.name(), p.name()) for alg in fresh_algorithms(ecorestore)
               for p in alg.parameterDefinitions() if not p.help().strip()]
    assert not missing, "parameters without help (add them to PARAM_HELP): {}".format(missing)


def test_param_help_and_advanced_name_real_parameters(ecorestore):
    """A key of PARAM_HELP or a name in ADVANCED that is no parameter is a typo or a stale entry."""
    from eco_restore_plugin.provider import algorithm_classes

    for cls in algorithm_classes():
        alg = cls()
        alg.initAlgorithm()
        names = {p.name() for p in alg.parameterDefinitions()}
        assert not set(cls.PARAM_HELP) - names, (cls.NAME, set(cls.PARAM_HELP) - names)
        assert not set(cls.ADVANCED) - names, (cls.NAME, set(cls.ADVANCED) - names)
        assert isinstance(cls.ADVANCED, tuple), cls.NAME
        for name in cls.ADVANCED:
            p = alg.parameterDefinition(name)
            assert p.flags() & QgsProcessingParameterDefinition.FlagAdvanced, (cls.NAME, name)
            assert not p.isDestination(), "outputs stay visible: {}:{}".format(cls.NAME, name)


def test_help_is_translated_and_keeps_placeholders(ecorestore, chinese):
    from eco_restore_plugin.i18n import remove_translator

    chinese_help = {(a.name(), p.name()): p.help() for a in fresh_algorithms(ecorestore)
                    for p in a.parameterDefinitions()}
    remove_translator()
    english_help = {(a.name(), p.name()): p.help() for a in fresh_algorithms(ecorestore)
                    for p in a.parameterDefinitions()}
    assert chinese_help.keys() == english_help.keys()
    for key, english in english_help.items():
        zh = chinese_help[key]
        assert has_cjk(zh) and zh != english, "help not translated: {} {!r}".format(key, english)
        assert sorted(PLACEHOLDER.findall(zh)) == sorted(PLACEHOLDER.findall(english)), key


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_no_verification_notes_in_labels_or_help(ecorestore, locale):
    from eco_restore_plugin.i18n import install_translator, remove_translator

    if locale != "en":
        assert install_translator(locale)
    try:
        found = []
        for alg in fresh_algorithms(ecorestore):
            for name, text in labels_and_help(alg):
                if FORBIDDEN.search(text):
                    found.append((alg.name(), name, text[:80]))
            for text in (alg.displayName(), alg.shortHelpString()):
                if FORBIDDEN.search(text):
                    found.append((alg.name(), "", FORBIDDEN.search(text).group(0)))
        assert not found, found
    finally:
        remove_translator()


def test_large_algorithms_fold_tuning_options(ecorestore):
    """More than 10 parameters: at least one is advanced; the required inputs always stay visible."""
    for alg in fresh_algorithms(ecorestore):
        params = alg.parameterDefinitions()
        advanced = [p.name() for p in params if p.flags() & QgsProcessingParameterDefinition.FlagAdvanced]
        if len(params) > 10:
            assert advanced, "{} has {} parameters and none advanced".format(alg.name(), len(params))
        for p in params:
            if p.name() in advanced:
                assert p.flags() & QgsProcessingParameterDefinition.FlagOptional or p.defaultValue() is not None, \
                    "a required input without a default cannot be hidden: {}:{}".format(alg.name(), p.name())


def test_circuitscape_shows_the_essentials_first(ecorestore):
    alg = ecorestore.algorithm("circuitscape").create({})
    visible = [p.name() for p in alg.parameterDefinitions()
               if not p.flags() & QgsProcessingParameterDefinition.FlagAdvanced and not p.isDestination()]
    assert visible == ["RESISTANCE", "FOCAL_NODES", "FOCAL_ID", "FOCAL_RASTER", "MODE"]


def test_display_names_follow_one_style(ecorestore, chinese):
    """Source ``English name (中文名)``; shown in Chinese as ``中文名 (English name)``."""
    from eco_restore_plugin.i18n import tr
    from eco_restore_plugin.provider import algorithm_classes

    for cls in algorithm_classes():
        m = DISPLAY_SOURCE.match(cls.DISPLAY)
        assert m, "DISPLAY must read 'English name (中文名)': {!r}".format(cls.DISPLAY)
        assert tr(cls.DISPLAY) == "{} ({})".format(m.group("zh"), m.group("en")), cls.NAME


def test_base_class_applies_param_help_and_advanced(qgis_app):
    """The mechanism itself: PARAM_HELP fills missing help only; ADVANCED sets the flag and nothing else."""
    from eco_restore_plugin.algorithms.base import EcoRestoreAlgorithm

    class Probe(EcoRestoreAlgorithm):
        NAME = "probe"
        PARAM_HELP = {"A": "Help of A from the table.", "B": "Never used: B has its own help."}
        ADVANCED = ("B",)

        def initAlgorithm(self, config=None):
            self.addParameter(QgsProcessingParameterRasterLayer("A", "a"))
            p = QgsProcessingParameterNumber("B", "b", defaultValue=1)
            p.setHelp("Own help of B.")
            self.addParameter(p)
            self.addParameter(QgsProcessingParameterNumber("C", "c", defaultValue=2))

    alg = Probe()
    alg.initAlgorithm()
    a, b, c = (alg.parameterDefinition(n) for n in "ABC")
    assert a.help() == "Help of A from the table."
    assert b.help() == "Own help of B."
    assert c.help() == ""
    adv = QgsProcessingParameterDefinition.FlagAdvanced
    assert not a.flags() & adv and b.flags() & adv and not c.flags() & adv


def test_param_help_extracted_for_translators():
    from eco_restore_plugin.algorithms.pattern.circuitscape import Circuitscape

    strings = translations.extract_strings()
    for text in Circuitscape.PARAM_HELP.values():
        assert text in strings
        assert strings[text][0].startswith("eco_restore_plugin/algorithms/pattern/circuitscape.py:")
