#!/usr/bin/env python3
"""Build the help pages shipped with the plugin: resources/help/{zh_CN,en}/<algorithm id>.html, an index
page per language and the methods reference (methods.html from resources/help/METHODS.md).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/build_help.py [--examples demo_output/demo_runs.json]

Each page is made from the algorithm itself, so it cannot drift from it: purpose and method (HELP), every
parameter (label, type, default, optional/advanced, help), every output, the methods-reference sections
it cites, and a worked example — the call `make demo` makes on Demo County (recorded by scripts/demo.py in
demo_runs.json; the committed copy is resources/help/examples.json). ``tests/qgis/test_help_pages.py``
checks that the committed pages are what this script writes.
"""
import argparse
import html
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
HELP_DIR = os.path.join(ROOT, "resources", "help")
EXAMPLES = os.path.join(HELP_DIR, "examples.json")
LANGS = ("zh_CN", "en")

CSS = """body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;max-width:60em;margin:1em auto;
padding:0 1em;line-height:1.5;color:#222}h1{color:#1b5e20;font-size:1.5em}h2{color:#2e7d32;font-size:1.15em;
border-bottom:1px solid #c8e6c9}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;
padding:.3em .5em;vertical-align:top;text-align:left}th{background:#e8f5e9}code,pre{background:#f5f5f5;
padding:0 .2em}pre{padding:.6em;overflow-x:auto;white-space:pre-wrap}.adv{color:#777}"""

WORDS = {
    "zh_CN": {"id": "算法标识", "group": "分组", "purpose": "用途与方法", "params": "参数", "outputs": "输出",
              "name": "参数名", "label": "名称", "type": "类型", "default": "默认值", "help": "说明",
              "optional": "可选", "advanced": "高级", "required": "必填", "methods": "方法参考",
              "example": "示例（示例县）", "example_text": "`make demo` 在示例县上这样运行本算法：",
              "no_example": "示例县流程未直接运行本算法；参数说明见上表。", "index": "算法帮助目录",
              "back": "返回目录", "cited": "本算法引用的方法参考章节：",
              "memory": "内存：本步骤将栅格整体读入内存，每像元约 {b} 字节（在 1600 万像元的示例县上实测）：1600 万像元约 "
                        "{a:.1f} GB；广东省外包矩形按 100 m 分辨率（4800 万像元）约 {c:.0f} GB，按 30 m（5.3 亿像元）约 "
                        "{d:.0f} GB。可用内存不足时，运行开始前即拒绝并说明原因。"},
    "en": {"id": "Algorithm id", "group": "Group", "purpose": "Purpose and method", "params": "Parameters",
           "outputs": "Outputs", "name": "Name", "label": "Label", "type": "Type", "default": "Default",
           "help": "Help", "optional": "optional", "advanced": "advanced", "required": "required",
           "methods": "Methods reference", "example": "Example (Demo County)",
           "example_text": "`make demo` runs this algorithm on Demo County as:",
           "no_example": "The Demo County chain does not run this algorithm directly; see the parameters above.",
           "index": "Algorithm help", "back": "Back to the index", "cited": "Methods-reference sections cited:",
           "memory": "Memory: this step holds its rasters whole, about {b} bytes per cell of its grid (measured on "
                     "Demo County at 16 M cells): {a:.1f} GB for 16 M cells; Guangdong's bounding rectangle takes "
                     "about {c:.0f} GB at 100 m (48 M cells) and {d:.0f} GB at 30 m (530 M cells). A run that "
                     "cannot fit in the free memory is refused before it starts, with the figures."},
}


def _esc(text):
    return html.escape(str(text if text is not None else ""))


TYPE_NAMES = {
    "raster": ("栅格图层", "raster layer"), "source": ("矢量图层", "vector layer"),
    "vector": ("矢量图层", "vector layer"), "number": ("数值", "number"), "distance": ("距离", "distance"),
    "enum": ("选项", "choice"), "boolean": ("是/否", "yes/no"), "matrix": ("表格", "table"),
    "string": ("文本", "text"), "field": ("字段", "field"), "file": ("文件", "file"),
    "multilayer": ("多个图层", "several layers"), "band": ("波段", "band"), "crs": ("坐标系", "CRS"),
    "extent": ("范围", "extent"), "folderDestination": ("输出文件夹", "output folder"),
}


def _type(p, lang):
    names = TYPE_NAMES.get(p.type())
    return names[0 if lang == "zh_CN" else 1] if names else p.type()


def _default(p, lang="en"):
    v = p.defaultValue()
    if v is None or v == "" or v == []:
        return ""
    if p.type() == "matrix":
        cols = max(1, len(p.headers()))
        rows = len(v) // cols if isinstance(v, (list, tuple)) else 0
        return "{} 行默认表".format(rows) if lang == "zh_CN" else "default table of {} rows".format(rows)
    if p.type() == "enum":
        try:
            return p.options()[int(v)]
        except (TypeError, ValueError, IndexError):
            return str(v)
    if isinstance(v, (list, tuple)) and len(v) > 12:
        return ", ".join(str(x) for x in v[:12]) + " …"
    return str(v)


def _cites(text):
    """Section numbers cited as 'METHODS.md §x'."""
    return sorted(set(re.findall(r"METHODS\.md\s*§\s*([0-9.]+)", text or "")))


def page(alg, lang, example):
    from qgis.core import QgsProcessingParameterDefinition

    from eco_restore_plugin.processing_helpers.memory_budget import BYTES_PER_CELL

    w = WORDS[lang]
    title = alg.displayName()
    body = ["<h1>{}</h1>".format(_esc(title)),
            "<p>{}: <code>ecorestore:{}</code> · {}: {}</p>".format(w["id"], _esc(alg.name()), w["group"],
                                                                 _esc(alg.group())),
            "<h2>{}</h2>".format(w["purpose"]), "<p>{}</p>".format(_esc(alg.shortHelpString()))]
    per = BYTES_PER_CELL.get(alg.name())
    if per and alg.groupId() != "data":      # the sample generator makes its own square grid
        body.append("<p>{}</p>".format(_esc(w["memory"].format(b=per, a=per * 16e6 / 1e9, c=per * 48e6 / 1e9,
                                                                d=per * 530e6 / 1e9))))
    cites = _cites(alg.shortHelpString()) or _cites(alg.HELP)
    if cites:
        body.append("<p>{} {}</p>".format(w["cited"], ", ".join(
            '<a href="../methods.html">§{}</a>'.format(_esc(c)) for c in cites)))
    body.append("<h2>{}</h2><table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>".format(
        w["params"], w["name"], w["label"], w["type"], w["default"], w["help"]))
    for p in alg.parameterDefinitions():
        if p.isDestination():
            continue
        flags = []
        if p.flags() & QgsProcessingParameterDefinition.FlagOptional:
            flags.append(w["optional"])
        if p.flags() & QgsProcessingParameterDefinition.FlagAdvanced:
            flags.append(w["advanced"])
        body.append('<tr{}><td><code>{}</code></td><td>{}{}</td><td>{}</td><td>{}</td><td>{}</td></tr>'.format(
            ' class="adv"' if p.flags() & QgsProcessingParameterDefinition.FlagAdvanced else "",
            _esc(p.name()), _esc(p.description()), " ({})".format(", ".join(flags)) if flags else "",
            _esc(_type(p, lang)), _esc(_default(p, lang)), _esc(p.help())))
    body.append("</table>")
    body.append("<h2>{}</h2><table><tr><th>{}</th><th>{}</th><th>{}</th></tr>".format(
        w["outputs"], w["name"], w["label"], w["help"]))
    for p in alg.destinationParameterDefinitions():
        body.append("<tr><td><code>{}</code></td><td>{}</td><td>{}</td></tr>".format(
            _esc(p.name()), _esc(p.description()), _esc(p.help())))
    body.append("</table>")
    body.append("<h2>{}</h2>".format(w["example"]))
    if example:
        call = "processing.run(\"ecorestore:{}\", {{\n{}\n}})".format(alg.name(), ",\n".join(
            "    {!r}: {!r}".format(k, v) for k, v in example["params"].items()))
        body.append("<p>{} <i>{}</i></p><pre>{}</pre>".format(_esc(w["example_text"]), _esc(example["step"]),
                                                            _esc(call)))
    else:
        body.append("<p>{}</p>".format(w["no_example"]))
    body.append('<p><a href="index.html">{}</a> · <a href="../methods.html">{}</a></p>'.format(
        w["back"], w["methods"]))
    return ("<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title><style>{}</style>"
            "</head><body>\n{}\n</body></html>\n").format("zh-CN" if lang == "zh_CN" else "en", _esc(title), CSS,
                                                        "\n".join(body))


def index_page(algs, lang):
    from eco_restore_plugin.algorithms.base import GROUPS
    from eco_restore_plugin.i18n import tr

    w = WORDS[lang]
    rows = []
    for gid in GROUPS:
        members = [a for a in algs if a.groupId() == gid]
        if not members:
            continue
        rows.append("<h2>{}</h2><ul>".format(_esc(tr(GROUPS[gid]))))
        rows += ['<li><a href="{0}.html">{1}</a> <code>ecorestore:{0}</code></li>'.format(_esc(a.name()),
                                                                                  _esc(a.displayName()))
                 for a in members]
        rows.append("</ul>")
    rows.append('<p><a href="../methods.html">{}</a></p>'.format(w["methods"]))
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{0}</title><style>{1}</style></head>"
            "<body>\n<h1>生态修复 Eco-Restore — {0}</h1>\n{2}\n</body></html>\n").format(
                _esc(w["index"]), CSS, "\n".join(rows))


def methods_page():
    """The methods reference as HTML (headings, lists, paragraphs, code)."""
    src = open(os.path.join(HELP_DIR, "METHODS.md"), encoding="utf-8").read()
    out, in_list, para = [], False, []

    def inline(text):
        text = _esc(text)
        text = re.sub(r"`([^`]+)`", r"<code>\1</code>", text)
        return re.sub(r"\*\*([^*]+)\*\*", r"<b>\1</b>", text)

    def flush():
        nonlocal para
        if para:
            out.append("<p>{}</p>".format(inline(" ".join(para))))
            para = []

    for raw in src.splitlines():
        line = raw.rstrip()
        m = re.match(r"^(#{1,4})\s+(.*)", line)
        item = re.match(r"^\s*[*-]\s+(.*)", line)
        if m:
            flush()
            if in_list:
                out.append("</ul>")
                in_list = False
            level = len(m.group(1))
            anchor = re.match(r"([0-9.]+)", m.group(2))
            out.append('<h{0}{2}>{1}</h{0}>'.format(level, inline(m.group(2)),
                                                   ' id="s{}"'.format(anchor.group(1).rstrip(".")) if anchor else ""))
        elif item:
            flush()
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append("<li>{}</li>".format(inline(item.group(1))))
        elif not line.strip():
            flush()
            if in_list:
                out.append("</ul>")
                in_list = False
        elif in_list and raw.startswith("  "):
            out[-1] = out[-1][:-5] + " " + inline(line.strip()) + "</li>"
        else:
            para.append(line.strip())
    flush()
    if in_list:
        out.append("</ul>")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>方法参考 Methods reference</title>"
            "<style>{}</style></head><body>\n{}\n</body></html>\n").format(CSS, "\n".join(out))


def load_examples(path=None):
    """{algorithm id: {"step", "params"}} from a demo run record, else the committed copy."""
    if path:
        with open(path, encoding="utf-8") as f:
            runs = json.load(f)
        examples = {}
        for run in runs:
            examples.setdefault(run["alg"], {"step": run["step"], "params": run["params"]})
        return examples
    if os.path.exists(EXAMPLES):
        with open(EXAMPLES, encoding="utf-8") as f:
            return json.load(f)
    return {}


def build(out_dir=HELP_DIR, examples=None):
    """Write every page under ``out_dir``; returns the list of files written."""
    from qgis.core import QgsApplication

    from eco_restore_plugin.i18n import install_translator, remove_translator
    from eco_restore_plugin.provider import algorithm_classes

    examples = load_examples() if examples is None else examples
    written = []
    for lang in LANGS:
        folder = os.path.join(out_dir, lang)
        os.makedirs(folder, exist_ok=True)
        if lang == "zh_CN":
            install_translator("zh_CN")
        try:
            algs = []
            for cls in algorithm_classes():
                alg = QgsApplication.processingRegistry().createAlgorithmById("ecorestore:" + cls.NAME) or cls()
                if not alg.parameterDefinitions():
                    alg.initAlgorithm()
                algs.append(alg)
            for alg in algs:
                path = os.path.join(folder, alg.name() + ".html")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(page(alg, lang, examples.get(alg.name())))
                written.append(path)
            path = os.path.join(folder, "index.html")
            with open(path, "w", encoding="utf-8") as f:
                f.write(index_page(algs, lang))
            written.append(path)
        finally:
            remove_translator()
    path = os.path.join(out_dir, "methods.html")
    with open(path, "w", encoding="utf-8") as f:
        f.write(methods_page())
    written.append(path)
    return written


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", help="demo_runs.json written by scripts/demo.py (refreshes examples.json)")
    args = ap.parse_args()
    from eco_restore_plugin import headless

    session = headless.start()
    try:
        examples = load_examples(args.examples)
        if args.examples:
            with open(EXAMPLES, "w", encoding="utf-8") as f:
                json.dump(examples, f, ensure_ascii=False, indent=1, sort_keys=True)
        files = build(examples=examples)
    finally:
        session.stop()
    print("{} help files in {}".format(len(files), HELP_DIR))


if __name__ == "__main__":
    main()
