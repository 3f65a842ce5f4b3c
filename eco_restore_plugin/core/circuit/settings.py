"""Tunables of the circuit solvers, read when a solve starts.

Set them on the package (``circuit.PARALLEL_MIN_NODES = 0``, as the tests and benchmarks do): the package
forwards the assignment here.
"""
import os

from .._memory import available_memory as _available_bytes

try:  # optional dependency
    import pyamg
    HAVE_PYAMG = True
except Exception:  # pragma: no cover - depends on the environment
    pyamg = None
    HAVE_PYAMG = False

try:  # optional dependency: CHOLMOD supernodal Cholesky (SuiteSparse, via scikit-sparse)
    from sksparse.cholmod import analyze as cholmod_analyze
    HAVE_CHOLMOD = True
except Exception:  # pragma: no cover - depends on the environment
    cholmod_analyze = None
    HAVE_CHOLMOD = False

#: systems up to this many nodes are solved by direct LU ("auto" solver)
DIRECT_SOLVER_MAX_NODES = 50000
# Smoothed aggregation strength of connection (pyamg 'symmetric', Vanek et al. 1996): with theta = 0 every
# edge is strong and aggregates straddle resistance jumps; theta = 0.05 drops edges weaker than 5 % of
# the geometric mean of the two diagonals. Measured on the 1000 x 1000 benchmark surface (resistance
# 1..100): CG iterations to 1e-10 fell from 24 to 13 per right-hand side.
AMG_STRENGTH = ("symmetric", {"theta": 0.05})
# Rows with more entries than this are hubs (short-circuit regions contracted to one node): kept out of the
# level-0 aggregation and prolongator smoothing (solvers._sa_hierarchy); 0 = off. A raster cell has at most
# 9 entries (8 neighbours + itself).
AMG_HUB_DEGREE = 32
AMG_CSR_LEVELS = True  # see _Solver: CSR instead of BSR coarse levels (False = pyamg as it comes)
# Larger systems are factorised by CHOLMOD (Chen, Davis, Hager & Rajamanickam 2008: supernodal Cholesky,
# AMD ordering, BLAS-3; Circuitscape's 'cholmod' solver) when scikit-sparse is importable and the factor
# fits: its size is estimated as CHOLMOD_BYTES_PER_NODE_LOG2N x n x log2(n) bytes (measured on the
# terrain benchmark surface with 8 neighbours: 59.5 M entries of L at 0.90 M nodes, i.e. 3.3 n log2 n,
# ~1.7 GB resident at 1000² and ~4.4 GB at 2000²) and must stay below CHOLMOD_MEMORY_FRACTION of the
# memory available when the solve starts (/proc/meminfo MemAvailable; without it, CHOLMOD_MAX_BYTES).
# Otherwise AMG-CG is used. A direct factorisation solves all right-hand sides of a component in blocks
# of CHOLMOD_BLOCK_BYTES (one pass over the factor per block).
CHOLMOD_MIN_NODES = 50000
CHOLMOD_BYTES_PER_NODE_LOG2N = 48.0
CHOLMOD_MEMORY_FRACTION = 0.5
CHOLMOD_MAX_BYTES = 4 << 30
CHOLMOD_BLOCK_BYTES = 128 << 20
# Right-hand sides of one hierarchy solved by this many processes (os.fork, POSIX only; the child
# shares the hierarchy copy-on-write and writes into shared memory). 1 = sequential. Systems smaller
# than PARALLEL_MIN_NODES are always solved sequentially (fork costs more than it saves).
# Environment variable ECO_RESTORE_CIRCUIT_WORKERS overrides the default (min(2, cpu count)).
PARALLEL_MIN_NODES = 200000

# Every solve is checked (solvers._Solver.solve): it is accepted when the relative residual
# ||b - A x|| / ||b|| <= RESIDUAL_RTOL, or when the normwise backward error
# ||b - A x|| / (||A|| ||x|| + ||b||) <= BACKWARD_TOL (float64 cannot do better on an ill-conditioned
# system whose potentials reach 1e8 V). A failed AMG-CG solve is continued with a 100 x tighter
# tolerance and AMG_RETRY_MAXITER iterations, then replaced by a sparse direct solve with iterative
# refinement (at most REFINE_STEPS steps); only then is an error raised.
RESIDUAL_RTOL = 1e-8
BACKWARD_TOL = 1e-13
AMG_MAXITER = 500
AMG_RETRY_MAXITER = 2000
REFINE_STEPS = 2

#: the names the package forwards here when they are set on it
TUNABLES = ("HAVE_PYAMG", "HAVE_CHOLMOD", "CHOLMOD_MIN_NODES", "CHOLMOD_BYTES_PER_NODE_LOG2N",
            "CHOLMOD_MEMORY_FRACTION", "CHOLMOD_MAX_BYTES", "CHOLMOD_BLOCK_BYTES", "DIRECT_SOLVER_MAX_NODES",
            "AMG_STRENGTH", "AMG_CSR_LEVELS", "AMG_HUB_DEGREE", "PARALLEL_MIN_NODES",
            "RESIDUAL_RTOL", "BACKWARD_TOL", "AMG_MAXITER", "AMG_RETRY_MAXITER", "REFINE_STEPS")


def _default_workers():
    env = os.environ.get("ECO_RESTORE_CIRCUIT_WORKERS")
    if env:
        try:
            return max(1, int(env))
        except ValueError:
            return 1
    return min(2, os.cpu_count() or 1)


def cholmod_fits(n):
    """True when CHOLMOD is importable, the system has more than CHOLMOD_MIN_NODES nodes and its
    estimated factor fits in memory (see CHOLMOD_BYTES_PER_NODE_LOG2N)."""
    if not HAVE_CHOLMOD or n <= CHOLMOD_MIN_NODES:
        return False
    need = CHOLMOD_BYTES_PER_NODE_LOG2N * n * max(1, int(n).bit_length())
    avail = _available_bytes()
    budget = CHOLMOD_MEMORY_FRACTION * avail if avail else CHOLMOD_MAX_BYTES
    return need <= budget
