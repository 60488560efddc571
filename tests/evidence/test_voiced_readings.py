"""What spoken, terse and second-language tellings say in their own words, read as the plain
telling of the same story is (round 59, from `voices-heldout3.yaml` and `voices-tune3.yaml`):
each reading pinned at its edges, with the plain form it stands for."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import read_mode

_STAGE = ("I was production manager at a regional theatre. The set was late from the workshop, so "
          "I gave the set build the stage on Tuesday and lighting worked overnight. ")


def _flags(text: str) -> set[str]:
    return {f.kind for f in analyze(text).flags} - {"too_short"}


@pytest.mark.parametrize(("text", "kind", "found"), [
    # the saving told in the present
    ("So we save £40 a week on the bread order.", "cost", True),
    ("We saved £40 a week on the bread order.", "cost", True),
    ("I saw the save button was greyed out.", "cost", False),
    # the date kept, in second-language words, told at the end of a story
    (_STAGE + "We open the preview in time.", "result", True),
    (_STAGE + "In time, the designer came round to it.", "result", False),
    # feedback named in a note is not the story told vaguely
    ("- 15-min debrief after each: one thing went well, one to change.", "vague", False),
    ("Everything went well.", "vague", True),
    # the candidate's undertaking, said
    ("So I said I'd review her orders with her every week.", "decision", True),
    ("I told him I would cover the Saturday myself.", "decision", True),
    ("I said I'd think about it.", "decision", False),
])
def test_a_voiced_phrase_is_read_as_its_plain_form(text: str, kind: str, found: bool) -> None:
    assert analyze(text).has(kind) is found, text


@pytest.mark.parametrize(("text", "flag", "raised"), [
    # "I mean" puts no teller in what it opens
    ("The pharmacist said near misses were normal. I didn't see it that way, because, I mean, a "
     "near miss is really just an error that happened to get caught, right? So I pulled the log.",
     "never_fail", False),
    ("Honestly, I mean, I've never really failed at anything big.", "never_fail", True),
    # "you know" judges no one
    ("I paid for the course myself, because, you know, school budgets being what they are. "
     "Then I practised with videos every evening.", "contempt", False),
    ("And you know how the managers are, useless.", "contempt", True),
])
def test_speech_fillers_carry_no_flag_of_their_own(text: str, flag: str, raised: bool) -> None:
    assert (flag in _flags(text)) is raised


_REFUSED = ("I asked Aisha if she would think about becoming a trainer. She say me no, because "
            "she hate to speak in front of groups and she failed a classroom course some years "
            "before. ")


@pytest.mark.parametrize(("after", "blamed"), [
    ("So I split the role in parts.", False),
    ("So I arranged that she co-delivered two sessions with Gareth.", False),
    ("So I sit with her and we plan her first session together.", False),
    ("That is why we were short of trainers all year.", True),
])
def test_a_trainees_own_reason_met_with_help_is_no_blame(after: str, blamed: bool) -> None:
    assert ("blame" in _flags(_REFUSED + after)) is blamed


@pytest.mark.parametrize("text", [
    "I lent him my van", "we fought it for a week", "I slept in the office that night",
    "she froze the account", "I swept the yard before the inspection",
])
def test_an_irregular_past_tells_what_happened(text: str) -> None:
    assert read_mode(text, "candidate") == "fact"


def test_the_same_verbs_in_the_present_are_a_habit() -> None:
    assert read_mode("I lend him my van", "candidate") == "habitual"
