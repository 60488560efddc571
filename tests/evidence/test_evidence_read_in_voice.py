"""Evidence read in every voice, and what a review may say of it (round 70, from answers and
five-voice tellings written fresh for the round and never added to any set).

A strong conflict story ("We agreed I'd do mobility at 11:30") scored Below the bar because the
agreement read as a plan that never happened; a second-language call-centre lead who talked to a
late agent alone was flagged for blame; "I didn't agree, because … drought-tolerant stuff like
lavender" earned nothing for the disagreement because "stuff" made the sentence vague; a terse
note's "Not comfortable - manual test below safe level twice" and "readings in range" earned
nothing the prose telling's did; a review called "I wouldn't say I've had a real conflict" a
claim to "a record without mistakes". Each rule is pinned here in other words than the answers
that showed it, beside a near miss that must not move.
"""

from __future__ import annotations

import pytest

import roundtable
from roundtable import regexes as re
from roundtable.catalog import competencies
from roundtable.deliberation.phrasing import topic
from roundtable.evidence.analysis import analyze
from roundtable.evidence.credit import introduces_self


def _kinds(text: str) -> set[str]:
    return {e.kind for e in analyze(text).evidence}


def _clause(text: str, words: str):  # type: ignore[no-untyped-def]
    return next(c for c in analyze(text).clauses if words in c.text)


def _cued(competency: str, criterion: str, text: str) -> bool:
    found = next(c for c in competencies()[competency].criteria if c.id == criterion)
    return any(re.search(cue, text, re.IGNORECASE) for cue in found.cues)


@pytest.mark.parametrize(("text", "kind"), [
    # a mistake owned the other way round, and a cause placed in the teller's own set-up
    ("I booked the hall twice for the same night. Honestly, the error was all mine.",
     "failure_owned"),
    ("The cause was that we kept the orders in two places.", "deep_dive"),
    # unease at what someone said, with its reason, in prose and in a note
    ("My lead said one check was plenty. I wasn't happy with that, because the oven drifts.",
     "disagreement"),
    ("- Not happy with that - two batches had failed the week before", "disagreement"),
    # the harm foreseen in the other side's plan, and the argument itself
    ("I felt the new layout was going to confuse the night staff.", "disagreement"),
    ("We went back and forth on the menu for two days.", "disagreement"),
    ("The press stop again on Monday. I say to my supervisor, we must check why it stops. He "
     "say no, just restart it.", "disagreement"),
    # a count said as a word
    ("Twice that week the fridge read above eight degrees.", "metric"),
    # the record sent to the one who had to know
    ("I sent the head chef the temperature log so he knew why we binned it.", "communication"),
    ("The delivery come damaged. I send to my manager the photos so she understand.",
     "communication"),
    # a level put right, as a note says it
    ("- Reopened by noon, temps back within range", "result"),
    # the one who decides saying yes, and a note's decision under its heading
    ("I asked the owner if we could close early on Sundays and she said yes.", "decision"),
    ("- Day 3: oven down. Call: bake off-site and keep every order.", "decision"),
])
def test_evidence_read_in_any_voice_is_found(text: str, kind: str) -> None:
    assert kind in _kinds(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("The mistake was his, not the night shift's.", "failure_owned"),
    ("The cause was the weather that week.", "deep_dive"),
    ("I wasn't happy with my own presentation.", "disagreement"),
    ("The client was not happy - they wanted it sooner.", "disagreement"),
    ("I thought it would take a week.", "disagreement"),
    ("The manager sent me the logs.", "communication"),
    # a plan approved before anyone was persuaded is no one won over
    ("She said the budget was already signed off.", "influence"),
    # "stuff" that names its things, or what was done to it, is no vagueness
    ("Half our stock was drought-tolerant stuff like lavender.", "vague"),
    ("She kept re-pricing stuff after the manager had priced it.", "vague"),
    # the teller agreeing to what was asked of them is no call of theirs
    ("I said yes to a pretty aggressive deadline.", "decision"),
])
def test_near_misses_stay_unfound(text: str, kind: str) -> None:
    assert kind not in _kinds(text)


@pytest.mark.parametrize("text", ["We sorted the rota and stuff.", "We talked about stuff.",
                                  "There was lots of stuff going on."])
def test_stuff_on_its_own_is_still_vague(text: str) -> None:
    assert "vague" in _kinds(text)


@pytest.mark.parametrize(("text", "words", "mode"), [
    # an agreement that happened, whatever its content's modal
    ("We agreed I'd take the Monday slot.", "We agreed", "fact"),
    ("She said she'd walk out if we cut it.", "she'd walk", "hypothetical"),
    # a routine begun once is a step of the story; one kept up is a habit
    ("I started checking the fridge every two hours.", "I started", "fact"),
    ("We kept checking the fridge every two hours.", "We kept", "habitual"),
    # someone's "would" after a habit of the past shares it; what would have been does not
    ("The month end was always chaos, we'd have people there till ten.", "we'd have", "habitual"),
    ("The vendor was always late, they'd have lost the contract anywhere else.", "they'd have",
     "hypothetical"),
    # a complaint's content is its own: the complaining happened
    ("The porters complained it wasn't their job.", "The porters complained", "fact"),
])
def test_mode_read_in_context(text: str, words: str, mode: str) -> None:
    assert _clause(text, words).mode == mode


@pytest.mark.parametrize(("text", "words", "actor"), [
    # which time of several is no subject: the one after it is
    ("The second time I rang her, she picked up.", "The second time I rang her", "candidate"),
])
def test_a_time_before_the_subject_leaves_the_actor_to_it(text: str, words: str,
                                                           actor: str) -> None:
    assert _clause(text, words).actor == actor


def test_a_span_of_time_after_since_is_no_reason() -> None:
    clause = _clause("I changed his reminders to calls. Since eight months he don't miss any "
                     "check-up.", "Since eight months")
    assert clause.role != "grounds"


def test_a_reason_in_the_present_lends_no_habit_to_the_step_after_it() -> None:
    text = ("So I ask the manager if we can open on Saturday, because his son can bring him, and "
            "she agree to open two Saturday slots each month.")
    assert _clause(text, "she agree").mode == "fact"


def test_one_we_beside_our_does_not_make_a_notes_steps_the_teams() -> None:
    from roundtable.evidence.reading import understood_subject

    notes = ("- Ran the desk at a vet practice\n- Client kept missing check-ups; we just sent "
             "letters\n- Called him to rebook\n- Asked the vet for Saturday slots on our rota")
    assert understood_subject(notes) == "candidate"


def test_a_step_after_so_and_first_is_a_clause_of_its_own() -> None:
    clauses = analyze("I didn't want to shout at him so first I talked to him alone.").clauses
    assert [c.mode for c in clauses] == ["negated", "fact"]


def test_a_late_colleague_taken_up_with_him_in_the_present_is_no_blame() -> None:
    answer = ("I am team leader in a bakery. One baker, Tomas, he was always late, three times a "
              "week. The others start to complain. So first I talk to him alone and ask what is "
              "happening. He tell me his son school start at 8:30. I move his shift to 9.")
    assert "blame" not in {f.kind for f in analyze(answer).flags}


@pytest.mark.parametrize(("answer", "says"), [
    ("I wouldn't say I've ever had a real conflict with anyone. There was one week a colleague "
     "took my Saturday shift without asking, and I mentioned it to our supervisor, who sorted "
     "it out. It was fine after that.", "denies having real conflicts"),
    ("Honestly I can't remember a time I disagreed with my manager. When she moved our launch "
     "I just rebuilt the plan that afternoon and we shipped it a week later.",
     "denies ever having disagreed"),
    ("I've never really made a mistake at work that mattered. Last year a delivery went to the "
     "wrong depot, but the driver sorted it out the same day and nobody noticed.",
     "claims never to fail"),
])
def test_a_denial_is_said_as_what_it_denies(answer: str, says: str) -> None:
    flag = next(f for f in analyze(answer).flags if f.kind == "never_fail")
    assert says in flag.detail


def test_a_review_never_calls_a_conflict_denied_a_record_without_mistakes() -> None:
    answer = ("I wouldn't say I've had a real conflict with anyone at work, honestly. I get on "
              "with most people, I think because I'm easy-going and I listen. Once a colleague "
              "kept taking my Saturday shifts, so I mentioned it to our supervisor and she "
              "sorted it out. It was fine after that.")
    review = roundtable.review(answer, competency="conflict")
    text = review.model_dump_json()
    assert "record without mistakes" not in text
    assert "denies having real conflicts" in text


@pytest.mark.parametrize(("competency", "criterion", "text"), [
    ("conflict", "their-perspective",
     "I asked him for coffee and asked what a normal morning looked like for his team."),
    ("conflict", "their-perspective", "She tell me her mother is in hospital since Monday."),
    ("conflict", "resolution", "So I change her shift to the late one and tell the team why."),
    ("conflict", "relationship-after", "In March Kofi started sending referrals to me himself."),
    ("conflict", "relationship-after", "Later Ana asked Ben to train the new starters."),
    ("conflict", "the-conflict", "He told me he'd resign if the rota stayed."),
    ("conflict", "direct-conversation", "I took her out for a coffee on the Friday."),
    ("failure", "owned-failure", "That slip was entirely mine."),
    ("failure", "lesson-applied", "In the months since, we haven't had a double booking."),
    ("failure", "owned-failure", "The cause was mine, not the crew's."),
    ("failure", "root-cause", "It was my mistake: I'd set the oven from last week's chart."),
    ("failure", "their-part", "I'd planned the route from the old map."),
    ("failure", "their-part", "- My error - order taken by phone, not rechecked after the call"),
    ("failure", "impact", "The whole ward heard the alarm go off."),
    ("failure", "impact", "The slide went up with the wrong figures in front of the board."),
    ("customer-obsession", "customer-outcome", "The couple later referred us to their friends."),
    ("have-backbone", "how-raised", "I took the figures to her along with an alternative plan."),
    ("have-backbone", "escalation",
     "I offered to take it to the director, and my lead came with me."),
    ("insist-on-the-highest-standards", "the-bar", "The client's spec required a 2 mm gap."),
    ("insist-on-the-highest-standards", "raised-team-bar",
     "They updated the checklist to two signatures on every shift."),
    ("insist-on-the-highest-standards", "quality-result",
     "The audit closed with no major findings."),
    ("ownership", "took-it-on", "Nobody had asked me to, but I rebuilt the rota."),
    ("deliver-results", "key-inputs", "I found that most of the waste came from one oven."),
])
def test_cues_read_the_plain_and_spoken_forms(competency: str, criterion: str,
                                              text: str) -> None:
    assert _cued(competency, criterion, text)


@pytest.mark.parametrize(("competency", "criterion", "text"), [
    ("conflict", "resolution", "I changed her shift without telling her."),
    ("conflict", "relationship-after", "She started sending complaints about me to HR."),
    ("conflict", "the-conflict", "She said she'd leave early on Friday."),
    ("conflict", "the-conflict", "He told me he'd quit smoking in the new year."),
    ("ownership", "took-it-on", "Nobody asked me about it afterwards."),
    ("failure", "their-part", "I planned the route with the new map."),
    ("failure", "impact", "The audience laughed at the joke."),
])
def test_cue_near_misses_stay_unread(competency: str, criterion: str, text: str) -> None:
    assert not _cued(competency, criterion, text)


def test_an_event_that_went_ahead_is_no_ones_call() -> None:
    assert "decision" not in _kinds("The wedding went ahead on the Saturday.")
    assert "decision" in _kinds("We went ahead with the old supplier.")


def test_the_job_run_as_the_first_line_is_the_scene() -> None:
    opening = analyze("At the bakery I ran the bread section. Our owner wanted a new oven.")
    assert introduces_self(opening.clauses[0])
    step = analyze("The alarm went off. I ran the numbers again.")
    assert not any(introduces_self(c) for c in step.clauses)


def test_a_line_is_never_named_by_a_superlative_or_an_adverb() -> None:
    assert topic("I paired the two fastest users with the slowest.") is None
    assert topic("doses the system already held") == "the system"


def test_a_headline_outcome_never_says_they_of_something_else() -> None:
    answer = ("On the line the spec said plus or minus 0.2 millimetres. My supervisor said one "
              "check per shift was enough. I started measuring five parts every hour and "
              "logging them. By hour six they were at plus 0.18. I showed the log to the "
              "quality engineer and the standard changed to hourly checks on all shifts.")
    headline = roundtable.review(answer, competency="insist-on-the-highest-standards").headline
    assert "they were" not in headline


def test_a_headline_outcome_drops_when_in_the_period_it_closed() -> None:
    answer = ("I led the ward pharmacy team when a new prescribing system doubled our queue. I "
              "timed each step for a morning and found most of the delay was re-keying doses. "
              "I ran short huddles at each shift change to show the import button. Turnaround "
              "went from 3.5 hours to 1.6 hours by the end of the second week.")
    headline = roundtable.review(answer, competency="deliver-results").headline
    assert headline.endswith("turnaround went from 3.5 hours to 1.6 hours")


def test_a_check_on_that_moment_points_at_a_step_of_the_candidates() -> None:
    answer = ("Situation: a new prescribing system went live and the dispensing queue doubled in "
              "the first week.\nAction: I timed each step for a morning and found most of the "
              "delay was technicians re-keying doses. I ran ten-minute huddles at each shift "
              "change.\nResult: Turnaround went from 3.5 hours to 1.6 hours in two weeks.")
    review = roundtable.review(answer, competency="deliver-results")
    for question in review.follow_ups:
        if "that moment" in question.question or "held up" in question.question:
            assert "queue doubled" not in question.question
