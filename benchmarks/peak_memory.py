"""Peak resident memory of a benchmark process and its children (solver forks, Dask workers), sampled in a thread.

    from peak_memory import PeakMemory
    with PeakMemory(interval=0.5) as pm:
        ...
    print(pm.peak)   # bytes
"""
import threading
import time


class PeakMemory:
    """Peak of the summed RSS of this process and its children, sampled every ``interval`` seconds."""

    def __init__(self, interval=0.5):
        import psutil
        self.proc = psutil.Process()
        self.peak = 0
        self.interval = interval
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop.is_set():
            try:
                rss = self.proc.memory_info().rss + sum(c.memory_info().rss
                                                        for c in self.proc.children(recursive=True))
                self.peak = max(self.peak, rss)
            except Exception:
                pass
            time.sleep(self.interval)

    def __enter__(self):
        self._t.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._t.join()
