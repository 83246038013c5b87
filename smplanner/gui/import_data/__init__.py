"""File > Import data...: a file's columns mapped to a target, previewed, imported as one step."""

from smplanner.gui.import_data.action import add_import_action, import_data

__all__ = ["add_import_action", "import_data"]
