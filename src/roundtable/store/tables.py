"""The store's tables as SQLAlchemy 2 declarative models.

The schema itself is owned by the Alembic migrations in `store/migrations/versions`; these
classes must describe the same columns (a test compares them after migrating).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """Declarative base for the store's tables."""


class ReviewRow(Base):
    """One submission and, once it has run, its review.

    The submitted text and options are written before the review starts, so a crash or an
    engine failure never loses what the user gave us.
    """

    __tablename__ = "reviews"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(String(16), index=True)
    source: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    question: Mapped[str | None] = mapped_column(Text)
    role: Mapped[str | None] = mapped_column(String(200))
    level: Mapped[str | None] = mapped_column(String(100))
    recording_url: Mapped[str | None] = mapped_column(String(2000))
    competency: Mapped[str | None] = mapped_column(String(200))
    panel: Mapped[str | None] = mapped_column(String(200))
    engine: Mapped[str] = mapped_column(String(32))
    model: Mapped[str | None] = mapped_column(String(200))
    seed: Mapped[int] = mapped_column(Integer)
    rerun_of: Mapped[str | None] = mapped_column(String(64))
    competency_id: Mapped[str | None] = mapped_column(String(200), index=True)
    competency_name: Mapped[str | None] = mapped_column(String(300))
    verdict: Mapped[str | None] = mapped_column(String(32), index=True)
    headline: Mapped[str | None] = mapped_column(Text)
    review_json: Mapped[str | None] = mapped_column(Text)
    error: Mapped[str | None] = mapped_column(Text)
    # The lease (migration 0002): which run of this review is current, who runs it, until when.
    attempt: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    worker: Mapped[str | None] = mapped_column(String(200))
    lease_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class TurnRow(Base):
    """One deliberation turn, written the moment the engine produces it."""

    __tablename__ = "turns"
    __table_args__ = (UniqueConstraint("review_id", "seq", name="uq_turns_review_seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    review_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("reviews.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)
    round: Mapped[str] = mapped_column(String(16))
    turn_json: Mapped[str] = mapped_column(Text)


class CatalogFileRow(Base):
    """A competency or panel file a user uploaded, kept as the text they gave."""

    __tablename__ = "catalog_files"
    __table_args__ = (UniqueConstraint("kind", "item_id", name="uq_catalog_kind_item"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))
    item_id: Mapped[str] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class InterviewRow(Base):
    """A whole interview transcript, stored as submitted; each behavioral question in it is a
    review of its own (`segments_json` lists them with their review ids)."""

    __tablename__ = "interviews"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    source: Mapped[str] = mapped_column(String(16))
    filename: Mapped[str | None] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text)
    options_json: Mapped[str] = mapped_column(Text)
    segments_json: Mapped[str] = mapped_column(Text)


class LLMReplyRow(Base):
    """One cached model reply (migration 0004): filed under its review's group, so deleting the
    review can delete it, and bounded by size with least-recently-used eviction."""

    __tablename__ = "llm_replies"

    review_group: Mapped[str] = mapped_column(String(64), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    output_json: Mapped[str] = mapped_column(Text)
    tokens_in: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    tokens_out: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    size: Mapped[int] = mapped_column(Integer)
    used_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


Index("ix_reviews_created_at", ReviewRow.created_at)
