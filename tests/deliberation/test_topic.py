"""`topic` names a line by its noun phrase; the phrase must read as a whole one."""

from __future__ import annotations

import pytest

from roundtable.deliberation.phrasing import topic


@pytest.mark.parametrize(("quote", "expected"), [
    ("and in the support queue those accounts had opened 140 tickets about the template builder",
     "the template builder"),
    ("I pulled the usage data and found that 38% of accounts edited invoices", "the usage data"),
    ("we waited a few weeks", None),
    # a share is no topic: "the line about the third"
    ("and returns were down by about a third on those routes", None),
])
def test_a_topic_never_ends_on_a_determiner_or_a_time(quote: str, expected: str | None) -> None:
    assert topic(quote) == expected


@pytest.mark.parametrize(("quote", "expected"), [
    ("Two weeks before launch, our own audit found the form failed screen-reader testing badly",
     "the audit"),
    # "the right thing" is no topic, and "the right" is not one either.
    ("rather than just saying it was the right thing to do.", None),
    ("and they gave us another project the following year, so it worked out.", None),
])
def test_a_topic_reads_past_own_and_never_stops_short_of_its_noun(
        quote: str, expected: str | None) -> None:
    assert topic(quote) == expected


def test_a_topic_stops_at_a_preposition() -> None:
    assert topic("at least that was the feeling across the team.") == "the feeling"


def test_a_topic_never_ends_on_a_count() -> None:
    # "the customer calls three" is no phrase; the count belongs to what follows it
    assert topic("when a customer calls three times, the script has already failed") == (
        "the customer calls")


def test_a_topic_stops_before_what_the_thing_was_made() -> None:
    # "made the call stats visible" is about the call stats, never "the call stats visible"
    said = topic("I made the call stats visible for the whole team on the board.")
    assert said == "the call stats", said


@pytest.mark.parametrize(("quote", "expected"), [
    # an irregular past after the noun ends the phrase, as "-ed" does: "the line about the
    # customer sent" is no phrase
    ("and the customer sent them back at our cost", "the customer"),
    ("the wrong bottle meant a second visit", "the wrong bottle"),
    # a past form that is a noun too stays in it
    ("we rebuilt the data set by hand", "the data set"),
])
def test_a_topic_stops_before_its_verb(quote: str, expected: str) -> None:
    assert topic(quote) == expected
