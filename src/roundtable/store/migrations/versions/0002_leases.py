"""Leases: which attempt of a review runs where and until when; procrastinate's queue on PostgreSQL.

A worker claims a queued review by bumping `attempt` and taking a lease (`lease_until`) that its
heartbeats renew; every write it makes names its attempt, so a worker whose lease expired can no
longer touch the review. On PostgreSQL the job queue (procrastinate) keeps its tables in the
same database; its schema is installed here so the store's migrations own the whole database.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reviews") as batch:
        batch.add_column(sa.Column("attempt", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("worker", sa.String(200), nullable=True))
        batch.add_column(sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True))
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from procrastinate.schema import SchemaManager

        # A raw cursor: the schema's SQL has '%' and ':' that bound-parameter parsing would eat.
        with bind.connection.dbapi_connection.cursor() as cursor:  # type: ignore[union-attr]
            cursor.execute(SchemaManager.get_schema())


_DROP_PROCRASTINATE = """
DROP TABLE IF EXISTS procrastinate_periodic_defers, procrastinate_events, procrastinate_jobs,
    procrastinate_workers CASCADE;
DO $$ DECLARE f record; BEGIN
    FOR f IN SELECT oid::regprocedure AS sig FROM pg_proc WHERE proname LIKE 'procrastinate%' LOOP
        EXECUTE 'DROP FUNCTION IF EXISTS ' || f.sig || ' CASCADE';
    END LOOP;
END $$;
DROP TYPE IF EXISTS procrastinate_job_status, procrastinate_job_event_type,
    procrastinate_job_to_defer_v1 CASCADE;
"""


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        with bind.connection.dbapi_connection.cursor() as cursor:  # type: ignore[union-attr]
            cursor.execute(_DROP_PROCRASTINATE)
    with op.batch_alter_table("reviews") as batch:
        batch.drop_column("lease_until")
        batch.drop_column("worker")
        batch.drop_column("attempt")
