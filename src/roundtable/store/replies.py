"""The LLM reply cache in the store, where every worker that reaches the database shares it.

The same contract as the local file cache (`engines/llm/cache.py`): the same keys, entries filed
under their review's group, a bound in bytes ($ROUNDTABLE_CACHE_MAX_MB) kept by evicting the
least recently used entries down to a tenth under it, and only replies that passed the engine's
checks are ever written (the caller decides). Two workers writing the same key at once upsert
one row; the database's own conflict handling decides, so nothing is duplicated or half-written.
A database that is away costs a cache miss, never the review.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, and_, delete, func, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.sql.dml import Insert

from roundtable.engines.llm.cache import UNGROUPED, CachedReply, default_max_bytes
from roundtable.store.tables import LLMReplyRow

log = logging.getLogger("roundtable.store")


def _upsert(engine: Engine, values: dict[str, Any]) -> Insert:
    """INSERT … ON CONFLICT (group, key) DO UPDATE, in the database's own dialect."""
    insert: Any
    if engine.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    statement = insert(LLMReplyRow).values(**values)
    replaced = {name: statement.excluded[name]
                for name in ("output_json", "tokens_in", "tokens_out", "size", "used_at")}
    upsert: Insert = statement.on_conflict_do_update(
        index_elements=["review_group", "key"], set_=replaced)
    return upsert


class StoredReplies:
    """Replies in the store's `llm_replies` table, in the current review's group."""

    def __init__(self, engine: Engine, *, group: str = UNGROUPED,
                 max_bytes: int | None = None) -> None:
        self.engine = engine
        self.group = group
        self.max_bytes = default_max_bytes() if max_bytes is None else max_bytes

    def grouped(self, group: str) -> StoredReplies:
        """The same cache, filing entries under `group`."""
        return StoredReplies(self.engine, group=group, max_bytes=self.max_bytes)

    def get(self, key: str) -> CachedReply | None:
        """The stored reply, or None when absent, unreadable, or the database is away."""
        where = and_(LLMReplyRow.review_group == self.group, LLMReplyRow.key == key)
        try:
            with self.engine.begin() as connection:
                row = connection.execute(
                    select(LLMReplyRow.output_json, LLMReplyRow.tokens_in, LLMReplyRow.tokens_out)
                    .where(where)).first()
                if row is None:
                    return None
                # Recently used: evicted last.
                connection.execute(update(LLMReplyRow).where(where).values(used_at=_now()))
            return CachedReply(output=json.loads(row.output_json), tokens_in=row.tokens_in,
                               tokens_out=row.tokens_out)
        except (SQLAlchemyError, ValueError):  # a corrupt entry is a miss
            return None

    def put(self, key: str, reply: CachedReply) -> None:
        """Store a reply (one row, whoever else writes the same key), then keep the bound."""
        values = {"review_group": self.group, "key": key,
                  "output_json": json.dumps(reply.output, ensure_ascii=False),
                  "tokens_in": reply.tokens_in, "tokens_out": reply.tokens_out,
                  "size": len(reply.model_dump_json().encode("utf-8")), "used_at": _now()}
        try:
            with self.engine.begin() as connection:
                connection.execute(_upsert(self.engine, values))
            self._keep_bound()
        except SQLAlchemyError as exc:
            # A cache that cannot be written only costs a re-run; the review itself goes on.
            log.warning("could not cache a model reply in the store (%s)", type(exc).__name__)

    def _keep_bound(self) -> None:
        with self.engine.begin() as connection:
            used = int(connection.scalar(
                select(func.coalesce(func.sum(LLMReplyRow.size), 0))) or 0)
            if used <= self.max_bytes:
                return
            target = self.max_bytes * 0.9
            rows = connection.execute(
                select(LLMReplyRow.review_group, LLMReplyRow.key, LLMReplyRow.size,
                       LLMReplyRow.used_at).order_by(LLMReplyRow.used_at)).all()
            for group, key, size, used_at in rows:
                if used <= target:
                    break
                # A hit since the rows were read makes the entry recent: it stays.
                connection.execute(delete(LLMReplyRow).where(
                    LLMReplyRow.review_group == group, LLMReplyRow.key == key,
                    LLMReplyRow.used_at <= used_at))
                used -= int(size)

    def forget(self, group: str) -> int:
        """Delete every reply filed under `group`; how many were deleted."""
        return self._delete(LLMReplyRow.review_group == group)

    def clear(self) -> int:
        """Delete every stored reply; how many were deleted."""
        return self._delete()

    def _delete(self, *where: Any) -> int:
        with self.engine.begin() as connection:
            result = connection.execute(delete(LLMReplyRow).where(*where))
            return int(result.rowcount)

    def info(self) -> tuple[int, int]:
        """How many replies are stored, and their size in bytes."""
        with self.engine.connect() as connection:
            count, size = connection.execute(
                select(func.count(), func.coalesce(func.sum(LLMReplyRow.size), 0))).one()
            return int(count), int(size)


def _now() -> datetime:
    return datetime.now(UTC)
