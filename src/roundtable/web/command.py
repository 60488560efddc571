"""`roundtable serve`: run the web app with uvicorn (registered in `roundtable.cli`).

Only typer is imported here; FastAPI, SQLAlchemy and uvicorn load when the command runs.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Annotated

import typer

from roundtable.errors import RoundtableError

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
WILDCARD = {"0.0.0.0", "::", ""}
TOKEN_ENV = "ROUNDTABLE_TOKEN"


def read_token(token_file: Path | None) -> str | None:
    """The access token: the file's first line, else $ROUNDTABLE_TOKEN, else None.

    Never a command-line argument: every user on the machine can read those in `ps`.
    """
    if token_file is None:
        return os.environ.get(TOKEN_ENV, "").strip() or None
    try:
        lines = token_file.read_text(encoding="utf-8").splitlines()
        mode = token_file.stat().st_mode
    except (OSError, UnicodeDecodeError) as exc:
        raise RoundtableError(f"cannot read the token file {token_file}: {exc}") from None
    token = lines[0].strip() if lines else ""
    if not token:
        raise RoundtableError(f"the token file {token_file} is empty; put the token on its "
                              "first line")
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        typer.echo(f"roundtable: warning: {token_file} can be read by other users; "
                   f"chmod 600 {token_file}", err=True)
    return token


def serve_models(values: list[str]) -> dict[str, str]:
    """The models to offer: the `--model` values, else the config file's `[models]` table.

    Each one's key and server URL are looked up now, so a missing key stops the server at
    start rather than failing every review later.
    """
    from roundtable.engines.llm.config import resolve_connection
    from roundtable.engines.llm.named import configured_models, offered_models
    from roundtable.engines.llm.spec import parse_spec

    models = offered_models(values) if values else configured_models()
    for spec in models.values():
        resolve_connection(parse_spec(spec))
    return models


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
    token_file: Annotated[
        Path | None,
        typer.Option("--token-file", help="Require the token on this file's first line for "
                     f"every page and API call (or set {TOKEN_ENV}). Keep it mode 600."),
    ] = None,
    model: Annotated[
        list[str] | None,
        # "\\[" keeps rich's markup from eating the brackets in --help.
        typer.Option("--model", help="Offer this model to the web pages and the API, which "
                     "pick it by name: NAME=PROVIDER:MODEL\\[@URL], or PROVIDER:MODEL\\[@URL] "
                     "named by its MODEL. Repeatable. Default: the \\[models] table of the "
                     "config file."),
    ] = None,
    allowed_host: Annotated[
        list[str] | None,
        typer.Option("--allowed-host", help="Also answer requests addressed to this host "
                     "name (NAME, or NAME:PORT for one port); localhost, 127.0.0.1 and [::1] "
                     "always are. Repeatable."),
    ] = None,
    workers: Annotated[
        int, typer.Option("--workers", min=0, max=64,
                          help="Reviews this server runs at once in its own worker processes "
                          "(default 1; at least 1 on SQLite). 0 with PostgreSQL: only "
                          "`roundtable worker`s run them.")
    ] = 1,
    access_log: Annotated[
        bool, typer.Option("--access-log", help="Log every request (tokens in URLs are "
                           "redacted).")
    ] = False,
    max_transcript_mb: Annotated[
        int, typer.Option("--max-transcript-mb", min=1, max=100,
                          help="Largest interview transcript accepted, in MB (default 10: a "
                          "45-minute speech-to-text JSON export with word times is about 2).")
    ] = 10,
) -> None:
    """Run the web app: submit answers, watch the panel live, browse the history.

    Examples:

      roundtable serve

      roundtable serve --port 9000 --db ~/reviews.db

      roundtable serve --model fast=openai:gpt-4o-mini --model ollama:llama3.2

      ROUNDTABLE_TOKEN="$(openssl rand -hex 16)" roundtable serve --host 0.0.0.0 \\
        --allowed-host reviews.internal

      roundtable serve --db postgresql://roundtable@localhost/roundtable --workers 0
      (then `roundtable worker --db ...` on as many machines as you like)
    """
    try:
        import uvicorn
        from pydantic import ValidationError

        from roundtable.store.store import describe_url
        from roundtable.web import Settings, create_app
        from roundtable.web.guards import RedactTokens
    except ImportError as exc:
        typer.echo(f"roundtable: error: serve needs the web extra ({exc.name} is missing): "
                   "pip install 'interview-roundtable[web]'", err=True)
        raise typer.Exit(2) from None

    token = read_token(token_file)
    hosts = list(allowed_host or [])
    if host not in LOOPBACK | WILDCARD:
        hosts.append(host)  # the address it is bound to is how clients will address it
    if host not in LOOPBACK and not token:
        typer.echo(f"roundtable: warning: serving on {host} without a token "
                   f"({TOKEN_ENV} or --token-file); anyone who can reach this port can read "
                   "and delete reviews", err=True)
    if host in WILDCARD and not allowed_host:
        typer.echo("roundtable: warning: only requests addressed to localhost, 127.0.0.1 or "
                   "[::1] are answered; add --allowed-host NAME for each name or address "
                   "clients use", err=True)
    try:
        settings = Settings(db_url=db, token=token, allowed_hosts=tuple(hosts),
                            models=serve_models(model or []), workers=workers,
                            max_transcript_bytes=max_transcript_mb * 1_000_000)
    except ValidationError as exc:  # a bad --allowed-host: one line, like every user error
        raise RoundtableError(exc.errors()[0]["msg"].removeprefix("Value error, ")) from None
    app = create_app(settings)
    store = app.state.services.store
    shown = f"[{host}]" if ":" in host else host
    offered = ", ".join(settings.models) or "none (rubric engine only)"
    typer.echo(f"Roundtable on http://{shown}:{port}/  (store: {describe_url(store.url)}; "
               f"models: {offered})", err=True)
    config = uvicorn.Config(app, host=host, port=port,
                            log_level="info" if access_log else "warning",
                            access_log=access_log)
    # After Config, which sets up uvicorn's loggers: the live stream's URL may carry ?token=.
    RedactTokens.install()
    uvicorn.Server(config).run()
