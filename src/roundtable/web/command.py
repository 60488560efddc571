"""`roundtable serve`: run the web app with uvicorn (registered in `roundtable.cli`).

Only typer is imported here; FastAPI, SQLAlchemy and uvicorn load when the command runs.
"""

from __future__ import annotations

from typing import Annotated

import typer

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def serve_command(
    host: Annotated[str, typer.Option(help="Interface to bind; the default is this machine "
                                      "only.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on, e.g. 8080.")]
    = 8000,
    db: Annotated[
        str | None,
        typer.Option("--db", envvar="ROUNDTABLE_DB",
                     help="Database URL (postgresql://user@host/db) or SQLite file path. "
                     "Default: roundtable.db in ~/.local/share/roundtable."),
    ] = None,
    token: Annotated[
        str | None,
        typer.Option(envvar="ROUNDTABLE_TOKEN",
                     help="Require this token for every page and API call."),
    ] = None,
) -> None:
    """Run the web app: submit answers, watch the panel live, browse the history.

    Examples:

      roundtable serve

      roundtable serve --port 9000 --db ~/reviews.db

      roundtable serve --host 0.0.0.0 --token "$(openssl rand -hex 16)"

      roundtable serve --db postgresql://roundtable@localhost/roundtable
    """
    try:
        import uvicorn

        from roundtable.store.store import describe_url
        from roundtable.web import Settings, create_app
    except ImportError as exc:
        typer.echo(f"roundtable: error: serve needs the web extra ({exc.name} is missing): "
                   "pip install 'interview-roundtable[web]'", err=True)
        raise typer.Exit(2) from None

    if host not in LOOPBACK and not token:
        typer.echo(f"roundtable: warning: serving on {host} without --token; anyone who can "
                   "reach this port can read and delete reviews", err=True)
    app = create_app(Settings(db_url=db, token=token or None))
    store = app.state.services.store
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"Roundtable on http://{shown}:{port}/  (store: {describe_url(store.url)})",
               err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
