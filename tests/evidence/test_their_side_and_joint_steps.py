"""Perspective-taking and a step taken side by side, told in plain words, are evidence; anger
told as where the candidate started is no emotional framing.

"I ask her to explain me her day. I learn something I didn't know … It was not that she is
slow" is a candidate finding out the other side's constraint; "we look together at the week"
is the shared work that resolves it; "First I was angry and I complain to the head chef" owns
a first reaction the story then moves past, as "I was angry at first" does."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze


def _kinds(text: str) -> set[str]:
    return {e.kind for e in analyze(text).evidence if e.strength > 0}


@pytest.mark.parametrize("line", [
    "So I asked her to explain me her day, after service.",
    "I asked him to show me what he did when the machine stopped.",
    "I asked them to walk me through how they actually roster the nights.",
    "It was not that she is slow; she could not start before half past one.",
])
def test_asking_for_the_other_side_and_finding_it_is_empathy(line: str) -> None:
    assert "empathy" in _kinds(line), line


@pytest.mark.parametrize("line", [
    "I asked him to explain the refund policy to the customer.",
    "I didn't know what to say to her in the meeting.",
])
def test_near_misses_are_not(line: str) -> None:
    assert "empathy" not in _kinds(line), line


@pytest.mark.parametrize("line", [
    "Then we looked together at the week and moved the roasts to five.",
    "The next morning we walked the shed together to keep the birds moving.",
    "We planned together for the next three years.",
])
def test_a_step_taken_side_by_side_is_collaboration(line: str) -> None:
    assert "collaboration" in _kinds(line), line


def test_getting_on_well_is_no_shared_step() -> None:
    assert "collaboration" not in _kinds("We work together well, we cover for each other a lot.")


@pytest.mark.parametrize("line", [
    "First I was angry and I complained to the head chef.",
    "At first I was angry, so I went for a walk before I rang him.",
    "Initially, I was really frustrated with the delays.",
])
def test_anger_told_as_where_they_started_is_no_emotional_framing(line: str) -> None:
    assert "emotional" not in _kinds(line), line


def test_anger_told_as_the_frame_still_is() -> None:
    assert "emotional" in _kinds("I was angry with him for the whole week and I told everyone.")
