"""Benchmark: restoration zoning, priority and project library on many units (on demand).

    .venv/bin/python benchmarks/bench_zoning.py [--units 10000] [--zones 50] [--no-qgis]

Core part: a square lattice of N units (rook adjacency) with smooth random attributes; times the
rule-based contiguous zoning, SKATER regionalisation into --zones zones, small-zone merging,
priority scores with entropy weights and budgeted period assignment of N projects, and checks that
every zone is contiguous and no budget is exceeded. QGIS part (unless --no-qgis): the same units as
grid polygons through processing.run of ``restorationzoning`` (rule-based and clustering: vector
adjacency, typing by expressions, dissolve) and ``restorationpriority``. Target: 10,000 units in
under a minute each.
"""
import argparse
import os
import sys
import time

import numpy as np
from scipy import ndimage

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
from eco_restore_plugin.core import zoning  # noqa: E402


def lattice(side):
    idx = np.arange(side * side).reshape(side, side)
    return np.concatenate([np.stack([idx[:, :-1].ravel(), idx[:, 1:].ravel()], 1),
                           np.stack([idx[:-1, :].ravel(), idx[1:, :].ravel()], 1)])


def attributes(side, seed=1):
    rng = np.random.default_rng(seed)
    cols = []
    for k in range(5):
        f = ndimage.gaussian_filter(rng.standard_normal((side, side)), side / 12.0)
        f = (f - f.min()) / (f.max() - f.min())
        cols.append(f.ravel())
    x = np.stack(cols, 1)
    # imp3_sh, deg_mean (0-3), res_mean (1-3), farm_sh, ubnd_sh
    return np.column_stack([x[:, 0], 3 * x[:, 1], 1 + 2 * x[:, 2], x[:, 3], x[:, 4] ** 3])


def timed(label, fn):
    t0 = time.perf_counter()
    out = fn()
    dt = time.perf_counter() - t0
    print("  {:<44s} {:8.3f} s".format(label, dt), flush=True)
    return out, dt


def core_bench(n_units, n_zones):
    side = int(round(np.sqrt(n_units)))
    n = side * side
    e = lattice(side)
    x = attributes(side)
    area = np.ones(n)
    print("core: {} units ({}x{} lattice), {} edges".format(n, side, side, len(e)))
    types = np.select([x[:, 0] > 0.7, x[:, 4] > 0.4, x[:, 3] > 0.6, x[:, 0] > 0.4], [0, 1, 2, 3], 4)
    rule, _ = timed("rule-based contiguous zones", lambda: zoning.contiguous_groups(n, e, types))
    merged, _ = timed("merge zones < 20 units", lambda: zoning.merge_small_zones(
        n, e, rule, area, min_area=20.0, types=types))
    sk, t_sk = timed("SKATER into {} zones".format(n_zones), lambda: zoning.skater(
        n, e, x, n_zones=n_zones, weights=area))
    base = zoning.skater(n, e, x[:, :2], n_zones=4)
    nested, _ = timed("SKATER nested in 4 base zones", lambda: zoning.skater(
        n, e, x, n_zones=n_zones, group=base))
    for lab, name in ((rule, "rule"), (merged, "merged"), (sk, "skater"), (nested, "nested")):
        assert zoning.is_contiguous(n, e, lab), name
    print("  zones: rule {}, merged {}, SKATER {}, nested {} - all contiguous".format(
        rule.max(), merged.max(), sk.max(), nested.max()))
    z = zoning.minmax_columns(x)
    w, _ = timed("entropy weights + scores + ranks", lambda: zoning.entropy_weights(z))
    score = zoning.priority_scores(x, w)
    rank = zoning.rank_desc(score, np.arange(n))
    cost = np.random.default_rng(2).uniform(10, 500, n)
    budgets = [cost.sum() * 0.2, cost.sum() * 0.3, cost.sum() * 0.3]
    (period, left), _ = timed("period assignment of {} projects".format(n), lambda: zoning.assign_periods(
        cost, rank, budgets, earliest=zoning.grade_by_rank(rank, n) - 1))
    for p, b in enumerate(budgets):
        assert cost[period == p].sum() <= b + 1e-6
    print("  scheduled {} of {} projects, budgets respected".format(int((period >= 0).sum()), n))
    return t_sk


def qgis_bench(n_units, n_zones):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import (QgsApplication, QgsFeature, QgsField, QgsGeometry, QgsProcessingContext,
                           QgsProcessingFeedback, QgsRectangle, QgsVectorLayer)
    from qgis.PyQt.QtCore import QVariant

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    import processing

    from eco_restore_plugin.provider import EcoRestoreProvider
    provider = EcoRestoreProvider()
    QgsApplication.processingRegistry().addProvider(provider)

    side = int(round(np.sqrt(n_units)))
    x = attributes(side)
    names = ["imp3_sh", "deg_mean", "res_mean", "farm_sh", "ubnd_sh"]
    lyr = QgsVectorLayer("Polygon?crs=EPSG:4546", "units", "memory")
    lyr.dataProvider().addAttributes([QgsField("unit_id", QVariant.Int), QgsField("unit_name", QVariant.String)]
                                     + [QgsField(c, QVariant.Double) for c in names]
                                     + [QgsField("corr_sh", QVariant.Double), QgsField("pinch_n", QVariant.Int),
                                        QgsField("deg_sev_sh", QVariant.Double)])
    lyr.updateFields()
    feats = []
    size, x0, y0 = 1000.0, 500000.0, 2300000.0
    for i in range(side):
        for j in range(side):
            k = i * side + j
            f = QgsFeature(lyr.fields())
            f.setGeometry(QgsGeometry.fromRect(QgsRectangle(x0 + j * size, y0 - (i + 1) * size,
                                                            x0 + (j + 1) * size, y0 - i * size)))
            f.setAttributes([k + 1, "U{}".format(k + 1)] + [float(v) for v in x[k]]
                            + [float(x[k, 3] > 0.8), int(x[k, 1] > 2.8), float(x[k, 1] / 3)])
            feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    print("qgis: {} grid polygons".format(lyr.featureCount()))

    def run(name, params):
        return processing.run("ecorestore:" + name, params, feedback=QgsProcessingFeedback(),
                              context=QgsProcessingContext())

    times = {}
    res, times["rule"] = timed("restorationzoning, rule-based", lambda: run(
        "restorationzoning", {"UNITS": lyr, "OUTPUT": "TEMPORARY_OUTPUT", "MIN_AREA": 5.0}))
    print("    -> {} zones".format(res["OUTPUT"].featureCount()))
    res, times["cluster"] = timed("restorationzoning, SKATER {} zones".format(n_zones), lambda: run(
        "restorationzoning", {"UNITS": lyr, "METHOD": 1, "N_ZONES": n_zones, "OUTPUT": "TEMPORARY_OUTPUT"}))
    print("    -> {} zones".format(res["OUTPUT"].featureCount()))
    res, times["priority"] = timed("restorationpriority (entropy)", lambda: run(
        "restorationpriority", {"UNITS": lyr, "WEIGHT_METHOD": 1, "OUTPUT": "TEMPORARY_OUTPUT"}))
    QgsApplication.processingRegistry().removeProvider(provider)
    return times


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--units", type=int, default=10000)
    ap.add_argument("--zones", type=int, default=50)
    ap.add_argument("--no-qgis", action="store_true")
    args = ap.parse_args()
    core_bench(args.units, args.zones)
    if not args.no_qgis:
        qgis_bench(args.units, args.zones)


if __name__ == "__main__":
    main()
