"""The library store: the only code that touches the database (SQLite, or PostgreSQL).

This package re-exports nothing; import what you need from its modules:

- :class:`replay.store.library.Library`: open (``Library.open(path)``) or make in memory
  (``Library.in_memory()``) a library; sessions (``add_session``, ``load_session``,
  ``sessions``, ``delete_session``, ``set_reviewed``); ``library.tags`` is its
  :class:`~replay.store.tags.TagStore` (tags, undo/redo, codebook).
- :mod:`replay.store.results`: ``detect_and_store``, ``save_result``, ``load_result``,
  ``needs_detection`` (detections).
- :class:`replay.store.rows.SessionRow`: one listed session; ``matches_search`` is the
  session search rule.
- :mod:`replay.store.blind`: blind mode (a library setting), done marks per reviewer, and
  :class:`~replay.store.blind.Viewer`, what one reviewer may see (issue 16).

- :mod:`replay.store.target`: what ``--db`` names: a file ``Path`` or a
  :class:`~replay.store.target.PgTarget` (``postgresql://...``); ``Library.open`` takes either.

``connection`` (SQLite), ``pg`` (PostgreSQL through psycopg, SQL translated from SQLite's
dialect: docs/postgresql.md), ``codec`` and ``migrations`` are the library's internals.
"""
