"""Where the plugin's resources live (``eco_restore_plugin/resources`` links to ``resources/``)."""
import os

PLUGIN_DIR = os.path.dirname(os.path.abspath(__file__))
RESOURCES_DIR = os.path.join(PLUGIN_DIR, "resources")


def resource_path(*parts):
    """Absolute path of a file under ``resources/``."""
    return os.path.join(RESOURCES_DIR, *parts)


def icon_path(name="eco_restore.svg"):
    return resource_path("icons", name)

