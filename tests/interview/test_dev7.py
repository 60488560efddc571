"""The probe set `dev7` beyond which questions are found: what each answer holds.

Small talk in the middle of an interview (a dog, a frozen call, a fire drill, a screen share,
the time left), the replies to it, and the replies to questions that are not reviewed (a
hypothetical, a tool check, "why us", the candidate's own questions) are in no answer, in every
format, with speakers or without; what the candidate says after the interruption, and the
replies to follow-ups, stay in the answer they belong to.
"""

from __future__ import annotations

import json

import pytest
from interview_data import DATA

from roundtable.ingest.formats import read_transcript
from roundtable.ingest.segments import converse, split

FOLDER = DATA / "dev7"
FILES = list(json.loads((FOLDER / "expected.json").read_text()))

LEFT_OUT = {
    "retail": ["loud and clear", "bottom up", "dog barking", "take your time",
               "room to decide things locally", "say would I have over hiring"],
    "nurse": ["I did, thank you", "three years at my current hospital", "preceptorship"],
    "analyst": ["hear you fine", "five years in e-commerce", "can you hear me now",
                "one definition of a user", "ten minutes left", "analysts sit inside",
                "decide what to work on"],
    "teacher": ["stopped all morning", "fire drill", "no problem", "always marked",
                "science department"],
    "eng-manager": ["I can hear you", "I can see it", "share my screen", "on-call load",
                    "on-call look like"],
}
"""Words from small talk, its replies, and replies to questions that are not reviewed."""
KEPT = {
    "retail": [(1, "standby list")],
    "nurse": [(0, "about thirty minutes late")],
    "analyst": [(0, "thanked me in the next leadership meeting")],
    "teacher": [(0, "tested me a lot")],
    "eng-manager": [(0, "feedback in the first two weeks"), (2, "failover drill")],
}
"""(question index, words) the candidate says after an interruption or to a follow-up."""


def _answers(name: str) -> list[str]:
    transcript = read_transcript((FOLDER / name).read_text(encoding="utf-8"))
    assert transcript is not None
    return [s.answer for s in split(converse(transcript))]


def _stem(name: str) -> str:
    return name.removeprefix("src/").split(".")[0].removesuffix("-no-speakers")


@pytest.mark.parametrize("name", FILES)
def test_small_talk_and_unreviewed_replies_are_in_no_answer(name: str) -> None:
    answers = " ".join(_answers(name)).lower()
    assert [w for w in LEFT_OUT[_stem(name)] if w.lower() in answers] == []


@pytest.mark.parametrize("name", FILES)
def test_what_follows_an_interruption_stays_in_its_answer(name: str) -> None:
    answers = _answers(name)
    assert [w for n, w in KEPT[_stem(name)] if w.lower() not in answers[n].lower()] == []
