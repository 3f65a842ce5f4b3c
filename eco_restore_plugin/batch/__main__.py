"""Command line of the batch runner::

    python -m eco_restore_plugin.batch check plan.toml
    python -m eco_restore_plugin.batch run plan.toml [--scheduler tcp://host:8786] [--workers N] [--no-dask]
    python -m eco_restore_plugin.batch list

Exit codes: 0 done, 2 invalid plan, 3 cluster problem, 1 a step failed. docs/BATCH.md describes the plan.
"""
import argparse
import os
import sys


def _parser():
    p = argparse.ArgumentParser(prog="python -m eco_restore_plugin.batch",
                                description="Eco-Restore batch runner: a chain of algorithms from a TOML plan.")
    sub = p.add_subparsers(dest="command", required=True)
    c = sub.add_parser("check", help="validate the plan only")
    c.add_argument("plan")
    r = sub.add_parser("run", help="validate, then run the plan")
    r.add_argument("plan")
    r.add_argument("--scheduler", default=None, help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 "
                   "(default: the plan's [dask] scheduler, else a LocalCluster on this machine)")
    r.add_argument("--workers", type=int, default=None, help="worker processes of the LocalCluster (default 2)")
    r.add_argument("--memory-limit", default=None, help="memory per LocalCluster worker (default 4GB)")
    r.add_argument("--chunk", type=int, default=None, help="chunk side in cells (default 1024)")
    r.add_argument("--timeout", type=float, default=10.0, help="seconds to wait for the scheduler (default 10)")
    r.add_argument("--no-dask", action="store_true", help="run every step in this process (no Dask)")
    r.add_argument("--quiet", action="store_true")
    sub.add_parser("list", help="list the algorithm ids")
    return p


def main(argv=None):
    args = _parser().parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .. import headless
    session = headless.start()
    try:
        return _main(args)
    finally:
        session.stop()


def _main(args):
    from qgis.core import QgsApplication

    from ..i18n import tr
    from . import plan as planmod
    from . import runner, tiled

    if args.command == "list":
        for alg in QgsApplication.processingRegistry().providerById("ecorestore").algorithms():
            print("{:34} {}".format(alg.id(), alg.displayName()))
        return 0
    try:
        plan = planmod.load(args.plan)
    except planmod.PlanError as exc:
        print(tr("The plan cannot run:"), file=sys.stderr)
        for line in exc.problems:
            print("  - " + line, file=sys.stderr)
        return 2
    print(tr("Plan '{}': {} steps, outputs in {}").format(plan.name, len(plan.steps), plan.output_folder))
    if args.command == "check":
        print(tr("The plan is valid."))
        return 0
    conf = plan.dask if isinstance(plan.dask, dict) else {}
    scheduler = args.scheduler or conf.get("scheduler") or None
    workers = args.workers or int(conf.get("workers", 2))
    chunk = args.chunk or int(conf.get("chunk", tiled.CHUNK))
    client = None
    if not args.no_dask:
        if not tiled.have_dask() and not scheduler:
            print(tr("Dask is not installed, so every step runs in this process; for distributed runs "
                     "install it: {}").format(tiled.INSTALL_HINT), file=sys.stderr)
        else:
            try:
                client = runner.connect(scheduler, workers, args.timeout,
                                        args.memory_limit or conf.get("memory_limit", "4GB"))
                runner.check_workers(client, plan)   # a worker without the plugin or the inputs: nothing runs
            except runner.BatchError as exc:
                print(str(exc), file=sys.stderr)
                runner.close(client)
                return 3
            print(tr("Dask: {} workers at {}").format(len(client.scheduler_info()["workers"]),
                                                      client.scheduler.address))
    try:
        runner.run(plan, client, use_dask=not args.no_dask, chunk=chunk, quiet=args.quiet, check_workers_first=False)
    except runner.BatchError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    finally:
        runner.close(client)
    print(tr("Done: outputs in {}").format(plan.output_folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
