"""Eco-Restore science core.

Pure numpy/scipy: no ``qgis`` (nor ``osgeo``) import is allowed anywhere in this package;
``tests/core/test_core_is_pure.py`` enforces it. Functions take arrays (and plain numbers,
dicts, tables) and return arrays, so they can be tested without QGIS and reused in batch jobs.
Every public function cites its method in its docstring.
"""
