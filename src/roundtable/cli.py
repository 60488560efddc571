"""The `roundtable` command line: parse, call the library, render. No logic lives here.

Heavy modules (rich rendering, engines, the web app) are imported inside the command that needs
them, so `roundtable --help` stays fast, and typer builds only the command that runs (`_Built`).
Annotations are not postponed (no `from __future__ import annotations`): typer reads the command's
parameters at each start, and would evaluate each string annotation anew (about a hundredth of a
review process for `review` alone).
"""

import gc

# Most of what a command allocates lives until it exits (modules, pydantic schemas, compiled
# patterns, the catalog), and at the default thresholds (700, 10, 10) the collector walks those
# objects again and again finding no garbage. Each young collection walks every young object and
# what it refers to, whatever the threshold (one at 50,000 took 15 ms and freed under 1,000
# objects), so the only saving is a collection that does not run: a review keeps about 80,000
# objects, under this threshold. Set before the imports below, which are a third of them. A
# young collection every 100,000 still bounds cyclic garbage, in the long-running `serve` and
# `worker` too.
gc.set_threshold(100_000, 10, 10)

# The methods of each dataclass defined from here on (typer's, pydantic's, rich's, Roundtable's)
# are compiled once per machine, not at every start, as are typing's forward references and named
# tuples (see `generated_code`).
from roundtable import generated_code

generated_code.install()

import atexit
import os
import sys
import threading
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup
from typer.main import get_command_from_info, get_command_name
from typer.models import CommandInfo

from roundtable import pydantic_plugins
from roundtable.errors import RoundtableError

if TYPE_CHECKING:
    from typer._click import Command, Context

    from roundtable.engines import Engine
    from roundtable.ingest import Submission
    from roundtable.models import Review
    from roundtable.store import Store
from roundtable.debrief.command import interview_command
from roundtable.evaluation.command import eval_command
from roundtable.web.command import serve_command
from roundtable.work.command import worker_command


class _Built(MutableMapping[str, "Command"]):
    """A group's subcommands by name, each built from its registration when first looked up.

    Building a command reads its function's signature and evaluates every annotation (for the
    commands in modules with postponed annotations, anew at each start); for all the commands
    that took a twentieth of a `roundtable review` process, which needs only `review`. `--help`
    and a mistyped name still see every command: names are known without building.
    """

    def __init__(self, registered: list[CommandInfo], built: Mapping[str, "Command"],
                 build: Callable[[CommandInfo], "Command"]) -> None:
        self._registered = {info.name or get_command_name(info.callback.__name__): info
                            for info in registered if info.callback}
        self._built = dict(built)
        self._names = [*self._registered, *(name for name in built if name not in self._registered)]
        self._build = build

    def __getitem__(self, name: str) -> "Command":
        if name not in self._built:
            self._built[name] = self._build(self._registered[name])
        return self._built[name]

    def __setitem__(self, name: str, command: "Command") -> None:
        self._built[name] = command
        if name not in self._names:
            self._names.append(name)

    def __delitem__(self, name: str) -> None:
        if name not in self._names:
            raise KeyError(name)
        self._names.remove(name)
        self._registered.pop(name, None)
        self._built.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._names))

    def __len__(self) -> int:
        return len(self._names)


class _Group(TyperGroup):
    """The `roundtable` group: the commands registered on `commands_app` are built on first use."""

    def __init__(self, *, commands: Mapping[str, "Command"] | None = None, **attrs: Any
                 ) -> None:
        super().__init__(**attrs)
        self.commands = _Built(commands_app.registered_commands, commands or {}, self._command)

    def _command(self, info: CommandInfo) -> "Command":
        return get_command_from_info(info, pretty_exceptions_short=app.pretty_exceptions_short,
                                     rich_markup_mode=self.rich_markup_mode)

    def list_commands(self, ctx: "Context") -> list[str]:
        return list(self.commands)  # in order of registration, without building them


app = typer.Typer(
    cls=_Group,
    name="roundtable",
    help="An expert panel deliberates over one behavioral-interview answer.\n\n"
    "Example: roundtable review answer.txt --competency have-backbone --role 'Product Manager'",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
# The commands of `roundtable`, registered here rather than on `app` so that typer does not build
# them all at each start (see `_Built`). Sub-apps (`cache`) stay on `app`: they are cheap, and
# typer needs one to make `app` a group.
commands_app = typer.Typer()


class OutputFormat(StrEnum):
    """Formats `roundtable review` can write."""

    text = "text"
    markdown = "markdown"
    json = "json"
    html = "html"


def fail(message: str, code: int = 2) -> NoReturn:
    """Print a one-line error and exit."""
    typer.echo(f"roundtable: error: {message}", err=True)
    raise typer.Exit(code)


def _keep(text: str, kind: str = "answer") -> Path | None:
    """Save text that came from standard input so a failed review never loses it."""
    from roundtable.store_paths import recovery_dir

    try:
        folder = recovery_dir()
        folder.mkdir(parents=True, exist_ok=True)
        import hashlib

        path = folder / f"{kind}-{hashlib.sha256(text.encode()).hexdigest()[:12]}.txt"
        path.write_text(text, encoding="utf-8")
        return path
    except OSError:
        return None


def _write(path: Path, content: str) -> None:
    text = content if content.endswith("\n") else content + "\n"
    try:
        if path.is_symlink() or (path.exists() and not path.is_file()):
            # `-o /dev/null`, a pipe or a link: written through, never replaced (run as root,
            # a rename would put a plain file where the device or the link was).
            with path.open("w", encoding="utf-8") as handle:
                handle.write(text)
            return
        # A regular file is replaced whole, so a failed run never leaves half a review.
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        fail(f"cannot write {path}: {exc.strerror}")


_EXTENSIONS = {
    ".html": OutputFormat.html,
    ".htm": OutputFormat.html,
    ".md": OutputFormat.markdown,
    ".markdown": OutputFormat.markdown,
    ".json": OutputFormat.json,
    ".txt": OutputFormat.text,
}


def _format_for(output: Path | None) -> OutputFormat:
    """The format a file's extension asks for; text for the terminal or an unknown extension."""
    if output is None:
        return OutputFormat.text
    return _EXTENSIONS.get(output.suffix.lower(), OutputFormat.text)


@commands_app.command()
def review(
    source: Annotated[str, typer.Argument(
        help="Answer or transcript file, or - for stdin, e.g. answer.txt.")],
    competency: Annotated[
        str | None,
        typer.Option("--competency", "-c",
                     help="Id, name or short name (see `roundtable competencies`), or a "
                     "competency file, e.g. -c have-backbone. Inferred from the question, or "
                     "from the answer, when omitted."),
    ] = None,
    question: Annotated[
        str | None,
        typer.Option("--question", "-q",
                     help='The question the candidate answered, e.g. -q "Tell me about a time '
                     'you disagreed with your manager." Helps infer the competency; a '
                     "transcript's own question is used when omitted."),
    ] = None,
    role: Annotated[str | None, typer.Option(help='Role interviewed for, e.g. "Product Manager".')]
    = None,
    level: Annotated[str | None, typer.Option(help='Seniority, e.g. "Senior" or "L6".')] = None,
    panel: Annotated[str | None, typer.Option(
        help="Panel id (see `roundtable panels`) or a panel file, e.g. --panel engineering-loop.")]
    = None,
    fmt: Annotated[
        OutputFormat | None,
        typer.Option("--format", "-f",
                     help="Output format. Default: from the --output extension (.html/.htm, "
                     ".md/.markdown, .json, .txt), otherwise text."),
    ] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write to this file instead of the terminal, e.g. -o review.html.")]
    = None,
    seed: Annotated[int, typer.Option(help="Varies the wording; same seed, same review.")] = 0,
    engine: Annotated[str, typer.Option(help="rubric (offline, default) or llm.")] = "rubric",
    model: Annotated[
        str | None,
        typer.Option(help="For --engine llm: provider:model, e.g. openai:gpt-4o-mini, "
                     "anthropic:claude-3-5-haiku-latest, ollama:llama3.2."),
    ] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Bypass the LLM response cache.")]
    = False,
    timeout: Annotated[float | None, typer.Option(
        min=0.1, help="For --engine llm: seconds one model request may take before it is "
        "retried, e.g. --timeout 30 (default 90, or $ROUNDTABLE_LLM_TIMEOUT).")] = None,
    attempts: Annotated[int | None, typer.Option(
        min=1, help="For --engine llm: tries per model call, the first included, e.g. "
        "--attempts 2 (default 4, or $ROUNDTABLE_LLM_ATTEMPTS).")] = None,
    concurrency: Annotated[int | None, typer.Option(
        min=1, max=64, help="For --engine llm: model calls in flight at once, e.g. "
        "--concurrency 1 for a server that answers one request at a time (default: a round at "
        "once, within the slots a llama.cpp server reports, and one at a time after a timeout "
        "that shows the server queueing; or $ROUNDTABLE_LLM_CONCURRENCY).")] = None,
    allow_fallback: Annotated[bool, typer.Option(
        "--allow-fallback", help="For --engine llm: accept a degraded review (more than half "
        "the turns, a panelist's opening, or the synthesis fell back to the rubric engine) "
        "with exit status 0; without it such a review is still written but the exit status "
        "is 1.")] = False,
    width: Annotated[int | None, typer.Option(help="Terminal width for text output, e.g. 80.")]
    = None,
    save: Annotated[bool, typer.Option("--save", help="Also keep the review in the store that "
                                       "`roundtable serve` shows ($ROUNDTABLE_DB).")] = False,
    segment: Annotated[int | None, typer.Option(
        "--segment", "-s", min=1,
        help="For a transcript with several behavioral questions: which one to review, e.g. "
        "--segment 2 (default: the first). `roundtable interview` reviews them all.")] = None,
    candidate: Annotated[str | None, typer.Option(
        help="For a transcript whose speakers are names: the candidate's, e.g. --candidate "
        "Marco. Default: the speaker who answers rather than asks.")] = None,
    explain: Annotated[bool, typer.Option(
        "--explain", help="Show how the answer was read instead of the review: each clause "
        "with who acts, whether it happened, its role in the story, red flags and the criteria "
        "it credits, then each criterion's score and why.")] = False,
) -> None:
    """Review one answer with an Expert Roundtable.

    Examples:

      roundtable review answer.txt --competency have-backbone

      pbpaste | roundtable review - -q "Tell me about a time you disagreed" --format markdown

      roundtable review interview.txt --panel engineering-loop -o review.html

      roundtable review zoom.vtt --segment 2 --candidate "Marco Rossi"

      roundtable review answer.txt --engine llm --model openai:gpt-4o-mini
    """
    from roundtable.ingest import parse_input, read_source

    fmt = fmt or _format_for(output)
    text = read_source(source)
    submission = parse_input(text, segment=segment, candidate=candidate, question=question,
                             role=role, level=level)
    if explain:
        _explain(submission, competency, panel, width)
        return
    streaming = fmt is OutputFormat.text and output is None and (engine != "rubric" or model)
    try:
        runner = _engine(engine, model, not no_cache, timeout, attempts, concurrency)
        result = _run(submission, competency, panel, runner, seed, bool(streaming), width)
    except RoundtableError as exc:
        kept = _keep(text) if source == "-" else None
        suffix = f" (your answer was kept in {kept})" if kept else ""
        fail(f"{exc}{suffix}")
    if streaming:
        if save:
            _save(result)
        _check_degraded(result, allow_fallback)
        return
    from roundtable.render import render

    color = output is None and fmt is OutputFormat.text and sys.stdout.isatty()
    rendered = render(result, fmt.value, width=width, color=color)
    if output is not None:
        _write(output, rendered)
        typer.echo(f"wrote {output}", err=True)
    else:
        typer.echo(rendered)
    if save:
        _save(result)
    _check_degraded(result, allow_fallback)


def _engine(engine: str, model: str | None, use_cache: bool, timeout: float | None,
            attempts: int | None, concurrency: int | None) -> "Engine":
    from roundtable.engines import resolve

    def progress(line: str) -> None:
        typer.echo(f"roundtable: {line}", err=True)

    return resolve(engine, model, use_cache=use_cache, timeout_s=timeout, attempts=attempts,
                   concurrency=concurrency, on_progress=progress)


def _check_degraded(result: "Review", allow_fallback: bool) -> None:
    """A review the model mostly did not write is not a success, unless the user accepts it."""
    if not result.engine.degraded or allow_fallback:
        return
    fail(f"the model could not do the whole review ({result.engine.degraded_reason}); the "
         "rubric engine stands in where it failed, marked. Pass --allow-fallback to accept it, "
         "or run with --engine rubric", code=1)


def _explain(submission: "Submission", competency: str | None, panel: str | None,
             width: int | None) -> None:
    from rich.console import Console

    from roundtable.pipeline import prepare
    from roundtable.render.explain import print_reading

    try:
        case, _ = prepare(submission, competency, panel)
    except RoundtableError as exc:
        fail(str(exc))
    print_reading(case, Console(width=width))


def _save(result: "Review") -> None:
    try:
        from roundtable.store import save_review
    except ImportError:
        fail("--save needs the web extra: pip install 'interview-roundtable[web]'")
    typer.echo(f"saved to the store as {save_review(result)} (see `roundtable serve`)", err=True)


def _run(
    submission: "Submission",
    competency: str | None,
    panel: str | None,
    engine: "Engine",
    seed: int,
    streaming: bool,
    width: int | None,
) -> "Review":
    from roundtable.pipeline import review as run_review

    # Every module the review needs is imported: what they made lives until exit. Frozen, the
    # young count starts again from zero, so the review's own objects (about 35,000 for the
    # bundled example) stay far under the collector's threshold (set at the top); counted from
    # the start, a review process came to about 100,000, and whether it paid for a collection
    # (25 ms, walking 100,000 objects and freeing none) hung on a few thousand objects.
    gc.freeze()
    if not streaming:
        return run_review(submission, competency=competency, panel=panel, engine=engine,
                          seed=seed)
    from rich.console import Console

    from roundtable.catalog import get_panel
    from roundtable.models import PanelistRef
    from roundtable.render import print_review, turn_printer

    console = Console(width=width)
    roster = [PanelistRef(id=p.id, name=p.name, title=p.title)
              for p in get_panel(panel).personas]
    result = run_review(submission, competency=competency, panel=panel, engine=engine,
                        seed=seed, on_turn=turn_printer(roster, console))
    print_review(result, console, include_rounds=False)
    return result


@commands_app.command()
def competencies(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List the built-in competencies: --competency takes the id, short name, name or another
    name it is known by, in any case.

    Example: roundtable review answer.txt -c "highest standards"
    """
    from roundtable.catalog import competencies as all_competencies

    items = list(all_competencies().values())
    if as_json:
        import json

        typer.echo(json.dumps([{"id": c.id, "name": c.name, "short_name": c.short_name,
                                "aliases": c.aliases, "source": c.source,
                                "criteria": [k.id for k in c.criteria]}
                               for c in items], indent=2))
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table("id", "short name", "name", "criteria", title="Competencies",
                  title_justify="left", caption="--competency takes any of the first three, or "
                  "a name under \"also\", in any case", caption_justify="left")
    for item in items:
        # The other names go under the name, so a row's first line still reads id, short name,
        # name whatever the terminal's width.
        name = Text(item.name)
        if item.aliases:
            name.append(f"\nalso: {', '.join(item.aliases)}", style="bright_black")
        table.add_row(item.id, item.short_name, name, str(len(item.criteria)))
    Console().print(table)


@commands_app.command()
def panels(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List the built-in panels and their personas (use an id with --panel)."""
    from roundtable.catalog import panels as all_panels

    items = list(all_panels().values())
    if as_json:
        import json

        typer.echo(json.dumps([{"id": p.id, "name": p.name, "personas": [
            {"id": x.id, "name": x.name, "title": x.title, "strictness": x.strictness}
            for x in p.personas]} for p in items], indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("panel", "persona", "title", "strictness", title="Panels", title_justify="left")
    for item in items:
        for index, persona in enumerate(item.personas):
            table.add_row(item.id if index == 0 else "", persona.name, persona.title,
                          f"{persona.strictness:+.2f}")
    Console().print(table)


commands_app.command("interview")(interview_command)


cache_app = typer.Typer(help="The LLM engine's reply cache: files under $ROUNDTABLE_CACHE_DIR "
                        "for the CLI, or a store's table (--db) for `roundtable serve` and its "
                        "workers; bounded by $ROUNDTABLE_CACHE_MAX_MB, default 200.",
                        no_args_is_help=True)
app.add_typer(cache_app, name="cache")

CacheDb = Annotated[str | None, typer.Option(
    "--db", help="The store's cache instead of this machine's files: the database `roundtable "
    "serve` and its workers use (a PostgreSQL URL or a SQLite file path).")]


@cache_app.command("clear")
def cache_clear(db: CacheDb = None) -> None:
    """Delete every cached model reply; the next LLM review asks the model again.

    Examples:

      roundtable cache clear

      roundtable cache clear --db postgresql://roundtable@db.internal/roundtable
    """
    if db is not None:
        store = _cache_store(db)
        try:
            removed = store.replies().clear()
        finally:
            store.close()
        typer.echo(f"removed {removed} cached replies from {_described(store.url)}")
        return
    from roundtable.engines.llm.cache import ResponseCache, default_cache_dir

    root = default_cache_dir()
    removed = ResponseCache(root).clear()
    typer.echo(f"removed {removed} cached replies from {root}")


@cache_app.command("info")
def cache_info(db: CacheDb = None) -> None:
    """Where the cache is, how many replies it holds and its size against its bound.

    Examples:

      roundtable cache info

      roundtable cache info --db ~/.local/share/roundtable/roundtable.db
    """
    from roundtable.engines.llm.cache import default_cache_dir, default_max_bytes

    if db is not None:
        store = _cache_store(db)
        try:
            count, size = store.replies().info()
        finally:
            store.close()
        where = _described(store.url)
    else:
        root = default_cache_dir()
        files = list(root.glob("*/*.json")) if root.is_dir() else []
        count, size, where = len(files), sum(f.stat().st_size for f in files), str(root)
    typer.echo(f"{where}: {count} replies, {size / 2**20:.1f} MB of "
               f"{default_max_bytes() / 2**20:.0f} MB")


def _cache_store(db: str) -> "Store":
    try:
        from roundtable.store import Store
    except ImportError as exc:
        fail(f"--db needs the web extra ({exc.name} is missing): "
             "pip install 'interview-roundtable[web]'")
    return Store(db)


def _described(url: str) -> str:
    from roundtable.store.store import describe_url

    return describe_url(url)


commands_app.command("eval")(eval_command)
commands_app.command("serve")(serve_command)
commands_app.command("worker")(worker_command)


def main() -> None:
    """Entry point: user errors become one line on stderr and exit status 2."""
    pydantic_plugins.install()
    # Start-up's objects (modules, classes, the app) live until exit: no collection need walk
    # them again, in a one-off command or in `serve`, and the young count starts from zero.
    gc.freeze()
    try:
        _run_app()
    except SystemExit as exc:
        _exit_now(exc.code)
        raise
    finally:
        # The process is about to exit. The interpreter's last full collection would walk every
        # object only to free cycles the operating system frees anyway; frozen, they are left
        # to it. (The output is written and its files closed before this point.)
        gc.freeze()
    _exit_now(None)


def _exit_now(code: object) -> None:
    """End the process with status `code` at once, unless something else still runs.

    After the exit handlers (the caches are written), Python's own exit frees the objects of
    every module one by one, memory the operating system takes back whole: about a fortieth of a
    `roundtable review` process. Here the handlers run and the output is flushed, then the
    process ends; with another thread still running (`serve`'s), an exit status that is not a
    number, or output that cannot be flushed (a closed pipe), Python ends it as it always does.
    """
    if not (code is None or isinstance(code, int)) or threading.active_count() > 1:
        return
    atexit._run_exitfuncs()  # each handler runs once: Python's exit finds none left
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    os._exit(code or 0)


def _run_app() -> None:
    try:
        app()
    except RoundtableError as exc:
        typer.echo(f"roundtable: error: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        typer.echo("roundtable: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # a bug, not bad input: one line, and the details on request
        if os.environ.get("ROUNDTABLE_DEBUG"):
            raise
        typer.echo(f"roundtable: internal error: {type(exc).__name__}: {exc} "
                   "(set ROUNDTABLE_DEBUG=1 for the traceback)", err=True)
        sys.exit(1)
