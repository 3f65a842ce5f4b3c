"""No developer note reaches what a planner reads (issue 14): every algorithm's name, help, parameter
descriptions and help, matrix headers, enum options, default texts and output descriptions, in English and
under the Chinese translation, are free of markers such as 待核, (check), TODO or 推导值, and say "optional"
at most once per label (QGIS's dialog adds "[可选]" to an optional parameter, so its description does not)."""
import re

import pytest

MARKERS = re.compile(r"待核|待定|待确认|推导值|\(check\)|（check）|\bTODO\b|\bFIXME\b|\bXXX\b|"
                     r"\bTBD\b|METHODS\.md §\?|\?\?\?")


def _texts(alg):
    """(where, text) of every user-visible string of an algorithm."""
    yield "display name", alg.displayName()
    yield "help", alg.shortHelpString() or ""
    for p in alg.parameterDefinitions():
        where = "{} {}".format(alg.name(), p.name())
        yield where + " description", p.description()
        yield where + " help", p.help() or ""
        if p.type() == "matrix":
            for h in p.headers():
                yield where + " header", h
            for v in p.defaultValue() or []:
                yield where + " default cell", str(v)
        if p.type() == "enum":
            for o in p.options():
                yield where + " option", o
        if p.type() == "string" and p.defaultValue():
            yield where + " default", str(p.defaultValue())
    for o in alg.outputDefinitions():
        yield "{} output {}".format(alg.name(), o.name()), o.description()


def _problems():
    from eco_restore_plugin.provider import algorithm_classes

    bad = []
    for cls in algorithm_classes():
        alg = cls()
        alg.initAlgorithm()
        for where, text in _texts(alg):
            if MARKERS.search(text):
                bad.append("{}: developer note {!r} in {!r}".format(where, MARKERS.search(text).group(0), text[:100]))
            if "description" in where or "header" in where:
                if text.count("可选") > 1 or text.lower().count("optional") > 1:
                    bad.append("{}: 'optional' twice in {!r}".format(where, text))
        # the dialog appends [可选] / [optional] to an optional parameter's label: its description must not say it
        for p in alg.parameterDefinitions():
            if p.flags() & p.FlagOptional and re.search(r"可选|\boptional\b", p.description(), re.I):
                bad.append("{} {}: optional parameter says so itself (the dialog adds it): {!r}".format(
                    alg.name(), p.name(), p.description()))
    return bad


@pytest.mark.parametrize("locale", ["en_US", "zh_CN"])
def test_no_developer_note_in_labels(ecorestore, locale):
    from eco_restore_plugin.i18n import install_translator, remove_translator

    if locale != "en_US":
        assert install_translator(locale)
    try:
        bad = _problems()
    finally:
        remove_translator()
    assert not bad, "\n".join(bad)


def test_the_check_catches_a_marker():
    assert MARKERS.search("五级（推导值，待核）") and MARKERS.search("Breaks (check)")
    assert not MARKERS.search("Check the statistical basis") and not MARKERS.search("核查成果")
