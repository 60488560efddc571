"""The store keeps every submission from before its review starts until the user deletes it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pydantic import ValidationError
from sqlalchemy import create_engine, inspect, update
from store_samples import ANSWER

from roundtable.models import Review
from roundtable.store import (
    LeaseLost,
    NewReview,
    Store,
    as_url,
    default_url,
    migrate,
    save_review,
)
from roundtable.store.store import MAX_ATTEMPTS
from roundtable.store.tables import Base, ReviewRow


def _new(text: str = ANSWER, **fields: object) -> NewReview:
    return NewReview(text=text, source="web", competency="have-backbone", **fields)


def test_migrations_bring_an_empty_database_to_head_matching_the_models(db_url: str) -> None:
    engine = create_engine(as_url(db_url))
    assert migrate.current(engine) is None
    migrate.upgrade(engine)
    assert migrate.current(engine) == migrate.head()
    migrate.upgrade(engine)  # running again at startup is a no-op
    inspector = inspect(engine)
    for table in Base.metadata.sorted_tables:
        migrated = {c["name"] for c in inspector.get_columns(table.name)}
        assert migrated == {c.name for c in table.columns}, table.name
    engine.dispose()


def test_answer_is_stored_before_the_review_starts(store: Store) -> None:
    record = store.create(_new(question="Disagreed with a manager?", role="PM"))
    again = store.get(record.id)
    assert again is not None
    assert (again.status, again.text, again.question, again.role) == (
        "queued", ANSWER, "Disagreed with a manager?", "PM")
    assert again.review is None and again.created_at.tzinfo is not None


def test_turns_persist_in_order_and_a_finished_review_keeps_its_id(
        store: Store, real_review: Review) -> None:
    record = store.create(_new())
    attempt = store.claim(record.id, "worker-1")
    assert attempt == 1
    turns = [(r.kind, t) for r in real_review.rounds for t in r.turns]
    for seq, (kind, turn) in enumerate(turns):
        store.add_turn(record.id, seq, kind, turn, attempt)
    stored = store.turns(record.id)
    assert [(s.round, s.turn) for s in stored] == turns
    assert [s.seq for s in store.turns(record.id, after=5)] == list(range(6, len(turns)))

    finished = store.finish(record.id, real_review, attempt)
    got = store.get(record.id)
    assert got is not None and got.review is not None
    assert got.status == "done" and finished.id == record.id == got.review.id
    assert got.verdict == real_review.verdict.vote
    assert got.competency_id == "have-backbone"
    assert got.review.model_dump(exclude={"id", "created_at"}) == real_review.model_dump(
        exclude={"id", "created_at"})


def test_a_failed_review_keeps_its_answer_and_error_and_retry_clears_old_turns(
        store: Store, real_review: Review) -> None:
    record = store.create(_new())
    first = store.claim(record.id, "worker-1")
    assert first is not None
    store.add_turn(record.id, 0, "opening", real_review.rounds[0].turns[0], first)
    store.fail(record.id, "engine exploded", attempt=first)
    failed = store.get(record.id)
    assert failed is not None
    assert (failed.status, failed.error, failed.text) == ("failed", "engine exploded", ANSWER)
    assert store.claim(record.id, "worker-2") is None  # a failed review is not claimable
    assert store.requeue(record.id) and not store.requeue(record.id)  # retried once
    assert store.claim(record.id, "worker-2") == first + 1
    retried = store.get(record.id)
    assert retried is not None and (retried.status, retried.error) == ("running", None)
    assert store.turns(record.id) == []


def test_a_review_is_claimed_once_and_a_lost_lease_fences_its_old_worker(
        store: Store, real_review: Review) -> None:
    record = store.create(_new())
    attempt = store.claim(record.id, "worker-1")
    assert attempt == 1 and store.claim(record.id, "worker-2") is None
    turn = real_review.rounds[0].turns[0]
    store.add_turn(record.id, 0, "opening", turn, attempt)
    assert store.expired() == []  # a live lease is never touched, by any process
    _expire(store, record.id)
    assert store.expired() == [record.id]  # back to the queue
    taken = store.claim(record.id, "worker-2")
    assert taken == 2 and store.turns(record.id) == []
    # The first worker wakes up: everything it writes is refused, nothing of it lands.
    assert not store.renew(record.id, attempt)
    with pytest.raises(LeaseLost):
        store.add_turn(record.id, 0, "opening", turn, attempt)
    with pytest.raises(LeaseLost):
        store.finish(record.id, real_review, attempt)
    store.add_turn(record.id, 0, "opening", turn, taken)
    assert store.renew(record.id, taken)
    store.finish(record.id, real_review, taken)
    done = store.get(record.id)
    assert done is not None and done.status == "done" and len(store.turns(record.id)) == 1


def test_a_review_whose_workers_keep_dying_fails_and_stays_retryable(store: Store) -> None:
    record = store.create(_new())
    for attempt in range(1, MAX_ATTEMPTS + 1):
        assert store.claim(record.id, f"worker-{attempt}") == attempt
        _expire(store, record.id)
        due = store.expired()
        assert due == ([record.id] if attempt < MAX_ATTEMPTS else [])
    failed = store.get(record.id)
    assert failed is not None and failed.status == "failed" and "retry" in (failed.error or "")
    assert store.requeue(record.id)


def test_a_queued_review_nobody_took_is_handed_out_again_after_its_deadline(
        store: Store) -> None:
    record = store.create(_new())
    assert store.expired() == []
    _expire(store, record.id)
    assert store.expired() == [record.id]
    assert store.expired() == []  # a new deadline: not handed out on every sweep
    queued = store.get(record.id)
    assert queued is not None and queued.status == "queued"


def _expire(store: Store, review_id: str) -> None:
    """Move a lease into the past, as if its worker had stopped beating a lease ago."""
    with store.engine.begin() as connection:
        connection.execute(update(ReviewRow).where(ReviewRow.id == review_id).values(
            lease_until=datetime.now(UTC) - timedelta(seconds=1)))


def test_search_is_newest_first_and_filters_by_text_competency_and_verdict(
        store: Store, real_review: Review) -> None:
    ids = [store.create(_new(text=f"answer number {i} with 100% and under_score")).id
           for i in range(5)]
    store.finish(ids[1], real_review)
    page = store.search(limit=3)
    assert page.total == 5 and [s.id for s in page.items] == ids[::-1][:3]
    assert [s.id for s in store.search(limit=3, offset=3).items] == ids[::-1][3:]
    assert [s.id for s in store.search(q="NUMBER 3").items] == [ids[3]]
    assert store.search(q="100%").total == 5  # % is matched literally, not as a wildcard
    assert store.search(q="1_0").total == 0  # so is _
    assert [s.id for s in store.search(verdict=real_review.verdict.vote).items] == [ids[1]]
    assert store.search(competency="have-backbone").total == 5
    assert store.search(competency="customer-obsession").total == 0
    assert store.search(status="queued").total == 4


def test_delete_removes_the_answer_and_its_turns(store: Store, real_review: Review) -> None:
    record = store.create(_new())
    store.add_turn(record.id, 0, "opening", real_review.rounds[0].turns[0])
    assert store.delete(record.id) is True
    assert store.get(record.id) is None and store.turns(record.id) == []
    assert store.delete(record.id) is False


def test_save_review_stores_a_cli_review_as_done(db_url: str, real_review: Review) -> None:
    review_id = save_review(real_review, db_url)
    reopened = Store(db_url)
    record = reopened.get(review_id)
    reopened.close()
    assert record is not None and record.review is not None
    assert (record.source, record.status, record.text) == ("cli", "done", real_review.answer)
    assert record.review.headline == real_review.headline


def test_ids_are_unguessable(store: Store) -> None:
    ids = {store.create(_new()).id for _ in range(50)}
    assert len(ids) == 50 and all(len(i) >= 22 for i in ids)


def test_uploaded_catalog_files_replace_by_id(store: Store) -> None:
    store.put_catalog_file("panel", "my-panel", "a.yaml", "first")
    store.put_catalog_file("panel", "my-panel", "b.yaml", "second")
    files = store.catalog_files("panel")
    assert [(f.item_id, f.name, f.text) for f in files] == [("my-panel", "b.yaml", "second")]
    assert store.catalog_files("competency") == []
    assert store.delete_catalog_file("panel", "my-panel") and not store.catalog_files("panel")


@pytest.mark.parametrize("field, value, message", [
    ("recording_url", "javascript:alert(1)", "web address"),
    ("recording_url", "https://x.test/a b", "web address"),
    ("question", "nul\x00byte", "NUL"),
    ("role", "x" * 201, "at most 200"),
    ("seed", -1, "greater than or equal"),
])
def test_submissions_that_no_database_could_store_are_refused(
        field: str, value: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        NewReview(text=ANSWER, **{field: value})  # type: ignore[arg-type]


def test_default_location_follows_the_environment(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("ROUNDTABLE_DB", raising=False)
    monkeypatch.delenv("ROUNDTABLE_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_url() == f"sqlite:///{tmp_path}/roundtable/roundtable.db"
    monkeypatch.setenv("ROUNDTABLE_HOME", str(tmp_path / "home"))
    assert default_url() == f"sqlite:///{tmp_path}/home/roundtable.db"
    monkeypatch.setenv("ROUNDTABLE_DB", str(tmp_path / "elsewhere.db"))
    assert default_url() == f"sqlite:///{tmp_path}/elsewhere.db"
    monkeypatch.setenv("ROUNDTABLE_DB", "postgresql://u@localhost/rt")
    assert default_url() == "postgresql+psycopg://u@localhost/rt"


def test_migrations_are_ordered_named_and_form_one_chain() -> None:
    from alembic.script import ScriptDirectory

    from roundtable.store.migrate import _config

    scripts = ScriptDirectory.from_config(_config())
    chain = list(reversed(list(scripts.walk_revisions())))
    assert chain[0].down_revision is None and chain[-1].revision == migrate.head()
    for number, script in enumerate(chain, start=1):
        assert script.revision == f"{number:04d}"
        assert Path(script.path).name.startswith(f"{number:04d}_")
        assert script.doc, "every migration says what it does"


def test_the_lease_migration_goes_down_and_up_again(db_url: str) -> None:
    from alembic import command

    from roundtable.store.migrate import _config

    engine = create_engine(as_url(db_url))
    migrate.upgrade(engine)
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    assert "lease_until" not in {c["name"] for c in inspect(engine).get_columns("reviews")}
    assert not any(name.startswith("procrastinate") for name in inspect(engine).get_table_names())
    migrate.upgrade(engine)
    assert migrate.current(engine) == migrate.head()
    engine.dispose()
