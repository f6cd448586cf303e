"""Detection results in the library's ``detections`` table (schema v1).

One row per session: the latest result, the full config used and its hash, and the
detector version, so re-running with the same config and version is a no-op. The curve
is not stored: it is recomputed from the hits and the stored score config on load
(deterministic, and a few KB saved per session).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from replay.signals import DETECTOR_VERSION, DetectionResult, SignalConfig, detect
from replay.store import codec, search

if TYPE_CHECKING:
    from replay.model.session import Session
    from replay.store.library import Library


def _dumps(obj: Any) -> str:
    # The library's JSON writer: a lone surrogate in a node label (rrweb text can carry one)
    # cannot be stored as UTF-8, so it falls back to ASCII escapes instead of a traceback.
    return codec.dumps_text(obj, sort_keys=True)


def save_result(library: Library, session_id: int, result: DetectionResult) -> None:
    """Store ``result`` as the session's latest detection (replacing any older one).

    Parameters
    ----------
    library : Library
        An open library.
    session_id : int
        The session's id.
    result : DetectionResult
        What :func:`replay.signals.detect` returned for that session.
    """
    data = result.to_json()
    row = {
        "session_id": int(session_id),
        "detector_version": result.detector_version,
        "config_hash": result.config_hash,
        "config_json": _dumps(data["config"]),
        "computed_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "score": float(result.score),
        "peak": float(result.peak),
        "spike_count": len(result.spikes),
        "breakdown_json": _dumps(data["breakdown"]),
        "engagement_json": _dumps(data["engagement"]),
        "unavailable_json": _dumps(data["unavailable"]),
        "hits_json": _dumps(data["hits"]),
        "spikes_json": _dumps(data["spikes"]),
    }
    with library.write() as db:  # one transaction under the write lock (Library.write)
        db.table("detections").upsert(row, pk="session_id")
        # The signals that fired, for the cross-session search (replay/store/search.py).
        db.conn.execute(
            "DELETE FROM session_terms WHERE session_id = ? AND kind = 'signal'",
            [int(session_id)],
        )
        db.conn.executemany(
            "INSERT OR IGNORE INTO session_terms (session_id, kind, value) VALUES (?, ?, ?)",
            search.signal_terms_rows(int(session_id), result),
        )


def load_result(library: Library, session_id: int) -> DetectionResult | None:
    """Return the session's stored result, or None when it was never detected."""
    with library.guard():
        rows = list(
            library.db.query("SELECT * FROM detections WHERE session_id = ?", [int(session_id)])
        )
    if not rows:
        return None
    row = rows[0]
    data = {
        "hits": json.loads(row["hits_json"]),
        "spikes": json.loads(row["spikes_json"]),
        "unavailable": json.loads(row["unavailable_json"]),
        "score": row["score"],
        "peak": row["peak"],
        "breakdown": json.loads(row["breakdown_json"]),
        "engagement": json.loads(row["engagement_json"]),
        "config_hash": row["config_hash"],
        "detector_version": row["detector_version"],
        "config": json.loads(row["config_json"]),
    }
    return DetectionResult.from_json(data)


def needs_detection(library: Library, session_id: int, config: SignalConfig) -> bool:
    """Return True unless a result with this config hash and detector version is stored."""
    with library.guard():
        rows = list(
            library.db.query(
                "SELECT config_hash, detector_version FROM detections WHERE session_id = ?",
                [int(session_id)],
            )
        )
    if not rows:
        return True
    row = rows[0]
    return not (
        row["config_hash"] == config.config_hash and row["detector_version"] == DETECTOR_VERSION
    )


def with_stored_page(library: Library, session_id: int, session: Session) -> Session:
    """Return ``session`` carrying its stored page when it has none and one is stored.

    Dead clicks are judged on the recorded page when there is one (issue 15), so every
    detection of a stored session goes through here (``detect_stored``, calibration).
    """
    if session.page is None:
        import dataclasses

        page = library.load_page(session_id)
        if page.status == "ok":
            session = dataclasses.replace(session, page=page)
    return session


def detect_stored(
    library: Library,
    session_id: int,
    config: SignalConfig | None = None,
    *,
    session: Session | None = None,
) -> DetectionResult:
    """Run the detectors on a stored session, its stored page included; save nothing.

    The app's review model uses it for a session with no stored result (its library may
    be read-only); :func:`detect_and_store` saves what it returns.
    """
    if session is None:
        session = library.load_session(session_id)
    return detect(with_stored_page(library, session_id, session), config)


def detect_and_store(
    library: Library,
    session_id: int,
    config: SignalConfig | None = None,
    *,
    session: Session | None = None,
) -> DetectionResult:
    """Run the detectors on a stored session and save the result; return it.

    The one "detect and save" of the CLI, the app's workers and the demo.

    Parameters
    ----------
    library : Library
        The open library.
    session_id : int
        The session to detect on.
    config : SignalConfig, optional
        Thresholds and weights (default: ``load_config()``).
    session : Session, optional
        The session already in memory (skips loading it again).
    """
    result = detect_stored(library, session_id, config, session=session)
    save_result(library, session_id, result)
    return result
