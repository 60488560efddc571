"""What a panelist says a quoted line shows is true of that line."""

from __future__ import annotations

import re

import roundtable

ANSWER = (
    "When I joined my current team as a senior engineer, the code review culture was pretty "
    "relaxed. I disagreed, and not on taste. I wrote a one-page proposal with our escaped-defect "
    "numbers and took it to the team lead. She agreed to a two-reviewer rule for payment code. "
    "Escaped defects fell from 9 to 2 per quarter."
)
_SHOWS_DOING = re.compile(r"“([^”]*)”[^“]*?they say what they did themselves")


def test_only_a_step_the_candidate_took_is_called_what_they_did() -> None:
    for panel in ("product-trio", "engineering-loop", "hiring-manager"):
        review = roundtable.review(ANSWER, competency="insist-on-the-highest-standards",
                                   panel=panel)
        text = " ".join(t.text for r in review.rounds for t in r.turns)
        called = [m.group(1) for m in _SHOWS_DOING.finditer(text)]
        assert not [q for q in called if q.startswith(("When I joined", "I disagreed",
                                                       "She agreed"))], called


def test_saying_they_disagreed_is_not_called_naming_the_objection() -> None:
    review = roundtable.review(ANSWER, competency="insist-on-the-highest-standards")
    assert "named what they objected to" not in review.model_dump_json()
