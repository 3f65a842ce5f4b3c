"""Linear solvers of the grounded Laplacian (direct: CHOLMOD Cholesky or scipy LU; pyamg smoothed
aggregation + CG; scipy CG) and the forked second process.
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
    """SPD solve A x = b for many right-hand sides, set up once.

    Every solve is checked against :data:`settings.RESIDUAL_RTOL` / :data:`settings.BACKWARD_TOL`; an
    AMG-CG or CG solve that misses it is continued with a tighter tolerance, then replaced by a sparse
    direct solve with iterative refinement (kept for the following right-hand sides). A direct solve is
    refined (at most :data:`settings.REFINE_STEPS` steps) until it passes. ``max_residual`` is the
    largest relative residual ||b - A x|| / ||b|| accepted; ``fallbacks`` counts the solves that needed
    the direct fallback."""

    def __init__(self, A, method="auto", tol=1e-10):
        A = sp.csr_matrix(A)
        n = A.shape[0]
        if method == "auto":
            if n <= settings.DIRECT_SOLVER_MAX_NODES or settings.cholmod_fits(n):
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
        self.max_residual = 0.0
        self.fallbacks = 0
        self._lu = None
        self._anorm = _inf_norm(A) if n else 0.0
        if n == 0:
            self._solve = lambda b: np.zeros_like(b)
            self.name = "empty system"
        elif method == "direct":
            self._lu = self._factorise()
            self._solve = self._lu.solve
            self.name = self._lu.name + " + iterative refinement"
        elif method == "amg":
            ml = _sa_hierarchy(A)
            # pyamg keeps the coarse levels as BSR with 1 x 1 blocks; its BSR Gauss-Seidel is several
            # times slower than the CSR one on the same matrix: convert (same values, same cycle)
            for lv in (ml.levels if settings.AMG_CSR_LEVELS else ()):
                lv.A = sp.csr_matrix(lv.A)
                if hasattr(lv, "P"):
                    lv.P = sp.csr_matrix(lv.P)
                    lv.R = sp.csr_matrix(lv.R)
            self._ml = ml
            self.name = "pyamg smoothed_aggregation + CG (tol {:g})".format(tol)

            def solve(b, x0=None, tol=tol, maxiter=None):
                res = []
                x = ml.solve(b, x0=x0, tol=tol, accel="cg",
                             maxiter=maxiter or settings.AMG_MAXITER, residuals=res)
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

            def solve(b, x0=None, tol=tol, maxiter=None):
                x, info = spla.cg(A, b, x0=x0, tol=tol, atol=0.0, M=M, maxiter=maxiter or 100000)
                return x
            self._solve = solve
        else:
            raise ValueError("unknown solver {!r}".format(method))

    def _factorise(self):
        """A direct factorisation with ``solve(b)`` (b: (n,) or (n, k)) and ``name``: CHOLMOD (supernodal
        Cholesky, AMD ordering) for systems above CHOLMOD_MIN_NODES when scikit-sparse is importable,
        else scipy's SuperLU (MMD ordering of A + A^T)."""
        n = self.A.shape[0]
        try:
            if settings.HAVE_CHOLMOD and n > settings.CHOLMOD_MIN_NODES:
                return _Cholmod(self.A)
            return _SuperLU(self.A)
        except (MemoryError, RuntimeError) as exc:
            raise RuntimeError("the direct solver could not factorise the system of {} nodes ({})".format(
                n, exc)) from None

    def residual(self, b, x):
        """(relative residual ||b - A x|| / ||b||, normwise backward error) of a solution."""
        rel, back = self._block_residual(b[:, None], x[:, None])
        return float(rel[0]), float(back[0])

    @staticmethod
    def _good(rel, back):
        return np.isfinite(rel) and (rel <= settings.RESIDUAL_RTOL or back <= settings.BACKWARD_TOL)

    def _refine(self, b, x):
        """Iterative refinement of one solution with the factors (see :meth:`_refine_block`)."""
        X, rel, back = self._refine_block(b[:, None], x[:, None])
        return X[:, 0], float(rel[0]), float(back[0])

    def _refine_block(self, B, X):
        """Iterative refinement with the factors: X += LU \\ (B - A X) for the columns not yet at the
        float64 floor, kept where it lowers the residual (at most REFINE_STEPS steps); (X, rel, back)."""
        X = np.asarray(X, dtype=np.float64)
        rel, back = self._block_residual(B, X)
        for _ in range(settings.REFINE_STEPS):
            todo = np.flatnonzero((back > 1e-15) & np.isfinite(rel))
            if todo.size == 0:
                break
            X2 = X[:, todo] + np.asarray(self._lu.solve(B[:, todo] - self.A @ X[:, todo])).reshape(-1, todo.size)
            rel2, back2 = self._block_residual(B[:, todo], X2)
            better = rel2 < rel[todo]
            if not better.any():
                break
            cols = todo[better]
            X[:, cols], rel[cols], back[cols] = X2[:, better], rel2[better], back2[better]
        return X, rel, back

    def solve(self, b):
        b = np.ascontiguousarray(b, dtype=np.float64)
        if self.A.shape[0] == 0:
            return np.zeros_like(b)
        if self._lu is not None:  # direct (chosen, or after a failed iterative solve)
            x, rel, back = self._refine(b, self._lu.solve(b))
        else:
            x = self._solve(b)
            rel, back = self.residual(b, x)
            if not self._good(rel, back):  # tighter: continue from x, 100 x lower tolerance
                x = self._solve(b, x0=x, tol=self.tol * 1e-2, maxiter=settings.AMG_RETRY_MAXITER)
                rel, back = self.residual(b, x)
            if not self._good(rel, back):  # sparse direct solve with refinement, kept from now on
                first = rel
                self._lu = self._factorise()
                self.fallbacks += 1
                self.name += " -> fallback: scipy splu (direct) + iterative refinement (residual {:.3g})".format(
                    first)
                x, rel, back = self._refine(b, self._lu.solve(b))
        if not self._good(rel, back):
            raise RuntimeError("{} did not converge (relative residual {:.3g}, backward error {:.3g})".format(
                self.name, rel, back))
        self.max_residual = max(self.max_residual, rel)
        return x

    def solve_block(self, B):
        """Direct solve of A X = B for all columns of B at once (one pass over the factor), refined
        (:meth:`_refine_block`) and checked like :meth:`solve`."""
        X, rel, back = self._refine_block(B, self._lu.solve(B))
        for t in range(B.shape[1]):
            if not self._good(rel[t], back[t]):
                raise RuntimeError("{} did not converge (relative residual {:.3g}, backward error {:.3g})".format(
                    self.name, rel[t], back[t]))
        self.max_residual = max(self.max_residual, float(rel.max()))
        return X

    def release(self):
        """Drop the factorisation / hierarchy and the matrix (their memory), keeping ``name`` and the
        residual record."""
        self._lu = self._ml = self._solve = self.A = None

    def _block_residual(self, B, X):
        """Per column of X: (relative residual, normwise backward error) as in :meth:`residual`."""
        R = self.A @ X
        np.subtract(B, R, out=R)
        rn = np.linalg.norm(R, axis=0)
        bn = np.linalg.norm(B, axis=0)
        rel = np.where(bn > 0, rn / np.where(bn > 0, bn, 1.0), rn)
        den = self._anorm * np.abs(X).max(axis=0) + np.abs(B).max(axis=0)
        rinf = np.abs(R).max(axis=0)
        back = np.where(den > 0, rinf / np.where(den > 0, den, 1.0), rinf)
        return rel, back

    def solve_many(self, k, rhs, store, step=None, check=None, workers=None, shared_store=False):
        """Solve A x = rhs(c) for c = 0 .. k-1 and call ``store(c, x)`` with each solution.

        With ``workers`` = 2 (default on POSIX with >= 2 CPUs and a large iterative system) the odd
        columns are solved by a forked child process that shares the set-up solver copy-on-write and
        writes into anonymous shared memory; the results are the same numbers as a sequential solve.
        ``step()`` is called after each column the calling process solves (x2 when parallel),
        ``check()`` between columns (may raise; the child is then killed). ``shared_store``: ``store`` writes
        into memory the parent shares (e.g. a file mapping), so the child calls it itself instead of passing
        its solutions through a buffer of its columns (memory that grows with ``k``)."""
        n = self.A.shape[0]
        if self._lu is not None and n and k > 1:  # direct: blocks of right-hand sides, one pass each
            per = max(1, min(k, int(settings.CHOLMOD_BLOCK_BYTES // (8 * n))))
            for c0 in range(0, k, per):
                if check is not None:
                    check()
                cols = list(range(c0, min(k, c0 + per)))
                X = self.solve_block(np.column_stack([rhs(c) for c in cols]))
                for t, c in enumerate(cols):
                    store(c, X[:, t])
                    if step is not None:
                        step()
            return
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
        nbuf = 0 if shared_store else n * len(theirs)
        buf = mmap.mmap(-1, max(8 * (nbuf + len(theirs)), 8))
        shared = np.frombuffer(buf, dtype=np.float64, count=nbuf).reshape(len(theirs), -1) if nbuf else None
        resid = np.frombuffer(buf, dtype=np.float64, count=len(theirs), offset=8 * nbuf)

        def child():
            for t, c in enumerate(theirs):
                x = self.solve(rhs(c))
                if shared is None:
                    store(c, x)
                else:
                    shared[t] = x
                resid[t] = self.max_residual

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
            for t, c in enumerate(theirs if shared is not None else ()):
                store(c, shared[t])
            if len(theirs):
                self.max_residual = max(self.max_residual, float(resid.max()))
        shared = resid = None  # release the view before closing the buffer
        buf.close()


class _SuperLU(object):
    """scipy's SuperLU factorisation (Li 2005; MMD ordering of A + A^T) with ``solve(b)`` and ``name``."""

    name = "scipy splu (direct)"

    def __init__(self, A):
        self._lu = spla.splu(A.tocsc(), permc_spec="MMD_AT_PLUS_A")

    def solve(self, b):
        return self._lu.solve(b)


class _Cholmod(object):
    """CHOLMOD factor of an SPD matrix (Chen et al. 2008, ACM TOMS 35(3):22; supernodal, AMD ordering of
    Amestoy, Davis & Duff 1996) behind the ``solve(b)`` interface of scipy's SuperLU object."""

    name = "CHOLMOD Cholesky (direct, AMD ordering)"

    def __init__(self, A):
        if sp.isspmatrix_csr(A):  # A is symmetric: its CSR arrays are its CSC arrays (no copy)
            A = sp.csc_matrix((A.data, A.indices, A.indptr), shape=A.shape)
        else:
            A = sp.csc_matrix(A)
        symbolic = settings.cholmod_analyze(A, ordering_method="amd", mode="auto")
        self._f = symbolic.cholesky(A)

    def solve(self, b):
        return self._f(b)


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


def _sa_hierarchy(A):
    """pyamg smoothed-aggregation hierarchy of ``A`` (Vanek et al. 1996) with :data:`settings.AMG_STRENGTH`.

    Hub rows (more than :data:`settings.AMG_HUB_DEGREE` entries: a short-circuit region contracted to one
    node with an edge to every cell around it) are left out of the level-0 aggregation (their edges are
    made weak in the strength matrix) and the level-0 prolongator is smoothed with the strength-filtered
    matrix. Otherwise every aggregate next to a hub gets a prolongator entry at the hub and the Galerkin
    product couples all of them: a dense block on the coarse levels (4000² pinch-point demo: 20 M coarse
    entries, 107 s of set-up and 37 s per solve; with the hubs left to the smoother: 0.6 M entries, 2 s,
    5 s per solve). Same system, so the same solution to the CG tolerance; without hubs the hierarchy is
    pyamg's as before."""
    pyamg = settings.pyamg
    strength = settings.AMG_STRENGTH
    hub = np.diff(A.indptr) > settings.AMG_HUB_DEGREE
    name, kw = strength if isinstance(strength, tuple) else (strength, {})
    if not settings.AMG_HUB_DEGREE or not hub.any() or name != "symmetric":  # (only that measure is rebuilt)
        return pyamg.smoothed_aggregation_solver(A, symmetry="symmetric", strength=strength)
    C = pyamg.strength.symmetric_strength_of_connection(A, **kw).tocsr()
    rows = np.repeat(np.arange(C.shape[0]), np.diff(C.indptr))
    drop = (hub[rows] | hub[C.indices]) & (rows != C.indices)
    C.data[drop] = 0.0
    C.eliminate_zeros()
    return pyamg.smoothed_aggregation_solver(
        A, symmetry="symmetric", strength=[("predefined", {"C": C}), strength],
        smooth=[("jacobi", {"omega": 4.0 / 3.0, "filter_entries": True}), ("jacobi", {"omega": 4.0 / 3.0})])


def _inf_norm(A):
    """max_i sum_j |A_ij| of a CSR matrix without a copy of the matrix (rows in blocks)."""
    best = 0.0
    ip = A.indptr
    n = A.shape[0]
    for r0 in range(0, n, 1 << 20):
        r1 = min(n, r0 + (1 << 20))
        seg = np.abs(A.data[ip[r0]:ip[r1]])
        if seg.size == 0:
            continue
        starts = ip[r0:r1] - ip[r0]
        nonempty = ip[r0 + 1:r1 + 1] > ip[r0:r1]
        sums = np.add.reduceat(seg, starts[nonempty])
        best = max(best, float(sums.max()))
    return best


def _principal_submatrix(L, keep, block=1 << 20):
    """``L[keep][:, keep]`` (CSR, ``keep`` sorted distinct node indices) without the row-selected
    intermediate copy: the entries of the kept rows whose column is kept, renumbered, gathered in blocks
    of rows (temporaries bounded by the block, not by the matrix)."""
    L = L.tocsr()
    n, k = L.shape[0], keep.size
    if k == n:
        return L.copy()
    newid = np.full(n, -1, dtype=np.int64)
    newid[keep] = np.arange(k)
    kept_row = np.zeros(n, dtype=bool)
    kept_row[keep] = True
    ip = L.indptr
    total = int((ip[keep + 1] - ip[keep]).sum()) if k else 0
    data = np.empty(total, dtype=L.data.dtype)
    ind = np.empty(total, dtype=L.indices.dtype)
    indptr = np.zeros(k + 1, dtype=np.int64)
    w = 0
    for b0 in range(0, k, block):
        ks = keep[b0:b0 + block]
        r0, r1 = int(ks[0]), int(ks[-1]) + 1
        a, z = ip[r0], ip[r1]
        rows = np.repeat(np.arange(r0, r1), np.diff(ip[r0:r1 + 1]))
        cols = newid[L.indices[a:z]]
        ok = kept_row[rows] & (cols >= 0)
        cnt = int(ok.sum())
        data[w:w + cnt] = L.data[a:z][ok]
        ind[w:w + cnt] = cols[ok]
        indptr[b0 + 1:b0 + ks.size + 1] = np.bincount(rows[ok] - r0, minlength=r1 - r0)[ks - r0]
        w += cnt
    np.cumsum(indptr, out=indptr)
    return sp.csr_matrix((data[:w], ind[:w], indptr), shape=(k, k))


def _dissipated_power(L, v, block=1 << 20):
    """sum over the edges of a Laplacian ``L`` (off-diagonal entries -g) of g (v_a - v_b)^2, by blocks of
    rows (each edge seen twice, once from each end, so halved)."""
    L = L.tocsr()
    ip = L.indptr
    total = 0.0
    for r0 in range(0, L.shape[0], block):
        r1 = min(L.shape[0], r0 + block)
        r = np.repeat(np.arange(r0, r1), np.diff(ip[r0:r1 + 1]))
        c, g = L.indices[ip[r0]:ip[r1]], -L.data[ip[r0]:ip[r1]]
        off = r != c
        d = v[r[off]] - v[c[off]]
        total += float(np.dot(g[off], d * d))
    return 0.5 * total


def make_solver(A, *, method="auto", tol=1e-10):
    """Set up a solver for the SPD grounded Laplacian ``A`` (Circuitscape 'cg+amg' / 'cholmod').

    ``method``: "auto" (direct LU up to 50,000 nodes; then CHOLMOD Cholesky when scikit-sparse is
    importable and its estimated factor fits in memory, :func:`settings.cholmod_fits`; else pyamg
    smoothed-aggregation preconditioned CG if pyamg is importable, else direct LU up to 300,000 nodes,
    else scipy CG with ILU), "amg", "direct" (CHOLMOD above CHOLMOD_MIN_NODES when importable, else
    SuperLU) or "cg". The returned object has ``solve(b)``, ``name`` and ``max_residual`` (largest
    relative residual of its solves). Every solve is checked and falls back (tighter iterative solve, then
    direct LU with iterative refinement) before a ``RuntimeError`` is raised.
    """
    return _Solver(A, method, tol)


def _grounded_solve(L, ground_mask, rhs, method, tol, solvers_used, log=None):
    """Solve L v = rhs with v = 0 on ground_mask (Dirichlet); rhs may be (n,) or (n, k). ``log``: an
    object whose ``residual`` attribute is raised to the largest relative residual of these solves."""
    free = ~ground_mask
    A = L[free][:, free]
    solver = _Solver(A, method, tol)
    rhs = np.asarray(rhs, dtype=np.float64)
    out = np.zeros(rhs.shape)
    if rhs.ndim == 1:
        out[free] = solver.solve(rhs[free])
    else:
        for k in range(rhs.shape[1]):
            out[free, k] = solver.solve(rhs[free, k])
    solvers_used.add(solver.name)
    if log is not None:
        log.residual = max(getattr(log, "residual", 0.0), solver.max_residual)
    return out
