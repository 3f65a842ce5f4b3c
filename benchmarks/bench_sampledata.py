"""Time to generate and write Demo County (示例县).

    .venv/bin/python benchmarks/bench_sampledata.py [--size 1000] [--seed 2020] [--out DIR]
"""
import argparse
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from eco_restore_plugin.sampledata.generate import generate_region  # noqa: E402
from eco_restore_plugin.sampledata.write import write_region  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=2020)
    ap.add_argument("--out", default=None)
    a = ap.parse_args()
    out = a.out or tempfile.mkdtemp(prefix="demo_county_")
    t0 = time.perf_counter()
    c0 = time.process_time()
    region = generate_region(seed=a.seed, size=a.size)
    t1 = time.perf_counter()
    c1 = time.process_time()
    write_region(region, out)
    t2 = time.perf_counter()
    c2 = time.process_time()
    print("size {0}x{0}: generate {1:.1f} s (cpu {2:.1f} s), write {3:.1f} s (cpu {4:.1f} s) -> {5}"
          .format(a.size, t1 - t0, c1 - c0, t2 - t1, c2 - c1, out))


if __name__ == "__main__":
    main()
