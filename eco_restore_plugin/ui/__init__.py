"""Dialogs. They call algorithms through processing.run and never duplicate their logic."""
