"""The library schema, as append-only migrations (sqlite-utils ``Migrations``).

Never edit a migration that has shipped: add a new function at the end. ``SCHEMA_VERSION``
is the number of migrations; it is also written to ``PRAGMA user_version`` so a file made
by a newer replay is recognised and refused instead of being written to.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations


@dataclass
class _Step:
    name: str
    fn: Callable[[Database], None]
    transactional: bool = True


class LazyMigrations:
    """sqlite-utils' ``Migrations``, imported only when a migration is checked or applied.

    ``sqlite_utils`` imports numpy (about 0.1 s): a current library opened by
    ``replay sessions`` needs neither. Registering (``@MIGRATIONS()``) and
    ``_migrations`` work as in sqlite-utils; ``pending`` and ``apply`` delegate to it.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self._migrations: list[_Step] = []

    def __call__(
        self, *, name: str | None = None, transactional: bool = True
    ) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
        """Register the decorated function as the next migration."""

        def inner(fn: Callable[[Database], None]) -> Callable[[Database], None]:
            step = _Step(name or fn.__name__, fn, transactional)
            if any(m.name == step.name for m in self._migrations):
                raise ValueError(f"migration {step.name!r} is already registered")
            self._migrations.append(step)
            return fn

        return inner

    def _real(self) -> Migrations:
        from sqlite_utils.migrations import Migrations

        real = Migrations(self.name)
        for step in self._migrations:
            real(name=step.name, transactional=step.transactional)(step.fn)
        return real

    def pending(self, db: Database) -> list[Any]:
        """Return the migrations not yet applied to ``db``."""
        return self._real().pending(db)

    def apply(self, db: Database, *, stop_before: str | Iterable[str] | None = None) -> None:
        """Apply the pending migrations (all, or those before ``stop_before``)."""
        self._real().apply(db, stop_before=stop_before)


MIGRATIONS = LazyMigrations("replay")


def __getattr__(name: str) -> Any:
    if name == "Database":  # tests annotate with migrations.Database
        from sqlite_utils import Database

        return Database
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@MIGRATIONS()
def m001_initial(db: Database) -> None:
    """Create sessions, channel blobs, detections, codebook, tags and tag history."""
    ex = db.execute
    ex(
        """
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,             -- the path as the user gave it
            source_name TEXT NOT NULL,        -- the file's base name, for display
            format TEXT NOT NULL,             -- rrweb | mouselog | native
            device TEXT NOT NULL,             -- desktop | mobile | tablet | unknown
            viewport_width_px INTEGER NOT NULL,
            viewport_height_px INTEGER NOT NULL,
            started_at_ms INTEGER,            -- epoch ms of the first event, NULL if unknown
            duration_ms INTEGER NOT NULL,
            content_hash TEXT NOT NULL UNIQUE,
            imported_at TEXT NOT NULL,        -- ISO 8601 UTC
            title TEXT NOT NULL DEFAULT '',
            n_events INTEGER NOT NULL,        -- rows over all channels
            n_pointer INTEGER NOT NULL,
            n_clicks INTEGER NOT NULL,
            n_scroll INTEGER NOT NULL,
            counts_json TEXT NOT NULL,        -- rows per channel
            report_json TEXT NOT NULL,        -- ImportReport: what was repaired or dropped
            extra_json TEXT NOT NULL DEFAULT '{}',
            reviewed_at TEXT,                 -- set when a reviewer marks the session reviewed
            reviewed_by TEXT
        )
        """
    )
    ex("CREATE INDEX idx_sessions_format ON sessions(format)")
    ex("CREATE INDEX idx_sessions_device ON sessions(device)")
    ex("CREATE INDEX idx_sessions_duration ON sessions(duration_ms)")
    ex("CREATE INDEX idx_sessions_started ON sessions(started_at_ms)")
    # One BLOB per channel column: loading 1M samples is np.frombuffer, not 1M tuples (STACK.md).
    ex(
        """
        CREATE TABLE channels (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            channel TEXT NOT NULL,
            "column" TEXT NOT NULL,
            dtype TEXT NOT NULL,              -- numpy dtype string, little-endian
            n INTEGER NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (session_id, channel, "column")
        ) WITHOUT ROWID
        """
    )
    # Interned strings and the node table, as JSON text (small: thousands of rows at most).
    ex(
        """
        CREATE TABLE session_texts (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            name TEXT NOT NULL,               -- strings | nodes
            json TEXT NOT NULL,
            PRIMARY KEY (session_id, name)
        ) WITHOUT ROWID
        """
    )
    # Latest detector results per session; re-running with the same config hash and
    # detector version is a no-op.
    ex(
        """
        CREATE TABLE detections (
            session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
            detector_version TEXT NOT NULL,
            config_hash TEXT NOT NULL,
            config_json TEXT NOT NULL,        -- the full config used, for reproducibility
            computed_at TEXT NOT NULL,
            score REAL NOT NULL,              -- session-level frustration score
            peak REAL NOT NULL,               -- highest value of the score curve
            spike_count INTEGER NOT NULL,
            breakdown_json TEXT NOT NULL,     -- per-signal contribution to the score
            engagement_json TEXT NOT NULL,    -- active time, scroll depth and speed, focus time
            unavailable_json TEXT NOT NULL,   -- signals that cannot be computed, with why
            hits_json TEXT NOT NULL,          -- every SignalHit with reason and evidence
            spikes_json TEXT NOT NULL         -- spikes with the signals that built them
        )
        """
    )
    ex(
        """
        CREATE TABLE categories (
            code TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1
        )
        """
    )
    ex(
        """
        CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            start_ms INTEGER NOT NULL,
            end_ms INTEGER,                   -- NULL for a point tag
            category TEXT NOT NULL,
            severity INTEGER NOT NULL DEFAULT 2 CHECK (severity BETWEEN 0 AND 4),
            note TEXT NOT NULL DEFAULT '',
            reviewer TEXT NOT NULL DEFAULT '',
            spike_id TEXT,                    -- set when accepted from a detected spike
            signals_json TEXT NOT NULL DEFAULT '[]',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT                   -- soft delete: history keeps everything
        )
        """
    )
    ex("CREATE INDEX idx_tags_session ON tags(session_id, start_ms)")
    # Every create/edit/delete/restore, for undo/redo across restarts and an audit trail.
    ex(
        """
        CREATE TABLE tag_history (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            tag_id INTEGER NOT NULL,
            session_id INTEGER NOT NULL,
            action TEXT NOT NULL,             -- create | edit | delete | restore
            before_json TEXT,
            after_json TEXT,
            at TEXT NOT NULL,
            reviewer TEXT NOT NULL DEFAULT '',
            undone INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    ex("CREATE INDEX idx_tag_history_session ON tag_history(session_id, seq)")


@MIGRATIONS()
def m002_default_codebook(db: Database) -> None:
    """Seed the default codebook a UX team expects (issue 4); never overwrite a user's edits."""
    # Frozen data: changing the defaults later needs a new migration, not an edit here.
    defaults = (
        (
            "broken_link_or_button",
            "Broken link or button",
            "A link, button or control does nothing, the wrong thing, or leads to an error.",
        ),
        (
            "confusing_layout",
            "Confusing layout",
            "The user cannot find or understand what is on the screen: hierarchy, labels, placement.",
        ),
        (
            "slow_response",
            "Slow response",
            "The page or a control reacts too slowly; the user waits, repeats or gives up.",
        ),
        (
            "form_problem",
            "Form problem",
            "Filling in a form is hard: validation, unclear fields, lost input, re-entry.",
        ),
        (
            "content_missing",
            "Content missing",
            "Information the user looks for is absent, empty, or not loaded.",
        ),
        (
            "navigation_problem",
            "Navigation problem",
            "The user gets lost, goes back and forth, or cannot reach the page they want.",
        ),
        (
            "unexpected_behaviour",
            "Unexpected behaviour",
            "The interface does something the user did not expect (jumps, resets, pop-ups).",
        ),
        (
            "accessibility",
            "Accessibility",
            "Hard to use with a keyboard, screen reader, zoom, small targets or low contrast.",
        ),
        ("other", "Other", "Anything that fits no other category; say what in the note."),
    )
    for position, (code, label, description) in enumerate(defaults):
        db.execute(
            "INSERT OR IGNORE INTO categories (code, label, description, position, active)"
            " VALUES (?, ?, ?, ?, 1)",
            [code, label, description, position * 10],
        )


@MIGRATIONS()
def m003_team_review(db: Database) -> None:
    """Team review (issue 16): tag identity across files, consensus, blind mode, calibration."""
    ex = db.execute
    # A tag's identity across library files: `replay merge` matches tags by it, so merging
    # twice adds nothing and an edit made in one file can be brought into the other.
    ex("ALTER TABLE tags ADD COLUMN uid TEXT")
    ex("UPDATE tags SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL")
    ex("CREATE UNIQUE INDEX idx_tags_uid ON tags(uid)")
    # reviewer: a reviewer's own finding; consensus: agreed by a lead in the consensus pass.
    ex("ALTER TABLE tags ADD COLUMN origin TEXT NOT NULL DEFAULT 'reviewer'")
    # History rows brought in by `replay merge` (the other file's name): kept for the audit
    # trail, never undone here (undo is for one's own actions).
    ex("ALTER TABLE tag_history ADD COLUMN merged_from TEXT")
    ex("CREATE TABLE library_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    ex(
        """
        CREATE TABLE session_done (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            reviewer TEXT NOT NULL,
            done_at TEXT NOT NULL,            -- ISO 8601 UTC
            PRIMARY KEY (session_id, reviewer)
        ) WITHOUT ROWID
        """
    )
    ex(
        """
        CREATE TABLE consensus_decisions (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,          -- identity across files (merge)
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            start_ms INTEGER NOT NULL,         -- the disagreement's span
            end_ms INTEGER,
            unit_key TEXT NOT NULL,            -- the reviewers' tag uids it settles, sorted
            decision TEXT NOT NULL,            -- tag | no_problem
            tag_uid TEXT,                      -- the consensus tag (decision = tag)
            lead TEXT NOT NULL,
            reviewers_json TEXT NOT NULL,      -- {reviewer: category or null}
            decided_at TEXT NOT NULL
        )
        """
    )
    ex("CREATE INDEX idx_consensus_session ON consensus_decisions(session_id, unit_key)")
    ex(
        """
        CREATE TABLE calibration_runs (
            id INTEGER PRIMARY KEY,
            computed_at TEXT NOT NULL,
            truth TEXT NOT NULL,               -- consensus | a reviewer's name
            tolerance_ms INTEGER NOT NULL,
            config_hash TEXT NOT NULL,         -- the config the sweep started from
            config_json TEXT NOT NULL,
            applied_config_hash TEXT,          -- set when a suggestion was applied
            applied_path TEXT,
            results_json TEXT NOT NULL         -- every detector's sweep and suggestion
        )
        """
    )


@MIGRATIONS()
def m004_session_terms(db: Database) -> None:
    """Add ``session_terms`` (URLs, targets, signals) and the listing's detections index.

    ``session_terms`` serves the cross-session search; it is backfilled from the stored
    sessions and detection results, so a library made by an older replay is searchable at
    once (replay/store/search.py says what each kind means). The index lets the session
    list read score and spike count without reading the detection rows.
    """
    from pathlib import Path

    from replay.model.session import Device, Session, SessionMeta
    from replay.store import codec, search

    db.execute(
        """
        CREATE TABLE session_terms (
            kind TEXT NOT NULL,               -- url | target | signal
            value TEXT NOT NULL,
            -- last, in primary-key order: SQLite 3.40's quick_check misreads a WITHOUT
            -- ROWID table whose key columns are declared in another order
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            PRIMARY KEY (kind, value, session_id)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX idx_session_terms_session ON session_terms(session_id)")
    # The listing reads score and spike count from this index, not from the detection
    # rows (a few KB of hits JSON each): 10 000 sessions list in tens of ms.
    db.execute("CREATE INDEX idx_detections_listing ON detections(session_id, score, spike_count)")
    # The one free-text search rule's text (replay.store.rows.search_text), case-folded by
    # Python at import: SQLite then matches each word with instr(), no call into Python.
    db.execute("ALTER TABLE sessions ADD COLUMN search_text TEXT NOT NULL DEFAULT ''")
    from replay.store.rows import stored_search_text

    db.conn.executemany(
        "UPDATE sessions SET search_text = ? WHERE id = ?",
        [
            (stored_search_text(sid, source, title, fmt, device, extra_json), sid)
            for sid, source, title, fmt, device, extra_json in db.conn.execute(
                "SELECT id, source, title, format, device, extra_json FROM sessions"
            ).fetchall()
        ],
    )
    conn = db.conn
    insert = "INSERT OR IGNORE INTO session_terms (session_id, kind, value) VALUES (?, ?, ?)"
    wanted = ("navigation", "interactions")
    for (session_id,) in conn.execute("SELECT id FROM sessions").fetchall():
        rows = conn.execute(
            'SELECT channel, "column", dtype, n, data FROM channels'
            " WHERE session_id = ? AND channel IN (?, ?)",
            [session_id, *wanted],
        ).fetchall()
        texts = conn.execute(
            "SELECT name, json FROM session_texts WHERE session_id = ?", [session_id]
        ).fetchall()
        path = Path("library")
        try:
            channels = codec.decode_channels(rows, path=path, session_id=session_id)
            strings, nodes = codec.decode_texts(texts, path=path, session_id=session_id)
        except Exception:  # a damaged session stays unsearchable by URL/target, not fatal
            continue
        meta = SessionMeta("", "", Device.UNKNOWN, 0, 0, None, 0, "")
        session = Session(meta=meta, channels=channels, strings=strings, nodes=nodes)
        conn.executemany(insert, list(search.session_terms_rows(session_id, session)))
    for session_id, hits_json in conn.execute(
        "SELECT session_id, hits_json FROM detections"
    ).fetchall():
        names = search.signal_names_from_hits_json(hits_json)
        conn.executemany(insert, [(session_id, "signal", name) for name in names])


@MIGRATIONS()
def m005_outcomes_and_insights(db: Database) -> None:
    """Add session outcomes and the per-page insight index (issue 17)."""
    ex = db.execute
    # One outcome per session: from the native header, an rrweb custom event or a CSV.
    # A CSV import wins over what the recording itself says (source = csv).
    ex(
        """
        CREATE TABLE outcomes (
            session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
            converted INTEGER NOT NULL CHECK (converted IN (0, 1)),
            value REAL,                       -- order value, NULL when not known
            currency TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL,             -- recording (native header, rrweb event) | csv
            updated_at TEXT NOT NULL
        )
        """
    )
    # Derived data, rebuilt from sessions + detections whenever its key is stale: one row
    # per session with the key it was built from, then one row per (session, page URL).
    ex(
        """
        CREATE TABLE insight_index (
            session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
            key TEXT NOT NULL                 -- index version + detection hash and time
        )
        """
    )
    ex(
        """
        CREATE TABLE insight_pages (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            url TEXT NOT NULL,                -- '' for recordings without URLs (mouse logs)
            time_ms INTEGER NOT NULL,         -- time on this page, all visits
            visits INTEGER NOT NULL,
            spans_json TEXT NOT NULL,         -- [[start_ms, end_ms], ...]
            width_px INTEGER NOT NULL,        -- viewport width at the first visit
            height_px INTEGER NOT NULL,
            reach_px REAL NOT NULL,           -- deepest document y seen (scroll + viewport)
            spikes INTEGER NOT NULL,          -- spikes that start on this page
            score REAL,                       -- the session's score then (NULL: not detected)
            session_spikes INTEGER,           -- the session's spikes then (NULL: not detected)
            signals_json TEXT NOT NULL,       -- {signal: hits on this page}
            targets_json TEXT NOT NULL,       -- {element label: hits naming it on this page}
            PRIMARY KEY (session_id, url)
        ) WITHOUT ROWID
        """
    )
    ex("CREATE INDEX idx_insight_pages_url ON insight_pages(url)")
    # The points apart from the page rows, so that tables never read a BLOB and a heatmap
    # reads only the layer it draws.
    ex(
        """
        CREATE TABLE insight_points (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            layer TEXT NOT NULL,              -- marks (clicks, rage, dead) | dwell | track
            data BLOB NOT NULL                -- insights.index.POINT_DTYPE rows
        )
        """
    )
    ex("CREATE UNIQUE INDEX idx_insight_points ON insight_points(session_id, url, layer)")
    ex(
        """
        CREATE TABLE insight_hits (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            signal TEXT NOT NULL,
            target TEXT NOT NULL,             -- '' when the hit names no element
            n INTEGER NOT NULL
        )
        """
    )
    ex("CREATE INDEX idx_insight_hits_url ON insight_hits(url, signal)")
    ex("CREATE INDEX idx_insight_hits_session ON insight_hits(session_id)")


@MIGRATIONS()
def m006_page(db: Database) -> None:
    """Store the recorded web page of rrweb sessions (issue 12): keyframed, compressed chunks."""
    ex = db.execute
    ex(
        """
        CREATE TABLE page_info (
            session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
            status TEXT NOT NULL,             -- ok | none | broken
            reason TEXT NOT NULL DEFAULT '',  -- one line: why the page cannot be shown
            counts_json TEXT NOT NULL DEFAULT '{}'  -- repairs and drops of the DOM part
        )
        """
    )
    # A keyframe is the whole page state (zlib JSON); identical ones are stored once.
    ex(
        """
        CREATE TABLE page_keyframes (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            hash TEXT NOT NULL,               -- SHA-256 of data
            data BLOB NOT NULL,
            PRIMARY KEY (session_id, hash)
        ) WITHOUT ROWID
        """
    )
    ex(
        """
        CREATE TABLE page_chunks (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            start_ms INTEGER NOT NULL,        -- relative to the session start
            keyframe TEXT NOT NULL,           -- page_keyframes.hash
            events BLOB NOT NULL,             -- zlib JSON [[t_ms, kind, payload], ...]
            PRIMARY KEY (session_id, seq)
        ) WITHOUT ROWID
        """
    )


@MIGRATIONS()
def m007_channel_chunks(db: Database) -> None:
    """Channel columns of a big import stored in chunks (issue 13: flat import memory).

    A column stored in chunks keeps its ``channels`` row (dtype, total ``n``) with an
    empty ``data``; its bytes are the ``data`` of its ``channel_chunks`` rows in ``seq``
    order. A column with rows always has bytes, so an empty ``data`` with ``n > 0``
    says "in chunks" without a new column.
    """
    db.execute(
        """
        CREATE TABLE channel_chunks (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            channel TEXT NOT NULL,
            "column" TEXT NOT NULL,
            seq INTEGER NOT NULL,
            data BLOB NOT NULL,               -- raw little-endian bytes of the channels dtype
            PRIMARY KEY (session_id, channel, "column", seq)
        ) WITHOUT ROWID
        """
    )


@MIGRATIONS()
def m008_tag_version(db: Database) -> None:
    """Give every tag a version (issue 18): concurrent edits are refused, never lost.

    ``replay.store.tags.TagStore`` raises it by one at every change; an edit or delete
    that states the version it read changes the row only ``WHERE version = ?``.
    """
    db.execute("ALTER TABLE tags ADD COLUMN version INTEGER NOT NULL DEFAULT 1")


#: Number of migrations this version of replay knows; also written to PRAGMA user_version.
SCHEMA_VERSION = len(MIGRATIONS._migrations)


def apply(db: Database) -> list[str]:
    """Apply pending migrations and stamp ``user_version``; return the names applied."""
    pending: list[Any] = MIGRATIONS.pending(db)
    MIGRATIONS.apply(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return [m.name for m in pending]
