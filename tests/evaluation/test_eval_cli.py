"""`roundtable eval` from the command line: reports, files, and one-line errors with exit 2."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from roundtable.cli import app

DEVSET = Path(__file__).parent.parent / "data" / "devset"


def _subset(tmp_path: Path, groups: int = 2) -> Path:
    """The first `groups` same-question triples of the real dev set, as a small JSONL file."""
    lines = (DEVSET / "part-a.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    wanted = sorted({r["group"] for r in rows})[:groups]
    path = tmp_path / "small.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows if r["group"] in wanted) + "\n",
                    encoding="utf-8")
    return path


def test_eval_prints_tables_and_writes_json_and_html(tmp_path: Path) -> None:
    data = _subset(tmp_path)
    out_json, out_html = tmp_path / "r.json", tmp_path / "r.html"
    result = CliRunner().invoke(
        app, ["eval", str(data), "--json", str(out_json), "--html", str(out_html),
              "--width", "200"],
    )
    assert result.exit_code == 0, result.output
    assert "Agreement with labels (6 rows)" in result.stdout
    assert "Robustness probes" in result.stdout
    report = json.loads(out_json.read_text(encoding="utf-8"))
    assert report["rows"] == 6 and len(report["results"]) == 6
    assert [s["name"] for s in report["systems"]] == ["panel", "length", "single"]
    assert report["systems"][0]["pairwise_same_question"]["pairs"] == 6
    assert report["retest"]["deterministic"] is True
    html = out_html.read_text(encoding="utf-8")
    assert "<svg" in html and html.count("<circle") == 6
    # Self-contained: no scripts and nothing fetched from elsewhere.
    assert "<script" not in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)


def test_eval_persona_and_no_probes(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["eval", str(_subset(tmp_path, 1)), "--persona", "vp-engineering", "--no-probes",
              "--retest", "1", "--width", "200"],
    )
    assert result.exit_code == 0, result.output
    assert "vp-engineering alone" in result.stdout
    assert "Robustness probes" not in result.stdout
    assert "not measured" in result.stdout


def _fails(args: list[str]) -> str:
    result = CliRunner().invoke(app, ["eval", *args])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("roundtable: error: "), result.stderr
    return lines[0]


def test_bad_row_exits_2_with_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"answer": "a b c d", "competency": "conflict", "label": "strong"}\n'
                    '{"answer": "a b c d", "competency": "conflict", "label": "great"}\n',
                    encoding="utf-8")
    assert "bad.jsonl line 2: label 'great'" in _fails([str(path)])


def test_unknown_competency_persona_and_file_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text("id,answer,competency,label\nr1,I did the thing well.,no-such-thing,weak\n",
                    encoding="utf-8")
    assert f"row 'r1' ({path} line 2): unknown competency 'no-such-thing'" in _fails([str(path)])
    assert "persona 'nobody' is not on panel" in _fails(
        [str(_subset(tmp_path, 1)), "--persona", "nobody"]
    )
    assert "no such file" in _fails([str(tmp_path / "missing.jsonl")])
    assert "no rows with split 'test'" in _fails([str(_subset(tmp_path, 1)), "--split", "test"])


def test_unknown_engine_or_missing_model_exit_2_before_any_review(tmp_path: Path) -> None:
    data = str(_subset(tmp_path, 1))
    assert "unknown engine 'gpt'" in _fails([data, "--engine", "gpt"])
    assert "needs --model" in _fails([data, "--engine", "llm"])


def test_a_row_the_pipeline_refuses_is_named_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "short.jsonl"
    path.write_text('{"id": "ok", "answer": "I raised it with my manager and we agreed.", '
                    '"competency": "conflict", "label": "average"}\n'
                    '{"id": "tiny", "answer": "No.", "competency": "conflict", "label": "weak"}\n',
                    encoding="utf-8")
    message = _fails([str(path)])
    assert f"row 'tiny' ({path} line 2): the answer has only 1 word" in message
