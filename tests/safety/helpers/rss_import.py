"""Child process: import one file (optionally into a library) and report peak memory.

Usage: ``rss_import.py FILE [DB]``. Prints one JSON line: ``{"outcome": "session" |
"refused", "message", "events", "seconds", "peak_rss_mb"}``; peak RSS is this process's
``ru_maxrss`` (Linux: KiB), so it covers parsing, building the session and storing it.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from replay.errors import ImportFailed
from replay.importers import import_file


def peak_rss_kib() -> int:
    """This process's peak resident memory in KiB (VmHWM; ru_maxrss where /proc is missing)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main(argv: list[str]) -> None:
    path = Path(argv[0])
    started = time.perf_counter()
    result: dict[str, object] = {}
    try:
        session = import_file(path)
    except ImportFailed as exc:
        result = {"outcome": "refused", "message": exc.one_line(), "events": 0}
    else:
        events = sum(len(ch) for ch in session.channels.values())
        result = {"outcome": "session", "message": "", "events": events}
        if len(argv) > 1:
            from replay.store.library import Library

            library = Library.open(Path(argv[1]))
            library.add_session(session)
            library.close()
    result["seconds"] = round(time.perf_counter() - started, 3)
    result["peak_rss_mb"] = round(peak_rss_kib() / 1024, 1)
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
