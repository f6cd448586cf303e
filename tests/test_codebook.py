"""The codebook: default categories, add, edit, deactivate (never delete)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database
from test_tags import add_session, open_db

from replay.errors import NotFound
from replay.model.tags import InvalidTag
from replay.store import migrations
from replay.store.tags import TagStore

DEFAULT_CODES = [
    "broken_link_or_button",
    "confusing_layout",
    "slow_response",
    "form_problem",
    "content_missing",
    "navigation_problem",
    "unexpected_behaviour",
    "accessibility",
    "other",
]


@pytest.fixture
def db_path(library_target: Any) -> Any:
    """Every test here that uses ``db_path`` runs on SQLite and on PostgreSQL."""
    return library_target


@pytest.fixture
def store(db_path: Path) -> Iterator[TagStore]:
    db = open_db(db_path)
    add_session(db, 1)
    yield TagStore(db)
    db.close()


def test_default_codebook(store: TagStore) -> None:
    cats = store.categories()
    assert [c.code for c in cats] == DEFAULT_CODES
    assert all(c.label and c.description and c.active for c in cats)
    assert store.category("slow_response").label == "Slow response"


def test_migration_never_overwrites_user_edits(tmp_path: Path) -> None:
    db = Database(tmp_path / "v1.sqlite")  # SQLite's own upgrade path (a v1 file)
    # A library at schema 1 where the user already defined "other" their own way.
    migrations.MIGRATIONS.apply(db, stop_before="m002_default_codebook")
    db.execute("INSERT INTO categories (code, label) VALUES ('other', 'อื่น ๆ')")
    migrations.apply(db)
    assert TagStore(db).category("other").label == "อื่น ๆ"
    assert len(TagStore(db).categories()) == len(DEFAULT_CODES)
    db.close()


def test_add_category_goes_last_and_keeps_any_script(store: TagStore) -> None:
    cat = store.add_category("checkout_bug", label="결제 오류", description="支付失败 ❌")
    assert cat.position > store.category("other").position
    assert store.categories()[-1] == cat
    assert store.category("checkout_bug").description == "支付失败 ❌"
    with pytest.raises(InvalidTag, match="already exists"):
        store.add_category("checkout_bug", label="x")


@pytest.mark.parametrize("code", ["", "Has Caps", "with space", "ไทย", "a" * 41, "-x"])
def test_add_category_refuses_bad_codes(store: TagStore, code: str) -> None:
    with pytest.raises(InvalidTag, match="category code"):
        store.add_category(code, label="x")


def test_add_category_needs_a_label(store: TagStore) -> None:
    with pytest.raises(InvalidTag, match="needs a label"):
        store.add_category("x", label="  ")


def test_edit_category(store: TagStore) -> None:
    cat = store.edit_category("other", label="Autre", position=-1)
    assert (cat.label, cat.position) == ("Autre", -1)
    assert store.categories()[0].code == "other"
    assert store.category("other").description != ""  # untouched fields kept
    with pytest.raises(NotFound):
        store.edit_category("nope", label="x")


def test_deactivated_category_kept_for_tags_but_not_offered(store: TagStore) -> None:
    tag = store.add(1, start_ms=0, category="accessibility")
    store.deactivate_category("accessibility")
    assert "accessibility" not in [c.code for c in store.categories()]
    assert not store.category("accessibility").active
    assert store.get(tag.id).category == "accessibility"  # never deleted from tags
    with pytest.raises(InvalidTag, match="deactivated"):
        store.add(1, start_ms=0, category="accessibility")
    assert store.edit(tag.id, note="still editable").category == "accessibility"
    store.edit_category("accessibility", active=True)
    assert store.add(1, start_ms=1, category="accessibility").category == "accessibility"
