"""Child process for the kill tests: import files into a library, one line per commit.

Usage: ``import_child.py DB FILE...``. For each file: ``import_file`` then
``Library.add_session``; after the call returns (the transaction is committed) it prints
``imported <session_id> <content_hash> <file>`` and flushes, so the parent knows exactly
which imports finished before it sent SIGKILL.
"""

from __future__ import annotations

import sys
from pathlib import Path

from replay.importers import import_file
from replay.store.library import Library


def main(argv: list[str]) -> None:
    db, files = Path(argv[0]), [Path(a) for a in argv[1:]]
    library = Library.open(db)
    print("ready", flush=True)
    for path in files:
        session = import_file(path)
        session_id, _created = library.add_session(session)
        print(f"imported {session_id} {session.meta.content_hash} {path}", flush=True)
    library.close()
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
