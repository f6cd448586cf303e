"""Migration 3 (team review) on a library made before it: tags get identities, nothing is lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from replay.importers import import_file
from replay.store import migrations
from replay.store.library import Library


def test_migration_3_gives_old_tags_identities(tmp_path: Path, rrweb_dir: Path) -> None:
    path = tmp_path / "old.sqlite"
    old = Migrations("replay")
    old()(migrations.m001_initial)
    old()(migrations.m002_default_codebook)
    db = Database(str(path))
    old.apply(db)
    db.execute("PRAGMA user_version = 2")
    db.conn.commit()
    db.close()
    # The session goes in through a current library, then copied into the v2 file by SQL.
    scratch = tmp_path / "scratch.sqlite"
    with Library.open(scratch) as lib:
        lib.add_session(import_file(rrweb_dir / "dev-rage-desktop-wide.rrweb.json"))
    con = sqlite3.connect(path)
    con.execute("ATTACH ? AS s", [str(scratch)])
    # the columns both files have (later migrations add columns the v2 file must not get)
    old_cols = {r[1] for r in con.execute("PRAGMA main.table_info(sessions)")}
    cols = ", ".join(
        r[1] for r in con.execute("PRAGMA s.table_info(sessions)") if r[1] in old_cols - {"id"}
    )
    con.execute(f"INSERT INTO sessions ({cols}) SELECT {cols} FROM s.sessions")
    for start in (1000, 2000):
        con.execute(
            "INSERT INTO tags (session_id, start_ms, category, reviewer, created_at, updated_at)"
            " VALUES (1, ?, 'other', 'alice', 't', 't')",
            [start],
        )
    con.commit()
    con.close()
    assert migrations.SCHEMA_VERSION >= 3

    with Library.open(path) as lib:
        assert lib.backup_path is not None
        assert lib.backup_path.exists()
        tags = lib.tags.list()
        assert [t.start_ms for t in tags] == [1000, 2000]
        assert all(t.origin == "reviewer" for t in tags)
        uids = [t.uid for t in tags]
        assert all(uids)
        assert len(set(uids)) == 2
        version = lib.db.execute("PRAGMA user_version").fetchone()[0]
    assert version == migrations.SCHEMA_VERSION
    # a tag made now gets a uid too, different from the old ones
    with Library.open(path) as lib:
        new = lib.tags.add(1, start_ms=3000, category="other", reviewer="bob")
    assert new.uid
    assert new.uid not in uids
