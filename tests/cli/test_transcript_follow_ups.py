"""`roundtable review transcript.txt`: the interviewer's follow-ups inside the story are shown
where the answer is, so a reader sees what each reply answered."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from roundtable.cli import app

TRANSCRIPT = """Interviewer: Tell me about a time you disagreed with your manager.

Candidate: My manager wanted to skip the load test before the holiday release. I thought that \
was risky because the checkout service had fallen over under load the year before, so I \
pulled the incident report and booked time with her to walk through it.

Interviewer: Did you ever go over her head?

Candidate: No, never.

Interviewer: What was the outcome?

Candidate: We ran the test, found a connection leak, and the release went out with no \
checkout errors.

Interviewer: How did your manager take it?

Candidate: She was fine with it in the end.

Interviewer: What would you do differently?

Candidate: Honestly, I'd involve her earlier.
"""

VTT = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v Interviewer>Tell me about a time you disagreed with your manager.</v>

00:00:05.000 --> 00:00:19.000
<v Candidate>My manager wanted to skip the load test before the holiday release. I pulled \
the incident report from the year before and booked time with her to walk through it.</v>

00:00:19.500 --> 00:00:21.000
<v Interviewer>And how did it turn out?</v>

00:00:21.500 --> 00:00:27.000
<v Candidate>We ran the test and the release went out with no checkout errors.</v>
"""

ASKS = ["Did you ever go over her head?", "What was the outcome?",
        "How did your manager take it?", "What would you do differently?"]


def _run(tmp_path: Path, *args: str, text: str = TRANSCRIPT, name: str = "transcript.txt"
         ) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["review", str(path), "--width", "200", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_terminal_review_shows_each_follow_up_before_its_reply(tmp_path: Path) -> None:
    lines = _run(tmp_path).splitlines()
    for ask, reply in zip(ASKS, ["No, never.", "We ran the test", "She was fine with it",
                                 "Honestly, I'd involve her earlier."], strict=True):
        at = lines.index(f"Interviewer: {ask}")
        assert lines[at + 1].startswith(reply)


def test_markdown_review_shows_the_follow_ups(tmp_path: Path) -> None:
    output = _run(tmp_path, "-f", "markdown")
    for ask in ASKS:
        assert f"> *Interviewer: {ask}*" in output
    assert output.index("*Interviewer: Did you ever go over her head?*") < output.index(
        "> No, never.")


def test_html_review_shows_the_follow_ups(tmp_path: Path) -> None:
    output = _run(tmp_path, "-f", "html")
    for ask in ASKS:
        assert f'<span class="ask">Interviewer: {ask}</span>' in output


def test_json_review_carries_each_ask_with_where_its_reply_starts(tmp_path: Path) -> None:
    review = json.loads(_run(tmp_path, "-f", "json"))
    assert [ask["text"] for ask in review["asks"]] == ASKS
    starts = [review["answer"][ask["at"]:] for ask in review["asks"]]
    assert starts[0].startswith("No, never.")
    assert starts[3].startswith("Honestly, I'd involve her earlier.")


def test_explain_shows_what_each_follow_up_settles(tmp_path: Path) -> None:
    output = _run(tmp_path, "--explain")
    lines = output.splitlines()

    def row(words: str) -> str:
        return next(line for line in lines if words in line)

    assert 'reads as "I did not go over her head"' in row("Interviewer: Did you ever go over")
    assert "negated" in row("No, never.")
    assert "result" in row("Interviewer: What was the outcome?")
    assert "relationship" in row("She was fine with it in the end.")
    assert "reflection" in row("Honestly, I'd involve her earlier.")


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_webvtt_transcript_shows_its_follow_up(tmp_path: Path, fmt: str) -> None:
    output = _run(tmp_path, "-f", fmt, text=VTT, name="call.vtt")
    assert "And how did it turn out?" in output


def test_a_plain_answer_shows_no_interviewer(tmp_path: Path) -> None:
    answer = TRANSCRIPT.split("Candidate: ", 1)[1].split("\n\nInterviewer:")[0]
    output = _run(tmp_path, "-f", "json", text=answer, name="answer.txt")
    assert "asks" not in json.loads(output)
    assert "Interviewer:" not in _run(tmp_path, text=answer, name="answer.txt")
