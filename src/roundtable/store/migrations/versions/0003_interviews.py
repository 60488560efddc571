"""Interviews: a whole transcript, stored as submitted, with one review per behavioral question.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "interviews",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("filename", sa.String(300), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("options_json", sa.Text(), nullable=False),
        sa.Column("segments_json", sa.Text(), nullable=False),
    )
    op.create_index("ix_interviews_created_at", "interviews", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_interviews_created_at", table_name="interviews")
    op.drop_table("interviews")
