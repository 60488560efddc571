"""Readings fixed on round 38's blind sets (tests/data/unseen/ps11, ps12), each a misreading
that sank a strong answer or credited a weak one:

- a remit said ("and site decisions were mine") claims nobody's work, where the decisions of a
  team's project claimed whole ("The design decisions were mine") still take the credit;
- what the others did ("while the others did quiet reading") is theirs: they are made
  passengers only in words that shrink it ("while the others just watched");
- "bless her" after a kind act thanks; after a failing, or said on its own, it pities;
- a subject set off by an appositive ("One of the subbie roofers, older fella, thought…") is
  still someone else, whose view it was;
- the consequence of a condition ("if we roll it out across all 38 routes, we could cut £6m")
  is imagined, so no result;
- a terse teller's verbs without a subject ("Blew them out", "Reset the charger at 3") are the
  teller's own steps;
- a story told in the present, as second-language speakers often tell one, with what came of
  it told in the past, is neither an imagined story nor no story at all.
"""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze


def _kinds(text: str) -> set[str]:
    return {e.kind for e in analyze(text).evidence if e.strength > 0}


def _clauses(text: str) -> list[tuple[str, str, str]]:
    return [(c.text, c.actor, c.mode) for c in analyze(text).clauses]


@pytest.mark.parametrize("said, flagged", [
    ("I didn't think that was enough, and site decisions were mine.", False),
    ("The design decisions were mine and so were the results.", True),
    ("Honestly the whole design was mine.", True),
])
def test_a_remit_is_no_credit_taken(said: str, flagged: bool) -> None:
    assert ("sole_credit" in _kinds(said)) is flagged


@pytest.mark.parametrize("said, flagged", [
    ("I swapped it for paper flashcards and ten minutes a day one-to-one with me while the "
     "others did quiet reading.", False),
    ("I rewrote the whole module while the others just watched.", True),
])
def test_what_the_others_did_is_theirs(said: str, flagged: bool) -> None:
    assert ("sole_credit" in _kinds(said)) is flagged


@pytest.mark.parametrize("said, flagged", [
    ("I had to write the risk assessment, which the head signed the same day, bless her.",
     False),
    ("She tried her best, bless her.", True),
    ("He still couldn't find the file, bless him.", True),
    ("He sent the quote to the wrong client. Bless him. Sales people are lovely.", True),
])
def test_bless_her_thanks_or_pities(said: str, flagged: bool) -> None:
    assert ("contempt" in _kinds(said)) is flagged


@pytest.mark.parametrize("said", [
    "One of the subbie roofers, older fella, thought it was all a waste of time.",
    "The older roofer, Dave, thought it was all a waste of time.",
])
def test_a_subject_set_off_by_an_appositive_is_someone_else(said: str) -> None:
    first, second = _clauses(said)[:2]
    assert first[1] == second[1] == "other"
    assert "contempt" not in _kinds(said)


@pytest.mark.parametrize("said", [
    "I built a model showing that if we roll it out across our 38 rural routes we could cut "
    "operating costs by around £6m over five years.",
    "If we rolled it out everywhere, we could save £6m.",
])
def test_the_consequence_of_a_condition_is_imagined(said: str) -> None:
    assert _clauses(said)[-1][2] == "hypothetical"
    assert not {"result", "quantified_result"} & _kinds(said)


def test_a_past_ability_is_still_told() -> None:
    said = "After the change we could finally see the whole queue, and waits fell by half."
    assert "result" in _kinds(said)


def test_a_terse_tellers_steps_without_a_subject_are_theirs() -> None:
    said = ("I went to the compressor. Ten minutes: cooler fins clogged with dust. Blew them "
            "out. Sent the fitter to line 3 at the same time. Reset the charger at 3.")
    actors = {text: actor for text, actor, _ in _clauses(said)}
    assert actors["Blew them out."] == "candidate"
    assert actors["Sent the fitter to line 3 at the same time."] == "candidate"
    assert actors["Reset the charger at 3."] == "candidate"


PRESENT_STORY = ("I find the tariff online. I start reading the chapter for hand tools in the "
                 "evenings. Then I take all our entries and check each code. I write to HMRC for "
                 "a ruling. We claimed back £41,000.")


def test_a_story_told_in_the_present_with_its_outcome_in_the_past_is_a_story() -> None:
    assert not {"hypothetical", "no_story"} & _kinds(PRESENT_STORY)


@pytest.mark.parametrize("said", [
    "I check every code myself. I call the broker when something looks wrong. I keep a list of "
    "the odd ones.",
    "I usually check every code myself. I usually call the broker when something looks wrong. "
    "I always keep a list. Last year we saved £40,000.",
])
def test_habits_are_still_no_story(said: str) -> None:
    assert {"hypothetical", "no_story"} & _kinds(said)


@pytest.mark.parametrize("said, kind, flagged", [
    ("I suppose I could have double-checked that particular entry, but that's really what the "
     "paralegals are there for.", "blame", True),
    ("Sales had promised a couple of clients. But that's a sales problem, it shouldn't become "
     "an engineering risk.", "dismissive", True),
    ("That was a real problem for finance, so I went to see them the same day.", "dismissive",
     False),
    ("That's their job, and they did it brilliantly.", "blame", False),
])
def test_a_stake_left_to_another_side(said: str, kind: str, flagged: bool) -> None:
    """A check left to someone else's role blames them; another side's stake called theirs
    waves it off, whatever wish follows it after a comma. A problem named as someone's, and
    acted on, is neither."""
    assert (kind in _kinds(said)) is flagged


def test_leaving_later_is_no_outcome() -> None:
    """"I left about four months later" ends the teller's part, and nothing came of it."""
    said = "I wrote a short spec for a first version. I left about four months later."
    assert "result" not in _kinds(said)
