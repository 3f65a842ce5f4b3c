"""Keep freed large blocks in the process while an algorithm runs (glibc only).

An algorithm on a large raster makes many whole-grid temporaries (128 MB each at 4000²; the Demo County
generator thousands of them). glibc serves such blocks
with ``mmap`` and unmaps them when freed, so every new temporary is faulted in and zeroed by the kernel
again: at 4000² that was half of the step's CPU time (145 s of system time against 145 s of user time).
With ``mallopt(M_MMAP_MAX, 0)`` and a high ``M_TRIM_THRESHOLD`` the blocks come from the heap and freed
ones are reused (4000²: 31 s of system time; the peak resident memory grows by ~0.5 GB, fragmentation).
On leaving, the defaults are set again and ``malloc_trim(0)`` gives the free memory back to the system.
Elsewhere (no glibc) it does nothing. Results are unchanged: only where the memory comes from. Nested and
concurrent uses (algorithms run in several threads) share one setting: the first to enter sets it, the last
to leave restores it. Measured at 4000² (soil conservation, same period): 19.7 / 10.8 s of system time ->
7.2 / 5.9 s, wall 34.9 / 25.3 s -> 21.2 / 19.9 s, peak unchanged (2.4 GB).

numpy (>= 1.20) also asks the kernel for transparent huge pages on every array of 4 MB or more
(``madvise(MADV_HUGEPAGE)``). On a machine whose memory is fragmented (a server up for days, its page cache
full) each such fault can stall in the kernel's compaction: at 4000², run alone, habitat quality spent
5.6–9.8 s of system time against 0.9 s without the hint (wall 17–22 → 13 s, identical outputs), soil
conservation and RSEI the same way. Inside the demo chain, whose process reuses memory it already has, it made
no measurable difference. :func:`no_huge_page_hint` turns the hint off while an algorithm runs and restores it
afterwards, shared the same way (``ECO_RESTORE_HUGEPAGES=1`` keeps numpy's default).
"""
import contextlib
import ctypes
import os
import sys
import threading

M_TRIM_THRESHOLD, M_MMAP_MAX = -1, -4
DEFAULT_MMAP_MAX, DEFAULT_TRIM_THRESHOLD = 65536, 128 * 1024


def _glibc():
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
        libc.malloc_trim.argtypes = (ctypes.c_size_t,)
        return libc
    except (OSError, AttributeError):
        return None


_lock = threading.Lock()
_users = [0]
_hugepage = [None]      # numpy's huge-page hint before the first user entered


def _set_numpy_hugepage(enabled):
    """Set numpy's transparent-huge-page hint; returns the previous setting (None if numpy has no such switch)."""
    try:
        from numpy.core import multiarray
        return bool(multiarray._set_madvise_hugepage(bool(enabled)))
    except (ImportError, AttributeError):
        return None


@contextlib.contextmanager
def reuse_freed_memory():
    """Context: large allocations from the heap, freed memory kept for reuse; restored when the last
    user leaves. Yields True when the setting is in force."""
    libc = _glibc()
    if libc is None or os.environ.get("ECO_RESTORE_REUSE_MEMORY", "1") == "0":
        yield False
        return
    with _lock:
        ok = _users[0] > 0 or bool(libc.mallopt(M_MMAP_MAX, 0))
        if ok:
            if _users[0] == 0:
                libc.mallopt(M_TRIM_THRESHOLD, 2 ** 31 - 1)
            _users[0] += 1
    if not ok:
        yield False
        return
    try:
        yield True
    finally:
        with _lock:
            _users[0] -= 1
            if _users[0] == 0:
                libc.mallopt(M_MMAP_MAX, DEFAULT_MMAP_MAX)
                libc.mallopt(M_TRIM_THRESHOLD, DEFAULT_TRIM_THRESHOLD)
                libc.malloc_trim(0)


_hint_users = [0]


@contextlib.contextmanager
def no_huge_page_hint():
    """Context: numpy's transparent-huge-page hint off (see the module docstring) until the last user leaves,
    then numpy's previous setting again. Yields True when the hint was turned off."""
    if os.environ.get("ECO_RESTORE_HUGEPAGES", "0") == "1":
        yield False
        return
    with _lock:
        if _hint_users[0] == 0:
            _hugepage[0] = _set_numpy_hugepage(False)
        _hint_users[0] += 1
    try:
        yield _hugepage[0] is not None
    finally:
        with _lock:
            _hint_users[0] -= 1
            if _hint_users[0] == 0 and _hugepage[0] is not None:
                _set_numpy_hugepage(_hugepage[0])
                _hugepage[0] = None
