"""The library schema, as append-only migrations (sqlite-utils ``Migrations``).

Never edit a migration that has shipped: add a new function at the end. ``SCHEMA_VERSION``
is the number of migrations; it is also written to ``PRAGMA user_version`` so a file made
by a newer replay is recognised and refused instead of being written to.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("replay")


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


#: Number of migrations this version of replay knows; also written to PRAGMA user_version.
SCHEMA_VERSION = len(MIGRATIONS._migrations)


def apply(db: Database) -> list[str]:
    """Apply pending migrations and stamp ``user_version``; return the names applied."""
    pending: list[Any] = MIGRATIONS.pending(db)
    MIGRATIONS.apply(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return [m.name for m in pending]
