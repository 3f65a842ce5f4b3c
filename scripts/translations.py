#!/usr/bin/env python3
"""Keep the Chinese translation in step with the code.

    python3 scripts/translations.py            # update resources/i18n/eco_restore_zh_CN.ts, compile .qm
    python3 scripts/translations.py --check    # exit 1 if a string lacks a translation or .ts is stale
    python3 scripts/translations.py --import F # set translations from a JSON {source: translation}

Translations are kept per area in ``resources/i18n/zh_CN/*.json`` ({English source: Chinese}),
merged with what translators set in the ``.ts`` with Qt Linguist. The English source strings are taken from the plugin's code: the first string argument of every
``tr(...)`` call, the ``DISPLAY``/``HELP``/``TAGS`` class attributes of algorithms, the values of
their ``PARAM_HELP`` dicts (parameter help) and the values of ``GROUPS``. The ``.ts`` file is the translators' file (Qt Linguist opens it); ``lrelease`` compiles it.
"""
import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PKG = os.path.join(ROOT, "eco_restore_plugin")
TS = os.path.join(ROOT, "resources", "i18n", "eco_restore_zh_CN.ts")
QM = os.path.join(ROOT, "resources", "i18n", "eco_restore_zh_CN.qm")
JSON_DIR = os.path.join(ROOT, "resources", "i18n", "zh_CN")
CONTEXT = "EcoRestore"
CLASS_ATTRS = ("DISPLAY", "HELP", "TAGS")


def _literal(node):
    """The string value of a literal (also implicit concatenation), or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def extract_strings(package_dir=PKG):
    """{source string: [file:line, ...]} for every translatable string in the package."""
    found = {}

    def add(text, path, line):
        if text:
            found.setdefault(text, []).append("{}:{}".format(os.path.relpath(path, ROOT), line))

    for folder, dirs, files in os.walk(package_dir, followlinks=False):
        dirs[:] = [d for d in dirs if d not in ("__pycache__", "resources", "core")]
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            path = os.path.join(folder, name)
            tree = ast.parse(open(path, encoding="utf-8").read(), path)
            for node in ast.walk(tree):
                if isinstance(node, ast.Call) and node.args:
                    func = node.func
                    fname = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
                    if fname in ("tr", "tr_noop"):
                        add(_literal(node.args[0]), path, node.lineno)
                elif isinstance(node, ast.ClassDef):
                    for stmt in node.body:
                        if (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
                                and isinstance(stmt.targets[0], ast.Name)
                                and stmt.targets[0].id in CLASS_ATTRS):
                            add(_literal(stmt.value), path, stmt.lineno)
                        elif (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
                                and isinstance(stmt.targets[0], ast.Name)
                                and stmt.targets[0].id == "PARAM_HELP" and isinstance(stmt.value, ast.Dict)):
                            for v in stmt.value.values:
                                add(_literal(v), path, v.lineno)
                elif (isinstance(node, ast.Assign) and len(node.targets) == 1
                      and isinstance(node.targets[0], ast.Name) and node.targets[0].id == "GROUPS"
                      and isinstance(node.value, ast.Dict)):
                    for v in node.value.values:
                        add(_literal(v), path, v.lineno)
    return found


def read_ts(path=TS):
    """{source: translation} of finished (non-empty) translations in the .ts file."""
    if not os.path.exists(path):
        return {}
    out = {}
    for msg in ET.parse(path).getroot().iter("message"):
        src = msg.findtext("source")
        tr = msg.find("translation")
        if src is None or tr is None:
            continue
        if tr.get("type") in ("unfinished", "obsolete", "vanished") and not (tr.text or "").strip():
            continue
        if (tr.text or "").strip():
            out[src] = tr.text
    return out


def read_json_dir(folder=JSON_DIR):
    """{source: translation} from every JSON file of ``folder`` (sorted; later files win)."""
    out = {}
    if os.path.isdir(folder):
        for name in sorted(os.listdir(folder)):
            if name.endswith(".json"):
                with open(os.path.join(folder, name), encoding="utf-8") as fh:
                    out.update(json.load(fh))
    return out


def all_translations():
    translations = read_ts()
    translations.update(read_json_dir())
    return translations


def write_ts(strings, translations, path=TS):
    root = ET.Element("TS", version="2.1", language="zh_CN", sourcelanguage="en")
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = CONTEXT
    for src in sorted(strings):
        msg = ET.SubElement(ctx, "message")
        for loc in strings[src][:1]:
            f = loc.rsplit(":", 1)[0]
            ET.SubElement(msg, "location", filename="../../" + f)  # no line: edits elsewhere do not stale the .ts
        ET.SubElement(msg, "source").text = src
        tr = ET.SubElement(msg, "translation")
        if translations.get(src):
            tr.text = translations[src]
        else:
            tr.set("type", "unfinished")
    ET.indent(root) if hasattr(ET, "indent") else None
    data = ET.tostring(root, encoding="unicode")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        fh.write(data)
        fh.write("\n")


def lrelease_binary():
    for name in ("lrelease", "lrelease-qt5", "/usr/lib/qt5/bin/lrelease"):
        path = shutil.which(name) or (name if os.path.exists(name) else None)
        if path:
            return path
    return None


def compile_qm(ts=TS, qm=QM):
    exe = lrelease_binary()
    if not exe:
        raise SystemExit("lrelease not found: apt-get install qttools5-dev-tools")
    env = dict(os.environ, QT_SELECT="qt5")
    subprocess.run([exe, "-silent", ts, "-qm", qm], check=True, env=env)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--import", dest="imp")
    args = ap.parse_args(argv)
    strings = extract_strings()
    translations = all_translations()
    if args.imp:
        with open(args.imp, encoding="utf-8") as fh:
            translations.update(json.load(fh))
    missing = sorted(s for s in strings if not translations.get(s))
    if args.check:
        if missing:
            print("{} strings lack a zh_CN translation:".format(len(missing)))
            for s in missing:
                print("  {!r}  ({})".format(s, strings[s][0]))
            return 1
        print("all {} strings translated".format(len(strings)))
        return 0
    os.makedirs(os.path.dirname(TS), exist_ok=True)
    write_ts(strings, translations)
    compile_qm()
    print("{} strings, {} translated, {} missing -> {}".format(
        len(strings), len(strings) - len(missing), len(missing), os.path.relpath(TS, ROOT)))
    for s in missing:
        print("  missing: {!r}".format(s))
    return 0


if __name__ == "__main__":
    sys.exit(main())
