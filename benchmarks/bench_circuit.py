"""Benchmark: pairwise circuit theory on a 1000 x 1000 resistance surface with 20 focal nodes.

Run on demand (not a test):  .venv/bin/python benchmarks/bench_circuit.py [--size 1000] [--nodes 20]

Measures the fast path of eco_restore_plugin.core.circuit.pairwise (one ground per component,
N-1 solves with one AMG hierarchy, superposition for all 190 pairs, cumulative current map) and a
per-pair baseline (one solve per pair, as a naive implementation does). The baseline is timed on a
subset of pairs and extrapolated to all pairs (printed as such). Peak memory = ru_maxrss of this
process (the forked solver child shares the hierarchy copy-on-write and is not counted).
``--legacy`` also times the fast path with the session-1 solver settings in the same run (before/after).
Set ECO_RESTORE_CIRCUIT_WORKERS=1 to time one process only.
"""
import argparse
import os
import resource
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from eco_restore_plugin.core import circuit  # noqa: E402


def surface(n, seed=42):
    """Random-ish resistance: smooth multi-scale noise, 1..100, 2 % nodata holes."""
    rng = np.random.default_rng(seed)
    res = np.zeros((n, n))
    for scale in (4, 16, 64):
        m = max(2, n // scale)
        coarse = rng.random((m, m))
        reps = int(np.ceil(n / m))
        res += np.kron(coarse, np.ones((reps, reps)))[:n, :n]
    res = 1.0 + 99.0 * (res - res.min()) / (res.max() - res.min()) ** 1.0
    res[rng.random((n, n)) < 0.02] = np.nan
    return res


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=1000)
    ap.add_argument("--nodes", type=int, default=20)
    ap.add_argument("--baseline-pairs", type=int, default=4)
    ap.add_argument("--solver", default="auto")
    ap.add_argument("--legacy", action="store_true",
                    help="also time the fast path with the session-1 settings (AMG theta 0, BSR coarse levels, "
                         "1 process) in the same run")
    a = ap.parse_args()
    n, k = a.size, a.nodes
    hab = surface(n)
    rng = np.random.default_rng(7)
    pts = []
    while len(pts) < k:
        r, c = rng.integers(0, n, 2)
        if np.isfinite(hab[r, c]):
            pts.append((len(pts) + 1, int(r), int(c)))
    print("grid {0}x{0}, {1} focal nodes, {2} pairs, 8 neighbours, avg resistance, pyamg={3}".format(
        n, k, k * (k - 1) // 2, circuit.HAVE_PYAMG))
    t = time.time()
    g = circuit.build_graph(hab, is_resistance=True)
    t_graph = time.time() - t
    print("graph: {} nodes, {} components, {:.2f} s".format(g.n_nodes, g.n_components, t_graph))

    t = time.time()
    res = circuit.pairwise(g, pts, cum_map=True, solver=a.solver)
    t_fast = time.time() - t
    print("fast path: {:.2f} s, {} solves, solver: {}, {} process(es)".format(
        t_fast, res.n_solves, "; ".join(res.solver), circuit._default_workers()))
    print("  R range {:.4g} .. {:.4g}, disconnected pairs {}, cum current max {:.4g}".format(
        np.nanmin(res.resistance[res.resistance > 0]), np.nanmax(res.resistance[np.isfinite(res.resistance)]),
        len(res.disconnected), res.cum_current.max()))
    print("peak memory after fast path: {:.0f} MB".format(peak_mb()))
    if a.legacy:
        saved = circuit.AMG_STRENGTH, circuit.AMG_CSR_LEVELS, os.environ.get("ECO_RESTORE_CIRCUIT_WORKERS")
        circuit.AMG_STRENGTH, circuit.AMG_CSR_LEVELS = ("symmetric", {"theta": 0.0}), False
        os.environ["ECO_RESTORE_CIRCUIT_WORKERS"] = "1"
        t = time.time()
        old = circuit.pairwise(g, pts, cum_map=True, solver=a.solver)
        t_old = time.time() - t
        circuit.AMG_STRENGTH, circuit.AMG_CSR_LEVELS = saved[:2]
        if saved[2] is None:
            del os.environ["ECO_RESTORE_CIRCUIT_WORKERS"]
        else:
            os.environ["ECO_RESTORE_CIRCUIT_WORKERS"] = saved[2]
        fin = np.isfinite(res.resistance) & (res.resistance > 0)
        rel = np.max(np.abs(old.resistance[fin] - res.resistance[fin]) / res.resistance[fin])
        print("legacy settings (theta 0, BSR levels, 1 process): {:.2f} s; now / legacy = {:.2f}; "
              "max rel. R difference {:.1e}".format(t_old, t_fast / t_old, rel))

    # baseline: one solve per pair, on a subset, extrapolated
    m = a.baseline_pairs
    sub = [(pts[i][0], pts[j][0]) for i, j in [(0, 1), (2, 3), (4, 5), (6, 7), (8, 9), (10, 11)][:m]]
    t = time.time()
    base = circuit.pairwise(g, pts, pairs=sub, cum_map=True, solver=a.solver, strategy="per_pair")
    t_base_sub = time.time() - t
    per_pair = t_base_sub / len(sub)
    t_base = per_pair * k * (k - 1) // 2
    print("per-pair baseline: {:.2f} s for {} pairs ({:.2f} s/pair) -> extrapolated to {} pairs: {:.1f} s".format(
        t_base_sub, len(sub), per_pair, k * (k - 1) // 2, t_base))
    for i, j in sub:
        rf, rb = res.r(i, j), base.r(i, j)
        assert abs(rf - rb) <= 1e-6 * rb, (i, j, rf, rb)
    print("baseline resistances agree with the fast path (rel 1e-6) on the subset")
    print("ratio fast / baseline: {:.3f}".format(t_fast / t_base))
    print("wall time total (graph + fast path): {:.2f} s; peak memory {:.0f} MB".format(t_graph + t_fast, peak_mb()))


if __name__ == "__main__":
    main()
