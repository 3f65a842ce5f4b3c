"""Demo steps of the ecological security pattern (生态安全格局), part 'pattern_barriers'.
Part of ``STEPS`` in scripts/demo_steps.py (runs after ``pattern``)."""


def pattern_barriers(chain, args):
    """Filled in by the pattern_barriers capability."""
