"""The word forms the reader builds to read a story told in the present as the past it tells
(`past_of`, the past of an "-ing" form, the later steps of a listed clause), each at its edges.
Words and sentences written for these tests.
"""

from __future__ import annotations

import pytest

from roundtable.evidence.reading import (
    Clause,
    _past_of_progressive,
    listed_in_past,
    past_of,
)
from roundtable.evidence.text import Span


@pytest.mark.parametrize(("verb", "past"), [
    ("decides", "decided"),
    ("fixes", "fixed"),
    ("relaxes", "relaxed"),
    ("catches", "caught"),
    ("teaches", "taught"),
    ("pushes", "pushed"),
    ("tries", "tried"),
    ("flies", "flew"),
    ("goes", "went"),
    ("echoes", "echoed"),
    ("passes", "passed"),
    ("stops", "stopped"),
    ("plans", "planned"),
    ("opens", "opened"),
    ("go", "went"),
    ("copy", "copied"),
    ("play", "played"),
    ("call", "called"),
])
def test_the_past_of_a_present_form(verb: str, past: str) -> None:
    assert past_of(verb) == past


@pytest.mark.parametrize("word", ["needed", "working", "s"])
def test_a_word_already_past_or_no_verb_has_no_past(word: str) -> None:
    assert past_of(word) is None


@pytest.mark.parametrize(("word", "past"), [
    ("sitting", "sat"),
    ("taking", "took"),
    ("offering", "offered"),
    ("deciding", "decided"),
    ("copying", "copied"),
    ("playing", "played"),
    ("Stopping", "stopped"),
])
def test_the_past_of_an_ing_form(word: str, past: str) -> None:
    assert _past_of_progressive(word) == (past, word.lower())


@pytest.mark.parametrize("word", ["ring", "sing", "bring", "ying", "table", "12ing"])
def test_a_word_under_five_letters_or_without_ing_is_no_ing_form(word: str) -> None:
    assert _past_of_progressive(word) is None


def _clause(text: str, actor: str = "candidate", mode: str = "fact", at: int = 0) -> Clause:
    return Clause(0, Span(at, at + len(text), text), actor, actor, mode, "action")  # type: ignore[arg-type]


def test_the_later_steps_of_a_list_read_in_the_past_at_their_place() -> None:
    text = "I sit with them, explain the plan and bring the printouts"
    edits = listed_in_past(_clause(text, at=100))
    assert edits == [(100 + text.index("explain"), 100 + text.index("explain") + 7, "explained"),
                     (100 + text.index("bring"), 100 + text.index("bring") + 5, "brought")]


@pytest.mark.parametrize("text", [
    "I sat with them, explained the plan",  # already past
    "I sat with them, taken the plan",  # a participle
    "I sat with them, brought the plan",  # an irregular past
    "I sat with them, fought the plan",
    "I sat with them, quickly the plan",
    "I sat with them, working the plan",  # a gerund has no past of its own
])
def test_a_word_already_past_or_no_plain_verb_is_left(text: str) -> None:
    assert listed_in_past(_clause(text)) == []


@pytest.mark.parametrize(("actor", "mode"), [("other", "fact"), ("none", "fact"),
                                             ("candidate", "hypothetical")])
def test_only_the_tellers_told_steps_are_read_in_the_past(actor: str, mode: str) -> None:
    assert listed_in_past(_clause("I sit with them, explain the plan", actor, mode)) == []


def test_the_teams_listed_steps_are_read_in_the_past() -> None:
    assert [e[2] for e in listed_in_past(_clause("we sit with them, explain the plan",
                                                 "team"))] == ["explained"]
