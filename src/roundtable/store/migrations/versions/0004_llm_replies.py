"""LLM replies: the model reply cache, in the store, so workers on several machines share it.

One row per reply, keyed by the review's group and the call's cache key (the same keys as the
local file cache). `size` is the stored reply's length in bytes and `used_at` its last use: past
$ROUNDTABLE_CACHE_MAX_MB, the least recently used rows go.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "llm_replies",
        sa.Column("review_group", sa.String(64), primary_key=True),
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("output_json", sa.Text(), nullable=False),
        sa.Column("tokens_in", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("tokens_out", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_llm_replies_used_at", "llm_replies", ["used_at"])


def downgrade() -> None:
    op.drop_index("ix_llm_replies_used_at", table_name="llm_replies")
    op.drop_table("llm_replies")
