"""The Store: reviews, their turns and uploaded catalog files, in SQLite or PostgreSQL.

Writes go through one lock (one writer); reads run concurrently. SQLite runs in WAL mode so
readers never wait for the writer.
"""

from __future__ import annotations

import os
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Engine,
    create_engine,
    delete,
    event,
    func,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from roundtable.errors import RoundtableError
from roundtable.models import Review, RoundKind, Turn
from roundtable.store import migrate
from roundtable.store.records import (
    RETRYABLE,
    CatalogFile,
    CatalogKind,
    NewReview,
    ReviewPage,
    ReviewRecord,
    ReviewSummary,
    Source,
    Status,
    StoredTurn,
)
from roundtable.store.replies import StoredReplies
from roundtable.store.tables import CatalogFileRow, ReviewRow, TurnRow
from roundtable.store_paths import data_dir

_EXCERPT = 180


def default_url() -> str:
    """`$ROUNDTABLE_DB` (a URL or a file path), else `roundtable.db` in the data folder.

    The data folder is `$ROUNDTABLE_HOME`, else `$XDG_DATA_HOME/roundtable`, else
    `~/.local/share/roundtable`.
    """
    configured = os.environ.get("ROUNDTABLE_DB", "").strip()
    if configured:
        return as_url(configured)
    return as_url(str(data_dir() / "roundtable.db"))


def as_url(target: str) -> str:
    """Accept a database URL or a plain file path (taken as a SQLite file)."""
    if "://" in target:
        if target.startswith("postgresql://"):
            # psycopg 3 is the driver we ship; plain postgresql:// would ask for psycopg2.
            return "postgresql+psycopg://" + target.removeprefix("postgresql://")
        return target
    return f"sqlite:///{Path(target).expanduser()}"


class StoreError(RoundtableError):
    """The store cannot be opened (bad URL, server down, unwritable file)."""


class LeaseLost(RoundtableError):
    """This attempt no longer owns the review: its lease expired, or the review was deleted."""


def _lease_seconds() -> float:
    # $ROUNDTABLE_LEASE_S shortens the lease (tests, impatient operators); never above 60 s.
    try:
        return min(60.0, max(2.0, float(os.environ.get("ROUNDTABLE_LEASE_S", "30"))))
    except ValueError:
        return 30.0


LEASE = timedelta(seconds=_lease_seconds())
"""How long a claimed review stays with its worker without a heartbeat."""
HEARTBEAT_S = LEASE.total_seconds() / 6
"""How often a worker renews its leases: several renewals fit in one lease."""
MAX_ATTEMPTS = 3
"""Runs whose worker died before a review is failed rather than re-queued (a poison answer)."""


def describe_url(url: str) -> str:
    """The URL with any password hidden, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(unparseable URL)"


def new_id() -> str:
    """An unguessable review id (128 bits, URL-safe)."""
    return secrets.token_urlsafe(16)


def _now() -> datetime:
    return datetime.now(UTC)


def _utc(value: datetime) -> datetime:
    # SQLite hands back naive datetimes; everything the store writes is UTC.
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _sqlite_engine(url: str) -> Engine:
    database = make_url(url).database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()

    return engine


def _record(row: ReviewRow) -> ReviewRecord:
    review = Review.model_validate_json(row.review_json) if row.review_json else None
    return ReviewRecord(
        id=row.id,
        created_at=_utc(row.created_at),
        updated_at=_utc(row.updated_at),
        status=row.status,
        source=row.source,
        text=row.text,
        question=row.question,
        role=row.role,
        level=row.level,
        recording_url=row.recording_url,
        competency=row.competency,
        panel=row.panel,
        engine=row.engine,
        model=row.model,
        seed=row.seed,
        rerun_of=row.rerun_of,
        competency_id=row.competency_id,
        competency_name=row.competency_name,
        verdict=row.verdict,
        headline=row.headline,
        error=row.error,
        review=review,
    )


def _summary(row: ReviewRow) -> ReviewSummary:
    text = " ".join(row.text.split())
    excerpt = text if len(text) <= _EXCERPT else text[: _EXCERPT - 1].rstrip() + "…"
    return ReviewSummary(
        id=row.id,
        created_at=_utc(row.created_at),
        status=row.status,
        source=row.source,
        engine=row.engine,
        panel=row.panel,
        rerun_of=row.rerun_of,
        competency_id=row.competency_id,
        competency_name=row.competency_name,
        verdict=row.verdict,
        headline=row.headline,
        excerpt=excerpt,
        error=row.error,
    )


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class Store:
    """Reviews and their turns, persisted as they happen; see the module docstring."""

    def __init__(self, url: str | None = None) -> None:
        self.url = as_url(url) if url else default_url()
        try:
            if self.url.startswith("sqlite"):
                self.engine = _sqlite_engine(self.url)
            else:
                # A short connect timeout: a request answers 503 quickly while the server is
                # away, instead of hanging; pre-ping drops connections a restart has closed.
                self.engine = create_engine(self.url, pool_pre_ping=True,
                                            connect_args={"connect_timeout": 3})
            migrate.upgrade(self.engine)
        except (SQLAlchemyError, OSError, ImportError) as exc:
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise StoreError(f"cannot open the store at {describe_url(self.url)}: {reason} "
                             "(check --db or $ROUNDTABLE_DB)") from None
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_lock = threading.RLock()

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def replies(self) -> StoredReplies:
        """The LLM reply cache kept in this store, shared by every worker that reaches it."""
        return StoredReplies(self.engine)

    @contextmanager
    def _write(self) -> Iterator[Session]:
        with self._write_lock, self._sessions.begin() as session:
            yield session

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    # -- reviews -------------------------------------------------------------------------

    def create(self, new: NewReview, *, competency_name: str | None = None,
               competency_id: str | None = None) -> ReviewRecord:
        """Store a submission as `queued`, before any work on it starts.

        Its lease is a delivery deadline: a worker should claim it before then, or `expired`
        hands it out again.
        """
        now = _now()
        row = ReviewRow(
            id=new_id(), created_at=now, updated_at=now, status="queued", lease_until=now + LEASE,
            competency_id=competency_id or new.competency, competency_name=competency_name,
            **new.model_dump(),
        )
        with self._write() as session:
            session.add(row)
        return _record(row)

    def get(self, review_id: str) -> ReviewRecord | None:
        """The record for `review_id`, or None when there is none."""
        with self._read() as session:
            row = session.get(ReviewRow, review_id)
            return _record(row) if row else None

    def claim(self, review_id: str, worker: str) -> int | None:
        """Take a queued review: mark it running under a new lease; return the attempt number.

        None when the review is not queued (another worker has it, it is done, or it is gone):
        the conditional update is what makes each review run once. Turns from an earlier
        attempt are forgotten.
        """
        now = _now()
        with self._write() as session:
            result = session.execute(
                update(ReviewRow).where(ReviewRow.id == review_id, ReviewRow.status == "queued")
                .values(status="running", error=None, updated_at=now, worker=worker,
                        attempt=ReviewRow.attempt + 1, lease_until=now + LEASE)
            )
            if not result.rowcount:  # type: ignore[attr-defined]
                return None
            session.execute(delete(TurnRow).where(TurnRow.review_id == review_id))
            return session.scalar(select(ReviewRow.attempt).where(ReviewRow.id == review_id))

    def renew(self, review_id: str, attempt: int) -> bool:
        """Heartbeat: extend the lease of a running attempt; False once the lease is lost."""
        now = _now()
        with self._write() as session:
            result = session.execute(
                update(ReviewRow).where(ReviewRow.id == review_id, ReviewRow.attempt == attempt,
                                        ReviewRow.status == "running")
                .values(lease_until=now + LEASE)
            )
            return bool(result.rowcount)  # type: ignore[attr-defined]

    def requeue(self, review_id: str) -> bool:
        """Queue a failed or interrupted review again, keeping its answer; False otherwise."""
        now = _now()
        with self._write() as session:
            result = session.execute(
                update(ReviewRow).where(ReviewRow.id == review_id,
                                        ReviewRow.status.in_(RETRYABLE))
                .values(status="queued", error=None, updated_at=now, lease_until=now + LEASE)
            )
            return bool(result.rowcount)  # type: ignore[attr-defined]

    def expired(self, limit: int = 200) -> list[str]:
        """Reviews whose lease ran out, made deliverable again; the ids to hand to a worker.

        A running review whose worker stopped renewing goes back to the queue (its old attempt
        is fenced off by the next claim), or fails after MAX_ATTEMPTS runs that never finished.
        A queued review nobody claimed within a lease gets a new delivery deadline, in case its
        job was lost (the database went away between storing it and queueing it). Reviews with
        a live lease are never touched, whichever process runs them.
        """
        now = _now()
        due: list[str] = []
        with self._write() as session:
            rows = session.execute(
                select(ReviewRow.id, ReviewRow.status, ReviewRow.attempt, ReviewRow.lease_until)
                .where(ReviewRow.status.in_(("queued", "running")),
                       or_(ReviewRow.lease_until.is_(None), ReviewRow.lease_until < now))
                .order_by(ReviewRow.created_at).limit(limit)
            ).all()
            for review_id, status, attempt, lease_until in rows:
                same = [ReviewRow.id == review_id, ReviewRow.status == status,
                        ReviewRow.attempt == attempt,
                        ReviewRow.lease_until.is_(None) if lease_until is None
                        else ReviewRow.lease_until == lease_until]
                values: dict[str, Any] = {"lease_until": now + LEASE}
                if status == "running" and attempt >= MAX_ATTEMPTS:
                    values |= {"status": "failed", "updated_at": now, "lease_until": None,
                               "error": f"the review's worker stopped {attempt} times before "
                               "it finished; retry it"}
                elif status == "running":
                    values |= {"status": "queued", "updated_at": now}
                result = session.execute(update(ReviewRow).where(*same).values(**values))
                if result.rowcount and values.get("status") != "failed":  # type: ignore[attr-defined]
                    due.append(review_id)
        return due

    def waiting(self, limit: int) -> list[str]:
        """The oldest queued reviews (for a worker that polls rather than gets jobs)."""
        with self._read() as session:
            return list(session.scalars(
                select(ReviewRow.id).where(ReviewRow.status == "queued")
                .order_by(ReviewRow.created_at).limit(limit)).all())

    def _fence(self, session: Session, review_id: str, attempt: int | None) -> ReviewRow:
        # Lock the row for the rest of the write: the lease cannot change under it.
        row = session.get(ReviewRow, review_id, with_for_update=True)
        if row is None:
            raise LeaseLost(f"review {review_id} was deleted while it ran")
        if attempt is not None and (row.attempt != attempt or row.status != "running"):
            raise LeaseLost(f"review {review_id} attempt {attempt} no longer holds the lease")
        return row

    def add_turn(self, review_id: str, seq: int, kind: RoundKind, turn: Turn,
                 attempt: int | None = None) -> None:
        """Persist one turn the moment it is produced (by the attempt holding the lease)."""
        with self._write() as session:
            self._fence(session, review_id, attempt)
            session.add(TurnRow(review_id=review_id, seq=seq, round=kind,
                                turn_json=turn.model_dump_json()))

    def turns(self, review_id: str, after: int = -1) -> list[StoredTurn]:
        """The turns persisted so far for a review, in order, after sequence number `after`."""
        with self._read() as session:
            rows = session.scalars(
                select(TurnRow).where(TurnRow.review_id == review_id, TurnRow.seq > after)
                .order_by(TurnRow.seq)
            ).all()
            return [StoredTurn(seq=r.seq, round=r.round,
                               turn=Turn.model_validate_json(r.turn_json)) for r in rows]

    def finish(self, review_id: str, review: Review, attempt: int | None = None) -> Review:
        """Store the finished review (with its id and time filled in) and mark it done."""
        with self._write() as session:
            row = self._fence(session, review_id, attempt)
            stored = review.model_copy(update={"id": review_id,
                                               "created_at": _utc(row.created_at)})
            row.review_json = stored.model_dump_json()
            row.status = "done"
            row.error = None
            row.updated_at = _now()
            row.competency_id = review.competency.id
            row.competency_name = review.competency.name
            row.verdict = review.verdict.vote
            row.headline = review.headline
            row.lease_until = None
            return stored

    def fail(self, review_id: str, error: str, status: Status = "failed",
             attempt: int | None = None) -> None:
        """Keep the submission and record why its review did not finish."""
        with self._write() as session:
            row = self._fence(session, review_id, attempt)
            row.status, row.error, row.updated_at, row.lease_until = status, error, _now(), None

    def progress(self, review_id: str, after: int = -1) -> tuple[Status | None, str | None,
                                                                  list[StoredTurn]]:
        """A live page's poll: the status and error, then the turns after `after`.

        The status is read first: every turn is written before a review ends, so when the
        status is final the turns read after it are all of them.
        """
        with self._read() as session:
            found = session.execute(select(ReviewRow.status, ReviewRow.error)
                                    .where(ReviewRow.id == review_id)).first()
            if found is None:
                return None, None, []
            rows = session.scalars(
                select(TurnRow).where(TurnRow.review_id == review_id, TurnRow.seq > after)
                .order_by(TurnRow.seq)
            ).all()
            turns = [StoredTurn(seq=r.seq, round=r.round,
                                turn=Turn.model_validate_json(r.turn_json)) for r in rows]
            return found.status, found.error, turns

    def status(self, review_id: str) -> tuple[Status | None, str | None]:
        """A review's status and error, (None, None) when there is no such review."""
        with self._read() as session:
            found = session.execute(select(ReviewRow.status, ReviewRow.error)
                                    .where(ReviewRow.id == review_id)).first()
            return (found.status, found.error) if found else (None, None)

    def queue_state(self) -> tuple[dict[str, int], int | None]:
        """The health check's figures: reviews per status, and on PostgreSQL the queue's
        workers with a heartbeat within a lease (procrastinate's table, in this database)."""
        with self._read() as session:
            rows = session.execute(select(ReviewRow.status, func.count())
                                   .group_by(ReviewRow.status)).all()
            alive = None
            if self.engine.dialect.name == "postgresql":
                alive = session.scalar(text(
                    "SELECT count(*) FROM procrastinate_workers "
                    "WHERE last_heartbeat > now() - make_interval(secs => :lease)"),
                    {"lease": LEASE.total_seconds()})
            return {status: int(n) for status, n in rows}, alive

    def delete(self, review_id: str) -> bool:
        """Delete a review with its answer and turns; False when there was none."""
        with self._write() as session:
            session.execute(delete(TurnRow).where(TurnRow.review_id == review_id))
            result = session.execute(delete(ReviewRow).where(ReviewRow.id == review_id))
            return bool(result.rowcount)  # type: ignore[attr-defined]

    def search(self, *, q: str | None = None, competency: str | None = None,
             verdict: str | None = None, status: str | None = None,
             limit: int = 20, offset: int = 0) -> ReviewPage:
        """A page of reviews, newest first, filtered by text, competency, verdict and status."""
        where = []
        if q and q.strip():
            pattern = _like(q.strip())
            where.append(or_(ReviewRow.text.ilike(pattern, escape="\\"),
                             ReviewRow.headline.ilike(pattern, escape="\\"),
                             ReviewRow.question.ilike(pattern, escape="\\")))
        if competency:
            where.append(ReviewRow.competency_id == competency)
        if verdict:
            where.append(ReviewRow.verdict == verdict)
        if status:
            where.append(ReviewRow.status == status)
        with self._read() as session:
            total = session.scalar(select(func.count()).select_from(ReviewRow).where(*where))
            rows = session.scalars(
                select(ReviewRow).where(*where)
                .order_by(ReviewRow.created_at.desc(), ReviewRow.id)
                .limit(limit).offset(offset)
            ).all()
            return ReviewPage(items=[_summary(r) for r in rows], total=total or 0,
                              limit=limit, offset=offset)

    def reruns(self, review_id: str) -> list[ReviewSummary]:
        """The reviews re-run from `review_id`, oldest first."""
        with self._read() as session:
            rows = session.scalars(select(ReviewRow).where(ReviewRow.rerun_of == review_id)
                                   .order_by(ReviewRow.created_at, ReviewRow.id)).all()
            return [_summary(r) for r in rows]

    def save_review(self, review: Review, *, source: Source = "cli",
                    recording_url: str | None = None) -> str:
        """Store a review made elsewhere (the CLI's `--save`) as a finished record."""
        record = self.create(
            NewReview(
                text=review.answer, source=source, question=review.question, role=review.role,
                level=review.level, recording_url=recording_url,
                competency=review.competency.id, panel=None,
                engine="llm" if review.engine.name == "llm" else "rubric",
                model=review.engine.model, seed=review.engine.seed or 0,
            ),
            competency_name=review.competency.name,
        )
        self.finish(record.id, review)
        return record.id

    # -- uploaded catalog files ----------------------------------------------------------

    def put_catalog_file(self, kind: CatalogKind, item_id: str, name: str, text: str) -> None:
        """Keep a validated competency or panel file, replacing one with the same id."""
        with self._write() as session:
            session.execute(delete(CatalogFileRow).where(CatalogFileRow.kind == kind,
                                                         CatalogFileRow.item_id == item_id))
            session.add(CatalogFileRow(kind=kind, item_id=item_id, name=name, text=text,
                                       created_at=_now()))

    def catalog_files(self, kind: CatalogKind) -> list[CatalogFile]:
        """Uploaded files of one kind, by id."""
        with self._read() as session:
            rows = session.scalars(select(CatalogFileRow).where(CatalogFileRow.kind == kind)
                                   .order_by(CatalogFileRow.item_id)).all()
            return [CatalogFile(kind=kind, item_id=r.item_id, name=r.name, text=r.text,
                                created_at=_utc(r.created_at)) for r in rows]

    def delete_catalog_file(self, kind: CatalogKind, item_id: str) -> bool:
        """Remove an uploaded file; False when there was none."""
        with self._write() as session:
            result = session.execute(delete(CatalogFileRow).where(
                CatalogFileRow.kind == kind, CatalogFileRow.item_id == item_id))
            return bool(result.rowcount)  # type: ignore[attr-defined]


def save_review(review: Review, url: str | None = None) -> str:
    """Store a finished review in the store at `url` (default: `default_url()`); return its id."""
    store = Store(url)
    try:
        return store.save_review(review)
    finally:
        store.close()
