"""Run the packaged Alembic migrations programmatically, so `serve` and `--save` need no setup."""

from __future__ import annotations

from importlib import resources

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine


def _config() -> Config:
    config = Config()
    location = resources.files("roundtable.store").joinpath("migrations")
    config.set_main_option("script_location", str(location))
    return config


def head() -> str:
    """The newest migration's revision id."""
    revision = ScriptDirectory.from_config(_config()).get_current_head()
    assert revision is not None, "the package ships at least one migration"
    return revision


def current(engine: Engine) -> str | None:
    """The revision the database is at, or None when it has never been migrated."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database at `engine` up to `revision` (the newest by default)."""
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
