"""Memory the operating system can still give (Linux ``/proc/meminfo``), for the memory checks."""


def available_memory():
    """MemAvailable of /proc/meminfo in bytes, or None where unknown (the kernel's estimate of the memory
    available to a new process without swapping, Linux >= 3.14)."""
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None
