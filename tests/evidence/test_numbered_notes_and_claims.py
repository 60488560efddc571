"""Numbered notes, claims taken back, checks of understanding and more modes (round 83).

Ten stories in five voices written for this round by a writer who saw no code
(`probes/voices-tune7.yaml`) showed terse tellings cut apart at their list numbers ("2." read as
a sentence of its own, so "One-page summary; asked Denise for 20 min." lost its teller), "trailer
no." read as a denial,
a step denied after a shared subject read as told ("Lena joined the group and didn't really
trust our team"), a claim over colleagues' work in polite words left unflagged, and a request
for a meeting with a named person, a bigger idea set against one's own patch and a check of
understanding left uncredited; a batch of labelled sentences (`clauses_tune/mode36.jsonl`) showed
routines, doubts and rates read in the wrong mode and people not known by their nouns. Each
reading is pinned here beside a near miss that must not move; none of the sentences is the
batch's own.

Tried and dropped: a note on a new line read as the teller's after a line whose person does
nothing (it lifted a weak held-out answer, its text unread, and read "- Patient upset: … /
Threatened to move practice" as the teller's threat); someone else's steps one after another in
a sentence counted once (a weak answer whose specialist "spent two days in our lab, checked our
procedures, and found the problem" lost its onlooker penalty).
"""

from __future__ import annotations

import pytest

from roundtable.catalog.loader import competencies
from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import read_actor, read_mode
from roundtable.evidence.text import sentences

_SCHEME = "I set up a mentoring scheme for new nurses on the ward last spring. "


def _clauses(answer: str) -> list[tuple[str, str, str]]:
    return [(c.owner, c.mode, c.text) for c in analyze(answer).clauses]


def _flags(answer: str) -> set[str]:
    return {f.kind for f in analyze(answer).flags} - {"too_short", "no_story"}


def _cued(competency: str, criterion: str, answer: str) -> bool:
    wanted = next(c for c in competencies()[competency].criteria if c.id == criterion)
    return bool(analyze(answer).matches(wanted.cues, "cue"))


def test_a_numbered_item_is_one_sentence_with_its_number() -> None:
    notes = "Rota cut to two carers.\n1. Pulled the incident book.\n2. Rang the regional manager."
    assert [s.text for s in sentences(notes)] == [
        "Rota cut to two carers.", "1. Pulled the incident book.", "2. Rang the regional manager."]
    # a number that ends a sentence still ends it
    assert len(sentences("We had been open since 2019. Then the landlord sold up.")) == 2


def test_a_numbered_item_is_the_tellers_step_as_a_bullet_is() -> None:
    read = _clauses("Context: rota cut to two carers.\n1. Pulled the incident book.\n"
                    "2. Rang the regional manager.\n3. He agreed to a trial.")
    assert [owner for owner, _, _ in read[1:]] == ["candidate", "candidate", "other"]


def test_a_numbered_step_is_matched_with_its_understood_subject() -> None:
    kinds = {e.kind for e in analyze("What I did:\n2. Rang the organiser and asked for the "
                                     "registration numbers.").evidence}
    assert "action" in kinds


def test_no_as_a_number_denies_nothing() -> None:
    assert _clauses("I put the changes on one sheet, with the new trailer no. beside each "
                    "postcode.")[0][1] == "fact"
    assert _clauses("We asked the depot for more drivers. The answer was no.")[-1][1] == "negated"


def test_a_step_denied_after_a_shared_subject_is_a_clause_of_its_own() -> None:
    assert _clauses("Lena joined the group and didn't really trust our team with her samples.") \
        == [("other", "fact", "Lena joined the group"),
            ("other", "negated", "and didn't really trust our team with her samples.")]
    assert len(_clauses("I checked the logs and found the gap.")) == 1
    # the step shares its subject though a question word opens its object
    assert _clauses("I wrote the postmortem and never hid who had made the call.")[-1][:2] == (
        "candidate", "negated")
    # in the present the denial goes on with what it shares
    assert len(_clauses("I'd make sure the postings are in plain language and don't list "
                        "needless requirements.")) == 1


@pytest.mark.parametrize(("answer", "flagged"), [
    # colleagues' work told, then taken back with "but"
    (_SCHEME + "Claire and Tom wrote the checklists and Claire ran the buddy shifts, but I was "
     "the one driving it and making sure it happened.", True),
    (_SCHEME + "I was the one driving the van that week, so I took the samples myself.", False),
    # a result others made, claimed as the fruit of the teller's scheme, in notes too
    (_SCHEME + "One of them passed her certificate in her first year, because that came out of "
     "my programme.", True),
    ("- Set up mentoring scheme for new nurses.\n- One passed her certificate in year one — came "
     "out of my programme.", True),
    (_SCHEME + "The idea came out of my conversations with the night staff.", False),
])
def test_a_claim_over_the_others_work_in_polite_words(answer: str, flagged: bool) -> None:
    assert ("sole_credit" in _flags(answer)) is flagged


@pytest.mark.parametrize(("answer", "raised"), [
    ("I put it on one page and asked Denise for twenty minutes.", True),
    ("I asked Denise for 20 min before the huddle.", True),
    ("I asked Denise for more time to finish the rota.", False),
])
def test_a_meeting_asked_of_a_named_person_raises_it(answer: str, raised: bool) -> None:
    assert ("raised" in {e.kind for e in analyze(answer).evidence}) is raised


@pytest.mark.parametrize(("answer", "cued"), [
    ("Instead of just trying to sell a few more books in my own shop, I wrote a proposal for one "
     "hub for all fourteen shops.", True),
    ("I don't want only to sell little more in my own shop, so I wrote a proposal.", True),
    ("Instead of waiting for the van, I carried the boxes to my own car.", False),
])
def test_a_bigger_idea_set_against_ones_own_patch(answer: str, cued: bool) -> None:
    assert _cued("think-big", "bold-direction", answer) is cued


@pytest.mark.parametrize(("answer", "cued"), [
    ("I asked each loader to show me on the sheet where three parcels would go.", True),
    ("I asked a few people on my shift and found that most hadn't read it.", True),
    ("Night 2: missorts up. Asked around; most hadn't read the email.", True),
    ("I asked the supplier to show me the invoice.", False),
])
def test_understanding_checked_by_asking_and_showing(answer: str, cued: bool) -> None:
    assert _cued("communication", "listening", answer) is cued


@pytest.mark.parametrize(("answer", "cued"), [
    ("Two of my team helped me put the key lines in Polish and Romanian.", True),
    ("- Key lines in Polish, Romanian with two of my team.", True),
    ("I put the numbers in a table for the depot manager.", False),
])
def test_the_message_put_in_the_audiences_language(answer: str, cued: bool) -> None:
    assert _cued("communication", "audience", answer) is cued


def test_how_far_a_problem_went_is_no_path_passed_over() -> None:
    assert not _cued("think-big", "bold-direction", "Reading was low, not just in my class but "
                     "across the whole school, so I designed a passport scheme.")


def test_said_in_a_meeting_in_a_second_language() -> None:
    story = ("Our head of department moved the mocks to January. I am not agree with this. "
             "I say this in department meeting. After this I accept it.")
    assert "raised" in {e.kind for e in analyze(story).evidence}


@pytest.mark.parametrize(("text", "actor", "mode"), [
    # a plural day part makes "would" the past's routine…
    ("and on Monday mornings the phone lines would jam from eight o'clock", "none", "habitual"),
    ("on Monday morning the phone lines would jam if we opened late", "none", "hypothetical"),
    # …a doubt over what would have been imagines it, with or without a lead…
    ("I'm not sure anyone would've spotted it", "candidate", "hypothetical"),
    ("Honestly, I'm not sure anyone would've spotted it", "candidate", "hypothetical"),
    ("I'm not sure they've forgiven me", "candidate", "hedged"),
    # …and a rate the story came down from is no habit of the clause
    ("we missed five o'clock twice in those three weeks, down from most nights", "team", "fact"),
    ("we missed the cut-off most nights", "team", "habitual"),
])
def test_routines_doubts_and_rates_in_round_83(text: str, actor: str, mode: str) -> None:
    assert read_mode(text, actor) == mode  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "actor"), [
    ("and the fire brigade were there in eight minutes", "other"),
    ("since the caretaker retired", "other"),
    ("The manufacturer said", "other"),
    ("most dog walkers use the north gate", "other"),
    # a pair of things is no one
    ("a couple of weeks later the report came back", "none"),
])
def test_more_people_by_their_nouns(text: str, actor: str) -> None:
    assert read_actor(text) == actor


def test_what_did_not_happen_stands_as_a_part_of_a_note() -> None:
    assert _clauses("- door fixed, no injuries")[-1][1:] == ("negated", "no injuries")
    # a contrast stays with the part it contrasts
    assert len(_clauses("- hotel paid, not the guest")) == 1


def test_steps_on_a_count_of_mornings_happened() -> None:
    assert read_mode("I tested blends myself on three mornings", "candidate") == "fact"
