"""The HTML report escapes what came from the dataset, and the plot follows the scores."""

from __future__ import annotations

from collections.abc import Callable

from roundtable.evaluation.dataset import EvalRow
from roundtable.evaluation.render import plot, to_html, to_json
from roundtable.evaluation.results import EvalSettings
from roundtable.evaluation.runner import run_sync
from roundtable.evaluation.summary import EvalReport, build_report
from roundtable.models import Review


def _report(reviewer: Callable[..., Review]) -> EvalReport:
    rows = [
        EvalRow(id="<script>alert(1)</script>", answer="We saved 12% in 3 weeks.",
                competency="conflict", rating=5, label="strong", group="g"),
        EvalRow(id="plain", answer="It went fine.", competency="conflict", rating=1,
                label="weak", group="g"),
    ]
    settings = EvalSettings()
    return build_report(run_sync(rows, settings, reviewer=reviewer, reading=None), settings,
                        sources=["<data>.jsonl"])


def test_html_escapes_dataset_text(reviewer: Callable[..., Review]) -> None:
    html = to_html(_report(reviewer))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "&lt;data&gt;.jsonl" in html


def test_plot_puts_higher_scores_higher(reviewer: Callable[..., Review]) -> None:
    report = _report(reviewer)
    layout = plot(report)
    strong, weak = (next(p for p in layout.points if p.title.startswith(r.id))
                    for r in report.results)
    # SVG y grows downwards: the strong row's higher score sits nearer the top.
    assert strong.y < weak.y
    assert [label for label, _ in layout.bands] == ["weak", "strong"]
    assert strong.x > weak.x


def test_json_round_trips(reviewer: Callable[..., Review]) -> None:
    report = _report(reviewer)
    assert EvalReport.model_validate_json(to_json(report)) == report
