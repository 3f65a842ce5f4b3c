#!/usr/bin/env python3
"""Build the plugin ZIP for QGIS' Plugin Manager ("Install from ZIP").

The archive holds one top-level folder ``eco_restore_plugin/`` with ``metadata.txt`` and
``resources/`` inside (links resolved), no tests, no caches, and of the translations only the compiled
``.qm`` (the ``.ts`` source and the ``zh_CN/*.json`` it is built from stay in the repository). Usage: ``python3 scripts/package.py [OUT_DIR]``.
"""
import configparser
import os
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PKG = "eco_restore_plugin"
EXCLUDE_DIRS = {"__pycache__", ".pytest_cache", "tests", ".git"}
EXCLUDE_EXT = {".pyc", ".pyo", ".part"}
#: translations: the plugin loads only the compiled .qm (eco_restore_plugin/i18n.py)
I18N = os.path.join(PKG, "resources", "i18n")


def version():
    cfg = configparser.ConfigParser(interpolation=None)
    cfg.read(os.path.join(ROOT, "metadata.txt"), encoding="utf-8")
    return cfg["general"]["version"]


def iter_files():
    base = os.path.join(ROOT, PKG)
    for folder, dirs, files in os.walk(base, followlinks=True):
        dirs[:] = sorted(d for d in dirs if d not in EXCLUDE_DIRS)
        for name in sorted(files):
            if os.path.splitext(name)[1] in EXCLUDE_EXT or name.endswith(".aux.xml"):
                continue
            full = os.path.join(folder, name)
            arc = os.path.relpath(full, ROOT)
            if arc.startswith(I18N + os.sep) and not name.endswith(".qm"):
                continue
            yield full, arc
    for extra in ("README.md", "LICENSE"):
        if os.path.exists(os.path.join(ROOT, extra)):
            yield os.path.join(ROOT, extra), os.path.join(PKG, extra)


def build(out_dir=None):
    out_dir = out_dir or os.path.join(ROOT, "dist")
    os.makedirs(out_dir, exist_ok=True)
    out = os.path.join(out_dir, "{}-{}.zip".format(PKG, version()))
    tmp = out + ".part"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for full, arc in iter_files():
            zf.write(full, arc)
    os.replace(tmp, out)
    return out


if __name__ == "__main__":
    path = build(sys.argv[1] if len(sys.argv) > 1 else None)
    print(path)
