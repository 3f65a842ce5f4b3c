"""Translation helpers.

Every user-facing string goes through :func:`tr`, in the single context ``EcoRestore``. English is the
source language; ``resources/i18n/eco_restore_zh_CN.ts`` holds the Chinese translation and its compiled
``.qm`` is loaded for a Chinese user locale (``make translations`` refreshes both).
"""
import os

from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

CONTEXT = "EcoRestore"
I18N_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "resources", "i18n")

_translator = None
_qt_translator = None


def tr(text, disambiguation=None):
    """Translate ``text`` in the plugin's context."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation)


def user_locale():
    """The QGIS user locale (e.g. ``zh_CN``), falling back to the system locale."""
    settings = QSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        loc = settings.value("locale/userLocale", "", type=str)
    else:
        loc = settings.value("locale/userLocale", "", type=str) or QLocale.system().name()
    return loc or "en_US"


def qm_path(locale):
    """Path of the compiled translation for ``locale`` (``zh_CN`` or ``zh``), or None."""
    for name in (locale, locale.split("_")[0]):
        path = os.path.join(I18N_DIR, "eco_restore_{}.qm".format(name))
        if os.path.exists(path):
            return path
    if locale.lower().startswith("zh"):
        path = os.path.join(I18N_DIR, "eco_restore_zh_CN.qm")
        if os.path.exists(path):
            return path
    return None


def install_translator(locale=None):
    """Install the plugin translator for ``locale`` (default: the user's). Returns True if loaded."""
    global _translator
    remove_translator()
    path = qm_path(locale or user_locale())
    if not path:
        return False
    translator = QTranslator()
    if not translator.load(path):
        return False
    QCoreApplication.installTranslator(translator)
    _translator = translator
    _install_qt_translator(locale or user_locale())
    return True


def _install_qt_translator(locale):
    """Qt's own texts (the dialogs' Close / Help buttons) in Chinese where QGIS left them in English: QGIS
    3.22 looks for ``qt_zh-Hans.qm`` under a zh-Hans locale, while Qt ships ``qtbase_zh_CN.qm`` (Debian
    package qttranslations5-l10n). Loaded only when Qt's "Close" is still untranslated."""
    global _qt_translator
    from qgis.PyQt.QtCore import QLibraryInfo

    if not locale.lower().startswith("zh") or _qt_translator is not None:
        return
    if QCoreApplication.translate("QPlatformTheme", "Close") != "Close":
        return
    translator = QTranslator()
    folder = QLibraryInfo.location(QLibraryInfo.TranslationsPath)
    if translator.load("qtbase_zh_CN", folder) or translator.load("qt_zh_CN", folder):
        QCoreApplication.installTranslator(translator)
        _qt_translator = translator


def remove_translator():
    """Remove the plugin translator, if one is installed."""
    global _translator, _qt_translator
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator = None
    if _qt_translator is not None:
        QCoreApplication.removeTranslator(_qt_translator)
        _qt_translator = None


def tr_noop(text):
    """Mark ``text`` for translation where it is defined (tables of labels); translate at use with tr()."""
    return text
