"""Linear solvers of the grounded Laplacian (direct LU, pyamg smoothed aggregation + CG, scipy CG) and
the forked second process.
"""

import mmap
import os
import signal

import numpy as np
import scipy.sparse as sp
import scipy.sparse.linalg as spla

from . import settings

__all__ = ["make_solver"]


# ----------------------------------------------------------------------------------------------
# solvers
# ----------------------------------------------------------------------------------------------
class _Solver(object):
    """SPD solve A x = b for many right-hand sides, set up once."""

    def __init__(self, A, method="auto", tol=1e-10):
        A = sp.csr_matrix(A)
        n = A.shape[0]
        if method == "auto":
            if n <= settings.DIRECT_SOLVER_MAX_NODES:
                method = "direct"
            elif settings.HAVE_PYAMG:
                method = "amg"
            elif n <= 300000:
                method = "direct"
            else:
                method = "cg"
        if method == "amg" and not settings.HAVE_PYAMG:
            method = "direct" if n <= 300000 else "cg"
        self.method = method
        self.tol = tol
        self.A = A
        self.iterations = 0
        if n == 0:
            self._solve = lambda b: np.zeros_like(b)
        elif method == "direct":
            lu = spla.splu(A.tocsc(), permc_spec="MMD_AT_PLUS_A")
            self._solve = lu.solve
            self.name = "scipy splu (direct)"
        elif method == "amg":
            ml = settings.pyamg.smoothed_aggregation_solver(A, symmetry="symmetric",
                                                            strength=settings.AMG_STRENGTH)
            # pyamg keeps the coarse levels as BSR with 1 x 1 blocks; its BSR Gauss-Seidel is several
            # times slower than the CSR one on the same matrix: convert (same values, same cycle)
            for lv in (ml.levels if settings.AMG_CSR_LEVELS else ()):
                lv.A = sp.csr_matrix(lv.A)
                if hasattr(lv, "P"):
                    lv.P = sp.csr_matrix(lv.P)
                    lv.R = sp.csr_matrix(lv.R)
            self._ml = ml
            self.name = "pyamg smoothed_aggregation + CG (tol {:g})".format(tol)

            def solve(b):
                res = []
                x = ml.solve(b, tol=tol, accel="cg", maxiter=2000, residuals=res)
                self.iterations += len(res)
                return x
            self._solve = solve
        elif method == "cg":
            try:
                ilu = spla.spilu(A.tocsc(), drop_tol=1e-5, fill_factor=20)
                M = spla.LinearOperator(A.shape, ilu.solve)
                pname = "ILU"
            except Exception:
                d = A.diagonal()
                M = sp.diags(1.0 / d)
                pname = "Jacobi"
            self.name = "scipy CG + {} preconditioner (tol {:g})".format(pname, tol)

            def solve(b):
                bn = np.linalg.norm(b)
                x, info = spla.cg(A, b, tol=tol, atol=0.0, M=M, maxiter=100000)
                if info != 0 and np.linalg.norm(A @ x - b) > 1e-6 * max(bn, 1e-300):
                    raise RuntimeError("CG did not converge (info={})".format(info))
                return x
            self._solve = solve
        else:
            raise ValueError("unknown solver {!r}".format(method))

    def solve(self, b):
        x = self._solve(np.ascontiguousarray(b, dtype=np.float64))
        if self.method == "amg":
            r = np.linalg.norm(self.A @ x - b)
            if r > 1e-6 * max(np.linalg.norm(b), 1e-300):
                raise RuntimeError("AMG-CG did not converge (residual {:g})".format(r))
        return x

    def solve_many(self, k, rhs, store, step=None, check=None, workers=None):
        """Solve A x = rhs(c) for c = 0 .. k-1 and call ``store(c, x)`` with each solution.

        With ``workers`` = 2 (default on POSIX with >= 2 CPUs and a large iterative system) the odd
        columns are solved by a forked child process that shares the set-up solver copy-on-write and
        writes into anonymous shared memory; the results are the same numbers as a sequential solve.
        ``step()`` is called after each column the calling process solves (x2 when parallel),
        ``check()`` between columns (may raise; the child is then killed)."""
        n = self.A.shape[0]
        if workers is None:
            workers = settings._default_workers()
        if (workers < 2 or k < 2 or n < settings.PARALLEL_MIN_NODES or self.method == "direct"
                or not hasattr(os, "fork")):
            for c in range(k):
                if check is not None:
                    check()
                store(c, self.solve(rhs(c)))
                if step is not None:
                    step()
            return
        mine = list(range(0, k, 2))
        theirs = list(range(1, k, 2))
        buf = mmap.mmap(-1, max(8 * n * len(theirs), 8))
        shared = np.frombuffer(buf, dtype=np.float64, count=n * len(theirs)).reshape(len(theirs), n)

        def child():
            for t, c in enumerate(theirs):
                shared[t] = self.solve(rhs(c))

        def parent():
            for c in mine:
                if check is not None:
                    check()
                store(c, self.solve(rhs(c)))
                if step is not None:
                    step(2 if c + 1 < k else 1)

        def redo():  # the child failed: solve its columns here (raises the real error if any)
            for c in theirs:
                store(c, self.solve(rhs(c)))

        if _with_forked_child(child, parent, redo):
            for t, c in enumerate(theirs):
                store(c, shared[t])
        shared = None  # release the view before closing the buffer
        buf.close()


def _with_forked_child(child, parent, redo):
    """Run ``child()`` in a forked process (it returns its results through anonymous shared memory) while
    this process runs ``parent()``. An error in ``parent`` kills the child and propagates; when the child
    fails, ``redo()`` does its work here. Returns True when the child's results are to be used."""
    pid = os.fork()
    if pid == 0:  # child: work, then leave without running any parent cleanup
        code = 0
        try:
            child()
        except BaseException:
            code = 1
        os._exit(code)
    try:
        parent()
    except BaseException:
        try:
            os.kill(pid, signal.SIGKILL)
        finally:
            os.waitpid(pid, 0)
        raise
    _, status = os.waitpid(pid, 0)
    if status != 0:
        redo()
        return False
    return True


def make_solver(A, *, method="auto", tol=1e-10):
    """Set up a solver for the SPD grounded Laplacian ``A`` (Circuitscape 'cg+amg' / 'cholmod').

    ``method``: "auto" (direct LU up to 50,000 nodes, else pyamg smoothed-aggregation preconditioned
    CG if pyamg is importable, else direct LU up to 300,000 nodes, else scipy CG with ILU),
    "amg", "direct" or "cg". The returned object has ``solve(b)`` and ``name``.
    """
    return _Solver(A, method, tol)


def _grounded_solve(L, ground_mask, rhs, method, tol, solvers_used):
    """Solve L v = rhs with v = 0 on ground_mask (Dirichlet); rhs may be (n,) or (n, k)."""
    free = ~ground_mask
    A = L[free][:, free]
    solver = _Solver(A, method, tol)
    solvers_used.add(solver.name)
    rhs = np.asarray(rhs, dtype=np.float64)
    out = np.zeros(rhs.shape)
    if rhs.ndim == 1:
        out[free] = solver.solve(rhs[free])
    else:
        for k in range(rhs.shape[1]):
            out[free, k] = solver.solve(rhs[free, k])
    return out
