"""The CLI's small promises: truthful inference notes, a floor on answer length, output formats
chosen from the file name, help on every option, and the names `--competency` accepts.

Commands run in process through typer's runner, except where the exit status and the one-line
error of the real entry point are the point.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner, Result

import roundtable
from roundtable.catalog.loader import competencies
from roundtable.cli import app
from roundtable.errors import InputError
from roundtable.models import Review

DEVSET = Path(__file__).parents[1] / "data" / "devset" / "part-a.jsonl"
ROW = next(row for line in DEVSET.read_text(encoding="utf-8").splitlines()
           if (row := json.loads(line))["id"] == "hb-01-strong")
ANSWER: str = ROW["answer"]
QUESTION: str = ROW["question"]
# Without a question the competency can only come from the answer.
ANSWER_ONLY = ["review", "-", "-f", "json"]


def invoke(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(app, list(args), input=stdin, env={"NO_COLOR": "1",
                                                                  "COLUMNS": "250"})


def reviewed(result: Result) -> Review:
    assert result.exit_code == 0, result.output
    return Review.model_validate_json(result.stdout)


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failed review from stdin keeps the answer: keep it under this test's folder."""
    monkeypatch.setenv("ROUNDTABLE_HOME", str(tmp_path / "home"))


# --- 1. The header and the flag say the same thing about where the competency came from ---


def test_without_a_question_every_format_says_inferred_from_the_answer() -> None:
    review = reviewed(invoke(*ANSWER_ONLY, stdin=ANSWER))
    assert review.competency.inferred and review.competency.inferred_from == "answer"
    flag = next(f for f in review.flags if f.kind == "competency_inferred")
    assert "inferred from the answer" in flag.detail
    for fmt in ("text", "markdown", "html"):
        out = invoke("review", "-", "-f", fmt, stdin=ANSWER).stdout
        assert "inferred from the answer" in out, fmt
        assert "from the question" not in out, fmt


def test_with_a_question_every_format_says_inferred_from_the_question() -> None:
    review = reviewed(invoke(*ANSWER_ONLY, "-q", QUESTION, stdin=ANSWER))
    assert review.competency.inferred_from == "question"
    assert "inferred from the question" in next(
        f.detail for f in review.flags if f.kind == "competency_inferred")
    for fmt in ("text", "markdown", "html"):
        out = invoke("review", "-", "-q", QUESTION, "-f", fmt, stdin=ANSWER).stdout
        assert "inferred from the question" in out, fmt
        assert "from the answer" not in out, fmt


def test_a_given_competency_is_not_called_inferred() -> None:
    review = reviewed(invoke(*ANSWER_ONLY, "-c", "have-backbone", stdin=ANSWER))
    assert not review.competency.inferred and review.competency.inferred_from is None
    text = invoke("review", "-", "-c", "have-backbone", stdin=ANSWER).stdout
    assert "inferred" not in text


def test_the_inferred_flag_is_worded_for_the_web_as_well_as_the_cli() -> None:
    review = reviewed(invoke(*ANSWER_ONLY, stdin=ANSWER))
    detail = next(f.detail for f in review.flags if f.kind == "competency_inferred")
    assert "--" not in detail and "Pass " not in detail
    # The CLI says how to choose one in its own terms; the web page says it in its own.
    for fmt in ("text", "markdown"):
        # The panel's border (┃) is not part of the words when the hint wraps to a new line.
        out = " ".join(invoke("review", "-", "-f", fmt, stdin=ANSWER).stdout.replace(
            "┃", " ").split())
        assert "Pass --competency to choose another." in out, fmt


# --- 2. A few words are refused with one line and status 2, everywhere ---


@pytest.mark.parametrize("answer", [
    "I did it.",
    "Yes, I have done that many times.",  # 7 words
    "1. 2. 3. 4. 5. 6. 7. 8. 9. 10.",  # numbers are not words
    "- - - - - - - - - - - -",
])
def test_a_few_words_are_an_error_not_a_review(answer: str, tmp_path: Path) -> None:
    path = tmp_path / "answer.txt"
    path.write_text(answer, encoding="utf-8")
    env = {**os.environ, "NO_COLOR": "1", "ROUNDTABLE_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-c", "from roundtable.cli import main; main()",
                           "review", str(path)], capture_output=True, text=True, env=env,
                          timeout=60, check=False)
    assert done.returncode == 2, done.stdout
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("roundtable: error: the answer has only ")
    assert "too few to review" in lines[0]


def test_the_python_api_refuses_a_few_words_with_the_same_message() -> None:
    with pytest.raises(InputError, match=r"^the answer has only 3 words, too few to review"):
        roundtable.review("I handled it.", competency="have-backbone")


def test_a_short_story_is_still_reviewed_with_a_flag() -> None:
    # Eight words, an action and an outcome: short, but something a panel can read.
    review = reviewed(invoke(*ANSWER_ONLY, "-c", "have-backbone",
                             stdin="I pushed back on the date; we slipped."))
    assert "too_short" in {f.kind for f in review.flags}


# --- 3. The output file's extension chooses the format unless --format says otherwise ---


def _written(tmp_path: Path, name: str, *extra: str) -> str:
    target = tmp_path / name
    result = invoke("review", "-", "-c", "have-backbone", "-o", str(target), *extra,
                    stdin=ANSWER)
    assert result.exit_code == 0, result.output
    return target.read_text(encoding="utf-8")


def test_output_to_a_link_or_a_pipe_writes_through_it_and_leaves_it_in_place(
        tmp_path: Path) -> None:
    # `-o /dev/null` run as root once replaced the device with a plain file: a rename into
    # place is only for regular files. A link and a FIFO stand in for the device here.
    real = tmp_path / "real.json"
    real.write_text("", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert invoke("review", "-", "-c", "have-backbone", "-o", str(link), "-f", "json",
                  stdin=ANSWER).exit_code == 0
    assert link.is_symlink() and json.loads(real.read_text(encoding="utf-8"))["verdict"]
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    assert invoke("review", "-", "-c", "have-backbone", "-o", str(fifo), "-f", "json",
                  stdin=ANSWER).exit_code == 0
    out, _ = reader.communicate(timeout=30)
    assert json.loads(out)["verdict"] and fifo.is_fifo()


@pytest.mark.parametrize("name", ["review.html", "review.htm", "REVIEW.HTML"])
def test_an_html_file_gets_html(tmp_path: Path, name: str) -> None:
    assert _written(tmp_path, name).lstrip().lower().startswith("<!doctype html")


@pytest.mark.parametrize("name", ["review.md", "review.markdown"])
def test_a_markdown_file_gets_markdown(tmp_path: Path, name: str) -> None:
    written = _written(tmp_path, name)
    assert written.startswith("# ") and "**Expert Roundtable**" in written


def test_a_json_file_gets_the_review_json(tmp_path: Path) -> None:
    Review.model_validate(json.loads(_written(tmp_path, "review.json")))


@pytest.mark.parametrize("name", ["review.txt", "review.out", "review"])
def test_text_files_and_unknown_extensions_get_text(tmp_path: Path, name: str) -> None:
    written = _written(tmp_path, name)
    assert written.startswith("EXPERT ROUNDTABLE") and "<html" not in written.lower()


def test_an_explicit_format_wins_over_the_extension(tmp_path: Path) -> None:
    Review.model_validate(json.loads(_written(tmp_path, "review.html", "-f", "json")))
    assert _written(tmp_path, "review.json", "-f", "markdown").startswith("# ")


# --- 4. Every option says what it is for ---


def test_every_option_of_every_command_has_help() -> None:
    # typer ships its own copy of click, so options are told apart by kind rather than class.
    commands: dict[str, Any] = typer.main.get_command(app).commands
    assert {"review", "competencies", "panels", "eval", "serve", "worker"} <= set(commands)
    options = [(name, param) for name, command in commands.items() for param in command.params
               if param.param_type_name == "option"]
    assert len(options) > 20
    assert [f"{name} {param.opts[0]}" for name, param in options
            if not (param.help or "").strip()] == []


def test_question_help_gives_an_example() -> None:
    out = invoke("review", "--help").stdout
    start = out.index("--question")
    assert "e.g." in out[start:out.index("--role")]


# --- 5. `competencies` shows every name --competency accepts ---


def test_competencies_lists_id_short_name_and_name() -> None:
    out = invoke("competencies").stdout
    assert "short name" in out
    lines = out.splitlines()
    for competency in competencies().values():
        row = next((line for line in lines if f" {competency.id} " in line), "")
        assert competency.short_name in row and competency.name in row, competency.id


def test_competencies_lists_the_other_names_each_is_known_by() -> None:
    out = invoke("competencies").stdout
    listed = json.loads(invoke("competencies", "--json").stdout)
    for competency in competencies().values():
        item = next(i for i in listed if i["id"] == competency.id)
        assert item["aliases"] == competency.aliases
        for alias in competency.aliases:
            assert alias in out, (competency.id, alias)


@pytest.mark.parametrize(("name", "expected"), [
    ("time management", "prioritization"),
    ("Conflict Resolution", "conflict"),
    ("customer-focus", "customer-obsession"),
    ("HIGHEST STANDARDS", "insist-on-the-highest-standards"),
    ("best employer", "strive-to-be-earths-best-employer"),
    ("Have-Backbone", "have-backbone"),
])
def test_short_names_are_accepted_in_any_case(name: str, expected: str) -> None:
    assert reviewed(invoke(*ANSWER_ONLY, "-c", name, stdin=ANSWER)).competency.id == expected
