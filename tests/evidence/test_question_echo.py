"""The question said back before the story starts ("So, invent and simplify.") is the
interviewer's words, not evidence; a verbless opening keeps its place in the story (a date, a
setting) and any red flag it carries."""

from __future__ import annotations

from roundtable.evidence.analysis import analyze

STORY = ("Last March I rebuilt our returns form. Customers had to fill in eleven fields, so I "
         "cut it to four and pre-filled the order number. Returns handled per day went from 40 "
         "to 65.")


def _kinds_in_first(answer: str) -> set[str]:
    analysis = analyze(answer)
    first = analysis.sentences[0].span
    return {e.kind for e in analysis.evidence if first.start <= e.at < first.end}


def test_the_competency_said_back_is_no_evidence_of_it() -> None:
    assert "simplification" not in _kinds_in_first("So, invent and simplify, yeah. " + STORY)
    assert "trust" not in _kinds_in_first("Right, earning trust, okay. " + STORY)


def test_the_same_words_in_the_story_are_evidence() -> None:
    told = "I simplified the returns form, so trust came back. " + STORY
    assert {"simplification", "trust"} <= _kinds_in_first(told)


def test_a_verbless_opening_keeps_its_date_and_its_red_flag() -> None:
    assert "timeframe" in _kinds_in_first("Returns desk, Leeds store, March 2023: " + STORY)
    assert "contempt" in _kinds_in_first("Useless idiots, the lot of them, honestly. " + STORY)


def test_a_story_told_in_verbless_notes_keeps_its_evidence() -> None:
    notes = ("- Warehouse; pickers walking 14 km a shift.\n- Mock-up in 2 days; trial with 6 "
             "pickers.\n- Walking down to 9 km a shift.")
    assert "experiment" in {e.kind for e in analyze(notes).evidence}
