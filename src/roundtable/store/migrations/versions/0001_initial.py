"""Initial schema: reviews (submission first, review later), their turns, uploaded catalog files.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reviews",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("question", sa.Text(), nullable=True),
        sa.Column("role", sa.String(200), nullable=True),
        sa.Column("level", sa.String(100), nullable=True),
        sa.Column("recording_url", sa.String(2000), nullable=True),
        sa.Column("competency", sa.String(200), nullable=True),
        sa.Column("panel", sa.String(200), nullable=True),
        sa.Column("engine", sa.String(32), nullable=False),
        sa.Column("model", sa.String(200), nullable=True),
        sa.Column("seed", sa.Integer(), nullable=False),
        sa.Column("rerun_of", sa.String(64), nullable=True),
        sa.Column("competency_id", sa.String(200), nullable=True),
        sa.Column("competency_name", sa.String(300), nullable=True),
        sa.Column("verdict", sa.String(32), nullable=True),
        sa.Column("headline", sa.Text(), nullable=True),
        sa.Column("review_json", sa.Text(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
    )
    op.create_index("ix_reviews_status", "reviews", ["status"])
    op.create_index("ix_reviews_competency_id", "reviews", ["competency_id"])
    op.create_index("ix_reviews_verdict", "reviews", ["verdict"])
    op.create_index("ix_reviews_created_at", "reviews", ["created_at"])
    op.create_table(
        "turns",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "review_id",
            sa.String(64),
            sa.ForeignKey("reviews.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("round", sa.String(16), nullable=False),
        sa.Column("turn_json", sa.Text(), nullable=False),
        sa.UniqueConstraint("review_id", "seq", name="uq_turns_review_seq"),
    )
    op.create_index("ix_turns_review_id", "turns", ["review_id"])
    op.create_table(
        "catalog_files",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("item_id", sa.String(200), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("kind", "item_id", name="uq_catalog_kind_item"),
    )


def downgrade() -> None:
    op.drop_table("catalog_files")
    op.drop_index("ix_turns_review_id", table_name="turns")
    op.drop_table("turns")
    for index in ("ix_reviews_created_at", "ix_reviews_verdict", "ix_reviews_competency_id",
                  "ix_reviews_status"):
        op.drop_index(index, table_name="reviews")
    op.drop_table("reviews")
