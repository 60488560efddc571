"""`roundtable interview`: review every question of a transcript and print the debrief
(registered in `roundtable.cli`). Only typer is imported here; the pipeline loads on use."""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer


class InterviewFormat(StrEnum):
    """Formats `roundtable interview` can write."""

    text = "text"
    markdown = "markdown"
    json = "json"
    html = "html"
    scorecard = "scorecard"


_EXTENSIONS = {".html": InterviewFormat.html, ".htm": InterviewFormat.html,
               ".md": InterviewFormat.markdown, ".markdown": InterviewFormat.markdown,
               ".json": InterviewFormat.json, ".txt": InterviewFormat.text}


def interview_command(
    source: Annotated[str, typer.Argument(
        help="Transcript file (labelled text, WebVTT, SRT, a timestamped export or JSON "
        "segments; the format is read from the content), or - for stdin.")],
    competencies: Annotated[str | None, typer.Option(
        help="One competency per behavioral question, in order, comma-separated, e.g. "
        "--competencies conflict,failure,dive-deep. Inferred per question when omitted.")]
    = None,
    candidate: Annotated[str | None, typer.Option(
        help="The candidate's name when speakers are names, e.g. --candidate 'Marco Rossi'. "
        "Default: the speaker who answers rather than asks.")] = None,
    recording: Annotated[str | None, typer.Option(
        help="http(s) link to the recording; the HTML page embeds it and every quote plays it "
        "from that moment, e.g. --recording https://example.com/interview.mp4")] = None,
    role: Annotated[str | None, typer.Option(help='Role interviewed for, e.g. "Product Manager".')]
    = None,
    level: Annotated[str | None, typer.Option(help='Seniority, e.g. "Senior" or "L6".')] = None,
    panel: Annotated[str | None, typer.Option(
        help="Panel id (see `roundtable panels`) or a panel file; the same panel reviews every "
        "question.")] = None,
    fmt: Annotated[InterviewFormat | None, typer.Option(
        "--format", "-f", help="text, markdown, json, html, or scorecard (an ATS-style "
        "scorecard in Markdown). Default: from the --output extension, otherwise text.")]
    = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write to this file instead of the terminal.")] = None,
    seed: Annotated[int, typer.Option(help="Varies the wording; same seed, same debrief.")] = 0,
    engine: Annotated[str, typer.Option(help="rubric (offline, default) or llm.")] = "rubric",
    model: Annotated[str | None, typer.Option(
        help="For --engine llm: provider:model, e.g. openai:gpt-4o-mini.")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Bypass the LLM response cache.")]
    = False,
    timeout: Annotated[float | None, typer.Option(
        min=0.1, help="For --engine llm: seconds one model request may take before it is "
        "retried, e.g. --timeout 30 (default 90, or $ROUNDTABLE_LLM_TIMEOUT).")] = None,
    attempts: Annotated[int | None, typer.Option(
        min=1, help="For --engine llm: tries per model call, the first included, e.g. "
        "--attempts 2 (default 4, or $ROUNDTABLE_LLM_ATTEMPTS).")] = None,
    concurrency: Annotated[int | None, typer.Option(
        min=1, max=64, help="For --engine llm: model calls in flight at once across all the "
        "questions, e.g. --concurrency 1 for a server that answers one request at a time "
        "(default: every question's round at once, within the slots a llama.cpp server "
        "reports, and one at a time after a timeout that shows the server queueing; or "
        "$ROUNDTABLE_LLM_CONCURRENCY).")] = None,
) -> None:
    """Review a whole interview: every behavioral question, then the debrief of the loop.

    Examples:

      roundtable interview zoom.vtt

      roundtable interview otter.txt --candidate "Marco Rossi" -o debrief.html --recording https://example.com/interview.mp4

      roundtable interview interview.json --competencies conflict,failure --format scorecard

      roundtable interview zoom.vtt --engine llm --model ollama:llama3.2 --concurrency 1
    """
    from roundtable.cli import _keep, _write, fail
    from roundtable.debrief.run import interview
    from roundtable.engines import resolve
    from roundtable.errors import RoundtableError
    from roundtable.ingest.reader import MAX_TRANSCRIPT_BYTES, read_source
    from roundtable.render.debrief import render_interview

    chosen = fmt or (_EXTENSIONS.get(output.suffix.lower(), InterviewFormat.text) if output
                     else InterviewFormat.text)
    ids = [c.strip() for c in competencies.split(",") if c.strip()] if competencies else None
    if output is not None:
        _check_writable(output)  # before the review: a run on a model costs time and money
    text = read_source(source, limit=MAX_TRANSCRIPT_BYTES, subject="the interview transcript")
    try:
        # One engine for every question: its limit on calls in flight holds for the interview.
        runner = resolve(engine, model, use_cache=not no_cache, timeout_s=timeout,
                         attempts=attempts, concurrency=concurrency)
        result = interview(text, competencies=ids, candidate=candidate, role=role, level=level,
                           panel=panel, engine=runner, seed=seed, recording=recording)
    except RoundtableError as exc:
        kept = _keep(text, "interview") if source == "-" else None
        fail(f"{exc} (your transcript was kept in {kept})" if kept else str(exc))
    except BaseException:  # interrupted, or a bug: still keep what came from standard input
        if source == "-" and (kept := _keep(text, "interview")):
            typer.echo(f"roundtable: your transcript was kept in {kept}", err=True)
        raise
    rendered = render_interview(result, chosen.value,
                                source=source if source != "-" else "FILE")
    if output is not None:
        _write(output, rendered)
        typer.echo(f"wrote {output}", err=True)
    else:
        typer.echo(rendered)


def _check_writable(path: Path) -> None:
    from roundtable.cli import fail

    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        fail(f"cannot write {path}: it is a directory; give a file name, e.g. {path}/debrief.html")
    if not folder.is_dir():
        fail(f"cannot write {path}: there is no folder {folder}")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        fail(f"cannot write {path}: permission denied")
