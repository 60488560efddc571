"""One fact, read alike in any voice (issue 8, "Robust to voice"), round 30.

Each test tells the same fact in two voices, or in a voice and a near miss, with sentences
written for the test: a terse line's understood subject meets a criterion's cues, a lesson
told as "for me it showed that…", a job named without its article or as a terse opening line,
and a relationship told in second-language English.
"""

from __future__ import annotations

import re

import pytest

from roundtable.catalog.loader import competencies
from roundtable.evidence.analysis import analyze
from roundtable.evidence.lexicon import finditer
from roundtable.evidence.reading import Clause, split_clauses, told_in_past, told_later
from roundtable.evidence.text import Span


def _found(kind: str, text: str) -> list[str]:
    return [m.group().lower() for m in finditer(kind, text)]


def _cue(competency: str, criterion: str, index: int) -> str:
    found = next(c for c in competencies()[competency].criteria if c.id == criterion)
    return found.cues[index]


_ADMITTED = r"\bi (failed|messed up|got (it|this|that) wrong|dropped the ball)\b"


@pytest.mark.parametrize(("answer", "matched"), [
    ("- Ran the stock count for the new warehouse\n- Messed up the pallet labels on day one\n",
     True),
    ("I ran the stock count for the new warehouse. I messed up the pallet labels on day one.",
     True),
    # the line's own subject is someone else: no understood "I"
    ("- Ran the stock count for the new warehouse\n- Driver messed up the pallet labels\n",
     False),
])
def test_a_terse_lines_understood_subject_meets_the_cues(answer: str, matched: bool) -> None:
    """A cue that names its subject ("I messed up") finds a terse line that leaves it
    understood, as the kinds already do, and never a line with a subject of its own."""
    assert bool(analyze(answer).matches([_ADMITTED], "cue0")) is matched


@pytest.mark.parametrize("text", [
    "For me it showed that a regular caller is a warning sign.",
    "To me, I guess, this showed how little the form explained.",
    "For me this show that the form explain nothing.",
])
def test_a_lesson_put_after_for_me_is_a_lesson_not_data(text: str) -> None:
    kinds = {e.kind for e in analyze(f"I rebuilt the intake form last spring. {text}").evidence}
    assert "learning" in kinds
    assert "data" not in kinds


def test_figures_beside_a_lesson_are_the_data_and_the_lessons_showed_is_not() -> None:
    """A lesson about checking figures, and the figures checked in the same sentence: the data
    is credited where the numbers are, never at the lesson's "it showed"."""
    answer = ("For me it showed that you have to check the numbers yourself, so I pulled the "
              "logs every Monday after that.")
    data = [e for e in analyze(answer).evidence if e.kind == "data"]
    assert data
    assert all(answer.find("numbers") <= e.at for e in data), [answer[e.at:] for e in data]


def test_what_a_report_showed_is_still_data() -> None:
    kinds = {e.kind for e in analyze(
        "I pulled the booking logs. They showed that half the no-shows were Monday slots.")
        .evidence}
    assert "data" in kinds


@pytest.mark.parametrize(("text", "scene"), [
    ("I was night supervisor in parcel depot.", True),
    ("I was a night supervisor at a parcel depot.", True),
    ("- Night supervisor, parcel depot, 30 sorters", True),
    ("- Acting head of science, comprehensive school", True),
    # someone else, not the teller's role
    ("- Depot manager, back from his holiday: angry", False),
    ("My supervisor, who had just started, said no.", False),
])
def test_the_tellers_job_sets_the_scene_however_named(text: str, scene: bool) -> None:
    assert bool(_found("situation", text)) is scene


@pytest.mark.parametrize(("text", "matched"), [
    ("Me and Ola, we get on fine from then.", True),
    ("Ola and I got on fine from then on.", True),
    ("From then it was only email between us.", False),
])
def test_getting_on_from_then_is_the_relationship_after(text: str, matched: bool) -> None:
    """Second-language English drops the "on" of "from then on"."""
    cue = _cue("conflict", "relationship-after", 7)
    assert bool(re.search(cue, text, re.IGNORECASE)) is matched


_PRESENT_TELLING = ("Last spring I am shift supervisor in a bakery. One new baker, Tomasz, is "
                    "slow on the ovens. I decide to pair him with our best baker. {routine} In "
                    "two months he runs the morning ovens alone.")


def _credited_in(answer: str, words: str) -> set[str]:
    analysis = analyze(answer)
    at = answer.index(words)
    return {e.kind for e in analysis.evidence if e.strength > 0 and e.start <= at < e.end
            or e.strength > 0 and at <= e.start < at + len(words)}


@pytest.mark.parametrize(("routine", "credited"), [
    ("Also I sit with him every morning to show him the timings.", True),
    ("Also I sat with him every morning to show him the timings.", True),
    # the teller's habit at large, not the story's routine
    ("I always sit with new people to show them the timings.", False),
])
def test_a_routine_kept_in_a_present_telling_is_the_storys(routine: str,
                                                           credited: bool) -> None:
    """In a story told in the present, "every morning" counts the story's occasions, as it
    does in the same story told in the past: the steps in it are the candidate's."""
    answer = _PRESENT_TELLING.format(routine=routine)
    assert ("action" in _credited_in(answer, routine)) is credited


@pytest.mark.parametrize(("text", "lesson"), [
    ("I think the main thing I took from it was to check the van before loading it.", True),
    ("The one thing I've kept is a checklist taped inside the van door.", True),
    ("The main thing I took was the spare battery.", False),
])
def test_a_lesson_named_the_main_thing_taken_is_a_lesson(text: str, lesson: bool) -> None:
    """A spoken telling weighs its lesson as it names it; a thing carried off is no lesson."""
    assert bool(_found("learning", text)) is lesson


@pytest.mark.parametrize(("text", "matched"), [
    ("We were arguing about the delivery slots at every stand-up.", True),
    ("Me and the buyer was arguing every week about the slots.", True),
    ("I had constant argument with the night buyer about slots.", True),
    ("For a month I was in a running argument with the night buyer.", True),
    ("We were planning the delivery slots.", False),
])
def test_the_conflict_told_as_it_went_on(text: str, matched: bool) -> None:
    cues = next(c for c in competencies()["conflict"].criteria if c.id == "the-conflict").cues
    assert any(re.search(cue, text, re.IGNORECASE) for cue in cues) is matched


def _cut(text: str) -> list[str]:
    return [c.text for c in split_clauses(Span(0, len(text), text))]


@pytest.mark.parametrize(("text", "clauses"), [
    ("And then that evening, the night porter, he locked the side gate.",
     ["And then that evening, the night porter, he locked the side gate."]),
    ("So the new courier, they never showed up on Friday.",
     ["So the new courier, they never showed up on Friday."]),
    # a subject of its own before the comma: two clauses
    ("We rang the depot, they sent a second van.",
     ["We rang the depot", "they sent a second van."]),
])
def test_a_subject_picked_up_again_by_a_pronoun_is_one_clause(text: str,
                                                              clauses: list[str]) -> None:
    assert _cut(text) == clauses


@pytest.mark.parametrize(("text", "later"), [
    ("And then later that week, the depot rang to say the van was fixed.", True),
    ("So, then later, the depot rang to say the van was fixed.", True),
    ("And then the depot rang to say the van was fixed.", False),
])
def test_time_passing_is_heard_behind_stacked_connectives(text: str, later: bool) -> None:
    assert told_later(text, "other", None) is later


def _named_lines(answer: str) -> set[int]:
    """The sentences (here, lines) in which a name is found."""
    return {e.sentence for e in analyze(answer).evidence if e.kind == "named_entity"}


@pytest.mark.parametrize("answer", [
    # named mid-sentence elsewhere, then opening a line
    "- Took over the night desk from Bogdan, who had left\n- Bogdan rang in on the first night\n",
    # a person the notes keep opening lines on
    "- Oksana: new cashier, two weeks in\n- Oksana asked for the till training again\n",
])
def test_a_name_opening_a_terse_line_is_a_name(answer: str) -> None:
    assert 1 in _named_lines(answer)


def test_a_word_opening_one_line_is_not_taken_for_a_name() -> None:
    assert not _named_lines("- Stock arrived late on the Monday\n- Rang the depot for a van\n")


@pytest.mark.parametrize(("text", "owned"), [
    ("I am thinking that I should talk with him more early.", True),
    ("I should check the labels before, not after the count.", True),
    ("I should have talked to him earlier.", True),
    ("Next time I should ask the depot earlier.", False),
    ("I should ask the depot about the vans.", False),
])
def test_should_with_a_time_before_owns_a_miss(text: str, owned: bool) -> None:
    """Second-language English says "should have talked earlier" as "should talk more early"."""
    assert bool(_found("failure_owned", text)) is owned


_PAIR_STORY = ("Last winter I ran the night desk at a hotel. The rota was a mess and the night "
               "porter and I argued about it. So I proposed we plan it together. Complaints "
               "stopped after that, and Ola and {told} the new rota to the day staff.")


def _last_sentence_kinds(answer: str) -> set[str]:
    analysis = analyze(answer)
    return {e.kind for e in analysis.evidence if e.sentence == len(analysis.sentences) - 1}


def test_a_step_told_with_me_and_someone_is_the_teams_as_told_with_i() -> None:
    """Second-language and spoken English say "Ola and me present" for "Ola and I presented":
    a clause of its own, the team's, matched as the past telling is."""
    analysis = analyze(_PAIR_STORY.format(told="me present"))
    pair = next(c for c in analysis.clauses if "Ola and" in c.text)
    assert pair.text.startswith("and Ola and me present")
    assert pair.actor == "team"
    told = _last_sentence_kinds(_PAIR_STORY.format(told="me present"))
    assert told >= {"action", "communication"}
    assert told == _last_sentence_kinds(_PAIR_STORY.format(told="I presented"))


def test_a_pronoun_picking_up_a_pair_is_no_verb_to_restate() -> None:
    text = "Me and Ola, we get on fine from then."
    clause = Clause(0, Span(0, len(text), text), "team", "team", "fact", "relationship",
                    narrated=True)
    assert told_in_past(clause) == (text.index("get"), text.index("get") + 3, "got")


@pytest.mark.parametrize(("text", "generic"), [
    ("In general the day go okay, and the inspector is happy.", False),
    ("In general, everything went fine after the pour.", False),
    ("In general I try to plan the crane bookings early.", True),
    ("In general, customers want a quick answer.", True),
])
def test_in_general_about_how_one_day_went_is_no_generality(text: str, generic: bool) -> None:
    """Second-language English says "in general" for "overall" about how the story went."""
    assert bool(_found("generic_claim", text)) is generic
