"""Demo County (示例县): deterministic sample region of the plugin's demo and tutorials.

* :func:`generate_region` (:mod:`.generate`, numpy/scipy only) builds a :class:`Region`;
* :func:`write_region` (:mod:`.write`, osgeo only) writes GeoTIFFs, ``demo_county.gpkg``,
  ``catalog.json`` and ``overview.png``;
* command line: ``python -m eco_restore_plugin.sampledata OUT_DIR [--size N] [--seed S]``.
"""
from .generate import DEFAULT_SEED, DEFAULT_SIZE, Region, VectorLayer, generate_region  # noqa: F401


def write_region(region, out_dir, progress=None, overview=True):
    """Write a :class:`Region` (see :func:`.write.write_region`); imports osgeo lazily."""
    from .write import write_region as _write
    return _write(region, out_dir, progress=progress, overview=overview)
