"""A time named in a general truth pins nothing of the story told."""

from __future__ import annotations

import roundtable

ANSWER = (
    "When I ran the bakery counter we needed a new assistant, and my manager wanted to take on "
    "his nephew. I asked for a trial morning for every applicant, because an interview doesn't "
    "show you how someone copes on a Saturday morning rush. Three people came in. The nephew was "
    "quick but rude to two customers. A woman called Jo was slower but she checked every order "
    "back and she asked the others for help. I told my manager I wanted Jo and why, and he "
    "agreed to a three-month trial. I worked next to her every Saturday in her first month and "
    "we went through the cake orders she found hard on Monday afternoons. By Christmas she was "
    "running the counter on my days off, and a year later she took over when I moved on."
)


def test_a_time_in_a_general_truth_is_not_said_to_pin_the_story() -> None:
    for panel in ("product-trio", "engineering-loop", "hiring-manager"):
        review = roundtable.review(ANSWER, competency="hire-and-develop-the-best", panel=panel)
        for turn in (t for r in review.rounds for t in r.turns):
            if "pins the story to a time" in turn.text:
                assert "Saturday morning rush" not in turn.text, turn.text
