"""Run the ``replay`` CLI under an audit hook that forbids fetching and executing anything.

Usage: ``audit_cli.py ARGS...`` (the ``replay`` arguments). Any network connection or
name lookup, process start, ``os.system``, ``exec*`` or browser launch made by replay while
it runs prints ``BLOCKED <event> <args>`` on stderr and ends the process with code 99 (PEP
578 audit events are raised by CPython itself, so no code path can get around them).
"""

from __future__ import annotations

import os
import sys
from typing import Any

FORBIDDEN = (
    "socket.connect",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.sendto",
    "urllib.Request",
    "subprocess.Popen",
    "os.system",
    "os.exec",
    "os.posix_spawn",
    "os.spawn",
    "os.startfile",
    "webbrowser.open",
)


def hook(event: str, args: tuple[Any, ...]) -> None:
    if event.startswith(FORBIDDEN):
        sys.stderr.write(f"BLOCKED {event} {args!r}\n")
        sys.stderr.flush()
        os._exit(99)


if __name__ == "__main__":
    sys.addaudithook(hook)
    from replay.cli import cli

    cli(sys.argv[1:], prog_name="replay")
