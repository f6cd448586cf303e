-- replay team library: what reviewers may do. Run as replay_owner in the library's
-- database AFTER replay created its tables (and again after an upgrade of replay adds one):
--   psql "postgresql://replay_owner@db.example.org/replay" -f docs/examples/postgresql-grants.sql
-- tests/store/test_pg_security.py runs this file on a real server.

-- Read everything: sessions, recordings, pages, results, tags, codebook, team tables.
GRANT USAGE ON SCHEMA public TO replay_reviewers;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO replay_reviewers;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO replay_reviewers;

-- Tag: add, edit, delete (a soft delete, kept in the history), undo/redo; mark done.
GRANT INSERT, UPDATE ON tags, tag_history TO replay_reviewers;
GRANT INSERT, UPDATE, DELETE ON session_done TO replay_reviewers;
GRANT UPDATE (reviewed_at, reviewed_by) ON sessions TO replay_reviewers;

-- Import new recordings and score them (nothing already there can be removed this way).
GRANT INSERT ON sessions, channels, session_texts, page_info, page_keyframes, page_chunks
  TO replay_reviewers;
GRANT UPDATE (search_text) ON sessions TO replay_reviewers;

-- Derived data that detection and the insight commands rebuild when it is stale.
GRANT INSERT, UPDATE, DELETE ON detections, session_terms, outcomes, insight_index,
  insight_pages, insight_points, insight_hits TO replay_reviewers;

-- Not granted: DELETE on sessions (so `replay delete` is refused), on channels, pages,
-- tags and tag history; any change to the codebook (categories), blind mode
-- (library_settings), consensus and calibration: those stay with replay_owner.
