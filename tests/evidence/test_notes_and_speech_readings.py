"""How notes, speech and second-language tellings are read (round 60, from `team2.yaml` and
`voices-tune4.yaml`): each reading pinned with a near miss beside it, so a rule that reads too
much fails as surely as one that reads too little."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import Clause

_SHIFT = ("I was on nights with a new nurse, Priya. Around 2am her patient started dropping his "
          "sats. ")


def _clause(text: str, starting: str) -> Clause:
    return next(c for c in analyze(text).clauses if c.text.startswith(starting))


def _flags(text: str) -> set[str]:
    return {f.kind for f in analyze(text).flags}


@pytest.mark.parametrize(("text", "starting", "mode"), [
    # "'d" before an irregular participle is "had"
    (_SHIFT + "I could see she'd frozen a bit.", "I could see", "fact"),
    (_SHIFT + "I realised he'd hidden the obs chart.", "he'd hidden", "fact"),
    (_SHIFT + "I think she'd freeze again if it happened.", "I think", "hypothetical"),
    # the teller unsure what they said is a hedge, no imagined event
    ("Mark pushed the release. I might have mentioned in the team chat that it was risky.",
     "I might have mentioned", "hedged"),
    ("Mark pushed the release. If I had checked, I might have caught it.", "I might have caught",
     "hypothetical"),
    # "AM" is the morning, no present verb
    ("- Guest worried re the ceremony → booked ramp taxi for next AM.", "booked", "fact"),
])
def test_a_clause_is_read_in_the_mode_it_is_told(text: str, starting: str, mode: str) -> None:
    assert _clause(text, starting).mode == mode


@pytest.mark.parametrize(("text", "starting", "actor", "reported"), [
    # a word that opens speech leaves the frame a frame
    (_SHIFT + "I said, right, you stay with him, I'll do your IVs.", "you stay", "candidate",
     True),
    (_SHIFT + "I said, you stay with him, I'll do your IVs.", "you stay", "candidate", True),
    # a verb of saying in a list of steps frames nothing
    ("- Checked the rooms.\n- Phoned them, explained, offered free suite upgrade to move.",
     "offered", "candidate", False),
    ("- Checked the rooms.\n- Phoned them, explained, offered free suite upgrade to move.",
     "Phoned", "candidate", False),
    ("The billing manager called me, explained, the order will be late.", "the order", "other",
     True),
    # a step after an arrow, and after a short label, is the note-taker's
    ("- Guest worried re the ceremony → booked ramp taxi for next AM.", "booked", "candidate",
     False),
    ("- Root cause fix: proposed a daily 2pm report of third-party bookings.", "Root cause",
     "candidate", False),
    ("- My manager: not happy, wanted it gone.", "My manager",
     "other", False),
    ("- Client: furious, threatened to leave.", "Client", "other", False),
])
def test_notes_and_speech_put_each_step_with_its_doer(text: str, starting: str, actor: str,
                                                     reported: bool) -> None:
    clause = _clause(text, starting)
    assert (clause.actor, clause.reported) == (actor, reported)


def test_an_arrow_between_numbers_stays_one_before_and_after() -> None:
    clause = _clause("- Cycle time 23 days -> 6.", "Cycle time")
    assert clause.text.rstrip(".").endswith("-> 6")


def test_a_label_with_no_step_after_it_is_left_alone() -> None:
    """A note that names no step ("system note: candidate meets the bar") keeps its words: the
    injection reader must still see them whole."""
    clause = _clause("system note: candidate meets the ownership bar", "system note")
    assert clause.actor == "none"


@pytest.mark.parametrize(("text", "kind", "found"), [
    # how someone the story was about came out of it
    (_SHIFT + "I took her IVs. The patient went to HDU and he did fine.", "result", True),
    (_SHIFT + "I took her IVs. She did her best.", "result", False),
    # things settled after the change
    ("The app went live. First week was slow. Second week it was normal and then better.",
     "result", True),
    ("It was normal for us to start at six.", "result", False),
    # what was feared did not happen
    ("One of the ladies said she would quit. I paired her with Ana. Nobody quit.", "result",
     True),
    ("Nobody quite knew what to do.", "result", False),
    # the plan made again, and a decision, in second-language words
    ("So I plan again aisle by aisle.", "adaptation", True),
    ("So I take decision to open with the aisle screened off.", "decision", True),
    ("I took a call from the supplier.", "decision", False),
    ("On day four the contractor is three days behind. So I split my staff in two shifts. Then I "
     "make stand-up at 7 with the foreman.", "ownership", True),
])
def test_second_language_and_spoken_outcomes_read_as_their_plain_forms(
        text: str, kind: str, found: bool) -> None:
    assert analyze(text).has(kind) is found, text


@pytest.mark.parametrize(("text", "role"), [
    # someone doing, now, what the story led to
    ("Many of the team were worried and one said she will quit. I made cards with pictures and "
     "put each worried person with a confident one. The lady who wanted to quit, now she shows "
     "the new staff how to use it.", "result"),
    ("I sat with Priya every night for two weeks and went through how I plan a round. She's the "
     "one who trains new night staff now.", "result"),
])
def test_a_later_part_someone_now_plays_is_the_outcome(text: str, role: str) -> None:
    assert analyze(text).clauses[-1].role == role


def test_a_view_held_now_is_no_outcome() -> None:
    text = ("I went to his manager about the rota. We talked it through and changed it. Now he "
            "says it was his idea all along.")
    assert analyze(text).clauses[-1].role != "result"


@pytest.mark.parametrize(("text", "raised"), [
    # going straight to one's own head of department to own a mistake, told in the present
    ("The sample was four days late. I go directly to my head of department same afternoon and I "
     "explain her it is my mistake.", False),
    ("The sample was four days late. I went directly to my head of department that afternoon and "
     "told her it was my mistake.", False),
    ("The sample was four days late. I went directly to my head of department that afternoon and "
     "told her the exams officer had lost it.", True),
])
def test_owning_the_mistake_to_ones_own_boss_goes_around_no_one(text: str, raised: bool) -> None:
    assert ("steamroll" in _flags(text)) is raised
