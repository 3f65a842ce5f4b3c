"""Benchmark: pairwise circuit theory on a 1000 x 1000 resistance surface with 20 focal nodes.

Run on demand (not a test):  .venv/bin/python benchmarks/bench_circuit.py [--size 1000] [--nodes 20]

Measures the fast path of eco_restore_plugin.core.circuit.pairwise (one ground per component,
N-1 solves with one AMG hierarchy, superposition for all 190 pairs, cumulative current map) and a
Circuitscape-style baseline (as Circuitscape.jl's single-ground all-pairs mode: one solver set-up per
component, one solve per pair with +1 A at one node and -1 A at the other, current map per pair).
The baseline is timed on a subset of pairs and extrapolated to all pairs (printed as such); on that
subset its resistances and cumulative current map are compared with the fast path's. Surfaces:
``--surface terrain`` (default; land cover x slope with sea as nodata, benchmarks/terrain.py) or
``smooth`` (the old multi-scale noise). Peak memory: ru_maxrss of this process and of the largest
forked child (RUSAGE_CHILDREN), both printed.
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


def child_peak_mb():
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0


def circuitscape_style(g, pts, pairs, solver):
    """One grounded system and solver set-up per component (ground: the first focal node met), one
    solve per pair (+1 A at j, -1 A at i); returns ({pair: R}, cumulative current map)."""
    from eco_restore_plugin.core.circuit.pairwise import _maps
    W = g.shape[1]
    node = {fid: int(g.node_of_cell[r * W + c]) for fid, r, c in pts}
    comp = g.component
    setups = {}
    R = {}
    cum = np.zeros(g.shape)
    for i, j in pairs:
        c = comp[node[i]]
        if comp[node[j]] != c:
            R[(i, j)] = np.inf
            continue
        if c not in setups:
            cn = np.nonzero(comp == c)[0]
            local = np.full(g.n_nodes, -1, dtype=np.int64)
            local[cn] = np.arange(cn.size)
            ground = local[node[i]]
            Lc = g.laplacian[cn][:, cn].tocsr()
            free = np.ones(cn.size, dtype=bool)
            free[ground] = False
            setups[c] = (cn, local, free, circuit.make_solver(Lc[free][:, free], method=solver))
        cn, local, free, s = setups[c]
        b = np.zeros(cn.size)
        b[local[node[j]]] += 1.0
        b[local[node[i]]] -= 1.0
        v = np.zeros(cn.size)
        v[free] = s.solve(b[free])
        R[(i, j)] = v[local[node[j]]] - v[local[node[i]]]
        vfull = np.zeros(g.n_nodes)
        vfull[cn] = v - v[local[node[i]]]
        ext = np.zeros(g.n_nodes)
        ext[node[i]] = ext[node[j]] = 1.0
        cur, _ = _maps(g, vfull, g.node_of_cell, ext)
        cum += cur
    return R, cum


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=1000)
    ap.add_argument("--nodes", type=int, default=20)
    ap.add_argument("--baseline-pairs", type=int, default=10)
    ap.add_argument("--surface", choices=("terrain", "smooth"), default="terrain")
    ap.add_argument("--solver", default="auto")
    ap.add_argument("--legacy", action="store_true",
                    help="also time the fast path with the session-1 settings (AMG theta 0, BSR coarse levels, "
                         "1 process) in the same run")
    a = ap.parse_args()
    n, k = a.size, a.nodes
    if a.surface == "terrain":
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        from terrain import landcover_x_slope
        hab, _ = landcover_x_slope(n)
    else:
        hab = surface(n)
    rng = np.random.default_rng(7)
    pts = []
    while len(pts) < k:
        r, c = rng.integers(0, n, 2)
        if np.isfinite(hab[r, c]):
            pts.append((len(pts) + 1, int(r), int(c)))
    print("grid {0}x{0} ({4}, {5:.1%} nodata), {1} focal nodes, {2} pairs, 8 neighbours, avg resistance, "
          "pyamg={3}".format(n, k, k * (k - 1) // 2, circuit.HAVE_PYAMG, a.surface, float(np.isnan(hab).mean())))
    t = time.time()
    g = circuit.build_graph(hab, is_resistance=True)
    t_graph = time.time() - t
    print("graph: {} nodes, {} components, {:.2f} s".format(g.n_nodes, g.n_components, t_graph))

    t = time.time()
    res = circuit.pairwise(g, pts, cum_map=True, solver=a.solver)
    t_fast = time.time() - t
    print("fast path: {:.2f} s, {} solves, solver: {}, {} process(es), largest relative residual {:.2e}".format(
        t_fast, res.n_solves, "; ".join(res.solver),
        1 if all("direct" in s for s in res.solver) else circuit._default_workers(), res.residual))
    print("  R range {:.4g} .. {:.4g}, disconnected pairs {}, cum current max {:.4g}".format(
        np.nanmin(res.resistance[res.resistance > 0]), np.nanmax(res.resistance[np.isfinite(res.resistance)]),
        len(res.disconnected), res.cum_current.max()))
    print("peak memory after fast path: {:.0f} MB (this process), {:.0f} MB (largest forked child)".format(
        peak_mb(), child_peak_mb()))
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

    # Circuitscape-style baseline on a subset of pairs, extrapolated; R and cumulative map compared
    m = a.baseline_pairs
    allp = [(pts[x][0], pts[y][0]) for x in range(k) for y in range(x + 1, k)]
    sub = [allp[t] for t in np.linspace(0, len(allp) - 1, min(m, len(allp))).astype(int)]
    t = time.time()
    R, cum_base = circuitscape_style(g, pts, sub, a.solver)
    t_base_sub = time.time() - t
    per_pair = t_base_sub / len(sub)
    t_base = per_pair * len(allp)
    print("Circuitscape-style baseline (1 set-up, 1 solve + 1 current map per pair, 1 process): {:.2f} s for "
          "{} pairs ({:.2f} s/pair) -> extrapolated to {} pairs: {:.1f} s".format(
              t_base_sub, len(sub), per_pair, len(allp), t_base))
    fast_sub = circuit.pairwise(g, pts, pairs=sub, cum_map=True, solver=a.solver)
    worst = max(abs(fast_sub.r(i, j) - R[(i, j)]) / R[(i, j)] for i, j in sub if np.isfinite(R[(i, j)]))
    cmax = max(np.abs(cum_base).max(), 1e-300)
    dmap = np.abs(fast_sub.cum_current - cum_base).max() / cmax
    print("baseline vs fast path on the subset: max rel. R difference {:.1e}; cumulative current map max "
          "difference {:.1e} of its maximum".format(worst, dmap))
    print("ratio fast (all {} pairs) / Circuitscape-style baseline (extrapolated): {:.3f}".format(
        len(allp), t_fast / t_base))
    print("wall time total (graph + fast path): {:.2f} s; peak memory {:.0f} MB (this process), {:.0f} MB "
          "(largest child)".format(t_graph + t_fast, peak_mb(), child_peak_mb()))


if __name__ == "__main__":
    main()
