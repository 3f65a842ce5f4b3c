"""Toolbox context-menu entry "编辑模型 Edit model" for the models shipped with the provider.

QGIS offers "Edit Model…" only for models of its own model provider; a shipped model opens here as a
copy in the Graphical Modeler, so the user can study it, change it and save it under their own name
(the shipped file is never overwritten).
"""
from ..i18n import tr


def _context_action_base():
    from processing.gui.ContextAction import ContextAction

    return ContextAction


def make_edit_model_action():
    """A processing ContextAction enabled on Eco-Restore models (None outside QGIS Desktop)."""
    try:
        base = _context_action_base()
    except ImportError:
        return None

    class EditShippedModelAction(base):
        def __init__(self):
            super().__init__()
            self.name = tr("Edit model (编辑模型)")

        def isEnabled(self):  # (QGIS API name)
            from ..provider import EcoRestoreModel

            return isinstance(self.itemData, EcoRestoreModel)

        def execute(self):
            from processing.modeler.ModelerDialog import ModelerDialog

            model = self.itemData.create()  # a copy: saving asks for a new file
            model.setSourceFilePath("")
            dlg = ModelerDialog.create(model)
            dlg.show()
            dlg.activate()

    return EditShippedModelAction()


def register():
    """Register the action with the Processing toolbox; returns what :func:`unregister` needs."""
    action = make_edit_model_action()
    if action is None:
        return []
    from processing.gui.ProviderActions import ProviderContextMenuActions

    ProviderContextMenuActions.registerProviderContextMenuActions([action])
    return [action]


def unregister(actions):
    if not actions:
        return
    from processing.gui.ProviderActions import ProviderContextMenuActions

    ProviderContextMenuActions.deregisterProviderContextMenuActions(actions)
