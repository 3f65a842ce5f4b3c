"""Memory the operating system can still give, for the memory checks: Linux ``/proc/meminfo``, Windows
``GlobalMemoryStatusEx`` (most QGIS users in planning institutes run Windows)."""
import sys


def _windows_available():
    """ullAvailPhys of GlobalMemoryStatusEx (physical memory not in use, in bytes), or None."""
    import ctypes

    class MEMORYSTATUSEX(ctypes.Structure):
        _fields_ = [("dwLength", ctypes.c_ulong), ("dwMemoryLoad", ctypes.c_ulong),
                    ("ullTotalPhys", ctypes.c_ulonglong), ("ullAvailPhys", ctypes.c_ulonglong),
                    ("ullTotalPageFile", ctypes.c_ulonglong), ("ullAvailPageFile", ctypes.c_ulonglong),
                    ("ullTotalVirtual", ctypes.c_ulonglong), ("ullAvailVirtual", ctypes.c_ulonglong),
                    ("ullAvailExtendedVirtual", ctypes.c_ulonglong)]

    status = MEMORYSTATUSEX()
    status.dwLength = ctypes.sizeof(MEMORYSTATUSEX)
    if not ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):
        return None
    return int(status.ullAvailPhys)


def available_memory():
    """Bytes a new allocation can still get without swapping, or None where unknown: MemAvailable of
    /proc/meminfo on Linux (the kernel's estimate, Linux >= 3.14), the available physical memory on
    Windows; None elsewhere."""
    if sys.platform.startswith("win"):
        try:
            return _windows_available()
        except (AttributeError, OSError, ValueError):
            return None
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None
