"""A GUI walk in QGIS Desktop under Xvfb with a Chinese locale (zh-Hans, QGIS 3.22's name for Chinese):
toolbox, six algorithm dialogs, both plugin dialogs, the modeler with the shipped model, the demo's
planning.qgz and atlas pages. Screenshots go to tests/artifacts/walk_*.png (git-ignored); the test asserts
what it can read back: no untranslated string in the toolbox tree and the dialogs' labels, a valid model
with Chinese step names, every layer of planning.qgz valid, styled and named in Chinese, dialogs within the
screen, legends inside the atlas pages."""
import json
import os
import re
import shutil
import subprocess

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ARTIFACTS = os.path.join(ROOT, "tests", "artifacts")
CJK = re.compile("[\u4e00-\u9fff]")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb not installed (apt-get install xvfb)"),
    pytest.mark.skipif(shutil.which("qgis") is None, reason="QGIS Desktop (qgis) not installed"),
    pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed"),
]


def untranslated(texts):
    """Texts with an English word (3+ letters) but no Chinese character."""
    return [t for t in texts if re.search("[A-Za-z]{3,}", t) and not CJK.search(t)]


@pytest.fixture(scope="module")
def walk(tmp_path_factory, demo_run):
    from test_atlas_dialog import _start_xvfb, _stop_group  # same folder (rootdir import)

    demo, res = demo_run
    assert res.returncode == 0, res.stdout[-2000:] + res.stderr[-2000:]
    tmp = tmp_path_factory.mktemp("gui_walk")
    planning = tmp / "demo"
    shutil.copytree(str(demo), str(planning))
    profiles = tmp / "profiles"
    ini = profiles / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[PythonPlugins]\neco_restore_plugin=true\n\n[qgis]\nshowTips=false\ncheckVersion=false\n\n"
                   "[locale]\nuserLocale=zh-Hans\noverrideFlag=true\n", encoding="utf-8")
    os.makedirs(ARTIFACTS, exist_ok=True)
    for name in os.listdir(ARTIFACTS):
        if name.startswith("walk_"):
            os.remove(os.path.join(ARTIFACTS, name))
    result = tmp / "walk.json"
    xvfb, display = _start_xvfb()
    env = {k: v for k, v in os.environ.items() if not k.startswith("QGIS_") and k != "WAYLAND_DISPLAY"}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", QGIS_PLUGINPATH=ROOT, ECO_WALK_DIR=ARTIFACTS,
               ECO_WALK_RESULT=str(result), ECO_WALK_PLANNING=str(planning), XDG_RUNTIME_DIR=str(tmp),
               LANG="zh_CN.UTF-8")
    cmd = [shutil.which("qgis"), "--profiles-path", str(profiles), "--nologo", "--noversioncheck",
           "--code", os.path.join(ROOT, "tests", "qgis", "xvfb_gui_walk.py")]
    qgis = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)
    try:
        try:
            log, _ = qgis.communicate(timeout=150)
        except subprocess.TimeoutExpired:
            _stop_group(qgis)
            log, _ = qgis.communicate()
            pytest.fail("QGIS Desktop did not quit within 150 s: " + (log or "")[-2000:])
    finally:
        _stop_group(qgis)
        xvfb.terminate()
        xvfb.wait(10)
    assert result.exists(), "QGIS wrote no report; its output:\n" + (log or "")[-3000:]
    report = json.loads(result.read_text(encoding="utf-8"))
    assert report.get("ok"), report.get("error")
    return report


def test_walk_screenshots_saved(walk):
    names = {s["name"] for s in walk["shots"]}
    assert {"toolbox", "dialog_targets", "dialog_atlas", "modeler", "planning_qgz"} <= names
    assert len([n for n in names if n.startswith("alg_")]) == 6
    for s in walk["shots"]:
        assert s["ok"] and os.path.getsize(s["path"]) > 5000, s
    assert walk["locale"] == "zh-Hans"


def test_walk_toolbox_is_chinese(walk):
    groups, algs = walk["groups"], walk["algorithms"]
    # workflow order: 评价 → 格局 → 分区 → 整治 → 目标与成果 → 数据
    words = ("评价", "格局", "分区", "整治", "目标", "数据")
    first = [next(i for i, g in enumerate(groups) if word in g) for word in words]
    assert first == sorted(first), groups
    assert len(algs) >= 49
    assert untranslated(groups + algs) == []
    # Chinese first: '中文名 (English name)'
    assert [a for a in algs if not CJK.match(a)] == []


def test_walk_dialogs_are_chinese_and_fit(walk):
    for name, d in walk["alg_dialogs"].items():
        assert CJK.search(d["title"]), (name, d["title"])
        assert untranslated(d["labels"]) == [], (name, untranslated(d["labels"]))
    for name, d in walk["plugin_dialogs"].items():
        assert CJK.search(d["title"]) and CJK.search(d["action"]), d
        assert untranslated(d["labels"]) == [], (name, untranslated(d["labels"]))
        # within this screen (1600×1000), and small enough for a 1366×768 one
        assert d["size"][0] <= d["screen"][0] and d["size"][1] <= d["screen"][1] - 70, (name, d["size"])
        assert d["minimum"][0] <= 1366 - 8 and d["minimum"][1] <= 768 - 70, (name, d["minimum"])


def test_walk_model_valid_with_chinese_steps(walk):
    m = walk["modeler"]
    assert m["valid"], m["errors"]
    assert len(m["steps"]) >= 8 and [s for s in m["steps"] if not CJK.search(s)] == []


def test_walk_planning_project_styled_and_chinese(walk):
    p = walk["project"]
    assert p["read"] and len(p["layers"]) >= 20
    for lyr in p["layers"]:
        assert lyr["valid"], lyr
        assert CJK.search(lyr["name"]), lyr                          # Chinese layer names in the tree
        assert lyr["renderer"] or not lyr["spatial"], lyr              # tables have no renderer
    rasters = [lyr for lyr in p["layers"] if lyr["kind"] == "raster"]
    # no raster falls back to QGIS' default grey stretch
    assert rasters and [r for r in rasters if r["renderer"] == "singlebandgray"] == []
    # "zoom full" shows the county (its extent + 5 % fills the canvas in one direction), not the neighbours around it
    (cw, ch), (kw, kh) = p["canvas_wh"], p["county_wh"]
    assert 1.0 <= min(cw / kw, ch / kh) <= 1.25, (p["canvas_wh"], p["county_wh"])


def test_walk_atlas_legends_inside_the_page(walk):
    a = walk["atlas"]
    assert a["pages"] >= 4 and len(a["legends"]) == 3
    for entry in a["legends"]:
        (pw, ph), (x, y, w, h) = entry["page"], entry["legend"]
        assert w > 10 and h > 10 and x >= 0 and y >= 0 and x + w <= pw and y + h <= ph, entry
    assert os.path.exists(os.path.join(ARTIFACTS, "walk_atlas_page-1.png")) or \
        os.path.exists(os.path.join(ARTIFACTS, "walk_atlas_page-01.png"))
