"""`roundtable review --explain`: the reading behind the scores, clause by clause."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from roundtable.cli import app

ANSWER = (
    "Last year my manager wanted to ship the billing rewrite before the audit. She said the "
    "board expected it. I didn't escalate at first. I pulled the failure logs and showed her "
    "that 12% of invoices were off by a cent, and we agreed to wait two weeks. I would "
    "probably push harder next time. Refunds dropped to zero after the fix."
)


def test_explain_shows_each_clause_with_its_reading(tmp_path: Path) -> None:
    answer = tmp_path / "answer.txt"
    answer.write_text(ANSWER, encoding="utf-8")
    result = CliRunner().invoke(app, ["review", str(answer), "-c", "have-backbone",
                                      "--explain", "--width", "200"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()

    def row(words: str) -> str:
        return next(line for line in lines if words in line)

    assert "other" in row("She said the board expected it")
    assert "negated" in row("I didn't escalate")
    assert "hypothetical" in row("I would")
    assert "result" in row("Refunds dropped to zero")
    assert "Grounds for disagreeing" in row("I pulled the failure logs")
    assert "Scores" in result.output and "/5" in result.output


def test_explain_of_bad_input_is_one_line(tmp_path: Path) -> None:
    answer = tmp_path / "answer.txt"
    answer.write_text("ok", encoding="utf-8")
    result = CliRunner().invoke(app, ["review", str(answer), "--explain"])
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1
