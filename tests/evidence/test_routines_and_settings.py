"""How often, whose, and whether at all: routines, settings and notes told in more words (round
82).

A batch of labelled sentences written for this round by a writer who saw only LABELS.md
(`clauses_tune/mode35.jsonl`) showed routines the reader took for plans or imaginings ("the tank
will normally beep", "people would just bag the instruments and go", "the other would want it on
the rail") and a teller's setting taken for a habit ("I coordinate volunteers at a food bank");
ten stories in five voices (`probes/voices-tune6.yaml`) showed notes read as nobody's or the
teller's where a person heads the line, and a call after a note's arrow read as no one's. Each
reading is pinned here beside a near miss that must not move; none of the sentences is the
batch's own.

Tried and dropped: a feeling on the day ("One day I am very angry and I shout at him") kept from
the self-portraits that make a sentence a platitude. It read the batch's row right, and took a
weak answer of a held-out set (flagblind2, its text unread) 57 -> 60 Hire votes. So was a
practice kept "since that time" kept from them ("Since that time I always look first where errors
happen"): no tuning story moved, and the held-out voice file voices-heldout.yaml went 0.412 ->
0.427 (numbers only).
"""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import read_actor, read_mode, read_role


def _mode_of(answer: str, opening: str) -> str:
    return next(c.mode for c in analyze(answer).clauses if c.text.startswith(opening))


@pytest.mark.parametrize(("text", "actor", "mode"), [
    # how a thing or a place goes, told with "will" and a word of routine…
    ("The fridge will normally alarm at eight degrees", "none", "habitual"),
    ("The till will automatically lock after a refund", "none", "habitual"),
    # …where the teller's own "I'll always" is what they would do, and a condition a plan
    ("I'll always check the fridge twice", "candidate", "hypothetical"),
    ("The fridge will alarm if you leave the door open", "none", "hypothetical"),
])
def test_will_with_a_word_of_routine_is_how_it_goes(text: str, actor: str, mode: str) -> None:
    assert read_mode(text, actor) == mode  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "mode"), [
    # the teller's job, told by what they do where
    ("I coordinate drivers at a county depot", "fact"),
    ("I schedule the night shifts for a small care home", "fact"),
    ("I work in small phone shop", "fact"),
    # …not a step told in the present, nor a routine
    ("I ask the farmer in the shop", "habitual"),
    ("I coordinate drivers at a county depot every winter", "habitual"),
    # …nor what came of the story ("now"), nor how long ("since")
    ("Now I run the whole kitchen", "habitual"),
])
def test_a_job_told_by_what_is_done_where(text: str, mode: str) -> None:
    assert read_mode(text, "candidate") == mode


@pytest.mark.parametrize(("answer", "opening", "mode"), [
    # someone else's "would" after what the sentence told of the same past goes on with the
    # habit the sentence before set up…
    ("At our depot the old scanner would often freeze mid-shift. And the log, honestly nobody "
     "read it, drivers would just sign the sheet and go.", "drivers would", "habitual"),
    # …not what someone said would happen, nor what a condition would bring
    ("At our depot the old scanner would often freeze mid-shift. And the log, the manager said, "
     "drivers would just sign the sheet and leave.", "drivers would", "hypothetical"),
    ("At our depot the old scanner would often freeze mid-shift. If the log was empty, drivers "
     "would just sign the sheet and leave.", "drivers would", "hypothetical"),
    # the other half of a pair goes on as its first half does
    ("So I ran a corner shop as a volunteer, and there were these two long-time helpers, Ann "
     "and Bea. And, like, one would want everything counted in the back first, the other would "
     "want it straight out on the shelf.", "the other would", "habitual"),
    # a past place named by the teller opens the habit of someone else's "would"…
    ("At the garage where I worked, reception would print three copies of every invoice.",
     "reception would", "habitual"),
    # …where a condition still makes it a plan, and a thing's "would" stays imagined
    ("At the garage where I worked, reception would print three copies if the customer asked.",
     "reception would", "hypothetical"),
    ("I ran a school kitchen with two cooks, Ann and Bea. It would cost more, it would take "
     "longer.", "it would", "hypothetical"),
])
def test_someone_elses_would_goes_on_with_the_past(answer: str, opening: str,
                                                   mode: str) -> None:
    assert _mode_of(answer, opening) == mode


@pytest.mark.parametrize(("answer", "mode"), [
    # a habit told as what went on before is the state the steps after it change…
    ("Before, nurses must fill the paper chart every hour, and many charts are lost. I make one "
     "simple tablet form and I show it to the matron.", "fact"),
    # …where a habit set up with no such word goes on
    ("Nurses must fill the paper chart every hour, and many charts are lost. I make one "
     "simple tablet form and I show it to the matron.", "habitual"),
])
def test_a_habit_told_as_before_sets_up_no_routine(answer: str, mode: str) -> None:
    assert _mode_of(answer, "I make") == mode


@pytest.mark.parametrize(("text", "actor", "mode"), [
    # an amount over a stretch is no share of occasions…
    ("and we had to pack 12,000 boxes in two weeks", "team", "fact"),
    ("the van was late one week in three", "none", "habitual"),
    # …a state or a result that has held since is the story's result, where a step kept up
    # since is a habit…
    ("Yeah, the till's balanced ever since", "none", "fact"),
    ("and the rota has been fair ever since", "none", "fact"),
    ("and the dashboard has counted the spare stock ever since", "none", "habitual"),
    # …and "I mean" in front of a subject is a filler, no present of the teller's
    ("I mean somebody had to", "other", "fact"),
])
def test_since_and_over_a_stretch(text: str, actor: str, mode: str) -> None:
    assert read_mode(text, actor) == mode  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    # people named by a kitchen's, a family's or a pool's word for them, and a shop's
    "the sous would plate the fish without checking it",
    "but her grandson bought two bikes off us",
    "and the lifeguard wasn't on yet",
    "and one of our regulars, Mrs Finch, was waiting",
    "Result: IT reissued the letters",
    # (a time lead that runs on into the clause told in the present is no lead)
    "After this the drivers start telling him things, small things",
])
def test_people_by_their_trade_or_family(text: str) -> None:
    assert read_actor(text) == "other"


def test_it_in_lower_case_is_a_thing() -> None:
    assert read_actor("It said no") == read_actor("it was broken") == "none"
    # …and a bank of questions is one, where a food bank acts
    assert read_actor("- Quiz bank on shared drive, open to all.") == "none"
    assert read_actor("The food bank sent us 40 boxes") == "other"


@pytest.mark.parametrize(("note", "kind", "found"), [
    # a note's arrow leads to the teller's own call…
    ("- Waiting = trucks not loading → decided only on what could be undone later.",
     "decision", True),
    ("- Waiting = trucks not loading → decided only on what could be undone later.",
     "calculated_risk", True),
    # …where what merely followed an arrow is no one's decision
    ("- Not properly supported from the top → tailed off.", "decision", False),
    # a way back told in the passive is a way back
    ("I only changed what could be reversed the same day.", "calculated_risk", True),
])
def test_a_call_after_a_notes_arrow(note: str, kind: str, found: bool) -> None:
    assert any(e.kind == kind for e in analyze(note).evidence) is found


@pytest.mark.parametrize(("answer", "flagged"), [
    # a "that" set off after what someone else thought goes on with their thought…
    ("Gail thought the reason was the new agency pickers, that they were careless.", False),
    # …where the teller's own word for them is the teller's
    ("I told the client the truth, that the pickers were careless.", True),
])
def test_what_someone_else_thought_goes_on_after_that(answer: str, flagged: bool) -> None:
    assert ("contempt" in {f.kind for f in analyze(answer).flags}) is flagged


@pytest.mark.parametrize(("text", "role"), [
    # a lesson told in the present, as a second-language teller tells it…
    ("I think I learn that sometimes you must to accept the decision", "reflection"),
    # …where learning a skill in the story is a step
    ("I learn the new till in one afternoon", "action"),
])
def test_a_lesson_told_in_the_present(text: str, role: str) -> None:
    assert read_role(text, "candidate", "habitual", 0.95, None, False) == role


@pytest.mark.parametrize(("note", "opening", "actor", "flags"), [
    # the rest of a note's line a person heads is theirs: their view…
    ("- Head chef Paolo Ricci: repeat order → no need to check allergen info.\n"
     "- Insisted: every label checked.", "no need", "other", set()),
    # …and their step
    ("- Ruth Okafor, HoD.\n- Ruth: never made it dept policy, didn't stop anyone.",
     "didn't stop", "other", {"no_story"}),
    # …until the teller is named on it again
    ("- Ward mgr Dana: fine, signed it off, I booked the porter.", "I booked", "candidate",
     set()),
])
def test_a_notes_line_headed_by_someone(note: str, opening: str, actor: str,
                                        flags: set[str]) -> None:
    analysis = analyze(note)
    assert next(c.actor for c in analysis.clauses if c.text.startswith(opening)) == actor
    assert {f.kind for f in analysis.flags} - {"too_short"} == flags


@pytest.mark.parametrize(("note", "kinds"), [
    # a weight in notes is an amount, as the word written out is
    ("- Result: 410 t by deadline (short of 450).", {"metric", "quantified_result"}),
    # …and a step someone else named before an arrow took is no step of the teller's
    ("- Haulage: colleague Bridget Kelly → booked lorries.", set()),
])
def test_notes_amounts_and_arrows(note: str, kinds: set[str]) -> None:
    found = {e.kind for e in analyze(note).evidence}
    assert kinds <= found
    if not kinds:
        assert "action" not in found


@pytest.mark.parametrize(("note", "mode"), [
    # a note's step told as the label before its colon is told, whatever its reason denies…
    ("- Disagreed: algebra unit not finished by then.", "fact"),
    ("- Refused: no second check on the dose.", "fact"),
    # …where with no such label the denial is the clause's
    ("- Algebra unit not finished by then.", "negated"),
])
def test_a_step_as_a_notes_label(note: str, mode: str) -> None:
    assert analyze(note).clauses[0].mode == mode
