"""Helpers shared by the Processing algorithms, one module per concern (see docs/ADAPTERS.md)."""
