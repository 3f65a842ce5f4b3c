"""Scaling checks of the steps issue 20 named super-linear (on demand; not a timed test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_scaling.py [policy] [corridors] [dpc]
        [--scales 1 2 4] [--root OTHER_CHECKOUT]

Each check runs at growing sizes and prints the time and the fitted exponent (least-squares slope of
log time against log size, where size = features, cells or patches as said):

* ``policy``: ``ecorestore:consolidationpolicycheck`` with a county-wide red line: square farmland patches
  on a 60 m grid (side = 100 × scale patches) and one red-line polygon with a staircase boundary, as a
  polygonised raster has (30 m steps: vertices ∝ side), over a third of the county. Size = patches.
* ``corridors``: ``core.corridors.least_cost_corridors`` on a smooth random cost surface with 8 sources
  (side = 250 × scale cells), and, for the same sources, one cost distance per source by the prebuilt-graph
  Dijkstra (what the corridors use) and by the graph-free sweep. Size = cells.
* ``problempatches``: the zone overlay of ``ecorestore:problempatches`` (its ``_zone``: share of each parcel
  inside a zone layer) for the same parcels and red line as ``policy``. Size = parcels.
* ``dpc``: ``core.connectivity.delta_pc`` and ``delta_iic`` on a province-like layout of clustered patches
  (:func:`province_patches`; ``--dpc-sizes`` for old and new, ``--dpc-big`` for the new method with
  ``--dpc-tolerance`` alone), with the peak of numpy allocations. Size = patches.

``--root`` runs the checks against another checkout of the plugin (e.g. an export of an older commit), for
before/after figures on the same machine. On a shared machine compare figures of one run only.
"""
import argparse
import math
import os
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def slope(xs, ys):
    lx, ly = np.log(np.asarray(xs, float)), np.log(np.asarray(ys, float))
    return float(np.polyfit(lx, ly, 1)[0]) if len(xs) > 1 else math.nan


def report(name, unit, rows):
    """rows: [(size, seconds, note)]."""
    for size, sec, note in rows:
        print("  {:12} {:>10} {:9.2f} s  {}".format(name, "{:,}".format(size), sec, note), flush=True)
    print("  {:12} exponent (time vs {}): {:.2f}".format(name, unit, slope([r[0] for r in rows],
                                                                          [r[1] for r in rows])), flush=True)


def staircase_blob(cx, cy, radius, step, rng):
    """A closed polygon ring (list of (x, y)) with a wobbly outline and axis-parallel steps of ``step``."""
    n = max(16, int(2 * math.pi * radius / step))
    t = np.linspace(0, 2 * math.pi, n, endpoint=False)
    wob = 1 + 0.15 * np.sin(3 * t + rng.random() * 6) + 0.05 * np.sin(11 * t)
    x = np.round((cx + radius * wob * np.cos(t)) / step) * step
    y = np.round((cy + radius * wob * np.sin(t)) / step) * step
    ring = []
    for k in range(n):
        x0, y0, x1 = x[k], y[k], x[(k + 1) % n]
        ring += [(x0, y0), (x1, y0)]
    ring.append(ring[0])
    return ring


def check_policy(scales):
    import processing
    from qgis.core import (QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsProcessingContext,
                           QgsProcessingFeedback, QgsRectangle, QgsVectorLayer)
    from qgis.PyQt.QtCore import QVariant

    rows = []
    for s in scales:
        side = int(100 * s)
        pitch, x0, y0 = 60.0, 38500000.0, 2500000.0
        farm = QgsVectorLayer("Polygon?crs=EPSG:4546", "farmland", "memory")
        feats = []
        for k in range(side * side):
            r, c = divmod(k, side)
            f = QgsFeature()
            f.setGeometry(QgsGeometry.fromRect(QgsRectangle(x0 + c * pitch, y0 + r * pitch,
                                                            x0 + c * pitch + 50, y0 + r * pitch + 50)))
            feats.append(f)
        farm.dataProvider().addFeatures(feats)
        units = QgsVectorLayer("Polygon?crs=EPSG:4546", "units", "memory")
        numeric = ("farm_hm2", "fc_new_hm2", "st_farm_hm2", "id_farm_hm2", "st_pot_hm2", "id_cdec_hm2")
        units.dataProvider().addAttributes([QgsField("name", QVariant.String)] +
                                           [QgsField(f, QVariant.Double) for f in numeric])
        units.updateFields()
        us, width, ufeats = 5, side * pitch / 5, []
        for k in range(us * us):
            r, c = divmod(k, us)
            f = QgsFeature(units.fields())
            f.setGeometry(QgsGeometry.fromRect(QgsRectangle(x0 + c * width, y0 + r * width,
                                                            x0 + (c + 1) * width, y0 + (r + 1) * width)))
            f.setAttributes(["U{:02d}".format(k), 100.0, 100.0, 0.0, 0.0, 0.0, 0.0])
            ufeats.append(f)
        units.dataProvider().addFeatures(ufeats)
        red = QgsVectorLayer("Polygon?crs=EPSG:4546", "red", "memory")
        ring = staircase_blob(x0 + side * pitch / 2, y0 + side * pitch / 2, side * pitch * 0.33, 30.0,
                              np.random.default_rng(int(s * 10)))
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in ring]]))
        red.dataProvider().addFeatures([f])
        t0 = time.time()
        res = processing.run("ecorestore:consolidationpolicycheck", {
            "INPUT": units, "UNIT_FIELD": "name", "RED_LINE": red, "PATCHES": [farm], "OUTPUT": "memory:"},
            context=QgsProcessingContext(), feedback=QgsProcessingFeedback())
        dt = time.time() - t0
        n_red = sum(int(g["red_n"]) for g in res["OUTPUT"].getFeatures())
        rows.append((side * side, dt, "{} patches in the red line, red line {} vertices".format(n_red, len(ring))))
    report("policy", "patches", rows)


def check_problempatches(scales):
    from qgis.core import QgsGeometry, QgsPointXY, QgsProcessingFeedback, QgsRectangle
    from eco_restore_plugin.algorithms.zoning.problempatches import ProblemPatches
    alg, rows = ProblemPatches(), []
    for s in scales:
        side, pitch = int(100 * s), 60.0
        parcels = [QgsGeometry.fromRect(QgsRectangle(c * pitch, r * pitch, c * pitch + 50, r * pitch + 50))
                   for r in range(side) for c in range(side)]
        ring = staircase_blob(side * pitch / 2, side * pitch / 2, side * pitch * 0.33, 30.0,
                              np.random.default_rng(int(s * 10)))
        zone = [QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in ring]])]
        t0 = time.time()
        share, _ = alg._zone(parcels, zone, QgsProcessingFeedback(), True)
        rows.append((side * side, time.time() - t0, "share sum {:.6f}".format(share.sum())))
    report("problempatches", "parcels", rows)


def _cost_and_sources(n, seed=7):
    from scipy import ndimage
    rng = np.random.default_rng(seed)
    c = ndimage.gaussian_filter(rng.random((n, n)), max(2, n // 100))
    c = 1 + 99 * (c - c.min()) / (c.max() - c.min())
    lab = np.zeros((n, n), np.int32)
    for k in range(1, 9):
        r, q = rng.integers(n // 20, n - n // 20 - 6, 2)
        lab[r:r + n // 50 + 2, q:q + n // 50 + 2] = k
    c[lab > 0] = 1.0
    return c, lab


def check_corridors(scales):
    from eco_restore_plugin.core import corridors as C
    from eco_restore_plugin.core import costdistance as cd
    rows, rows_dij, rows_sw, rows_de = [], [], [], []
    for s in scales:
        n = int(250 * s)
        cost, lab = _cost_and_sources(n)
        t0 = time.time()
        res = C.least_cost_corridors(cost, lab, width=3000.0, cellsize=30.0)
        rows.append((n * n, time.time() - t0, "{} links".format(len(res.links))))
        t0 = time.time()
        g = cd.CostGraph(cost, cellsize=30.0, units="map")
        for k in range(1, 9):
            a = cd.cost_distance(cost, lab == k, graph=g).cost
        rows_dij.append((n * n, time.time() - t0, "graph build + 8 x Dijkstra"))
        t0 = time.time()
        for k in range(1, 9):
            b = cd.cost_distance(cost, lab == k, cellsize=30.0, units="map", method="sweep").cost
        rows_sw.append((n * n, time.time() - t0, "8 x sweep; last source equal to Dijkstra: {}".format(
            bool(np.array_equal(a, b, equal_nan=True)))))
        t0 = time.time()
        for k in range(1, 9):
            d = cd.cost_distance(cost, lab == k, cellsize=30.0, units="map", method="delta").cost
        rows_de.append((n * n, time.time() - t0, "8 x delta (the default); last source equal to Dijkstra: {}".format(
            bool(np.array_equal(a, d, equal_nan=True)))))
    report("corridors", "cells", rows)
    report("  dijkstra", "cells", rows_dij)
    report("  sweep", "cells", rows_sw)
    report("  delta", "cells", rows_de)


def province_patches(n, seed=3, density=65 / 900.0):
    """A province-like layout of ``n`` habitat patches: discs of 30 hm² plus a lognormal area (median
    about 70 hm², as MSPA cores above the demo's 30 hm²), 85 % in Gaussian clusters (σ 3-15 km, one per
    150 patches: forested hills) and 15 % scattered, at least 100 m apart, on average 65 patches per
    900 km² (the demo county). Returns (areas hm², edge-to-edge distance matrix m)."""
    rng = np.random.default_rng(seed)
    side = math.sqrt(n / density) * 1000.0
    ncl = max(1, n // 150)
    cen, sig = rng.random((ncl, 2)) * side, rng.uniform(3000, 15000, ncl)
    area = np.sort(30 + rng.lognormal(math.log(40), 1.2, n))[::-1]
    r = np.sqrt(area * 1e4 / math.pi)
    xy = np.empty((n, 2))
    placed = 0
    while placed < n:
        q = rng.integers(ncl)
        c = rng.random(2) * side if rng.random() < 0.15 else cen[q] + rng.normal(0, sig[q], 2)
        if not (0 <= c[0] <= side and 0 <= c[1] <= side):
            continue
        if placed and (np.hypot(*(xy[:placed] - c).T) - r[:placed] - r[placed]).min() < 100.0:
            continue
        xy[placed] = c
        placed += 1
    d = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1])
    d -= r[:, None]
    d -= r[None, :]
    np.maximum(d, 0.0, out=d)
    np.fill_diagonal(d, 0.0)
    return area, d


def _measured(fn):
    """(result, seconds, peak MiB of numpy / Python allocations during the call)."""
    import tracemalloc
    tracemalloc.start()
    t0 = time.time()
    out = fn()
    dt = time.time() - t0
    peak = tracemalloc.get_traced_memory()[1] / 2 ** 20
    tracemalloc.stop()
    return out, dt, peak


def check_dpc(sizes, big, tolerance):
    """dPC and dIIC on :func:`province_patches` (dispersal 2.5 km at p = 0.5, IIC links <= 2.5 km, the
    demo's): the old removal recomputation and the tree method, exact, and the tree method with a
    tolerance (percentage points), at ``sizes``; the tree method with the tolerance alone at ``big``."""
    from eco_restore_plugin.core import connectivity as K
    from eco_restore_plugin.core import removal
    rows = {"removal": [], "tree": [], "tree tol": [], "dIIC": [], "dIIC tree": []}
    for m in list(sizes) + list(big):
        a, d = province_patches(m)
        p = K.direct_probability(d, k=K.decay_constant(2500.0, probability=0.5))
        # what delta_pc(..., tolerance=) runs, with the limit L and the error bound reached
        tol_run, t_dt, t_mem = _measured(lambda: removal.pc_importance(a, p, tolerance=tolerance))
        t_res = tol_run["dPC"]
        if m in sizes:
            old, o_dt, o_mem = _measured(lambda: K.delta_pc(a, p, landscape_area=1.0, method="removal"))
            rows["removal"].append((m, o_dt, "peak {:.0f} MiB".format(o_mem)))
            new, n_dt, n_mem = _measured(lambda: K.delta_pc(a, p, landscape_area=1.0, method="tree"))
            rows["tree"].append((m, n_dt, "peak {:.0f} MiB, max |dPC - removal| {:.1e}".format(
                n_mem, np.abs(new - old).max())))
            note = "max |dPC - removal| {:.1e}".format(np.abs(t_res - old).max())
        else:
            note = "top dPC {:.4f} %".format(t_res.max())
        note += ", L = {:.2f}, bound {:.1e} pp".format(tol_run["limit"], tol_run["bound"])
        rows["tree tol"].append((m, t_dt, "peak {:.0f} MiB, {}".format(t_mem, note)))
        p = None                                   # free the n x n matrix before dIIC
        r, i_dt, i_mem = _measured(lambda: K.delta_iic(a, d, threshold=2500.0, landscape_area=1.0))
        rows["dIIC"].append((m, i_dt, "peak {:.0f} MiB (components of the 2.5 km links)".format(i_mem)))
        r2, i_dt, i_mem = _measured(lambda: K.delta_iic(a, d, threshold=2500.0, landscape_area=1.0, method="tree"))
        rows["dIIC tree"].append((m, i_dt, "peak {:.0f} MiB, max |dIIC - removal| {:.1e}".format(
            i_mem, np.abs(r2 - r).max())))
        print("  {:,} patches done; load average {:.1f}".format(m, os.getloadavg()[0]), flush=True)
    report("dPC removal", "patches", rows["removal"])
    report("dPC tree", "patches", rows["tree"])
    report("dPC tree, tolerance {:g} pp".format(tolerance), "patches", rows["tree tol"])
    report("dIIC removal", "patches", rows["dIIC"])
    report("dIIC tree", "patches", rows["dIIC tree"])
    import resource
    print("  process peak RSS {:.0f} MiB".format(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("checks", nargs="*", default=["policy", "problempatches", "corridors", "dpc"])
    ap.add_argument("--scales", type=float, nargs="+", default=[1, 2, 4])
    ap.add_argument("--dpc-sizes", type=int, nargs="*", default=[100, 200, 400, 800])
    ap.add_argument("--dpc-big", type=int, nargs="*", default=[2000, 4000, 9000])
    ap.add_argument("--dpc-tolerance", type=float, default=1e-4, help="percentage points")
    ap.add_argument("--root", default=ROOT, help="the plugin checkout to benchmark (default: this one)")
    args = ap.parse_args()
    sys.path.insert(0, os.path.abspath(args.root))
    print("plugin from {}".format(os.path.abspath(args.root)))
    if "policy" in args.checks or "problempatches" in args.checks:
        from eco_restore_plugin import headless
        session = headless.start()
        if "policy" in args.checks:
            check_policy(args.scales)
        if "problempatches" in args.checks:
            check_problempatches(args.scales)
        session.stop()
    if "corridors" in args.checks:
        check_corridors(args.scales)
    if "dpc" in args.checks:
        check_dpc(args.dpc_sizes, args.dpc_big, args.dpc_tolerance)


if __name__ == "__main__":
    main()
