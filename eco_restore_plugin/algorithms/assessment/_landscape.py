"""What the landscape-metric adapters share."""
from ...core import landscape


def metric_columns():
    """Table columns: zone/level/class then every metric (class and landscape metrics)."""
    names = list(dict.fromkeys(list(landscape.LANDSCAPE_METRICS) + list(landscape.CLASS_METRICS)))
    return names
