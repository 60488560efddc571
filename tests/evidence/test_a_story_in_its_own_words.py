"""A story read alike whatever words it is told in: the historic present ("and I find families
have gone up", "Donna's pleased with it", "then on his next job he asks if I'll run the cube
schedule"), a lesson said as "if I'm doing it again", a proposal said as "I say, look, we could",
and notes' shorthand for a plan ("→ would: proposal w/ numbers") or for a plan that went ahead
past the teller's objection. Each rule sits beside the near miss it must not take along.
Sentences written for these tests; none is in a data set.
"""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze
from roundtable.evidence.lexicon import COMPILED
from roundtable.evidence.reading import Clause


def _kinds(answer: str) -> set[str]:
    return {e.kind for e in analyze(answer).evidence if e.strength > 0}


def _flags(answer: str) -> set[str]:
    return {f.kind for f in analyze(answer).flags}


def _clause(answer: str, opening: str) -> Clause:
    return next(c for c in analyze(answer).clauses if c.text.lstrip().startswith(opening))


# A story told in the present, dated and told step by step; `{line}` is one of its sentences.
TOLD_IN_PRESENT = (
    "So it's October 2022, I'm site engineer on a housing block in Bristol, and we're a week "
    "behind. {early} And the PM, Steve Carrick, he wants to strike the formwork after four days "
    "instead of seven. So I go to Steve, just the two of us, and he tells me about the penalty. "
    "So I ring the structural engineer, Fiona Blake, and she says twenty is the minimum. So I put "
    "it to Steve in writing and I offer him a resequencing that gets two days back. Steve "
    "escalates it to the contracts director, and she backs the spec. So we strike on day seven "
    "at 22, and we finish two days late but inside the float. {late}")


@pytest.mark.parametrize(("early", "opening", "mode"), [
    # What was found is told as what happened: a perfect or a number in what follows "find"…
    ("And I find the cube results have gone down to 14, maybe 30% under.", "And I find",
     "fact"),
    # …where "I find that frustrating" says how the teller takes things, then as now.
    ("And I find that frustrating.", "And I find", "habitual"),
])
def test_what_the_teller_finds_in_a_story_told_in_the_present_happened(
        early: str, opening: str, mode: str) -> None:
    answer = TOLD_IN_PRESENT.format(early=early, late="")
    assert _clause(answer, opening).mode == mode


@pytest.mark.parametrize(("early", "late", "opening", "mode"), [
    # "Now" opening a sentence early in a story told in the present turns the listener to it…
    ("Now the spec says you need 20 newtons before you strike.", "", "Now the spec says",
     "fact"),
    # …and at its end says what lasts.
    ("", "Now the whole site uses my cube sheet.", "Now the whole site", "habitual"),
])
def test_now_early_in_a_story_told_in_the_present_is_no_lasting_state(
        early: str, late: str, opening: str, mode: str) -> None:
    answer = TOLD_IN_PRESENT.format(early=early, late=late)
    assert _clause(answer, opening).mode == mode


@pytest.mark.parametrize(("late", "role"), [
    # Asked later whether the teller would take something on: a bond told by a later event,
    # in the present as in the past…
    ("But then on his next job he asks if I'll run the cube schedule.", "relationship"),
    ("But then on his next job he asked if I'd run the cube schedule.", "relationship"),
])
def test_being_asked_to_take_something_on_later_is_the_relationship(late: str,
                                                                    role: str) -> None:
    answer = TOLD_IN_PRESENT.format(early="", late=late)
    clause = _clause(answer, "But then on his next job")
    assert (clause.role, clause.mode) == (role, "fact")
    assert "relationship" in _kinds(answer)


def test_being_asked_at_the_start_of_the_story_is_no_later_bond() -> None:
    answer = TOLD_IN_PRESENT.format(early="And Steve asks if I'll sign the permit today.",
                                    late="")
    assert _clause(answer, "And Steve asks").role != "relationship"


@pytest.mark.parametrize(("sentence", "actor"), [
    # A phrase before the subject is no subject, though the subject is "I'm"…
    ("In that first chat with Steve I'm only bringing him the problem.", "candidate"),
    # …and "he's" after the same phrase is his.
    ("In that first chat with Steve he's only giving me the penalty.", "other"),
])
def test_a_phrase_before_a_contracted_subject_is_no_subject(sentence: str, actor: str) -> None:
    answer = TOLD_IN_PRESENT.format(early="", late=sentence)
    assert _clause(answer, "In that first chat").actor == actor


@pytest.mark.parametrize(("sentence", "clauses"), [
    # A name run on with "is not" is a clause, so the comma after it opens the next…
    ("Steve's not happy, he escalates it to the director.", 2),
    # …where a name's "not one to" is one clause.
    ("Steve's not one to shout about it.", 1),
])
def test_a_names_is_not_is_a_clause_of_its_own(sentence: str, clauses: int) -> None:
    answer = f"Last year I pushed back on my manager. {sentence}"
    assert sum(1 for c in analyze(answer).clauses if c.sentence == 1) == clauses


@pytest.mark.parametrize(("sentence", "mode"), [
    # A refusal named as a thing denies nothing…
    ("A no lands a lot better with an alternative attached.", "habitual"),
    ("Their no stood for a week.", "fact"),
    # …where "no" before what there was not denies it.
    ("There was no answer for a week.", "negated"),
])
def test_a_no_named_as_a_thing_denies_nothing(sentence: str, mode: str) -> None:
    answer = f"Last year I pushed back on my manager. {sentence}"
    assert (_clause(answer, sentence[:8]).mode == "negated") is (mode == "negated")


@pytest.mark.parametrize(("lesson", "generic"), [
    # A lesson of the story says what would be done next time: no claim about the teller…
    ("In that first chat I only brought the problem, and next time I'd bring the fix with it.",
     False),
    ("If I did it again I would probably work out the costs properly before we started.",
     False),
    # …where what the teller would bring or do in general is one.
    ("I'd bring a lot of energy and passion to any team.", True),
    ("I would probably start by listening to everyone.", True),
])
def test_a_lesson_for_next_time_is_no_claim_about_the_teller(lesson: str,
                                                            generic: bool) -> None:
    assert bool(COMPILED["generic_claim"].search(lesson.lower())) is generic


@pytest.mark.parametrize(("line", "proposed"), [
    # A proposal put in speech, told in the present ("So I say, look, we could…")…
    ("So I say, look, we could do the bedding ourselves if we can get some machines.", True),
    ("So I said, look, we could do the bedding ourselves if we could get some machines.", True),
    # …where someone else's "we could" is theirs.
    ("So she says we could wait until the funding comes back.", False),
])
def test_a_proposal_said_in_the_present_is_the_tellers(line: str, proposed: bool) -> None:
    assert bool(COMPILED["ownership"].search(line.lower())) is proposed


SHELTER = (
    "So it's April 2023, I'm a shift lead at a night shelter in Brighton, and our funding gets "
    "cut by 15%. {early}And Donna, our manager, she asks all of us to look for savings. So I go "
    "through the invoices and one of our biggest costs is the laundry for the bedding. So I "
    "tell Donna we could do the bedding ourselves. Then we put an appeal out, and two people "
    "donate washing machines, and a local plumber fits them for free. Then the volunteers and "
    "I take it in turns to do the laundry on nights. After two weeks we're into a routine. "
    "{late}")


@pytest.mark.parametrize(("early", "late", "role"), [
    # How someone took it, late in a story told in the present, is how it came out…
    ("", "And I think it saves about £3,000 over the year. Donna's pleased with it.", "result"),
    # …where the same words at the start set the scene.
    ("Donna's pleased with the old laundry firm. ", "", "situation"),
])
def test_how_someone_took_it_late_in_the_story_is_how_it_came_out(early: str, late: str,
                                                                  role: str) -> None:
    answer = SHELTER.format(early=early, late=late)
    assert _clause(answer, "Donna's pleased").role == role


def test_a_saving_the_teller_doubts_is_still_what_came_of_it_in_the_present() -> None:
    answer = SHELTER.format(early="", late="And I think it saves about £3,000 over the year.")
    clause = _clause(answer, "And I think it saves")
    assert clause.role == "result"
    assert "result" in {e.kind for e in analyze(answer).evidence
                        if e.sentence == clause.sentence}


@pytest.mark.parametrize(("late", "role"), [
    # "If I'm doing it again" opens a lesson, as "if I did it again" does…
    ("If I'm doing it again I'd probably work out the costs first.", "reflection"),
    # …where "if I'm doing it alone" is a condition of a plan.
    ("If I'm doing it alone I'd probably ask the manager for help.", "other"),
])
def test_if_im_doing_it_again_opens_a_lesson(late: str, role: str) -> None:
    answer = SHELTER.format(early="", late=late)
    assert (_clause(answer, "If I'm doing it").role == "reflection") is (role == "reflection")


@pytest.mark.parametrize(("sentence", "opening", "result"), [
    # Someone coming back sets a time…
    ("I didn't tell Mr Collins about it until he came back.", "until he came back", False),
    # …where figures coming back tell what came of it.
    ("And the sales figures came back up by the end of May.", "And the sales figures", True),
])
def test_someone_coming_back_is_no_outcome(sentence: str, opening: str, result: bool) -> None:
    answer = ("In May I ran the school trip. The coach was booked for 45 and we were 57, so I "
              f"rang the coach firm and booked a bigger one. {sentence}")
    assert (_clause(answer, opening).role == "result") is result


@pytest.mark.parametrize(("late", "bond"), [
    # Whose fault it was is no bond…
    ("To be fair, the system should have warned on a wrong sort code, so it was not only me.",
     False),
    # …where being asked later to teach the others is.
    ("Two months later Anjali asked me to train the new starters on transfers.", True),
])
def test_whose_fault_it_was_is_no_relationship(late: str, bond: bool) -> None:
    answer = ("Last year I was a clerk at a bank branch. One busy Saturday I processed a "
              "£12,000 transfer alone and put the wrong sort code in. Anjali, the supervisor, "
              "found it on Monday and got the money back from the other bank within three "
              f"days. {late}")
    assert ("relationship" in _kinds(answer)) is bond


@pytest.mark.parametrize(("line", "imagined"), [
    # A case made up to show a way of working, in notes: the plan and each part of it…
    ("- E.g. if wanted trustees to open Saturdays → would: proposal w/ numbers, 1:1 w/ each "
     "trustee before meeting, maybe suggest 1-mo trial", True),
    # …where "for example, if I remember right" doubts a story.
    ("- For example, if I remember right, we opened two Saturdays in March", False),
])
def test_a_case_made_up_in_notes_is_imagined_with_every_part(line: str,
                                                             imagined: bool) -> None:
    answer = f"- Volunteer coordinator, food bank\n{line}"
    parts = [c for c in analyze(answer).clauses if c.sentence == 1]
    assert len(parts) >= (3 if imagined else 1)
    assert all(c.mode == "hypothetical" for c in parts) is imagined


@pytest.mark.parametrize(("line", "forced"), [
    # What went ahead after the teller's objections is the plan they objected to…
    ("- Told them not ready; raised in 3 meetings w/ Mr Novak (GM); went ahead anyway", False),
    ("- Pushed back twice w/ ops; went ahead anyway", False),
    # …where going ahead after being told to wait is the teller's.
    ("- Boss said wait for sign-off; went ahead anyway", True),
])
def test_a_plan_that_went_ahead_past_the_tellers_objection_forces_nothing(
        line: str, forced: bool) -> None:
    answer = f"- Front desk supervisor, 120-room hotel\n- Last Oct new booking system\n{line}"
    assert ("steamroll" in _flags(answer)) is forced


DEPOT = "Last spring I ran the dispatch desk at a parcel depot. One Friday {line}"


@pytest.mark.parametrize(("line", "flag"), [
    # Help given for someone's shortfall excuses the words that give the shortfall as its
    # reason; a fault put on them in a clause of no one's is still blame…
    ("I helped the drivers reload two vans, because it was the warehouse team's fault the "
     "loads were packed wrong.", "blame"),
    # …and help not given excuses nothing.
    ("I didn't help the drivers reload two vans, because the warehouse team was lazy and "
     "packed them wrong.", "contempt"),
])
def test_help_excuses_only_the_shortfall_it_answers(line: str, flag: str) -> None:
    assert flag in _flags(DEPOT.format(line=line))


@pytest.mark.parametrize(("line", "contempt"), [
    # "Bless him" before a kindness is warmth…
    ("Tomasz, bless him, he says he can do a call from home to walk me through the scanning.",
     False),
    # …and before a lapse it talks down.
    ("Tomasz, bless him, he kept forgetting to scan the returns in.", True),
])
def test_bless_him_before_a_kindness_is_no_contempt(line: str, contempt: bool) -> None:
    answer = ("So it's the week before Christmas and I'm covering returns at the warehouse. "
              f"{line} We get all 40 pallets through by Wednesday.")
    assert ("contempt" in _flags(answer)) is contempt


@pytest.mark.parametrize(("found", "blamed"), [
    # A lapse whose cause the teller then finds is the trouble examined…
    ("Talking with him, I realised his eyesight was poor and the leaflet print was tiny.", False),
    # …where one left standing is put on him.
    ("I left him a second copy of the leaflet and moved on to my next visit.", True),
])
def test_a_lapse_whose_cause_the_teller_finds_is_no_blame(found: str, blamed: bool) -> None:
    answer = ("Last year I was a community physio doing home visits. At my second visit I asked "
              "Mr Doyle to show me his exercises, and he remembered only two, and he didn't "
              f"really do those either. {found} After three weeks he was walking 150 metres.")
    assert ("blame" in _flags(answer)) is blamed


@pytest.mark.parametrize(("line", "vague"), [
    # Stuff named by its examples is no vague word…
    ("we keep running out of certain stuff, like tinned meat and nappies", False),
    # …and stuff left at that is.
    ("we keep running out of stuff, and that", True),
])
def test_stuff_named_by_examples_is_not_vague(line: str, vague: bool) -> None:
    assert bool(COMPILED["vague"].search(line.lower())) is vague


BRANCH = (
    "So I'm a clerk at a bank branch, and {joining} the team's been together for ages. Now, "
    "usually we always double-check big transfers with the supervisor. But {day}, and this "
    "elderly customer comes in, and I put a twelve-thousand-pound transfer through on my own, "
    "with the wrong sort code. I don't notice, and the supervisor, Anjali, finds it. She gets "
    "the money back. So I try to be extra careful, and I think over time they see I'm a good "
    "person.")


@pytest.mark.parametrize(("joining", "day", "told"), [
    # The day a story told in the present falls on, and the teller's joining, place it…
    ("when I join,", "it's a busy Saturday", True),
    # …where any Saturday, and joining any team, are a habit's.
    ("when I join a new team", "on Saturdays it gets busy", False),
])
def test_the_day_a_present_story_falls_on_places_it(joining: str, day: str,
                                                   told: bool) -> None:
    answer = BRANCH.format(joining=joining, day=day)
    assert ("hypothetical" not in _flags(answer)) is told


@pytest.mark.parametrize(("line", "record"), [
    # A manner boasted of claims no record…
    ("I reckon they trust me now because I've always got a positive attitude.", False),
    # …where a record kept by it does.
    ("I've always got a positive attitude, so I've never made a mistake with a transfer.", True),
])
def test_a_manner_boasted_of_is_no_record_without_failure(line: str, record: bool) -> None:
    answer = BRANCH.format(joining="when I join,", day="it's a busy Saturday") + " " + line
    assert ("never_fail" in _flags(answer)) is record


REPAIRS = (
    "So I'm a repairs coordinator at a council, and it's November, first week of a cold snap, "
    "and we're getting 140 repair requests, 60 of them heating. So me and Jim, he's my "
    "supervisor, we go through the list and put heating and vulnerable tenants first. And the "
    "non-urgent {stuff}, that gets pushed to the following week. {ask} And most of the heating "
    "jobs get done within a few days. {question} We could probably tell the tenants whose jobs "
    "get pushed back a bit sooner.")


@pytest.mark.parametrize(("ask", "mode"), [
    # What the teller asks someone in a story told in the present is a step…
    ("And we ask the contractors if they can do a bit of overtime.", "fact"),
    # …where what they always ask is a habit.
    ("And we always ask the contractors if they can do a bit of overtime.", "habitual"),
])
def test_asking_if_in_a_story_told_in_the_present_is_a_step(ask: str, mode: str) -> None:
    answer = REPAIRS.format(stuff="jobs", ask=ask, question="")
    assert _clause(answer, "And we").mode == mode


@pytest.mark.parametrize(("question", "role", "mode"), [
    # The teller's own "What would I do differently?" asks for the lesson the next sentence
    # gives…
    ("What would I do differently?", "reflection", "hypothetical"),
    # …where a question about anything else does not.
    ("Who signs off the overtime?", "dispute", "hedged"),
])
def test_the_tellers_own_question_for_a_lesson_heads_its_answer(question: str, role: str,
                                                                mode: str) -> None:
    answer = REPAIRS.format(stuff="jobs", ask="", question=question)
    clause = _clause(answer, "We could probably")
    assert (clause.role == "reflection", clause.mode == "hypothetical") == (
        role == "reflection", mode == "hypothetical")


@pytest.mark.parametrize(("stuff", "vague"), [
    # Stuff followed by its examples names them…
    ("stuff, kitchen cupboards, fencing", False),
    # …where stuff left at "you know" names nothing.
    ("stuff, you know, and that", True),
])
def test_stuff_followed_by_its_examples_is_not_vague(stuff: str, vague: bool) -> None:
    line = f"and the non-urgent {stuff}, that gets pushed to the following week"
    assert bool(COMPILED["vague"].search(line.lower())) is vague


@pytest.mark.parametrize(("line", "measured"), [
    # A level a measure is back down to, with its "is" run on, is measured…
    ("and the next night flow's back down to 4.3", True),
    # …where someone back at work measures nothing.
    ("and the next night he's back to work", False),
])
def test_a_level_back_down_to_is_measured_however_said(line: str, measured: bool) -> None:
    assert bool(COMPILED["metric"].search(line.lower())) is measured


@pytest.mark.parametrize(("line", "owned"), [
    # Putting forward a change is proposing it…
    ("then i put forward that valve operations get flagged against the flow data", True),
    # …where someone else putting it forward is theirs.
    ("then my manager put forward that valve operations get flagged against the flow data",
     False),
])
def test_putting_a_change_forward_is_proposing_it(line: str, owned: bool) -> None:
    assert bool(COMPILED["ownership"].search(line)) is owned


@pytest.mark.parametrize(("sentence", "clauses"), [
    # Who was asked, named with who they are, is asked what follows "if"…
    ("So I ask Olu, he's the field tech, if he can go and check the valve.", 1),
    # …where a new clause after who they are is a clause of its own.
    ("So I ask Olu, he's the field tech, and he goes out to the valve.", 2),
])
def test_asking_someone_named_with_who_they_are_is_one_clause(sentence: str,
                                                              clauses: int) -> None:
    answer = f"So it's June and the night flow in Northfield is up. {sentence}"
    assert sum(1 for c in analyze(answer).clauses if c.sentence == 1) == clauses


FARM = ("So I'm a farm hand on a dairy farm, and it's spring calving 2023, and Owen, one of the "
        "team, breaks his wrist. So we go from four of us down to three, for six weeks. {line} "
        "And we sit down with Bethan, the farm manager, and reorganise the rota. And by the end "
        "of May the calving's done.")


@pytest.mark.parametrize(("line", "restated"), [
    # A step told in the present progressive is matched as the past it tells…
    ("I'm taking some of his early milkings, the 5 a.m. ones.", "I took some of his early"),
    # …and a pronoun's "all" is no verb.
    ("And we all just pitch in.", "And we all just pitched in"),
])
def test_a_step_in_the_present_is_matched_as_its_past(line: str, restated: str) -> None:
    analysis = analyze(FARM.format(line=line))
    sentence = next(s for s in analysis.sentences if s.span.text == line)
    assert sentence.restated is not None
    assert sentence.restated[0].startswith(restated)


def test_what_is_going_on_now_is_not_restated() -> None:
    # (in a story told in the past, the teller's present state stays in the present)
    answer = ("Last spring Owen broke his wrist on the farm, so I took some of his early "
              "milkings for six weeks. I'm taking the same milkings again this spring.")
    sentence = analyze(answer).sentences[1]
    assert sentence.restated is None
