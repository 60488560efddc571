"""A headline built on the candidate's own step: an ask that needs its object ("So I asked our
account manager | if they could split the order") is passed over for a later step told whole in
its own clause ("I rewrote the delivery schedule"), rather than giving up on a step at all."""

from __future__ import annotations

import pytest

import roundtable

STORY = ("Our supplier kept shipping late every week. {ask} I rewrote the delivery schedule "
         "around two smaller drops. Late deliveries fell from nine a month to one.")


@pytest.mark.parametrize("ask", [
    "So I asked our account manager at the supplier if they could split the order, since the "
    "trucks were full anyway.",
    "I asked our supplier, if they could split the order into two drops.",
])
def test_the_headline_names_the_step_told_whole_after_an_ask(ask: str) -> None:
    headline = roundtable.review(STORY.format(ask=ask), competency="ownership").headline
    assert "rewrote the delivery schedule around two smaller drops" in headline, headline
