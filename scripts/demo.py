#!/usr/bin/env python3
"""The main job: build Demo County and run the whole planning chain through the plugin's own
Processing algorithms, headless.

    python scripts/demo.py [OUT_DIR] [--size N]

Writes OUT_DIR/planning.gpkg (the planning database: every vector output as a layer, and the table
``layer_catalog`` documenting every output, vector and raster), OUT_DIR/rasters/*.tif (styled: a .qml
beside each), OUT_DIR/sample_region/ (the input data) and what the steps add (README: "It writes").
The summary gives each step's time and peak memory, the total time and the peak memory;
OUT_DIR/demo_timings.json holds the same per-step figures (benchmarks/bench_chain.py reads it).
"""
import argparse
import datetime
import os
import resource
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from osgeo import gdal, ogr  # noqa: E402
from qgis.core import (  # noqa: E402
    QgsProcessingContext,
    QgsProcessingFeedback,
)

gdal.UseExceptions()


class PrintFeedback(QgsProcessingFeedback):
    """Print warnings and a coarse progress bar for each step."""

    def __init__(self):
        super().__init__()
        self._last = -10

    def setProgressText(self, text):
        print("    " + text, flush=True)

    def pushWarning(self, text):
        print("    warning: " + text, flush=True)

    def reportError(self, text, fatalError=False):
        print("    error: " + text, flush=True)

    def on_progress(self, value):
        if value >= self._last + 25:
            self._last = value
            print("    {:3.0f} %".format(value), flush=True)


class Chain:
    """Runs algorithms, keeps their outputs and documents each one in the catalog."""

    def __init__(self, out_dir):
        self.out = os.path.abspath(out_dir)
        self.rasters = os.path.join(self.out, "rasters")
        self.gpkg = os.path.join(self.out, "planning.gpkg")
        os.makedirs(self.rasters, exist_ok=True)
        if os.path.exists(self.gpkg):
            os.remove(self.gpkg)
        self.catalog = []
        self.results = {}
        self.timings = []
        self.max_peak = 0.0  # MiB: resetting the per-step peak (VmHWM) also resets getrusage's own peak
        self.runs = []   # (step, algorithm, parameters) of every run: demo_runs.json, the help's examples
        self.gaps = []   # seconds spent between the previous step's end and each step's start (the demo's own work)
        self._mark = time.time()

    def raster(self, name):
        return os.path.join(self.rasters, name + ".tif")

    def table(self, name):
        return "ogr:dbname='{}' table=\"{}\" (geom)".format(self.gpkg, name)

    def run(self, step, alg, params, document=()):
        """Run ``ecorestore:alg``; ``document`` = [(output key, layer name, zh title, en title)]."""
        import processing

        print("[{}] {} (ecorestore:{})".format(len(self.timings) + 1, step, alg), flush=True)
        feedback = PrintFeedback()
        feedback.progressChanged.connect(feedback.on_progress)
        self.max_peak = max(self.max_peak, step_peak())   # what ran between the steps
        reset_step_peak()
        start = _vm("VmRSS") or 0.0
        child0 = child_peak()
        t0, cpu0 = time.time(), _cpu()
        self.gaps.append(t0 - self._mark)
        result = processing.run("ecorestore:" + alg, params, feedback=feedback,
                                context=QgsProcessingContext())
        dt, cpu = time.time() - t0, _cpu() - cpu0
        peak, child = step_peak(), child_peak()
        self.max_peak = max(self.max_peak, peak)
        self.timings.append((step, alg, dt, peak, child if child > child0 else None, start, cpu))
        print("    done in {:.1f} s (CPU {:.1f} s), peak {:.0f} MiB".format(dt, cpu, peak), flush=True)
        for key, name, zh, en in document:
            value = result.get(key)
            if value:
                kind = "raster" if str(value).lower().endswith(".tif") else "vector"
                self.catalog.append((name, kind, zh, en, "ecorestore:" + alg,
                                     os.path.relpath(str(value).split("|")[0], self.out)))
        self.results[alg] = result
        self.runs.append({"step": step, "alg": alg, "params": self._portable(params)})
        self._mark = time.time()
        return result

    def _portable(self, params):
        """``params`` with this run's folder removed from paths, for the help pages' examples."""
        def clean(v):
            if isinstance(v, (list, tuple)):
                return [clean(x) for x in v]
            if isinstance(v, (int, float, bool)) or v is None:
                return v
            text = str(v.source() if hasattr(v, "source") else v)
            return text.replace(self.out + os.sep, "").replace(self.out, ".")
        return {k: clean(v) for k, v in params.items()}

    def copy_base_layers(self, gpkg, layers):
        """Copy the input vector layers into the planning database as ``base_<name>``."""
        src = gdal.OpenEx(gpkg, gdal.OF_VECTOR)
        for name, zh, en in layers:
            if src.GetLayerByName(name) is None:
                continue
            gdal.VectorTranslate(self.gpkg, src, layers=[name], layerName="base_" + name,
                                 accessMode="append" if os.path.exists(self.gpkg) else None,
                                 format="GPKG")
            self.catalog.append(("base_" + name, "vector", zh, en, "ecorestore:createsampleregion",
                                 "planning.gpkg"))

    def write_runs(self):
        import json

        with open(os.path.join(self.out, "demo_runs.json"), "w", encoding="utf-8") as f:
            json.dump(self.runs, f, ensure_ascii=False, indent=1)

    def write_timings(self, total, tail=None):
        """demo_timings.json: each step's algorithm, seconds, CPU seconds (user + system, with child
        processes), peak resident memory (MiB) and the seconds the demo itself spent before it (copying
        base layers, styles, checks: ``gap_before_seconds``); ``tail_seconds``: after the last step
        (catalog, database styles, planning.qgz)."""
        import json

        steps = [{"step": step, "alg": alg, "seconds": round(dt, 2), "cpu_seconds": round(cpu, 2),
                  "peak_mib": round(peak, 1), "start_mib": round(start, 1),
                  "child_peak_mib": None if child is None else round(child, 1),
                  "gap_before_seconds": round(gap, 2)}
                 for (step, alg, dt, peak, child, start, cpu), gap in zip(self.timings, self.gaps)]
        with open(os.path.join(self.out, "demo_timings.json"), "w", encoding="utf-8") as f:
            json.dump({"size": self.size, "total_seconds": round(total, 2), "steps": steps,
                       "tail_seconds": None if tail is None else round(tail, 2),
                       "peak_mib": round(max(self.max_peak, step_peak()), 1),
                      "child_peak_mib": round(child_peak(), 1)},
                      f, ensure_ascii=False, indent=1)

    def style_database(self):
        """Default styles for every layer of planning.gpkg, and planning.qgz that opens it in Chinese."""
        from eco_restore_plugin.processing_helpers import database_styles

        titles = {row[0]: row[2] for row in self.catalog}
        saved = database_styles.style_database(self.gpkg, titles)
        rasters = [(os.path.join(self.out, row[5]), row[0]) for row in self.catalog if row[1] == "raster"]
        n = database_styles.write_project(self.gpkg, os.path.join(self.out, "planning.qgz"), self.catalog,
                                          rasters)
        print("  styled {} of {} database layers; planning.qgz with {} layers".format(
            sum(saved.values()), len(saved), n), flush=True)

    def write_catalog(self):
        """The table ``layer_catalog`` in planning.gpkg: one documented row per output."""
        ds = ogr.Open(self.gpkg, 1) if os.path.exists(self.gpkg) else \
            ogr.GetDriverByName("GPKG").CreateDataSource(self.gpkg)
        if ds.GetLayerByName("layer_catalog") is not None:
            ds.DeleteLayer("layer_catalog")
        lyr = ds.CreateLayer("layer_catalog", geom_type=ogr.wkbNone)
        for field in ("layer", "kind", "title_zh", "title_en", "algorithm", "location", "created"):
            lyr.CreateField(ogr.FieldDefn(field, ogr.OFTString))
        now = datetime.datetime.now().isoformat(timespec="seconds")
        for row in self.catalog:
            feat = ogr.Feature(lyr.GetLayerDefn())
            for field, value in zip(("layer", "kind", "title_zh", "title_en", "algorithm", "location"), row):
                feat.SetField(field, value)
            feat.SetField("created", now)
            lyr.CreateFeature(feat)
        ds = None


def cells_per_side(text):
    """--size: what ecorestore:createsampleregion accepts (100-5000), checked before QGIS starts."""
    try:
        value = int(text)
    except ValueError:
        value = None
    if value is None or not 100 <= value <= 5000:
        raise argparse.ArgumentTypeError(
            "cells per side must be a whole number from 100 to 5000, not {!r}".format(text))
    return value


def _vm(field):
    """A field of /proc/self/status in MiB (Linux), or None."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return None


def reset_step_peak():
    """Reset this process's peak resident memory (VmHWM) to the current one (Linux: clear_refs 5)."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass


def step_peak():
    """Peak resident memory (MiB) since :func:`reset_step_peak`; the process's peak where it cannot be reset."""
    hwm = _vm("VmHWM")
    return hwm if hwm is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _cpu():
    """CPU seconds (user + system) of this process and its finished children so far."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def child_peak():
    """Peak resident memory (MiB) of the largest finished child process so far."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0


def peak_memory(own_peak=0.0):
    """Peak resident memory of this process (the larger of ``own_peak`` MiB, the peak over the steps, and
    getrusage's, which only covers the time since the last per-step reset) and of its finished children."""
    own = max(own_peak, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0)       # KiB on Linux
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0
    return "peak memory {:.0f} MiB (this process), {:.0f} MiB (largest child process)".format(own, children)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Eco-Restore demo: the whole chain on Demo County.")
    ap.add_argument("out", nargs="?", default=os.path.join(ROOT, "demo_output"))
    ap.add_argument("--size", type=cells_per_side, default=1000,
                    help="cells per side, 100-5000 (default 1000, 30 m)")
    args = ap.parse_args(argv)

    from eco_restore_plugin import headless

    session = headless.start()

    t_start = time.time()
    chain = Chain(args.out)
    chain.size = args.size
    from demo_steps import STEPS  # noqa: E402  (scripts/demo_steps.py: the chain, step by step)

    for step in STEPS:
        step(chain, args)
    chain.write_catalog()
    chain.style_database()
    chain.write_runs()
    chain.write_timings(time.time() - t_start, tail=time.time() - chain._mark)

    print("\nSummary")
    print("  output folder     {}".format(chain.out))
    print("  planning database {} ({} documented layers)".format(chain.gpkg, len(chain.catalog)))
    for (step, alg, dt, peak, _child, _start, _cpu_s), gap in zip(chain.timings, chain.gaps):
        print("  {:6.1f} s  {:6.0f} MiB  {}{}".format(dt, peak, step,
                                                    "  (+{:.1f} s of the demo's own work before it)".format(gap)
                                                    if gap >= 1.0 else ""))
    print("  total {:.1f} s".format(time.time() - t_start))
    print("  " + peak_memory(max(chain.max_peak, step_peak())))
    session.stop()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    sys.exit(main())
