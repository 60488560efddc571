"""The same story read alike whether it is told in the past, aloud in the present or in notes:
"still" in the middle of a story told in the present holds out rather than lasts, the scene set
in the present ("So I'm eleven months into my first job", "we're putting up a block"), someone
else's step told with its "-s" after a comma, a doubt after a lead, a step the same subject
takes next, and claims of credit or going over someone's head told in the present. Each rule
sits beside the near miss it must not take along. Sentences written for these tests; none is
in a data set.
"""

from __future__ import annotations

import pytest

import roundtable
from roundtable.evidence import lexicon
from roundtable.evidence.analysis import analyze
from roundtable.evidence.credit import telling
from roundtable.evidence.reading import Clause, past_telling, read_mode, read_role, tells_own_job


def _clause(answer: str, opening: str) -> Clause:
    return next(c for c in analyze(answer).clauses if c.text.lstrip().startswith(opening))


def _found(kind: str, text: str) -> list[str]:
    return [m.group(0) for m in lexicon.finditer(kind, text)]


# A dispute told aloud in the present, whose other side holds out in the middle.
HOLDS_OUT = (
    "So I'm eleven months into my first job, assistant site engineer, and we're putting up a "
    "four-storey block. On Friday I find the bars in one beam spaced wrong. I go to Rhys, the "
    "site manager, and he says the fixers can sort it on Monday. I show him the photos and the "
    "drawing. {line} So I tell him I'm calling the structural engineer, Priya Nair. She comes "
    "out on Saturday and the fixers redo the beam that day. We pour on Monday as planned. "
    "{ending}"
)


def test_still_in_the_middle_of_a_story_told_in_the_present_holds_out() -> None:
    """"And he still disagrees" after the photos is "he still disagreed", one turn of the
    dispute: no habit, no bond that lasts."""
    answer = HOLDS_OUT.format(line="And he still disagrees.", ending="Rhys thanks me later.")
    held = _clause(answer, "And he still disagrees")
    assert held.mode == "fact"
    assert held.role == "dispute"
    assert past_telling(held) == "And he still disagreed."


def test_still_at_the_end_of_a_story_told_in_the_present_is_what_lasts() -> None:
    answer = HOLDS_OUT.format(line="And he listens.",
                              ending="These days he still sends me his drawings to check.")
    assert _clause(answer, "These days he still sends").mode == "habitual"


@pytest.mark.parametrize(("text", "bond"), [
    # holding out in the dispute is no bond…
    ("He still disagreed, so I called the engineer", False),
    ("She still refused to sign the change", False),
    ("They still insisted on the old supplier", False),
    # …where still coming to the teller is one
    ("He still sends me his drawings", True),
    ("They still ask me to review their plans", True),
])
def test_someone_still_holding_out_is_no_later_bond(text: str, bond: bool) -> None:
    assert (read_role(text, "other", "fact", 0.5, None, False) == "relationship") is bond


def test_a_contracted_we_re_is_told_in_the_past_whole() -> None:
    """"we're putting up a block" in a story told in the present is matched as "we put up a
    block", not "we' put up" (the apostrophe went with the "'re")."""
    answer = HOLDS_OUT.format(line="And he still disagrees.", ending="Rhys thanks me later.")
    assert past_telling(_clause(answer, "and we're putting up")) == (
        "and we put up a four-storey block.")


@pytest.mark.parametrize(("text", "found"), [
    ("So I'm eleven months into my first job", ["eleven months into my first job"]),
    ("and we're putting up a four-storey block", ["we're putting up"]),
    ("we were building a clinic", ["we were building"]),
    # a step of the story names no scene
    ("and we're putting the scaffold back up", []),
])
def test_the_scene_told_in_the_present_is_found_as_in_the_past(text: str, found: list[str]) -> None:
    assert _found("situation", text.lower()) == found


@pytest.mark.parametrize(("text", "job"), [
    ("So I'm teaching maths at a secondary school, and it's March", True),
    ("I'm working at a care home", True),
    ("I'm volunteering in a food bank", True),
    # a step in progress is no job
    ("I'm working on the rota for my manager", False),
    ("So I'm teaching the new starter how to scan", False),
])
def test_the_tellers_job_said_as_it_goes_on(text: str, job: bool) -> None:
    assert tells_own_job(text) is job


# A story told aloud in the present, and the same told in the past.
STANDING_MEETING = (
    "So it's two years ago and my colleague Aroha goes on leave six weeks before the exams. "
    "Emeka and I take a class each, and I build a shared tracker of each student's weak topics. "
    "{line} Results come in and forty-four of the fifty-four students pass."
)
IN_THE_PAST = (
    "Two years ago my colleague Aroha went on leave six weeks before the exams. Emeka and I took "
    "a class each, and I built a shared tracker of each student's weak topics. {line} Forty-four "
    "of the fifty-four students passed."
)


@pytest.mark.parametrize(("story", "line", "credited"), [
    (STANDING_MEETING, "Every Friday the three of us meet for fifteen minutes and update it.",
     True),
    (IN_THE_PAST, "The three of us met for fifteen minutes each Friday to update it.", True),
    # a meeting someone else held, once, is no way of working together
    (STANDING_MEETING, "On Friday the head of department meets the parents.", False),
])
def test_a_standing_meeting_is_collaboration_whichever_end_its_time_is_told(
        story: str, line: str, credited: bool) -> None:
    answer = story.format(line=line)
    start = answer.index(line)
    review = roundtable.review(answer, competency="teamwork")
    collaboration = next(c for c in review.scores.criteria if c.id == "collaboration")
    assert any(start <= q.start < start + len(line) for q in collaboration.evidence) is credited


@pytest.mark.parametrize(("text", "found"), [
    ("i paused the club for six weeks and told the kids why", ["and told the kids why"]),
    ("i told students why", ["i told students why"]),
    ("i called repair co.", ["i called repair co"]),
    ("i rang supplier", ["i rang supplier"]),
    # near misses: no one told, or "called" as naming
    ("i told us what", []),
    ("i called it a day", []),
])
def test_telling_the_people_affected_however_it_is_noted(text: str, found: list[str]) -> None:
    assert _found("communication", text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("we talked it through with kwame and decided to roll part of it back", True),
    ("she listened and agreed to a trial", True),
    # deciding what to do next is told; agreeing with a view is no decision taken
    ("we talked and agreed with her point", False),
])
def test_the_same_subjects_next_step_can_be_the_decision(text: str, found: bool) -> None:
    assert bool(_found("decision", text)) is found


def test_someone_elses_step_in_the_present_after_a_comma_is_a_clause_of_its_own() -> None:
    """"I'm a shift lead at a warehouse, and our team decides to change the layout": the team's
    decision is its own clause, as "and our team decided" is."""
    told = [c.text for c in analyze("I'm a shift lead at a warehouse, and our team decides to "
                                    "change the layout.").clauses]
    assert told == ["I'm a shift lead at a warehouse", "and our team decides to change the layout."]
    # near miss: a noun phrase after "and" with no step of its own joins the clause before
    one = analyze("I ordered the bolts and the washers for the frame.").clauses
    assert len(one) == 1


@pytest.mark.parametrize(("text", "mode"), [
    # a doubt the teller has now, after a lead…
    ("To be fair, I'm not sure it was all down to the layout", "hedged"),
    ("Honestly, I'm not sure the rota caused it", "hedged"),
    # …where a modal it frames outranks it, and "when" is no doubt
    ("Honestly I'm not sure I'd have had the nerve to do that a year earlier", "hypothetical"),
    ("when I'm not sure", "habitual"),
])
def test_a_doubt_after_a_lead_hedges(text: str, mode: str) -> None:
    assert read_mode(text, "candidate") == mode


def test_being_one_of_those_in_favour_is_no_step_in_any_tense() -> None:
    """"I'm one of the people in favour" says where the teller stood, as "I was one of…" does:
    a story whose steps are all the team's stays so however it is told."""
    for told in ("I was one of the people in favour of it.", "I'm one of the people in favour."):
        answer = (f"Our team decided to change the pick path. {told} We made the change before "
                  "peak. We rolled part of it back when the pick rate dropped.")
        assert telling(analyze(answer).clauses).told == 0
    # near miss: a step in progress in a story told in the present is a step
    stepped = analyze("So it's March and our team decides to change the pick path. I'm walking "
                      "the new route with the pickers on Monday. Then the pick rate drops and we "
                      "roll part of it back.").clauses
    assert telling(stepped).told == 1


@pytest.mark.parametrize(("answer", "flagged"), [
    ("The rest of the team mostly follows what I've set up, but the core work's mine.", True),
    ("And honestly, without me it doesn't happen.", True),
    ("The core work was mine; the others just reviewed it.", True),
    # near misses: the others keeping to a checklist now, and a sentence that credits no one
    ("The other engineers follow the same checklist now.", False),
    ("Without me there, the night shift does not stop for lunch.", False),
])
def test_sole_credit_claimed_in_the_present(answer: str, flagged: bool) -> None:
    assert ("sole_credit" in {f.kind for f in analyze(answer).flags}) is flagged


@pytest.mark.parametrize(("answer", "flagged"), [
    ("Bogdan wasn't happy that I had gone over his head, but sometimes you have to.", True),
    ("Bogdan's not happy I've gone over his head, but sometimes you have to.", True),
    ("And Bogdan, he wasn't happy I'd gone over his head, but you know, you have to.", True),
    ("Bogdan was not happy that I go over his head, but sometimes you have to.", True),
    # near misses: a lesson about going over someone's head, and his unhappiness alone
    ("I learned to tell the person first before going over their head.", False),
    ("I learn to tell the person first before to go over his head.", False),
    ("Bogdan wasn't happy that the trial was cut short.", False),
])
def test_going_over_someones_head_told_as_how_they_took_it(answer: str, flagged: bool) -> None:
    assert ("steamroll" in {f.kind for f in analyze(answer).flags}) is flagged


@pytest.mark.parametrize(("answer", "flagged"), [
    # time not had is no failing denied…
    ("I've kept meaning to go deeper, but I haven't really had much time. It was interesting.",
     False),
    ("I keep meaning to get the certificate, but I don't really have the time. It's useful.",
     False),
    # …where a failing denied still is one
    ("I haven't really had any failures in my career, to be honest.", True),
])
def test_time_not_had_is_no_failing_denied(answer: str, flagged: bool) -> None:
    assert ("never_fail" in {f.kind for f in analyze(answer).flags}) is flagged


@pytest.mark.parametrize(("text", "actor"), [
    # a note's step opens on its manner or on a shared verb: the teller's…
    ("- Strongly disagreed: after 7pm two nurses for 28 beds", "candidate"),
    ("- Politely declined the second quote", "candidate"),
    ("- Co-presented the results at the governance meeting", "candidate"),
    # …where a name or a thing opens on its own verb
    ("- Emily disagreed: after 7pm two nurses for 28 beds", "other"),
    ("- Co-workers complained about the rota", "other"),
])
def test_a_notes_step_opening_on_its_manner_is_the_tellers(text: str, actor: str) -> None:
    assert analyze(text).clauses[0].actor == actor


@pytest.mark.parametrize(("text", "mode"), [
    # a lesson told as an instruction sets one way against another, denying nothing…
    ("Go to the person first, not over their head.", "fact"),
    ("Rang the supplier, not the manager.", "fact"),
    # …where a subject's own denial still denies
    ("Dana, the head of sales, didn't trust the numbers.", "negated"),
])
def test_a_contrast_after_a_step_with_no_subject_denies_nothing(text: str, mode: str) -> None:
    assert read_mode(text, "candidate") == mode


@pytest.mark.parametrize(("text", "found"), [
    ("i learn to go to the person first", ["i learn to"]),
    ("i learn that data beats a gut feeling", ["i learn that"]),
    # learning a skill is no lesson drawn
    ("i learned a lot of names", []),
])
def test_a_lesson_told_in_the_present_of_a_second_language(text: str, found: list[str]) -> None:
    assert _found("learning", text) == found


# A week told aloud in the present, ending on how things went.
HOW_IT_WENT = (
    "So it's 2022, I'm operations coordinator at a regional theatre, and there's this one week "
    "where everything lands at once. We sit down as a team and I make a list. We decide opening "
    "night and the school matinee come first. Priya, our director, agrees to ask for an "
    "extension on the report. {line}"
)


@pytest.mark.parametrize(("line", "opening", "told"), [
    # how things stood, matched as the same story told in the past…
    ("The report goes in a bit late, but it's OK.", "but it's", "but it was OK."),
    ("We get it in on Monday. That's fine by them.", "That's", "That was fine by them."),
    # …where what has been since is left as it is
    ("The report goes in late, but it's been fine since.", "but it's",
     "but it's been fine since."),
])
def test_how_it_went_told_in_the_present_is_matched_as_the_past(
        line: str, opening: str, told: str) -> None:
    assert past_telling(_clause(HOW_IT_WENT.format(line=line), opening)) == told


def test_how_it_went_in_the_present_is_the_outcome() -> None:
    answer = HOW_IT_WENT.format(line="The report goes in a bit late, but it's OK.")
    assert _clause(answer, "but it's OK").role == "result"


@pytest.mark.parametrize(("text", "mode"), [
    # what a step was set against denies nothing of it…
    ("and apologised to him for the tone though not the point.", "fact"),
    ("I apologised for the tone, but not the point", "fact"),
    # …where the step's own denial still denies
    ("I didn't apologise, but not the point either", "negated"),
    ("I did not apologise for the tone", "negated"),
])
def test_what_a_step_was_set_against_denies_nothing(text: str, mode: str) -> None:
    assert read_mode(text, "candidate") == mode


@pytest.mark.parametrize(("text", "found"), [
    # the record held up against the thing itself, in any tense…
    ("lena and i walk the aisle, checking what the system says against what's on the shelves",
     True),
    ("i checked what the app shows against what the driver logged", True),
    # …where taking someone's word is no digging
    ("i checked what she said", False),
])
def test_the_record_held_up_against_the_thing_itself(text: str, found: bool) -> None:
    assert bool(_found("deep_dive", text)) is found


def test_a_question_the_teller_puts_to_themself_goes_over_no_one() -> None:
    assert "steamroll" not in {f.kind for f in analyze(
        "My manager wanted to ship it. Did I go over her head? No. I showed her the tickets and "
        "she held the release.").flags}


@pytest.mark.parametrize(("answer", "flagged"), [
    # nothing more to be done, however it is told, denies any part in the miss…
    ("We handed over six weeks late, but there's nothing more I could do.", True),
    ("- handed over 6 wks late\n- on site every day → nothing more I could've done", True),
    ("We hand over late, but there was nothing more what I could do.", True),
    # …where nothing more to do for someone is care, and more that could have been done owns it
    ("Honestly there was nothing more I could do for him, so I called his family.", False),
    ("Looking back, there was more I could have done.", False),
])
def test_nothing_more_to_be_done_denies_a_part_in_the_miss(answer: str, flagged: bool) -> None:
    assert ("never_fail" in {f.kind for f in analyze(answer).flags}) is flagged
