"""The clause reader's rules on the sentences every interviewer hears: whether it happened,
who did it, what the clause does in the story, and where one clause ends.

These are the textbook cases of each rule (NegEx triggers and pseudo-triggers, a modal on the
main verb against one in a complement, reported speech, a habit told in the past); the
hand-labelled corpus (test_clause_corpus.py) measures the reader at large.
"""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import (
    Actor,
    Mode,
    Role,
    heading_of,
    later_bond,
    names_in,
    negation_at,
    opens_on_verb,
    past_of,
    past_tense,
    read_actor,
    read_answer,
    read_mode,
    read_role,
    read_sentence,
    split_clauses,
    told_in_past,
)
from roundtable.evidence.text import Span, sentences


def span(text: str, at: int = 0) -> Span:
    return Span(at, at + len(text), text)


@pytest.mark.parametrize(("text", "mode"), [
    ("I escalated it to the director", "fact"),
    ("I didn't escalate it", "negated"),
    ("I never escalated it", "negated"),
    ("we had no outages", "negated"),
    ("there were none", "negated"),
    ("I changed nothing", "negated"),
    ("my manager at the time just did not care", "negated"),
    ("The VP, honestly did not reply to my email", "negated"),
    # Pseudo-triggers and negation off the main event.
    ("not only did I fix it, I documented it", "fact"),
    ("no doubt it helped", "fact"),
    ("I disagreed, and not on taste", "fact"),
    ("I went to the VP without telling her", "fact"),
    ("without telling anyone, I shipped it", "negated"),
    # A modal on the main verb, not in a complement or a frame.
    ("I would escalate it", "hypothetical"),
    ("If I were in that spot, I'd call her first", "hypothetical"),
    ("I could have handled it better", "hypothetical"),
    ("I wish I had asked sooner", "hypothetical"),
    ("I will fix it next quarter", "hypothetical"),
    # a plan told as the plan now, and what a thing would allow
    ("The plan is to go live in phases next spring", "hypothetical"),
    ("we're hoping to roll it out to the other depots in June", "hypothetical"),
    ("The plan was to go live in March", "fact"),
    ("with pooled capacity we could cut the 8am queue by 60%", "hypothetical"),
    ("With the new scanner we could finally see every pallet", "fact"),
    # what a thing might yet do, as against what it could do then
    ("and it could be a template for the whole region", "hypothetical"),
    ("this could save us two days a month", "hypothetical"),
    ("the old press could only take twelve sheets at a time", "fact"),
    # the teller's plan then, overtaken, as against a thing foretold or a trip
    ("I was going to hire the extra staff in February", "hypothetical"),
    ("We were going to interview ten landlords first", "hypothetical"),
    ("but the certificate was going to expire at midnight", "fact"),
    ("I was going to the depot anyway", "fact"),
    # a step repeated through one stretch of the story is one step of it
    ("I held open office hours every Thursday for the first quarter", "fact"),
    ("and I stood by the door with the sheet every night of the run", "fact"),
    ("We still ran the check before every show on that tour", "fact"),
    ("We ran the check before every show", "habitual"),
    # a "would" with a rate or a season is the past's habit; with a condition, imagined
    ("it would log people out every few days", "habitual"),
    ("the slicer would jam three or four times a shift", "habitual"),
    ("in peak season trailers would sit in the yard for hours", "habitual"),
    ("If we had waited, it would fail twice a day", "hypothetical"),
    ("I underestimated how long it would take", "fact"),
    ("I said we shouldn't launch", "fact"),
    ("I'll admit it was late", "fact"),
    ("we'd already shipped it", "fact"),
    # Habits, and a habit of the story.
    ("I always escalate early", "habitual"),
    ("I usually ask for the data first", "habitual"),
    ("I used to review every PR", "habitual"),
    ("we kept meeting every week", "habitual"),
    # Hedges.
    ("I think it stayed good", "hedged"),
    ("maybe that helped", "hedged"),
    ("I'd say it worked", "hedged"),
    # A guess at how things stand since is a hedge, not a habit of the candidate's.
    ("I'd like to think they trust me more now", "hedged"),
    ("I have sent the report", "fact"),
    # someone's state as the candidate saw it is no doubt about the story; an event is
    ("I noticed she seemed exhausted after the night shifts", "fact"),
    ("the new rota seemed to help", "hedged"),
    ("he seemed to accept it", "hedged"),
])
def test_mode(text: str, mode: Mode) -> None:
    assert read_mode(text, "candidate") == mode


def test_someone_elses_wouldnt_is_a_refusal_and_the_candidates_is_imagined() -> None:
    assert read_mode("he wouldn't drop the manual checklist", "other") == "negated"
    assert read_mode("I wouldn't drop the manual checklist", "candidate") == "hypothetical"


def test_negation_triggers_sit_where_the_words_are() -> None:
    assert negation_at("I didn't escalate it") == ((5, 8),)
    assert negation_at("not only did I fix it") == ()
    assert negation_at("I went to the VP without telling her") == ()
    assert negation_at("without telling anyone, I shipped it") == ((0, 7),)
    assert negation_at("we had no outages, not one") == ((7, 9), (19, 22))


@pytest.mark.parametrize(("text", "actor"), [
    ("I pushed back", "candidate"),
    ("we shipped it", "team"),
    ("my team shipped it", "team"),
    ("our team lead asked", "other"),
    ("The team lead asked", "other"),
    ("she pushed back", "other"),
    ("Priya pushed back", "other"),
    ("A few months later Priya asked me", "other"),
    ("and then she agreed", "other"),
    ("nobody replied", "other"),
    ("one of the engineers objected", "other"),
    ("Their biggest worry was cost", "other"),
    ("Kofi's worry was cost", "other"),
    ("who had built it", "other"),
    ("The migration finished", "none"),
    ("Churn fell 4%", "none"),
    ("Pages dropped", "none"),
    ("which broke", "none"),
    ("which I then rewrote", "candidate"),
    ("pulled the logs", "candidate"),
    ("the whole launch was my call", "candidate"),
    ("The clearest one is a migration I ran", "candidate"),
    ("In March, I called her", "candidate"),
    # A purpose told first, without a comma, is no subject.
    ("To make it work I cross-trained two nurses", "candidate"),
    ("To cover the gap she re-planned the rota", "other"),
    ("To my surprise the client agreed", "other"),
    # A role the speaker names before their own "I" is no one else.
    ("As the only qualified electrician on site I shut the board off", "candidate"),
    ("As a shift lead, we rotated the breaks ourselves", "team"),
    ("As the foreman told me, the pour was delayed", "other"),
])
def test_actor(text: str, actor: Actor) -> None:
    assert read_actor(text) == actor


def test_a_clause_without_a_subject_shares_the_one_before() -> None:
    assert read_actor("and extended the contract", previous="other") == "other"
    assert read_actor("and extended the contract", previous="team") == "team"
    assert read_actor("and extended the contract") == "candidate"
    assert read_actor("") == "none"


@pytest.mark.parametrize(("sentence", "actors"), [
    # What was said lends no subject: the step after it is the teller's again.
    ("On slow afternoons I phoned the tenants on my list, told them their rent was overdue, "
     "and posted the letter again to the right flat.",
     ["candidate", "candidate", "other", "candidate"]),
    # An opening clause closed by its comma ("Once we realized,") said or saw nothing the
    # next clause tells: the step after it is the teller's own.
    ("Once we realized, I called the supplier and rebooked the delivery.",
     ["team", "candidate"]),
    # "rang" is a step as "called" is.
    ("She told me the van was late, and rang the depot herself.", ["other", "other", "other"]),
])
def test_a_clause_without_a_subject_shares_its_main_clauses(
        sentence: str, actors: list[str]) -> None:
    clauses = read_sentence(span(sentence), 0, 0.5, None)
    assert [c.actor for c in clauses] == actors, [c.text for c in clauses]
    assert not any(c.reported for c in clauses if c.actor == "candidate")


@pytest.mark.parametrize(("text", "actor", "mode", "position", "heading", "reported", "role"), [
    # Late in the story an unmarked change is the outcome; at the start it sets the scene.
    ("churn fell 12%", "none", "fact", 0.9, None, False, "result"),
    ("churn fell 12%", "none", "fact", 0.1, None, False, "situation"),
    # Late starts where the result zone does (RESULT_ZONE, 0.6: the fourth of six sentences).
    ("pages went to two a week", "none", "fact", 0.6, None, False, "result"),
    ("churn had risen 12%", "none", "fact", 0.1, None, False, "situation"),
    # How things stood, in the last sentence, is how it ended; said by someone ("she said by
    # last spring the client was fine with it") it is their word, no ending of the story's own.
    ("by last spring the client was fine with it", "other", "fact", 1.0, None, False, "result"),
    ("by last spring the client was fine with it", "other", "fact", 1.0, None, True,
     "situation"),
    # ...unless a heading or a signpost says it is the outcome.
    ("churn fell 12%", "none", "fact", 0.1, "result", False, "result"),
    ("in the end churn fell 12%", "none", "fact", 0.1, None, False, "result"),
    # Under "Result:" a trouble word names the trouble that stopped: how it came out.
    ("not one argument over the rota in six months", "none", "negated", 0.1, "result", False,
     "result"),
    # Too short a story to tell start from end: a change is an outcome, a number is not.
    ("pages went down", "none", "fact", None, None, False, "result"),
    ("pages went to two a week", "none", "fact", None, None, False, "situation"),
    ("pages went to two a week", "none", "fact", 0.9, None, False, "result"),
    # A change told after an auxiliary or as a comparative is an outcome too.
    ("the waiting list did come down over the spring", "none", "fact", 0.8, None, False,
     "result"),
    ("the queue at the pharmacy got a lot shorter", "none", "fact", 0.8, None, False,
     "result"),
    ("the rents had gone up", "none", "fact", 0.1, None, False, "situation"),
    # A change told against how things were is the outcome.
    ("now the corridor is usually clear, far fewer trolleys than before", "none", "habitual",
     0.9, None, False, "result"),
    # An outcome told with its cause is the outcome; a cause told first is still a reason.
    ("the waiting list halved due to the evening clinics", "none", "fact", 0.9, None, False,
     "result"),
    ("we reopened on time thanks to the night shifts", "team", "fact", 0.9, None, False,
     "result"),
    ("because of the flood we lost two weeks", "team", "fact", 0.9, None, False, "grounds"),
    # A class taught is no lesson learned: the class brought back is the story's outcome.
    ("and the school brought the phonics lessons back for every class", "other", "fact", 0.9,
     None, False, "result"),
    # "Last year I ran the migration" is a step, not the scene.
    ("Last year I ran the migration", "candidate", "fact", 0.1, None, False, "action"),
    # The other side's reasons describe the disputed position.
    ("the data showed a drop", "other", "fact", 0.5, None, True, "dispute"),
    ("the data showed a drop", "candidate", "fact", 0.5, None, False, "grounds"),
    # What someone else did: the dispute early, a step late.
    ("she rewrote the plan", "other", "fact", 0.2, None, False, "dispute"),
    ("she rewrote the plan", "other", "fact", 0.8, None, False, "action"),
    ("she rewrote the plan", "other", "fact", None, None, False, "dispute"),
    ("the office was on the fourth floor", "none", "fact", 0.5, None, False, "situation"),
    ("the office would be on the fourth floor", "none", "hypothetical", 0.5, None, False,
     "other"),
    ("great question, let me think", "candidate", "fact", 0.5, None, False, "other"),
    # What came after is an outcome, not a reason; a plain "since" still gives one.
    ("Since then there have been eleven renewals with no incident", "none", "fact", 0.9, None,
     False, "result"),
    ("since that day the alert has fired twice", "none", "fact", 0.9, None, False, "result"),
    ("since the data was stale", "none", "fact", 0.5, None, False, "grounds"),
    # A relative clause telling what a step did is its outcome.
    ("which brought updates back within about twenty minutes", "none", "fact", 0.5, None,
     False, "result"),
])
def test_role(text: str, actor: Actor, mode: Mode, position: float | None,
              heading: Role | None, reported: bool, role: Role) -> None:
    assert read_role(text, actor, mode, position, heading, reported) == role


@pytest.mark.parametrize(("sentence", "clauses"), [
    ("I disagreed because the data showed a drop in weeks three to five.",
     ["I disagreed", "because the data showed a drop in weeks three to five."]),
    # A piece with no verb is no clause: "In March" stays with its clause.
    ("In March the team shipped it.", ["In March the team shipped it."]),
    ("If it fell over, merchants wouldn't get paid.",
     ["If it fell over", "merchants wouldn't get paid."]),
    ("The VP wanted to ship, but I pushed back and she agreed to wait.",
     ["The VP wanted to ship", "but I pushed back", "and she agreed to wait."]),
    ("I worked late, we still talk, and it stayed good.",
     ["I worked late", "we still talk", "and it stayed good."]),
    ("Result: churn fell 4% in a quarter.", ["churn fell 4% in a quarter."]),
    # An opening subordinate clause told without its comma ends where the main clause's
    # subject begins, as it does with the comma ...
    ("When the chef was off sick I rebuilt the prep list myself.",
     ["When the chef was off sick", "I rebuilt the prep list myself."]),
    ("Because nobody owned it we took it on.", ["Because nobody owned it", "we took it on."]),
    ("And after he moved teams she picked up his clients.",
     ["And after he moved teams", "she picked up his clients."]),
    # ... but not at a pronoun inside it: its own subject, a relative clause, one of two
    # subjects, what was said, or a piece with no verb.
    ("When I was off sick I rebuilt the prep list.",
     ["When I was off sick", "I rebuilt the prep list."]),
    ("When the list I wrote went missing I wrote it again.",
     ["When the list I wrote went missing", "I wrote it again."]),
    ("When Ana and I met we agreed a plan.", ["When Ana and I met", "we agreed a plan."]),
    ("When she told me I could leave early I went home.",
     ["When she told me", "I could leave early", "I went home."]),
    ("Because of the storm we closed early.", ["Because of the storm we closed early."]),
    # Inside a sentence too, where a clause opens on the subordinator.
    ("The stock was short, so once the van came we unloaded it ourselves.",
     ["The stock was short, so", "once the van came", "we unloaded it ourselves."]),
])
def test_clauses(sentence: str, clauses: list[str]) -> None:
    found = split_clauses(span(sentence, 40))
    assert [c.text for c in found] == clauses
    assert all(c.text == (" " * 40 + sentence)[c.start:c.end] for c in found)


def test_reported_speech_belongs_to_its_speaker() -> None:
    said = read_sentence(span("She said that her testers were measured on bug counts."), 0,
                         0.5, None)
    assert [(c.owner, c.reported) for c in said] == [("other", False), ("other", True)]
    # What the candidate said is the candidate's, whatever its subject (LABELS.md).
    told = read_sentence(span("I told him that we should wait."), 0, 0.5, None)
    assert [(c.actor, c.owner, c.reported) for c in told] == [
        ("candidate", "candidate", False), ("candidate", "candidate", True)]
    quoted = read_sentence(span("He argued, “we can't wait another sprint”, and I agreed."), 0,
                           0.5, None)
    assert [(c.owner, c.reported) for c in quoted] == [
        ("other", False), ("other", True), ("candidate", False)]
    # Told in the present, as a non-native speaker tells a past story: his frame and his
    # words are two clauses, both his. (Marking the content as reported speech, as in the
    # past, raised a learned flag on a blind control set; left for a later round.)
    present = read_sentence(span("He say he did not know about the waste."), 0, 0.5, None)
    assert [(c.text, c.owner) for c in present] == [
        ("He say", "other"), ("he did not know about the waste.", "other")]


def test_a_quotation_over_two_clauses_ends_at_its_closing_mark() -> None:
    text = "He argued, “we can't wait, because the launch date is fixed”, and I agreed to push it."
    read = read_sentence(span(text), 0, 0.5, None)
    assert [(c.owner, c.reported) for c in read] == [
        ("other", False), ("other", True), ("other", True), ("candidate", False)]


def test_a_reason_hangs_on_its_main_clause() -> None:
    read = read_sentence(span("I disagreed because the data showed a drop."), 0, 0.5, None)
    assert [(c.actor, c.owner, c.role) for c in read] == [
        ("candidate", "candidate", "dispute"), ("none", "candidate", "grounds")]


def test_headings_carry_over_the_sentences_under_them() -> None:
    answer = ("Situation: our checkout was failing. Action: I rewrote the retry logic. "
              "It took two days. Result: failed checkouts dropped to 0.4%. Everyone was "
              "relieved.")
    spans = sentences(answer)
    assert [heading_of(s) for s in spans] == [
        "situation", "action", None, "result", None]
    roles = {c.sentence: c.role for c in read_answer(spans)}
    assert roles[3] == "result" and roles[4] == "result"


def test_position_in_the_story_counts_only_story_sentences() -> None:
    """Padding before an outcome cannot move it out of the part where outcomes are told."""
    answer = ("I rewrote the retry logic. I added an alert. Churn fell 4%. Filler one here. "
              "Filler two here. Filler three here. Filler four here. Filler five here.")
    spans = sentences(answer)
    assert {c.sentence: c.role for c in read_answer(spans, story=[0, 1, 2])}[2] == "result"
    assert {c.sentence: c.role for c in read_answer(spans)}[2] != "result"
    lone = read_answer(sentences("Churn fell 4% after the change."))
    assert [c.role for c in lone] == ["result"]


def test_past_tense_subjectless_clauses_and_names() -> None:
    assert past_tense("we role-played") and past_tense("she kept asking")
    assert past_tense("we used to meet") and not past_tense("I ask")
    assert opens_on_verb("and cut over in January")
    assert opens_on_verb("- pulled the logs")
    assert not opens_on_verb("Failed payment attempts dropped 62%")
    assert names_in("Then I asked Tom and Priya. The data was fine.") == {"Tom", "Priya"}


@pytest.mark.parametrize(("text", "role"), [
    # What the candidate chose to keep or drop is a decision, said either way; it is no outcome.
    ("I cut nothing from the plan.", "decision"),
    ("- cut nothing from the accessibility list", "decision"),
    ("We dropped the export feature from the release.", "decision"),
    ("I cut the receipts page from scope.", "decision"),
    # A cut in a number is what followed.
    ("We cut costs by 20% that quarter.", "result"),
])
def test_what_was_cut_from_a_plan_is_a_decision(text: str, role: Role) -> None:
    clause = read_sentence(span(text), 0, 0.9, None)[0]
    assert clause.role == role


def test_nothing_cut_is_no_outcome() -> None:
    """"I cut nothing from the plan" tells what was kept: no result is credited from it."""
    from roundtable.evidence.analysis import analyze
    found = analyze("The launch slipped a week. I cut nothing from the plan.")
    assert not [e for e in found.evidence if e.kind in ("result", "quantified_result")]


def test_an_attempt_is_a_fact_not_a_hedge() -> None:
    """"I tried to" tells what the candidate did; only uncertainty words hedge."""
    from roundtable.evidence.analysis import analyze
    found = analyze("I tried to get the vendor on a call first, and they refused.")
    assert "hedge" not in {e.kind for e in found.evidence}
    assert read_mode("I tried to get the vendor on a call first", "candidate") == "fact"
    assert "hedge" in {e.kind for e in analyze("I think I got the vendor on a call.").evidence}


@pytest.mark.parametrize(("text", "mode"), [
    # A contrastive tail after a told clause negates nothing in it.
    ("two other wards asked Marjorie, not me, to help them roll it out", "fact"),
    ("I picked the vendor, not the cheapest one", "fact"),
    # An emphatic tail after a denial goes on denying.
    ("we had no outages, not one", "negated"),
    ("I did not call her, not once", "negated"),
    # Fixed phrases that only look negative.
    ("It was awkward, I'm not gonna lie", "fact"),
    ("I didn't just explain it", "fact"),
])
def test_contrast_and_emphasis_in_negation(text: str, mode: Mode) -> None:
    assert read_mode(text, "candidate") == mode


@pytest.mark.parametrize(("text", "pieces"), [
    # What was found is a clause of its own, with its own subject.
    ("I found that 81% of volume was on cards.", 2),
    ("I looked at the logs and saw that two jobs never finished.", 2),
    ("It turned out he was working from an older guideline.", 2),
    # "that" as a determiner, and an embedded question, are no clause.
    ("I found that bug in the logs.", 1),
    ("So I asked him which parts of the job he wanted.", 1),
    # A connective before a phrase with no clause in it joins its clause.
    ("I should have stepped in after the first missed review.", 1),
    ("I called him before the meeting started.", 2),
])
def test_where_perception_and_connectives_cut(text: str, pieces: int) -> None:
    assert len(split_clauses(span(text))) == pieces


@pytest.mark.parametrize(("text", "actor"), [
    ("recalculated the affected shifts", "candidate"),
    ("re-did the slide with the true 7.8%", "candidate"),
    ("should've written the breakdown before the meeting", "candidate"),
    ("broke the staging DB during a demo prep", "candidate"),
    ("Failed payment attempts dropped 62%", "none"),
    ("and Bogdan now sends me his drafts", "other"),
])
def test_subjectless_steps_and_names(text: str, actor: Actor) -> None:
    assert read_actor(text) == actor


def test_a_task_heading_opens_on_the_candidate_s_verb() -> None:
    clauses = read_answer(sentences("Task: find beds for 31 families before check-in."))
    assert clauses[0].actor == "candidate"
    assert read_answer(sentences("Task: the goal was a 5% lift."))[0].actor == "none"


def test_now_with_the_present_is_a_habit() -> None:
    assert read_mode("- he now runs the buffer lane for 2 other teams", "other") == "habitual"


def test_a_realization_is_a_reflection_not_a_later_bond() -> None:
    """"For me the bigger realization was…" is the candidate's lesson; "for me" is no one
    turning to the candidate."""
    story = ("I coached Dev for a month. He closed two deals. She made the role-plays a team "
             "session. For me the bigger realization was how much know-how I'd never written "
             "down.")
    last = read_answer(sentences(story))[-1]
    assert last.role == "reflection"
    assert not later_bond("For me the bigger realization was how much I knew", "none", "fact",
                          1.0, False)
    assert later_bond("she asked me to run the next one", "other", "fact", 1.0, False)


def test_a_sentence_opening_on_a_verb_after_someone_elses_continues_theirs() -> None:
    # "Called back…" has no subject of its own: the supplier who missed the slot called back.
    story = ("Our supplier missed the delivery slot on Monday. Called back two days later with a "
             "new date. I moved the launch by a day.")
    assert [c.actor for c in read_answer(sentences(story))] == ["other", "other", "candidate"]


def test_a_step_after_a_subordinate_clause_shares_the_main_subject() -> None:
    """"…so he could see procurement, and gave him the lead" is the candidate's step: the
    purpose clause in between does not lend its subject."""
    clauses = read_sentence(span("I brought him into two deals so he could see procurement "
                                 "firsthand, and gave him the lead on one of them."), 0, 0.5, None)
    assert [c.actor for c in clauses] == ["candidate", "other", "candidate"]


@pytest.mark.parametrize(("text", "actor"), [
    # "The team" and "our QA team" are the candidate's own; a team named by its work is another.
    ("the team shipped it", "team"),
    ("our QA team found it", "team"),
    ("The analytics team opened the raw event data", "other"),
    ("the rest of the team was still waiting", "other"),
])
def test_whose_team_it_is(text: str, actor: Actor) -> None:
    assert read_actor(text) == actor


PAST_FRAME = ("In my previous company a new colleague was having problems with the deploy "
              "pipeline. It was very complicated and there was no documentation.")


@pytest.mark.parametrize(("told", "mode"), [
    # A past story told in the present, as many non-native speakers and spoken answers tell
    # it: its steps are what happened.
    ("So I go to her and I offer to help.", "fact"),
    ("We sit together two afternoons and I explain her how the pipeline works.", "fact"),
    # What lasts, what recurs and what the speaker is stay as they are.
    ("Other new people also use the document now.", "habitual"),
    ("I check on her every morning.", "habitual"),
    ("I find that frustrating.", "habitual"),
])
def test_a_past_storys_present_is_narration(told: str, mode: str) -> None:
    clauses = read_answer(sentences(f"{PAST_FRAME} {told} After that she was confident."))
    steps = [c for c in clauses if told.startswith(c.text[:12]) or c.text in told]
    assert steps and all(c.mode == mode for c in steps if c.text in told), steps


def test_a_present_answer_with_no_past_story_keeps_its_habits() -> None:
    answer = ("What I tend to do is set a clear goal on day one. I go to each person and I "
              "explain the plan. I like a weekly review where each workstream says what slipped.")
    assert {c.mode for c in read_answer(sentences(answer)) if c.text.startswith("I go")} == {
        "habitual"}


# A story told wholly in the present: no past frame, hardly a past verb, yet one story.
PRESENT_STORY = (
    "In 2022 I am working as data engineer in a bank. One day the nightly pipeline is failing, "
    "and it is not my pipeline. So I decide I take it. I call the vendor, Pavel, and we find "
    "the file format is changed. The next morning the reports are on time."
)
# The same present tense and the same kind of English, telling habits: dated by nothing, or
# by a place only, and framed by "usually", "each", "when a customer is…".
PRESENT_HABITS = (
    "At my last job I usually start the week by checking the dashboard. Then I meet with each "
    "engineer for 15 minutes. On Monday I also send a report to my manager, Sarah. After that "
    "we plan the sprint together.",
    "In my previous company we have a simple process. When a customer is angry, I listen first "
    "and I check the account. Then I call billing and I explain the problem. After that I call "
    "the customer back, usually the same day. My manager Tom likes this approach.",
)


def test_a_story_told_wholly_in_the_present_is_narrated() -> None:
    clauses = read_answer(sentences(PRESENT_STORY))
    steps = {c.text: c for c in clauses}
    for text in ("So I decide I take it.", "I call the vendor, Pavel", "One day the nightly "
                 "pipeline is failing", "The next morning the reports are on time."):
        assert steps[text].mode == "fact" and steps[text].narrated, steps[text]


# A present telling that reasons as it goes: what would have been ("that would've been the easy
# answer") looks back on this one event, and a condition with its consequent ("If it were the
# courier, I'd expect…") is one imagined step, not two habits.
PRESENT_REASONING = (
    "One winter our returns at the warehouse jump from 2% to 9%. My manager's view is that it's "
    "the new courier. That would've been the easy answer, but when I pull the returns by "
    "postcode it doesn't look like the courier. If it were the courier, I'd expect it on all "
    "the routes. It's only on the north route, so I ride with the driver for two days and I "
    "find the van's shelves are loose. The brackets had cracked in the cold and nobody noticed. "
    "We fix the shelves, and within a week returns are back under 3%."
)


def test_a_present_telling_that_reasons_in_conditionals_is_still_narrated() -> None:
    analysis = analyze(PRESENT_REASONING)
    assert not analysis.has("hypothetical"), analysis.flags
    assert "We fix the shelves" in [c.text for c in analysis.clauses if c.narrated]


@pytest.mark.parametrize("answer", PRESENT_HABITS)
def test_habits_in_the_present_stay_habits_even_with_a_place_and_then(answer: str) -> None:
    clauses = read_answer(sentences(answer))
    assert not any(c.narrated for c in clauses)
    assert any(c.mode == "habitual" and c.text.startswith(("I listen", "Then I meet"))
               for c in clauses)


@pytest.mark.parametrize(("text", "past"), [
    ("So I decide I take it.", "decided"),
    ("One day the nightly pipeline is failing", "failed"),
    ("I call the vendor, Pavel", "called"),
    ("The next morning the reports are on time.", "were"),
])
def test_a_narrated_step_is_matched_in_the_past(text: str, past: str) -> None:
    clause = next(c for c in read_answer(sentences(PRESENT_STORY)) if c.text == text)
    edit = told_in_past(clause)
    assert edit is not None and edit[2] == past
    assert PRESENT_STORY[edit[0]:edit[1]].lower() in ("decide", "is failing", "call", "are")


@pytest.mark.parametrize(("present", "past"), [
    ("I stop the rollout", "stopped"), ("she finds 3 errors", "found"), ("we open", "opened"),
    ("he tries again", "tried"), ("I fix it", "fixed"), ("we agree", "agreed"),
    ("we ship it", "shipped"), ("she pushes back", "pushed"), ("he watches the queue", "watched"),
    # The narrative progressive is one step: the auxiliary and the "-ing" form together.
    ("I am offering him help", "offered"), ("we are sitting together", "sat"),
    ("the client is signing it", "signed"), ("he is trying again", "tried"),
    # "going to" is a plan as it stood then, not a step.
    ("the pipeline is going to fail", "was"),
])
def test_the_past_of_a_narrated_verb(present: str, past: str) -> None:
    answer = f"Last year in March 2023 at my previous company, {present}. Then it is fine."
    clause = next(c for c in read_answer(sentences(answer)) if present in c.text)
    edit = told_in_past(clause)
    assert edit is not None and edit[2] == past


def test_had_as_the_verb_is_past() -> None:
    assert read_mode("We had the checkout redesign due for the spring sale", "team") == "fact"
    assert read_mode("I had never run a test plan", "candidate") == "negated"


@pytest.mark.parametrize(("text", "mode"), [
    # A name or a role set off by commas is the subject again; the negation is on the verb.
    ("the head of sales, Dana, didn't trust any number from our team.", "negated"),
    ("Dana, the head of sales, did not trust our numbers.", "negated"),
    ("Priya, our PM, was not convinced.", "negated"),
    # An afterthought past a comma still leaves the verb alone.
    ("I disagreed, and not on taste.", "fact"),
    ("I told Sam, the new hire, that nothing was wrong.", "fact"),
])
def test_an_aside_between_subject_and_verb_keeps_the_negation_on_the_verb(
        text: str, mode: Mode) -> None:
    assert read_mode(text, "other") == mode


@pytest.mark.parametrize(("text", "mode"), [
    # The repetition belongs to the relative clause's own subject, not to the step.
    ("and I took notes on the three reports he actually used every morning.", "fact"),
    ("We met the client they visited every Friday.", "fact"),
    ("I checked the dashboard every morning.", "habitual"),
    ("He checked it every day.", "habitual"),
])
def test_a_repetition_in_an_embedded_clause_is_not_the_steps(text: str, mode: Mode) -> None:
    assert read_mode(text, "candidate") == mode


def test_a_present_story_is_matched_as_told_and_quoted_as_written() -> None:
    from roundtable.evidence.analysis import analyze

    answer = ("At my previous company I have a big disagreement with my lead, Ravi, about the "
              "Friday release. She takes the crash report and she makes a plan. Then we agree "
              "together: we release on Friday for new phones only, and the rest on Tuesday.")
    found = analyze(answer)
    # "we agree" is read as "we agreed"; "takes" and "makes" shrink to "took" and "made".
    assert any(e.kind == "decision" and "we agree" in e.quote for e in found.evidence)
    assert all(answer[e.start:e.end] == e.quote for e in found.evidence)
    assert all(0 <= e.at - e.start <= len(e.quote) for e in found.evidence if e.at >= 0)


def test_a_step_told_in_the_present_plays_the_part_it_would_told_in_the_past() -> None:
    # "She changes her mind" is her step, as "she changed her mind" is; "we agree to keep four
    # weeks" is what was decided, as "we agreed to…" is, not the outcome.
    answer = ("Last month my manager wants to cut the pilot to two weeks. I show her the churn "
              "numbers in our one-to-one. She changes her mind, and in the end we agree to keep "
              "four weeks.")
    roles = {c.text: c.role for c in analyze(answer).clauses}
    assert roles["She changes her mind"] == "action"
    assert roles["and in the end we agree to keep four weeks."] == "decision"


@pytest.mark.parametrize(("sentence", "clauses"), [
    # A hedge set off by commas hedges the clause it sits in (LABELS.md: filler and hedges stay
    # in the clause they open or sit in).
    ("Reopened tickets dropped, I think, by around 15%.",
     ["Reopened tickets dropped, I think, by around 15%."]),
    ("So the target was, I want to say, 40 new dealers by June.",
     ["So the target was, I want to say, 40 new dealers by June."]),
    # …but a hedge that opens a clause of its own still cuts, and so does a filler.
    ("It stayed good, I think we still talk.", ["It stayed good", "I think we still talk."]),
    ("people asked, you know, would bookings get lost.",
     ["people asked", "you know, would bookings get lost."]),
])
def test_a_hedge_between_commas_stays_in_its_clause(sentence: str, clauses: list[str]) -> None:
    assert [piece.text for piece in split_clauses(span(sentence))] == clauses


@pytest.mark.parametrize(("text", "mode"), [
    ("So the target was, I want to say, 40 new dealers by June", "hedged"),
    ("they always say no", "habitual"),
    ("- I said no", "fact"),
    ("the VP still said no", "fact"),
    ("So instead of just saying no", "negated"),
    ("I'll be candid", "fact"),
    ("And I'll be upfront", "fact"),
    ("I'll call them personally", "hypothetical"),
])
def test_a_refusal_told_and_a_stance_frame(text: str, mode: Mode) -> None:
    assert read_mode(text, "candidate") == mode


# Quoted words belong to whoever says them, however the speaker is named and to whom they speak.
@pytest.mark.parametrize(("answer", "speaker"), [
    ('One old man says to me, "I have no idea where the new stop is."', "other"),
    ('The lady at the counter said to me, "I can\'t read this form."', "other"),
    ('A passenger told me, "I never know which platform it is."', "other"),
])
def test_quoted_words_are_the_speakers(answer: str, speaker: str) -> None:
    said = read_answer(sentences(answer))[-1]
    assert said.reported and said.owner == speaker, said


@pytest.mark.parametrize(("present", "past"), [
    ("decides", "decided"), ("carries", "carried"), ("fixes", "fixed"), ("go", "went"),
    # A verb ending in "ss" is its base: its final "s" is no third person's.
    ("pass", "passed"), ("address", "addressed"), ("discusses", "discussed"),
])
def test_the_past_of_a_present_form(present: str, past: str) -> None:
    assert past_of(present) == past


@pytest.mark.parametrize(("text", "role"), [
    # Where the candidate was employed sets the scene; working at something is a step.
    ("We had a big gap in the stock at the shop I worked at.", "situation"),
    ("Last year I worked at it for three weekends.", "action"),
])
def test_where_they_worked_is_the_scene_not_a_step(text: str, role: str) -> None:
    assert read_role(text, "team" if text.startswith("We") else "candidate", "fact", 0.0,
                     None, False) == role


def test_a_present_storys_negated_line_is_told_too() -> None:
    # "it is not my pipeline" is a fact of the story told in the present, as "the pipeline is
    # failing" is: narrated, not a description of how things generally are.
    clauses = read_answer(sentences(PRESENT_STORY))
    told = [c for c in clauses if c.text.startswith(("and it is not", "One day"))]
    assert [c.mode for c in told] == ["fact", "negated"], told
    assert all(c.narrated for c in told), told


def test_subjectless_bullets_are_the_candidates_when_i_and_we_are_as_frequent() -> None:
    # Three of "I", "my" and three of "our", "we": the answer speaks as "I" as much as "we", so
    # its bullets tell the candidate's steps, not the team's.
    answer = ("Our supplier missed two deliveries in March, and I had to keep the line running.\n"
              "- called the backup supplier the same morning\n"
              "- moved our stock to the night shift\n"
              "I told my manager and we were back on plan by April.")
    bullets = [c for c in read_answer(sentences(answer))
               if c.text.startswith(("called", "moved"))]
    assert [c.actor for c in bullets] == ["candidate", "candidate"], bullets
    assert [c.actor for c in read_answer(sentences(answer.replace("I had", "we had")))
            if c.text.startswith(("called", "moved"))] == ["team", "team"]


@pytest.mark.parametrize("answer", [
    "If someone is used to the old rota, I walk them through the new one.",
    "When the team is used to a tool, I leave it alone.",
])
def test_a_condition_on_being_used_to_something_is_in_the_present(answer: str) -> None:
    # "is used to" tells how someone is now, no past: the condition opens a general habit.
    assert {c.mode for c in read_answer(sentences(answer))} == {"habitual"}


@pytest.mark.parametrize(("sentence", "roles"), [
    # What a lesson's frame names is the lesson ...
    ("What I took from it is that you can say no firmly and still leave a way to yes.",
     ["reflection", "reflection"]),
])
def test_what_a_lessons_frame_names_is_the_lesson(sentence: str, roles: list[str]) -> None:
    assert [c.role for c in read_sentence(span(sentence), 0, 0.9, None)] == roles


def test_what_a_findings_frame_names_is_no_lesson() -> None:
    found = read_sentence(span("What I found was that the scale was off by two grams."), 0, 0.9,
                          None)
    assert [c.role == "reflection" for c in found] == [False, False]


@pytest.mark.parametrize(("before", "mode"), [
    # a point granted, then what it would cost: the harm foreseen
    ("Technically she was right.", "hypothetical"),
    ("She had a fair point.", "hypothetical"),
    # a past state before it: what used to happen
    ("The families were anxious about the night staff.", "habitual"),
])
def test_a_would_after_a_point_granted_is_foreseen(before: str, mode: str) -> None:
    answer = f"{before} But they'd ring the ward at eleven at night."
    assert analyze(answer).clauses[-1].mode == mode
