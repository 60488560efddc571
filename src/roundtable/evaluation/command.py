"""`roundtable eval`: the command-line face of the evaluation, registered by `roundtable.cli`.

Only typer is imported at module level; the evaluation itself loads when the command runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def eval_command(
    data: Annotated[
        list[Path],
        typer.Argument(help="Dataset files (.jsonl or .csv) or folders of them."),
    ],
    split: Annotated[
        str | None, typer.Option(help="Only rows whose `split` field equals this, e.g. dev.")
    ] = None,
    engine: Annotated[str, typer.Option(help="rubric (offline, default) or llm.")] = "rubric",
    model: Annotated[
        str | None, typer.Option(help="For --engine llm: provider:model, e.g. openai:gpt-4o-mini.")
    ] = None,
    panel: Annotated[str | None, typer.Option(help="Panel id or a panel file.")] = None,
    persona: Annotated[
        str | None,
        typer.Option(help="Persona id for the single-reviewer baseline (default: the panel's "
                     "first persona)."),
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed passed to every review.")] = 0,
    retest: Annotated[
        int | None,
        typer.Option(min=1, help="Review each row N times for test-retest (default: 2 for the "
                     "rubric engine, to verify it is deterministic; 1, meaning none, otherwise)."),
    ] = None,
    probes: Annotated[
        bool, typer.Option("--probes/--no-probes", help="Re-run each row with the probes.")
    ] = True,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Bypass the LLM response cache.")]
    = False,
    workers: Annotated[
        int, typer.Option(min=0, help="Processes for the rubric engine (0: one per CPU).")
    ] = 0,
    concurrency: Annotated[
        int, typer.Option(min=1, help="Reviews in flight at once for the llm engine.")
    ] = 4,
    queue: Annotated[
        str | None,
        typer.Option("--queue", metavar="DB", help="Send every review through the job queue of "
                     "this store (a PostgreSQL URL, or a SQLite path) for `roundtable worker --db "
                     "DB`s to run; --concurrency sets how many wait in the queue at once."),
    ] = None,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Also write the full report as JSON here.")
    ] = None,
    html_out: Annotated[
        Path | None, typer.Option("--html", help="Also write an HTML report with a plot here.")
    ] = None,
    width: Annotated[int | None, typer.Option(help="Terminal width for the tables.")] = None,
) -> None:
    """Measure how well the panel's verdicts track labelled answers.

    Each row needs answer, competency and label (weak/average/strong or a 1-5 rating); question,
    group, split and id are optional. Reports ranking accuracy, Spearman, Kendall, weighted kappa
    and the confusion matrix for the panel, an answer-length baseline and a single reviewer, plus
    test-retest, panel disagreement, persona distinctiveness and robustness probes.

    Examples:

      roundtable eval tests/data/devset --split dev

      roundtable eval answers.csv --json report.json --html report.html

      roundtable eval data.jsonl --engine llm --model openai:gpt-4o-mini --retest 3

      roundtable eval tests/data/devset --queue postgresql://rt@db/rt --concurrency 64
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from roundtable.cli import fail
    from roundtable.errors import RoundtableError
    from roundtable.evaluation.dataset import read_dataset
    from roundtable.evaluation.render import print_report, to_html, to_json
    from roundtable.evaluation.results import EvalSettings
    from roundtable.evaluation.runner import run
    from roundtable.evaluation.summary import build_report

    runs = retest if retest is not None else (2 if engine.strip().lower() == "rubric" and not model
                                              else 1)
    settings = EvalSettings(
        engine=engine, model=model, panel=panel, persona=persona, seed=seed, runs=runs,
        probes=probes, use_cache=not no_cache, workers=workers, concurrency=concurrency,
    )
    try:
        rows = read_dataset(data, split=split)
        progress = Progress(
            TextColumn("reviewing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=Console(stderr=True), transient=True,
        )
        with progress:
            task = progress.add_task("rows", total=len(rows))
            results = run(rows, settings, lambda _: progress.advance(task), queue=queue)
    except RoundtableError as exc:
        fail(str(exc))
    report = build_report(results, settings, sources=[str(p) for p in data], split=split)
    print_report(report, Console(width=width))
    for path, render in ((json_out, to_json), (html_out, to_html)):
        if path is None:
            continue
        try:
            path.write_text(render(report), encoding="utf-8")
        except OSError as exc:
            fail(f"cannot write {path}: {exc.strerror}")
        typer.echo(f"wrote {path}", err=True)
