"""The evaluation report as a terminal table, JSON, or a self-contained HTML page.

The HTML page has inline CSS and an inline SVG strip plot of the panel's score against the
label; no scripts and no external assets. All text reaches the template as plain strings and
is escaped by Jinja2's autoescaping.
"""

from __future__ import annotations

from functools import cache

from jinja2 import Template
from pydantic import BaseModel
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from roundtable.evaluation.scale import label_name
from roundtable.evaluation.summary import EvalReport, SystemMetrics
from roundtable.models import VOTES
from roundtable.render.templating import environment


def _num(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _signed(value: float | None) -> str:
    return "-" if value is None else f"{value:+.3f}"


def _pairs(system: SystemMetrics, same: bool) -> str:
    result = system.pairwise_same_question if same else system.pairwise_all
    return f"{_num(result.accuracy)} ({result.pairs})"


def agreement_table(report: EvalReport) -> Table:
    """Panel and baselines against the labels."""
    table = Table(title=f"Agreement with labels ({report.rows} rows)", title_justify="left")
    for header in ("system", "pairwise, all (pairs)", "pairwise, same question (pairs)",
                   "Spearman", "Kendall tau-b", "QWK (votes)"):
        table.add_column(header, justify="left" if header == "system" else "right")
    for system in report.systems:
        table.add_row(
            f"{system.name}: {system.description}",
            _pairs(system, same=False),
            _pairs(system, same=True),
            _num(system.spearman),
            _num(system.kendall_tau_b),
            _num(system.qwk),
        )
    return table


def confusion_table(system: SystemMetrics, report: EvalReport) -> Table:
    """Labels (rows) against votes (columns) for one system."""
    table = Table(title=f"Label x vote: {system.name}", title_justify="left")
    table.add_column("label")
    for vote in VOTES:
        table.add_column(vote, justify="right")
    table.add_column("mean score", justify="right")
    ratings = sorted({r.rating for r in report.results})
    for rating, counts in zip(ratings, system.confusion, strict=True):
        name = label_name(rating)
        table.add_row(name, *map(str, counts), _num(system.mean_score_by_label.get(name), 2))
    return table


def probe_table(report: EvalReport) -> Table:
    """How each probe moved the panel's score."""
    table = Table(title="Robustness probes (change in verdict score)", title_justify="left")
    for header in ("probe", "expectation", "mean", "max", "min", "raised", "lowered",
                   "same", "violations"):
        table.add_column(header, justify="left" if header in {"probe", "expectation"} else "right")
    for probe in report.probes:
        table.add_row(
            probe.kind, probe.expectation, _signed(probe.mean_change), _signed(probe.max_change),
            _signed(probe.min_change), str(probe.raised), str(probe.lowered),
            str(probe.unchanged),
            Text(str(probe.violations), style="bold red" if probe.violations else "green"),
        )
    return table


def competency_table(report: EvalReport) -> Table:
    """The panel's same-question accuracy and Spearman per competency."""
    table = Table(title="Panel by competency", title_justify="left")
    for header in ("competency", "rows", "same-question pairs", "accuracy", "Spearman"):
        table.add_column(header, justify="left" if header == "competency" else "right")
    for item in report.by_competency:
        table.add_row(item.competency, str(item.rows), str(item.same_question_pairs),
                      _num(item.same_question_accuracy), _num(item.spearman))
    return table


def _facts(report: EvalReport) -> Text:
    d, r, s = report.disagreement, report.retest, report.distinctiveness
    pairs = ", ".join(f"{p.a}~{p.b} {p.mean:.2f}" for p in s.by_pair)
    across = ", ".join(f"{k} {v:.2f}" for k, v in s.same_persona_across_rows.items())
    lines = [
        f"Test-retest: {r.note}"
        + ("" if r.runs < 2 else f"; mean spread {_num(r.mean_spread)}, max "
           f"{_num(r.max_spread)}, hire/no-hire flip rate {_num(r.flip_rate)}"),
        f"Panel disagreement: mean vote range {_num(d.mean_vote_range, 2)} steps, mean "
        f"panelist score sd {_num(d.mean_score_stdev, 2)}, unanimous {_num(d.unanimous_rate, 2)}, "
        f"split hire/no-hire {_num(d.split_rate, 2)}; cross-talk: {d.note}",
        f"Persona distinctiveness ({s.method}): mean {_num(s.mean, 2)}, max {_num(s.max, 2)}; "
        f"by pair: {pairs or '-'}; same persona across answers: {across or '-'}",
        f"Vote mapping: {report.vote_mapping}",
    ]
    return Text("\n".join(lines))


def _misordered(report: EvalReport, limit: int = 12) -> Text:
    wrong = report.misordered_same_question
    if not wrong:
        return Text("Same-question pairs ordered wrongly or tied: none", style="green")
    shown = [
        f"  {p.better} ({p.better_label}, {p.better_score:.2f}) <= "
        f"{p.worse} ({p.worse_label}, {p.worse_score:.2f})"
        for p in wrong[:limit]
    ]
    more = [f"  ... and {len(wrong) - limit} more (see --json)"] if len(wrong) > limit else []
    title = f"Same-question pairs ordered wrongly or tied: {len(wrong)}"
    return Text("\n".join([title, *shown, *more]))


def terminal(report: EvalReport) -> RenderableType:
    """Everything in the report as rich renderables."""
    head = Text(
        f"{', '.join(report.sources)}"
        + (f" (split {report.split})" if report.split else "")
        + f": {report.rows} rows, labels "
        + ", ".join(f"{k} {v}" for k, v in report.label_counts.items())
        + f"; engine {report.settings.engine}"
        + (f" ({report.settings.model})" if report.settings.model else ""),
        style="bold",
    )
    parts: list[RenderableType] = [head, agreement_table(report)]
    parts += [confusion_table(s, report) for s in report.systems if s.name != "length"]
    if report.probes:
        parts.append(probe_table(report))
    parts += [competency_table(report), _facts(report), _misordered(report)]
    return Group(*parts)


def print_report(report: EvalReport, console: Console | None = None) -> None:
    """Print the report to the terminal."""
    (console or Console()).print(terminal(report))


def to_json(report: EvalReport) -> str:
    """The report as indented JSON."""
    return report.model_dump_json(indent=2) + "\n"


class PlotPoint(BaseModel):
    """One row in the strip plot, in SVG coordinates."""

    x: float
    y: float
    vote: str
    title: str


class Plot(BaseModel):
    """Geometry of the strip plot of score against label."""

    width: int
    height: int
    left: int
    top: int
    bottom: int
    bands: list[tuple[str, float]]
    ticks: list[tuple[str, float]]
    means: list[tuple[float, float, float]]
    points: list[PlotPoint]


def plot(report: EvalReport, width: int = 640, height: int = 320) -> Plot:
    """Lay out each row as a point: x = its label (jittered), y = the panel's score 1-5."""
    left, top, bottom, right = 48, 16, 40, 16
    ratings = sorted({r.rating for r in report.results})
    band = (width - left - right) / len(ratings)

    def y_of(score: float) -> float:
        return top + (5 - score) / 4 * (height - top - bottom)

    points: list[PlotPoint] = []
    means: list[tuple[float, float, float]] = []
    for k, rating in enumerate(ratings):
        rows = [r for r in report.results if r.rating == rating]
        centre = left + band * (k + 0.5)
        for n, row in enumerate(rows):
            # Deterministic jitter spreads the points across 60% of the band.
            offset = ((n * 0.618034) % 1 - 0.5) * band * 0.6
            points.append(PlotPoint(
                x=round(centre + offset, 1), y=round(y_of(row.score), 1), vote=row.vote,
                title=f"{row.id}: {row.score:.2f} ({row.vote})",
            ))
        mean = sum(r.score for r in rows) / len(rows)
        means.append((round(centre - band * 0.35, 1), round(centre + band * 0.35, 1),
                      round(y_of(mean), 1)))
    return Plot(
        width=width, height=height, left=left, top=top, bottom=bottom,
        bands=[(label_name(r), round(left + band * (k + 0.5), 1)) for k, r in enumerate(ratings)],
        ticks=[(str(s), round(y_of(s), 1)) for s in (1, 2, 3, 4, 5)],
        means=means, points=points,
    )


@cache
def _template() -> Template:
    env = environment("roundtable.evaluation")
    env.filters["num"] = _num
    env.filters["signed"] = _signed
    env.globals["label_name"] = label_name
    env.globals["VOTES"] = VOTES
    return env.get_template("eval_report.html.j2")


def to_html(report: EvalReport) -> str:
    """The report as one self-contained HTML page."""
    return _template().render(report=report, plot=plot(report))
