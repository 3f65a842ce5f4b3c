"""``python -m eco_restore_plugin.sampledata OUT_DIR [--size N] [--seed S]``"""
import argparse
import sys
import time

from .generate import DEFAULT_SEED, DEFAULT_SIZE, generate_region
from .write import write_region


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m eco_restore_plugin.sampledata",
                                 description="Write the Demo County (示例县) sample region.")
    ap.add_argument("out_dir")
    ap.add_argument("--size", type=int, default=DEFAULT_SIZE, help="cells per side (30 m)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--cellsize", type=float, default=30.0)
    a = ap.parse_args(argv)
    t0 = time.time()
    region = generate_region(seed=a.seed, size=a.size, cellsize=a.cellsize)
    t1 = time.time()
    paths = write_region(region, a.out_dir)
    t2 = time.time()
    print("Demo County {0}x{0} seed {1}: generated in {2:.1f} s, written in {3:.1f} s".format(
        a.size, a.seed, t1 - t0, t2 - t1))
    for k, v in sorted(paths.items()):
        print("  {}: {}".format(k, v))
    return 0


if __name__ == "__main__":
    sys.exit(main())
