"""The review as one self-contained HTML page: inline CSS, no scripts, no external assets.

The page comes from a Jinja2 template with autoescaping on. User text reaches the template only
as plain strings (the answer as a list of `Segment`s), so the template escapes all of it; nothing
from the review is ever marked safe.
"""

from __future__ import annotations

from functools import cache

from jinja2 import Environment

from roundtable.models import Flag, Review
from roundtable.render.highlight import cited_title, segments
from roundtable.render.labels import (
    NO_EVIDENCE,
    ROUND_BLURBS,
    ROUND_TITLES,
    STANCE_LABELS,
    Roster,
    cli_flag_detail,
    clock,
    created_text,
    criterion_evidence,
    engine_facts,
    flag_title,
    inferred_note,
    initials,
    moment_url,
    opening_note,
    quote_text,
    score_text,
    turn_marks,
    vote_label,
)
from roundtable.render.templating import environment

SEATS = 6
"""How many distinct panelist colours the stylesheet defines; seats beyond reuse them."""


@cache
def _environment() -> Environment:
    env = environment("roundtable.render")
    env.globals.update(
        NO_EVIDENCE=NO_EVIDENCE,
        ROUND_BLURBS=ROUND_BLURBS,
        ROUND_TITLES=ROUND_TITLES,
        STANCE_LABELS=STANCE_LABELS,
        cited_title=cited_title,
        cli_flag_detail=cli_flag_detail,
        clock=clock,
        moment_url=moment_url,
        created_text=created_text,
        criterion_evidence=criterion_evidence,
        engine_facts=engine_facts,
        flag_title=flag_title,
        inferred_note=inferred_note,
        initials=initials,
        opening_note=opening_note,
        quote_text=quote_text,
        score_text=score_text,
        turn_marks=turn_marks,
        vote_label=vote_label,
    )
    env.tests["serious"] = _is_serious
    return env


def _is_serious(flag: Flag) -> bool:
    """Flags about the input trying to steer the panel, or a review the model could not do, get
    the alarm colour, not the caution one."""
    return "inject" in flag.kind.lower() or flag.kind == "engine_degraded"


def render_html(review: Review) -> str:
    """The whole review as a standalone HTML document."""
    roster = Roster(review.panel)
    template = _environment().get_template("review.html.j2")
    return template.render(
        review=review,
        roster=roster,
        seat=lambda panelist_id: roster.index(panelist_id) % SEATS,
        segments=segments(review),
        criteria_names={c.id: c.name for c in review.scores.criteria},
        recording=None,
    )
