"""Alembic migrations for the store, shipped inside the package and run at startup."""
