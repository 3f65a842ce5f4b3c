"""Where the plugin's resources live (``eco_restore_plugin/resources`` links to ``resources/``)."""
import os

PLUGIN_DIR = os.path.dirname(os.path.abspath(__file__))
RESOURCES_DIR = os.path.join(PLUGIN_DIR, "resources")


def resource_path(*parts):
    """Absolute path of a file under ``resources/``."""
    return os.path.join(RESOURCES_DIR, *parts)


def icon_path(name="eco_restore.svg"):
    return resource_path("icons", name)


def help_path(page="index", locale=None):
    """The shipped help page ``resources/help/<zh_CN|en>/<page>.html`` for the user's language."""
    if locale is None:
        from .i18n import user_locale

        locale = user_locale()
    lang = "zh_CN" if str(locale).lower().startswith("zh") else "en"
    path = resource_path("help", lang, page + ".html")
    return path if os.path.exists(path) else resource_path("help", "en", page + ".html")


def help_url(page="index", locale=None):
    """``file://`` URL of :func:`help_path` (what the Help buttons open)."""
    from qgis.PyQt.QtCore import QUrl

    return QUrl.fromLocalFile(help_path(page, locale)).toString()
