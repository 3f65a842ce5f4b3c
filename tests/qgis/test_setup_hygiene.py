"""A newcomer's set-up (issue 21): the Makefile's steps in a clean copy of the repository with PyPI
unreachable, what they write (nothing outside the copy), apt's failure message, skip reasons, and the
README's description of what the demo writes, checked against a real demo run."""
import fnmatch
import glob
import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
README = os.path.join(ROOT, "README.md")
#: a port nothing listens on: pip's connection is refused at once
UNREACHABLE_INDEX = "http://127.0.0.1:9/simple"
#: tables of the planning database written by the targets dialog, not by the demo
DIALOG_TABLES = {"eco_indicators"}


# ---------------------------------------------------------------------------------------------
# the README's tables
# ---------------------------------------------------------------------------------------------
def _readme():
    with open(README, encoding="utf-8") as f:
        return f.read()


def readme_output_patterns():
    """Paths (relative to the output folder) of the table after "It writes:" (``x/`` = the folder and
    everything in it; otherwise a glob pattern)."""
    text = _readme()
    start = text.index("It writes:")
    patterns = []
    for line in text[start:].splitlines()[1:]:
        if patterns and not line.startswith("|"):
            break
        if line.startswith("| `demo_output/"):
            first = line.split("|")[1]
            patterns += [p[len("demo_output/"):] for p in re.findall(r"`(demo_output/[^`]*)`", first)]
    return patterns


def readme_layout():
    """(every backticked name of the *Database layout* section, vector-column names, raster-column names)."""
    text = _readme()
    section = text[text.index("## Database layout"):]
    section = section[:section.index("\n## ", 3)]
    names = set(re.findall(r"`([^`/ ]+)`", section))
    vectors, rasters = set(), set()
    for line in section.splitlines():
        cells = line.split("|")
        if len(cells) < 4 or set(cells[1].strip()) <= {"-"} or cells[1].strip() == "group":
            continue
        vectors |= set(re.findall(r"`([^`/ ]+)`", cells[2]))
        rasters |= set(re.findall(r"`([^`/ ]+)`", cells[3]))
    return names, vectors, rasters


def _described(rel, pattern):
    return rel.startswith(pattern) if pattern.endswith("/") else fnmatch.fnmatch(rel, pattern)


def _catalog(gpkg):
    con = sqlite3.connect(str(gpkg))
    try:
        rows = con.execute("SELECT layer, kind, location FROM layer_catalog").fetchall()
        tables = {r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")}
    finally:
        con.close()
    return rows, tables


@pytest.fixture(scope="module")
def demo(demo_run):
    out, res = demo_run
    assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-3000:]
    return out, res.stdout


# ---------------------------------------------------------------------------------------------
# README against a demo run (--size 120, shared with the atlas tests)
# ---------------------------------------------------------------------------------------------
def test_readme_describes_every_file_the_demo_writes(demo):
    out, _ = demo
    patterns = readme_output_patterns()
    assert "planning.gpkg" in patterns and "rasters/*.tif" in patterns and "rasters/*.qml" in patterns
    written = sorted(os.path.relpath(os.path.join(folder, name), str(out))
                     for folder, _, files in os.walk(str(out)) for name in files)
    assert len(written) > 100
    undescribed = [rel for rel in written if not any(_described(rel, p) for p in patterns)]
    assert not undescribed, "written by the demo but not in README's output table: {}".format(undescribed)
    unused = [p for p in patterns if not any(_described(rel, p) for rel in written)]
    assert not unused, "in README's output table but not written by the demo: {}".format(unused)


def test_every_raster_result_has_a_style_and_a_catalog_row(demo):
    out, _ = demo
    rows, tables = _catalog(out / "planning.gpkg")
    names = [r[0] for r in rows]
    assert len(names) == len(set(names)), "catalog names must be unique (the atlas looks layers up by name)"
    raster_locations = {r[2] for r in rows if r[1] == "raster"}
    tifs = sorted(glob.glob(str(out / "rasters" / "*.tif")))
    assert len(tifs) >= 40
    unstyled = [t for t in tifs if not os.path.exists(t[:-4] + ".qml")]
    assert not unstyled, "raster results without a .qml: {}".format(unstyled)
    uncatalogued = [t for t in tifs if os.path.relpath(t, str(out)) not in raster_locations]
    assert not uncatalogued, "raster results missing from layer_catalog: {}".format(uncatalogued)
    for layer, kind, location in rows:                     # every row points at what exists
        if kind == "raster":
            assert (out / location).is_file(), (layer, location)
        else:
            assert kind == "vector" and location == "planning.gpkg" and layer in tables, (layer, kind, location)
    # the allocation of cost distance is styled one colour per source (it had no .qml)
    qml = (out / "rasters" / "cost_allocation.qml").read_text(encoding="utf-8")
    assert 'type="paletted"' in qml


def test_readme_database_layout_matches_the_demo(demo):
    out, _ = demo
    rows, tables = _catalog(out / "planning.gpkg")
    names, vectors, rasters = readme_layout()
    missing_tables = sorted(tables - names)
    assert not missing_tables, "tables of planning.gpkg not named under README's Database layout: {}".format(
        missing_tables)
    stems = {os.path.basename(t)[:-4] for t in glob.glob(str(out / "rasters" / "*.tif"))}
    missing_rasters = sorted(s for s in stems if not any(fnmatch.fnmatch(s, p) for p in rasters))
    assert not missing_rasters, "rasters not named in README's Database layout: {}".format(missing_rasters)
    catalogued = {r[0] for r in rows}
    stale_vectors = sorted(vectors - tables - DIALOG_TABLES)
    assert not stale_vectors, "README names layers the demo does not write: {}".format(stale_vectors)
    stale_rasters = sorted(p for p in rasters
                           if not any(fnmatch.fnmatch(s, p) for s in stems | catalogued))
    assert not stale_rasters, "README names rasters the demo does not write: {}".format(stale_rasters)
    # the two catalogued inputs live in sample_region/, not rasters/
    locations = {r[0]: r[2] for r in rows}
    assert locations["landuse_2020"] == "sample_region/landuse_2020.tif"
    assert locations["ecosystem_2020"] == "sample_region/ecosystem_2020.tif"


def test_demo_summary_prints_total_time_and_peak_memory(demo):
    _, stdout = demo
    summary = stdout[stdout.index("\nSummary"):]
    steps = [float(v) for v in re.findall(r"^\s+([\d.]+) s  ", summary, re.M)]
    total = float(re.search(r"^\s+total ([\d.]+) s$", summary, re.M).group(1))
    assert len(steps) >= 40 and total >= sum(steps) - 0.1 * len(steps)
    m = re.search(r"peak memory (\d+) MiB \(this process\), (\d+) MiB \(largest child process\)", summary)
    assert m, summary
    own = int(m.group(1))
    assert 100 <= own <= 24 * 1024                         # QGIS + numpy alone are over 100 MiB


def test_demo_timings_json_has_each_steps_time_and_peak(demo):
    """demo_timings.json (read by benchmarks/bench_chain.py): one entry per step of the summary, each with
    seconds and a per-step peak (VmHWM reset before the step) no larger than the run's peak."""
    import json
    out, stdout = demo
    with open(os.path.join(str(out), "demo_timings.json"), encoding="utf-8") as f:
        t = json.load(f)
    summary = stdout[stdout.index("\nSummary"):]
    assert len(t["steps"]) == len(re.findall(r"^\s+[\d.]+ s  ", summary, re.M)) and t["size"] == 120
    assert all(s["seconds"] >= 0 and 100 <= s["peak_mib"] <= t["peak_mib"] + 1 for s in t["steps"])
    assert t["total_seconds"] >= sum(s["seconds"] for s in t["steps"]) - 0.1 * len(t["steps"])


def test_demo_refuses_a_size_the_sample_region_cannot_have(tmp_path):
    res = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "demo.py"), str(tmp_path / "d"),
                          "--size", "60"], capture_output=True, text=True, timeout=120)
    assert res.returncode == 2 and "from 100 to 5000" in res.stderr and "Traceback" not in res.stderr
    assert not (tmp_path / "d").exists()


def test_peak_memory_counts_children(tmp_path):
    """scripts/demo.py's peak_memory(): a child that holds 300 MiB shows in the children's figure."""
    sys.path.insert(0, os.path.join(ROOT, "scripts"))
    try:
        import demo as demo_script
    finally:
        sys.path.pop(0)
    code = "import numpy as np; a = np.ones(300 * 2**20 // 8); print(a.sum())"
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    m = re.search(r"(\d+) MiB \(this process\), (\d+) MiB", demo_script.peak_memory())
    assert int(m.group(2)) >= 300


# ---------------------------------------------------------------------------------------------
# skips state their reason
# ---------------------------------------------------------------------------------------------
def test_peer_skips_say_which_reference_data_is_missing(tmp_path):
    env = dict(os.environ, ECO_RESTORE_SHARED=str(tmp_path / "no_shared"))
    collect = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "--collect-only",
                              "tests"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert collect.returncode == 0, collect.stdout[-3000:] + collect.stderr[-2000:]   # no empty parameter set
    run = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rs",
                          "tests/core/test_landscape.py::test_class_metric_matches_fragstats",
                          "tests/core/test_landscape.py::test_landscape_metric_matches_fragstats",
                          "tests/core/test_circuit.py::test_circuitscape_case"],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-3000:]
    skips = [ln for ln in run.stdout.splitlines() if ln.startswith("SKIPPED")]
    assert len(skips) == 3, run.stdout
    assert all(str(tmp_path / "no_shared") in ln for ln in skips), skips
    assert "got empty parameter set" not in run.stdout


# ---------------------------------------------------------------------------------------------
# apt's failure message
# ---------------------------------------------------------------------------------------------
def _fake(path, body):
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


def test_install_deps_failure_names_the_log_and_its_error_lines(tmp_path):
    project = tmp_path / "project"
    (project / "scripts").mkdir(parents=True)
    shutil.copy(os.path.join(ROOT, "scripts", "install_deps.sh"), str(project / "scripts"))
    fakebin = tmp_path / "bin"
    fakebin.mkdir()
    _fake(fakebin / "dpkg-query", "exit 1\n")                          # nothing installed
    _fake(fakebin / "sudo", 'exec "$@"\n')
    # the root cause comes first, then more than 50 lines of noise
    _fake(fakebin / "apt-get", 'if [ "$1" = update ]; then echo "Hit:1 debian bookworm"; exit 0; fi\n'
          'echo "E: Unable to locate package qgis-nonexistent"\n'
          'i=0; while [ $i -lt 80 ]; do echo "noise line $i"; i=$((i+1)); done\n'
          'echo "E: Sub-process returned an error code"; exit 100\n')
    env = dict(os.environ, PATH="{}:{}".format(fakebin, os.environ.get("PATH", "")))
    env.pop("ECO_RESTORE_LOG_DIR", None)
    res = subprocess.run(["bash", str(project / "scripts" / "install_deps.sh"), "qgis-nonexistent"],
                         env=env, capture_output=True, text=True, timeout=60)
    assert res.returncode == 1
    log = project / ".logs" / "apt.log"
    assert log.is_file() and "noise line 79" in log.read_text()
    assert str(log) in res.stderr
    assert "E: Unable to locate package qgis-nonexistent" in res.stderr     # above the last 50 lines
    assert "noise line 79" in res.stderr and "noise line 10\n" not in res.stderr
    assert sorted(os.listdir(str(project))) == [".logs", "scripts"]


# ---------------------------------------------------------------------------------------------
# the set-up in a clean copy, PyPI unreachable
# ---------------------------------------------------------------------------------------------
def _apt_packages():
    with open(os.path.join(ROOT, "Makefile"), encoding="utf-8") as f:
        text = f.read().replace("\\\n", " ")
    return re.search(r"^APT_PACKAGES := (.*)$", text, re.M).group(1).split()


def _copy_repo(dest):
    """The repository's files (tracked and untracked, not ignored) as a fresh clone would have them."""
    try:
        listing = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                                 cwd=ROOT, capture_output=True, check=True).stdout.decode()
        files = [f for f in listing.split("\0") if f]
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("git is needed to list the repository's files")
    for rel in files:
        src = os.path.join(ROOT, rel)
        if not os.path.lexists(src):
            continue
        os.makedirs(os.path.join(dest, os.path.dirname(rel)), exist_ok=True)
        shutil.copy2(src, os.path.join(dest, rel), follow_symlinks=False)


def _mtimes(paths):
    return {p: os.stat(p).st_mtime_ns for p in paths if os.path.exists(p)}


@pytest.mark.slow
def test_setup_in_a_clean_copy_without_pypi_writes_only_inside_it(tmp_path):
    missing = [p for p in _apt_packages() if subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", p], capture_output=True, text=True).stdout != "install ok installed"]
    if missing:
        pytest.skip("Debian packages not installed (make deps installs them): {}".format(" ".join(missing)))
    repo, home, tmp = tmp_path / "repo", tmp_path / "home", tmp_path / "tmp"
    for d in (repo, home, tmp):
        d.mkdir()
    _copy_repo(str(repo))
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PIP_", "MAKE", "XDG_", "VIRTUAL_ENV", "PYTHON"))
           and k not in ("MFLAGS", "QGIS_CUSTOM_CONFIG_PATH")}
    env.update(HOME=str(home), TMPDIR=str(tmp), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8",
               PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",   # Debian's root PATH
               PIP_CONFIG_FILE=os.devnull, PIP_INDEX_URL=UNREACHABLE_INDEX)
    system = sorted(glob.glob("/usr/bin/python3*")) + [os.path.realpath("/usr/bin/python3")]
    before = _mtimes(system)

    # 1. make venv: Debian packages (all present), the venv, the optional extras (PyPI unreachable)
    res = subprocess.run(["make", "venv"], cwd=str(repo), env=env, capture_output=True, text=True, timeout=900)
    assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-3000:]
    assert "system packages ok" in res.stdout
    has_pyamg = subprocess.run(["/usr/bin/python3", "-c", "import pyamg"], capture_output=True).returncode == 0
    if not has_pyamg:                                          # skipped, with a message naming the log
        log = repo / ".logs" / "pip-runtime.log"
        assert "optional packages skipped" in res.stdout and "pyamg" in res.stdout, res.stdout
        assert str(log) in res.stdout and "pyamg" in log.read_text()
    # the source-built extra (CHOLMOD) cannot be fetched either: a note naming its log, not an error
    assert "optional native packages skipped" in res.stdout, res.stdout
    assert str(repo / ".logs" / "pip-native.log") in res.stdout
    venv_python = repo / ".venv" / "bin" / "python"
    assert (repo / ".venv" / ".runtime-ok").is_file() and not (repo / ".venv" / ".test-ok").exists()
    interpreter = os.path.realpath(str(venv_python))
    assert interpreter in before                               # the venv links to the system interpreter
    assert os.listdir(str(home)) == [] and os.listdir(str(tmp)) == []   # no pip cache, no temp files left
    local = subprocess.run([str(venv_python), "-m", "pip", "list", "--local", "--format=freeze"], env=env,
                           capture_output=True, text=True).stdout.lower()
    assert "pytest" not in local                               # the demo's set-up installs no test package
    # a second make venv has nothing to do (stamp files), still writes nothing outside
    again = subprocess.run(["make", "venv"], cwd=str(repo), env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0 and "creating .venv" not in again.stdout and "optional" not in again.stdout

    # 2. make demo with PyPI still unreachable, a small county
    res = subprocess.run(["make", "demo", "DEMO_ARGS=--size 120"], cwd=str(repo), env=env, capture_output=True,
                         text=True, timeout=1800)
    assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-3000:]
    assert (repo / "demo_output" / "planning.gpkg").is_file()
    assert re.search(r"peak memory \d+ MiB", res.stdout)
    assert (repo / ".venv" / "xdg-runtime").is_dir()          # Qt's runtime folder inside the project

    assert _mtimes(system) == before, "system python files were modified"
    assert os.listdir(str(tmp)) == []
    # QGIS keeps its own user folders in HOME (profile, caches) when the demo starts it; nothing else
    assert set(os.listdir(str(home))) <= {".cache", ".config", ".local", ".grass8"}, os.listdir(str(home))


def test_make_demo_size_variable():
    """``make demo SIZE=N`` passes ``--size N`` to scripts/demo.py; DEMO_ARGS still reaches it, after SIZE
    (so it wins), and without either the demo's default size is used (dry run: make -n runs nothing)."""
    if shutil.which("make") is None:
        pytest.skip("make is not installed")

    def demo_line(*args):
        res = subprocess.run(["make", "-n", "demo", *args], cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert res.returncode == 0, res.stderr
        return [ln for ln in res.stdout.splitlines() if "scripts/demo.py" in ln][-1].split()

    assert demo_line("SIZE=4000")[-2:] == ["--size", "4000"]
    line = demo_line("SIZE=4000", "DEMO_ARGS=--size 300")
    assert line[-4:] == ["--size", "4000", "--size", "300"]
    assert "--size" not in demo_line()
